"""Fixtures of the server tests: one real store filled from the bundled samples."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "src" / "eventcoder" / "samples"

pytest.importorskip("fastapi", reason="the serve extra is not installed")

with warnings.catch_warnings():
    # Starlette warns (a UserWarning) about its httpx-based test client; not our concern.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

#: A flagship-style report of our own: an accusation, a formal protest, and the denial.
FLAGSHIP = (
    "Prime minister accuses United States of plotting against his government\n"
    "ISLAMABAD, April 2 - Prime Minister Imran Khan accused the United States on Friday "
    "of conspiring to topple his government.\n"
    "Pakistan's foreign ministry lodged a formal protest with the American embassy in "
    "Islamabad on Thursday.\n"
    "The United States denied the allegations on Saturday.\n"
)


def ingest(paths: list[str], store: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "eventcoder", "ingest", *paths, "--store", str(store)],
        capture_output=True, text=True, timeout=900, check=False,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """``eventcoder ingest src/eventcoder/samples --store TMP``, a subprocess as a user runs."""
    store = tmp_path_factory.mktemp("serve") / "store"
    ingest([str(SAMPLES)], store)
    return store


@pytest.fixture(scope="session")
def app(sample_store):
    from eventcoder.serve import create_app

    return create_app(sample_store)


@pytest.fixture(scope="session")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def make_client(app) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)
