"""Property-based tests of the coder: it never fails on arbitrary text and every mention it
emits is valid (codes, actor codes, dates, evidence offsets).

``code_text`` may refuse an input with an :class:`~eventcoder.errors.InputError` (empty,
not English, too long): that is its documented answer, not a crash. Anything else raised is
a bug.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

hypothesis = pytest.importorskip("hypothesis")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from eventcoder import code_text  # noqa: E402
from eventcoder.code.actors import is_valid_actor_code  # noqa: E402
from eventcoder.errors import InputError  # noqa: E402
from eventcoder.ontology import default_ontology  # noqa: E402

SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

NEWS_WORDS = (
    "the a of and to in on at by with against from after said says told Monday Friday "
    "yesterday last week next month 2023 March 3 President Prime Minister minister government "
    "army troops police rebels protesters police opposition parliament court United States "
    "Russia Russian Ukraine Ukrainian Kyiv Moscow China Chinese Beijing Pakistan Islamabad "
    "India Iran Israel Gaza Hamas NATO UN United Nations European Union Kenya Tanzania "
    "accused condemned attacked shelled bombed arrested met visited signed agreed rejected "
    "denied threatened demanded urged praised welcomed sanctioned expelled protested fired "
    "killed negotiated will would not never may could deal talks ceasefire aid sanctions "
    "embassy ambassador spokesman border town capital . , ; : \" ' ( ) - —"
).split()

news_text = st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=120).map(" ".join)
sentences = st.lists(
    st.lists(st.sampled_from(NEWS_WORDS), min_size=3, max_size=25).map(
        lambda ws: " ".join(ws).capitalize() + "."
    ),
    min_size=1,
    max_size=8,
).map(" ".join)
any_unicode = st.text(max_size=400)
controls = st.text(alphabet=st.characters(max_codepoint=0x9F, categories=["Cc", "Zs", "Ll"]), max_size=300)
long_token = st.builds(
    lambda c, n, w: f"The army {c * n} attacked {w}.",
    st.characters(categories=["L", "N", "P", "S"]),
    st.integers(1000, 20000),
    st.sampled_from(["Kyiv", "the town", "x" * 500]),
)
mixed = st.lists(st.one_of(news_text, sentences, any_unicode, controls), min_size=1, max_size=4).map(
    "\n".join
)
windows = st.lists(sentences, min_size=2, max_size=5).map("\r\n".join)
published = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _as_date(value: str) -> dt.date:
    """The earliest day a YYYY, YYYY-MM or YYYY-MM-DD date can mean (raises if not real)."""
    assert _DATE.match(value), f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _code(text: str, pub: dt.date | None):
    try:
        return code_text(text, published=pub.isoformat() if pub else None)
    except InputError:
        return []  # a documented refusal (empty, not English, too long)


def check_mentions(text: str, pub: dt.date | None, mentions) -> None:
    ontology = default_ontology()
    for m in mentions:
        assert m.cameo in ontology, m
        for actor in (m.source, m.target, m.attributed_to):
            if actor is not None and actor.code is not None:
                assert is_valid_actor_code(actor.code), (actor, m)
        if m.date is not None:
            day = _as_date(m.date)
            if pub is not None and not m.future:
                assert day <= pub, (m.date, pub, m.sentence)
        assert m.sentence, m
        assert m.sentence in text, m
        assert text[m.start : m.end] == m.sentence, (m.start, m.end, m.sentence)
        assert m.start <= m.trigger_start <= m.trigger_end <= m.end, m


@pytest.fixture(scope="module", autouse=True)
def _model_loaded(coder):
    """Load the model once, before hypothesis starts drawing examples."""
    return coder


@SETTINGS
@given(text=news_text, pub=published)
def test_random_news_words(text, pub):
    check_mentions(text, pub, _code(text, pub))


@SETTINGS
@given(text=sentences, pub=published)
def test_random_news_sentences(text, pub):
    check_mentions(text, pub, _code(text, pub))


@SETTINGS
@given(text=any_unicode, pub=published)
def test_arbitrary_unicode(text, pub):
    check_mentions(text, pub, _code(text, pub))


@SETTINGS
@given(text=controls, pub=published)
def test_control_characters(text, pub):
    check_mentions(text, pub, _code(text, pub))


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=long_token, pub=published)
def test_very_long_tokens(text, pub):
    check_mentions(text, pub, _code(text, pub))


def test_a_parse_deeper_than_the_recursion_limit():
    """A run of 3,000 ellipses parses as a chain about 1,000 tokens deep: walking its subtree
    must not recurse (it raised RecursionError once a parse repair asked for a subtree)."""
    text = "The army " + "\u2026" * 3000 + " attacked Kyiv."
    check_mentions(text, None, _code(text, None))


@SETTINGS
@given(text=mixed, pub=published)
def test_mixed_text(text, pub):
    check_mentions(text, pub, _code(text, pub))


@SETTINGS
@given(text=windows, pub=published)
def test_windows_line_ends(text, pub):
    check_mentions(text, pub, _code(text, pub))


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops shelled Kharkiv on Friday.\r\nThe United States condemned the attack on Saturday.",
        "Egypt urged restraint.\r\n\r\nIran condemned Israel on Monday.",
    ],
)
def test_offsets_with_carriage_returns(text):
    """Offsets index the text as given to ``code_text``, even with Windows line ends."""
    mentions = code_text(text, published="2024-03-02")
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.sentence, (m.start, m.end, m.sentence)
