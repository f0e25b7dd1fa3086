"""The actor phrases of a sentence that no actor table knows: material for a user dictionary.

:class:`UnresolvedCollector` looks at the sentences that hold an event predicate: the heads of
its subjects (``source``) and candidate objects (``target``), and the names of people and
organisations elsewhere in the sentence (``nearby``). It keeps the phrases that *name*
someone — a proper noun, or a noun led by a proper noun or nationality ("Western allies",
"the Lake Basin Authority", "Ama Owusu") — and that neither the actor resolver nor the
gazetteer knows. Common nouns alone ("the deal", "the measures") are not listed: they are
rarely actors, and the role table (``roles.tsv``) is the place for the few that are.

The engine fills ``doc.user_data[UNRESOLVED_KEY]`` in one place; the ``eventcoder`` component
puts the list on ``doc._.unresolved`` and the store keeps it for ``eventcoder actors unknown``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventcoder.code._parse import ParseView, view, view_of
from eventcoder.code._spans import entity_span
from eventcoder.code.actors import ActorContext
from eventcoder.code.participants import ParticipantResolver
from eventcoder.records import UnresolvedPhrase

__all__ = ["UNRESOLVED_KEY", "UnresolvedCollector"]

UNRESOLVED_KEY = "eventcoder.unresolved"  # Doc.user_data key: the article's unresolved phrases
NAME_ENTITIES = frozenset({"ORG", "PERSON", "NORP"})
NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                        "GPE", "LOC", "FAC", "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART",
                        "PRODUCT"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "flat"})
# Where a noun phrase elsewhere in the sentence can be a party: subject, object, complement.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "appos", "conj",
                           "attr", "agent"})
LEADING_WORDS = frozenset({"the", "a", "an"})
_NAME_POS = ("PROPN", "NOUN")  # the words an actor phrase is headed by
_NO_NAME = object()  # name_span()'s memo: the head names no one


def _named(token: Token) -> bool:
    """A word of a name: a capitalised proper noun ("tally" tagged PROPN is no name), or a
    person, organisation or nationality the entity recogniser found."""
    return (token.pos_ == "PROPN" and token.text[:1].isupper()) or \
        token.ent_type_ in NAME_ENTITIES


def name_span(head: Token) -> Span | None:
    """The naming words of an argument head ("Western allies", "Ama Owusu"), or None when
    the phrase names no one (a pronoun, a date, a place, a common noun alone)."""
    v = view_of(head)  # (a head is asked about once per predicate that has it: read it once)
    memo = v.per_token["name_span"]
    found = memo[head.i]
    if found is None:
        span = _name_span(v, head)
        found = memo[head.i] = _NO_NAME if span is None else span
    return None if found is _NO_NAME else found


def _name_span(v: ParseView, head: Token) -> Span | None:
    i = head.i
    pos, ent, dep = v.pos, v.ent_type, v.dep
    if pos[i] not in _NAME_POS or ent[i] in NOT_ACTORS \
            or dep[i] in MODIFIER_DEPS:  # a modifier belongs to the phrase of its head
        return None
    if ent[i] in NAME_ENTITIES:
        span = entity_span(head)
        start, end = (span.start, span.end) if span is not None else (i, i + 1)
        end = max(end, i + 1)
    else:
        # the modifiers right before the head, up to the first word that is not one
        start = i
        while start > 0 and v.heads[start - 1] >= start and dep[start - 1] in MODIFIER_DEPS \
                and ent[start - 1] not in NOT_ACTORS:
            start -= 1
        end = i + 1
        if not any((pos[k] == "PROPN" and v.texts[k][:1].isupper()) or ent[k] in NAME_ENTITIES
                   for k in range(start, end)):  # _named() of each word
            return None
    while start < end - 1 and v.lower[start] in LEADING_WORDS:
        start += 1
    return v.doc[start:end]


class UnresolvedCollector:
    """Finds a sentence's actor phrases that resolve to nothing (see the module docstring)."""

    def __init__(self, participants: ParticipantResolver) -> None:
        self.participants = participants

    def collect(self, sent: Span, index: int, preds: Sequence, ctx: ActorContext,
                countries: Sequence[str] = ()) -> list[UnresolvedPhrase]:
        """The unresolved actor phrases of one coded sentence (none without a predicate)."""
        if not preds:
            return []
        heads: list[tuple[Token, str]] = []
        for pred in preds:
            heads += [(h, "source") for h in (*pred.sources, *pred.fallback_sources)]
            heads += [(h, "target") for group in pred.target_options for h in group]
        v = view(sent.doc)
        pos, dep, ent, tokens = v.pos, v.dep, v.ent_type, v.tokens
        # (only nouns that are no date, place or amount can name anyone: name_span() of the
        # others is None, so they are not asked about)
        heads += [(tokens[k], "nearby") for k in range(sent.start, sent.end)
                  if dep[k] in ARGUMENT_DEPS and pos[k] in _NAME_POS and ent[k] not in NOT_ACTORS]
        found: list[UnresolvedPhrase] = []
        seen: set[tuple[int, int]] = set()
        for head, position in heads:
            span = name_span(head)
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            if self._known(head, span, ctx, countries):
                continue
            found.append(UnresolvedPhrase(text=span.text, position=position,
                                          sentence_index=index, start=span.start_char,
                                          end=span.end_char, sentence=sent.text.strip()))
        return found

    def _known(self, head: Token, span: Span, ctx: ActorContext,
               countries: Sequence[str]) -> bool:
        found = self.participants.resolve([head], ctx, None, place_ok=True)
        if any(actor.code for actor in found):
            return True
        # a town the parser took for an organisation ("arrived in Mwanza") is a place
        return self.participants.places.lookup(span.text, countries) is not None
