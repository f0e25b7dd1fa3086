"""User actor tables end to end (#14): find the unknown phrases of the bundled samples, add one
in a table of your own, and the next run's events change — through the CLI, as a user works."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

LVFO = "Lake Victoria Fisheries Organization"
CODE = "IGOLVF"
SAMPLE = "lake-fisheries-2024-05-14.txt"


@pytest.fixture(scope="module")
def store(cli, samples_dir, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dict") / "store"
    done = cli("ingest", str(samples_dir), "--store", str(path), "--no-progress")
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def unknown_tsv(cli, store) -> str:
    done = cli("actors", "unknown", "--store", str(store))
    assert done.returncode == 0, done.stderr
    return done.stdout


def _rows(tsv: str) -> list[list[str]]:
    return [line.split("\t") for line in tsv.splitlines() if line and not line.startswith("#")]


def test_actors_unknown_lists_the_samples_unresolved_phrases(unknown_tsv):
    rows = _rows(unknown_tsv)
    assert rows[0] == ["name", "code", "valid_from", "valid_to"]  # the groups table's header
    names = [r[0] for r in rows[1:]]
    assert names[0] == LVFO  # the most frequent first: it acts twice in the sample
    assert "Dunga Beach Management Unit" in names and "Western allies" in names
    assert all(r[1:] == ["", "", ""] for r in rows[1:])  # codes to fill in
    # each row follows a comment with its count and an example sentence
    lines = unknown_tsv.splitlines()
    comment = lines[lines.index(f"{LVFO}\t\t\t") - 1]
    assert comment.startswith("# 2 mention(s) in 1 article(s), as source:")
    assert "ordered the seizure of forty boats" in comment


def test_actors_unknown_output_is_refused_until_codes_are_filled(cli, unknown_tsv, tmp_path):
    raw = tmp_path / "as-printed.tsv"
    raw.write_text(unknown_tsv)
    done = cli("actors", "check", str(raw))
    assert done.returncode != 0 and done.stdout == ""
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"error: {raw}:") and "no code for" in line and "[EC200]" in line


@pytest.fixture(scope="module")
def mine(unknown_tsv, tmp_path_factory) -> Path:
    """What a user makes of the listing: one code filled in, the rows they do not want deleted."""
    keep = [line for line in unknown_tsv.splitlines()
            if line.startswith(("#", "name\t")) or line.startswith(LVFO)]
    text = "\n".join(keep).replace(f"{LVFO}\t\t\t", f"{LVFO}\t{CODE}\t\t") + "\n"
    path = tmp_path_factory.mktemp("mine") / "my-actors.tsv"
    path.write_text(text)
    return path


def _events(cli, store: Path, *args: str) -> list[dict]:
    done = cli("events", "--store", str(store), "--format", "jsonl", "--limit", "0", *args)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_an_added_phrase_changes_the_next_runs_events(cli, store, samples_dir, mine):
    assert cli("actors", "check", str(mine)).returncode == 0
    before = _events(cli, store)
    assert not [e for e in before if CODE in (e["source_code"], e["target_code"])]
    # without --recode the stored articles are kept, and the user is told why
    again = cli("ingest", str(samples_dir), "--store", str(store), "--actors", str(mine),
                "--no-progress")  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert "add --recode" in again.stderr
    done = cli("ingest", str(samples_dir), "--store", str(store), "--actors", str(mine),
               "--recode", "--no-progress")  # fmt: skip
    assert done.returncode == 0, done.stderr
    after = _events(cli, store, "--actor", CODE)
    triples = {(e["source_code"], e["cameo"], e["target_code"]) for e in after}
    # "… ordered the seizure of forty boats" (in Kisumu: since main's 38c3cc1 an act done in a
    # place to no one named falls on the place's state)
    assert (CODE, "171", "KEN") in triples
    assert (CODE, "036", "KENCVL") in triples  # "it would meet": "it" is now the organisation
    assert {e["source_name"] for e in after if e["source_code"] == CODE} == {LVFO}
    # the same sentence no longer gives the police a meeting it never had
    assert not [e for e in _events(cli, store, "--dyad", "KENCOP", "KENCVL") if e["cameo"] == "036"]
    listed = cli("actors", "unknown", "--store", str(store), "--format", "jsonl")
    assert LVFO not in listed.stdout and "Dunga Beach Management Unit" in listed.stdout


def test_actor_tables_reach_code_from_option_environment_and_config(cli, samples_dir, mine,
                                                                     tmp_path):  # fmt: skip
    sample = str(samples_dir / SAMPLE)

    def sources(*args: str, env: dict | None = None, cwd: Path | None = None) -> set:
        done = cli("code", sample, "--format", "jsonl", *args, env=env, cwd=cwd)
        assert done.returncode == 0, done.stderr
        return {json.loads(line)["source"]["code"] for line in done.stdout.splitlines()
                if json.loads(line)["source"]}

    assert CODE not in sources()
    assert CODE in sources("--actors", str(mine))
    assert CODE in sources(env={"EVENTCODER_ACTORS": str(mine)})
    (tmp_path / "eventcoder.toml").write_text(f'actors = ["{mine}"]\n')
    assert CODE in sources(cwd=tmp_path)


def test_a_user_table_overrides_a_bundled_name(cli, tmp_path):
    table = tmp_path / "override.tsv"
    table.write_text("name\tcode\tvalid_from\tvalid_to\nHamas\tPSEGOV\t\t\n")
    text = tmp_path / "note.txt"
    text.write_text("Hamas condemned Israel on Monday.\n")
    plain = cli("code", str(text), "--published", "2024-01-10", "--format", "jsonl")
    mine = cli("code", str(text), "--published", "2024-01-10", "--format", "jsonl",
               "--actors", str(table))  # fmt: skip
    assert json.loads(plain.stdout)["source"]["code"] == "PSEINS"
    assert json.loads(mine.stdout)["source"]["code"] == "PSEGOV"


@pytest.mark.parametrize(("content", "reason"), [
    ("name\tcode\tvalid_from\tvalid_to\nLake Basin Board\tZZZGOV\t\t\n", ":2: invalid actor code"),
    ("name\tcode\nLake Basin Board\tIGOLBBX\n", ":2: organisation code 'IGOLBBX'"),
    ("text\trole\tindividual\nwarlord\tWAR\tyes\n", ":2: unknown role 'WAR'"),
    ("who\twhat\nLake Basin Board\tIGOLBB\n", ":1: the first row must be the header"),
    ("name\tcode\tvalid_from\tvalid_to\nBoard\tKENGOV\t2024-13-01\t\n", ":2: bad date"),
])
def test_a_bad_user_table_stops_the_run_in_one_line(cli, tmp_path, content, reason):
    table = tmp_path / "bad.tsv"
    table.write_text(content)
    text = tmp_path / "note.txt"
    text.write_text("Kenya praised Tanzania on Monday.\n")
    done = cli("code", str(text), "--actors", str(table), "--format", "jsonl")
    assert done.returncode == 2 and done.stdout == "" and "Traceback" not in done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith(f"error: {table}") and reason in line and "[EC200]" in line


def test_eval_codes_with_the_actor_tables(cli, mine, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "g1", "published": "2024-05-14",
        "text": f"The {LVFO} defended the seizures on Tuesday.",
        "events": [{"source": CODE, "target": None, "code": "052"}]}) + "\n")
    plain = json.loads(cli("eval", str(gold), "--json").stdout)
    mine_ = json.loads(cli("eval", str(gold), "--json", "--actors", str(mine)).stdout)
    assert plain["levels"]["full"]["recall"] == 0.0
    assert mine_["levels"]["full"]["recall"] == 1.0
