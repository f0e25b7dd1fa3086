"""``eventcoder watch`` and ``eventcoder sources`` as a user runs them: subprocesses against
the fixture site on 127.0.0.1, killed and stopped for real."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from tests.conftest import run_cli
from tests.watch import site as news
from tests.watch.conftest import MAX_BYTES, TIMEOUT, feeds
from tests.watch.server import NewsServer, page

from eventcoder.store import Store

pytestmark = pytest.mark.slow

OPTIONS = ["--timeout", str(TIMEOUT), "--retries", "1", "--max-bytes", str(MAX_BYTES),
           "--contact", "desk@newsroom.test"]  # fmt: skip
PAGES = {"/news/" + p.rsplit("/", 1)[-1] for p in news.STORED.values()} | {
    "/go/teachers-protest", "/amp/aid-pledge.html", "/loop/a", "/loop/b",
    "/news/slow-story.html", "/news/huge-story.html",
}  # every route but the feeds and robots.txt
#: Routes fetched as one page: a redirect and where it leads.
CHAINS = {"/news/teachers-protest.html": "/go/teachers-protest", "/loop/b": "/loop/a"}


def watch_args(site, store, *extra: str) -> list[str]:
    return ["watch", *feeds(site), "--store", str(store), *OPTIONS, *extra]


def start(site, store, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "eventcoder", *watch_args(site, store, *extra)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip


def wait_for(condition, proc: subprocess.Popen, what: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if proc.poll() is not None:
            raise AssertionError(f"the watcher ended before {what}: {proc.stderr.read()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def page_hits(site) -> int:
    return sum(1 for h in site.hits() if h.route in PAGES)


def snapshot(store) -> dict:
    """Everything a watched store holds, less times, batches and the journal position."""
    with Store(store) as s:
        arts = s.sql("SELECT * EXCLUDE (ingested_at, batch) FROM articles ORDER BY article_id",
                     as_="arrow").to_pylist()  # fmt: skip
        ments = s.sql("SELECT * EXCLUDE (ingested_at, batch) FROM mentions ORDER BY mention_id",
                      as_="arrow").to_pylist()  # fmt: skip
        events = s.sql("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id",
                       as_="arrow").to_pylist()  # fmt: skip
        meta, table = s.watch_state()
    watch = [{k: r[k] for k in ("key", "kind", "status", "url", "source", "article_id",
                                "reason", "attempts")} for r in table.to_pylist()]  # fmt: skip
    sources = {url: {k: v for k, v in info.items() if k not in ("last_poll", "status")}
               for url, info in meta["sources"].items()}  # fmt: skip
    return {"articles": arts, "mentions": ments, "events": events, "watch": watch,
            "sources": sources}  # fmt: skip


def test_watch_once_then_again_then_sources(site, tmp_path):
    store = tmp_path / "store"
    first = run_cli(*watch_args(site, store, "--once"))
    assert first.returncode == 0, first.stderr
    lines = first.stderr.splitlines()
    summary = [line for line in lines if line.startswith("round 1:")]
    assert len(summary) == 1 and summary[0].startswith(
        "round 1: 3 sources polled, 7 new articles, "
    ) and summary[0].endswith(" events added, 4 failures")  # fmt: skip
    assert f"watch: {site.url('/private/embargoed.html')}: forbidden by robots.txt" in lines
    assert f"watch: {site.url('/loop/a')}: more than 5 redirects" in lines
    assert (f"watch: {site.url('/news/recall.html')}: HTTP 404; stored the feed item's text "
            "instead") in lines  # fmt: skip

    site.reset_log()
    second = run_cli(*watch_args(site, store, "--once"))
    assert second.returncode == 0, second.stderr
    assert "round 1: 2 sources polled, 0 new articles, 0 events added, 0 failures" in second.stderr
    hits = site.hits()
    assert [(h.route, h.status) for h in hits] == [("/feeds/world.rss", 304),
                                                   ("/feeds/region.atom", 304)]  # fmt: skip
    assert "if-none-match" in hits[0].headers and "if-modified-since" in hits[1].headers

    table = run_cli("sources", "--store", str(store))
    assert table.returncode == 0, table.stderr
    header, *rows = table.stdout.splitlines()
    assert header.split() == ["source", "kind", "every", "last_poll", "items", "articles",
                              "failures", "next_poll", "status"]  # fmt: skip
    world = next(r for r in rows if r.startswith(site.url("/feeds/world.rss")))
    assert world.split()[1:3] == ["feed", "15m"] and world.split()[4:7] == ["6", "4", "2"]
    listed = json.loads(run_cli("sources", "--store", str(store), "--format", "json").stdout)
    assert {(r["source"], r["kind"], r["items"], r["articles"], r["failures"]) for r in listed} == {
        (site.url("/feeds/world.rss"), "feed", 6, 4, 2),
        (site.url("/feeds/region.atom"), "feed", 5, 2, 2),
        (site.url("/news/arrests-dhaka.html"), "page", 1, 1, 0),
    }


def test_sigkill_mid_round_then_rerun_ends_as_an_uninterrupted_run(site, tmp_path):
    reference = tmp_path / "reference"
    done = run_cli(*watch_args(site, reference, "--once"))
    assert done.returncode == 0, done.stderr
    expected, expected_counts = snapshot(reference), site.counts()
    assert len(expected["articles"]) == 7 and expected["events"]

    site.reset_log()
    victim = tmp_path / "victim"
    proc = start(site, victim, "--once", "--per-host-delay", "0.3", "--commit-every", "2")
    wait_for(lambda: page_hits(site) >= 4, proc, "four pages were asked for")
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert page_hits(site) < sum(expected_counts[p] for p in PAGES)  # it died mid-round

    again = run_cli(*watch_args(site, victim, "--once"))
    assert again.returncode == 0, again.stderr
    assert snapshot(victim) == expected
    # Fetches nothing twice: beyond what one uninterrupted round asks for, at most the page
    # that was in hand at the kill is asked for again.
    counts = site.counts()
    extra = {p: counts[p] - expected_counts[p] for p in PAGES if counts[p] != expected_counts[p]}
    assert all(n > 0 for n in extra.values()), extra
    in_hand = {CHAINS.get(p, p) for p in extra}  # a redirect and its target are one page
    assert len(in_hand) <= 1 and all(n <= expected_counts[p] for p, n in extra.items()), extra
    assert (victim / "watch.journal").stat().st_size == 0


def test_sigterm_finishes_the_page_in_hand_commits_and_exits(site, tmp_path):
    store = tmp_path / "store"
    proc = start(site, store, "--per-host-delay", "0.3")
    wait_for(lambda: page_hits(site) >= 3, proc, "three pages were asked for")
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert "stopping after the page in hand" in err
    fetched = {h.route for h in site.hits() if h.status == 200 and h.route in PAGES}
    with Store(store) as s:
        stored = {r["url"] for r in s.sql("SELECT url FROM articles", as_="arrow").to_pylist()}
    # every page answered before the stop is in the store: none is left behind
    assert {site.url(p) for p in fetched if p not in ("/amp/aid-pledge.html",)} <= stored
    assert (store / "watch.journal").stat().st_size == 0


def test_second_watcher_is_refused_in_one_line_readers_are_fine(site, tmp_path):
    store = tmp_path / "store"
    first = start(site, store, "--per-host-delay", "0.2")
    try:
        wait_for(lambda: page_hits(site) >= 1, first, "the first watcher started")
        second = run_cli(*watch_args(site, store, "--once"))
        assert second.returncode == 2
        message = second.stderr.strip()
        assert message.count("\n") == 0 and "Traceback" not in message
        assert message.startswith(f"error: {store}: another process (pid {first.pid}) is "
                                  "writing to this store")  # fmt: skip
        assert message.endswith("[EC400]")
        reader = run_cli("sources", "--store", str(store), "--format", "json")
        assert reader.returncode == 0, reader.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=300)
    assert first.returncode == 0


def test_help_has_examples():
    for verb in ("watch", "sources"):
        done = run_cli(verb, "--help")
        assert done.returncode == 0 and "Example:" in done.stdout
        assert f"eventcoder {verb} " in done.stdout


def test_bad_sources_are_one_line_errors(tmp_path):
    listing = tmp_path / "feeds.txt"
    listing.write_text("news.example.org/feed.xml\n", encoding="utf-8")
    done = run_cli("watch", str(listing), "--store", str(tmp_path / "s"), "--once")
    assert done.returncode == 2
    assert done.stderr.strip() == (f"error: {listing}:1: expected an http(s) URL, got "
                                   "'news.example.org/feed.xml' [EC100]")  # fmt: skip
    bad = run_cli("watch", "http://127.0.0.1:9/x", "--every", "soon", "--once")
    assert bad.returncode == 2 and "not an interval" in bad.stderr


FISHERIES_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Fishermen protest boat seizures on Lake Victoria | Lakeside Herald</title>
<meta name="date" content="2024-05-14"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<main><article><h1>Fishermen protest boat seizures on Lake Victoria</h1>
<p>KISUMU, May 14 (Lakeside Herald) - Hundreds of fishermen marched through Kisumu on Tuesday
after the Lake Victoria Fisheries Organization ordered the seizure of forty boats accused of
using illegal nets.</p>
<p>The Lake Victoria Fisheries Organization defended the seizures and said it would meet the
fishermen's leaders next week.</p>
</article></main>
<footer><p>Copyright 2024 Lakeside Herald.</p></footer></body></html>
"""


def test_watch_codes_with_the_users_actor_tables(tmp_path):
    """``watch --actors`` codes like ``ingest --actors``: the organisation no table knows is
    listed by ``actors unknown`` after a plain watch, and coded with the user's code after a
    watch given a table that names it."""
    server = NewsServer({"/robots.txt": page("User-agent: *\nAllow: /\n", "text/plain"),
                         "/news/fisheries.html": page(FISHERIES_PAGE)})  # fmt: skip
    table = tmp_path / "my-actors.tsv"
    table.write_text("name\tcode\tvalid_from\tvalid_to\n"
                     "Lake Victoria Fisheries Organization\tIGOLVF\t\t\n")  # fmt: skip
    with server:
        url = server.url("/news/fisheries.html")
        plain = run_cli("watch", url, "--store", str(tmp_path / "plain"), *OPTIONS, "--once")
        mine = run_cli("watch", url, "--store", str(tmp_path / "mine"), *OPTIONS, "--once",
                       "--actors", str(table))  # fmt: skip
    assert plain.returncode == 0, plain.stderr
    assert mine.returncode == 0, mine.stderr
    unknown = run_cli("actors", "unknown", "--store", str(tmp_path / "plain"))
    assert "Lake Victoria Fisheries Organization\t" in unknown.stdout, unknown.stderr
    with Store(tmp_path / "plain") as s:
        plain_codes = {e["source_code"] for e in s.events(as_="arrow", include="all").to_pylist()}
    with Store(tmp_path / "mine") as s:
        mine_codes = {e["source_code"] for e in s.events(as_="arrow", include="all").to_pylist()}
        still_unknown = {r["name"] for r in s.unresolved_actors(as_="arrow").to_pylist()}
    assert "IGOLVF" in mine_codes and "IGOLVF" not in plain_codes
    assert "Lake Victoria Fisheries Organization" not in still_unknown
