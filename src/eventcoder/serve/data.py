"""The server's read side: a thin adapter over :class:`eventcoder.store.Store`.

Everything goes through the store's filter API (``events``, ``mentions``, ``timeline``,
``top_actors``, ``top_dyads``, ``network``), whose SQL is parameterised. Three things the
store does not offer are added here:

* paging (``offset``): the store takes a ``limit`` only, so its own parameterised statement
  (``events_sql`` / ``mentions_sql``, asked for ``limit + 1`` rows so that ``has_more`` can
  tell whether a next page exists) gets an ``OFFSET`` of an integer formatted here;
* one event / one article by id: fixed SQL text with the id as a *bound parameter*, run by the
  store's own parameterised runner (``Store._arrow``), never by ``Store.sql`` (which takes no
  parameters) and never by formatting a request string into SQL;
* contested claims: accusations paired with the denials and rejections answering them
  (:func:`pair_claims` states the rule; :data:`CLAIMS_SQL` runs it inside the store).

Rows come back as plain Python values (``datetime.date`` for dates, ``None`` for nulls).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import os
import re
import threading
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import pyarrow as pa

from eventcoder.errors import QueryError, StoreError

__all__ = ["FILTER_NAMES", "StoreView", "pair_claims"]

#: The filters the store understands (same names as the CLI's options).
FILTER_NAMES = ("actor", "dyad", "code", "root", "quad", "country", "since", "until", "text",
                "include")

_EVENT_ID = re.compile(r"^[0-9a-f]{16}$")
_ARTICLE_ID = re.compile(r"^[\w.:@+-]{1,200}$")

_EVENT_SQL = "SELECT * FROM events WHERE event_id = ?"
_EVENT_MENTIONS_SQL = (
    "SELECT m.*, a.title AS article_title FROM mentions m "
    "LEFT JOIN articles a ON a.article_id = m.article_id "
    "WHERE m.event_id = ? ORDER BY m.date NULLS LAST, m.mention_id"
)
_ARTICLE_SQL = (
    "SELECT article_id, title, text, published, url, outlet, language, num_mentions, "
    "coder_version, ingested_at FROM articles WHERE article_id = ?"
)
_ARTICLE_MENTIONS_SQL = (
    "SELECT * FROM mentions WHERE article_id = ? ORDER BY sentence_index, mention_id"
)
_ARTICLE_EVENTS_SQL = (
    "SELECT * FROM events WHERE event_id IN "
    "(SELECT event_id FROM mentions WHERE article_id = ?) "
    "ORDER BY date NULLS LAST, event_id"
)

_FRESHNESS_SQL = (
    "SELECT max(ingested_at) AS last, count(*) AS articles, count(DISTINCT outlet) AS outlets "
    "FROM articles"
)

#: Accusations (CAMEO 11x, ``112`` = accuse) and the answers that contest them.
ACCUSATION_CODES = ("11",)
DENIAL_CODES = ("016", "12")


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):  # DuckDB sums of integers are HUGEINT → decimal
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _clean(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row.items()} for row in rows]


def _rows(table: Any) -> list[dict[str, Any]]:
    if not isinstance(table, pa.Table):
        # A pandas DataFrame (a store without ``as_="arrow"``): through Arrow for clean types.
        table = pa.Table.from_pandas(table, preserve_index=False)
    return _clean(table.to_pylist())


class StoreView:
    """Read-only access to one store folder, opened on first use."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._store: Any = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ plumbing
    @property
    def store(self) -> Any:
        with self._lock:
            if self._store is None:
                from eventcoder.store import Store  # (optional until used)

                self._store = Store(self.path, on_warning=lambda _msg: None)
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    def _query(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        """A fixed query with bound parameters, through the store's own runner."""
        runner = getattr(self.store, "_arrow", None)
        if runner is None:  # pragma: no cover - depends on the store's internals
            raise StoreError("this store version cannot look rows up by id")
        return _clean(runner(sql, list(params)).to_pylist())

    @staticmethod
    def store_filters(filters: dict[str, Any]) -> dict[str, Any]:
        """Request filters → the store's keyword filters (empty values dropped)."""
        out: dict[str, Any] = {}
        for name in FILTER_NAMES:
            value = filters.get(name)
            if value is None or value == "":
                continue
            out[name] = value
        return out

    # ------------------------------------------------------------------ freshness
    def sources(self) -> dict[str, Any]:
        """When the store last received an article, from how many sources (``/api/sources``)."""
        from eventcoder.watch import source_rows

        meta, table = self.store.watch_state()
        seen = self._query(_FRESHNESS_SQL, [])[0]
        last = seen["last"]
        rows = source_rows(meta, table)
        return {
            "last_article_at": last.strftime("%Y-%m-%dT%H:%M:%SZ") if last else None,
            "articles": seen["articles"], "outlets": seen["outlets"],
            "sources": len(rows), "feeds": sum(1 for r in rows if r["kind"] == "feed"),
            "pages": sum(1 for r in rows if r["kind"] == "page"), "items": rows,
        }  # fmt: skip

    # ------------------------------------------------------------------ listings
    def _page(self, kind: str, filters: dict[str, Any], limit: int,
              offset: int) -> dict[str, Any]:  # fmt: skip
        """One page of events or mentions, in the store's order, and whether more follow."""
        from eventcoder.store import queries

        f = self.store_filters(filters)
        make_sql = getattr(queries, f"{kind}_sql", None)
        if make_sql is not None and hasattr(self.store, "_arrow"):
            # The store's own parameterised statement; OFFSET is an int we format ourselves.
            sql, params = make_sql(queries.Filters(**f), limit + 1)
            rows = self._query(f"{sql} OFFSET {int(offset)}", params)
        else:  # pragma: no cover - a store without those internals: ask for more and slice
            rows = _rows(getattr(self.store, kind)(limit=offset + limit + 1, as_="arrow", **f))
            rows = rows[offset:]
        page = rows[:limit]
        total = offset + len(rows) if len(rows) <= limit and (rows or not offset) else \
            self.store.count(kind, **f)  # a count is needed only when this page is not the last
        return {"offset": offset, "limit": limit, "count": len(page), "total": total,
                "has_more": len(rows) > limit, "items": page}  # fmt: skip

    def events(self, filters: dict[str, Any], limit: int, offset: int) -> dict[str, Any]:
        return self._page("events", filters, limit, offset)

    def mentions(self, filters: dict[str, Any], limit: int, offset: int) -> dict[str, Any]:
        return self._page("mentions", filters, limit, offset)

    def timeline(self, source: str | None, target: str | None, freq: str,
                 filters: dict[str, Any]) -> list[dict[str, Any]]:  # fmt: skip
        """Every period (empty ones as zeros) of a dyad, one actor, or all matching events."""
        f = self.store_filters(filters)
        if source and target:
            f.pop("dyad", None)
        elif (source or target) and f.get("actor"):
            raise QueryError("give source and target, or actor, not both")
        return _rows(self.store.timeline(source, target, freq, as_="arrow", **f))

    def places(self, filters: dict[str, Any], per_place: int) -> dict[str, Any]:
        """All matching events with a place, by place; and how many matched in all."""
        f = self.store_filters(filters)
        places = _rows(self.store.places(per_place=per_place, as_="arrow", **f))
        total = self.store.count(**f)
        placed = sum(p["events"] for p in places)
        return {"total": total, "placed": placed, "places": places}

    def top_actors(self, n: int, filters: dict[str, Any]) -> list[dict[str, Any]]:
        return _rows(self.store.top_actors(n, as_="arrow", **self.store_filters(filters)))

    def top_dyads(self, n: int, filters: dict[str, Any]) -> list[dict[str, Any]]:
        return _rows(self.store.top_dyads(n, as_="arrow", **self.store_filters(filters)))

    def network(self, min_weight: int, max_edges: int, filters: dict[str, Any],
                by: str = "actor") -> dict[str, Any]:  # fmt: skip
        """The heaviest ``max_edges`` edges and the nodes they touch (events: the node's
        events as source or target); ``by="country"``: one node per country."""
        f = self.store_filters(filters)
        everything = _rows(self.store.network(min_weight, by=by, as_="arrow", **f))
        edges = everything[:max_edges]
        actors = _rows(self.store.top_actors(100_000, as_="arrow", **f))
        info: dict[str, dict[str, Any]] = {}
        for row in actors:
            key = _country_of(row["code"]) if by == "country" else row["code"]
            node = info.setdefault(key, {"name": row.get("name"), "events": 0})
            node["events"] += row.get("events") or 0
        if by == "country":
            for key, node in info.items():
                node["name"] = _label(key)
        nodes: dict[str, dict[str, Any]] = {}
        for e in edges:
            for code in (e["source"], e["target"]):
                if code not in nodes:
                    known = info.get(code, {})
                    nodes[code] = {"id": code, "name": known.get("name"),
                                   "events": known.get("events", 0)}  # fmt: skip
        return {"by": by, "nodes": list(nodes.values()), "edges": edges,
                "total_edges": len(everything)}

    # ------------------------------------------------------------------ by id
    def event(self, event_id: str) -> dict[str, Any] | None:
        if not _EVENT_ID.match(event_id):
            return None
        rows = self._query(_EVENT_SQL, [event_id])
        if not rows:
            return None
        event = rows[0]
        # (a negated mention is an event of its own: an event's mentions share its negation)
        event["mentions"] = self._query(_EVENT_MENTIONS_SQL, [event_id])
        event["evidence"] = [
            {"mention_id": m["mention_id"], "article_id": m["article_id"],
             "article_title": m.get("article_title"), "sentence": m["sentence"],
             "trigger": m["trigger"], "published": m.get("published"),
             "outlet": m.get("outlet"), "url": m.get("url")}
            for m in event["mentions"]
        ]  # fmt: skip
        return event

    def article(self, article_id: str) -> dict[str, Any] | None:
        if not _ARTICLE_ID.match(article_id):
            return None
        rows = self._query(_ARTICLE_SQL, [article_id])
        if not rows:
            return None
        article = rows[0]
        article["mentions"] = self._query(_ARTICLE_MENTIONS_SQL, [article_id])
        article["events"] = self._query(_ARTICLE_EVENTS_SQL, [article_id])
        return article

    # ------------------------------------------------------------------ claims
    def claims(self, filters: dict[str, Any], window: int, limit: int) -> list[dict[str, Any]]:
        """Newest contested claims first, at most ``limit`` (the rule: :func:`pair_claims`).

        The store pairs them itself, in one fixed statement (:data:`CLAIMS_SQL`) whose
        values are all bound parameters: a join on the accused party, so a large store is
        never read into Python for this. The filters select the accusations.
        """
        from eventcoder.store import queries

        f = self.store_filters(filters)
        for name in ("code", "root", "quad"):
            if f.pop(name, None) is not None:
                raise QueryError(f"claims cannot be filtered by {name}")
        sides: list[dict[str, Any]] = []
        for code in ACCUSATION_CODES:
            where, params = queries.Filters(code=code, **f).where(table="mentions")
            denial_params: list[Any] = []
            for prefix in DENIAL_CODES:
                denial_params += [prefix, prefix + "\uffff"]
            sql = CLAIMS_SQL.format(where=where)
            sides += self._query(sql, [*params, *denial_params, window, window, limit])
        pairs = [{"accuser": r["accuser"], "accused": r["accused"],
                  "days_apart": r["days_apart"],
                  "accusation": {k: r[f"a_{k}"] for k in _CLAIM_FIELDS},
                  "denial": {k: r[f"d_{k}"] for k in _CLAIM_FIELDS}} for r in sides]  # fmt: skip
        return pairs[:limit]


def _country_of(code: str) -> str:
    """The network node of an actor code collapsed to countries (as the store's SQL does)."""
    return code[:6] if code[:3] in ("IGO", "NGO", "IMG") else code[:3]


def _label(code: str) -> str | None:
    """The canonical name of a country or organisation code, from the bundled actor tables."""
    from eventcoder.code._actor_tables import load_tables

    return load_tables().label(code)


def _party(code: str | None) -> str | None:
    """The party an actor code stands for: its country / international prefix (3 letters)."""
    return code[:3] if code else None


def _answers(den: dict[str, Any], accuser: str, accused: str) -> bool:
    """Whether a denial comes from the accused and goes to the accuser (or to nobody)."""
    source, target = den["source_code"], den.get("target_code")
    if not source.startswith(accused):
        return False
    return not target or target.startswith(accuser) or accuser.startswith(target)


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value:
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            return None
    return None


_CLAIM_FIELDS = (
    "mention_id", "event_id", "article_id", "sentence", "trigger", "date", "date_precision",
    "cameo", "cameo_name", "plover", "goldstein", "source_code", "source_name", "source_text",
    "target_code", "target_name", "target_text", "modality", "confidence", "outlet", "url",
)  # fmt: skip


_A = ", ".join(f"a.{k} AS a_{k}" for k in _CLAIM_FIELDS)
_D = ", ".join(f"d.{k} AS d_{k}" for k in _CLAIM_FIELDS)

#: :func:`pair_claims` as one statement over the ``mentions`` view. ``{where}`` is the
#: accusations' filter from the store's :class:`~eventcoder.store.queries.Filters` (its
#: values bound); then the denial code prefixes (two bounds each), the window twice, the limit.
CLAIMS_SQL = (
    """
WITH acc AS (
  SELECT *,
    CASE WHEN substr(source_code, 1, 3) = substr(target_code, 1, 3)
         THEN source_code ELSE substr(source_code, 1, 3) END AS accuser,
    CASE WHEN substr(source_code, 1, 3) = substr(target_code, 1, 3)
         THEN target_code ELSE substr(target_code, 1, 3) END AS accused
  FROM mentions{where}
),
a AS (
  SELECT * FROM acc
  WHERE NOT negated AND source_code IS NOT NULL AND target_code IS NOT NULL
    AND date IS NOT NULL AND accuser <> accused
),
d AS (
  SELECT * FROM mentions
  WHERE ((cameo >= ? AND cameo < ?) OR (cameo >= ? AND cameo < ?))
    AND NOT negated AND source_code IS NOT NULL AND date IS NOT NULL
)
SELECT a.accuser AS accuser, a.accused AS accused,
       CAST(date_diff('day', a.date, d.date) AS INTEGER) AS days_apart, """
    + _A + ", " + _D + """
FROM a JOIN d
  ON substr(d.source_code, 1, 3) = substr(a.accused, 1, 3)
 AND starts_with(d.source_code, a.accused)
 AND (d.target_code IS NULL OR starts_with(d.target_code, a.accuser)
      OR starts_with(a.accuser, d.target_code))
 AND d.date >= a.date - CAST(? AS INTEGER) AND d.date <= a.date + CAST(? AS INTEGER)
ORDER BY a.date DESC, a.mention_id, abs(date_diff('day', a.date, d.date)), d.mention_id
LIMIT ?
"""
)


def _side(m: dict[str, Any]) -> dict[str, Any]:
    return {k: m.get(k) for k in _CLAIM_FIELDS}


def pair_claims(accusations: Sequence[dict[str, Any]], denials: Sequence[dict[str, Any]],
                window: int) -> list[dict[str, Any]]:  # fmt: skip
    """Pair each accusation A→B with the denials / rejections B→A (or B→nobody) within
    ``window`` days of it. Negated mentions take no part ("did not accuse" is no accusation).

    Parties match on the actor code's first three letters (``USAGOV`` answers for ``USA``):
    a government's spokesman denying an accusation against the country is the answer the
    reader wants to see. Within one country (the opposition accuses the government) the
    parties are the full codes: ``VENGOV`` answers ``VENOPP``, ``VENMIL`` does not.
    Pairs are sorted newest first; each accusation keeps all its answers
    (one pair each), closest in time first.
    """
    pairs: list[dict[str, Any]] = []
    # Answers by the accused's party, sorted by date: each accusation looks at a slice.
    by_party: dict[str, list[tuple[dt.date, int, dict[str, Any]]]] = defaultdict(list)
    for k, den in enumerate(denials):
        day = _day(den.get("date"))
        if den.get("negated") or not den.get("source_code") or day is None:
            continue
        by_party[den["source_code"][:3]].append((day, k, den))
    for group in by_party.values():
        group.sort(key=lambda item: (item[0], item[1]))
    for acc in accusations:
        day = _day(acc.get("date"))
        if acc.get("negated") or not acc.get("source_code") or not acc.get("target_code"):
            continue
        if day is None:
            continue
        accuser, accused = _party(acc["source_code"]), _party(acc["target_code"])
        if accuser == accused:  # a domestic claim: the parties are the full actor codes
            accuser, accused = acc["source_code"], acc["target_code"]
            if accuser == accused:
                continue
        group = by_party.get(accused[:3], [])
        lo = bisect.bisect_left(group, day - dt.timedelta(days=window), key=lambda item: item[0])
        hi = bisect.bisect_right(group, day + dt.timedelta(days=window), key=lambda item: item[0])
        found = [(abs((other - day).days), (other - day).days, den)
                 for other, _, den in group[lo:hi] if _answers(den, accuser, accused)]  # fmt: skip
        found.sort(key=lambda item: (item[0], item[2].get("mention_id") or ""))
        for _, gap, den in found:
            pairs.append({"accuser": accuser, "accused": accused, "days_apart": gap,
                          "accusation": _side(acc), "denial": _side(den)})  # fmt: skip
    # The store's order: newest first, then by mention id (a stable sort keeps each
    # accusation's answers closest first).
    pairs.sort(key=lambda p: p["accusation"].get("mention_id") or "")
    pairs.sort(key=lambda p: str(p["accusation"].get("date") or ""), reverse=True)
    return pairs
