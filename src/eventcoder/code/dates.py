"""The event's date: the time expression of the trigger's clause, resolved against publication.

The coding engine calls :func:`resolve_event_date`: it finds the time expression that belongs
to one event trigger in the dependency parse and resolves it against the publication date
(the text half, :func:`~eventcoder.code.date_text.resolve_date_text`, is in
:mod:`eventcoder.code.date_text`; wire datelines are read by :mod:`eventcoder.code.datelines`).
A sentence without a time expression never calls ``dateparser``. :func:`is_background` says
whether the date puts the event far before the story that tells it.

The rules (which expressions belong to a trigger, what a reporting verb's date means for the
event it reports, what each precision claims, what is background) are in
``docs/time-and-place.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventcoder.code._spans import entity_span
from eventcoder.code.date_text import PUBLISHED, WEEKDAYS, is_background, resolve_date_text

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "DateResolution",
    "is_background",
    "is_future",
    "resolve_date_text",
    "resolve_event_date",
]

# Prepositions that give an event's time ("on Friday", "in 2019", "since March", "by Sunday").
_TIME_PREPS = frozenset({"on", "in", "at", "during", "since", "by", "over", "throughout", "within"})
_TIME_DEPS = frozenset(
    {
        "npadvmod",
        "tmod",
        "obl:tmod",
        "nmod:tmod",
        "advmod",
        "poss",
        "compound",
        "amod",
        "nmod",
        "appos",
        "nummod",  # "NATO's 1999 bombing of the embassy"
    }
)
_TIME_ENTS = frozenset({"DATE", "TIME"})
_YEAR_TOKEN = re.compile(r"^(?:1[89]|20)\d\d$")
# Words that are times even when NER misses them (full weekday names only: "sun", "sat" …).
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "tomorrow"}) | {
    name for name in WEEKDAYS if name.endswith("day")
}

# Heads whose xcomp is a plan, not a fact: "plans to visit", "is due to meet", "vowed to hit".
_PLAN_LEMMAS = frozenset(
    {
        "plan",
        "intend",
        "expect",
        "due",
        "set",
        "schedule",
        "aim",
        "hope",
        "want",
        "seek",
        "prepare",
        "promise",
        "vow",
        "pledge",
        "threaten",
        "agree",
        "decide",
        "propose",
        "mean",
        "going",
        "go",
        "poise",
        "slate",
        "likely",
        "about",
        "ready",
        "wish",
        "offer",
    }
)
_FUTURE_ADJ = frozenset(
    {
        "planned",
        "upcoming",
        "scheduled",
        "proposed",
        "forthcoming",
        "expected",
        "future",
        "coming",
        "impending",
        "next",
    }
)
# Verbs whose subject or object noun is the event itself: "the talks took place …",
# "held talks on Friday", "the attack on the convoy killed three".
_LIGHT_LEMMAS = frozenset(
    {
        "hold",
        "have",
        "conduct",
        "launch",
        "carry",
        "make",
        "pay",
        "stage",
        "take",
        "happen",
        "occur",
        "be",
        "begin",
        "start",
        "end",
        "resume",
        "open",
        "kill",
        "injure",
        "wound",
        "leave",
    }
)
# Verbs of a relative clause that date the noun they hang on: "the attack, which took place …".
_OCCUR_LEMMAS = frozenset({"take", "happen", "occur", "begin", "start", "come", "end"})
# Clause links along which a date is shared: reported speech, control, coordination, and
# "when/while/as" adverbial clauses (simultaneous by meaning).
_SIMULTANEOUS_MARKS = frozenset({"when", "while", "as"})


@dataclass(frozen=True, slots=True)
class DateResolution:
    """When an event happened (or is to happen).

    ``date`` is ``YYYY-MM-DD`` (precision day), ``YYYY-MM`` (month), ``YYYY`` (year) or the
    publication date (precision published; None when unknown). ``text`` is the time expression
    used. ``basis`` says where the date came from: ``own`` (the trigger's clause), ``governing``
    (shared from the reporting, controlling or coordinated clause) or ``published``.
    """

    date: str | None
    precision: str
    future: bool
    text: str | None
    basis: str = "own"


# ---------------------------------------------------------------------------- the parse


def _is_temporal(tok: Token) -> bool:
    return tok.ent_type_ in _TIME_ENTS or tok.lower_ in _TIME_WORDS


def _expression(tok: Token) -> str:
    """The text of the time expression around ``tok``: its DATE/TIME entity, else its subtree."""
    if tok.ent_type_ in _TIME_ENTS:
        ent = entity_span(tok)
        if ent is not None:
            left = min(ent.start, tok.left_edge.i)
            right = max(ent.end, tok.right_edge.i + 1) if tok.dep_ == "advmod" else ent.end
            return tok.doc[left:right].text if tok.lower_ == "ago" else ent.text
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text


def _own_expressions(head: Token) -> Iterator[tuple[str, Token]]:
    """Time expressions attached directly to ``head`` (never inside a clause below it)."""
    planned = _plan_head(head)
    for child in head.children:
        if child.dep_ == "prep" and (
            child.lower_ in _TIME_PREPS or (planned and child.lower_ == "for")  # "set for May"
        ):
            for obj in child.children:
                if obj.dep_ == "pobj" and _is_temporal(obj):
                    yield f"{child.text} {_expression(obj)}", child
                elif obj.dep_ == "pobj" and (year := _period_year(obj)) is not None:
                    yield f"{child.text} {year.text}", child  # "during the 2008 war"
        elif child.dep_ in _TIME_DEPS and _is_temporal(child):
            yield _expression(child), child


def _period_year(noun: Token) -> Token | None:
    """The year that names a period: "the 2008 war", "the 2019 election campaign", "the war
    of 2008". Only a four-digit year the model marks as a date counts."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            child = next((o for o in child.children if o.dep_ == "pobj"), child)
        if child.ent_type_ == "DATE" and _YEAR_TOKEN.match(child.text):
            return child
    return None


def _own_date(
    head: Token, pub: dt.date | None, future: bool, within: tuple[int, int] | None = None
) -> tuple[str, str, str] | None:
    """The first resolvable time expression of ``head`` (only those inside ``within``)."""
    for text, tok in _own_expressions(head):
        if within is not None and not within[0] < tok.i < within[1]:
            continue
        res = resolve_date_text(text, pub, future)
        if res is not None:
            return res[0], res[1], text
    return None


def _noun_subject_date(
    trigger: Token, pub: dt.date | None, future: bool
) -> tuple[str, str, str] | None:
    """A time expression between a subject noun and its verb is the noun's, whatever the parse:
    "His visit to Moscow last February angered the allies"."""
    head = trigger.head
    if trigger.pos_ not in ("NOUN", "PROPN") or head is trigger or head.i < trigger.i:
        return None
    if trigger.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return _own_date(head, pub, future, within=(trigger.i, head.i))


def _event_heads(trigger: Token) -> list[Token]:
    """Tokens whose own time expressions are the event's: the trigger; for a noun trigger the
    light or scheduling verb it is subject or object of ("held talks on Friday", "the vote is
    scheduled for Tuesday"); and an occurrence clause on the event's noun ("in the attack,
    which took place on Tuesday")."""
    heads = [trigger]
    head = trigger.head
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ in ("dobj", "nsubj", "nsubjpass", "obj")
        and (head.lemma_.lower() in _LIGHT_LEMMAS or _plan_head(head))
    ):
        heads.append(head)
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            nouns.extend(o for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN")
    for noun in nouns:
        heads.extend(
            c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in _OCCUR_LEMMAS
        )
    return heads


def _governing(trigger: Token) -> list[Token]:
    """Clauses whose date the trigger shares when it has none of its own (see the docs)."""
    out: list[Token] = []
    tok = trigger
    for _ in range(3):
        head = tok.head
        if head is tok:
            break
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if tok.dep_ in ("ccomp", "xcomp", "conj") or (
            tok.dep_ == "advcl" and marks & _SIMULTANEOUS_MARKS
        ):
            out.append(head)
            tok = head
        else:
            break
    for child in trigger.children:  # "troops shelled the town and seized it on Friday"
        conj = child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
        marks = {c.lower_ for c in child.children if c.dep_ in ("mark", "advmod")}
        if conj or (child.dep_ == "advcl" and marks & _SIMULTANEOUS_MARKS):
            out.append(child)
    return out


def _plan_head(tok: Token) -> bool:
    return tok.lemma_.lower() in _PLAN_LEMMAS or tok.lower_ in _PLAN_LEMMAS


def is_future(trigger: Token) -> bool:
    """Whether the trigger's event lies ahead: "will visit", "is due to meet", "plans to go",
    "would visit" reported, "is to travel", "the planned visit", "next week's summit"."""
    tok = trigger
    for _ in range(4):
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("will", "shall", "'ll", "wo", "must") for a in auxes):
            return True
        if any(a.lower_ == "would" for a in auxes) and tok.dep_ == "ccomp":
            return True
        if tok.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("amod", "compound") and c.lower_ in _FUTURE_ADJ for c in tok.children
        ):
            return True
        if tok.dep_ in ("nsubjpass", "nsubj") and tok.pos_ == "NOUN" and _plan_head(tok.head) \
                and not any(c.dep_ == "dobj" for c in tok.head.children):
            # "the vote is scheduled for …", "talks are expected …" (but "a drone attack
            # set fire to a depot" did something: a verb with an object of its own)
            return True
        if tok.dep_ not in ("xcomp", "dobj", "acomp") or tok.head.i == tok.i:
            return False
        head = tok.head
        if _plan_head(head) or (head.lemma_ == "be" and tok.dep_ == "xcomp"):
            return True
        tok = head
    return False


def resolve_event_date(trigger: Token, published: dt.date | None) -> DateResolution:
    """The date of the event whose trigger is ``trigger`` (see ``docs/time-and-place.md``)."""
    future = is_future(trigger)
    for head in _event_heads(trigger):
        if found := _own_date(head, published, future):
            return _result(found, published, future, "own")
    if found := _noun_subject_date(trigger, published, future):
        return _result(found, published, future, "own")
    for head in _governing(trigger):
        found = _own_date(head, published, is_future(head))
        if found is None:
            continue
        # A planned event does not happen on the day it was announced.
        if future and published is not None and found[0] <= published.isoformat()[: len(found[0])]:
            continue
        return _result(found, published, future, "governing")
    pub = published.isoformat() if published is not None else None
    return DateResolution(date=pub, precision=PUBLISHED, future=future, text=None, basis=PUBLISHED)


def _result(
    found: tuple[str, str, str], published: dt.date | None, future: bool, basis: str
) -> DateResolution:
    date, precision, text = found
    if published is not None and not future:
        future = date > published.isoformat()[: len(date)]
    return DateResolution(date=date, precision=precision, future=future, text=text, basis=basis)
