"""Schema migrations of the store: ``MIGRATIONS[v](root, manifest)`` upgrades a store from
schema ``v`` to ``v + 1`` and returns a one-line note for the manifest's migration log.

The writer runs them in order when it opens an older store (:func:`migrate`), holding the
writer lock. A step writes new segments beside the old ones and only changes the manifest it
is given; :func:`migrate` swaps that manifest in after each step, which is the step's commit
point. A crash before it leaves the old store intact (the new files are orphans, removed at the
next open); the superseded segments stay on disk for the grace period, as after a compaction.
Nothing stored is dropped: a migration adds columns or manifest entries and recomputes derived
ones.

Readers never migrate: they read an older store as it is, the columns added since reading as
NULL (:func:`eventcoder.store.views.build_views`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from eventcoder.aggregate import EVENT_ID_SQL
from eventcoder.code.date_text import is_background
from eventcoder.errors import StoreError
from eventcoder.store import files
from eventcoder.store.schema import MENTION_SCHEMA, SCHEMA_VERSION
from eventcoder.store.views import q

__all__ = ["MIGRATIONS", "migrate"]


def _background(date_text: str | None, precision: str | None, future: bool | None,
                published: dt.date | None) -> bool:  # fmt: skip
    return is_background(date_text, precision or "published", bool(future), published)


# Each column of a schema-2 mention row, from a schema-1 row `m` (its article `a`, `r.root` the
# first sentence of its article holding a mention).
_V2_COLUMNS = {
    "event_id": f"CASE WHEN m.negated THEN {EVENT_ID_SQL} ELSE m.event_id END",
    "background": "coalesce(ec_background(m.date_text, m.date_precision, m.future, "
                  "m.published), false)",
    "is_root": "m.sentence_index = r.root",
    "title": "a.title",
    # columns of later schemas, which a schema-1 row has no value for either
    "source_label": "NULL",
    "target_label": "NULL",
}


def _mentions_v2_sql(segment: Path, articles: list[Path]) -> str:
    cols = ", ".join(
        f"{_V2_COLUMNS.get(f.name, 'm.' + chr(34) + f.name + chr(34))} AS \"{f.name}\""
        for f in MENTION_SCHEMA
    )
    arts = ", ".join(q(p) for p in articles) or "NULL"
    article_titles = (
        f"SELECT article_id, batch, any_value(title) AS title FROM read_parquet([{arts}], "
        "union_by_name = true) GROUP BY article_id, batch"
        if articles else "SELECT NULL AS article_id, NULL AS batch, NULL AS title WHERE false"
    )
    return (
        f"WITH m AS (SELECT * FROM read_parquet({q(segment)}) ), "
        f"a AS ({article_titles}), "
        "r AS (SELECT article_id, batch, min(sentence_index) AS root FROM m "
        "GROUP BY article_id, batch) "
        f"SELECT {cols} FROM m LEFT JOIN a USING (article_id, batch) "
        "LEFT JOIN r USING (article_id, batch) ORDER BY m.mention_id"
    )


def _rewrite(con: duckdb.DuckDBPyConnection, root: Path, entry: dict[str, Any],
             articles: list[Path]) -> dict[str, Any]:  # fmt: skip
    seg_dir = files.segment_dir(root)
    name = f"mentions-{int(entry['batch']):08d}-{uuid.uuid4().hex[:8]}.parquet"
    tmp = seg_dir / f".tmp-{name}"
    rel = con.sql(_mentions_v2_sql(seg_dir / entry["file"], articles))
    fetch = getattr(rel, "to_arrow_reader", None) or rel.fetch_record_batch
    rows = 0
    try:
        with pq.ParquetWriter(tmp, MENTION_SCHEMA, compression="zstd") as writer:
            for batch in fetch(100_000):
                writer.write_table(pa.Table.from_batches([batch]).cast(MENTION_SCHEMA))
                rows += batch.num_rows
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    files.fsync_and_rename(tmp, seg_dir / name)
    return files.publish_entry(seg_dir / name, rows=rows, batch=int(entry["batch"]))


def _to_2(root: Path, manifest: dict[str, Any]) -> str:
    """Schema 1 → 2: every mentions segment is rewritten with the new columns ``background``
    (from its date, precision and publication date, by the coder's own rule), ``is_root`` and
    ``title`` (from its article), and a negated mention gets the id of its own, negated event.
    The materialized events segment (derived, without the new event columns) is dropped; the
    next refresh rebuilds it from the mentions."""
    seg_dir = files.segment_dir(root)
    articles = [seg_dir / e["file"] for e in manifest["segments"]["articles"]
                if (seg_dir / e["file"]).exists()]  # fmt: skip
    con = duckdb.connect(":memory:")
    con.create_function(
        "ec_background", _background, ["VARCHAR", "VARCHAR", "BOOLEAN", "DATE"], "BOOLEAN",
        null_handling="special",
    )
    done, kept, retired = [], 0, []
    try:
        for entry in manifest["segments"]["mentions"]:
            try:
                done.append(_rewrite(con, root, entry, articles))
                retired.append(entry["file"])
            except (duckdb.Error, pa.ArrowException, OSError):
                done.append(entry)  # unreadable: left as it is (readers skip a corrupt one)
                kept += 1
    finally:
        con.close()
    manifest["segments"]["mentions"] = done
    if manifest.get("events"):
        retired.append(manifest["events"]["file"])
        manifest["events"] = None
    files.retire(manifest, retired)
    note = (f"mentions gain background, is_root and title; negated mentions form events of "
            f"their own ({len(done) - kept} segments rewritten")
    return note + (f", {kept} unreadable left as they were)" if kept else ")")


def _to_3(root: Path, manifest: dict[str, Any]) -> str:
    """Schema 2 → 3: the ``unresolved`` segment kind (actor phrases no table knew); mentions
    gain ``source_label`` / ``target_label``. Nothing is rewritten: the rows written before
    read the new columns as NULL (an event's name is then its first mention's words, as it
    was), and they have no unresolved phrases."""
    manifest["segments"].setdefault("unresolved", [])
    return ("unresolved segments (eventcoder actors unknown) and the mentions' source_label / "
            "target_label columns (issue 14); stored rows kept as they are")


def _to_4(root: Path, manifest: dict[str, Any]) -> str:
    """Schema 3 → 4: the manifest gains the list of ``watch`` segments and the ``watch``
    entry that ``eventcoder watch`` commits with its articles (both empty: a store that was
    never watched has no watch state). No segment is touched."""
    manifest["segments"].setdefault("watch", [])
    manifest.setdefault("watch", None)
    return "watch segments and the manifest's watch entry (eventcoder watch, issue 13)"


#: The migration steps, by the schema they start from.
MIGRATIONS: dict[int, Callable[[Path, dict[str, Any]], str]] = {1: _to_2, 2: _to_3, 3: _to_4}


def migrate(root: Path, manifest: dict[str, Any]) -> None:
    """Upgrade the store at ``root`` to :data:`SCHEMA_VERSION`, one logged step at a time."""
    version = int(manifest.get("schema_version", 0))
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"store schema {version} is newer than this eventcoder ({SCHEMA_VERSION})",
            source=str(root),
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(f"no migration from store schema {version}", source=str(root))
        note = step(root, manifest)
        version += 1
        manifest["schema_version"] = version
        manifest.setdefault("migrations", []).append(
            {"to": version, "at": files._utc_now(), "note": note}
        )
        files.write_manifest(root, manifest)
