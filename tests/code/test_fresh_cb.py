"""Material cooperation, aid, yielding, investigations and demands (#12, fresh-cb; roots 06-10).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- the partners of a joint act are each other: whom the act is against, or any word inside
  that phrase ("a joint operation against [cocaine] smugglers"), and a party's own capital
  named as the place ("joint exercises at a base north of Khartoum") are not partners
  (``predicates._inside_against``, ``engine._pairs``);
- the first adjective of a noun phrase the parser hangs on the modifier after it ("joint
  search-and-rescue drills", "combined disaster-relief exercises") qualifies the event noun;
- an act named with its agent as the subject of a verb of starting or happening ("joint
  patrols by Malian and Burkinabe soldiers resumed", "the drills got under way") happens,
  whatever its root (word class ``onset``); not when the verb is negated.

NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- partners of a joint act
    case("Peruvian and Bolivian troops carried out a joint operation against cocaine smugglers "
         "along their shared border, officials in Lima said on Sunday.", "2018-10-14",
         ("PERMIL", "062", "BOLMIL"), id="joint-against-smugglers"),
    case("Egypt and Sudan began joint air force exercises at a base north of Khartoum on "
         "Saturday.", "2021-04-03", ("SDN", "062", "EGY"), id="joint-near-capital"),
    case("Colombian and Ecuadorean police launched a joint operation against arms traffickers "
         "on the border on Tuesday.", "2023-03-14", ("ECUCOP", "06", "COLCOP"),
         id="variant-joint-against-traffickers"),
    case("Indian and Bangladeshi border guards carried out coordinated patrols against cattle "
         "smugglers this week.", "2022-06-10", ("BGDMIL", "062", "INDMIL"),
         id="variant-coordinated-against"),
    case("Russia and Belarus began joint military drills near Minsk on Monday.", "2022-02-10",
         ("BLR", "062", "RUS"), id="variant-joint-near-capital"),
    # -- a phrase's first adjective hung on the modifier after it
    case("HANOI, June 9 (Reuters) - Vietnamese and Japanese warships held joint search-and-"
         "rescue drills off the central coast on Thursday, Vietnam's defence ministry said.",
         "2016-06-09", ("JPNMIL", "062", "VNMMIL"), id="joint-search-and-rescue"),
    case("Thai and Cambodian troops held combined disaster-relief exercises on Tuesday.",
         "2019-03-12", ("THAMIL", "062", "KHMMIL"), id="variant-combined-disaster-relief"),
    case("The navies of Brazil and South Africa held joint anti-piracy drills off Durban.",
         "2018-11-16", ("ZAFMIL", "062", "BRAMIL"), id="variant-joint-anti-piracy"),
    case("South Korean and American marines held joint amphibious landing drills near Pohang.",
         "2023-03-24", ("USAMIL", "062", "KORMIL"), id="variant-joint-amphibious-landing"),
    # -- an act with its agent, said to begin or resume
    case("Joint patrols by Malian and Burkinabe soldiers along the two countries' border "
         "resumed on Monday after a six-month pause, the Malian army said.", "2023-01-16",
         ("MLIMIL", "062", "BFAMIL"), id="patrols-by-resumed"),
    case("Joint exercises by Egyptian and Saudi naval forces began in the Red Sea on Monday.",
         "2022-10-03", ("SAUMIL", "062", "EGYMIL"), id="variant-exercises-by-began"),
    case("The joint drills by Greek and Cypriot forces got under way on Thursday.",
         "2021-09-23", ("GRCMIL", "062", "CYPMIL"), id="variant-drills-under-way"),
    case("Joint naval patrols by Indonesia and Malaysia resumed in the Sulu Sea on Tuesday.",
         "2017-06-20", ("IDN", "062", "MYS"), id="variant-patrols-by-names-resumed"),
]

NO_EVENT = [
    pytest.param("Joint patrols by Malian and Burkinabe soldiers will not resume until March, "
                 "officials said.", id="patrols-will-not-resume"),
    pytest.param("The joint exercises planned by Serbia and Hungary did not take place.",
                 id="exercises-did-not-take-place"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_cb_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_cb_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2024-05-05") == [], sentence
