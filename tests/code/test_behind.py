""""X was behind the attack": one reading (NominalFinder._acts_behind), exact events.

Sentences written for this project. The act a copular preposition's phrase names (word class
``copular_prep``) is done by the copula's subject, negated or modal as the copula is; the claim
beside it is the row ``015 adj behind``. Told by a party of another, the act is the teller's
accusation (112); a party's own "it was behind" is its claim and its act; "was not behind" from
the party itself is its denial (016). An act of coercion or violence is judged as a verb's
would be; any other act is the teller's charge whoever tells it, as "responsible for" makes it.

Each row lists every event the scorer counts, nothing more. Rows marked "(was …)" read
differently before the two routes became one: a non-violent act took its agent from the claim
route, without the copula's modality and after the event nouns had taken it first.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import case, scored_triples

CASES = [
    # a party's own claim: the claim and the act, both its own
    case("The Baloch Liberation Army said it was behind the bombing of a railway line near "
         "Quetta.", "2024-05-10", ("PAKSEP", "015", None), ("PAKSEP", "183", None),
         id="own-claim"),
    case("The Houthis said they were behind the missile attack on a tanker in the Red Sea.",
         "2024-05-10", ("YEMREB", "015", None), ("YEMREB", "195", None), id="own-claim-plural"),
    # another party's telling: its accusation only
    case("Azerbaijan said Armenian troops were behind the shelling of a border village.",
         "2024-05-10", ("AZE", "112", "ARMMIL"), id="third-party-charge"),
    case("Kenya said the militia was behind the protests in Nairobi.", "2024-05-10",
         ("KEN", "112", "KENREB"), id="third-party-charge-protests"),
    # told by no one: the claim and the act
    case("The Islamic State was behind the suicide bombing at a mosque in Peshawar.",
         "2024-05-10", ("IMGISL", "015", "PAKREL"), ("IMGISL", "1831", "PAKREL"),
         id="bare-assertion"),
    # negated or modal: no act
    case("The PKK said it was not behind the blast in Ankara.", "2024-05-10",
         ("TURREB", "016", None), id="own-denial"),
    case("The Sinaloa cartel was not behind the ambush of the soldiers in Culiacan, "
         "prosecutors said.", "2024-05-10", id="negated-told-by-others"),
    case("A criminal gang might have been behind the attack on the monastery in Kosovo.",
         "2024-05-10", id="modal"),
    # (was: "VEN 112 COLCVL" asserted, the riots' modality not the copula's)
    case("Venezuela said Colombia may have been behind the riots in Caracas.", "2024-05-10",
         id="modal-charge-riots"),
    # (was: "---OPP 145" asserted under the condition)
    case("If the opposition was behind the riots, it will be banned.", "2024-05-10",
         id="conditional-riots"),
    # (was: the claim alone, the boycott taken first as an event noun with no agent; now as
    # "who were behind last year's bombing" already was)
    case("The rebels, who were behind last year's boycott of the election, said they would "
         "take part.", "2024-05-10", ("---REB", "015", None), ("---REB", "140", None),
         id="relative-clause-non-violent"),
    # "responsible for" (the claim route, shared with "claimed responsibility for")
    case("The ELN said it was responsible for the ambush of an army patrol in Arauca.",
         "2024-05-10", ("COLREB", "015", "COLMIL"), ("COLREB", "190", None),
         id="responsible-for-own"),
    # a place, not an act
    case("The soldiers were behind the front line when the shelling started.", "2024-05-10",
         id="a-place"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), [
    pytest.param(p.values[0], p.values[1], p.values[2:], id=p.id, marks=p.marks) for p in CASES])
def test_behind(sentence, published, expected):
    assert sorted(scored_triples(sentence, published), key=str) == sorted(expected, key=str)
