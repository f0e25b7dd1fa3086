"""Live news: ``eventcoder watch`` polls feeds and article pages over HTTP, codes what is new
and commits it to the store, continuously (docs/watch.md).

::

    from eventcoder.store import Store
    from eventcoder.watch import Watcher, WatchSettings, read_sources

    with Store("news-store") as store:
        Watcher(store, read_sources(["feeds.txt"]), WatchSettings(once=True)).run()

Modules, in the order data moves: :mod:`.sources` (what to watch), :mod:`.urls` (one key per
page), :mod:`.fetch` (the polite HTTP client), :mod:`.watcher` (the rounds),
:mod:`.state` (what the store remembers, and the journal).
"""

from __future__ import annotations

from eventcoder.watch.fetch import FetchSettings, Page, PoliteClient, user_agent
from eventcoder.watch.sources import Source, format_interval, parse_interval, read_sources
from eventcoder.watch.state import source_rows
from eventcoder.watch.urls import clean_url, url_key
from eventcoder.watch.watcher import RoundReport, Watcher, WatchSettings

__all__ = [
    "FetchSettings",
    "Page",
    "PoliteClient",
    "RoundReport",
    "Source",
    "WatchSettings",
    "Watcher",
    "clean_url",
    "format_interval",
    "parse_interval",
    "read_sources",
    "source_rows",
    "url_key",
    "user_agent",
]
