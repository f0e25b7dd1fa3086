"""The GDELT 2.0 event table layout: 61 tab-separated columns, in GDELT's order.

One place for the mapping, used by ``code --format gdelt`` (one row per mention) and by
``export --format gdelt`` (one row per aggregated event). Columns eventcoder cannot fill are
left empty: Actor*KnownGroupCode, EthnicCode, Religion*, Type2/3, AvgTone, ADM2. Geographic
country codes are ISO 3166 alpha-3 (GDELT uses FIPS 10-4), documented in docs/gdelt.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from typing import Any

__all__ = ["GDELT_COLUMNS", "gdelt_row"]

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR),
    *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO),
    *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61


def _actor(code: str | None, name: str | None) -> list[str]:
    if not code:
        return [""] * len(_ACTOR)
    country = code[:3]
    role = code[3:6]
    return [code, (name or "").upper(), country, "", "", "", "", role, "", ""]


def _geo(place: Mapping[str, Any] | None) -> list[str]:
    if not place:
        return ["0"] + [""] * (len(_GEO) - 1)
    # GDELT geo types: 1 = country, 4 = world city; a place with no admin1 is a country here.
    return [
        "4" if place.get("admin1") else "1",
        str(place.get("name") or ""),
        str(place.get("country") or ""),
        str(place.get("admin1") or ""),
        "",
        "" if place.get("lat") is None else f"{place['lat']:.4f}",
        "" if place.get("lon") is None else f"{place['lon']:.4f}",
        "" if place.get("geonameid") is None else str(place["geonameid"]),
    ]


def _day_fields(date: str | None) -> list[str]:
    if not date:
        return ["", "", "", ""]
    parts = [int(p) for p in date.split("-")] + [1, 1]
    day = dt.date(parts[0], parts[1], parts[2])
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365.0
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


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
    """One GDELT event-table row (61 strings). ``key`` makes the stable numeric GlobalEventID."""
    event_id = int(hashlib.sha1(key.encode()).hexdigest()[:15], 16)
    added = added or dt.datetime.now(dt.UTC)
    row = [
        str(event_id),
        *_day_fields(date),
        *_actor(*source),
        *_actor(*target),
        "1" if is_root else "0",
        cameo,
        cameo[:3],
        cameo[:2],
        str(quad_class),
        f"{goldstein:.1f}",
        str(num_mentions),
        str(num_sources),
        str(num_articles),
        "",
        *_geo(place if source[0] else None),
        *_geo(place if target[0] else None),
        *_geo(place),
        added.strftime("%Y%m%d%H%M%S"),
        url or "",
    ]
    return row
