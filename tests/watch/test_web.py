"""What the web side shows of a watched store: ``/api/sources`` and the explore page's line
saying when the store last received an article and from how many sources."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import warnings

import pytest
from tests.serve.test_browser import ARGS, CHROMIUM, _free_port, _get_json, _need_chromium
from tests.watch.conftest import feeds, quick

from eventcoder.store import Store
from eventcoder.watch import Source, Watcher

pytest.importorskip("fastapi", reason="the serve extra is not installed")

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def watched(site, tmp_path, coder):
    store = tmp_path / "store"
    with Store(store) as s:
        Watcher(s, [Source(u) for u in feeds(site)], quick(), coder=coder).run()
    return store


def test_api_sources_of_a_watched_store(site, watched):
    from eventcoder.serve import create_app

    with TestClient(create_app(watched), raise_server_exceptions=False) as client:
        got = client.get("/api/sources").json()
        assert client.get("/api/sources", params={"x": 1}).status_code == 422
    with Store(watched) as s:
        last = s.sql("SELECT max(ingested_at) AS t FROM articles", as_="arrow").to_pylist()[0]["t"]
    assert got["last_article_at"] == last.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert (got["sources"], got["feeds"], got["pages"]) == (3, 2, 1)
    assert (got["articles"], got["outlets"]) == (7, 2)  # the pages' site, the feed's title
    rows = {r["source"]: r for r in got["items"]}
    assert rows[site.url("/feeds/world.rss")]["articles"] == 4
    assert rows[site.url("/news/arrests-dhaka.html")]["kind"] == "page"


@pytest.mark.browser
def test_explore_page_says_when_and_from_how_many_sources(watched):
    _need_chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventcoder", "serve", "--store", str(watched), "--host",
         "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                api = _get_json(f"{base}/api/sources")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "serve did not start"
                time.sleep(0.3)
        with sync_api.sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            try:
                page = browser.new_page()
                errors: list[str] = []
                page.on("pageerror", lambda exc: errors.append(str(exc)))
                page.goto(f"{base}/explore")
                page.wait_for_selector("#freshness[data-sources]")
                line = page.inner_text("#freshness")
            finally:
                browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    when = api["last_article_at"].replace("T", " ").replace("Z", " UTC")
    assert line.startswith(f"Last article received {when} (")
    assert "from 3 watched sources (2 feeds, 1 article page) · 7 articles from 2 outlets" in line
    assert not errors
