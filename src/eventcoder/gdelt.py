"""The GDELT 2.0 layouts: the event table (61 columns) and the mentions table (16 columns).

One place for the mapping, used by ``code --format gdelt`` (one event row per mention), by
``export --format gdelt`` (one row per aggregated event) and by ``export mentions --format
gdelt``. Rows are tab-separated, no header (``--header`` adds one), in GDELT's column order and
with GDELT's codes, so a GDELT loader reads them unchanged:

- place countries are FIPS 10-4 codes and ADM1 codes are FIPS country + division (``PE15``,
  ``USDC``), from ``data/gdelt/fips_countries.tsv`` and ``data/gdelt/fips_adm1.tsv``;
- geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (0: no place);
- an international organisation or group (``IGOUNO``) has no country: its organisation goes
  to the KnownGroupCode column (``UNO``), its kind (``IGO``) to Type1Code;
- actor geography is the actor's own country (at its capital's point);
- dates are GDELT's: SQLDATE ``YYYYMMDD``, MonthYear, Year, FractionDate, DATEADDED
  ``YYYYMMDDHHMMSS``.

Every column and every choice is documented in ``docs/gdelt.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from eventcoder.code._actor_tables import INTL_PREFIXES, ROLE_CODES, UNKNOWN_COUNTRY
from eventcoder.errors import DataTableError

__all__ = [
    "GDELT_COLUMNS",
    "GDELT_MENTION_COLUMNS",
    "GeoTables",
    "actor_name",
    "gdelt_mention_row",
    "gdelt_row",
    "geo_tables",
    "global_event_id",
]

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: The GDELT 2.0 event table's columns, in order (the names of GDELT's published BigQuery
#: table ``gdelt-bq.gdeltv2.events``; the codebook calls the first two GlobalEventID and Day).
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR),
    *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO),
    *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip
assert len(GDELT_COLUMNS) == 61

#: The GDELT 2.0 mentions table's columns, in order.
GDELT_MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)  # fmt: skip
assert len(GDELT_MENTION_COLUMNS) == 16

# GDELT geo types.
NO_PLACE, COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 0, 1, 2, 3, 4, 5
_ADM1_RULES = frozenset({"geonames", "table"})
WEB = "1"  # MentionType: a web document


# ---------------------------------------------------------------------------- tables
@dataclass(frozen=True, slots=True)
class Country:
    """A row of ``fips_countries.tsv``."""

    iso3: str
    fips: str
    geonameid: int
    name: str
    lat: float | None
    lon: float | None
    adm1: str  # geonames (FIPS + the two-digit GeoNames admin1) | table (fips_adm1.tsv only)


@dataclass(frozen=True, slots=True)
class GeoTables:
    """The FIPS tables: countries by ISO alpha-3, explicit ADM1 codes by (ISO alpha-3, admin1
    as a Place gives it), and the GeoNames ids of countries and of US states."""

    countries: dict[str, Country]
    adm1: dict[tuple[str, str], str]
    state_ids: frozenset[int]
    country_ids: frozenset[int]


def _rows(name: str, columns: int) -> list[tuple[int, list[str]]]:
    path = resources.files("eventcoder") / "data" / "gdelt" / name
    out = []
    header_seen = False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != columns:
            raise DataTableError(f"{name}:{lineno}: expected {columns} columns, got {len(cols)}")
        if not header_seen:
            header_seen = True
            continue
        out.append((lineno, cols))
    return out


def _float(value: str, where: str) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        raise DataTableError(f"{where}: not a number: {value!r}") from None


def _country(lineno: int, cols: list[str]) -> Country:
    iso3, fips, gid, name, lat, lon, adm1 = cols
    where = f"fips_countries.tsv:{lineno}"
    if len(iso3) != 3 or len(fips) != 2 or not gid.isdigit() or adm1 not in _ADM1_RULES:
        raise DataTableError(f"{where}: expected ISO3, FIPS (2 letters), GeoNames id, name, lat, "
                             f"lon, one of {sorted(_ADM1_RULES)}")  # fmt: skip
    return Country(iso3, fips, int(gid), name, _float(lat, where), _float(lon, where), adm1)


@lru_cache(maxsize=1)
def geo_tables() -> GeoTables:
    """The bundled FIPS tables (loaded once, validated: ``file:line: reason``)."""
    countries = {}
    for lineno, cols in _rows("fips_countries.tsv", 7):
        country = _country(lineno, cols)
        if country.iso3 in countries:
            raise DataTableError(f"fips_countries.tsv:{lineno}: {country.iso3} listed twice")
        countries[country.iso3] = country
    adm1, ids = {}, set()
    for lineno, (iso3, admin1, code, gid, _name) in _rows("fips_adm1.tsv", 5):
        if iso3 not in countries or not admin1 or not 2 <= len(code) <= 4 or (gid and not gid.isdigit()):
            raise DataTableError(f"fips_adm1.tsv:{lineno}: expected a country of "
                                 "fips_countries.tsv, an admin1, an ADM1 code, a GeoNames id")
        adm1[(iso3, admin1)] = code
        if iso3 == "USA" and gid:
            ids.add(int(gid))
    return GeoTables(countries, adm1, frozenset(ids),
                     frozenset(c.geonameid for c in countries.values()))  # fmt: skip


# ---------------------------------------------------------------------------- cells
def global_event_id(key: str) -> int:
    """GLOBALEVENTID: the first 15 hex digits of SHA-1 of the event id — stable, positive."""
    return int(hashlib.sha1(key.encode()).hexdigest()[:15], 16)


def _number(value: float | None) -> str:
    return "" if value is None else repr(float(value))


def _geo_type(place: Mapping[str, Any], country: Country, tables: GeoTables) -> int:
    gid = place.get("geonameid")
    if gid is not None and (gid == country.geonameid or gid in tables.country_ids):
        return COUNTRY
    us = country.iso3 == "USA"
    if gid is None:  # a region of eventcoder's own table (a division), or a US state
        return US_STATE if us else WORLD_STATE
    if us and gid in tables.state_ids:
        return US_STATE
    return US_CITY if us else WORLD_CITY


_TWO_DIGITS = frozenset(f"{i:02d}" for i in range(1, 100))  # "00" means no division


def _adm1(place: Mapping[str, Any], kind: int, country: Country, tables: GeoTables) -> str:
    admin1 = str(place.get("admin1") or "")
    if kind == US_STATE:
        admin1 = admin1 or str(place.get("name") or "")
    if kind in (COUNTRY, WORLD_STATE) or not admin1:
        return country.fips
    explicit = tables.adm1.get((country.iso3, admin1))
    if explicit is not None:
        return explicit
    if country.adm1 == "geonames" and admin1 in _TWO_DIGITS:
        return country.fips + admin1
    return country.fips


def geo_cells(place: Mapping[str, Any] | None, tables: GeoTables | None = None) -> list[str]:
    """The 8 geography cells (Type … FeatureID) of a place (the ``Place.to_dict()`` keys)."""
    tables = tables or geo_tables()
    country = tables.countries.get(str((place or {}).get("country") or ""))
    if not place or country is None:
        return [str(NO_PLACE)] + [""] * (len(_GEO) - 1)  # no place, or one the gazetteer lacks
    kind = _geo_type(place, country, tables)
    adm1 = _adm1(place, kind, country, tables)
    name = str(place.get("name") or "")
    if kind == COUNTRY:
        full, feature = country.name, country.fips
    else:
        state = [str(place["admin1"])] if kind == US_CITY and place.get("admin1") else []
        full = ", ".join([name, *state, country.name])  # "Houston, Texas, United States"
        feature = adm1 if kind in (US_STATE, WORLD_STATE) else str(place.get("geonameid"))
    # an ADM1 code's first two letters are its FIPS country (the Gaza Strip is GZ, not WE)
    return [str(kind), full, adm1[:2], adm1, "", _number(place.get("lat")),
            _number(place.get("lon")), feature]  # fmt: skip


def actor_place(code: str | None, tables: GeoTables | None = None) -> dict[str, Any] | None:
    """The actor's own country as a place (at its capital's point); None for an international
    actor or one without a code."""
    tables = tables or geo_tables()
    country = tables.countries.get((code or "")[:3])
    if country is None:
        return None
    return {"name": country.name, "geonameid": country.geonameid, "country": country.iso3,
            "admin1": None, "lat": country.lat, "lon": country.lon}  # fmt: skip


def actor_cells(code: str | None, name: str | None) -> list[str]:
    """The 10 actor cells: Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1/2,
    Type1-3. ``IGOUNO`` → country empty, known group ``UNO``, type ``IGO``; ``---COP`` (no
    known country) → code ``COP``, country empty, type ``COP``."""
    if not code:
        return [""] * len(_ACTOR)
    prefix, parts = code[:3], [code[i:i + 3] for i in range(3, len(code), 3)]
    international = prefix in INTL_PREFIXES
    group = next((p for p in parts if p not in ROLE_CODES), "")
    types = ([prefix] if international else []) + [p for p in parts if p in ROLE_CODES]
    types = (types + ["", "", ""])[:3]
    country = "" if international or prefix == UNKNOWN_COUNTRY else prefix
    if prefix == UNKNOWN_COUNTRY:
        code = code[3:]  # "---COP": GDELT writes a role of no known country as "COP"
    return [code, (name or "").upper(), country, group, "", "", "", *types]


def actor_name(code: str | None, name: str | None, text: str | None = None) -> str | None:
    """The actor's name for GDELT's Name column: its resolved name, else its country's name
    (GDELT names a country-coded actor by its country), else the words that named it."""
    if name:
        return name
    country = geo_tables().countries.get((code or "")[:3])
    return country.name if country is not None else text


def _day_cells(date: str | None) -> list[str]:
    if not date:
        return ["", "", "", ""]
    parts = [int(p) for p in str(date)[:10].split("-")] + [1, 1]
    day = dt.date(parts[0], parts[1], parts[2])
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365.0
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def _stamp(moment: dt.datetime | dt.date | None) -> str:
    if moment is None:
        return ""
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime(moment.year, moment.month, moment.day)
    return moment.strftime("%Y%m%d%H%M%S")


def gdelt_row(
    *,
    key: str,
    date: str | None,
    source: tuple[str | None, str | None],
    target: tuple[str | None, str | None],
    cameo: str,
    quad_class: int,
    goldstein: float,
    num_mentions: int = 1,
    num_sources: int = 1,
    num_articles: int = 1,
    place: Mapping[str, Any] | None = None,
    added: dt.datetime | None = None,
    url: str | None = None,
    is_root: bool = False,
) -> list[str]:
    """One GDELT event-table row (61 strings). ``key`` makes the stable GLOBALEVENTID;
    ``source``/``target`` are (actor code, name)."""
    tables = geo_tables()
    added = added or dt.datetime.now(dt.UTC)
    return [
        str(global_event_id(key)),
        *_day_cells(date),
        *actor_cells(source[0], actor_name(*source)),
        *actor_cells(target[0], actor_name(*target)),
        "1" if is_root else "0",
        cameo, cameo[:3], cameo[:2],
        str(quad_class),
        repr(float(goldstein)),
        str(num_mentions), str(num_sources), str(num_articles),
        "",  # AvgTone: eventcoder has no tone model
        *geo_cells(actor_place(source[0], tables), tables),
        *geo_cells(actor_place(target[0], tables), tables),
        *geo_cells(place, tables),
        _stamp(added),
        url or "",
    ]  # fmt: skip


def _offset(value: int | None) -> str:
    return "-1" if value is None or value < 0 else str(int(value))


def gdelt_mention_row(row: Mapping[str, Any]) -> list[str]:
    """One GDELT mentions-table row (16 strings) from a row of the mentions export
    (:func:`eventcoder.export.formats.mention_rows`)."""
    url = row.get("url") or ""
    host = urlsplit(url).hostname if url else None
    flags = {"MODALITY": row.get("modality") or "asserted",
             "NEGATED": "1" if row.get("negated") else "0",
             "BACKGROUND": "1" if row.get("background") else "0",
             "MENTIONID": row.get("mention_id") or ""}  # fmt: skip
    return [
        str(global_event_id(row["event_id"])),
        _stamp(row.get("event_date_added")),
        _stamp(row.get("published") or row.get("ingested_at")),
        WEB,
        host or row.get("outlet") or "",
        url or f"eventcoder:{row.get('article_id')}",
        str(int(row.get("sentence_index") or 0) + 1),
        _offset(row.get("source_start")),
        _offset(row.get("target_start")),
        _offset(row.get("trigger_start")),
        "1",
        str(round(100 * float(row.get("confidence") or 0))),
        str(int(row.get("doc_len") or 0)),
        "",  # MentionDocTone: no tone model
        "",  # MentionDocTranslationInfo: English only, never translated
        "".join(f"<{k}>{v}</{k}>" for k, v in flags.items()),
    ]


def header_line(columns: Sequence[str]) -> str:
    """The tab-separated header line ``--header`` writes."""
    return "\t".join(columns) + "\n"
