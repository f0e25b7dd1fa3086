"""Mentions → events: one rule, written twice (Python for a handful, SQL for the store).

An **event** is every non-negated mention sharing the same *key*: event date, source actor
code, target actor code and CAMEO code. The event date is the mention's own date, else the
article's publication date. Counts follow GDELT: ``num_mentions`` (mentions), ``num_articles``
(distinct articles), ``num_sources`` (distinct outlets; articles without an outlet count as one
"unknown" outlet). ``first_seen`` / ``last_seen`` are the earliest / latest publication date of
the articles reporting it (the ingestion date when an article has none). Names and roles are
those of the event's first mention (smallest mention id), the place that of the first mention
with one. An actor's name is the canonical name of its code (``ActorRef.label``: "Kenya
government", "Afghanistan"), the same whatever words the mentions used; mentions stored before
labels existed give the words of the event's first mention.

The key is hashed into a stable ``event_id`` (16 hex digits of MD5 over
``date|source|target|cameo``), identical in Python (:func:`event_id_for`) and SQL
(:data:`EVENT_ID_SQL`), so an event keeps its id however often the store is refreshed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from eventcoder.records import Article, Event, Mention

__all__ = [
    "EVENTS_SQL",
    "EVENT_COLUMNS",
    "EVENT_ID_SQL",
    "aggregate",
    "event_date",
    "event_id_for",
    "normalize_date",
]


def normalize_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` (``YYYY-MM`` / ``YYYY`` → first day) as an ISO string; None if unusable."""
    if not value:
        return None
    text = str(value).strip()
    for size, suffix in ((10, ""), (7, "-01"), (4, "-01-01")):
        try:
            return dt.date.fromisoformat(text[:size] + suffix).isoformat()
        except ValueError:
            continue
    return None


def event_date(mention_date: str | None, published: str | None) -> str | None:
    """The date an event is filed under: the mention's date, else the publication date."""
    return normalize_date(mention_date) or normalize_date(published)


def event_id_for(
    date: str | None, source_code: str | None, target_code: str | None, cameo: str
) -> str:
    """Stable id of the event key (same value as :data:`EVENT_ID_SQL`)."""
    basis = "|".join((date or "", source_code or "", target_code or "", cameo))
    return hashlib.md5(basis.encode("utf-8")).hexdigest()[:16]


#: SQL expression of :func:`event_id_for` over columns date, source_code, target_code, cameo.
EVENT_ID_SQL = (
    "substr(md5(concat_ws('|', coalesce(strftime(date, '%Y-%m-%d'), ''), "
    "coalesce(source_code, ''), coalesce(target_code, ''), cameo)), 1, 16)"
)

#: Columns of the ``events`` view, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "source_code", "source_name", "source_country", "source_role",
    "target_code", "target_name", "target_country", "target_role", "cameo", "cameo_name",
    "root", "plover", "goldstein", "quad_class", "num_mentions", "num_articles", "num_sources",
    "first_seen", "last_seen", "date_added", "location_name", "geonameid", "location_country",
    "admin1", "lat", "lon", "confidence", "is_root_event", "source_url", "mention_ids",
)  # fmt: skip

# `{mentions}` is a relation with the columns of the store's mentions view; `{where}` an
# optional extra condition. Within one key the CAMEO-derived columns are constant, so min()
# merely picks them. Names and roles come from the event's first mention (smallest mention id),
# the place from the first mention that has one: deterministic, and cheap at 10M rows. The
# distinct counts are separate DISTINCT aggregations joined back: a COUNT(DISTINCT …) inside a
# GROUP BY of 10M groups is 4-6x slower in DuckDB.
EVENTS_SQL = """
WITH m AS (SELECT * FROM {mentions} WHERE NOT negated {where}),
na AS (SELECT event_id, CAST(count(*) AS INTEGER) AS num_articles
       FROM (SELECT DISTINCT event_id, article_id FROM m) GROUP BY event_id),
ns AS (SELECT event_id, CAST(count(*) AS INTEGER) AS num_sources
       FROM (SELECT DISTINCT event_id, coalesce(outlet, '') AS outlet FROM m) GROUP BY event_id),
agg AS (
  SELECT event_id,
    min(date) AS date, min(source_code) AS source_code, min(source_country) AS source_country,
    min(target_code) AS target_code, min(target_country) AS target_country,
    arg_min({{'sn': coalesce(source_label, source_name), 'sr': source_role,
              'tn': coalesce(target_label, target_name), 'tr': target_role}}, mention_id) AS who,
    min(cameo) AS cameo, min(cameo_name) AS cameo_name, min(root) AS root,
    min(plover) AS plover, min(goldstein) AS goldstein, min(quad_class) AS quad_class,
    CAST(count(*) AS INTEGER) AS num_mentions,
    min(coalesce(published, CAST(ingested_at AS DATE))) AS first_seen,
    max(coalesce(published, CAST(ingested_at AS DATE))) AS last_seen,
    min(ingested_at) AS date_added,
    arg_min({{'name': location_name, 'geonameid': geonameid, 'country': location_country,
             'admin1': admin1, 'lat': lat, 'lon': lon}}, mention_id)
      FILTER (WHERE location_name IS NOT NULL) AS loc,
    avg(confidence) AS confidence,
    bool_or(sentence_index = 0) AS is_root_event,
    arg_min(url, mention_id) AS source_url,
    list_sort(list(mention_id)) AS mention_ids
  FROM m GROUP BY event_id)
SELECT event_id, date, source_code, who.sn AS source_name, source_country,
       who.sr AS source_role, target_code, who.tn AS target_name, target_country,
       who.tr AS target_role, cameo, cameo_name, root, plover, goldstein, quad_class,
       num_mentions, num_articles, num_sources, first_seen, last_seen, date_added,
       loc.name AS location_name, loc.geonameid AS geonameid, loc.country AS location_country,
       loc.admin1 AS admin1, loc.lat AS lat, loc.lon AS lon, confidence, is_root_event,
       source_url, mention_ids
FROM agg JOIN na USING (event_id) JOIN ns USING (event_id)
"""


def _first(values: Iterable[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def _event(eid: str, date: str | None, group: list[tuple[str, Mention]], arts: Mapping) -> Event:
    group = sorted(group, key=lambda pair: pair[0])  # first mention = smallest mention id
    mentions = [m for _, m in group]
    m0 = mentions[0]
    seen = sorted(
        d for d in (normalize_date(arts[m.article_id].published) if m.article_id in arts else None
                    for m in mentions) if d
    )  # fmt: skip
    outlets = {arts[m.article_id].outlet if m.article_id in arts else None for m in mentions}
    return Event(
        event_id=eid,
        date=date,
        source_code=m0.source.code if m0.source else None,
        target_code=m0.target.code if m0.target else None,
        cameo=m0.cameo,
        root=m0.root,
        plover=m0.plover,
        goldstein=m0.goldstein,
        quad_class=m0.quad_class,
        num_mentions=len(mentions),
        num_articles=len({m.article_id for m in mentions}),
        num_sources=len(outlets),
        first_seen=seen[0] if seen else None,
        last_seen=seen[-1] if seen else None,
        source_name=(m0.source.label or m0.source.name) if m0.source else None,
        target_name=(m0.target.label or m0.target.name) if m0.target else None,
        location=_first(m.location for m in mentions),
        mention_ids=tuple(sorted(mid for mid, _ in group)),
    )


def aggregate(mentions: Iterable[Mention], articles: Iterable[Article] = ()) -> list[Event]:
    """Aggregate mentions into events (same rule as the store; negated mentions left out).

    ``articles`` supplies publication dates and outlets; mention ids are
    ``article_id:sentence_index:ordinal`` as in the store.
    """
    arts = {a.id: a for a in articles}
    groups: dict[tuple[str, str | None], list[tuple[str, Mention]]] = defaultdict(list)
    ordinal: Counter[str] = Counter()
    for m in mentions:
        k = ordinal[m.article_id]
        ordinal[m.article_id] += 1
        if m.negated:
            continue
        published = arts[m.article_id].published if m.article_id in arts else None
        date = event_date(m.date, published)
        eid = event_id_for(
            date, m.source.code if m.source else None, m.target.code if m.target else None, m.cameo
        )
        groups[(eid, date)].append((f"{m.article_id}:{m.sentence_index}:{k}", m))
    events = [_event(eid, date, group, arts) for (eid, date), group in groups.items()]
    return sorted(events, key=lambda e: (e.date or "", e.event_id))
