"""The watcher's memory, kept in the store and committed with the articles it describes.

Two parts, both published by the same manifest swap as the articles of a commit
(:meth:`eventcoder.store.Store.commit_watch`), so they can never disagree:

* ``watch`` segments: one row per URL the watcher decided something about (schema
  :data:`~eventcoder.store.schema.WATCH_SCHEMA`); the latest row of a key is its state — seen
  and stored, a duplicate, stored from the feed's own text, failed (with the reason and when
  to try again) — and each origin's robots.txt;
* the manifest's ``watch`` entry: per source its kind, interval, validators (ETag,
  Last-Modified), last poll and outcome, and the journal position.

Between commits, every page fetched is appended to ``STORE/watch.journal`` (fsync'ed) before
anything else happens, so a watcher killed at any point loses nothing it fetched: the next one
replays the entries the manifest does not cover yet, and fetches none of them again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from eventcoder.records import Article
from eventcoder.store.schema import WATCH_SCHEMA
from eventcoder.watch.fetch import RobotsRecord

__all__ = [
    "JOURNAL",
    "Journal",
    "UrlState",
    "WatchState",
    "iso",
    "make_row",
    "rows_table",
    "source_rows",
]

JOURNAL = "watch.journal"
#: Statuses of a URL that is done with (``failed`` is done with only when no retry is due).
SETTLED = frozenset({"stored", "fallback", "duplicate"})


def iso(when: float | None) -> str | None:
    """``time.time()`` → ``2026-12-04T16:30:00Z`` (None stays None)."""
    if when is None:
        return None
    return dt.datetime.fromtimestamp(when, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_iso(text: str | None) -> float | None:
    if not text:
        return None
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def _stamp(when: float | None) -> dt.datetime | None:
    if when is None:
        return None
    return dt.datetime.fromtimestamp(when, dt.UTC).replace(tzinfo=None)


def _epoch(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=dt.UTC).timestamp()
    return float(value)


def make_row(
    key: str, kind: str, status: str, *, at: float, url: str | None = None,
    source: str | None = None, article_id: str | None = None, reason: str | None = None,
    attempts: int = 0, next_retry: float | None = None, body: str | None = None,
) -> dict[str, Any]:  # fmt: skip
    """One watch-state row (times as ``time.time()`` floats until written)."""
    return {
        "key": key, "kind": kind, "status": status, "url": url, "source": source,
        "article_id": article_id, "reason": reason, "attempts": attempts,
        "next_retry": next_retry, "body": body, "at": at,
    }  # fmt: skip


@dataclass(frozen=True)
class UrlState:
    """What is known of one URL key."""

    status: str
    kind: str
    source: str | None
    article_id: str | None
    attempts: int
    next_retry: float | None

    def settled(self, now: float) -> bool:
        """Done with: stored, a duplicate, or failed with no retry due yet (or ever)."""
        if self.status in SETTLED:
            return True
        return self.next_retry is None or now < self.next_retry


class WatchState:
    """The committed state plus what is pending for the next commit."""

    def __init__(self, meta: dict[str, Any], rows: list[dict[str, Any]]) -> None:
        self.sources: dict[str, dict[str, Any]] = {
            url: dict(info) for url, info in (meta.get("sources") or {}).items()
        }
        self.journal_seq = int(meta.get("journal_seq") or 0)
        self.urls: dict[str, UrlState] = {}
        self.robots: dict[str, RobotsRecord] = {}
        self.pending: dict[str, dict[str, Any]] = {}
        self.articles: list[Article] = []
        for row in rows:
            self._apply({**row, "at": _epoch(row["at"]), "next_retry": _epoch(row["next_retry"])})

    @classmethod
    def load(cls, store: Any) -> WatchState:
        meta, table = store.watch_state() if store.exists() else ({}, WATCH_SCHEMA.empty_table())
        return cls(meta, table.to_pylist())

    def _apply(self, row: dict[str, Any]) -> None:
        if row["kind"] == "robots":
            self.robots[row["key"]] = RobotsRecord(
                row["key"], row["status"], row["body"] or "", row["at"] or 0.0
            )
            return
        self.urls[row["key"]] = UrlState(
            status=row["status"], kind=row["kind"], source=row["source"],
            article_id=row["article_id"], attempts=int(row["attempts"] or 0),
            next_retry=row["next_retry"],
        )  # fmt: skip

    def record(self, row: dict[str, Any]) -> None:
        """A row for the next commit (the latest row of a key wins)."""
        self.pending[row["key"]] = row
        self._apply(row)

    def settled(self, key: str, now: float) -> bool:
        found = self.urls.get(key)
        return found is not None and found.settled(now)

    @property
    def dirty(self) -> bool:
        return bool(self.pending or self.articles)

    def take(self) -> tuple[list[Article], dict[str, dict[str, Any]]]:
        """The pending articles and rows, handed over to be committed (and forgotten here)."""
        taken = self.articles, self.pending
        self.articles, self.pending = [], {}
        return taken

    def meta(self, journal_seq: int) -> dict[str, Any]:
        return {"sources": self.sources, "journal_seq": journal_seq}


def rows_table(rows: dict[str, dict[str, Any]]) -> pa.Table:
    """Pending rows as a ``watch`` segment table."""
    out = [{**r, "at": _stamp(r["at"]), "next_retry": _stamp(r["next_retry"]), "batch": 0}
           for r in rows.values()]  # fmt: skip
    return pa.Table.from_pylist(out, schema=WATCH_SCHEMA)


class Journal:
    """``STORE/watch.journal``: JSON lines appended and fsync'ed as pages are fetched, emptied
    once a commit holds them. Each entry has a sequence number; the manifest records the last
    one committed, so entries a commit already holds are never applied twice."""

    def __init__(self, root: Path, committed_seq: int) -> None:
        self.path = Path(root) / JOURNAL
        self.committed_seq = committed_seq
        self.seq = committed_seq
        self._handle: Any = None

    def replay(self) -> list[dict[str, Any]]:
        """The entries not committed yet; a torn last line (a crash mid-append) is dropped."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return []
        complete = data[: data.rfind(b"\n") + 1]
        if len(complete) != len(data):
            with open(self.path, "rb+") as handle:
                handle.truncate(len(complete))
                os.fsync(handle.fileno())
        entries = []
        for line in complete.splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            self.seq = max(self.seq, int(entry.get("seq", 0)))
            if int(entry.get("seq", 0)) > self.committed_seq:
                entries.append(entry)
        return entries

    def append(self, rows: list[dict[str, Any]], article: Article | None) -> None:
        self.seq += 1
        entry = {"seq": self.seq, "rows": rows,
                 "article": None if article is None else {**article.to_dict(),
                                                          "origin": article.origin}}  # fmt: skip
        if self._handle is None:
            self._handle = open(self.path, "ab")  # noqa: SIM115 - kept open between appends
        self._handle.write(json.dumps(entry, ensure_ascii=False).encode("utf-8") + b"\n")
        self._handle.flush()
        os.fdatasync(self._handle.fileno())

    def clear(self) -> None:
        """After a commit that holds every entry: empty the file."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        if self.path.exists():
            with open(self.path, "rb+") as handle:
                handle.truncate(0)
                os.fsync(handle.fileno())
        self.committed_seq = self.seq

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None


def source_rows(meta: dict[str, Any], table: pa.Table) -> list[dict[str, Any]]:
    """One row per source for ``eventcoder sources`` and ``/api/sources``: its kind, interval,
    last and next poll, last outcome, and the items it led to, articles stored from them and
    failures (item failures plus failed polls)."""
    items: Counter[str] = Counter()
    stored: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    cols = table.select(["kind", "status", "source"]).to_pylist() if table.num_rows else []
    for row in cols:
        if row["kind"] != "item" or row["source"] is None:
            continue
        items[row["source"]] += 1
        if row["status"] in ("stored", "fallback"):
            stored[row["source"]] += 1
        elif row["status"] == "failed":
            failed[row["source"]] += 1
    out = []
    for url, info in sorted((meta.get("sources") or {}).items()):
        every = info.get("every")
        last = from_iso(info.get("last_poll"))
        next_poll = iso(last + every) if last is not None and every and info.get("kind") == "feed" \
            else None  # fmt: skip
        out.append({
            "source": url, "kind": info.get("kind"), "title": info.get("title"),
            "every": every, "last_poll": info.get("last_poll"), "status": info.get("status"),
            "items": items[url], "articles": stored[url],
            "failures": failed[url] + int(info.get("poll_failures") or 0),
            "next_poll": next_poll,
        })  # fmt: skip
    return out
