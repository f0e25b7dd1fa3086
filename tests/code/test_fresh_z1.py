"""Critics' verdicts, cyber intrusions and what crowds and troops fire or throw (#12, fresh-z1).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- critics, reviewers or commentators of no country of their own who judge no one named (a
  film, a novel, a stadium's budget) pass a verdict on a thing, no event; critics of a
  named government, or who accuse someone, still act (word class ``pundit``);
- getting into another's computers, accounts or networks by stealth ("breached the email
  accounts", "broke into the servers", "infiltrated the network") is a cyber attack (170,
  as "hacked"), and "attacked the websites" is no armed attack;
- "rockets fired from Gaza hit Sderot", which the parser reads with "fired" as the main
  verb and "hit" hung on it, is the rockets hitting Sderot (word class ``launch``), not an
  attack on Gaza;
- "live ammunition" fired at a crowd is repression (175) as bullets are; fireworks, flares
  and firecrackers thrown at the police are violent protest (145) as stones are.

- a munition that "landed in" a place visits no one (a visit's subject must not be a
  munition);
- a burst of something that bursts by accident ("a gas explosion", "a boiler blast") kills
  no one in CAMEO's sense, as natural causes do (word classes ``burst``, ``mishap_source``);
  a bomb's blast is still an attack.

NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- critics who judge someone named still act
    case("Critics accused the Serbian government of silencing independent newspapers.",
         "2024-03-02", ("SRBOPP", "112", "SRBGOV"), id="critics-accuse-government"),
    case("Kremlin critics accused the election commission of rigging the count.",
         "2024-03-18", ("RUSOPP", "11", "RUSGOV"), id="kremlin-critics-accuse"),
    # -- cyber intrusions
    case("Iranian hackers breached the email accounts of several Israeli ministers.",
         "2024-02-10", ("IRNCVL", "170", "ISRGOV"), id="hackers-breached-accounts"),
    case("Russian hackers broke into the computer network of the Polish defence ministry.",
         "2024-05-07", ("RUSCVL", "170", "POLGOV"), id="hackers-broke-into-network"),
    case("Chinese hackers infiltrated the servers of the Philippine election commission.",
         "2024-04-22", ("CHNCVL", "170", "PHLGOV"), id="hackers-infiltrated-servers"),
    case("Pro-Russian hackers attacked the websites of Lithuanian ministries on Monday.",
         "2024-06-03", (None, "17", "LTUGOV"), id="hackers-attacked-websites"),
    # -- what is fired or thrown
    case("Kenyan police fired live ammunition at protesters in Nairobi.", "2024-06-25",
         ("KENCOP", "175", "KENCVL"), id="live-ammunition-at-protesters"),
    case("Protesters threw fireworks at riot police in Belgrade.", "2024-12-28",
         ("SRBCVL", "145", "SRBCOP"), id="fireworks-at-police"),
    case("Youths hurled firecrackers at riot police in Paris.", "2023-07-01",
         ("FRACVL", "145", "FRACOP"), id="firecrackers-at-police"),
    # -- "rockets fired from X hit Y" (parsed with "fired" as the main verb): Y is hit
    case("Rockets fired from Gaza hit the southern Israeli town of Sderot on Tuesday.",
         "2024-01-09", (None, "19", "ISR"), id="rockets-fired-from-hit"),
    case("Missiles fired from Lebanon hit an army base in northern Israel.", "2024-02-14",
         (None, "19", "ISRMIL"), id="missiles-fired-from-hit-base"),
    # -- a leader who lands somewhere still visits
    case("The Turkish president landed in Baghdad for talks on water and security.",
         "2024-04-22", ("TURGOV", "042", "IRQGOV"), id="president-landed-in"),
    # -- a bomb's blast is still an attack
    case("A bomb blast killed eight shoppers at a market in Quetta.", "2024-03-01",
         (None, "18", "PAKCVL"), id="bomb-blast-still-attack"),
]

NO_EVENT = [
    pytest.param("Critics praised the documentary's portrayal of village life.",
                 id="critics-praised-work"),
    pytest.param("The new opera was panned by critics at the Salzburg festival.",
                 id="opera-panned-by-critics"),
    pytest.param("A theatre critic slammed the play as tedious.", id="theatre-critic-slammed"),
    pytest.param("Critics warned that the new airport could cost twice as much as planned.",
                 id="critics-warned-cost"),
    pytest.param("Burglars broke into a bakery in Lyon overnight.", id="burglars-broke-in"),
    pytest.param("A methane explosion at a coal mine in Silesia killed five miners.",
                 id="methane-explosion-mine"),
    pytest.param("Seven workers died when a boiler blast tore through a textile factory near "
                 "Karachi.", id="boiler-blast-factory"),
    pytest.param("Two artillery shells landed in a Turkish border village on Friday.",
                 id="shells-landed-in"),
    pytest.param("A stray missile fell near a farm in eastern Poland.", id="missile-fell-near"),
    pytest.param("A gas cylinder explosion killed four people at a restaurant in Lahore.",
                 id="gas-cylinder-explosion"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_z1_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_z1_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2024-05-05") == [], sentence
