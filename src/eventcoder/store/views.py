"""The read side: the SQL views over the live segments, and the read-only SQL guard.

Views (the documented, public surface; see docs/store.md):

* ``articles`` — the latest coding of each article;
* ``mentions`` — the mentions of that latest coding;
* ``events``  — mentions aggregated by :data:`eventcoder.aggregate.EVENTS_SQL`;
* ``unresolved`` — the actor phrases no table knew, in the latest coding of each article;
* ``watch``   — the latest state of each URL ``eventcoder watch`` has seen.

Segments written before a column was added lack it: the views give it as NULL there.

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
    MENTION_SCHEMA,
    UNRESOLVED_SCHEMA,
    WATCH_SCHEMA,
)

__all__ = ["build_views", "check_read_only", "open_reader", "q"]

#: The store schema that last changed the columns of the events: the materialized events of
#: an older store are not read (the view aggregates its mentions instead).
EVENT_COLUMNS_SCHEMA = 2
#: Table functions a read-only query may call (they read no files).
SAFE_TABLE_FUNCTIONS = frozenset({"range", "generate_series", "unnest"})


def q(path: Path | str) -> str:
    """A SQL string literal."""
    return "'" + str(path).replace("'", "''") + "'"


def _scan(paths: list[Path]) -> str:
    files = ", ".join(q(p) for p in paths)
    return f"read_parquet([{files}], union_by_name = true)"


_EMPTY = {"articles": ARTICLE_SCHEMA, "mentions": MENTION_SCHEMA,
          "unresolved": UNRESOLVED_SCHEMA}


def empty_tables(con: duckdb.DuckDBPyConnection) -> None:
    """``_empty_articles``, ``_empty_mentions``, ``_empty_unresolved``: the views' sources when
    a kind has no segment yet (and the full column list of each kind)."""
    for kind, schema in _EMPTY.items():
        con.register(f"_empty_{kind}_arrow", schema.empty_table())
        con.execute(f"CREATE OR REPLACE TABLE _empty_{kind} AS "
                    f"SELECT * FROM _empty_{kind}_arrow").fetchall()
        con.unregister(f"_empty_{kind}_arrow")


def open_reader(seg_dir: Path) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection that can read the segment folder and nothing else on disk."""
    con = duckdb.connect(":memory:")
    empty_tables(con)
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
    unres = [e for e in manifest["segments"].get("unresolved", []) if e["file"] in ok]
    if int(manifest.get("schema_version", EVENT_COLUMNS_SCHEMA)) < EVENT_COLUMNS_SCHEMA:
        # An older store read as it is (readers never migrate): its materialized events lack
        # the event columns added since, so they are ignored (the columns its mention segments
        # lack read as NULL: _complete)
        ev = None
    stmts = [
        f"CREATE OR REPLACE VIEW _{kind}_all AS "
        + _complete(con, [seg_dir / e["file"] for e in entries], kind)
        for kind, entries in (("articles", arts), ("mentions", ments), ("unresolved", unres))
    ]
    if manifest.get("recoded"):
        stmts += [
            "CREATE OR REPLACE VIEW articles AS SELECT * FROM _articles_all "
            "QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY batch DESC) = 1",
            *(f"CREATE OR REPLACE VIEW {kind} AS SELECT m.* FROM _{kind}_all m "
              "SEMI JOIN (SELECT article_id, batch FROM articles) a "
              "ON m.article_id = a.article_id AND m.batch = a.batch"
              for kind in ("mentions", "unresolved")),
        ]
    else:
        stmts += [f"CREATE OR REPLACE VIEW {kind} AS SELECT * FROM _{kind}_all"
                  for kind in ("articles", "mentions", "unresolved")]
    stmts += _events_views(seg_dir, ev, arts, ments)
    stmts.append(_watch_view(seg_dir, manifest, ok))
    for sql in stmts:
        con.execute(sql).fetchall()


def _complete(con: duckdb.DuckDBPyConnection, paths: list[Path], kind: str) -> str:
    """``SELECT`` of a kind's segments with every column of its schema: a column the
    segments predate (an older store) is NULL, so queries and the events rule need not care."""
    if not paths:
        return f"SELECT * FROM _empty_{kind}"
    src = _scan(paths)
    have = {d[0] for d in con.execute(f"SELECT * FROM {src} LIMIT 0").description}
    missing = [f.name for f in _EMPTY[kind] if f.name not in have]
    if not missing:
        return f"SELECT * FROM {src}"
    nulls = ", ".join(f"(SELECT {q_name(n)} FROM _empty_{kind}) AS {q_name(n)}" for n in missing)
    return f"SELECT *, {nulls} FROM {src}"


def q_name(name: str) -> str:
    """A SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


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
            "query the views articles, mentions, events, unresolved, watch"
        )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
