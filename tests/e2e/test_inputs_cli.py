"""#14 through the CLI, as a user meets it: a folder of PDF, Word and UTF-16 files, the files
it skips, ids per file, exit status 3, no store for an empty run; totals, one-actor
timelines and the network by country."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.read.documents import make_docx, make_pdf

SHELLING = ["Shelling in the east",
            "Russian troops shelled the Ukrainian city of",  # a line broken mid-sentence
            "Kharkiv on Friday, the regional governor said."]  # fmt: skip
PROTEST = ["Port workers strike", "Kenyan police arrested twenty protesters in Mombasa on Tuesday."]
PRAISE = "Chile praised Peru on Monday for the fisheries accord.\n"


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("inputs") / "news"
    root.mkdir()
    make_pdf(root / "shelling-2024-03-05.pdf", [SHELLING])
    make_docx(root / "strike-2024-03-06.docx", PROTEST)
    (root / "praise-2024-03-04.txt").write_bytes(PRAISE.encode("utf-16"))
    (root / "photo.png").write_bytes(b"\x89PNG\r\n")
    (root / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    return root


def _lines(text: str) -> list[str]:
    return [json.loads(line) for line in text.splitlines()]


def test_code_reads_pdf_word_and_utf16_and_lists_what_it_skips(cli, folder):
    done = cli("code", str(folder), "--format", "jsonl")
    assert done.returncode == 0, done.stderr  # skipped files are not failures
    triples = {(m["source"]["code"], m["cameo"], m["target"] and m["target"]["code"])
               for m in _lines(done.stdout)}  # fmt: skip
    assert ("RUSMIL", "194", "UKR") in triples  # the PDF, its lines joined
    assert ("KENCOP", "173", "KENCVL") in triples  # the Word file
    assert ("CHL", "051", "PER") in triples  # the UTF-16 text
    lines = done.stderr.strip().splitlines()
    assert lines[0] == "skipped 2 file(s) of a folder that eventcoder does not read:"
    assert any(line.endswith("old.doc: old Word format: save it as .docx") for line in lines)
    assert any("photo.png: not a kind of file eventcoder reads (.png" in line for line in lines)


def test_ingest_exit_3_when_some_inputs_fail_and_no_store_when_nothing_to_store(cli, folder,
                                                                               tmp_path):  # fmt: skip
    empty = tmp_path / "empty.txt"
    empty.write_text("  ")
    store = tmp_path / "store"
    nothing = cli("ingest", str(empty), "--store", str(store), "--no-progress")
    assert nothing.returncode == 1 and not store.exists()
    assert f"no store created at {store}" in nothing.stderr
    some = cli("ingest", str(folder), str(empty), "--store", str(store), "--no-progress")
    assert some.returncode == 3, some.stderr
    assert "ingested 3 articles" in some.stderr and store.exists()
    assert some.stderr.count("empty.txt") == 1


def test_ids_are_unique_per_file_unless_trusted(cli, tmp_path):
    for name, country in (("monday.jsonl", "Chile"), ("tuesday.jsonl", "Peru")):
        (tmp_path / name).write_text(json.dumps(
            {"id": "1", "text": f"{country} praised Bolivia on Monday.", "published": "2024-03-04"})
            + "\n")  # fmt: skip
    files = [str(tmp_path / "monday.jsonl"), str(tmp_path / "tuesday.jsonl")]
    scoped = cli("ingest", *files, "--store", str(tmp_path / "a"), "--no-progress")
    assert scoped.returncode == 0 and "ingested 2 articles" in scoped.stderr
    trusted = cli("ingest", *files, "--store", str(tmp_path / "b"), "--no-progress", "--trust-ids")
    assert trusted.returncode == 0
    assert "ingested 1 articles" in trusted.stderr and "1 already stored" in trusted.stderr
    ids = cli("sql", "SELECT article_id FROM articles ORDER BY 1", "--store", str(tmp_path / "a"),
              "--format", "jsonl")  # fmt: skip
    assert [r["article_id"] for r in _lines(ids.stdout)] == ["monday.jsonl:1", "tuesday.jsonl:1"]


@pytest.fixture(scope="module")
def sample_store(cli, samples_dir, tmp_path_factory) -> Path:
    store = tmp_path_factory.mktemp("edges") / "store"
    assert cli("ingest", str(samples_dir), "--store", str(store), "--no-progress").returncode == 0
    return store


def test_events_says_how_many_match_when_the_limit_cuts(cli, sample_store):
    everything = cli("events", "--store", str(sample_store), "--limit", "0", "--format", "jsonl")
    total = len(everything.stdout.splitlines())
    cut = cli("events", "--store", str(sample_store), "--limit", "3")
    assert cut.returncode == 0
    assert cut.stderr.strip() == f"3 of {total} matching events (--limit 0 lists them all)"
    assert everything.stderr == ""


def test_timeline_of_one_actor_zero_filled(cli, sample_store):
    done = cli("timeline", "--store", str(sample_store), "--actor", "VEN", "--freq", "day",
               "--since", "2024-08-14", "--format", "jsonl")  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = _lines(done.stdout)
    assert rows[0]["period"] == "2024-08-14" and rows[0]["events"] == 0
    assert [r["period"] for r in rows] == ["2024-08-14", "2024-08-15", "2024-08-16", "2024-08-17"]
    events = cli("events", "--store", str(sample_store), "--actor", "VEN", "--limit", "0",
                 "--format", "jsonl")  # fmt: skip
    assert sum(r["events"] for r in rows) == len(events.stdout.splitlines())
    both = cli("timeline", "--store", str(sample_store), "--actor", "VEN", "--dyad", "A", "B")
    assert both.returncode != 0 and "not both" in both.stderr


def test_network_by_country(cli, sample_store):
    done = cli("network", "--store", str(sample_store), "--by", "country", "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    edges = _lines(done.stdout)
    assert edges and all(e["source"] != e["target"] for e in edges)
    assert all(len(e["source"]) == 3 or e["source"][:3] in ("IGO", "NGO", "IMG") for e in edges)
