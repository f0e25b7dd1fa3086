"""Whose an actor is: only evidence about it gives it a country (#12 mechanism 1 and 2, #16).

A role word with no country of its own ("the rebels", "police", "the minister") takes one from
its own words (a demonym, "in Dhaka", "at Nigeria's state oil company", "affiliated with the
Serbian union"), from what the article established before it, or from the one country the
rest of its sentence names as the owner of a state body or a place; otherwise it is of unknown
country, written ``---REB`` as Phoenix data does. A name the tables do not know is kept as an
actor with no code. The reporter of a sentence is never the source of what it reports.

Each case is a sentence of our own and the exact (source, CAMEO, target) triples expected.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text

CASES = [
    # a state named on its own later in the sentence is a party, not the role word's country
    pytest.param("The rebels released 15 captives after negotiations brokered by Oman.",
                 [("---REB", "0841", "---CVL")], id="later-state-is-no-evidence"),
    pytest.param("Lawmakers asked the president to impose fresh sanctions on Venezuela.",
                 [("---LEG", "022", "---GOV")], id="addressee-of-unknown-country-is-the-target"),
    pytest.param("The minister resigned on Tuesday.", [("---GOV", "0831", None)],
                 id="no-country-at-all"),
    # the role word's own words
    pytest.param("Police in Dhaka detained 40 opposition supporters on Sunday.",
                 [("BGDCOP", "173", "BGDOPP")], id="in-a-capital"),
    pytest.param("Opposition leaders in Togo demanded the president's resignation.",
                 [("TGOOPP", "1041", "TGOGOV")], id="in-a-country"),
    pytest.param("Workers at Nigeria's state oil company went on strike.",
                 [("NGALAB", "143", "NGAGOV")], id="where-they-work"),
    pytest.param("Truckers affiliated with the Chilean transport union blocked the highway.",
                 [("CHLLAB", "144", "CHLGOV")], id="affiliated-with"),
    # a country that qualifies a state body elsewhere in the sentence establishes it
    pytest.param("Judge Maria Oquendo charged four Peruvian customs officials with fraud.",
                 [("PERJUD", "173", "PERGOV")], id="sentence-names-one-state-body"),
    # a title described earlier in the article
    pytest.param("The Kenyan health minister visited Kampala on Monday. The minister later met "
                 "Ugandan officials.", [("KENGOV", "042", "UGAGOV"), ("KENGOV", "040", "UGAGOV")],
                 id="the-minister-described-before"),
    # local armed men among their victims, but not soldiers, and not a ship's attackers
    pytest.param("Gunmen abducted 12 Nigerian farmers.", [("NGAINS", "181", "NGAAGR")],
                 id="gunmen-among-their-victims"),
    pytest.param("Soldiers shot dead two Chadian herders.", [("---MIL", "1823", "TCDAGR")],
                 id="soldiers-travel"),
    pytest.param("Pirates seized a Danish cargo ship off the coast.", [("---CRM", "1711", "DNK")],
                 id="pirates-are-not-the-ships-country"),
    # names the tables do not know are kept, uncoded; former titles are elites
    pytest.param("Former President Carlos Mesa criticised the government.",
                 [("---ELI", "111", "---GOV")], id="former-title-unknown-person"),
    # the speaker of a report is the "they" or "it" of what it reports
    pytest.param("The rebels said they would free the hostages on Friday.",
                 [("---REB", "0353", "---CVL")], id="they-in-a-report-is-the-speaker"),
    pytest.param("Iran said it would retaliate against any attack.", [("IRN", "138", None)],
                 id="it-in-a-report-is-the-speaker"),
]


def triples(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(m.source and m.source.code, m.cameo, m.target and m.target.code)
            for m in code_text(text) if not m.negated]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_actor_evidence(coder, text, expected):
    assert triples(text) == expected


def test_a_named_organisation_the_tables_do_not_know_is_kept_uncoded(coder):
    [m] = code_text("The Coral Sea Fisheries Council has agreed to set up a fisheries fund, "
                    "officials said.")
    assert m.cameo == "0331"  # a fund is economic aid
    assert m.source is not None and m.source.code is None
    assert m.source.text == "The Coral Sea Fisheries Council"
    assert m.source.provenance == "unresolved"


@pytest.mark.parametrize("text", [
    "The Pacific Islands Forum has agreed to set up a fisheries fund, officials said.",
    "The Andean council agreed to lower tariffs, the Peruvian news agency reported.",
    "The northern alliance agreed to join the talks, a Turkish official confirmed.",
])
def test_the_reporter_is_never_the_source(coder, text):
    for m in code_text(text):
        reporter = m.attributed_to
        assert reporter is None or m.source is None or m.source.text != reporter.text, m


def test_a_company_and_a_winner_are_not_political_news(coder):
    assert code_text("The firm handed the contest winner a cheque for five thousand dollars.") == []
