"""Helpers of the robustness tests: the CLI as a real subprocess, with its peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import psutil
import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "src" / "eventcoder" / "samples"


@dataclass
class Run:
    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str
    peak_rss: int  # bytes, the child's largest resident set seen (sampled)

    @property
    def lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.strip()]

    @property
    def reports(self) -> list[str]:
        """The lines that report a problem: all but the end-of-run warnings (such as the count
        of undated articles, issue #14), which report no failed input."""
        return [line for line in self.lines if not line.startswith("warning: ")]

    def lines_naming(self, needle: str) -> list[str]:
        return [line for line in self.reports if needle in line]

    def assert_no_traceback(self) -> None:
        for stream in (self.stdout, self.stderr):
            assert "Traceback" not in stream, self.stderr[-3000:]
            assert "internal error" not in stream, self.stderr[-3000:]


def run_cli(*args: str, stdin: bytes | None = None, timeout: float = 600, cwd: Path | None = None) -> Run:
    """``python -m eventcoder ARGS`` in a subprocess; its peak RSS is sampled every 20 ms."""
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    env.pop("EVENTCODER_DEBUG", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventcoder", *args],
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        cwd=cwd,
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        try:
            ps = psutil.Process(proc.pid)
            while not done.is_set():
                peak = max(peak, ps.memory_info().rss)
                done.wait(0.02)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(stdin, timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        done.set()
        sampler.join()
    return Run(args, proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), peak)


@pytest.fixture(scope="session")
def cli():
    return run_cli


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """A store filled from the bundled samples by ``eventcoder ingest``."""
    store = tmp_path_factory.mktemp("robust-samples") / "store"
    done = run_cli("ingest", str(SAMPLES), "--store", str(store))
    assert done.returncode == 0, done.stderr
    return store
