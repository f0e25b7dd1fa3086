"""The HTTP API over a real store filled from the bundled samples (FastAPI TestClient)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from tests.serve.conftest import FLAGSHIP, SAMPLES, make_client

from eventcoder.serve import Settings, create_app
from eventcoder.serve.app import STATIC_DIR

MENTION_KEYS = {
    "article_id", "sentence_index", "sentence", "trigger", "source", "target", "cameo",
    "cameo_name", "root", "plover", "goldstein", "quad_class", "date", "date_precision",
    "location", "negated", "modality", "attributed_to", "confidence", "start", "end", "future",
    "background",
}  # fmt: skip


def error_of(response) -> str:
    body = response.json()
    assert set(body) >= {"error"}, body
    assert "Traceback" not in response.text
    return body["error"]


# ---------------------------------------------------------------------------- POST /api/code
@pytest.fixture(scope="module")
def coded(client):
    r = client.post("/api/code", json={"text": FLAGSHIP, "published": "2022-04-02"})
    assert r.status_code == 200, r.text
    return r.json()


def test_code_returns_mention_records_exactly(coded, coder):
    from eventcoder.read import article_from_text

    article = article_from_text(FLAGSHIP, published="2022-04-02")
    expected = [m.to_dict() for m in coder.code_article(article)]
    assert coded["mentions"] == json.loads(json.dumps(expected))
    assert coded["mentions"], "the flagship text codes to events"
    for m in coded["mentions"]:
        assert set(m) == MENTION_KEYS
    assert coded["article"]["id"] == article.id
    assert coded["coder_version"]


def test_code_flagship_events(coded):
    codes = {(m["cameo"], (m["source"] or {}).get("country"), (m["target"] or {}).get("country"))
             for m in coded["mentions"]}  # fmt: skip
    assert ("112", "PAK", "USA") in codes  # the accusation
    assert any(c[0] == "114" and c[1] == "PAK" for c in codes)  # the formal protest
    assert any(c[0] == "016" and c[1] == "USA" for c in codes)  # the denial


def test_code_spans_mark_actors_triggers_dates(coded):
    text = coded["article"]["text"]
    marked = {(s["kind"], text[s["start"] : s["end"]]) for s in coded["spans"]}
    assert ("trigger", "accused") in marked
    assert ("trigger", "denied") in marked
    assert any(k == "actor" and "United States" in t for k, t in marked), marked
    assert any(k == "actor" and "foreign ministry" in t for k, t in marked), marked
    assert ("date", "on Saturday") in marked
    n = len(coded["mentions"])
    previous_end = 0
    for span in coded["spans"]:
        assert previous_end <= span["start"] < span["end"] <= len(text)
        assert all(0 <= i < n for i in span["mentions"])
        previous_end = span["end"]


def test_code_accepts_an_input_record(client):
    record = {"id": "rec-1", "text": FLAGSHIP, "published": "2022-04-02",
              "url": "https://example.org/a", "outlet": "Example", "language": "en"}  # fmt: skip
    r = client.post("/api/code", json=record)
    assert r.status_code == 200, r.text
    assert {m["article_id"] for m in r.json()["mentions"]} == {"rec-1"}


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        ({"text": ""}, 422, "no text"),
        ({"text": "  \n\t "}, 422, "no text"),
        ({}, 422, "'text'"),
        ({"text": 5}, 422, "'text'"),
        ({"text": "Hello.", "published": "2022-13-40"}, 422, "'published'"),
        ({"text": "Hello.", "colour": "red"}, 422, "'colour'"),
        ({"text": "Hello.", "language": "fr"}, 422, "English"),
        ({"text": "x " * 60_000}, 413, "limit is 100,000"),
        ({"text": "Президент обвинил Соединённые Штаты в заговоре против его правительства "
                  "и заявил протест послу в столице в пятницу утром."}, 422, "not English"),
    ],
)  # fmt: skip
def test_code_bad_input(client, body, status, needle):
    r = client.post("/api/code", json=body)
    assert r.status_code == status, r.text
    assert needle in error_of(r)


def test_code_malformed_json(client):
    r = client.post("/api/code", content=b'{"text": "unterminated',
                    headers={"Content-Type": "application/json"})  # fmt: skip
    assert r.status_code == 422
    assert "malformed JSON" in error_of(r)


def test_body_cap_by_content_length(client):
    r = client.post("/api/code", content=b"x" * 1_000_001,
                    headers={"Content-Type": "application/json"})  # fmt: skip
    assert r.status_code == 413
    assert "1,000,000 bytes" in error_of(r)


def test_body_cap_without_content_length(client):
    def chunks():
        for _ in range(20):
            yield b"y" * 100_000

    r = client.post("/api/code", content=chunks(), headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert "too large" in error_of(r)


def test_text_cap_is_a_setting(sample_store):
    app = create_app(sample_store, Settings(max_text_chars=100, coder_factory=_no_coder))
    r = make_client(app).post("/api/code", json={"text": "word " * 30})
    assert r.status_code == 413
    assert "limit is 100" in error_of(r)


def _no_coder():
    raise RuntimeError("secret internals /etc/passwd")


def test_unexpected_error_is_json_without_traceback(sample_store):
    app = create_app(sample_store, Settings(coder_factory=_no_coder))
    r = make_client(app).post("/api/code", json={"text": FLAGSHIP})
    assert r.status_code == 500
    assert error_of(r) == "internal server error"
    assert "secret" not in r.text


def test_code_file_upload_text(client):
    files = {"file": ("report-2022-04-02.txt", FLAGSHIP.encode("utf-8"), "text/plain")}
    r = client.post("/api/code/file", files=files)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["article"]["published"] == "2022-04-02"  # from the file name
    assert any(m["cameo"] == "112" for m in body["mentions"])
    r = client.post("/api/code/file", files=files, data={"published": "2022-04-03"})
    assert r.json()["article"]["published"] == "2022-04-03"


def test_code_file_upload_html(client):
    paragraphs = "".join(f"<p>{line}</p>" for line in FLAGSHIP.splitlines()[1:])
    html = (f"<!doctype html><html><head><title>Khan accuses US</title></head><body>"
            f"<nav>Home | World</nav><article><h1>Khan accuses US</h1>{paragraphs}</article>"
            f"</body></html>")  # fmt: skip
    r = client.post("/api/code/file", files={"file": ("page.html", html.encode(), "text/html")},
                    data={"published": "2022-04-02"})  # fmt: skip
    assert r.status_code == 200, r.text
    body = r.json()
    assert "<p>" not in body["article"]["text"]
    assert any(m["cameo"] == "016" for m in body["mentions"])


def test_code_file_upload_pdf_docx_and_utf16(client, tmp_path):
    """The server reads an upload as the CLI reads a file (#14)."""
    from tests.read.documents import make_docx, make_pdf

    lines = FLAGSHIP.splitlines()
    pdf = make_pdf(tmp_path / "report.pdf", [lines[:2], lines[2:]])
    docx = make_docx(tmp_path / "report.docx", lines)
    for name, data in (("report-2022-04-02.pdf", pdf.read_bytes()),
                       ("report-2022-04-02.docx", docx.read_bytes()),
                       ("report-2022-04-02.txt", FLAGSHIP.encode("utf-16"))):  # fmt: skip
        r = client.post("/api/code/file", files={"file": (name, data, "application/octet-stream")})
        assert r.status_code == 200, (name, r.text)
        body = r.json()
        assert body["article"]["published"] == "2022-04-02"
        assert "Imran Khan accused the United States" in body["article"]["text"]
        assert any(m["cameo"] == "112" for m in body["mentions"]), name


def test_code_with_the_servers_actor_tables(sample_store, tmp_path):
    from eventcoder.code.actor_files import read_actor_files
    from eventcoder.serve import Settings, create_app

    table = tmp_path / "mine.tsv"
    table.write_text("name\tcode\tvalid_from\tvalid_to\nLake Basin Board\tIGOLBB\t\t\n")
    text = "The Lake Basin Board condemned the seizure of the boats on Tuesday."
    app = create_app(sample_store, Settings(actor_files=read_actor_files([table])))
    with make_client(app) as mine:
        body = mine.post("/api/code", json={"text": text, "published": "2024-05-14"}).json()
    assert [(m["source"]["code"], m["source"]["label"]) for m in body["mentions"]] == [
        ("IGOLBB", "Lake Basin Board")]


@pytest.mark.parametrize(
    ("name", "data", "needle"),
    [
        ("scan.pdf", b"%PDF-1.4 binary", "PDF"),
        ("empty.txt", b"   ", "empty"),
        ("../../etc/passwd", b"\x00\x01\x02", "binary"),
    ],
)
def test_code_file_upload_refused(client, name, data, needle):
    r = client.post("/api/code/file", files={"file": (name, data, "application/octet-stream")})
    assert r.status_code == 422, r.text
    assert needle in error_of(r)
    assert "/etc" not in r.text


def test_code_file_upload_limits(client):
    r = client.post("/api/code/file", files={"file": ("big.txt", b"word " * 220_000)})
    assert r.status_code == 413
    r = client.post("/api/code/file", files={"file": ("long.txt", b"word " * 30_000)})
    assert r.status_code == 413 and "limit is 100,000" in error_of(r)
    assert client.post("/api/code/file").status_code == 422
    r = client.post("/api/code/file", files={"file": ("a.txt", FLAGSHIP.encode())},
                    data={"published": "soon"})  # fmt: skip
    assert r.status_code == 422 and "form field 'published'" in error_of(r)


# ---------------------------------------------------------------------------- listings
def test_events_list_and_paging(client):
    r = client.get("/api/events", params={"limit": 1000})
    assert r.status_code == 200
    everything = r.json()
    assert everything["count"] >= 20 and not everything["has_more"]
    ids = [e["event_id"] for e in everything["items"]]
    page1 = client.get("/api/events", params={"limit": 5}).json()
    page2 = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert page1["has_more"] and page1["count"] == 5
    assert [e["event_id"] for e in page1["items"] + page2["items"]] == ids[:10]
    last = client.get("/api/events", params={"limit": 5, "offset": len(ids) - 2}).json()
    assert last["count"] == 2 and not last["has_more"]
    default = client.get("/api/events").json()
    assert default["limit"] == 50
    event = everything["items"][0]
    assert {"event_id", "date", "source_code", "target_code", "cameo", "cameo_name", "goldstein",
            "quad_class", "num_mentions", "lat", "lon"} <= set(event)  # fmt: skip


def _all(client, path="/api/events", **params):
    r = client.get(path, params={"limit": 1000, **params})
    assert r.status_code == 200, r.text
    return r.json()["items"]


def test_events_filters(client):
    everything = _all(client)
    conflict = _all(client, quad="verbal-conflict")
    assert conflict and len(conflict) < len(everything)
    assert {e["quad_class"] for e in conflict} == {3}
    assert {e["quad_class"] for e in _all(client, quad="4")} <= {4}
    accuse = _all(client, code="112")
    assert accuse and all(e["cameo"].startswith("112") for e in accuse)
    assert all(e["root"] == "11" for e in _all(client, root="11"))
    rus = _all(client, actor="RUS")
    assert rus and all("RUS" in ((e["source_code"] or "") + (e["target_code"] or ""))
                       for e in rus)  # fmt: skip
    source, target = next((e["source_code"], e["target_code"]) for e in everything
                          if e["source_code"] and e["target_code"])  # fmt: skip
    dyad = _all(client, dyad=f"{source},{target}")
    assert dyad and all(e["source_code"].startswith(source) and e["target_code"].startswith(target)
                        for e in dyad)  # fmt: skip
    dates = sorted(e["date"] for e in everything if e["date"])
    mid = dates[len(dates) // 2]
    since = _all(client, since=mid)
    assert since and all(e["date"] >= mid for e in since)
    until = _all(client, until=mid)
    assert until and all(e["date"] <= mid for e in until)
    assert len(since) + len(until) >= len([d for d in dates])
    ven = _all(client, country="VEN")
    assert ven and len(ven) < len(everything)
    text = _all(client, text="tear gas")
    assert text and len(text) < len(everything)


def test_sql_never_built_from_request_strings(client):
    sneaky = "x' OR '1'='1"
    assert _all(client, text=sneaky) == []
    assert _all(client, text="%") == []  # LIKE wildcards are escaped: a literal percent sign
    r = client.get("/api/events", params={"actor": "USA' OR 1=1 --"})
    assert r.status_code == 422 and "'actor'" in error_of(r)
    assert client.get("/api/events", params={"limit": 3}).json()["count"] == 3  # still there


@pytest.mark.parametrize(
    ("params", "needle"),
    [
        ({"bogus": "1"}, "'bogus'"),
        ({"sql": "SELECT 1"}, "'sql'"),
        ({"limit": "abc"}, "'limit'"),
        ({"limit": "5000"}, "'limit'"),
        ({"offset": "-1"}, "'offset'"),
        ({"since": "yesterday"}, "'since'"),
        ({"until": "2024-02-30"}, "'until'"),
        ({"quad": "9"}, "'quad'"),
        ({"code": "abc"}, "'code'"),
        ({"root": "42"}, "'root'"),
        ({"country": "Pakistan"}, "'country'"),
        ({"dyad": "PAK"}, "'dyad'"),
        ({"since": "2024-01-02", "until": "2024-01-01"}, "after"),
    ],
)
def test_events_bad_parameters(client, params, needle):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, r.text
    assert needle in error_of(r)


def test_mentions(client):
    r = client.get("/api/mentions", params={"limit": 3})
    assert r.status_code == 200
    body = r.json()
    assert body["count"] == 3 and body["has_more"]
    m = body["items"][0]
    assert {"mention_id", "event_id", "sentence", "trigger", "start", "end", "trigger_start",
            "trigger_end"} <= set(m)  # fmt: skip
    gas = _all(client, "/api/mentions", text="tear gas")
    assert gas and all("tear gas" in x["sentence"].lower() for x in gas)
    assert client.get("/api/mentions", params={"nope": 1}).status_code == 422


def test_timeline(client):
    top = client.get("/api/top/dyads", params={"n": 1}).json()[0]
    dyad = {"source": top["source_code"], "target": top["target_code"], "freq": "day"}
    r = client.get("/api/timeline", params=dyad)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["freq"] == "day" and body["periods"]
    assert sum(p["events"] for p in body["periods"]) >= top["events"]  # codes match by prefix
    p = body["periods"][0]
    assert {"period", "events", "verbal_cooperation", "material_cooperation", "verbal_conflict",
            "material_conflict", "goldstein_mean"} <= set(p)  # fmt: skip
    whole = client.get("/api/timeline").json()
    assert whole["freq"] == "month"
    assert sum(x["events"] for x in whole["periods"]) >= sum(x["events"] for x in body["periods"])
    via_dyad = client.get("/api/timeline", params={
        "dyad": f"{top['source_code']},{top['target_code']}", "freq": "day"}).json()  # fmt: skip
    assert via_dyad["periods"] == body["periods"]
    one = client.get("/api/timeline", params={"source": "RUS"}).json()
    assert one["periods"]
    assert client.get("/api/timeline", params={"freq": "hour"}).status_code == 422


def test_top_actors_and_dyads(client):
    actors = client.get("/api/top/actors", params={"n": 3}).json()
    assert len(actors) == 3
    assert actors[0]["events"] >= actors[-1]["events"]
    assert isinstance(actors[0]["mentions"], int)
    dyads = client.get("/api/top/dyads", params={"n": 2, "quad": "3"}).json()
    assert 1 <= len(dyads) <= 2 and {"source_code", "target_code", "events"} <= set(dyads[0])
    assert client.get("/api/top/actors", params={"n": 0}).status_code == 422
    assert client.get("/api/top/dyads", params={"limit": 2}).status_code == 422


def test_network(client):
    r = client.get("/api/network", params={"min_weight": 1})
    assert r.status_code == 200
    net = r.json()
    assert net["edges"] and net["nodes"]
    ids = {n["id"] for n in net["nodes"]}
    for e in net["edges"]:
        assert e["source"] in ids and e["target"] in ids and e["weight"] >= 1
    small = client.get("/api/network", params={"max_edges": 2}).json()
    assert len(small["edges"]) == 2
    assert client.get("/api/network", params={"min_weight": 0}).status_code == 422


def test_events_give_the_total(client):
    """#14: a page says how many events match in all."""
    everything = _all(client)
    page = client.get("/api/events", params={"limit": 5}).json()
    assert page["total"] == len(everything) and page["count"] == 5 and page["has_more"]
    last = client.get("/api/events", params={"limit": 5, "offset": len(everything) - 2}).json()
    assert last["total"] == len(everything) and last["count"] == 2
    beyond = client.get("/api/events", params={"offset": len(everything) + 10}).json()
    assert beyond["total"] == len(everything) and beyond["items"] == []
    quad = client.get("/api/events", params={"quad": 4, "limit": 1}).json()
    assert quad["total"] == len([e for e in everything if e["quad_class"] == 4])
    assert client.get("/api/mentions", params={"limit": 1}).json()["total"] >= len(everything)


def test_timeline_zero_fills_every_period(client):
    """#14: periods without events are rows of zeros; one actor works like a dyad."""
    import datetime as dt

    whole = client.get("/api/timeline", params={"freq": "month"}).json()["periods"]
    months = [dt.date.fromisoformat(p["period"]) for p in whole]
    assert all((b.year * 12 + b.month) - (a.year * 12 + a.month) == 1
               for a, b in zip(months, months[1:], strict=False))  # fmt: skip
    empty = [p for p in whole if p["events"] == 0]
    assert empty and all(p["verbal_conflict"] == 0 and p["goldstein_mean"] is None for p in empty)
    window = client.get("/api/timeline", params={
        "freq": "year", "since": "2020-01-01", "until": "2025-12-31"}).json()["periods"]  # fmt: skip
    assert [p["period"] for p in window] == [f"{y}-01-01" for y in range(2020, 2026)]
    actor = client.get("/api/timeline", params={"actor": "VEN", "freq": "day"}).json()
    source = client.get("/api/timeline", params={"source": "VEN", "freq": "day"}).json()
    assert actor["periods"] == source["periods"] and actor["periods"]
    events = _all(client, "/api/events", actor="VEN")
    assert sum(p["events"] for p in actor["periods"]) == len(events)


def test_places_aggregate_every_matching_event(client):
    """#14: the map's data: all matching events with a place, by place, and the total."""
    everything = _all(client)
    body = client.get("/api/places").json()
    assert body["total"] == len(everything)
    assert body["placed"] == sum(1 for e in everything if e["lat"] is not None)
    assert body["placed"] == sum(p["events"] for p in body["places"])
    first = body["places"][0]
    assert {"name", "country", "lat", "lon", "events", "cooperation", "conflict",
            "goldstein_mean", "latest"} <= set(first)  # fmt: skip
    assert first["events"] == max(p["events"] for p in body["places"])
    assert len(first["latest"]) == min(first["events"], 10)
    here = [e for e in everything if e["location_name"] == first["name"]]
    assert {e["event_id"] for e in first["latest"]} <= {e["event_id"] for e in here}
    one = client.get("/api/places", params={"per_place": 1, "country": "VEN"}).json()
    assert all(len(p["latest"]) <= 1 for p in one["places"]) and one["total"] < body["total"]
    assert client.get("/api/places", params={"per_place": 500}).status_code == 422


def test_network_collapsed_to_countries(client):
    """#14: one node per country (an organisation for IGO codes); no link within a country."""
    actors = client.get("/api/network").json()
    countries = client.get("/api/network", params={"by": "country"}).json()
    assert countries["by"] == "country"
    ids = {n["id"] for n in countries["nodes"]}
    assert all(len(i) == 3 or (i[:3] in ("IGO", "NGO", "IMG") and len(i) == 6) for i in ids)
    assert all(e["source"] != e["target"] for e in countries["edges"])
    names = {n["id"]: n["name"] for n in countries["nodes"]}
    assert names.get("VEN") == "Venezuela" and names.get("IGOUNO") == "United Nations"
    cross = sum(e["weight"] for e in actors["edges"]
                if e["source"][:3] != e["target"][:3] and "IGO" not in (e["source"][:3],
                                                                        e["target"][:3]))
    assert sum(e["weight"] for e in countries["edges"] if "IGO" not in
               (e["source"][:3], e["target"][:3])) == cross  # fmt: skip
    assert client.get("/api/network", params={"by": "region"}).status_code == 422


def test_event_by_id_with_evidence(client):
    first = _all(client)[0]
    r = client.get(f"/api/events/{first['event_id']}")
    assert r.status_code == 200
    event = r.json()
    assert event["event_id"] == first["event_id"]
    assert len(event["mentions"]) == event["num_mentions"]
    assert event["evidence"] and all(ev["sentence"] for ev in event["evidence"])
    assert event["evidence"][0]["article_id"]


@pytest.mark.parametrize("bad", ["0000000000000000", "nothex", "..%2F..%2Fetc%2Fpasswd",
                                 "' OR 1=1 --"])  # fmt: skip
def test_event_unknown_id(client, bad):
    r = client.get(f"/api/events/{bad}")
    assert r.status_code == 404
    assert error_of(r)


def test_article_by_id(client):
    mention = client.get("/api/mentions", params={"limit": 1}).json()["items"][0]
    r = client.get(f"/api/articles/{mention['article_id']}")
    assert r.status_code == 200
    art = r.json()
    assert art["text"] and art["title"]
    assert art["mentions"] and art["events"]
    assert mention["event_id"] in {e["event_id"] for e in art["events"]}
    kinds = {s["kind"] for s in art["spans"]}
    assert {"trigger", "actor"} <= kinds
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/articles/..%2F..%2Fetc%2Fpasswd").status_code == 404


def test_claims(client):
    r = client.get("/api/claims")
    assert r.status_code == 200, r.text
    body = r.json()
    # The samples hold contested claims (border shelling, election); which pairs exactly
    # depends on the coder's reading, so only the rule is checked here.
    assert body["window"] == 7 and body["count"] >= 1
    for pair in body["items"]:
        acc, den = pair["accusation"], pair["denial"]
        assert acc["cameo"].startswith("11")
        assert den["cameo"].startswith(("016", "12"))
        assert den["source_code"].startswith(pair["accused"])
        assert acc["target_code"].startswith(pair["accused"])
        assert den["target_code"] is None or den["target_code"][:3] == acc["source_code"][:3]
        assert acc["sentence"] and den["sentence"]
        assert abs(pair["days_apart"]) <= 7
    accuser = body["items"][0]["accuser"]
    mine = client.get("/api/claims", params={"actor": accuser}).json()
    assert mine["count"] >= 1
    assert client.get("/api/claims", params={"actor": "ZZZ"}).json()["count"] == 0
    assert client.get("/api/claims", params={"code": "112"}).status_code == 422
    assert client.get("/api/claims", params={"window": "-1"}).status_code == 422


def _claim_rows(view):
    rows = view.mentions({}, limit=1000, offset=0)["items"]
    accusations = [r for r in rows if r["cameo"].startswith("11")]
    denials = [r for r in rows if r["cameo"].startswith(("016", "12"))]
    return accusations, denials


def test_claims_sql_follows_the_python_rule(app):
    from eventcoder.serve.data import pair_claims

    view = app.state.view
    accusations, denials = _claim_rows(view)
    for window in (0, 1, 7, 60):
        assert view.claims({}, window, 1000) == pair_claims(accusations, denials, window)


def test_claims_rule_in_the_store(tmp_path):
    """Every case of the rule, through the store's SQL and the Python reference alike."""
    from eventcoder.records import ActorRef, Article, Mention
    from eventcoder.serve.data import StoreView, pair_claims
    from eventcoder.store import Store

    def actor(code):
        return ActorRef(text=code, name=code, code=code, country=code[:3]) if code else None

    article = Article(id="claims-1", text="x", published="2024-05-01")
    cases = [  # cameo, source, target, date, negated
        ("112", "PAKGOV", "USA", "2024-05-01", False),  # accusation, international
        ("112", "VENOPP", "VENGOV", "2024-05-01", False),  # accusation, domestic
        ("112", "CHNGOV", "USA", "2024-04-01", True),  # negated: no accusation
        ("016", "USA", None, "2024-05-02", False),  # answers PAK (to nobody)
        ("125", "USAGOV", "PAK", "2024-05-05", False),  # answers PAK
        ("016", "USA", "IND", "2024-05-02", False),  # to someone else
        ("016", "RUS", "PAK", "2024-05-02", False),  # not the accused
        ("016", "USA", None, "2024-06-20", False),  # outside the window
        ("016", "VENGOV", None, "2024-05-01", False),  # answers VENOPP
        ("016", "VENMIL", None, "2024-05-01", False),  # not the accused body
        ("120", "VENGOV", "VENOPP", "2024-04-29", False),  # answers VENOPP, earlier
        ("016", "USA", None, "2024-04-01", True),  # negated denial
    ]
    mentions = [
        Mention(article_id=article.id, sentence_index=k, sentence=f"s{k}", trigger="t",
                source=actor(src), target=actor(tgt), cameo=cameo, cameo_name=cameo,
                root=cameo[:2], plover=None, goldstein=-2.0, quad_class=3, date=day,
                date_precision="day", negated=neg)
        for k, (cameo, src, tgt, day, neg) in enumerate(cases)
    ]  # fmt: skip
    with Store(tmp_path / "s") as store:
        store.add([(article, mentions)], "test")
    view = StoreView(tmp_path / "s")
    try:
        pairs = view.claims({}, 7, 100)
        got = {(p["accusation"]["sentence"], p["denial"]["sentence"], p["days_apart"])
               for p in pairs}  # fmt: skip
        assert got == {("s0", "s3", 1), ("s0", "s4", 4), ("s1", "s8", 0), ("s1", "s10", -2)}
        assert pairs == pair_claims(*_claim_rows(view), 7)
        assert [p["denial"]["sentence"] for p in pairs if p["accuser"] == "VENOPP"] == [
            "s8", "s10"]  # closest first  # fmt: skip
        assert view.claims({"dyad": ("VEN", "VENGOV")}, 7, 100)[0]["accuser"] == "VENOPP"
        assert len(view.claims({}, 7, 1)) == 1
    finally:
        view.close()


def test_claim_pairing_rule():
    from eventcoder.serve.data import pair_claims

    def m(mid, code, src, tgt, date, negated=False):
        return {"mention_id": mid, "cameo": code, "source_code": src, "target_code": tgt,
                "date": dt.date.fromisoformat(date), "negated": negated,
                "sentence": mid}  # fmt: skip

    accusations = [m("a1", "112", "PAKGOV", "USA", "2022-04-01"),
                   m("a2", "112", "PAKGOV", "USA", "2022-01-01", negated=True)]  # fmt: skip
    denials = [
        m("d1", "016", "USA", None, "2022-04-02"),  # answers, to nobody in particular
        m("d2", "125", "USAGOV", "PAK", "2022-04-05"),  # answers the accuser
        m("d3", "016", "USA", "CHN", "2022-04-02"),  # denies something to someone else
        m("d4", "016", "RUS", "PAK", "2022-04-02"),  # not the accused
        m("d5", "016", "USA", None, "2022-05-20"),  # outside the window
    ]
    pairs = pair_claims(accusations, denials, window=7)
    assert [(p["accusation"]["mention_id"], p["denial"]["mention_id"]) for p in pairs] == [
        ("a1", "d1"), ("a1", "d2")]  # fmt: skip
    assert [p["days_apart"] for p in pairs] == [1, 4]
    # Within one country, the full codes are the parties.
    domestic = [m("v1", "112", "VENOPP", "VENGOV", "2024-08-17")]
    answers = [m("w1", "016", "VENGOV", None, "2024-08-17"),
               m("w2", "016", "VENMIL", None, "2024-08-17"),
               m("w3", "120", "VENGOV", "VENOPP", "2024-08-18")]  # fmt: skip
    pairs = pair_claims(domestic, answers, window=7)
    assert [p["denial"]["mention_id"] for p in pairs] == ["w1", "w3"]
    assert (pairs[0]["accuser"], pairs[0]["accused"]) == ("VENOPP", "VENGOV")


def test_stats(client):
    stats = client.get("/api/stats").json()
    assert stats["articles"] == len(list(SAMPLES.glob("*.txt"))) and stats["events"] > 0


def test_sources_of_a_store_filled_by_ingest(client):
    from tests.serve.conftest import SAMPLES

    got = client.get("/api/sources").json()
    assert (got["sources"], got["feeds"], got["pages"], got["items"]) == (0, 0, 0, [])
    assert got["articles"] == len(list(SAMPLES.glob("*.txt")))
    assert got["last_article_at"].endswith("Z")


def test_missing_store_is_503_json(tmp_path):
    app = create_app(tmp_path / "no-store-here", Settings(coder_factory=_no_coder))
    c = make_client(app)
    for path in ("/api/events", "/api/claims", "/api/network", "/api/events/0123456789abcdef",
                 "/api/sources"):
        r = c.get(path)
        assert r.status_code == 503, (path, r.text)
        assert "no event store" in error_of(r)
    assert not (tmp_path / "no-store-here").exists()  # reading never creates a store


def test_errors_are_json(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404 and "not found" in error_of(r)
    r = client.delete("/api/events")
    assert r.status_code == 405 and "not allowed" in error_of(r)
    r = client.get("/api/code")
    assert r.status_code == 405


# ---------------------------------------------------------------------------- pages, docs
@pytest.mark.parametrize("path", ["/", "/explore?dyad=PAK,USA", "/claims", "/docs",
                                  "/events/0123456789abcdef", "/articles/abc"])  # fmt: skip
def test_pages_are_self_contained(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    html = r.text
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html), "no external asset"
    assert "/static/common.js" in html


def test_page_escapes_query_values(client):
    r = client.get("/explore", params={"actor": '"><script>alert(1)</script>'})
    assert "<script>alert(1)</script>" not in r.text
    assert "&lt;script&gt;" in r.text or "&#34;&gt;&lt;script" in r.text


def test_static_assets_are_vendored(client):
    names = [p.name for p in STATIC_DIR.iterdir()]
    assert {"app.css", "common.js", "code.js", "explore.js", "claims.js",
            "world.json"} <= set(names)
    for p in STATIC_DIR.iterdir():
        if p.suffix in (".js", ".css"):
            # (the SVG namespace name is an identifier, never fetched)
            assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", p.read_text()), p.name
            assert client.get(f"/static/{p.name}").status_code == 200
    world = client.get("/static/world.json").json()
    isos = {c["iso"] for c in world["countries"]}
    assert {"PAK", "USA", "UKR", "RUS", "CHL", "VEN", "FRA", "NOR"} <= isos
    assert len(client.get("/static/world.json").content) < 200_000
    assert client.get("/static/../app.py").status_code == 404


def test_openapi_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/code", "/api/code/file", "/api/events", "/api/mentions", "/api/timeline", "/api/top/actors",
            "/api/top/dyads", "/api/network", "/api/places", "/api/events/{event_id}",
            "/api/articles/{article_id}", "/api/claims", "/api/sources"} <= paths  # fmt: skip
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"actor", "dyad", "code", "root", "quad", "country", "since", "until", "text", "limit",
            "offset"} <= params  # fmt: skip


def test_serve_help_has_an_example(cli):
    done = cli("serve", "--help")
    assert done.returncode == 0
    assert "Example:" in done.stdout and "--store" in done.stdout and "127.0.0.1" in done.stdout


# ---------------------------------------------------------------------------- issue #14
@pytest.mark.parametrize(
    "field",
    [{"published": "2022-04-02"}, {"date": "2022-04-02"}, {"pubDate": "Sat, 02 Apr 2022 09:00:00 +0500"},
     {"timestamp": 1648872000}, {"published_at": "2022-04-02T09:00:00Z"},
     {"datetime": "2022-04-02 09:00:00"}, {"publish_date": "2 April 2022"},
     {"publishDate": "2022-04-02"}],
)  # fmt: skip
def test_code_reads_the_date_under_its_usual_names(client, field):
    r = client.post("/api/code", json={"text": FLAGSHIP, **field})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["article"]["published"] == "2022-04-02" and body["warnings"] == []
    denial = next(m for m in body["mentions"] if m["cameo"] == "016")
    assert denial["date"] == "2022-04-02"  # "on Saturday", resolved against it


def test_code_dates_a_text_by_its_dateline_and_warns_when_undated(client):
    wire = FLAGSHIP.replace("ISLAMABAD, April 2 -", "ISLAMABAD, April 2, 2022 (Wire) -")
    body = client.post("/api/code", json={"text": wire}).json()
    assert body["article"]["published"] == "2022-04-02" and body["warnings"] == []
    undated = client.post("/api/code", json={"text": FLAGSHIP}).json()
    assert undated["article"]["published"] is None
    assert len(undated["warnings"]) == 1 and "no publication date" in undated["warnings"][0]


@pytest.mark.parametrize(
    ("body", "needle"),
    [({"text": "Hello.", "date": "next week"}, "'date' is not a date"),
     ({"text": "Hello.", "timestamp": True}, "'timestamp' is true/false"),
     ({"text": "Hello.", "created_at": "2022-04-02"}, "'created_at': unknown field; name the "
                                                       "publication date one of published, date")],
)  # fmt: skip
def test_code_refuses_a_bad_date_naming_the_field(client, body, needle):
    r = client.post("/api/code", json=body)
    assert r.status_code == 422 and needle in error_of(r)


def test_events_api_shows_asserted_events_unless_asked(client):
    default = client.get("/api/events", params={"limit": 1000}).json()["items"]
    assert default and all(e["asserted"] and not e["background"] for e in default)
    everything = client.get("/api/events", params={"limit": 1000, "include": "all"}).json()
    kinds = {(e["modality"], e["background"]) for e in everything["items"]}
    assert ("intent", False) in kinds and any(bg for _, bg in kinds)
    assert any(e["modality"] == "intent" for e in default)  # a pledge is an act
    intents = client.get("/api/events", params={"limit": 1000, "include": "future,background"})
    assert intents.status_code == 200 and intents.json()["count"] > len(default)
    bad = client.get("/api/events", params={"include": "rumours"})
    assert bad.status_code == 422 and "include" in error_of(bad)
    one = client.get(f"/api/events/{default[0]['event_id']}").json()
    assert {"sentence", "title", "outlet", "source_url", "modality", "date_precision",
            "asserted", "negated", "background"} <= set(one)  # fmt: skip
    first = min(one["mentions"], key=lambda m: m["mention_id"])
    assert one["sentence"] == first["sentence"] and one["title"] == first["title"]
