"""Reactions told around another act: who protests, who accuses, who disapproves (#12, fresh-r).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a protest noun an act "sparked" or "triggered" (or "a wave of protests", "two days of
  riots" it set off) happened with no one named: the people of the place it names protest,
  addressed to their government, as when "protests broke out" there; the place is no
  addressee;
- a protest noun whose from- or by-phrase names a state or an international body ("sparking
  protests from the United States") is that body's official complaint (114), not a march of
  its people; only a demonym on the noun ("Kenyan protests") names a people;
- a message noun's from-phrase names its author as a by-phrase does: "rejected accusations
  from Lithuania that …" is Lithuania's accusation beside the denial, as dev codes "accusations
  by Kyiv";
- a word of disapproval said of an act someone did ("said the arrest of … by Kosovo was
  unacceptable", "said Israel's raid was a provocation") criticises (111) its doer, and the
  speaker is the source; said of a state of affairs with no doer it is no event.

NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- unrest an act set off, with no one named: the people of the place
    case("The fuel price hike sparked protests in Abuja on Monday.", "2024-01-08",
         ("NGACVL", "14", "NGAGOV"), id="sparked-protests-in-capital"),
    case("The jailing of the opposition leader triggered two days of riots in Lusaka.",
         "2023-11-14", ("ZMBCVL", "145", None), id="triggered-days-of-riots"),
    case("The new land law sparked a wave of protests across Kenya.", "2024-02-20",
         ("KENCVL", "14", "KENGOV"), id="wave-of-protests-across"),
    case("The arrest of the mayor has triggered the largest protests in Georgia in years.",
         "2024-12-02", ("GEOCVL", "14", "GEOGOV"), id="largest-protests-in-country"),
    case("A court in Algiers jailed the blogger for five years, sparking protests in Oran.",
         "2023-06-12", ("DZACVL", "14", None), id="jailed-sparking-protests-in"),
    # -- a protest from a state or an international body is an official complaint
    case("Hungary passed the media law, sparking protests from Germany and the European "
         "Union.", "2024-03-05", ("DEU", "114", "HUN"), id="protests-from-state"),
    case("Hungary passed the media law, sparking protests from Germany and the European "
         "Union.", "2024-03-05", ("IGOEUR", "114", "HUN"), id="protests-from-igo"),
    case("Ghana expelled two Nigerian traders, drawing a protest from Nigeria.", "2023-08-01",
         ("NGA", "114", "GHA"), id="drawing-a-protest-from"),
    # -- a message noun's from-phrase names its author
    case("Caracas dismissed accusations from Guyana that it was massing troops on the "
         "border.", "2023-12-03", ("GUY", "112", "VENGOV"), id="dismissed-accusations-from"),
    case("Caracas dismissed accusations from Guyana that it was massing troops on the "
         "border.", "2023-12-03", ("VENGOV", "016", "GUY"), id="dismissed-accusations-denial"),
    case("Rwanda rejected allegations from Kinshasa that its soldiers were fighting inside "
         "Congo.", "2024-02-19", ("CODGOV", "112", "RWAMIL"), id="rejected-allegations-from"),
    case("Minsk rejected accusations from Warsaw that it was flying balloons over the "
         "border.", "2024-03-01", ("POLGOV", "112", "BLRGOV"), id="rejected-accusations-from"),
    # -- a word of disapproval said of someone's act
    case("Hungary's foreign minister said the detention of two Hungarian truck drivers by "
         "Ukraine was unacceptable.", "2024-04-11", ("HUNGOV", "111", "UKR"),
         id="said-detention-by-was-unacceptable"),
    case("The Jordanian foreign ministry said Israel's raid on the refugee camp was a "
         "flagrant violation.", "2024-01-18", ("JORGOV", "111", "ISR"),
         id="said-raid-was-a-violation"),
    case("Tokyo said the Chinese coast guard's incursion was provocative and illegal.",
         "2023-05-04", ("JPNGOV", "111", "CHNMIL"), id="said-incursion-provocative"),
]

NO_EVENT = [
    # a state of affairs with no doer is no one's wrong
    pytest.param("The foreign minister said the situation on the border was dangerous.",
                 id="situation-dangerous"),
    # a protest noun with no place and no one named tells no actor
    pytest.param("The price hike sparked protests.", id="sparked-protests-nowhere"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_r_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_r_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2024-05-10") == [], sentence
