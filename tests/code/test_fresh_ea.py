"""Whose actor it is: countries and kinds of actors in fresh sentences (#12, fresh-ea).

Sentences from the fresh-ea batch (actors whose code is hard but well defined: titled and
possessed names, role words near a foreign place, international bodies, conjoined actors of
different countries) and variants written for this project, coded by hand before the coder was
run on them. The mechanisms they guard:

- a subject listing titled names with the title in lower case ("Ghana's president John Mahama
  and Togo's Faure Gnassingbe met", "Kenya's foreign minister Musalia Mudavadi and his Somali
  counterpart held talks"): the parser hangs the second name on the first one's name (read as
  the title's apposition); a lower-case title right before a name is a part of a listed name,
  and a conjunct hung on a titled name with no comma between title and name is the title's.
- a person the tables do not know, named with a country's possessive ("Chile's Alberto van
  Klaveren", "Nigeria's Aliko Dangote"), is of that country (bare, as a person named with a
  demonym and no title is); a known office holder keeps the table's role.

Known failures of the batch are rows marked ``xfail``.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- titled names in a list, the title in lower case
    case("Ivory Coast's president Alassane Ouattara and Liberia's Joseph Boakai signed a border "
         "security accord in Abidjan on Monday.", "2024-07-08",
         [("CIVGOV", "057", "LBRGOV"), ("LBRGOV", "057", "CIVGOV")], id="titled-list-batch"),
    case("Ghana's president John Mahama and Togo's Faure Gnassingbe met in Accra on Friday.",
         "2025-03-14", [("GHAGOV", "04", "TGOGOV"), ("TGOGOV", "04", "GHAGOV")],
         id="titled-list-met"),
    case("Kenya's foreign minister Musalia Mudavadi and his Somali counterpart held talks in "
         "Nairobi.", "2024-05-10", [("KENGOV", "04", "SOMGOV"), ("SOMGOV", "04", "KENGOV")],
         id="titled-name-and-counterpart"),
    case("Egypt's foreign minister Sameh Shoukry and his Sudanese counterpart discussed the war "
         "in Cairo.", "2023-06-01", [("EGYGOV", "04", "SDNGOV")], id="titled-name-counterpart-2"),
    case("Malawi's president Lazarus Chakwera and Zambia's Hakainde Hichilema signed a trade "
         "deal in Lilongwe.", "2023-08-10",
         [("MWIGOV", "057", "ZMBGOV"), ("ZMBGOV", "057", "MWIGOV")], id="titled-list-signed"),
    # -- a person named with a country's possessive
    case("Peru's foreign minister Javier Gonzalez-Olaechea and Chile's Alberto van Klaveren "
         "signed a migration pact.", "2024-03-20",
         [("PERGOV", "057", "CHL"), ("CHL", "057", "PERGOV")], id="possessed-person-list"),
    case("Nigeria's Aliko Dangote met the Ghanaian president in Accra.", "2024-05-10",
         [("NGA", "04", "GHAGOV")], id="possessed-person-business"),
    case("Chile's Alberto Lopez signed a migration pact with Peru.", "2024-05-10",
         [("CHL", "057", "PER")], id="possessed-person-unknown"),
    case("Kenya's William Ruto met Somalia's Hassan Sheikh Mohamud in Nairobi.", "2024-05-10",
         [("KENGOV", "04", "SOMGOV")], id="possessed-office-holders-guard"),
]

NO_EVENT = [
    pytest.param("Analysts in Brussels said the European Commission could open infringement "
                 "proceedings against Hungary as early as next month.", "2022-09-15",
                 id="analysts-could"),
    pytest.param("Guinea's junta has not set a date for the return to civilian rule, diplomats "
                 "in Conakry said.", "2023-05-12", id="not-set"),
    pytest.param("Moroccan and Algerian officials have not held talks since the two countries "
                 "cut ties in 2021.", "2023-08-24", id="not-held-since"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_ea_events(sentence: str, published: str, expected: list[Triple]) -> None:
    got = scored_triples(sentence, published)
    for triple in expected:
        assert found(triple, got), f"{sentence!r}: {triple} not in {got}"


@pytest.mark.parametrize(("sentence", "published"), NO_EVENT)
def test_fresh_ea_no_event(sentence: str, published: str) -> None:
    assert scored_triples(sentence, published) == [], sentence
