"""Actors on every continent and the rarer roots (#12, fresh-be).

Written for this project and coded by hand before the coder was run on them. The mechanisms
they guard:

- a name that opens the sentence right before its past tense is the verb's subject, however
  the parser hangs it: as an adverb of the verb ("Nauru severed ties with Taiwan"), or as the
  root with the verb read as an adjective of the object ("ECOWAS lifted sanctions on Guinea",
  ``_parse``: ``_subject_read_as_modifier``, ``_name_read_as_verb`` for any proper noun).
NO_EVENT rows must code nothing.
"""

from __future__ import annotations

import pytest
from tests.code.sentence_tables import Triple, case, found, scored_triples

CASES = [
    # -- a name opening the sentence is its verb's subject
    case("Nauru severed diplomatic ties with Taiwan on Monday and switched recognition to "
         "Beijing.", "2024-01-15", ("NRU", "161", "TWN"), id="nauru-severed"),
    case("ECOWAS lifted sanctions on Guinea and Niger on Saturday, citing humanitarian "
         "concerns.", "2024-02-24", ("IGOECW", "085", "NER"), id="ecowas-lifted"),
    case("Tonga recalled its ambassador from Canberra on Friday.", "2024-05-10",
         ("TON", "16", "AUSGOV"), id="variant-tonga-recalled"),
    case("Mercosur suspended Venezuela indefinitely on Saturday.", "2017-08-05",
         ("IGOMRC", "16", "VEN"), id="variant-mercosur-suspended"),
]

NO_EVENT = [
    pytest.param("Tonga's rugby team beat Samoa 27-20 in Nuku'alofa on Saturday.",
                 id="rugby"),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_fresh_be_event(sentence: str, published: str, expected: Triple) -> None:
    got = scored_triples(sentence, published)
    assert found(expected, got), f"{sentence!r}: {got}"


@pytest.mark.parametrize("sentence", NO_EVENT)
def test_fresh_be_no_event(sentence: str) -> None:
    assert scored_triples(sentence, "2024-05-05") == [], sentence
