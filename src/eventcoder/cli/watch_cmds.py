"""``watch`` and ``sources``: live news into the store, and what the watcher knows of its
sources. Thin shells over :mod:`eventcoder.watch`."""

from __future__ import annotations

import json
import signal
import sys
from typing import Any

import click

from eventcoder.cli.options import actors_option, coding_config, store_option

__all__ = ["COMMANDS"]


def _interval(ctx: click.Context, param: click.Parameter, value: str) -> float:
    from eventcoder.watch.sources import parse_interval

    try:
        return parse_interval(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


class _Console:
    """Progress on stderr: a live line while a round runs (on a terminal), one line per
    round, and one line per failure naming the URL and the reason."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()

    def _clear(self) -> None:
        if self.tty:
            sys.stderr.write("\r\x1b[K")

    def failure(self, url: str, reason: str) -> None:
        self._clear()
        click.echo(f"watch: {url}: {reason}", err=True)

    def progress(self, report: Any) -> None:
        if self.tty:
            sys.stderr.write(f"\r\x1b[Kround {report.number}: {report.polled}/{report.due} "
                             f"sources polled, {report.new_articles} new articles, "
                             f"{report.failures} failures, {report.requests} requests")  # fmt: skip
            sys.stderr.flush()

    def round(self, report: Any) -> None:
        self._clear()
        click.echo(report.line(), err=True)


def _stop_on_signals(watcher: Any) -> dict[int, Any]:
    """SIGINT / SIGTERM: the first finishes the page in hand and commits; a second stops at
    once (the journal keeps what was fetched). Returns the handlers to restore."""
    received = []

    def handler(signum: int, frame: Any) -> None:
        received.append(signum)
        if len(received) > 1:
            raise KeyboardInterrupt
        click.echo("\nwatch: stopping after the page in hand (again to stop at once)", err=True)
        watcher.stop()

    return {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}


@click.command()
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@store_option
@click.option("--every", default="15m", show_default=True, metavar="INTERVAL", callback=_interval,
              help="How often to poll each source (90s, 15m, 1h); a list file may give a "
                   "source its own with 'URL every=5m'.")  # fmt: skip
@click.option("--once", is_flag=True,
              help="One round: poll the sources, store what is new, exit (for cron and "
                   "systemd timers).")  # fmt: skip
@click.option("--per-host-delay", type=click.FloatRange(0, 3600), default=1.0,
              show_default=True, metavar="SECONDS",
              help="Pause between two requests to one host (a longer robots.txt Crawl-delay "
                   "wins).")  # fmt: skip
@click.option("--contact", envvar="EVENTCODER_CONTACT", metavar="EMAIL|URL",
              help="How site owners can reach you, sent in the User-Agent (or set "
                   "$EVENTCODER_CONTACT).")  # fmt: skip
@click.option("--timeout", type=click.FloatRange(0.01, 600), default=20.0, show_default=True,
              metavar="SECONDS", help="Time-out for connecting and for each read.")  # fmt: skip
@click.option("--max-bytes", type=click.IntRange(1000), default=5_000_000, show_default=True,
              help="Largest article page accepted (decoded).")  # fmt: skip
@click.option("--retries", type=click.IntRange(0, 10), default=2, show_default=True,
              help="Further tries after a 429, 5xx, time-out or connection error.")  # fmt: skip
@click.option("--commit-every", type=click.IntRange(1, 100_000), default=50, show_default=True,
              help="Commit after this many new articles (and at the end of every round).")
@actors_option
def watch(sources: tuple[str, ...], store_path: str, every: float, once: bool,
          per_host_delay: float, contact: str | None, timeout: float, max_bytes: int,
          retries: int, commit_every: int, actors: tuple[str, ...]) -> None:  # fmt: skip
    """Watch news feeds and article pages: fetch what is new over HTTP, code it, store it.

    SOURCE is an RSS or Atom feed URL, an article URL, or a file listing them (one a line,
    '#' starts a comment, 'URL every=5m' polls that source at its own interval). Each feed
    is polled with a conditional GET; each new item's page is fetched, its main text
    extracted, coded and committed to the store together with what the watcher has seen, so
    a restart - even after kill -9 - loses nothing and fetches again at most the page that
    was in flight. robots.txt is obeyed, each host gets one request at a time. Ctrl-C or
    SIGTERM finishes the page in hand, commits and exits; a second one stops at once. One
    watcher per store.

    \b
    Example:
      eventcoder watch feeds.txt --store news-store --contact newsdesk@example.org
      eventcoder watch https://news.example.org/world/rss.xml --every 10m
      eventcoder watch feeds.txt --store news-store --once     # from cron or a timer
      eventcoder watch feeds.txt --store news-store --actors my-actors.tsv
    """
    from eventcoder.store import Store
    from eventcoder.watch import FetchSettings, Watcher, WatchSettings, read_sources

    found = read_sources(sources)
    _config, actor_files = coding_config(actors)  # user actor tables, checked before fetching
    settings = WatchSettings(
        every=every, once=once, commit_every=commit_every,
        fetch=FetchSettings(contact=contact, timeout=timeout, per_host_delay=per_host_delay,
                            max_page_bytes=max_bytes, retries=retries),
    )  # fmt: skip
    console = _Console()
    with Store(store_path) as store:
        watcher = Watcher(store, found, settings, actor_files=actor_files,
                          on_failure=console.failure, on_round=console.round,
                          on_progress=console.progress)  # fmt: skip
        watcher.open()  # takes the store's writer lock: a second watcher stops here
        previous = _stop_on_signals(watcher)
        try:
            click.echo(f"watch: {len(found)} sources into {store_path}"
                       + (" (one round)" if once else " (Ctrl-C to stop)"), err=True)  # fmt: skip
            reports = watcher.run()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
    if once and reports and reports[0].due and not reports[0].polled \
            and not reports[0].new_articles:  # fmt: skip
        raise click.exceptions.Exit(1)  # no source could be reached


@click.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")  # fmt: skip
def sources(store_path: str, fmt: str) -> None:
    """The watched sources: kind, interval, last poll and its outcome, items seen, articles
    stored, failures, next poll.

    \b
    Example:
      eventcoder sources --store news-store
      eventcoder sources --store news-store --format json
    """
    from eventcoder.cli.store_cmds import _print_rows
    from eventcoder.errors import StoreError
    from eventcoder.store import Store
    from eventcoder.watch import format_interval, source_rows

    with Store(store_path) as store:
        if not store.exists():
            raise StoreError("no event store here", source=store_path)
        meta, table = store.watch_state()
    rows = source_rows(meta, table)
    if fmt == "json":
        click.echo(json.dumps(rows, indent=1, ensure_ascii=False))
        return
    if not rows:
        click.echo("(no sources: this store was never watched)", err=True)
        return
    shown = [{**r, "every": format_interval(r["every"]) if r["every"] else None} for r in rows]
    columns = ["source", "kind", "every", "last_poll", "items", "articles", "failures",
               "next_poll", "status"]  # fmt: skip
    _print_rows(shown, columns, "table", width=80)


COMMANDS = [watch, sources]
