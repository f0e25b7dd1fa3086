"""Passives, relative clauses and appositives, second pass (#12, fresh-bb).

Sentences from our fresh batch and variants written for this project, coded by hand before the
coder was run on them. The mechanisms they guard:

- a "who" or "which" clause on an appositive name describes it as on any noun ("Joao
  Lourenco, who has mediated between Kinshasa and Kigali, spoke …": no mediation); only an
  appositive's clause with no relative word ("…, a claim Islamabad rejected") is an act;
- a relative clause that tells what its noun does again and again ("who has clashed
  repeatedly with Spain's government"; word class ``habit_adverb``) describes it, violent
  verb or not;
- a "who"/"which" clause dated by a month with no day ("who was abducted in Nairobi in
  November") tells what went before, violent verb or not;
- the parser reads the "by" of an active verb after a long subject as a passive's agent
  ("…, spoke by phone with Kagame"): a verb in a simple tense with no passive auxiliary
  has no agent (``_parse._agent_of_active``);
- a country qualifies a state body through the body's adjective too ("Mozambique's
  electoral commission" is a state body, so "the opposition" it answers is Mozambique's);
- an unnamed place in a named one ("the mayor of a town in Guerrero") is of the named
  place's country.

The rest passed before and guard against drift.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- the "by" of an active verb is no agent
    case("Angola's president, Joao Lourenco, who has mediated between Kinshasa and Kigali, spoke "
         "by phone with Rwanda's Paul Kagame on Sunday.", "2024-03-12", ("AGOGOV", "041", "RWAGOV"),
         id="active-by-phone"),
    case("Kenya's president, William Ruto, who chairs the East African Community, spoke by "
         "telephone with Somalia's president on Friday.", "2024-03-12", ("KENGOV", "041", "SOMGOV"),
         id="variant-active-by-telephone"),
    # -- a past-month relative clause describes; the main act stays
    case("Uganda's main opposition leader, Kizza Besigye, who was abducted in Nairobi in November, "
         "was charged with treason by a military court.", "2025-01-10", (None, "173", "UGAOPP"),
         id="month-relative-main-act"),
    # -- a state body's adjective; an unnamed place in a named one
    case("Demands for a recount, made by the opposition after Sunday's vote, were dismissed by "
         "Mozambique's electoral commission.", "2024-10-25", ("MOZGOV", "12", "MOZOPP"),
         id="state-body-adjective-passive"),
    case("The opposition's complaint was rejected by Zambia's constitutional court on Monday.",
         "2024-05-10", ("ZMBJUD", "12", "ZMBOPP"), id="variant-state-body-court"),
    case("The mayor of a town in Guerrero, who had taken office a week earlier, was beheaded by "
         "suspected cartel gunmen.", "2024-10-08", (None, "18", "MEXGOV"),
         id="town-in-region"),
    case("Gunmen killed the police chief of a village in Balochistan on Tuesday.", "2024-05-10",
         (None, "18", "PAKCOP"), id="variant-village-in-region"),
]

#: (sentence, published, root that must not be coded): a describing relative clause's verb.
ABSENT = [
    pytest.param("Angola's president, Joao Lourenco, who has mediated between Kinshasa and "
                 "Kigali, spoke by phone with Rwanda's Paul Kagame on Sunday.", "2024-03-12", "045",
                 id="appos-perfect-relative"),
    pytest.param("Argentina's president, who has clashed repeatedly with Spain's government, "
                 "called Pedro Sanchez's wife corrupt.", "2024-05-20", "19",
                 id="habit-relative-clash"),
    pytest.param("The Kenyan police, who frequently fire tear gas at protesters, said they would "
                 "guard the election tally centre.", "2024-05-20", "17",
                 id="variant-habit-relative-present"),
    pytest.param("Uganda's main opposition leader, Kizza Besigye, who was abducted in Nairobi in "
                 "November, was charged with treason by a military court.", "2025-01-10", "18",
                 id="month-relative-abducted"),
    pytest.param("The Ethiopian journalist, who was beaten by soldiers in March, told a hearing in "
                 "Addis Ababa that he had been threatened.", "2024-06-20", "18",
                 id="variant-month-relative-beaten"),
    pytest.param("Pakistan's foreign minister, Ishaq Dar, who has often criticised Kabul, met "
                 "Afghanistan's acting foreign minister in Beijing.", "2025-05-21", "11",
                 id="variant-appos-habit-criticised"),
]

NO_EVENT = [
    ("The bridge, which was built by Soviet engineers in the 1970s, collapsed under heavy rain "
     "on Sunday.", "2024-07-01"),
    ("William Ruto, who was elected Kenya's president in 2022, grew up selling chickens by the "
     "roadside in the Rift Valley.", "2024-05-22"),
    ("The report, which was compiled by a panel of UN experts, runs to more than 300 pages.",
     "2024-01-30"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_bb_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published", "code"), ABSENT)
def test_fresh_bb_absent(sentence: str, published: str, code: str) -> None:
    got = scored_triples(sentence, published)
    assert not any(c.startswith(code) for _, c, _ in got), f"{sentence!r}: {got}"


@pytest.mark.parametrize(("sentence", "published"), NO_EVENT)
def test_fresh_bb_no_event(sentence: str, published: str) -> None:
    assert scored_triples(sentence, published) == [], sentence
