"""Sub-codes chosen by what is demanded, offered, promised, refused or protested for (#12
mechanism 4): the class of the thing (``data/issue_classes.tsv``, ``data/issues.tsv``) or the
act in the complement decides the CAMEO sub-code of appeals (02), intents (03), concessions
(08), demands (10), refusals (12), threats (13) and protests (14).

Each case is a sentence of our own and the exact (source, CAMEO, target) triples expected.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text
from eventcoder.code.issues import IssueRefiner, load_issues
from eventcoder.code.patterns import default_patterns
from eventcoder.code.predicates import PredicateFinder

CASES = [
    # demands (10x)
    pytest.param("The opposition demanded political autonomy for the northern provinces.",
                 [("---OPP", "1044", None)], id="demand-autonomy-regime"),
    pytest.param("Protesters in Lima demanded the resignation of the interior minister.",
                 [("PERCVL", "1041", "PERGOV")], id="demand-resignation-leadership"),
    pytest.param("Amnesty demanded that the government lift curbs on the press.",
                 [("NGOAMN", "1051", "---GOV")], id="demand-clause-easing-restrictions"),
    # refusals (12x): the content of a rejected call, proposal or offer
    pytest.param("The junta rejected calls for economic aid from the West.",
                 [("---MIL", "1221", None)], id="reject-call-for-economic-aid"),
    pytest.param("Kenya rejected a proposal for a ceasefire in the north.",
                 [("KEN", "1246", None)], id="reject-proposal-for-ceasefire"),
    # appeals (02x) and intents (03x)
    pytest.param("The UN urged the government to allow inspectors into the prison.",
                 [("IGOUNO", "0255", "---GOV")], id="appeal-allow-inspectors"),
    pytest.param("The rebels offered to free the hostages.", [("---REB", "0353", "---CVL")],
                 id="intent-release"),
    pytest.param("The Bolivian government promised to hold elections in March.",
                 [("BOLGOV", "034", None)], id="intent-elections-reform"),
    # threats (13x) over a refined act: halting talks is 164, threatened it is 134
    pytest.param("Tehran threatened to halt talks with the agency.", [("IRNGOV", "134", None)],
                 id="threaten-halt-talks"),
    # concessions (08x): what is conceded is the act
    pytest.param("The union accepted demands that it call off the strike.",
                 [("---LAB", "082", None)], id="concede-call-off-strike"),
    # protests (14x): the digit of what the protest is for
    pytest.param("Farmers blocked highways to demand the repeal of the new land law.",
                 [("---AGR", "1442", None)], id="obstruct-for-policy"),
    pytest.param("Students in Quito went on hunger strike to demand the president's removal.",
                 [("ECUEDU", "1421", "ECUGOV")], id="hunger-strike-for-leadership"),
]


def triples(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(m.source and m.source.code, m.cameo, m.target and m.target.code)
            for m in code_text(text) if not m.negated]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_issue_subcode(coder, text, expected):
    assert triples(text) == expected


def test_issue_tables_load_and_name_their_classes():
    table = load_issues()
    assert len(table) > 100
    assert table.classes["leadership"].act == "0831"
    assert table.classes["rights"].protest == "3"
    assert {c.name for c in table.classes.values()} >= {"ceasefire", "release", "regime"}


def test_refinement_only_deepens(nlp):
    finder = PredicateFinder(default_patterns())
    refiner = IssueRefiner(finder)
    doc = nlp("They demanded autonomy.")
    demanded = doc[1]
    assert refiner.refine("100", [demanded]) == "1044"
    # a code of another branch is never moved ("1053" is already specific)
    assert refiner.refine("1053", [demanded]) == "1053"
    # codes outside the families are left alone
    assert refiner.refine("190", [demanded]) == "190"
