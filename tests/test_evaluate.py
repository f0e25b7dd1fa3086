"""Scoring of ``eventcoder eval`` on hand-built cases, and validation of ``gold/dev.jsonl``."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli.eval_cmd import eval_command
from eventcoder.errors import RecordError
from eventcoder.evaluate import (
    counts_as_event,
    evaluate,
    load_gold,
    run_eval,
)
from eventcoder.records import ActorRef, Mention

GOLD = Path(__file__).resolve().parents[1] / "gold" / "dev.jsonl"
ROOTS = [f"{i:02d}" for i in range(1, 21)]


def mention(
    source: str | None,
    target: str | None,
    cameo: str,
    *,
    negated: bool = False,
    modality: str = "asserted",
    confidence: float = 0.9,
    article_id: str = "x",
) -> Mention:
    def ref(code: str | None) -> ActorRef | None:
        return ActorRef(text=code, code=code, country=code[:3]) if code else None

    return Mention(
        article_id=article_id,
        sentence_index=0,
        sentence="",
        trigger="",
        source=ref(source),
        target=ref(target),
        cameo=cameo,
        cameo_name="",
        root=cameo[:2],
        plover=None,
        goldstein=0.0,
        quad_class=1,
        date=None,
        date_precision="published",
        negated=negated,
        modality=modality,
        confidence=confidence,
    )


def gold(rid: str, *events: tuple[str | None, str | None, str]) -> dict:
    return {
        "id": rid,
        "text": "t",
        "events": [{"source": s, "target": t, "code": c} for s, t, c in events],
    }


def prf(report, level):
    s = report.levels[level]
    return (round(s.precision, 4), round(s.recall, 4), round(s.f1, 4))


# -- scoring ---------------------------------------------------------------------------------


def test_perfect_match_scores_one_at_every_level():
    g = [gold("a", ("PAKGOV", "USAGOV", "112"))]
    report = evaluate(g, {"a": [mention("PAKGOV", "USAGOV", "112")]})
    for level in ("root", "code", "full"):
        assert prf(report, level) == (1.0, 1.0, 1.0)


def test_three_levels_on_a_mixed_set():
    records = [
        # full match; and a bare-country gold actor vs a predicted role (root only)
        gold("r1", ("PAKGOV", "USAGOV", "112"), ("CHN", "TWN", "15")),
        # same root, wrong code: root only; the negated prediction is ignored
        gold("r2", ("RUSMIL", "UKR", "190")),
        # no-event record with a false positive
        gold("r3"),
        # null gold target is a wildcard
        gold("r4", ("IGOUNO", None, "111")),
        # same country + first role, longer code: code level but not full
        gold("r5", ("USAMIL", "IRN", "1312")),
    ]
    predicted = {
        "r1": [mention("PAKGOV", "USAGOV", "112"), mention("CHNMIL", "TWN", "154")],
        "r2": [
            mention("RUSMIL", "UKRGOV", "195"),
            mention("RUS", "UKR", "111", negated=True),
        ],
        "r3": [mention("ISR", "PSE", "190")],
        "r4": [mention("IGOUNO", "SYRGOV", "111")],
        "r5": [mention("USAMILNAV", "IRN", "1312")],
    }
    report = evaluate(records, predicted)
    assert report.gold_events == 5
    assert report.predicted_events == 6
    assert (report.levels["root"].tp, report.levels["code"].tp, report.levels["full"].tp) == (
        5,
        3,
        2,
    )
    assert prf(report, "root") == (0.8333, 1.0, 0.9091)
    assert prf(report, "code") == (0.5, 0.6, 0.5455)
    assert prf(report, "full") == (0.3333, 0.4, 0.3636)
    assert report.empty_records == 1
    assert report.empty_with_predictions == 1
    assert report.empty_fp_rate == 1.0
    rows = {row.root: row for row in report.per_root}
    assert [r.root for r in report.per_root] == ROOTS
    assert (rows["19"].gold, rows["19"].predicted, rows["19"].tp) == (1, 2, 1)
    assert (rows["11"].gold, rows["11"].predicted, rows["11"].tp) == (2, 2, 2)
    assert (rows["15"].gold, rows["15"].predicted, rows["15"].tp) == (1, 1, 1)
    assert (rows["13"].gold, rows["13"].predicted, rows["13"].tp) == (1, 1, 1)
    assert rows["19"].score.precision == 0.5
    assert rows["20"].score.f1 == 0.0
    assert ("190", "195", 1) in report.code_confusions
    assert ("CHN", "CHNMIL", 1) in report.actor_confusions
    assert ("USAMIL", "USAMILNAV", 1) in report.actor_confusions
    assert ("UKR", "UKRGOV", 1) not in report.actor_confusions  # codes disagree there


def test_two_digit_gold_code_accepts_any_code_under_its_root():
    g = [gold("a", ("IGOEUR", "BLR", "02"))]
    report = evaluate(g, {"a": [mention("IGOEUR", "BLR", "0253")]})
    assert prf(report, "full") == (1.0, 1.0, 1.0)
    # ... but not a code under another root
    report = evaluate(g, {"a": [mention("IGOEUR", "BLR", "0353")]})
    assert prf(report, "root") == (0.0, 0.0, 0.0)


def test_three_digit_gold_code_needs_the_same_code():
    g = [gold("a", ("PAK", "IND", "112"))]
    report = evaluate(g, {"a": [mention("PAK", "IND", "1121")]})
    assert prf(report, "root") == (1.0, 1.0, 1.0)
    assert prf(report, "code") == (0.0, 0.0, 0.0)


def test_null_gold_actor_matches_anything_but_named_gold_actor_needs_a_prediction():
    g = [gold("a", (None, "NGACVL", "181"))]
    for src in (None, "NGAINS"):
        report = evaluate(g, {"a": [mention(src, "NGACVL", "181")]})
        assert prf(report, "full") == (1.0, 1.0, 1.0)
    report = evaluate(g, {"a": [mention(None, None, "181")]})
    assert prf(report, "root") == (0.0, 0.0, 0.0)


def test_matching_is_one_to_one():
    g = [gold("a", ("ISR", "PSEINS", "0871"))]
    # two different predictions for one gold event: one TP, one FP
    report = evaluate(g, {"a": [mention("ISR", "PSEINS", "0871"), mention("ISR", "LBN", "0871")]})
    assert prf(report, "full") == (0.5, 1.0, 0.6667)
    # one prediction cannot satisfy two gold events
    g2 = [gold("b", ("ISR", "PSEINS", "0871"), ("ISR", None, "08"))]
    report = evaluate(g2, {"b": [mention("ISR", "PSEINS", "0871")]})
    assert prf(report, "full") == (1.0, 0.5, 0.6667)


def test_identical_predictions_in_a_record_count_once():
    g = [gold("a", ("USA", "UKR", "072"))]
    m = mention("USA", "UKR", "072")
    report = evaluate(g, {"a": [m, m, mention("USA", "UKR", "072")]})
    assert report.predicted_events == 1
    assert prf(report, "full") == (1.0, 1.0, 1.0)


def test_greedy_matching_prefers_the_closest_pair():
    # a naive left-to-right greedy would pair "11" with "112" and leave "112" unmatched
    g = [gold("a", ("PAK", "IND", "11"), ("PAK", "IND", "112"))]
    report = evaluate(g, {"a": [mention("PAK", "IND", "112"), mention("PAK", "IND", "111")]})
    assert prf(report, "code") == (1.0, 1.0, 1.0)


def test_negated_hypothetical_and_low_confidence_predictions_are_not_events():
    g = [gold("a")]
    preds = [
        mention("RUSMIL", "UKR", "190", negated=True),
        mention("USA", "VEN", "163", modality="hypothetical"),
        mention("USA", "VEN", "163", modality="conditional"),
        mention("CHN", "TWN", "154", confidence=0.2),
    ]
    report = evaluate(g, {"a": preds}, min_confidence=0.5)
    assert report.predicted_events == 0
    assert report.empty_with_predictions == 0
    assert report.empty_fp_rate == 0.0
    # threats and demands are events of their own
    assert counts_as_event(mention("EU", "GEO", "1312", modality="threat"))
    assert counts_as_event(mention("ISR", "PSEINS", "1053", modality="demand"))
    # without the threshold the low-confidence mention counts
    assert evaluate(g, {"a": preds}).predicted_events == 1


def test_missing_predictions_are_recall_errors_and_listed():
    g = [gold("a", ("USA", "IRN", "163")), gold("b")]
    report = evaluate(g, {})
    assert report.missing_records == ["a", "b"]
    assert report.levels["root"].fn == 1
    assert prf(report, "root") == (0.0, 0.0, 0.0)


def test_report_renders_as_text_and_json():
    g = [gold("a", ("PAKGOV", "USAGOV", "112"))]
    report = evaluate(g, {"a": [mention("PAKGOV", "USAGOV", "111")]})
    text = report.format_text()
    assert "root" in text and "112 -> 111" in text
    d = json.loads(json.dumps(report.to_dict()))
    assert d["levels"]["root"]["f1"] == 1.0
    assert d["levels"]["code"]["f1"] == 0.0
    assert d["code_confusions"] == [{"gold": "112", "predicted": "111", "count": 1}]
    assert len(d["per_root"]) == 20


class _Oracle:
    """A coder that answers with the gold events (null actors left out)."""

    def __init__(self, records):
        self.by_id = {r["id"]: r for r in records}

    def code_article(self, article):
        return [
            mention(e["source"], e["target"], e["code"] if len(e["code"]) > 2 else e["code"] + "0")
            for e in self.by_id[article.id]["events"]
        ]


def test_run_eval_with_an_oracle_coder_scores_one(tmp_path):
    records = load_gold(GOLD)
    report = run_eval(GOLD, _Oracle(records))
    for level in ("root", "code", "full"):
        assert prf(report, level) == (1.0, 1.0, 1.0)
    assert report.empty_fp_rate == 0.0
    assert report.missing_records == []


def test_load_gold_rejects_bad_records(tmp_path):
    p = tmp_path / "g.jsonl"
    p.write_text('{"id": "a", "text": "x", "events": [{"source": "USA", "code": "999"}]}\n')
    with pytest.raises(RecordError, match="g.jsonl:1"):
        load_gold(p)
    p.write_text('{"id": "a", "text": "x", "events": []}\n{"id": "a", "text": "y", "events": []}\n')
    with pytest.raises(RecordError, match="duplicate id"):
        load_gold(p)


def test_eval_help_shows_an_example():
    result = CliRunner().invoke(eval_command, ["--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "eventcoder eval gold/dev.jsonl" in result.output


def test_eval_command_json_with_a_stub_coder(tmp_path, monkeypatch):
    import eventcoder.cli.eval_cmd as eval_cmd
    from eventcoder import evaluate as ev

    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(gold("a", ("PAKGOV", "USAGOV", "112"))) + "\n")
    records = load_gold(p)
    monkeypatch.setattr(
        eval_cmd, "run_eval", lambda path, **_kw: ev.run_eval(path, _Oracle(records))
    )
    result = CliRunner().invoke(eval_command, [str(p), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["levels"]["full"]["f1"] == 1.0


# -- the dev gold set ------------------------------------------------------------------------

_ACTOR = re.compile(r"^([A-Z]{3})([A-Z]{3})*$")
_CODE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")


@pytest.fixture(scope="module")
def dev():
    return load_gold(GOLD)


def _code_check():
    try:
        from eventcoder.ontology import default_ontology
    except ImportError:  # pragma: no cover - the ontology module is not there yet
        return lambda code: bool(_CODE.match(code))
    ontology = default_ontology()
    return lambda code: code in ontology


def test_dev_gold_schema(dev):
    valid = _code_check()
    ids = [r["id"] for r in dev]
    assert len(ids) == len(set(ids))
    assert len(dev) >= 420
    for r in dev:
        assert re.fullmatch(r"dev-\d{4}", r["id"])
        assert set(r) <= {"id", "text", "published", "events", "note"}, r["id"]
        dt.date.fromisoformat(r["published"])
        assert 20 <= len(r["text"]) <= 400, r["id"]
        seen = set()
        for e in r["events"]:
            assert set(e) == {"source", "target", "code"}, r["id"]
            assert _CODE.match(e["code"]) and valid(e["code"]), (r["id"], e["code"])
            for actor in (e["source"], e["target"]):
                assert actor is None or _ACTOR.match(actor), (r["id"], actor)
            key = (e["source"], e["target"], e["code"])
            assert key not in seen, f"{r['id']}: duplicate event {key}"
            seen.add(key)
    texts = Counter(r["text"] for r in dev)
    assert not [t for t, n in texts.items() if n > 1]


def test_dev_gold_coverage(dev):
    per_root = Counter(root for r in dev for root in {e["code"][:2] for e in r["events"]})
    assert all(per_root[root] >= 12 for root in ROOTS), per_root
    empty = sum(1 for r in dev if not r["events"])
    assert empty / len(dev) >= 0.20
    countries = {
        a[:3]
        for r in dev
        for e in r["events"]
        for a in (e["source"], e["target"])
        if a and a[:3] not in {"IGO", "NGO", "IMG"}
    }
    assert len(countries) >= 40


TEST_GOLD = GOLD.with_name("test.jsonl")


def test_held_out_gold_is_distinct_and_covers_every_root():
    """gold/test.jsonl is the held-out set: well formed, no sentence shared with the dev set,
    every root covered, at least a fifth of its records without an event."""
    held_out = load_gold(TEST_GOLD)
    assert len(held_out) >= 150
    assert all(re.fullmatch(r"test-\d{4}", r["id"]) for r in held_out)
    assert len({r["id"] for r in held_out}) == len(held_out)
    assert not {r["text"] for r in held_out} & {r["text"] for r in load_gold(GOLD)}
    per_root = Counter(root for r in held_out for root in {e["code"][:2] for e in r["events"]})
    assert all(per_root[root] >= 6 for root in ROOTS), per_root
    assert sum(1 for r in held_out if not r["events"]) / len(held_out) >= 0.20


def test_mistakes_list_missed_and_spurious_events():
    g = [gold("a", ("PAKGOV", "USAGOV", "112")), gold("b", ("USA", "UKR", "072"))]
    report = evaluate(
        g, {"a": [mention("PAKGOV", "USA", "112")], "b": [mention("USA", "UKR", "072")]}
    )
    assert [m["id"] for m in report.mistakes] == ["a"]
    assert report.mistakes[0]["missed"] == [{"source": "PAKGOV", "target": "USAGOV", "code": "112"}]
    assert report.mistakes[0]["spurious"] == [{"source": "PAKGOV", "target": "USA", "code": "112"}]


def test_run_eval_scores_a_failing_record_as_empty(tmp_path):
    from eventcoder.errors import LanguageError

    class Failing:
        def code_article(self, article):
            raise LanguageError("not English", source=article.id)

    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(gold("a", ("PAK", "IND", "112"))) + "\n")
    report = run_eval(p, Failing())
    assert report.errors and report.errors[0][0] == "a"
    assert report.levels["root"].fn == 1
    assert "failed on: 1" in report.format_text()


@pytest.mark.slow
def test_run_eval_with_the_real_coder(coder):
    report = run_eval(GOLD, coder)
    assert report.records == len(load_gold(GOLD))
    assert not report.errors
    assert report.levels["root"].tp > 0
    assert 0.0 <= report.empty_fp_rate <= 1.0
