"""The store through its Python API: round trip, aggregation, filters, idempotence, recoding,
corrupt segments, compaction, the single-writer lock."""

from __future__ import annotations

import dataclasses
import json
import os

import pytest

from eventcoder.aggregate import aggregate, event_id_for
from eventcoder.errors import QueryError, StoreError
from eventcoder.store import Store
from eventcoder.store import writer as writer_mod

from .synth import article, batch, mention


@pytest.fixture
def warnings_seen() -> list[str]:
    return []


@pytest.fixture
def store(tmp_path, warnings_seen):
    s = Store(tmp_path / "st", on_warning=warnings_seen.append, commit_every=3)
    yield s
    s.close()


def _events(store: Store) -> dict[str, dict]:
    return {r["event_id"]: r for r in store.events(as_="arrow").to_pylist()}


def test_round_trip_keeps_evidence(store):
    a = article("a1", published="2024-03-05", outlet="Dawn")
    m = mention(a, 3, "PAKGOV", "USAGOV", "114", sentence="Pakistan protested to the US.")
    result = store.add([(a, [m])], "v1")
    assert (result.articles, result.mentions, result.commits) == (1, 1, 1)
    row = store.mentions(as_="arrow").to_pylist()[0]
    assert row["sentence"] == "Pakistan protested to the US."
    assert (row["start"], row["end"], row["trigger_start"], row["trigger_end"]) == (30, 39, 32, 36)
    assert row["mention_id"] == "a1:3:0"
    assert row["source_code"] == "PAKGOV" and row["target_name"] == "United States"
    assert row["outlet"] == "Dawn" and str(row["date"]) == "2024-03-05"
    ev = store.events(as_="arrow").to_pylist()[0]
    assert ev["event_id"] == event_id_for("2024-03-05", "PAKGOV", "USAGOV", "114")
    assert ev["mention_ids"] == ["a1:3:0"] and ev["location_name"] == "Beijing"
    art = store.sql("SELECT * FROM articles", as_="arrow").to_pylist()[0]
    assert art["title"] == "Title a1" and art["coder_version"] == "v1" and art["num_mentions"] == 1


def test_aggregation_counts_mentions_articles_sources(store):
    a1 = article("a1", outlet="Reuters")
    a2 = article("a2", outlet="Reuters")
    a3 = article("a3", outlet="AP")
    items = [
        (a1, [mention(a1, 0), mention(a1, 4)]),  # same event twice in one article
        (a2, [mention(a2, 1)]),
        (a3, [mention(a3, 0), mention(a3, 1, negated=True), mention(a3, 2, cameo="190")]),
    ]
    store.add(items, "v1")
    events = _events(store)
    visit = events[event_id_for("2024-03-01", "USAGOV", "CHNGOV", "042")]
    assert (visit["num_mentions"], visit["num_articles"], visit["num_sources"]) == (4, 3, 2)
    assert visit["mention_ids"] == ["a1:0:0", "a1:4:1", "a2:1:0", "a3:0:0"]
    assert visit["is_root_event"] is True
    assert len(events) == 2  # the negated mention makes no event shown by default …
    everything = {r["event_id"]: r for r in store.events(as_="arrow", include="all").to_pylist()}
    negated = everything[event_id_for("2024-03-01", "USAGOV", "CHNGOV", "042", negated=True)]
    assert negated["negated"] is True and negated["asserted"] is False  # … but one of its own
    assert negated["mention_ids"] == ["a3:1:1"]
    # The Python rule gives the same events and counts.
    py = {e.event_id: e for e in aggregate([m for _, ms in items for m in ms], [a1, a2, a3])}
    assert set(py) == set(everything)
    assert {eid for eid, e in py.items() if e.asserted and not e.background} == set(events)
    for eid, e in py.items():
        row = everything[eid]
        assert (e.num_mentions, e.num_articles, e.num_sources) == (
            row["num_mentions"], row["num_articles"], row["num_sources"],
        )  # fmt: skip
        assert list(e.mention_ids) == row["mention_ids"]
        assert (e.negated, e.asserted, e.is_root_event, e.modality, e.date_precision) == (
            row["negated"], row["asserted"], row["is_root_event"], row["modality"],
            row["date_precision"],
        )  # fmt: skip


def test_event_date_falls_back_to_publication(store):
    a = article("a1", published="2024-02-10")
    m = mention(a, 0, date="")
    store.add([(a, [m])], "v1")
    assert str(store.events(as_="arrow")["date"][0]) == "2024-02-10"


def test_filters(store):
    for i in range(4):
        store.add(batch(i), "v1")
    all_events = store.events(as_="arrow").to_pylist()
    n = len(all_events)
    assert n > 10

    def count(**f):
        return store.events(as_="arrow", **f).num_rows

    def expect(pred):
        return sum(1 for e in all_events if pred(e))

    assert count(actor="USA") == expect(lambda e: "USAGOV" in (e["source_code"], e["target_code"]))
    assert count(dyad=("RUS", "UKR")) == expect(
        lambda e: (e["source_code"], e["target_code"]) == ("RUSMIL", "UKRGOV")
    )
    assert count(code="19") == expect(lambda e: e["cameo"].startswith("19"))
    assert count(root="5") == expect(lambda e: e["root"] == "05")
    assert (
        count(quad="material-conflict") == count(quad=4) == expect(lambda e: e["quad_class"] == 4)
    )
    assert count(country="PAK") == expect(
        lambda e: "PAK" in (e["source_country"], e["target_country"])
    )
    assert count(since="2024-03-10", until="2024-03-12") == expect(
        lambda e: "2024-03-10" <= str(e["date"]) <= "2024-03-12"
    )
    assert count(text="art00003") == expect(
        lambda e: any("art00003" in m for m in e["mention_ids"])
    )
    assert count(limit=3) == 3
    dates = [str(e["date"]) for e in store.events(as_="arrow").to_pylist()]
    assert dates == sorted(dates, reverse=True)  # newest first
    ms = store.mentions(as_="arrow", dyad=("PAK", "USA"), text="PAKGOV acts")
    assert ms.num_rows > 0 and all(s.startswith("PAKGOV") for s in ms["source_code"].to_pylist())


@pytest.mark.parametrize(
    "bad",
    [
        {"since": "2024-13-01"},
        {"until": "yesterday"},
        {"quad": "5"},
        {"quad": "friendly"},
        {"actor": "US A"},
        {"code": "abc"},
        {"root": "42"},
        {"country": "Pakistan"},
        {"since": "2024-03-02", "until": "2024-03-01"},
    ],
)
def test_malformed_filters_are_query_errors(store, bad):
    store.add(batch(0), "v1")
    with pytest.raises(QueryError):
        store.events(**bad)


def test_double_add_is_idempotent(store):
    first = store.add(batch(0) + batch(1), "v1")
    before = _events(store)
    again = store.add(batch(0) + batch(1), "v1")
    assert again.articles == 0 and again.skipped == first.articles == 10
    assert _events(store) == before
    assert store.stats()["articles"] == 10
    # A duplicate inside one call is stored once.
    dup = batch(5)
    assert store.add(dup + dup, "v1").articles == 5


def test_recode_replaces_the_old_coding(store):
    a = article("a1")
    store.add([(a, [mention(a, 0, cameo="042")])], "v1")
    b = article("b1")
    store.add([(b, [mention(b, 0, cameo="057")])], "v1")
    assert {e["cameo"] for e in _events(store).values()} == {"042", "057"}
    # v2 codes a1 differently: the old mention and its event disappear, b1 stays.
    store.add([(a, [mention(a, 0, cameo="190"), mention(a, 1, cameo="114")])], "v2")
    assert {e["cameo"] for e in _events(store).values()} == {"190", "114", "057"}
    assert store.stats()["articles"] == 2
    arts = store.sql("SELECT article_id, coder_version FROM articles ORDER BY 1", as_="arrow")
    assert arts.to_pylist() == [
        {"article_id": "a1", "coder_version": "v2"},
        {"article_id": "b1", "coder_version": "v1"},
    ]
    assert store.is_stored("a1", "v1") and store.is_stored("a1", "v2")
    assert not store.is_stored("b1", "v2") and store.is_stored("b1")


def test_unrefreshed_commits_are_visible(tmp_path, monkeypatch):
    """Events committed after the last materialization come from the incremental view."""
    s = Store(tmp_path / "st", commit_every=2)
    s.add(batch(0) + batch(1), "v1")  # materialized
    monkeypatch.setattr(writer_mod, "REFRESH_SHARE", 1e9)
    monkeypatch.setattr(writer_mod, "SMALL_STORE_ROWS", 0)
    s.add(batch(2) + batch(3), "v1")
    a = article("art00001")
    s.add([(a, [mention(a, 0, "UKRGOV", "RUSMIL", "114")])], "v2")  # a recode, too
    manifest = json.loads((tmp_path / "st" / "manifest.json").read_text())
    assert manifest["events"]["through_batch"] < manifest["next_batch"] - 1
    incremental = _events(s)
    s.refresh_events()
    assert _events(s) == incremental
    expected = aggregate(
        [m for i in range(4) for a0, ms in batch(i) if a0.id != "art00001" for m in ms]
        + [mention(a, 0, "UKRGOV", "RUSMIL", "114")],
        [a0 for i in range(4) for a0, _ in batch(i)],
    )
    assert {e.event_id: e.num_mentions for e in expected} == {
        k: v["num_mentions"] for k, v in incremental.items()
    }
    s.close()


def test_truncated_segment_is_skipped_with_a_warning(tmp_path):
    seen: list[str] = []
    with Store(tmp_path / "st", commit_every=5) as s:
        s.add(batch(0) + batch(1) + batch(2), "v1")
    seg = tmp_path / "st" / "segments"
    victim = sorted(seg.glob("mentions-00000002-*.parquet"))[0]
    data = victim.read_bytes()
    victim.write_bytes(data[: len(data) // 2])
    with Store(tmp_path / "st", on_warning=seen.append) as s:
        ms = s.mentions(as_="arrow")
        assert ms.num_rows > 0
        assert not any(a.startswith("art0000") and int(a[3:]) in range(5, 10)
                       for a in ms["article_id"].to_pylist())  # fmt: skip
        assert s.events(as_="arrow").num_rows > 0
    assert len(seen) == 1 and victim.name in seen[0] and "corrupt" in seen[0]
    assert seen[0].endswith("[EC401]")
    assert "\n" not in seen[0]


def test_corrupt_bytes_detected_at_query_time(tmp_path):
    """Same size, valid footer, garbage pages: DuckDB's read error names the file; skipped."""
    seen: list[str] = []
    with Store(tmp_path / "st", commit_every=5) as s:
        s.add(batch(0) + batch(1), "v1")
    victim = sorted((tmp_path / "st" / "segments").glob("mentions-00000001-*.parquet"))[0]
    data = bytearray(victim.read_bytes())
    for i in range(8, len(data) // 2):
        data[i] = 0xAB
    victim.write_bytes(bytes(data))
    with Store(tmp_path / "st", on_warning=seen.append) as s:
        rows = s.sql("SELECT count(*) AS n FROM mentions", as_="arrow").to_pylist()
    assert rows == [{"n": 13}]  # batch 1's mentions only (batch 0's segment skipped)
    assert len(seen) == 1 and victim.name in seen[0]


def test_compaction_keeps_events_and_quarantines_corrupt(tmp_path):
    with Store(tmp_path / "st", commit_every=2) as s:
        for i in range(3):
            s.add(batch(i), "v1")
        before = _events(s)
        report = s.compact()
        assert report["merged"] > 2 and report["quarantined"] == 0
        assert _events(s) == before
        manifest = json.loads((tmp_path / "st" / "manifest.json").read_text())
        assert len(manifest["segments"]["articles"]) == 1
        assert len(manifest["segments"]["mentions"]) == 1
        assert s.add(batch(1), "v1").articles == 0  # still idempotent after compaction


def test_orphans_are_removed_at_next_writer_open(tmp_path):
    with Store(tmp_path / "st") as s:
        s.add(batch(0), "v1")
    seg = tmp_path / "st" / "segments"
    (seg / ".tmp-mentions-00000009-deadbeef.parquet").write_bytes(b"half")
    (seg / "mentions-00000009-deadbeef.parquet").write_bytes(b"never published")
    with Store(tmp_path / "st") as s:
        assert s.stats()["articles"] == 5  # readers ignore unlisted files
        assert (seg / "mentions-00000009-deadbeef.parquet").exists()
        s.add(batch(1), "v1")  # the writer cleans up
    assert not (seg / "mentions-00000009-deadbeef.parquet").exists()
    assert not (seg / ".tmp-mentions-00000009-deadbeef.parquet").exists()


def test_second_writer_is_refused(tmp_path):
    first = Store(tmp_path / "st")
    first.add(batch(0), "v1")
    second = Store(tmp_path / "st")
    with pytest.raises(StoreError, match=f"pid {os.getpid()}"):
        second.add(batch(1), "v1")
    assert second.events(as_="arrow").num_rows > 0  # reading is fine
    first.close()
    assert second.add(batch(1), "v1").articles == 5  # the lock went with the first writer
    second.close()


def test_close_is_idempotent_and_final(tmp_path):
    s = Store(tmp_path / "st")
    s.add(batch(0), "v1")
    s.close()
    s.close()
    with pytest.raises(StoreError):
        s.events()


def test_missing_store_is_a_clear_error(tmp_path):
    with Store(tmp_path / "nothing") as s, pytest.raises(StoreError, match="no event store"):
        s.events()


def test_default_path_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_STORE", str(tmp_path / "env-store"))
    with Store() as s:
        assert s.root == tmp_path / "env-store"


def test_analytics(store):
    for i in range(3):
        store.add(batch(i), "v1")
    tl = store.timeline("USA", "CHN", freq="week", as_="arrow").to_pylist()
    ev = store.events(dyad=("USA", "CHN"), as_="arrow").to_pylist()
    assert sum(r["events"] for r in tl) == len(ev)
    assert sum(r["verbal_conflict"] for r in tl) == sum(1 for e in ev if e["quad_class"] == 3)
    assert pytest.approx(sum(r["goldstein_sum"] for r in tl)) == sum(e["goldstein"] for e in ev)
    actors = store.top_actors(3, as_="arrow").to_pylist()
    assert len(actors) == 3 and actors[0]["events"] >= actors[-1]["events"]
    dyads = store.top_dyads(2, as_="arrow").to_pylist()
    assert len(dyads) == 2 and 0 <= dyads[0]["conflict_share"] <= 1
    edges = store.network(min_weight=2, as_="arrow").to_pylist()
    assert edges and all(e["weight"] >= 2 for e in edges)
    assert all(e["cooperation"] + e["conflict"] == e["weight"] for e in edges)
    df = store.events()
    assert list(df.columns)[:3] == ["event_id", "date", "source_code"]
    with pytest.raises(QueryError):
        store.timeline("USA", "CHN", freq="fortnight")


def test_unknown_filter_name_is_a_query_error(store):
    store.add(batch(0), "v1")
    with pytest.raises(QueryError, match="unknown filter"):
        store.events(actr="USA")


def test_mentions_keep_where_each_actor_code_came_from(store):
    """Issue #16: a mention records how each actor was resolved ("attribution": the police
    who reported the arrest; "role": a role word of no known country)."""


    a = article("a9", published="2024-05-01")
    m = mention(a, 0, "PAKGOV", "USAGOV", "114")
    m = dataclasses.replace(m, source=dataclasses.replace(m.source, provenance="attribution"),
                            target=dataclasses.replace(m.target, provenance="role"))
    store.add([(a, [m])], "v1")
    row = store.mentions(as_="arrow").to_pylist()[0]
    assert (row["source_provenance"], row["target_provenance"]) == ("attribution", "role")


def test_an_actor_of_no_known_country_is_a_filter(store):
    a = article("a10", published="2024-05-01")
    m = mention(a, 0, "PAKGOV", "USAGOV", "114")
    m = dataclasses.replace(m, source=dataclasses.replace(m.source, code="---COP", country=None,
                                                          role="COP"))
    store.add([(a, [m])], "v1")
    assert store.count(actor="---COP") == 1 and store.count(actor="---MIL") == 0
    with pytest.raises(QueryError):
        store.count(actor="--COP")
