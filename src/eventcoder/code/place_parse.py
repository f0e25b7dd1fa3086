"""Where an event happened, in the parse: the place names attached to a trigger's clause.

:func:`location_groups` walks a trigger's clause ("shelled positions in Donetsk", "arrived in
Riyadh", "the talks took place in Geneva", "in Zamfara state") and yields, nearest first, the
groups of names that could be the event's location; :class:`~eventcoder.code.places.PlaceResolver`
looks them up in the gazetteer. The rules are documented in ``docs/time-and-place.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from eventcoder.code._parse import current, kids
from eventcoder.code._spans import entity_span, entity_text
from eventcoder.code.lexicon import word_class

__all__ = ["DIVISION_WORDS", "Name", "location_groups"]

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_WEAK_ENTS = frozenset({"PERSON", "ORG", "NORP"})  # labels the small model gives places by mistake
_MISREAD_ENTS = frozenset({"DATE", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
# Month and day names: a proper noun the model calls a date that is one of these is a date.
CALENDAR_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow", "christmas", "easter", "ramadan",
    "eid", "passover", "hanukkah", "diwali", "thanksgiving", "nowruz", "lent", "advent",
})
# Prepositions that put an event somewhere.
_LOC_PREPS = frozenset(
    [
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "throughout",
        "within",
        "on",
        "into",
        "along",
        "off",
        "over",
        "between",
        "among",
        "amid",
        "towards",
        "toward",
        "through",
        "beyond",
    ]
)
_LOC_PREPS_OF = _LOC_PREPS | {"of"}
# "to" gives the place only for movement ("his visit to Moscow", "flew to Beijing").
_MOTION_LEMMAS = frozenset(
    [
        "visit",
        "trip",
        "travel",
        "tour",
        "journey",
        "fly",
        "go",
        "come",
        "return",
        "arrive",
        "head",
        "move",
        "deploy",
        "deployment",
        "march",
        "mission",
        "voyage",
        "send",
        "dispatch",
        "take",  # "took to the streets of Montevideo"
    ]
)
# Verbs (and nouns) whose direct object / "of"-object is the place where the event happens,
# not an actor: "will visit Islamabad", "shelled Kharkiv", "the siege of Mariupol".
#: "the port", "the town": an object that is a place puts the act where it is
_PLACE_NOUNS = word_class("place_noun")

_PLACE_OBJECT_LEMMAS = frozenset(
    [
        "visit",
        "tour",
        "reach",
        "enter",
        "shell",
        "bomb",
        "bombard",
        "capture",
        "seize",
        "besiege",
        "storm",
        "occupy",
        "invade",
        "liberate",
        "retake",
        "recapture",
        "encircle",
        "raid",
        "siege",
        "invasion",
        "occupation",
        "bombing",
        "shelling",
        "attack",
        "strike",
        "hit",
    ]
)
# Verbs that only say an event happened: "The talks took place in Geneva".
_OCCURRENCE_LEMMAS = frozenset({"take", "happen", "occur", "hold", "be", "begin", "start", "end"})
_DOWN_DEPS = frozenset({"compound", "appos", "conj", "npadvmod", "nmod"})
# Words that follow a first-level division's name: "Borno state", "Donetsk oblast". Every name
# of regions.tsv is also indexed with each of them, and "in Zamfara state" is looked up whole.
DIVISION_WORDS = (
    "state",
    "province",
    "region",
    "governorate",
    "oblast",
    "department",
    "county",
    "krai",
    "prefecture",
)
_MAX_DEPTH = 4


# A name found in the parse: its text and whether NER called it a place. A proper noun that
# NER mislabelled ("shelled Kharkiv" as PERSON) counts only when the gazetteer knows it.
Name = tuple[str, bool]


_LEADING_THE = re.compile(r"^[Tt]he\s+")


def _entity_name(tok: Token) -> Name | None:
    """The GPE/LOC/FAC entity containing ``tok`` (without a leading "the"), or a proper noun;
    read from the parse alone, so once per token while the engine's view lives (each
    predicate of a sentence asks about the same few nouns)."""
    v = current(tok.doc)
    if v is None:
        return _read_entity_name(tok)
    key = ("entity_name", tok.i)
    if key not in v.memo:
        v.memo[key] = _read_entity_name(tok)
    return v.memo[key]  # type: ignore[return-value]


def _read_entity_name(tok: Token) -> Name | None:
    span: Span | None = entity_span(tok)
    if span is not None and span.label_ in _PLACE_ENTS:
        return _LEADING_THE.sub("", span.text), True
    if tok.pos_ != "PROPN" or (span is not None and span.label_ not in _WEAK_ENTS
                               and not _misread_date(span)):
        return None
    if span is not None:
        return span.text, False
    left = min([c.i for c in kids(tok) if c.dep_ == "compound"] + [tok.i])
    return tok.doc[left : tok.i + 1].text, False


def _misread_date(span: Span) -> bool:
    """A one-word proper name the small model took for a date or a title ("in Niger" as DATE
    or WORK_OF_ART), not a month, a day or a holiday: it may still be a place (a weak one:
    only a country, a region or a sizeable city is taken)."""
    return span.label_ in _MISREAD_ENTS and len(span) == 1 and span[0].pos_ == "PROPN" \
        and span[0].lower_ not in CALENDAR_WORDS and not any(c.isdigit() for c in span.text)


def _add_names(names: list[Name], more: Iterable[Name]) -> None:
    for n in more:
        if n not in names:
            names.append(n)


def _names_below(tok: Token, depth: int = 0) -> list[Name]:
    """Place names in a noun phrase and its locative "of"/"in" attachments.

    "the city of Kharkiv", "a conference in Geneva", "Bakhmut in eastern Ukraine",
    "Kharkiv, Ukraine"; never into clauses (relcl, acl) that have their own event.
    """
    names: list[Name] = []
    name = _entity_name(tok)
    if name:
        names.append(name)
    if depth < _MAX_DEPTH:
        for child in kids(tok):
            if child.dep_ in _DOWN_DEPS:
                _add_names(names, _names_below(child, depth + 1))
            elif child.dep_ == "prep" and child.lower_ in _LOC_PREPS_OF:
                for obj in kids(child):
                    if obj.dep_ == "pobj":
                        _add_names(names, _names_below(obj, depth + 1))
            elif child.dep_ == "poss" and tok.dep_ == "pobj" and tok.head.lower_ in _LOC_PREPS:
                # "in Nigeria's public universities": the possessor of a place in a locative
                # phrase is where it is
                _add_names(names, _names_below(child, depth + 1))
    if name is None and tok.lower_ in DIVISION_WORDS:
        # after the bare name, so that an unknown "X region" is reported as "X", as before
        _add_names(names, _division_names(tok))
    return names


def _division_names(noun: Token) -> list[Name]:
    """ "in Zamfara state" -> "Zamfara state"; "Pakistan's Punjab province" -> "Punjab
    province, Pakistan" (the possessor is a qualifier, as in "Kyiv, Ukraine").

    The bare name is found too (through the compound) and is dropped when the whole one
    resolves.
    """
    owner = next((n[0] for c in kids(noun) if c.dep_ == "poss" and (n := _entity_name(c))), None)
    names: list[Name] = []
    before = [c for c in kids(noun) if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    if noun.i > 0 and noun.nbor(-1) not in before:  # "in Katsina state" parsed as two objects
        before.append(noun.nbor(-1))
    for child in before:
        name = _entity_name(child)
        if name is None and child.pos_ == "PROPN":
            # NER called it something else ("Kursk" as PRODUCT): taken only if the gazetteer
            # knows the whole as a division
            name = entity_text(child), False
        if name is not None:
            whole = f"{name[0]} {noun.text}"
            names.append((f"{whole}, {owner}" if owner else whole, name[1]))
    return names


def _prep_names(head: Token, motion: bool) -> list[Name]:
    """Names in the locative prepositions of ``head``, all together ("in X in eastern Y")."""
    names: list[Name] = []
    place_noun = head.pos_ == "NOUN" and head.lemma_.lower() in _PLACE_OBJECT_LEMMAS
    for child in kids(head):
        if child.dep_ not in ("prep", "agent"):
            continue
        lower = child.lower_
        if (
            lower in _LOC_PREPS
            or (lower == "to" and motion)
            or (lower == "of" and place_noun)  # "the siege of Mariupol"
        ):
            for obj in kids(child):
                if obj.dep_ == "pobj":
                    _add_names(names, _names_below(obj))
                elif obj.dep_ == "prep" and obj.lower_ == "of":
                    # "outside of Basra", "inside of the camp"
                    for inner in kids(obj):
                        if inner.dep_ == "pobj":
                            _add_names(names, _names_below(inner))
    return names


def location_groups(trigger: Token) -> Iterator[list[Name]]:
    """Candidate place names for the event, one list per attachment, nearest first."""
    heads = [trigger]
    # A noun trigger that is the subject of an occurrence verb ("the talks took place in …"),
    # a controlled verb ("agreed to meet in …") and a conjunct share their head's location.
    head = trigger.head
    if head.i != trigger.i and (
        (trigger.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in _OCCURRENCE_LEMMAS)
        or trigger.dep_ in ("xcomp", "conj")
    ):
        heads.append(head)
    for h in heads:
        motion = h.lemma_.lower() in _MOTION_LEMMAS
        yield _prep_names(h, motion)
        for child in kids(h):
            if child.dep_ in ("dobj", "obj", "attr") and child.pos_ in ("NOUN", "PROPN"):
                if h.lemma_.lower() in _PLACE_OBJECT_LEMMAS and (name := _entity_name(child)):
                    yield [name]
                elif h.lemma_.lower() in _PLACE_OBJECT_LEMMAS and child.lower_ in DIVISION_WORDS:
                    yield _names_below(child)  # "shelled the Kharkiv region"
                yield _prep_names(child, motion)
                if child.lemma_.lower() in _PLACE_NOUNS:
                    yield _names_below(child)  # "blocked the port of Antwerp": there
                yield from _of_phrase_groups(child)
            elif child.dep_ in ("prep", "agent") and child.lower_ not in _LOC_PREPS:
                # "clashed with militants in Bakhmut", "killed by a bomb near Kandahar": the
                # place hangs on the prep's object
                for obj in kids(child):
                    if obj.dep_ == "pobj":
                        yield _prep_names(obj, motion)
    if trigger.pos_ == "NOUN":
        for child in kids(trigger):
            if child.dep_ == "compound" and (name := _entity_name(child)):
                yield [name]
    yield from _late_groups(trigger)


def _late_groups(trigger: Token) -> Iterator[list[Name]]:
    """The last resorts: a place on the subject ("Police in Karachi arrested …"), on the
    clause that tells what the act was for, on a conjoined clause."""
    for child in kids(trigger):
        if child.dep_ in ("nsubj", "nsubjpass"):
            yield _prep_names(child, False)
    yield from _purpose_groups(trigger)
    yield from _participle_groups(trigger)
    # and, for want of any other, a conjoined clause's: "threw stones at police and burned
    # tyres in Conakry"
    if trigger.pos_ in ("VERB", "AUX"):
        for child in kids(trigger):
            if child.dep_ == "conj" and child.pos_ == "VERB":
                yield _prep_names(child, False)


def _participle_groups(trigger: Token) -> Iterator[list[Name]]:
    """"Fired tear gas at supporters [protesting in Conakry]", "detained migrants [waiting in
    Tijuana]": a participle on the act's object or on the object of its preposition places the
    people the act fell on, and so the act."""
    objects = [c for c in kids(trigger) if c.dep_ in ("dobj", "obj")]
    objects += [o for c in kids(trigger) if c.dep_ == "prep" for o in kids(c) if o.dep_ == "pobj"]
    objects += [o for obj in objects for c in kids(obj) if c.dep_ == "prep" and c.lower_ == "of"
                for o in kids(c) if o.dep_ == "pobj"]  # "dozens of migrants [waiting in …]"
    for obj in objects:
        for acl in kids(obj):
            if acl.dep_ == "acl" and acl.tag_ in ("VBG", "VBN", "VBD"):  # (a participle the
                # parser tags as a past tense: "supporters [gathered] in Lusaka")
                yield _prep_names(acl, False)


def _of_phrase_groups(obj: Token) -> Iterator[list[Name]]:
    """"ransacked the offices of the ruling party in Maputo", "blocked the entrance to the
    central bank in Beirut": a place on the object's "of", "to" or "at" phrase locates the
    object too; so does a place owning that phrase's noun ("occupied the campus of
    [Mexico]'s national university")."""
    for of in kids(obj):
        if of.dep_ == "prep" and of.lower_ in ("of", "to", "at"):
            for inner in kids(of):
                if inner.dep_ == "pobj":
                    yield _prep_names(inner, False)
                    # (one body or site: "[Mexico]'s national university"; not the people
                    # a country has, "a convoy of Russia's allies")
                    yield [name for c in kids(inner) if c.dep_ == "poss" and inner.tag_ in ("NN", "NNP")
                           and c.ent_type_ in ("GPE", "LOC") and (name := _entity_name(c))]


def _purpose_groups(trigger: Token) -> Iterator[list[Name]]:
    """Last, the place of the clause that tells what the act was for: "used tear gas to
    disperse a rally in Tbilisi" happened in Tbilisi."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return
    for child in kids(trigger):
        if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in kids(child)):
            yield _prep_names(child, False)
            for obj in kids(child):
                if obj.dep_ in ("dobj", "obj"):
                    yield _prep_names(obj, False)
