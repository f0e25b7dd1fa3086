"""From a parsed Doc to event mentions: predicates, actors, reported speech, dates, places.

:class:`EventEngine` is the one place where the knowledge modules meet. For each sentence it
asks :class:`~eventcoder.code.predicates.PredicateFinder` for predicates, resolves their
argument heads to actors, applies the rules of reported speech, dates and places each event,
and builds :class:`~eventcoder.records.Mention` records with a confidence.

Reported speech (a careful coder's rules, tested in ``tests/code/test_reported_speech.py``):

- the speaker of a reporting verb is recorded as ``attributed_to`` of every event inside;
- a conflictual act of a third party inside a report ("Khan said the US interfered") is the
  speaker's accusation (CAMEO 112) of that party, not an act of that party;
- a verbal event (statement, intent, appeal, accusation) inside a report whose source is the
  speaker's own side, or is missing, has the speaker as its source ("Bajwa said his country
  seeks closer ties" → Bajwa's intent);
- "I", "we", "my", "our" inside a report are the speaker;
- an event with no date or place of its own takes those of the report that carries it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from eventcoder.code._spans import doc_entities, entity_span
from eventcoder.code.actors import ActorContext, ActorResolver
from eventcoder.code.dates import DateResolution, parse_dateline, resolve_event_date
from eventcoder.code.patterns import PatternTable
from eventcoder.code.places import PlaceResolver
from eventcoder.code.predicates import VERB_POS, Predicate, PredicateFinder
from eventcoder.ontology import Ontology
from eventcoder.records import ActorRef, Mention, Place

__all__ = ["EventEngine"]

# Roles of the state: a state that "protests" complains officially (114), it does not march (14x).
STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
DEMONSTRATE_ROOT = "14"
OFFICIAL_COMPLAINT = "114"
# "both countries", "the two nations": the last two countries the text named before.
GROUP_NOUNS = frozenset({"country", "nation", "state", "government", "side", "neighbour",
                         "neighbor"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PERSON_PROVENANCES = frozenset({"office_holders", "memory", "coref", "person"})
THING_PRONOUNS = frozenset({"it", "its", "itself", "they", "their", "them", "themselves"})
NATURAL_CAUSES = frozenset({"drought", "flood", "flooding", "fire", "wildfire", "blaze",
                            "earthquake", "quake", "storm", "cyclone", "hurricane", "typhoon",
                            "landslide", "famine", "disease", "outbreak", "epidemic", "pandemic",
                            "virus", "heatwave", "tsunami", "avalanche", "accident", "crash",
                            "weather", "rain", "rains", "snow", "eruption"})
MASS_KILLING_TOLL = 100
# Acts that coordinated parties do to each other ("Kenya and Uganda signed a pact"): intents,
# meetings, agreements, cooperation, ceasefires, fighting. Others ("Spain and Norway recognised
# Palestine") are not done by the parties to each other.
RECIPROCAL_CODES = ("03", "04", "050", "057", "06", "0841", "087", "161", "19")
VENUE_PREPOSITIONS = frozenset({"at", "in"})
# Acts that move something to someone: extradition, aid, return of persons or property.
TRANSFER_CODES = ("063", "07", "084", "0331", "0332", "0333")
NON_STATE_ROLES = frozenset({"INS", "REB", "CRM", "UAF"})
PLACE_PREPOSITIONS = frozenset({"in", "inside", "near", "outside", "around", "across"})
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
QUANTITY_NOUNS = frozenset({"thousand", "hundred", "dozen", "ten", "score", "million", "number",
                            "group", "crowd", "handful", "couple", "band"})
HOMELAND_NOUNS = frozenset({"country", "nation", "homeland", "state"})
PLACE_NOUNS = frozenset({"city", "town", "village", "port", "region", "province", "capital",
                         "district", "area", "outskirts", "border", "territory"})
BODY_START = "eventcoder.body_start"  # Doc.user_data key: where the text after a dateline starts
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"})
ACCUSE_CODE = "112"
VERBAL_QUADS = frozenset({1, 3})
CONFLICT_QUADS = frozenset({3, 4})


@dataclass(slots=True)
class _Draft:
    """A predicate with its actors resolved, before it becomes a Mention."""

    pred: Predicate
    code: str
    source: ActorRef | None
    target: ActorRef | None
    attributed_to: ActorRef | None = None
    reported: bool = False


def _refined(pred: Predicate, source: ActorRef | None) -> str:
    """Codes the words leave open but the actor or the toll settles:
    a state that "protests" complains officially (114), it does not march (14x);
    police or prosecutors investigate crime (091); a killing of hundreds is a mass killing (202).
    """
    code = pred.code
    if source is not None and code[:2] == DEMONSTRATE_ROOT and (
            source.role in STATE_ROLES or source.code == source.country):
        return OFFICIAL_COMPLAINT
    if source is not None and code == "090" and source.role in ("COP", "JUD"):
        return "091"
    if code == "1823" and _toll(pred) >= MASS_KILLING_TOLL:
        return "202"
    return code


def _toll(pred: Predicate) -> int:
    """How many victims the sentence counts ("killed 300 villagers", "hundreds of civilians")."""
    best = 0
    for head in (t for group in pred.target_options[:1] for t in group):
        for tok in (head, *head.children):
            if tok.lower_ in ("hundreds", "thousands", "millions"):
                best = max(best, 200)
            elif tok.like_num and tok.dep_ in ("nummod", "quantmod") or tok.i == head.i and tok.like_num:
                digits = tok.text.replace(",", "")
                if digits.isdigit():
                    best = max(best, int(digits))
    return best


def _not_an_actor(place: Place | None, draft: _Draft) -> Place | None:
    """"called on Russia to …": a country named as the addressee of words is not where they
    were said (for acts, "an operation in Ukraine", it is)."""
    if place is None or place.admin1 or not place.country:
        return place
    for actor in (draft.target, draft.source):
        if actor is not None and actor.provenance != "place" and place.name in (
                actor.text, actor.name):
            return None
    return place


def _recipient(group: list[Token]) -> bool:
    head = group[0] if group else None
    return head is not None and (
        head.dep_ == "dative" or (head.dep_ == "pobj" and head.head.lower_ == "to"))


def _natural_cause(pred: Predicate) -> bool:
    return any(h.lemma_.lower() in NATURAL_CAUSES for h in pred.sources)


def _share_dates(mentions: list[Mention]) -> list[Mention]:
    """A mention with no time of its own that repeats an event the article dated elsewhere
    ("stated on Friday that his government gave a note …" … "we have given a demarche") is
    the same event: it takes that date."""
    dated: dict[tuple[str, str | None, str | None], Mention] = {}
    for m in mentions:
        if m.date_precision in ("day", "month") and not m.future:
            dated.setdefault(_event_key(m), m)
    out = []
    for m in mentions:
        known = dated.get(_event_key(m)) if m.date_precision == "published" else None
        if known is not None and not m.future:
            m = replace(m, date=known.date, date_precision=known.date_precision)
        out.append(m)
    return out


def _event_key(m: Mention) -> tuple[str, str | None, str | None]:
    return (m.cameo, m.source.code if m.source else None, m.target.code if m.target else None)


def _quantified(head: Token) -> Token:
    """"Thousands of people", "dozens of Israelis", "tens of thousands of farmers": the
    counted noun is the actor, not the number."""
    for _ in range(3):
        if head.lemma_.lower() not in QUANTITY_NOUNS and not head.like_num:
            return head
        inner = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        if not inner:
            return head
        head = inner[0]
    return head


def _drop_untargeted_twins(mentions: list[Mention], first: int) -> list[Mention]:
    """In one sentence, "Poland summoned the Russian envoy to protest …" gives the complaint
    twice, once with its target: keep the one that names the target."""
    sentence = mentions[first:]
    targeted = {(m.cameo, m.source and m.source.code) for m in sentence if m.target is not None}
    kept = [m for m in sentence
            if m.target is not None or (m.cameo, m.source and m.source.code) not in targeted]
    return mentions[:first] + kept


def _self_dyad(source: ActorRef, target: ActorRef) -> bool:
    """An actor acting on itself or on its own state ("Syria condemned strikes on Damascus",
    "Poland sent its troops"): not a dyad. Two roles of one country are ("Pakistani police
    arrested Pakistani protesters")."""
    if target.provenance == "place" and source.role in NON_STATE_ROLES:
        return False  # "Somali militants bombed Mogadishu": insurgents against their country
    return source.country == target.country and (
        source.code == target.code or source.code == source.country or target.code == target.country
    )


def _same_side(a: ActorRef | None, b: ActorRef | None) -> bool:
    return bool(a and b and a.country and a.country == b.country)


class EventEngine:
    """Codes the sentences of a Doc into mentions. Build once; call :meth:`code_doc` per doc."""

    def __init__(
        self,
        ontology: Ontology,
        patterns: PatternTable,
        actors: ActorResolver,
        places: PlaceResolver,
    ) -> None:
        self.ontology = ontology
        self.patterns = patterns
        self.finder = PredicateFinder(patterns)
        self.actors = actors
        self.places = places

    # -- actors ---------------------------------------------------------------------------
    def _resolve(self, heads: Sequence[Token], ctx: ActorContext, speaker: ActorRef | None,
                 own: str | None = None, place_ok: bool = False) -> list[ActorRef]:
        out: list[ActorRef] = []
        body_start = heads[0].doc.user_data.get(BODY_START, 0) if heads else 0
        for head in heads:
            if head.idx < body_start:
                continue  # "CARACAS, Aug 17 -": a dateline names a place, not an actor
            head = _quantified(head)
            group = self._group_reference(head, own)
            if group:
                out.extend(a for a in group if all(a.code != b.code for b in out))
                continue
            if speaker is not None and head.pos_ == "PRON" and head.lower_ in FIRST_PERSON:
                out.append(replace(speaker, text=head.text, provenance="speaker"))
                continue
            actor = self.actors.resolve(head, ctx)
            if actor is not None and actor.provenance in PERSON_PROVENANCES and (
                    head.ent_type_ in PLACE_ENTITIES
                    or (head.pos_ == "PROPN" and actor.name and head.text not in actor.name)):
                actor = None  # "Khan Younis" is a town, not Mr Khan
            if actor is None and head.pos_ == "PRON" and head.lower_ in THING_PRONOUNS:
                actor = self._antecedent(head, ctx)
            if actor is None and head.lemma_.lower() in HOMELAND_NOUNS:
                actor = self._homeland(head, ctx, speaker)
            if actor is None and place_ok:
                actor = self._place_actor(head, ctx) or self._owner(head, ctx)
            if actor is None or not actor.code:
                continue
            if actor.code == actor.country and head.ent_type_ == "NORP" and head.tag_ in (
                    "NNPS", "NNS") and not any(c.lower_ == "the" for c in head.children):
                # "thousands of Israelis marched": a people named by its demonym is civilians
                actor = replace(actor, code=f"{actor.country}CVL", role="CVL")
            for each in self._coordinated(head, actor):
                if all(a.code != each.code for a in out):
                    out.append(each)
        return out

    def _homeland(self, head: Token, ctx: ActorContext, speaker: ActorRef | None) -> ActorRef | None:
        """"his country", "our nation": the country of whoever the possessive points to."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is None:
            return None
        if speaker is not None and owner.lower_ in FIRST_PERSON:
            referent: ActorRef | None = speaker
        else:
            referent = self.actors.resolve(owner, ctx) or self._antecedent(owner, ctx)
        if referent is None or not referent.country:
            return None
        return ActorRef(text=f"{owner.text} {head.text}", name=None, code=referent.country,
                        country=referent.country, role=None, provenance="homeland")

    def _owner(self, head: Token, ctx: ActorContext) -> ActorRef | None:
        """A target named through what it owns: "an inquiry into [Chinese] subsidies",
        "an investigation into [the former president's] campaign financing"."""
        for group in self.finder.noun_agents(head):
            for owner in group:
                if owner.i == head.i:
                    continue
                if owner.pos_ == "PRON":
                    continue  # "its relations": a possessive pronoun points back at the subject
                actor = self.actors.resolve(owner, ctx)
                if actor is not None and actor.code:
                    return actor
        return None

    def _antecedent(self, pronoun: Token, ctx: ActorContext) -> ActorRef | None:
        """"it", "its", "they": the nearest country or organisation named before it (in this
        sentence or the one before) — "Iran denied that it had …", "its military operation"."""
        sent = pronoun.sent
        start = sent.start
        if start > 0:
            start = pronoun.doc[start - 1].sent.start
        for ent in reversed([e for e in doc_entities(pronoun.doc)
                             if start <= e.start and e.end <= pronoun.i]):
            if ent.label_ not in ("GPE", "ORG", "NORP"):
                continue
            actor = self.actors.resolve(ent.root, ctx)
            if actor is not None and actor.code:
                return replace(actor, text=pronoun.text, provenance="antecedent")
        return None

    def _coordinated(self, head: Token, actor: ActorRef) -> list[ActorRef]:
        """"Chinese and Indian ministers", "the leaders of Armenia and Azerbaijan": one actor
        per coordinated country, with the role the head noun gives."""
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
        mods += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        for mod in mods:
            if not mod.conjuncts:
                continue
            countries = [self.actors.country_code(t.text) for t in (mod, *mod.conjuncts)]
            if None in countries or len(set(countries)) < 2 or actor.country not in countries:
                continue
            role = actor.code[3:] if actor.code else ""
            return [replace(actor, code=f"{c}{role}", country=c) for c in countries]
        return [actor]

    def _place_actor(self, head: Token, ctx: ActorContext) -> ActorRef | None:
        """A place named as a target ("shelled Kharkiv", "withdrew from the city of Kherson")
        stands for its country."""
        name = head
        if head.lemma_.lower() in PLACE_NOUNS:
            # "the city of Kherson", "Ukraine's borders", "its border with Belarus"
            owner = [c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            if owner:
                actor = self.actors.resolve(owner[0], ctx)
                if actor is not None:
                    return actor
            inner = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "with")
                     for o in p.children if o.dep_ == "pobj"]
            inner += [c for c in head.children if c.dep_ in ("compound", "appos")
                      and c.pos_ == "PROPN"]
            if not inner:
                return None
            name = inner[0]
        if name.ent_type_ not in ("GPE", "LOC", "FAC") and name.pos_ != "PROPN":
            return None
        span = entity_span(name)
        text = span.text if span is not None else name.text
        place = self.places.lookup(text, list(getattr(ctx, "countries", ()) or ()))
        if place is None or not place.country:
            return None
        return ActorRef(text=text, name=place.name, code=place.country, country=place.country,
                        role=None, provenance="place")

    def _group_reference(self, head: Token, own: str | None) -> list[ActorRef]:
        """"both countries" / "the two nations" → the last two countries named before it,
        other than ``own`` (the country of the event's source)."""
        if head.lemma_.lower() not in GROUP_NOUNS or head.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(c.lower_ in ("both", "two") for c in head.children):
            return []
        found: list[str] = []
        for ent in reversed([e for e in doc_entities(head.doc) if e.end <= head.i]):
            if ent.label_ not in ("GPE", "NORP"):
                continue
            code = self.actors.country_code(ent.text)
            if code and code != own and code not in found:
                found.append(code)
            if len(found) == 2:
                break
        if len(found) < 2:
            return []
        return [ActorRef(text=head.text, name=None, code=c, country=c, role=None,
                         provenance="group") for c in found]

    def _attribution(self, pred: Predicate, ctx: ActorContext) -> ActorRef | None:
        if pred.attributor is None:
            return None
        found = self._resolve(self.finder.speaker_heads(pred.attributor)[:1], ctx, None)
        return found[0] if found else None

    def _speaker(self, pred: Predicate, ctx: ActorContext) -> ActorRef | None:
        if pred.speaker is None:
            return None
        heads = self.finder.speaker_heads(pred.speaker)
        if not heads and pred.speaker.pos_ in VERB_POS:
            # "he stressed … and pointed out that …": a coordinated report shares its speaker
            outer = self.finder.reporting_verb(pred.speaker)
            heads = self.finder.subjects(outer)[0] if outer is not None else []
        found = self._resolve(heads[:1], ctx, None)
        return found[0] if found else None

    def _targets(self, pred: Predicate, ctx: ActorContext, speaker: ActorRef | None,
                 side: ActorRef | None) -> list[ActorRef]:
        own = side.country if side else None
        guessed: list[ActorRef] = []
        venues = pred.code.startswith(RECIPROCAL_CODES) and not pred.code.startswith("19")
        options = pred.target_options
        if pred.code.startswith(TRANSFER_CODES):
            # "handed over two commanders to Pakistan", "gave Kenya 40 vehicles": in a
            # transfer the recipient is the target, not what changes hands
            options = sorted(options, key=lambda g: not _recipient(g))
        for group in options:
            found = self._resolve(group, ctx, speaker, own, place_ok=True)
            if pred.code[:2] != "04" and group and group[0].dep_ == "pobj" \
                    and group[0].head.lower_ in PLACE_PREPOSITIONS:
                # "clashed in Khartoum": a capital after "in" is where, not who (a visit to a
                # capital is a visit to its government, 04x)
                found = [replace(t, code=t.country, role=None, provenance="place")
                         if t.provenance == "capital" and t.country else t for t in found]
            if venues and group and group[0].dep_ == "pobj" \
                    and group[0].head.lower_ in VENUE_PREPOSITIONS:
                # "signed a declaration at the White House": where the parties met
                found = [replace(t, provenance="venue") if t.provenance != "place" else t
                         for t in found]
            found = [t for t in found if side is None or not _self_dyad(side, t)]
            if found and all(t.provenance == "context" for t in found):
                # "shared intelligence with Iraq": a role word whose country is only guessed
                # from the article gives way to an actor the sentence names (not to a place)
                guessed = guessed or found
                continue
            if found and guessed and all(t.provenance in ("place", "capital", "venue")
                                         for t in found):
                return guessed
            if found:
                return found
        return guessed

    def _drafts(self, pred: Predicate, ctx: ActorContext) -> list[_Draft]:
        speaker = self._speaker(pred, ctx)
        sources = self._resolve(pred.sources, ctx, speaker)
        if not sources and pred.fallback_sources:
            sources = self._resolve(pred.fallback_sources, ctx, speaker)
        targets = self._targets(pred, ctx, speaker, sources[0] if sources else speaker)
        if not sources and not targets:
            return []
        reciprocal = pred.code.startswith(RECIPROCAL_CODES)
        if len(sources) > 1:
            # "Pakistan and China signed a pact", "the ceasefire between Armenia and Azerbaijan":
            # each party acts towards the other; a place or venue is not a party
            codes = {s.code for s in sources}
            targets = [t for t in targets if t.code not in codes and t.provenance != "place"
                       and not (reciprocal and t.provenance == "venue")]
        if len(sources) > 1 and not targets and reciprocal:
            pairs = [(s, t) for s in sources for t in sources if s.code != t.code]
        else:
            pairs = [(s, t) for s in (sources or [None]) for t in (targets or [None])]
        if pred.kind == "noun" and not sources:
            return []
        drafts = []
        for source, target in pairs:
            if source is None and target is not None and target.provenance == "place":
                continue  # "a fire destroyed a market in Aleppo": no actor at all
            if source is not None and target is not None and _self_dyad(source, target):
                # "Pakistan's army chief expressed Pakistan's concern": no dyad with itself
                target = None
            code = _refined(pred, source)
            if target is None and source is not None and code[:2] == DEMONSTRATE_ROOT \
                    and source.country and source.country not in INTERNATIONAL:
                # a protest that names no addressee is addressed to its own government
                target = ActorRef(text="(its government)", name=None, code=f"{source.country}GOV",
                                  country=source.country, role="GOV", provenance="implied")
            draft = _Draft(pred, code, source, target,
                           attributed_to=speaker or self._attribution(pred, ctx),
                           reported=speaker is not None)
            draft = self._apply_report(draft, speaker)
            if draft.source is None and (self.ontology.get(draft.code).quad_class != 4
                                         or _natural_cause(pred)):
                # only violence is coded without a known agent ("was shot dead"), and not
                # the work of nature ("the drought displaced a million people")
                continue
            drafts.append(draft)
        return drafts

    def _apply_report(self, draft: _Draft, speaker: ActorRef | None) -> _Draft:
        if speaker is None:
            return draft
        quad = self.ontology.get(draft.code).quad_class
        pred = draft.pred
        third_party = draft.source is not None and not _same_side(draft.source, speaker)
        if (quad in CONFLICT_QUADS and third_party and pred.direct and not pred.negated
                and pred.modality == "asserted"):
            return _Draft(pred, ACCUSE_CODE, speaker, draft.source, speaker, True)
        if quad in VERBAL_QUADS and (draft.source is None or _same_side(draft.source, speaker)):
            target = draft.target if not (draft.target and draft.target.code == speaker.code) \
                else None
            return _Draft(pred, draft.code, speaker, target, speaker, True)
        return draft

    # -- time and place -------------------------------------------------------------------
    def _date(self, pred: Predicate, published: dt.date | None) -> DateResolution:
        found = resolve_event_date(pred.trigger, published)
        if found.precision != "published" or found.future:
            return found
        trigger = pred.trigger
        if trigger.dep_ == "relcl" and trigger.head.ent_type_ == "DATE" \
                and trigger.head.head.pos_ in VERB_POS:
            # "last February, where he met Putin": the clause hangs from the time itself
            outer = resolve_event_date(trigger.head.head, published)
            if outer.precision != "published":
                return replace(outer, basis="governing")
        if trigger.pos_ in VERB_POS:
            # "gave a note … to protest", "shelled a village, wounding three": a purpose or
            # participial clause shares its governing verb's time.
            purpose = trigger.dep_ == "advcl" and (trigger.tag_ == "VBG" or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children))
            if purpose and trigger.head.pos_ in VERB_POS:
                outer = resolve_event_date(trigger.head, published)
                if outer.precision != "published" and not outer.future:
                    return replace(outer, basis="governing")
            return found
        # An event noun with no time of its own ("the start of the Russian operation") sits
        # inside a clause: it takes the date of the nearest verb that governs it.
        verb = next((a for a in pred.trigger.ancestors if a.pos_ in VERB_POS), None)
        if verb is not None:
            outer = resolve_event_date(verb, published)
            if outer.precision != "published" and not outer.future:
                return replace(outer, basis="governing")
        return found

    def _place(self, pred: Predicate, countries: Sequence[str],
               dateline_place: str | None) -> Place | None:
        trigger = pred.trigger
        place = self.places.resolve(trigger, countries, None)
        if place is None and trigger.dep_ in ("advcl", "xcomp") and trigger.head.pos_ in VERB_POS:
            # "gave a note to the embassy in Islamabad to protest": the purpose shares the place
            place = self.places.resolve(trigger.head, countries, None)
        if place is None and pred.trigger.pos_ not in VERB_POS:
            head = pred.trigger.head
            place = self.places.resolve(head, countries, None) if head.pos_ in VERB_POS else None
        if place is None and pred.speaker is not None:
            place = self.places.resolve(pred.speaker, countries, None)
        if place is None and dateline_place:
            place = self.places.lookup(dateline_place, countries)
        return place

    # -- confidence -----------------------------------------------------------------------
    @staticmethod
    def _confidence(draft: _Draft) -> float:
        pred = draft.pred
        score = 0.35 + 0.08 * min(pred.specificity, 3)
        score += 0.2 if draft.source is not None else 0.0
        score += 0.15 if draft.target is not None else 0.0
        score -= 0.1 if pred.kind == "noun" else 0.0
        score -= 0.1 if pred.modality in ("hypothetical",) else 0.0
        score -= 0.05 if draft.code != pred.code else 0.0  # derived by a reported-speech rule
        return round(max(0.05, min(score, 0.99)), 2)

    # -- the document ---------------------------------------------------------------------
    def code_doc(self, doc: Doc, *, article_id: str, published: str | None,
                 skip_chars: int = 0) -> list[Mention]:
        """All mentions of a parsed article. Sentences ending before ``skip_chars`` (the
        title) are not coded."""
        pub = dt.date.fromisoformat(published) if published else None
        ctx = self.actors.start_article(doc, pub)
        dateline = parse_dateline(doc.text, pub)
        dateline_place = dateline.place if dateline else None
        doc.user_data[BODY_START] = dateline.body_start if dateline else 0
        countries = list(getattr(ctx, "countries", ()) or ())
        mentions: list[Mention] = []
        for index, sent in enumerate(doc.sents):
            if sent.start_char < skip_chars:
                continue  # the title: headlines are not coded
            seen: dict[tuple[str, str | None, str | None], int] = {}
            for pred in self.finder.find(sent):
                for draft in self._drafts(pred, ctx):
                    mention = self._mention(draft, article_id, index, sent, pub,
                                            countries, dateline_place)
                    key = (mention.cameo, mention.source and mention.source.code,
                           mention.target and mention.target.code)
                    if key in seen:
                        previous = mentions[seen[key]]
                        if previous.confidence >= mention.confidence:
                            continue
                        mentions[seen[key]] = mention
                        continue
                    seen[key] = len(mentions)
                    mentions.append(mention)
            mentions = _drop_untargeted_twins(mentions, first=len(mentions) - len(seen))
        return _share_dates(mentions)

    def _mention(self, draft: _Draft, article_id: str, index: int, sent, pub: dt.date | None,
                 countries: Sequence[str], dateline_place: str | None) -> Mention:
        pred = draft.pred
        code = self.ontology.get(draft.code)
        when = self._date(pred, pub)
        trigger_tokens = sorted(pred.words, key=lambda t: t.i)
        return Mention(
            article_id=article_id,
            sentence_index=index,
            sentence=sent.text.strip(),
            trigger=pred.trigger_text(),
            source=draft.source,
            target=draft.target,
            cameo=code.code,
            cameo_name=code.name,
            root=code.root,
            plover=code.plover or None,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            date=when.date,
            date_precision=when.precision,
            location=self._place(pred, countries, dateline_place) if code.quad_class in (2, 4)
            else _not_an_actor(self._place(pred, countries, dateline_place), draft),
            negated=pred.negated,
            modality=pred.modality if not when.future or pred.modality != "asserted"
            else "future",
            attributed_to=draft.attributed_to,
            confidence=self._confidence(draft),
            start=sent.start_char + (len(sent.text) - len(sent.text.lstrip())),
            end=sent.start_char + len(sent.text.rstrip()),
            trigger_start=trigger_tokens[0].idx,
            trigger_end=trigger_tokens[-1].idx + len(trigger_tokens[-1].text),
            future=when.future,
            extra={"pattern": pred.pattern.source if pred.pattern else None,
                   "kind": pred.kind, "frame": pred.frame},
        )
