"""Benchmark of ``eventcoder watch``: articles fetched and coded per second over loopback HTTP,
against ``eventcoder ingest`` of the same pages from disk, as a ratio measured in one run.

The pages are the benchmark corpus (:mod:`eventcoder.bench_corpus`: generated news about
invented towns, reproducible by seed), each rendered as an HTML page with the usual site
furniture around the report, written to disk and served by a plain HTTP server on 127.0.0.1
in its own process (like a remote site, it does not share the coder's interpreter), listed by
RSS feeds of 100 items each. Both runs use one coder loaded beforehand (and warmed up), a new
store each, and the product's defaults, except the per-host delay, which is zero here: the
benchmark measures the watcher's own cost, not the politeness it is asked for.

Usage::

    python bench/watch_bench.py [--n 2000] [--dir /tmp/watch-bench] [--keep]

Prints the two rates and their ratio and writes ``bench/results/watch.json``.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import multiprocessing
import os
import platform
import shutil
import sys
import tempfile
import time
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
FEED_SIZE = 100


def render_page(text: str, published: str) -> str:
    """An article page: the headline, the paragraphs, and navigation, asides and a footer."""
    title, _, body = text.partition("\n")
    paragraphs = "\n".join(f"<p>{escape(p.strip())}</p>" for p in body.split("\n\n") if p.strip())
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | Eventwire</title><meta name="date" content="{published}">
<meta property="og:site_name" content="Eventwire"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">Markets</a></nav>
<p class="promo">Sign up for our morning briefing.</p></header>
<main><article><h1>{escape(title)}</h1>{paragraphs}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm warning for the coast</a></li>
<li><a href="/b">Cup final ends in a draw</a></li></ul></aside></main>
<footer><p>Copyright Eventwire. All rights reserved.</p></footer></body></html>
"""


def write_site(root: Path, n: int) -> list[str]:
    """``root/pages/*.html`` (the n articles) and ``root/feeds/*.rss``; the feeds' paths."""
    from eventcoder.bench_corpus import generate_corpus

    words = n * 450
    articles = generate_corpus(words)
    while len(articles) < n:
        words *= 2
        articles = generate_corpus(words)
    pages, feeds = root / "pages", root / "feeds"
    pages.mkdir(parents=True)
    feeds.mkdir()
    items = []
    for i, article in enumerate(articles[:n], 1):
        name = f"art-{i:05d}.html"
        (pages / name).write_text(render_page(article.text, article.published or ""), "utf-8")
        date = dt.date.fromisoformat(article.published or "2024-01-01")
        items.append(f"<item><title>{escape(article.text.partition(chr(10))[0])}</title>"
                     f"<link>/pages/{name}</link><pubDate>{date.strftime('%a, %d %b %Y')} "
                     "08:00:00 GMT</pubDate><description>Report.</description></item>")
    paths = []
    for k in range(0, n, FEED_SIZE):
        path = f"/feeds/wire-{k // FEED_SIZE + 1:03d}.rss"
        (root / path.lstrip("/")).write_text(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Eventwire</title>'
            + "".join(items[k:k + FEED_SIZE]) + "</channel></rss>", "utf-8")
        paths.append(path)
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", "utf-8")
    return paths


def _serve(root: str, ready: multiprocessing.Queue) -> None:
    """The site, in its own process: files under ``root`` (a static site)."""
    import functools
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".rss": "application/rss+xml"}

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=root))
    ready.put(server.server_address[1])
    server.serve_forever()


def run(n: int, work: Path, commit_every: int | None = None) -> dict:
    from eventcoder.pipeline import default_coder
    from eventcoder.store import Store
    from eventcoder.store.ingest import ingest
    from eventcoder.watch import FetchSettings, Source, Watcher, WatchSettings

    t0 = time.perf_counter()
    feeds = write_site(work / "site", n)
    print(f"wrote {n} pages and {len(feeds)} feeds in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)  # fmt: skip
    ctx = multiprocessing.get_context("spawn")
    ready: multiprocessing.Queue = ctx.Queue()
    server = ctx.Process(target=_serve, args=(str(work / "site"), ready), daemon=True)
    server.start()
    port = ready.get(timeout=60)
    coder = default_coder()
    list(coder.code_articles([_warm()]))  # the first batch pays for lazy loading
    errors: list[str] = []
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        with Store(work / "ingest-store") as store:
            summary = ingest(store, [str(work / "site" / "pages")], coder=coder,
                             on_error=lambda exc: errors.append(exc.one_line()))  # fmt: skip
            ingest_events = store.stats()["events"]
        ingest_s, ingest_cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"ingest: {summary.articles} articles in {ingest_s:.1f} s", file=sys.stderr)
        sources = [Source(f"http://127.0.0.1:{port}{path}") for path in feeds]
        settings = WatchSettings(once=True, fetch=FetchSettings(per_host_delay=0.0))
        if commit_every:
            settings = dataclasses.replace(settings, commit_every=commit_every)
        t0, c0 = time.perf_counter(), time.process_time()
        with Store(work / "watch-store") as store:
            watcher = Watcher(store, sources, settings, coder=coder,
                              on_failure=lambda url, why: errors.append(f"{url}: {why}"))
            report = watcher.run()[0]
            watch_events = store.stats()["events"]
        watch_s, watch_cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"watch: {report.new_articles} articles in {watch_s:.1f} s "
              f"({report.requests} requests)", file=sys.stderr)  # fmt: skip
    finally:
        server.terminate()
        server.join(10)
    ingest_rate = summary.articles / ingest_s
    watch_rate = report.new_articles / watch_s
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "articles": n,
        "ingest": {"articles": summary.articles, "seconds": round(ingest_s, 2),
                   "cpu_seconds": round(ingest_cpu, 2),
                   "articles_per_s": round(ingest_rate, 2), "events": ingest_events},
        "watch": {"articles": report.new_articles, "seconds": round(watch_s, 2),
                  "cpu_seconds": round(watch_cpu, 2),
                  "articles_per_s": round(watch_rate, 2), "events": watch_events,
                  "requests": report.requests, "per_host_delay": 0.0,
                  "commit_every": settings.commit_every},
        "ratio": round(watch_rate / ingest_rate, 3),
        # the same by this process's CPU time: less sensitive to other jobs on the machine
        "ratio_cpu": round((ingest_cpu / summary.articles) / (watch_cpu / report.new_articles), 3),
        "same_events": ingest_events == watch_events,
        "errors": errors[:20],
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "load_average": os.getloadavg()},
    }  # fmt: skip


def _warm():
    from eventcoder.read import article_from_text

    return article_from_text("France and Germany signed a trade agreement in Paris on Monday.",
                             published="2024-01-01")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="articles (default 2000)")
    parser.add_argument("--dir", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--commit-every", type=int, help="watch's --commit-every (default: "
                        "the product's)")
    parser.add_argument("--output", type=Path, default=HERE / "results" / "watch.json")
    args = parser.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="watch-bench-"))
    if work.exists() and any(work.iterdir()):
        parser.error(f"{work} is not empty")
    work.mkdir(parents=True, exist_ok=True)
    try:
        result = run(args.n, work, args.commit_every)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=1) + "\n", "utf-8")
    print(f"ingest from disk: {result['ingest']['articles_per_s']:.2f} articles/s; "
          f"watch over HTTP: {result['watch']['articles_per_s']:.2f} articles/s; "
          f"ratio {result['ratio']:.3f} ({result['ratio_cpu']:.3f} by CPU time)")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
