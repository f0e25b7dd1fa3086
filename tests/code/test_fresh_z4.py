"""Where an actor's own words put it (#12, fresh-z4).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a role word whose phrase places it ("opposition leaders in Zambia", "workers at the Port
  of Durban", "students who had gathered at a university in Nairobi") is of that place's
  country, even when the event itself is placed elsewhere or not at all (a reported intent,
  a strike with no location of its own); a place is found through the site that holds it
  ("the Port of Mombasa", "a college in Lahore");
- people named with what befell them ("families displaced by fighting in X", "displaced
  from their homes in X", "displaced in X") are of the place where it befell them;
- "the federal/central government" of no named country, addressed by a side of one (a
  province's chief minister, a regional government), is that side's country's, unless the
  act is placed in another country;
- "members of Congress", "leaders of Congress": people of a named body whose country comes
  from the context take its role (LEG), as "members of the opposition" do, not a
  government's; the country is the one the sentence or article establishes;
- an object that is a place noun with the place it is of ("blocked the port of Antwerp")
  puts the act there, so the people who do it are that country's and a blockade by them
  is addressed to its government.

The rest passed before and guard against drift.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a place in the role word's own phrase gives its country
    case("Opposition leaders in Zambia said they would boycott the election.", "2024-03-04",
         ("ZMBOPP", "13", None), id="own-place-speaker-opposition"),
    case("Rebel commanders in Darfur said they would attack the army.", "2024-03-04",
         ("SDNREB", "138", "SDNMIL"), id="own-place-speaker-rebels"),
    case("Dockers at the Port of Mombasa went on strike on Monday.", "2024-03-04",
         ("KENLAB", "143", None), id="own-place-port-name"),
    case("Workers at the Port of Durban went on strike over pay.", "2024-03-04",
         ("ZAFLAB", "143", None), id="own-place-port-of-city"),
    case("Soldiers beat students who had gathered at a university in Nairobi.", "2024-03-04",
         (None, "175", "KENEDU"), id="own-place-relative-clause"),
    case("Police arrested journalists who had gathered at a hotel in Harare.", "2024-03-04",
         (None, "173", "ZWEMED"), id="own-place-relative-hotel"),
    case("Police fired tear gas at students who had assembled at a college in Lahore.",
         "2024-03-04", ("PAKCOP", "175", "PAKEDU"), id="own-place-college"),
    # -- the place of what befell people
    case("UNICEF delivered water to children displaced by floods in Sindh.", "2024-03-04",
         (None, "073", "PAKCVL"), id="befallen-agent-place"),
    case("The WFP sent food to people displaced by the war in Tigray.", "2024-03-04",
         (None, "073", "ETHCVL"), id="befallen-untagged-region"),
    case("Aid agencies gave tents to families displaced from their homes in Kherson.",
         "2024-03-04", (None, "073", "UKRCVL"), id="befallen-from-homes"),
    case("Aid agencies gave tents to families displaced in Darfur.", "2024-03-04",
         (None, "073", "SDNCVL"), id="befallen-in-place"),
    # -- a central government of no named country is the addressing side's own
    case("The governor of Punjab accused the central government of neglect.", "2024-03-04",
         ("PAKGOV", "112", "PAKGOV"), id="central-government-province"),
    case("The Catalan regional government defied the central government.", "2024-03-04",
         ("ESPGOV", "12", "ESPGOV"), id="central-government-region"),
    case("The chief minister of Balochistan criticised the federal government over unpaid "
         "salaries.", "2024-03-04", ("PAKGOV", "11", "PAKGOV"),
         id="federal-government-chief-minister"),
    # -- members of a body whose country the context gives take its role
    case("In Bogota, members of Congress accused the defence minister of lying.", "2024-03-04",
         ("COLLEG", "112", "COLGOV"), id="members-of-congress-capital"),
    case("In Manila, leaders of Congress criticized the president.", "2024-03-04",
         ("PHLLEG", "111", "PHLGOV"), id="leaders-of-congress-capital"),
    case("Peru's president was impeached on Friday. Members of Congress accused him of "
         "corruption.", "2024-03-04", ("PERLEG", "11", None), id="members-of-congress-article"),
    # -- an object that is a place noun locates the act
    case("Farmers blocked the port of Antwerp with tractors.", "2024-03-04",
         ("BELAGR", "144", "BELGOV"), id="place-object-port-farmers"),
    case("Truckers blocked the port of Durban to protest against fuel prices.", "2024-03-04",
         ("ZAFLAB", "144", None), id="place-object-port-truckers"),
    case("Fishermen used their trawlers to block the port of Boulogne.", "2024-03-04",
         ("FRACVL", "144", None), id="place-object-port-controlled"),
    # -- guards: the located event already gave these
    case("Nurses at a hospital in Nairobi went on strike to demand higher pay.", "2024-03-04",
         ("KENHLH", "143", None), id="guard-located-strike"),
    case("The government in Kabul banned music.", "2024-03-04",
         ("AFGGOV", "17", None), id="guard-government-in-capital"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_z4_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"
