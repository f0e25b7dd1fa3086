"""One way for the sentence tables to read what the coder made of a sentence.

A table row is a sentence of our own and the (source, CAMEO, target) triples a careful coder
would write. The coder's answer is read as the scorer reads it: a mention counts as an event
by :func:`eventcoder.evaluate.counts_as_event` (not negated, not hypothetical, conditional or a
question), so a table and ``eventcoder eval`` never disagree about what an event is.
"""

from __future__ import annotations

import pytest

from eventcoder import code_text
from eventcoder.evaluate import counts_as_event

#: The publication day the tables are coded against unless a row names its own (a Friday).
PUBLISHED = "2024-05-10"

Triple = tuple[str | None, str, str | None]


def scored_triples(sentence: str, published: str | None = PUBLISHED) -> list[Triple]:
    """The sentence's events as the scorer counts them, in the coder's order."""
    return [(m.source and m.source.code, m.cameo, m.target and m.target.code)
            for m in code_text(sentence, published=published) if counts_as_event(m)]


def matches(expected: Triple, got: Triple) -> bool:
    """Whether a coded triple is the expected one. A two-digit expected code stands for any code
    of that root; a ``None`` source or target in the expectation accepts any actor."""
    source, code, target = expected
    code_ok = got[1][:2] == code if len(code) == 2 else got[1] == code
    return code_ok and source in (None, got[0]) and target in (None, got[2])


def found(expected: Triple, got: list[Triple]) -> bool:
    return any(matches(expected, g) for g in got)


def known_failure(reason: str) -> pytest.MarkDecorator:
    """The engine's known failure on a row; strict, so the fix that mends it must drop it."""
    return pytest.mark.xfail(strict=True, reason=f"engine: {reason}")


def case(*values, id: str | None = None, xfail: str | None = None):
    """One table row, marked as a known failure when ``xfail`` names one."""
    return pytest.param(*values, id=id, marks=[known_failure(xfail)] if xfail else [])
