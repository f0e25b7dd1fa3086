"""Security: read-only SQL, a loopback-only server by default, request size caps, and no
endpoint that takes a file-system path."""

from __future__ import annotations

import hashlib
import os
import re
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import psutil
import pytest

from .conftest import run_cli

SECRET = "robustness-secret-7f3a"

REFUSED = [
    "INSERT INTO articles SELECT * FROM articles",
    "UPDATE articles SET title = 'x'",
    "DELETE FROM mentions",
    "CREATE TABLE t AS SELECT 1 AS x",
    "CREATE VIEW v AS SELECT 1 AS x",
    "CREATE OR REPLACE VIEW events AS SELECT 1 AS x",
    "DROP VIEW events",
    "ALTER VIEW events RENAME TO e2",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "DETACH memory",
    "COPY (SELECT * FROM events) TO '{tmp}/out.csv'",
    "EXPORT DATABASE '{tmp}/dump'",
    "PRAGMA database_list",
    "SET enable_external_access = true",
    "RESET lock_configuration",
    "INSTALL httpfs",
    "LOAD httpfs",
    "CALL pragma_version()",
    "SELECT * FROM read_csv('{secret}')",
    "SELECT * FROM read_csv_auto('{secret}')",
    "SELECT * FROM read_parquet('{store}/segments/*.parquet')",
    "SELECT * FROM read_json('{secret}')",
    "SELECT * FROM read_json_auto('{secret}')",
    "SELECT * FROM read_text('{secret}')",
    "SELECT * FROM read_blob('{secret}')",
    "SELECT * FROM glob('/*')",
    "SELECT * FROM '{secret}'",
    "SELECT * FROM sniff_csv('{secret}')",
    "SELECT * FROM parquet_metadata('{store}/segments/*.parquet')",
    "SELECT * FROM events WHERE event_id IN (SELECT column0 FROM read_csv('{secret}'))",
    "WITH f AS (SELECT * FROM read_text('{secret}')) SELECT * FROM f",
    "SELECT 1 AS x; DROP VIEW events",
    "SELECT 1 AS x; SELECT 2 AS y",
    "SELECT count(*) FROM events; DELETE FROM mentions",
]


def _snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha1(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("secret") / "secret.csv"
    path.write_text(f"token\n{SECRET}\n")
    return path


@pytest.mark.parametrize("query", REFUSED)
def test_sql_refuses(query, sample_store, secret_file, tmp_path):
    before = _snapshot(sample_store)
    sql = query.format(tmp=tmp_path, secret=secret_file, store=sample_store)
    run = run_cli("sql", sql, "--store", str(sample_store), "--format", "jsonl")
    run.assert_no_traceback()
    assert run.returncode != 0, run.stdout
    assert run.stdout == ""
    assert len(run.lines) == 1, run.stderr
    assert run.lines[0].startswith("error: ") and "[EC500]" in run.lines[0], run.lines[0]
    assert SECRET not in run.stderr
    assert _snapshot(sample_store) == before
    assert list(tmp_path.iterdir()) == []


def test_sql_allows_a_plain_select(sample_store):
    run = run_cli(
        "sql",
        "WITH r AS (SELECT root, count(*) AS n FROM events GROUP BY root) SELECT * FROM r "
        "UNION ALL SELECT 'x' AS root, count(*) AS n FROM range(3)",
        "--store",
        str(sample_store),
        "--format",
        "jsonl",
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip()


def test_store_api_sql_refuses_writes_in_process(sample_store):
    """The same layers hold through the Python API, on a store opened for writing."""
    from eventcoder.errors import QueryError
    from eventcoder.store import Store

    before = _snapshot(sample_store)
    with Store(sample_store) as store:
        n = store.sql("SELECT count(*) AS n FROM mentions", as_="arrow").to_pylist()[0]["n"]
        for query in ("DELETE FROM mentions", "SELECT 1 AS x; DROP VIEW mentions", "DROP VIEW mentions"):
            with pytest.raises(QueryError):
                store.sql(query)
        assert store.sql("SELECT count(*) AS n FROM mentions", as_="arrow").to_pylist()[0]["n"] == n
    assert _snapshot(sample_store) == before


INJECTIONS = [
    ("--text", "x'); DROP VIEW events; --"),
    ("--actor", "USA' OR 1=1 --"),
    ("--code", "1' UNION SELECT * FROM read_text('/etc/passwd') --"),
    ("--country", "XXX' OR '1'='1"),
]


@pytest.mark.parametrize(("option", "value"), INJECTIONS, ids=[o for o, _ in INJECTIONS])
def test_filters_are_parameters_not_sql(option, value, sample_store):
    before = _snapshot(sample_store)
    run = run_cli("events", "--store", str(sample_store), option, value, "--format", "jsonl")
    run.assert_no_traceback()
    assert run.stdout == "", run.stdout  # matches nothing (or is refused), never everything
    assert "root:" not in run.stderr
    assert len(run.lines) <= 1, run.stderr
    assert _snapshot(sample_store) == before


# --------------------------------------------------------------------------- the server
def test_serve_defaults_to_loopback():
    run = run_cli("serve", "--help")
    assert run.returncode == 0
    assert re.search(r"--host\b.*?\[default:\s*127\.0\.0\.1\]", " ".join(run.stdout.split())), run.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(sample_store):
    """``eventcoder serve`` with its default host, on a free port."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventcoder", "serve", "--store", str(sample_store), "--port", str(port),
         "--log-level", "warning", "--max-body", "100000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    try:
        give_up = time.monotonic() + 120  # only so a broken server cannot hang the run
        listening = []
        while not listening and proc.poll() is None and time.monotonic() < give_up:
            conns = psutil.Process(proc.pid).net_connections(kind="inet")
            listening = [c for c in conns if c.status == psutil.CONN_LISTEN]
            time.sleep(0.05)
        assert listening, proc.stderr.read().decode() if proc.poll() is not None else "no listener"
        yield proc, port, listening
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_server_binds_loopback_only(server):
    _proc, port, listening = server
    assert {c.laddr.ip for c in listening} == {"127.0.0.1"}
    assert {c.laddr.port for c in listening} == {port}


def test_server_caps_request_size(server):
    import httpx

    _proc, port, _ = server
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base, timeout=60) as client:
        assert client.get("/api/stats").status_code == 200
        big = client.post("/api/code", json={"text": "protest " * 20_000})
        assert big.status_code == 413 and "error" in big.json(), big.text

        def chunks():  # no Content-Length: the cap must hold on the bytes actually sent
            for _ in range(50):
                yield b"a" * 10_000

        chunked = client.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
        assert chunked.status_code == 413, chunked.text
        upload = client.post("/api/code/file", files={"file": ("big.txt", b"war " * 50_000, "text/plain")})
        assert upload.status_code == 413, upload.text


# --------------------------------------------------------------------------- no paths
@pytest.fixture(scope="module")
def client(sample_store):
    pytest.importorskip("fastapi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from eventcoder.serve import create_app

    with TestClient(create_app(sample_store), raise_server_exceptions=False) as c:
        yield c


PATHLIKE = re.compile(r"path|file|dir|folder|store|db|database|glob|url", re.I)


def test_no_endpoint_takes_a_path(client):
    """No query, path or body parameter of the API names a file, folder, store or URL to read
    (the upload's ``file`` is content, and ``url`` a label stored with the article)."""
    schema = client.get("/openapi.json").json()
    allowed = {("post", "/api/code/file", "file"), ("post", "/api/code", "url")}
    found = []
    for path, ops in schema["paths"].items():
        for method, op in ops.items():
            names = [p["name"] for p in op.get("parameters", [])]
            for content in op.get("requestBody", {}).get("content", {}).values():
                ref = content["schema"].get("$ref", "").rsplit("/", 1)[-1]
                names += list(schema["components"]["schemas"].get(ref, {}).get("properties", {}))
            found += [(method, path, n) for n in names if PATHLIKE.search(n)]
    assert set(found) <= allowed, found


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?store=/etc",
        "/api/events?path=/etc/passwd",
        "/api/articles/..%2F..%2F..%2Fetc%2Fpasswd",
        "/api/events/..%2F..%2Fmanifest.json",
        "/static/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/static/../../pyproject.toml",
    ],
)
def test_path_like_requests_read_nothing(client, url):
    response = client.get(url)
    assert response.status_code in (404, 422), response.text
    assert "root:" not in response.text and "[project]" not in response.text


def test_upload_name_is_a_label_not_a_path(client, secret_file):
    response = client.post(
        "/api/code/file",
        files={"file": (str(secret_file), b"Iran condemned Israel on Monday.", "text/plain")},
    )
    assert response.status_code == 200, response.text
    assert SECRET not in response.text
    article = response.json()["article"]
    assert article["text"].startswith("Iran condemned Israel")
    assert "/" not in (article.get("origin") or "")


def test_code_request_url_is_not_fetched(client, secret_file):
    response = client.post(
        "/api/code", json={"text": "Iran condemned Israel on Monday.", "url": f"file://{secret_file}"}
    )
    assert response.status_code == 200, response.text
    assert SECRET not in response.text.replace(f"file://{secret_file}", "")


@pytest.mark.parametrize(("option", "value"), INJECTIONS, ids=[o for o, _ in INJECTIONS])
def test_api_filters_are_parameters_not_sql(client, option, value):
    response = client.get("/api/events", params={option.lstrip("-"): value})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        body = response.json()
        rows = body["items"]
        assert not rows, str(body)[:500]
    assert "root:" not in response.text
