"""The ingest loop with a stand-in coder (no model): skipping, re-coding, error accounting."""

from __future__ import annotations

import json

from eventcoder.store import Store
from eventcoder.store.ingest import count_inputs, ingest

from .synth import mention


class FakeCoder:
    def __init__(self, version: str, cameo: str = "042") -> None:
        self.version = version
        self.cameo = cameo
        self.coded: list[str] = []

    def code_articles(self, articles, batch_size=16, on_error=None):
        for a in articles:
            self.coded.append(a.id)
            yield a, [mention(a, 0, cameo=self.cameo)]


TEXT = (
    "The president met the prime minister on Monday and the two leaders signed an agreement "
    "on trade, officials said after the talks in the capital."
)


def _news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(3):
        (folder / f"n{i}-2024-03-0{i + 1}.txt").write_text(f"{TEXT} Item {i}.")
    (folder / "empty.txt").write_text("")
    (folder / "records.jsonl").write_text(
        json.dumps({"id": "j1", "text": TEXT, "published": "2024-03-05"}) + '\n{"id": 5}\n'
    )
    return folder


def test_count_inputs(tmp_path):
    folder = _news(tmp_path)
    assert count_inputs([str(folder)]) == 6  # 4 files + 2 JSONL lines
    assert count_inputs(["-"]) is None
    assert count_inputs([str(tmp_path / "missing")]) is None


def test_ingest_skips_stored_and_recodes_on_request(tmp_path):
    folder = _news(tmp_path)
    errors = []
    with Store(tmp_path / "st") as store:
        v1 = FakeCoder("v1")
        first = ingest(store, [str(folder)], on_error=errors.append, coder=v1)
        assert first.articles == 4 and first.mentions == 4 and first.sentences == 4
        assert sum(first.errors.values()) == 2 and len(errors) == 2
        assert "skipped 2" in first.lines()[1] and "1 empty inputs" in first.lines()[1]
        again = ingest(store, [str(folder)], on_error=errors.append, coder=FakeCoder("v1"))
        assert again.articles == 0 and again.already_stored == 4
        # A new coder version without --recode: nothing is re-coded.
        v2 = FakeCoder("v2", cameo="057")
        plain = ingest(store, [str(folder)], on_error=errors.append, coder=v2)
        assert plain.articles == 0 and v2.coded == []
        # With --recode every article is coded again, and queries see the new coding only.
        recoded = ingest(store, [str(folder)], on_error=errors.append, coder=v2, recode=True)
        assert recoded.articles == 4 and len(v2.coded) == 4
        assert set(store.events(as_="arrow")["cameo"].to_pylist()) == {"057"}
        assert store.stats()["articles"] == 4
        # Re-coding again with the same version adds nothing.
        assert ingest(store, [str(folder)], on_error=errors.append, coder=v2,
                      recode=True).articles == 0  # fmt: skip
