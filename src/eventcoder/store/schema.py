"""Column layout of the store's segments and the conversion of records into Arrow tables.

Immutable segments hold the data (one Parquet file per commit and kind):

* ``articles`` — one row per (article id, coder version) coded;
* ``mentions`` — one row per event mention, with the evidence sentence, offsets, the
  article's title / outlet / url / publication date copied in (so aggregation needs no join),
  whether it is background and whether it is among its story's first events (``is_root``),
  the canonical names of its actors' codes (``source_label``, ``target_label``) and the
  ``event_id`` of the event it belongs to (computed once, at write time);
* ``unresolved`` — one row per actor phrase no actor table knew (``eventcoder actors
  unknown``), with its sentence;
* ``watch`` — the state ``eventcoder watch`` keeps about the URLs it has seen (one row per
  URL and commit; the latest row of a key is its state), committed with the articles.

Schema history (each step a migration in :mod:`eventcoder.store.migrations`): 1 — eventcoder
0.2.0; 2 — mentions gain ``background``, ``is_root`` and ``title``, and a negated mention gets
the event id of its own (negated) event; 3 — the ``unresolved`` segments, and mentions gain
``source_label`` / ``target_label`` (NULL in the rows written before); 4 — the ``watch``
segments and the manifest's ``watch`` entry (``eventcoder watch``).

One more kind, the ``events`` segment, is derived: see :mod:`eventcoder.aggregate`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence

import pyarrow as pa

from eventcoder.aggregate import event_date, event_id_for, normalize_date
from eventcoder.records import ActorRef, Article, Mention, unresolved_of

__all__ = [
    "ARTICLE_SCHEMA",
    "MENTION_SCHEMA",
    "SCHEMA_VERSION",
    "UNRESOLVED_SCHEMA",
    "WATCH_SCHEMA",
    "articles_table",
    "mentions_table",
    "parse_date",
    "unresolved_table",
]

#: Bumped when the segment layout changes; older stores are migrated on open (manifest log).
SCHEMA_VERSION = 4

_S = pa.string()
_I32 = pa.int32()
_TS = pa.timestamp("ms")

ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", _S),
        ("coder_version", _S),
        ("batch", pa.int64()),
        ("title", _S),
        ("text", _S),
        ("published", pa.date32()),
        ("url", _S),
        ("outlet", _S),
        ("language", _S),
        ("num_mentions", _I32),
        ("ingested_at", _TS),
    ]
)

_ACTOR_FIELDS = ("text", "name", "code", "country", "role")

MENTION_SCHEMA = pa.schema(
    [
        ("mention_id", _S),
        ("event_id", _S),
        ("article_id", _S),
        ("coder_version", _S),
        ("batch", pa.int64()),
        ("sentence_index", _I32),
        ("sentence", _S),
        ("trigger", _S),
        ("start", _I32),
        ("end", _I32),
        ("trigger_start", _I32),
        ("trigger_end", _I32),
        *[(f"source_{f}", _S) for f in _ACTOR_FIELDS],
        *[(f"target_{f}", _S) for f in _ACTOR_FIELDS],
        ("source_label", _S),
        ("target_label", _S),
        ("cameo", _S),
        ("cameo_name", _S),
        ("root", _S),
        ("plover", _S),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int8()),
        ("date", pa.date32()),
        ("date_text", _S),
        ("date_precision", _S),
        ("location_name", _S),
        ("geonameid", pa.int64()),
        ("location_country", _S),
        ("admin1", _S),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("negated", pa.bool_()),
        ("modality", _S),
        ("future", pa.bool_()),
        ("background", pa.bool_()),
        ("is_root", pa.bool_()),
        ("attributed_text", _S),
        ("attributed_name", _S),
        ("attributed_code", _S),
        ("confidence", pa.float64()),
        ("extra", _S),
        ("published", pa.date32()),
        ("title", _S),
        ("outlet", _S),
        ("url", _S),
        ("ingested_at", _TS),
    ]
)


#: One row per unresolved actor phrase of a coded article (``position``: source, target or
#: nearby; ``start``/``end``: character offsets in the article).
UNRESOLVED_SCHEMA = pa.schema(
    [
        ("article_id", _S),
        ("coder_version", _S),
        ("batch", pa.int64()),
        ("sentence_index", _I32),
        ("text", _S),
        ("position", _S),
        ("start", _I32),
        ("end", _I32),
        ("sentence", _S),
        ("ingested_at", _TS),
    ]
)


#: One row per URL the watcher decided something about, per commit; the row of the latest
#: batch is the key's state. ``kind``: ``item`` (a link a source listed, or the source URL of
#: an article given directly), ``alias`` (another URL of a stored page: a redirect's target,
#: its canonical link) or ``robots`` (an origin's robots.txt, text in ``body``).
#: ``status``: ``stored``, ``fallback`` (stored from the feed item's own text), ``duplicate``
#: (the story was already stored under another URL), ``failed`` (``reason``; tried again at
#: ``next_retry``, or never when it is null), and for robots ``ok`` / ``missing`` /
#: ``unavailable``.
WATCH_SCHEMA = pa.schema(
    [
        ("key", _S),
        ("kind", _S),
        ("status", _S),
        ("url", _S),
        ("source", _S),
        ("article_id", _S),
        ("reason", _S),
        ("attempts", _I32),
        ("next_retry", _TS),
        ("body", _S),
        ("batch", pa.int64()),
        ("at", _TS),
    ]
)


def parse_date(value: str | None) -> dt.date | None:
    """``YYYY-MM-DD`` (or ``YYYY-MM`` / ``YYYY``, taken as the first day) → date; else None."""
    iso = normalize_date(value)
    return dt.date.fromisoformat(iso) if iso else None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def articles_table(
    items: Sequence[tuple[Article, Sequence[Mention]]], coder_version: str, batch: int
) -> pa.Table:
    """The ``articles`` rows of one commit."""
    now = _now()
    rows = [
        {
            "article_id": a.id,
            "coder_version": coder_version,
            "batch": batch,
            "title": a.title,
            "text": a.text,
            "published": parse_date(a.published),
            "url": a.url,
            "outlet": a.outlet,
            "language": a.language,
            "num_mentions": len(ms),
            "ingested_at": now,
        }
        for a, ms in items
    ]
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def _actor(prefix: str, actor: ActorRef | None) -> dict[str, str | None]:
    return {f"{prefix}_{f}": (getattr(actor, f) if actor else None) for f in _ACTOR_FIELDS}


def _mention_row(
    m: Mention, k: int, article: Article, coder_version: str, batch: int, now: dt.datetime,
    root: int | None,
) -> dict[str, object]:
    loc = m.location
    att = m.attributed_to
    published = parse_date(article.published)
    date = event_date(m.date, article.published)
    row: dict[str, object] = {
        "mention_id": f"{article.id}:{m.sentence_index}:{k}",
        "event_id": event_id_for(
            date, m.source.code if m.source else None, m.target.code if m.target else None,
            m.cameo, m.negated,
        ),
        "article_id": article.id,
        "coder_version": coder_version,
        "batch": batch,
        "sentence_index": m.sentence_index,
        "sentence": m.sentence,
        "trigger": m.trigger,
        "start": m.start,
        "end": m.end,
        "trigger_start": m.trigger_start,
        "trigger_end": m.trigger_end,
        **_actor("source", m.source),
        **_actor("target", m.target),
        "source_label": m.source.label if m.source else None,
        "target_label": m.target.label if m.target else None,
        "cameo": m.cameo,
        "cameo_name": m.cameo_name,
        "root": m.root,
        "plover": m.plover,
        "goldstein": float(m.goldstein),
        "quad_class": int(m.quad_class),
        "date": parse_date(date),
        "date_text": m.date,
        "date_precision": m.date_precision,
        "location_name": loc.name if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "location_country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "negated": bool(m.negated),
        "modality": m.modality,
        "future": bool(m.future),
        "background": bool(m.background),
        "is_root": m.sentence_index == root,
        "attributed_text": att.text if att else None,
        "attributed_name": att.name if att else None,
        "attributed_code": att.code if att else None,
        "confidence": float(m.confidence),
        "extra": json.dumps(m.extra, default=str, sort_keys=True) if m.extra else None,
        "published": published,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "ingested_at": now,
    }
    return row


def mentions_table(
    items: Iterable[tuple[Article, Sequence[Mention]]], coder_version: str, batch: int
) -> pa.Table:
    """The ``mentions`` rows of one commit (mention id = ``article:sentence:ordinal``)."""
    now = _now()
    rows = []
    for article, mentions in items:
        # the first body sentence holding an event (the title is never coded): root events
        root = min((m.sentence_index for m in mentions), default=None)
        rows += [_mention_row(m, k, article, coder_version, batch, now, root)
                 for k, m in enumerate(mentions)]  # fmt: skip
    return pa.Table.from_pylist(rows, schema=MENTION_SCHEMA)


def unresolved_table(
    items: Iterable[tuple[Article, Sequence[Mention]]], coder_version: str, batch: int
) -> pa.Table:
    """The ``unresolved`` rows of one commit (from :attr:`Mentions.unresolved`)."""
    now = _now()
    rows = [
        {
            "article_id": article.id,
            "coder_version": coder_version,
            "batch": batch,
            "sentence_index": u.sentence_index,
            "text": u.text,
            "position": u.position,
            "start": u.start,
            "end": u.end,
            "sentence": u.sentence,
            "ingested_at": now,
        }
        for article, mentions in items
        for u in unresolved_of(mentions)
    ]
    return pa.Table.from_pylist(rows, schema=UNRESOLVED_SCHEMA)

