"""End to end: ``eventcoder code`` run as a subprocess, as a user would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.ontology import default_ontology

DATA = Path(__file__).parent / "data"
ARTICLE = DATA / "lima-protest-note-2023-09-16.txt"

ACTOR_KEYS = {"text", "name", "code", "country", "role"}
PLACE_KEYS = {"name", "geonameid", "country", "lat", "lon"}
MENTION_TYPES = {
    "article_id": str, "sentence_index": int, "sentence": str, "trigger": str,
    "cameo": str, "cameo_name": str, "root": str, "goldstein": float, "quad_class": int,
    "date_precision": str, "negated": bool, "modality": str, "confidence": float,
}


@pytest.fixture(scope="module")
def mentions(cli):
    result = cli("code", str(ARTICLE), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def triple(m):
    return (m["source"] and m["source"]["code"], m["cameo"], m["target"] and m["target"]["code"])


def test_e2e_code_finds_the_article_events(mentions):
    found = {triple(m): m for m in mentions}
    # the renewed accusation, dated on the publication day (no other date in the sentence)
    assert found[("PERGOV", "112", "BOL")]["date"] == "2023-09-16"
    # the formal protest, dated "on Friday" of the report that carries it
    protest = found[("PERGOV", "114", "BOLGOV")]
    assert (protest["date"], protest["date_precision"]) == ("2023-09-15", "day")
    # the denial by the seat of government
    assert ("BOLGOV", "016", "PERGOV") in found  # the accuser is the target
    # the army chief's wish to cooperate, placed where he spoke
    intent = found[("PERMIL", "032", "BRA")]
    assert intent["modality"] == "intent"
    assert intent["location"]["name"] == "Cusco"
    assert intent["location"]["country"] == "PER"


def test_e2e_code_emits_no_event_a_coder_would_reject(mentions):
    assert {triple(m) for m in mentions} == {
        ("PERGOV", "112", "BOL"), ("PERGOV", "114", "BOLGOV"), ("BOLGOV", "016", "PERGOV"),
        ("PERMIL", "032", "BRA"),
    }


def test_e2e_code_jsonl_is_the_design_mention_record(mentions):
    ontology = default_ontology()
    assert mentions
    for m in mentions:
        for key, kind in MENTION_TYPES.items():
            assert isinstance(m[key], kind), (key, m[key])
        for key in ("source", "target", "attributed_to"):
            assert m[key] is None or ACTOR_KEYS <= set(m[key])
        assert m["location"] is None or PLACE_KEYS <= set(m["location"])
        assert m["plover"] is None or isinstance(m["plover"], str)
        assert m["date"] is None or isinstance(m["date"], str)
        assert m["cameo"] in ontology and m["root"] == m["cameo"][:2]
        assert m["cameo_name"] == ontology.get(m["cameo"]).name
        assert m["date_precision"] in {"day", "month", "year", "published"}
        assert 0.0 <= m["confidence"] <= 1.0
        assert m["article_id"]
        assert m["sentence"] in ARTICLE.read_text()


def test_e2e_code_table_and_gdelt_formats(cli):
    table = cli("code", str(ARTICLE), "--format", "table")
    assert table.returncode == 0
    assert "PERGOV" in table.stdout and "Complain officially" in table.stdout
    gdelt = cli("code", str(ARTICLE), "--format", "gdelt")
    rows = [line.split("\t") for line in gdelt.stdout.splitlines()]
    assert rows and all(len(row) == 61 for row in rows)
    protest = next(r for r in rows if r[26] == "114")
    assert protest[1] == "20230915" and protest[5] == "PERGOV" and protest[15] == "BOLGOV"


def test_e2e_code_stdin_and_published_option(cli):
    text = "Chinese warships shelled a Philippine supply boat near the shoal on Monday."
    result = cli("code", "-", "--published", "2024-03-06", "--format", "jsonl", stdin=text)
    [m] = [json.loads(line) for line in result.stdout.splitlines()]
    assert triple(m)[0] == "CHNMIL" and m["root"] == "19"
    assert m["date"] == "2024-03-04"


def test_e2e_code_bad_inputs_one_line_each_and_the_rest_coded(cli, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "fake.txt").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    good = tmp_path / "good.txt"
    good.write_text("Kenyan police arrested twenty protesters in Nairobi on Tuesday.")
    result = cli("code", str(tmp_path / "empty.txt"), str(tmp_path / "fake.txt"),
                 str(tmp_path / "missing.txt"), str(good), "--published", "2024-03-06",
                 "--format", "jsonl")
    assert result.returncode == 3  # some inputs failed, the rest were coded (#14)
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3 and all(line.startswith("error: ") for line in errors)
    assert "Traceback" not in result.stderr
    assert [json.loads(x)["cameo"] for x in result.stdout.splitlines()] == ["173"]


def test_e2e_code_nothing_readable_exits_non_zero(cli, tmp_path):
    (tmp_path / "empty.txt").write_text("   ")
    result = cli("code", str(tmp_path / "empty.txt"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {tmp_path / 'empty.txt'}: ")


def _verbs() -> list[str]:
    from eventcoder.cli import main

    return sorted(main.commands)


def test_e2e_all_verbs_are_registered():
    assert set(_verbs()) >= {"code", "codes", "ingest", "events", "sql", "export", "serve",
                             "eval", "bench", "timeline", "top", "network", "compact"}


@pytest.mark.parametrize("verb", _verbs())
def test_e2e_every_verb_help_has_an_example(cli, verb):
    result = cli(verb, "--help")
    assert result.returncode == 0
    assert "Example:" in result.stdout


def test_e2e_top_level_help_has_an_example(cli):
    assert "Example:" in cli("--help").stdout
