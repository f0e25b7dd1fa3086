"""A store written before schema 2 (#14) still opens, loses nothing and is migrated on write.

The old store is made the way eventcoder 0.2.0 left one: schema 1 in the manifest, no
``unresolved`` segment kind, mention segments without the ``source_label``/``target_label``
columns.
"""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from eventcoder.records import Mentions, UnresolvedPhrase
from eventcoder.store import SCHEMA_VERSION, Store

from .synth import article, batch, mention


def _as_schema_1(root) -> None:
    manifest = json.loads((root / "manifest.json").read_text())
    for entry in manifest["segments"]["mentions"]:
        path = root / "segments" / entry["file"]
        table = pq.read_table(path).drop_columns(["source_label", "target_label"])
        pq.write_table(table, path)
        entry["bytes"] = path.stat().st_size
    assert not manifest["segments"].pop("unresolved")
    manifest["schema_version"] = 1
    manifest["migrations"] = [{"to": 1, "at": "2026-11-29T00:00:00+00:00", "note": "store created"}]
    (root / "manifest.json").write_text(json.dumps(manifest))


@pytest.fixture
def old_store(tmp_path):
    root = tmp_path / "old"
    with Store(root) as store:
        store.add(batch(0), "v1")
        before = store.events(as_="arrow").to_pylist()
    _as_schema_1(root)
    return root, before


def test_an_older_store_opens_for_reading_unchanged(old_store):
    root, before = old_store
    with Store(root) as store:
        assert store.events(as_="arrow").to_pylist() == before
        labels = store.sql("SELECT DISTINCT source_label FROM mentions", as_="arrow").to_pylist()
        assert labels == [{"source_label": None}]  # a column it predates reads as NULL
        assert store.unresolved_actors(as_="arrow").num_rows == 0
        assert store.stats()["schema_version"] == 1  # readers never migrate
    assert json.loads((root / "manifest.json").read_text())["schema_version"] == 1


def test_an_older_store_is_migrated_by_its_next_writer(old_store):
    root, before = old_store
    a = article("new1")
    labelled = mention(a, 0, "PAKGOV", "USAGOV", "114")
    unresolved = UnresolvedPhrase("Lake Basin Board", "source", 0, 0, 16, "The Lake Basin Board …")
    with Store(root) as store:
        store.add([(a, Mentions([labelled], [unresolved]))], "v1")
        manifest = json.loads((root / "manifest.json").read_text())
        assert manifest["schema_version"] == SCHEMA_VERSION == 2
        assert [m["to"] for m in manifest["migrations"]] == [1, 2]
        assert "unresolved segments" in manifest["migrations"][-1]["note"]
        old_ids = {e["event_id"] for e in before}
        now = {e["event_id"]: e for e in store.events(as_="arrow").to_pylist()}
        assert old_ids <= set(now)  # nothing lost
        assert store.stats()["articles"] == len(batch(0)) + 1
        [row] = store.unresolved_actors(as_="arrow").to_pylist()
        assert (row["name"], row["mentions"], row["example_article"]) == ("Lake Basin Board", 1,
                                                                          "new1")  # fmt: skip
        store.compact()  # old and new segments merge, the missing columns as NULL
        assert {e["event_id"] for e in store.events(as_="arrow").to_pylist()} == set(now)
