"""The Python API of the edges of #14: totals, zero-filled timelines of a dyad or one actor,
events by place, the network by country."""

from __future__ import annotations

import pytest

from eventcoder.errors import QueryError
from eventcoder.store import Store

from .synth import BEIJING, article, mention


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "st")
    items = []
    for n, day in enumerate(["2024-01-10", "2024-01-20", "2024-04-02", "2024-06-30"]):
        a = article(f"a{n}", published=day)
        items.append((a, [mention(a, 0, "USAGOV", "CHNGOV", "042"),
                          mention(a, 1, "RUSMIL", "UKRGOV", "190", place=None)]))
    s.add(items, "v1")
    yield s
    s.close()


def test_count_is_the_total_of_a_listing(store):
    assert store.count() == len(store.events(as_="arrow")) == 8
    assert store.count(actor="RUS") == 4 and store.count("mentions", actor="RUS") == 4
    assert store.count(since="2024-04-01") == 4


def test_timeline_of_a_dyad_is_zero_filled_on_months(store):
    rows = store.timeline("USA", "CHN", freq="month", as_="arrow").to_pylist()
    assert [str(r["period"]) for r in rows] == ["2024-01-01", "2024-02-01", "2024-03-01",
                                                "2024-04-01", "2024-05-01", "2024-06-01"]
    assert [r["events"] for r in rows] == [2, 0, 0, 1, 0, 1]
    assert rows[1]["goldstein_mean"] is None and rows[1]["goldstein_sum"] == 0


def test_timeline_of_one_actor_and_of_all(store):
    one = store.timeline("RUS", freq="quarter", as_="arrow").to_pylist()
    same = store.timeline(actor="RUS", freq="quarter", as_="arrow").to_pylist()
    assert one == same
    assert [(str(r["period"]), r["events"]) for r in one] == [("2024-01-01", 2), ("2024-04-01", 2)]
    every = store.timeline(freq="year", since="2023-01-01", until="2025-06-30", as_="arrow")
    assert [(str(r["period"]), r["events"]) for r in every.to_pylist()] == [
        ("2023-01-01", 0), ("2024-01-01", 8), ("2025-01-01", 0)]
    with pytest.raises(QueryError, match="not both"):
        store.timeline("RUS", actor="USA")


def test_places_hold_every_placed_event(store):
    [beijing] = store.places(as_="arrow").to_pylist()
    assert (beijing["name"], beijing["events"], beijing["place_id"]) == (
        BEIJING.name, 4, str(BEIJING.geonameid))
    assert [e["date"].isoformat() for e in beijing["latest"]][:2] == ["2024-06-30", "2024-04-02"]
    assert store.count() - beijing["events"] == 4  # the strikes have no place
    assert len(store.places(per_place=1, as_="arrow").to_pylist()[0]["latest"]) == 1


def test_network_by_country(store):
    edges = {(e["source"], e["target"]): e["weight"]
             for e in store.network(by="country", as_="arrow").to_pylist()}
    assert edges == {("USA", "CHN"): 4, ("RUS", "UKR"): 4}
    with pytest.raises(QueryError, match="actor or country"):
        store.network(by="region")
