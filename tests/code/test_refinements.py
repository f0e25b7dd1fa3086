"""Codes the source's role settles (data/refinements.tsv): own sentences, exact events."""

from __future__ import annotations

import pytest

from eventcoder import code_text
from eventcoder.code.refinements import refine_by_role, role_refinements
from eventcoder.ontology import default_ontology


def events(text: str) -> set[tuple[str | None, str, str | None]]:
    return {(m.source.code if m.source else None, m.cameo, m.target.code if m.target else None)
            for m in code_text(text, published="2024-05-10") if not m.negated}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Georgian army went on high alert near the border.",
                 {("GEOMIL", "152", None)}, id="army-alert-is-military-alert"),
    pytest.param("Thai police went on high alert in Bangkok.",
                 {("THACOP", "151", None)}, id="police-alert-stays-police-alert"),
    pytest.param("Nigerian teachers threatened to stage a strike unless the government raised "
                 "their pay.", {("NGAEDU", "133", "NGAGOV")}, id="teachers-threaten-a-labour-strike"),
    pytest.param("Indian miners threatened to launch a strike over pit closures.",
                 {("INDLAB", "133", "INDGOV")}, id="miners-threaten-a-labour-strike"),
    pytest.param("Egyptian police used force to disperse the protesters.",
                 {("EGYCOP", "175", "EGYCVL")}, id="police-force-is-repression"),
    pytest.param("Arab foreign ministers gathered in Cairo on Sunday.",
                 {("---GOV", "040", "EGY")}, id="officials-who-gather-meet"),
    pytest.param("Thousands of Kenyan farmers gathered in Nairobi on Sunday.",
                 {("KENAGR", "141", "KENGOV")}, id="people-who-gather-demonstrate"),
])
def test_role_refines_the_code(coder, text, expected):
    assert events(text) == expected


def test_table_rows_are_valid_and_reachable():
    onto = default_ontology()
    rows = [row for found in role_refinements().values() for row in found]
    assert len(rows) >= 5
    for row in rows:
        assert row.code in onto and row.refined in onto
        assert row.roles and all(len(r) == 3 and r.isupper() for r in row.roles)
        lemmas = [row.lemma] if row.lemma != "*" else []
        assert refine_by_role(row.code, lemmas, next(iter(row.roles))) == row.refined


def test_no_role_no_change():
    assert refine_by_role("151", ["alert"], None) == "151"
    assert refine_by_role("151", ["alert"], "GOV") == "151"
