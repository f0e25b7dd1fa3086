"""The write side of :class:`~eventcoder.store.Store`: commits, events refresh, compaction.

Only the process holding ``writer.lock`` runs this code. Every commit writes one ``articles``
and one ``mentions`` segment (an ``unresolved`` one when the coder met actor phrases no table
knew, and a ``watch`` segment for ``eventcoder watch``) and then swaps the manifest; that swap
is the commit point. An older store is migrated when the writer opens
it (:mod:`eventcoder.store.migrations`).
Articles are keyed by (article id, coder version): a key already stored is skipped, so running
the same input twice adds nothing, and a crashed run resumes where its last commit ended.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from eventcoder.errors import StoreError
from eventcoder.records import Article, Mention, Mentions, unresolved_of
from eventcoder.store import files
from eventcoder.store.migrations import MIGRATIONS, migrate
from eventcoder.store.schema import (
    SCHEMA_VERSION,
    articles_table,
    mentions_table,
    unresolved_table,
)
from eventcoder.store.views import build_views, empty_tables, q

if TYPE_CHECKING:
    from eventcoder.store.core import Store

__all__ = ["COMMIT_EVERY", "MIGRATIONS", "AddResult", "WriterMixin"]

#: Commit (publish a segment pair) every this many new articles.
COMMIT_EVERY = 500
#: Re-materialize events when mentions committed since the last refresh reach this share of
#: the materialized events, or at the end of ``add`` while the store is small.
REFRESH_SHARE = 0.10
SMALL_STORE_ROWS = 2_000_000
SEP = "\x1f"


@dataclass
class AddResult:
    """What one :meth:`Store.add` call did."""

    articles: int = 0
    mentions: int = 0
    skipped: int = 0  # already stored under this coder version
    commits: int = 0
    refreshed: bool = False
    added_ids: list[str] = field(default_factory=list, repr=False)


def _keys_of(table: pa.Table) -> pa.Array:
    return pc.binary_join_element_wise(
        table["article_id"].combine_chunks(), table["coder_version"].combine_chunks(), SEP
    )


class WriterMixin:
    """Methods of :class:`Store` that write (they take the writer lock on first use)."""

    def _ensure_writer(self: Store) -> dict[str, Any]:
        self._check_open()
        if self._wm is not None:
            return self._wm
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            self.seg_dir.mkdir(exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"cannot create the store: {exc.strerror}", source=str(self.root)
            ) from None
        self._lock.acquire()
        try:
            manifest = files.read_manifest(self.root)
            if manifest is None:
                manifest = files.new_manifest(SCHEMA_VERSION)
                files.write_manifest(self.root, manifest)
            migrate(self.root, manifest)
            files.clean_orphans(self.root, manifest)
            if files.collect_garbage(self.root, manifest):
                files.write_manifest(self.root, manifest)
            self._wm = manifest
            self._load_keys()
        except BaseException:
            self._wm = None
            self._lock.release()
            raise
        return manifest

    def _load_keys(self: Store) -> None:
        m = self._wm
        assert m is not None
        usable = set(self._usable(m))
        keys: set[str] = set()
        by_batch = {e["batch"]: e for e in m["segments"]["mentions"]}
        for entry in m["segments"]["articles"]:
            src = entry if entry["file"] in usable else by_batch.get(entry["batch"])
            if src is None or src["file"] not in usable:
                continue
            t = pq.read_table(self.seg_dir / src["file"], columns=["article_id", "coder_version"])
            keys.update(pc.unique(_keys_of(t)).to_pylist())
        self._keys = keys
        self._ids = {k.split(SEP, 1)[0] for k in keys}

    def is_stored(self: Store, article_id: str, coder_version: str | None = None) -> bool:
        """Whether the article is stored (under ``coder_version``, or any version if None)."""
        self._ensure_writer()
        assert self._keys is not None and self._ids is not None
        if coder_version is None:
            return article_id in self._ids
        return article_id + SEP + coder_version in self._keys

    def _unstored(
        self: Store,
        items: Iterable[tuple[Article, Sequence[Mention]]],
        coder_version: str,
        result: AddResult,
    ) -> Iterator[tuple[Article, Mentions]]:
        """The items whose (article id, coder version) is neither stored nor seen earlier in
        ``items``, with their unresolved phrases; the others are counted in ``result.skipped``."""
        self._ensure_writer()
        assert self._keys is not None
        seen: set[str] = set()
        for article, mentions in items:
            key = article.id + SEP + coder_version
            if key in self._keys or key in seen:
                result.skipped += 1
                continue
            seen.add(key)
            yield article, Mentions(mentions, unresolved_of(mentions))

    def add(
        self: Store,
        items: Iterable[tuple[Article, Sequence[Mention]]],
        coder_version: str,
        *,
        on_commit: Callable[[AddResult], None] | None = None,
    ) -> AddResult:
        """Store coded articles, committing every ``commit_every``; skip keys already stored.

        ``items`` yields ``(article, mentions)`` — the output of ``Coder.code_articles``.
        """
        result = AddResult()
        buffer: list[tuple[Article, Mentions]] = []
        for item in self._unstored(items, coder_version, result):
            buffer.append(item)
            if len(buffer) >= self.commit_every:
                self._commit_items(buffer, coder_version, result)
                buffer = []
                if on_commit:
                    on_commit(result)
        if buffer:
            self._commit_items(buffer, coder_version, result)
            if on_commit:
                on_commit(result)
        result.refreshed = self._maybe_refresh(final=True) or result.refreshed
        return result

    def _commit_items(
        self: Store, buffer: list[tuple[Article, list[Mention]]], version: str, result: AddResult
    ) -> None:
        batch = self._ensure_writer()["next_batch"]
        art = articles_table(buffer, version, batch)
        men = mentions_table(buffer, version, batch)
        self._commit(art, men, extra={"unresolved": unresolved_table(buffer, version, batch)})
        result.articles += art.num_rows
        result.mentions += men.num_rows
        result.commits += 1
        result.added_ids.extend(a.id for a, _ in buffer)

    def add_tables(
        self: Store, articles: pa.Table, mentions: pa.Table, *, refresh: bool = True
    ) -> AddResult:
        """Bulk import of ready-made segment tables (schemas of :mod:`.schema`) in one commit.

        Rows whose (article id, coder version) is already stored are dropped; the ``batch``
        column is overwritten with this commit's number.
        """
        self._ensure_writer()
        assert self._keys is not None
        given = articles.num_rows
        if self._keys:
            known = pa.array(sorted(self._keys), pa.string())
            keep_a = pc.invert(pc.is_in(_keys_of(articles), value_set=known))
            keep_m = pc.invert(pc.is_in(_keys_of(mentions), value_set=known))
            articles, mentions = articles.filter(keep_a), mentions.filter(keep_m)
        result = AddResult(skipped=given - articles.num_rows)
        if articles.num_rows:
            self._commit(articles, mentions, refresh=refresh)
            result.articles, result.mentions, result.commits = (
                articles.num_rows, mentions.num_rows, 1,
            )  # fmt: skip
        if refresh:
            result.refreshed = self._maybe_refresh(final=True)
        return result

    def commit_watch(
        self: Store,
        items: Iterable[tuple[Article, Sequence[Mention]]],
        coder_version: str,
        watch_rows: pa.Table,
        watch_meta: dict[str, Any],
    ) -> AddResult:
        """One commit of ``eventcoder watch``: the coded articles, the watch-state rows
        (:data:`~eventcoder.store.schema.WATCH_SCHEMA`) and the manifest's ``watch`` entry,
        published by a single manifest swap, so the state can never disagree with the
        articles it describes. Articles already stored under this coder version are skipped.
        """
        result = AddResult()
        fresh = list(self._unstored(items, coder_version, result))
        batch = int(self._ensure_writer()["next_batch"])
        art = articles_table(fresh, coder_version, batch)
        men = mentions_table(fresh, coder_version, batch)
        unres = unresolved_table(fresh, coder_version, batch)
        self._commit(art, men, extra={"unresolved": unres, "watch": watch_rows},
                     meta={"watch": watch_meta})
        result.articles, result.mentions, result.commits = art.num_rows, men.num_rows, 1
        result.added_ids.extend(a.id for a, _ in fresh)
        return result

    def _commit(
        self: Store,
        art: pa.Table,
        men: pa.Table,
        *,
        refresh: bool = True,
        extra: dict[str, pa.Table] | None = None,
        meta: dict[str, Any] | None = None,
    ) -> None:
        """Write the segments of one commit, then swap the manifest (the commit point).

        ``extra`` adds segments of other kinds (``unresolved``, ``watch``) and ``meta``
        top-level manifest entries, published by the same swap.
        """
        m = self._ensure_writer()
        assert self._keys is not None and self._ids is not None
        batch = int(m["next_batch"])
        art = _with_batch(art, batch)
        men = _with_batch(men, batch)
        new_keys = set(pc.unique(_keys_of(art)).to_pylist())
        recoded = any(k.split(SEP, 1)[0] in self._ids for k in new_keys)
        if art.num_rows:
            entry = files.write_segment(self.root, "articles", batch, art)
            entry["recodes"] = recoded  # the events view must then also revisit older codings
            m["segments"]["articles"].append(entry)
        if men.num_rows:
            m["segments"]["mentions"].append(files.write_segment(self.root, "mentions", batch, men))
        for kind, table in (extra or {}).items():
            if table.num_rows:
                entry = files.write_segment(self.root, kind, batch, _with_batch(table, batch))
                m["segments"].setdefault(kind, []).append(entry)
        m.update(meta or {})
        m["next_batch"] = batch + 1
        m["recoded"] = bool(m.get("recoded")) or recoded
        files.collect_garbage(self.root, m)
        files.write_manifest(self.root, m)  # the commit point
        self._keys.update(new_keys)
        self._ids.update(k.split(SEP, 1)[0] for k in new_keys)
        if refresh:
            self._maybe_refresh(final=False)

    def _maybe_refresh(self: Store, *, final: bool) -> bool:
        m = self._ensure_writer()
        ev = m.get("events")
        through = ev["through_batch"] if ev else 0
        if not any(e["batch"] > through for e in m["segments"]["articles"]):
            return False
        pending = sum(e["rows"] for e in m["segments"]["mentions"] if e["batch"] > through)
        done = ev["rows"] if ev else 0
        if pending >= REFRESH_SHARE * done or (final and done + pending <= SMALL_STORE_ROWS):
            self.refresh_events()
            return True
        return False

    def refresh_if_due(self: Store) -> bool:
        """Re-materialize the events when the refresh policy says so (what ``add`` does at
        its end); for writers that commit by other means (``commit_watch``)."""
        return self._maybe_refresh(final=True)

    def refresh_events(self: Store) -> int:
        """Re-materialize the events segment (incrementally: only touched keys re-aggregated)."""
        m = self._ensure_writer()
        through = int(m["next_batch"]) - 1
        name = f"events-{through:08d}-{uuid.uuid4().hex[:8]}.parquet"
        tmp = self.seg_dir / f".tmp-{name}"
        con = _work_connection(self.seg_dir)
        try:
            build_views(con, self.seg_dir, m, self._usable(m))
            # Aggregate into a temporary table first, then sort that: measured ~1.5x faster
            # than sorting the aggregate's output in one pipeline.
            con.execute("CREATE TEMP TABLE _fresh AS SELECT * FROM events").fetchall()
            con.execute(
                "COPY (SELECT * FROM _fresh ORDER BY source_code, target_code, date) "
                f"TO {q(tmp)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)"
            ).fetchall()
        except duckdb.Error as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise StoreError(f"cannot refresh events: {str(exc).splitlines()[0]}") from None
        finally:
            con.close()
        final = self.seg_dir / name
        files.fsync_and_rename(tmp, final)
        entry = files.publish_entry(final, rows=pq.read_metadata(final).num_rows, batch=through)
        entry["through_batch"] = through
        old = m.get("events")
        m["events"] = entry
        if old:
            files.retire(m, [old["file"]])
        files.write_manifest(self.root, m)
        return int(entry["rows"])

    def compact(self: Store) -> dict[str, int]:
        """Merge all segments of each kind into one (atomically), then refresh events.

        Segments found corrupt are moved to ``STORE/quarantine/`` and dropped from the store.
        """
        m = self._ensure_writer()
        usable = set(self._usable(m))
        report = {"merged": 0, "quarantined": 0}
        new_segments: dict[str, list[dict[str, Any]]] = {}
        for kind, entries in m["segments"].items():
            good = [e for e in entries if e["file"] in usable]
            bad = [e for e in entries if e["file"] not in usable]
            report["quarantined"] += _quarantine(self.root, [e["file"] for e in bad])
            if len(good) <= 1:
                new_segments[kind] = good
                continue
            merged = self._merge(kind, good)
            if kind == "articles":
                merged["recodes"] = any(e.get("recodes", True) for e in good)
            new_segments[kind] = [merged]
            files.retire(m, [e["file"] for e in good])
            report["merged"] += len(good)
        m["segments"] = new_segments
        ev = m.get("events")
        if ev and ev["file"] not in usable:
            report["quarantined"] += _quarantine(self.root, [ev["file"]])
            m["events"] = None
        files.write_manifest(self.root, m)
        self.refresh_events()
        return report

    def _merge(self: Store, kind: str, entries: list[dict[str, Any]]) -> dict[str, Any]:
        batch = max(int(e["batch"]) for e in entries)
        name = f"{kind}-{batch:08d}-{uuid.uuid4().hex[:8]}.parquet"
        tmp = self.seg_dir / f".tmp-{name}"
        srcs = ", ".join(q(self.seg_dir / e["file"]) for e in entries)
        order = _MERGE_ORDER.get(kind, "batch")
        con = _work_connection(self.seg_dir)
        try:
            con.execute(
                f"COPY (SELECT * FROM read_parquet([{srcs}], union_by_name = true) "
                f"ORDER BY {order}) TO {q(tmp)} "
                "(FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)"
            ).fetchall()
        finally:
            con.close()
        final = self.seg_dir / name
        files.fsync_and_rename(tmp, final)
        return files.publish_entry(final, rows=pq.read_metadata(final).num_rows, batch=batch)


#: Row order of a merged segment of each kind (the order its commits wrote them in).
_MERGE_ORDER = {
    "articles": "batch, article_id",
    "mentions": "batch, article_id, mention_id",
    "unresolved": "batch, article_id, sentence_index, start",
    "watch": "batch, key",
}


def _work_connection(seg_dir: Path) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection for the writer's heavy queries: bounded memory, spills to disk."""
    import psutil

    limit_mb = max(256, int(psutil.virtual_memory().total * 0.5) // 2**20)
    con = duckdb.connect(":memory:")
    spill = seg_dir / ".tmp-duckdb"
    for setting in (
        f"SET memory_limit = '{limit_mb}MB'",
        f"SET temp_directory = {q(spill)}",
        "SET preserve_insertion_order = false",
    ):
        con.execute(setting).fetchall()
    empty_tables(con)
    return con


def _with_batch(table: pa.Table, batch: int) -> pa.Table:
    i = table.schema.get_field_index("batch")
    return table.set_column(i, "batch", pa.repeat(pa.scalar(batch, pa.int64()), table.num_rows))


def _quarantine(root: Path, names: list[str]) -> int:
    if not names:
        return 0
    qdir = root / "quarantine"
    qdir.mkdir(exist_ok=True)
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            os.replace(files.segment_dir(root) / name, qdir / name)
    return len(names)
