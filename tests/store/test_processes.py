"""Real processes: a writer killed with SIGKILL, readers during a write, a second writer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventcoder.store import Store

from .synth import batch

SYNTH = Path(__file__).with_name("synth.py")
READER = """
import sys, time
from eventcoder.store import Store
counts = []
with Store(sys.argv[1]) as s:
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            n = s.sql("SELECT count(*) AS n FROM events", as_="arrow").to_pylist()[0]["n"]
            m = s.mentions(as_="arrow").num_rows
        except Exception as exc:
            if "no event store" in str(exc):
                time.sleep(0.02)
                continue
            raise
        print(n, m, flush=True)
        if m >= int(sys.argv[2]):
            break
        time.sleep(0.01)
"""


def _writer(store: Path, batches: int, pause: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(SYNTH), str(store), str(batches), str(pause)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for_batch(proc: subprocess.Popen, n: int) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == f"batch {n}":
            return
    raise AssertionError(f"writer ended before batch {n}: {proc.stderr.read()}")


def _comparable_events(path: Path) -> list[dict]:
    with Store(path) as s:
        rows = s.sql("SELECT * EXCLUDE (date_added) FROM events ORDER BY event_id", as_="arrow")
        return rows.to_pylist()


def _run_to_end(store: Path, batches: int) -> None:
    done = subprocess.run(
        [sys.executable, str(SYNTH), str(store), str(batches)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_sigkill_loses_nothing_committed_and_rerun_completes(tmp_path):
    batches = 10
    reference = tmp_path / "reference"
    _run_to_end(reference, batches)
    expected = _comparable_events(reference)
    assert len(expected) > 20

    victim = tmp_path / "victim"
    # Kill twice: once between batches, once at an arbitrary moment inside commits.
    for wait_batch, extra in ((2, 0.0), (5, 0.013)):
        proc = _writer(victim, batches, pause=0.02)
        _wait_for_batch(proc, wait_batch)
        time.sleep(extra)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        proc.stdout.close()
        proc.stderr.close()
        # What was committed is readable and complete per article.
        with Store(victim) as s:
            arts = s.sql("SELECT article_id, num_mentions FROM articles", as_="arrow")
            assert arts.num_rows >= 5 * (wait_batch + 1)
            per_article = s.sql(
                "SELECT article_id, count(*) AS n FROM mentions GROUP BY 1", as_="arrow"
            ).to_pylist()
            stored = {r["article_id"]: r["num_mentions"] for r in arts.to_pylist()}
            assert {r["article_id"]: r["n"] for r in per_article} == stored
    _run_to_end(victim, batches)
    assert _comparable_events(victim) == expected
    with Store(victim) as s:
        assert s.stats()["articles"] == 5 * batches
    # No orphan is left once a writer has reopened the store.
    manifest = json.loads((victim / "manifest.json").read_text())
    listed = {e["file"] for k in manifest["segments"].values() for e in k}
    listed |= {manifest["events"]["file"]} | {g["file"] for g in manifest["garbage"]}
    assert {p.name for p in (victim / "segments").iterdir()} <= listed


@pytest.mark.slow
def test_reader_process_queries_while_a_writer_runs(tmp_path):
    store = tmp_path / "st"
    batches = 25
    writer = _writer(store, batches, pause=0.03)
    total_mentions = sum(len(ms) for i in range(batches) for _, ms in batch(i))
    reader = subprocess.run(
        [sys.executable, "-c", READER, str(store), str(total_mentions)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    writer.communicate(timeout=120)
    assert writer.returncode == 0
    assert reader.returncode == 0, reader.stderr
    assert "warning" not in reader.stderr
    seen = [tuple(map(int, line.split())) for line in reader.stdout.splitlines() if line]
    mentions = [m for _, m in seen]
    assert mentions == sorted(mentions)  # never goes back: only whole commits become visible
    assert len(set(mentions)) >= 3  # it saw the store grow while the writer ran
    assert mentions[-1] == total_mentions


@pytest.mark.slow
def test_second_writer_process_is_refused(tmp_path):
    store = tmp_path / "st"
    first = _writer(store, 40, pause=0.05)
    _wait_for_batch(first, 0)
    second = subprocess.run(
        [sys.executable, str(SYNTH), str(store), "1"], capture_output=True, text=True, timeout=60
    )
    first.kill()
    first.communicate(timeout=30)
    assert second.returncode != 0
    assert "StoreError" in second.stderr and "only one writer" in second.stderr
    assert f"pid {first.pid}" in second.stderr
    # The killed writer's lock is gone with it: a new writer gets in.
    _run_to_end(store, 1)


def test_writer_lock_released_on_kill_allows_reopen(tmp_path):
    store = tmp_path / "st"
    proc = _writer(store, 100, pause=0.05)
    _wait_for_batch(proc, 0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    with Store(store) as s:
        assert s.add([], "v1").articles == 0
