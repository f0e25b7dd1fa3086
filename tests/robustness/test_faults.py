"""Faults with real processes: SIGKILL during ``ingest`` and ``compact``, corrupt segments.

The reference is an uninterrupted ``ingest`` of the same ~200 generated articles; after every
fault and its recovery the store must hold exactly the reference's events.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import run_cli
from .corpus import write_articles

ARTICLES = 200
COMMIT_EVERY = "10"
EVENT_COLUMNS = (
    "event_id, date, source_code, target_code, cameo, quad_class, goldstein, num_mentions, "
    "num_articles, num_sources, first_seen, last_seen, mention_ids"
)


def _rows(store: Path, query: str) -> tuple[list[dict], list[str]]:
    """Rows of a read-only query through ``eventcoder sql``, and the warning lines."""
    run = run_cli("sql", query, "--store", str(store), "--format", "jsonl")
    run.assert_no_traceback()
    assert run.returncode == 0, run.stderr
    return [json.loads(line) for line in run.stdout.splitlines()], run.lines


def _events(store: Path) -> list[dict]:
    rows, warnings = _rows(store, f"SELECT {EVENT_COLUMNS} FROM events ORDER BY event_id")
    assert warnings == []
    return rows


def _counts(store: Path) -> dict:
    rows, _ = _rows(
        store,
        "SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM mentions) AS mentions, "
        "(SELECT count(*) FROM events) AS events",
    )
    return rows[0]


def _generation(store: Path) -> int:
    try:
        return int(json.loads((store / "manifest.json").read_text()).get("generation", 0))
    except (FileNotFoundError, ValueError):
        return 0  # not there yet, or caught mid-replace (never: os.replace is atomic)


def _start(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "eventcoder", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


def _kill_when(proc: subprocess.Popen, ready, limit: float = 300) -> bool:
    """SIGKILL ``proc`` as soon as ``ready()``; False if it ended first. (Polls; no timing
    is asserted: ``limit`` only keeps a hung child from hanging the test run.)"""
    give_up = time.monotonic() + limit
    while proc.poll() is None and time.monotonic() < give_up:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.communicate()
            return True
        time.sleep(0.005)
    proc.communicate()
    return False


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "news"
    write_articles(folder, ARTICLES)
    return folder


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[Path, list[dict]]:
    store = tmp_path_factory.mktemp("reference") / "store"
    run = run_cli(
        "ingest", str(corpus), "--store", str(store), "--commit-every", COMMIT_EVERY, "--no-progress"
    )
    run.assert_no_traceback()
    assert run.returncode == 0, run.stderr
    events = _events(store)
    assert len(events) > 100
    return store, events


@pytest.fixture(scope="module")
def killed_then_resumed(corpus, reference, tmp_path_factory) -> Path:
    """An ingest SIGKILLed after a few commits, then run again to the end."""
    store = tmp_path_factory.mktemp("killed") / "store"
    args = ("ingest", str(corpus), "--store", str(store), "--commit-every", COMMIT_EVERY, "--no-progress")
    first = _start(*args)
    assert _kill_when(first, lambda: _generation(store) >= 4), "ingest ended before it could be killed"
    assert first.returncode == -signal.SIGKILL
    partial = _counts(store)  # readable right after the kill, holding only whole commits
    assert 0 < partial["articles"] < ARTICLES
    second = run_cli(*args)
    second.assert_no_traceback()
    assert second.returncode == 0, second.stderr
    return store


def test_sigkill_during_ingest_then_rerun_equals_uninterrupted(killed_then_resumed, reference):
    assert _events(killed_then_resumed) == reference[1]
    assert _counts(killed_then_resumed) == _counts(reference[0])


def test_rerun_after_completion_adds_nothing(killed_then_resumed, corpus, reference):
    again = run_cli("ingest", str(corpus), "--store", str(killed_then_resumed), "--no-progress")
    again.assert_no_traceback()
    assert again.returncode == 0, again.stderr
    assert _events(killed_then_resumed) == reference[1]


def test_sigkill_during_compact_then_recovery(killed_then_resumed, reference, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(killed_then_resumed, store)
    seg = store / "segments"
    before = set(os.listdir(seg))
    compact = _start("compact", "--store", str(store))
    killed = _kill_when(compact, lambda: bool(set(os.listdir(seg)) - before))
    # Killed mid-merge (a new file exists but the manifest may not name it): still readable.
    assert _events(store) == reference[1]
    if killed:
        assert compact.returncode == -signal.SIGKILL
        print("compact killed; files it left:", sorted(set(os.listdir(seg)) - before))
    again = run_cli("compact", "--store", str(store))
    again.assert_no_traceback()
    assert again.returncode == 0, again.stderr
    assert _events(store) == reference[1]
    manifest = json.loads((store / "manifest.json").read_text())
    assert all(len(entries) <= 1 for entries in manifest["segments"].values())
    assert not [name for name in os.listdir(seg) if name.startswith(".tmp-")]


def _segment(store: Path, kind: str) -> Path:
    manifest = json.loads((store / "manifest.json").read_text())
    entries = manifest["segments"][kind]
    return store / "segments" / entries[len(entries) // 2]["file"]


def _one_warning(lines: list[str], segment: Path) -> None:
    warned = [line for line in lines if segment.name in line]
    assert len(warned) == 1, lines
    assert warned[0].startswith("warning: ") and "corrupt" in warned[0], warned
    assert len(lines) == 1, lines


@pytest.mark.parametrize("damage", ["truncate", "overwrite"])
def test_corrupt_segment_is_skipped_with_one_warning(reference, tmp_path, damage):
    store = tmp_path / "store"
    shutil.copytree(reference[0], store)
    full = _counts(reference[0])
    segment = _segment(store, "mentions")
    data = segment.read_bytes()
    if damage == "truncate":
        segment.write_bytes(data[: len(data) // 2])
    else:  # same size, footer intact: the damage only shows when the pages are read
        middle = len(data) // 2
        segment.write_bytes(data[:200] + os.urandom(middle - 200) + data[middle:])
    rows, lines = _rows(store, "SELECT count(*) AS n FROM mentions")
    _one_warning(lines, segment)
    readable = rows[0]["n"]
    assert 0 < readable < full["mentions"]
    listing = run_cli("events", "--store", str(store), "--format", "jsonl", "--limit", "0")
    listing.assert_no_traceback()
    assert listing.returncode == 0, listing.stderr
    _one_warning(listing.lines, segment)
    assert len(listing.stdout.splitlines()) > 0
    compact = run_cli("compact", "--store", str(store))
    compact.assert_no_traceback()
    assert compact.returncode == 0, compact.stderr
    assert (store / "quarantine" / segment.name).exists()
    rows, lines = _rows(store, "SELECT count(*) AS n FROM mentions")
    assert lines == [], lines  # quarantined: no more warnings
    assert rows[0]["n"] == readable


def test_corrupt_manifest_is_one_line(reference, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(reference[0], store)
    (store / "manifest.json").write_text('{"format": "eventcoder-store", "segments": ')
    run = run_cli("events", "--store", str(store))
    run.assert_no_traceback()
    assert run.returncode != 0
    assert len(run.lines) == 1 and run.lines[0].startswith("error: "), run.stderr
