"""Exports of the event store: a small registry of formats.

======== ========================================================================
name     what is written
======== ========================================================================
jsonl    one JSON object per event (columns of the ``events`` view; ``location``
         nested; ``mention_ids`` a list)
csv      the ``events`` columns, header first; ``mention_ids`` joined with ``;``
parquet  the ``events`` columns as a Parquet file (zstd)
gdelt    the GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no
         header unless asked (mapping in :mod:`eventcoder.gdelt` and docs/gdelt.md)
======== ========================================================================

The mentions export (:func:`export_mentions`) writes jsonl, csv and parquet too, and ``gdelt``
as GDELT's mentions table (16 columns).

Every writer takes a stream of Arrow record batches, so an export of millions of events
never holds them all in memory::

    from eventcoder.export import export_events, export_mentions
    export_events(store, "gdelt", "events.tsv", dyad=("USA", "CHN"))
    export_mentions(store, "gdelt", "mentions.tsv", dyad=("USA", "CHN"))
"""

from __future__ import annotations

from eventcoder.export import formats as _formats  # noqa: F401  (registers the built-ins)
from eventcoder.export.registry import (
    FORMATS,
    MENTION_FORMATS,
    Exporter,
    export_events,
    export_mentions,
    get_exporter,
    register,
)

__all__ = [
    "FORMATS",
    "MENTION_FORMATS",
    "Exporter",
    "export_events",
    "export_mentions",
    "get_exporter",
    "register",
]
