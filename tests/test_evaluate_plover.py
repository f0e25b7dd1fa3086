"""Scoring against PLOVER-typed gold (real news coded by other people), on hand-built cases.

The records here are of our own writing; the real-news development file is never read by the
tests (the product does not know where it is).
"""

from __future__ import annotations

import json

import pytest

from eventcoder.errors import InputError, RecordError
from eventcoder.evaluate import load_gold
from eventcoder.evaluate_plover import evaluate_plover, is_plover_record
from eventcoder.ontology import default_ontology
from eventcoder.records import ActorRef, Mention


def mention(source: str | None, target: str | None, cameo: str, *, negated: bool = False,
            modality: str = "asserted") -> Mention:
    def ref(code: str | None) -> ActorRef | None:
        return ActorRef(text=code, code=code, country=code[:3]) if code else None

    row = default_ontology().get(cameo)
    return Mention(
        article_id="x", sentence_index=0, sentence="", trigger="",
        source=ref(source), target=ref(target), cameo=cameo, cameo_name=row.name,
        root=cameo[:2], plover=row.plover, goldstein=row.goldstein, quad_class=row.quad_class,
        date=None, date_precision="published", negated=negated, modality=modality,
        confidence=0.9,
    )


def record(rid: str, *events: tuple) -> dict:
    """events: (source list|None, target list|None, plover, cameo|None)"""
    return {"id": rid, "text": "t", "published": None,
            "events": [{"source": s, "target": t, "plover": p, **({"cameo": c} if c else {})}
                       for s, t, p, c in events]}


def test_plover_records_are_recognised_by_their_events():
    assert is_plover_record(record("a", (["USA"], None, "ACCUSE", "112")))
    assert not is_plover_record({"id": "a", "text": "t", "events": [{"code": "112"}]})
    assert not is_plover_record({"id": "a", "text": "t", "events": []})


def test_type_country_and_full_levels():
    gold = [
        # compound source: either member agrees; null target accepts anything
        record("a", (["JOR", "GBR"], None, "AGREE", "0312")),
        # type right, target country wrong: type level only
        record("b", (["RUS"], ["USA"], "THREATEN", "134")),
        # bare IGO accepts any international organisation at both levels
        record("c", (["IGO"], ["SDNGOV"], "REQUEST", "1051")),
        # nothing predicted
        record("d", (["PAKMIL"], None, "MOBILIZE", "154")),
    ]
    predicted = {
        "a": [mention("GBRGOV", "JOR", "0312")],
        "b": [mention("RUS", "IRN", "130")],
        "c": [mention("IGOUNO", "SDNGOV", "1051"), mention("IGOUNO", None, "010")],
        "d": [],
    }
    report = evaluate_plover(gold, predicted)
    assert (report.levels["type"].tp, report.levels["country"].tp, report.levels["full"].tp) \
        == (3, 2, 2)
    assert report.predicted_events == 4
    assert report.levels["type"].fp == 1 and report.levels["type"].fn == 1
    assert (report.cameo_events, report.cameo_hits, report.cameo_root_hits) == (4, 2, 3)
    assert report.no_event_records == 1
    rows = {r["type"]: r for r in report.per_type}
    assert (rows["THREATEN"]["tp"], rows["MOBILIZE"]["recall"]) == (1, 0.0)
    assert ("MOBILIZE", "(none)", 1) in report.type_confusions
    assert ("USA", "IRN", 1) in report.actor_confusions
    text = report.format_text()
    assert "type + countries" in text and "records with no event: 1 of 4" in text
    data = report.to_dict()
    assert data["format"] == "plover" and data["cameo"]["code_recall"] == 0.5


def test_negated_and_hypothetical_mentions_are_not_events():
    gold = [record("a", (["IRN"], ["IRQ"], "ASSAULT", "190"))]
    predicted = {"a": [mention("IRN", "IRQ", "190", negated=True),
                       mention("IRN", "IRQ", "190", modality="hypothetical")]}
    report = evaluate_plover(gold, predicted)
    assert report.predicted_events == 0 and report.no_event_records == 1


def test_full_level_needs_the_gold_code_as_a_prefix():
    gold = [record("a", (["ISRMIL"], ["PSECVL"], "COERCE", "173"))]
    report = evaluate_plover(gold, {"a": [mention("ISR", "PSECVL", "173")]})
    assert report.levels["country"].tp == 1 and report.levels["full"].tp == 0


def test_load_gold_reads_plover_records_and_rejects_mixed_files(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(record("a", (["USA"], None, "ACCUSE", "112"))) + "\n")
    assert load_gold(p)[0]["events"][0]["plover"] == "ACCUSE"
    p.write_text(json.dumps(record("a", (["USA"], None, "GRUMBLE", None))) + "\n")
    with pytest.raises(RecordError, match="unknown PLOVER type"):
        load_gold(p)
    mixed = [record("a", (["USA"], None, "ACCUSE", "112")),
             {"id": "b", "text": "t", "events": [{"source": "USA", "target": None, "code": "112"}]}]
    p.write_text("".join(json.dumps(r) + "\n" for r in mixed))
    with pytest.raises(InputError, match="mixes"):
        load_gold(p)


@pytest.mark.slow
def test_eval_cli_on_plover_gold_with_the_real_coder(tmp_path, cli):
    lines = [
        record("p1", (["KEN"], ["UGA"], "CONSULT", "046"), ),
        record("p2", (["EGYCOP"], ["EGYCVL"], "COERCE", "173")),
    ]
    lines[0]["text"] = "Kenya and Uganda held talks in Nairobi on Tuesday about the border dispute."
    lines[1]["text"] = "Egyptian police arrested 30 protesters in Cairo on Friday."
    p = tmp_path / "plover.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in lines))
    out = cli("eval", str(p), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["format"] == "plover"
    assert data["levels"]["country"]["tp"] == 2
    assert data["cameo"]["code_recall"] == 1.0
    text = cli("eval", str(p))
    assert "type + countries" in text.stdout
