"""The polite client against a real server on 127.0.0.1: what the server saw is the proof."""

from __future__ import annotations

import threading
import time

import pytest
from tests.watch.conftest import MAX_BYTES, TIMEOUT
from tests.watch.server import NewsServer, failing_first, page, status

from eventcoder import __version__
from eventcoder.errors import FetchError
from eventcoder.watch import FetchSettings, PoliteClient
from eventcoder.watch.fetch import RobotsRecord, Stopped


def client(**kw) -> PoliteClient:
    settings = {"contact": "desk@newsroom.test", "timeout": TIMEOUT, "per_host_delay": 0.0,
                "retries": 1, "backoff": 0.2, "max_page_bytes": MAX_BYTES, **kw}  # fmt: skip
    return PoliteClient(FetchSettings(**settings))


def test_client_names_itself_obeys_robots_and_reads_gzip(site):
    with client() as c:
        got = c.fetch(site.url("/news/aid-pledge.html"))
        with pytest.raises(FetchError, match="forbidden by robots.txt"):
            c.fetch(site.url("/private/embargoed.html"))
        c.fetch(site.url("/news/border-talks.html"))
    assert got.status == 200 and "Japan promised emergency aid" in got.text()
    hits = site.hits()
    assert [h.route for h in hits] == ["/robots.txt", "/news/aid-pledge.html",
                                       "/news/border-talks.html"]  # fmt: skip
    for hit in hits:
        assert hit.headers["user-agent"] == (
            f"eventcoder/{__version__} (news event coder; +desk@newsroom.test)"
        )
        assert "gzip" in hit.headers["accept-encoding"]


def test_one_request_per_host_at_a_time_with_the_delay_between(site):
    delay = 0.3
    with client(per_host_delay=delay) as c:
        for path in ("/news/aid-pledge.html", "/news/border-talks.html",
                     "/news/ministers-meet.html", "/go/teachers-protest"):  # fmt: skip
            c.fetch(site.url(path))
    hits = site.hits()
    assert len(hits) == 6  # robots.txt, 3 pages, a redirect and its target
    for before, after in zip(hits, hits[1:], strict=False):
        # the server's own clock: the next request began at least `delay` after the last ended
        assert after.start - before.end >= delay, (before.path, after.path)


def test_conditional_get_for_feeds(site):
    with client() as c:
        world = c.fetch(site.url("/feeds/world.rss"))
        region = c.fetch(site.url("/feeds/region.atom"))
        again = c.fetch(site.url("/feeds/world.rss"), etag=world.etag)
        again2 = c.fetch(site.url("/feeds/region.atom"), last_modified=region.last_modified)
    assert world.status == region.status == 200 and world.etag == '"world-1"'
    assert again.status == again2.status == 304 and again.body == b""
    last_two = site.hits()[-2:]
    assert last_two[0].headers["if-none-match"] == '"world-1"'
    assert last_two[1].headers["if-modified-since"] == region.last_modified


def test_retry_honours_retry_after(site):
    with client() as c:
        got = c.fetch(site.url("/news/flaky-story.html"))
    assert got.status == 200
    first, second = site.hits("/news/flaky-story.html")
    assert first.status == 500 and second.status == 200
    assert second.start - first.end >= 1.0  # Retry-After: 1


def test_429_is_retried_and_other_4xx_are_not(site):
    site.routes["/busy"] = failing_first(1, page("<html><body><p>ok</p></body></html>"), code=429)
    with client() as c:
        assert c.fetch(site.url("/busy")).status == 200
        with pytest.raises(FetchError) as caught:
            c.fetch(site.url("/news/recall.html"))
    assert caught.value.reason == "HTTP 404" and not caught.value.transient
    counts = site.counts()
    assert counts["/busy"] == 2 and counts["/news/recall.html"] == 1


def test_server_errors_give_up_after_the_retries(site):
    site.routes["/down"] = status(503)
    with client(retries=2) as c, pytest.raises(FetchError) as caught:
        c.fetch(site.url("/down"))
    assert caught.value.reason == "HTTP 503" and caught.value.transient
    assert site.counts()["/down"] == 3


def test_retry_after_longer_than_we_wait_gives_up_saying_when(site):
    site.routes["/later"] = failing_first(9, page("<p>x</p>"), code=503, retry_after="3600")
    with client(retries=3) as c, pytest.raises(FetchError) as caught:
        c.fetch(site.url("/later"))
    assert site.counts()["/later"] == 1
    assert caught.value.retry_at is not None and caught.value.retry_at > time.time() + 3000


def test_time_out_size_cap_and_redirect_bound(site):
    with client() as c:
        with pytest.raises(FetchError) as slow:
            c.fetch(site.url("/news/slow-story.html"))
        with pytest.raises(FetchError) as huge:
            c.fetch(site.url("/news/huge-story.html"))
        with pytest.raises(FetchError) as loop:
            c.fetch(site.url("/loop/a"))
        moved = c.fetch(site.url("/go/teachers-protest"))
    assert slow.value.reason == f"timed out after {TIMEOUT:g} s" and slow.value.transient
    assert huge.value.reason == f"larger than {MAX_BYTES:,} bytes" and not huge.value.transient
    assert loop.value.reason == "more than 5 redirects"
    assert moved.final_url == site.url("/news/teachers-protest.html")
    assert moved.redirects == (site.url("/go/teachers-protest"),)
    counts = site.counts()
    assert counts["/news/slow-story.html"] == 2  # the first try and one retry
    assert counts["/news/huge-story.html"] == 1
    assert counts["/loop/a"] + counts["/loop/b"] == 6  # the request and five redirects


def test_robots_txt_that_cannot_be_fetched_forbids_for_now():
    with NewsServer({"/robots.txt": status(500), "/page.html": page("<p>x</p>")}) as server, \
            client(retries=0) as c:  # fmt: skip
        with pytest.raises(FetchError) as caught:
            c.fetch(server.url("/page.html"))
        assert "robots.txt cannot be fetched" in caught.value.reason and caught.value.transient
        assert server.counts()["/page.html"] == 0


def test_missing_robots_txt_allows_everything():
    with NewsServer({"/page.html": page("<p>x</p>")}) as server, client() as c:
        assert c.fetch(server.url("/page.html")).status == 200
        assert [h.route for h in server.hits()] == ["/robots.txt", "/page.html"]


def test_crawl_delay_longer_than_ours_wins():
    robots = "User-agent: eventcoder\nCrawl-delay: 1\n"
    with NewsServer({"/robots.txt": page(robots, "text/plain"), "/a": page("<p>a</p>"),
                     "/b": page("<p>b</p>")}) as server, client(per_host_delay=0.0) as c:  # fmt: skip
        c.fetch(server.url("/a"))
        c.fetch(server.url("/b"))
        a, b = server.hits("/a")[0], server.hits("/b")[0]
        assert b.start - a.end >= 1.0


def test_a_stop_abandons_the_wait_in_hand(site):
    stop = threading.Event()
    known = {site.url(""): RobotsRecord(site.url(""), "missing", "", time.time())}
    with PoliteClient(FetchSettings(per_host_delay=30.0), robots=known, stop=stop) as c:
        c.fetch(site.url("/news/aid-pledge.html"))
        stop.set()
        with pytest.raises(Stopped):
            c.fetch(site.url("/news/border-talks.html"))
    assert site.counts()["/news/border-talks.html"] == 0
