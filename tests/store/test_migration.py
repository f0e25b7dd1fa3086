"""Older stores open with this version: read as they are by a reader, migrated by the writer to
the current schema one step at a time (each step logged in the manifest), and nothing stored is
lost. The schema history: 1 — eventcoder 0.2.0; 2 — mentions gain background, is_root, title
(issue #14, part A); 3 — unresolved segments and actor labels (#14, part B); 4 — watch state
(#13). A store written by 0.2.0 (schema 1) migrates 1 → 2 → 3 → 4; one written by the schema-2
eventcoder 2 → 3 → 4; one written by the schema-3 eventcoder 3 → 4. All three were written by
those versions themselves (``data/README.md``). A schema-2 store is also made from a current
one, the way schema 2 wrote it, to check the labels and unresolved phrases of the commits after
its migration."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from eventcoder.aggregate import EVENT_COLUMNS, event_id_for
from eventcoder.records import Mentions, UnresolvedPhrase
from eventcoder.store import SCHEMA_VERSION, Store
from eventcoder.store.views import build_views, open_reader

from .synth import article, batch, mention

FIXTURE = Path(__file__).parent / "data" / "store-schema1"
FIXTURE_2 = Path(__file__).parent / "data" / "store-schema2"
FIXTURE_3 = Path(__file__).parent / "data" / "store-schema3"


@pytest.fixture
def old_store(tmp_path) -> Path:
    path = tmp_path / "store"
    shutil.copytree(FIXTURE, path)
    return path


@pytest.fixture
def schema2_store(tmp_path) -> Path:
    path = tmp_path / "store2"
    shutil.copytree(FIXTURE_2, path)
    return path


@pytest.fixture
def schema3_store(tmp_path) -> Path:
    path = tmp_path / "store3"
    shutil.copytree(FIXTURE_3, path)
    return path


def _segment_rows(path: Path, kind: str) -> list[dict]:
    """Every row of the live segments of one kind, as stored (all codings)."""
    manifest = json.loads((path / "manifest.json").read_text())
    files = [str(path / "segments" / e["file"]) for e in manifest["segments"][kind]]
    con = duckdb.connect()
    try:
        query = f"SELECT * FROM read_parquet({files}, union_by_name = true)"
        return con.sql(query).to_arrow_table().to_pylist()
    finally:
        con.close()


def test_the_fixture_is_a_schema_1_store():
    manifest = json.loads((FIXTURE / "manifest.json").read_text())
    assert manifest["schema_version"] == 1 and manifest["events"] is not None
    assert SCHEMA_VERSION == 4


def test_a_reader_reads_an_old_store_without_migrating_it(old_store):
    before = (old_store / "manifest.json").read_bytes()
    with Store(old_store) as store:
        events = store.events(as_="arrow").to_pylist()
        mentions = store.mentions(as_="arrow", include="all")
    assert (old_store / "manifest.json").read_bytes() == before  # readers never write
    assert set(EVENT_COLUMNS) <= set(events[0])
    latest = [r for r in _segment_rows(old_store, "mentions")
              if (r["article_id"], r["coder_version"]) != ("art00001", "v1")]  # re-coded by v2
    assert mentions.num_rows == len(latest) and set(mentions["background"].to_pylist()) == {None}
    # 0.2.0's own events, but the negated mention's event is now one of its own (not shown)
    expected = {e["event_id"] for e in json.loads((FIXTURE / "events-by-0.2.0.json").read_text())}
    assert {e["event_id"] for e in events} == expected


def test_the_writer_migrates_and_loses_nothing(old_store):
    old_mentions = {r["mention_id"] + "@" + str(r["batch"]): r
                    for r in _segment_rows(old_store, "mentions")}  # fmt: skip
    old_articles = _segment_rows(old_store, "articles")
    with Store(old_store) as store:
        store._ensure_writer()  # the writer opens: the store is migrated
        manifest = json.loads((old_store / "manifest.json").read_text())
        assert manifest["schema_version"] == SCHEMA_VERSION
        assert [m["to"] for m in manifest["migrations"]] == [1, 2, 3, 4]
        assert "6 segments rewritten" in manifest["migrations"][1]["note"]
        assert "unresolved segments" in manifest["migrations"][2]["note"]
        assert "watch" in manifest["migrations"][3]["note"]
        assert manifest["segments"]["unresolved"] == [] and manifest["segments"]["watch"] == []
        assert manifest["watch"] is None
        assert store.watch_state()[1].num_rows == 0  # never watched: no watch state
        assert store.unresolved_actors(as_="arrow").num_rows == 0  # 0.2.0 kept none
        # every stored row, with every stored value, is still there
        new_mentions = {r["mention_id"] + "@" + str(r["batch"]): r
                        for r in _segment_rows(old_store, "mentions")}  # fmt: skip
        assert set(new_mentions) == set(old_mentions)
        for key, old in old_mentions.items():
            new = new_mentions[key]
            changed = {k for k in old if old[k] != new[k]}
            assert changed <= {"event_id"}, (key, changed)
            if "event_id" in changed:  # only a negated mention moves, to its own event
                assert old["negated"] and new["event_id"] == event_id_for(
                    str(old["date"]), old["source_code"], old["target_code"], old["cameo"], True)
        assert _segment_rows(old_store, "articles") == old_articles
        # the new columns are filled from what was stored
        old01 = {r["sentence_index"]: r for r in new_mentions.values() if r["article_id"] == "old01"}
        assert old01[1]["background"] is True and old01[2]["background"] is False  # 2019 in 2024
        assert old01[1]["is_root"] is True and old01[2]["is_root"] is False
        assert {r["title"] for r in new_mentions.values() if r["article_id"] == "old01"} == {
            "Title old01"}
        # the events: 0.2.0's events, counted alike; the 2019 one is now background
        by_old = {e["event_id"]: e for e in json.loads(
            (FIXTURE / "events-by-0.2.0.json").read_text())}  # fmt: skip
        now = {e["event_id"]: e for e in store.events(as_="arrow", include="all").to_pylist()}
        background = event_id_for("2019-01-01", "RUSMIL", "UKRGOV", "190")
        assert now[background]["background"] is True
        for eid, old in by_old.items():
            new = now[eid]
            assert (new["num_mentions"], new["num_articles"], new["num_sources"]) == (
                old["num_mentions"], old["num_articles"], old["num_sources"])
        shown = {e["event_id"] for e in store.events(as_="arrow").to_pylist()}
        assert shown == set(by_old) - {background}
        # and the store takes new commits in the new layout
        a = article("new01", published="2024-04-01")
        store.add([(a, [mention(a, 0, "PAKGOV", "USAGOV", "114")])], "v3")
        assert store.events(as_="arrow", actor="PAK").num_rows >= 1
    with Store(old_store) as store:  # reopened: nothing more to migrate
        store._ensure_writer()
        manifest = json.loads((old_store / "manifest.json").read_text())
        assert [m["to"] for m in manifest["migrations"]] == [1, 2, 3, 4]


# ------------------------------------------------ schema 2 → 4 (made from a current store)
def _as_schema_2(root: Path) -> None:
    manifest = json.loads((root / "manifest.json").read_text())
    for entry in manifest["segments"]["mentions"]:
        path = root / "segments" / entry["file"]
        table = pq.read_table(path).drop_columns(["source_label", "target_label"])
        pq.write_table(table, path)
        entry["bytes"] = path.stat().st_size
    assert not manifest["segments"].pop("unresolved")
    assert not manifest["segments"].pop("watch") and manifest.pop("watch") is None
    manifest["schema_version"] = 2
    manifest["migrations"] = [{"to": 2, "at": "2026-12-01T00:00:00+00:00", "note": "store created"}]
    (root / "manifest.json").write_text(json.dumps(manifest))


@pytest.fixture
def schema_2_store(tmp_path):
    root = tmp_path / "two"
    with Store(root) as store:
        store.add(batch(0), "v1")
        before = store.events(as_="arrow").to_pylist()
    _as_schema_2(root)
    return root, before


def test_a_schema_2_store_opens_for_reading_unchanged(schema_2_store):
    root, before = schema_2_store
    with Store(root) as store:
        assert store.events(as_="arrow").to_pylist() == before
        labels = store.sql("SELECT DISTINCT source_label FROM mentions", as_="arrow").to_pylist()
        assert labels == [{"source_label": None}]  # a column it predates reads as NULL
        assert store.unresolved_actors(as_="arrow").num_rows == 0
        assert store.stats()["schema_version"] == 2  # readers never migrate
    assert json.loads((root / "manifest.json").read_text())["schema_version"] == 2


def test_a_schema_2_store_is_migrated_by_its_next_writer(schema_2_store):
    root, before = schema_2_store
    a = article("new1")
    labelled = mention(a, 0, "PAKGOV", "USAGOV", "114")
    unresolved = UnresolvedPhrase("Lake Basin Board", "source", 0, 0, 16, "The Lake Basin Board …")
    with Store(root) as store:
        store.add([(a, Mentions([labelled], [unresolved]))], "v1")
        manifest = json.loads((root / "manifest.json").read_text())
        assert manifest["schema_version"] == SCHEMA_VERSION == 4
        assert [m["to"] for m in manifest["migrations"]] == [2, 3, 4]
        assert "unresolved segments" in manifest["migrations"][-2]["note"]
        assert "watch" in manifest["migrations"][-1]["note"]
        old_ids = {e["event_id"] for e in before}
        now = {e["event_id"]: e for e in store.events(as_="arrow").to_pylist()}
        assert old_ids <= set(now)  # nothing lost
        assert store.stats()["articles"] == len(batch(0)) + 1
        [row] = store.unresolved_actors(as_="arrow").to_pylist()
        assert (row["name"], row["mentions"], row["example_article"]) == ("Lake Basin Board", 1,
                                                                          "new1")  # fmt: skip
        store.compact()  # old and new segments merge, the missing columns as NULL
        assert {e["event_id"] for e in store.events(as_="arrow").to_pylist()} == set(now)


# ------------------------------------------------------- stores written by older versions
_EVENT_FIELDS = ["event_id", "date", "source_code", "target_code", "cameo", "negated",
                 "background", "num_mentions", "num_articles", "num_sources"]  # fmt: skip


def _events_as_recorded(store: Store) -> list[dict]:
    """The events in the form ``make_store_schema2.py`` recorded them."""
    rows = store.events(as_="arrow", include="all").select(_EVENT_FIELDS).to_pylist()
    for e in rows:
        e["date"] = str(e["date"])
    return sorted(rows, key=lambda e: e["event_id"])


def test_the_second_fixture_is_a_schema_2_store():
    manifest = json.loads((FIXTURE_2 / "manifest.json").read_text())
    assert manifest["schema_version"] == 2 and manifest["events"] is not None
    assert "watch" not in manifest and "watch" not in manifest["segments"]


def test_a_reader_reads_a_schema_2_store_as_it_is(schema2_store):
    before = (schema2_store / "manifest.json").read_bytes()
    with Store(schema2_store) as store:
        events = _events_as_recorded(store)
        meta, watch = store.watch_state()
        background = store.mentions(as_="arrow", include="all")["background"].to_pylist()
    assert (schema2_store / "manifest.json").read_bytes() == before  # readers never write
    assert events == json.loads((FIXTURE_2 / "events-by-schema2.json").read_text())
    assert True in background  # its own mention columns, not NULL: schema 2 has them
    assert meta == {} and watch.num_rows == 0


@pytest.mark.parametrize(("fixture", "used"),
                         [(FIXTURE, False), (FIXTURE_2, True), (FIXTURE_3, True)],
                         ids=["schema-1", "schema-2", "schema-3"])  # fmt: skip
def test_a_reader_uses_materialized_events_that_have_todays_columns(fixture, used):
    """Schema 2 changed the event columns, schemas 3 and 4 did not: a reader of a schema-2 or
    schema-3 store reads its materialized events; those of a schema-1 store lack columns and
    are ignored."""
    manifest = json.loads((fixture / "manifest.json").read_text())
    seg_dir = fixture / "segments"
    con = open_reader(seg_dir)
    try:
        build_views(con, seg_dir, manifest, [p.name for p in seg_dir.iterdir()])
        sql = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'events'").fetchall()[0][0]
    finally:
        con.close()
    assert (manifest["events"]["file"] in sql) is used


def test_the_writer_migrates_a_schema_2_store_touching_no_segment(schema2_store):
    old = json.loads((schema2_store / "manifest.json").read_text())
    seg_dir = schema2_store / "segments"
    old_bytes = {p.name: p.read_bytes() for p in seg_dir.iterdir()}
    with Store(schema2_store) as store:
        store._ensure_writer()  # the writer opens: the store is migrated
        manifest = json.loads((schema2_store / "manifest.json").read_text())
        assert manifest["schema_version"] == 4
        assert [m["to"] for m in manifest["migrations"]] == [2, 3, 4]
        assert "unresolved segments" in manifest["migrations"][-2]["note"]
        assert "watch" in manifest["migrations"][-1]["note"]
        # every segment listed as before, unchanged on disk; the new kinds' entries added, empty
        assert manifest["segments"] == {**old["segments"], "unresolved": [], "watch": []}
        assert manifest["events"] == old["events"] and manifest["watch"] is None
        assert {p.name: p.read_bytes() for p in seg_dir.iterdir()} == old_bytes
        assert _events_as_recorded(store) == json.loads(
            (FIXTURE_2 / "events-by-schema2.json").read_text())  # fmt: skip
        a = article("new02", published="2024-04-01")
        store.add([(a, [mention(a, 0, "PAKGOV", "USAGOV", "114")])], "v3")
        assert store.events(as_="arrow", actor="PAK").num_rows >= 1
    with Store(schema2_store) as store:  # reopened: nothing more to migrate
        store._ensure_writer()
        manifest = json.loads((schema2_store / "manifest.json").read_text())
        assert [m["to"] for m in manifest["migrations"]] == [2, 3, 4]


def test_the_third_fixture_is_a_schema_3_store():
    manifest = json.loads((FIXTURE_3 / "manifest.json").read_text())
    assert manifest["schema_version"] == 3 and manifest["events"] is not None
    assert manifest["segments"]["unresolved"]  # it kept actor phrases no table knew
    assert "watch" not in manifest and "watch" not in manifest["segments"]


def _labels(store: Store) -> set[tuple[str, str]]:
    sql = "SELECT DISTINCT source_code, source_label FROM mentions WHERE source_label IS NOT NULL"
    return {(r["source_code"], r["source_label"]) for r in store.sql(sql, as_="arrow").to_pylist()}


def _unresolved(store: Store) -> list[dict]:
    return store.unresolved_actors(as_="arrow").select(["name", "mentions", "articles"]).to_pylist()


def test_a_reader_reads_a_schema_3_store_as_it_is(schema3_store):
    before = (schema3_store / "manifest.json").read_bytes()
    with Store(schema3_store) as store:
        events = _events_as_recorded(store)
        unresolved = _unresolved(store)
        labels = _labels(store)
        meta, watch = store.watch_state()
        assert store.stats()["schema_version"] == 3  # readers never migrate
    assert (schema3_store / "manifest.json").read_bytes() == before  # readers never write
    assert events == json.loads((FIXTURE_3 / "events-by-schema3.json").read_text())
    assert unresolved == json.loads((FIXTURE_3 / "unresolved-by-schema3.json").read_text())
    assert unresolved and unresolved[0]["name"] == "Lake Basin Board"
    assert ("USAGOV", "United States government") in labels  # its labels, not NULL
    assert meta == {} and watch.num_rows == 0  # a store never watched has no watch state


def test_the_writer_migrates_a_schema_3_store_touching_no_segment(schema3_store):
    old = json.loads((schema3_store / "manifest.json").read_text())
    seg_dir = schema3_store / "segments"
    old_bytes = {p.name: p.read_bytes() for p in seg_dir.iterdir()}
    with Store(schema3_store) as store:
        labels = _labels(store)
        store._ensure_writer()  # the writer opens: the store is migrated
        manifest = json.loads((schema3_store / "manifest.json").read_text())
        assert manifest["schema_version"] == SCHEMA_VERSION == 4
        assert [m["to"] for m in manifest["migrations"]] == [3, 4]
        assert "watch" in manifest["migrations"][-1]["note"]
        # every segment listed as before, unchanged on disk; the watch entries added, empty
        assert manifest["segments"] == {**old["segments"], "watch": []}
        assert manifest["events"] == old["events"] and manifest["watch"] is None
        assert {p.name: p.read_bytes() for p in seg_dir.iterdir()} == old_bytes
        assert _events_as_recorded(store) == json.loads(
            (FIXTURE_3 / "events-by-schema3.json").read_text())  # fmt: skip
        assert _unresolved(store) == json.loads(
            (FIXTURE_3 / "unresolved-by-schema3.json").read_text())  # fmt: skip
        assert _labels(store) == labels
        a = article("new03", published="2024-04-01")
        store.add([(a, [mention(a, 0, "PAKGOV", "USAGOV", "114")])], "v3")
        assert store.events(as_="arrow", actor="PAK").num_rows >= 1
    with Store(schema3_store) as store:  # reopened: nothing more to migrate
        store._ensure_writer()
        manifest = json.loads((schema3_store / "manifest.json").read_text())
        assert [m["to"] for m in manifest["migrations"]] == [3, 4]
