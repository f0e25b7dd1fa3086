"""The read side: the SQL views over the live segments, and the read-only SQL guard.

Views (the documented, public surface; see docs/store.md):

* ``articles`` — the latest coding of each article;
* ``mentions`` — the mentions of that latest coding;
* ``events``  — mentions aggregated by :data:`eventcoder.aggregate.EVENTS_SQL`;
* ``watch``   — the latest state of each URL ``eventcoder watch`` has seen.

``events`` reads the *materialized* events segment (sorted by dyad and date, so a dyad or
actor query touches few row groups) and, for articles committed after it was last refreshed,
re-aggregates only the event keys those articles touch (``_touched``). Readers therefore see
every committed mention immediately, while the full aggregation runs only on refresh.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb

from eventcoder.aggregate import EVENTS_SQL
from eventcoder.errors import QueryError
from eventcoder.store.schema import (
    ARTICLE_SCHEMA,
    MENTION_LAYOUT_VERSION,
    MENTION_SCHEMA,
    SCHEMA_VERSION,
    WATCH_SCHEMA,
)

__all__ = ["build_views", "check_read_only", "open_reader", "q"]

#: Table functions a read-only query may call (they read no files).
SAFE_TABLE_FUNCTIONS = frozenset({"range", "generate_series", "unnest"})


def q(path: Path | str) -> str:
    """A SQL string literal."""
    return "'" + str(path).replace("'", "''") + "'"


def _scan(paths: list[Path]) -> str:
    files = ", ".join(q(p) for p in paths)
    return f"read_parquet([{files}], union_by_name = true)"


def open_reader(seg_dir: Path) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection that can read the segment folder and nothing else on disk."""
    con = duckdb.connect(":memory:")
    con.register("_empty_articles_arrow", ARTICLE_SCHEMA.empty_table())
    con.execute("CREATE TABLE _empty_articles AS SELECT * FROM _empty_articles_arrow").fetchall()
    con.unregister("_empty_articles_arrow")
    con.register("_empty_mentions_arrow", MENTION_SCHEMA.empty_table())
    con.execute("CREATE TABLE _empty_mentions AS SELECT * FROM _empty_mentions_arrow").fetchall()
    con.unregister("_empty_mentions_arrow")
    con.execute(f"SET allowed_directories = [{q(str(seg_dir.resolve()) + '/')}]").fetchall()
    con.execute("SET enable_external_access = false").fetchall()
    con.execute("SET lock_configuration = true").fetchall()
    return con


def build_views(
    con: duckdb.DuckDBPyConnection,
    seg_dir: Path,
    manifest: dict[str, Any],
    usable: Iterable[str],
) -> None:
    """(Re)create the views over the manifest's segments whose names are in ``usable``."""
    ok = set(usable)
    seg_dir = seg_dir.resolve()
    arts = [e for e in manifest["segments"]["articles"] if e["file"] in ok]
    ments = [e for e in manifest["segments"]["mentions"] if e["file"] in ok]
    ev = manifest.get("events")
    if ev and ev["file"] not in ok:
        ev = None
    art_src = _scan([seg_dir / e["file"] for e in arts]) if arts else "_empty_articles"
    men_src = _scan([seg_dir / e["file"] for e in ments]) if ments else "_empty_mentions"
    if int(manifest.get("schema_version", SCHEMA_VERSION)) < MENTION_LAYOUT_VERSION:
        # An older store read as it is (readers never migrate): the columns added since read
        # as NULL, and its materialized events, which lack the new event columns, are ignored.
        # (A store of schema 2 has today's mentions and events; it only lacks watch state.)
        men_src = f"(SELECT * FROM _empty_mentions UNION ALL BY NAME SELECT * FROM {men_src})"
        ev = None
    stmts = [
        f"CREATE OR REPLACE VIEW _articles_all AS SELECT * FROM {art_src}",
        f"CREATE OR REPLACE VIEW _mentions_all AS SELECT * FROM {men_src}",
    ]
    if manifest.get("recoded"):
        stmts += [
            "CREATE OR REPLACE VIEW articles AS SELECT * FROM _articles_all "
            "QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY batch DESC) = 1",
            "CREATE OR REPLACE VIEW mentions AS SELECT m.* FROM _mentions_all m "
            "SEMI JOIN (SELECT article_id, batch FROM articles) a "
            "ON m.article_id = a.article_id AND m.batch = a.batch",
        ]
    else:
        stmts += [
            "CREATE OR REPLACE VIEW articles AS SELECT * FROM _articles_all",
            "CREATE OR REPLACE VIEW mentions AS SELECT * FROM _mentions_all",
        ]
    stmts += _events_views(seg_dir, ev, arts, ments)
    stmts.append(_watch_view(seg_dir, manifest, ok))
    for sql in stmts:
        con.execute(sql).fetchall()


_SQL_TYPES = {"string": "VARCHAR", "int32": "INTEGER", "int64": "BIGINT",
              "timestamp[ms]": "TIMESTAMP"}  # fmt: skip


def _watch_view(seg_dir: Path, manifest: dict[str, Any], ok: set[str]) -> str:
    """``watch``: per key, the row of the latest commit (the key's current state)."""
    entries = [e for e in manifest["segments"].get("watch", []) if e["file"] in ok]
    if not entries:
        cols = ", ".join(f"NULL::{_SQL_TYPES[str(f.type)]} AS {f.name}" for f in WATCH_SCHEMA)
        return f"CREATE OR REPLACE VIEW watch AS SELECT {cols} WHERE false"
    return (
        f"CREATE OR REPLACE VIEW watch AS SELECT * FROM {_scan([seg_dir / e['file'] for e in entries])} "
        "QUALIFY row_number() OVER (PARTITION BY key ORDER BY batch DESC) = 1"
    )


def _events_views(
    seg_dir: Path, ev: dict[str, Any] | None, arts: list[dict], ments: list[dict]
) -> list[str]:
    live = EVENTS_SQL.format(mentions="mentions", where="")
    if ev is None:
        return [f"CREATE OR REPLACE VIEW events AS {live}"]
    mat = f"read_parquet({q(seg_dir / ev['file'])})"
    through = ev["through_batch"]
    pending_arts = [e for e in arts if e["batch"] > through]
    if not pending_arts:
        return [f"CREATE OR REPLACE VIEW events AS SELECT * FROM {mat}"]
    # Keys touched since the refresh: those of the new mentions, plus - for commits that
    # re-coded articles - every key any earlier coding of those articles mapped to.
    parts = []
    pending_ments = [seg_dir / e["file"] for e in ments if e["batch"] > through]
    if pending_ments:
        parts.append(f"SELECT event_id FROM {_scan(pending_ments)}")
    recoding = [seg_dir / e["file"] for e in pending_arts if e.get("recodes", True)]
    if recoding:
        parts.append(
            "SELECT event_id FROM _mentions_all WHERE article_id IN "
            f"(SELECT article_id FROM {_scan(recoding)})"
        )
    if not parts:
        return [f"CREATE OR REPLACE VIEW events AS SELECT * FROM {mat}"]
    touched = "SELECT DISTINCT event_id FROM (" + " UNION ALL ".join(parts) + ")"
    partial = EVENTS_SQL.format(
        mentions="mentions", where="AND event_id IN (SELECT event_id FROM _touched)"
    )
    # The touched keys and their re-aggregated events are computed once per manifest change
    # (small in-memory tables), not per query: each query then only anti-joins the (filtered)
    # materialized rows against them.
    return [
        f"CREATE OR REPLACE TABLE _touched AS {touched}",
        f"CREATE OR REPLACE TABLE _partial AS SELECT * FROM ({partial})",
        "CREATE OR REPLACE VIEW events AS "
        f"SELECT * FROM {mat} WHERE event_id NOT IN (SELECT event_id FROM _touched) "
        "UNION ALL BY NAME SELECT * FROM _partial",
    ]


def _table_functions(node: Any) -> Iterable[str]:
    if isinstance(node, dict):
        if node.get("type") == "TABLE_FUNCTION":
            fn = node.get("function") or {}
            yield str(fn.get("function_name", "")).lower()
        for value in node.values():
            yield from _table_functions(value)
    elif isinstance(node, list):
        for value in node:
            yield from _table_functions(value)


def check_read_only(con: duckdb.DuckDBPyConnection, query: str) -> None:
    """Refuse anything but one SELECT (or WITH … SELECT) that reads no files.

    Three layers: DuckDB's own parser must see exactly one statement of type SELECT; its
    syntax tree may call no table function but ``range``/``generate_series``/``unnest`` (so
    ``read_csv``, ``read_parquet``, ``glob`` … are refused by name); and the connection it runs
    on has external access disabled except for the store's segment folder, with its
    configuration locked, so even a function missed here cannot reach other files.
    """
    if not query or not query.strip():
        raise QueryError("empty query")
    try:
        statements = con.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryError(f"invalid SQL: {_first_line(exc)}") from None
    if len(statements) != 1:
        raise QueryError(f"one statement only ({len(statements)} given)")
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        raise QueryError(f"read-only: only SELECT queries are allowed, not {kind.name}")
    rows = con.execute("SELECT json_serialize_sql(?)", [query]).fetchall()
    tree = rows[0] if rows else None
    parsed = json.loads(tree[0]) if tree and tree[0] else {}
    if parsed.get("error"):
        # Statements such as SHOW/DESCRIBE/SUMMARIZE are SELECTs the serializer cannot render.
        return
    bad = sorted({f for f in _table_functions(parsed) if f not in SAFE_TABLE_FUNCTIONS})
    if bad:
        raise QueryError(
            f"read-only: table function {', '.join(bad)} is not allowed; "
            "query the views articles, mentions, events, watch"
        )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
