"""Per-article context, cross-article memory and phrase records of the actor resolver.

Private helper of :mod:`eventcoder.code.actors` (which re-exports :class:`ActorContext`,
:class:`ActorMemory` and :class:`MemoryEntry`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventcoder.code._actor_tables import Entry, split_name
from eventcoder.records import ActorRef

__all__ = ["ActorContext", "ActorMemory", "MemoryEntry"]


# -- cross-article memory ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MemoryEntry:
    """What an article said about a person: the code, when, and the words that said it."""

    name: str
    code: str
    country: str | None
    role: str | None
    date: dt.date | None
    evidence: str


class ActorMemory:
    """Names learned from explicit descriptions ("Nigerian Senator Ada Obi"), reused in later
    articles for bare mentions ("Obi") of people the office-holders table does not know."""

    def __init__(self) -> None:
        self._by_key: dict[tuple[str, ...], MemoryEntry] = {}

    def __len__(self) -> int:
        return len({id(e) for e in self._by_key.values()})

    def learn(self, name: str, ref: ActorRef, date: dt.date | None, evidence: str) -> None:
        if not ref.code or not name:
            return
        entry = MemoryEntry(name, ref.code, ref.country, ref.role, date, evidence)
        words = name.split()
        keys = [split_name(name)[0]]
        if len(words) > 1:
            keys.append(split_name(words[-1])[0])
        for key in keys:
            old = self._by_key.get(key)
            if old is None or old.date is None or date is None or date >= old.date:
                self._by_key[key] = entry

    def lookup(self, name: str) -> MemoryEntry | None:
        return self._by_key.get(split_name(name)[0])

    def entries(self) -> list[MemoryEntry]:
        return list({id(e): e for e in self._by_key.values()}.values())


# -- per-article context ----------------------------------------------------------------------
@dataclass
class ActorContext:
    """What :meth:`ActorResolver.start_article` learned about one article."""

    doc: Doc
    published: dt.date | None
    countries: tuple[str, ...] = ()  # country codes, most frequent first
    persons: dict[tuple[str, ...], ActorRef] = field(default_factory=dict)
    titles: dict[str, ActorRef] = field(default_factory=dict)
    mentions: list[tuple[int, ActorRef]] = field(default_factory=list)  # (token index, ref)

    @property
    def dominant(self) -> str | None:
        return self.countries[0] if self.countries else None

    def person_before(self, i: int) -> ActorRef | None:
        pos = bisect.bisect_left(self.mentions, i, key=lambda m: m[0])
        return self.mentions[pos - 1][1] if pos else None


# -- phrase analysis --------------------------------------------------------------------------
@dataclass
class _Match:
    start: int  # index into the phrase word list
    end: int
    entries: list[Entry]
    persons: set[str] | None = None
    text: str = ""


@dataclass
class _Phrase:
    """The words of a noun phrase, what matched, and what was found around it."""

    head: Token
    tokens: list[Token]
    matches: list[_Match]
    start: int  # doc index of the first token of the phrase text
    end: int  # doc index after the last token of the phrase text
    former: bool = False
    local: bool = False
    name_tokens: list[Token] = field(default_factory=list)
