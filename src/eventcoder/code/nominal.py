"""Event nouns as predicates: "his visit to Moscow", "the bombing in Ankara that wounded two
officers", "claimed the attack", "a roadside bomb hit a patrol", "would face sanctions".

:class:`NominalFinder` adds to :class:`~eventcoder.code.arguments.ArgumentFinder` the predicates
an event noun carries on its own (or through a weapon subject, a claim, a "face" verb), and
decides which event nouns are background — an event told elsewhere ("after the Hamas
attack") or the content of a speech act ("condemned the strikes on Gaza").
:class:`~eventcoder.code.predicates.PredicateFinder` builds on it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventcoder.code._parse import kids, tokens_of
from eventcoder.code.arguments import (
    FREEING_NOUNS,
    NOUN_POS,
    PLACE_PREPS,
    RELATIVE_PRONOUNS,
    REPORT_NOUNS,
    TARGET_PREP_RANK,
    VENUE_NOUNS,
    VERB_POS,
    ArgumentFinder,
    Predicate,
    children_of,
    lemma_of,
    names_people,
    prep_objects,
    with_conjuncts,
)
from eventcoder.code.date_text import MONTHS, WEEKDAYS
from eventcoder.code.lexicon import word_class
from eventcoder.code.patterns import Pattern
from eventcoder.ontology import family

__all__ = ["BACKGROUND_PREPS", "SPEECH_CODES", "VIOLENT_CODES", "NominalFinder", "background_noun",
           "background_prep", "copular_prep", "customary", "held_people", "lasting_subject",
           "place_is_target"]

_STRUCK_PREPS = PLACE_PREPS | {"on", "against"}  # where a conflictual act's target may be
CLAIM_RESPONSIBILITY = "015"
CLAIM_VERBS = frozenset({"claim"})
BEHIND_ACT_CODES = family("behind_act")  # "X was behind the attack": coercion and violence
COPULAR_PREPS = word_class("copular_prep")  # "was behind the attack": as "responsible for"
# Prepositions that introduce what talks or a deal are about ("talks on a pullback").
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "despite", "amid",
                              "during", "over", "because", "ahead", "for"})
#: the first words of two-word prepositions the parser splits, its object hung on the second
#: word ("ahead of Saturday's protest", "prior to the vote", "because of the strike")
_SPLIT_BACKGROUND = frozenset({"ahead", "prior", "because"})


def background_prep(prep: Token) -> bool:
    """Whether a preposition sets its object in the background (an event before or after,
    or a cause, told elsewhere): "after", "amid", … or a split "ahead of", "prior to"."""
    return prep.lower_ in BACKGROUND_PREPS or prep.lower_ in ("of", "to") \
        and prep.head.lower_ in _SPLIT_BACKGROUND and prep.head.i == prep.i - 1


def copular_prep(token: Token) -> bool:
    """"Said it was behind the bombing": a preposition (word class ``copular_prep``) whose
    phrase is the predicate of "be", read as a predicative adjective with a row of kind adj."""
    return token.pos_ == "ADP" and token.dep_ == "prep" and lemma_of(token) in COPULAR_PREPS \
        and lemma_of(token.head) == "be" and bool(children_of(token, ("pobj",)))


# Code families (data/code_families.tsv): speech acts, which a reporting verb can carry as its
# object noun; event nouns that are events on their own, with no verb ("his visit to Moscow",
# "the Russian operation in Ukraine"; a bare "concern" or "aid" is not an event until someone
# expresses or gives it); violence.
SPEECH_CODES = family("speech")
CHARGED_CODES = family("charged")
FREE_NOUN_CODES = family("free_noun")
AGENTED_CONTENT_CODES = family("agented_content")
COMMENTARY_CODES = family("commentary")
HOSTING_CODES = family("hosting")  # "hosted X for a state visit": X's visit
VISIT_CODES = family("visit")
CONVERSATION_CODES = family("conversation")  # "in a phone call, X thanked Y": with Y
ADDRESSING_VERBS = word_class("addressing")  # "[told] Putin in a phone call that …": with him
MEDIATION_CODES = family("mediation")  # "mediated talks between A and B": the talks are held
VOICED_ATTITUDE = family("voiced_attitude")
VIOLENT_CODES = family("violent")
PLACE_TARGET_CODES = family("place_target")
JOINT_MANNER_CODES = family("joint_act")
INVESTIGATE_ROOT = "09"
PART_OF_CODES = family("part_of_act")  # "raided … as part of a probe": the subject's own act
MANNER_CODES = family("manner_act")
WIELDED_CODES = family("wielded_act")  # "used drones in an attack on Abha": the attack
WIELD_VERBS = word_class("wield")
MANNER_PREPS = frozenset({"in", "during", "through"})  # "in a joint operation", "in protest"
PATIENT_OF_CODES = family("patient_of")
REACTION_CODES = family("reaction")
ACCUSATION_CODES = family("accusation")
PROVOKE_VERBS = word_class("provoke")
DAMAGE_TOLL = family("damage_toll")  # "a drone attack set fire to a depot": its toll
PREVENTION_VERBS = word_class("prevention")  # "to curb [jihadist attacks]": none done
ANAPHORIC_ACT_NOUNS = word_class("anaphoric_act")  # "the decision drew criticism": an act
POSSIBILITY_WORDS = word_class("possibility")  # "a meeting was possible": not held
REACTION_NOUNS = word_class("reaction_noun")  # "drew an angry [response] from X"
ANGER_WORDS = word_class("anger")  # "drew an [angry] response from X": X disapproves
DISAPPROVAL = "111"
AUTHORED_FROM = word_class("authored_from")  # "accusations from X": X's accusations
REACTOR_PREPS = frozenset({"from", "among", "by"})  # "drawing criticism from Washington"
MEET_ROOT = "04"
FIGHT_ROOT = "19"  # conventional fighting: clashes, battles, firefights
CURRENT_PREPS = frozenset({"during", "on", "in"})
GENERIC_FORCE_CODES = frozenset({"180", "190"})
#: prepositions by which a weapon that is a subject reaches what it struck ("tore through")
PIERCED_PREPS = word_class("pierced_prep")
LAUNCH_VERBS = word_class("launch")  # "rockets fired from Lebanon hit Haifa"
MUNITIONS = word_class("munition")
MINERALS = word_class("mineral")  # "the Escondida [copper] mine": a pit, no explosive
PLAIN_KILLING = frozenset({"1823", "182"})
BOMBING = "183"
ASSASSINATION = "186"
KILLING = "1823"
MILITARY_WEAPON_CODES = family("military_weapon")
MASS_WEAPON_CODES = family("mass_weapon")
MASS_VIOLENCE_CODES = family("mass_violence")
# Verbs whose subject suffers the act named by their object: "would face sanctions".
UNDERGO_VERBS = word_class("undergo")
REJECT_ROOT = "12"
PERSON_UNDERGOES = ("084", "17", "18")  # "his detention", "her release", "his killing"
COOPERATIVE_LAST_ROOT = "09"  # roots 01-09: what one side offers the other
HAPPENING_VERBS = word_class("happening")  # "the talks have not been [scheduled]": not held
CUSTOM_ADVERBS = word_class("custom_adverb")  # "is [usually] held in …": a custom, not news
PERISH_VERBS = word_class("perish")
EXPOSED_VERBS = word_class("exposed")
ONSET_VERBS = word_class("onset")  # "joint patrols [resumed]": an act begins
CAPTIVITY_VERBS = word_class("captivity")  # "hostages [held] by Hamas": their state
ENDURING_VERBS = word_class("enduring")  # "the truce has [held]": a thing made, lasting
STANDING_SANCTION_CODES = ("16", "172")  # sanctions, bans, curfews that stand
STATE_VERBS = word_class("state_carrier")  # "has been [on] hunger strike"
CONFINEMENT_NOUNS = word_class("confinement")  # "in custody", "in detention": a state
AUSPICES_NOUNS = word_class("auspices")  # "held talks under US mediation": a third party's act


def _free_noun_root(code: str) -> bool:
    return code.startswith(FREE_NOUN_CODES)


def _object_governor(head: Token, by_verb: dict[int, Predicate]) -> Token | None:
    """The verb a prepositional phrase belongs to, when the parser hung it on the verb's
    object instead ("killed dozens of jihadists [in air strikes]": on "jihadists"): climbs
    from a direct object, or the object of its of-phrase, to the verb."""
    for _ in range(3):
        if head.i in by_verb:
            return head
        if head.dep_ in ("dobj", "nsubjpass") or (head.dep_ == "pobj" and head.head.lower_ == "of"):
            head = head.head if head.dep_ != "pobj" else head.head.head
            continue
        return None
    return head if head.i in by_verb else None


def _launched_reach(noun: Token) -> Token | None:
    """"Rockets fired from Lebanon hit northern Israel": a reduced relative the parser made the
    main verb (a weapon does not fire), with what the weapon did hung on it as a second verb;
    that verb, when it has an object and no subject of its own, else None."""
    verb = noun.head
    if noun.dep_ != "nsubj" or lemma_of(verb) not in LAUNCH_VERBS \
            or children_of(verb, ("dobj",)) \
            or not any(c.dep_ == "prep" and c.lower_ == "from" for c in kids(verb)):
        return None
    for c in kids(verb):
        if c.dep_ in ("advcl", "conj") and c.pos_ in VERB_POS and c.i > noun.i \
                and not children_of(c, ("nsubj", "nsubjpass")) and (
                    any(o.pos_ in NOUN_POS for o in children_of(c, ("dobj",)))
                    or any(p in PIERCED_PREPS for p, _ in prep_objects(c))):
            return c
    return None


def _instrument_prep(noun: Token) -> Token | None:
    """The "with" or "by" a weapon noun hangs from ("fought with heavy artillery"), also
    through a coordinated or modifying noun the parser put first ("with mustard gas and nerve
    agents": "gas" hung on "agents"), else None."""
    for tok in (noun, noun.head):
        if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "by"):
            return tok.head
        if tok is noun and noun.dep_ not in ("conj", "nmod"):
            return None
    return None


def existential(noun: Token) -> bool:
    """A noun that "there is" asserts: "(said) there was little hope of a deal"."""
    copula = noun.head
    return noun.dep_ == "attr" and copula.i != noun.i and any(
        c.dep_ == "expl" for c in kids(copula))


def _voiced_attitude(noun: Token, code: str) -> bool:
    """"said there was little hope of a deal": an attitude a report asserts exists is the
    speaker's comment (family ``voiced_attitude``), though the noun has no agent of its own."""
    return code.startswith(VOICED_ATTITUDE) and existential(noun)


def dated_after(clause: Token) -> bool:
    """A clause told as a span of time after or since the story's act ("days after soldiers
    ousted the president", "a day after an attack killed four soldiers"): what went before,
    as "a year after suspending it" is."""
    if clause.dep_ != "advcl":
        return False
    if clause.tag_ == "VBD" and not children_of(clause, ("aux", "auxpass")) and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in kids(clause)) and not any(
            t.lower_ in WEEKDAYS for t in clause.subtree):
        return True  # ("has not visited Bahrain since the two countries restored ties", "the
        # deadliest attack since jihadists launched their insurgency": where a span began;
        # one told with its day, "since police shot a student on Monday", may be the news)
    if any(m.dep_ == "mark" and m.lower_ in ("after", "since") and any(
            c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") for c in kids(m))
           for m in kids(clause)):
        return True  # ("two days after a bomb killed …", the span parsed under the "after")
    for span in kids(clause):
        if span.dep_ != "npadvmod" or span.ent_type_ not in ("DATE", "TIME"):
            continue
        # the span comes before its "after" ("days after …"); a date after the verb is when
        # the clause's own act happened ("after he had visited Moscow last February")
        if any(c.dep_ == "mark" and c.lower_ in ("after", "since") and span.i < c.i
               for c in kids(clause)) \
                or any(c.dep_ == "prep" and c.lower_ in ("after", "since") for c in kids(span)):
            return True
    return False


def _dated_earlier(clause: Token) -> bool:
    """A "which" clause dated in a year ("in 2019") or a month with no day ("in March"): it
    tells when its noun's act was done, before the story."""
    first = clause.doc[clause.left_edge.i]
    if first.tag_ not in ("WDT", "WP") or first.lower_ == "that":
        return False
    return any(t.ent_type_ == "DATE" and t.dep_ == "pobj" and (
        (t.like_num and len(t.text) == 4) or (t.lower_ in MONTHS and not any(
            c.like_num for c in kids(t)))) for t in clause.subtree)


def _freed(noun: Token) -> bool:
    """"Secured the release of hostages", "the return of children deported to Russia": the
    people a freeing noun frees, no act of their own (no hostage-taking)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" \
        and lemma_of(noun.head.head) in FREEING_NOUNS


def _manner_told(noun: Token, pred: Predicate, verb: Token, found: list[Predicate]) -> bool:
    """"Went on hunger strike in protest against his detention", "has been on hunger strike
    for a month in protest at his conditions": an event noun in a manner phrase ("in
    protest") on a clause that already tells an act of the same root names that act, not a
    second one ("during his visit to Hanoi, the president met …" is when, and stays)."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in" \
        and noun.head.head.i == verb.i and any(
            p.code[:2] == pred.code[:2] and p.trigger.i != noun.i and verb.i in (
                p.trigger.i, p.trigger.head.i, p.trigger.head.head.i) for p in found)


def _only_possible(noun: Token) -> bool:
    """"A meeting between Putin and Zelensky was possible", "a deal remains unlikely": an
    event noun a copula calls only possible (word class ``possibility``) did not happen."""
    return noun.dep_ == "nsubj" and lemma_of(noun.head) in ("be", "remain", "seem", "look") \
        and any(c.dep_ == "acomp" and c.lower_ in POSSIBILITY_WORDS for c in kids(noun.head))


def _standing_measure(noun: Token, code: str) -> bool:
    """"The truce between Armenia and Azerbaijan has largely held", "the ceasefire was holding",
    "the deal collapsed", "the curfew remained in force": an agreement, a measure or a sanction
    (roots 01-09, 16, 172) whose noun is the subject of a verb of lasting or failing (word
    class ``enduring``, active: not "talks were held") names a thing already made, not an act
    of the story; fighting or protests that lasted (roots 14, 18, 19 …) still happened. "Took
    effect" and "began" stay an act begun (``onset``)."""
    return (code[:2] <= COOPERATIVE_LAST_ROOT or code.startswith(STANDING_SANCTION_CODES)) \
        and lasting_subject(noun)


def held_people(token: Token) -> bool:
    """"Families of hostages [held] by Hamas marched …", "met relatives of Americans [detained]
    by Venezuela", "a deal to release the hostages [held] by Hamas": a participle of keeping
    people captive (word class ``captivity``), with its agent and no date, on a noun naming
    people says what state they are in, not an act of the story, and so does the noun
    ("hostages" is no hostage-taking there); "arrested by police on Monday" is dated, and
    stays."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and lemma_of(token) in CAPTIVITY_VERBS \
        and bool(children_of(token, ("agent",))) and names_people(token.head) \
        and not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def lasting_subject(noun: Token) -> bool:
    """The noun is the subject of a verb of lasting or failing (word class ``enduring``),
    active ("has held", "was holding", "appeared to be holding", "collapsed")."""
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    for _ in range(3):  # "appeared to be holding", "seemed to hold": the verb seeming governs
        nxt = [c for c in kids(verb) if c.dep_ == "xcomp" and c.pos_ in VERB_POS]
        if lemma_of(verb) not in ("appear", "seem", "be") or not nxt:
            break
        verb = nxt[0]
    return verb.pos_ in VERB_POS and lemma_of(verb) in ENDURING_VERBS \
        and not children_of(verb, ("auxpass", "dobj"))


def _there_for(prep: Token) -> bool:
    """"The Dutch foreign minister was in Kyiv for talks with …": a meeting someone is
    somewhere for, told with a verb of being there, is being held."""
    verb = prep.head
    return prep.lower_ == "for" and lemma_of(verb) in ("be", "remain", "stay") \
        and any(p == "in" for p, _ in prep_objects(verb))


def background_noun(noun: Token, speech_triggers: set[int], triggers: set[int]) -> bool:
    """An event noun that only refers to an event told elsewhere: "after the Hamas attack",
    the object of a speech act ("condemned the Houthi attacks"), or a noun inside another
    event's object ("opened an inquiry into Chinese subsidies")."""
    head = noun.head
    if noun.dep_ == "pobj" and background_prep(head):
        return True
    if noun.dep_ == "dobj" and lemma_of(head) in PREVENTION_VERBS:
        return True  # "patrols to curb jihadist attacks", "foiled a bombing": none happened
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i \
            and head.head.lower_ in BACKGROUND_PREPS and head.head.pos_ != "NOUN":
        return True  # "placed on alert ahead of Friday's rally": what is to come (or came)
    if any(c.dep_ == "relcl" and _dated_earlier(c) for c in kids(noun)):
        return True  # "the sanctions, which were imposed by Washington in 2019, …": then
    told = head.head if noun.dep_ == "pobj" and head.lower_ == "of" else None
    if told is not None and (lemma_of(told) in REPORT_NOUNS or told.lower_ == "news") \
            and told.dep_ == "pobj" and told.head.lower_ in BACKGROUND_PREPS:
        return True  # "rose after reports of North Korean missile launches": what was told
    if any(c.dep_ == "det" and c.lower_ in ("any", "no", "every", "each") for c in kids(noun)):
        return True  # "retaliate against any attack": no attack in particular
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in VERB_POS \
            and dated_after(head):
        return True  # "…, a week after a drone strike killed villagers", "since jihadists
        # launched their insurgency": what went before
    if noun.dep_ == "pobj" and head.lower_ == "under" and lemma_of(noun) in AUSPICES_NOUNS:
        return False  # "held talks under Egyptian mediation": the mediator's own act
    if noun.dep_ == "pobj" and head.lower_ in TOPIC_PREPS | {"into"} \
            and head.head.pos_ in VERB_POS and any(
            c.dep_ == "dobj" and c.i in triggers for c in kids(head.head)):
        return True  # "renewed talks [today] on a troop pullback", "opened an inquiry into the
        # killing of protesters": the parser hung the topic on the verb that carries the noun
    node = noun
    in_object = False
    while node.dep_ in ("dobj", "pobj", "prep", "conj", "nsubjpass", "attr", "appos") \
            and node.head.i != node.i:
        in_object = in_object or node.dep_ in ("dobj", "nsubjpass")
        node = node.head
        inside = node.i in triggers and (in_object or node.pos_ in NOUN_POS)
        if node.i in speech_triggers or inside:
            return True
        if node.pos_ in VERB_POS:
            # "met on the sidelines of the NATO summit in Vilnius", "signed the deal at a
            # summit": an occasion the clause's own act is told at is where, not an act
            return not in_object and node.i in triggers and lemma_of(noun) in VENUE_NOUNS
    return False


def place_is_target(code: str) -> bool:
    """Whether the place of the act is its target (code family ``place_target``): "arrived in
    Riyadh", "massed troops near Ukraine's borders", "shelled positions in Donetsk", "sought
    refuge in Turkey"."""
    return code.startswith(PLACE_TARGET_CODES)


def within_charge(tok: Token, charged: set[int]) -> bool:
    """"Accused Moscow of plotting [a coup] to [topple] its government": what stands inside the
    "of"/"for" gerund of a charge (code family charged) is what is charged, not an event."""
    for anc in tok.ancestors:
        if anc.dep_ == "pcomp" and anc.head.lower_ in ("of", "for") \
                and anc.head.head.i in charged:
            return True
        if anc.i in charged:
            return False
    return False


def _angry_answer(noun: Token) -> bool:
    """"An angry response", "a scornful reply": an answer a word of anger qualifies is a
    disapproval (word classes ``reaction_noun`` and ``anger``)."""
    return lemma_of(noun) in REACTION_NOUNS and any(
        c.dep_ == "amod" and lemma_of(c) in ANGER_WORDS for c in kids(noun))


def between_parties(noun: Token) -> list[Token]:
    """"talks between Armenia and Azerbaijan", "between North and South Korea", "between the
    leaders of Rwanda and Congo": the heads of the parties an event noun is between, when the
    phrase names two or more."""
    between = [o for p, o in prep_objects(noun) if p == "between"]
    if not between and noun.dep_ in ("nsubj", "nsubjpass"):
        # "fighting broke out between rebels and the army", "clashes erupted between …": the
        # parse hangs the parties on the verb the event noun is the subject of
        between = [o for p, o in prep_objects(noun.head) if p == "between"]
    if not between:
        return []
    first = between[0]
    # ("talks between Ethiopian and Eritrean officials": coordinated owners of one noun, each
    # made an actor of its own when the noun is resolved)
    if first.conjuncts or any(c.dep_ in ("nmod", "compound", "amod") and c.conjuncts
                              for c in first.children) or any(
            o.conjuncts for p, o in prep_objects(first) if p == "of"):
        return with_conjuncts(between)
    return []


def undergone_noun(pred: Predicate) -> bool:
    """An event noun that is the object of a verb of undergoing ("survived an assassination
    attempt", "faces new sanctions"), or a violent one its victims died in ("eight policemen
    died in a car bomb blast"): its target is the verb's subject."""
    return pred.kind == "noun" and _undergoing_verb(pred) is not None


def _turned_down(noun: Token, pred: Predicate, by_verb: dict[int, Predicate]) -> bool:
    """"Hungary blocked the EU's aid package for Ukraine", "rejected the offer of talks": a
    cooperative act (roots 01-09) that is what a refusal turns down is an offer that did not
    go through, not an act done. (A conflictual one turned down did happen: "rejected the
    sanctions" the other side imposed.)"""
    if noun.dep_ not in ("dobj", "nsubjpass") or pred.code[:2] > COOPERATIVE_LAST_ROOT:
        return False
    refusal = by_verb.get(noun.head.i)
    return refusal is not None and refusal.code.startswith(REJECT_ROOT)


def _happens_by(noun: Token) -> bool:
    """The noun is the subject of a verb of happening ("the talks [occurred]", "the vote was
    [scheduled]", "the summit took place", "the talks went ahead")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in VERB_POS:
        return False
    lemma = lemma_of(verb)
    if lemma in HAPPENING_VERBS:
        return True
    particles = {c.lower_ for c in kids(verb) if c.dep_ in ("prt", "advmod", "dobj")}
    return (lemma == "take" and "place" in particles) or (lemma == "go" and "ahead" in particles)


def _dug_mine(noun: Token, pattern: Pattern) -> bool:
    """"At the Turow coal mine", "workers at Chile's Escondida copper mine": a mine named by
    what is dug from it (word class ``mineral``) or by a proper name is a pit, not an
    explosive (183x); "struck a mine", "an anti-tank mine" stay explosives."""
    return pattern.code.startswith("183") and any(
        c.dep_ in ("compound", "amod", "nmod") and (lemma_of(c) in MINERALS or (
            c.pos_ == "PROPN" and c.ent_type_ not in ("GPE", "NORP")))
        for c in kids(noun))


def customary(verb: Token) -> bool:
    """"The summit is usually held in the country that chairs the bloc", "the president
    traditionally hosts the leaders in December": an act told with an adverb of custom (word
    class ``custom_adverb``) says what is done as a rule, not an act done on a day."""
    return any(c.dep_ == "advmod" and lemma_of(c) in CUSTOM_ADVERBS for c in kids(verb))


def _part_of(noun: Token, verb: Token) -> bool:
    """"Raided the governor's homes [as part of] a corruption probe", "seized the weapons as
    part of a joint operation": the act an active verb's deed belongs to, done by its subject."""
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return part is not None and part.lower_ == "part" and part.head.lower_ == "as" \
        and part.head.head.i == verb.i and not children_of(verb, ("nsubjpass", "auxpass"))


def _under_way(noun: Token) -> bool:
    """The noun is the subject of a verb of starting or happening ("joint patrols [resumed]",
    "the exercises [began]", "the handover took place", "the drills got under way")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in VERB_POS:
        return False
    if lemma_of(verb) in ONSET_VERBS or _happens_by(noun):
        return True
    return lemma_of(verb) == "get" and any(
        p == "under" and lemma_of(o) == "way" for p, o in prep_objects(verb))


def _undergoing_verb(pred: Predicate) -> Token | None:
    noun = pred.trigger
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDERGO_VERBS:
        return noun.head
    if pred.code.startswith(VIOLENT_CODES) and noun.dep_ == "pobj" \
            and noun.head.lower_ in ("in", "during") \
            and noun.head.head.lemma_.lower() in PERISH_VERBS:
        return noun.head.head
    if pred.code.startswith(VIOLENT_CODES) and noun.dep_ == "pobj" and noun.head.lower_ == "under" \
            and noun.head.head.lemma_.lower() in EXPOSED_VERBS:
        return noun.head.head  # "Kyiv came under a Russian missile attack overnight"
    return None


class NominalFinder(ArgumentFinder):
    """Finds event nouns that are predicates of their own, and their arguments."""

    def _noun_predicates(self, sent: Span, found: list[Predicate],  # noqa: C901, PLR0912 (one pass, many guards)
                         consumed: set[int]) -> list[Predicate]:
        speech = {p.trigger.i for p in found if p.code.startswith(SPEECH_CODES)}
        charged = {p.trigger.i for p in found if p.code.startswith(CHARGED_CODES)}
        triggers = {w.i for p in found for w in p.words}
        by_verb = {p.trigger.i: p for p in found if p.trigger.pos_ in VERB_POS}
        nouns: list[Predicate] = []
        pred_triggers = {p.trigger.i for p in found}
        # (and mediation: "mediated talks between A and B" tells talks A and B held)
        comments = {p.trigger.i for p in found
                    if p.code.startswith(COMMENTARY_CODES + MEDIATION_CODES)}
        for tok in tokens_of(sent):  # (the view's: ``lemma_lower`` is ``lemma_.lower()``)
            if tok.pos_ not in NOUN_POS or tok.lemma_lower not in self._noun_lemmas:
                continue  # (only a noun some row names can be an event noun)
            # (a speech act whose row names its object noun holds the noun among its words;
            # the noun is still an event when named with its agent)
            commenter = None if tok.i in pred_triggers else self._agented_content(tok, comments)
            agented = commenter is not None
            current = self._current_visit(tok)
            hosted = self._hosted_visit(tok, by_verb)
            if hosted is not None:
                consumed.add(tok.i)
                nouns.append(hosted)
                continue
            if self._delivered_mass_weapon(tok, by_verb):
                continue
            # ("used drones in an attack on Abha": the clause subjects' attack, spent here)
            if self._wielded_attack(tok, by_verb, nouns, consumed) \
                    or (tok.i in consumed and not agented) or self._lends_agent(tok, by_verb) \
                    or self._sharpens_act(tok, by_verb):
                continue  # "killed a commander in an airstrike": the weapon is the act's
            if background_noun(tok, speech, triggers) and not current and not agented:
                continue
            if within_charge(tok, charged):
                continue
            if (tok.dep_ == "compound" and names_people(tok.head)) or _freed(tok):
                continue  # "a genocide suspect", "bombing victims": what they are, no event;
                # "the release of hostages": the people to be freed, no hostage-taking
            if tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                    and tok.lemma_.lower() in CONFINEMENT_NOUNS and (
                        tok.head.head.pos_ not in VERB_POS
                        or tok.head.head.lemma_.lower() in ("die", "remain", "be", "stay")):
                continue  # "died while in police custody": a state ("placed in custody": not)
            pred = self._noun(tok)
            verb = next((a for a in tok.ancestors if a.pos_ in VERB_POS), None)
            if pred is not None and verb is not None and tok.dep_ == "pobj" \
                    and tok.head.lower_ == "under" and lemma_of(tok) in AUSPICES_NOUNS:
                # "X and Y held talks under Egyptian mediation": mediated between the parties
                pred.target_options = pred.target_options + [self.subjects(verb)[0]]
            if pred is not None and (_turned_down(tok, pred, by_verb) or (
                    current and self._told_meeting(pred, verb, by_verb)) or (
                    verb is not None and _manner_told(tok, pred, verb, found + nouns))):
                continue  # ("blocked the aid package": an offer turned down, not given; "went
                # on hunger strike in protest against his detention": one act)
            if pred is not None and current and verb is not None:
                # "laid a wreath during a trip to Dhaka": the trip is the clause subject's,
                # and did not happen if the clause did not ("did not meet during the summit")
                pred.sources = pred.sources or self.subjects(verb)[0]
                pred.negated = self.negated(verb)
                # "is in New Delhi on an official visit": where the clause puts its subject
                # is the place visited, when the noun names none of its own
                pred.target_options = pred.target_options + [
                    with_conjuncts([o]) for p, o in prep_objects(verb) if p == "in"]
            manner = pred is not None and not pred.sources and verb is not None and ((
                pred.code.startswith(MANNER_CODES) and tok.dep_ == "pobj"
                and tok.head.lower_ in MANNER_PREPS and tok.head.head.i == verb.i
                and (pred.code.startswith(JOINT_MANNER_CODES) or verb.i not in by_verb))
                or (pred.code.startswith(PART_OF_CODES) and _part_of(tok, verb)))
            # ("blocked the road in protest": the clause's own act is the protest already)
            if manner:
                # "police of both countries seized the drugs in a joint operation", "farmers
                # camped outside the capital in protest": the clause's subjects did the act
                # the manner phrase names, as the clause says (or denies)
                # (and as it says it: "could search the offices as part of an inquiry")
                pred.sources, pred.negated, pred.modality = \
                    self.subjects(verb)[0], self.negated(verb), self.modality(verb)
                # ("searched the home of the former president as part of an inquiry": whom
                # the deed is done to is who is investigated, when the inquiry names no one)
                pred.target_options = pred.target_options + (
                    self.targets(verb) if pred.code.startswith(INVESTIGATE_ROOT) else [])
            if pred is None or not (_free_noun_root(pred.code) or manner
                                    or self._under_way_act(pred)
                                    or self._commented(pred, commenter, pred_triggers)
                                    or _voiced_attitude(tok, pred.code)):
                continue
            if _voiced_attitude(tok, pred.code):
                # "little hope of a breakthrough with Moscow": whom the hope is about
                pred.target_options = pred.target_options + self._nested_targets(
                    [o for p, o in prep_objects(tok) if p in ("of", "for")], conflict=False)
            if tok.dep_ == "nsubj" and tok.head.pos_ in VERB_POS:
                reach = _launched_reach(tok) if tok.lemma_.lower() in MUNITIONS else None
                head = reach if reach is not None else tok.head
                pred = self._instrument(pred, by_verb.get(head.i), head)
                if pred is None:
                    continue
            elif _instrument_prep(tok) is not None \
                    and _instrument_prep(tok).head.i in by_verb:
                # "fought with heavy artillery", "struck with drones", "killed by a roadside
                # bomb": the weapon sharpens the act's code, it is not a second act
                verb_pred = by_verb[_instrument_prep(tok).head.i]
                if (verb_pred.code[:2] == pred.code[:2] and len(pred.code) >= len(verb_pred.code)) \
                        or (pred.code.startswith(MASS_WEAPON_CODES)
                            and verb_pred.code.startswith(VIOLENT_CODES)):
                    # ("attacked Kurdish fighters with mustard gas": any attack made with
                    # a weapon of mass violence is its use, 2041)
                    verb_pred.code = pred.code
                continue
            consumed.add(tok.i)
            nouns.append(pred)
        return nouns

    def _wielded_attack(self, noun: Token, by_verb: dict, nouns: list[Predicate],
                        consumed: set[int]) -> bool:
        """"Houthi rebels used drones in an attack on Abha airport", "government forces
        employed barrel bombs in a raid on Aleppo": an act of force (code family
        ``wielded_act``) named in a manner phrase on a clause of using a weapon (word class
        ``wield``) is the clause subjects' act, aimed where the noun says, of the weapon's
        code when the weapon names a sharper one of the same root (or mass violence); the
        weapon is no second act. When the clause is itself the use of a weapon ("used chlorine
        gas in an attack on Douma": 2041), the noun only says where it struck: its targets
        join the clause's. Whether the noun was such an act (and is spent)."""
        verb = noun.head.head if noun.dep_ == "pobj" else None
        if verb is None or noun.head.lower_ not in MANNER_PREPS or verb.pos_ not in VERB_POS \
                or lemma_of(verb) not in WIELD_VERBS:
            return False
        pred = self._noun(noun)
        if pred is None or not pred.code.startswith(WIELDED_CODES) or pred.sources:
            return False
        used = by_verb.get(verb.i)
        if used is not None:
            if not used.code.startswith(VIOLENT_CODES):
                return False
            used.target_options = pred.target_options + used.target_options
            consumed.add(noun.i)
            return True
        weapons = {o.i for o in children_of(verb, ("dobj",))}
        for weapon in [p for p in nouns if p.trigger.i in weapons]:
            if (weapon.code[:2] == pred.code[:2] and len(weapon.code) >= len(pred.code)) \
                    or weapon.code.startswith(MASS_WEAPON_CODES):
                pred.code = weapon.code
            nouns.remove(weapon)
        pred.sources = self.subjects(verb)[0]
        pred.negated, pred.modality = self.negated(verb), self.modality(verb)
        consumed.add(noun.i)
        nouns.append(pred)
        return True

    def _under_way_act(self, pred: Predicate) -> bool:
        """"Joint patrols by Malian and Burkinabe soldiers resumed on Monday", "the extradition
        of X by Spain took place": an act with its agent named, said to begin, resume or take
        place, happens, as its verb says ("will not resume until March" tells no act)."""
        noun = pred.trigger
        if not pred.sources or not _under_way(noun) or self.negated(noun.head):
            return False
        pred.modality = self.modality(noun.head)
        return True

    def _commented(self, pred: Predicate, commenter: Token | None,
                   coded: set[int]) -> bool:
        """Whether an event noun a comment is about (see :meth:`_agented_content`) is an event
        of its own. "India rejected Canada's allegation that …": an accusation someone
        answers was made against whoever answers it; one whose that-clause tells a coded act
        ("rejected accusations by Kyiv that its forces shelled …") is that act's accusation."""
        if commenter is None:
            return False
        if pred.code.startswith(ACCUSATION_CODES):
            if any(w.i in coded for c in kids(pred.trigger) if c.dep_ in ("acl", "ccomp")
                   for w in c.subtree):
                return False
            pred.target_options = pred.target_options + [self.subjects(commenter)[0]]
        return True

    def _agented_content(self, noun: Token, comments: set[int]) -> Token | None:
        """"Condemned Georgia's arrest of the opposition leader", "welcomed the release of two
        Americans by the Taliban", "the signing of the deal between A and B was welcomed":
        an act a speech act is about, named together with who did it (a possessor, a
        by-phrase, "between" parties, or the "of" of a visit), is reported as done, so it is
        an event of its own beside the comment (code family ``agented_content``). A bare or
        adjectival one ("condemned the Houthi attacks") stays only what the comment is about.
        Returns the comment's trigger, or None."""
        pattern = self.match_noun(noun)
        if pattern is None or not pattern.code.startswith(AGENTED_CONTENT_CODES):
            return None
        node = noun
        while node.dep_ in ("dobj", "pobj", "prep", "nsubjpass") and node.head.i != node.i:
            if node.dep_ == "pobj" and background_prep(node.head):
                return None  # "after the arrest of …": an earlier event, told elsewhere
            if node.dep_ == "nsubjpass" and not any(c.dep_ == "agent" for c in kids(node.head)):
                return None  # ("Greece's manoeuvres could not be accepted": no one commented)
            node = node.head
            if node.i in comments:
                break
            about = self.match_noun(node) if node.pos_ in NOUN_POS else None
            if node.pos_ in VERB_POS or (about is not None and about.code[:2] != pattern.code[:2]):
                # (nor what another kind of event noun is about: "criticism of its drills";
                # "the signing of the deal" is one act)
                return None
        else:
            return None
        if node.i not in comments:
            return None
        of = [o for p, o in prep_objects(noun) if p == "of"]
        # ("the detention of three journalists by police": the parser often hangs the
        # by-phrase on the of-phrase's noun)
        named = [o for p, o in [*prep_objects(noun), *(q for inner in of for q in prep_objects(
            inner))] if p == "by"]
        # ("rejected accusations from Lithuania": a charge's from-phrase names its author)
        named += [o for p, o in prep_objects(noun) if p == "from"
                  and lemma_of(noun) in AUTHORED_FROM]
        if of or not pattern.code.startswith(PATIENT_OF_CODES) or any(
                p in ("on", "against") for p, _ in prep_objects(noun)):
            # ("protested his detention": the possessor of an arrest with no of-phrase is
            # who was arrested, not who arrested; but "al-Shabaab's attack on a police post"
            # names its target, so its possessor is who attacked)
            named += children_of(noun, ("poss",))
        if pattern.code[:2] == MEET_ROOT:
            named += of
        named += between_parties(noun)  # (two or more parties, however the parse hangs them)
        return node if named and lemma_of(noun) not in VENUE_NOUNS else None

    def _delivered_mass_weapon(self, noun: Token, by_verb: dict[int, Predicate]) -> bool:
        """"Dropped chlorine bombs on the town", "dropped an atomic bomb on the city": a weapon
        of mass violence that a violent act delivers (its direct object) makes the act its use
        (2041, 2042); the noun is no second event."""
        carrier = noun
        while carrier.dep_ in ("npadvmod", "amod", "compound", "nmod") \
                and carrier.head.i != carrier.i:
            carrier = carrier.head  # ("fired sarin-filled rockets": the rockets carry the sarin)
        if carrier.dep_ != "dobj" or carrier.head.i not in by_verb:
            return False
        verb_pred = by_verb[carrier.head.i]
        pattern = self.match_noun(noun)
        if pattern is None or not pattern.code.startswith(MASS_WEAPON_CODES) \
                or not verb_pred.code.startswith(VIOLENT_CODES):
            return False
        verb_pred.code = pattern.code
        noun_pred = self._noun(noun)
        if noun_pred is not None:
            # ("used chemical weapons against rebel-held Douma": the parser may hang the
            # target on the weapon)
            verb_pred.target_options = verb_pred.target_options + noun_pred.target_options
        return True

    def _violence_in(self, noun: Token, by_verb: dict[int, Predicate]
                     ) -> tuple[Predicate, Pattern] | None:
        """A violent event noun after "in" under a violent verb ("killed … in an airstrike"):
        the verb's predicate and the noun's row, else None."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "in":
            return None
        verb = _object_governor(noun.head.head, by_verb)
        if verb is None:
            return None
        verb_pred = by_verb[verb.i]
        pattern = self.match_noun(noun)
        if pattern is None or not verb_pred.code.startswith(VIOLENT_CODES) \
                or not pattern.code.startswith(VIOLENT_CODES):
            return None
        return verb_pred, pattern

    def _lends_agent(self, noun: Token, by_verb: dict[int, Predicate]) -> bool:
        """"Two policemen were killed in an attack by gunmen", "were killed in an Israeli
        strike": an agentless passive act of violence told to have happened in an event noun
        whose agent is named is that agent's act, one event, not two (its code sharpened by
        the noun as :meth:`_sharpens_act` says)."""
        found = self._violence_in(noun, by_verb)
        if found is None or not children_of(found[0].trigger, ("nsubjpass",)):
            return False
        verb_pred, pattern = found
        agents = self._noun_sources(noun, pattern)
        if not agents or not all(s in agents for s in verb_pred.sources):
            return False  # (the verb's agent may be the noun's, hung there by the parser)
        verb_pred.sources = agents
        self._sharpens_act(noun, by_verb)
        return True

    def _sharpens_act(self, noun: Token, by_verb: dict[int, Predicate]) -> bool:
        """"Killed a rebel commander in a drone strike", "killed six in a suicide bombing":
        the violent act told by the event noun after "in" is the verb's own act, and its weapon
        says what kind it was (the verb's generic force, killing or assassination becomes the
        strike's code); a generic noun ("in an attack") leaves the verb's code, and so do a
        wounding ("were wounded in a rocket attack": 182) and a weapon of another root that
        any gunman wields ("killed two settlers in a shooting")."""
        found = self._violence_in(noun, by_verb)
        if found is None:
            return False
        verb_pred, pattern = found
        if pattern.code in GENERIC_FORCE_CODES \
                or not (pattern.code[:2] == verb_pred.code[:2]
                        or pattern.code.startswith(MILITARY_WEAPON_CODES + MASS_VIOLENCE_CODES)) \
                or verb_pred.code not in GENERIC_FORCE_CODES | {KILLING, ASSASSINATION}:
            return False
        verb_pred.code = pattern.code
        return True

    def _fights_fallen_in(self, found: list[Predicate], consumed: set[int]) -> list[Predicate]:
        """"Three soldiers were killed in clashes with Chinese troops": the fight the victims
        fell in was between their side and the with-party, both ways. The agentless killing
        is the with-party's part of that fight (its code becomes the fight's), the fight noun
        the victims' side's part. Only a fight (root 19) with a with-party qualifies."""
        fights = []
        for verb_pred in found:
            verb = verb_pred.trigger
            victims = children_of(verb, ("nsubjpass",)) if verb.pos_ in VERB_POS else []
            if not victims or verb_pred.sources or not verb_pred.code.startswith(VIOLENT_CODES):
                continue
            for prep in children_of(verb, ("prep",)):
                noun = next((o for o in children_of(prep, ("pobj",)) if o.i not in consumed), None)
                fight = self._noun(noun) if noun is not None \
                    and prep.lower_ in MANNER_PREPS else None
                others = [o for p, o in prep_objects(noun) if p == "with"] if fight else []
                if fight is None or fight.sources or not others \
                        or not fight.code.startswith(FIGHT_ROOT):
                    continue
                verb_pred.code = fight.code
                verb_pred.sources = with_conjuncts(others)
                fight.sources = with_conjuncts(victims)
                fight.target_options = [with_conjuncts(others)]
                consumed.add(noun.i)
                fights.append(fight)
                break
        return fights

    def _claimed_acts(self, found: list[Predicate],
                      consumed: set[int]) -> list[tuple[Predicate, Predicate]]:
        """"The group claimed responsibility for the bombing", "said it was responsible for the
        attack": the claimant did the act (each act with the claim that names it; "was behind
        the attack" is read by ``_acts_behind``)."""
        acts = []
        for claim in [p for p in found if p.code == CLAIM_RESPONSIBILITY]:
            holders = [claim.trigger] if claim.trigger.pos_ in NOUN_POS | {"ADJ"} else []
            pairs = [pair for obj in holders + children_of(claim.trigger, ("dobj",))
                     for pair in prep_objects(obj)]
            for prep, noun in pairs:
                pattern = self.match_noun(noun) if prep == "for" else None
                if pattern is None or noun.i in consumed or not _free_noun_root(pattern.code):
                    continue
                act = self._noun(noun)
                if act is not None:
                    # ("has not claimed responsibility for the bombing": not its act)
                    act.sources = act.sources if claim.negated else claim.sources
                    consumed.add(noun.i)
                    acts.append((claim, act))
            _claimed_conjunct(claim, found)
        return acts

    def _provoked_reactions(self, sent: Span, consumed: set[int]) -> list[Predicate]:
        """"Arrested the opposition leader, drawing condemnation from Amnesty", "passed the
        law, sparking protests in the capital": a participle that says what reaction an act
        provoked tells a second event, by whoever the from-phrase names (or, unnamed, whoever
        the engine finds for it), aimed at the act's doer (code family ``reaction``)."""
        out: list[Predicate] = []
        for verb in tokens_of(sent):
            if lemma_of(verb) not in PROVOKE_VERBS or verb.pos_ != "VERB":
                continue
            if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj"):
                doers = self.subjects(verb)[0]
            else:
                # "Threats by Turkey to invade Iraq drew condemnation from Baghdad": an act
                # told as the subject provokes the reaction; its agent is the target
                # ("The arrest of the lawyer drew criticism from Amnesty": an act whose doer
                # goes unnamed still draws the reaction; "Russia's decision drew criticism
                # from France": a word for any act is one)
                acts = [n for n in children_of(verb, ("nsubj",)) if n.pos_ in NOUN_POS
                        and (self.match_noun(n) is not None
                             or lemma_of(n) in ANAPHORIC_ACT_NOUNS)]
                if not acts:
                    continue
                doers = next(iter(g for n in acts for g in self.noun_agents(n) if g), [])
            for noun in children_of(verb, ("dobj",)):
                act = self._noun(noun) if noun.pos_ in NOUN_POS and noun.i not in consumed \
                    else None
                if act is None and noun.i not in consumed and _angry_answer(noun):
                    # "drew an angry response from Putin", "a scornful reply from Pyongyang"
                    act = Predicate(trigger=noun, words=[noun], code=DISAPPROVAL, pattern=None,
                                    kind="noun")
                if act is None or not act.code.startswith(REACTION_CODES):
                    continue
                reactors = [o for p, o in [*prep_objects(noun), *prep_objects(verb)]
                            if p in REACTOR_PREPS]
                act.sources = with_conjuncts(reactors) if reactors else act.sources
                act.target_options = ([doers] if doers else []) + [
                    g for g in act.target_options if not set(g) & set(reactors)]
                act.negated = self.negated(verb)
                act.modality = self.modality(verb)
                consumed.add(noun.i)
                out.append(act)
        return out

    def provoked_by(self, verb: Token) -> list[Token]:
        """"Fired a missile, prompting Japan to lodge a protest": whom the provoked act
        answers is the doer of the act that provoked it."""
        head = verb.head
        if verb.dep_ != "xcomp" or lemma_of(head) not in PROVOKE_VERBS \
                or not children_of(head, ("dobj",)):
            return []
        return self.subjects(head)[0]

    def _acts_behind(self, sent: Span, consumed: set[int]) -> list[Predicate]:
        """"Al-Shabaab was behind the bombing", "said it was behind the attack", "hackers working
        for Russian intelligence were behind the cyberattack": the one reading of an act a
        copular preposition's phrase names (word class ``copular_prep``). Whoever is said to be
        behind an event that stands on its own as a noun (code family ``free_noun``) did it: the
        copula's subject is the act's agent, and the copula says whether it happened as told
        ("was not behind", "may have been behind"). The claim beside it is the row ``015 adj
        behind`` (``PredicateFinder._adjective``); told by a party of another, the act is that
        party's charge (``predicates._direct_content`` makes it what the report says)."""
        out: list[Predicate] = []
        for prep in tokens_of(sent):
            if prep.pos_ != "ADP" or not copular_prep(prep):  # (asked of every word)
                continue
            verb = prep.head
            sources = self.subjects(verb)[0]
            for noun in children_of(prep, ("pobj",)):
                act = self._noun(noun) if noun.pos_ in NOUN_POS and noun.i not in consumed else None
                if act is None or not _free_noun_root(act.code) or not sources:
                    continue
                act.sources = sources
                act.negated, act.modality = self.negated(verb), self.modality(verb)
                # (an act of coercion or violence is the charged one of a report, judged by
                # the engine as a verb would be: "…, police said" leaves it the doer's; any
                # other act one is said to be behind is, as "responsible for" makes it, the
                # teller's charge whoever tells it: "Kenya said the militia was behind the
                # protests")
                act.blamed = not act.code.startswith(BEHIND_ACT_CODES)
                consumed.add(noun.i)
                out.append(act)
        return out

    def _bare_claims(self, sent: Span, found: list[Predicate],
                     consumed: set[int]) -> list[Predicate]:
        """"The group claimed the bombing", "claimed a suicide attack on a police post": to
        claim an act of violence is to claim responsibility for it (015), and the claimant
        did it."""
        out: list[Predicate] = []
        triggers = {w.i for p in found for w in p.words}
        for verb in tokens_of(sent):
            if verb.pos_ != "VERB" or lemma_of(verb) not in CLAIM_VERBS or verb.i in triggers:
                continue
            sources = self.subjects(verb)[0]
            nouns = children_of(verb, ("dobj", "nsubjpass"))
            if verb.dep_ == "acl" and verb.tag_ == "VBN" and children_of(verb, ("agent",)):
                nouns = [verb.head]  # "killed 20 people in an attack claimed by al-Shabaab"
            for noun in nouns:
                if verb.dep_ == "relcl" and lemma_of(noun) in RELATIVE_PRONOUNS:
                    noun = verb.head  # "the attack, which was claimed by …"
                act = self._noun(noun) if noun.pos_ in NOUN_POS and noun.i not in consumed else None
                if act is None or not act.code.startswith(VIOLENT_CODES):
                    continue
                negated = self.negated(verb)
                act.sources = act.sources if negated else sources  # ("did not claim it")
                for told in [] if negated else found:
                    # "the attack, which X claimed, killed six": X killed them
                    if noun in told.sources and told.code.startswith(VIOLENT_CODES):
                        told.sources = sources
                done = next((p for p in found if noun.dep_ == "pobj" and noun.head.lower_ == "in"
                             and noun.head.head.i == p.trigger.i
                             and p.code.startswith(VIOLENT_CODES)), None)
                if done is not None:
                    # ("a suicide bomber killed 20 people in an attack claimed by al-Shabaab":
                    # the killing is the attack claimed, done by the claimant)
                    if not negated:
                        done.sources = sources
                    consumed.update((noun.i, verb.i))
                    out.append(Predicate(
                        trigger=verb, words=[verb], code=CLAIM_RESPONSIBILITY, pattern=None,
                        kind="verb", sources=sources, negated=negated,
                        modality=self.modality(verb)))
                    continue
                consumed.update((noun.i, verb.i))
                out.append(Predicate(
                    trigger=verb, words=[verb], code=CLAIM_RESPONSIBILITY, pattern=None,
                    kind="verb", sources=sources, negated=negated,
                    modality=self.modality(verb)))
                out.append(act)
        return out

    def _current_visit(self, noun: Token) -> bool:
        """"Laid a wreath during his visit to Rwanda": a visit or meeting that frames the
        news is happening, not background."""
        if noun.dep_ != "pobj" or (noun.head.lower_ not in CURRENT_PREPS
                                   and not _there_for(noun.head)):
            return False
        pattern = self.match_noun(noun)
        return pattern is not None and pattern.code[:2] == MEET_ROOT \
            and lemma_of(noun) not in VENUE_NOUNS  # a summit is where, not an act

    @staticmethod
    def _told_meeting(pred: Predicate, verb: Token | None,
                      by_verb: dict[int, Predicate]) -> bool:
        """Whether a call or talks that frame a clause ("during talks in Doha, the emir met X")
        are the meeting the clause tells, no second event. Framing another act ("in a phone
        call on Friday, the prime minister thanked the king"), they are with whom that act
        addresses, when they name no one else (code family ``conversation``); so are they
        framing a telling that is no event ("told his Iranian counterpart in a phone call that
        …": word class ``addressing``)."""
        clause = by_verb.get(verb.i) if verb is not None else None
        if clause is None and verb is not None and pred.code.startswith(CONVERSATION_CODES) \
                and lemma_of(verb) in ADDRESSING_VERBS:
            # "told his Iranian counterpart in a phone call that …", "assured Zelensky during
            # a call": a telling, no event of its own, reaches whom it tells
            pred.target_options = pred.target_options + [
                with_conjuncts([o]) for o in children_of(verb, ("dobj",))]
            return False
        if clause is None or not pred.code.startswith(CONVERSATION_CODES):
            return False
        if clause.code[:2] == MEET_ROOT:
            return True
        pred.target_options = pred.target_options + [
            with_conjuncts([o]) for o in children_of(verb, ("dobj",))]
        return False

    def _hosted_visit(self, noun: Token, by_verb: dict[int, Predicate]) -> Predicate | None:
        """"Beijing hosted the Brazilian president for a state visit", "was received by the
        king for an official visit": the visit a host receives a guest for is the guest's
        visit to the host (not background, as "for" phrases are elsewhere)."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "for":
            return None
        verb = noun.head.head
        host = by_verb.get(verb.i)
        pattern = self.match_noun(noun)
        if host is None or pattern is None or not host.code.startswith(HOSTING_CODES) \
                or not pattern.code.startswith(VISIT_CODES):
            return None
        hosts, passive = self.subjects(verb)
        guests = children_of(verb, ("nsubjpass",) if passive else ("dobj",))
        if not hosts or not guests or any(g in hosts for g in guests):
            return None
        return Predicate(
            trigger=noun, words=[noun], code=pattern.code, pattern=pattern, kind="noun",
            sources=with_conjuncts(guests[:1]), target_options=[hosts],
            negated=self.negated(verb), modality=self.modality(verb))

    def _undergone(self, verb: Token) -> Predicate | None:
        """"(warned that) Boko Haram would face a massive offensive", "would face sanctions":
        the act someone is to suffer, with that someone as its target."""
        if lemma_of(verb) not in UNDERGO_VERBS:
            return None
        for obj in children_of(verb, ("dobj",)):
            act = self._noun(obj) if obj.pos_ in NOUN_POS else None
            if act is not None:
                act.target_options = [with_conjuncts(children_of(verb, ("nsubj",)))] \
                    + act.target_options
                act.words = [verb, obj]
                act.modality = self.modality(verb)
                return act
        return None

    def _instrument(self, noun_pred: Predicate, verb_pred: Predicate | None,
                    verb: Token | None = None) -> Predicate | None:
        """An event noun that is the subject of a verb ("Turkish drone strikes hit PKK camps"):
        with a coded verb of the same root it only sharpens the verb's code; with an uncoded
        verb ("hit", "rocked") it is the event, with the verb's object as its target; with a
        verb of another root both are events."""
        verb = noun_pred.trigger.head if verb is None else verb
        if verb_pred is not None and [t.i for t in verb_pred.sources] == [noun_pred.trigger.i]:
            # "an Israeli strike killed the general": the strike's agent is the killer, when
            # the subject itself names no actor ("Russian artillery" does: RUSMIL)
            verb_pred.fallback_sources = noun_pred.sources
        if verb_pred is not None and verb_pred.code[:2] == noun_pred.code[:2]:
            if len(noun_pred.code) > len(verb_pred.code) or (
                    verb_pred.code in PLAIN_KILLING and noun_pred.code.startswith(BOMBING)) or (
                    verb_pred.code in GENERIC_FORCE_CODES
                    and noun_pred.code not in GENERIC_FORCE_CODES):
                verb_pred.code = noun_pred.code  # "a roadside bomb killed three soldiers": 1833
            return None
        if verb_pred is not None and (verb_pred.code in GENERIC_FORCE_CODES | PLAIN_KILLING
                                      or verb_pred.code.startswith(DAMAGE_TOLL) or (
                verb_pred.code == ASSASSINATION
                and noun_pred.code.startswith(MILITARY_WEAPON_CODES))) \
                and noun_pred.code.startswith(VIOLENT_CODES):
            # ("a drone strike killed a commander": a strike by a named military weapon, not
            # an assassination; "an Israeli strike killed the general" stays one)
            # "a roadside bomb struck a convoy", "drone strikes killed four commanders": the
            # weapon says what kind of attack it was; the verb tells its toll
            verb_pred.code = noun_pred.code
            return None
        if verb_pred is not None:
            return noun_pred  # "his visit to Moscow angered Washington": two events
        if lemma_of(verb) in PROVOKE_VERBS:
            # "airstrikes on Beirut drew criticism from France": not aimed at France; "the
            # arrest of the mayor triggered protests": an act that provoked one happened
            if children_of(verb, ("dobj",)):
                noun_pred.kind = "instrument"
            return noun_pred
        conflict = place_is_target(noun_pred.code)
        if not between_parties(noun_pred.trigger):
            # (but "fighting between the army and the RSF spread to Khartoum's airport": the
            # parties it is between are each other's targets, not where it spread)
            noun_pred.target_options = self.targets(verb, conflict=conflict) \
                + noun_pred.target_options
        noun_pred.words = [noun_pred.trigger, verb]
        if self.modality(verb) == "hypothetical":
            noun_pred.modality = "hypothetical"  # "a blockade of Taiwan would disrupt supplies"
        if any(o.pos_ in NOUN_POS for o in children_of(verb, ("dobj",))) or any(
                p in PIERCED_PREPS and o.pos_ in NOUN_POS for p, o in prep_objects(verb)):
            # "a bomb hit a patrol", "a car bomb ripped through a market": real even with
            # no agent
            noun_pred.kind = "instrument"
        return noun_pred

    def _noun_sources(self, noun: Token, pattern: Pattern | None = None) -> list[Token]:
        agents = self.noun_agents(noun)
        if agents:
            return agents[0]
        held = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "on" else None
        if held is not None and lemma_of(held) in STATE_VERBS:
            # "a jailed activist has been on hunger strike for weeks", "doctors remain on
            # strike": who is in the state the noun names does the act
            subjects = self.subjects(held)[0]
            if subjects:
                return subjects
        pattern = pattern or self.match_noun(noun)
        if pattern is not None and pattern.code[:2] == MEET_ROOT:
            # "the visit of the House speaker to Taiwan": of a meeting or visit, of is who
            of = [o for p, o in prep_objects(noun) if p == "of"]
            if of:
                return with_conjuncts(of)
        # "the ceasefire between Armenia and Azerbaijan": both parties act, each towards the other
        return between_parties(noun)

    def _noun(self, noun: Token) -> Predicate | None:
        pattern = self.match_noun(noun)
        if pattern is None:
            return None
        if _dug_mine(noun, pattern) or _standing_measure(noun, pattern.code) \
                or any(held_people(c) for c in kids(noun)):
            return None
        conflict = place_is_target(pattern.code)
        options = [with_conjuncts([o]) for p, o in prep_objects(noun)
                   if (p in TARGET_PREP_RANK and p not in ("by", "of"))
                   or (conflict and p in _STRUCK_PREPS)]
        if pattern.code.startswith(PATIENT_OF_CODES):
            # "the arrest of the opposition leader", "the killing of two journalists", "the
            # release of two Americans": the of-phrase names who underwent the act
            options += [with_conjuncts([o]) for p, o in prep_objects(noun) if p == "of"]
            # "an attempt to assassinate [the governor]": the object of the act it is about
            options += [with_conjuncts([o]) for c in kids(noun) if c.dep_ == "acl"
                        for o in kids(c) if o.dep_ == "dobj"]
        if pattern.code.startswith(BEHIND_ACT_CODES):
            # "the cyberattack that knocked out Ukraine's largest mobile operator", "the bombing
            # that destroyed a police post": what the act's own relative clause says it struck
            # (after any target the noun names itself)
            options += [with_conjuncts([o]) for c in kids(noun) if c.dep_ == "relcl" and any(
                s.dep_ == "nsubj" and lemma_of(s) in ("that", "which") for s in kids(c))
                for o in kids(c) if o.dep_ == "dobj"]
        sources = self._noun_sources(noun, pattern)
        owner = [c for c in kids(noun) if c.dep_ == "poss" and c.lower_ in ("his", "her")]
        if owner and sources and pattern.code.startswith(PERSON_UNDERGOES) \
                and not any(p in ("of", "by") for p, _ in prep_objects(noun)):
            # "in protest at his detention", "demanded her release": with no of- or by-phrase,
            # the person whose arrest, killing or release it is underwent it, not did it
            # ("Russia's arrest of the reporter", "the army's offensive" keep their agent)
            sources, options = [], [sources, *options]
        pred = Predicate(
            trigger=noun, words=[noun], code=pattern.code, pattern=pattern, kind="noun",
            sources=sources, target_options=options,
            negated=False, modality="asserted",
        )
        verb = _undergoing_verb(pred)
        if _only_possible(noun):
            pred.modality = "possible"  # "said a meeting with Zelensky was possible": not held
        elif verb is not None:
            # "a candidate survived an assassination attempt", "eight policemen died in a car
            # bomb blast": who undergoes it is its target, and it happened as the verb says
            # (or not: "could face sanctions")
            pred.target_options = [with_conjuncts(children_of(verb, ("nsubj",)))] + (
                pred.target_options if verb.lemma_.lower() in PERISH_VERBS else [])
            pred.negated, pred.modality = self.negated(verb), self.modality(verb)
        elif noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in VERB_POS \
                and customary(noun.head):
            return None  # "the summit is usually held in …": a custom, no summit of the story
        elif _happens_by(noun) and self.negated(noun.head):
            # "talks between Serbia and Kosovo have not been scheduled", "the summit did not
            # take place": an event its own verb of happening denies did not happen
            pred.negated = True
        return pred


def _claimed_conjunct(claim: Predicate, found: list[Predicate]) -> None:
    """"A suicide bomber blew himself up outside a mosque, and Islamic State claimed
    responsibility": a claim that names no act, conjoined to the clause of an act of
    violence whose doer is not named, claims that act; the claimant did it."""
    verb = next((w for w in claim.words if w.pos_ == "VERB"), None)
    if verb is None or claim.negated or verb.dep_ != "conj" or not claim.sources or any(
            p.lower_ == "for" for w in claim.words for p in kids(w) if p.dep_ == "prep"):
        return
    for told in found:
        if verb.head in told.words and told.code.startswith(VIOLENT_CODES) \
                and not any(s.pos_ == "PROPN" for s in told.sources):
            told.sources = claim.sources
