"""The store on disk: manifest (atomic swap), segment files (write-then-rename), writer lock.

Layout::

    STORE/
      manifest.json          the only source of truth: lists the live segments
      writer.lock            fcntl.flock'ed by the single writer (holds its pid)
      watch.journal          the watcher's fetched-but-uncommitted pages (eventcoder watch)
      segments/
        articles-00000012-1a2b3c4d.parquet
        mentions-00000012-1a2b3c4d.parquet
        unresolved-00000012-1a2b3c4d.parquet (actor phrases no table knew)
        watch-00000012-1a2b3c4d.parquet      (what eventcoder watch knows of each URL)
        events-00000040-5e6f7a8b.parquet   (materialized events, derived)
        .tmp-*.parquet                     (being written; never listed)

A file not listed in the manifest is invisible to readers. The writer writes a segment to a
``.tmp-`` name, fsyncs it, renames it, then publishes it by swapping the manifest
(``manifest.json.tmp`` + fsync + ``os.replace`` + directory fsync). A crash at any point leaves
either the old or the new manifest; unlisted files are orphans, removed at the next writer open.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventcoder.errors import StoreError

__all__ = [
    "GARBAGE_GRACE_S",
    "MANIFEST",
    "WriterLock",
    "new_manifest",
    "read_manifest",
    "write_manifest",
    "write_segment",
]

MANIFEST = "manifest.json"
LOCK = "writer.lock"
SEGMENTS = "segments"
FORMAT = "eventcoder-store"
#: Superseded segments stay on disk this long so readers holding an older manifest finish.
GARBAGE_GRACE_S = 120.0


def _utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_manifest(schema_version: int) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "schema_version": schema_version,
        "migrations": [
            {"to": schema_version, "at": _utc_now(), "note": "store created"},
        ],
        "generation": 0,
        "next_batch": 1,
        "recoded": False,
        "segments": {"articles": [], "mentions": [], "unresolved": [], "watch": []},
        "events": None,
        "watch": None,
        "garbage": [],
        "updated_at": _utc_now(),
    }


def read_manifest(root: Path) -> dict[str, Any] | None:
    """The current manifest, or None when the store does not exist yet."""
    path = root / MANIFEST
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read the manifest: {exc.strerror}", source=str(path)) from exc
    try:
        manifest = json.loads(raw)
    except ValueError as exc:
        raise StoreError("the manifest is not valid JSON", source=str(path)) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise StoreError("not an eventcoder store manifest", source=str(path))
    return manifest


def write_manifest(root: Path, manifest: dict[str, Any]) -> None:
    """Atomically replace the manifest (tmp + fsync + rename + dir fsync)."""
    manifest["generation"] = int(manifest.get("generation", 0)) + 1
    manifest["updated_at"] = _utc_now()
    tmp = root / f".{MANIFEST}.{os.getpid()}.tmp"
    data = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, root / MANIFEST)
    _fsync_dir(root)


def segment_dir(root: Path) -> Path:
    return root / SEGMENTS


def write_segment(root: Path, kind: str, batch: int, table: pa.Table) -> dict[str, Any]:
    """Write ``table`` as a new immutable segment; return its manifest entry (not yet live)."""
    seg_dir = segment_dir(root)
    name = f"{kind}-{batch:08d}-{uuid.uuid4().hex[:8]}.parquet"
    tmp = seg_dir / f".tmp-{name}"
    pq.write_table(table, tmp, compression="zstd", row_group_size=256_000)
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, seg_dir / name)
    _fsync_dir(seg_dir)
    return publish_entry(seg_dir / name, rows=table.num_rows, batch=batch)


def publish_entry(path: Path, *, rows: int, batch: int) -> dict[str, Any]:
    """Manifest entry for a finished segment file (size recorded to detect truncation)."""
    return {"file": path.name, "rows": int(rows), "bytes": path.stat().st_size, "batch": batch}


def fsync_and_rename(tmp: Path, final: Path) -> None:
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, final)
    _fsync_dir(final.parent)


def listed_files(manifest: dict[str, Any]) -> set[str]:
    names = {e["file"] for kind in manifest["segments"].values() for e in kind}
    if manifest.get("events"):
        names.add(manifest["events"]["file"])
    names.update(g["file"] for g in manifest.get("garbage", []))
    return names


def clean_orphans(root: Path, manifest: dict[str, Any]) -> list[str]:
    """Remove segment files the manifest does not list (left by a crashed writer)."""
    keep = listed_files(manifest)
    removed = []
    for path in segment_dir(root).iterdir():
        if path.name not in keep and (path.suffix == ".parquet" or path.name.startswith(".tmp-")):
            with contextlib.suppress(OSError):
                if path.is_dir():
                    shutil.rmtree(path)  # DuckDB spill folder of a crashed refresh
                else:
                    path.unlink()
                removed.append(path.name)
    for path in root.glob(f".{MANIFEST}.*.tmp"):
        with contextlib.suppress(OSError):
            path.unlink()
    return removed


def retire(manifest: dict[str, Any], names: list[str]) -> None:
    """Move superseded files to the garbage list (deleted after the grace period)."""
    now = time.time()
    manifest.setdefault("garbage", []).extend({"file": n, "since": now} for n in names)


def collect_garbage(
    root: Path, manifest: dict[str, Any], *, grace: float = GARBAGE_GRACE_S
) -> bool:
    """Delete garbage older than ``grace`` seconds; True when the manifest changed."""
    now = time.time()
    keep, changed = [], False
    for entry in manifest.get("garbage", []):
        if now - float(entry["since"]) >= grace:
            with contextlib.suppress(FileNotFoundError):
                (segment_dir(root) / entry["file"]).unlink()
            changed = True
        else:
            keep.append(entry)
    manifest["garbage"] = keep
    return changed


class WriterLock:
    """The single-writer lock: ``fcntl.flock`` on ``STORE/writer.lock`` (released on exit/kill)."""

    def __init__(self, root: Path) -> None:
        self.path = root / LOCK
        self._fd: int | None = None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise StoreError(
                f"another process (pid {holder}) is writing to this store; "
                "only one writer at a time (readers are fine)",
                source=str(self.path.parent),
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None
