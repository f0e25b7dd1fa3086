"""Event predicates in one sentence's dependency parse, and their argument heads.

A predicate is a verb or an event noun that a row of the pattern table matches. This module
finds them and names, for each, the head tokens of its source and target noun phrases; it does
not resolve actors, dates or places (that is :mod:`eventcoder.code.engine`'s job).

Mechanisms (each tested in ``tests/code/``):

- plain verbs: ``Russia [invaded] Ukraine`` (the verb, its particle, object, prepositions);
- light verbs: ``Pakistan [gave a demarche] to the US`` (the object noun carries the event);
- control frames: ``Iran [agreed to meet]``, ``the EU [urged] Russia [to withdraw]``,
  ``[threatened to impose] sanctions``: the frame verb and the embedded event make one code;
- event nouns: ``his [visit] to Moscow``, ``the Russian [operation] in Ukraine``;
- voice: ``Kyiv was [shelled] by Russian forces`` (the by-agent is the source);
- subjects shared through conjunction, purpose clauses, control and relative clauses;
- negation (``did not attack``) and modality (``will``, ``could``, ``if``, frames);
- reported speech: the nearest reporting verb above the predicate is kept as the speaker.

Pattern matching and the search for each trigger's subjects, addressees and targets live in
:mod:`eventcoder.code.arguments`; event nouns that are predicates of their own in
:mod:`eventcoder.code.nominal`.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from spacy.tokens import Span, Token

from eventcoder.code._actor_tables import country_of_name
from eventcoder.code._parse import kids, tokens_of, view
from eventcoder.code._spans import entity_text
from eventcoder.code.arguments import (
    ARRIVAL_VERBS,
    CARRIER_NOUNS,
    FORCE_UNITS,
    FREEING_NOUNS,
    HELP_VERBS,
    HYPOTHETICAL_AUX,
    HYPOTHETICAL_MARKS,
    MEASURE_NOUNS,
    MUNITIONS,
    NOUN_POS,
    OBJECT_CONTROL_FRAMES,
    PEOPLE_OBJECT,
    REFRAIN_VERBS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    SUBJECT_DEPS,
    TARGET_PREP_RANK,
    VERB_POS,
    Predicate,
    afflicted,
    appended_participle,
    awaited,
    carried_goods,
    children_of,
    counted_noun,
    direct_objects,
    excluded,
    expected_clause,
    lemma_of,
    measured_nouns,
    names_people,
    permitted,
    prep_objects,
    reduced_relative_root,
    released_party,
    with_conjuncts,
)
from eventcoder.code.date_text import MONTHS, WEEKDAYS
from eventcoder.code.issues import IssueRefiner
from eventcoder.code.lexicon import word_class
from eventcoder.code.nominal import (
    INVESTIGATE_ROOT,
    REJECT_ROOT,
    SPEECH_CODES,
    TOPIC_PREPS,
    VIOLENT_CODES,
    NominalFinder,
    background_noun,
    background_prep,
    between_parties,
    copular_prep,
    customary,
    dated_after,
    held_people,
    lasting_subject,
    place_is_target,
    within_charge,
)
from eventcoder.code.patterns import Frame, Pattern, PatternTable
from eventcoder.ontology import family

__all__ = ["Predicate", "PredicateFinder"]

_VERB_OR_ADJ = VERB_POS | {"ADJ"}
DIRECT_DEPS = frozenset({"ccomp", "parataxis", "conj", "xcomp", "attr", "dobj", "acl", "relcl"})
AGENT_DEPS = frozenset({"nsubj", "nsubjpass"})  # an event noun that does the claim's act
PESSIMISTIC_COMMENT = "012"
OPTIMISTIC_COMMENT = "013"
DECISION_NOUNS = word_class("decision")  # "will not accept the [ruling]": a rejection
ACCUSING_WORDS = word_class("accusing")  # "…, Yerevan alleged": a charge told after its content
WISHING_VERBS = word_class("wishing")  # "hoped Japan would invest": a hope, not an intent
OFFERED_INTENTS = word_class("offered_intent")  # "agreed / offered to send troops to Haiti"
ASSISTING_VERBS = word_class("assisting_verb")  # "… to help Mozambique fight insurgents"
FRONTIER_WORDS = word_class("frontier")  # "… to the border": a show of force stays one
PROTECTION_CODE = "074"  # provide military protection or peacekeeping
DISAVOWED_INTENTS = word_class("disavowed_intent")  # "has no intention of": a refusal
PROVOKE_VERBS = word_class("provoke")  # "drew criticism from France": France criticises
LIKELIHOOD_ADVERBS = word_class("likelihood")  # "would probably reject": a guess
POSSIBILITY_AUX = frozenset({"might", "may", "could"})
FORESEEING_AUX = frozenset({"would", "will", "could", "might", "may", "shall", "'ll"})
TIES_NOUNS = word_class("ties")  # "warned that relations would suffer if …": a threat
COUNTERMOVES = word_class("countermove")  # "warned it would act": one's own answer, a threat
DENOUNCE = "111"  # criticize or denounce
PROSPECT_ADJECTIVES = word_class("prospect")  # "said a deal was [close]": of an act only
HABIT_ADVERBS = word_class("habit_adverb")  # "who has clashed [repeatedly] with …": a habit
ADDRESS_NOUNS = word_class("address")  # "in a speech", "in an interview": occasions of words
CAUSATIVE_LEMMAS = word_class("causative")
PERISH_VERBS = word_class("perish")  # "eight officers died when a bomb exploded": its victims
SHARED_PARTNER_CODES = family("shared_partner")
ANNOUNCE_VERBS = word_class("announce")  # "announced sanctions": the announcer's own act
ANAPHORIC_ACT_NOUNS = word_class("anaphoric_act")  # "protested the decision": an act told
DEFINITE_DETS = frozenset({"the", "this", "that", "these", "those"})
CONTAINER_NOUNS = word_class("container")
EFFORT_NOUNS = word_class("effort")
INTENT_PASSIVES = word_class("intent_passive")
REJECTION_CODE = "120"  # "will not accept the ruling"
DISAPPROVAL_CODE = "111"
DISAPPROVE = "110"  # disapprove, not specified below
APOLOGY_CODES = family("apology")
GLOOM_WHEN_DENIED = family("gloom_when_denied")  # "was not optimistic": pessimism
ABOUT_TARGET_CODES = family("about_target")  # "derogatory remarks [about] X": aimed at X
# Comments and investigations whose target may be the subject of their content clause:
# "expressed hope that North Korea would respond", "investigating allegations that the
# minister took bribes".
CONTENT_TARGET_CODES = family("content_target")
DEFIANCE_CODES = family("defiance")
BREACH_CODES = family("breach")
SIEGE_CODES = family("siege")  # "besieged Taiz, cutting off food": one act
SIEGE_MEANS_CODES = family("siege_means")  # "violated the ceasefire by shelling X": against X
PROPOSED_CODES = family("proposed")  # "a ceasefire proposed by Washington": what it is
UNMADE_MESSAGE_CODES = family("unmade_message")  # "vetoed a resolution condemning X"
VOICED_ATTITUDE = family("voiced_attitude")  # hopes and fears: what they are about is content
CONDITION_TARGET_CODES = family("condition_target")
CHARGED_CODES = family("charged")
DETENTION_CODES = family("detention")
ACCUSE = "accuse"  # the verb whose rows code what someone is charged with
CHARGE_NOUNS = word_class("charge_noun")
PLACE_WORDS = word_class("place_noun")
ASSAULT_ROOT = "18"
#: acts whose toll told in a participle is theirs: violence, and force against a crowd
#: ("opened fire on protesters, killing three": 175, not a second event)
TOLLED_CODES = family("tolled")
DEMONSTRATE_ROOT = "14"
POSTURE_ROOT = "15"
COMMENT_ROOT = "01"
PLAIN_STATEMENT = "010"
DENY_CODE = "016"
PROTECT_VERBS = word_class("protect")
COMBAT_VERBS = word_class("combat")  # "to help [fight] the insurgents": fighting for a host
PROTECTIVE_MISSIONS = word_class("protective_mission")  # "as part of the security mission"
AID_ROOT = "07"  # aid, and what a light verb hands over ("gave the army drones")
RECIPROCAL_ACT_CODES = family("reciprocal")  # "X and Y signed a pact": each to the other
SPONSOR_PARTICIPLES = word_class("sponsor")  # "a Russian-[brokered] ceasefire": a third party
ASYLUM_CODE = "075"
JOINT_ACT_CODES = family("joint_act")  # material cooperation: partners, not adversaries
RECEIVING_CODES = family("receiving")  # "received the envoy": the receiver hosts
COMPANION_PREPS = word_class("companion_prep")  # "trained alongside X": X is the partner
SPOKEN_PURPOSE_CODES = family("spoken_purpose")  # "called X to urge restraint": a call too
PHONE_CALL = "041"  # telephone a party
TRANSFER_CODES = family("transfer")
PATIENT_IS_SOURCE_CODES = family("patient_is_source")
SENT_FROM_CODES = family("sent_from")  # "was extradited from Spain": Spain sends
RELEASE_CODE = "084"  # "were freed": return, release
CAPTOR_VERBS = word_class("captor")  # "soldiers [held] by Cambodian forces": Cambodia holds
# Words that introduce what prompted an act: "after the North fired", "amid tensions with".
# Prepositions that place a gerund's act in time beside another act, not inside it.
# answers to what another said: "…, which Baku denied / rejected / confirmed"
ANSWER_CODES = ("015", "016", "12")
TIME_PREPS = frozenset({"after", "before", "since", "upon", "while", "during", "following"})
RECALL_VERBS = word_class("recall")  # "X's envoy was recalled": X recalls
SUMMON_VERBS = word_class("summon")  # "was summoned to the ministry in Y": Y summons
PROMPT_WORDS = frozenset({"after", "as", "amid", "following", "since"})
PROTEST_CONTENT_CODES = family("protest_content")
PROTEST_CHARGES = family("protest_charge")  # "rallied, accusing X of …": a charge of its own
PROTEST_EFFECT_CODES = family("protest_effect")
RELEASE_PREFIX = "084"  # return, release persons or property
RALLY_CODE = "113"  # rally opposition against
CONFLICT_FROM_ROOT = 10  # roots 10-20: verbal and material conflict
# "served as a mediator between …": a role taken, not an idiom whose noun is for someone
ROLE_PREPS = frozenset({"as"})
STATIVE_PASSIVES = frozenset({"engage", "involve"})  # "were engaged in", "were involved in"
COMPEL_VERBS = word_class("compel")  # "ordered X to leave" is "expelled X"
DESCRIBED_CHARGES = family("accusation") + DETENTION_CODES  # "men accused of spying"
ULTIMATUM = "139"
ULTIMATUM_VERBS = word_class("ultimatum_verb")  # "gave the rebels 48 hours to disarm"
TIME_SPANS = word_class("time_span")  # "… [48 hours] to disarm"
OWN_SIDE = word_class("own_side") | word_class("homeland")  # "warned that [his country] would"
COMMANDED = word_class("commanded")  # "ordered police to release X" releases X
DEPARTURE_VERBS = word_class("departure")
DEPARTURE_NOUNS = word_class("departure_noun")  # "ordered the withdrawal of the UN mission"
EXPEL, EXPEL_CODE = "expel", "166"
COERCE_VERBS = word_class("coerce")  # "ordered the paper to suspend publication" is a ban
CESSATION_VERBS = word_class("cessation")
JOINT_MANNER = word_class("joint_manner")  # "jointly", "together"
MILITARY_COOPERATION = "062"
MATERIAL_COOPERATION = "06"  # "worked together", "jointly develop": cooperate materially
BAN, COERCE_ROOT, ADMINISTRATIVE_SANCTION = "ban", "17", "172"
DEESCALATION = "087"  # de-escalate military engagement
YIELDING = "08"  # yield (what a call not to coerce asks for)
FORCE_FROM_ROOT = 18  # roots 18-20: violence
SHOW_OF_FORCE = "150"  # demonstrate military or police power
PREPARATION_VERBS = word_class("preparation")
PRESSURE_NOUNS = word_class("pressure")
# "under pressure from X", "bowing to X's demands", "after protests by X": a concession's addressee
PRESSED_PREPS = frozenset({"under", "to", "after", "following", "amid"})
YIELDING_ROOT = "08"
CHARACTERISING_VERBS = word_class("characterise")
DISAPPROVING_WORDS = word_class("disapproving")  # "called the remarks [irresponsible]"
CIRCUMSTANCE_NOUNS = word_class("circumstance")
SUFFERING_VERBS = word_class("undergo")  # "would [face] consequences"
PENALTY_NOUNS = word_class("penalty")  # "would face [consequences]"
# How deep below a wrong its agent is looked for ("an attempt [to change] the regime [by]
# support [from] the United States": six steps).
WRONG_AGENT_DEPTH = 6
SCHEME_NOUNS = word_class("scheme")
PREVENTION_VERBS = word_class("prevention")
# Roots whose purpose clause tells an act done, not a goal: force used "to disperse" a crowd.
REALISED_PURPOSES = frozenset({"17", "18", "19", "20"})
CONTACT_CODES = family("contact")
SAID_IN_CONTACT_CODES = family("said_in_contact")
# Verbs that pass a control frame on to the act they govern: "asked Cuba to help mediate".
TRANSPARENT_VERBS = word_class("transparent")
# "Kenya received armoured vehicles from Britain", "received a phone call from X": a receiving
# is the giving or the act the from-party did (aid is read by the rows of the giving verbs,
# code family ``receivable``)
RECEIPT_VERBS = word_class("receipt")
RECEIPT_CONVERSES = tuple(sorted(word_class("receipt_converse")))
RECEIVABLE_CODES = family("receivable")
# Frames whose passive subject is the act they carry: "an inquiry was ordered", "the release of
# the hostages was demanded by Israel" (not "the visit was aimed at …", an intent's purpose).
PASSIVE_CARRIER_FRAMES = frozenset({"demand", "threaten"})
# ("fail": "failed to reach a deal" is a refusal only of what its derivations list)
CONTROL_FRAMES = frozenset({"intend", "appeal", "demand", "reject", "threaten", "fail", "halt",
                            "weigh"})
# Frames that, embedded in another frame, give it the act they derive ("urged X to [stop
# shelling]": the stop is a de-escalation, 087, asked for).
DRAWN_OUT_VERBS = word_class("drawn_out")  # "refused to be [drawn] on …"
WITHHELD_VERBS = word_class("withheld")  # "declined to [say] whether …"
NO_COMMENT_OF = "010"  # the statement a refusal to be drawn declines (reject 010 -> 011)
NESTED_FRAMES = frozenset({"halt"})
# Frames whose verb, with an object its own row names, is that row's act; the infinitive after
# the object is its purpose ("pledged $2 billion to support …", "requested the deployment of a
# force to help the police": a request for peacekeeping, 0234)
OWN_OBJECT_FRAMES = frozenset({"intend", "appeal"})
YIELDED_BY_STOPPING = "08"  # what a nested stop gives: de-escalation (087), an end of dissent (082)
# Verbs of weighing an option ("is considering sending jets"): over an infinitive or gerund they
# open the frame "weigh" (014), whatever frame their lemma has on its own ("considers that …").
WEIGH_VERBS = word_class("weigh")
REFERRING_VERBS = word_class("referring")  # "…, the chief said, [referring] to Chinese troops"
BIDDING_VERBS = word_class("bidding")  # "told Manila [to remove] the warship": a demand
WEIGH = "weigh"
# Nouns whose lemma is not their verb's lemma but which open the same frame.
NOUN_FRAME_LEMMAS = {
    "threat": "threaten", "refusal": "refuse", "intention": "intend", "pledge": "pledge",
    "promise": "promise", "plan": "plan", "aim": "aim", "offer": "offer", "call": "call",
    "demand": "demand", "bid": "seek", "commitment": "commit", "readiness": "intend",
    "willingness": "intend", "decision": "decide", "vow": "vow", "appeal": "appeal",
}


def _referred_to(speaker: Token) -> list[list[Token]]:
    """"'If they cross that line, we will respond with full force,' the army chief said,
    referring to Chinese troops": whom a participle of referring on the reporting verb names
    (word class ``referring``) is the party what was told is about, the last target option."""
    return [with_conjuncts([o]) for c in kids(speaker) if c.dep_ == "advcl"
            and c.tag_ == "VBG" and lemma_of(c) in REFERRING_VERBS
            for p, o in prep_objects(c) if p == "to"]


def _warned_off(tok: Token, frame: Frame, embedded: Token) -> bool:
    """Whether a threat frame's verb has an object that is the subject of its infinitive
    ("warned Israel not to launch …", "warned NATO not to deploy troops"): the act in the
    infinitive is the warned party's, not one the warner threatens to do, so the warning to
    that party is the threat (130), whether or not its act is negated."""
    return frame.frame == "threaten" and tok.pos_ in VERB_POS and embedded.head.i == tok.i \
        and embedded.dep_ == "xcomp" and bool(children_of(tok, ("dobj",))) \
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(embedded))


def _restraint(frame: Frame, inner: Predicate, inner_code: str | None
               ) -> tuple[Frame, str | None]:
    """A frame over a negated act. "Agreed not to use force", "pledged to refrain from
    attacks": a commitment to restraint (035x de-escalation); "vowed not to cooperate": a
    refusal. "Demanded that troops not fire", "urged Thailand not to deport the refugees": a
    call for restraint, to de-escalate (force) or to yield (coercion); the call was made."""
    root = int(inner.code[:2])
    if frame.frame == "intend":
        conflict = root >= CONFLICT_FROM_ROOT
        frame = Frame(frame.lemma, "intend" if conflict else "reject", frame.modality)
        inner_code = DEESCALATION if conflict else inner_code
    elif frame.frame in ("appeal", "demand"):
        inner_code = DEESCALATION if root >= FORCE_FROM_ROOT else YIELDING \
            if root >= CONFLICT_FROM_ROOT else None
    else:
        return frame, inner_code
    inner.negated = False
    return frame, inner_code


def _that_clause_on_carrier(noun: Token) -> list[Token]:
    """"repeated its demand this week that Ghana lift …": the parser hangs the noun's
    that-clause on the verb that carries the noun."""
    return [c for c in children_of(noun.head, ("ccomp",)) if c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))
            and children_of(c, ("nsubj",))]


def _noun_complement(noun: Token) -> list[Token]:
    """The clause a frame noun the parser left without one carries: a that-clause hung on
    the verb that carries it, or a gerund after "of" ("its intention of [negotiating]")."""
    found = _that_clause_on_carrier(noun) if noun.dep_ == "dobj" else []
    return found or [g for p in children_of(noun, ("prep",)) if p.lower_ == "of"
                     for g in children_of(p, ("pcomp",)) if g.tag_ == "VBG"]


def _disavowal(noun: Token, pred: Predicate) -> bool:
    """"Has no intention of negotiating": the frame noun's "no" makes it a refusal, not an
    intent in general ("no attack in particular")."""
    return pred.kind == "frame" and pred.frame == "reject" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in kids(noun))


def _asked_for(noun: Token) -> Token | None:
    """"its call for the army to withdraw", "an appeal for donors to help": the act a call
    asks for, whether the parser hangs the infinitive on the noun's object, on the noun, or
    on the verb that carries the noun."""
    for child in children_of(noun, ("advcl",)):
        if child.pos_ in VERB_POS and children_of(child, ("nsubj",)) and any(
                c.dep_ == "mark" and c.lower_ in ("for", "that") for c in kids(child)):
            return child
    asked = [obj for prep, obj in prep_objects(noun) if prep == "for"]
    later = children_of(noun.head, ("advcl",)) if noun.dep_ == "dobj" else []
    for child in [c for obj in asked for c in children_of(obj, ("acl",))] + [
            c for c in later if asked and c.i > asked[0].i]:
        if child.pos_ in VERB_POS and any(c.dep_ == "aux" and c.lower_ == "to"
                                          for c in kids(child)):
            return child
    return None


def _quoted(trigger: Token, teller: Token) -> bool:
    """Whether ``trigger`` is inside a quotation that closes before its ``teller``."""
    doc = trigger.doc
    start = trigger.sent.start
    opened = any(doc[i].tag_ == "``" for i in range(start, trigger.i))
    return opened and teller.i > trigger.i and any(
        doc[i].tag_ == "''" for i in range(trigger.i + 1, teller.i))


def _direct_content(trigger: Token, reporter: Token) -> bool:
    """Whether ``trigger`` is the claim itself ("Khan said [the US interfered]", "… is
    [interference] by the US") rather than an event in an adjunct of it."""
    node = trigger
    if trigger.pos_ in NOUN_POS and trigger.dep_ in AGENT_DEPS and trigger.head.i != reporter.i:
        node = trigger.head  # ("said [Pakistani drones] had violated its airspace": the doer
        # named by an event noun is the claim's own subject, told with it)
    elif appended_participle(trigger) and trigger.head.i != reporter.i:
        node = trigger.head  # ("said Pakistani troops had violated the ceasefire, [firing]
        # mortars at Indian posts": how the claimed act was done is told with it)
    elif trigger.dep_ == "pobj" and copular_prep(trigger.head):
        node = trigger.head.head  # ("said Russian hackers were behind [the attack]": the act
        # one is said to be behind is the claim, told with its copula; NominalFinder._acts_behind)
    while node.i != reporter.i:
        if node.dep_ not in DIRECT_DEPS:
            return False
        node = node.head
    return True


def _comment_frame(frame: Frame, embedded: Token, inner: Predicate | None,
                   hoped_of: list[list[Token]]) -> str | None:
    """A frame that only comments: "warned that relations had reached their lowest point"
    (a warning with no act threatened in it) is a pessimistic comment; "said he hoped Japan
    would increase investment" (a hope for what another party does) is an optimistic comment
    about that party, not one's own intent."""
    if frame.frame == "threaten" and (inner is None or _third_party_act(embedded)) \
            and embedded.dep_ == "ccomp" \
            and not _made_to_suffer(embedded) and not _party_conditioned(embedded) \
            and not _own_side_deters(embedded):
        # ("warned Baghdad it would lose access to its revenues if it expelled US troops"
        # puts a condition on someone: a threat)
        return PESSIMISTIC_COMMENT
    return OPTIMISTIC_COMMENT if hoped_of else None


def _hoped_of(verb: Token, embedded: Token) -> list[list[Token]]:
    """"Hoped [Japan] would invest", "hoped [the talks with Ankara] would succeed": the party
    a hope is about, when the hoped-for clause has a subject of its own (a pronoun may be
    the speaker: "said he hoped he would meet", an intent); the partner of a talks noun."""
    if lemma_of(verb) not in WISHING_VERBS or verb.pos_ not in VERB_POS \
            or embedded.dep_ != "ccomp":
        return []
    subjects = [s for s in children_of(embedded, ("nsubj", "nsubjpass")) if s.pos_ != "PRON"]
    if not subjects:
        return []
    partners = [o for s in subjects for p, o in prep_objects(s) if p in ("with", "between")]
    return [g for g in (with_conjuncts(subjects), with_conjuncts(partners)) if g]


def _relative_noun(clause: Token) -> Token | None:
    """The noun a relative clause describes; also for a "where" clause the parser hung on a
    verb further up ("… for shelling of Qamishli where, officials said, 12 farmers died")."""
    if clause.dep_ == "relcl":
        return clause.head
    first = clause.doc[clause.left_edge.i]
    if first.lower_ == "where" and first.head.i == clause.i and first.i > 0:
        before = clause.doc[first.i - 1]
        return before if before.pos_ in NOUN_POS else None
    return None


def _earlier_clause(clause: Token) -> bool:
    """A relative clause dated before the story: "last March", "two years ago", "in 2019";
    or one hanging, through a place, on what prompted the act ("in retaliation for an air
    raid on a town where six farmers were killed")."""
    noun = _relative_noun(clause)
    if noun is None:
        return False
    if clause.dep_ == "relcl" and _wh_relative(clause) and any(
            t.ent_type_ == "DATE" and t.lower_ in MONTHS and t.dep_ == "pobj"
            and not any(c.like_num for c in kids(t)) for t in clause.subtree):
        return True  # "Besigye, who was abducted in Nairobi in November, …": what went before
    for tok in clause.subtree:
        if tok.ent_type_ == "DATE" and tok.dep_ in ("npadvmod", "pobj", "amod", "nummod",
                                                      "compound") and (
                tok.lower_ in ("ago", "last") or (tok.like_num and len(tok.text) == 4)
                or any(c.lower_ in ("last", "ago") for c in tok.children)):
            return True
    place = noun.ent_type_ in ("GPE", "LOC") or lemma_of(noun) in PLACE_WORDS \
        or clause.dep_ != "relcl"  # (a "where" clause is about a place)
    for anc in [noun, *list(noun.ancestors)[:5]] if place else ():
        if anc.dep_ == "prep" and anc.lower_ in ("for", "after", "following", "since"):
            return True
        if anc.pos_ in VERB_POS and anc.dep_ != "pobj":  # (not "for [shelling] Qamishli")
            return False
    return False


def _answers_clause(token: Token) -> bool:
    """"The army accused the RSF of shelling a hospital, which the group denied": a "which"
    clause after a comma whose "which" is the object of its verb may answer the whole clause
    before it, wherever the parser hung it (whether it does the verb's code decides)."""
    if token.dep_ != "relcl" or token.pos_ not in VERB_POS:
        return False
    summary = token.head
    if summary.dep_ in ("appos", "npadvmod", "dobj") and lemma_of(summary) in REPORT_NOUNS \
            and summary.left_edge.i > 0 and token.doc[summary.left_edge.i - 1].text == "," \
            and not children_of(token, ("dobj", "ccomp")) \
            and token.sent.root.i < summary.i and summary.i < token.i:
        # "accused the Philippines of ramming a vessel near the shoal, a charge Manila
        # denied": the word that sums up the clause is what the relative clause answers,
        # wherever the parser hung it (inside the charge's content, here)
        return True
    which = next((c for c in kids(token) if c.lower_ == "which" and c.dep_ == "dobj"), None)
    return which is not None and which.i > 0 and token.doc[which.i - 1].text == "," \
        and token.sent.root.i != token.i and token.sent.root.i < which.i


def _clause_verb(token: Token) -> Token:
    """The verb whose clause a conjoined or controlled verb belongs to."""
    while token.dep_ in ("xcomp", "conj") and token.head.i != token.i:
        token = token.head
    return token


def _told_relative(clause: Token, on_act: bool = False) -> bool:
    """"The minister, who met his Iranian counterpart on Monday, said …", "the attack, which was
    claimed by the Islamic State, …": a relative clause set off by a comma and told in the
    simple past (active, or a passive with "was"/"were") goes on with the story, an act of its
    own, when it says when ("on Monday", "the same day") or answers an act (``on_act``: its
    noun is an event noun). One in the present or a perfect ("Sharon, who has vowed …",
    "which holds hostages"), with no comma ("a resolution that aims to …"), dated in a past
    month or year, or with no day ("troops, who were trained by British instructors, …")
    describes its noun. Two clauses with no comma are acts too, in the simple past: one that
    tells its day ("the agreement that Kenya and the EU signed on Monday"), and a "who"
    clause on the story's subject ("protesters who marched on parliament demanded …")."""
    first = clause.doc[clause.left_edge.i]
    if first.i > 0 and clause.doc[first.i - 1].text != "," and clause.tag_ == "VBD" \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids(clause)) \
            and any(c.dep_ == "dobj" and lemma_of(c) in ("that", "which") or c.i == first.i
                    and c.dep_ == "nsubj" for c in kids(clause)) \
            and any(c.dep_ == "prep" and c.lower_ == "on" and any(
                o.dep_ == "pobj" and o.lower_ in WEEKDAYS for o in kids(c)) for c in kids(clause)):
        # "a trade agreement [that Kenya and the EU signed] on Monday": a restrictive clause
        # in the simple past that tells the day of its act is news, not a description
        return True
    if first.lower_ == "who" and first.dep_ == "nsubj" and clause.tag_ == "VBD" \
            and clause.head.dep_ in ("nsubj", "nsubjpass") \
            and first.i > 0 and clause.doc[first.i - 1].text != "," \
            and not any(c.dep_ in ("aux", "auxpass") for c in kids(clause)):
        # "protesters who marched on parliament demanded …", "the gunmen who stormed the
        # hotel were killed": a clause with no comma that picks out the people by what they
        # did, in the simple past, tells an act of the story when they are the subject of
        # the story's clause (an earlier one is dated so)
        return True
    if first.i == 0 or clause.doc[first.i - 1].text != "," \
            or first.tag_ not in ("WP", "WDT", "WP$") or first.lower_ == "that":
        return False
    if any(t.ent_type_ == "DATE" and t.lower_ in MONTHS and not any(
            c.like_num for c in kids(t)) for t in clause.subtree):
        return False  # "the junta, which seized power in July, …": what went before
    if not on_act and not any(t.ent_type_ in ("DATE", "TIME") for t in clause.subtree):
        return False
    auxes = [c for c in kids(clause) if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VBD":
        return not auxes
    return clause.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" \
        and auxes[0].lower_ in ("was", "were")


def _acted_on_protesters(clause: Token, pred: Predicate) -> bool:
    """"Police arrested dozens of protesters [who had blocked roads]", "fired tear gas at
    protesters [who marched on the palace]", "dispersed miners [who were blocking the
    highway]": a "who" clause with no comma on the people the story's act falls on, telling
    in the past (simple, perfect or progressive, not a passive) the protest they made (14),
    tells the act the story answers (one dated earlier is background)."""
    if clause.dep_ != "relcl" or not pred.code.startswith(DEMONSTRATE_ROOT) or _earlier_clause(clause):
        return False
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "who" or first.dep_ != "nsubj" or first.i == 0 \
            or clause.doc[first.i - 1].text == "," or not names_people(clause.head):
        return False
    noun = clause.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in NOUN_POS:
        noun = noun.head.head  # "dozens of [protesters] who …": the count is the object
    acted_on = noun.dep_ == "dobj" or (noun.dep_ == "pobj" and noun.head.dep_ == "prep"
                                       and noun.head.head.pos_ in VERB_POS)
    if not acted_on:
        return False
    auxes = [c.lower_ for c in kids(clause) if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "auxpass" for c in kids(clause)):
        return False
    return (clause.tag_ == "VBD" and not auxes) or (clause.tag_ == "VBN" and auxes == ["had"]) \
        or (clause.tag_ == "VBG" and auxes in (["were"], ["was"]))


OFFICIAL_COMPLAINT = "114"  # (summoning, lodging a protest)


def _said_of_another(token: Token, pred: Predicate) -> bool:
    """"Turkey, whose foreign minister had called the Greek prime minister a liar", "the
    defence minister, who called them terrorists": a relative clause set off by a comma on
    an actor, whose verb disapproves of someone (code family ``accusation``) and that is
    dated in no past month or year, tells words said, an act of its own, not a description
    of the actor. A formal complaint ("who summoned three former ministers") is a deed that
    may describe its doer, and stays so."""
    if token.dep_ != "relcl" or not pred.code.startswith(family("accusation")) \
            or pred.code.startswith(OFFICIAL_COMPLAINT):
        return False
    first = token.doc[token.left_edge.i]
    if first.i == 0 or token.doc[first.i - 1].text != "," or first.lower_ not in (
            "who", "whose", "which") or (first.lower_ == "which" and token.head.pos_ != "PROPN"):
        return False  # ("Bolivia, which accused it of crimes": a named state or body)
    return not any(t.ent_type_ == "DATE" and (t.lower_ in MONTHS or t.like_num)
                   for t in token.subtree)


def _holders(people: list[Token]) -> list[Token]:
    """Who held people, by a participle or relative clause of holding on their noun (word
    class ``captor``): its agent ("held by Cambodian forces"), else the state it places
    them in ("who had been detained in Iran for years")."""
    for noun in people:
        for clause in kids(noun):
            if clause.dep_ not in ("acl", "relcl") or lemma_of(clause) not in CAPTOR_VERBS \
                    or clause.tag_ != "VBN":
                continue
            agents = [o for p in children_of(clause, ("agent",)) for o in children_of(p, ("pobj",))]
            if agents:
                return agents[:1]
            places = [o for p, o in prep_objects(clause) if p in ("in", "by")
                      and o.ent_type_ == "GPE"]
            if places:
                return places[:1]
    return []


def _reaction_to_act(token: Token, pred: Predicate) -> bool:
    """"Israeli troops pushed into Jenin in an operation that was condemned by the Palestinian
    Authority": a passive relative clause in the simple past on an event noun, whose agent
    disapproves of the act (code family ``accusation``) and that no past month or year
    dates, tells a reaction to the act, an event of its own, with or without a comma."""
    if token.dep_ != "relcl" or not pred.code.startswith(family("accusation")) \
            or not children_of(token, ("agent",)):
        return False
    auxes = children_of(token, ("auxpass",))
    if len(auxes) != 1 or auxes[0].lower_ not in ("was", "were") \
            or children_of(token, ("aux",)):
        return False
    return not any(t.ent_type_ == "DATE" and (t.lower_ in MONTHS or t.like_num)
                   for t in token.subtree)


def _in_background(token: Token, on_act: bool = False) -> bool:
    """"Freed the hostages after talks [mediated] by Qatar": a participle or relative clause
    on a noun that only sets the scene (after, before, during …), or a relative clause that
    describes a noun, tells no event of its own."""
    while token.dep_ in ("xcomp", "conj") and token.head.i != token.i:
        token = token.head  # "a plan that aims [to impose] tariffs": the clause's verb
    noun = token.head
    if _earlier_clause(token):
        return True  # "in Slovakia, where two students were shot last year": what went before
    if token.dep_ == "pcomp" and noun.lower_ in ("after", "since") and any(
            c.dep_ == "npadvmod" for c in kids(noun)):
        return True  # "dissolved parliament, a year after suspending it": what went before
    if dated_after(token):
        return True  # "…, days after soldiers ousted the president": what went before
    if _counted_in_series(token):
        return True  # "the third official killed this year": a count of earlier acts
    if _freed_people(token):
        return True  # "the release of hostages held by Hamas": who is to be freed
    if held_people(token):
        return True  # "families of hostages held by Hamas": the state they are in
    if any(reduced_relative_root(c) for c in kids(token)):
        return True  # "troops [deployed] to Haiti clashed with gangs": what describes them
    if token.dep_ == "acl" and token.tag_ == "VBN" and lasting_subject(noun):
        return True  # "the truce [agreed] in Jeddah was holding": how the thing was made
    if token.dep_ == "relcl" and noun.pos_ in NOUN_POS \
            and (noun.dep_ not in ("appos", "npadvmod") or _wh_relative(token)) \
            and not any(c.lower_ in ("where", "when") for c in kids(token)) \
            and not _told_relative(token, on_act):
        # "a resolution that aims to tighten sanctions", "Sharon, who has vowed …": a
        # relative clause describes its noun; but "held talks in Nairobi, where they agreed"
        # goes on with the story, and "…, a claim Islamabad rejected" is an act of its own
        # (the parser makes that noun an appositive or, after a clause, an npadvmod); a
        # "who" or "which" clause on an appositive describes it as on any noun ("Joao
        # Lourenco, who has mediated between Kinshasa and Kigali, spoke …")
        return True
    return token.dep_ in ("acl", "relcl") and noun.dep_ == "pobj" \
        and background_prep(noun.head)


def _offered_code(frame: Frame, inner_code: str | None, embedded: Token) -> str | None:
    """The code of the act an intent frame embeds, as protection when it offers forces."""
    if inner_code is not None and _forces_offered(frame, inner_code, embedded):
        return PROTECTION_CODE  # "agreed to deploy a force to Mozambique": 0334
    return inner_code


def _forces_offered(frame: Frame, inner_code: str, embedded: Token) -> bool:
    """"SADC agreed to deploy a standby force to Mozambique", "Chad offered to send soldiers
    to help Niger": forces a party agrees, offers or pledges (word class ``offered_intent``)
    to send into another country, or to help (``assisting_verb``), are protection it
    promises (074 under the frame, 0334), no show of force (154, 138 under the frame); sent
    to a border (``frontier``) they stay one."""
    if frame.frame != "intend" or frame.lemma not in OFFERED_INTENTS \
            or not inner_code.startswith(POSTURE_ROOT):
        return False
    for prep, obj in prep_objects(embedded):
        if prep in ("to", "into") and lemma_of(obj) not in FRONTIER_WORDS and any(
                t.pos_ == "PROPN" and (country_of_name(entity_text(t)) or country_of_name(t.text))
                for t in obj.subtree):  # (the parser may tag "Mozambique's …" an ORG)
            return True
    return any(c.dep_ in ("advcl", "xcomp") and lemma_of(c) in ASSISTING_VERBS
               for c in kids(embedded))


def _bare_members(nouns: list[Token], words: frozenset[str]) -> bool:
    """Whether every noun is of ``words`` and named bare, with no one's modifier ("the army",
    "police"; not "Russian troops", "its army")."""
    return all(lemma_of(t) in words and not any(c.dep_ in ("amod", "compound", "poss")
                                                for c in kids(t)) for t in nouns)


def _kept_open(frame: Frame, inner: Predicate | None) -> bool:
    """"Refused to rule out a veto", "declined to reject the offer": a refusal to reject keeps
    the option open; it is neither act."""
    return frame.frame == "reject" and inner is not None and not inner.negated \
        and inner.code.startswith(REJECT_ROOT)


def _as_judged(tok: Token, pred: Predicate) -> str:
    """The code of a verb that judges rather than acts: "attacked his critics in a speech"
    denounces them (words, not blows); "regretted North Korea's missile launch"
    disapproves of it (no apology)."""
    if _said_in_address(tok, pred):
        return DENOUNCE
    if pred.code.startswith(APOLOGY_CODES) and _regrets_anothers_act(pred):
        return DISAPPROVE
    return pred.code


def _regrets_anothers_act(pred: Predicate) -> bool:
    """"Expressed regret over [North Korea's] missile launch", "regretted the decision [by
    Tokyo]": regret over an act a named party did (not one's own: "regret over its wartime
    actions") disapproves of it; it apologises for nothing."""
    words = {w.i for w in pred.words}
    regretted = [o for w in pred.words for o in children_of(w, ("dobj",)) if o.i not in words]
    regretted += [o for w in pred.words for h in (w, *children_of(w, ("dobj",)))
                  for p, o in prep_objects(h) if p in ("over", "about", "at")]
    return any(c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE")
               for o in regretted for c in kids(o)
               if c.dep_ in ("poss", "amod", "compound")) or any(
        p == "by" for o in regretted for p, _ in prep_objects(o))


def _charge_described(token: Token, pred: Predicate) -> bool:
    """"Two men [accused] of spying", "three activists [charged] with inciting riots": a
    passive participle with no agent that charges or holds the people it follows tells what
    they are (suspects, detainees), not an act of the story, and not the reporter's."""
    return token.dep_ == "acl" and token.tag_ == "VBN" \
        and not children_of(token, ("agent", "auxpass")) \
        and pred.code.startswith(DESCRIBED_CHARGES) and names_people(token.head)


def _counted_in_series(token: Token) -> bool:
    """"The third local official killed in the region this year", "the second journalist
    detained this month": a participle on a noun counted by an ordinal says what makes the
    series the noun is counted in, a statistic of earlier acts, not an act of its own."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and any(
        c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ == "latest")
        for c in kids(token.head) if c.i < token.i)


def _freed_people(token: Token) -> bool:
    """"Secure the release of hostages [held] by Hamas", "the return of children [deported] to
    Russia": a participle on the people a freeing noun frees says who holds them (the freeing's
    target), not an act of the story."""
    noun = token.head
    return token.dep_ == "acl" and token.tag_ == "VBN" and noun.dep_ == "pobj" \
        and noun.head.lower_ == "of" and lemma_of(noun.head.head) in FREEING_NOUNS


def _proposed(token: Token, pred: Predicate) -> bool:
    """"Willing to accept a ceasefire [proposed] by Washington": a participle with its agent
    that asks or offers (code family ``proposed``) says what its noun is, not an act of the
    story (unlike "a deal brokered by Russia", "a move condemned by the EU")."""
    return token.dep_ == "acl" and pred.code.startswith(PROPOSED_CODES) \
        and bool(children_of(token, ("agent",)))


LASTING_SPANS = frozenset({"year", "decade", "month"})  # (spans of time a tally sums up)


def _lasting_state(verb: Token) -> bool:
    """"Talks have been frozen since 2019": a perfect passive that lasts since a date tells a
    state of affairs begun before the story, not an act of its own; so does an active perfect
    that sums up the years since a year ("has fought several wars with Israel since the
    1980s") or over years ("has fought the government for more than 15 years"), but not one
    since a day ("has killed 30 people since Monday") or over days ("has shelled the town for
    three days"). Months and years lasted or looked back over ("for months", "over the past
    two years", "in recent years") sum up a time, and so does a perfect passive since a clause
    ("have been detained since the protests began")."""
    if verb.tag_ != "VBN" or not any(lemma_of(a) == "have" for a in children_of(verb, ("aux",))):
        return False
    if any(p.lower_ == "for" and lemma_of(o) in LASTING_SPANS
           for p in children_of(verb, ("prep",)) for o in children_of(p, ("pobj",))):
        return True  # "which has fought the government for more than 15 years": years of it
    if any(p.lower_ in ("over", "in", "during", "throughout") and lemma_of(o) in LASTING_SPANS
           and any(lemma_of(m) in ("past", "last", "recent") for m in kids(o))
           for p in children_of(verb, ("prep",)) for o in children_of(p, ("pobj",))):
        return True  # "has banned dozens of outlets over the past two years", "in recent years"
    passive = bool(children_of(verb, ("auxpass",)))
    if passive and any(lemma_of(m) == "since" for c in children_of(verb, ("advcl",))
                       for m in children_of(c, ("mark",))):
        return True  # "2,000 people have been detained since the protests began": a tally
    if not passive and any(names_people(counted_noun(o)) for o in children_of(verb, ("dobj",))):
        return False  # "has taken in 600,000 refugees since 2011": people, each one an act
    return any(p.lower_ == "since" and (o.like_num or _year(o) or (
        passive and o.ent_type_ == "DATE"))
               for p in children_of(verb, ("prep",)) for o in children_of(p, ("pobj",)))


def _year(token: Token) -> bool:
    """A year or a decade ("2014", "the 1980s")."""
    return sum(ch.isdigit() for ch in token.text) == 4


def _wh_relative(clause: Token) -> bool:
    """A relative clause opened by "who", "whom", "whose" or "which"."""
    first = clause.doc[clause.left_edge.i]
    return first.tag_ in ("WP", "WDT", "WP$") and first.lower_ != "that"


def _habitual(verb: Token) -> bool:
    """"The assembly meets every September": an act told as a habit ("every", "each" before a
    time) is no act done on a day."""
    if verb.dep_ == "relcl" and any(c.dep_ == "advmod" and lemma_of(c) in HABIT_ADVERBS
                                    for c in kids(verb)):
        # "Argentina's president, who has clashed repeatedly with Spain's government, …":
        # a relative clause that tells what its noun does again and again describes it
        return True
    if customary(verb):
        return True  # "traditionally hosts the leaders in December": a rule, not a day's act
    return any((c.dep_ == "npadvmod" or c.ent_type_ in ("DATE", "TIME")) and any(
        d.dep_ == "det" and d.lower_ in ("every", "each") for d in kids(c)) for c in kids(verb))


def _carried_messages(found: list[Predicate]) -> list[Predicate]:
    """"Issued a statement demanding that …": a plain statement whose message noun carries
    an act of speech of its own is that act, not a second event."""
    triggers = {p.trigger.i for p in found}
    return [p for p in found if not (
        p.kind == "light" and p.code.startswith(COMMENT_ROOT)
        and any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i in triggers
                for c in kids(p.trigger)))]


def _said_in_address(verb: Token, pred: Predicate) -> bool:
    """"Attacked critics of the dam in a speech to parliament", "lashed out at the court in an
    interview": an act of violence done in an address (word class ``address``) is a verbal
    attack, a denunciation (111). Not one its subject suffered ("was assassinated during a
    campaign speech", "was shot during a speech"): words hurt no one."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in kids(verb)):
        return False
    return pred.kind == "verb" and pred.code.startswith(VIOLENT_CODES) and any(
        lemma_of(o) in ADDRESS_NOUNS for p, o in prep_objects(verb)
        if p in ("in", "during", "on"))


def _would_only(token: Token) -> bool:
    """A plain "would", which in reported speech is a future ("said it would resume ties");
    "would have boycotted" is a counterfactual, not a future."""
    auxes = {c.lower_ for c in kids(token) if c.dep_ in ("aux", "auxpass")}
    marks = {c.lower_ for c in kids(token) if c.dep_ == "mark"}
    return "would" in auxes and not (auxes & (HYPOTHETICAL_AUX - {"would"})) and not (
        marks & HYPOTHETICAL_MARKS) and not (auxes & {"have", "'ve"}) and not _speculated(token)


def _only_adjuncts_between(verb: Token, clause: Token) -> bool:
    """Whether only the verb's by-agent and prepositional or time adjuncts stand between it and
    the infinitive clause ("was urged [by the Commission] [on Thursday] to speed up …")."""
    between = set(range(verb.i + 1, clause.left_edge.i))
    for child in kids(verb):
        if child.dep_ in ("agent", "prep", "npadvmod", "auxpass", "advmod") \
                and verb.i < child.i < clause.left_edge.i:
            between -= {t.i for t in child.subtree}
    return not between
def _infinitive_modifier(token: Token) -> bool:
    """ "a move to oust him", "an attempt to remove Khan": an infinitive that modifies a noun
    names a possible act, not one that happened (frames like "their aim to" use it instead)."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(token))
    # ("a decree [used] to prosecute critics", "a law [designed] to silence the press": the
    # purpose of a thing a participle describes)
    return to and (token.dep_ == "acl" or (
        token.dep_ in ("xcomp", "advcl") and token.head.dep_ == "acl"
        and token.head.tag_ == "VBN" and token.head.head.pos_ in NOUN_POS))


def _generic_relative(token: Token) -> bool:
    """"Warned that protesters [who attacked officers] would be shot", "any group [that
    challenged the state] would be crushed": a relative clause on a bare plural or on "any"
    noun, told of in a clause of what would or will be, describes whoever might do it, not
    an act that happened."""
    if token.dep_ != "relcl":
        return False
    noun = token.head
    determiners = [c for c in kids(noun) if c.dep_ in ("det", "poss", "nummod")]
    generic = (noun.tag_ == "NNS" and not determiners) or any(
        lemma_of(c) in ("any", "every", "anyone") for c in determiners)
    governor = noun.head
    return generic and governor.pos_ in VERB_POS and any(
        c.dep_ == "aux" and c.lower_ in FORESEEING_AUX for c in kids(governor))


def _conditional(pred: Predicate) -> bool:
    """Whether a predicate sits under "if", "unless", "whether" or an inverted "should"
    ("Should Israel strike …"), not only under a modal of possibility ("could use force")."""
    return _under_condition(pred.words[0])


def _forecast_of_another(tok: Token, frame: Frame, embedded: Token) -> bool:
    """"Diplomats expect the Security Council to extend the mission": a frame of what is to
    come ("is expected to visit", "is set to sign") said actively of another party's act is
    a forecast by the one who expects it, not the act nor anyone's intent ("expects to sign
    the deal", the subject's own, is still its future)."""
    if frame.modality != "future" or tok.pos_ not in VERB_POS \
            or any(c.dep_ == "auxpass" for c in kids(tok)):
        return False
    return bool(children_of(embedded, ("nsubj",)) or children_of(tok, ("dobj",)))


def _speculated(verb: Token) -> bool:
    """"The bank would probably reject any call to cut rates", "Moscow might refuse to …": a
    frame told as a likelihood (a modal of possibility, or "would" with an adverb of
    likelihood) is a guess about the act, not the act ("said it would reject" is an intent)."""
    auxes = {c.lower_ for c in kids(verb) if c.dep_ == "aux"}
    return bool(auxes & POSSIBILITY_AUX) or ("would" in auxes and any(
        c.dep_ == "advmod" and c.lower_ in LIKELIHOOD_ADVERBS for c in kids(verb)))


def _under_condition(verb: Token) -> bool:
    """See :func:`_conditional`: the verb itself, or the verb its clause hangs on by a
    conjunct or a control chain ("if OPEC agrees [to] cut output")."""
    if any(c.dep_ == "aux" and c.lower_ == "should" and c.i < verb.i for c in kids(verb)):
        return True
    for anc in (verb, *verb.ancestors):
        if any(lemma_of(c) in HYPOTHETICAL_MARKS for c in children_of(anc, ("mark",))):
            return True
        if anc.dep_ not in ("conj", "xcomp"):
            return False
    return False


def _whether_to(tok: Token) -> list[Token]:
    """"is studying [whether to end] its policy": an infinitive the parser hangs as a clausal
    complement, marked "whether", is the option weighed."""
    return [c for c in children_of(tok, ("ccomp",)) if c.pos_ in VERB_POS
            and any(m.lower_ == "whether" for m in kids(c))
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))]


def _released(frame: Frame, embedded_code: str) -> bool:
    """"Demanded the release of the activists", "urged Iran to free the sailors": who would
    be freed is not whom the demand is made of (that is who holds them)."""
    return frame.frame in OBJECT_CONTROL_FRAMES and embedded_code.startswith(RELEASE_PREFIX)


def _protest_purposes(found: list[Predicate]) -> list[Predicate]:
    """"Has been on hunger strike for weeks to protest his detention": a purpose clause whose
    verb carries a protest told by a noun ("on strike", "in a sit-in") says what the protest
    is about, like "marched to protest" (``_same_act``); it is no second event (its targets
    serve the protest)."""
    protests = [p for p in found if p.kind == "noun" and p.code[:2] == DEMONSTRATE_ROOT
                and p.trigger.dep_ == "pobj" and p.trigger.head.dep_ == "prep"]
    if not protests:
        return found
    out: list[Predicate] = []
    for pred in found:
        tok = pred.trigger
        carrier = next((p for p in protests if tok.dep_ == "advcl"
                        and p.trigger.head.head.i == tok.head.i), None) \
            if pred.kind == "verb" and pred.code.startswith(PROTEST_CONTENT_CODES) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok)) else None
        if carrier is None:
            out.append(pred)
            continue
        carrier.target_options = carrier.target_options + [
            g for g in pred.target_options if not (g and released_party(g[0]))]
    return out


def _below_frame_of_speech(pred: Predicate) -> bool:
    """"Beijing demanded that Washington stop selling arms to Taiwan, the spokesman told
    reporters": the content of a demand (urge, pledge, threat …) told in reported speech is
    still content, when the frame verb stands between it and the reporting verb (the frame is
    found by ``_framed_content``, which stops at the first clause that is no complement)."""
    speaker = pred.speaker
    return speaker is not None and any(
        a.i != speaker.i and a.pos_ in VERB_POS and a.dep_ in ("ccomp", "xcomp", "conj")
        for a in islice(pred.words[0].ancestors, 3) if speaker in a.ancestors)


def _together(sources: list[Token]) -> bool:
    """Two or more parties as one subject: "China and Russia", "the two navies"."""
    return len(sources) > 1 or any(c.lower_ in ("two", "both") for s in sources for c in kids(s))


def _third_party_act(embedded: Token) -> bool:
    """"Germany warned that [Russia] could attack NATO": an act a warning foresees from a
    party it names, not from the speaker, is a gloomy comment on that party, not a threat
    (not "warned that [its] forces would respond" nor "that [it] would retaliate")."""
    subject = next(iter(children_of(embedded, ("nsubj",))), None)
    if subject is None or subject.pos_ != "PROPN":
        return False
    theirs = country_of_name(entity_text(subject))
    speaker = next((a for a in embedded.ancestors if a.pos_ in VERB_POS), None)
    speakers = children_of(speaker, ("nsubj",)) if speaker is not None else []
    ours = {country_of_name(entity_text(t)) for s in speakers for t in s.subtree
            if t.ent_type_ in ("GPE", "NORP", "LOC")} - {None}
    # (a speaker of no named country may be speaking of its own: "Kim warned Pyongyang …")
    return theirs is not None and bool(ours) and theirs not in ours


def _own_side_deters(content: Token) -> bool:
    """"Warned that [his forces] would crush any attempt by the TPLF", "that [officers] would
    deal firmly with anyone who joined", "that [Pyongyang] would answer any attack with nuclear
    force": a warning that the speaker's own side (a pronoun, its own forces or police, a name
    of its own country) will act against a party or against any act of one is a threat (130),
    whatever the verb; "warned that it would take years" (no party acted on) stays a comment."""
    if lemma_of(content) in SUFFERING_VERBS | {"be", "have", "become"} or not any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "shall", "'ll") for c in kids(content)):
        return False
    if any(c.dep_ == "neg" for c in kids(content)):
        return False
    subject = next(iter(children_of(content, ("nsubj",))), None)
    if subject is None or not _own_side(subject, content):
        return False
    objects = children_of(content, ("dobj",)) + [
        o for p, o in prep_objects(content) if p in ("with", "against", "on", "at")]
    # ("warned Manila it would [take all necessary measures]", "warned Hezbollah that it would
    # [act]", "that it would [respond] firmly": the speaker's own answer, of no named kind, is
    # held over the party warned)
    return any(_deterred(o) for o in objects) or lemma_of(content) in COUNTERMOVES or any(
        lemma_of(o) in COUNTERMOVES for o in children_of(content, ("dobj",)))


def _own_side(subject: Token, content: Token) -> bool:
    """The subject of a warning's content is the warner's own side: a pronoun ("it", "we"),
    something a pronoun owns ("his forces"), a body at one's command named bare ("officers",
    "troops"), or a name of the warner's own country ("Pyongyang" in Kim Yo Jong's words)."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("it", "we", "they", "he", "she")
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(subject)):
        return lemma_of(subject) in COMMANDED | FORCE_UNITS | OWN_SIDE \
            or names_people(subject)
    if subject.pos_ == "PROPN":
        theirs = country_of_name(entity_text(subject))
        speaker = next((a for a in content.ancestors if a.pos_ in VERB_POS), None)
        speakers = children_of(speaker, ("nsubj",)) if speaker is not None else []
        ours = {country_of_name(entity_text(t)) for s in speakers for t in s.subtree
                if t.ent_type_ in ("GPE", "NORP", "LOC")} - {None}
        return theirs is not None and theirs in ours
    return lemma_of(subject) in COMMANDED | FORCE_UNITS and not any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("GPE", "NORP")
        for c in kids(subject))


def _deterred(obj: Token) -> bool:
    """What a deterrent warning is aimed at: a party ("the FDLR militia", "anyone"), or any act
    of one ("any attack", "any attempt by the TPLF")."""
    if names_people(obj) or obj.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
        return True
    return obj.lower_ in ("anyone", "anybody", "whoever") or any(
        c.dep_ == "det" and c.lower_ == "any" for c in kids(obj))


def _made_to_suffer(verb: Token) -> bool:
    """"Warned that the North would face an overwhelming response", "… would suffer the
    consequences": a warning that someone will undergo a penalty of no named kind is a
    threat (130) against them, not a pessimistic comment ("would face a difficult year" is)."""
    return lemma_of(verb) in SUFFERING_VERBS and bool(children_of(verb, ("nsubj",))) and any(
        lemma_of(o) in PENALTY_NOUNS for o in children_of(verb, ("dobj",)))


# Prepositions a passive leaves behind its verb ("was called on by ECOWAS to …").
STRANDED_PREPOSITIONS = frozenset({"on", "upon"})


def _phrasal_frame(patterns: PatternTable, verb: Token) -> Frame | None:
    """The frame of a verb with its particle, a row ``lemma_particle`` of ``frames.tsv``
    ("ruled out sending troops to Ukraine", "rule_out": a refusal, as "refused to send"), or
    None. The particle makes another verb: "rule" alone opens no frame."""
    if verb.pos_ not in VERB_POS:
        return None
    for c in kids(verb):
        if c.dep_ == "prt":
            return patterns.frame(f"{lemma_of(verb)}_{c.lower_}")
    return None


def _refused_not_negated(frame: Frame, embedded: Token, inner: Predicate | None) -> None:
    """"Ruled out sending troops to Ukraine": the gerund a verb of excluding takes is not
    done, but under a refusal frame that is the refusal itself, not a negated one."""
    if inner is not None and inner.negated and frame.frame == "reject" and excluded(embedded):
        inner.negated = False


def _stranded(verb: Token, particle: Token) -> bool:
    """"Mali's junta was called on by ECOWAS to …": in a passive, the parser tags the
    preposition its subject was the object of as a particle; the verb is still "call on"."""
    return particle.lower_ in STRANDED_PREPOSITIONS and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in kids(verb))


def _topic_partners(topics: list[Token]) -> list[list[Token]]:
    """"Voiced optimism about its talks [with Ethiopia]", "pessimism about the chances of a
    breakthrough [with China]": a comment on dealings is about the party they are with."""
    options: list[list[Token]] = []
    level = topics
    for _ in range(3):
        options += [with_conjuncts([o]) for t in level for p, o in prep_objects(t)
                    if p in ("with", "between")]
        level = [o for t in level for p, o in prep_objects(t) if p == "of"]
    return options


def _names_as(verb: Token) -> bool:
    """"Called the launch a provocation", "calling it 'detached from reality'": a
    characterising verb with an object complement names something as something (no
    telephone call, no appeal)."""
    return verb.pos_ in VERB_POS and lemma_of(verb) in CHARACTERISING_VERBS and (bool(
        children_of(verb, ("oprd",))) or _split_small_clause(verb) is not None)


def _conditioned(*verbs: Token) -> list[list[Token]]:
    """"Threatened to strike unless the government withdrew the bill": the subject of a
    threat's condition is who must comply, the threat's target."""
    clauses = [c for v in verbs for c in children_of(v, ("advcl",))
               if any(lemma_of(m) in HYPOTHETICAL_MARKS for m in children_of(c, ("mark",)))]
    return [with_conjuncts(children_of(c, ("nsubj",))) for c in clauses
            if children_of(c, ("nsubj",))]


def _party(subject: Token) -> bool:
    """A subject that can be a party: a name, a pronoun, or people ("the rebels")."""
    return subject.pos_ in ("PRON", "PROPN") or names_people(subject)


def _partys_own(subject: Token) -> bool:
    """What a party owns or sends acts for it in a condition: "if [Philippine ships] returned",
    "if [its troops] crossed the line", "if [Hamas fighters] entered the zone" (a country, group
    or pronoun owns the noun), unlike "if the drought continued"."""
    return any(c.dep_ in ("amod", "compound", "poss")
               and (c.ent_type_ in ("GPE", "NORP", "ORG") or (c.dep_ == "poss" and c.pos_ == "PRON"))
               for c in kids(subject))


def _party_conditioned(content: Token) -> bool:
    """"Warned Greece that it would respond if Athens armed the islands": a warning's content
    told of a party (a name or pronoun, not "inflation would rise") under a condition someone
    must meet is a conditional threat."""
    # ("warned Madrid that relations would suffer if Spain …": the ties between the two are
    # a party's too)
    if not any(s.pos_ in ("PRON", "PROPN") or lemma_of(s) in TIES_NOUNS
               for s in children_of(content, ("nsubj",))):
        return False
    # (the parser may hang the if-clause on a participle inside the content: "would lose
    # its revenues [held] in New York if it expelled US troops")
    return any(c.dep_ == "advcl" and any(lemma_of(m) in HYPOTHETICAL_MARKS
                                          for m in children_of(c, ("mark",)))
               # (not "if the drought …"; but a passive is an act someone must do or not do:
               # "if the sanctions are not lifted", "if our airspace is violated")
               and (any(_party(s) or _partys_own(s) for s in children_of(c, ("nsubj",)))
                    or bool(children_of(c, ("nsubjpass",))))
               and not any(a.dep_ in ("ccomp", "advcl") for a in islice(c.ancestors, 6)
                           if content in a.ancestors)
               for c in content.subtree)


def _prevented(verb: Token) -> bool:
    """"Police banned a rally [called] by the opposition to [demand] reforms": what is told
    about an act someone prevented did not happen either."""
    return any(node.pos_ in NOUN_POS and node.dep_ in ("dobj", "nsubjpass")
               and node.head.pos_ in VERB_POS and lemma_of(node.head) in PREVENTION_VERBS
               for node in islice(verb.ancestors, 8))


def _agents_within(noun: Token) -> list[list[Token]]:
    """Who did what a noun names, nearest first, down its complements: "interference …
    [by the United States]", "an attempt to change the regime by support [from the United
    States]", "[Russia's] aggression", "[Israeli] meddling"."""
    found: list[list[Token]] = []
    level = [noun]
    for _ in range(WRONG_AGENT_DEPTH):
        below: list[Token] = []
        for node in level:
            for c in kids(node):
                if c.dep_ == "pobj" and node.lower_ in ("by", "from"):
                    found.append([c])
                    below.append(c)  # ("by support [from the United States]")
                elif c.dep_ == "poss" and c.pos_ != "PRON" or (
                        c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")):
                    found.append([c])
                elif c.dep_ in ("prep", "pobj", "acl", "dobj"):
                    below.append(c)
        level = below
    return found


def _struck_object(verb: Token) -> bool:
    """Whether a violent verb has a direct object of its own ("shelled a village"), not a
    reflexive one ("blew himself up") and not none ("a bomb exploded")."""
    return any(o.pos_ != "PRON" for o in children_of(verb, ("dobj",)))


def _merge_tolls(found: list[Predicate], violent_nouns: frozenset[int] = frozenset()) \
        -> list[Predicate]:
    """The toll of a violent act is that act's, not a second event: a participle after its
    verb ("a car bomb exploded near a police station, killing eight officers"; "a roadside
    bomb hit a patrol, killing four", where the weapon names the act) or a relative clause on
    its noun ("the bombing in Ankara that wounded two officers"). The victims become targets:
    first for a noun, which names none of its own, after the verb's own for a verb.
    ``violent_nouns`` are the violent event nouns of the sentence: one that is no event of its
    own (what a comment or an inquiry is about: "condemned the air strike on a camp that
    killed 45", "ordered an inquiry into a strike that killed civilians") takes its toll into
    the background with it, rather than leaving a killing with no one's hand."""
    nouns = {p.trigger.i: p for p in found if p.kind == "noun"}
    verbs = {w.i: p for p in found if p.kind != "noun" for w in p.words}
    kept = []
    for pred in found:
        if pred.kind == "noun" and pred.code.startswith(VIOLENT_CODES):
            # "Russian drone strikes killed ten fighters": the subject names the act whose
            # toll the verb tells; one act, coded by the verb (its weapon refines it). Not
            # "fighting between Armenia and Azerbaijan killed dozens": no one named its agent
            subject = pred.trigger if pred.trigger.dep_ == "nsubj" else pred.trigger.head \
                if pred.trigger.dep_ == "compound" and pred.trigger.head.dep_ == "nsubj" \
                else None
            told = verbs.get(subject.head.i) if subject is not None and pred.sources else None
            if told is not None and told.trigger.i == subject.head.i \
                    and told.code.startswith(VIOLENT_CODES):
                told.target_options = told.target_options + pred.target_options
                continue
        tok = pred.trigger
        participle = tok.dep_ == "advcl" and tok.tag_ == "VBG"
        act = nouns.get(tok.head.i) if tok.dep_ in ("relcl", "acl") else None
        node = tok.head
        while act is None and tok.dep_ == "relcl" and node.dep_ in ("pobj", "prep") \
                and node.head.i != node.i:
            # "the bombing of a mosque in Kandahar, which killed 47": the parser hangs the
            # relative clause on the last noun of the act's phrase
            node = node.head
            act = nouns.get(node.i)
        if act is None and participle:
            act = verbs.get(tok.head.i)
        if act is None and pred.kind != "noun":
            act = _toll_of_when_clause(tok, verbs)
        if pred.kind != "noun" and pred.code.startswith(VIOLENT_CODES):
            _add_the_dead(pred)
        if act is None and tok.dep_ == "relcl" and pred.code.startswith(VIOLENT_CODES) \
                and _told_of_background(tok, violent_nouns):
            continue

        if act is None or act is pred or pred.code[:2] != ASSAULT_ROOT \
                or not act.code.startswith(TOLLED_CODES):
            kept.append(pred)
        elif act.kind in ("noun", "instrument") or not _struck_object(act.trigger):
            # (and "a suicide bomber blew himself up at a checkpoint, killing six soldiers":
            # an act with no object of its own has struck the victims, not the site)
            act.target_options = pred.target_options + act.target_options
        else:
            act.target_options = act.target_options + pred.target_options
    return kept

def _siege_means_merged(found: list[Predicate]) -> list[Predicate]:
    """"Besieged the city of Taiz, cutting off food and medicine", "tightened its blockade of
    Gaza, halting all fuel deliveries": a participle after a blockade or siege that tells what
    it cuts off is that blockade, not a second event (a cut in relations or aid)."""
    sieges = {w.i for p in found if p.code.startswith(SIEGE_CODES) for w in p.words}
    return [p for p in found if not (
        p.code.startswith(SIEGE_MEANS_CODES) and p.kind != "noun"
        and p.trigger.dep_ == "advcl" and p.trigger.tag_ == "VBG" and p.trigger.head.i in sieges)]


def _breached_against(found: list[Predicate]) -> None:
    """"Violated the ceasefire by shelling Tigrayan positions", "broke the truce, firing
    rockets at the airport": a truce is broken against whom the act that broke it struck, so
    that act's targets come first."""
    acts = {p.trigger.i: p for p in found if p.kind != "noun"}
    for pred in found:
        if not pred.code.startswith(BREACH_CODES) or pred.kind == "noun":
            continue
        verb = pred.trigger
        means = [c for p in kids(verb) if p.dep_ == "prep" and p.lower_ == "by"
                 for c in kids(p) if c.dep_ == "pcomp"]
        means += [c for c in kids(verb) if c.dep_ == "advcl" and c.tag_ == "VBG"]
        for act in (acts.get(m.i) for m in means):
            if act is not None and act is not pred:
                # (its struck object only: where that lies is the act's, not the breach's)
                pred.target_options = act.target_options[:1] + pred.target_options
                break


def _add_the_dead(act: Predicate) -> None:
    """"Eight officers died when a car bomb exploded near a police station", "59 worshippers
    died as a suicide bomber struck a mosque": who died in the when/as clause's act are its
    victims (after its own object, which it struck; before any place)."""
    clause = act.trigger
    if clause.dep_ != "advcl" or clause.head.lemma_.lower() not in PERISH_VERBS \
            or not any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as")
                       for m in kids(clause)):
        return
    dead = with_conjuncts(children_of(clause.head, ("nsubj",)))
    if not dead:
        return
    if _struck_object(clause):
        act.target_options = act.target_options + [dead]
    else:
        act.target_options = [dead] + act.target_options


def _toll_of_when_clause(verb: Token, verbs: dict[int, Predicate]) -> Predicate | None:
    """The act whose toll an agentless passive tells before it: "eight officers were killed
    when a car bomb exploded near a police station", "two soldiers were wounded as rebels
    attacked a base" — the toll-first form of "a car bomb exploded …, killing eight officers"
    (one act, the victims its targets)."""
    if not any(c.dep_ == "auxpass" for c in kids(verb)) \
            or any(c.dep_ == "agent" for c in kids(verb)):
        return None
    for clause in children_of(verb, ("advcl",)):
        if any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "as")
               for m in kids(clause)) and clause.i in verbs:
            return verbs[clause.i]
    return None


def _told_of_background(clause: Token, violent_nouns: frozenset[int]) -> bool:
    """Whether a relative clause hangs (directly, or through the prepositional phrases the
    parser hangs it on: "the strike on a camp in Gaza that killed 45") on a violent event
    noun. (The parser also hangs the noun's "on" phrase on the verb whose object the noun is:
    "condemned [the strike] [on a camp] that killed 45".)"""
    node = clause.head
    while True:
        if node.i in violent_nouns:
            return True
        if node.dep_ == "prep" and any(c.i in violent_nouns for c in children_of(
                node.head, ("dobj",))):
            return True
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head


def protective_purpose(verb: Token) -> bool:
    """"deployed troops [to protect] the gas fields", "sent police [to guard] the border
    posts", "sent troops [to help secure] the capital": a purpose infinitive of protecting;
    "sent police officers [as part of] a security mission", "deployed troops [to join] the
    peacekeeping force": a protective mission the forces serve in (word class
    ``protective_mission``); "sent troops [to help fight] the insurgents": helping a host fight
    (word class ``combat``)."""
    missions = [o for p, o in prep_objects(verb) if p in ("as", "under", "for")]
    missions += [o for m in list(missions) for p, o in prep_objects(m) if p == "of"]
    if any(lemma_of(m) in PROTECTIVE_MISSIONS for m in missions):
        return True
    for c in kids(verb):
        if c.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to"
                                                for a in kids(c)) \
                and any(lemma_of(o) in PROTECTIVE_MISSIONS for o in children_of(c, ("dobj",))):
            return True  # "to join the UN mission", "to lead the security mission"
        if c.dep_ not in ("advcl", "xcomp") or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in kids(c)):
            continue
        if lemma_of(c) in PROTECT_VERBS:
            return True
        if lemma_of(c) in HELP_VERBS and any(lemma_of(g) in PROTECT_VERBS | COMBAT_VERBS
                                             for g in kids(c) if g.dep_ in ("xcomp", "ccomp")):
            return True  # ("sent troops to help fight the insurgents": on the host's side)
    return False


def _split_small_clause(verb: Token) -> tuple[Token, Token] | None:
    """"Called Maduro a dictator": the small parser often makes the name a modifier of the
    complement ("Maduro" nmod of "dictator"). A proper name before the complement's own
    article is the person named; the complement is what they are called."""
    for noun in children_of(verb, ("dobj", "oprd")):
        article = next((c for c in kids(noun) if c.dep_ == "det"), None)
        name = next((c for c in kids(noun) if c.dep_ in ("nmod", "compound")
                     and c.pos_ == "PROPN" and article is not None and c.i < article.i), None)
        if name is not None and noun.pos_ == "NOUN":
            return name, noun
        # "calling [its conditions] [diktats]", "called [Pyongyang's launches] [provocations]":
        # the parser makes the thing named a plural compound of the complement
        thing = next((c for c in kids(noun) if c.dep_ == "compound" and c.tag_ == "NNS"
                      and noun.tag_ == "NNS"
                      and any(d.dep_ in ("det", "poss") for d in (*kids(c), *kids(noun)))),
                     None)
        if thing is not None and noun.pos_ == "NOUN" and lemma_of(verb) in CHARACTERISING_VERBS:
            return thing, noun
    return None


def _agent_of_its_own(verb: Token) -> bool:
    """"Announced Russia's withdrawal", "announced the capture of the town by rebels": the act
    an announcement names is someone else's when its noun names another agent ("its" is the
    announcer's own)."""
    return any((c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "by")
               for obj in children_of(verb, ("dobj",)) for c in kids(obj))


def _complements(tok: Token, deps: tuple[str, ...]) -> list[Token]:
    """The clauses hung on a frame word that may be its content; on a noun, not a passive
    participle ("a decision criticised by Germany" says what befell the act, it is not what
    was decided)."""
    found = children_of(tok, deps)
    return [c for c in found if c.tag_ != "VBN"] if tok.pos_ in NOUN_POS else found


# nouns that name a wrong by its kind: "an act of aggression", "a form of blackmail"
_KIND_NOUNS = frozenset({"act", "form", "case", "kind", "instance"})


def _modifying_participle(tok: Token) -> bool:
    """"Returned to the [negotiating] table", "the [ruling] party", "the [warring] sides": a
    bare present participle before the noun it modifies says what kind of thing it is."""
    return tok.tag_ == "VBG" and tok.dep_ in ("amod", "compound") and tok.head.i > tok.i \
        and tok.head.pos_ in NOUN_POS and not any(True for _ in kids(tok))


def _said_of(verb: Token, subjects: list[Token]) -> list[Token]:
    """"'This is a flagrant violation of our sovereignty,' the minister said of the oil
    concession": what "this" or "it" in the words said stands for is what they were said of."""
    if len(subjects) != 1 or subjects[0].lower_ not in ("this", "that", "it") \
            or verb.head.pos_ not in VERB_POS or verb.head.i == verb.i:
        return subjects
    said_of = [o for p, o in prep_objects(verb.head) if p == "of" and o.pos_ in NOUN_POS]
    return said_of[:1] or subjects


def _sponsor_of_act(token: Token, finder: NominalFinder) -> bool:
    """Whether a word names who brokered, mediated or backed an act, as the modifier of a
    participle on its event noun ("a [Russian]-brokered ceasefire", "a [UN]-backed deal")."""
    part = token.head
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
            and doc[token.i + 2].head.i == part.i and token.dep_ == "compound":
        part = doc[token.i + 2]  # ("a UN-backed truce": the parser hangs both on the noun)
    return token.dep_ in ("npadvmod", "compound", "nmod", "amod") and token.i < part.i \
        and lemma_of(part) in SPONSOR_PARTICIPLES and part.dep_ == "amod" \
        and finder.match_noun(part.head) is not None


def _inside_against(token: Token, words: list[Token]) -> bool:
    """Whether a word lies in an against-phrase of the predicate ("a joint operation [against
    cocaine smugglers]"), below the predicate's words."""
    for anc in islice(token.ancestors, 4):
        if anc in words:
            return False
        if anc.dep_ == "prep" and anc.lower_ == "against":
            return True
    return False


class PredicateFinder(NominalFinder):
    """Finds the event predicates of a sentence, using the pattern table."""

    def __init__(self, patterns) -> None:
        super().__init__(patterns)
        self.issue_refiner = IssueRefiner(self)

    def _light_noun(self, verb: Token) -> tuple[Token, Pattern] | None:
        """The event noun a verb carries: "gave [a demarche]", "held [talks]",
        "reiterated [his accusation]".

        Light verbs carry any event noun; reporting verbs, and verbs whose own pattern is a
        bare statement (root 01) or that have none, carry only speech acts (a formal protest,
        an accusation, a demand, a threat), never "told [a conference]".
        """
        frame = self.patterns.frame(lemma_of(verb))
        if frame is not None and frame.frame not in ("light", "report"):
            return None
        if lemma_of(verb) in PROVOKE_VERBS:
            return None  # "the strikes drew criticism from France": France's act, not theirs
        own = self.match_verb(verb)
        # "announced sanctions on X", "unveiled an inquiry": its author making an act known
        # carries the act as a light verb does (not a report of someone else's), where the
        # verb has no row of its own ("declared a state of emergency")
        light = (frame is not None and frame.frame == "light") or (
            lemma_of(verb) in ANNOUNCE_VERBS and own is None and not _agent_of_its_own(verb))
        if not light and own is not None and (own.code[:2] != "01" or own.code == DENY_CODE):
            return None  # ("dismissed Kyiv's accusations": a denial of the charge, not one)
        if frame is None and own is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            return None  # "Citing security concerns, Britain closed …": the act's reason
        if light and own is not None and own.objects and own.code[:2] == AID_ROOT:
            return None  # "gave the army drones": what is handed over is a thing, not an act
        carried = children_of(verb, ("dobj", "nsubjpass"))
        if light and not children_of(verb, ("dobj",)):
            # "engaged in fighting", "went on strike" (not "opened fire on a march": the
            # march is what was fired on)
            carried += [o for p, o in prep_objects(verb) if p in ("in", "on", "into")]
        # "sent a letter of protest", "a message of condolence": the container's content;
        # "provided 10,000 tons of food aid", "sent a shipment of arms", "sent 500 million
        # euros in aid": what is measured
        carried += [o for c in list(carried) if lemma_of(c) in CONTAINER_NOUNS
                    for p, o in prep_objects(c) if p == "of"]
        # "sent two planes carrying medical aid": what the carrier carries
        carried += [g for c in list(carried) if lemma_of(c) in CARRIER_NOUNS
                    for g in carried_goods(c)]
        if light:
            amounts = [c for c in carried if c.like_num or lemma_of(c) in MEASURE_NOUNS]
            carried += [o for c in amounts for o in measured_nouns(c)]
            if amounts:  # (the parser may hang "in aid" on the verb: "sent $5m [in aid]")
                carried += [o for p, o in prep_objects(verb) if p == "in"]
        if light:
            # "launched a mediation effort", "began a bombing campaign": the undertaking's
            # modifier names the act (tried before the undertaking noun itself)
            # ("carried out a campaign of ethnic cleansing": or its of-object)
            carried = [m for c in carried if lemma_of(c) in EFFORT_NOUNS for m in kids(c)
                       if m.dep_ == "compound" and m.pos_ == "NOUN"] + [
                o for c in carried if lemma_of(c) in EFFORT_NOUNS
                for p, o in prep_objects(c) if p == "of"] + carried
        for obj in carried:
            if obj.pos_ in NOUN_POS:
                # "opened an investigation into the airstrike": the parser often hangs the
                # noun's complement on the light verb
                pattern = self.match_noun(obj, extra=list(prep_objects(verb)) if light else [])
                if pattern is not None and not light and frame is not None \
                        and pattern.code == PLAIN_STATEMENT:
                    continue  # "a spokesman told a briefing": where it was told, no second word
                if pattern is not None and not light and any(
                        c.dep_ == "poss" and c.pos_ != "PRON" for c in kids(obj)):
                    continue  # "welcomed Ethiopia's call for talks": another's speech act
                if pattern is not None and (light or pattern.code.startswith(SPEECH_CODES)):
                    return obj, pattern
        return None

    # -- arguments ------------------------------------------------------------------------
    def find(self, sent: Span) -> list[Predicate]:
        """Every event predicate of the sentence (frames and light verbs first)."""
        consumed: set[int] = set()
        found = self._verb_predicates(sent, consumed)
        found.extend(self._fights_fallen_in(found, consumed))
        found.extend(self._bare_claims(sent, found, consumed))
        found.extend(self._acts_behind(sent, consumed))
        found.extend(self._provoked_reactions(sent, consumed))
        # ("the monitors, who were sent to watch over a truce": a description's nouns)
        found.extend(p for p in self._noun_predicates(sent, found, consumed)
                     if not any(a.dep_ == "relcl" and _in_background(a, self._on_act(a))
                                and not _said_of_another(a, p) for a in p.trigger.ancestors))
        blamed = self._claimed_acts(found, consumed)
        found.extend(act for _, act in blamed)
        found = _protest_purposes(found)
        violent_nouns = frozenset(
            t.i for t in tokens_of(sent) if t.pos_ in NOUN_POS
            and (m := self.match_noun(t)) is not None and m.code.startswith(VIOLENT_CODES))
        found = _carried_messages(_merge_tolls(found, violent_nouns))
        _breached_against(found)
        found = _siege_means_merged(found)
        found.extend(self._charges(found))
        for pred in found:
            # "demanded autonomy", "rejected calls for aid": what it is about decides the sub-code
            pred.code, act = self.issue_refiner.refine_with_act(pred.code, pred.words,
                                                                 pred.addressed)
            if pred.kind == "frame" and pred.embedded_code is None:
                pred.embedded_code = act
            if pred.kind == "frame" and lemma_of(pred.trigger) in PREPARATION_VERBS \
                    and pred.embedded_code and not pred.negated \
                    and int(pred.embedded_code[:2]) >= FORCE_FROM_ROOT:
                # "troops are preparing to storm the town": getting ready for force is a show
                # of force done now (150), not a statement of intent
                pred.code, pred.modality = SHOW_OF_FORCE, "asserted"
            if pred.kind != "noun":
                pred.obligation = self.obligation(pred.words[0])
                pred.condition = _conditioned(*pred.words)
                if pred.kind != "frame" and pred.code.startswith(CONDITION_TARGET_CODES):
                    # "threatened a general strike if Congress passed the reform": who must
                    # meet the condition is whom the threat is aimed at (frames do this already)
                    pred.target_options = pred.target_options + pred.condition
            provoker = self.provoked_by(pred.words[0])
            if provoker:
                pred.target_options = pred.target_options + [provoker]
            self._place_in_speech(pred)
            if pred.modality == "asserted" and (pred.speaker is None or _below_frame_of_speech(
                    pred)) and self._framed_content(pred):
                pred.modality = "hypothetical"
            if pred.modality in ("asserted", "future") and self._attitude_content(pred):
                pred.modality = "hypothetical"
            if pred.code.startswith(CONTENT_TARGET_CODES):
                pred.target_options = pred.target_options + self.content_subjects(pred.words)
            if pred.code.startswith(JOINT_ACT_CODES):
                # "launched a joint operation against the smugglers": whom a joint act is
                # against is the partners' common adversary, not a partner
                # ("against cocaine smugglers": nor a word inside that phrase)
                pred.target_options = [g for g in pred.target_options
                                       if not (g and _inside_against(g[0], pred.words))]
                # "shared radar images of Chinese vessels with Japanese officials": whom the
                # with-phrase names, wherever the parser hangs it, is the partner, before any
                # party the thing shared is about
                pred.target_options = sorted(pred.target_options, key=lambda g: not (
                    g and g[0].dep_ == "pobj" and g[0].head.lower_ == "with"
                    and g[0].head.head.i >= pred.trigger.i))
            if pred.code.startswith(RECIPROCAL_ACT_CODES):
                # "agreed to a Russian-brokered ceasefire", "signed a Qatari-mediated deal": who
                # brokered or backed an act the parties do together is no side of it (but
                # "rejected the US-brokered truce" answers its author)
                pred.target_options = [g for g in pred.target_options
                                       if not (g and _sponsor_of_act(g[0], self))]
            if pred.code.startswith(DEFIANCE_CODES):
                pred.target_options = pred.target_options + self._defied(pred.words)
        for claim, act in blamed:
            if claim.trigger.pos_ == "ADJ":
                # "Kenya said the militia was responsible for the attack": the act one is said
                # to be responsible for is what the report says, as the charge is (a third
                # party's telling is its accusation; "said it was responsible" stays the
                # claimant's act)
                act.blamed = True
        self._answered_acts(found)
        self._accusers_named(found)
        self._shared_partners(found)
        self._received_acts(found)
        self._delivered_gifts(found)
        found.extend(self._calls_made(found))
        return found

    def _calls_made(self, found: list[Predicate]) -> list[Predicate]:
        """"The French president called the Iranian president to urge restraint": a verb of
        calling with its own object (not "called on X to") whose purpose is words the caller
        says (code family ``spoken_purpose``: comments, appeals, praise) is a phone call too,
        beside what was said in it."""
        calls: list[Predicate] = []
        for pred in found:
            verb = pred.trigger
            if pred.kind != "frame" or not (pred.embedded_code or "").startswith(
                    SPOKEN_PURPOSE_CODES) or verb.pos_ not in VERB_POS:
                continue
            callees = children_of(verb, ("dobj",))
            row = self.patterns.match("verb", lemma_of(verb))
            if not callees or row is None or row.code != PHONE_CALL \
                    or any(p == "on" for p, _ in prep_objects(verb)):
                continue
            calls.append(Predicate(
                trigger=verb, words=[verb], code=row.code, pattern=row, kind="verb",
                sources=pred.sources, target_options=[with_conjuncts(callees[:1])],
                negated=pred.negated, modality=self.modality(verb)))
        return calls

    @staticmethod
    def _delivered_gifts(found: list[Predicate]) -> None:
        """"Medical supplies donated by China arrived in Lima", "aid from Egypt arrived in
        Gaza": what arrives was given by whom its participle of giving or its from-phrase
        names, to where it arrives; the participle is that one act, not a second one."""
        for pred in list(found):
            verb = pred.words[0]
            if pred.kind != "verb" or lemma_of(verb) not in ARRIVAL_VERBS \
                    or not pred.code.startswith(AID_ROOT):
                continue
            for theme in (counted_noun(s) for s in children_of(verb, ("nsubj",))):
                given = [p for p in found if p.kind == "verb" and p.trigger.dep_ == "acl"
                         and p.trigger.head.i == theme.i and p.code.startswith(AID_ROOT)]
                givers = [with_conjuncts([o]) for p, o in prep_objects(theme) if p == "from"]
                if given:
                    pred.sources = given[0].sources or pred.sources
                    found.remove(given[0])
                elif givers:
                    pred.sources = givers[0]
            # (where it arrives receives it: "arrived in the Central African Republic")
            pred.target_options = [with_conjuncts([o]) for p, o in prep_objects(verb)
                                   if p in ("in", "at", "to")] + pred.target_options

    def _received_acts(self, found: list[Predicate]) -> None:
        """"The president received a phone call from the emir", "Seoul got an apology from
        Tokyo": an act received is done by whom the from-phrase names, to the receiver (but to
        receive a person is to host them: "received the envoy from Japan"; code family
        ``receiving``)."""
        for pred in found:
            verb = pred.words[0]
            if pred.kind != "verb" or lemma_of(verb) not in RECEIPT_VERBS \
                    or pred.code.startswith(RECEIVING_CODES):
                continue
            givers = [o for p, o in prep_objects(verb) if p == "from"] + [
                o for obj in children_of(verb, ("dobj",)) for p, o in prep_objects(obj)
                if p == "from"]
            receivers = self.subjects(verb)[0]
            if givers and receivers:
                pred.sources = with_conjuncts(givers[:1])
                pred.target_options = [receivers]

    def _shared_partners(self, found: list[Predicate]) -> None:
        """"Met Ethiopia's prime minister and signed a deal", "phoned his Chilean counterpart
        and thanked him": a verb coordinated with another that shares its subject deals with
        the same partner, when nothing of its own names one (the last resort)."""
        verbs = {p.trigger.i for p in found if p.kind != "noun"}
        for pred in found:
            verb = pred.words[0]
            if pred.kind == "noun" or verb.dep_ != "conj" or verb.head.i not in verbs \
                    or children_of(verb, SUBJECT_DEPS) \
                    or not pred.code.startswith(SHARED_PARTNER_CODES):
                continue
            partners = children_of(verb.head, ("dobj",)) + [
                o for p, o in prep_objects(verb.head) if p == "with"]
            if partners:
                pred.target_options = pred.target_options + [with_conjuncts(partners[:1])]

    def _accusers_named(self, found: list[Predicate]) -> None:
        """"Denied that its jets had bombed a market, calling the accusation by Ukraine a lie",
        "denied supplying drones, calling Kyiv's claims baseless": the charge a denial's
        participle names (word class ``accusing``, or a claim) names the accuser, whom the
        denial answers (its first target), as "rejected the accusations by Kyiv" does."""
        for pred in found:
            verb = pred.words[0]
            if pred.kind == "noun" or pred.code != DENY_CODE or verb.pos_ not in VERB_POS:
                continue
            # (the charge is the participle's object, or the subject the parser gives its
            # small clause: "calling [Congo's allegations] absurd")
            # small clause: "calling [Congo's allegations] absurd"), on the denial or on the
            # clause it denies, where the parser may hang it
            hosts = [verb, *children_of(verb, ("ccomp",))]
            naming = [c for h in hosts for c in kids(h) if c.dep_ in ("advcl", "xcomp", "conj")
                      and c.tag_ == "VBG" and lemma_of(c) in CHARACTERISING_VERBS]
            accusers = []
            for c in naming:
                charges = [o for o in [*children_of(c, ("dobj",)), *(
                    s for x in children_of(c, ("oprd", "ccomp", "xcomp"))
                    for s in children_of(x, ("nsubj",)))] if o.pos_ in NOUN_POS
                    and (lemma_of(o) in ACCUSING_WORDS or lemma_of(o) == "claim")]
                accusers += [g for o in charges for g in self.noun_agents(o)]
                if charges:  # ("calling the accusation [by Ukraine] a lie": the parser may
                    # hang the charge's by-phrase on the participle)
                    accusers += [with_conjuncts([o]) for p, o in prep_objects(c) if p == "by"]
            accusers = [g for g in accusers if g and not set(g) & set(pred.sources)]
            if accusers:
                pred.target_options = accusers[:1] + pred.target_options

    def _answered_acts(self, found: list[Predicate]) -> None:
        """"Ghana condemned the coup …, and the junta rejected [the criticism]", "Chad closed
        its border, and Khartoum protested [the decision]": a definite noun object with no
        agent of its own that names an act the sentence told before (an event noun of that
        act's root, or a word for any act) aims the answer at that act's doer, when nothing
        else names a target."""
        for pred in found:
            if pred.kind == "noun":
                continue
            verb = pred.words[0]
            if lemma_of(verb) in ANNOUNCE_VERBS:
                parties = next((between_parties(o) for o in children_of(verb, ("dobj",))), [])
                if parties and not set(parties) & set(pred.sources):
                    # "Egypt's foreign minister announced a ceasefire between Israel and
                    # Hamas": the parties the act is between do it; its announcer only
                    # makes it known
                    pred.sources = parties
                    pred.target_options = [g for g in pred.target_options
                                           if not set(g) & set(parties)]
            summary = verb.head if (verb.dep_ == "acl" and verb.tag_ == "VBN") or (
                verb.dep_ == "relcl" and all(lemma_of(o) in RELATIVE_PRONOUNS
                                             for o in children_of(verb, ("dobj",)))
                and children_of(verb, ("nsubj",))) else None
            if summary is not None and lemma_of(summary) in ANAPHORIC_ACT_NOUNS \
                    and summary.dep_ in ("npadvmod", "appos") \
                    and not children_of(summary, ("poss",)):
                # "Russia annexed Crimea, a move condemned by the United States": the word
                # that sums up the clause is its act, aimed at by the participle ("…, a move
                # the Taliban condemned": or by a relative clause whose object it is; the
                # parser may hang it on the clause's last noun, as an apposition)
                told = [p for p in found if p is not pred and p.sources
                        and p.trigger.i < summary.i and verb not in p.sources]
                if told:
                    pred.target_options = pred.target_options + [told[-1].sources]
            if verb.dep_ in ("acl", "relcl") and children_of(verb, ("agent",)) \
                    and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "in" \
                    and not children_of(verb.head, ("poss",)) \
                    and (lemma_of(verb.head) in ANAPHORIC_ACT_NOUNS
                         or self.match_noun(verb.head) is not None):
                # "pushed into Jenin in an operation (that was) condemned by the Palestinian
                # Authority", "circled Taiwan in drills condemned by Taipei": the act the
                # "in" phrase's noun is is the verb's it hangs on, aimed at by the participle
                host = verb.head.head.head
                told = [p for p in found if p is not pred and p.sources
                        and host in p.words and verb not in p.sources]
                if told:
                    pred.target_options = pred.target_options + [told[0].sources]
            for obj in children_of(verb, ("dobj",)):
                if not any(c.dep_ == "det" and lemma_of(c) in DEFINITE_DETS for c in kids(obj)) \
                        or self.noun_agents(obj):
                    continue
                pattern = self.match_noun(obj)
                generic = lemma_of(obj) in ANAPHORIC_ACT_NOUNS
                told = [p for p in found if p is not pred and p.sources and p.trigger.i < obj.i
                        and pred.trigger not in p.sources
                        and (generic or (pattern is not None and p.code[:2] == pattern.code[:2]))]
                if told and (generic or pattern is not None):
                    pred.target_options = pred.target_options + [told[-1].sources]

    def _verb_predicates(self, sent: Span, consumed: set[int]) -> list[Predicate]:
        found: list[Predicate] = []
        # verbs; nouns that open a frame ("their demand that …"); predicative adjectives
        # (the view's tokens carry ``lemma_.lower()`` as ``lemma_lower``)
        verbs = [t for t in tokens_of(sent) if t.pos_ in VERB_POS
                 or (t.pos_ == "NOUN" and t.dep_ != "compound"
                     and t.lemma_lower in NOUN_FRAME_LEMMAS)
                 or (t.pos_ == "ADJ" and (t.dep_ == "acomp" or any(c.dep_ == "xcomp"
                                                                   for c in kids(t))))
                 or copular_prep(t)]
        # Heads before dependents, so a frame consumes its embedded event first.
        depth = view(sent.doc).depth
        verbs.sort(key=lambda t: (depth(t.i), t.i))
        for tok in verbs:
            whole = _answers_clause(tok)
            if tok.i in consumed or _infinitive_modifier(tok) or _generic_relative(tok) or (
                    self._charged(tok, found) and not whole):
                continue
            if tok.dep_ == "amod" and self._describing_frame(tok, consumed) or _prevented(tok) \
                    or _modifying_participle(tok) or afflicted(tok) or _lasting_state(tok) \
                    or _habitual(tok) or self._denial_named(tok):
                # ("evacuated [the wounded]": people, not a wounding; "denied …, calling the
                # reports fabricated": the denial's own words)
                continue
            pred = self._characterisation(tok)
            if pred is None and _names_as(tok) and not self._dismissed_charge(tok):
                continue  # "called the talks constructive": a naming, not a call or appeal
            pred = pred or self._ultimatum(tok, consumed) or self._frame(tok, consumed) \
                or self._disapproval(tok)
            # (not when the frame spent itself on a passive of no act: "asked not to be named")
            if pred is None and tok.pos_ in VERB_POS and tok.i not in consumed:
                carried = self._light_noun(tok)
                if carried is not None and self._opens_frame(carried[0]):
                    continue  # "reiterated its demand that Egypt lift …": the noun's own frame
                # ("received a complaint from Nepal": what is received is the giver's act,
                # before the noun's light-verb reading makes it the receiver's)
                pred = self._received(tok) or self._light(tok, consumed, carried) \
                    or self._plain(tok)
            if pred is None and (tok.pos_ == "ADJ" or copular_prep(tok)):
                pred = self._adjective(tok)
            if pred is not None and (self._unmade(tok, pred, found) or _proposed(tok, pred)):
                continue
            if pred is not None:
                pred.code = _as_judged(tok, pred)
            if pred is not None and whole:
                self._answer(pred, found, consumed)
                continue
            if pred is None or _charge_described(tok, pred) or (
                    _in_background(tok, self._on_act(tok))
                    and not _said_of_another(tok, pred)
                    and not _acted_on_protesters(tok, pred)
                    and not (self._on_act(tok) and _reaction_to_act(tok, pred)) and (
                    not pred.code.startswith(VIOLENT_CODES) or _earlier_clause(tok)
                    or dated_after(_clause_verb(tok)) or _counted_in_series(tok))):
                if pred is not None and pred.code.startswith(CHARGED_CODES):
                    # "a report that accused its troops of [killing] civilians": what a
                    # background accusation charges is its content, not an event either
                    consumed.update(t.i for t in tok.subtree if t.i != tok.i)
                continue  # (a violent one is a toll of the background act, merged below)
            consumed.update(w.i for w in pred.words)
            if tok.pos_ == "NOUN" and not _disavowal(tok, pred) and background_noun(
                    tok, {p.trigger.i for p in found}, {w.i for p in found for w in p.words}):
                continue  # "accepted [demands] that it call off the strike": their content
            if not self._same_act(pred, found):
                found.append(pred)
        return found


    def _on_act(self, clause: Token) -> bool:
        """Whether a relative clause is on an event noun ("the raid, which was denounced …")."""
        return clause.dep_ == "relcl" and clause.head.pos_ in NOUN_POS \
            and self.match_noun(clause.head) is not None

    def _answer(self, pred: Predicate, found: list[Predicate], consumed: set[int]) -> None:
        """"…, which the group denied": an answer to the whole clause before it is an event,
        addressed to whoever told that clause; another act in such a clause is not one."""
        if not pred.code.startswith(ANSWER_CODES):
            return
        main = pred.trigger.sent.root
        pred.target_options = [with_conjuncts(self.subjects(main)[0])] + pred.target_options
        found.append(pred)
        consumed.update(w.i for w in pred.words)

    @staticmethod
    def _unmade(tok: Token, pred: Predicate, found: list[Predicate]) -> bool:
        """Speech that no one made: a participle that only qualifies its noun ("alleged war
        crimes", "the promised aid"), or what a vetoed or rejected message would have said
        ("vetoed a statement criticising China": family ``unmade_message``)."""
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and pred.code.startswith(SPEECH_CODES):
            return True
        noun = tok.head
        return tok.dep_ == "acl" and noun.dep_ == "dobj" and pred.code.startswith(
            SPEECH_CODES) and any(p.trigger.i == noun.head.i and p.code.startswith(
                UNMADE_MESSAGE_CODES) for p in found)

    def _attitude_content(self, pred: Predicate) -> bool:
        """"(said he was) hopeful that the two sides would agree to a truce", "worried that
        Russia would attack": what a hope or a fear is about is the comment's content (family
        ``voiced_attitude``), not an event."""
        verb = pred.words[0]
        if verb.pos_ not in VERB_POS or verb.dep_ != "ccomp":
            return False
        adj = verb.head
        if adj.pos_ != "ADJ" or adj.dep_ != "acomp":
            return False
        row = self.patterns.match("adj", lemma_of(adj), objects=set(), preps=set())
        return row is not None and row.code.startswith(VOICED_ATTITUDE)

    def _framed_content(self, pred: Predicate) -> bool:
        """"Greece demanded that its partners refuse [to recognize] the republic": an act
        nested in what is demanded, urged, promised, refused or threatened (below the act the
        frame itself embeds) is content that may never happen, not an event."""
        child = pred.words[0]
        if child.pos_ not in VERB_POS:
            if pred.kind != "noun" or child.dep_ != "dobj" or child.head.pos_ not in VERB_POS \
                    or child.head.dep_ not in ("xcomp", "ccomp"):
                return False
            # "called on the world to press Israel to halt [its strikes]": the act a content
            # verb governs is content with it
            child = child.head
        content = child.head
        if child.dep_ == "conj" and child.tag_ == "VB" and content.dep_ in ("xcomp", "ccomp") \
                and content.head.pos_ in VERB_POS and not children_of(child, ("nsubj", "nsubjpass")):
            # "agreed to restore relations and [reopen] their embassies": a verb conjoined to
            # the act a control frame embeds is content of the same frame, not an act done
            # (a bare infinitive: "ordered the mission to leave and [accused] it" is the
            # orderer's own act, a finite verb the parser hung on the complement); so in a
            # that-clause: "demanded that Russia withdraw its troops and [return] control"
            frame = self.patterns.frame(lemma_of(content.head))
            if frame is not None and frame.frame in CONTROL_FRAMES:
                return True
        for depth, anc in enumerate(child.ancestors):
            purpose = child.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids(child))
            if not (purpose or child.dep_ in ("xcomp", "ccomp", "acl", "dobj")) or depth > 3:
                return False
            if anc.pos_ in VERB_POS and any(c.lower_ in ("would", "will") for c in kids(anc)
                                            if c.dep_ == "aux") and purpose:
                return True  # "would blockade Paris [to demand] an end to the reform"
            frame = self.patterns.frame(lemma_of(anc)) if anc.pos_ in VERB_POS and not any(
                c.dep_ == "prt" for c in kids(anc)) else None  # ("set up a panel to …")
            # (the act the frame itself embeds is the frame's; "demanded a force [to
            # protect] them" is what it is wanted for)
            if frame is not None and frame.frame in CONTROL_FRAMES and (
                    depth > 0 or child.dep_ not in ("xcomp", "ccomp")):
                return True
            child = anc
        return False

    def _inquired_into(self, trigger: Token) -> bool:
        """"Opened an inquiry into how a Russian missile entered Polish airspace",
        "investigating whether troops fired": what an investigation looks into is alleged,
        not told as done."""
        node = trigger
        while node.dep_ in ("conj", "nsubj", "nsubjpass", "dobj") and node.head.i != node.i \
                and node.pos_ in NOUN_POS:
            node = node.head  # (the doer or the object of the clause looked into)
        if node.dep_ not in ("pcomp", "ccomp") or not any(
                c.tag_ == "WRB" or c.lower_ in ("whether", "if") for c in kids(node)):
            return False
        head = node.head.head if node.head.dep_ == "prep" else node.head
        if head.i == node.i:
            return False
        found = self.match_noun(head) if head.pos_ in NOUN_POS else self.match_verb(head)
        if found is None and head.pos_ in VERB_POS:
            found = next((f for o in children_of(head, ("dobj",))
                          if (f := self.match_noun(o)) is not None), None)
        return found is not None and found.code.startswith(INVESTIGATE_ROOT)

    def _place_in_speech(self, pred: Predicate) -> None:
        """Who reports the predicate, and what that does to it."""
        if self._inquired_into(pred.trigger):
            pred.modality = "hypothetical"
        pred.speaker = self.reporting_verb(pred.trigger)
        if pred.speaker is not None and pred.speaker.i in {w.i for w in pred.words}:
            pred.speaker = None  # "claimed responsibility": the verb carries, not reports
        if pred.speaker is None:
            pred.attributor = self.trailing_attribution(pred.trigger)
            if pred.attributor is None or not _quoted(pred.trigger, pred.attributor):
                return
            # "'We call on the world to send food,' the prime minister said": the parser may
            # hang the quote's teller under it, but a quote is its teller's own words
            pred.speaker = pred.attributor
        # "Azerbaijani forces shelled a village, the ministry said": a report that follows
        # its content only sources it; "the ministry said forces shelled …" is a claim, and
        # so is any content of a charge, before or after it ("… shelled a village, Yerevan
        # alleged")
        pred.target_options = pred.target_options + _referred_to(pred.speaker)
        pred.direct = (pred.speaker.i < pred.trigger.i
                       or lemma_of(pred.speaker) in ACCUSING_WORDS) and _direct_content(
            pred.trigger, pred.speaker)
        if self._under_inquiry(pred.speaker) or self._commented_on(pred.speaker) or (
                pred.speaker.pos_ in VERB_POS and not self.is_denial(pred.speaker)
                and self.negated(pred.speaker)):
            # ("did not say how many soldiers had been killed": what no one told is not told)
            # "is investigating reports that troops executed civilians": what is being looked
            # into is alleged, not reported as done
            pred.modality = "hypothetical"
        elif pred.speaker.pos_ in NOUN_POS \
                and pred.speaker.dep_ in ("pobj", "nsubj", "nsubjpass", "ROOT") \
                and not self.noun_agents(pred.speaker):
            # "declined to comment on reports that Lima would recall its envoy", "amid claims
            # that …": hearsay no one is named for is neither asserted nor anyone's charge
            # (but "issued a statement demanding …" is the issuer's, "confirmed reports" true;
            # "Rumours that the minister had been arrested proved false", parsed with the noun
            # as the root, are hearsay too)
            pred.modality = "hypothetical"
        elif (self.is_denial(pred.speaker) or self._denied_report(pred.speaker)) \
                and pred.speaker.i < pred.trigger.i:
            # "Iran denied that it had supplied drones": the content did not happen (says Iran);
            # "a bomber killed 59 …; the Taliban denied involvement" did happen
            pred.negated = True
        elif pred.modality == "hypothetical" and _would_only(pred.words[0]) \
                and not expected_clause(pred.words[0]):
            # "said it would resume ties": reported "would" is a future, not a condition
            pred.modality = "future"

    def _denied_report(self, reporter: Token) -> bool:
        """"Iran rejected reports that it had sent drones", "dismissed claims that …": hearsay
        of no named source that the subject denies is, like the content of "denied that …",
        not told as done (a named accuser's charge, "rejected Kyiv's accusations that …", is
        that accuser's and stays)."""
        if reporter.pos_ not in NOUN_POS or reporter.dep_ != "dobj" \
                or lemma_of(reporter) not in REPORT_NOUNS or self.noun_agents(reporter):
            return False
        head = reporter.head
        if head.pos_ not in VERB_POS:
            return False
        if self.is_denial(head):
            return True
        found = self.match_verb(head)
        return found is not None and found.code.startswith(DENY_CODE)

    def _commented_on(self, reporter: Token) -> bool:
        """Reports of no named source that someone comments on ("declined to comment on
        [reports] that its ambassador had been recalled", "asked about [reports] that …"):
        the news the question is about is unconfirmed, not told as done."""
        if reporter.pos_ not in NOUN_POS or reporter.dep_ != "pobj" \
                or reporter.head.lower_ not in ("on", "about"):
            return False
        return not self.noun_agents(reporter) and not any(
            c.dep_ in ("poss", "compound", "amod") for c in kids(reporter))

    def _under_inquiry(self, reporter: Token) -> bool:
        """A report noun that is what an investigation looks into ("investigating [claims]
        that …", "looked into [reports] that …"): its verb codes an investigation (09)."""
        if reporter.pos_ not in NOUN_POS:
            return False
        head = reporter.head
        if reporter.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        elif reporter.dep_ not in ("dobj", "nsubjpass"):
            return False
        if head.i == reporter.i or head.pos_ not in VERB_POS:
            return False
        found = self.match_verb(head)
        return found is not None and found.code.startswith(INVESTIGATE_ROOT)

    def _embedded(self, tok: Token) -> Token | None:
        deps = ("xcomp",) if tok.pos_ in _VERB_OR_ADJ else ("acl", "relcl")
        children = _complements(tok, deps) or (
            _whether_to(tok) if tok.pos_ in VERB_POS else [])
        if tok.pos_ in VERB_POS and not children:
            # "have sworn [to fight]": an infinitive right after the verb the parser calls an
            # adverbial clause is its complement
            children = [c for c in children_of(tok, ("advcl",)) if c.left_edge.lower_ == "to"
                        and c.left_edge.dep_ == "aux" and _only_adjuncts_between(tok, c)]
            # "is committed [to opening] its markets": a gerund after "to"
            children += [g for p in children_of(tok, ("prep",)) if p.lower_ == "to"
                         for g in children_of(p, ("pcomp",)) if g.tag_ == "VBG"]
        if tok.pos_ in NOUN_POS and not children:
            children = _noun_complement(tok)
        for child in children:
            # "offered to host talks": the tagger sometimes calls the infinitive a noun
            if child.pos_ in VERB_POS or any(c.dep_ == "aux" and c.lower_ == "to"
                                             for c in kids(child)):
                inner = [g for g in children_of(child, ("xcomp",)) if g.pos_ in VERB_POS]
                if lemma_of(child) in TRANSPARENT_VERBS and inner:
                    return inner[0]  # "urged Cuba to help mediate": the act is mediating
                refrained = [o for p, o in prep_objects(child) if p == "from"] + [
                    g for p in children_of(child, ("prep",)) if p.lower_ == "from"
                    for g in children_of(p, ("pcomp",)) if g.pos_ in VERB_POS] \
                    if lemma_of(child) in REFRAIN_VERBS else []  # (or "from [attacking]")
                if refrained:
                    return refrained[0]  # "pledged to refrain from [attacks]": its negation
                return child
        if tok.pos_ in NOUN_POS:
            return _asked_for(tok)
        if tok.pos_ in VERB_POS:
            for _, obj in prep_objects(tok):
                for child in children_of(obj, ("acl", "xcomp", "relcl")):
                    if child.dep_ == "relcl" and any(t.tag_ in ("WDT", "WP", "WP$", "WRB")
                                                     for t in child.subtree):
                        continue  # "an operation [in which 13 civilians died]": a description
                    if child.pos_ in VERB_POS:
                        return child
            for child in children_of(tok, ("ccomp", "advcl")):
                # "demanded that Russia withdraw", "called for the president to step down"
                marked = child.dep_ == "ccomp" or any(
                    c.dep_ == "mark" and c.lower_ in ("for", "that") for c in kids(child))
                # ("promised that the detainees would be released": a passive subject too)
                if child.pos_ in VERB_POS and marked and children_of(child, ("nsubj", "nsubjpass")):
                    return child
        return None

    def _describing_frame(self, tok: Token, consumed: set[int]) -> bool:
        """"massed troops [ready] to invade": a frame adjective on a noun describes it; what
        it is ready for has not happened (and is consumed, not coded)."""
        frame = self.patterns.frame(lemma_of(tok))
        if frame is None or frame.frame not in CONTROL_FRAMES:
            return False
        embedded = self._embedded(tok)
        if embedded is not None:
            consumed.add(embedded.i)
        return True

    def _control_frame(self, tok: Token) -> Frame | None:
        """The control frame a verb or frame noun opens, or None. A verb of weighing over an
        infinitive or gerund ("is considering sending jets") opens "weigh" whatever its own
        frame ("considers that …" reports)."""
        lemma = lemma_of(tok)
        if tok.pos_ in NOUN_POS:
            lemma = NOUN_FRAME_LEMMAS.get(lemma, "")
        frame = self.patterns.frame(lemma) if lemma else None
        phrasal = _phrasal_frame(self.patterns, tok)
        if phrasal is not None:
            frame = phrasal  # "ruled out sending jets": the verb with its particle
        if tok.pos_ in VERB_POS and lemma in WEIGH_VERBS and (
                children_of(tok, ("xcomp",)) or _whether_to(tok)):
            frame = Frame(lemma, WEIGH, "asserted")
        if tok.pos_ in VERB_POS and lemma in BIDDING_VERBS and children_of(tok, ("dobj",)) and any(
                any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(x))
                for x in children_of(tok, ("xcomp",))):
            frame = Frame(lemma, "demand", "demand")  # "told Manila to remove the warship"
        return frame if frame is not None and frame.frame in CONTROL_FRAMES else None

    def _frame(self, tok: Token, consumed: set[int]) -> Predicate | None:
        frame = self._control_frame(tok)
        if frame is None:
            return None
        if _phrasal_frame(self.patterns, tok) is None and any(
                c.dep_ == "prt" and not _stranded(tok, c) for c in kids(tok)):
            return None  # "set up a team" is not "set to"; a particle makes another verb
        embedded = self._embedded(tok)
        if embedded is None:
            return self._nominal_frame(tok, frame)
        through = embedded.head if embedded.head.head.i == tok.i and lemma_of(
            embedded.head) in TRANSPARENT_VERBS else None  # "asked Qatar to [help] mediate"
        if self._own_object_wins(tok, frame, embedded, through):
            return None
        expulsion = self._expulsion(tok, frame, embedded) or self._compelled_stop(
            tok, frame, embedded) or self._ordered_to_own_forces(tok, frame, embedded, consumed)
        if expulsion is not None:
            return expulsion
        declined = self._declined_comment(tok, frame, embedded, consumed)
        if declined is not None:
            return declined
        # ("warned Israel not to launch an offensive": the act is the warned party's)
        inner = None if _warned_off(tok, frame, embedded) \
            else self._embedded_act(embedded, consumed)
        _refused_not_negated(frame, embedded, inner)
        # ("is studying [whether] to end its policy": an option weighed, whatever the act)
        option = frame.frame == WEIGH and any(c.lower_ == "whether" for c in kids(embedded))
        if inner is None and (frame.modality == "future"
                              or _spent_on_nothing(tok, frame, embedded, option, consumed)):
            # "Rain is expected to ease", "the harvest is expected to reach 3 million tonnes":
            # a frame of timing says when an act happens; with no act inside it says nothing
            return None
        inner_code = inner.code if inner else None
        negated = self.negated(tok)
        if negated and inner is not None and frame.frame == "intend" \
                and frame.lemma in DISAVOWED_INTENTS:
            # "has no intention of negotiating", "does not plan to attend": said as a
            # refusal, as "would not negotiate" is
            frame, negated = Frame(frame.lemma, "reject", "refusal"), False
            inner.negated = False
        # ("failed to agree": the act is negated by the failure the frame codes, 120)
        failing = frame.frame == "fail"
        if inner is not None and inner.negated and not negated and not failing:
            frame, inner_code = _restraint(frame, inner, inner_code)
        inner_code = _offered_code(frame, inner_code, embedded)  # ("agreed to deploy …")
        code = self.patterns.derive(frame.frame, inner_code or "*")
        # "Should Israel strike …, traders warned": a conditional act stays conditional (but a
        # "would" inside a warning or pledge is its future, not a condition)
        modality = self._frame_modality(tok, frame, inner)
        if _forecast_of_another(tok, frame, embedded):
            modality = "hypothetical"
        hoped_of = _hoped_of(tok, embedded)
        comment = _comment_frame(frame, embedded, inner, hoped_of)
        if comment is not None:
            # (a gloomy warning only talks of the act it foresees: its party is the target)
            code, modality = comment, "asserted"
            inner = None if comment == PESSIMISTIC_COMMENT else inner
        if code is None:
            return None
        addressed = self.addressees(tok) if frame.frame in OBJECT_CONTROL_FRAMES \
            and tok.pos_ in VERB_POS else []
        if frame.frame in OBJECT_CONTROL_FRAMES and tok.pos_ in NOUN_POS:
            # "its demand that Egypt lift the restrictions": whom the demand is made of
            addressed = with_conjuncts(children_of(embedded, ("nsubj",)) or [
                obj for prep, obj in prep_objects(tok) if prep == "for"][:1])
        options = hoped_of + self._frame_targets(tok, frame, embedded, inner, addressed)
        sources = self._frame_sources(tok)
        if not sources and lemma_of(tok) in INTENT_PASSIVES and tok.pos_ in VERB_POS:
            # "Senegal is committed to opening its ports": who is committed intends
            sources = with_conjuncts(children_of(tok, ("nsubjpass",)))
        return Predicate(
            trigger=tok,
            words=[tok, embedded] + ([through] if through is not None else [])
            + (inner.words if inner else []),
            code=code,
            pattern=inner.pattern if inner else None,
            kind="frame",
            sources=sources,
            target_options=[g for g in options if g],
            negated=negated or (inner is not None and inner.negated and not failing),
            modality=modality,
            frame=frame.frame,
            embedded_code=inner_code,
            addressed=addressed,
        )

    def _frame_modality(self, tok: Token, frame: Frame, inner: Predicate | None) -> str:
        """How a frame's act stands: its frame's modality, a stop's own tense, or a
        hypothesis."""
        if _kept_open(frame, inner):
            return "hypothetical"
        modality = frame.modality
        if frame.frame in NESTED_FRAMES and tok.pos_ in VERB_POS:
            modality = self.modality(tok)  # "will stop shelling": a stop to come, announced
        if tok.pos_ in VERB_POS and (_under_condition(tok) or _speculated(tok)):
            # "… if OPEC+ agrees to unwind cuts": a frame in a condition is not an act either
            modality = "hypothetical"
        elif awaited(tok if tok.pos_ in VERB_POS or tok.dep_ not in ("dobj", "nsubj")
                     else tok.head):
            # "froze aid until the junta agrees to restore civilian rule", "until the two
            # sides show willingness to negotiate": what is awaited is no act yet
            modality = "hypothetical"
        elif inner is not None and inner.modality == "hypothetical" and not _would_only(
                inner.words[0]) and not (frame.frame == "threaten" and not _conditional(inner)) \
                and frame.frame != WEIGH:  # ("weighing whether to join": the weighing is done)
            # ("warned that it could use force": a modal inside a warning is the threat)
            modality = "hypothetical"
        return modality

    def _ultimatum(self, tok: Token, consumed: set[int]) -> Predicate | None:
        """"Gave the protesters 24 hours to leave the square", "gave Niger's coup leaders one
        week to reinstate the president or face …", "gave Hamas until Saturday to release the
        hostages": to give a party a span of time (word class ``time_span``) or a day to do
        something sets it an ultimatum (139); the act demanded is not done (nor is the threat
        after "or")."""
        if tok.pos_ not in VERB_POS or lemma_of(tok) not in ULTIMATUM_VERBS:
            return None
        spans = [c for c in kids(tok) if c.dep_ in ("npadvmod", "dobj")
                 and lemma_of(c) in TIME_SPANS]
        spans += [p for p in kids(tok) if p.dep_ == "prep" and p.lower_ in ("until", "till")]
        acts = [c for c in kids(tok) if c.dep_ in ("advcl", "xcomp", "ccomp")
                and c.pos_ in VERB_POS and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))]
        parties = [c for c in kids(tok) if c.dep_ in ("dative", "dobj")
                   and lemma_of(c) not in TIME_SPANS]
        if not spans or not acts or not parties:
            return None
        consumed.update(t.i for a in acts for t in a.subtree)
        return Predicate(trigger=tok, words=[tok, acts[0]], code=ULTIMATUM, pattern=None,
                         kind="frame", sources=self._frame_sources(tok),
                         target_options=[with_conjuncts(parties[:1])],
                         negated=self.negated(tok), modality=self.modality(tok),
                         frame="threaten", embedded_code=None, addressed=parties[:1])

    def _declined_comment(self, tok: Token, frame: Frame, embedded: Token,
                          consumed: set[int]) -> Predicate | None:
        """"Refused to be drawn on whether …": no act refused, a comment declined (011)."""
        drawn = lemma_of(embedded) in DRAWN_OUT_VERBS and any(
            c.dep_ == "auxpass" for c in kids(embedded))
        if frame.frame != "reject" or not (drawn or lemma_of(embedded) in WITHHELD_VERBS):
            return None  # ("declined to say whether …", "refused to confirm": the same)
        consumed.update(t.i for t in embedded.subtree)
        return Predicate(trigger=tok, words=[tok, embedded],
                         code=self.patterns.derive(frame.frame, NO_COMMENT_OF),
                         pattern=None, kind="frame", sources=self._frame_sources(tok),
                         target_options=[], negated=self.negated(tok),
                         modality=frame.modality, frame=frame.frame,
                         embedded_code=NO_COMMENT_OF, addressed=[])

    def _own_object_wins(self, tok: Token, frame: Frame, embedded: Token,
                         through: Token | None) -> bool:
        """Whether the verb's own row (one that names its object) beats the frame: "called for
        loans to rebuild ports" (an infinitive that only modifies the object), "pledged $2
        billion to support the central bank" (a pledge with an object of its own is a pledge
        of that object; the infinitive after it is its purpose)."""
        if tok.pos_ not in VERB_POS:
            return False
        purpose = frame.frame in OWN_OBJECT_FRAMES and embedded.head.i == tok.i \
            and bool(children_of(tok, ("dobj",)))
        # "agrees with Argentina that the bloc needs reform": a that-clause after a row with a
        # partner of its own ("agree with") is a view shared, not an intent
        shared = frame.frame == "intend" and embedded.dep_ == "ccomp" \
            and embedded.head.i == tok.i and any(p == "with" for p, _ in prep_objects(tok))
        if not (purpose or shared) and (embedded.head.i == tok.i or through is not None):
            return False
        own = self.match_verb(tok)
        if own is not None and purpose and frame.frame != "intend":
            # (an appeal's object is mostly whom it is made of, "urged [the government] to":
            # only an object its own row names is what is asked, "requested [the deployment]")
            # (a row naming whom it is made of, "urged [governments]", is the bare appeal)
            return own.code != self.patterns.derive(frame.frame, "*") and any(
                lemma_of(o) in own.objects for o in children_of(tok, ("dobj",)))
        return own is not None and own.specificity > 0

    def _expulsion(self, tok: Token, frame: Frame, embedded: Token) -> Predicate | None:
        """"Ordered the ambassador to leave", "forced the peacekeepers to depart": to make
        someone leave is to expel them, coded as "expelled" would code them (161 diplomats,
        1661 peacekeepers, 174 journalists …)."""
        if frame.frame != "demand" or lemma_of(tok) not in COMPEL_VERBS \
                or lemma_of(embedded) not in DEPARTURE_VERBS or tok.pos_ not in VERB_POS:
            return None
        expelled = self.addressees(tok)
        if not expelled:
            return None
        objects = {lemma_of(t) for t in expelled}
        if any(names_people(t) for t in expelled):
            objects.add(PEOPLE_OBJECT)
        pattern = self.patterns.match("verb", EXPEL, objects=objects)
        return Predicate(
            trigger=tok, words=[tok, embedded], code=pattern.code if pattern else EXPEL_CODE,
            pattern=pattern, kind="verb", sources=self._frame_sources(tok),
            target_options=[expelled], negated=self.negated(tok), modality=self.modality(tok),
            addressed=expelled,
        )

    def _ordered_to_own_forces(self, tok: Token, frame: Frame, embedded: Token,
                               consumed: set[int]) -> Predicate | None:
        """"Erdogan ordered the army to launch an offensive", "the president ordered police to
        release the protesters": an order to the forces, named bare (no other country's), is
        the act ordered, done by whoever gave the order."""
        if frame.frame != "demand" or tok.pos_ not in VERB_POS \
                or lemma_of(tok) not in COMPEL_VERBS or self.negated(tok):
            return None
        ordered = self.addressees(tok)
        if not ordered or not _bare_members(ordered, COMMANDED):
            return None
        inner = self._embedded_act(embedded, consumed)
        if inner is None:
            return None
        return replace(inner, trigger=tok, words=[tok, *inner.words],
                       sources=self._frame_sources(tok), modality=self.modality(tok),
                       negated=inner.negated)

    def _compelled_stop(self, tok: Token, frame: Frame, embedded: Token) -> Predicate | None:
        """"Ordered the newspaper to suspend publication", "forced the party to disband": an
        authority that makes someone stop restricts them, coded as "banned" would code them
        (1721 the press and gatherings, 1722 parties, else 172)."""
        if frame.frame != "demand" or lemma_of(tok) not in COERCE_VERBS \
                or lemma_of(embedded) not in CESSATION_VERBS or tok.pos_ not in VERB_POS:
            return None
        stopped = self.addressees(tok)
        if not stopped or any(c.dep_ == "poss" and c.pos_ == "PRON" for t in stopped
                              for c in kids(t)):
            return None  # ("ordered its staff to stop work": its own people, no sanction)
        if _bare_members(stopped, FORCE_UNITS):
            # ("ordered the army to suspend operations": a leader's order to the forces,
            # named bare, is the halt itself, not a sanction on them)
            return None
        objects = {lemma_of(t) for t in stopped} | {
            lemma_of(o) for o in children_of(embedded, ("dobj",))}
        pattern = self.patterns.match("verb", BAN, objects=objects)
        code = pattern.code if pattern is not None and pattern.code[:2] == COERCE_ROOT \
            else ADMINISTRATIVE_SANCTION
        return Predicate(
            trigger=tok, words=[tok, embedded], code=code, pattern=pattern, kind="verb",
            sources=self._frame_sources(tok), target_options=[stopped],
            negated=self.negated(tok), modality=self.modality(tok), addressed=stopped,
        )

    def _embedded_act(self, embedded: Token, consumed: set[int]) -> Predicate | None:
        """The act a frame embeds, with its own sub-code ("threatened to halt [talks]": the
        halt is 164 before the threat is derived from it, 134)."""
        carried = self._light_noun(embedded)
        if carried is not None and self._opens_frame(carried[0]):
            carried = None
        inner = self._light(embedded, consumed, carried) or self._plain(embedded) or self._undergone(embedded)
        if inner is None and embedded.pos_ in VERB_POS:
            # "urged Moscow to [stop bombing] cities", "agreed to [cease attacking] convoys":
            # a stop embedded in an appeal, intent or demand is the act it derives (087 for
            # force), so the frame over it is a call for de-escalation, not a bare appeal
            halted = self._control_frame(embedded)
            if halted is not None and halted.frame in NESTED_FRAMES:
                inner = self._frame(embedded, consumed)
                if inner is not None and not inner.code.startswith(YIELDED_BY_STOPPING):
                    # (a stop of no known act says nothing of what is asked; a stop of aid or
                    # sales, "demanded that Washington stop selling arms", stays a bare demand)
                    inner = None
        if inner is not None:
            inner.code = self.issue_refiner.refine(inner.code, inner.words)
        return inner

    def _frame_targets(self, tok: Token, frame: Frame, embedded: Token, inner: Predicate | None,
                       addressed: list[Token]) -> list[list[Token]]:
        # "urged European capitals to unite against the regime": to call others to unite
        # against someone rallies them against that one, the target; the called are allies
        rallied = inner is not None and inner.code.startswith(RALLY_CODE) \
            and frame.frame in OBJECT_CONTROL_FRAMES
        options: list[list[Token]] = [] if rallied else [addressed]
        if frame.frame == "threaten" and tok.pos_ in VERB_POS:
            options.append(with_conjuncts(children_of(tok, ("dobj",))))  # "warned Boko Haram that"
            if embedded.dep_ == "ccomp" and (inner is None or inner.code[:2] < "10") \
                    and not (inner is None and _own_side_deters(embedded)):
                # (not "warned that [his forces] would crush any attempt …": its own side)
                # "warned that Washington would bear responsibility": whom the warning is about
                options.append(with_conjuncts(children_of(embedded, ("nsubj",))))
        if inner is None or not _released(frame, inner.code):
            options.extend(inner.target_options if inner is not None else [])
            options.extend(self.targets(embedded))
        if frame.frame == "threaten":
            options.extend(_conditioned(tok, embedded))
        return options

    def _defied(self, words: list[Token]) -> list[list[Token]]:
        """"refused to resign despite pressure from the opposition": a refusal made against
        pressure is aimed at whoever presses."""
        pressures = [o for w in words for p in kids(w) if p.dep_ == "prep"
                     and p.lower_ == "despite" for o in kids(p) if o.dep_ == "pobj"]
        return [g for obj in pressures if lemma_of(obj) in PRESSURE_NOUNS
                for g in [with_conjuncts([o]) for q, o in prep_objects(obj) if q == "from"]
                + self.noun_agents(obj) if g]

    def _pressed_by(self, verb: Token) -> list[list[Token]]:
        """"Under pressure from unions, the government withdrew the bill", "bowing to pressure
        from protesters, … scrapped the increase", "conceding to the demonstrators' demands":
        a concession made to pressure is made to whoever presses (word class ``pressure``)."""
        heads = [verb] + [c for c in kids(verb) if c.dep_ == "advcl" and c.tag_ == "VBG"]
        pressures = [o for h in heads for p in kids(h) if p.dep_ == "prep"
                     and p.lower_ in PRESSED_PREPS for o in kids(p) if o.dep_ == "pobj"]
        return [g for obj in pressures if lemma_of(obj) in PRESSURE_NOUNS
                for g in [with_conjuncts([o]) for q, o in prep_objects(obj)
                          if q in ("from", "by")] + self.noun_agents(obj) if g]

    def _aimed_at(self, verb: Token) -> list[list[Token]]:
        """"trained hackers [capable of launching attacks against the US]", "massed troops
        [ready to invade] Ukraine": force shown is aimed at whom what it is readied for is."""
        readied = [v for o in map(counted_noun, children_of(verb, ("dobj",))) for a in kids(o)
                   if a.dep_ in ("amod", "acl", "relcl")
                   for v in (a, *a.subtree) if v.pos_ in VERB_POS and v is not verb]
        return [g for v in readied[:3] for g in self.targets(v, conflict=True)]

    def _provocations(self, verb: Token) -> list[list[Token]]:
        """"Put its military on alert after the North fired shells", "called up reservists as
        tensions rose with India": a show of force is aimed at whoever the clause or phrase
        saying what prompted it names."""
        options: list[list[Token]] = []
        for clause in children_of(verb, ("advcl",)):
            if any(lemma_of(m) in PROMPT_WORDS for m in children_of(clause, ("mark",))):
                options.append(with_conjuncts(children_of(clause, ("nsubj",))))
                options += [with_conjuncts([o]) for p, o in prep_objects(clause) if p == "with"]
                for subj in children_of(clause, ("nsubj",)):
                    options += [with_conjuncts([o]) for p, o in prep_objects(subj) if p == "with"]
        for prep, obj in prep_objects(verb):
            if prep in PROMPT_WORDS:
                options += self.noun_agents(obj)
                # "amid a standoff with New Delhi", "after clashes with Indian troops", "amid
                # fears of an escalation with Hezbollah": the other party of what prompted it
                nouns = [obj] + [o for p, o in prep_objects(obj) if p == "of"]
                options += [with_conjuncts([o]) for n in nouns for p, o in prep_objects(n)
                            if p in ("with", "between")]
            elif prep == "with":
                # "with tensions rising with India": an absolute clause says what prompted it
                options += [with_conjuncts([o]) for c in kids(obj) if c.dep_ == "acl"
                            and c.tag_ == "VBG" for p, o in prep_objects(c) if p == "with"]
        return [g for g in options if g]

    def _adjective(self, adj: Token) -> Predicate | None:
        """"said he was optimistic about the talks", "was not responsible for the attack": a
        predicative adjective with a row of kind adj; the copula's subject is the source."""
        copula = adj.head
        if copular_prep(adj):
            # "said it was behind the attack": the phrase is the predicate; its object, an
            # act, is what the subject is said to be answerable for
            pairs = [("for", o) for o in children_of(adj, ("pobj",))
                     if self.match_noun(o) is not None or lemma_of(o) in ANAPHORIC_ACT_NOUNS]
            if not pairs:
                return None
        elif adj.dep_ != "acomp" or copula.pos_ not in VERB_POS:
            return None
        else:
            pairs = list(prep_objects(adj))
        pattern = self.patterns.match("adj", lemma_of(adj), objects={lemma_of(o) for _, o in pairs},
                                      preps={p for p, _ in pairs})
        if pattern is None:
            return None
        options = [with_conjuncts([o]) for p, o in pairs if p in TARGET_PREP_RANK]
        options += self._nested_targets([o for _, o in pairs], conflict=False)
        sources = self.subjects(copula)[0]
        if lemma_of(adj) in PROSPECT_ADJECTIVES and not any(
                self.match_noun(t) is not None for t in sources):
            return None  # "said a deal was close" comments; "Russia is close to China" does not
        # "the talks with Ethiopia were constructive": a verdict on talks is about the partner
        options += [with_conjuncts([o]) for t in sources if self.match_noun(t) is not None
                    for p, o in prep_objects(t) if p in ("with", "between")]
        code, negated = pattern.code, self.negated(copula) or self.negated(adj)
        if negated and code.startswith(GLOOM_WHEN_DENIED):
            # "said he was not optimistic that a deal could be reached", "is not hopeful of
            # progress": to deny one's own hope voices doubt, a pessimistic comment
            code, negated = PESSIMISTIC_COMMENT, False
        return Predicate(
            trigger=adj, words=[adj, copula], code=code, pattern=pattern, kind="verb",
            sources=sources, target_options=options,
            negated=negated, modality=self.modality(copula),
        )


    def _frame_sources(self, tok: Token) -> list[Token]:
        if tok.pos_ in VERB_POS:
            return self.subjects(tok)[0]
        if tok.pos_ == "ADJ":
            # "Iran is ready to talk": the copula's subject
            return self.subjects(tok.head)[0] if tok.head.pos_ in VERB_POS else []
        sources = self._noun_sources(tok)
        if not sources and tok.head.pos_ in VERB_POS:
            sources = self.subjects(tok.head)[0]
        return sources

    def _ordered_out(self, verb: Token, noun: Token) -> Pattern | None:
        """"Mali's junta ordered the withdrawal of the UN peacekeeping mission", "ordered the
        departure of French troops", "ordered the exit of US personnel": an order that others
        leave (a noun of leaving, word class ``departure_noun``, whose of-object is someone
        other than the orderer's own forces) expels them, coded as "expelled" would code them
        (1661 peacekeepers, 166 forces, 161 diplomats …). The orderer's own forces, named bare
        or as its own ("ordered the withdrawal of [its] troops", "of troops from the town"),
        withdraw: that is their retreat, not an expulsion."""
        if lemma_of(verb) not in COMPEL_VERBS or lemma_of(noun) not in DEPARTURE_NOUNS:
            return None
        leaving = [o for p, o in prep_objects(noun) if p == "of"]
        if len(leaving) != 1:
            return None
        left = leaving[0]
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(left)) \
                or _bare_members([left], COMMANDED):
            return None
        objects = {lemma_of(left)} | {lemma_of(c) for c in kids(left)
                                      if c.dep_ in ("compound", "amod")}
        if names_people(left):
            objects.add(PEOPLE_OBJECT)
        return self.patterns.match("verb", EXPEL, objects=objects)

    def _nominal_frame(self, verb: Token, frame: Frame) -> Predicate | None:
        """A frame verb whose object is an event noun: "wants closer ties with France",
        "demanded the release of the prisoners", "threatened sanctions". A row of the verb's
        own (e.g. "sought loans" → 0231) is more specific and wins."""
        if verb.pos_ not in VERB_POS:
            return None
        own = self.match_verb(verb)
        if own is not None and own.specificity > 0:
            return None
        causative = lemma_of(verb) in CAUSATIVE_LEMMAS
        # ("ordered patrols [by police]": the parser may hang the agency on the verb)
        agency = [(p, o) for p, o in prep_objects(verb) if p == "by"] if causative else []
        # ("ordered a probe [into the army operation]": and the noun's own complement)
        about = [(p, o) for p, o in prep_objects(verb) if p == "into"] if causative else []
        # "an inquiry into the army operation was ordered by the government": the passive's
        # subject is the act ordered, demanded or threatened (not "the visit was aimed at …")
        carried = children_of(verb, ("dobj",))
        if not carried and (causative or frame.frame in PASSIVE_CARRIER_FRAMES):
            carried = children_of(verb, ("nsubjpass",))
        for obj in carried:
            noun = self.match_noun(obj, extra=agency + about) if obj.pos_ in NOUN_POS else None
            ordered_out = self._ordered_out(verb, obj) if causative and obj.pos_ in NOUN_POS \
                else None
            noun = ordered_out or noun
            if noun is None:
                continue
            if causative:
                # "ordered an inquiry", "authorised air strikes": the subject has its own
                # agencies do the act, so the act is the event
                code: str | None = noun.code
            else:
                code = self.patterns.derive(frame.frame, noun.code)
            if code is None:
                return None
            # ("ordered the withdrawal of Ethiopian troops from the AU mission": who is expelled)
            options: list[list[Token]] = [with_conjuncts([o]) for p, o in prep_objects(obj)
                                          if p == "of"] if ordered_out else []
            addressed = self.addressees(verb) if frame.frame in OBJECT_CONTROL_FRAMES else []
            if addressed:
                options.append(addressed)
            if frame.frame in OBJECT_CONTROL_FRAMES:
                # "demanded an apology from Oslo": whom the act is demanded of
                options += [with_conjuncts([o]) for p, o in prep_objects(verb) if p == "from"]
            options += [with_conjuncts([o]) for p, o in [*prep_objects(obj), *about]
                        if p in TARGET_PREP_RANK and p != "of" and not (causative and p == "by")]
            if not causative:  # ("ordered patrols by police": the agencies it has act)
                options += self.noun_agents(obj)
            # ("ordered the release of 20 activists": a release ordered is done, and those it
            # frees are its target, as with "freed"; demanded, it is made of their holder)
            if causative or not _released(frame, noun.code):
                options += [with_conjuncts([o]) for p, o in prep_objects(obj) if p == "of"]
                options += self._nested_targets([obj], conflict=False)  # "an inquiry into an [army] op"
                options += self._nested_targets([o for _, o in about], conflict=False)
            if causative:
                # "ordered air strikes on rebel positions", "ordered patrols by police": the
                # act ordered, and the agencies that do it, are not its target
                doers = {obj.i} | {o.i for p, o in [*prep_objects(obj), *agency] if p == "by"} \
                    | {c.i for c in kids(obj) if c.dep_ in ("compound", "amod")}
                options = [g for g in options if not any(t.i in doers for t in g)]
            return Predicate(
                trigger=verb, words=[verb, obj], code=code, pattern=noun, kind="frame",
                sources=self.subjects(verb)[0], target_options=[g for g in options if g],
                negated=self.negated(verb),
                modality=self.modality(verb) if causative else (
                    "hypothetical" if _speculated(verb) else frame.modality),
                frame=frame.frame, embedded_code=noun.code, addressed=addressed,
            )
        return None

    def _characterisation(self, verb: Token) -> Predicate | None:
        """Naming an act or a person as a wrong accuses whoever did it: "described the move as
        an attempt to change the regime by support from the United States", "'The move is
        blatant interference by the United States,' Khan said", "Moscow said the detained
        American was a spy". The wrong decides the code, as after "accused … of"; the target
        is the wrong's agent, else whom the verb or the copula names."""
        if verb.pos_ not in VERB_POS:
            return None
        lemma = lemma_of(verb)
        named: list[Token]
        if self._dismissed_charge(verb):
            return None  # (a charge called a lie is denied: the verb's own row)
        if lemma == "be":
            if verb.dep_ not in ("ccomp", "parataxis"):
                return None  # (only what someone says: the speaker makes the accusation)
            wrongs = children_of(verb, ("attr",))
            named, sources = _said_of(verb, children_of(verb, ("nsubj",))), []
        elif lemma in CHARACTERISING_VERBS:
            named = children_of(verb, ("dobj",))
            split = _split_small_clause(verb)
            if split is not None:  # "called [Maduro] [a dictator]" parsed as one phrase
                named = [split[0]]
            carriers = [verb, *named, *(c for o in named for c in kids(o)
                                         if c.dep_ in ("acl", "relcl"))]
            wrongs = [o for c in carriers for p, o in prep_objects(c) if p == "as"]
            wrongs += children_of(verb, ("oprd",)) + ([split[1]] if split is not None else [])
            sources = self.subjects(verb)[0]
        else:
            return None
        for wrong in (w for w in wrongs if w.pos_ == "NOUN"):
            code = self._charge_code(wrong)
            options = _agents_within(wrong)
            if any(names_people(n) or n.pos_ == "PROPN" for n in named):
                options.append(with_conjuncts(named))  # "the detained American was a spy"
            if code is None or not options:
                continue  # ("described the talks as an effort to find peace": no one's wrong)
            return Predicate(
                trigger=wrong, words=[verb, wrong], code=code, pattern=None, kind="verb",
                sources=sources, target_options=options,
                negated=self.negated(verb), modality=self.modality(verb),
            )
        if lemma == "be":
            return self._judged_act(verb, named)
        return self._disapproving(verb, named, sources)

    def _denial_named(self, verb: Token) -> bool:
        """"Denied that police had fired on protesters, calling the reports fabricated",
        "rejected the accusation, calling it a provocation": a participle that names what a
        denial denies says how the denier put it; it is no act of its own."""
        head = verb.head
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") \
                or lemma_of(verb) not in CHARACTERISING_VERBS or head.pos_ not in VERB_POS:
            return False
        found = self.match_verb(head)
        if (found is None or found.code != DENY_CODE) and head.dep_ == "ccomp" \
                and head.head.pos_ in VERB_POS:
            # ("denied that its jets had bombed a market, calling the accusation a lie": the
            # parser may hang the participle on the clause denied)
            found = self.match_verb(head.head)
        return found is not None and found.code == DENY_CODE

    def _dismissed_charge(self, verb: Token) -> bool:
        """"Called the accusations baseless", "branded the claims a lie": a charge named as
        false is denied (016, the verb's row), not a wrong named of someone."""
        if verb.pos_ not in VERB_POS or lemma_of(verb) not in CHARACTERISING_VERBS:
            return False
        found = self.match_verb(verb)
        return found is not None and found.code == DENY_CODE

    def _for_joint_act(self, verb: Token) -> bool:
        """Whether the verb's "for" purpose is a joint military cooperation noun ("for joint
        exercises"; troops massed "for exercises" are still shown, not shared)."""
        for prep, obj in prep_objects(verb):
            pattern = self.match_noun(obj) if prep == "for" else None
            if pattern is not None and pattern.code.startswith(MILITARY_COOPERATION) and any(
                    lemma_of(c) in JOINT_MANNER for c in kids(obj) if c.dep_ in ("amod",
                                                                                "compound")):
                return True
        return False

    def _judged_act(self, verb: Token, named: list[Token]) -> Predicate | None:
        """"Said the arrest of three officers by Kosovo was unacceptable", "the strike on the
        convoy was a provocation, the ministry said": a word of disapproval said of an act
        someone did criticises (111) its doer; the speaker is the source. An act with no agent
        named ("said the situation was dangerous") is no one's wrong."""
        judged = children_of(verb, ("acomp", "attr"))
        judged += [c for w in list(judged) for c in w.conjuncts]  # ("… and illegal")
        wrong = next((w for w in judged if lemma_of(w) in DISAPPROVING_WORDS), None)
        # (an event noun's own agents first: "the arrest of [Serbian] officers by [Kosovo]")
        options = [g for n in named for g in (
            self.noun_agents(n) if self.match_noun(n) is not None else []) + _agents_within(n)]
        if wrong is None or not options:
            return None
        return Predicate(
            trigger=wrong, words=[verb, wrong], code=DISAPPROVAL_CODE, pattern=None, kind="verb",
            sources=[], target_options=options, negated=self.negated(verb), modality=self.modality(verb),
        )

    def _disapproving(self, verb: Token, named: list[Token],
                      sources: list[Token]) -> Predicate | None:
        """"Called the remarks irresponsible", "described the sanctions as illegal", "called
        the missile launch a grave provocation": naming something with a word of disapproval
        (an adjective, or a noun no accusation row knows) criticises (111) whoever did it,
        else whom it names. ("Called the launch [a provocation]": the parser may take the
        complement for the object of a verb it makes of the object.)"""
        complements = children_of(verb, ("oprd", "ccomp", "xcomp"))
        split = _split_small_clause(verb)
        complements += [split[1]] if split is not None else []
        complements += [c for p in children_of(verb, ("prep",)) if p.lower_ == "as"
                        for c in kids(p) if c.dep_ in ("pobj", "amod", "acomp")]
        # ("branded the remarks [irresponsible]": an adjective after the noun is no modifier)
        complements += [a for n in named for a in kids(n) if a.dep_ == "amod" and a.i > n.i]
        complements += [o for c in list(complements) if c.pos_ in VERB_POS
                        for o in children_of(c, ("dobj", "attr", "acomp"))]
        complements += [c for w in list(complements) for c in w.conjuncts]  # "… and illegal"
        wrong = next((c for c in complements if lemma_of(c) in DISAPPROVING_WORDS), None)
        if wrong is None:
            return None
        options = [g for n in named for g in _agents_within(n)]
        if any(lemma_of(n) in CIRCUMSTANCE_NOUNS for n in named):
            return None  # ("called the situation dangerous": a state of affairs, no one's act)
        options += [with_conjuncts(named)] if named else []
        return Predicate(
            trigger=wrong, words=[verb, wrong], code=DISAPPROVAL_CODE, pattern=None,
            kind="verb", sources=sources, target_options=options,
            negated=self.negated(verb), modality=self.modality(verb),
        )

    def _charge_code(self, wrong: Token) -> str | None:
        """The accusation a wrong named as a noun makes, from the "accused … of" rows: "a
        spy" 1125, "interference" 1123; a scheme to do something ("an attempt to change the
        regime") is an accusation of no listed kind (112)."""
        schemed = [c for c in kids(wrong) if c.dep_ == "acl" and c.pos_ in VERB_POS]
        charges = {lemma_of(wrong)} | {lemma_of(v) for v in schemed} | {
            lemma_of(o) for v in schemed for o in children_of(v, ("dobj",))}
        if lemma_of(wrong) in _KIND_NOUNS:  # "an act of aggression", "a form of interference"
            charges |= {lemma_of(o) for p, o in prep_objects(wrong) if p == "of"}
        pattern = self.patterns.match("verb", ACCUSE, objects=charges, preps={"of"},
                                      prep_objects={"of": charges})
        if pattern is not None and pattern.specificity > 0:
            return pattern.code
        if lemma_of(wrong) in SCHEME_NOUNS and schemed and pattern is not None:
            return pattern.code
        return None

    def _disapproval(self, verb: Token) -> Predicate | None:
        """A negated approval of someone's act is criticism of its agent: "its military
        operation cannot be accepted", "we will not tolerate their attacks" → 111."""
        if verb.pos_ not in VERB_POS:
            return None
        frame = self.patterns.frame(lemma_of(verb))
        if frame is None or frame.frame != "approve" or not self.negated(verb):
            return None
        acts = [o for o in children_of(verb, ("dobj", "nsubjpass")) if o.pos_ in NOUN_POS]
        options = [group for act in acts for group in self.noun_agents(act)]
        if not options:
            return None
        sources, _ = self.subjects(verb)
        # ("will not accept the tribunal's ruling", "does not accept the result": a decision
        # not accepted is rejected, 12; an act not accepted is criticised)
        code = REJECTION_CODE if any(lemma_of(a) in DECISION_NOUNS for a in acts) \
            else DISAPPROVAL_CODE
        return Predicate(
            trigger=verb, words=[verb], code=code, pattern=None, kind="verb",
            sources=sources, target_options=options, negated=False,
            modality=self.modality(verb), frame="approve",
        )

    def _opens_frame(self, noun: Token) -> bool:
        """A noun that opens a frame of its own ("their demand that …", "its call for …
        to …"): the frame, not the verb that carries the noun, is the event."""
        return lemma_of(noun) in NOUN_FRAME_LEMMAS and self._embedded(noun) is not None

    def _light(self, verb: Token, consumed: set[int],
               carried: tuple[Token, Pattern] | None) -> Predicate | None:
        if carried is None:
            return None
        noun, pattern = carried
        sources, passive = self.subjects(verb)
        if pattern.code[:2] == POSTURE_ROOT and _together(sources):
            # "China and Russia held drills in the Sea of Japan": force shown by two sides
            # together is military cooperation between them
            pattern = replace(pattern, code=MILITARY_COOPERATION)
        patient = children_of(verb, ("nsubjpass",))
        if passive and not sources and lemma_of(verb) in STATIVE_PASSIVES:
            sources = with_conjuncts(patient)  # "forces were engaged in ethnic cleansing"
        elif passive and not sources and patient:
            # "the government was given an ultimatum by the Taliban": the parser hangs the
            # passive's agent on the carried noun; it is the giver, not a target
            sources = with_conjuncts([o for p, o in prep_objects(noun) if p == "by"][:1])
        options = [with_conjuncts([o]) for p, o in prep_objects(noun) if p in TARGET_PREP_RANK
                   and o not in sources]
        options += [g for g in self.targets(verb, conflict=place_is_target(pattern.code))
                    if noun not in g and not set(g) & set(sources)]
        if pattern.code[:2] == POSTURE_ROOT:
            options += self._provocations(verb)
        if pattern.code.startswith(ABOUT_TARGET_CODES):
            options += [with_conjuncts([o]) for p, o in prep_objects(noun) if p == "about"
                        and o not in sources]
        if pattern.code[:2] == COMMENT_ROOT:
            options += _topic_partners(
                [o for p, o in [*prep_objects(noun), *prep_objects(verb)] if p in TOPIC_PREPS])
        pred = Predicate(
            trigger=noun, words=[verb, noun], code=pattern.code, pattern=pattern, kind="light",
            sources=sources, target_options=options,
            negated=self.negated(verb), modality=self.modality(verb),
        )
        if passive and not sources and noun in patient:
            # "Chinese military drills were staged around Taiwan": an event noun that is the
            # passive's subject names its own agent when the clause names none
            # ("a phone call was held between the two ministers": the parties it is between)
            pred.fallback_sources = self._event_noun_agents(noun) or between_parties(noun)
        return pred

    def _event_noun_agents(self, noun: Token) -> list[Token]:
        """The agent an event noun names of itself (its by-phrase, possessor, or national or
        name modifier), when its clause names none."""
        agents = self.noun_agents(noun)
        return agents[0] if agents else []

    def _joint_pattern(self, verb: Token) -> Pattern | None:
        """"Rwandan and Mozambican troops trained together", "Thai and Australian police worked
        together", "Chile and Argentina will jointly develop a mine": an act of no row of its
        own that coordinated parties do jointly (word class ``joint_manner``) is material
        cooperation between them, the lemma's own cooperation row where it has one
        ("train": military cooperation)."""
        if not any(lemma_of(c) in JOINT_MANNER for c in children_of(verb, ("advmod",))):
            return None
        subjects = children_of(verb, ("nsubj",))
        if len(subjects) != 1 or not any(t.dep_ == "cc" for t in subjects[0].subtree):
            return None
        if any(self.match_verb(c) is not None for c in children_of(verb, ("xcomp", "advcl"))):
            return None  # "worked together to rescue the migrants": the act is the rescue
        lemma = lemma_of(verb)
        # (the row whose partners are of the subjects' kind: "troops trained together" is
        # military cooperation, "police worked together" judicial)
        kinds = {lemma_of(t) for t in with_conjuncts(subjects)}
        own = next((r for r in self.patterns.candidates("verb", lemma)
                    if r.code.startswith(MATERIAL_COOPERATION) and r.objects & kinds), None)
        return Pattern(code=own.code if own else MATERIAL_COOPERATION, kind="verb", lemma=lemma,
                       particle=None, objects=frozenset(), prep=None, example="",
                       source="lexicon.tsv:joint_manner")

    def _plain(self, verb: Token) -> Predicate | None:
        pattern = self.match_verb(verb) or self._joint_pattern(verb)
        if pattern is None:
            return None
        if pattern.code[:2] == POSTURE_ROOT and (any(
                lemma_of(c) in JOINT_MANNER for c in children_of(verb, ("advmod",)))
                or self._for_joint_act(verb)):
            # "agreed to jointly patrol the border", "will send troops to Lithuania for joint
            # exercises": force shown together, or sent for a joint act, is military
            # cooperation between the partners
            pattern = replace(pattern, code=MILITARY_COOPERATION)
        sources, passive = self.subjects(verb)
        # (a by-agent the parser hung on a noun: "destroyed in a raid by troops" is no target)
        options = [g for g in self.targets(verb, conflict=place_is_target(pattern.code))
                   if not any(t == s or t.is_ancestor(s) for t in g for s in sources)]
        if pattern.code[:2] == POSTURE_ROOT:
            options = options + self._provocations(verb) + self._aimed_at(verb)
        if pattern.code[:2] == YIELDING_ROOT:
            options = options + self._pressed_by(verb)
        if pattern.prep and pattern.objects and pattern.prep not in TARGET_PREP_RANK \
                and pattern.prep not in ROLE_PREPS:
            # "spoke out in defence of Caracas", "spoke in support of Brazil's bid": the idiom's
            # noun is no actor; whom it is for sits in its complements
            options = options + self._nested_targets(
                [o for p, o in prep_objects(verb) if p == pattern.prep], conflict=False)
        elif pattern.prep in COMPANION_PREPS:
            # "patrolled alongside the Nigerien army": where a row names it, a preposition of
            # company names the partner ("fought alongside X" names no target)
            options = options + [with_conjuncts([o]) for p, o in prep_objects(verb)
                                 if p == pattern.prep]
        if passive and (not sources or pattern.code[:2] == COMMENT_ROOT) \
                and pattern.code.startswith(PATIENT_IS_SOURCE_CODES):
            # "the armed forces were put on combat alert", "troops were deployed to the border":
            # who is put on a war footing shows force; "was deeply saddened by": who feels speaks
            # (not "rockets were fired into Israel": what is fired shows no one)
            sources = with_conjuncts([s for s in children_of(verb, ("nsubjpass",))
                                      if lemma_of(s) not in MUNITIONS])
            within = {t.i for s in sources for t in s.subtree}  # ("half of the rebels")
            options = [g for g in options if not any(t.i in within for t in g)]
        particle = [c for c in kids(verb) if c.dep_ == "prt"]
        if pattern.particle and not particle:
            # the particle the parser took for a preposition: its object is the target
            # ("called in [the envoy]", "pulled out of [Khan Younis]")
            preps = [c for c in kids(verb) if c.dep_ == "prep" and lemma_of(c) == pattern.particle]
            inner = [o for p in preps for o in kids(p) if o.dep_ == "pobj"]
            inner += [o for p in preps for q in kids(p) if q.dep_ == "prep"
                      for o in kids(q) if o.dep_ == "pobj"]
            options = [with_conjuncts([o]) for o in inner] + options
            particle = preps
        # "allowed inspectors to visit the site": the visit is what is allowed, not an event
        allowed = [s.head for s in permitted(verb)]
        pred = Predicate(
            trigger=verb, words=[verb, *particle, *allowed], code=pattern.code, pattern=pattern,
            kind="verb",
            sources=sources, target_options=options,
            negated=self.negated(verb), modality=self.modality(verb),
        )
        if passive and not sources:
            self._agentless_sources(pred, verb, pattern.code, options)
        return pred

    def _agentless_sources(self, pred: Predicate, verb: Token, code: str,
                           options: list[list[Token]]) -> None:
        """Who did an act told in the passive with no agent, where the sentence says it
        otherwise (``pred.fallback_sources``)."""
        # "were given asylum in Spain", "was granted a visa": with its object kept, a passive
        # verb of giving has the receiver for subject, not what is handed over
        dative = bool(children_of(verb, ("dobj",)))
        if dative and code.startswith(ASYLUM_CODE):
            # "Afghan interpreters were given asylum in Spain": the state they are sheltered in
            # gives it
            pred.fallback_sources = [o for p, o in prep_objects(verb)
                                     if p == "in" and o.ent_type_ == "GPE"][:1]
        if code.startswith(TRANSFER_CODES) and not dative:
            # "a shipment of American weapons was delivered to Kyiv": what is handed over says
            # whose it is when no giver is named
            things = [t for t in children_of(verb, ("nsubjpass",)) if not names_people(t)]
            things += [o for t in things for p, o in prep_objects(t) if p == "of"]
            pred.fallback_sources = [m for t in things for m in kids(t)
                                     if m.dep_ in ("amod", "compound") and m.ent_type_ in
                                     ("NORP", "GPE")][:1]
        if lemma_of(verb) in RECALL_VERBS:
            # "Morocco's ambassador to Germany was recalled": who calls its own people back
            # owns them
            pred.fallback_sources = [c for t in children_of(verb, ("nsubjpass",))
                                     for c in children_of(t, ("poss",)) if c.pos_ != "PRON"][:1]
        if lemma_of(verb) in SUMMON_VERBS:
            # "Britain's ambassador was summoned to the foreign ministry in Tehran": who is
            # summoned goes to whoever summons them
            hosts = [o for p, o in prep_objects(verb) if p == "to"][:1]
            pred.fallback_sources = hosts
            pred.target_options = [g for g in options if not any(t in hosts for t in g)]
        if code.startswith(SENT_FROM_CODES):
            # "a former president was extradited from the United States": the state people
            # are sent away from sends them
            pred.fallback_sources = [o for p, o in prep_objects(verb) if p == "from"
                                     and o.ent_type_ == "GPE"][:1]
        if code.startswith(RELEASE_CODE):
            # "three Thai soldiers who had been held by Cambodian forces were freed", "two
            # Britons, who had been detained in Iran, were released": who held them frees them
            pred.fallback_sources = _holders(children_of(verb, ("nsubjpass",)))
        if not pred.fallback_sources:
            # "were hit with U.S. sanctions", "were slapped with Chinese tariffs": the event
            # noun the act is done with names whose act it is
            pred.fallback_sources = next((agents for p, o in prep_objects(verb) if p == "with"
                                          and self.match_noun(o) is not None
                                          for agents in [self._event_noun_agents(o)] if agents),
                                         [])
        if code.startswith(VIOLENT_CODES):
            # "six protesters were killed when troops opened fire": who did what killed them
            pred.fallback_sources = [s for clause in children_of(verb, ("advcl",))
                                     if any(lemma_of(m) in ("when", "as") for m in
                                            children_of(clause, ("mark", "advmod")))
                                     for s in with_conjuncts(children_of(clause, ("nsubj",)))]

    def _received(self, verb: Token) -> Predicate | None:
        """"Ukraine received $2 billion in military aid from Washington", "Kenya got 40 armoured
        vehicles from Britain", "Cambodia received a shipment of Chinese vaccines": what a party
        receives is aid (code family ``receivable``) given by the from-party (or, with none
        named, by the nationality of what was received) to the receiver. The aid is named by
        the object noun's own row, else by a giving verb's row (word class
        ``receipt_converse``) read with the receiving verb's object."""
        if lemma_of(verb) not in RECEIPT_VERBS:
            return None
        objects = direct_objects(verb)
        nouns = [n for o in objects for n in [o, *measured_nouns(o)]
                 + [c for p, c in prep_objects(o) if p == "of"]]
        pattern = next((m for n in nouns if n.pos_ in NOUN_POS
                        and (m := self.match_noun(n)) is not None
                        and m.code.startswith(RECEIVABLE_CODES)), None)
        if pattern is None and objects:
            pattern = next((m for lemma in RECEIPT_CONVERSES
                            if (m := self._match_verb(verb, lemma)) is not None
                            and m.objects and m.code.startswith(RECEIVABLE_CODES)), None)
        if pattern is None:
            return None
        receivers, passive = self.subjects(verb)
        if passive:
            return None
        # ("received $40 million in budget support [from the EU]": the from-phrase may hang
        # on any noun of the object)
        givers = [o for p, o in [*prep_objects(verb), *(q for n in nouns
                                                       for q in prep_objects(n))]
                  if p == "from"]
        pred = Predicate(
            trigger=verb, words=[verb], code=pattern.code, pattern=pattern, kind="verb",
            sources=with_conjuncts(givers[:1]), target_options=[receivers] if receivers else [],
            negated=self.negated(verb), modality=self.modality(verb),
        )
        if not givers:
            pred.fallback_sources = [m for n in nouns for m in kids(n)
                                     if m.dep_ in ("amod", "compound")
                                     and m.ent_type_ in ("NORP", "GPE")][:1]
        return pred

    @staticmethod
    def _same_act(pred: Predicate, found: list[Predicate]) -> bool:
        """"telephoned the president to discuss Gaza", "marched to protest against the
        government": a purpose clause of the same kind of act describes that act, it is not a
        second one; its targets serve the act when the act names none of its own."""
        tok = pred.words[0] if pred.kind == "light" else pred.trigger  # "to show their anger"
        while tok.dep_ == "xcomp" and lemma_of(tok.head) in TRANSPARENT_VERBS \
                and tok.head.dep_ == "advcl":
            tok = tok.head  # "sent destroyers to help [defend] Taiwan": the purpose is "to help"
        head = next((p for p in found if tok.head.i in {w.i for w in p.words}), None)
        if head is None or tok.dep_ not in ("advcl", "xcomp"):
            return False
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok))
        told_how = tok.tag_ == "VBG" and tok.dep_ == "advcl"  # "marched, calling for autonomy"
        if (purpose or told_how) and head.code[:2] == DEMONSTRATE_ROOT \
                and pred.code.startswith(PROTEST_CONTENT_CODES) \
                and not (told_how and pred.code.startswith(PROTEST_CHARGES)):
            # "rallied outside the embassy to condemn the war", "marched calling for
            # autonomy": what a protest demands or condemns is its content, not a second event
            # (whom it would free is no target)
            head.target_options = head.target_options + [
                g for g in pred.target_options if not (g and released_party(g[0]))]
            return True
        if told_how and head.code[:2] == DEMONSTRATE_ROOT \
                and pred.code.startswith(PROTEST_EFFECT_CODES):
            return True  # "walked out, halting most train services": the strike's effect
        if told_how and head.code[:2] == DEMONSTRATE_ROOT == pred.code[:2]:
            # "torched the parliament building, protesting against power cuts": the deed is
            # the protest, told with what it was about
            head.target_options = head.target_options + pred.target_options
            return True
        if purpose and head.code.startswith(CONTACT_CODES) \
                and pred.code.startswith(SAID_IN_CONTACT_CODES):
            # "phoned his counterpart to urge restraint": the call urges it, of whom it reaches
            pred.target_options = pred.target_options + head.target_options
            return False
        if purpose and head.code[:2] != pred.code[:2] and not (
                pred.code[:2] in REALISED_PURPOSES and head.code[:2] in REALISED_PURPOSES):
            # "sent two destroyers to help defend Taiwan", "deployed troops to fight the
            # rebels": what an act is for is its goal, not an act of its own (its targets may
            # serve the act); but "opened fire to disperse the crowd" did disperse it: force
            # used for force's purpose is that purpose done
            head.target_options = head.target_options + pred.target_options
            return True
        if not (purpose and head.code[:2] == pred.code[:2]):
            return False  # (a toll told in a participle is merged by _merge_tolls)
        head.target_options = head.target_options + pred.target_options
        return True


    def _charges(self, found: list[Predicate]) -> list[Predicate]:
        """"Detained three bloggers on charges of treason", "arrested two tourists for
        spying", "indicted the minister for corruption": an arrest or
        indictment for a named kind of crime also accuses its target of that crime (1121 …
        1125, as "accused of" would code it); a crime of no known kind adds nothing."""
        out: list[Predicate] = []
        for pred in found:
            if pred.kind != "verb" or not pred.code.startswith(DETENTION_CODES):
                continue
            held = [pred.trigger, *children_of(pred.trigger, ("dobj",))]  # ("… the minister
            heads = [o for h in held for p, o in prep_objects(h) if p == "for"]  # for fraud")
            heads += [g for h in held for p in children_of(h, ("prep",)) if p.lower_ == "for"
                      for g in children_of(p, ("pcomp",))]
            heads += [o for p, n in prep_objects(pred.trigger) if p == "on"
                      and lemma_of(n) in CHARGE_NOUNS for q, o in prep_objects(n) if q == "of"]
            charges = {lemma_of(h) for h in heads}
            charges |= {lemma_of(o) for h in heads for _, o in prep_objects(h)}
            charges |= {lemma_of(o) for h in heads for o in children_of(h, ("dobj",))}
            if not charges:
                continue
            pattern = self.patterns.match("verb", ACCUSE, objects=charges, preps={"of"},
                                          prep_objects={"of": charges})
            if pattern is None or pattern.specificity == 0:
                continue
            out.append(Predicate(
                trigger=heads[0], words=[heads[0]], code=pattern.code, pattern=pattern,
                kind="verb", sources=pred.sources, fallback_sources=pred.fallback_sources,
                target_options=pred.target_options, negated=pred.negated,
                modality=pred.modality))
        return out

    @staticmethod
    def _charged(tok: Token, found: list[Predicate]) -> bool:
        """"accused Ethiopian forces [of killing] civilians", "accused the US of conspiring [to
        topple] his government": the act someone is accused of, denied, praised or apologised
        for is the content of that speech act (code family charged), not an event of its own."""
        speech = {p.trigger.i for p in found if p.code.startswith(CHARGED_CODES)}
        # "charged a soldier with [threatening] murder": what a charge names is alleged
        speech |= {p.trigger.i for p in found if p.code.startswith(DETENTION_CODES)
                   and lemma_of(p.trigger) in CHARGE_NOUNS}
        if not speech:
            return False  # no speech act of that family yet: nothing to be the content of
        if tok.dep_ == "acl" and tok.tag_ == "VBG":
            # "apologised for two of its jets [violating] its airspace": the participle on
            # the object of the speech act's "for"/"of"
            return any(t.dep_ == "prep" and t.lower_ in ("for", "of") and t.head.i in speech
                       for t in islice(tok.ancestors, 6))
        listed = tok
        while listed.dep_ == "conj" and listed.head.tag_ == "VBG":
            listed = listed.head
        if listed.dep_ == "advcl" and listed.tag_ == "VBG" and listed.head.i in speech and any(
                p.dep_ == "prep" and p.lower_ in ("of", "for") and p.i < listed.i
                and children_of(p, ("pcomp",)) for p in kids(listed.head)):
            # "accused X of violating rights, [ignoring] the law and [sending] …": the parser
            # hangs the later gerunds of the list on the verb
            return True
        # ("was accused by the opposition of [using] …": the parser may hang the of-phrase on
        # the agent, one step further from the speech act)
        chain = [tok, *islice(tok.ancestors, 5)]
        # ("charged him with theft and [threatening] murder": a gerund listed with a noun)
        gerund = next((i for i, t in enumerate(chain) if t.dep_ == "pcomp" or (
            t.dep_ == "conj" and t.tag_ == "VBG" and t.head.dep_ == "pobj")), None)
        if gerund is None or any(t.dep_ not in ("xcomp", "pcomp", "conj") for t in chain[:gerund]):
            return within_charge(tok, speech)  # ("of plotting a coup [to topple] it")
        if chain[gerund].dep_ == "pcomp" and lemma_of(chain[gerund].head) in TIME_PREPS:
            return False  # "criticised Russia [after] meeting Zelensky": a second act, in turn
        return any(anc.i in speech for anc in chain[gerund + 1:])


def _spent_on_nothing(tok: Token, frame: Frame, embedded: Token, option: bool,
                      consumed: set[int]) -> bool:
    """"declined to be named", "refused to be drawn": no act is refused, and the verb is spent
    (consumed), so no appeal or refusal of its own is left ("asked not to be named" is no
    appeal); "are studying to become doctors": none is weighed."""
    if frame.frame == WEIGH and not option:
        return True
    if any(c.dep_ == "auxpass" for c in kids(embedded)):
        if frame.frame != WEIGH:
            consumed.add(tok.i)
        return True
    return False
