"""The bad-input matrix: every kind of bad input through the CLI (``code`` and ``ingest`` as
real subprocesses) and through the HTTP API.

For every row: stderr holds one line naming the input and the reason, no traceback anywhere,
the good inputs of the same call are still coded, and the exit status is 3 when some inputs
failed (#14) and 1 when nothing could be processed. All rows go through one ``code`` and one
``ingest`` call (model loading dominates a call), then each row is checked on its own.
"""

from __future__ import annotations

import json
import random
import re
import warnings

import pytest

from .conftest import run_cli

MB = 1_000_000
#: The most memory a call that meets the 50 MB inputs may use (model + one refused input).
MEMORY_CAP = 1_500 * MB

GOOD = "Russian troops shelled Kharkiv on Friday. The United States condemned the attack on Saturday.\n"
FRENCH = (
    "Le gouvernement français a condamné lundi l'attaque contre la ville frontalière. Le ministre "
    "a demandé une enquête internationale et a convoqué l'ambassadeur pour protester contre les "
    "violences commises par les soldats pendant le week-end.\n"
)
SPANISH = (
    "El gobierno de España condenó el lunes el ataque contra la ciudad fronteriza. El ministro "
    "pidió una investigación internacional y convocó al embajador para protestar por la violencia "
    "de los soldados durante el fin de semana.\n"
)
RUSSIAN = (
    "Правительство России в понедельник осудило нападение на пограничный город. Министр "
    "потребовал провести международное расследование и вызвал посла, чтобы выразить протест "
    "против насилия со стороны солдат.\n"
)
PDF = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\nxref\n0 3\n"
    b"0000000000 65535 f \n0000000015 00000 n \n0000000068 00000 n \n"
    b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n118\n%%EOF\n"
)
SCRIPTS_ONLY = (
    "<!DOCTYPE html><html><head><title></title><style>body { color: red }</style>"
    "<script>var troops = 'shelled the town';</script></head>"
    "<body><script>document.write('The army attacked');</script><style>p{}</style></body></html>"
)
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [\n <!ENTITY l0 "lol">\n'
    + "".join(f' <!ENTITY l{i} "{f"&l{i - 1};" * 10}">\n' for i in range(1, 10))
    + ']>\n<rss version="2.0"><channel><title>x</title><item><title>t</title>'
    "<description>&l9;</description></item></channel></rss>\n"
)
XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
    '<rss version="2.0"><channel><title>x</title><item><title>Leak</title>'
    "<description>Iran condemned Israel on Monday. &xxe;</description></item></channel></rss>\n"
)
JSONL_LINES = [
    {"id": "rec-good-1", "text": "Egypt condemned the bombing of Gaza on Monday.", "published": "2024-01-08"},
    "{not json at all",
    {"id": "rec-no-text"},
    {"id": "rec-int-text", "text": 42},
    {"id": "rec-bad-date", "text": "Iran condemned Israel on Monday.", "published": "2024-02-30"},
    [1, 2, 3],
    {"id": "rec-int-title", "text": "Iran condemned Israel on Monday.", "title": 7},
    {"id": "rec-bad-month", "text": "Iran condemned Israel on Monday.", "published": "2023-13-01"},
    {
        "id": "rec-good-2",
        "text": "Kenya praised Tanzania for the border deal on Tuesday.",
        "published": "2024-01-09",
    },
]


def _write_inputs(root):
    """Files of every kind in ``root/in`` (a folder), plus inputs given by name."""
    folder = root / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_bytes(b"  \n\t\n   \r\n")
    rng = random.Random(8)
    (folder / "noise.txt").write_bytes(bytes(rng.randrange(256) for _ in range(4000)) + b"\x00")
    (folder / "scan.txt").write_bytes(PDF)  # a PDF under a text name
    (folder / "bad-utf8.txt").write_bytes(
        b"Egypt \xff\xfe condemned \xc3\x28 Israel on Monday over the strikes on Gaza.\n"
    )
    (folder / "latin1.txt").write_bytes(
        "Iran condemned Israel on Monday, the foreign minister told reporters in Bogotá.\n".encode("latin-1")
    )
    words = "the army police minister said troops government capital protesters officials".split()
    long = "The minister said that " + " ".join(rng.choice(words) for _ in range(10_000)) + ".\n"
    (folder / "long-sentence.txt").write_text(long)
    (folder / "scripts.html").write_text(SCRIPTS_ONLY)
    (folder / "french.txt").write_text(FRENCH)
    (folder / "spanish.txt").write_text(SPANISH)
    (folder / "russian.txt").write_text(RUSSIAN)
    (folder / "records.jsonl").write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in JSONL_LINES)
    )
    (folder / "good-2024-03-02.txt").write_text(GOOD)
    (folder / "bomb.rss").write_text(BILLION_LAUGHS)
    (folder / "xxe.rss").write_text(XXE.format(secret=root / "secret.txt"))
    (root / "secret.txt").write_text("robustness-secret-91c2\n")
    (folder / "bom.jsonl").write_bytes(  # saved by a Windows tool: a UTF-8 byte-order mark
        b"\xef\xbb\xbf" + json.dumps({"id": "bom-1", "text": BOM_SENTENCE}).encode() + b"\n"
        + json.dumps({"id": "bom-2", "text": "Chile praised Peru on Monday."}).encode() + b"\n"
    )  # fmt: skip
    # Given by name: a real .pdf (not a readable suffix, so not picked from a folder) and two
    # 50 MB inputs: a text file and a JSONL record whose text is 50 MB on one line.
    (root / "report.pdf").write_bytes(PDF)
    sentence = "Russian troops shelled Kharkiv on Friday and the United States condemned the attack. "
    with open(root / "huge.txt", "w") as handle:
        for _ in range(50 * MB // len(sentence) + 1):
            handle.write(sentence)
    with open(root / "huge.jsonl", "w") as handle:
        handle.write(json.dumps({"id": "huge", "text": sentence * (50 * MB // len(sentence) + 1)}) + "\n")
        handle.write(json.dumps({"id": "after-huge", "text": "Japan praised Vietnam on Monday."}) + "\n")
    return [str(folder), str(root / "report.pdf"), str(root / "huge.txt"), str(root / "huge.jsonl")]


BOM_SENTENCE = "Mexico condemned Guatemala on Monday."

#: (input as named on stderr, reason expected on its one line); None = processed, no line.
ROWS = [
    ("empty.txt", "empty"),
    ("whitespace.txt", "empty"),
    ("noise.txt", "binary"),
    ("scan.txt", "PDF"),
    ("report.pdf", "PDF"),
    ("bad-utf8.txt", None),
    ("latin1.txt", None),
    ("long-sentence.txt", None),
    ("huge.txt", "refused"),
    ("huge.jsonl:1", "limit"),
    ("scripts.html", "no main text"),
    ("bomb.rss", "feed"),  # entity expansion: refused by expat's amplification limit
    ("xxe.rss", "feed"),  # an external entity is never read
    pytest.param("french.txt", "not English"),
    ("spanish.txt", "not English"),
    ("russian.txt", "not English"),
    ("records.jsonl:2", "malformed JSON"),
    ("records.jsonl:3", "'text'"),
    ("records.jsonl:4", "'text'"),
    ("records.jsonl:5", "2024-02-30"),
    ("records.jsonl:6", "not a JSON object"),
    ("records.jsonl:7", "'title'"),
    ("records.jsonl:8", "2023-13-01"),
    ("good-2024-03-02.txt", None),
    pytest.param("bom.jsonl:1", None),
]

#: Sentences only the good inputs hold: each must come out coded.
GOOD_SENTENCES = {
    "good-2024-03-02.txt": "Russian troops shelled Kharkiv on Friday.",
    "bad-utf8.txt": "over the strikes on Gaza",
    "latin1.txt": "told reporters in Bogotá.",  # decoded as Latin-1, not mangled
    "records.jsonl:1": "Egypt condemned the bombing of Gaza on Monday.",
    "records.jsonl:9": "Kenya praised Tanzania for the border deal on Tuesday.",
    "huge.jsonl:2": "Japan praised Vietnam on Monday.",
    "bom.jsonl:2": "Chile praised Peru on Monday.",
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return _write_inputs(tmp_path_factory.mktemp("bad-inputs"))


@pytest.fixture(scope="module")
def code_run(inputs):
    return run_cli("code", *inputs, "--format", "jsonl")


@pytest.fixture(scope="module")
def ingest_run(inputs, tmp_path_factory):
    store = tmp_path_factory.mktemp("bad-store") / "store"
    run = run_cli("ingest", *inputs, "--store", str(store), "--no-progress")
    sentences = run_cli("sql", "SELECT DISTINCT sentence FROM mentions", "--store", str(store),
                        "--format", "jsonl")  # fmt: skip
    assert sentences.returncode == 0, sentences.stderr
    return run, [json.loads(line)["sentence"] for line in sentences.stdout.splitlines()], store


def _check_row(run, name, reason):
    naming = re.compile(rf"[/ ]{re.escape(name)}(?!\d)")  # records.jsonl:1, not …:10
    lines = [line for line in run.reports if naming.search(line)]
    if reason is None:
        assert lines == [], f"{name} was processed, yet reported: {lines}"
    else:
        assert len(lines) == 1, f"{name}: expected one line saying {reason!r}, got {lines}\n{run.stderr}"
        assert reason.lower() in lines[0].lower(), lines[0]
        assert lines[0].startswith("error: "), lines[0]


@pytest.mark.parametrize(("name", "reason"), ROWS)
def test_code_reports_each_bad_input_once(code_run, name, reason):
    _check_row(code_run, name, reason)


@pytest.mark.parametrize(("name", "reason"), ROWS)
def test_ingest_reports_each_bad_input_once(ingest_run, name, reason):
    _check_row(ingest_run[0], name, reason)


@pytest.mark.parametrize("which", ["code", "ingest"])
def test_undated_inputs_make_one_warning_at_the_end(code_run, ingest_run, which):
    """Issue #14: inputs read without a publication date are counted in one closing warning."""
    run = code_run if which == "code" else ingest_run[0]
    warnings = [line for line in run.lines if line.startswith("warning: ")]
    undated = [line for line in warnings if "have no publication date" in line]
    assert len(undated) == 1 and run.lines[-1] == undated[0], run.stderr


def test_code_goes_on_past_bad_inputs(code_run):
    code_run.assert_no_traceback()
    assert "robustness-secret-91c2" not in code_run.stdout + code_run.stderr
    assert code_run.returncode == 3, code_run.stderr  # some inputs failed (#14)
    sentences = [json.loads(line)["sentence"] for line in code_run.stdout.splitlines()]
    for name, needle in GOOD_SENTENCES.items():
        assert any(needle in s for s in sentences), f"{name} was not coded: {sentences}"
    assert code_run.peak_rss < MEMORY_CAP, f"peak RSS {code_run.peak_rss / MB:.0f} MB"


def test_ingest_goes_on_past_bad_inputs(ingest_run):
    run, sentences, _store = ingest_run
    run.assert_no_traceback()
    assert run.returncode == 3, run.stderr  # some inputs failed (#14)
    for name, needle in GOOD_SENTENCES.items():
        assert any(needle in s for s in sentences), f"{name} was not stored: {sentences}"
    assert run.peak_rss < MEMORY_CAP, f"peak RSS {run.peak_rss / MB:.0f} MB"
    assert any(line.startswith("ingested ") for line in run.lines), run.stderr


def test_nothing_processable_exits_non_zero(inputs, tmp_path):
    folder = inputs[0]
    only_bad = [f"{folder}/empty.txt", f"{folder}/noise.txt", inputs[1], inputs[2],
                f"{folder}/spanish.txt"]  # fmt: skip
    coded = run_cli("code", *only_bad, "--format", "jsonl")
    coded.assert_no_traceback()
    assert coded.returncode != 0
    assert coded.stdout == ""
    assert len(coded.lines) == len(only_bad), coded.stderr
    stored = run_cli("ingest", *only_bad, "--store", str(tmp_path / "store"), "--no-progress")
    stored.assert_no_traceback()
    assert stored.returncode != 0
    for name in only_bad:
        assert len(stored.lines_naming(name)) == 1, stored.stderr


def test_missing_file_and_empty_glob_are_named(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    run = run_cli("code", str(tmp_path / "missing.txt"), str(tmp_path / "*.nothing"), str(good),
                  "--format", "jsonl")  # fmt: skip
    run.assert_no_traceback()
    assert run.returncode == 3  # two inputs failed, one was coded (#14)
    assert len(run.lines_naming("missing.txt")) == 1
    assert len(run.lines_naming("*.nothing")) == 1
    assert "Kharkiv" in run.stdout


def test_stdin_binary_is_refused():
    run = run_cli("code", "-", "--format", "jsonl", stdin=PDF)
    run.assert_no_traceback()
    assert run.returncode != 0
    assert len(run.lines) == 1 and "<stdin>" in run.lines[0] and "PDF" in run.lines[0], run.stderr


def test_jsonl_bom_first_record_is_coded(code_run, ingest_run):
    assert BOM_SENTENCE in code_run.stdout
    assert BOM_SENTENCE in ingest_run[1]




@pytest.mark.parametrize("verb", ["code", "ingest"])
def test_deeply_nested_jsonl_line_is_one_record_error(verb, tmp_path):
    deep = tmp_path / "deep.jsonl"
    deep.write_text("[" * 200_000 + "\n" + json.dumps({"id": "after", "text": GOOD}) + "\n")
    good = tmp_path / "good.txt"
    good.write_text("Kenya praised Tanzania for the border deal on Tuesday.\n")
    extra = ["--format", "jsonl"] if verb == "code" else ["--store", str(tmp_path / "store"), "--no-progress"]
    run = run_cli(verb, str(deep), str(good), *extra)
    run.assert_no_traceback()
    assert run.returncode == 3, run.stderr  # one record failed (#14)
    lines = run.lines_naming("deep.jsonl")
    assert len(lines) == 1 and "deep.jsonl:1:" in lines[0], run.stderr
    if verb == "code":
        assert "Kharkiv" in run.stdout and "Tanzania" in run.stdout




def test_file_name_with_a_newline_stays_one_line(tmp_path):
    (tmp_path / "line\nbreak.txt").write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(GOOD)
    run = run_cli("code", str(tmp_path / "line\nbreak.txt"), str(good), "--format", "jsonl")
    run.assert_no_traceback()
    assert run.returncode == 3  # one input failed (#14)
    (report,) = run.reports
    assert report.startswith("error: ") and "empty" in report, run.lines


# --------------------------------------------------------------------------- options
BAD_OPTIONS = [
    (("code", "{good}", "--bogus"), "--bogus"),
    (("code", "{good}", "--published", "2024-02-30"), "2024-02-30"),
    (("code", "{good}", "--format", "xml"), "xml"),
    (("code", "{good}", "--min-confidence", "2"), "--min-confidence"),
    (("ingest", "{good}", "--store", "{store}", "--published", "notadate"), "notadate"),
    (("events", "--store", "{store}", "--since", "notadate"), "notadate"),
    (("events", "--store", "{store}", "--until", "2024-13-01"), "2024-13-01"),
    (("events", "--store", "{store}", "--quad", "9"), "'9'"),
    (("events", "--store", "{store}", "--root", "99"), "99"),
    (("events", "--store", "{store}", "--limit", "-1"), "--limit"),
    (("events", "--store", "{store}", "--dyad", "USA"), "--dyad"),
    (("events", "--store", "{store}", "--frobnicate"), "--frobnicate"),
    (("timeline", "--store", "{store}", "--dyad", "USA", "CHN", "--freq", "fortnight"), "fortnight"),
    (("top", "sideways", "--store", "{store}"), "sideways"),
    (("sql", "SELEC nonsense", "--store", "{store}"), "error"),
    (("events", "--store", "{missing}"), "no event store"),
]


@pytest.mark.parametrize(
    ("args", "needle"), BAD_OPTIONS, ids=[" ".join(a[:1] + a[2:]) for a, _ in BAD_OPTIONS]
)
def test_bad_option_is_one_line(args, needle, ingest_run, inputs, tmp_path):
    store = ingest_run[2]
    good = f"{inputs[0]}/good-2024-03-02.txt"
    filled = [a.format(good=good, store=store, missing=tmp_path / "nowhere") for a in args]
    run = run_cli(*filled)
    run.assert_no_traceback()
    assert run.returncode != 0, run.stdout
    assert run.stdout == ""
    errors = [line for line in run.lines if line.lower().startswith(("error", "usage", "try "))]
    problem = [line for line in run.lines if line.lower().startswith("error")]
    assert len(problem) == 1, run.stderr
    assert needle.lower() in problem[0].lower(), run.stderr
    assert len(run.lines) == len(errors), run.stderr  # nothing but usage and the error line


# --------------------------------------------------------------------------- the HTTP API
@pytest.fixture(scope="module")
def client(ingest_run):
    pytest.importorskip("fastapi")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from eventcoder.serve import Settings, create_app

    app = create_app(ingest_run[2], Settings(max_body_bytes=1_000_000, max_text_chars=100_000))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c




def _error(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert isinstance(body.get("error"), str) and body["error"], body
    assert "Traceback" not in response.text
    assert "\n" not in body["error"]
    return body["error"]


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_api_empty_text(client, text):
    assert "text" in _error(client.post("/api/code", json={"text": text}), 422)


def test_api_text_over_the_character_limit(client):
    assert "too long" in _error(client.post("/api/code", json={"text": "war " * 50_000}), 413)


def test_api_body_over_the_byte_limit(client):
    assert "too large" in _error(client.post("/api/code", json={"text": "war " * 600_000}), 413)


def test_api_body_over_the_limit_without_length(client):
    def chunks():
        for _ in range(300):
            yield b"x" * 10_000

    response = client.post("/api/code", content=chunks(), headers={"content-type": "application/json"})
    assert "too large" in _error(response, 413)


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b'{"text": "unterminated',
        b"",
        b"[1, 2]",
        b'"just a string"',
        pytest.param(b'{"text": "\xff\xfe Iran"}'),
        pytest.param(b"[" * 100_000),
    ],
)
def test_api_malformed_json(client, body):
    _error(client.post("/api/code", content=body, headers={"content-type": "application/json"}), 422)


@pytest.mark.parametrize(
    "payload",
    [
        {"text": 42},
        {"text": None},
        {"title": "no text"},
        {"text": "Iran condemned Israel.", "published": "2024-02-30"},
        {"text": "Iran condemned Israel.", "language": "fr"},
        {"text": "Iran condemned Israel.", "path": "/etc/passwd"},
        {"text": SPANISH},
        {"text": RUSSIAN},
    ],
)
def test_api_bad_fields(client, payload):
    _error(client.post("/api/code", json=payload), 422)


@pytest.mark.parametrize(
    "query",
    ["since=notadate", "until=2024-13-01", "quad=9", "limit=-1", "limit=100000", "dyad=USA", "frob=1"],
)
def test_api_bad_filters(client, query):
    _error(client.get(f"/api/events?{query}"), 422)


def test_api_binary_upload_refused(client):
    response = client.post("/api/code/file", files={"file": ("report.pdf", PDF, "application/pdf")})
    assert "PDF" in _error(response, 422)
