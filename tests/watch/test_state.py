"""The watch state in the store: one commit with the articles, the ``watch`` view, compaction,
the migration of older stores (to schema 4), and the journal (no model needed)."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest
from tests.store.synth import article, mention

from eventcoder.records import Mentions, UnresolvedPhrase
from eventcoder.store import SCHEMA_VERSION, Store
from eventcoder.watch.state import Journal, WatchState, make_row, rows_table, source_rows

#: Stores written by eventcoder 0.2.0 (schema 1), the schema-2 and the schema-3 eventcoder.
STORE_FIXTURES = Path(__file__).parents[1] / "store" / "data"


def _rows(*specs, at=None):
    at = at or time.time()
    return [make_row(key, "item", status, at=at, url=key, source="http://s/feed",
                     article_id=aid) for key, status, aid in specs]  # fmt: skip


def _commit(store, items, rows, sources=None, seq=0):
    state = WatchState({}, [])
    for row in rows:
        state.record(row)
    state.sources = sources or {}
    return store.commit_watch(items, "v1", rows_table(state.pending), state.meta(seq))


def test_articles_and_their_state_are_one_commit(tmp_path):
    a = article("a1")
    unknown = UnresolvedPhrase("Lake Basin Board", "source", 0, 0, 16, "The Lake Basin Board met.")
    with Store(tmp_path / "st") as store:
        _commit(store, [(a, Mentions([mention(a, 0)], [unknown]))],
                _rows(("http://s/a1", "stored", "a1")),
                {"http://s/feed": {"kind": "feed", "etag": '"x"'}}, seq=3)  # fmt: skip
        manifest = json.loads((tmp_path / "st" / "manifest.json").read_text())
        batches = {k: [e["batch"] for e in v] for k, v in manifest["segments"].items()}
        # the actor phrases no table knew go in the same commit, as with ingest
        assert batches == {"articles": [1], "mentions": [1], "unresolved": [1], "watch": [1]}
        assert [r["name"] for r in store.unresolved_actors(as_="arrow").to_pylist()] == [
            "Lake Basin Board"]  # fmt: skip
        assert manifest["watch"] == {"journal_seq": 3,
                                     "sources": {"http://s/feed": {"kind": "feed", "etag": '"x"'}}}
        meta, table = store.watch_state()
        assert meta["journal_seq"] == 3
        assert [(r["key"], r["status"], r["batch"]) for r in table.to_pylist()] == [
            ("http://s/a1", "stored", 1)]  # fmt: skip


def test_the_latest_row_of_a_key_is_its_state_also_after_compaction(tmp_path):
    with Store(tmp_path / "st") as store:
        _commit(store, [], _rows(("http://s/x", "failed", None), ("http://s/y", "stored", "y")))
        _commit(store, [], _rows(("http://s/x", "stored", "x")))
        before = store.sql("SELECT key, status FROM watch ORDER BY key", as_="arrow").to_pylist()
        assert before == [{"key": "http://s/x", "status": "stored"},
                          {"key": "http://s/y", "status": "stored"}]  # fmt: skip
        a = article("a1")
        store.add([(a, [mention(a, 0)])], "v1")  # compact needs events to refresh
        store.compact()
        after = store.sql("SELECT key, status FROM watch ORDER BY key", as_="arrow").to_pylist()
        assert after == before
        manifest = json.loads((tmp_path / "st" / "manifest.json").read_text())
        assert len(manifest["segments"]["watch"]) == 1


def test_a_store_never_watched_has_an_empty_state(tmp_path):
    with Store(tmp_path / "st") as store:
        a = article("a1")
        store.add([(a, [mention(a, 0)])], "v1")
        meta, table = store.watch_state()
    assert meta == {} and table.num_rows == 0 and source_rows(meta, table) == []


@pytest.mark.parametrize(("fixture", "steps"),
                         [("store-schema1", [2, 3, 4]), ("store-schema2", [3, 4]),
                          ("store-schema3", [4])],
                         ids=["written-by-0.2.0", "schema-2", "schema-3"])  # fmt: skip
def test_an_older_store_is_migrated_on_its_next_watch_commit(tmp_path, fixture, steps):
    """A store of 0.2.0 (schema 1) migrates 1 → 2 → 3 → 4, one of schema 2 2 → 3 → 4, one of
    schema 3 3 → 4, and the first watch commit then lands in one swap with its articles;
    nothing stored is lost."""
    root = tmp_path / "st"
    shutil.copytree(STORE_FIXTURES / fixture, root)
    old = json.loads((root / "manifest.json").read_text())
    with Store(root) as store:
        meta, table = store.watch_state()
        assert meta == {} and table.num_rows == 0  # a reader copes with the older layout
        ids = "SELECT article_id FROM articles ORDER BY 1"
        before = {r["article_id"] for r in store.sql(ids, as_="arrow").to_pylist()}
        a = article("w1")
        _commit(store, [(a, [mention(a, 0)])], _rows(("http://s/w1", "stored", "w1")))
        after = {r["article_id"] for r in store.sql(ids, as_="arrow").to_pylist()}
        assert after == before | {"w1"}
        assert [r["key"] for r in store.watch_state()[1].to_pylist()] == ["http://s/w1"]
    manifest = json.loads((root / "manifest.json").read_text())
    assert manifest["schema_version"] == SCHEMA_VERSION == 4
    logged = [m["to"] for m in manifest["migrations"]]
    assert logged == [m["to"] for m in old["migrations"]] + steps
    assert "watch" in manifest["migrations"][-1]["note"]
    batch = manifest["next_batch"] - 1  # the watch commit: articles and state, one batch
    assert [e["batch"] for e in manifest["segments"]["watch"]] == [batch]
    assert manifest["segments"]["articles"][-1]["batch"] == batch


def test_journal_replays_what_is_not_committed_and_drops_a_torn_line(tmp_path):
    journal = Journal(tmp_path, committed_seq=0)
    a = article("a1")
    journal.append(_rows(("http://s/a1", "stored", "a1")), a)
    journal.append(_rows(("http://s/b", "failed", None)), None)
    journal.close()
    with open(tmp_path / "watch.journal", "ab") as handle:
        handle.write(b'{"seq": 3, "rows": [')  # a crash in the middle of an append
    again = Journal(tmp_path, committed_seq=1)  # the manifest holds entry 1 already
    entries = again.replay()
    assert [e["seq"] for e in entries] == [2]
    assert (tmp_path / "watch.journal").read_bytes().endswith(b"\n")
    again.append([], None)
    assert again.seq == 3
    again.clear()
    assert (tmp_path / "watch.journal").stat().st_size == 0
    fresh = Journal(tmp_path, committed_seq=3)
    assert fresh.replay() == []
