"""Data you can publish (issue #14), as a user meets it on the command line: every event of the
bundled samples dated, background and announced acts kept apart, events carrying their evidence,
undated input warned about, date fields read under their usual names and formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder.read.text import date_in_name

DATELINE_ONLY = "mombasa-port-strike.txt"


def _jsonl(done) -> list[dict]:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.fixture(scope="module")
def store(ingested_samples) -> Path:
    return ingested_samples[0]


@pytest.fixture(scope="module")
def everything(cli, store) -> list[dict]:
    return _jsonl(cli("events", "--include", "all", "--format", "jsonl", "--limit", "0",
                      "--store", str(store)))  # fmt: skip


def test_samples_give_no_undated_event(cli, store, everything, samples_dir, ingested_samples):
    assert len(list(samples_dir.glob("*.txt"))) == 8  # seven samples and the dateline-only one
    assert everything and all(e["date"] for e in everything)
    sql = ("SELECT (SELECT count(*) FROM articles WHERE published IS NULL) AS undated_articles, "
           "(SELECT count(*) FROM mentions WHERE date IS NULL) AS undated_mentions, "
           "(SELECT count(*) FROM articles) AS articles")  # fmt: skip
    (counts,) = _jsonl(cli("sql", sql, "--format", "jsonl", "--store", str(store)))
    assert counts == {"undated_articles": 0, "undated_mentions": 0, "articles": 8}
    assert "no publication date" not in ingested_samples[1].stderr


def test_the_dateline_only_sample_is_dated_by_its_dateline(cli, store, samples_dir):
    assert date_in_name(DATELINE_ONLY) is None  # no date in its name: only the dateline
    assert "2024" not in (samples_dir / DATELINE_ONLY).read_text().split("(")[0].split("\n", 1)[0]
    (article,) = _jsonl(cli("sql", "SELECT article_id, published FROM articles WHERE title "
                            "LIKE 'Dockworkers strike%'", "--format", "jsonl",
                            "--store", str(store)))  # fmt: skip
    assert article["published"] == "2024-06-25"
    mentions = _jsonl(cli("sql", "SELECT trigger, date, date_precision FROM mentions WHERE "
                          f"article_id = '{article['article_id']}' ORDER BY sentence_index",
                          "--format", "jsonl", "--store", str(store)))  # fmt: skip
    strike = next(m for m in mentions if m["trigger"].startswith("went"))
    assert (strike["date"], strike["date_precision"]) == ("2024-06-24", "day")  # "on Monday"


def test_a_background_event_is_kept_but_not_shown_by_default(cli, store, everything):
    old = [e for e in everything if e["background"]]
    assert [(e["source_code"], e["cameo"], e["date"], e["date_precision"]) for e in old] == [
        ("KENCOP", "173", "2019-01-01", "year")]  # "During the 2019 strike, police arrested …"
    shown = _jsonl(cli("events", "--format", "jsonl", "--limit", "0", "--store", str(store)))
    assert old[0]["event_id"] not in {e["event_id"] for e in shown}
    again = _jsonl(cli("events", "--include", "background", "--format", "jsonl", "--limit", "0",
                       "--store", str(store)))  # fmt: skip
    assert old[0]["event_id"] in {e["event_id"] for e in again}


def test_only_acts_reported_as_done_by_default(cli, store, everything):
    shown = _jsonl(cli("events", "--format", "jsonl", "--limit", "0", "--store", str(store)))
    assert shown and all(e["asserted"] and not e["negated"] and not e["background"]
                         for e in shown)  # fmt: skip
    # a pledge or a threat is itself an act (CAMEO 03x, 13x): shown
    pledged = [e for e in shown if e["cameo"] == "030" and e["source_code"] == "KENGOV"]
    assert pledged and pledged[0]["modality"] == "intent", "the minister's promise to pay"
    # what is only foretold is not, until asked for
    foretold = [e for e in everything if e["modality"] == "future"]
    assert foretold and not {e["event_id"] for e in foretold} & {e["event_id"] for e in shown}
    wider = _jsonl(cli("events", "--include", "future", "--format", "jsonl", "--limit", "0",
                       "--store", str(store)))  # fmt: skip
    assert {e["event_id"] for e in foretold} <= {e["event_id"] for e in wider}
    table = cli("events", "--include", "future", "--limit", "0", "--store", str(store))
    assert "future" in table.stdout  # the table shows how each was reported
    bad = cli("events", "--include", "rumours", "--store", str(store))
    assert bad.returncode != 0 and "unknown --include 'rumours'" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_events_carry_what_their_mentions_know(everything):
    appeal = next(e for e in everything if e["cameo"] == "0256")
    assert appeal["modality"] == "appeal" and appeal["asserted"] is True
    assert appeal["sentence"].startswith("The European Union urged both sides")
    assert appeal["title"] == "Armenia says Azerbaijani shelling wounds three near border"
    assert appeal["date_precision"] in ("day", "month", "year", "published")
    for e in everything:
        assert e["sentence"] and e["title"]
        assert e["modality"] and e["date_precision"]


def test_undated_articles_are_counted_and_warned_about(cli, tmp_path):
    undated = tmp_path / "note.txt"
    undated.write_text("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.\n")
    dated = tmp_path / "wire.txt"
    dated.write_text("NAIROBI, June 25, 2024 (Wire) - Kenyan police fired tear gas at "
                     "protesters on Tuesday.\n")  # fmt: skip
    done = cli("code", str(undated), str(dated), "--format", "jsonl")
    mentions = _jsonl(done)
    lines = [line for line in done.stderr.splitlines() if "publication date" in line]
    assert len(lines) == 1 and lines[0].startswith("warning: 1 of 2 articles have no publication "
                                                   f"date ({undated})")  # fmt: skip
    by_text = {m["sentence"]: m["date"] for m in mentions}
    assert by_text[undated.read_text().strip()] is None  # "on Tuesday" cannot be resolved
    assert by_text["Kenyan police fired tear gas at protesters on Tuesday."] == "2024-06-25"
    store = tmp_path / "store"
    ingest = cli("ingest", str(undated), str(dated), "--store", str(store))
    assert ingest.returncode == 0, ingest.stderr
    assert "warning: 1 of 2 articles have no publication date" in ingest.stderr


def test_jsonl_date_fields_under_their_usual_names(cli, tmp_path):
    text = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday."
    records = [
        {"id": "iso", "text": text, "date": "2024-06-27"},
        {"id": "rfc", "text": text, "pubDate": "Thu, 27 Jun 2024 08:00:00 +0000"},
        {"id": "unix", "text": text, "timestamp": 1719475200},
        {"id": "zone", "text": text, "published_at": "2024-06-27T08:00:00+03:00"},
        {"id": "other", "text": text, "created": "2024-06-27"},
    ]
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    done = cli("code", str(path), "--format", "jsonl")
    # (a record's id is scoped by its file: records.jsonl:iso)
    dates = {m["article_id"].removeprefix("records.jsonl:"): m["date"] for m in _jsonl(done)}
    assert {k: dates.get(k) for k in ("iso", "rfc", "unix", "zone")} == dict.fromkeys(
        ("iso", "rfc", "unix", "zone"), "2024-06-25")  # "on Tuesday" before Thursday 27 June
    assert dates.get("other") is None
    warned = [line for line in done.stderr.splitlines() if "'created'" in line]
    assert len(warned) == 1 and warned[0].startswith(f"warning: {path}: field 'created'")
