"""Shared fixtures. Model-heavy fixtures are session-scoped and opt-in (never autouse)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "src" / "eventcoder" / "samples"


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline the product uses (loaded once)."""
    from eventcoder.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def coder():
    """The real coder: spaCy pipeline plus the eventcoder component."""
    from eventcoder.pipeline import default_coder

    return default_coder()


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None,
            env: dict[str, str] | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run ``eventcoder ARGS`` as a user would: a subprocess of the installed entry point."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "eventcoder", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="session")
def cli():
    return run_cli


@pytest.fixture(scope="session")
def ingested_samples(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """``eventcoder ingest src/eventcoder/samples --store TMP`` run once, as a user runs it:
    the store and the finished run (for its summary on stderr)."""
    store = tmp_path_factory.mktemp("samples") / "store"
    done = run_cli("ingest", str(SAMPLES), "--store", str(store))
    assert done.returncode == 0, done.stderr
    return store, done
