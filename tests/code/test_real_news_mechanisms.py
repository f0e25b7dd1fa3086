"""Mechanisms that fail on real news (#12), each a table of sentences of our own and the exact
(source, CAMEO, target) triples of the events a careful CAMEO coder would write.

Real-news material is never read here; these sentences were written for the tests.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text
from eventcoder.code.patterns import british_spelling


def triples(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(m.source and m.source.code, m.cameo, m.target and m.target.code)
            for m in code_text(text) if not m.negated and m.modality != "hypothetical"]


def check(text, expected):
    assert triples(text) == expected


# 2. the reporter is never the actor; "they"/"it" in a report is the speaker
REPORTERS = [
    pytest.param("Qatar has pledged $500 million in aid to Lebanon's central bank, the official "
                 "Qatari news agency reported.", [("QAT", "0331", "LBNGOV")],
                 id="news-agency-only-reports"),
    pytest.param("Iran said it would retaliate against any attack.", [("IRN", "138", None)],
                 id="it-in-a-report-is-the-speaker"),
]


# 3. targets: the addressee, the subject of the content, the callers of a rejected call
TARGETS = [
    pytest.param("The opposition demanded that Ghana free the detained journalists.",
                 [("---OPP", "1053", "GHA")], id="subject-of-the-demanded-clause"),
    pytest.param("Ankara rejected a call by Kurdish leaders for a referendum.",
                 [("TURGOV", "123", "TURCVL")], id="callers-of-a-rejected-call"),
    pytest.param("Beijing warned that Manila would bear responsibility for any clash.",
                 [("CHNGOV", "130", "PHLGOV")], id="whom-a-warning-is-about"),
]

# 4/5/12. sub-codes and polarity: what is refused, promised or demanded decides the code
POLARITY = [
    pytest.param("Ethiopia and Sudan agreed not to use force against each other.",
                 [("ETH", "0356", "SDN"), ("SDN", "0356", "ETH")],
                 id="agreed-not-to-use-force-is-restraint"),
    pytest.param("The militia pledged to refrain from attacks on villagers.",
                 [("---REB", "0356", "---CVL")], id="refrain-from-attacks"),
    pytest.param("Hungary vowed not to cooperate with the inquiry.", [("HUN", "121", None)],
                 id="vowed-not-to-cooperate-is-a-refusal"),
    pytest.param("Israel denied that its aircraft had struck the convoy.",
                 [("ISR", "016", None)], id="a-denied-act-is-not-an-event"),
]

# 6. deontic modals: what a third party says another must or should do is its demand
DEONTIC = [
    pytest.param("Moscow said on Monday that Kyiv must return the seized tanker.",
                 [("RUSGOV", "1053", "UKRGOV")], id="must-is-a-demand"),
    pytest.param("The rebels said President Ruto must step down.", [("---REB", "1041", "KENGOV")],
                 id="must-step-down"),
    pytest.param("Cairo said Washington should be ready to mediate between the two sides.",
                 [("EGYGOV", "028", "USAGOV")], id="should-is-an-appeal"),
    pytest.param("We must defend our borders, the minister said.", [],
                 id="own-side-must-is-no-event"),
]

# 7. families of predicates
PREDICATES = [
    pytest.param("Kenya apologised for the raid.", [("KEN", "055", None)],
                 id="british-spelling"),
    pytest.param("Kenya ordered the Somali ambassador to leave the country.",
                 [("KEN", "161", "SOMGOV")], id="ordered-to-leave-is-expulsion"),
    pytest.param("The junta ordered UN peacekeepers to leave within a week.",
                 [("---MIL", "1661", "IGOUNO")], id="ordered-peacekeepers-to-leave"),
    pytest.param("Prosecutors presented evidence against the former minister.",
                 [("---JUD", "112", "---ELI")], id="presented-evidence-against"),
    pytest.param("Japan halted economic aid to the junta.", [("JPN", "1621", "---MIL")],
                 id="halted-economic-aid"),
    pytest.param("The United States speeded up the withdrawal of its troops from Somalia.",
                 [("USA", "0874", "SOM")], id="speeded-up-the-withdrawal"),
    pytest.param("Nigeria announced that it will withdraw its troops from Chad unless the "
                 "president holds elections.", [("NGA", "136", "TCD")],
                 id="announced-on-a-condition-is-a-threat"),
]

# 9/10. members and groups
GROUPS = [
    pytest.param("NATO-member Norway criticised the plan.", [("NORGOV", "111", None)],
                 id="member-state-is-not-its-bloc"),
    pytest.param("Fighting between Armenia and Azerbaijan killed dozens. The two sides agreed "
                 "to a ceasefire on Sunday, the Qatari mediator said.",
                 [("AZE", "0871", "ARM"), ("ARM", "0871", "AZE")],
                 id="the-two-sides-are-the-parties-named"),
    pytest.param("Talks between Chad and Niger resumed in Niamey.",
                 [("TCD", "046", "NER"), ("NER", "046", "TCD")], id="talks-between-go-both-ways"),
]

# 11. blame and condemnation target the party blamed, not the victims
BLAME = [
    pytest.param("Kenya condemned the violence against protesters.", [("KEN", "111", None)],
                 id="violence-against-victims-targets-nobody"),
    pytest.param("Islamabad blamed the TTP for the attack on soldiers.",
                 [("PAKGOV", "1123", "PAKINS")], id="blamed-for-targets-the-blamed"),
]


@pytest.mark.parametrize(("text", "expected"),
                         REPORTERS + TARGETS + POLARITY + DEONTIC + PREDICATES + GROUPS + BLAME)
def test_real_news_mechanism(coder, text, expected):
    check(text, expected)


def test_the_reporter_is_attribution_not_source(coder):
    [m] = [m for m in code_text("Qatar has pledged $500 million in aid to Lebanon's central "
                                "bank, the official Qatari news agency reported.")]
    assert m.source.code == "QAT" and m.attributed_to.role == "MED"


@pytest.mark.parametrize(("american", "british"), [
    ("apologize", "apologise"), ("mobilization", "mobilisation"), ("defense", "defence"),
    ("criticize", "criticise"), ("analyze", "analyse"), ("meet", "meet"),
])
def test_british_spellings(american, british):
    assert british_spelling(american) == british
