"""Protest by surrounding, withdrawals that halt mediation or aid, and votes that decide (#12,
fresh-z2).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- people of no armed role (protesters, workers, students, opposition supporters) who surround,
  encircle or besiege a building demonstrate at it (141), and those who blockade it block
  passage (144); only armed forces besiege or blockade (191);
- a mediator that withdraws or pulls out "from/of mediating" halts its mediation (165), and an
  aid agency (an international NGO) that withdraws or pulls out of a place withdraws aid (1663);
  only armed forces retreat (0874);
- a body that votes to do something decides it: "parliament voted to expel the troops" is the
  expulsion (166), not an intent to expel;
- a claim, report or accusation dismissed or rejected "as lies" is denied (016); only other
  things dismissed as propaganda are criticised (111);
- a journalist beaten is assaulted (182), as the other persons of the beat row; only crowds of
  dissent (protesters, strikers, students) beaten are repressed (175).
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- crowds that surround a building protest; armies that do so besiege
    case("Protesters surrounded the parliament building in Tbilisi on Thursday night.",
         "2024-05-02", ("GEOCVL", "141", "GEOLEG"), id="protesters-surrounded"),
    case("Thousands of demonstrators encircled the prime minister's office in Dhaka.",
         "2024-08-03", ("BGDCVL", "14", "BGDGOV"), id="demonstrators-encircled"),
    case("Striking miners surrounded the ministry of energy in La Paz.", "2023-03-09",
         ("BOLLAB", "14", "BOLGOV"), id="miners-surrounded"),
    case("Opposition supporters besieged the electoral commission in Kinshasa.", "2024-01-04",
         ("CODOPP", "14", None), id="supporters-besieged"),
    case("Rebel forces encircled the garrison town near the northern border.", "2023-06-01",
         ("---REB", "191", None), id="armed-encircle-still-191"),
    # -- withdrawals: from mediation, by aid agencies, by armies
    case("Qatar withdrew from mediating between the government and the rebels.", "2024-11-09",
         ("QAT", "165", None), id="withdrew-from-mediating"),
    case("Oman pulled out of mediation between the two sides after the talks collapsed.",
         "2024-02-20", ("OMN", "165", None), id="pulled-out-of-mediation"),
    case("Oxfam withdrew from the city of Goma after its warehouse was looted.", "2024-03-01",
         ("NGOOXF", "1663", None), id="ngo-withdrew-from-city"),
    case("The Red Cross pulled out of Mekelle, citing insecurity.", "2021-07-12",
         ("NGOICR", "1663", None), id="ngo-pulled-out"),
    case("Russian troops withdrew from the town of Lyman after a week of fighting.",
         "2022-10-01", ("RUSMIL", "0874", None), id="troops-withdrew-still-0874"),
    # -- votes that decide
    case("The Kenyan parliament voted to expel the Chinese ambassador.", "2024-05-10",
         ("KENLEG", "16", "CHNGOV"), id="voted-to-expel"),
    case("The Lithuanian parliament voted to impose sanctions on Moscow over the poisoning.",
         "2024-05-10", ("LTULEG", "163", "RUSGOV"), id="voted-to-impose-sanctions"),
    case("Lawmakers in Lima voted to open an inquiry into the president's finances.",
         "2024-05-10", ("PERLEG", "09", "PERGOV"), id="voted-to-open-inquiry"),
    # -- accusations dismissed as lies are denied
    case("The Rwandan government dismissed the UN report on the M23 rebels as fabrications.",
         "2024-05-10", ("RWAGOV", "016", None), id="report-dismissed-as-fabrications"),
    case("The army rejected the allegations of torture as baseless propaganda.", "2024-05-10",
         ("---MIL", "016", None), id="allegations-rejected-as-propaganda"),
    case("Tehran dismissed the new sanctions as propaganda.", "2024-05-10",
         ("IRNGOV", "111", None), id="sanctions-dismissed-as-propaganda-still-111"),
    # -- journalists beaten are assaulted
    case("Unknown attackers beat a Pakistani journalist outside his home in Islamabad.",
         "2024-05-10", (None, "182", "PAKMED"), id="journalist-beaten-by-attackers"),
    case("Two reporters were beaten by a mob in Dhaka.", "2024-05-10",
         (None, "182", "BGDMED"), id="reporters-beaten-by-mob"),
    case("Riot police beat protesters in the capital of Togo.", "2024-05-10",
         ("TGOCOP", "175", None), id="police-beat-protesters-still-175"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_z2_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"
