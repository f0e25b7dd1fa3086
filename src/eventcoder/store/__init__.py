"""The embedded event store: immutable Parquet segments + a manifest, read with DuckDB.

::

    from eventcoder.store import Store

    with Store("news-store") as store:          # default: $EVENTCODER_STORE or ./eventcoder-store
        store.add(coder.code_articles(articles), coder.version)
        store.events(dyad=("USA", "CHN"), since="2024-01-01")    # pandas DataFrame
        store.timeline("USA", "CHN", freq="month")
        store.sql("SELECT root, count(*) FROM events GROUP BY root")  # read-only

Layout, guarantees and the views ``articles``, ``mentions``, ``events``: docs/store.md.
"""

from __future__ import annotations

from eventcoder.store.core import Store, default_store_path
from eventcoder.store.queries import FREQS, QUADS, Filters
from eventcoder.store.schema import ARTICLE_SCHEMA, MENTION_SCHEMA, SCHEMA_VERSION
from eventcoder.store.writer import AddResult

__all__ = [
    "ARTICLE_SCHEMA",
    "FREQS",
    "MENTION_SCHEMA",
    "QUADS",
    "SCHEMA_VERSION",
    "AddResult",
    "Filters",
    "Store",
    "default_store_path",
]
