"""Exports of the event store: a small registry of formats.

======== ========================================================================
name     what is written
======== ========================================================================
jsonl    one JSON object per event (columns of the ``events`` view; ``location``
         nested; ``mention_ids`` a list)
csv      the ``events`` columns, header first; ``mention_ids`` joined with ``;``
parquet  the ``events`` columns as a Parquet file (zstd)
gdelt    the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no
         header (mapping in :mod:`eventcoder.gdelt` and docs/store.md)
======== ========================================================================

Every writer takes a stream of Arrow record batches, so an export of millions of events
never holds them all in memory::

    from eventcoder.export import export_events
    export_events(store, "gdelt", "events.tsv", dyad=("USA", "CHN"))
"""

from __future__ import annotations

from eventcoder.export import formats as _formats  # noqa: F401  (registers the built-ins)
from eventcoder.export.registry import (
    FORMATS,
    Exporter,
    export_events,
    get_exporter,
    register,
)

__all__ = ["FORMATS", "Exporter", "export_events", "get_exporter", "register"]
