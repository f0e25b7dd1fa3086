"""Filters and analytics over the store's views, as parameterised SQL.

Actor codes match by prefix (``USA`` matches ``USAGOV``, ``USAMIL``), written as a range
(``code >= 'USA' AND code < 'USA\\uffff'``) so DuckDB can prune Parquet row groups by their
min/max statistics. CAMEO codes match by prefix too (``14`` = every protest code).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from eventcoder.aggregate import ASSERTED_MODALITIES, INCLUDE_KINDS
from eventcoder.errors import QueryError

__all__ = [
    "FREQS",
    "QUADS",
    "Filters",
    "count_sql",
    "events_sql",
    "include_clause",
    "make_filters",
    "mentions_export_sql",
    "mentions_sql",
    "network_sql",
    "parse_include",
    "parse_quad",
    "places_sql",
    "timeline_sql",
    "top_actors_sql",
    "top_dyads_sql",
    "unresolved_sql",
]

QUADS = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_QUAD_NAMES = {name.replace(" ", "-"): k for k, name in QUADS.items()}
_QUAD_NAMES.update({name.replace(" ", "_"): k for k, name in QUADS.items()})
_QUAD_NAMES.update({name: k for k, name in QUADS.items()})
FREQS = ("day", "week", "month", "quarter", "year")
_ACTOR = re.compile(r"^[A-Za-z0-9]{1,30}$")
_CAMEO = re.compile(r"^[0-9]{1,4}[A-Za-z]?$")
_COUNTRY = re.compile(r"^[A-Za-z]{2,3}$")


def parse_quad(value: int | str) -> int:
    """QuadClass 1–4, or its name (``material-conflict``)."""
    text = str(value).strip().lower()
    if text in {"1", "2", "3", "4"}:
        return int(text)
    if text in _QUAD_NAMES:
        return _QUAD_NAMES[text]
    names = ", ".join(sorted(k for k in _QUAD_NAMES if "-" in k))
    raise QueryError(f"unknown quad class {value!r}: use 1-4 or {names}")


def parse_include(value: str | Sequence[str] | None) -> frozenset[str]:
    """``--include`` values (repeated or comma-separated) → kinds of :data:`INCLUDE_KINDS`."""
    if value is None:
        return frozenset()
    items = [value] if isinstance(value, str) else list(value)
    kinds = set()
    for item in items:
        for word in str(item).split(","):
            word = word.strip().lower()
            if not word:
                continue
            kind = word if word in INCLUDE_KINDS else f"{word}s"  # "hypothetical" = "…s"
            if kind not in INCLUDE_KINDS:
                raise QueryError(f"unknown --include {word!r}: one of {', '.join(INCLUDE_KINDS)}")
            kinds.add(kind)
    return frozenset(kinds)


def _sql_list(values: Sequence[str]) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def include_clause(include: str | Sequence[str] | None, table: str) -> str | None:
    """The condition that keeps what a view shows by default — events (or mentions) reported as
    done, not background — plus the kinds ``include`` brings back; None for ``all``."""
    kinds = parse_include(include)
    if "all" in kinds:
        return None
    asserted = (
        "asserted" if table == "events"
        else f"(modality IN {_sql_list(ASSERTED_MODALITIES)} AND NOT negated)"
    )  # fmt: skip
    keep = [asserted]
    for kind in ("future", "hypotheticals"):
        if kind in kinds:
            keep.append(f"(modality IN {_sql_list(INCLUDE_KINDS[kind][1])} AND NOT negated)")
    if "negated" in kinds:
        keep.append("negated")
    clause = "(" + " OR ".join(keep) + ")"
    if "background" not in kinds:
        clause += " AND NOT coalesce(background, false)"
    return clause


def parse_day(value: str | dt.date, what: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise QueryError(f"bad {what} date {value!r}: expected YYYY-MM-DD") from None


def _actor(value: str, what: str) -> str:
    text = str(value).strip().upper()
    if not _ACTOR.match(text):
        raise QueryError(f"bad {what} actor code {value!r}: letters and digits only (e.g. USAGOV)")
    return text


def _prefix(column: str) -> str:
    return f"({column} >= ? AND {column} < ?)"


@dataclass
class Filters:
    """Filters shared by events, mentions, exports and analytics (all optional)."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    code: str | None = None
    root: str | None = None
    quad: int | str | None = None
    country: str | None = None
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    text: str | None = None
    include: str | Sequence[str] | None = None  # kinds of INCLUDE_KINDS shown besides the default
    clauses: list[str] = field(default_factory=list, repr=False)
    params: list[Any] = field(default_factory=list, repr=False)

    def _add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def _actor_clauses(self) -> None:
        if self.actor:
            a = _actor(self.actor, "--actor")
            self._add(f"({_prefix('source_code')} OR {_prefix('target_code')})",
                      a, a + "\uffff", a, a + "\uffff")  # fmt: skip
        if self.dyad:
            if len(self.dyad) != 2:
                raise QueryError("a dyad is two actor codes: SOURCE TARGET")
            s, t = (_actor(x, "--dyad") for x in self.dyad)
            self._add(f"{_prefix('source_code')} AND {_prefix('target_code')}",
                      s, s + "\uffff", t, t + "\uffff")  # fmt: skip

    def _code_clauses(self) -> None:
        if self.code:
            c = str(self.code).strip()
            if not _CAMEO.match(c):
                raise QueryError(f"bad CAMEO code {self.code!r}: digits, e.g. 14 or 0311")
            self._add(_prefix("cameo"), c, c + "\uffff")
        if self.root:
            r = str(self.root).strip().zfill(2)
            if not (r.isdigit() and 1 <= int(r) <= 20):
                raise QueryError(f"bad CAMEO root {self.root!r}: 01-20")
            self._add("root = ?", r)
        if self.quad is not None and self.quad != "":
            self._add("quad_class = ?", parse_quad(self.quad))
        if self.country:
            c = str(self.country).strip().upper()
            if not _COUNTRY.match(c):
                raise QueryError(f"bad country {self.country!r}: an ISO alpha-3 code such as PAK")
            self._add("(source_country = ? OR target_country = ? OR location_country = ?)", c, c, c)

    def where(self, *, table: str) -> tuple[str, list[Any]]:
        """``WHERE …`` (or empty) and its parameters, for the ``events`` or ``mentions`` view."""
        self.clauses, self.params = [], []
        default = include_clause(self.include, table)
        if default:
            self.clauses.append(default)
        self._actor_clauses()
        self._code_clauses()
        since = parse_day(self.since, "--since") if self.since else None
        until = parse_day(self.until, "--until") if self.until else None
        if since and until and since > until:
            raise QueryError(f"--since {since} is after --until {until}")
        if since:
            self._add("date >= ?", since)
        if until:
            self._add("date <= ?", until)
        if self.text:
            pattern = "%" + re.sub(r"([%_\\])", r"\\\1", str(self.text)) + "%"
            if table == "mentions":
                self._add("sentence ILIKE ? ESCAPE '\\'", pattern)
            else:
                self._add("event_id IN (SELECT event_id FROM mentions "
                          "WHERE sentence ILIKE ? ESCAPE '\\')", pattern)  # fmt: skip
        sql = (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""
        return sql, list(self.params)


def make_filters(**filters: Any) -> Filters:
    """:class:`Filters` from keyword arguments; an unknown name is a :class:`QueryError`."""
    names = {"actor", "dyad", "code", "root", "quad", "country", "since", "until", "text",
             "include"}
    unknown = sorted(set(filters) - names)
    if unknown:
        raise QueryError(f"unknown filter {', '.join(unknown)}: use {', '.join(sorted(names))}")
    return Filters(**filters)


def _limit(limit: int | None) -> str:
    if limit is None:
        return ""
    if int(limit) < 0:
        raise QueryError("--limit must be 0 or more")
    return f" LIMIT {int(limit)}"


def events_sql(f: Filters, limit: int | None = None, order: str = "newest") -> tuple[str, list]:
    where, params = f.where(table="events")
    order_by = {
        "newest": "date DESC NULLS LAST, num_mentions DESC, event_id",
        "oldest": "date NULLS LAST, event_id",
        "none": "",
    }[order]
    ob = f" ORDER BY {order_by}" if order_by else ""
    return f"SELECT * FROM events{where}{ob}{_limit(limit)}", params


def mentions_sql(f: Filters, limit: int | None = None) -> tuple[str, list]:
    where, params = f.where(table="mentions")
    return (
        f"SELECT * FROM mentions{where} ORDER BY date DESC NULLS LAST, mention_id{_limit(limit)}",
        params,
    )


def _char_offset(text_column: str) -> str:
    """Where an actor's words stand in the article (characters), found in the evidence
    sentence; NULL when they are not there verbatim."""
    return (f"CASE WHEN {text_column} <> '' AND strpos(sentence, {text_column}) > 0 "
            f"THEN start + strpos(sentence, {text_column}) - 1 END")


def mentions_export_sql(f: Filters, limit: int | None = None) -> tuple[str, list]:
    """The mentions export: the mentions view's columns, oldest first, plus ``source_start``
    and ``target_start`` (character offsets of the actors' words in the article),
    ``doc_len`` (the article's length) and ``event_date_added`` (when its event was first
    stored)."""
    where, params = f.where(table="mentions")
    sql = f"""
        SELECT m.*, {_char_offset("m.source_text")} AS source_start,
               {_char_offset("m.target_text")} AS target_start,
               a.doc_len, e.event_date_added
        FROM (SELECT * FROM mentions{where}) m
        LEFT JOIN (SELECT article_id, batch, length(text) AS doc_len FROM articles) a
          ON a.article_id = m.article_id AND a.batch = m.batch
        LEFT JOIN (SELECT event_id, date_added AS event_date_added FROM events) e
          ON e.event_id = m.event_id
        ORDER BY m.date NULLS LAST, m.mention_id{_limit(limit)}"""
    return sql, params


def count_sql(f: Filters, table: str = "events") -> tuple[str, list]:
    """How many rows of ``events`` or ``mentions`` match (the total a listing pages through)."""
    if table not in ("events", "mentions"):
        raise QueryError(f"cannot count {table!r}")
    where, params = f.where(table=table)
    return f"SELECT count(*) AS total FROM {table}{where}", params


#: The step between two periods of each length.
_STEPS = {"day": "1 DAY", "week": "7 DAY", "month": "1 MONTH", "quarter": "3 MONTH",
          "year": "1 YEAR"}  # fmt: skip


def timeline_sql(f: Filters, freq: str) -> tuple[str, list]:
    """Events per period, every period from the first to the last (or from ``since`` to
    ``until`` when given) present: a period without events is a row of zeros (its Goldstein
    mean is NULL), so the series lies on a real time axis."""
    if freq not in FREQS:
        raise QueryError(f"bad --freq {freq!r}: one of {', '.join(FREQS)}")
    where, params = f.where(table="events")
    where = (where + " AND" if where else " WHERE") + " date IS NOT NULL"
    since = parse_day(f.since, "--since") if f.since else None
    until = parse_day(f.until, "--until") if f.until else None
    sql = f"""
        WITH agg AS (
          SELECT CAST(date_trunc('{freq}', date) AS DATE) AS period,
                 count(*) AS events, sum(num_mentions) AS mentions,
                 count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
                 count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
                 count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                 count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                 sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
          FROM events{where} GROUP BY 1),
        span AS (
          SELECT CAST(date_trunc('{freq}', coalesce(CAST(? AS DATE), min(period))) AS TIMESTAMP) AS lo,
                 CAST(coalesce(CAST(? AS DATE), max(period)) AS TIMESTAMP) AS hi
          FROM agg),
        periods AS (
          SELECT CAST(t.p AS DATE) AS period FROM span,
                 generate_series(span.lo, span.hi, INTERVAL {_STEPS[freq]}) AS t(p)
          WHERE span.lo IS NOT NULL AND span.hi IS NOT NULL)
        SELECT p.period, coalesce(a.events, 0) AS events, coalesce(a.mentions, 0) AS mentions,
               coalesce(a.verbal_cooperation, 0) AS verbal_cooperation,
               coalesce(a.material_cooperation, 0) AS material_cooperation,
               coalesce(a.verbal_conflict, 0) AS verbal_conflict,
               coalesce(a.material_conflict, 0) AS material_conflict,
               coalesce(a.goldstein_sum, 0) AS goldstein_sum, a.goldstein_mean
        FROM periods p LEFT JOIN agg a USING (period) ORDER BY 1"""
    return sql, [*params, since, until]


def top_actors_sql(f: Filters, n: int) -> tuple[str, list]:
    where, params = f.where(table="events")
    sql = f"""
        WITH e AS (SELECT * FROM events{where}),
        a AS (
          SELECT source_code AS code, source_name AS name, 1 AS as_source, 0 AS as_target,
                 num_mentions, goldstein FROM e WHERE source_code IS NOT NULL
          UNION ALL
          SELECT target_code, target_name, 0, 1, num_mentions, goldstein
          FROM e WHERE target_code IS NOT NULL)
        SELECT code, mode(name ORDER BY name) AS name, count(*) AS events,
               sum(as_source) AS as_source, sum(as_target) AS as_target,
               sum(num_mentions) AS mentions, avg(goldstein) AS goldstein_mean
        FROM a GROUP BY code ORDER BY events DESC, code{_limit(n)}"""
    return sql, params


def top_dyads_sql(f: Filters, n: int) -> tuple[str, list]:
    where, params = f.where(table="events")
    where = (where + " AND" if where else " WHERE") + (
        " source_code IS NOT NULL AND target_code IS NOT NULL"
    )
    sql = f"""
        SELECT source_code, target_code, mode(source_name ORDER BY source_name) AS source_name,
               mode(target_name ORDER BY target_name) AS target_name, count(*) AS events,
               sum(num_mentions) AS mentions, avg(goldstein) AS goldstein_mean,
               avg(CASE WHEN quad_class >= 3 THEN 1.0 ELSE 0.0 END) AS conflict_share
        FROM events{where} GROUP BY source_code, target_code
        ORDER BY events DESC, source_code, target_code{_limit(n)}"""
    return sql, params


#: An actor code's node when the network is collapsed to countries: the country, or the
#: organisation for international actors (IGOUNO, NGOAMN, IMGISL).
COUNTRY_OF = ("CASE WHEN substr({c}, 1, 3) IN ('IGO', 'NGO', 'IMG') THEN substr({c}, 1, 6) "
              "ELSE substr({c}, 1, 3) END")
NETWORK_BY = ("actor", "country")


def network_sql(f: Filters, min_weight: int, by: str = "actor") -> tuple[str, list]:
    """Directed edges weighted by events; ``by="country"`` merges each country's actors
    into one node (edges within a country are then left out: they are no link between two)."""
    if by not in NETWORK_BY:
        raise QueryError(f"bad network grouping {by!r}: actor or country")
    where, params = f.where(table="events")
    where = (where + " AND" if where else " WHERE") + (
        " source_code IS NOT NULL AND target_code IS NOT NULL"
    )
    src, tgt = "source_code", "target_code"
    if by == "country":
        src, tgt = COUNTRY_OF.format(c="source_code"), COUNTRY_OF.format(c="target_code")
    sql = f"""
        SELECT {src} AS source, {tgt} AS target, count(*) AS weight,
               sum(num_mentions) AS mentions, avg(goldstein) AS goldstein_mean,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict
        FROM events{where}{" AND " + src + " <> " + tgt if by == "country" else ""}
        GROUP BY 1, 2 HAVING count(*) >= ?
        ORDER BY weight DESC, source, target"""
    return sql, [*params, int(min_weight)]


def places_sql(f: Filters, per_place: int = 10) -> tuple[str, list]:
    """Every matching event with coordinates, aggregated by place (GeoNames id, else the
    point): counts, cooperation and conflict, mean Goldstein, and its newest events."""
    where, params = f.where(table="events")
    where = (where + " AND" if where else " WHERE") + " lat IS NOT NULL AND lon IS NOT NULL"
    key = "coalesce(CAST(geonameid AS VARCHAR), printf('%.4f,%.4f', lat, lon))"
    sql = f"""
        SELECT {key} AS place_id, mode(location_name) AS name,
               mode(location_country) AS country, avg(lat) AS lat, avg(lon) AS lon,
               count(*) AS events, sum(num_mentions) AS mentions,
               count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE quad_class >= 3) AS conflict,
               avg(goldstein) AS goldstein_mean,
               list_slice(list({{'event_id': event_id, 'date': date, 'source_code': source_code,
                                 'target_code': target_code, 'cameo': cameo,
                                 'cameo_name': cameo_name, 'quad_class': quad_class}}
                               ORDER BY date DESC NULLS LAST, event_id), 1, ?) AS latest
        FROM events{where} GROUP BY 1 ORDER BY events DESC, name, place_id"""
    return sql, [int(per_place), *params]


def unresolved_sql(min_count: int = 1, limit: int | None = None) -> tuple[str, list]:
    """Unresolved actor phrases (latest coding of each article), most frequent first: the
    commonest spelling, counts, the positions seen, and the first sentence as an example."""
    sql = f"""
        SELECT mode(text ORDER BY text) AS name, count(*) AS mentions,
               count(DISTINCT article_id) AS articles,
               string_agg(DISTINCT position, ',' ORDER BY position) AS positions,
               arg_min(sentence, (article_id, sentence_index, start)) AS example,
               arg_min(article_id, (article_id, sentence_index, start)) AS example_article
        FROM unresolved GROUP BY lower(text) HAVING count(*) >= ?
        ORDER BY mentions DESC, articles DESC, name{_limit(limit)}"""
    return sql, [int(min_count)]
