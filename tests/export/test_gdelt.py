"""The GDELT 2.0 exports load as GDELT's own files do (issue #14): the published column lists
and types, FIPS 10-4 countries and ADM1 codes, geo types, known groups, actor geography,
root events, dates; and the mentions table, whose rows point into the articles."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import pandas as pd
import pytest

from eventcoder.gdelt import (
    GDELT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    actor_cells,
    actor_place,
    geo_cells,
    geo_tables,
)

# ------------------------------------------------------------------ the published layouts (facts)
# GDELT 2.0 event table: every column, in order, with its type (INTEGER → int64, FLOAT →
# float64, STRING → str), as GDELT publishes it (the gdeltv2.events table and the codebook).
_ACTOR = [("Code", "str"), ("Name", "str"), ("CountryCode", "str"), ("KnownGroupCode", "str"),
          ("EthnicCode", "str"), ("Religion1Code", "str"), ("Religion2Code", "str"),
          ("Type1Code", "str"), ("Type2Code", "str"), ("Type3Code", "str")]
_GEO = [("Type", "int64"), ("FullName", "str"), ("CountryCode", "str"), ("ADM1Code", "str"),
        ("ADM2Code", "str"), ("Lat", "float64"), ("Long", "float64"), ("FeatureID", "str")]
GDELT_EVENT_TYPES: list[tuple[str, str]] = [
    ("GLOBALEVENTID", "int64"), ("SQLDATE", "int64"), ("MonthYear", "int64"), ("Year", "int64"),
    ("FractionDate", "float64"),
    *((f"Actor1{c}", t) for c, t in _ACTOR),
    *((f"Actor2{c}", t) for c, t in _ACTOR),
    ("IsRootEvent", "int64"), ("EventCode", "str"), ("EventBaseCode", "str"),
    ("EventRootCode", "str"), ("QuadClass", "int64"), ("GoldsteinScale", "float64"),
    ("NumMentions", "int64"), ("NumSources", "int64"), ("NumArticles", "int64"),
    ("AvgTone", "float64"),
    *((f"Actor1Geo_{c}", t) for c, t in _GEO),
    *((f"Actor2Geo_{c}", t) for c, t in _GEO),
    *((f"ActionGeo_{c}", t) for c, t in _GEO),
    ("DATEADDED", "int64"), ("SOURCEURL", "str"),
]  # fmt: skip
# GDELT 2.0 mentions table.
GDELT_MENTION_TYPES: list[tuple[str, str]] = [
    ("GLOBALEVENTID", "int64"), ("EventTimeDate", "int64"), ("MentionTimeDate", "int64"),
    ("MentionType", "int64"), ("MentionSourceName", "str"), ("MentionIdentifier", "str"),
    ("SentenceID", "int64"), ("Actor1CharOffset", "int64"), ("Actor2CharOffset", "int64"),
    ("ActionCharOffset", "int64"), ("InRawText", "int64"), ("Confidence", "int64"),
    ("MentionDocLen", "int64"), ("MentionDocTone", "float64"),
    ("MentionDocTranslationInfo", "str"), ("Extras", "str"),
]  # fmt: skip


def test_the_column_lists_are_gdelts():
    assert len(GDELT_EVENT_TYPES) == 61 and len(GDELT_MENTION_TYPES) == 16
    assert list(GDELT_COLUMNS) == [name for name, _ in GDELT_EVENT_TYPES]
    assert list(GDELT_MENTION_COLUMNS) == [name for name, _ in GDELT_MENTION_TYPES]


def _has_type(series: pd.Series, dtype: str) -> bool:
    if dtype == "str":  # pandas' string dtype (object before pandas 3)
        return pd.api.types.is_string_dtype(series.dtype)
    return series.dtype == dtype


def _load(path, types, header=None) -> pd.DataFrame:
    """Read a GDELT file the way a GDELT loader does: tab-separated, names and types given."""
    return pd.read_csv(path, sep="\t", header=header, names=[n for n, _ in types],
                       dtype={n: t for n, t in types}, quoting=csv.QUOTE_NONE,
                       keep_default_na=False, na_values={n: [""] for n, t in types
                                                        if t == "float64"})  # fmt: skip


@pytest.fixture(scope="module")
def store(ingested_samples):
    return ingested_samples[0]


@pytest.fixture(scope="module")
def exported(cli, store, tmp_path_factory):
    out = tmp_path_factory.mktemp("gdelt")
    files = {
        "events": out / "events.tsv", "header": out / "events-header.tsv",
        "mentions": out / "mentions.tsv", "mentions_jsonl": out / "mentions.jsonl",
        "events_jsonl": out / "events.jsonl",
    }  # fmt: skip
    runs = [
        ("export", "--format", "gdelt", "-o", str(files["events"])),
        ("export", "--format", "gdelt", "--header", "-o", str(files["header"])),
        ("export", "mentions", "--format", "gdelt", "-o", str(files["mentions"])),
        ("export", "mentions", "--format", "jsonl", "-o", str(files["mentions_jsonl"])),
        ("export", "--format", "jsonl", "-o", str(files["events_jsonl"])),
    ]
    for args in runs:
        done = cli(*args, "--store", str(store))
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
    return files


def test_event_export_loads_with_gdelts_names_and_types(exported):
    df = _load(exported["events"], GDELT_EVENT_TYPES)  # pytest turns any warning into an error
    events = [json.loads(line) for line in exported["events_jsonl"].read_text().splitlines()]
    assert len(df) == len(events) > 20
    for name, dtype in GDELT_EVENT_TYPES:
        assert _has_type(df[name], dtype), name
    assert df["EventCode"].str.len().min() >= 3  # codes stay strings: "0256", not 256
    assert "0256" in set(df["EventCode"])
    assert set(df["QuadClass"]) <= {1, 2, 3, 4} and df["SQLDATE"].min() > 20200000
    assert (df["MonthYear"] == df["SQLDATE"] // 100).all() and (df["Year"] == df["SQLDATE"] // 10000).all()
    assert ((df["FractionDate"] - df["Year"]).between(0, 1)).all()
    assert df["DATEADDED"].astype(str).str.len().eq(14).all()
    with_header = _load(exported["header"], GDELT_EVENT_TYPES, header=0)
    assert with_header.equals(df)
    assert exported["header"].read_text().splitlines()[0].split("\t") == list(GDELT_COLUMNS)


def test_event_export_geography_is_fips(exported):
    df = _load(exported["events"], GDELT_EVENT_TYPES)
    fips = {c.fips for c in geo_tables().countries.values()}
    for prefix in ("Actor1Geo_", "Actor2Geo_", "ActionGeo_"):
        placed = df[df[f"{prefix}Type"] > 0]
        assert set(placed[f"{prefix}CountryCode"]) <= fips
        assert all(adm1.startswith(country) for adm1, country in
                   zip(placed[f"{prefix}ADM1Code"], placed[f"{prefix}CountryCode"], strict=True))
        assert set(df[f"{prefix}Type"]) <= {0, 1, 2, 3, 4, 5}
        assert (df[df[f"{prefix}Type"] == 0][f"{prefix}FullName"] == "").all()
    # Kenya is KE (not KEN) and Nairobi's province is KE05; Yerevan is AM11
    kenya = df[df["Actor1Code"] == "KENGOV"].iloc[0]
    assert (kenya["Actor1CountryCode"], kenya["Actor1Geo_CountryCode"]) == ("KEN", "KE")
    assert (kenya["Actor1Geo_Type"], kenya["Actor1Geo_ADM1Code"], kenya["Actor1Geo_FeatureID"]) == (
        1, "KE", "KE")  # fmt: skip
    assert kenya["Actor1Name"] == "KENYA GOVERNMENT"  # the code's canonical name (label) …
    workers = df[df["Actor1Code"] == "KENLAB"].iloc[0]
    assert workers["Actor1Name"] == "KENYA LABOUR"  # … of a role code too, not the words used
    coded = df[df["Actor1CountryCode"] != ""]
    assert (coded["Actor1Name"] != "").all()
    yerevan = df[df["ActionGeo_FullName"] == "Yerevan, Armenia"]
    assert not yerevan.empty and set(yerevan["ActionGeo_ADM1Code"]) == {"AM11"}
    assert set(yerevan["ActionGeo_Type"]) == {4}


def test_event_export_international_actors_and_root_events(exported):
    df = _load(exported["events"], GDELT_EVENT_TYPES)
    eu = df[df["Actor1Code"] == "IGOEUR"]
    assert not eu.empty
    row = eu.iloc[0]
    assert row["Actor1CountryCode"] == "" and row["Actor1KnownGroupCode"] == "EUR"
    assert row["Actor1Type1Code"] == "IGO" and row["Actor1Geo_Type"] == 0
    events = {json.loads(line)["event_id"]: json.loads(line)
              for line in exported["events_jsonl"].read_text().splitlines()}  # fmt: skip
    assert df["IsRootEvent"].sum() == sum(e["is_root_event"] for e in events.values()) >= 7
    # the first event of the shelling story's body is its root event
    shelling = df[(df["Actor1Code"] == "AZEMIL") & (df["EventCode"] == "194")]
    assert list(shelling["IsRootEvent"]) == [1]


def test_mentions_export_is_gdelts_mentions_table(exported, store):
    df = _load(exported["mentions"], GDELT_MENTION_TYPES)
    for name, dtype in GDELT_MENTION_TYPES:
        assert _has_type(df[name], dtype), name
    events = _load(exported["events"], GDELT_EVENT_TYPES)
    assert set(df["GLOBALEVENTID"]) == set(events["GLOBALEVENTID"])  # one-to-many, joined
    assert df["Confidence"].between(5, 100).all() and (df["SentenceID"] >= 1).all()
    assert df["Extras"].str.contains("<MODALITY>").all()
    # offsets point into the article text
    rows = [json.loads(line) for line in exported["mentions_jsonl"].read_text().splitlines()]
    assert len(rows) == len(df)
    con = duckdb.connect()
    texts = dict(con.execute(
        "SELECT article_id, text FROM read_parquet(?)",
        [sorted(str(p) for p in (store / "segments").glob("articles-*.parquet"))]).fetchall())
    found = 0
    for row in rows:
        text = texts[row["article_id"]]
        assert text[row["trigger_start"]:row["trigger_end"]] == row["trigger"].split()[-1] or (
            text[row["trigger_start"]:].startswith(row["trigger"].split()[0]))
        if row["source_start"] is not None:
            found += 1
            src = row["source_text"]
            assert text[row["source_start"]:row["source_start"] + len(src)] == src
    assert found > len(rows) // 2
    assert {"modality", "confidence", "negated", "background", "doc_len"} <= set(rows[0])


@pytest.mark.parametrize(
    ("iso3", "fips"),
    [("PER", "PE"), ("USA", "US"), ("CHN", "CH"), ("PAK", "PK"), ("UKR", "UP"), ("ARM", "AM"),
     ("AZE", "AJ"), ("SRB", "RI"), ("DEU", "GM"), ("GBR", "UK"), ("TUR", "TU"), ("KEN", "KE"),
     ("TZA", "TZ"), ("CHL", "CI"), ("VEN", "VE"), ("IRN", "IR"), ("RUS", "RS"), ("NGA", "NI"),
     ("ISR", "IS"), ("PSE", "WE"), ("JPN", "JA"), ("KOR", "KS"), ("PRK", "KN")],
)  # fmt: skip
def test_fips_country_codes(iso3, fips):
    assert geo_tables().countries[iso3].fips == fips


@pytest.fixture(scope="module")
def places():
    from eventcoder.code.places import PlaceResolver

    return PlaceResolver()


@pytest.mark.parametrize(
    ("name", "countries", "expected"),
    [
        ("Lima", ["PER"], ("4", "Lima, Peru", "PE", "PE15")),
        ("Washington", ["USA"], ("3", "Washington, District of Columbia, United States", "US",
                                 "USDC")),
        ("Texas", ["USA"], ("2", "Texas, United States", "US", "USTX")),
        ("Peru", [], ("1", "Peru", "PE", "PE")),
        ("Islamabad", ["PAK"], ("4", "Islamabad, Pakistan", "PK", "PK08")),
        ("Kyiv", ["UKR"], ("4", "Kyiv, Ukraine", "UP", "UP12")),
        ("Beijing", ["CHN"], ("4", "Beijing, China", "CH", "CH22")),
        ("Borno", ["NGA"], ("5", "Borno, Nigeria", "NI", "NI")),  # our own division: no code
        ("London", ["GBR"], ("4", "London, United Kingdom", "UK", "UK")),  # GeoNames: not FIPS
    ],
)  # fmt: skip
def test_fips_adm1_codes_and_geo_types(places, name, countries, expected):
    place = places.lookup(name, countries)
    assert place is not None, name
    cells = geo_cells(place.to_dict())
    assert tuple(cells[:4]) == expected
    assert cells[5] == repr(place.lat) if place.lat is not None else cells[5] == ""  # full precision


def test_a_place_without_a_country_is_no_place():
    assert geo_cells({"name": "Atlantis", "geonameid": None, "country": None, "admin1": None,
                      "lat": None, "lon": None}) == ["0", "", "", "", "", "", "", ""]  # fmt: skip


@pytest.mark.parametrize(
    ("code", "name", "expected"),
    [
        ("IGOUNO", "United Nations", ["IGOUNO", "UNITED NATIONS", "", "UNO", "", "", "", "IGO", "", ""]),
        ("IMGAQD", None, ["IMGAQD", "", "", "AQD", "", "", "", "IMG", "", ""]),
        ("KENCOP", "Kenya", ["KENCOP", "KENYA", "KEN", "", "", "", "", "COP", "", ""]),
        ("USAGOVMIL", None, ["USAGOVMIL", "", "USA", "", "", "", "", "GOV", "MIL", ""]),
        ("PSE", None, ["PSE", "", "PSE", "", "", "", "", "", "", ""]),
    ],
)  # fmt: skip
def test_actor_cells(code, name, expected):
    assert actor_cells(code, name) == expected


def test_actor_geography_is_the_actors_own_country():
    kenya = actor_place("KENCOP")
    assert kenya is not None and kenya["country"] == "KEN" and kenya["admin1"] is None
    cells = geo_cells(kenya)
    assert cells[:4] == ["1", "Kenya", "KE", "KE"] and cells[7] == "KE"
    assert abs(float(cells[5]) - (-1.28)) < 0.05  # at Nairobi, its capital
    assert actor_place("IGOUNO") is None


def test_csv_keeps_codes_as_strings_and_coordinates_in_full(cli, store, tmp_path):
    out = tmp_path / "events.csv"
    done = cli("export", "--format", "csv", "-o", str(out), "--store", str(store))
    assert done.returncode == 0, done.stderr
    listed = cli("events", "--format", "csv", "--limit", "0", "--store", str(store))
    query = cli("sql", "SELECT event_id, cameo, lat, lon FROM events ORDER BY event_id",
                "--format", "csv", "--store", str(store))  # fmt: skip
    truth = {r["event_id"]: r for r in map(json.loads, cli(
        "sql", "SELECT event_id, lat, lon FROM events WHERE lat IS NOT NULL", "--format", "jsonl",
        "--store", str(store)).stdout.splitlines())}  # fmt: skip
    assert any(len(repr(r["lat"]).split(".")[1]) > 2 for r in truth.values())
    for text in (out.read_text(), listed.stdout, query.stdout):
        rows = list(csv.DictReader(io.StringIO(text)))
        assert "0256" in {r["cameo"] for r in rows}  # a reader of strings keeps the code
        assert '"0256"' in text  # quoted: a string to every reader that honours quotes
        checked = [r for r in rows if r["event_id"] in truth]
        assert checked
        for r in checked:  # coordinates in full, not rounded to 2 decimals
            assert float(r["lat"]) == truth[r["event_id"]]["lat"]
            assert float(r["lon"]) == truth[r["event_id"]]["lon"]
    con = duckdb.connect()
    assert con.execute("SELECT typeof(cameo) FROM read_csv(?) LIMIT 1", [str(out)]).fetchone() == (
        "VARCHAR",)  # fmt: skip
    frame = pd.read_csv(out, dtype={"cameo": str, "root": str})
    assert "0256" in set(frame["cameo"])


def test_the_reading_recipe_of_the_docs_works(exported):
    """docs/gdelt.md's pandas recipe reads the export with GDELT's types, without a warning."""
    text = [c for c in GDELT_COLUMNS
            if c.endswith(("Code", "Name", "FullName", "FeatureID")) or c == "SOURCEURL"]
    events = pd.read_csv(exported["events"], sep="\t", header=None, names=GDELT_COLUMNS,
                         dtype={c: str for c in text})  # fmt: skip
    for name, dtype in GDELT_EVENT_TYPES:
        assert _has_type(events[name], dtype), name
    assert "0256" in set(events["EventCode"])


def test_docs_name_every_column():
    from tests.conftest import REPO

    doc = (REPO / "docs" / "gdelt.md").read_text(encoding="utf-8")
    columns = [c for c in (*GDELT_COLUMNS, *GDELT_MENTION_COLUMNS)
               if not c.startswith("Actor2")]  # Actor2… are documented as "the same as Actor1…"
    assert [c for c in columns if c not in doc] == []


def test_actor_name_is_the_events_name_else_the_country_else_the_words():
    from eventcoder.gdelt import actor_name

    assert actor_name("KENGOV", "Kenya government", "William Ruto") == "Kenya government"
    assert actor_name("KENLAB", None, "dock workers") == "Kenya"  # GDELT names it by its country
    assert actor_name("IGOXYZ", None, "the lake board") == "the lake board"
