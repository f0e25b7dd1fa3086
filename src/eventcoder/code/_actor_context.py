"""Per-article context, cross-article memory and phrase records of the actor resolver.

Private helper of :mod:`eventcoder.code.actors` (which re-exports :class:`ActorContext`,
:class:`ActorMemory` and :class:`MemoryEntry`).
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from eventcoder.code._actor_tables import UNKNOWN_COUNTRY, Entry, split_name
from eventcoder.code._parse import view
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
    #: (token index, country code, qualifies a state body) of every country the article
    #: names, in text order; the flag is set for a name qualifying a body or office of a
    #: state ("Chilean officials", "the Ghana Revenue Authority")
    country_mentions: list[tuple[int, str, bool]] = field(default_factory=list)
    #: the country of the article's dateline, when it has one ("LAGOS, May 2 -")
    home: str | None = None
    #: (head index, inner) -> resolved phrase; what read the scan's findings (``persons``,
    #: ``titles``, ``mentions``, the memory) is forgotten whenever the scan learns more
    resolved: dict[tuple[int, bool], ActorRef | None] = field(default_factory=dict)
    #: the keys of ``resolved`` whose resolution read the scan's findings (see ``read_scan``)
    scan_dependent: set[tuple[int, bool]] = field(default_factory=set)
    #: set by every read of the scan's findings: the resolution under way depends on them
    read_scan: bool = False
    #: head index -> its phrase as read from the parse and the tables alone (kept all along:
    #: nothing the scan learns changes it); hand out copies, the resolver amends its own
    phrases: dict[int, _Phrase] = field(default_factory=dict)
    #: the pronouns whose clause subject is being resolved (a subject may hold the pronoun's
    #: own clause again: no resolution asks about itself)
    asking: set[int] = field(default_factory=set)
    #: sentence start -> the one country the sentence places its story in, or None
    #: (``ActorResolver._sentence_country``: read from the parse, the tables and the country
    #: mentions alone)
    sentence_countries: dict[int, str | None] = field(default_factory=dict)

    @property
    def dominant(self) -> str | None:
        return self.countries[0] if self.countries else None

    def established(self, i: int) -> str | None:
        """The country the article has established at token ``i``: the one it names most
        often before it (the first named on a tie), else the only country the rest of the
        sentence names, when it names it as the owner of a state body or a place ("Judge Ruiz
        charged three Chilean officials", "in the Kenyan capital"), else its dateline's. A role word
        with no country of its own ("the rebels", "police") may take it; a state named on its
        own only later ("… talks mediated by Qatar", "sanctions on Iran") is a party, not
        evidence about who the role word is."""
        counts: dict[str, int] = {}
        sent_end = view(self.doc).sentence(i)[1] if 0 <= i < len(self.doc) else i
        later = [(code, modifier) for at, code, modifier in self.country_mentions
                 if i <= at < sent_end]
        for at, code, _ in self.country_mentions:
            if at >= i:
                break
            counts[code] = counts.get(code, 0) + 1
        if not counts and len({code for code, _ in later}) == 1 and all(m for _, m in later):
            # the one country the rest of the sentence qualifies things with ("Judge Ruiz
            # charged three Chilean officials"); not when it names several, or a state alone
            counts[later[0][0]] = 1
        if counts:
            return max(counts, key=lambda c: counts[c])  # dicts keep first-named order on ties
        return self.home

    def forget_scan_dependent(self) -> None:
        """The scan learned a description: forget the resolutions that read what it had
        learned before (they may now differ). The others read only the parse, the tables and
        what the article fixed before the scan (its countries): they cannot differ, and
        recomputing them (as emptying the whole cache did) cost a fifth of all resolutions."""
        for key in self.scan_dependent:
            del self.resolved[key]
        self.scan_dependent.clear()

    def person_before(self, i: int) -> ActorRef | None:
        self.read_scan = True
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

    def copy(self) -> _Phrase:
        """A copy whose fields and lists may be changed without changing this one."""
        return _Phrase(self.head, list(self.tokens), list(self.matches), self.start, self.end,
                       self.former, self.local, list(self.name_tokens))


#: Provenance of a body the tables do not know, coded only by the country its name names ("the
#: Kenya Bar Association" -> KEN): one of that country's bodies, not its state, so sharing the
#: country makes it neither the state's own side nor a self-dyad.
NAMED_BODY = "name"


def unknown_or_established(text: str, name: str | None, role: str, ctx: ActorContext,
                           at: int) -> ActorRef:
    """A role with no country of its own: the country the article established before it
    (provenance ``context``), else the unknown country (``---COP``, provenance ``role``)."""
    country = ctx.established(at)
    if country is None:
        return ActorRef(text=text, name=name, code=UNKNOWN_COUNTRY + role, country=None,
                        role=role, provenance="role")
    return ActorRef(text=text, name=name, code=country + role, country=country, role=role,
                    provenance="context")
