"""Fixtures of the watch tests: the fixture news site on 127.0.0.1 and quick settings."""

from __future__ import annotations

import pytest
from tests.watch import site as news
from tests.watch.server import NewsServer

from eventcoder.watch import FetchSettings, WatchSettings

#: Short time-outs so failing pages fail fast; still a real delay between requests.
TIMEOUT = 0.5
DELAY = 0.05
MAX_BYTES = 1_000_000


@pytest.fixture
def site():
    """The fixture site (``tests/watch/site.py``) on a free port of 127.0.0.1."""
    server = NewsServer()
    server.routes.update(news.routes(server.url(""), slow_seconds=2.0))
    with server:
        yield server


def feeds(server: NewsServer) -> list[str]:
    """The three sources the tests watch: both feeds and the article given directly."""
    return [server.url("/feeds/world.rss"), server.url("/feeds/region.atom"),
            server.url("/news/arrests-dhaka.html")]  # fmt: skip


def quick(**kw) -> WatchSettings:
    fetch = FetchSettings(contact="desk@newsroom.test", timeout=TIMEOUT, per_host_delay=DELAY,
                          retries=1, backoff=0.2, max_page_bytes=MAX_BYTES)  # fmt: skip
    return WatchSettings(**{"once": True, "fetch": fetch, **kw})
