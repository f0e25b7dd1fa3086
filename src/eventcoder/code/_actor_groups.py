"""Owners and communities: the parts of an actor phrase that name whom it belongs to.

Private helper of :mod:`eventcoder.code.actors`:

* a community without a state of its own ("the Rohingya", "Yazidi men", "Kurdish militias in
  northern Syria") is the civilians (or the role word's role) of the country it lives in; a
  community of several countries takes the country named around the phrase, then the
  sentence's, then the article's, then the table's first row;
* a thing that stands for a force ("Armenian positions", "a military convoy") names an actor
  only when the phrase names its owner;
* "a spokesman for X" speaks for X; "hackers linked to X" are X's when they have no country
  of their own;
* "Kremlin critic Alexei Navalny": a critic or opponent of X is X's country's opposition;
* people who act where they are (protesters, police, workers) with no country of their own
  take the country or capital of their clause's "in X" before the article's.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventcoder.code._actor_context import ActorContext, _Match, _Phrase, unknown_or_established
from eventcoder.code._actor_tables import INHERIT, INTL_PREFIXES, Entry, Term
from eventcoder.code._parse import kids, span_text
from eventcoder.code._spans import doc_entities, entity_span, entity_text
from eventcoder.records import ActorRef

#: Role words whose "for" phrase is their owner ("a spokesman for the Pakistani Taliban").
SPEAK_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople",
                       "spokesmen", "spokeswomen", "adviser", "advisor", "representative",
                       "representatives", "mouthpiece"})
#: Participles that tie an actor to another: "hackers linked to Russian military intelligence".
LINK_WORDS = frozenset({"link", "linked", "back", "backed", "tie", "tied", "connect",
                        "connected", "affiliate", "affiliated", "sponsor", "sponsored",
                        "direct", "directed", "work", "working", "acting", "act",
                        "loyal", "allied", "ally", "aligned", "align"})
_LINK_PREPS = frozenset({"to", "by", "with", "for"})
#: Prepositions whose object places a community ("Kurds in Iraq", "Druze near Sweida").
_WHERE_PREPS = frozenset({"in", "near", "from", "across", "inside", "of", "around"})
#: A thing word that can be a stance, followed by one of these, is one ("China's positions on
#: trade"); a stronghold "on the border" stays a place.
_STANCE_PREPS = frozenset({"on", "over", "regarding", "about", "towards", "toward"})
_STANCE_WORDS = frozenset({"position", "positions", "line", "lines"})
#: Roles that armed members of a community take instead of the state's military.
_COMMUNITY_ARMED = {"MIL": "REB"}
#: Possessor provenances that are people: their "positions" or "base" are not a force's.
PERSONAL_PROVENANCES = frozenset({"title", "office_holders", "office_holders_former", "memory", "coref",
                                  "unknown", "person"})

CountryOf = Callable[[str], "str | None"]


def community_entries(matches: list[_Match]) -> list[Entry]:
    """The community entries of the phrase's first community word (all its countries)."""
    for m in matches:
        found = [e for e in m.entries if e.kind == "community"]
        if found:
            return found
    return []


def community_country(entries: list[Entry], phrase: _Phrase, ctx: ActorContext,
                      country_of: CountryOf, place_country: CountryOf | None = None,
                      ) -> Entry | None:
    """The row whose country the phrase, its sentence or its article names, else the main
    row; None when there is no main row ("Kurdish fighters" alone: the engine may still place
    the event)."""
    main = next((e for e in entries if e.sub == "main"), None)
    if len(entries) == 1:
        return main
    by_country = {e.code: e for e in entries}
    head = phrase.head
    around = list(kids(head))
    if head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.i != head.i:
        around += [c for c in kids(head.head) if c.i > head.i]  # "… fighters near Mosul"
    for prep in around:
        if prep.dep_ == "prep" and prep.lower_ in _WHERE_PREPS:
            for tok in prep.subtree:
                code = country_of(tok.text) if tok.pos_ in ("PROPN", "ADJ", "NOUN") else None
                span = entity_span(tok) if tok.ent_iob_ == "B" else None
                if code is None and place_country is not None and span is not None \
                        and span.label_ in ("GPE", "LOC"):
                    code = place_country(span.text)
                if code in by_country:
                    return by_country[code]
    sent = phrase.head.sent
    for ent in doc_entities(ctx.doc):
        if ent.start >= sent.start and ent.end <= sent.end and ent.label_ in (
                "GPE", "NORP", "LOC"):
            code = country_of(ent.text)
            if code in by_country:
                return by_country[code]
    for code in ctx.countries:
        if code in by_country:
            return by_country[code]
    return main


def community_role(entry: Entry, role: str | None) -> str:
    """A role word wins ("Baloch separatists"); armed words give REB; else the table's."""
    if role in (None, INHERIT):
        return entry.role or "CVL"
    return _COMMUNITY_ARMED.get(role, role)


def is_thing(roles: list[tuple[_Match, Entry]], phrase: _Phrase) -> bool:
    """The head word is a thing standing for a force ("positions", "convoy")."""
    return any(e.sub == "thing" for m, e in roles if m.end == len(phrase.tokens))


def thing_ref(phrase: _Phrase, text: str, roles: list[tuple[_Match, Entry]],
              country: str | None, extra: dict, ctx: ActorContext) -> ActorRef | None:
    """"Armenian positions" -> ARMMIL, "rebel positions" -> <country>REB, "the army's bases"
    -> the army; None without an owner in the phrase ("the positions", "his bases") or for a
    stance ("Iran's positions on the deal")."""
    if phrase.head.lower_ in _STANCE_WORDS and any(
            c.dep_ == "prep" and c.lower_ in _STANCE_PREPS for c in kids(phrase.head)):
        return None
    thing = next(e for m, e in roles if m.end == len(phrase.tokens) and e.sub == "thing")
    others = [e.role for _, e in roles if e.sub != "thing" and e.role not in (None, INHERIT)]
    role = others[0] if others else thing.role
    owner: ActorRef | None = extra.get("owner")
    prov = "demonym"
    if country is None and owner is not None and owner.provenance not in PERSONAL_PROVENANCES:
        country = owner.country
        role = others[0] if others else (owner.role if owner.role not in (None, "GOV")
                                          else thing.role)
        prov = "possessive" if extra.get("via") == "poss" else "of"
    elif country is None and others:
        # "a military convoy", "police checkpoints": the article's country, if it has one;
        # "a rebel stronghold": else the rebels of no known country
        if role == "GOV":
            role = thing.role
        return unknown_or_established(text, None, role, ctx, phrase.head.i)
    if not country or not role:
        return None
    if role == "GOV":
        role = thing.role  # "government positions": the government's forces
    return ActorRef(text=text, name=None, code=country + role, country=country, role=role,
                    provenance=prov)


def speaks_for(phrase: _Phrase) -> bool:
    """"a spokesman for X": the head is a word that speaks on behalf of its "for" object."""
    return phrase.head.lower_ in SPEAK_FOR


def linked_owner(head: Token, resolve: Callable[[Token], ActorRef | None]) -> ActorRef | None:
    """"hackers linked to / backed by / working for X": X's actor, else None."""
    for child in kids(head):
        if child.dep_ not in ("acl", "amod", "relcl") or child.lower_ not in LINK_WORDS:
            continue
        if child.dep_ == "relcl" and child.lemma_ not in ("work", "act"):
            continue
        for prep in kids(child):
            if prep.dep_ in ("prep", "agent") and prep.lower_ in _LINK_PREPS:
                objs = [c for c in kids(prep) if c.dep_ == "pobj"]
                if objs and objs[0].pos_ in ("PROPN", "NOUN"):
                    ref = resolve(objs[0])
                    if ref is not None and ref.code:
                        return ref
    return None


#: Roles of people who are where they act: with no country of their own, the place of their
#: clause ("protesters rallied outside the embassy in Amman") beats the article's country.
LOCAL_ROLES = frozenset({"CVL", "COP", "LAB", "EDU", "AGR", "HLH"})
_PLACE_PREPS = frozenset({"in", "across", "throughout", "at"})


def clause_country(head: Token, country_of: CountryOf) -> str | None:
    """The country or capital named by an "in X" of the clause whose subject or object is
    ``head`` (also one level down: "outside the embassy in Amman")."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.head.i == head.i:
        return None
    stack = [c for c in kids(head.head) if c.dep_ == "prep"]
    for prep in stack[:]:
        for obj in kids(prep):
            stack.extend(c for c in kids(obj) if c.dep_ == "prep")
    for prep in stack:
        if prep.lower_ not in _PLACE_PREPS:
            continue
        for obj in kids(prep):
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                code = country_of(entity_text(obj))
                if code:
                    return code
    return None


def clause_seat(head: Token, seat_of: CountryOf) -> str | None:
    """The country whose seat of government an "in X" of ``head``'s clause names, for a role
    word that is what the clause acts on: its object, or the object of a preposition on the
    verb or on the verb's object ("met the coup leaders in Niamey", "held talks with the
    junta in Bamako"): the people an act reaches in a capital are that state's. (The clause's
    verb is the nearest verb above; a place that is not a capital says nothing.)"""
    if head.dep_ not in ("dobj", "pobj"):
        return None
    verb = head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i \
            and verb.dep_ in ("pobj", "prep", "dobj", "conj"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    stack = [c for c in kids(verb) if c.dep_ == "prep"]
    for obj in [c for c in kids(verb) if c.dep_ == "dobj"] + [head]:
        stack.extend(c for c in kids(obj) if c.dep_ == "prep")
    found = set()
    for prep in stack:
        if prep.lower_ != "in":
            continue
        for obj in kids(prep):
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                code = seat_of(entity_text(obj))
                if code:
                    found.add(code)
    return next(iter(found)) if len(found) == 1 else None


#: Role words whose modifier is what they oppose, not what they belong to: "Kremlin critic
#: Alexei Navalny" is Russia's opposition, not its government.
AGAINST = frozenset({"critic", "critics", "opponent", "opponents", "detractor", "detractors",
                     "foe", "foes"})


def against_match(phrase: _Phrase) -> _Match | None:
    """The "critic"/"opponent" word of the phrase when something named stands before it."""
    for m in phrase.matches:
        if m.start > 0 and m.end > m.start and phrase.tokens[m.end - 1].lower_ in AGAINST:
            return m
    return None


class OwnerMixin:
    """Branches of :class:`~eventcoder.code.actors.ActorResolver` for phrases that are about
    someone else: critics of X, things standing for a force, actors linked to X."""

    _terms_at: Callable[..., Term | None]

    @staticmethod
    def _org_ref(org: tuple[Entry, _Match] | None, text: str, name: str | None,
                 person: bool, head_match: _Match | None) -> ActorRef | None:
        if org is None:
            return None
        e, m = org
        code = e.code or ""
        who = name if person or (name and m is not head_match) else m.text
        return ActorRef(text=text, name=who, code=code, country=code[:3],
                        role=code[3:6] or None,
                        provenance="group" if e.kind == "group" else
                        "organisation" if e.kind == "org" else "institution")

    def _against(self, phrase: _Phrase, extra: dict, ctx: ActorContext, text: str,
                 ) -> ActorRef | None:
        """A critic or opponent of what the phrase names before the word: its country + OPP
        (the person is whoever is named after the word, never the one criticised)."""
        m = against_match(phrase)
        if m is None:
            return None
        last = phrase.tokens[m.end - 1].i
        later = next((x for x in phrase.matches if x.start >= m.end and x.persons), None)
        after = [t for t in phrase.name_tokens if t.i > last]
        name = later.text if later is not None else (
            span_text(ctx.doc, after[0].i, after[-1].i + 1) if after else None)
        country = None
        for x in phrase.matches:
            if x.start >= m.start or country:
                break
            if x.persons:
                term = self._terms_at(x.persons, ctx.published, ctx)
                country = term.country if term else None
            else:
                country = next((e.code[:3] for e in x.entries if e.code), None)
        country = country or extra.get("country")
        if not country or country in INTL_PREFIXES:
            return None
        return ActorRef(text=text, name=name, code=country + "OPP", country=country,
                        role="OPP", provenance="title")

    @staticmethod
    def _owned(phrase: _Phrase, text: str, roles: list[tuple[_Match, Entry]], role: str | None,
               countries: tuple[str | None, str | None], extra: dict, ctx: ActorContext,
               community: list[Entry], named: bool) -> tuple[bool, ActorRef | None]:
        """Phrases that are someone else's: "hackers linked to X" (X's code), a thing standing
        for a force ("Armenian positions"); and a head that names no role: (done, ref)."""
        country, own_country = countries
        linked = extra.get("linked")
        if linked is not None and role in (None, "CVL") and country in (None, linked.country):
            # "hackers linked to Russian military intelligence" -> RUSSPY
            return True, ActorRef(text=text, name=None, code=linked.code,
                                  country=linked.country, role=linked.role, provenance="linked")
        if linked is not None and country is None and role not in (None, INHERIT) \
                and linked.country and linked.country not in INTL_PREFIXES:
            # "workers affiliated with the Serbian union" -> SRBLAB: the tie gives the country
            return True, ActorRef(text=text, name=None, code=linked.country + role,
                                  country=linked.country, role=role, provenance="linked")
        if not named:
            return True, None  # "military facilities": a role word must name the head
        if not is_thing(roles, phrase):
            return False, None
        ref = thing_ref(phrase, text, roles, own_country, extra, ctx)
        if ref is not None and community and ref.role:
            r = community_role(community[0], ref.role)  # "Kurdish positions" -> REB
            ref = ActorRef(text=text, name=None, code=ref.country + r, country=ref.country,
                           role=r, provenance="community")
        return True, ref
