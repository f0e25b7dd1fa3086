"""From a parsed Doc to event mentions: predicates, actors, reported speech, dates, places.

:class:`EventEngine` is the one place where the knowledge modules meet. For each sentence it
asks :class:`~eventcoder.code.predicates.PredicateFinder` for predicates, has
:class:`~eventcoder.code.participants.ParticipantResolver` resolve their argument heads to
actors, applies the rules of reported speech, dates and places each event, and builds
:class:`~eventcoder.records.Mention` records with a confidence.

Reported speech (a careful coder's rules, tested in ``tests/code/test_mechanisms.py``):

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
import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from eventcoder.casing import ORIGINAL_TEXT
from eventcoder.code._actor_context import NAMED_BODY
from eventcoder.code._actor_tables import UNKNOWN_COUNTRY, Tables
from eventcoder.code._parse import kids, release, span_text, view
from eventcoder.code.actors import ActorContext, ActorResolver
from eventcoder.code.arguments import VERB_POS, counted_none, excluded, lemma_of, prep_objects
from eventcoder.code.datelines import parse_dateline
from eventcoder.code.dates import DateResolution, is_background, resolve_event_date
from eventcoder.code.lexicon import word_class
from eventcoder.code.nominal import CLAIM_VERBS, REJECT_ROOT, existential, undergone_noun
from eventcoder.code.participants import (
    BODY_START,
    RECIPROCAL_CODES,
    SOCIETY_ROLES,
    UNRESOLVED,
    ParticipantResolver,
    self_dyad,
)
from eventcoder.code.patterns import PatternTable
from eventcoder.code.places import PlaceResolver
from eventcoder.code.predicates import (
    DEMONSTRATE_ROOT,
    Predicate,
    PredicateFinder,
    protective_purpose,
)
from eventcoder.code.refinements import refinable_codes, refine_by_role
from eventcoder.code.unresolved import UNRESOLVED_KEY, UnresolvedCollector
from eventcoder.ontology import Ontology, family
from eventcoder.records import ActorRef, Mention, Place, UnresolvedPhrase

__all__ = ["EventEngine"]

# Roles of the state: a state that "protests" complains officially (114), it does not march (14x).
STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
CONTESTING_ROLES = frozenset({"REB", "INS", "OPP", "SEP"})  # a state's foes at home
REPORTING_AUTHORITIES = frozenset({"COP", "JUD"})  # who tell crimes as news
WITNESS_ROLES = frozenset({"CVL", "REF"})  # whose telling of what they saw is testimony
COERCE_ROOT = "17"
COUP_WORDS = word_class("coup")  # "seized power", "staged a coup": against a government
LAID_ON_PEOPLE = ("1723", "1724")  # curfews, states of emergency imposed (not lifted, 08x)
MEDIA_ROLE = "MED"
# Roles that make an act political news even when the text gives no country ("---COP").
POLITICAL_ROLES = STATE_ROLES | {"REB", "INS", "OPP", "SEP", "PTY", "ELI", "LAB", "EDU", "MED",
                                  "NGO", "REL", "REF", "AGR", "HLH", "CRM", "UAF"}
# Armed men of no state who act where they live (their victims' country, absent better).
LOCAL_ARMED_ROLES = frozenset({"INS", "CRM", "UAF"})
# Code families (data/code_families.tsv) the rules below test.
VIOLENT_OR_COERCIVE = family("local_victims")
CENTRAL_STATE = word_class("central_state")
VIOLENT = family("violent")
OBSERVER_PREFIXES = ("IGO", "NGO")  # bodies whose report of violence is a finding, not a charge
DONE_BY_TELLER = family("done_by_teller")  # "… were arrested, police said": the police did
IMPLIED_AGENT_ROLES = frozenset({"COP", "MIL", "JUD", "GOV", "SPY"})
# ("…, their lawyers said": the detainees' own side, not the authority that held them)
PERSONAL_POSSESSIVES = frozenset({"their", "his", "her", "its", "our", "my"})
UNANCHORED = family("unanchored")  # news whoever does them: protests and violence
REFUSALS = family("refusal")
ANNOUNCED = family("announced")  # announced by their author: intents or threats
# Frames whose code is an act of its own, which announced is an intent or threat like any act
# ("Russia said it would stop attacking the terminals": 087 announced, 0356)
ANNOUNCED_FRAMES = frozenset({"halt"})
POPULATION = family("population")  # curfews, states of emergency: laid on a place's people
DEPLOYMENT_CODES = family("deployment")  # sent to protect another country: protection (074)
PROTECTION_CODE = "074"  # provide military protection or peacekeeping
ARRIVAL_CODES = family("visit")  # forces that "arrived in" a country to protect it protect it
ARMED_ROLES = frozenset({"MIL", "COP"})
# An attack's victims settle its root: armed men of no state who attack or kill soldiers fight
# (19), and armed men who attack people of no armed role assault them (18).
IRREGULAR_ARMED_ROLES = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})
PLACE_PROVENANCES = frozenset({"place", "land"})  # an actor that is a place named
HOME_GROUND = family("home_ground")  # threats, coercion, force: irregulars fight at home
UNARMED_ROLES = frozenset({"CVL", "MED", "NGO", "REL", "EDU", "HLH", "BUS", "REF", "LAB", "AGR"})
KILLING = "1823"  # (not a bombing, abduction or assassination)
PLAIN_ASSAULT = "180"
PLAIN_FORCE = "190"
PLACE_AFFECTED = family("place_affected")  # aid, withdrawals, force: done to where they happen
PEOPLE_OF_PLACE = family("people_of_place")  # aid and its cuts: for the place's people
STATE_DEFIED = family("state_defied")  # "protesters defied a ban": their government's
DENIALS = family("denial")  # denials, which answer an accusation
ACCUSATIONS = family("accusation")  # what a denial answers
REFERRING_PRONOUNS = frozenset({"it", "this"})  # "condemned it": the act told before
ANSWER_WORDS = word_class("answer")  # "vowed to retaliate": against whoever acted first
EXCHANGE_VERBS = word_class("exchange")  # "X and Y traded accusations": each to the other
ACCUSING_WORDS = word_class("accusing")  # "accusations that …": the content is a charge
DISAPPROVING_WORDS = word_class("disapproving")  # "signed an illegal deal": told as a wrong
MUTUAL_WORDS = word_class("mutual")  # "accused each other", "blamed one another"
OCCURRENCE_VERBS = word_class("occurrence")  # "protests broke out": happened, no one named
PROVOKE_VERBS = word_class("provoke")  # "the arrest sparked protests": happened, no one named
SYMMETRIC_ACTS = word_class("symmetric")  # "clashed with": both sides did it
DONE_BOTH_WAYS = SYMMETRIC_ACTS | EXCHANGE_VERBS  # ("exchanged fire with": each way too)
DONE_MODALITIES = frozenset({"asserted", "report"})  # an act done, not meant or refused
AGENTLESS = family("agentless")  # "was sentenced to ten years": a court did it
CLAIMED = family("claimed")  # a claim of responsibility a third party tells is its charge
SPEAKER_OWNS = family("speaker_owns")  # verbal acts a same-side speaker tells are its own
VOICED_ATTITUDE = family("voiced_attitude")  # "said there was little hope of …": the speaker's
OFFICIAL_COMPLAINT = "114"
DEEDS_OF_PROTEST = frozenset({"144", "145"})  # obstruction and riot: deeds, not words
# demonstrations, hunger strikes and strikes someone stages ("lawyers staged a sit-in"): the
# stagers protest, whoever they are; only a protest of words ("a letter of protest") can be
# an official one
STAGED_PROTESTS = frozenset({"141", "142", "143"})
NATURAL_CAUSES = word_class("natural_cause")
NARRATIVE_WORKS = word_class("narrative_work")
PUNDITS = word_class("pundit")
BURSTS = word_class("burst")  # "a gas explosion", "a boiler blast": with a mishap source
MISHAP_SOURCES = word_class("mishap_source")
MUNITIONS = word_class("munition")  # "shells landed in a border town": no visitor
_OWNERLESS = frozenset({"role", "local", "clause", "context"})  # a country the phrase lacks
MISHAP_VERBS = word_class("mishap")
COUNTING_NOUNS = word_class("quantity")
REPRESSION = family("repression")  # violent repression: of a state's forces on its own people
SESSION_VERBS = word_class("session")
RITES = word_class("rite")
PROTEST_PURPOSES = word_class("protest_purpose")
RECALL_VERBS = word_class("recall")  # "Chile and Colombia recalled their ambassadors"
ENVOY_RECALL_ROOT = "16"  # "gathered for the anniversary of the genocide": no protest
MASS_KILLING_TOLL = 100
MASS_EXPULSION_TOLL = 1000  # ("expelled hundreds of migrants" stays 174)
ASSASSINATION = "186"
EXPULSION = "174"
MASS_EXPULSION = "201"
ATTEMPTED_ASSASSINATION = "185"
ATTEMPT_VERBS = frozenset({"try", "attempt", "seek"})
INTERNATIONAL = frozenset({"IGO", "NGO", "IMG", "MNC"})
ACCUSE_CODE = "112"
PLAIN_COMMENT = "010"
CLAIM_CODE = "015"
DENY_CODE = "016"
CONFLICT_QUADS = frozenset({3, 4})


def _act_referred(draft: _Draft, earlier: list[_Draft]) -> _Draft:
    """"Russia shelled Kyiv, and Germany condemned [it]": an untargeted act whose object is
    "it" or "this" is done to the author of the act told before it in the sentence."""
    pred = draft.pred
    if draft.target is not None or draft.source is None or not pred.target_options:
        return draft
    group = pred.target_options[0]
    if len(group) != 1 or group[0].pos_ != "PRON" or group[0].lower_ not in REFERRING_PRONOUNS \
            or group[0].dep_ != "dobj":
        return draft
    pronoun = group[0]
    before = [d for d in earlier if d.source is not None and d.pred.trigger.i < pronoun.i
              and d.pred.trigger.doc is pronoun.doc and d.source.code != draft.source.code]
    if not before:
        return draft
    act = max(before, key=lambda d: d.pred.trigger.i)
    return replace(draft, target=replace(act.source, text=pronoun.text, provenance="act"))


def _act_answered(draft: _Draft, earlier: list[_Draft]) -> _Draft:
    """"Moldova expelled a Russian diplomat, and Moscow vowed to retaliate": an answer in kind
    (word class ``answer``) that names no one is aimed at the author of the act the sentence
    told before it against the answering side's country."""
    pred = draft.pred
    if draft.target is not None or draft.source is None or not draft.source.country:
        return draft
    words = [*pred.words, *(c for w in pred.words for c in kids(w) if c.dep_ in ("dobj", "xcomp"))]
    if not any(lemma_of(w) in ANSWER_WORDS for w in words):
        return draft
    country = draft.source.country
    before = [d for d in earlier if d.source is not None and d.target is not None
              and d.pred.trigger.i < pred.trigger.i and d.pred.trigger.doc is pred.trigger.doc
              and d.target.country == country and d.source.country
              and d.source.country != country]
    if not before:
        return draft
    act = max(before, key=lambda d: d.pred.trigger.i)
    return replace(draft, target=replace(act.source, provenance="act"))


@dataclass(slots=True)
class _Draft:
    """A predicate with its actors resolved, before it becomes a Mention."""

    pred: Predicate
    code: str
    source: ActorRef | None
    target: ActorRef | None
    attributed_to: ActorRef | None = None
    reported: bool = False
    denial: bool = False  # a negated act told by its own side: an asserted denial (016)
    announced: bool = False  # an act its author says it will do: an intent or threat (03x/13x)
    refused: bool = False  # an act its author says it will not do: a refusal (12x, 011)
    explicit_source: bool = False  # the text names a subject (resolved or not)
    unasserted: bool = False  # "must"/"should" with no one requiring it: not an act
    obliged: bool = False  # what a third party says another must do: its demand (10x, 02x)
    joint: bool = False  # one side of an act two conjoined parties do to each other


def _by_victims(pred: Predicate, code: str, source: ActorRef | None,
                target: ActorRef | None, by_event: bool = False) -> str:
    """"The Taliban said they had killed five soldiers", "rebels killed nine soldiers in an
    attack on a base": rebels, insurgents or militant groups who kill soldiers fight them (190,
    as an army that kills fighters does); "gunmen stormed the offices of a weekly", "an attack
    killed 14 worshippers at a mosque": an attack by irregular armed men on people of no armed
    role is an assault (180), not conventional force. (Only the verb "kill" and
    a killer who is the subject: "militants beheaded three soldiers" stays an atrocity, and
    "a bombing claimed by al-Shabaab killed six soldiers" stays the bombing's toll.)"""
    if source is None or target is None or not (
            source.role in IRREGULAR_ARMED_ROLES or source.country == "IMG"):
        return code  # (IMG: militant groups of no one country, "Islamic State")
    if code == KILLING and target.role == "MIL" and source.role in CONTESTING_ROLES \
            and not by_event and lemma_of(pred.trigger) == "kill":
        return PLAIN_FORCE
    if code == PLAIN_FORCE and target.role in UNARMED_ROLES:
        return PLAIN_ASSAULT
    return code


def _protection(pred: Predicate, source: ActorRef | None, target: ActorRef | None,
                code: str) -> str:
    """"Rwandan troops were deployed to Mozambique to protect the gas fields": forces one
    country sends to another to protect it provide protection (074), not a show of force."""
    if source is None or target is None or not (
            source.country and target.country and source.country != target.country):
        return code
    # ("Bangladeshi peacekeepers arrived in the Central African Republic to protect civilians":
    # forces arriving abroad for that purpose come to protect, they are not visitors)
    arrived = code.startswith(ARRIVAL_CODES) and source.role in ARMED_ROLES
    if (code.startswith(DEPLOYMENT_CODES) or arrived) and protective_purpose(pred.trigger):
        return PROTECTION_CODE
    return code


def _refined(pred: Predicate, source: ActorRef | None) -> str:
    """Codes the words leave open but the actor or the toll settles:
    a state that "protests" complains officially (114), it does not march (14x);
    police or prosecutors investigate crime (091); a killing of hundreds is a mass killing (202);
    and the role refinements of ``data/refinements.tsv`` (an army on alert is 152, police 151).
    """
    code = pred.code
    by_role = code
    # (an international NGO acts in its prefix's role, whatever body it is: "Oxfam withdrew
    # from Goma" is an NGO's act, as a local NGO's would be)
    role = None if source is None else (
        "NGO" if (source.code or "").startswith("NGO") else source.role)
    if role and code in refinable_codes():
        words = {w.lemma_.lower() for w in pred.words}
        words |= {o.lemma_.lower() for w in pred.words for o in w.children if o.dep_ == "dobj"}
        by_role = refine_by_role(code, words, role)
    if by_role != code and code[:2] == DEMONSTRATE_ROOT:
        return by_role  # ("ministers gathered in Nairobi": officials meet, 040)
    if source is not None and code[:2] == DEMONSTRATE_ROOT and code[:3] not in DEEDS_OF_PROTEST \
            and not (pred.kind in ("light", "noun") and code[:3] in STAGED_PROTESTS
                     and lemma_of(pred.trigger) not in ("protest", "complaint")) \
            and not _crowd(pred) \
            and (source.role in STATE_ROLES or (source.country and source.code == source.country)
                 or source.country == "IGO"):  # (an international body complains officially)
        return OFFICIAL_COMPLAINT  # (a navy that blockades a port does not complain: 144 -> 191)
    if source is not None and code == "090" and source.role in ("COP", "JUD"):
        return "091"
    if code == "1823" and _toll(pred) >= MASS_KILLING_TOLL:
        return "202"
    if code == EXPULSION and _toll(pred) >= MASS_EXPULSION_TOLL:
        return MASS_EXPULSION  # "expelled thousands of migrants": a mass expulsion
    if code == ASSASSINATION and _attempted(pred):
        return ATTEMPTED_ASSASSINATION  # "tried to kill the prime minister"
    return by_role


def _takes_rule(pred: Predicate) -> bool:
    """"Seized power", "staged a coup": the act or its object is a word of taking a state's
    rule (word class ``coup``)."""
    return any(lemma_of(w) in COUP_WORDS or any(
        c.dep_ == "dobj" and lemma_of(c) in COUP_WORDS for c in kids(w)) for w in pred.words)


def _crowd(pred: Predicate) -> bool:
    """"Hundreds of lawyers marched …", "200 police officers rallied …": people counted as a
    crowd demonstrate, whatever their trade; a state complains as one body."""
    return any(h.lemma_.lower() in COUNTING_NOUNS or any(
        c.dep_ == "nummod" or (c.dep_ == "amod" and c.lemma_.lower() in COUNTING_NOUNS)
        for c in kids(h)) for h in pred.sources)


def _attempted(pred: Predicate) -> bool:
    trigger = pred.trigger
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in ATTEMPT_VERBS


def _toll(pred: Predicate) -> int:
    """How many victims the sentence counts ("killed 300 villagers", "hundreds of civilians")."""
    best = 0
    for head in (t for group in pred.target_options[:1] for t in group):
        for tok in (head, *head.children):
            if tok.lower_ in ("hundreds", "thousands", "millions"):
                best = max(best, {"hundreds": 200, "thousands": 2000}.get(tok.lower_, 2000000))
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


def _is_nature(word: Token) -> bool:
    """A natural cause or mishap as a noun, named by itself, in the plural the parser leaves
    unlemmatised ("Wildfires"), as the kind before a name ("Typhoon Yagi") or as a burst of
    something that bursts by accident ("a gas explosion", "a boiler blast")."""
    lower = word.lower_
    return word.lemma_.lower() in NATURAL_CAUSES or lower in NATURAL_CAUSES \
        or (lower.endswith("s") and lower[:-1] in NATURAL_CAUSES) \
        or any(c.dep_ == "compound" and c.lemma_.lower() in NATURAL_CAUSES
               for c in kids(word) if c.i < word.i and word.pos_ == "PROPN") \
        or (word.pos_ == "NOUN" and word.lemma_.lower() in BURSTS and any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in NATURAL_CAUSES | MISHAP_SOURCES
            for c in kids(word) if c.i < word.i)) \
        or (word.ent_type_ == "DATE" and any(  # "two years of war that killed …"
            c.dep_ == "prep" and c.lower_ == "of" and any(
                o.dep_ == "pobj" and _is_nature(o) for o in kids(c)) for c in kids(word)))


def _told_in_a_work(pred: Predicate) -> bool:
    """An act a film, novel or exhibition tells or shows: "a new film about the genocide",
    "the documentary recounts how fighters seized the city", "the novel tells the story of a
    girl kidnapped by pirates". The work's content is no news; what is done to the work
    ("banned the film") still is (the trigger itself is not looked at)."""
    for tok in pred.trigger.ancestors:
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in NARRATIVE_WORKS:
            return True
        if tok.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in NARRATIVE_WORKS for c in tok.children):
            return True
    return False


def _idle_verdict(draft: _Draft) -> bool:
    """"Critics praised the novel", "the film critic slammed the movie", "critics warned the
    stadium could go over budget": critics of no country of their own who judge no one named
    pass a verdict on a thing, which is no event ("Kremlin critics accused Putin", "critics
    of the Turkish government", "critics accused the government" still are)."""
    source = draft.source
    return draft.target is None and source is not None and source.provenance in _OWNERLESS \
        and any(s.lemma_.lower() in PUNDITS for s in draft.pred.sources)


def _answer_pending(verb: Token) -> bool:
    """"Hezbollah has not yet responded": the negation says the act is still to come."""
    return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in kids(verb))


def _rite_gathering(pred: Predicate) -> bool:
    """"Thousands gathered in Kigali for the anniversary of the genocide", "crowds marched
    through Accra to celebrate the holiday": a crowd that comes together for a rite,
    remembrance or celebration (its for- or at-phrase, or its purpose clause, names one) is
    no protest. (A protest's own word still is: "rallied against the law at the funeral".)"""
    verb = pred.trigger
    if not pred.code.startswith(DEMONSTRATE_ROOT) or pred.kind == "noun" or verb.pos_ not in VERB_POS:
        return False
    if pred.code[:3] in DEEDS_OF_PROTEST:
        return False  # "blocked a bridge to honour the dead": a road blocked is a protest's deed
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in kids(verb)):
        return False
    if any(p in ("for", "at", "during") and lemma_of(o) in RITES for p, o in prep_objects(verb)):
        return True
    return any(c.dep_ in ("advcl", "xcomp") and lemma_of(c) in RITES
               and any(a.lower_ == "to" for a in kids(c))
               # ("to mark the anniversary and demand justice": a protest's aim beside it;
               # the parser may hang that verb on any noun of the purpose)
               and not any(g.dep_ == "conj" and lemma_of(g) in PROTEST_PURPOSES
                           for g in c.subtree)
               for c in kids(verb))


_SCORE_STARTS = ("score_starts", -1)  # ParseView.memo key: see _score_starts


def _score_starts(doc: Doc) -> list[int]:
    """Where a score may start in the Doc: each token of at most two digits that has another
    such token two places after it ("6" of "6 - 0"), in order, found once per Doc."""
    v = view(doc)
    found = v.memo.get(_SCORE_STARTS)
    if found is None:
        texts = v.texts
        found = v.memo[_SCORE_STARTS] = [
            k for k in range(len(texts) - 2)
            if texts[k].isdigit() and len(texts[k]) <= 2
            and texts[k + 2].isdigit() and len(texts[k + 2]) <= 2]
    return found  # type: ignore[return-value]


def _scoreline(pred: Predicate) -> bool:
    """"Argentina thrashed Bolivia 6-0", "beat the hosts 3-1 on aggregate": a match score in
    the act's clause makes it a game result, no event. (Only a verb's own clause: small
    numbers joined by a dash, as scores are written.)"""
    verb = pred.trigger
    if pred.kind == "noun":
        return False
    starts = _score_starts(verb.doc)
    if not starts or starts[-1] < verb.i:
        return False  # no two small numbers a token apart after the verb (most texts): no walk
    words = [t for t in verb.subtree if t.i >= verb.i]
    for a, dash, b in zip(words, words[1:], words[2:], strict=False):
        if a.like_num and b.like_num and dash.text in ("-", "\u2013") \
                and a.text.isdigit() and b.text.isdigit() and len(a.text) <= 2 \
                and len(b.text) <= 2 and b.i == a.i + 2 \
                and "NOUN" not in (a.head.pos_, b.head.pos_):  # (not "killed 3-4 rebels")
            return True
    return False


def _natural_cause(pred: Predicate) -> bool:
    """Nature did it: a natural cause is the agent, or the noun the parser hung the act on
    ("floods triggered by monsoon rains [killed] 40 people": a misread main verb), or the
    clause that tells how the victims died names it: "were killed when an earthquake hit",
    "were killed in a stampede", "wildfires swept through Maui, killing dozens"."""
    verb = pred.trigger
    if any(_is_nature(h) for h in pred.sources) or (
            verb.dep_ == "acl" and _is_nature(verb.head)):
        return True
    if pred.kind == "noun":
        return False
    heads = [verb.head] if verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i else []
    heads += [c for c in kids(verb) if c.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in kids(c))]
    if any(_is_nature(s) for h in heads for s in kids(h) if s.dep_ in ("nsubj", "nsubjpass")):
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("in", "by") and any(
        o.dep_ == "pobj" and _is_nature(o) for o in kids(c)) for c in kids(verb))


def _observed_violence(draft: _Draft, speaker: ActorRef) -> bool:
    """"A UN commission said the government had tortured detainees", "Amnesty said the army
    had massacred villagers": violence an international or non-governmental body reports is
    its finding, told as "…, the UN commission reported" is (the body is attribution, the act
    is coded); so is what residents, refugees or other civilians say they saw or suffered
    ("residents said soldiers had burned dozens of houses"); a state or party telling the
    same act of another accuses it (112). A charge named as such ("rejected accusations by
    Amnesty that its troops had killed …", "the allegations by the UN panel that …") is no
    finding, whoever makes it: an accusation."""
    reporter = draft.pred.speaker
    if reporter is not None and reporter.pos_ in ("NOUN", "PROPN") \
            and lemma_of(reporter) in ACCUSING_WORDS:
        return False
    code = speaker.code or ""
    return speaker.role in WITNESS_ROLES or draft.code.startswith(VIOLENT) and (
        code.startswith(OBSERVER_PREFIXES) or speaker.role == "NGO")


def _mishap_toll(pred: Predicate) -> bool:
    """The toll of an accident, whoever's vehicle it was: "a bus crashed into a ravine,
    killing 14", "an army helicopter crashed, killing five soldiers", "were killed when their
    boat capsized". (A mishap verb with an object is done to something: "rebels sank a ship,
    killing three" stays an attack.)"""
    verb = pred.trigger
    heads = [verb.head] if verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i else []
    heads += [c for c in kids(verb) if c.dep_ == "advcl" and any(  # (not "… after the
        m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as") for m in kids(c))]  # truce collapsed")
    return any(h.lemma_.lower() in MISHAP_VERBS and not any(
        c.dep_ == "dobj" for c in kids(h)) for h in heads)


def _labeller(tables: Tables) -> Callable[[ActorRef | None], ActorRef | None]:
    """The actor with the canonical name of its code on ``ActorRef.label`` (an actor with no
    code as it is); each actor labelled once per article (it names the same few again and
    again). What ``component.with_labels`` does to a finished mention, done as the mention is
    built: one Mention instead of a copy of each."""
    done: dict[ActorRef, ActorRef] = {}

    def label(actor: ActorRef | None) -> ActorRef | None:
        if actor is None or not actor.code:
            return actor
        found = done.get(actor)
        if found is None:
            found = done[actor] = replace(actor, label=tables.label(actor.code))
        return found

    return label


def _unlabelled(actor: ActorRef | None) -> ActorRef | None:
    return actor


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
            m = replace(m, date=known.date, date_precision=known.date_precision,
                        background=known.background)
        out.append(m)
    return out


def _answered_accusers(mentions: list[Mention]) -> list[Mention]:
    """A denial that names no one answers the latest accusation the article told against the
    denier's country, in the same sentence or before: "Khan accused the US of backing his
    ouster … The White House denied it" is aimed at Khan's government."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.cameo.startswith(DENIALS) and m.target is None and m.source and m.source.country:
            # (or one the same sentence tells, before or after: "Kyiv accused Russia of …,
            # but the Kremlin denied responsibility", "Rwanda denied it after Congo accused …")
            told = [*reversed(out), *(a for a in mentions[i + 1:]
                                      if a.sentence_index == m.sentence_index)]
            accusation = next((a for a in told if a.cameo.startswith(ACCUSATIONS)
                               and a.sentence_index <= m.sentence_index and a.source
                               and a.target and a.target.country == m.source.country
                               and a.source.country != m.source.country), None)
            if accusation is not None:
                m = replace(m, target=accusation.source)
        out.append(m)
    return out


def _event_key(m: Mention) -> tuple[str, str | None, str | None]:
    return (m.cameo, m.source.code if m.source else None, m.target.code if m.target else None)


def _direct_question(token: Token) -> bool:
    """"Will the EU agree to lift sanctions on Belarus?", "Why did Ankara recall its envoy?":
    a sentence that asks (a final question mark after an inverted auxiliary or a wh-word
    first) tells no act as done."""
    v = view(token.doc)
    start, end = v.sentence(token.i)  # (bounds from the parse view: no span is built)
    texts = v.texts
    last = next((k for k in range(end - 1, start - 1, -1)
                 if texts[k].strip() and texts[k] not in _CLOSING_QUOTES), None)
    if last is None or not texts[last].endswith("?"):
        return False
    first = next((v.tokens[k] for k in range(start, end) if not v.tokens[k].is_punct), None)
    return first is not None and (first.tag_ in ("WDT", "WP", "WRB", "MD") or (
        first.pos_ == "AUX" and lemma_of(first) in ("be", "do", "have")))


_CLOSING_QUOTES = frozenset({'"', "'", "”", "’", "''"})


def _drop_untargeted_twins(mentions: list[Mention], first: int) -> list[Mention]:
    """In one sentence, "Poland summoned the Russian envoy to protest …" gives the complaint
    twice, once with its target: keep the one that names the target."""
    sentence = mentions[first:]
    targeted = {(m.cameo, m.source and m.source.code) for m in sentence if m.target is not None}
    kept = [m for m in sentence
            if m.target is not None or (m.cameo, m.source and m.source.code) not in targeted]
    return mentions[:first] + kept


def _among_victims(source: ActorRef, targets: Sequence[ActorRef], code: str,
                   local: str | None) -> ActorRef:
    """"Gunmen kidnapped 80 Nigerian schoolchildren": with no place and no country of their
    own, local armed men or criminals who attack people are taken to be of their victims'
    country (as ICEWS codes unnamed militants by the country of the event). Not soldiers or
    officials, who act abroad; not a ship's or a state's attackers ("pirates hijacked a
    Greek tanker")."""
    if source.country is not None or source.role not in LOCAL_ARMED_ROLES or local is not None \
            or not code.startswith(VIOLENT_OR_COERCIVE):
        return source
    # (an organisation's staff, "a convoy of the Red Cross", have no country to lend)
    people = {t.country for t in targets if t.country and t.role and t.code != t.country
              and t.country not in INTERNATIONAL}
    if len(people) != 1:
        return source
    country = people.pop()
    return replace(source, code=country + (source.role or ""), country=country,
                   provenance="victims")


def _on_home_ground(pred: Predicate, sources: list[ActorRef], targets: list[ActorRef],
                    local: str | None) -> tuple[list[ActorRef], list[ActorRef]]:
    """"Militiamen seized the town of Gharyan", "militants attacked Tripoli airport", "rebels
    shelled a camp for displaced people near Goma": armed men of no state and no named
    country (rebels, militants, separatists, gunmen) on one side of an act of conflict (code
    family ``home_ground``) are of the country where it happens, the place the clause names or
    the place the act strikes (a bare country on the other side): such men fight at home, as
    local gunmen are among their victims. Not when the other side is a state's or people's of
    another country, and not when no place says where."""
    if not pred.code.startswith(HOME_GROUND):
        return sources, targets

    def home(other: list[ActorRef]) -> str | None:
        if local and local not in INTERNATIONAL and local != UNKNOWN_COUNTRY:
            known = {o.country for o in other if o.country}
            return local if known <= {local} else None
        # (a place, not a thing of the country's: "pirates seized a Danish cargo ship")
        places = {o.country for o in other if o.country and o.code == o.country
                  and o.provenance in PLACE_PROVENANCES}
        known = {o.country for o in other if o.country}
        if len(places) != 1 or known != places or places & INTERNATIONAL:
            return None
        return places.pop()

    def homed(side: list[ActorRef], other: list[ActorRef]) -> list[ActorRef]:
        country = home(other)
        if country is None:
            return side
        return [replace(a, code=country + a.code[len(UNKNOWN_COUNTRY):], country=country,
                        provenance="place")
                if a.code and a.code.startswith(UNKNOWN_COUNTRY) and a.role in IRREGULAR_ARMED_ROLES
                else a for a in side]

    return homed(sources, targets), homed(targets, sources)


def _implied_agent(pred: Predicate, teller: ActorRef | None,
                   local: str | None) -> list[ActorRef]:
    """"Forty people were arrested in Lahore, police said": an agentless passive of an act
    that the authority telling it does (arrests, raids, curfews) was done by that authority,
    of the country where it happened when the text names no other (``PAKCOP``)."""
    if teller is None or teller.role not in IMPLIED_AGENT_ROLES or pred.kind != "verb" \
            or teller.text.split(" ", 1)[0].lower() in PERSONAL_POSSESSIVES \
            or not pred.code.startswith(DONE_BY_TELLER) \
            or not any(c.dep_ == "auxpass" for c in kids(pred.trigger)):
        return []
    if teller.country is None and local and local not in INTERNATIONAL:
        teller = replace(teller, code=local + teller.role, country=local)
    return [replace(teller, provenance="attribution")]


def _repressors(pred: Predicate, sources: list[ActorRef],
                targets: list[ActorRef]) -> list[ActorRef]:
    """"Soldiers opened fire on protesters in Khartoum": forces of no named country that
    repress a people (family ``repression``) are that people's own state's."""
    home = {t.country for t in targets if t.country and t.country not in INTERNATIONAL
            and t.country != UNKNOWN_COUNTRY}
    if len(home) != 1 or not pred.code.startswith(REPRESSION):
        return sources
    country = home.pop()
    return [replace(s, code=country + s.role, country=country)
            if s.country is None and s.role in STATE_ROLES else s for s in sources]


def _ruling_authority(pred: Predicate, local: str | None) -> list[ActorRef]:
    """"A curfew was imposed in Imphal", "martial law was declared in the province": what is
    laid on a place's people (family ``population``) in an agentless passive was laid by the
    government of the place."""
    if not local or local in INTERNATIONAL or local == UNKNOWN_COUNTRY \
            or pred.kind not in ("verb", "light") or not pred.code.startswith(POPULATION) \
            or not any(c.dep_ == "auxpass" for w in pred.words for c in kids(w)):
        return []
    told = {w.i for w in pred.words}
    if any(c.dep_ == "nsubjpass" and c.i not in told
           and (c.pos_ in ("PRON", "PROPN") or c.tag_ == "NNS")
           for w in pred.words for c in kids(w)):
        return []  # ("he was barred from the race", "the parties were banned": laid on them)
    return [ActorRef(text="(the authorities)", name=None, code=local + "GOV", country=local,
                     role="GOV", provenance="implied")]


def _unidentified(pred: Predicate, place: Place | None) -> list[ActorRef]:
    """"A roadside bomb killed two soldiers near Mandera": violence no one is named for was
    done by unidentified armed men of the country where it happened (``KENUAF``)."""
    if place is None or not place.country or place.country in INTERNATIONAL \
            or not pred.code.startswith(VIOLENT) or _natural_cause(pred):
        return []
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in kids(pred.trigger)):
        return []  # "rockets were fired into southern Israel": from outside the place
    return [ActorRef(text="(unidentified attackers)", name=None, code=place.country + "UAF",
                     country=place.country, role="UAF", provenance="unidentified")]


def _done_where(pred: Predicate, sources: list[ActorRef], here: Place | None) -> list[ActorRef]:
    """The target of an act that names none but is done to where it happens ("suspended
    aid deliveries in Mosul" → Iraq's civilians, "pulled its troops out of the enclave" → its
    country): the state or people of the place the clause names — when that is abroad."""
    if here is None or not here.country or here.country in INTERNATIONAL \
            or not pred.code.startswith(PLACE_AFFECTED):
        return []
    if any(s.country == here.country for s in sources):
        return []  # "the army shelled villages in its north": whose villages, unknown
    role = "CVL" if pred.code.startswith(PEOPLE_OF_PLACE) else None
    return [ActorRef(text=here.name, name=None, code=here.country + (role or ""),
                     country=here.country, role=role, provenance="place")]


def _adjusted(pred: Predicate, sources: list[ActorRef], targets: list[ActorRef],
              place: Place | None, here: Place | None) -> tuple[list[ActorRef], list[ActorRef]]:
    """What the act itself says about its actors: a curfew is laid on the place's people;
    aid or force with no one named is for the place it reaches; local gunmen are among their
    victims; a people, not its state, riots. ``here`` is the place the clause itself names
    (``place`` may come from the report or the dateline)."""
    local = place.country if place is not None else None
    if pred.code.startswith(POPULATION):
        # "lifted the state of emergency in the Amhara region": on its people
        targets = [replace(t, code=t.country + "CVL", role="CVL") if t.country
                   and t.code == t.country else t for t in targets]
        # (a state lays one on its own people when the clause names no place: "Myanmar's
        # military declared a state of emergency", not on a country told elsewhere)
        own = next((s.country for s in sources if pred.code.startswith(LAID_ON_PEOPLE)
                    and s.role in STATE_ROLES and s.country
                    and s.country not in INTERNATIONAL and s.country != UNKNOWN_COUNTRY), None)
        where = here.country if here is not None and here.country else own or local
        if not targets and where and where not in INTERNATIONAL:
            targets = [ActorRef(text=place.name if place and where == local else where,
                                name=None, code=where + "CVL", country=where, role="CVL",
                                provenance="place")]
    if not targets and sources:
        targets = _done_where(pred, sources, here)
    sources = [_among_victims(s, targets, pred.code, local) for s in sources]
    sources, targets = _on_home_ground(pred, sources, targets, local or (
        here.country if here is not None else None))
    if pred.kind == "noun" and pred.code.startswith(DEMONSTRATE_ROOT):
        # "Palestinian riots", "Kenyan protests": a people protests, not its state (but
        # "sparked protests from the United States": the state named as who protests does)
        sources = [replace(s, code=s.country + "CVL", role="CVL")
                   if s.country and s.code == s.country and not _named_protester(pred, s)
                   else s for s in sources]
    return sources, targets


def _named_protester(pred: Predicate, source: ActorRef) -> bool:
    """"Protests from the United States", "a protest by Japan": a state the protest noun's
    from- or by-phrase names as its author, not a demonym on the noun ("Kenyan protests")."""
    return any(p in ("from", "by") and source.text.endswith(o.text)
               for p, o in prep_objects(pred.trigger))


def _unrest_words(pred: Predicate) -> list[Token]:
    """The words whose place phrases say where a protest noun happened with no one named: it
    is the subject of a verb of happening ("protests erupted in Tehran") or the object of a
    verb of provoking ("the arrest sparked protests in Dakar", "triggered two days of riots
    in Dakar", "a wave of protests across Kenya"); empty for any other protest noun."""
    noun = pred.trigger
    if pred.kind != "noun" or not pred.code.startswith(DEMONSTRATE_ROOT):
        return []
    if noun.dep_ == "nsubj" and lemma_of(noun.head) in OCCURRENCE_VERBS:
        return [noun, noun.head]
    words = [noun]
    if noun.dep_ == "pobj" and lemma_of(noun.head) == "of" and noun.head.dep_ == "prep":
        noun = noun.head.head  # ("two days of riots", "a wave of protests")
        words.append(noun)
    if noun.dep_ == "dobj" and lemma_of(noun.head) in PROVOKE_VERBS:
        return [*words, noun.head]
    return []


def _mutual(pred: Predicate) -> bool:
    """"Accused each other", "each accused the other", "blamed one another", "clashed with
    each other": whatever the act, coordinated subjects did it to each other."""
    verb = pred.words[0]
    objects = [c for c in kids(verb) if c.dep_ == "dobj"] + [o for _, o in prep_objects(verb)]
    return any(lemma_of(o) in MUTUAL_WORDS or any(
        c.dep_ == "det" and lemma_of(c) in MUTUAL_WORDS for c in kids(o)) for o in objects)


def _fought_each_other(pred: Predicate) -> bool:
    """"The army and the RSF clashed in Khartoum, killing dozens of civilians": coordinated
    sides of a symmetric act with no one else named as fought (no object, no with- or
    against-phrase) fought each other, whoever else the toll names."""
    verb = pred.words[0]
    return pred.kind == "verb" and lemma_of(verb) in SYMMETRIC_ACTS \
        and not any(c.dep_ == "dobj" for c in kids(verb)) \
        and not any(p in ("with", "against") for p, _ in prep_objects(verb))


def _pairs(pred: Predicate, sources: list[ActorRef],
           targets: list[ActorRef]) -> list[tuple[ActorRef | None, ActorRef | None]]:
    """(source, target) pairs: "Pakistan and China signed a pact", "the ceasefire between
    Armenia and Azerbaijan": coordinated parties of a reciprocal act act towards each other;
    a place or venue is not a party."""
    exchanged = any(lemma_of(w) in EXCHANGE_VERBS for w in pred.words) or _mutual(pred) \
        or _fought_each_other(pred)
    reciprocal = pred.code.startswith(RECIPROCAL_CODES) or exchanged  # ("traded accusations")
    if len(sources) > 1 and exchanged and len({s.code for s in sources}) > 1:
        # "the border guards exchanged fire, killing three people": what was exchanged went
        # from each side to the other, whoever else it struck
        return [(s, t) for s in sources for t in sources if s.code != t.code]
    if len(sources) > 1:
        codes = {s.code for s in sources}
        # (nor, between the parties of a reciprocal act, a side of no known country: "Thai
        # and Cambodian troops fought with artillery")
        # ("Vietnamese and Indian warships held their first joint exercise": nor, in a
        # reciprocal act, a party's own country standing for it once more, or its capital:
        # "began joint exercises at a base north of Khartoum")
        countries = {s.country for s in sources if s.country}
        targets = [t for t in targets if t.code not in codes and t.provenance != "place"
                   and not (reciprocal and (t.provenance == "venue" or t.country is None
                                            or t.code in countries or (
                                                t.provenance == "capital"
                                                and t.country in countries)))]
        if not targets and reciprocal and not _own_recalled(pred):
            return [(s, t) for s in sources for t in sources if s.code != t.code]
    pairs = [(s, t) for s in (sources or [None]) for t in (targets or [None])]
    if len(sources) == 1 and _done_with(pred):
        # "troops clashed with cartel gunmen", "heavy fighting with the army": each side
        # fought the other ("fought the rebels" stays one way)
        pairs += [(t, sources[0]) for t in targets
                  if t.provenance not in ("place", "venue") and t.code != sources[0].code]
    return pairs


def _own_recalled(pred: Predicate) -> bool:
    """"Chile and Colombia recalled their ambassadors": each calls its own envoy back (from
    whoever the sentence says, not from the other), as "Chile recalled its ambassador" does;
    a break of ties ("broke off their relations") is still each other's."""
    verb = pred.words[0]
    return pred.code.startswith(ENVOY_RECALL_ROOT) and lemma_of(verb) in RECALL_VERBS and any(
        o.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ == "their" for p in kids(o))
        for o in kids(verb))


def _done_with(pred: Predicate) -> bool:
    """A symmetric act ("clash", "fight", "exchange fire") whose other side is named with
    "with", on the word or on its object ("exchanged [fire with] Pakistani troops"); done, not
    only meant ("said it would continue trading with Tehran" is the speaker's intent alone;
    "is ready to sign a peace treaty with Azerbaijan", "wants to", "agreed to", "refused to":
    a frame's intent, refusal or threat is its holder's alone)."""
    return not _modal(pred.words[0]) and pred.modality in DONE_MODALITIES \
        and pred.code.startswith(RECIPROCAL_CODES) and any(
        lemma_of(w) in DONE_BOTH_WAYS and any(
            p.lower_ == "with" for h in (w, *(o for o in w.children if o.dep_ == "dobj"))
            for p in h.children if p.dep_ == "prep") for w in pred.words)


def _modal(verb: Token) -> bool:
    """A modal or future auxiliary on the verb or on the verbs its clause is the complement
    of ("would [continue] trading")."""
    node = verb
    while True:
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
            return True
        if node.dep_ not in ("xcomp", "pcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head


def _own_session(pred: Predicate) -> bool:
    """"The council met on Friday", "parliament convened": a single body meeting with no one
    named (no object, no "with", no "two"/"both" subject) holds its own session."""
    verb = pred.trigger
    if pred.kind != "verb" or verb.lemma_.lower() not in SESSION_VERBS:
        return False
    if any(c.dep_ in ("dobj", "prt") or (c.dep_ == "prep" and c.lower_ in ("with", "between"))
           for c in verb.children):
        return False
    return all(s.tag_ in ("NN", "NNP") and not s.conjuncts
               and not any(c.lower_ in ("both", "two") for c in s.children)
               for s in pred.sources) and bool(pred.sources)


def _attempt(pred: Predicate) -> bool:
    """"An attempt to kill the governor", "a plot to assassinate the president": a noun about
    an act of force it names in an infinitive."""
    return any(c.dep_ == "acl" and c.pos_ in VERB_POS for c in pred.trigger.children)


def _political(draft: _Draft) -> bool:
    """Whether an event is political news: an actor of known country or organisation, an
    actor of a political role (police, army, rebels, officials … of unknown country: "---COP"),
    or a protest or an act of violence, whoever did it."""
    actors = [a for a in (draft.source, draft.target) if a is not None]
    if any((a.country and a.country != UNKNOWN_COUNTRY) or (a.code and a.code[:3] in INTERNATIONAL)
           for a in actors):  # ("the company's chief executive": ---BUS is of no known country)
        return True
    if any(a.provenance == UNRESOLVED for a in actors):
        return True  # a named organisation or person the tables do not know yet
    if any(a.role in POLITICAL_ROLES for a in actors):
        return True
    return draft.code.startswith(UNANCHORED)


def _same_side(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Two actors of one country, or the same actor of unknown country ("the militants said
    they …")."""
    if not (a and b):
        return False
    if NAMED_BODY in (a.provenance, b.provenance):
        return bool(a.code and a.code == b.code)
    return bool((a.country and a.country == b.country) or (a.code and a.code == b.code))


def _decried(pred: Predicate) -> bool:
    """"Said Guyana had signed an illegal oil deal": what is done, told with a word of
    disapproval on it, is told as a wrong (so a third party's act so told is a charge)."""
    if pred.kind == "noun":
        return False
    return any(m.dep_ == "amod" and lemma_of(m) in DISAPPROVING_WORDS
               for o in kids(pred.trigger) if o.dep_ in ("dobj", "nsubjpass") for m in kids(o))


def _adversaries(source: ActorRef, speaker: ActorRef) -> bool:
    """A state and the armed or political force that contests it at home, one telling what
    the other did ("a spokesman for the Sudanese army said the RSF had shelled a market",
    "opposition leaders said police had shot protesters"): one country, opposite sides.
    (Police and courts telling a crime are its reporters: "police said gunmen had seized
    200 pupils".)"""
    roles = {source.role, speaker.role}
    return speaker.role not in REPORTING_AUTHORITIES and bool(
        roles & STATE_ROLES and roles & CONTESTING_ROLES)


def _past_event_named(pred: Predicate, mention: Mention) -> bool:
    """Whether an event noun inside a prepositional phrase is dated long before the story ("a
    survivor of the 2014 massacres in Sinjar", "the anniversary of the 2011 crackdown"): it
    names what a person or a day is marked by, a background fact, not news."""
    return pred.kind == "noun" and mention.background and pred.trigger.dep_ == "pobj"


def _describing(pred: Predicate) -> bool:
    """Whether a predicate is a passive participle describing a noun ("arrested a man
    [accused] of spying", "freed activists [charged] with sedition"): with no agent of its
    own it tells what the noun is, not a word the speaker said (no accusation of the
    teller's)."""
    trigger = pred.trigger
    return pred.kind == "verb" and trigger.dep_ == "acl" and trigger.tag_ == "VBN"


def _named_country(draft: _Draft) -> bool:
    """"Japan will send relief to Libya, the foreign ministry said": a country the clause
    names by name is the source as named; its spokesman only tells its act."""
    source = draft.source
    return bool(draft.explicit_source and source is not None and source.provenance == "country"
                and source.role is None)


def _speaks_for(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether what ``b`` tells of ``a`` is ``b``'s own word: the same side, but not a people
    or a group of the country and its state ("ethnic Uzbeks vowed to fight, Kyrgyz officials
    said" is the Uzbeks' vow; "Syrian rebels said Assad must go" is their demand of him)."""
    if a is None or b is None or not _same_side(a, b):
        return False
    return a.code == b.code or (a.role in SOCIETY_ROLES) == (b.role in SOCIETY_ROLES)


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
        self.participants = ParticipantResolver(self.finder, actors, places)
        self.unresolved = UnresolvedCollector(self.participants)
        # "Kurdish fighters near Mosul": communities in several countries take the place's
        actors.place_country = self._place_country

    def _place_country(self, name: str, countries: Sequence[str] = ()) -> str | None:
        place = self.places.lookup(name, countries)
        return place.country if place is not None else None

    def _drafts(self, pred: Predicate, ctx: ActorContext, place: Place | None,
                here: Place | None = None) -> list[_Draft]:
        speakers = self.participants.speakers(pred, ctx)
        speaker = speakers[0] if speakers else None
        # where the event happened decides whose protesters, police or villagers these are
        local = place.country if place is not None else None
        domestic = pred.code.startswith(POPULATION)
        sources = self.participants.speaker_as_subject(pred, ctx) or self.participants.resolve(
            pred.sources, ctx, speaker, local=local, named=True, domestic=domestic)
        if not sources and pred.fallback_sources:
            sources = self.participants.resolve(pred.fallback_sources, ctx, speaker, local=local,
                                                named=True)
        if not sources and speaker is not None and pred.kind == "noun" \
                and pred.code.startswith(VOICED_ATTITUDE) and existential(pred.trigger):
            sources = [speaker]  # "the envoy said there was little hope of a deal": his
        if not sources and (speaker is None or speaker.role not in IMPLIED_AGENT_ROLES):
            sources = _ruling_authority(pred, local)  # (police telling it did it: below)
        # the side whose own members are no target: the source, else the speaker (but "a
        # bomb killed one soldier, the army said": an army reports its own dead)
        side = sources[0] if sources else (
            None if pred.code.startswith(VIOLENT_OR_COERCIVE) else speaker)
        targets = self.participants.targets(pred, ctx, speaker, side, local=local)
        unrest = [] if sources else _unrest_words(pred)
        if not sources and not targets and speaker is None and not unrest:
            return []  # (in a report, a statement with no actor of its own is the speaker's)
        if unrest:
            # "protests broke out in several Iranian cities", "sparked protests in Dakar":
            # unnamed protesters of the place
            where = local or next((a.country for a in self.participants.resolve(
                [o for t in unrest for p, o in prep_objects(t)
                 if p in ("in", "to", "across", "throughout")], ctx, None,
                place_ok=True) if a.country), None)
            if where and where not in INTERNATIONAL and where != UNKNOWN_COUNTRY:
                sources = [ActorRef(text="(protesters)", name=None, code=where + "CVL",
                                    country=where, role="CVL", provenance="local")]
                # the place they protest in is no addressee ("protests in Turkey")
                targets = [t for t in targets if t.code != where]
        if pred.kind == "noun" and not sources and not (
                targets and pred.code.startswith(VIOLENT_OR_COERCIVE)
                and (_attempt(pred) or undergone_noun(pred))):
            return []  # (but "an attempt to kill the governor" was made, by whoever; and
            # "survived an assassination attempt" too)
        sources, targets = _adjusted(pred, sources, targets, place, here)
        sources = _repressors(pred, sources, targets)
        attributed = speaker or self.participants.attribution(pred, ctx)
        if not sources:
            sources = _implied_agent(pred, attributed, local)
        if not sources and any(t.provenance != "place" for t in targets):
            sources = _unidentified(pred, place)  # (not for a bare "blockade in Puno")
        # "The forum agreed to …, officials said": a subject the text names is the source,
        # known or not; the reporter never stands in for it
        # (an event noun is no one: "the talks were constructive, the minister said" is the
        # minister's comment)
        explicit = any(h.pos_ != "PRON" and not (pred.code.startswith(VOICED_ATTITUDE)
                                                  and self.finder.match_noun(h) is not None)
                       for h in pred.sources)
        drafts = []
        by_event = any(self.finder.match_noun(h) is not None for h in pred.sources) or any(
            c.dep_ == "nsubj" and self.finder.match_noun(c) is not None
            for c in pred.trigger.children)
        pairs = _pairs(pred, sources, targets)
        for source, target in pairs:
            if source is None and target is not None and target.provenance == "place" \
                    and pred.kind != "instrument":
                continue  # "a fire destroyed a market in Aleppo": no actor at all
            code = _by_victims(pred, _refined(pred, source), source, target, by_event)
            draft = _Draft(pred, _protection(pred, source, target, code), source,
                           self._own_target(pred, source, target, local,
                                            mutual=(target, source) in pairs),
                           attributed_to=attributed, reported=speaker is not None,
                           explicit_source=explicit, joint=(target, source) in pairs)
            draft = self._apply_report(self._announced(self._obliged(self._refused(draft)),
                                                       speaker, ctx), speaker, speakers)
            draft = self._own_denial(draft)
            if self._kept(draft):
                drafts.append(draft)
        return drafts

    @staticmethod
    def _own_target(pred: Predicate, source: ActorRef | None, target: ActorRef | None,
                    local: str | None, mutual: bool = False) -> ActorRef | None:
        if source is not None and target is not None and self_dyad(source, target, pred.code) \
                and not (mutual and not self_dyad(target, source, pred.code)):
            # "Pakistan's army chief expressed Pakistan's concern": no self-dyad (but each
            # side of "Peru clashed with the rebels" is a dyad if the other is)
            return None
        if target is not None and source is not None and target.country is None \
                and target.role == "GOV" and source.country \
                and source.country not in INTERNATIONAL and local in (None, source.country) \
                and any(w.lower() in CENTRAL_STATE for w in target.text.split()):
            # "the chief minister of Sindh criticised the federal government": a central
            # government of no named country, addressed by a side of one, is its own (not
            # when the act is placed in another country: "the central government in Kabul")
            target = replace(target, code=source.country + "GOV", country=source.country,
                             provenance="implied")
        code = _refined(pred, source)
        host = None if source is None or not code.startswith(COERCE_ROOT) else (
            source.country if target is None else target.country
            if target.provenance == "place" and target.code == target.country else None)
        if host and host not in INTERNATIONAL and host != UNKNOWN_COUNTRY and _takes_rule(pred):
            # "Gabon's army seized power", "soldiers seized power in Niger": a coup is done
            # to the government of the place it is staged in, else of the plotters' country
            return ActorRef(text="(its government)", name=None, code=f"{host}GOV",
                            country=host, role="GOV", provenance="implied")
        defied = code.startswith(STATE_DEFIED) and source is not None \
            and source.role in SOCIETY_ROLES  # ("protesters defied a ban on rallies")
        if target is None and source is not None and (code[:2] == DEMONSTRATE_ROOT or defied) \
                and source.country and source.country not in INTERNATIONAL:
            # a protest that names no addressee is addressed to the government where it is
            # held ("Rohingya refugees in Bangladesh protested …" → BGDGOV), else its own
            host = local if local and local not in INTERNATIONAL else source.country
            return ActorRef(text="(its government)", name=None, code=f"{host}GOV",
                            country=host, role="GOV", provenance="implied")
        return target

    def _kept(self, draft: _Draft) -> bool:
        if (draft.source is None or not draft.source.code) and _natural_cause(draft.pred):
            return False  # the work of nature ("the drought displaced a million people")
        if _scoreline(draft.pred):
            return False  # "thrashed Bolivia 6-0": a match result
        if _rite_gathering(draft.pred):
            return False  # "gathered for the anniversary of the genocide": no protest
        if _told_in_a_work(draft.pred):
            return False  # "a film about the genocide": a work's content is no event
        if _idle_verdict(draft):
            return False  # "critics praised the novel": a verdict on no one
        if draft.code.startswith(ARRIVAL_CODES) and any(
                s.lemma_.lower() in MUNITIONS for s in draft.pred.sources):
            return False  # "two mortar shells landed in a border town": a munition visits no one
        if draft.source is None and (self.ontology.get(draft.code).quad_class != 4
                                     and not draft.code.startswith(AGENTLESS)):
            # only violence and sentences ("was shot dead", "was jailed for ten years") are
            # coded without a known agent
            return False
        if draft.source is None and draft.target is None:
            return False  # no actor at all
        if draft.pred.kind != "noun" and _mishap_toll(draft.pred):
            return False  # an accident is no attack
        if draft.target is None and _own_session(draft.pred):
            return False  # "the council met on Friday": a body sitting is no interaction
        return _political(draft)  # "a company handed the winner a cheque": no politics

    def _apply_report(self, draft: _Draft, speaker: ActorRef | None,
                      speakers: Sequence[ActorRef] = ()) -> _Draft:
        if speaker is None or speaker.role == MEDIA_ROLE:
            return draft  # ("…, the state news agency reported": the reporter, not the actor)
        quad = self.ontology.get(draft.code).quad_class
        pred = draft.pred
        third_party = draft.source is not None and not any(
            _same_side(draft.source, s) and not _adversaries(draft.source, s)
            for s in (speaker, *speakers))
        # ("rejected accusations by the US that Havana hosts a spy base": whatever a charge
        # tells of a third party is the accuser's accusation, conflictual or not)
        charged = quad in CONFLICT_QUADS or _decried(pred) or (
            pred.speaker is not None and lemma_of(pred.speaker) in ACCUSING_WORDS)
        if (charged and third_party and pred.direct and not pred.negated
                and pred.modality == "asserted" and not _observed_violence(draft, speaker)):
            return _Draft(pred, ACCUSE_CODE, speaker, draft.source, speaker, True)
        if (draft.code.startswith(CLAIMED) or pred.blamed) and draft.source is not None \
                and not pred.negated \
                and not any(_speaks_for(draft.source, s) for s in (speaker, *speakers)):
            # "Kenya said the militia was responsible": Kenya's charge, not the militia's claim
            return _Draft(pred, ACCUSE_CODE, speaker, draft.source, speaker, True)
        unnamed = draft.source is None and not draft.explicit_source
        if draft.code.startswith(SPEAKER_OWNS) and (unnamed or _speaks_for(draft.source, speaker)) \
                and not _named_country(draft) and not (unnamed and _describing(pred)):
            target = draft.target if not (draft.target and draft.target.code == speaker.code) \
                else None
            return replace(draft, source=speaker, target=target, attributed_to=speaker,
                           reported=True)
        return draft

    def _obliged(self, draft: _Draft) -> _Draft:
        """"Sudan must return the helicopter, Russia said", "Cairo said the US should mediate":
        what a third party says another must (should) do is its demand (appeal) of that
        other, coded like the same act under "demanded that" ("urged"); what one's own side
        must do, or what no one is said to require, did not happen (hypothetical)."""
        pred = draft.pred
        if pred.obligation is None or pred.negated:
            return draft
        teller = draft.attributed_to
        if teller is None or teller.code is None or _speaks_for(draft.source, teller):
            return replace(draft, unasserted=True)
        base = pred.embedded_code if pred.kind == "frame" and pred.embedded_code else draft.code
        code = self.patterns.derive(pred.obligation, base)
        if code is None:
            return replace(draft, unasserted=True)
        return _Draft(pred, code, teller, draft.source or draft.target, teller, True,
                      obliged=True)

    def _refused(self, draft: _Draft) -> _Draft:
        """"Ankara would not approve Sweden's membership", "the ministry said it would not
        comment": an act its author says it will not do is its refusal (12x, 011), coded like
        the same act under "refused to"; so is any "did not comment"."""
        pred = draft.pred
        if not pred.negated or pred.kind == "frame" or pred.modality == "hypothetical" \
                or excluded(pred.trigger) or (
                pred.speaker is not None and self.finder.is_denial(pred.speaker)):
            # ("… if Caracas did not explain the killing": a condition refuses nothing)
            return draft
        if draft.code == CLAIM_CODE and not any(lemma_of(w) in CLAIM_VERBS for w in pred.words) \
                and (pred.speaker is None or (draft.attributed_to is not None
                                              and _same_side(draft.source, draft.attributed_to))):
            # (not when another tells it: "IS was not behind the attack, investigators said")
            # "said it was not responsible for the blast": a disowned act is a denial (but
            # "Hamas did not claim the attack" only says no claim was made)
            return replace(draft, code=DENY_CODE, denial=True)
        if pred.modality != "future" and (draft.code != PLAIN_COMMENT or _answer_pending(pred.trigger)):
            # ("has not yet responded to the proposal": an answer still awaited, no refusal)
            return draft
        if draft.code.startswith(REJECT_ROOT):
            return draft  # "would not rule out sending troops": the option is kept open
        derived = self.patterns.derive("reject", draft.code)
        if derived is None or not derived.startswith(REFUSALS):
            return draft
        return replace(draft, code=derived, denial=True, refused=True)

    def _announced(self, draft: _Draft, speaker: ActorRef | None, ctx: ActorContext) -> _Draft:
        """"The World Bank said it would provide Sri Lanka with funding", "Japan will send
        relief supplies": an act its author (or the news) says will happen is, as an event
        today, the author's statement of intent (03x) or threat (13x), coded like the same
        act under "pledged to" / "threatened to"."""
        pred = draft.pred
        # (a "could … if" with no one saying it is speculation, not a threat)
        conditional = bool(pred.condition) and (pred.modality == "future" or (
            pred.modality == "hypothetical" and draft.attributed_to is not None))
        # (and so is a rejection announced on a condition: "would veto the bid unless …")
        hostile = conditional and draft.code.startswith(REJECT_ROOT)
        if (pred.modality != "future" and not conditional) or pred.negated \
                or (pred.kind == "frame" and pred.frame not in ANNOUNCED_FRAMES) \
                or not (draft.code.startswith(ANNOUNCED) or hostile):
            return draft
        if speaker is not None and draft.source is not None and speaker.country is not None \
                and speaker.role != MEDIA_ROLE and not _same_side(draft.source, speaker) \
                and not (draft.joint and _same_side(draft.target, speaker)) \
                and (speaker.provenance != "context" or conditional):
            # "Kyiv said Russia would attack": a forecast, not Russia's threat, nor an act
            # done (but "…, state television said" only tells the news; and "the EU will give
            # Moldova …, a spokesman said": a speaker whose side is only guessed from the
            # sentence is no other party, unless it tells what would follow a condition; and
            # "the US and Cuba will hold talks, the State Department said": a joint act its
            # own side announces is both sides' plan)
            return replace(draft, unasserted=True)
        if conditional and speaker is not None and draft.source is not None \
                and speaker.country is None and speaker.role not in (None, MEDIA_ROLE) \
                and not _same_side(draft.source, speaker) \
                and not {speaker.role, draft.source.role} <= STATE_ROLES:
            # "the opposition said the government might impose a state of emergency if …",
            # "rights groups said the junta could arrest journalists if …": what another side
            # would do on a condition is the speaker's guess, even with no country named (but
            # "officials said the army would retaliate if …" speak for their own state)
            return replace(draft, unasserted=True)
        # "will withdraw its troops unless Baghdad accepts", "may halt mediation if …": an act
        # announced on a condition someone else must meet is a threat
        # (but an offer of what the other side wants on a condition it meets, one no threat
        # row names, is a conditional promise: "would call off the protests if the government
        # released their leader" 0352)
        threat = hostile or (conditional and self.patterns.derive("threaten", draft.code)
                             != self.patterns.derive("threaten", "*"))
        derived = self.patterns.derive("threaten" if threat else "intend", draft.code)
        if derived is None:
            return draft
        return replace(draft, code=derived, announced=True,
                       target=draft.target or self._condition_target(draft, ctx))

    def _condition_target(self, draft: _Draft, ctx: ActorContext) -> ActorRef | None:
        for group in draft.pred.condition:
            found = self.participants.resolve(group, ctx, None)
            if found:
                return found[0]
        return None

    def _own_denial(self, draft: _Draft) -> _Draft:
        """"Our troops did not fire on the protesters, the army said": an act of force its
        alleged author's side says did not happen is that side's denial (016)."""
        pred = draft.pred
        teller = draft.attributed_to
        if not pred.negated or draft.refused or teller is None or excluded(pred.trigger):
            return draft  # ("opposed admitting Sweden": an act excluded, not denied)
        if self.ontology.get(draft.code).quad_class not in CONFLICT_QUADS or (
                pred.speaker is not None and self.finder.is_denial(pred.speaker)) \
                or draft.code.startswith(REJECT_ROOT):
            # ("has not ruled out military action, a spokesman said": a rejection not made
            # keeps an option open, it denies nothing)
            return draft
        if draft.source is not None and not _same_side(draft.source, teller):
            return draft
        if any(counted_none(w) or any(c.dep_ == "nsubjpass" and counted_none(c) for c in kids(w))
               for w in pred.words):
            return draft  # "no arrests were made, police said": an absence told, no denial
        if teller.provenance == "context" and (draft.source is None or draft.source.code != teller.code):
            return draft  # "…, local officials said": a guessed country is not a side
        return _Draft(pred, DENY_CODE, teller, draft.target, teller, True, denial=True)

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

    def _statement_date(self, pred: Predicate, published: dt.date | None) -> DateResolution:
        """When an announced act was announced: the report's time, else publication."""
        teller = pred.speaker or pred.attributor
        found = resolve_event_date(teller, published) if teller is not None else None
        if found is None or found.future:
            found = DateResolution(published.isoformat() if published else None, "published",
                                   False, None, "published")
        return found

    def _place(self, pred: Predicate, countries: Sequence[str],
               dateline_place: str | None) -> tuple[Place | None, bool]:
        """Where the event happened, and whether its own clause says so (not the report
        that carries it, nor the dateline)."""
        place = self._clause_place(pred, countries)
        if place is not None:
            return place, True
        if pred.speaker is not None:
            place = self.places.resolve(pred.speaker, countries, None)
        if place is None and dateline_place:
            place = self.places.lookup(dateline_place, countries)
        return place, False

    def _clause_place(self, pred: Predicate, countries: Sequence[str]) -> Place | None:
        trigger = pred.trigger
        shared = trigger.dep_ in ("advcl", "xcomp") and trigger.head.pos_ in VERB_POS
        # "gave a note to the embassy in Islamabad to protest", "rallied in Amman to condemn
        # the war in Gaza": a purpose or controlled clause happens where its governor does
        place = self.places.resolve(trigger.head, countries, None) if shared else None
        if place is None:
            place = self.places.resolve(trigger, countries, None)
        if place is None and pred.trigger.pos_ not in VERB_POS:
            head = pred.trigger.head
            if head.pos_ == "ADP":
                head = head.head  # "engaged in ethnic cleansing in Kosovo": the light verb's
            place = self.places.resolve(head, countries, None) if head.pos_ in VERB_POS else None
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
                 skip_chars: int = 0, labels: Tables | None = None) -> list[Mention]:
        """All mentions of a parsed article. Sentences ending before ``skip_chars`` (the
        title) are not coded. With ``labels``, each actor with a code carries its canonical
        name from these tables (``ActorRef.label``)."""
        # Coding an article makes many small linked objects (the parse view's tokens, phrases,
        # memos, drafts) that all live until the article is done. Python's cyclic collector,
        # set off by the allocations, would walk the live ones again and again: a fifth of
        # the coder's time on an article of 10,000 words, 2 % on one of 350. It is paused
        # while one article is coded and runs as usual after (reference counting still frees
        # at once whatever is in no cycle; what is, the collector's next pass frees).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._code_doc(doc, article_id=article_id, published=published,
                                  skip_chars=skip_chars,
                                  label=_labeller(labels) if labels is not None else _unlabelled)
        finally:
            release(doc)  # the parse view is the engine's, not the Doc's
            if collecting:
                gc.enable()

    def _code_doc(self, doc: Doc, *, article_id: str, published: str | None,
                  skip_chars: int,
                  label: Callable[[ActorRef | None], ActorRef | None]) -> list[Mention]:
        pub = dt.date.fromisoformat(published) if published else None
        ctx = self.actors.start_article(doc, pub)
        original = doc.user_data.get(ORIGINAL_TEXT)  # the text as written, if it was lowered
        dateline = parse_dateline(original or view(doc).text, pub)  # (the view keeps the text)
        dateline_place = dateline.place if dateline else None
        doc.user_data[BODY_START] = dateline.body_start if dateline else 0
        countries = list(getattr(ctx, "countries", ()) or ())
        mentions: list[Mention] = []
        unresolved: list[UnresolvedPhrase] = []
        for index, sent in enumerate(doc.sents):
            if sent.start_char < skip_chars:
                continue  # the title: headlines are not coded
            seen: dict[tuple[str, str | None, str | None], int] = {}
            text = original[sent.start_char:sent.end_char] if original \
                else span_text(doc, sent.start, sent.end)
            preds = self.finder.find(sent)
            unresolved += self.unresolved.collect(sent, index, preds, ctx, countries)
            done: list[_Draft] = []
            for pred in preds:
                place, in_clause = self._place(pred, countries, dateline_place)
                for draft in self._drafts(pred, ctx, place, place if in_clause else None):
                    draft = _act_answered(_act_referred(draft, done), done)
                    done.append(draft)
                    mention = self._mention(draft, article_id, index, sent, text, pub, place,
                                            label)
                    if _past_event_named(draft.pred, mention):
                        continue
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
        doc.user_data[UNRESOLVED_KEY] = unresolved  # actor phrases no table knows (actors unknown)
        return _answered_accusers(_share_dates(mentions))

    def _mention(self, draft: _Draft, article_id: str, index: int, sent, text: str,
                 pub: dt.date | None, place: Place | None,
                 label: Callable[[ActorRef | None], ActorRef | None]) -> Mention:
        """The mention record of a draft; ``text`` is the sentence's text (built once);
        ``label`` labels its actors (their codes alone decide what follows: keys, twins)."""
        pred = draft.pred
        code = self.ontology.get(draft.code)
        when = self._date(pred, pub) if not (draft.announced or draft.refused or draft.obliged) \
            else self._statement_date(pred, pub)
        modality = pred.modality if not when.future or pred.modality != "asserted" else "future"
        if draft.announced:
            modality = "threat" if code.quad_class == 3 else "intent"
        if draft.refused:
            modality = "refusal"
        if draft.obliged:
            modality = "demand" if code.root == "10" else "appeal"
        if draft.unasserted:
            modality = "hypothetical"
        if _direct_question(pred.trigger):
            modality = "question"
        trigger_tokens = sorted(pred.words, key=lambda t: t.i)
        return Mention(
            article_id=article_id,
            sentence_index=index,
            sentence=text.strip(),
            trigger=pred.trigger_text(),
            source=label(draft.source),
            target=label(draft.target),
            cameo=code.code,
            cameo_name=code.name,
            root=code.root,
            plover=code.plover or None,
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            date=when.date,
            date_precision=when.precision,
            location=place if code.quad_class in (2, 4) else _not_an_actor(place, draft),
            negated=pred.negated and not draft.denial,
            modality=modality,
            attributed_to=label(draft.attributed_to),
            confidence=self._confidence(draft),
            start=sent.start_char + (len(text) - len(text.lstrip())),
            end=sent.start_char + len(text.rstrip()),
            trigger_start=trigger_tokens[0].idx,
            trigger_end=trigger_tokens[-1].idx + len(trigger_tokens[-1].text),
            future=when.future,
            background=is_background(when.date, when.precision, when.future, pub),
            extra={"pattern": pred.pattern.source if pred.pattern else None,
                   "kind": pred.kind, "frame": pred.frame},
        )
