"""The pages in a real browser: `eventcoder serve` as a subprocess, headless Chromium.

Saves a screenshot of each page to screenshots/ (git-ignored); set EVENTCODER_SCREENSHOTS to
another folder, e.g. docs/screenshots to refresh the copies the docs show.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from tests.serve.conftest import FLAGSHIP, REPO

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(os.environ.get("EVENTCODER_SCREENSHOTS", REPO / "screenshots"))
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
]  # fmt: skip
TIMEOUT_MS = 120_000


def _need_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing on CI (apt-get install chromium)")
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium); browser tests skipped")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get_json(url: str) -> object:
    with urllib.request.urlopen(url, timeout=30) as response:  # loopback only
        return json.load(response)


@pytest.fixture(scope="module")
def server(sample_store, tmp_path_factory):
    _need_chromium()
    port = _free_port()
    log = tmp_path_factory.mktemp("serve-log") / "server.log"
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "eventcoder", "serve", "--store", str(sample_store),
             "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
            stdout=out, stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
        )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                _get_json(f"{base}/api/stats")
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"eventcoder serve did not start:\n{log.read_text()}")
                time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def browser_context(server, tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1360, "height": 900},
        )  # fmt: skip
        context.set_default_timeout(TIMEOUT_MS)
        try:
            yield context
        finally:
            context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.problems = problems
    yield page
    page.close()
    assert not problems, f"console errors: {problems}"


def shot(page, name: str, full_page: bool = True, locator=None) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    if locator is not None:
        locator.screenshot(path=str(path))
    else:
        page.screenshot(path=str(path), full_page=full_page)
        if path.stat().st_size >= 300_000:  # a long page: the first screenful tells enough
            page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size < 300_000, f"{path} is {path.stat().st_size} bytes"


def test_code_page_marks_actors_and_lists_events(page, server):
    page.goto(f"{server}/")
    page.fill("#text", FLAGSHIP)
    page.fill("#published", "2022-04-02")
    page.click("#code-button")
    page.wait_for_selector("#mentions li.mention")
    actors = page.locator("#marked mark.hl.actor").all_inner_texts()
    triggers = page.locator("#marked mark.hl.trigger").all_inner_texts()
    dates = page.locator("#marked mark.hl.date").all_inner_texts()
    assert any("United States" in a for a in actors), actors
    assert any("foreign ministry" in a for a in actors), actors
    assert any("embassy" in a for a in actors), actors
    assert "accused" in triggers and "denied" in triggers, triggers
    assert any("protest" in t for t in triggers), triggers
    assert "on Saturday" in dates
    events = page.locator("#mentions li.mention").all_inner_texts()
    text = "\n".join(events)
    assert "112" in text and "Accuse" in text
    assert "114" in text and "Complain officially" in text
    assert "016" in text and "Deny responsibility" in text
    assert "PAKGOV" in text and "USA" in text
    # A highlight leads to its event in the list.
    page.locator("#marked mark.hl.trigger", has_text="denied").click()
    selected = page.locator("#mentions li.mention.on")
    assert selected.count() == 1 and "016" in selected.inner_text()
    shot(page, "code")


def test_code_page_shows_errors(page, server):
    page.goto(f"{server}/")
    page.fill("#text", "   ")
    page.evaluate("document.getElementById('text').removeAttribute('required')")
    page.click("#code-button")
    page.wait_for_selector("#code-status.error")
    assert "no text" in page.inner_text("#code-status")
    page.problems.clear()  # the 422 answer is logged by the browser as a failed request


def _chart(page) -> str:
    return page.inner_html("#chart")


def test_explore_dyad_filter_changes_table_and_chart(page, server):
    page.goto(f"{server}/explore")
    page.wait_for_selector("#events tbody tr[data-event]")
    page.wait_for_selector("#chart svg g.bar")
    page.wait_for_selector("#map svg path.country")
    page.wait_for_selector("#network svg g.node")
    before_rows = page.locator("#events tbody tr[data-event]").count()
    before_chart = _chart(page)
    assert before_rows > 5
    page.wait_for_selector("#freshness[data-sources]")
    stored = _get_json(f"{server}/api/stats")["articles"]  # the bundled samples
    assert (f"not watched: filled by eventcoder ingest · {stored} articles"
            in page.inner_text("#freshness"))  # fmt: skip
    shot(page, "explore", full_page=False)
    shot(page, "explore-network", locator=page.locator("section.grid2").last)
    top = _get_json(f"{server}/api/top/dyads?n=1")[0]
    dyad = f"{top['source_code']},{top['target_code']}"
    page.fill("input[name=dyad]", dyad)
    page.click("#filters button[type=submit]")
    page.wait_for_function(
        "n => document.querySelectorAll('#events tbody tr[data-event]').length !== n",
        arg=before_rows,
    )
    page.wait_for_function("t => document.getElementById('chart').innerHTML !== t",
                           arg=before_chart)  # fmt: skip
    rows = page.locator("#events tbody tr[data-event]")
    assert 0 < rows.count() < before_rows
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td").all_inner_texts()
        assert cells[1].startswith(top["source_code"]) and cells[3].startswith(top["target_code"])
    assert dyad.replace(",", " → ") in page.inner_text("#chart-title")
    assert f"dyad={dyad.replace(',', '%2C')}" in page.url
    shot(page, "explore-dyad", full_page=False)


def test_event_page_shows_evidence(page, server):
    page.goto(f"{server}/explore?quad=3")
    page.wait_for_selector("#events tbody tr[data-event]")
    event_id = page.get_attribute("#events tbody tr[data-event]", "data-event")
    page.locator("#events tbody tr[data-event]").first.locator("td").nth(7).click()
    page.wait_for_url(f"**/events/{event_id}")
    page.wait_for_selector("#evidence li.evidence-item")
    api = _get_json(f"{server}/api/events/{event_id}")
    shown = page.locator("#evidence blockquote").all_inner_texts()
    assert [e["sentence"] for e in api["evidence"]] == shown
    assert page.locator("#evidence strong.trig").count() >= 1
    assert api["cameo_name"] in page.inner_text("#event")
    assert page.get_attribute("#back", "href") == "/explore?quad=3"  # back to the same view
    shot(page, "event")
    page.locator("#evidence a").first.click()
    page.wait_for_selector("#marked mark.hl")
    assert page.locator("#mentions li.mention").count() >= 1
    shot(page, "article")


def test_claims_page_side_by_side(page, server):
    page.goto(f"{server}/claims")
    page.wait_for_selector("#claims article.claim")
    first = page.locator("#claims article.claim").first
    accusation = first.locator(".claim-side.accusation").inner_text()
    denial = first.locator(".claim-side.denial").inner_text()
    api = _get_json(f"{server}/api/claims")["items"][0]
    assert api["accusation"]["sentence"] in accusation
    assert api["denial"]["sentence"] in denial
    shot(page, "claims")


def test_api_docs_page(page, server):
    page.goto(f"{server}/docs")
    page.wait_for_selector("#apidocs section.endpoint")
    text = page.inner_text("#apidocs")
    for path in ("/api/code", "/api/events", "/api/claims", "/api/network"):
        assert path in text
    with contextlib.suppress(AssertionError):
        shot(page, "docs", full_page=False)


def test_map_and_network_lead_to_events(page, server):
    page.goto(f"{server}/explore")
    page.wait_for_selector("#map svg circle.dot")
    page.wait_for_selector("#network svg g.node")
    # one place (a cluster of several zooms in instead: test_map_… below)
    page.locator("#map svg circle.dot:not(.cluster)").first.dispatch_event("click")
    page.wait_for_selector("#map-detail a")
    page.locator("#map-detail a").first.click()
    page.wait_for_selector("#evidence li.evidence-item")
    assert page.locator("#evidence blockquote").count() >= 1
    page.go_back()
    page.wait_for_selector("#network svg g.node")
    node = page.locator("#network svg g.node").first
    actor = node.get_attribute("data-actor")
    node.dispatch_event("click")
    page.wait_for_function("a => new URL(location.href).searchParams.get('actor') === a",
                           arg=actor)  # fmt: skip
    # The table shows only that actor's events: as source or as target.
    page.wait_for_function(
        """a => {
          const rows = [...document.querySelectorAll('#events tbody tr[data-event]')];
          return rows.length > 0 && rows.every((r) =>
            r.cells[1].innerText.startsWith(a) || r.cells[3].innerText.startsWith(a));
        }""",
        arg=actor,
    )


def test_code_page_upload(page, server):
    page.goto(f"{server}/")
    page.set_input_files("#file", files=[{
        "name": "report-2022-04-02.txt", "mimeType": "text/plain",
        "buffer": FLAGSHIP.encode("utf-8")}])  # fmt: skip
    page.wait_for_function("() => document.getElementById('text').value.length > 100")
    assert page.input_value("#published") == "2022-04-02"
    html = "<!doctype html><html><body><article>" + "".join(
        f"<p>{line}</p>" for line in FLAGSHIP.splitlines()[1:]) + "</article></body></html>"
    page.set_input_files("#file", files=[{
        "name": "page.html", "mimeType": "text/html", "buffer": html.encode("utf-8")}])
    page.wait_for_selector("#mentions li.mention")
    assert "<p>" not in page.input_value("#text")
    assert "denied" in page.locator("#marked mark.hl.trigger").all_inner_texts()


def test_explore_include_brings_future_acts_back(page, server):
    """Issue #14: the default shows what happened (a pledge is an act); "Also show: future"
    brings back acts only foretold, and an event page says how its mentions reported it."""
    page.goto(f"{server}/explore")
    page.wait_for_selector("#events tbody tr[data-event]")
    default = _get_json(f"{server}/api/events?limit=1000")["count"]
    wider = _get_json(f"{server}/api/events?limit=1000&include=future")
    assert wider["count"] > default
    page.select_option("select[name=include]", "future")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => new URL(location.href).searchParams.get('include') === 'future'")
    intent = next(e for e in wider["items"] if not e["asserted"])
    assert intent["modality"] == "future"
    page.goto(f"{server}/events/{intent['event_id']}")
    page.wait_for_selector("#evidence li.evidence-item")
    facts = page.inner_text("#event")
    assert "not done" in facts and intent["modality"] in facts
    assert intent["title"] and intent["title"] in facts


# --------------------------------------------------------------------------- #14: the edges
def test_map_shows_every_matching_event_clustered_and_zooms(page, server):
    page.goto(f"{server}/explore")
    page.wait_for_selector("#map svg circle.dot")
    api = _get_json(f"{server}/api/places")
    count = page.inner_text("#map-count")
    assert f"{api['placed']} of {api['total']} matching events have a place" in count, count
    assert f"all {api['placed']} shown" in count and f"at {len(api['places'])} places" in count
    dots = page.locator("#map svg circle.dot")
    shown = sum(int(dots.nth(i).get_attribute("data-events")) for i in range(dots.count()))
    assert shown == api["placed"]  # every placed event is on the map, none twice
    clusters = page.locator("#map svg circle.dot.cluster")
    assert clusters.count() >= 1  # Kisumu and Mwanza are one cluster on the whole world
    places = int(clusters.first.get_attribute("data-places"))
    before = page.locator("#map svg circle.dot:not(.cluster)").count()
    clusters.first.dispatch_event("click")  # a cluster zooms in until its places part
    page.wait_for_function("() => Number(document.querySelector('#map svg').dataset.scale) > 1")
    page.wait_for_function(
        "n => document.querySelectorAll('#map svg circle.dot:not(.cluster)').length >= n",
        arg=before + places)  # fmt: skip
    shot(page, "explore-map", locator=page.locator("#map").locator(".."))
    page.click("#map-zoom .zoom-reset")
    assert page.get_attribute("#map svg", "data-scale") == "1.000"
    page.click("#map-zoom .zoom-in")
    scale = float(page.get_attribute("#map svg", "data-scale"))
    assert scale > 1
    box = page.locator("#map svg").bounding_box()
    view = page.get_attribute("#map svg", "viewBox")
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] / 2 + 80, box["y"] + box["height"] / 2 + 30, steps=6)
    page.mouse.up()
    assert page.get_attribute("#map svg", "viewBox") != view  # dragged: panned
    assert float(page.get_attribute("#map svg", "data-scale")) == scale


def _label_boxes(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('#network svg text.node-label')]
        .map((t) => { const r = t.getBoundingClientRect();
                      return {x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, id: t.textContent}; })""")


def _overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            if a["x0"] < b["x1"] - 0.5 and b["x0"] < a["x1"] - 0.5 and \
                    a["y0"] < b["y1"] - 0.5 and b["y0"] < a["y1"] - 0.5:
                pairs.append((a["id"], b["id"]))
    return pairs


def test_network_labels_do_not_overlap_zoom_and_countries(page, server):
    page.goto(f"{server}/explore")
    page.wait_for_selector("#network svg g.node")
    labels = _label_boxes(page)
    assert len(labels) >= 5 and _overlapping(labels) == []
    height = labels[0]["y1"] - labels[0]["y0"]
    page.click("#net-zoom .zoom-in")
    page.wait_for_function("() => Number(document.querySelector('#network svg').dataset.scale) > 1")
    zoomed = _label_boxes(page)
    assert _overlapping(zoomed) == [] and len(zoomed) >= len(labels)
    assert abs((zoomed[0]["y1"] - zoomed[0]["y0"]) - height) < 1.5  # labels keep their size
    api = _get_json(f"{server}/api/network?by=country&max_edges=80")
    page.check("#net-countries")
    page.wait_for_selector("#network svg[data-by=country]")
    ids = page.eval_on_selector_all("#network svg g.node", "gs => gs.map((g) => g.dataset.actor)")
    assert sorted(ids) == sorted(n["id"] for n in api["nodes"])
    assert all(len(i) == 3 or i[:3] in ("IGO", "NGO", "IMG") for i in ids), ids
    assert "countries" in page.inner_text("#net-count")
    assert _overlapping(_label_boxes(page)) == []
    shot(page, "explore-network-countries", locator=page.locator("#network").locator(".."))
    # a country node filters by the country: all its actors
    page.locator("#network svg g.node[data-actor=VEN]").dispatch_event("click")
    page.wait_for_function("() => new URL(location.href).searchParams.get('actor') === 'VEN'")


def test_timeline_zero_fills_on_a_time_axis_for_one_actor(page, server):
    page.goto(f"{server}/explore")
    page.wait_for_selector("#chart svg g.bar")
    api = _get_json(f"{server}/api/timeline?freq=month")
    bars = page.locator("#chart svg g.bar")
    assert bars.count() == len(api["periods"])
    empty = [p["period"] for p in api["periods"] if p["events"] == 0]
    assert empty, "the samples leave months without events"
    assert page.locator("#chart svg g.bar.empty").count() == len(empty)
    # a real time axis: the space between bars is the time between their periods
    xs = [float(bars.nth(i).get_attribute("data-x")) for i in range(bars.count())]
    days = [(_day(p["period"]) - _day(api["periods"][0]["period"])).days for p in api["periods"]]
    per_day = (xs[-1] - xs[0]) / days[-1]
    assert all(abs((x - xs[0]) - d * per_day) < 0.5 for x, d in zip(xs, days, strict=True))
    assert page.locator("#chart svg text.tick.time").count() >= 3
    before = page.inner_html("#chart")
    page.fill("input[name=actor]", "VEN")
    page.click("#filters button[type=submit]")
    page.wait_for_function("t => document.getElementById('chart').innerHTML !== t", arg=before)
    assert "VEN, as source or target" in page.inner_text("#chart-title")
    one = _get_json(f"{server}/api/timeline?actor=VEN&freq=day")
    assert page.locator("#chart svg g.bar").count() == len(one["periods"])  # auto: by day
    page.select_option("#freq", "week")
    page.wait_for_function("() => document.getElementById('chart-title').innerText.includes('week')")
    weekly = _get_json(f"{server}/api/timeline?actor=VEN&freq=week")
    assert page.locator("#chart svg g.bar").count() == len(weekly["periods"])
    shot(page, "explore-timeline-actor", locator=page.locator("#chart").locator(".."))


def _day(iso: str):
    import datetime as dt

    return dt.date.fromisoformat(iso)


def test_events_table_gives_the_total(page, server):
    page.goto(f"{server}/explore?quad=4")
    page.wait_for_selector("#events tbody tr[data-event]")
    total = _get_json(f"{server}/api/events?quad=4&limit=1")["total"]
    assert f"of {total} matching" in page.inner_text("#event-count")
