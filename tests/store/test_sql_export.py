"""Read-only SQL and every export format."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from eventcoder.errors import QueryError
from eventcoder.export import FORMATS, export_events, get_exporter
from eventcoder.gdelt import GDELT_COLUMNS
from eventcoder.store import Store

from .synth import batch


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("sqlstore")
    s = Store(root / "st", commit_every=3)
    for i in range(3):
        s.add(batch(i), "v1")
    yield s
    s.close()


def test_select_and_with_are_allowed(store):
    n = store.sql("SELECT count(*) AS n FROM events", as_="arrow").to_pylist()[0]["n"]
    assert n == store.events(as_="arrow").num_rows
    rows = store.sql(
        "WITH d AS (SELECT source_code, count(*) AS n FROM events GROUP BY 1) "
        "SELECT * FROM d ORDER BY n DESC, source_code",
        as_="arrow",
    )
    assert rows.num_rows == 5
    assert store.sql("SELECT * FROM range(3)", as_="arrow").num_rows == 3
    joined = store.sql(
        "SELECT e.event_id, m.sentence FROM events e JOIN mentions m USING (event_id) LIMIT 5",
        as_="arrow",
    )
    assert joined.num_rows == 5


@pytest.mark.parametrize(
    "query",
    [
        "INSERT INTO events SELECT * FROM events",
        "DELETE FROM mentions",
        "UPDATE articles SET title = 'x'",
        "DROP VIEW events",
        "CREATE TABLE t AS SELECT 1",
        "ATTACH 'other.db' AS other",
        "COPY events TO 'out.csv'",
        "COPY (SELECT * FROM events) TO 'out.parquet' (FORMAT parquet)",
        "PRAGMA enable_profiling",
        "SET enable_external_access = true",
        "SELECT * FROM read_csv('secret.csv')",
        "SELECT * FROM read_csv_auto('secret.csv')",
        "SELECT * FROM 'secret.csv'",
        "SELECT * FROM read_parquet('segments/*.parquet')",
        "SELECT * FROM read_json('x.json')",
        "SELECT * FROM glob('/etc/*')",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM events WHERE event_id IN (SELECT a FROM read_csv('secret.csv'))",
        "SELECT 1; SELECT 2",
        "SELECT 1; DROP VIEW events",
        "INSTALL httpfs",
        "LOAD httpfs",
        "EXPORT DATABASE 'dump'",
        "",
        "SELEC oops",
    ],
)
def test_refused(store, query, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "secret.csv").write_text("a,b\n1,2\n")
    with pytest.raises(QueryError) as info:
        store.sql(query)
    message = info.value.one_line()
    assert "\n" not in message and message.endswith("[EC500]")
    # Nothing changed and the views still answer.
    assert store.events(as_="arrow").num_rows > 0
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "dump").exists()


def test_absolute_path_reads_refused_even_inside_select(store, tmp_path):
    (tmp_path / "secret.csv").write_text("a,b\n1,2\n")
    with pytest.raises(QueryError):
        store.sql(f"SELECT * FROM '{tmp_path / 'secret.csv'}'")


def test_registry_lists_the_four_formats():
    assert {"jsonl", "csv", "parquet", "gdelt"} <= set(FORMATS)
    with pytest.raises(QueryError):
        get_exporter("xml")


def _export(store, fmt, **filters) -> bytes:
    buf = io.BytesIO()
    export_events(store, fmt, buf, **filters)
    return buf.getvalue()


def test_export_jsonl(store):
    events = store.events(as_="arrow").to_pylist()
    lines = _export(store, "jsonl").decode().splitlines()
    assert len(lines) == len(events)
    records = [json.loads(line) for line in lines]
    dates = [r["date"] for r in records]
    assert dates == sorted(dates)  # chronological
    r = records[0]
    assert {"event_id", "num_mentions", "mention_ids", "location"} <= set(r)
    assert r["location"]["name"] == "Beijing" and isinstance(r["mention_ids"], list)


def test_export_csv(store):
    text = _export(store, "csv", dyad=("USA", "CHN")).decode()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == store.events(as_="arrow", dyad=("USA", "CHN")).num_rows
    assert rows[0]["source_code"] == "USAGOV"
    assert all(";" in r["mention_ids"] or ":" in r["mention_ids"] for r in rows)


def test_export_csv_without_rows_still_has_a_header(store):
    text = _export(store, "csv", actor="XYZ").decode()
    assert text.splitlines()[0].startswith('"event_id"') and len(text.splitlines()) == 1


def test_export_parquet(store, tmp_path):
    out = tmp_path / "events.parquet"
    n = export_events(store, "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == n == store.events(as_="arrow").num_rows
    assert "mention_ids" in table.column_names
    assert not list(tmp_path.glob(".events.parquet.tmp"))


def test_export_gdelt_has_61_columns_in_gdelt_order(store):
    lines = _export(store, "gdelt").decode().splitlines()
    assert len(lines) == store.events(as_="arrow").num_rows
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    for line in lines:
        cells = line.split("\t")
        assert len(cells) == 61
        assert cells[col["EventRootCode"]] == cells[col["EventCode"]][:2]
        assert cells[col["QuadClass"]] in {"1", "2", "3", "4"}
        assert len(cells[col["SQLDATE"]]) == 8 and cells[col["SQLDATE"]].startswith("2024")
        assert cells[col["Actor1Code"]] in {"USAGOV", "CHNGOV", "PAKGOV", "RUSMIL", "UKRGOV"}
        assert cells[col["SOURCEURL"]].startswith("https://news.example/")
        assert cells[col["AvgTone"]] == ""  # unfillable: left empty
        assert cells[col["ActionGeo_FeatureID"]] == "1816670"
    ids = [line.split("\t")[0] for line in lines]
    assert len(set(ids)) == len(ids) and all(i.isdigit() for i in ids)
