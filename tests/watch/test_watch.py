"""The watcher in-process: a real store, the real coder, the fixture site on 127.0.0.1."""

from __future__ import annotations

from collections import Counter

import pytest
from tests.watch import site as news
from tests.watch.conftest import DELAY, MAX_BYTES, TIMEOUT, feeds, quick

from eventcoder.errors import StoreError
from eventcoder.read.html import article_from_html
from eventcoder.store import Store
from eventcoder.watch import Source, Watcher, read_sources, url_key

#: Requests one first round makes, per path (from the server's log).
FIRST_ROUND = {
    "/robots.txt": 1,
    "/feeds/world.rss": 1,
    "/feeds/region.atom": 1,
    "/news/arrests-dhaka.html": 1,
    "/news/ministers-meet.html": 1,  # linked twice, with different utm_ tags
    "/go/teachers-protest": 1,
    "/news/teachers-protest.html": 1,
    "/news/recall.html": 1,  # 404: never retried
    "/news/flaky-story.html": 2,  # 500, then 200 after Retry-After
    "/loop/a": 3,
    "/loop/b": 3,
    "/news/aid-pledge.html": 1,
    "/amp/aid-pledge.html": 1,
    "/news/border-talks.html": 1,
    "/news/slow-story.html": 2,  # timed out, retried once
    "/news/huge-story.html": 1,
}

#: Events any sane coding of the reports gives: (source, root, target) code prefixes.
SURE_EVENTS = {
    "flaky-story": ("PAK", "11", "IND"),
    "arrests-dhaka": ("BGDCOP", "17", "BGDOPP"),
    "aid-pledge": ("JPN", "03", "PHL"),
    "recall": ("SRB", "16", "MNE"),
    "ministers-meet": ("KEN", "04", "ETH"),
    "border-talks": ("AZE", "04", "ARM"),
}


def watch(store_path, sources, coder, failures=None, **settings):
    found = [Source(url) for url in sources] if not isinstance(sources[0], Source) else sources
    sink = failures if failures is not None else []
    with Store(store_path) as store:
        watcher = Watcher(store, found, quick(**settings), coder=coder,
                          on_failure=lambda url, why: sink.append((url, why)))
        return watcher.run()


def articles(store_path) -> dict[str, dict]:
    with Store(store_path) as store:
        rows = store.sql("SELECT * FROM articles", as_="arrow").to_pylist()
    return {r["url"]: r for r in rows}


def watch_rows(store_path) -> dict[str, dict]:
    with Store(store_path) as store:
        _meta, table = store.watch_state()
    return {r["key"]: r for r in table.to_pylist()}


@pytest.fixture
def first_round(site, tmp_path, coder):
    failures: list[tuple[str, str]] = []
    reports = watch(tmp_path / "store", feeds(site), coder, failures)
    return tmp_path / "store", reports, failures


def test_first_round_stores_exactly_the_expected_articles(site, first_round):
    store, reports, _ = first_round
    stored = articles(store)
    assert set(stored) == {site.url(path) for path in news.STORED.values()}
    for slug, path in news.STORED.items():
        row = stored[site.url(path)]
        if slug == "recall":  # its page is gone: stored from the feed item's own text
            assert row["title"] == news.RECALL_TITLE
            assert row["text"] == f"{news.RECALL_TITLE}\n{news.RECALL_TEXT}"
            assert row["outlet"] == "Lakeside Herald - World"
            continue
        title, date, text = news.STORIES[slug]
        assert row["title"] == title and str(row["published"]) == date
        assert row["outlet"] == "Lakeside Herald"
        body = row["text"]
        assert text.split("\n\n")[-1] in body  # the report's last paragraph
        for furniture in ("cookies", "Most read", "All rights reserved", "Subscribe"):
            assert furniture not in body, (slug, furniture)
    assert (reports[0].new_articles, reports[0].duplicates, reports[0].failures) == (7, 1, 4)


def test_the_events_are_those_of_the_reports(site, first_round, coder):
    store, reports, _ = first_round
    with Store(store) as s:
        mentions = s.sql("SELECT url, source_code, cameo, target_code, sentence FROM mentions "
                         "ORDER BY url, sentence_index, mention_id", as_="arrow").to_pylist()
        events = s.stats()["events"]
    assert reports[0].events_added == events > 0
    for slug, (source, root, target) in SURE_EVENTS.items():
        url = site.url(news.STORED[slug])
        assert any(m["url"] == url and (m["source_code"] or "").startswith(source)
                   and m["cameo"].startswith(root) and (m["target_code"] or "").startswith(target)
                   for m in mentions), slug  # fmt: skip
    # Exactly what coding the pages' main text gives, page by page.
    for slug, path in news.STORED.items():
        if slug == "recall":
            continue
        url = site.url(path)
        article = article_from_html(news.article_page(slug), origin=url, url=url,
                                    published=news.STORIES[slug][1])  # fmt: skip
        expected = [(m.source.code if m.source else None, m.cameo,
                     m.target.code if m.target else None, m.sentence)
                    for m in coder.code_article(article)]  # fmt: skip
        got = [(m["source_code"], m["cameo"], m["target_code"], m["sentence"])
               for m in mentions if m["url"] == url]  # fmt: skip
        assert got == expected, slug


def test_failures_are_recorded_with_their_reasons(site, first_round):
    store, _, failures = first_round
    rows = watch_rows(store)
    failed = {k: (r["reason"], r["next_retry"] is not None)
              for k, r in rows.items() if r["status"] == "failed"}  # fmt: skip
    assert failed == {
        site.url("/private/embargoed.html"): ("forbidden by robots.txt", False),
        site.url("/loop/a"): ("more than 5 redirects", False),
        site.url("/news/slow-story.html"): (f"timed out after {TIMEOUT:g} s", True),
        site.url("/news/huge-story.html"): (f"larger than {MAX_BYTES:,} bytes", False),
    }
    recall = rows[site.url("/news/recall.html")]
    assert recall["status"] == "fallback"
    assert recall["reason"] == "HTTP 404; stored the feed item's text instead"
    assert rows[site.url("/amp/aid-pledge.html")]["status"] == "duplicate"
    assert rows[site.url("/amp/aid-pledge.html")]["article_id"] == \
        rows[site.url("/news/aid-pledge.html")]["article_id"]  # fmt: skip
    assert rows[site.url("/go/teachers-protest")]["status"] == "stored"
    assert rows[site.url("/news/teachers-protest.html")]["kind"] == "alias"
    assert rows[site.url("")]["kind"] == "robots"  # the origin's robots.txt is kept too
    # one line per failure, naming the URL and the reason
    assert sorted(failures) == sorted(
        [(site.url(k.removeprefix(site.url(""))), reason) for k, (reason, _) in failed.items()]
        + [(site.url("/news/recall.html"), recall["reason"])]
    )


def test_requests_robots_and_delay_from_the_server_log(site, first_round):
    assert dict(site.counts()) == FIRST_ROUND
    hits = site.hits()
    assert hits[0].route == "/robots.txt"
    assert not site.hits("/private/embargoed.html")  # robots.txt forbids it: never asked
    # One request at a time, `DELAY` apart, on the server's own clock. A request the client
    # gave up on (the slow page) is left out: the server keeps sleeping after the time-out.
    for before, after in zip(hits, hits[1:], strict=False):
        if before.route != "/news/slow-story.html":
            assert after.start - before.end >= DELAY, (before.path, after.path)
    for hit in hits:
        assert "desk@newsroom.test" in hit.headers["user-agent"]


def test_second_round_adds_nothing_and_asks_only_conditionally(site, first_round, coder):
    store, _, _ = first_round
    before = articles(store)
    site.reset_log()
    reports = watch(store, feeds(site), coder)
    hits = site.hits()
    assert [h.route for h in hits] == ["/feeds/world.rss", "/feeds/region.atom"]
    assert hits[0].headers["if-none-match"] == '"world-1"' and hits[0].status == 304
    assert "if-modified-since" in hits[1].headers and hits[1].status == 304
    assert articles(store) == before
    assert (reports[0].new_articles, reports[0].polled, reports[0].failures) == (0, 2, 0)


def test_same_story_through_two_feeds_is_fetched_and_stored_once(site, tmp_path, coder):
    watch(tmp_path / "a", [site.url("/feeds/region.atom")], coder)
    watch(tmp_path / "a", [site.url("/feeds/world.rss")], coder)
    stored = articles(tmp_path / "a")
    assert list(stored).count(site.url("/news/ministers-meet.html")) == 1
    assert site.counts()["/news/ministers-meet.html"] == 1


def test_a_crash_loses_nothing_fetched_and_fetches_nothing_twice(site, tmp_path, coder):
    """A watcher that dies before any commit: the journal holds what it fetched."""
    store = tmp_path / "store"

    class Crash(Exception):
        pass

    def crash_after_three(report):
        if report.new_articles >= 3:
            raise Crash

    with Store(store) as s:
        watcher = Watcher(s, [Source(u) for u in feeds(site)], quick(), coder=coder,
                          on_progress=crash_after_three)  # fmt: skip
        with pytest.raises(Crash):
            watcher.run()
    assert not articles(store)  # nothing committed …
    assert (store / "watch.journal").stat().st_size > 0  # … but all of it journaled
    watch(store, feeds(site), coder)
    assert set(articles(store)) == {site.url(p) for p in news.STORED.values()}
    counts = site.counts()
    for path in ("/news/arrests-dhaka.html", "/news/ministers-meet.html", "/go/teachers-protest"):
        assert counts[path] == 1, path  # fetched before the crash, not again after it
    assert (store / "watch.journal").stat().st_size == 0


def test_stop_finishes_the_page_in_hand_and_commits(site, tmp_path, coder):
    store = tmp_path / "store"
    with Store(store) as s:
        # (a commit after each article: one is coded while the next is fetched)
        watcher = Watcher(s, [Source(u) for u in feeds(site)], quick(commit_every=1),
                          coder=coder)  # fmt: skip
        watcher._on_progress = lambda r: watcher.stop() if r.new_articles >= 2 else None
        reports = watcher.run()
    assert reports[0].stopped and reports[0].new_articles == 2
    assert len(articles(store)) == 2
    with Store(store) as s:
        meta, _ = s.watch_state()
    # The feeds' items were not all dealt with: their polls are not committed, so the next
    # round asks for them again (not conditionally) and carries on where this one stopped.
    assert "etag" not in meta["sources"].get(site.url("/feeds/world.rss"), {})
    site.reset_log()
    watch(store, feeds(site), coder)
    assert set(articles(store)) == {site.url(p) for p in news.STORED.values()}
    assert "if-none-match" not in site.hits("/feeds/world.rss")[0].headers
    assert not site.hits("/news/arrests-dhaka.html")


def test_per_source_interval_in_the_list(site, tmp_path, coder):
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"{site.url('/feeds/world.rss')}\n"
                       f"{site.url('/feeds/region.atom')}  every=1h\n", encoding="utf-8")
    store = tmp_path / "store"
    watch(store, read_sources([str(listing)]), coder)
    site.reset_log()
    watch(store, read_sources([str(listing)]), coder)  # --once: region is not due for an hour
    assert [h.route for h in site.hits()] == ["/feeds/world.rss"]


def test_a_second_watcher_is_refused(site, tmp_path, coder):
    with Store(tmp_path / "store") as holder:
        holder._ensure_writer()  # another writer holds the store
        with pytest.raises(StoreError, match="only one writer"):
            watch(tmp_path / "store", feeds(site), coder)
    assert not site.hits()


def test_sources_summary(site, first_round):
    from eventcoder.watch import source_rows

    store, _, _ = first_round
    with Store(store) as s:
        rows = {r["source"]: r for r in source_rows(*s.watch_state())}
    world, region = rows[site.url("/feeds/world.rss")], rows[site.url("/feeds/region.atom")]
    page = rows[site.url("/news/arrests-dhaka.html")]
    assert (world["kind"], world["items"], world["articles"], world["failures"]) == \
        ("feed", 6, 4, 2)  # fmt: skip
    assert (region["kind"], region["items"], region["articles"], region["failures"]) == \
        ("feed", 5, 2, 2)  # fmt: skip
    assert (page["kind"], page["items"], page["articles"]) == ("page", 1, 1)
    assert world["next_poll"] > world["last_poll"] and world["every"] == 900.0
    assert Counter(r["kind"] for r in rows.values()) == {"feed": 2, "page": 1}
    assert url_key(world["source"]) == world["source"]


def test_without_once_it_polls_again_when_the_interval_has_passed(site, tmp_path, coder):
    store = tmp_path / "store"
    with Store(store) as s:
        sources = [Source(site.url("/feeds/world.rss"), every=1.0)]
        watcher = Watcher(s, sources, quick(once=False), coder=coder)
        watcher._on_round = lambda r: watcher.stop() if r.number >= 2 else None
        reports = watcher.run()
    assert [r.number for r in reports] == [1, 2]
    feed = site.hits("/feeds/world.rss")
    assert [h.status for h in feed] == [200, 304]
    assert feed[1].start - feed[0].end >= 1.0  # not before its interval
    assert (reports[1].new_articles, reports[1].polled) == (0, 1)
