"""Mentions → events: one rule, written twice (Python for a handful, SQL for the store).

An **event** is every mention sharing the same *key*: event date, source actor code, target
actor code, CAMEO code — and whether it is negated ("X did not attack Y" is a claim of its
own, never counted with "X attacked Y"). The event date is the mention's own date, else the
article's publication date. Counts follow GDELT: ``num_mentions`` (mentions), ``num_articles``
(distinct articles), ``num_sources`` (distinct outlets; articles without an outlet count as one
"unknown" outlet). ``first_seen`` / ``last_seen`` are the earliest / latest publication date of
the articles reporting it (the ingestion date when an article has none). Names, roles, the
evidence sentence and the article's title, outlet and URL are those of the event's first
mention (smallest mention id); the place that of the first mention with one. An actor's name
is the canonical name of its code (``ActorRef.label``: "Kenya government", "Afghanistan"), the
same whatever words the mentions used; mentions stored before labels existed give the words of
the event's first mention.

What the mentions know is kept: ``modality`` and ``date_precision`` are the most common among
the event's mentions (ties: the first in :data:`MODALITY_ORDER` / :data:`PRECISION_ORDER`),
``negated`` is the key's, ``asserted`` is true when a mention reports the event as done
(:data:`ASSERTED_MODALITIES`, not negated), ``background`` when every mention dates it far
before its story (:func:`eventcoder.code.date_text.is_background`), ``is_root_event`` when a
mention is the first event of its story's body.

The events the verbs, the API and the exports show by default are the asserted, not background
ones; :data:`INCLUDE_KINDS` names what ``--include`` brings back (documented once, here, and
shown by ``--help`` and ``docs/store.md``).

The key is hashed into a stable ``event_id`` (16 hex digits of MD5 over
``date|source|target|cameo``, with ``|negated`` appended for a negated one), identical in Python
(:func:`event_id_for`) and SQL (:data:`EVENT_ID_SQL`), so an event keeps its id however often
the store is refreshed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from eventcoder.records import Article, Event, Mention

__all__ = [
    "ASSERTED_MODALITIES",
    "EVENTS_SQL",
    "EVENT_COLUMNS",
    "EVENT_ID_SQL",
    "INCLUDE_KINDS",
    "aggregate",
    "event_date",
    "event_id_for",
    "is_asserted",
    "normalize_date",
]

#: Modalities of a mention that reports its event as done: a plain statement of fact, and the
#: speech acts that are themselves the event — an appeal, a demand, a refusal, an expressed
#: intent (CAMEO 03x) or a threat (13x) was made, whatever becomes of what it announces.
ASSERTED_MODALITIES: tuple[str, ...] = ("asserted", "appeal", "demand", "refusal", "intent",
                                        "threat")

#: What ``--include`` brings back besides the asserted events: name → (help, modalities).
INCLUDE_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "future": ("acts told as still to come that nobody announced as their own intent or "
               "threat ('Russia will attack, Kyiv said'; a visit dated next week)",
               ("future",)),
    "hypotheticals": ("acts in a condition or a possibility ('could strike', 'if talks fail')",
                      ("hypothetical",)),
    "negated": ("acts the text says did not happen ('did not attack')", ()),
    "background": ("events dated far before the story that recalls them ('in 1999', "
                   "'three years ago'): more than a year before publication", ()),
    "all": ("every event, whatever its modality, negation or date", ()),
}

#: Tie-breaking orders of the most common modality and date precision.
MODALITY_ORDER: tuple[str, ...] = (*ASSERTED_MODALITIES, "future", "hypothetical")
PRECISION_ORDER: tuple[str, ...] = ("day", "month", "year", "published")


def is_asserted(modality: str, negated: bool) -> bool:
    """Whether a mention reports its event as done (see :data:`ASSERTED_MODALITIES`)."""
    return modality in ASSERTED_MODALITIES and not negated


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
    date: str | None,
    source_code: str | None,
    target_code: str | None,
    cameo: str,
    negated: bool = False,
) -> str:
    """Stable id of the event key (same value as :data:`EVENT_ID_SQL`)."""
    basis = "|".join((date or "", source_code or "", target_code or "", cameo))
    if negated:
        basis += "|negated"
    return hashlib.md5(basis.encode("utf-8")).hexdigest()[:16]


#: SQL expression of :func:`event_id_for` over columns date, source_code, target_code, cameo,
#: negated.
EVENT_ID_SQL = (
    "substr(md5(concat_ws('|', coalesce(strftime(date, '%Y-%m-%d'), ''), "
    "coalesce(source_code, ''), coalesce(target_code, ''), cameo) "
    "|| CASE WHEN coalesce(negated, false) THEN '|negated' ELSE '' END), 1, 16)"
)

#: Columns of the ``events`` view, in order.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "source_code", "source_name", "source_country", "source_role",
    "target_code", "target_name", "target_country", "target_role", "cameo", "cameo_name", "root",
    "plover", "goldstein", "quad_class", "date_precision", "modality", "negated", "asserted",
    "background", "num_mentions", "num_articles", "num_sources", "first_seen", "last_seen",
    "date_added", "location_name", "geonameid", "location_country", "admin1", "lat", "lon",
    "confidence", "is_root_event", "sentence", "title", "outlet", "source_url", "mention_ids",
)  # fmt: skip


def _in_list(values: Sequence[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _rank_sql(column: str, order: Sequence[str]) -> str:
    cases = " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(order))
    return f"CASE {column} {cases} ELSE {len(order)} END"


# `{mentions}` is a relation with the columns of the store's mentions view; `{where}` an
# optional extra condition. Within one key the CAMEO-derived columns are constant, so min()
# merely picks them. Names, roles and evidence come from the event's first mention (smallest
# mention id), the place from the first mention that has one: deterministic, and cheap at 10M
# rows. The distinct counts are separate DISTINCT aggregations joined back: a COUNT(DISTINCT …)
# inside a GROUP BY of 10M groups is 4-6x slower in DuckDB.
EVENTS_SQL = (
    """
WITH m AS (SELECT * FROM {mentions} WHERE true {where}),
na AS (SELECT event_id, CAST(count(*) AS INTEGER) AS num_articles
       FROM (SELECT DISTINCT event_id, article_id FROM m) GROUP BY event_id),
ns AS (SELECT event_id, CAST(count(*) AS INTEGER) AS num_sources
       FROM (SELECT DISTINCT event_id, coalesce(outlet, '') AS outlet FROM m) GROUP BY event_id),
agg AS (
  SELECT event_id,
    min(date) AS date,
    mode(date_precision ORDER BY """ + _rank_sql("date_precision", PRECISION_ORDER) + """)
      AS date_precision,
    min(source_code) AS source_code, min(source_country) AS source_country,
    min(target_code) AS target_code, min(target_country) AS target_country,
    arg_min({{'sn': coalesce(source_label, source_name), 'sr': source_role,
              'tn': coalesce(target_label, target_name), 'tr': target_role,
              'sentence': sentence, 'title': title, 'outlet': outlet, 'url': url}},
            mention_id) AS first,
    min(cameo) AS cameo, min(cameo_name) AS cameo_name, min(root) AS root,
    min(plover) AS plover, min(goldstein) AS goldstein, min(quad_class) AS quad_class,
    mode(modality ORDER BY """ + _rank_sql("modality", MODALITY_ORDER) + """, modality)
      AS modality,
    bool_or(coalesce(negated, false)) AS negated,
    bool_or(modality IN """ + _in_list(ASSERTED_MODALITIES) + """ AND NOT negated) AS asserted,
    bool_and(coalesce(background, false)) AS background,
    CAST(count(*) AS INTEGER) AS num_mentions,
    min(coalesce(published, CAST(ingested_at AS DATE))) AS first_seen,
    max(coalesce(published, CAST(ingested_at AS DATE))) AS last_seen,
    min(ingested_at) AS date_added,
    arg_min({{'name': location_name, 'geonameid': geonameid, 'country': location_country,
             'admin1': admin1, 'lat': lat, 'lon': lon}}, mention_id)
      FILTER (WHERE location_name IS NOT NULL) AS loc,
    avg(confidence) AS confidence,
    bool_or(coalesce(is_root, false)) AS is_root_event,
    list_sort(list(mention_id)) AS mention_ids
  FROM m GROUP BY event_id)
SELECT event_id, date, source_code, first.sn AS source_name, source_country,
       first.sr AS source_role, target_code, first.tn AS target_name, target_country,
       first.tr AS target_role, cameo, cameo_name, root, plover, goldstein, quad_class,
       date_precision, modality, negated, asserted, background,
       num_mentions, num_articles, num_sources, first_seen, last_seen, date_added,
       loc.name AS location_name, loc.geonameid AS geonameid, loc.country AS location_country,
       loc.admin1 AS admin1, loc.lat AS lat, loc.lon AS lon, confidence, is_root_event,
       first.sentence AS sentence, first.title AS title, first.outlet AS outlet,
       first.url AS source_url, mention_ids
FROM agg JOIN na USING (event_id) JOIN ns USING (event_id)
"""
)


def _first(values: Iterable[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def _most_common(values: Iterable[str], order: Sequence[str]) -> str:
    """The most common value; ties go to the first in ``order`` (then the smallest)."""
    counts = Counter(values)
    rank = {v: i for i, v in enumerate(order)}
    return min(counts, key=lambda v: (-counts[v], rank.get(v, len(order)), v))


def _event(eid: str, date: str | None, group: list[tuple[str, Mention]], arts: Mapping,
           roots: set[str]) -> Event:  # fmt: skip
    group = sorted(group, key=lambda pair: pair[0])  # first mention = smallest mention id
    mentions = [m for _, m in group]
    m0 = mentions[0]
    a0 = arts.get(m0.article_id)
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
        date_precision=_most_common((m.date_precision for m in mentions), PRECISION_ORDER),
        modality=_most_common((m.modality for m in mentions), MODALITY_ORDER),
        negated=m0.negated,
        asserted=any(is_asserted(m.modality, m.negated) for m in mentions),
        background=all(m.background for m in mentions),
        is_root_event=any(mid in roots for mid, _ in group),
        sentence=m0.sentence,
        title=a0.title if a0 else None,
        outlet=a0.outlet if a0 else None,
        url=a0.url if a0 else None,
    )


def root_sentences(mentions: Iterable[Mention]) -> dict[str, int]:
    """Article id → index of the first sentence of its body that holds an event mention (the
    title is never coded): its mentions are the story's root events (GDELT's IsRootEvent)."""
    first: dict[str, int] = {}
    for m in mentions:
        if m.sentence_index < first.get(m.article_id, m.sentence_index + 1):
            first[m.article_id] = m.sentence_index
    return first


def aggregate(mentions: Iterable[Mention], articles: Iterable[Article] = ()) -> list[Event]:
    """Aggregate mentions into events (the same rule as the store's ``events`` view).

    Every event is returned, with its flags; the store's verbs show the asserted, not
    background ones by default. ``articles`` supplies publication dates, titles and outlets;
    mention ids are ``article_id:sentence_index:ordinal`` as in the store.
    """
    arts = {a.id: a for a in articles}
    mentions = list(mentions)
    first = root_sentences(mentions)
    groups: dict[tuple[str, str | None], list[tuple[str, Mention]]] = defaultdict(list)
    roots: set[str] = set()
    ordinal: Counter[str] = Counter()
    for m in mentions:
        k = ordinal[m.article_id]
        ordinal[m.article_id] += 1
        published = arts[m.article_id].published if m.article_id in arts else None
        date = event_date(m.date, published)
        eid = event_id_for(date, m.source.code if m.source else None,
                           m.target.code if m.target else None, m.cameo, m.negated)  # fmt: skip
        mid = f"{m.article_id}:{m.sentence_index}:{k}"
        if first[m.article_id] == m.sentence_index:
            roots.add(mid)
        groups[(eid, date)].append((mid, m))
    events = [_event(eid, date, group, arts, roots) for (eid, date), group in groups.items()]
    return sorted(events, key=lambda e: (e.date or "", e.event_id))
