"""Who takes part in an event: the argument heads of a predicate resolved to actors.

:class:`ParticipantResolver` turns the head tokens that
:class:`~eventcoder.code.predicates.PredicateFinder` names into
:class:`~eventcoder.records.ActorRef` values: counted groups ("thousands of protesters"),
"both countries", first-person speakers, pronoun antecedents, "his country", coordinated
demonyms ("Chinese and Indian ministers"), places that stand for their state ("shelled
Kharkiv"), and the ordered choice among a predicate's candidate targets. Roles and names
themselves are resolved by :class:`~eventcoder.code.actors.ActorResolver`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from eventcoder.code._actor_context import NAMED_BODY
from eventcoder.code._actor_tables import UNKNOWN_COUNTRY, fold, split_name
from eventcoder.code._parse import conjuncts, view
from eventcoder.code._spans import entity_span, entity_text
from eventcoder.code.actors import (
    VISITING_ROLES,
    ActorContext,
    ActorResolver,
    met_there,
    name_word_before,
)
from eventcoder.code.arguments import (
    AFFLICTED,
    NOUN_POS,
    ORIGIN_PARTICIPLES,
    VERB_POS,
    afflicted,
    children_of,
    counted_noun,
    holders,
    lemma_of,
    prep_objects,
    released_party,
    with_conjuncts,
)
from eventcoder.code.lexicon import word_class
from eventcoder.code.nominal import TOPIC_PREPS
from eventcoder.code.places import PlaceResolver
from eventcoder.code.predicates import Predicate, PredicateFinder
from eventcoder.ontology import family
from eventcoder.records import ActorRef

__all__ = ["BODY_START", "RECIPROCAL_CODES", "UNRESOLVED", "ParticipantResolver", "self_dyad"]

# "both countries", "the two nations": the last two countries the text named before.
GROUP_NOUNS = word_class("group_noun")
PERSON_GROUP_NOUNS = word_class("person_group_noun")  # "the two leaders": people named before
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
NAMED_ENTITIES = frozenset({"ORG", "PERSON"})
NOT_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
UNRESOLVED = "unresolved"  # provenance of a name the actor tables do not know
RELEASE_CODE = "0841"  # release persons
PERSON_PROVENANCES = frozenset({"office_holders", "memory", "coref", "person"})
THING_PRONOUNS = frozenset({"it", "its", "itself", "they", "their", "them", "themselves"})
# Code families (data/code_families.tsv): acts coordinated parties do to each other; acts
# that move something to someone; coercion and violence, whose victims are where they happen.
RECIPROCAL_CODES = family("reciprocal")
VENUE_PREPOSITIONS = frozenset({"at", "in"})
TRANSFER_CODES = family("transfer")
DEPLOYED_CODES = family("deployed")  # shows of force: the forces moved are not the target
FORCE_ROLES = frozenset({"MIL", "COP", "SPY"})
RECIPIENT_CODES = family("recipient")
JUDGEMENT_CODES = family("judgement")  # whose "for"/"of" phrase is the deed judged
SPEECH_CODES = family("speech")
NON_STATE_ROLES = frozenset({"INS", "REB", "CRM", "UAF"})
# those who fight or oppose the state for power: with the state they are two sides, not one
# (criminals are not: "joint patrols against smugglers" are no act on the smugglers' state)
CHALLENGER_ROLES = frozenset({"INS", "REB", "SEP", "OPP"})
# roles of a people's own groups: named by ethnicity, they are of the country they live in
MINORITY_ROLES = frozenset({None, "CVL", "REB", "INS", "SEP", "OPP"})
# roles of the owners of a civilian site that leave it their country's civilians' ("the homes
# of two Palestinians", "of assailants", "of militants")
BELONGING = word_class("belonging")  # "land belonging to X": X's land
UNARMED_OWNER_ROLES = frozenset({None, "CVL", "UAF", "INS", "REB", "CRM"})
PLACE_PREPOSITIONS = frozenset({"in", "inside", "near", "outside", "around", "across"})
BORDER_PREPS = PLACE_PREPOSITIONS | {"along", "on", "at", "close"}
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
HOMELAND_NOUNS = word_class("homeland")
OWNER_OFFICES = word_class("owner_office")  # "[his office] had opened 120,000 cases": his
PLACE_NOUNS = word_class("place_noun")
CIVILIAN_SITES = word_class("civilian_site")
PERSON_NOUNS = word_class("person")
GATHERINGS = word_class("gathering")
CHARGE_NOUNS = word_class("charge_noun")  # an accusation's content is about another
COUNTING_NOUNS = word_class("quantity")
# Roles outside the state: a country acting on them acts on someone else.
SOCIETY_ROLES = frozenset({"CVL", "OPP", "REB", "INS", "REF", "MED", "EDU", "LAB", "AGR", "HLH",
                           "NGO", "BUS", "REL", "CRM", "SEP", "UAF", "ELI"})
OBJECT_DEPS = frozenset({"dobj", "dative", "nsubjpass"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
# Roles of the state that act abroad: "the army" of a sentence placed in Gaza is not Gaza's.
HOME_FORCE_WORDS = word_class("home_force")  # "government forces": of the place
FORCE_UNITS = word_class("force_unit")
TRAVELLING_ROLES = frozenset({"GOV", "MIL", "LEG", "SPY"})
LOCAL_VICTIM_CODES = family("local_victims")
OWN_PEOPLE_CODES = family("own_people")
PLACE_STRUCK_CODES = family("place_struck")
MATTER_PLACE_CODES = family("matter_place")
LOCAL_PROTEST_CODES = family("local_protest")
POPULATION_CODES = family("population")
RELEASE_CODES = family("released")  # "Venezuela released opposition activists": a dyad
BODY_START = "eventcoder.body_start"  # Doc.user_data key: where the text after a dateline starts
#: how an actor named as a body of many was found: a group or organisation of the tables
GROUP_PROVENANCES = frozenset({"group", "organisation", "community"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "ours", "myself", "ourselves"})


#: prepositions that put a role word in a place ("police in Lagos", "workers at the port")
_OWN_PLACE_PREPS = frozenset({"in", "at", "from"})


def _key(actor: ActorRef) -> str:
    return actor.code or f"?{actor.text}"


def _unresolved_name(head: Token, found: ActorRef | None) -> ActorRef | None:
    """A named organisation or person the tables do not know, as an actor with no code: the
    event is kept, and the name is there to be added to a dictionary (``actors unknown``)."""
    named = head.pos_ == "PROPN" or head.ent_type_ in NAMED_ENTITIES or any(
        c.dep_ in ("compound", "nmod", "appos") and c.ent_type_ in NAMED_ENTITIES
        for c in head.children)
    if not named or head.pos_ == "PRON" or head.ent_type_ in PLACE_ENTITIES | {"NORP"}:
        return None
    span = entity_span(head)
    if span is None or head.ent_type_ not in NAMED_ENTITIES:
        start = min((t.i for t in head.lefts if t.dep_ not in ("det", "punct")), default=head.i)
        span = head.doc[start:head.i + 1]
    text = found.text if found is not None and found.text else span.text
    return ActorRef(text=text, name=found.name if found is not None else span.text, code=None,
                    provenance=UNRESOLVED)


#: Bodies and forces a state deals with abroad ("halted aid to the junta"); a state's own
#: people ("condemned the violence against protesters") are not guessed abroad.
FOREIGN_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "REB", "INS", "OPP", "SEP", "CRM"})


_AGENTIVE = re.compile(r"(er|or|ist|ian|ant|ent|eer)s$")  # landowners, dissidents, clerics
SETTLEMENTS = frozenset({"village", "hamlet", "settlement", "neighborhood", "neighbourhood",
                         "camp"})  # a village retaken is land; a school bombed is its people


def _unguessed(actor: ActorRef) -> ActorRef:
    """The actor with its guessed country taken away (``---MIL``)."""
    return replace(actor, code=UNKNOWN_COUNTRY + (actor.role or "GOV"), country=None,
                   provenance="role")


def _guessed(actor: ActorRef) -> bool:
    """A role word whose country the sentence does not give: the article's (provenance
    ``context``) or none at all (``---COP``). Better evidence about it wins."""
    return actor.provenance in ("context", "role") and (
        actor.provenance == "context" or actor.country is None)


def _without_fragments(actors: list[ActorRef]) -> list[ActorRef]:
    """"al-Assad criticised …": the parser may split a name into several subjects ("al", "-",
    "Assad"); an unknown name that is only a piece of another actor's name is no actor."""
    if len(actors) < 2:
        return actors
    return [a for a in actors if a.code or not any(
        b is not a and b.code and a.text and a.text in (b.text or "") for b in actors)]


def _written_name(head: Token) -> str:
    """The name a proper noun ends: "Barham Saleh" for "Saleh" (its compound and flat parts)."""
    parts = [c for c in head.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    start = min((c.i for c in parts), default=head.i)
    return head.doc[start:head.i + 1].text


BODY_ANAPHORS = word_class("body_anaphor")  # "the bloc", "the alliance"
GROUP_ANAPHORS = word_class("group_anaphor")  # "the group", "the movement"
# Codes of the non-state groups a bare "the group" may stand for.
NON_STATE_PREFIXES = ("IMG", "NGO")
GROUP_ANAPHOR_ROLES = frozenset({"INS", "REB"})

#: how an actor got a country the sentence does not state for it: the place of the act, or
#: none (a bare role word)
_WEAK_COUNTRY = frozenset({"local", "role"})


def _describing(modifier: Token, group: bool) -> bool:
    """"the paramilitary group", "the armed movement": a plain adjective that names no
    country describes the group named before, it does not name another."""
    return group and modifier.dep_ == "amod" and modifier.pos_ == "ADJ" \
        and modifier.ent_type_ == ""


def _share_partner_country(actors: list[ActorRef]) -> list[ActorRef]:
    """"Chad's government and rebel groups signed a deal in Doha": a role of no stated country
    coordinated with one actor of a stated country is of that country, before the place of the
    act or the article's guess (a signing abroad does not make the rebels Qatari)."""
    if len(actors) < 2:
        return actors
    stated = {a.country for a in actors
              if a.country and a.country != UNKNOWN_COUNTRY and a.provenance not in _WEAK_COUNTRY}
    if len(stated) != 1:
        return actors
    [country] = stated
    return [replace(a, code=country + a.role, country=country, provenance="partner")
            if a.role and a.provenance in _WEAK_COUNTRY and a.country != country else a
            for a in actors]


def _inside_trigger(pred: Predicate) -> set[int]:
    """Modifiers inside a several-word trigger ("launched a drone attack"): they say how
    the act was done, never to whom."""
    words = [w for w in pred.words if w.doc is pred.trigger.doc] or [pred.trigger]
    lo, hi = min(w.i for w in words), max(w.i for w in words)
    v = view(pred.trigger.doc)
    dep, heads = v.dep, v.heads
    at = {w.i for w in words}
    return {i for i in range(lo, hi) if dep[i] in ("compound", "amod") and heads[i] in at}


def _buried_recipients(pred: Predicate, options: list[list[Token]]) -> list[list[Token]]:
    """"passed information about the plot [to Moroccan services]": in a transfer, a "to"
    phrase the parser hung on a noun inside the object's complements ("about the plot") is
    the recipient, said of the act, not of that noun."""
    if pred.trigger.pos_ not in ("VERB", "AUX"):
        return []
    seen = {t.i for g in options for t in g}
    found: list[list[Token]] = []
    for obj in children_of(pred.trigger, ("dobj",)):
        level = [obj]
        for _ in range(3):
            below = [o for n in level for p in n.children if p.dep_ == "prep"
                     for o in p.children if o.dep_ == "pobj"]
            found += [[o] for o in below if o.head.lower_ == "to" and o.i not in seen]
            level = below
    return found


def _recipient(group: list[Token]) -> bool:
    head = group[0] if group else None
    return head is not None and (
        head.dep_ == "dative" or (head.dep_ == "pobj" and head.head.lower_ == "to"))


def self_dyad(source: ActorRef, target: ActorRef, code: str = "") -> bool:
    """An actor acting on itself or on its own state ("Syria condemned strikes on Damascus",
    "Poland sent its troops"): not a dyad. Two roles of one country are ("Pakistani police
    arrested Pakistani protesters")."""
    if source.country is None or target.country is None:
        return False  # an actor of unknown country is no one's own side
    if NAMED_BODY in (source.provenance, target.provenance):
        return source.code == target.code  # "the Kenya Bar Association" is not Kenya's state
    if target.role in CHALLENGER_ROLES and source.role not in CHALLENGER_ROLES \
            and not _guessed(target):
        # "Colombia held talks with the ELN", "Spain refused to negotiate with separatists"
        # (but rebels whose country is only the article's guess may be someone else's)
        return False
    if target.provenance in ("place", "land") and source.role in NON_STATE_ROLES:
        return False  # "Somali militants bombed Mogadishu": insurgents against their country
    if target.provenance == "land" and code.startswith(PLACE_STRUCK_CODES):
        # "the army shelled Douma", "the junta blockaded the town of Lashio": force struck a
        # place of its own country in a civil war; the place attacked is the bare country
        return False
    if (source.code == source.country or source.role in SOCIETY_ROLES) \
            and target.role in SOCIETY_ROLES \
            and code.startswith(LOCAL_VICTIM_CODES + POPULATION_CODES + RELEASE_CODES):
        # "China detained Uyghurs", "a mob lynched a man", "lifted the curfew in Amhara",
        # "freed 18 political prisoners": a state coercing its own people or easing what it
        # laid on them, or people attacking people, is a dyad
        return False
    return source.country == target.country and (
        source.code == target.code or source.code == source.country or target.code == target.country
    )


def _conjoined_modifiers(head: Token) -> list[Token]:
    """The modifiers of the noun conjoined with ``head`` ("Eritrean" in "South Sudanese and
    Eritrean refugees")."""
    return [m for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"
            for m in c.children]


def _coordinated_antecedent(pronoun: Token) -> list[Token]:
    """The coordinated subject a plural pronoun refers back to within its sentence."""
    if pronoun.pos_ != "PRON" or pronoun.lower_ not in PLURAL_PRONOUNS:
        return []
    v = view(pronoun.doc)
    for tok in reversed(v.tokens[pronoun.sent.start:pronoun.i]):
        if tok.dep_ in ("nsubj", "nsubjpass") and conjuncts(tok):
            return [tok, *conjuncts(tok)]  # (the repaired parse's: a list read as apposition)
    return []


class ParticipantResolver:
    """Resolves a predicate's source, target, speaker and attribution heads to actors."""

    def __init__(self, finder: PredicateFinder, actors: ActorResolver, places: PlaceResolver) -> None:
        self.finder = finder
        self.actors = actors
        self.places = places
        self._release_demands = {finder.patterns.derive(frame, RELEASE_CODE)
                                 for frame in ("demand", "appeal")} - {None}

    def resolve(self, heads: Sequence[Token], ctx: ActorContext, speaker: ActorRef | None,
                own: str | None = None, place_ok: bool = False, *,
                local: str | None = None, named: bool = False,
                domestic: bool = False) -> list[ActorRef]:
        """Actors for argument heads. ``local`` is the country where the event took place:
        people the sentence names only by what they are ("protesters", "villagers", "police")
        belong there rather than to the article's main country; with ``place_ok`` a target
        may be a place ("shelled Kharkiv") or a civilian site ("bombed a market"). With
        ``named``, a name the tables do not know ("the Pacific Forum", "Ana Ruiz") is kept as
        an actor without a code rather than dropped. With ``domestic`` (a curfew, a state of
        emergency) even a government or army of no stated country is the place's."""
        out: list[ActorRef] = []
        body_start = heads[0].doc.user_data.get(BODY_START, 0) if heads else 0
        for head in heads:
            if head.idx < body_start:
                continue  # "CARACAS, Aug 17 -": a dateline names a place, not an actor
            counted = counted_noun(head)
            counted_people = counted is not head  # "thousands of Georgians": people
            head = counted
            several = self._references(head, ctx, speaker, own)
            if several is not None:
                out.extend(a for a in several if all(a.code != b.code for b in out))
                continue
            actor = self._one(head, ctx, speaker, place_ok or domestic, local)
            if (actor is None or not actor.code) and named \
                    and self.finder.match_noun(head) is None:
                actor = _unresolved_name(head, actor)  # (an event noun is no one's name)
            if actor is None or (not actor.code and actor.provenance != UNRESOLVED):
                continue
            if actor.code == actor.country and head.ent_type_ == "NORP" and (
                    _plural(head) or counted_people) \
                    and not any(c.lower_ == "the" for c in head.children):
                # "thousands of Israelis marched": a people named by its demonym is civilians
                actor = replace(actor, code=f"{actor.country}CVL", role="CVL")
            home = self.actors.minority_home(head, ctx, local) \
                if actor.country and actor.role in MINORITY_ROLES else None
            if home and home != actor.country:
                # "ethnic Albanians demonstrated in Serbia", "the Albanians of southern
                # Serbia", "ethnic Serb rebels in Croatia": a minority is of the country
                # where it lives
                role = actor.role or "CVL"
                actor = replace(actor, code=home + role, country=home, role=role,
                                provenance="minority")
            if actor.code and actor.code == actor.country and actor.provenance == "country" \
                    and head.pos_ == "PROPN":
                # "South Sudanese and Eritrean refugees": a demonym conjoined with a role
                # noun shares its role
                shared = next((self.actors.resolve(c, ctx) for c in head.children
                               if c.dep_ == "conj" and c.pos_ == "NOUN"), None)
                if shared is not None and shared.role and shared.country != actor.country \
                        and any(m.dep_ == "amod" or (  # ("Kyrgyz and Tajik border guards")
                                    m.dep_ == "compound" and self.actors.country_code(m.text))
                                for m in _conjoined_modifiers(head)):
                    actor = replace(actor, code=actor.country + shared.role, role=shared.role)
            for each in self._coordinated(head, actor, ctx):
                if all(_key(a) != _key(each) for a in out):
                    out.append(each)
        return _share_partner_country(_without_fragments(out))

    def _references(self, head: Token, ctx: ActorContext, speaker: ActorRef | None,
                    own: str | None) -> list[ActorRef] | None:
        """Words that stand for actors named elsewhere: "both countries", "they" after a
        coordinated subject, "we" in a quote. None when ``head`` is not one of them."""
        group = self._namesake_countries(head) or self._group_reference(head, own, ctx)
        if group is not None:
            return group  # ("both sides" with no two parties named before: no one)
        body = self._body_reference(head, ctx)
        if body is not None:
            return [body]
        split = self._coordinated_demonyms(head, ctx)
        if split:
            return split
        pair = _coordinated_antecedent(head)
        if pair:
            # "Erdogan and Putin met in Sochi, where they agreed …": they are both
            return self.resolve(pair, ctx, speaker, own)
        if speaker is not None and head.pos_ == "PRON" and head.lower_ in FIRST_PERSON:
            return [replace(speaker, text=head.text, provenance="speaker")]
        return None

    def _coordinated_demonyms(self, head: Token, ctx: ActorContext) -> list[ActorRef]:
        """"The Japanese and South Korean leaders met", "talks between Saudi and Houthi
        delegations": one plural noun under coordinated demonyms is one party of each, with
        the noun's role (a demonym that names a group, "Houthi", is that group)."""
        if head.tag_ not in ("NNS", "NNPS"):
            return []
        firsts = [c for c in head.children if c.dep_ in ("amod", "compound")
                  and any(k.dep_ == "conj" for k in c.children)]
        base = self.actors.resolve(head, ctx) if len(firsts) == 1 else None
        if base is None:
            return []
        out: list[ActorRef] = []
        for mod in (firsts[0], *(k for k in firsts[0].children if k.dep_ == "conj")):
            words = [t for t in mod.children if t.dep_ in ("compound", "amod") and t.i < mod.i] + [mod]
            text = " ".join(t.text for t in words)  # ("South Korean")
            country = self.actors.country_code(text)
            own = self.actors.resolve(mod, ctx) if country is None else None
            if country:
                code = country + (base.role or "")
                out.append(replace(base, text=f"{text} {head.text}", code=code, country=country))
            elif own is not None and own.code and own.role:
                out.append(replace(own, text=f"{text} {head.text}"))
            else:
                return []
        return out if len({a.code for a in out}) > 1 else []

    def _named_by(self, text: str, actor: ActorRef) -> bool:
        """Whether ``text`` is part of the person's name or one of its aliases ("Zelenskiy" is
        Zelensky; "Younis" of "Khan Younis" is not Imran Khan)."""
        if fold(text) in fold(actor.name or ""):
            return True
        return actor.name in self.actors.tables.persons.get(split_name(text)[0], ())

    def _person_called_place(self, head: Token, actor: ActorRef) -> bool:
        """"Blinken met …", "telephoned Sisi": the small model labels some surnames as places.
        The label is wrong when the whole entity is part of the office holder's name and no
        country, capital or demonym is called so."""
        text = entity_text(head)
        return bool(actor.name) and self._named_by(text, actor) \
            and self.actors.country_code(text) is None

    def _one(self, head: Token, ctx: ActorContext, speaker: ActorRef | None, place_ok: bool,
             local: str | None) -> ActorRef | None:
        if head.ent_type_ in NOT_ACTOR_ENTITIES:
            return None  # "from 1 May" is a date, not Ms May
        actor = self.actors.resolve(head, ctx)
        if actor is None and head.dep_ == "compound":
            # "investigate [police] brutality", "[U.S.] sanctions"
            actor = self.actors.role_word(head, ctx) or self._country_modifier(head)
        actor = self._placed(head, ctx, actor)
        actor = self._possessor_first(head, ctx, actor)
        if local is not None and (actor is None or _guessed(actor)):
            actor = self._local(head, ctx, local, victim=place_ok, found=actor) or actor
        if actor is not None and actor.provenance in PERSON_PROVENANCES and (
                (head.ent_type_ in PLACE_ENTITIES and not self._person_called_place(head, actor))
                or (head.pos_ == "PROPN" and actor.name
                    and not self._named_by(head.text, actor)
                    and not self._named_by(_written_name(head), actor))):
            actor = None  # "Khan Younis" is a town, not Mr Khan (but "Vucic" is Vučić)
        if actor is None and head.pos_ == "PRON" and head.lower_ in THING_PRONOUNS:
            actor = self.actors.antecedent(head, ctx)
        if actor is None:
            actor = self._possessed(head, ctx, speaker)  # "his country", "his office"
        if actor is not None and actor.provenance == "place" and place_ok:
            actor = self._place_actor(head, ctx) or actor  # (with the phrase's own country)
        if actor is None and place_ok:
            actor = self._place_actor(head, ctx) or self._owner(head, ctx)
            if actor is not None and actor.code == actor.country and actor.country \
                    and head.lemma_.lower() in CIVILIAN_SITES \
                    and head.lemma_.lower() not in PLACE_NOUNS | SETTLEMENTS:
                # "demolished Palestinian homes": the people whose homes they are
                actor = replace(actor, code=actor.country + "CVL", role="CVL")
        if actor is None and place_ok:
            actor = self._site_owner(head, ctx) or (
                self._site(head, local) if local is not None else None)
        if actor is None and local is not None and head.dep_ == "nsubj" and _bare_count(head):
            # "Thousands marched in Lima": a bare count that acts is a crowd of the place
            actor = ActorRef(text=head.text, name=None, code=f"{local}CVL", country=local,
                             role="CVL", provenance="local")
        if actor is None:
            actor = self._counted(head, ctx, speaker, place_ok, local) or self._people_of(head)
        if actor is None and place_ok:
            actor = self._afflicted(head, ctx, local)
        if actor is None and place_ok and local is None and head.pos_ == "NOUN" \
                and head.tag_ in ("NNS", "NNPS") and lemma_of(head) in PERSON_NOUNS:
            # "arrested three men", "nine suspects": people of no known country are civilians
            # of an unknown one (the place, when the text names one, gives it: _site)
            actor = ActorRef(text=head.text, name=None, code=UNKNOWN_COUNTRY + "CVL",
                             country=None, role="CVL", provenance="role")
        return actor

    def _possessor_first(self, head: Token, ctx: ActorContext,
                         actor: ActorRef | None) -> ActorRef | None:
        """"Blocked Sweden's NATO bid": a thing (no role word) named with both a possessor and
        a name before it belongs to the possessor; the name says what it is about."""
        if actor is None or head.pos_ != "NOUN" or self.actors.noun_role(head) is not None:
            return actor
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None or not any(c.dep_ == "compound" and c.i > owner.i
                                    for c in head.children):
            return actor
        found = self.actors.resolve(owner, ctx)
        return found if found is not None and found.code and found.country != actor.country \
            else actor

    def _placed(self, head: Token, ctx: ActorContext,
                actor: ActorRef | None) -> ActorRef | None:
        """"Opposition leaders in Senegal", "workers at the port of Santos", "students who
        gathered at a university in Dhaka": a place in the phrase's own words gives the
        country of a role word (even a travelling one: "the government in Kabul"), before
        the event's place."""
        if actor is None or not actor.role or not _guessed(actor) or head.pos_ == "PRON":
            return actor
        where = self._phrase_country(head, ctx)
        if not where:
            return actor
        return replace(actor, code=where + actor.role, country=where, provenance="local")

    def _phrase_country(self, head: Token, ctx: ActorContext) -> str | None:
        """The country of a place the phrase of a role word puts it in: "in Senegal", "at
        the port of Santos", "from Chad", its relative clause's ("who gathered in Dhaka"),
        or that of what befell them ("families displaced by fighting in Khartoum")."""
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in _OWN_PLACE_PREPS]
        if met_there(head):
            # "talks with the opposition in Mexico City": a capital is where they meet
            preps = [p for p in preps if p.lower_ != "in" or not any(
                (ref := self.actors.resolve(o, ctx)) is not None and ref.provenance == "capital"
                for o in p.children if o.dep_ == "pobj")]
        if head.lemma_.lower() in VISITING_ROLES:
            # "negotiators in Havana" may be visitors; "negotiators from Bogotá" are not
            preps = [p for p in preps if p.lower_ == "from"]
        preps += [p for r in head.children if r.dep_ == "relcl" for p in r.children
                  if p.dep_ == "prep" and p.lower_ in _OWN_PLACE_PREPS and p.lower_ != "from"]
        objs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        for obj in objs + _befallen_places(head):
            country = self._place_country_of(obj, ctx, 2)
            if country:
                return country
        return None

    def _place_country_of(self, tok: Token, ctx: ActorContext, depth: int) -> str | None:
        """The country of a place word: a named place, or a site ("a university", "the
        port") with the place it is of or in ("of Santos", "in Dhaka", "Dhaka University")."""
        if tok.pos_ == "PROPN" and (tok.ent_type_ in ("GPE", "LOC", "FAC") or (
                not tok.ent_type_ and tok.head.lower_ == "in")):  # (untagged: "in Tigray")
            countries = list(getattr(ctx, "countries", ()) or ())
            # (the whole name, "the Niger Delta"; then the token's own, for "the Port of
            # Santos", one name to the parser, where Santos is the place)
            own = " ".join(t.text for t in tok.subtree if t.i <= tok.i and (
                t is tok or (t.dep_ == "compound" and t.pos_ == "PROPN")))
            for text in (entity_text(tok), own):
                text = text[4:] if text.lower().startswith("the ") else text
                code = self.actors.country_code(text)
                place = None if code else self.places.lookup(text, countries)
                if code or (place is not None and place.country
                            and tok.lemma_.lower() not in PLACE_NOUNS):
                    return code or place.country
        lemma = tok.lemma_.lower()
        if depth <= 0 or not (lemma in PLACE_NOUNS or lemma in CIVILIAN_SITES
                              or (tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "FAC"))):
            return None
        inner = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                 for o in p.children if o.dep_ == "pobj"]
        inner += [c for c in tok.children if c.dep_ in ("compound", "amod")
                  and c.ent_type_ == "GPE"]
        for each in inner:
            country = self._place_country_of(each, ctx, depth - 1)
            if country:
                return country
        return None

    def _country_modifier(self, head: Token) -> ActorRef | None:
        """"[U.S.] sanctions": a country's name that only modifies a noun is the country."""
        code = self.actors.country_code(head.text) \
            if head.pos_ == "PROPN" and head.ent_type_ == "GPE" else None
        if not code:
            return None
        return ActorRef(text=head.text, name=head.text, code=code, country=code, role=None,
                        provenance="country")

    def _afflicted(self, head: Token, ctx: ActorContext, local: str | None) -> ActorRef | None:
        """"flew the injured out of the besieged Syrian town of Madaya", "fed the
        displaced": people named by what befell them are civilians, of the place they are
        taken from or in, else of where the act happened."""
        if not afflicted(head):
            return None
        country = local
        for p in head.children:
            if p.dep_ == "prep" and p.lower_ in ("from", "in", "of"):
                for place in p.children:
                    found = self._place_actor(place, ctx) if place.dep_ == "pobj" else None
                    if found is not None and found.country:
                        country = found.country
        return ActorRef(text=head.text, name=None, code=(country or UNKNOWN_COUNTRY) + "CVL",
                        country=country, role="CVL", provenance="role")

    def _counted(self, head: Token, ctx: ActorContext, speaker: ActorRef | None,
                 place_ok: bool, local: str | None) -> ActorRef | None:
        """"dispersed the protesters and arrested dozens": a bare count taken by a verb
        joined to one whose object names people counts those people."""
        if head.dep_ != "dobj" or not _bare_count(head):
            return None
        for other in _sibling_objects(head):
            actor = self._one(other, ctx, speaker, place_ok, local)
            if actor is not None:
                return actor
        return None

    def _people_of(self, head: Token) -> ActorRef | None:
        """"Algerian landowners", "Egyptian pilgrims": people named by a demonym and a noun
        of no role are that country's civilians."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or not (
                _AGENTIVE.search(head.lower_) or head.lemma_.lower() in PERSON_NOUNS):
            return None  # ("French stocks rallied": things are not people)
        for mod in head.children:
            if mod.dep_ in ("amod", "compound") and mod.ent_type_ == "NORP" \
                    and not self.actors.stance_named(mod.doc, mod.i):  # "pro-Russian politicians"
                country = self.actors.country_code(mod.text)
                if country:
                    return ActorRef(text=f"{mod.text} {head.text}", name=None,
                                    code=country + "CVL", country=country, role="CVL",
                                    provenance="demonym")
        return None

    def _local(self, head: Token, ctx: ActorContext, local: str,
               victim: bool = False, found: ActorRef | None = None) -> ActorRef | None:
        """"Protesters rallied in Amman", "police in Lagos": a role word with no country of
        its own, in a sentence that places the event, is of that place's country — except the
        state's central roles (a government, an army, a parliament), which travel; but the
        unnamed soldiers or officials a located attack strikes ("a bomb hit an army patrol
        near Kandahar") are, absent other evidence, of the place."""
        if head.pos_ == "PRON":
            return None
        # (a role word modifying a noun, "[government] buildings", comes in as ``found``)
        found = self.actors.resolve(head, ctx) or found
        if found is None or not _guessed(found) or not found.role or (
                found.role in TRAVELLING_ROLES and not (victim and found.country is None)
                and not _home_force(head)):
            return None
        return replace(found, code=local + found.role, country=local, provenance="local")

    def _site_owner(self, head: Token, ctx: ActorContext) -> ActorRef | None:
        """"Demolished the homes [of two Palestinians]": the civilians of the country of the
        people a civilian site belongs to, before the country of the place."""
        if head.lemma_.lower() not in CIVILIAN_SITES:
            return None
        for prep, owner in prep_objects(head):
            if prep != "of" or owner.pos_ == "PRON":
                continue
            actor = self.actors.resolve(owner, ctx) or self._people_of(owner)
            if actor is not None and actor.country and not _guessed(actor):
                # (homes are civilian even when their owners took up arms: "the homes of two
                # assailants"; but "the funeral of the former prime minister" is his)
                return replace(actor, code=actor.country + "CVL", role="CVL") \
                    if actor.role in UNARMED_OWNER_ROLES else actor
        return None

    @staticmethod
    def _site(head: Token, local: str) -> ActorRef | None:
        """"Bombed a village", "lynched a man", "shelled the outskirts" in a located act: the
        people of a civilian site or a person of no role, or the country of a settlement the
        sentence does not name."""
        lemma = head.lemma_.lower()
        if lemma in GATHERINGS and not any(c.dep_ in ("compound", "poss")
                                           for c in head.children):
            lemma = "crowd"  # "dispersed a rally": its people (not "opposition rallies")
        if lemma in CIVILIAN_SITES or lemma in PERSON_NOUNS or head.lower_ in PERSON_NOUNS \
                or lemma == "crowd":
            return ActorRef(text=head.text, name=None, code=f"{local}CVL", country=local,
                            role="CVL", provenance="local")
        if lemma in PLACE_NOUNS:
            return ActorRef(text=head.text, name=None, code=local, country=local, role=None,
                            provenance="place")
        return None

    def _homeland(self, head: Token, ctx: ActorContext, speaker: ActorRef | None) -> ActorRef | None:
        """"his country", "our nation": the country of whoever the possessive points to; "the
        Pacific nation of Tuvalu", "the kingdom of Bahrain": the country named."""
        named = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        if named:
            ref = self.actors.resolve(named[0], ctx)
            if ref is not None and ref.country and ref.code == ref.country:
                return replace(ref, provenance="homeland")
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is None:
            return self._the_country(head, ctx, speaker)
        if speaker is not None and owner.lower_ in FIRST_PERSON:
            referent: ActorRef | None = speaker
        else:
            referent = self.actors.resolve(owner, ctx) or self.actors.antecedent(owner, ctx)
        if referent is None or not referent.country:
            return None
        return ActorRef(text=f"{owner.text} {head.text}", name=None, code=referent.country,
                        country=referent.country, role=None, provenance="homeland")

    def _possessed(self, head: Token, ctx: ActorContext,
                   speaker: ActorRef | None) -> ActorRef | None:
        lemma = head.lemma_.lower()
        if lemma in HOMELAND_NOUNS:
            return self._homeland(head, ctx, speaker)
        if lemma in OWNER_OFFICES:
            return self._own_office(head, ctx, speaker)
        return None

    def _own_office(self, head: Token, ctx: ActorContext,
                    speaker: ActorRef | None) -> ActorRef | None:
        """"Ukraine's prosecutor general said [his office] had opened 120,000 cases": an
        office of whoever the personal possessive points to acts as they do."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"
                      and c.lower_ in ("his", "her", "my", "our")), None)
        if owner is None:
            return None
        if speaker is not None and owner.lower_ in FIRST_PERSON:
            referent: ActorRef | None = speaker
        else:
            referent = self.actors.resolve(owner, ctx) or self.actors.antecedent(owner, ctx)
        if referent is None or not referent.code or not referent.country:
            return None
        return replace(referent, text=f"{owner.text} {head.text}", provenance="office")

    @staticmethod
    def _the_country(head: Token, ctx: ActorContext, speaker: ActorRef | None) -> ActorRef | None:
        """"State television said [the country] had tested a missile": "the country" with
        nothing of its own is the speaker's, else the last country named before it."""
        words = [c for c in head.children if c.dep_ != "punct"]
        if len(words) != 1 or words[0].dep_ != "det" or words[0].lower_ != "the":
            return None
        country = speaker.country if speaker is not None else None
        if country is None:
            country = next((code for at, code, _ in reversed(ctx.country_mentions)
                            if at < head.i), None)
        if country is None:
            return None
        return ActorRef(text=f"{words[0].text} {head.text}", name=None, code=country,
                        country=country, role=None, provenance="homeland")

    def _owner(self, head: Token, ctx: ActorContext) -> ActorRef | None:
        """A target named through what it owns: "an inquiry into [Chinese] subsidies",
        "an investigation into [the former president's] campaign financing", "seized land
        [belonging to a businessman]"."""
        owners = [[o] for c in head.children if c.dep_ == "acl" and lemma_of(c) in BELONGING
                  for p, o in prep_objects(c) if p == "to"]
        for group in owners + self.finder.noun_agents(head):
            for owner in group:
                if owner.i == head.i:
                    continue
                if owner.pos_ == "PRON":
                    continue  # "its relations": a possessive pronoun points back at the subject
                actor = self.actors.resolve(owner, ctx)
                if actor is not None and actor.code:
                    return actor
        return None

    def _coordinated(self, head: Token, actor: ActorRef,
                     ctx: ActorContext | None = None) -> list[ActorRef]:
        """"Chinese and Indian ministers", "the leaders of Armenia and Azerbaijan", "envoys
        from Ethiopia and Egypt": one actor per coordinated country, with the role the head
        noun gives; a coordinated group named by its own name keeps its own code ("Israeli
        and Hamas negotiators": ISRGOV and PSEINS)."""
        mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")]
        mods += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from")
                 for o in p.children if o.dep_ == "pobj"]
        for mod in mods:
            others = conjuncts(mod)
            if not others:
                continue
            # ("envoys from Egypt and Saudi Arabia": a conjunct is the last word of its name)
            countries = [self.actors.country_code(t.text) or (
                self.actors.country_code(span.text) if (span := entity_span(t)) is not None
                and span.end - 1 == t.i else None) for t in (mod, *others)]
            if head.pos_ == "PROPN" and None in countries:
                # "North and South Korea", "talks between North and South Sudan": the
                # coordinated words share the name's last word
                shared = [self.actors.country_code(f"{t.text} {head.text}")
                          for t in (mod, *others)]
                if None not in shared and len(set(shared)) == len(shared):
                    return [ActorRef(text=f"{t.text} {head.text}", name=None, code=c, country=c,
                                     role=None, provenance="country")
                            for t, c in zip((mod, *others), shared, strict=True)]
            named = {}
            if ctx is not None and any(countries) and None in countries:
                for t, c in zip((mod, *others), countries, strict=True):
                    group = self.actors.resolve(t, ctx) if c is None else None
                    if group is not None and group.code and group.role and group.country:
                        named[t.i] = group
                if len(named) != countries.count(None):
                    named = {}
            if (None in countries and not named) or len(set(countries)) < 2:
                continue
            if actor.country in countries:
                role = actor.code[3:] if actor.code else ""
            elif any(g.code == actor.code for g in named.values()):
                # "Houthi and Saudi negotiators": the phrase resolved as the group named
                # first; the country's side takes the role the head noun gives a country
                role = self.actors.noun_role(head)
                if role is None:
                    continue
            else:
                continue
            return [named[t.i] if c is None else replace(actor, code=f"{c}{role}", country=c)
                    for t, c in zip((mod, *others), countries, strict=True)]
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
        if name.ent_type_ not in ("GPE", "LOC", "FAC") and (
                name.pos_ != "PROPN" or (_ends_other_name(name) and self.places.lookup(
                    f"{name.doc[name.i - 1].text} {name.text}", []) is None)):
            return None  # ("Lockheed Martin": not the town; "Khan Younis" is a place whole)
        text = entity_text(name)
        country = self.actors.country_code(text)
        if country:  # "the Thai border": a demonym names its country, not a town called Thai
            return ActorRef(text=text, name=text, code=country, country=country, role=None,
                            provenance="place")
        # "the town of Madaya in Syria", "Madaya, Syria", "the Syrian town of Madaya": the
        # country the phrase names settles which Madaya
        qualifiers = [o for t in {head, name} for p in t.children
                      if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
                      if o.dep_ == "pobj"]
        qualifiers += [c for t in {head, name} for c in t.children
                       if c.dep_ in ("appos", "amod", "compound") and c is not name]
        hints = [c for c in (self.actors.country_code(q.text) for q in qualifiers) if c]
        place = self.places.lookup(text, hints + list(getattr(ctx, "countries", ()) or ()))
        if hints and (place is None or place.country not in hints):
            # the text says where it is; a namesake elsewhere in the gazetteer is not it
            return ActorRef(text=text, name=text, code=hints[0], country=hints[0], role=None,
                            provenance="place")
        if place is None or not place.country:
            return None
        return ActorRef(text=text, name=place.name, code=place.country, country=place.country,
                        role=None, provenance="place")

    def _namesake_countries(self, head: Token) -> list[ActorRef] | None:
        """"The two Koreas", "both Sudans": a country's name made plural with "two" or
        "both" is the two countries whose names end in it (North and South Korea)."""
        if head.pos_ != "PROPN" or not head.text.endswith("s") \
                or not any(c.lower_ in ("both", "two") for c in head.children):
            return None
        stem = " " + fold(head.text[:-1])
        codes = sorted({code for name, code in self.actors.tables.country_names.items()
                        if name.endswith(stem)})
        if len(codes) != 2:
            return None
        return [ActorRef(text=head.text, name=None, code=c, country=c, role=None,
                         provenance="group") for c in codes]

    @staticmethod
    def _group_reference(head: Token, own: str | None,
                         ctx: ActorContext) -> list[ActorRef] | None:
        """"both countries" / "the two sides" → the last two countries named before it,
        other than ``own`` (the country of the event's source)."""
        # "Wang hosted Wong in Beijing, and the two agreed …": a bare "the two" standing as
        # a subject, with no noun, is the two parties named before, as "the two leaders"
        bare = head.lower_ == "two" and head.dep_ in ("nsubj", "nsubjpass") \
            and any(c.lower_ == "the" for c in head.children) \
            and not any(c.dep_ == "prep" for c in head.children)
        if head.lemma_.lower() not in GROUP_NOUNS and not bare:
            return None
        plural = head.tag_ in ("NNS", "NNPS")
        # "both sides", "the two countries"; "either side", "neither party", "each country"
        words = ("both", "two") if plural else ("either", "neither", "each")
        if not bare and not any(c.lower_ in words for c in head.children):
            return None
        if bare or head.lemma_.lower() in PERSON_GROUP_NOUNS:
            # "Macron met Scholz …. The two leaders agreed …": the last two people named
            people: list[ActorRef] = []
            for at, ref in reversed(ctx.mentions):
                if at < head.i and ref.code and ref.country not in {p.country for p in people}:
                    people.append(ref)
                if len(people) == 2:
                    return [replace(p, text=head.text, provenance="group") for p in people]
        found: list[str] = []
        for at, code, _ in reversed(ctx.country_mentions):
            if at >= head.i:
                continue
            if code != own and code not in found:
                found.append(code)
            if len(found) == 2:
                break
        if len(found) < 2:
            return []
        return [ActorRef(text=head.text, name=None, code=c, country=c, role=None,
                         provenance="group") for c in found]

    def _body_reference(self, head: Token, ctx: ActorContext) -> ActorRef | None:
        """"The EU's chief said the bloc stood ready", "NATO met …, where the alliance
        pledged …": a bare "the bloc" or "the alliance" is the international organisation
        named last before it (within a few sentences)."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in BODY_ANAPHORS \
                and self.actors.noun_role(head) is not None:
            # "the alliance's chief warned", "the bloc's envoy said": the organisation speaks
            body = self._body_reference(owner, ctx)
            return replace(body, text=f"{owner.text}'s {head.text}") if body else None
        group = head.lower_ in GROUP_ANAPHORS  # ("a Taliban spokesman said the group …")
        if (head.lower_ not in BODY_ANAPHORS and not group) or head.tag_ not in ("NN", "NNP") \
                or any(c.dep_ in ("amod", "compound", "poss", "nmod") or (group and c.dep_ == "prep")
                       for c in head.children if not _describing(c, group)) \
                or not any(c.lower_ == "the" for c in head.children):
            return None
        doc = head.doc
        for tok in reversed(doc[max(0, head.i - 80):head.i]):
            if tok.pos_ != "PROPN" or tok.ent_type_ in PLACE_ENTITIES:
                continue  # ("met in Brussels, where the alliance …": a seat is no antecedent)
            found = self.actors.resolve(tok, ctx)
            if found is None or not found.code:
                continue
            if (not group and found.code[:3] == "IGO") or (group and (
                    found.code[:3] in NON_STATE_PREFIXES or found.role in GROUP_ANAPHOR_ROLES
                    or found.provenance == "group")):
                # (a group that now rules, "the Taliban" after August 2021, is still "the group")
                return replace(found, text=head.text, provenance="body")
        return None

    def attribution(self, pred: Predicate, ctx: ActorContext) -> ActorRef | None:
        if pred.attributor is None:
            return None
        found = self.resolve(self.finder.speaker_heads(pred.attributor)[:1], ctx, None)
        return found[0] if found else None

    def speaker(self, pred: Predicate, ctx: ActorContext) -> ActorRef | None:
        found = self.speakers(pred, ctx)
        return found[0] if found else None

    def speakers(self, pred: Predicate, ctx: ActorContext) -> list[ActorRef]:
        """Who reports the predicate: all of a coordinated subject ("Mali, Niger and Burkina
        Faso announced …"), the first of them being the speaker of record."""
        if pred.speaker is None:
            return []
        heads = self.finder.speaker_heads(pred.speaker)
        if not heads and pred.speaker.pos_ in VERB_POS:
            # "he stressed … and pointed out that …": a coordinated report shares its speaker
            outer = self.finder.reporting_verb(pred.speaker)
            heads = self.finder.subjects(outer)[0] if outer is not None else []
        return self.resolve(heads, ctx, None)

    def speaker_as_subject(self, pred: Predicate, ctx: ActorContext) -> list[ActorRef]:
        """"The rebels said they were open to talks", "Iran said it would retaliate": a
        "they" or "it" that is the subject of what is reported is the speaker, when they
        agree (a plural or a group for "they", a state or organisation for "it")."""
        if pred.speaker is None or len(pred.sources) != 1:
            return []
        pronoun = pred.sources[0]
        if pronoun.pos_ != "PRON" or pronoun.lower_ not in ("they", "it"):
            return []
        if pronoun.head.dep_ == "relcl":
            return []  # "shot villagers they accused of …": told of the act's own agents
        if pred.speaker.pos_ in NOUN_POS and pred.speaker.lemma_.lower() in CHARGE_NOUNS:
            # "Moscow rejected accusations by Kyiv that it had shelled the plant": no one
            # accuses itself; "it" is the one who answers the charge, the subject of the verb
            # that takes it (none: the pronoun is resolved as any other)
            answering = pred.speaker.head if pred.speaker.dep_ in ("dobj", "pobj") else None
            while answering is not None and answering.dep_ == "prep":
                answering = answering.head  # ("responded to allegations …")
            heads = self.finder.subjects(answering)[0] if answering is not None \
                and answering.pos_ in VERB_POS else []
            return [replace(a, text=pronoun.text, provenance="speaker")
                    for a in self.resolve(heads, ctx, None) if a.code]
        heads = self.finder.speaker_heads(pred.speaker)
        if not heads:
            return []
        head = heads[0]
        if pronoun.lower_ == "they":
            agrees = len(heads) > 1 or head.tag_ in ("NNS", "NNPS") or head.ent_type_ == "ORG"
        else:
            agrees = head.tag_ in ("NN", "NNP") and head.ent_type_ != "PERSON"
        found = [a for a in self.resolve(heads, ctx, None) if a.code]
        if not agrees and pronoun.lower_ == "they":
            # "the Houthis said they had shot down …", "the Taliban said they …": a group
            # the tables know is a plural, whatever the parser tagged its name
            agrees = any(a.provenance in GROUP_PROVENANCES for a in found)
        if not agrees:
            return []
        return [replace(a, text=pronoun.text, provenance="speaker") for a in found]

    def _matter_options(self, pred: Predicate, options: list[list[Token]]) -> list[list[Token]]:
        """Target options read inside what the act is about."""
        if pred.code in self._release_demands:
            # "demanded the release of the activists": who is to be freed is not whom the
            # demand is made of, but whoever holds them ("held by Hamas", "held in Iran")
            options = [h for g in options
                       for h in (holders(g[0]) if g and released_party(g[0]) else [g])]
        if pred.code.startswith(MATTER_PLACE_CODES):
            # "opened an investigation into crimes in Venezuela", "to ban cameras made in
            # China": where the matter happened or was made, after every nearer party
            options = options + [with_conjuncts([o]) for g in options for t in g
                                 for m in (t, *[c for c in t.children if c.dep_ == "acl"
                                                and lemma_of(c) in ORIGIN_PARTICIPLES])
                                 for p, o in prep_objects(m) if p == "in" and o.pos_ in NOUN_POS]
        return options

    def targets(self, pred: Predicate, ctx: ActorContext, speaker: ActorRef | None,
                side: ActorRef | None, *, local: str | None = None) -> list[ActorRef]:
        own = side.country if side else None
        if local is None and side is not None and (side.role in NON_STATE_ROLES | {"CVL"} or (
                side.country and side.country.isalpha() and len(side.country) == 3
                and side.country not in ("IGO", "NGO", "IMG", "MNC")
                and pred.code.startswith(OWN_PEOPLE_CODES))):
            # "the RSF killed 800 people": an armed group's unnamed victims are of its country;
            # "the junta threatened to arrest anyone who joined the strike": so are the people
            # a state threatens or coerces
            local = side.country
        fallback: list[ActorRef] = []
        guessed: list[ActorRef] = []
        venues = pred.code.startswith(RECIPROCAL_CODES) and not pred.code.startswith("19")
        options = pred.target_options
        if venues:
            # "Armenia and Azerbaijan resumed talks on a Russian withdrawal": what parties
            # talk or agree about is no party to it
            # (but "an agreement on cooperation [with the US]" names the partner)
            talks = pred.words if pred.kind == "light" else [pred.trigger]
            topic_preps = [p for w in talks for n in (w, *children_of(w, ("dobj",)))
                           for p in n.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS]
            # ("handed over evidence on the crash [to the ICC]": a transfer's recipient the
            # parser hung inside the topic is a partner too)
            partner_preps = ("with", "between", "to") if pred.code.startswith(TRANSFER_CODES) \
                else ("with", "between")
            partners = {t.i for p in topic_preps for q in p.subtree if q.dep_ == "prep"
                        and q.lower_ in partner_preps for t in q.subtree}
            topics = {t.i for p in topic_preps for t in p.subtree} - partners
            options = [g for g in options if not any(t.i in topics for t in g)]
        if pred.code.startswith(TRANSFER_CODES):
            # "handed over two commanders to Pakistan", "gave Kenya 40 vehicles": in a
            # transfer the recipient is the target, not what changes hands
            options = sorted(options + _buried_recipients(pred, options),
                             key=lambda g: not _recipient(g))
        options = self._matter_options(pred, options)
        if pred.code.startswith(JUDGEMENT_CODES):
            # "criticised the bankers for their loans to Russia", "praised the Baltic states
            # for their support of Ukraine": the deed a judgement is for is no party to it;
            # who is judged is its object, or no one the sentence names
            reason = _reason_of_judgement(pred.trigger)
            options = [g for g in options if not any(t.i in reason for t in g)]
        inside = _inside_trigger(pred)
        for group in options:
            found = self.resolve(group, ctx, speaker, own, place_ok=True,
                                 local=local if pred.code.startswith(
                                     LOCAL_VICTIM_CODES + OWN_PEOPLE_CODES + LOCAL_PROTEST_CODES)
                                 else None)
            if group and group[0].dep_ in OBJECT_DEPS:
                # "recognised the State of Palestine", "shelled Kharkiv": a land named as the
                # object stands for its state, it is not where the act happened
                found = [replace(t, provenance="land") if t.provenance == "place" else t
                         for t in found]
            if pred.code[:2] != "04" and group and group[0].dep_ == "pobj" \
                    and group[0].head.lower_ in PLACE_PREPOSITIONS:
                # "clashed in Khartoum": a capital after "in" is where, not who (a visit to a
                # capital is a visit to its government, 04x)
                found = [replace(t, code=t.country, role=None, provenance="place")
                         if t.provenance == "capital" and t.country else t for t in found]
            border = group[0].head if group and group[0].dep_ in ("amod", "compound") \
                else group[0] if group else None
            if border is not None and border.dep_ == "pobj" and (
                    border.head.lower_ in BORDER_PREPS or lemma_of(border.head.head) == "close") \
                    and lemma_of(border) in BORDER_NOUNS:
                # "captured a stronghold near the Turkish border": where, not whom
                found = [replace(t, provenance="place") for t in found]
            if venues and group and group[0].dep_ == "pobj" \
                    and group[0].head.lower_ in VENUE_PREPOSITIONS:
                # "signed a declaration at the White House": where the parties met
                found = [replace(t, provenance="venue") if t.provenance != "place" else t
                         for t in found]
            # "Japan halted aid to the junta", "Jordan rejected the rebels' demands": a role
            # word whose country was only guessed from the source's own country is not the
            # source's own side (for acts done to others or said of them): if nothing better is
            # found, it is of unknown country ("sent troops to the border with Belarus" finds
            # better)
            # ("pounded the town with artillery", "launched a drone attack": what it was done
            # with is no one)
            instrument = bool(group) and (group[0].i in inside or (
                group[0].dep_ == "pobj" and group[0].head.lower_ == "with"))
            fallback = fallback or [_unguessed(t) for t in found if side is not None
                                    and not instrument
                                    and t.provenance == "context" and t.role in FOREIGN_ROLES
                                    and pred.code.startswith(RECIPIENT_CODES + SPEECH_CODES)
                                    and self_dyad(side, t, pred.code)]
            if pred.code.startswith(DEPLOYED_CODES) and group and _moved_object(group[0]) \
                    and found and all(t.role in FORCE_ROLES for t in found):
                continue  # "deployed troops to the north": the forces shown, not a target
            found = [t for t in found if side is None or not self_dyad(side, t, pred.code)]
            if found and group is pred.addressed:
                return found  # "asked the president to …": whom it was asked of
            if found and all(_guessed(t) for t in found):
                # "shared intelligence with Iraq": a role word whose country is only guessed
                # from the article gives way to an actor the sentence names (not to a place)
                guessed = guessed or found
                continue
            if found and guessed and all(t.provenance in ("place", "capital", "venue")
                                         for t in found):
                return guessed
            if found:
                return found
        return guessed or fallback


def _reason_of_judgement(verb: Token) -> set[int]:
    """The words of the "for"/"of" phrase of a verb that also has a direct object ("praised
    Kenya [for its help]", "accused Moscow [of meddling]"), as indexes."""
    if not children_of(verb, ("dobj",)):
        return set()
    return {t.i for p in children_of(verb, ("prep",)) if p.lower_ in ("for", "of")
            for t in p.subtree}


def _home_force(head: Token) -> bool:
    """"Government forces dropped barrel bombs on Aleppo": armed forces named as the
    government's (word class ``home_force``), with no country of their own, serve at home."""
    return head.lemma_.lower() in FORCE_UNITS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in HOME_FORCE_WORDS
        for c in head.children)


def _befallen_places(head: Token) -> list[Token]:
    """The objects of the place phrases of the participle that tells what befell people
    ("displaced [in X]", "displaced [from their homes in X]", "displaced by [fighting in
    X]"), nearest first."""
    out: list[Token] = []
    for acl in head.children:
        if acl.dep_ != "acl" or acl.lower_ not in AFFLICTED:
            continue
        for p in acl.children:
            objs = [o for o in p.children if o.dep_ == "pobj"]
            if p.dep_ == "prep" and p.lower_ in ("in", "from", "at"):
                out += objs
            elif p.dep_ == "agent":
                out += [o for obj in objs for q in obj.children
                        if q.dep_ == "prep" and q.lower_ == "in"
                        for o in q.children if o.dep_ == "pobj"]
    return out


def _moved_object(head: Token) -> bool:
    """The object of the act, or what its "of"-phrases count or measure: "deployed [troops]",
    "called up thousands of [reserve] troops", "built up a force of 100,000 [troops]"."""
    if head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN":
        head = head.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.dep_ == "prep":
        head = head.head.head
    return head.dep_ in OBJECT_DEPS


def _plural(head: Token) -> bool:
    """"Tens of thousands of Georgians rallied": a plural demonym, even when the tagger calls
    it a singular proper noun (NNP); "Swiss" ends in "ss" and is no plural."""
    return head.tag_ in ("NNPS", "NNS") or (
        head.tag_ == "NNP" and head.lower_.endswith("s") and not head.lower_.endswith("ss"))


def _sibling_objects(head: Token) -> list[Token]:
    """The objects of the verbs coordinated with the verb whose object ``head`` is."""
    verb = head.head
    verbs = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    return [o for v in verbs for o in v.children if o.dep_ == "dobj" and o.i != head.i
            and not _bare_count(o)]


def _bare_count(head: Token) -> bool:
    """"Thousands marched": a plural counting noun with no of-complement (people counted)."""
    return head.tag_ == "NNS" and head.lemma_.lower() in COUNTING_NOUNS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in head.children)


def _ends_other_name(name: Token) -> bool:
    """"sanctioned Lockheed Martin": a word that is also a place's name ("Martin", a Slovak
    town), ending a longer proper name the parser does not call a place, is that other name's
    (a firm's, a person's), not the place."""
    before = name.doc[name.i - 1] if name.i > 0 else None
    return before is not None and name_word_before(before, name.i) \
        and before.ent_type_ not in ("GPE", "LOC", "FAC")
