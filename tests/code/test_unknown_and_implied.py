"""Issue #16: events whose actors have no known country, or no named agent, are still coded.

A role with no country is coded with the unknown-country prefix (``---COP``) and kept; an
agentless passive takes its agent only from what the text says (the authority that reports an
arrest, the clause that tells who fired), never from a guess; plural people are civilians of
the place's country, or of an unknown one; and capitalisation does not change the events
(each sentence in three casings). Every sentence was written for this project.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text
from eventcoder.casing import recased


def triples(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(m.source and m.source.code, m.cameo, m.target and m.target.code)
            for m in code_text(text) if not m.negated and m.modality != "hypothetical"]


# the five sentences of the issue
ISSUE = [
    pytest.param("Police opened fire on a mob that set shops ablaze in the old city, killing "
                 "two people.", [("---COP", "175", "---CVL"), ("---COP", "1823", "---CVL")],
                 id="police-fire-on-a-mob"),
    pytest.param("police lobbed tear gas shells to disperse the rioters near the station.",
                 [("---COP", "175", "---CVL")], id="lower-case-police-disperse-rioters"),
    pytest.param("Over 30 people were arrested after a combing operation in the old city, police "
                 "said.", [("---COP", "173", "---CVL")], id="arrested-police-said"),
    pytest.param("More than 40 opposition supporters were arrested in Lahore on Tuesday, police "
                 "said.", [("PAKCOP", "173", "PAKOPP")], id="arrested-in-a-city-police-said"),
    pytest.param("AHMEDABAD: Police arrested 12 people for rioting in the Shahpur area on "
                 "Monday.", [("INDCOP", "173", "INDCVL")], id="dateline-gives-the-country"),
]

# roles of no known country are coded ---, and kept
UNKNOWN_COUNTRY = [
    pytest.param("Police arrested three men for looting shops.", [("---COP", "173", "---CVL")],
                 id="police-and-men"),
    pytest.param("Soldiers detained a local journalist at a checkpoint.",
                 [("---MIL", "173", "---MED")], id="soldiers-and-a-journalist"),
    pytest.param("Gunmen abducted two aid workers on the highway.",
                 [("---INS", "181", "---NGO")], id="gunmen-and-aid-workers"),
    pytest.param("The rebels released 15 hostages on Sunday.", [("---REB", "0841", "---CVL")],
                 id="rebels-and-hostages"),
    pytest.param("Protesters burned tyres outside the governor's office.",
                 [("---CVL", "145", "---GOV")], id="protesters-and-a-governor"),
    pytest.param("Riot police beat students with batons.", [("---COP", "175", "---EDU")],
                 id="riot-police-and-students"),
    pytest.param("Villagers attacked a police post with machetes.",
                 [("---CVL", "190", "---COP")], id="villagers-and-a-police-post"),
    pytest.param("Militants ambushed an army convoy, killing five soldiers.",
                 [("---INS", "180", "---MIL")], id="militants-and-a-convoy"),
    pytest.param("Demonstrators clashed with police in the capital.",
                 [("---CVL", "145", "---COP")], id="demonstrators-and-police"),
    pytest.param("Troops fired on protesters in the main square.",
                 [("---MIL", "175", "---CVL")], id="troops-and-protesters"),
    pytest.param("Police raided the offices of an opposition newspaper.",
                 [("---COP", "173", "---OPP")], id="police-and-a-newspaper"),
    pytest.param("Rebels kidnapped three engineers near the mine.", [("---REB", "181", None)],
                 id="rebels-and-engineers"),
    pytest.param("Soldiers arrested two suspects at a checkpoint.",
                 [("---MIL", "173", "---CVL")], id="suspects-are-civilians"),
    pytest.param("Masked gunmen shot dead a judge outside the courthouse.",
                 [("---INS", "186", "---JUD")], id="gunmen-and-a-judge"),
    pytest.param("Police detained dozens of protesters outside parliament.",
                 [("---COP", "173", "---CVL")], id="dozens-of-protesters"),
    pytest.param("the army shelled rebel positions near the border.",
                 [("---MIL", "194", "---REB")], id="positions-of-rebels"),
    pytest.param("Unknown attackers set fire to a church in Lagos.",
                 [("NGAUAF", "145", "NGAREL")], id="unknown-attackers-of-the-place"),
]

# agentless passives: the agent the text gives, or none
IMPLIED_AGENTS = [
    pytest.param("Nine suspects were arrested in Karachi, police said.",
                 [("PAKCOP", "173", "PAKCVL")], id="police-said-police-arrested"),
    pytest.param("Three people were detained in Minsk on Saturday, the interior ministry said.",
                 [("BLRGOV", "173", "BLRCVL")], id="ministry-said-ministry-detained"),
    pytest.param("Dozens of students were arrested in Tehran, the judiciary said.",
                 [("IRNJUD", "173", "IRNEDU")], id="judiciary-said"),
    pytest.param("Two journalists were detained at the airport, their newspaper said.",
                 [(None, "173", "---MED")], id="a-newspaper-does-not-detain"),
    pytest.param("Seven activists were detained in Algiers, their lawyers said.",
                 [(None, "173", "DZANGO")], id="their-lawyers-do-not-detain"),
    pytest.param("The mayor was arrested on corruption charges.", [(None, "173", "---GOV")],
                 id="no-one-said-no-agent"),
    pytest.param("Six protesters were killed when troops opened fire on a march.",
                 [("---MIL", "175", "---CVL")],
                 id="killed-when-troops-fired"),
    pytest.param("Two policemen were killed when gunmen attacked their patrol.",
                 [("---INS", "190", "---COP")],
                 id="killed-when-gunmen-attacked"),
    pytest.param("Five farmers were killed in Benue state, police said.",
                 [("NGAUAF", "1823", "NGAAGR")], id="police-report-killings-they-did-not-do"),
    pytest.param("Two soldiers were wounded in a rocket attack in Kandahar, the army said.",
                 [("AFGUAF", "182", "AFGMIL")], id="wounded-in-an-attack"),
    pytest.param("A bomb exploded near a police station in Peshawar.",
                 [("PAKUAF", "183", "PAKCOP")], id="a-bomb-near-a-police-station"),
    pytest.param("Two villagers were killed when a fire broke out.", [],
                 id="a-fire-is-no-agent"),
]


@pytest.mark.parametrize(("text", "expected"), ISSUE + UNKNOWN_COUNTRY + IMPLIED_AGENTS)
def test_unknown_country_and_implied_agents(coder, text, expected):
    assert triples(text) == expected


# the same events whatever the capitals: as written, all lower case, all capitals
CASINGS = [
    ("Kenyan police arrested 12 protesters in Nairobi on Monday.",
     [("KENCOP", "173", "KENCVL")]),
    ("Russia and China signed a trade deal in Beijing.",
     [("RUS", "057", "CHN"), ("CHN", "057", "RUS")]),
    ("The UN condemned the attack on the convoy in Darfur.", [("IGOUNO", "111", None)]),
    ("Turkish jets bombed Kurdish militant positions in northern Iraq.",
     [("TURMIL", "195", "IRQINS")]),
    ("Police fired tear gas at protesters in Harare.", [("ZWECOP", "175", "ZWECVL")]),
    ("A car bomb killed six soldiers in Kabul, NATO said.", [("AFGUAF", "1832", "AFGMIL")]),
]


@pytest.mark.parametrize(("text", "expected"), CASINGS, ids=[t[:30] for t, _ in CASINGS])
@pytest.mark.parametrize("casing", ["as-written", "lower", "upper"])
def test_capitals_do_not_change_the_events(coder, text, expected, casing):
    if casing == "lower":
        text = text.lower().replace("nato", "NATO")  # (an acronym stays one in lower-case text)
    elif casing == "upper":
        text = text.upper()
    assert triples(text) == expected


def test_evidence_keeps_the_capitals_it_was_written_in(coder):
    text = "KENYAN POLICE ARRESTED 12 PROTESTERS IN NAIROBI ON MONDAY."
    [m] = code_text(text)
    assert m.sentence == text


@pytest.mark.parametrize(("text", "parsed"), [
    ("A CAR BOMB KILLED SIX IN KABUL, NATO SAID.", "A car bomb killed six in kabul, NATO said."),
    ("THE US AND THE UN SPOKE. THEY AGREED.", "The US and the UN spoke. They agreed."),
    ("AHMEDABAD: Police arrested 12 people.", "AHMEDABAD: Police arrested 12 people."),
    ("the un said it told us the talks in harare would go on.",
     "the UN said it told us the talks in Harare would go on."),
])
def test_recased_text_keeps_its_offsets(text, parsed):
    out = recased(text, frozenset({"harare"}))
    assert out == parsed and len(out) == len(text)
