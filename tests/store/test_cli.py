"""The store verbs as a user runs them: real ``eventcoder`` subprocesses on real folders."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.store import Store

from .synth import batch

VERBS = ["ingest", "events", "sql", "export", "timeline", "top", "network", "compact"]


def ec(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eventcoder", *args],
        capture_output=True, text=True, cwd=cwd, timeout=timeout,
    )  # fmt: skip


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "st"
    with Store(path, commit_every=4) as s:
        for i in range(4):
            s.add(batch(i), "v1")
    return path


@pytest.mark.parametrize("verb", VERBS)
def test_help_has_an_example(verb):
    done = ec(verb, "--help")
    assert done.returncode == 0 and "Example:" in done.stdout


def test_events_jsonl_table_csv(store_path):
    with Store(store_path) as s:
        n = s.events(as_="arrow").num_rows
    done = ec("events", "--store", str(store_path), "--format", "jsonl", "--limit", "0")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == n and {"event_id", "num_mentions", "mention_ids"} <= set(rows[0])
    table = ec("events", "--store", str(store_path), "--dyad", "USA", "CHN", "--limit", "5")
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["date", "source_code", "target_code"] and len(lines) == 6
    assert all("USAGOV" in line for line in lines[1:])
    out = ec("events", "--store", str(store_path), "--format", "csv", "--quad", "4")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert rows and all(r["quad_class"] == "4" for r in rows)


def test_store_from_environment(store_path):
    env_run = subprocess.run(
        [sys.executable, "-m", "eventcoder", "events", "--format", "jsonl", "--limit", "1"],
        capture_output=True, text=True, env={**_env(), "EVENTCODER_STORE": str(store_path)},
    )  # fmt: skip
    assert env_run.returncode == 0 and len(env_run.stdout.splitlines()) == 1


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--since", "2024-13-01"],
        ["events", "--until", "soon"],
        ["events", "--quad", "nice"],
        ["events", "--actor", "U S"],
        ["export", "--format", "csv", "--since", "03/01/2024"],
        ["timeline", "--dyad", "USA", "CHN", "--since", "x"],
        ["sql", "DROP VIEW events"],
        ["sql", "SELECT * FROM read_csv('/etc/passwd')"],
        ["sql", "SELECT 1; SELECT 2"],
    ],
)
def test_bad_values_give_one_line_errors(store_path, args):
    done = ec(*args, "--store", str(store_path))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "[EC500]" in lines[0]


def test_missing_store_one_line(tmp_path):
    done = ec("events", "--store", str(tmp_path / "none"))
    assert done.returncode != 0 and done.stderr.count("\n") == 1
    assert "no event store" in done.stderr and "[EC400]" in done.stderr


def test_sql_verb(store_path):
    done = ec("sql", "SELECT root, count(*) AS n FROM events GROUP BY root ORDER BY root",
              "--store", str(store_path), "--format", "jsonl")  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["root"] for r in rows] == ["04", "05", "11", "19"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "gdelt"])
def test_export_verb(store_path, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    done = ec("export", "--store", str(store_path), "--format", fmt, "--output", str(out),
              "--actor", "RUS")  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Store(store_path) as s:
        n = s.events(actor="RUS", as_="arrow").num_rows
    assert f"exported {n} events" in done.stderr
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(out).num_rows == n
        return
    lines = out.read_text().splitlines()
    assert len(lines) == n + (fmt == "csv")
    if fmt == "gdelt":
        assert all(len(line.split("\t")) == 61 for line in lines)


def test_export_to_stdout(store_path):
    done = ec("export", "--store", str(store_path), "--format", "gdelt", "--limit", "3")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 3


def test_analytics_verbs(store_path):
    tl = ec("timeline", "--store", str(store_path), "--dyad", "USA", "CHN", "--freq", "week",
            "--format", "csv")  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(tl.stdout)))
    assert rows and {"period", "events", "material_conflict", "goldstein_mean"} <= set(rows[0])
    top = ec("top", "actors", "--store", str(store_path), "-n", "2", "--format", "jsonl")
    assert len(top.stdout.splitlines()) == 2
    dyads = ec("top", "dyads", "--store", str(store_path), "--format", "table")
    assert dyads.returncode == 0 and "source_code" in dyads.stdout
    net = ec("network", "--store", str(store_path), "--min-weight", "2")
    edges = list(csv.DictReader(io.StringIO(net.stdout)))
    assert edges and all(int(e["weight"]) >= 2 for e in edges)


def test_compact_verb(tmp_path):
    path = tmp_path / "st"
    with Store(path, commit_every=2) as s:
        s.add(batch(0) + batch(1), "v1")
        before = s.events(as_="arrow").sort_by("event_id")
    done = ec("compact", "--store", str(path))
    assert done.returncode == 0, done.stderr
    assert "compacted" in done.stderr
    with Store(path) as s:
        assert s.events(as_="arrow").sort_by("event_id") == before


# ----------------------------------------------------------------- end to end with the coder
def _coder_available() -> bool:
    try:
        return importlib.util.find_spec("eventcoder.code.component") is not None and (
            importlib.util.find_spec("eventcoder.code.patterns") is not None
        )
    except ImportError:
        return False


NEWS = {
    "talks-2024-03-01.txt": (
        "US and China hold talks\n"
        "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Beijing on "
        "Friday. The United States accused China of supporting Russia's war against Ukraine. "
        "China denied the accusation and criticized Washington."
    ),
    "protest-2024-03-02.txt": (
        "Pakistan protests to Washington\n"
        "Pakistan lodged a formal protest with the American embassy in Islamabad on Saturday. "
        "Russian troops shelled Kharkiv on Friday, Ukrainian officials said. The police "
        "arrested dozens of protesters in Karachi."
    ),
    "visit-2024-03-03.txt": (
        "Modi visits Moscow\n"
        "Indian Prime Minister Narendra Modi visited Moscow on Sunday and met President "
        "Vladimir Putin. The two leaders signed an agreement on energy cooperation."
    ),
}


@pytest.mark.slow
@pytest.mark.skipif(not _coder_available(), reason="the coder (eventcoder.code) is not built yet")
def test_ingest_end_to_end_and_double_ingest_adds_nothing(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name, text in NEWS.items():
        (news / name).write_text(text, encoding="utf-8")
    (news / "empty.txt").write_text("")
    store = tmp_path / "st"
    first = ec("ingest", str(news), "--store", str(store), "--no-progress")
    assert first.returncode == 3, first.stderr  # some inputs failed (empty.txt): exit 3 (#14)
    assert "ingested 3 articles" in first.stderr
    assert "empty.txt" in first.stderr and "skipped 1: 1 empty inputs" in first.stderr
    assert "Traceback" not in first.stderr
    events = ec("events", "--store", str(store), "--format", "jsonl", "--limit", "0")
    assert events.returncode == 0, events.stderr
    rows = [json.loads(line) for line in events.stdout.splitlines()]
    assert rows, "the sample news should give events"
    assert all(r["date"] and r["date"].startswith("2024-03") for r in rows)
    mentions = ec("sql", "SELECT sentence, article_id FROM mentions", "--store", str(store),
                  "--format", "jsonl")  # fmt: skip
    sentences = [json.loads(line)["sentence"] for line in mentions.stdout.splitlines()]
    assert all(s in " ".join(NEWS.values()) for s in sentences)

    again = ec("ingest", str(news), "--store", str(store), "--no-progress")
    assert again.returncode == 3, again.stderr  # empty.txt still fails
    assert "ingested 0 articles" in again.stderr and "3 already stored" in again.stderr
    events2 = ec("events", "--store", str(store), "--format", "jsonl", "--limit", "0")
    assert events2.stdout == events.stdout

    nothing = ec("ingest", str(tmp_path / "missing"), "--store", str(store), "--no-progress")
    assert nothing.returncode != 0 and "Traceback" not in nothing.stderr


@pytest.mark.slow
@pytest.mark.skipif(not _coder_available(), reason="the coder (eventcoder.code) is not built yet")
def test_ingest_with_workers_matches_single_process(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name, text in NEWS.items():
        (news / name).write_text(text, encoding="utf-8")
    one = ec("ingest", str(news), "--store", str(tmp_path / "one"), "--no-progress")
    two = ec("ingest", str(news), "--store", str(tmp_path / "two"), "--workers", "2",
             "--batch-size", "1", "--no-progress")  # fmt: skip
    assert one.returncode == 0 and two.returncode == 0, two.stderr
    # --workers is an upper bound (free cores): the summary says how many processes coded
    assert "coded by" not in one.stderr
    assert re.search(r"^coded by (2 coding processes|1 coding process, not 2: only 1 of \d+ "
                     r"cores is free)", two.stderr, re.MULTILINE), two.stderr
    # the process pool itself, whatever the machine's load: two real worker processes
    from eventcoder.store.ingest import ingest as run_ingest

    with Store(tmp_path / "pool") as store:
        pool = run_ingest(store, [str(news)], workers=2, batch_size=1, on_error=print,
                          fit_to_cores=False)
    assert pool.coding == "2 coding processes" and pool.articles == len(NEWS)
    q = "SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id"
    a = ec("sql", q, "--store", str(tmp_path / "one"), "--format", "jsonl")
    b = ec("sql", q, "--store", str(tmp_path / "two"), "--format", "jsonl")
    c = ec("sql", q, "--store", str(tmp_path / "pool"), "--format", "jsonl")
    assert a.stdout == b.stdout == c.stdout and a.stdout


@pytest.mark.skipif(not _coder_available(), reason="the coder (eventcoder.code) is not built yet")
def test_ingest_starts_no_more_workers_than_batches(tmp_path, samples_dir):
    done = ec("ingest", str(samples_dir), "--store", str(tmp_path / "st"), "--workers", "8",
              "--no-progress")  # fmt: skip
    assert done.returncode == 0, done.stderr
    samples = len(list(samples_dir.glob("*.txt")))
    assert samples < 16 and f"ingested {samples} articles" in done.stderr
    assert "coded by 1 coding process, not 8: the input makes 1 batch" in done.stderr


def test_ingest_into_a_store_being_written_is_refused_in_one_line(tmp_path):
    store = tmp_path / "st"
    writer = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("synth.py")), str(store), "200", "0.05"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert writer.stdout is not None and writer.stdout.readline().startswith("batch 0")
        (tmp_path / "a.txt").write_text("The president met the prime minister on Monday.")
        done = ec("ingest", str(tmp_path / "a.txt"), "--store", str(store), "--no-progress")
    finally:
        writer.kill()
        writer.communicate(timeout=30)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "only one writer" in lines[0] and "[EC400]" in lines[0]


def test_corrupt_segment_is_one_warning_line_and_the_rest_answers(tmp_path):
    path = tmp_path / "st"
    with Store(path, commit_every=5) as s:
        s.add(batch(0) + batch(1), "v1")
    victim = sorted((path / "segments").glob("mentions-00000001-*.parquet"))[0]
    victim.write_bytes(victim.read_bytes()[:100])
    done = ec("sql", "SELECT count(*) AS n FROM mentions", "--store", str(path), "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1] != "0"
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: ") and victim.name in lines[0]


def test_include_is_documented_once_and_shown_everywhere():
    """Issue #14: --include's kinds come from one table, which --help and docs/store.md show."""
    from eventcoder.aggregate import INCLUDE_KINDS

    docs = (Path(__file__).resolve().parents[2] / "docs" / "store.md").read_text()
    for verb in ("events", "export", "timeline", "top", "network"):
        done = ec(verb, "--help")
        assert "--include" in done.stdout and "--include" in done.stdout.split("Example:")[1]
        text = " ".join(done.stdout.split())
        assert all(f"{kind} =" in text for kind in INCLUDE_KINDS), verb
    assert all(f"| `{kind}` |" in docs for kind in INCLUDE_KINDS)


def test_include_through_the_cli(store_path):
    done = ec("events", "--store", str(store_path), "--include", "all", "--format", "jsonl",
              "--limit", "0")  # fmt: skip
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert done.returncode == 0 and rows
    assert {"asserted", "background", "modality", "sentence", "title"} <= set(rows[0])
    timeline = ec("timeline", "--store", str(store_path), "--dyad", "USA", "CHN", "--include",
                  "negated", "--format", "csv")  # fmt: skip
    assert timeline.returncode == 0 and timeline.stdout.startswith('"period"')
