"""Sources and targets of fresh pool sentences (#12, fresh-r3).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- an event noun that is the object of a comment ("condemned the invasion of Ukraine by
  Russia"): the parser hangs the noun's by-phrase on the verb; the by-phrase is then the
  event's agent and the comment's target, before the noun's of-phrase (what the act was done
  to); a court's "sentencing" of someone is its verdict (116), like its "sentence";
- a passive relative clause of doing ("the expulsion of Haitian migrants, which was carried
  out by Dominican authorities") names the event noun's agent, even where the parser hangs
  it on the noun's of- or on-phrase (word class ``deed`` in data/lexicon.tsv);
- firms named by their trade (a defence contractor, a brewer, a chipmaker, an arms maker,
  a drugmaker) are businesses (BUS) of the country that qualifies them, so "sanctions on U.S.
  defence contractor Lockheed Martin over arms sales to Taiwan" target the firm, not Taiwan;
- a statement about an act placed in a country, with no nearer party ("expressed concern over
  the violence in Myanmar", "condolences over the bombing in Kampala"), is about that country,
  as an inquiry into crimes there is (code family ``matter_place``: 01 but claims and denials, and 09;
  not a disapproval, whose unknown culprit stays unknown);
- a province, region, governorate, oblast or prefecture the regions table lacks ("Surin
  province", "Battambang province") is, as most are, named for its capital: a city the
  gazetteer knows gives the division's country, so the unnamed villagers or police of the
  place an attack or arrest strikes are of that country, not of none.

The rest passed before and guard against drift.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- an event noun's by-phrase hung on the commenting verb
    case("The German foreign ministry criticised the sentencing of an American journalist by a "
         "Moscow court.", "2024-07-19", ("DEUGOV", "111", "RUSJUD"), id="by-agent-sentencing"),
    case("France condemned the invasion of Ukraine by Russia.", "2022-02-24",
         ("FRA", "111", "RUS"), id="by-agent-invasion"),
    case("Human rights groups denounced the arrest of three journalists by Ethiopian police.",
         "2023-05-02", (None, "111", "ETHCOP"), id="by-agent-arrest"),
    case("Brazil welcomed the release of two hostages by Hamas.", "2023-10-24",
         ("BRA", "051", "PSEINS"), id="by-agent-release"),
    case("Washington condemned the sentencing of a Russian dissident to 25 years.", "2023-04-17",
         ("USAGOV", "111", "RUSOPP"), id="sentencing-no-agent"),
    # -- a passive relative clause of doing names the act's agent
    case("The mass expulsion of Haitian migrants, which was carried out by Dominican "
         "authorities in October, was condemned by Amnesty International.", "2023-11-02",
         ("NGOAMN", "111", "DOMGOV"), id="deed-relative-expulsion"),
    case("Kenya criticised the raid on the newspaper, which was carried out by Ugandan police.",
         "2024-03-12", ("KEN", "111", "UGACOP"), id="deed-relative-raid"),
    case("Human rights groups condemned the crackdown on protesters, which was ordered by the "
         "interior minister of Iran.", "2022-10-04", (None, "111", "IRNGOV"),
         id="deed-relative-crackdown"),
    # -- firms named by their trade
    case("China imposed sanctions on U.S. defence contractor Lockheed Martin on Tuesday over "
         "arms sales to Taiwan.", "2020-10-27", ("CHN", "163", "USABUS"), id="firm-contractor"),
    case("China imposed sanctions on the American defence contractor Raytheon over arms sales "
         "to Taiwan.", "2022-02-21", ("CHN", "163", "USABUS"), id="firm-contractor-demonym"),
    case("Moscow seized control of the Russian assets of Danish brewer Carlsberg.",
         "2023-07-17", ("RUSGOV", "17", "DNKBUS"), id="firm-brewer"),
    case("Russia seized the assets of the German brewer Paulaner.", "2023-07-17",
         ("RUS", "17", "DEUBUS"), id="firm-brewer-variant"),
    # -- a statement about an act in a country
    case("The Indonesian foreign ministry expressed concern over the violence in Myanmar, a "
         "spokesman said.", "2021-03-28", ("IDNGOV", "01", "MMR"), id="matter-place-concern"),
    case("Chile expressed concern over the unrest in Bolivia.", "2019-11-11",
         ("CHL", "01", "BOL"), id="matter-place-unrest"),
    # -- a division named for its capital city
    case("According to the Thai army, Cambodian troops fired rockets at a village in Surin "
         "province.", "2025-07-24", ("KHMMIL", "19", "THACVL"), id="division-surin"),
    case("Thai troops shelled a village in Battambang province.", "2025-07-25",
         ("THAMIL", "19", "KHMCVL"), id="division-battambang"),
    case("Police arrested six protesters in Benguela province.", "2023-06-05",
         ("AGOCOP", "173", "AGOCVL"), id="division-benguela"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_r3_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"
