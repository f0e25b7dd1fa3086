"""The event's date: the time expression of the trigger's clause, resolved against publication.

Two entry points, both called by the coding engine:

- :func:`parse_dateline` reads a wire-story dateline ("ISLAMABAD, April 2 (Reuters) - …") and
  says where the body begins;
- :func:`resolve_event_date` finds the time expression that belongs to one event trigger in the
  dependency parse and resolves it against the publication date.

Relative expressions ("on Friday", "last week", "two days ago", "last February") are resolved by
the small functions here; only explicit calendar dates ("March 3", "3 March 2021") go through
``dateparser``, and those calls are cached. A sentence without a time expression never calls it.
The rules (which expressions belong to a trigger, what a reporting verb's date means for the
event it reports, what each precision claims) are in ``docs/time-and-place.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from eventcoder.code._spans import entity_span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "DateResolution",
    "resolve_date_text",
    "is_future",
    "resolve_event_date",
]

DAY, MONTH, YEAR, PUBLISHED = "day", "month", "year", "published"

WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "few": 3,
    "a few": 3,
    "couple": 2,
    "a couple of": 2,
}
_DAYPARTS = r"(?: (?:morning|afternoon|evening|night|noon|midday|overnight))?"
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUM_RE = r"\d+|a couple of|a few|" + "|".join(k for k in _NUMBERS if " " not in k)

_R_SIMPLE = re.compile(
    r"^(?:(?:earlier|later|early|late) )?(yesterday|today|tonight|tomorrow|last night|"
    r"this (?:morning|afternoon|evening))" + _DAYPARTS + "$"
)
_R_WEEKDAY = re.compile(
    rf"^(?:(last|this|next|past|coming|previous) )?({_WEEKDAY_RE})" + _DAYPARTS + "$"
)
_R_PERIOD = re.compile(
    r"^(?:(early|late|earlier|later|mid|end|beginning|start|middle) )?"
    r"(?:(last|this|next|past|previous|coming|current) )?"
    r"(week|weekend|month|year)$"
)
_R_AGO = re.compile(rf"^({_NUM_RE}) (day|week|month|year)s? (ago|earlier|before|later|from now)$")
_R_IN_N = re.compile(rf"^({_NUM_RE}) (day|week|month|year)s?(?: time)?$")  # after "in"/"within"
_R_MONTH = re.compile(
    rf"^(?:(early|late|mid|earlier|later) ?)?(?:(last|this|next|past) )?({_MONTH_RE})$"
)
_R_YEAR = re.compile(r"^(?:(?:early|late|mid|earlier|later) ?)?((?:19|20)\d\d)$")
_R_EXPLICIT = re.compile(
    rf"\b(?:{_MONTH_RE})\b.*\d|\d.*\b(?:{_MONTH_RE})\b|\b\d{{4}}-\d\d-\d\d\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
)
_R_FILLER = re.compile(r"\b(?:the|of|on|in|at|during|by|since|over|throughout|within|for|s)\b")
_R_CLEAN = re.compile(r"[^\w\s/-]|(?<!\d)-|-(?!\d)")

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
    }
)
_TIME_ENTS = frozenset({"DATE", "TIME"})
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


# ---------------------------------------------------------------------------- expressions


def _num(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[text]


def _iso_month(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _week_month(monday: dt.date) -> str:
    """A calendar week is reported as the month holding its Thursday (the ISO-8601 rule)."""
    return _iso_month(monday + dt.timedelta(days=3))


def _simple(m: re.Match[str], pub: dt.date) -> tuple[str, str]:
    word = m.group(1)
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return (pub + dt.timedelta(days=offset)).isoformat(), DAY


def _weekday(m: re.Match[str], pub: dt.date, future: bool) -> tuple[str, str]:
    which, target = m.group(1), WEEKDAYS[m.group(2)]
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    if which in ("next", "coming"):
        d = pub + dt.timedelta(days=ahead or 7)
    elif which in ("last", "past", "previous"):
        d = pub - dt.timedelta(days=back or 7)
    elif future:
        d = pub + dt.timedelta(days=ahead)
    else:
        d = pub - dt.timedelta(days=back)
    return d.isoformat(), DAY


def _period(m: re.Match[str], pub: dt.date) -> tuple[str, str] | None:
    edge, which, unit = m.groups()
    if which is None and edge in ("end", "beginning", "start", "middle"):
        which = "this"  # "at the end of the month": of the current one
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(which or "", 0)
    if unit in ("week", "weekend"):
        if which is None and unit == "week":
            return None  # "a week" / "the week": a duration, not a time
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        if which == "past":  # "the past week": the seven days up to publication
            monday = pub - dt.timedelta(days=6)
        if unit == "weekend":
            sat = monday + dt.timedelta(days=5)
            if which is None and sat > pub:  # "over the weekend" in a report: the last one
                sat -= dt.timedelta(weeks=1)
            return _iso_month(sat), MONTH
        return _week_month(monday), MONTH
    if which is None:
        return None
    if unit == "month":
        y, mo = _shift_months(pub.year, pub.month, step)
        return f"{y:04d}-{mo:02d}", MONTH
    return f"{pub.year + step:04d}", YEAR


def _ago(m: re.Match[str], pub: dt.date, sign: int) -> tuple[str, str]:
    n, unit = _num(m.group(1)), m.group(2)
    if unit == "day":
        return (pub + dt.timedelta(days=sign * n)).isoformat(), DAY
    if unit == "week":
        d = pub + dt.timedelta(weeks=sign * n)
        return (d.isoformat(), DAY) if n == 1 else (_iso_month(d), MONTH)
    if unit == "month":
        y, mo = _shift_months(pub.year, pub.month, sign * n)
        return f"{y:04d}-{mo:02d}", MONTH
    return f"{pub.year + sign * n:04d}", YEAR


def _month(m: re.Match[str], pub: dt.date, future: bool) -> tuple[str, str]:
    _, which, name = m.groups()
    month = MONTHS[name]
    if which == "this":
        year = pub.year
    elif which == "next" or (which is None and future):
        year = (
            pub.year
            if month > pub.month or (month == pub.month and which is None)
            else pub.year + 1
        )
    elif which in ("last", "past"):
        year = pub.year if month < pub.month else pub.year - 1
    else:  # bare "in February" in a past or present clause: the latest one not after publication
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}", MONTH


@lru_cache(maxsize=256)
def _date_parser(base: dt.date, future: bool):  # -> dateparser.date.DateDataParser
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


_FAR_PAST = dt.date(2000, 1, 1)  # fixed base when there is no publication date (year given)


def _explicit(text: str, pub: dt.date | None, future: bool) -> tuple[str, str] | None:
    has_year = re.search(r"\b(?:1[89]|20)\d\d\b", text) is not None
    if pub is None and not has_year:
        return None
    data = _date_parser(pub or _FAR_PAST, future).get_date_data(text)
    d = data.date_obj
    if d is None:
        return None
    parts = set(getattr(data, "parts", None) or ())
    if "day" in parts or (not parts and data.period == "day"):
        return d.date().isoformat(), DAY
    if "month" in parts:
        return _iso_month(d.date()), MONTH
    return f"{d.year:04d}", YEAR


def _normalize(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = _R_CLEAN.sub(" ", text)
    text = _R_FILLER.sub(" ", text)
    text = text.replace("mid-", "mid ")
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def resolve_date_text(
    text: str, published: dt.date | None, future: bool = False
) -> tuple[str, str] | None:
    """A time expression -> ``(date string, precision)``, or None when it gives no time.

    ``future`` says the clause is about a future or planned event: a bare weekday or month is
    then the next one rather than the last one.
    """
    norm = _normalize(text)
    if not norm:
        return None
    if m := _R_YEAR.match(norm):
        return m.group(1), YEAR
    if _R_EXPLICIT.search(norm) and not _R_AGO.match(norm) and not _R_IN_N.match(norm):
        return _explicit(norm, published, future)
    if published is None:
        return None
    if m := _R_IN_N.match(norm):  # "in two weeks" is ahead; a bare "two weeks" is a duration
        return _ago(m, published, 1) if re.match(r"\s*(?:in|within)\b", text, re.I) else None
    return _relative(norm, published, future)


def _relative(norm: str, pub: dt.date, future: bool) -> tuple[str, str] | None:
    if m := _R_SIMPLE.match(norm):
        return _simple(m, pub)
    if m := _R_WEEKDAY.match(norm):
        return _weekday(m, pub, future)
    if m := _R_PERIOD.match(norm):
        return _period(m, pub)
    if m := _R_AGO.match(norm):
        sign = 1 if m.group(3) in ("later", "from now") else -1
        return _ago(m, pub, sign)
    if m := _R_MONTH.match(norm):
        return _month(m, pub, future)
    return None


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
        elif child.dep_ in _TIME_DEPS and _is_temporal(child):
            yield _expression(child), child


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
        if tok.dep_ in ("nsubjpass", "nsubj") and tok.pos_ == "NOUN" and _plan_head(tok.head):
            return True  # "the vote is scheduled for …", "talks are expected …"
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
