"""Text written in capitals only, made parseable: "RUSSIA AND CHINA SIGNED A DEAL" → "Russia
and china signed a deal"; text with no capitals keeps its acronyms: "the un said" → "the UN
said".

spaCy's small English model reads an all-capitals sentence as a string of proper nouns: no
verb, no subject, no event. Lower-case text it parses well, and the actor and place tables
match names whatever their case. So a *shouting* stretch of text (a headline, a wire lead or
a whole corpus in capitals) is lowered before the parse, keeping in capitals only the
acronyms the actor tables know (UN, NATO, US …: "US" lowered would be the pronoun "us").

Lowering ASCII keeps every character at its offset, so evidence sentences are cut from the
original text and keep its capitals (:func:`recased` refuses a change that would move them).
Mixed-case text, and a capitalised dateline before a mixed-case story ("AHMEDABAD: Police
arrested …"), are left as they are.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from eventcoder.code.lexicon import word_class

__all__ = ["ORIGINAL_TEXT", "recased"]

#: ``Doc.user_data`` key of the text as written, when the parser was given it lowered.
ORIGINAL_TEXT = "eventcoder.original_text"

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'.&-]*")
_SENTENCE_END = re.compile(r"[.!?]\s+")
MIN_LETTERS = 12  # shorter capitals ("AHMEDABAD:", "UPDATE 2") are datelines and labels
SHOUTING_SHARE = 0.9  # of a stretch's letters in capitals


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """All-capital words of the actor tables' names ("UN", "NATO", "U.S."): kept as written."""
    from eventcoder.code._actor_tables import DATA_DIR

    found = set()
    for path in sorted(DATA_DIR.glob("*.tsv")):
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
        if not rows:
            continue
        # the column of names ("name" or "text"; never the code column: "AND" is Andorra's)
        column = next((i for i, h in enumerate(rows[0]) if h in ("name", "text")), None)
        for row in rows[1:] if column is not None else ():
            for word in row[column].split() if column < len(row) else ():
                if word.isupper() and sum(c.isalpha() for c in word) >= 2:
                    found.add(word)
    # ("A CAR BOMB …", "WHO SAID …": in capitals-only text these are more often words)
    return frozenset(found - {w.upper() for w in word_class("shouted_word")})


_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_CAPITALS = string.ascii_uppercase.encode()


def _letters_and_capitals(stretch: str) -> tuple[int, int]:
    """How many letters a stretch has, and how many of them are capitals. (Every line of
    every article is asked: an ASCII line, nearly all of them, is counted by deleting the
    letters in C rather than by testing its characters one by one in Python.)"""
    if stretch.isascii():
        raw = stretch.encode("ascii")
        return (len(raw) - len(raw.translate(None, _ASCII_LETTERS)),
                len(raw) - len(raw.translate(None, _ASCII_CAPITALS)))
    letters = [c for c in stretch if c.isalpha()]
    return len(letters), sum(c.isupper() for c in letters)


def _shouting(stretch: str) -> bool:
    letters, capitals = _letters_and_capitals(stretch)
    if letters < MIN_LETTERS:
        return False
    return capitals >= SHOUTING_SHARE * letters


def _lowered(stretch: str, keep: frozenset[str]) -> str:
    out: list[str] = []
    last = 0
    starts = True  # a sentence still starts with a capital, so the parser sees where it begins
    for match in _WORD.finditer(stretch):
        between = stretch[last:match.start()]
        out.append(between)
        if re.search(r"[.!?]\s", between) or (not out[:-1] and not between.strip()):
            starts = True
        word = match.group(0)
        kept = word in keep or word.rstrip(".'") in keep
        lowered = word if kept else word.lower()
        out.append(lowered[:1].upper() + lowered[1:] if starts and not kept else lowered)
        starts = word.endswith((".", "!", "?")) and not kept
        last = match.end()
    out.append(stretch[last:])
    return "".join(out)


def _whispering(stretch: str) -> bool:
    letters, capitals = _letters_and_capitals(stretch)
    return letters >= MIN_LETTERS and capitals == 0


def _raised(stretch: str, acronyms: frozenset[str], places: frozenset[str]) -> str:
    """A line with no capitals at all: the acronyms the tables know written as they are
    ("the un condemned" → "the UN condemned") and the names of capitals and big cities
    capitalised ("in harare" → "in Harare"), unless a word is an ordinary one ("us")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    ordinary = STOP_WORDS | word_class("shouted_word")
    words = list(_WORD.finditer(stretch))
    out = list(stretch)
    i = 0
    while i < len(words):
        w = words[i].group(0)
        if w.upper() in acronyms and w not in ordinary:
            out[words[i].start():words[i].end()] = list(w.upper())
            i += 1
            continue
        for n in (3, 2, 1):  # "addis ababa", "new delhi", "harare": the longest name wins
            span = words[i:i + n]
            name = " ".join(m.group(0) for m in span).rstrip(".'")
            if len(span) == n and name in places and not any(
                    m.group(0) in ordinary for m in span):
                for m in span:
                    out[m.start()] = m.group(0)[0].upper()
                i += n
                break
        else:
            i += 1
    return "".join(out)


def _line(stretch: str, acronyms: frozenset[str], places: frozenset[str]) -> str:
    if _shouting(stretch):
        return _raised(_lowered(stretch, acronyms), acronyms, places)
    if _whispering(stretch):
        return _raised(stretch, acronyms, places)
    return stretch


def recased(text: str, places: frozenset[str] = frozenset()) -> str:
    """``text`` with every shouting line lowered (acronyms kept) and the acronyms of every
    line with no capitals raised; the same text when no line is either, or when the change
    would alter its length (non-ASCII letters whose other case is longer), so that character
    offsets into it stay those of ``text``. ``places``: lower-case place names to capitalise
    in text with no capitals (:meth:`PlaceResolver.prominent_names`)."""
    if not any(_shouting(m.group(0)) or _whispering(m.group(0)) for m in _LINE.finditer(text)):
        return text
    acronyms = _acronyms()
    out = _LINE.sub(lambda m: _line(m.group(0), acronyms, places), text)
    return out if len(out) == len(text) else text
