"""Store verbs: ``ingest``, ``events``, ``sql``, ``export``, ``timeline``, ``top``, ``network``,
``compact``. Thin shells over :mod:`eventcoder.store` and :mod:`eventcoder.export`."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import sys
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import click

from eventcoder.aggregate import INCLUDE_KINDS
from eventcoder.cli.options import actors_option, coding_config, trust_ids_option
from eventcoder.cli.options import store_option as _store_option
from eventcoder.cli.report import EXIT_NOTHING, RunReport
from eventcoder.errors import QueryError

__all__ = ["COMMANDS"]

#: ``--include`` help, from the one table of what it brings back.
INCLUDE_HELP = (
    "Also show events not reported as done, or background (repeatable or comma-separated): "
    + "; ".join(f"{name} = {text}" for name, (text, _) in INCLUDE_KINDS.items())
    + ". By default only asserted, non-negated, non-background events."
)


def _include_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--include", multiple=True, metavar="KIND[,KIND]",
                        help=INCLUDE_HELP)(func)  # fmt: skip

_FORMATS = ("table", "jsonl", "csv")


def _filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    options = [
        click.option("--actor", metavar="CODE", help="Source or target code starts with CODE."),
        click.option("--dyad", nargs=2, metavar="A B", help="Source starts with A, target with B."),
        click.option("--code", metavar="CAMEO", help="CAMEO code or prefix (14 = protests)."),
        click.option("--root", metavar="NN", help="CAMEO root code (01-20)."),
        click.option("--quad", metavar="Q", help="QuadClass 1-4 or e.g. material-conflict."),
        click.option("--country", metavar="ISO3", help="Actor or place country (ISO alpha-3)."),
        click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this date."),
        click.option("--text", metavar="PHRASE", help="A phrase in an evidence sentence."),
        _include_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(kw: dict[str, Any]) -> dict[str, Any]:
    keys = ("actor", "dyad", "code", "root", "quad", "country", "since", "until", "text",
            "include")
    out = {k: kw.get(k) for k in keys if kw.get(k) not in (None, (), "")}
    return out


def _open(path: str) -> Any:
    from eventcoder.store import Store

    return Store(path)


# ----------------------------------------------------------------- output
def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ";".join(map(str, value))
    return str(value)


def _csv_cell(value: Any) -> str:
    """A CSV cell as the exports write them: strings quoted (a code such as "0256" stays a
    string), numbers in full precision, dates bare, nulls empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return str(value) if isinstance(value, Decimal) else repr(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        value = ";".join(map(str, value))
    return '"' + str(value).replace('"', '""') + '"'


def _json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _print_rows(rows: list[dict[str, Any]], columns: list[str], fmt: str, width: int = 40) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        for row in rows:
            record = {k: _json_value(row.get(k)) for k in columns}
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        out.write(",".join(_csv_cell(c) for c in columns) + "\n")
        for row in rows:
            out.write(",".join(_csv_cell(row.get(k)) for k in columns) + "\n")
    else:
        if not rows:
            click.echo("(no rows)", err=True)
            return
        cells = [[_cell(row.get(k))[:width] for k in columns] for row in rows]
        widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
        out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
        out.write("\n")
        for r in cells:
            out.write("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
            out.write("\n")


def _show(table: Any, fmt: str, table_columns: list[str] | None = None) -> None:
    rows = table.to_pylist()
    columns = table.column_names
    if fmt == "table" and table_columns:
        columns = [c for c in table_columns if c in columns]
    _print_rows(rows, columns, fmt)


_EVENT_TABLE = [
    "date", "source_code", "target_code", "cameo", "cameo_name", "quad_class", "goldstein",
    "modality", "num_mentions", "num_articles", "num_sources", "location_name", "event_id",
]  # fmt: skip


def _format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--format", "fmt", type=click.Choice(_FORMATS), default="table", show_default=True,
        help="Output format.",
    )(func)  # fmt: skip


# ----------------------------------------------------------------- ingest
@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_store_option
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs without one.")
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True,
              help="At most this many local coding processes (each loads the model once): "
                   "fewer when other processes keep cores busy or the input is small; the "
                   "summary says how many ran and why.")  # fmt: skip
@click.option("--cluster", metavar="ADDRESS",
              help="Code on a dask.distributed cluster: tcp://HOST:8786, or 'local' for a "
                   "LocalCluster of --workers processes.")  # fmt: skip
@click.option("--recode", is_flag=True, help="Re-code articles stored by another coder version.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=16, show_default=True,
              help="Articles per parsing batch.")  # fmt: skip
@click.option("--commit-every", type=click.IntRange(1, 1_000_000), default=500,
              show_default=True, help="Commit to the store every N articles.")  # fmt: skip
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")  # fmt: skip
@actors_option
@trust_ids_option
def ingest(
    paths: tuple[str, ...], store_path: str, published: str | None, workers: int,
    cluster: str | None, recode: bool, batch_size: int, commit_every: int,
    progress: bool | None, actors: tuple[str, ...], trust_ids: bool | None,
) -> None:  # fmt: skip
    """Code articles and add their events to the store (idempotent, resumable).

    Articles already in the store are skipped, so re-running after a crash carries on where
    the last commit ended; --recode re-codes articles coded by an older coder version or with
    other actor tables (--actors). A run with nothing to store creates no store. Exit status:
    0 when every input was stored (or already was), 3 when some failed, 1 when none could be.

    \b
    Example:
      eventcoder ingest news/ --store news-store --published 2024-03-01
      eventcoder ingest feeds/*.rss archive.jsonl --workers 4
      eventcoder ingest archive/ --cluster tcp://scheduler:8786
      eventcoder ingest archive/ --cluster local --workers 2
      eventcoder ingest news/ --store news-store --actors my-actors.tsv --recode
      eventcoder ingest 2023.jsonl 2024.jsonl --trust-ids
    """
    from tqdm import tqdm

    from eventcoder.store import Store
    from eventcoder.store.ingest import count_inputs
    from eventcoder.store.ingest import ingest as run_ingest

    if published:
        try:
            published = dt.date.fromisoformat(published).isoformat()
        except ValueError:
            raise QueryError(f"bad --published date {published!r}: expected YYYY-MM-DD") from None
    config, actor_files = coding_config(actors, trust_ids)
    run = RunReport(echo=lambda line: tqdm.write(line, file=sys.stderr))

    def warn(message: str) -> None:
        tqdm.write(f"warning: {message}", file=sys.stderr)

    total = count_inputs(paths)
    bar = tqdm(total=total, unit="art", desc="ingest", file=sys.stderr,
               disable=None if progress is None else not progress, dynamic_ncols=True)  # fmt: skip
    with contextlib.ExitStack() as stack:
        client = None
        if cluster:
            from eventcoder.scale import connect

            address = None if cluster == "local" else cluster
            client = stack.enter_context(connect(address, workers if address is None else None))
        stack.enter_context(bar)
        store = stack.enter_context(Store(store_path, commit_every=commit_every))
        summary = run_ingest(
            store, paths, published=published, workers=1 if client else workers,
            batch_size=batch_size, recode=recode, on_error=run.error, progress=bar.update,
            client=client, actor_files=actor_files, trust_ids=config.trust_ids,
            on_skip=run.skip, on_warning=warn, inputs=total,
        )  # fmt: skip
    for line in summary.lines():
        click.echo(line, err=True)
    if not store.exists():
        click.echo(f"no store created at {store_path}: nothing to store", err=True)
    elif summary.already_stored and actor_files and not recode:
        click.echo(f"{summary.already_stored} article(s) stored before were not coded with "
                   "these actor tables: add --recode to code them again", err=True)
    run.done = summary.articles + summary.already_stored
    if run.done == 0 and not run.errors:
        raise click.exceptions.Exit(EXIT_NOTHING)
    run.finish()


# ----------------------------------------------------------------- queries
@click.command()
@_store_option
@_filter_options
@click.option("--limit", type=click.IntRange(0), default=50, show_default=True,
              help="At most this many events (0 = all).")  # fmt: skip
@_format_option
def events(store_path: str, limit: int, fmt: str, **kw: Any) -> None:
    """List events, newest first, filtered by actor, dyad, code, date, place or phrase.

    By default only events reported as done (asserted, not negated) and not background;
    --include brings acts only foretold, hypotheticals, negated or background events back.
    When --limit cuts the list, stderr says how many events matched in all.

    \b
    Example:
      eventcoder events --dyad USA CHN --since 2024-01-01
      eventcoder events --actor PAK --quad material-conflict --format jsonl
      eventcoder events --text "ambassador" --limit 10
      eventcoder events --include future,background
      eventcoder events --include all --format csv > everything.csv
    """
    with _open(store_path) as store:
        table = store.events(limit=limit or None, as_="arrow", **_filters(kw))
        total = store.count(**_filters(kw)) if limit and table.num_rows >= limit else None
    _show(table, fmt, _EVENT_TABLE)
    if total is not None and total > table.num_rows:
        click.echo(f"{table.num_rows} of {total} matching events (--limit 0 lists them all)",
                   err=True)


@click.command()
@click.argument("query")
@_store_option
@_format_option
def sql(query: str, store_path: str, fmt: str) -> None:
    """Run one read-only SELECT over the views articles, mentions, events, unresolved and watch.

    Writes, ATTACH, COPY, PRAGMA/SET, file-reading functions and multiple statements are
    refused.

    \b
    Example:
      eventcoder sql "SELECT root, count(*) AS n FROM events GROUP BY root ORDER BY n DESC"
      eventcoder sql "SELECT sentence FROM mentions WHERE cameo = '112'" --format jsonl
    """
    with _open(store_path) as store:
        table = store.sql(query, as_="arrow")
    _show(table, fmt)


@click.command()
@click.argument("what", type=click.Choice(["events", "mentions"]), default="events",
                required=False)  # fmt: skip
@_store_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "gdelt"]),
              default="jsonl", show_default=True,
              help="Export format (gdelt: GDELT 2.0's event table, or its mentions table for "
                   "mentions).")  # fmt: skip
@click.option("--output", "-o", metavar="FILE", help="Write here (default: stdout).")
@click.option("--header", is_flag=True,
              help="GDELT format: put the column names first (GDELT's files have none).")
@_filter_options
@click.option("--limit", type=click.IntRange(0), default=None, help="At most this many rows.")
def export(what: str, store_path: str, fmt: str, output: str | None, header: bool,
           limit: int | None, **kw: Any) -> None:  # fmt: skip
    """Export events (or their mentions) as JSONL, CSV, Parquet or GDELT 2.0 tables.

    Events: GDELT's event table (61 columns). Mentions: one row per mention with its evidence
    offsets, confidence and modality; as GDELT's mentions table (16 columns) with --format
    gdelt. The columns and every mapping choice: docs/gdelt.md.

    \b
    Example:
      eventcoder export --format gdelt --output events.tsv --since 2024-01-01
      eventcoder export --format gdelt --header -o events-with-header.tsv
      eventcoder export mentions --format gdelt -o mentions.tsv
      eventcoder export mentions --format csv -o mentions.csv --include all
      eventcoder export --format parquet -o events.parquet --actor USA
    """
    from eventcoder.export import export_events, export_mentions

    run = export_mentions if what == "mentions" else export_events
    with _open(store_path) as store:
        n = run(store, fmt, output, limit=limit, header=header, **_filters(kw))
    if output and output != "-":
        click.echo(f"exported {n} {what} to {output}", err=True)


@click.command()
@_store_option
@click.option("--dyad", nargs=2, metavar="A B", help="Source and target codes (prefixes).")
@click.option("--actor", metavar="CODE", help="One actor, as source or target (code prefix).")
@click.option("--freq", type=click.Choice(["day", "week", "month", "quarter", "year"]),
              default="month", show_default=True, help="Period length.")  # fmt: skip
@click.option("--since", metavar="YYYY-MM-DD", help="From this date (the first period).")
@click.option("--until", metavar="YYYY-MM-DD", help="Up to this date (the last period).")
@_include_option
@_format_option
def timeline(store_path: str, dyad: tuple[str, str] | None, actor: str | None, freq: str,
             since: str | None, until: str | None, include: tuple[str, ...],
             fmt: str) -> None:  # fmt: skip
    """Events per period of a dyad, of one actor, or of all: counts per QuadClass, Goldstein
    sum and mean. Every period from the first to the last is listed, with zeros where nothing
    happened.

    \b
    Example:
      eventcoder timeline --dyad USA CHN --freq month
      eventcoder timeline --dyad RUS UKR --freq week --since 2022-01-01 --format csv
      eventcoder timeline --actor PAK --freq quarter
      eventcoder timeline --dyad IRN USA --include hypotheticals
    """
    if dyad and actor:
        raise QueryError("give --dyad or --actor, not both")
    source, target = dyad or (actor, None)
    with _open(store_path) as store:
        table = store.timeline(source, target, freq, since=since, until=until,
                               include=include or None, as_="arrow")  # fmt: skip
    _show(table, fmt)


@click.command()
@click.argument("what", type=click.Choice(["actors", "dyads"]))
@_store_option
@click.option("-n", "n", type=click.IntRange(1), default=20, show_default=True, help="How many.")
@_filter_options
@_format_option
def top(what: str, store_path: str, n: int, fmt: str, **kw: Any) -> None:
    """The most active actors or dyads (by number of events).

    \b
    Example:
      eventcoder top actors -n 10
      eventcoder top dyads --since 2024-01-01 --quad material-conflict
      eventcoder top actors --include future
    """
    with _open(store_path) as store:
        method = store.top_actors if what == "actors" else store.top_dyads
        table = method(n, as_="arrow", **_filters(kw))
    _show(table, fmt)


@click.command()
@_store_option
@click.option("--min-weight", type=click.IntRange(1), default=1, show_default=True,
              help="Keep edges with at least this many events.")  # fmt: skip
@click.option("--by", type=click.Choice(["actor", "country"]), default="actor",
              show_default=True,
              help="Nodes: actor codes, or countries (an organisation for IGO/NGO/IMG codes; "
                   "links within a country left out).")  # fmt: skip
@_filter_options
@click.option("--format", "fmt", type=click.Choice(_FORMATS), default="csv", show_default=True,
              help="Output format.")  # fmt: skip
def network(store_path: str, min_weight: int, by: str, fmt: str, **kw: Any) -> None:
    """Actor network edges (source, target, weight = events, cooperation, conflict).

    \b
    Example:
      eventcoder network --min-weight 3 > edges.csv
      eventcoder network --country SYR --format jsonl
      eventcoder network --by country --since 2024-01-01
      eventcoder network --include all > every-edge.csv
    """
    with _open(store_path) as store:
        table = store.network(min_weight, by=by, as_="arrow", **_filters(kw))
    _show(table, fmt)


@click.command()
@_store_option
def compact(store_path: str) -> None:
    """Merge the store's small segments into one per kind (atomic; readers unaffected).

    \b
    Example:
      eventcoder compact --store news-store
    """
    with _open(store_path) as store:
        if not store.exists():
            raise QueryError("no event store here", source=store_path)
        report = store.compact()
        stats = store.stats()
    click.echo(
        f"compacted {report['merged']} segments; quarantined {report['quarantined']}; "
        f"{stats['articles']} articles, {stats['mentions']} mentions, {stats['events']} events",
        err=True,
    )


COMMANDS = [ingest, events, sql, export, timeline, top, network, compact]
