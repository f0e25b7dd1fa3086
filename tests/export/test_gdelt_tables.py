"""The bundled FIPS tables are facts: they agree with GeoNames' own tables (regenerated here and
compared), and a bad row is refused with its file and line."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataTableError
from eventcoder.gdelt import _country, geo_tables

from .gdelt_tables import DATA, tables


def test_committed_tables_match_their_sources():
    for name, text in tables().items():
        assert (DATA / name).read_text(encoding="utf-8") == text, (
            f"{name} is stale: python -m tests.export.gdelt_tables")


def test_every_us_state_has_its_adm1():
    t = geo_tables()
    states = {k[1]: v for k, v in t.adm1.items() if k[0] == "USA"}
    assert len(states) == 51 and states["District of Columbia"] == "USDC"
    assert states["California"] == "USCA" and len(t.state_ids) == 51


def test_a_bad_row_names_file_and_line():
    with pytest.raises(DataTableError) as info:
        _country(12, ["PER", "PERU", "3932488", "Peru", "", "", "geonames"])
    assert info.value.one_line().startswith("fips_countries.tsv:12: ")
