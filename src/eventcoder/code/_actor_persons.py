"""Person names of the actor resolver: dated office holders, namesakes, the memory.

Private helper of :mod:`eventcoder.code.actors`: :class:`PersonMixin` is a base of
:class:`~eventcoder.code.actors.ActorResolver` (it uses its ``tables`` and ``memory``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from eventcoder.code._actor_context import ActorContext, ActorMemory, _Match, _Phrase
from eventcoder.code._actor_tables import (
    INHERIT,
    INTL_PREFIXES,
    UNKNOWN_COUNTRY,
    Tables,
    Term,
    fold,
    split_name,
)
from eventcoder.records import ActorRef

_OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2,
                "defence_minister": 3, "army_chief": 4}


class PersonMixin:
    """The person branch of the resolver (a named person, with or without a title)."""

    tables: Tables
    memory: ActorMemory

    def _terms_at(self, names: set[str], day: dt.date | None,
                  ctx: ActorContext) -> Term | None:
        """The office the person named held on ``day``. With no date (a sentence with no
        publication day), any term of a person whose offices were all of one country: the
        country is known, and the sentence's own words (a title, "former") give the role."""
        active: dict[str, list[Term]] = {}
        for name in names:
            terms = self.tables.terms.get(name, ())
            if day is None:
                ts = list(terms) if len({x.country for x in terms}) == 1 else []
            else:
                ts = [x for x in terms if x.active(day)]
            if ts:
                active[name] = sorted(ts, key=lambda x: _OFFICE_RANK.get(x.office, 9))
        if len(active) > 1 and ctx.countries:
            local = {n: ts for n, ts in active.items() if ts[0].country in ctx.countries[:2]}
            active = local or active
        if len(active) != 1:
            return None
        return next(iter(active.values()))[0]
    def _namesake(self, text: str, name: str | None, person_match: _Match | None,
                  country: str | None, explicit_role: str | None) -> ActorRef | None:
        """A phrase's own country contradicting the table: "Jordan's King Abdullah" is not
        the Saudi king of the same name; code the phrase's country instead."""
        if person_match is None or not country or country in INTL_PREFIXES:
            return None
        known = {x.country for n in person_match.persons or () for x in self.tables.terms[n]}
        if country in known:
            return None
        titled = any(e.kind == "role" for w in person_match.text.split()
                     for e in self.tables.phrases.get((fold(w),), ()))
        r = explicit_role or ("GOV" if titled else None)
        return ActorRef(text=text, name=name, code=country + (r or ""), country=country,
                        role=r, provenance="title" if r else "demonym")

    def _person(self, phrase: _Phrase, text: str, name: str | None,
                person_match: _Match | None, country: str | None, country_kind: str | None,
                role: str | None, ctx: ActorContext, inner: bool) -> ActorRef | None:
        term = None
        canonical = name
        if person_match is not None:
            term = self._terms_at(person_match.persons or set(), ctx.published, ctx)
            if term is not None:
                canonical = term.name
        explicit_role = role if role not in (None, INHERIT) else None
        namesake = self._namesake(text, name, person_match, country, explicit_role)
        if namesake is not None:
            return namesake
        if explicit_role and phrase.former:
            # "former president X": the table's current office if it knows one, else an elite
            explicit_role = None if term is not None else "ELI"
        if explicit_role is None and role == INHERIT and not phrase.former:
            explicit_role = "GOV"
        if explicit_role or (country and country_kind in ("demonym", "possessive")):
            # an explicit description in the text
            c = country or (term.country if term else None)
            r = explicit_role or (term.role if term and (not country or term.country == country)
                                  else None)
            if r is None and phrase.former:
                r = "ELI"
            if c is None and not inner:
                remembered = self._remembered(name, ctx)
                c = remembered.country if remembered else ctx.established(phrase.head.i)
                if c is None and r is not None:
                    # "Judge Ana Ruiz" in a text that has named no country yet
                    return ActorRef(text=text, name=canonical, code=UNKNOWN_COUNTRY + r,
                                    country=None, role=r, provenance="title")
            if c is not None and c in INTL_PREFIXES and term is not None:
                return self._term_ref(text, term, "title")
            if c is None:
                return None
            return ActorRef(text=text, name=canonical, code=c + (r or ""), country=c, role=r,
                            provenance="demonym" if country_kind == "demonym" else "title")
        ctx.read_scan = True  # the persons the scan learned
        described = ctx.persons.get(split_name(name)[0]) if name else None
        if described is not None:
            # "Prime Minister Imran Khan … Khan said": the article's own description of the
            # person beats the dated table (which may not know the article's date well)
            return ActorRef(text=text, name=described.name, code=described.code,
                            country=described.country, role=described.role, provenance="coref")
        if term is not None:
            ref = self._term_ref(text, term, "office_holders")
            # "former president X": the words of the sentence win over the table
            former = phrase.former and ref.role == "GOV"  # (not a former president now OPP)
            return replace(ref, code=ref.country + "ELI", role="ELI") if former else ref
        return self._bare_name(text, name, person_match, ctx)

    def _bare_name(self, text: str, name: str | None, person_match: _Match | None,
                   ctx: ActorContext) -> ActorRef | None:
        """A name with no description and no current office: this article, the memory, or a
        known former office holder (country + ELI)."""
        if name is None:
            return None
        remembered = self._remembered(name, ctx)
        if remembered is not None:
            return remembered if remembered.text == text else ActorRef(
                text=text, name=remembered.name, code=remembered.code,
                country=remembered.country, role=remembered.role,
                provenance=remembered.provenance)
        if person_match is not None and len(person_match.persons or ()) == 1:
            pname = next(iter(person_match.persons or ()))
            terms = self.tables.terms[pname]
            country_f = terms[-1].country
            if country_f not in INTL_PREFIXES:
                return ActorRef(text=text, name=pname, code=country_f + "ELI",
                                country=country_f, role="ELI",
                                provenance="office_holders_former")
        return ActorRef(text=text, name=name, code=None, provenance="unknown")

    def _remembered(self, name: str | None, ctx: ActorContext) -> ActorRef | None:
        """In-document description first (the strongest evidence), then the memory."""
        if not name:
            return None
        ctx.read_scan = True  # the persons the scan learned, and the memory it taught
        ref = ctx.persons.get(split_name(name)[0])
        if ref is not None:
            return ActorRef(text=name, name=ref.name, code=ref.code, country=ref.country,
                            role=ref.role, provenance="coref")
        entry = self.memory.lookup(name)
        if entry is not None:
            return ActorRef(text=name, name=entry.name, code=entry.code, country=entry.country,
                            role=entry.role, provenance="memory")
        return None

    @staticmethod
    def _term_ref(text: str, term: Term, provenance: str) -> ActorRef:
        return ActorRef(text=text, name=term.name, code=term.code, country=term.country,
                        role=term.role, provenance=provenance)
