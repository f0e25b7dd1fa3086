"""The :class:`Store`: one writer, many readers, crash-safe, idempotent."""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from eventcoder.errors import CorruptSegmentError, QueryError, StoreError
from eventcoder.store import files
from eventcoder.store.queries import (
    count_sql,
    events_sql,
    make_filters,
    mentions_sql,
    network_sql,
    places_sql,
    timeline_sql,
    top_actors_sql,
    top_dyads_sql,
    unresolved_sql,
)
from eventcoder.store.schema import SCHEMA_VERSION
from eventcoder.store.views import build_views, check_read_only, open_reader
from eventcoder.store.writer import COMMIT_EVERY, AddResult, WriterMixin

__all__ = ["AddResult", "Store", "default_store_path"]

DEFAULT_STORE = "eventcoder-store"


def default_store_path() -> Path:
    """``$EVENTCODER_STORE`` or ``./eventcoder-store``."""
    return Path(os.environ.get("EVENTCODER_STORE") or DEFAULT_STORE)


def _to_table(rel: duckdb.DuckDBPyRelation) -> pa.Table:
    # DuckDB 2 renamed fetch_arrow_table/fetch_record_batch to to_arrow_table/to_arrow_reader.
    fetch = getattr(rel, "to_arrow_table", None) or rel.fetch_arrow_table
    return fetch()


def _to_reader(rel: duckdb.DuckDBPyRelation, rows: int = 65_536) -> pa.RecordBatchReader:
    fetch = getattr(rel, "to_arrow_reader", None) or rel.fetch_record_batch
    return fetch(rows)


def _stderr_warning(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr, flush=True)


class Store(WriterMixin):
    """An event store on disk (a folder). Readers never block the writer, nor see half-writes.

    Example::

        with Store("news-store") as store:
            store.add(coder.code_articles(articles), coder.version)
            df = store.events(dyad=("USA", "CHN"), since="2024-01-01")
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        on_warning: Callable[[str], None] | None = None,
        commit_every: int = COMMIT_EVERY,
    ) -> None:
        self.root = Path(path) if path is not None else default_store_path()
        self.commit_every = max(1, int(commit_every))
        self._warn = on_warning or _stderr_warning
        self._lock = files.WriterLock(self.root)
        self._mutex = threading.RLock()
        self._con: duckdb.DuckDBPyConnection | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._loading: tuple[int, int, int] | None = None
        self._manifest: dict[str, Any] | None = None
        self._checked: set[str] = set()
        self._bad: dict[str, str] = {}
        self._wm: dict[str, Any] | None = None  # the writer's manifest (while holding the lock)
        self._keys: set[str] | None = None  # article_id \x1f coder_version, stored
        self._ids: set[str] | None = None
        self._closed = False

    # ----------------------------------------------------------------- lifecycle
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.root)!r})"

    def close(self) -> None:
        """Release the writer lock and the connections (safe to call twice)."""
        with self._mutex:
            if self._con is not None:
                self._con.close()
                self._con = None
            self._lock.release()
            self._wm = None
            self._closed = True

    def _check_open(self) -> None:
        if self._closed:
            raise StoreError("the store is closed", source=str(self.root))

    @property
    def seg_dir(self) -> Path:
        return files.segment_dir(self.root)

    # ----------------------------------------------------------------- reading
    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = (self.root / files.MANIFEST).stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_ino, st.st_size)

    def exists(self) -> bool:
        return self._stat() is not None

    def _usable(self, manifest: dict[str, Any]) -> list[str]:
        entries = [e for kind in manifest["segments"].values() for e in kind]
        if manifest.get("events"):
            entries.append(manifest["events"])
        ok = []
        for entry in entries:
            name = entry["file"]
            if name in self._bad:
                continue
            if name not in self._checked:
                problem = self._check_segment(entry)
                if problem:
                    self._mark_bad(name, problem)
                    continue
                self._checked.add(name)
            ok.append(name)
        return ok

    def _check_segment(self, entry: dict[str, Any]) -> str | None:
        path = self.seg_dir / entry["file"]
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            return "file is missing"
        if entry.get("bytes") is not None and size != entry["bytes"]:
            return f"truncated or altered ({size} bytes, {entry['bytes']} committed)"
        try:
            meta = pq.read_metadata(path)
        except (pa.ArrowException, OSError) as exc:
            return str(exc).splitlines()[0]
        if meta.num_rows != entry.get("rows", meta.num_rows):
            return f"holds {meta.num_rows} rows, {entry['rows']} committed"
        return None

    def _mark_bad(self, name: str, reason: str) -> None:
        self._bad[name] = reason
        problem = CorruptSegmentError(
            f"corrupt segment skipped ({reason})", source=str(self.seg_dir / name)
        )
        self._warn(problem.one_line())

    @property
    def corrupt_segments(self) -> dict[str, str]:
        """Segments skipped as corrupt so far (file name → reason)."""
        return dict(self._bad)

    def _refresh_reader(self) -> None:
        stamp = self._stat()
        if stamp is None:
            raise StoreError(
                "no event store here (create one with `eventcoder ingest PATH --store …`)",
                source=str(self.root),
            )
        if stamp == self._stamp and self._con is not None:
            return
        manifest = files.read_manifest(self.root)
        if manifest is None:
            raise StoreError("no event store here", source=str(self.root))
        if int(manifest.get("schema_version", 0)) > SCHEMA_VERSION:
            raise StoreError(
                f"store schema {manifest['schema_version']} is newer than this eventcoder "
                f"({SCHEMA_VERSION}); upgrade eventcoder",
                source=str(self.root),
            )
        if self._con is None:
            self._con = open_reader(self.seg_dir)
        self._manifest, self._stamp, self._loading = manifest, None, stamp
        build_views(self._con, self.seg_dir, manifest, self._usable(manifest))
        self._stamp = stamp

    def _culprit(self, message: str) -> str | None:
        manifest = self._manifest or {"segments": {}}
        names = {e["file"] for kind in manifest["segments"].values() for e in kind}
        if manifest.get("events"):
            names.add(manifest["events"]["file"])
        for name in re.findall(r"[\w.-]+\.parquet", message):
            if name in names and name not in self._bad:
                return name
        return None

    def _arrow(self, sql: str, params: Sequence[Any] = ()) -> pa.Table:
        """Run a query on the views; skip a segment that turns out corrupt and retry."""
        self._check_open()
        with self._mutex:
            for _attempt in range(8):
                try:
                    self._refresh_reader()
                    assert self._con is not None
                    return _to_table(self._con.sql(sql, params=list(params) or None))
                except duckdb.Error as exc:
                    message = str(exc)
                    if self._stat() in (self._stamp, self._loading):  # same manifest: bad file?
                        name = self._culprit(message)
                        if not name:
                            raise QueryError(message.strip().splitlines()[0]) from None
                        self._mark_bad(name, message.splitlines()[0][:200])
                    self._stamp = None  # re-read the manifest and rebuild the views
            raise StoreError(
                "the store keeps changing or failing; try again", source=str(self.root)
            )

    def _reader(self, sql: str, params: Sequence[Any] = ()) -> pa.RecordBatchReader:
        """Stream a (possibly large) result; used by exports."""
        self._arrow("SELECT 1")  # (re)build the views, skipping corrupt segments
        with self._mutex:
            assert self._con is not None
            try:
                return _to_reader(self._con.sql(sql, params=list(params) or None))
            except duckdb.Error as exc:
                raise QueryError(str(exc).strip().splitlines()[0]) from None

    @staticmethod
    def _convert(table: pa.Table, as_: str) -> Any:
        if as_ == "arrow":
            return table
        if as_ == "pandas":
            return table.to_pandas()
        if as_ == "polars":
            try:
                import polars
            except ImportError:
                raise QueryError("polars is not installed (pip install polars)") from None
            return polars.from_arrow(table)
        raise QueryError(f"unknown result type {as_!r}: pandas, arrow or polars")

    def events(self, *, limit: int | None = None, as_: str = "pandas", **filters: Any) -> Any:
        """Events, newest first. Filters: actor, dyad=(A, B), code, root, quad, country, since,
        until, text (a phrase in an evidence sentence)."""
        sql, params = events_sql(make_filters(**filters), limit)
        return self._convert(self._arrow(sql, params), as_)

    def count(self, what: str = "events", **filters: Any) -> int:
        """How many events (or ``"mentions"``) match the filters: the total of a listing."""
        sql, params = count_sql(make_filters(**filters), what)
        return int(self._arrow(sql, params).column("total")[0].as_py())

    def mentions(self, *, limit: int | None = None, as_: str = "pandas", **filters: Any) -> Any:
        """Mentions (latest coding of each article) with their evidence; same filters."""
        sql, params = mentions_sql(make_filters(**filters), limit)
        return self._convert(self._arrow(sql, params), as_)

    def timeline(
        self, source: str | None = None, target: str | None = None, freq: str = "month", *,
        as_: str = "pandas", **filters: Any,
    ) -> Any:  # fmt: skip
        """Events per period: counts per QuadClass, Goldstein sum and mean, every period from
        the first to the last (``since``/``until`` when given) present, empty ones as zeros.

        ``timeline("RUS", "UKR")``: the dyad; ``timeline("RUS")`` or ``timeline(actor="RUS")``:
        one actor, as source or target; ``timeline()``: every event the filters keep.
        """
        if source and target:
            filters["dyad"] = (source, target)
        elif source or target:
            if filters.get("actor"):
                raise QueryError("give one actor: as source/target or as actor=, not both")
            filters["actor"] = source or target
        sql, params = timeline_sql(make_filters(**filters), freq)
        return self._convert(self._arrow(sql, params), as_)

    def places(self, *, per_place: int = 10, as_: str = "pandas", **filters: Any) -> Any:
        """Every matching event that has a place, aggregated by place (most events first),
        each with its ``per_place`` newest events. ``count(**filters)`` gives how many
        events matched in all, with or without a place."""
        sql, params = places_sql(make_filters(**filters), per_place)
        return self._convert(self._arrow(sql, params), as_)

    def top_actors(self, n: int = 20, *, as_: str = "pandas", **filters: Any) -> Any:
        sql, params = top_actors_sql(make_filters(**filters), n)
        return self._convert(self._arrow(sql, params), as_)

    def top_dyads(self, n: int = 20, *, as_: str = "pandas", **filters: Any) -> Any:
        sql, params = top_dyads_sql(make_filters(**filters), n)
        return self._convert(self._arrow(sql, params), as_)

    def network(self, min_weight: int = 1, *, by: str = "actor", as_: str = "pandas",
                **filters: Any) -> Any:  # fmt: skip
        """Directed actor-to-actor edges weighted by event count; ``by="country"`` merges the
        actors of each country (international actors: of each organisation)."""
        sql, params = network_sql(make_filters(**filters), min_weight, by)
        return self._convert(self._arrow(sql, params), as_)

    def unresolved_actors(self, *, min_count: int = 1, limit: int | None = None,
                          as_: str = "pandas") -> Any:
        """Actor phrases no actor table knew, most frequent first, each with an example
        sentence (``eventcoder actors unknown``). Articles coded before eventcoder kept them
        (store schema 1) have none."""
        sql, params = unresolved_sql(min_count, limit)
        return self._convert(self._arrow(sql, params), as_)

    def sql(self, query: str, *, as_: str = "pandas") -> Any:
        """A read-only SELECT over the views ``articles``, ``mentions``, ``events``,
        ``unresolved``, ``watch`` (docs/store.md)."""
        self._check_open()
        with self._mutex:
            self._refresh_reader()
            assert self._con is not None
            check_read_only(self._con, query)
        return self._convert(self._arrow(query), as_)

    def watch_state(self) -> tuple[dict[str, Any], pa.Table]:
        """What ``eventcoder watch`` keeps in the store, read from one manifest: its
        ``watch`` entry (the sources and their polls) and the ``watch`` view (the latest state
        of each URL). Both empty when the store was never watched."""
        with self._mutex:
            table = self._arrow("SELECT * FROM watch ORDER BY key")
            meta = (self._manifest or {}).get("watch") or {}
        return dict(meta), table

    def stats(self) -> dict[str, Any]:
        """Row counts and segment counts (cheap: from the manifest and Parquet footers)."""
        t = self._arrow(
            "SELECT (SELECT count(*) FROM articles) AS articles, "
            "(SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM events) AS events"
        ).to_pylist()[0]
        m = self._manifest or {}
        t["segments"] = sum(len(v) for v in m.get("segments", {}).values())
        t["schema_version"] = m.get("schema_version")
        t["generation"] = m.get("generation")
        return t
