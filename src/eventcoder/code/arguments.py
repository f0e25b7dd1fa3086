"""Arguments of event predicates in a dependency parse: who acts, on whom, how surely.

:class:`ArgumentFinder` matches verbs and event nouns against the pattern table (with the
features a row can constrain: particle, object, preposition) and finds, for a trigger, the
head tokens of its subject (through voice, control, conjunction and relative clauses), its
addressee and its candidate targets; it also reads negation and modality, and finds the
reporting verb whose content holds a trigger. :mod:`eventcoder.code.predicates` builds the
predicates on top of it; nothing here resolves actors.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from eventcoder.code._actor_tables import people_words
from eventcoder.code._parse import ParseView, kids, lemma, view, view_of
from eventcoder.code.date_text import WEEKDAYS
from eventcoder.code.lexicon import word_class
from eventcoder.code.patterns import Pattern, PatternTable, default_patterns
from eventcoder.ontology import family

__all__ = ["ArgumentFinder", "Predicate", "afflicted", "children_of", "counted_noun",
           "direct_objects", "expected_clause", "holders", "lemma_of", "names_people",
           "permitted", "prep_objects", "released_party", "with_conjuncts"]

VERB_POS = frozenset({"VERB", "AUX"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
# Prepositions that introduce a target, in order of preference.
TARGET_PREPS = (
    "to", "with", "against", "on", "at", "toward", "towards", "into", "upon", "over", "from",
    "for", "between", "among", "across", "of",
)
TARGET_PREP_RANK = {prep: rank for rank, prep in enumerate(TARGET_PREPS)}
# Prepositions whose gerund is an act of the clause's subject ("by shelling", "after cutting
# ties"), unlike topics ("a deal on restructuring loans", "talks about reopening the border").
ACT_GERUND_PREPS = frozenset({"by", "after", "before", "since", "upon", "through", "while"})
# "X-made", "X-owned", "X-linked": participles that tie a thing to its country.
ORIGIN_PARTICIPLES = frozenset({"make", "own", "link", "flag", "build", "register", "base"})
# "X-brokered", "X-led", "X-drafted": participles that name a thing's author.
# "reopened its embassy in Tehran": a diplomatic post is the sender's, in the host's country
DIPLOMATIC_POSTS = word_class("diplomatic_post")
AUTHOR_PARTICIPLES = word_class("author_participle")
ADVERB_PARTICLES = frozenset({"back", "away", "out", "off", "down", "sexually"})
# Verbs of letting: their permitted party is their object ("allowed inspectors to visit").
PERMISSIVE_VERBS = frozenset({"allow", "let", "permit"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "what"})
PERSONAL_POSSESSIVES = frozenset({"his", "her"})  # "their" is as often a thing's
# How deep below an object's own complements a target is still looked for.
NESTED_TARGET_DEPTH = 3
# How the content of a report hangs from its reporting verb.
CONTENT_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "dobj", "advcl"})
PLACE_PREPS = frozenset({"in", "inside", "near", "outside", "around", "along"})
MEASURE_NOUNS = word_class("measure")
RELATION_NOUNS = word_class("relation")
AFFLICTED = word_class("afflicted")
RESULT_WORDS = word_class("result_word")
QUANTITY_NOUNS = word_class("quantity")
COMPANY_ADVERBS = ("together", "along")  # "[together] with Ireland": a companion in the act
ARRIVAL_VERBS = word_class("arrival")  # "peacekeepers [arrived] in Bangui": the subject is delivered
VENUE_NOUNS = word_class("venue")
HELP_VERBS = word_class("help")
PLACEMENT_VERBS = word_class("placement")  # "invested in X": X receives the money
CARRIER_NOUNS = word_class("carrier")  # "a ship loaded with aid": the aid is what is sent
# Nouns that report speech; the clause they introduce is their content.
REPORT_NOUNS = word_class("report_noun")
UTTERANCES = word_class("utterance")  # "over comments [by X]": X said them
MESSAGE_NOUNS = word_class("container") | REPORT_NOUNS  # what carries a message
RESULT_ADJECTIVES = word_class("result_adjective")  # "found a leader [guilty] of …"
ACCUSING_VERBS = word_class("accusing")  # "alleged that [India] …": the content's subject
CIRCUMSTANCE_MARKS = word_class("circumstance_mark")  # "denied it after Congo accused …"
RESORT_VERBS = word_class("resort")  # "resorted to [throwing] stones": the act is theirs
AUTHORED_FROM = word_class("authored_from")  # "accusations from X": X's accusations
PROVOKE_VERBS = word_class("provoke")  # ", prompting Japan to [protest]": Japan protests
FREEING_NOUNS = word_class("freeing")  # "the release of X held in Iran": Iran holds X
REFRAIN_VERBS = word_class("refrain")  # "refrained from [retaliating]": not done
EXCLUDING_VERBS = word_class("exclude")  # "ruled out [sending] troops": not done
FAIL_VERBS = word_class("fail")  # "failed to [defend] it": not done
MUNITIONS = word_class("munition")  # "fired [missiles] at the ship": what is fired, not whom
RELEASE_NOUNS = frozenset({"release", "freeing", "return", "handover"})
PERSON_NOUNS = word_class("person")
# Heads that name a person when a people or role word qualifies them: "opposition figure".
PERSON_HEADS = word_class("person_head")
PEOPLE_OBJECT = "@person"  # the pattern tables' object for any person or people
ANY_OBJECT = "@any"  # … and for any direct object
ASCRIBED_PARTICIPLES = word_class("ascribed")  # "an attack blamed on X": X's attack
DEED_VERBS = word_class("deed")  # "the expulsion, which was carried out by X": X's act
REACTION_VERBS = word_class("reaction")  # "an operation condemned by X": X's answer to it
ACCUSED_PARTICIPLES = word_class("accusing") | REACTION_VERBS  # "firms, accused by London"
DEED_PREPS = ("of", "on", "for", "against", "into")
PLACE_OBJECT = "@place"  # … and for a named place or a settlement or area noun
PLACE_NOUNS = word_class("place_noun")
NO_OBJECT = "@none"  # … and for a verb used without one ("the armies fought for a week")
FORCE_OBJECT = "@force"  # … and for armed forces or their units and craft ("rushed troops")
FORCE_UNITS = word_class("force_unit")
SITE_OBJECT = "@site"  # … and for places or columns a force holds ("struck an army outpost")
FORCE_SITES = word_class("force_site")
OBJECT_CONTROL_FRAMES = frozenset({"appeal", "demand"})
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
AWAITING_MARKS = word_class("awaiting")  # "until", "before": an act not yet done
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "would", "should"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
INVERTING_AUX = frozenset({"had", "were", "should"})  # "Had X fired, …": an if-clause
DEMAND_MODALS = frozenset({"must"})
APPEAL_MODALS = frozenset({"should", "ought"})
ADVERBIAL_NOUNS = word_class("adverbial_noun")  # "returned home": no object
MEDIATION_CODES = family("mediation")  # "a truce brokered by Egypt": not a party to it
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
NEGATIVE_PRONOUNS = word_class("negative_pronoun")  # "nobody", "none"
SPEECH_CODES = family("speech")  # speech acts: a participle after "X said," is X's


lemma_of = lemma  # ``token.lemma_.lower()``, computed once per Doc


FORECAST_WORDS = word_class("forecast")
LICENSING_VERBS = word_class("licensing")  # "the law [allows] police to detain …"
RULE_TEXTS = word_class("rule_text")  # "the [law] allows police to detain …": a power only
EXPECTATION_NOUNS = word_class("expectation")  # "hopes [that Serbia will agree]": not done
VISIT_CODE = "042"  # a movement told as a visit ("flew to Tokyo")
OBJECT_PRONOUNS = ("it", "them", "him", "her")  # never their own clause's subject

def children_of(token: Token, deps: Collection[str]) -> list[Token]:
    """The children of ``token`` whose dependency label is one of ``deps``."""
    try:
        below = token.kids  # type: ignore[attr-defined]
    except AttributeError:  # a Token spaCy built, not the view's
        below = kids(token)
    out = []
    for c in below:  # (a plain loop: a token has few children, and this is asked often)
        if c.dep_ in deps:
            out.append(c)
    return out


_NOMINAL_POS = NOUN_POS | {"PRON"}
_OBJECT_POS = _NOMINAL_POS | {"NUM"}
_DIRECT_OBJECT_DEPS = OBJECT_DEPS | {"nsubjpass"}


def with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        for c in _conjoined(tok):
            if c not in out:
                out.append(c)
    return out


def _conjoined(tok: Token) -> list[Token]:
    """The nominal conjuncts of ``tok``, then the names flattened into it (once per token)."""
    v = view_of(tok)
    memo = v.per_token["conjoined"]
    found = memo[tok.i]
    if found is None:
        pos, dep, ent, kid_ids = v.pos, v.dep, v.ent_type, v.kid_ids
        found = [c for c in v.conjuncts(tok.i) if pos[c.i] in _NOMINAL_POS]
        # The parser sometimes flattens "President A and President B" into one name with A as
        # a modifier carrying the "and": A is a conjunct all the same.
        found += [v.tokens[k] for k in kid_ids[tok.i]
                  if dep[k] in ("nmod", "compound") and pos[k] == "PROPN"
                  and ent[k] == "PERSON" and any(dep[g] == "cc" for g in kid_ids[k])]
        split = coordinated_modifier(tok)
        if split is not None:
            found.append(split)
        memo[tok.i] = found
    return found


def coordinated_modifier(head: Token) -> Token | None:
    """"[the army] and rebel fighters", "[Chad's government] and rebel groups": the parser
    makes the first of two coordinated bodies a modifier of the second's noun, carrying the
    "and". When both the modifier and the noun name people or a body, the modifier is an actor
    of its own (and no part of the noun's phrase: see ``ActorResolver``)."""
    if head.pos_ != "NOUN":
        return None
    for mod in head.lefts:
        if mod.dep_ not in ("nmod", "compound") or mod.pos_ != "NOUN" or not names_people(mod):
            continue
        below = list(mod.children)
        second = [c for c in below if c.dep_ == "conj" and mod.i < c.i < head.i]
        if second and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for c in below) \
                and (names_people(head) or names_people(second[0])):  # ("rebel groups")
            return mod
    return None


_BORDER_LEMMAS = frozenset({"border", "frontier", "boundary"})


def _border_with(prep: Token) -> bool:
    """"along the border with Azerbaijan": a "with" right after a border noun is the border's,
    wherever the parser hung it."""
    return prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > 0 \
        and prep.doc[prep.i - 1].lemma_.lower() in _BORDER_LEMMAS


def prep_objects(token: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs hanging from ``token`` ("to the US" → ("to", US))."""
    v = view_of(token)
    memo = v.per_token["prep_objects"]
    found = memo[token.i]
    if found is None:
        found = memo[token.i] = list(_prep_objects(v, token.i))
    return iter(found)


def _prep_objects(v: ParseView, i: int) -> Iterator[tuple[str, Token]]:
    dep, pos, kid_ids, tokens = v.dep, v.pos, v.kid_ids, v.tokens
    for child in kid_ids[i]:
        if dep[child] in ("advmod", "amod") and v.lemmas[child] == "close":
            # "moved tanks close to the border", "war games close to the frontier": near it
            yield from (("near", tokens[o]) for p in kid_ids[child]
                        if dep[p] == "prep" and v.lemmas[p] == "to"
                        for o in kid_ids[p] if dep[o] == "pobj" and pos[o] in _NOMINAL_POS)
        if _border_with(tokens[child]):
            # "deployed troops along the border with Azerbaijan", the "with" misattached to
            # the verb: the border's other side, near which the act is, not a partner
            yield from (("near", tokens[o]) for o in kid_ids[child]
                        if dep[o] == "pobj" and pos[o] in _NOMINAL_POS)
            continue
        if dep[child] in ("prep", "dative", "agent") and pos[child] == "ADP":
            for obj in kid_ids[child]:
                # "accused the diplomat of [spying]": a gerund the parser calls a verb too
                if dep[obj] in ("pobj", "pcomp") and (pos[obj] in _NOMINAL_POS
                                                      or (dep[obj] == "pobj" and v.tag[obj] == "VBG")):
                    yield v.lemmas[child], tokens[obj]
            if not any(dep[o] in ("pobj", "pcomp") for o in kid_ids[child]):
                # "pulled out of the camp", "ran out of fuel": a two-word
                # preposition whose object hangs from its second word
                for inner in kid_ids[child]:
                    if dep[inner] == "prep" and pos[inner] == "ADP" and v.lemmas[inner] in ("of", "from"):
                        for obj in kid_ids[inner]:
                            if dep[obj] == "pobj" and pos[obj] in _NOMINAL_POS:
                                yield v.lemmas[inner], tokens[obj]


_NO_MATCH = object()  # a memoised "no row matches"


def names_people(token: Token) -> bool:
    """A person or people of some role or community: a person's name, "the mayor",
    "dissidents", "three villagers" (the ``@person`` object of the pattern tables)."""
    if token.ent_type_ == "PERSON" or (token.ent_type_ == "NORP" and token.tag_ in ("NNS", "NNPS")):
        return True
    if token.pos_ == "PRON":
        return lemma_of(token) in PERSON_NOUNS  # "would shoot [anyone] who approached"
    lemma = lemma_of(token)
    words = people_words()
    if lemma in PERSON_HEADS and any(c.dep_ == "compound" and lemma_of(c) in words
                                     for c in kids(token)):
        return True  # "an opposition [figure]", "a rebel [commander]" (not "casualty figures")
    # (a role the tables list only in the plural, "officers", names one of them too)
    return token.pos_ == "NOUN" and (lemma in words or token.lower_ in words
                                     or lemma + "s" in words or lemma in PERSON_NOUNS)


def misattached_agents(verb: Token) -> list[Token]:
    """"was convicted of corruption [by a Paris court]", "was summoned to the ministry [by
    officials]", "were killed in an ambush [by rebels]": the small parser hangs a passive's
    by-phrase on the nearest noun of the verb's own prepositional phrase. When that phrase ends
    the clause's prepositions and its object names people or a body (not a means: "by a car
    bomb"), it is the verb's agent. So it does on the object a passive of giving keeps ("was
    given intelligence [by Jordan]")."""
    found = []
    retained = [("", o) for o in kids(verb) if o.dep_ == "dobj"]
    for prep, obj in retained + list(prep_objects(verb)):
        if prep == "by":
            continue
        node, hops = obj, 0
        while hops < 2:
            inner = [(p, o) for p, o in prep_objects(node)]
            by = [o for p, o in inner if p == "by"]
            if by and lemma_of(node) in UTTERANCES:
                break  # ("was summoned over comments [by the foreign secretary]": who said them)
            if by:
                if names_people(by[0]) or by[0].ent_type_ in ("ORG", "NORP", "GPE"):
                    found.append(by[0])
                break
            if len(inner) != 1:
                break
            node, hops = inner[0][1], hops + 1
    if not found:
        # "inspectors were allowed to visit the site [by Iran]", "were ordered to leave [by
        # the army]": the by-phrase hung on the active infinitive the passive controls
        found = [o for x in kids(verb) if x.dep_ == "xcomp" and not any(
            c.dep_ == "auxpass" for c in kids(x)) for p, o in prep_objects(x)
            if p == "by" and (names_people(o) or o.ent_type_ in ("ORG", "NORP", "GPE"))]
    return found[:1]


def _going_to(verb: Token) -> bool:
    """"Is (not) going to negotiate": "going to" after a present "be" is a future, as "will"
    (a past one, "were going to attack when …", tells an act that did not come)."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and head.i != verb.i \
        and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am", "'s", "'re", "'m")
                for c in kids(head))


def counted_none(noun: Token) -> bool:
    """"[No troops] have been deployed", "[No arrests] were made": a noun counted as none."""
    return any(g.dep_ == "det" and g.lower_ == "no" for g in kids(noun))


def released_party(head: Token) -> bool:
    """"(the release) of [the activists]": the of-complement of a release noun, whom a demand
    for the release is not made of."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "of" and lemma_of(prep.head) in RELEASE_NOUNS


def holders(head: Token) -> list[list[Token]]:
    """Who holds a party whose release is sought, nearest first: the agent of the participle
    that tells how it is held ("hostages [held by Hamas]"), then where it is held ("a national
    held [in Iran]", "political prisoners [in Belarus]"): a demand for a release is made of
    the holder, or of the state where the captives are."""
    parties = with_conjuncts([head])
    participles = [c for p in parties for c in kids(p) if c.dep_ == "acl" and c.tag_ == "VBN"]
    options = [with_conjuncts([o]) for v in participles for p, o in prep_objects(v) if p == "by"]
    # ("the release of political prisoners [in Belarus]": the parser may hang the place from
    # the release noun)
    options += [with_conjuncts([o]) for n in (*participles, *parties, head.head.head)
                for p, o in prep_objects(n) if p == "in" and o.pos_ == "PROPN"]
    return options


def permitted(token: Token) -> list[Token]:
    """"allowed [inspectors] to visit", "let [aid] through": who or what a verb of letting lets
    do something, when the parser made it the subject of the clause that follows."""
    if lemma_of(token) not in PERMISSIVE_VERBS or children_of(token, ("dobj",)):
        return []
    return [s for c in children_of(token, ("ccomp", "xcomp")) for s in children_of(c, ("nsubj",))]


def small_clause(token: Token) -> tuple[Token, Token] | None:
    """"found [the minister] [guilty]", "found [a leader] [guilty] of war crimes": the party
    and the result adjective of a verb's small clause, which the parser makes either an
    adjective clause with a subject of its own (no copula) or an adjective hung after the
    object it follows; ``None`` when the verb has none."""
    for c in children_of(token, ("ccomp",)):
        if c.pos_ == "ADJ" and c.i > token.i and not children_of(c, ("aux", "auxpass", "cop")):
            subjects = [s for s in children_of(c, ("nsubj",)) if s.pos_ in _NOMINAL_POS]
            if subjects:
                return subjects[0], c
    for o in children_of(token, ("dobj",)):
        for a in kids(o):
            if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i == o.i + 1 \
                    and o.i > token.i and lemma_of(a) in RESULT_ADJECTIVES:
                return o, a
    return None


def measured_nouns(node: Token, depth: int = 3) -> list[Token]:
    """What a measure measures, through a chain of measures: "hundreds of tonnes of [flour]",
    "two planeloads of [supplies]", "$8 billion in [aid]" (every noun of the chain)."""
    found: list[Token] = []
    if depth and (node.like_num or lemma_of(node) in MEASURE_NOUNS):
        for p in kids(node):
            if p.dep_ == "prep" and lemma_of(p) in ("of", "in"):
                for c in kids(p):
                    if c.dep_ == "pobj":
                        found.append(c)
                        found.extend(measured_nouns(c, depth - 1))
    return found


def _amounts(preps: list[Token]) -> Iterator[tuple[str, list[str]]]:
    """"provided Sri Lanka with [$500 million] in emergency loans": an amount the parser calls
    a number (no nominal object of the preposition) and what it measures, per preposition."""
    for prep in preps:
        for amount in kids(prep):
            if amount.dep_ == "pobj" and amount.pos_ == "NUM":
                yield lemma_of(prep), [lemma_of(amount)] + [lemma_of(m)
                                                           for m in measured_nouns(amount)]


def counted_noun(head: Token) -> Token:
    """"Thousands of people", "dozens of Israelis", "tens of thousands of farmers": the
    counted noun, not the number, is who or what is meant."""
    for _ in range(3):
        if lemma_of(head) not in QUANTITY_NOUNS and not head.like_num:
            return head
        inner = [o for p in kids(head) if p.dep_ == "prep" and p.lower_ == "of"
                 for o in kids(p) if o.dep_ == "pobj"]
        if not inner:
            return head
        head = inner[0]
    return head


def nominal_adjective(token: Token) -> bool:
    """"extradited [a Bulgarian national] wanted for fraud": a word the tagger calls an
    adjective but that heads a phrase of its own (an article and a modifier of its own)."""
    return token.pos_ == "ADJ" and token.dep_ in ("dobj", "pobj") \
        and any(c.dep_ == "det" for c in kids(token)) and any(c.dep_ == "amod" for c in kids(token))


def afflicted(token: Token) -> bool:
    """"the wounded", "the displaced": people named by what befell them (the parser often
    tags the word a verb)."""
    return token.lower_ in AFFLICTED and any(c.lower_ == "the" for c in kids(token))


def shifted_object(token: Token) -> list[Token]:
    """"denounced as a crime [Serbia's suppression of …]": a long object moved after the "as"
    phrase, which the parser takes for the "as" phrase's own noun. Only a noun with a named
    owner is taken for the moved object (not "hailed as a hero")."""
    if children_of(token, ("dobj",)):
        return []
    # (or the parser made it an apposition: "denounced as a provocation [Sudan's deployment]")
    nouns = [n for p, o in prep_objects(token) if p == "as" and o.pos_ == "NOUN"
             for n in (o, *children_of(o, ("appos",)))]
    return [n for n in nouns if n.pos_ == "NOUN"
            and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in kids(n))][:1]


def reduced_object(token: Token) -> list[Token]:
    """"would free [the soldiers captured last month]", "agreed to extradite [a national wanted
    for fraud]": the parser sometimes reads an object with a reduced relative as the subject of
    a clause; a bare participle (no auxiliary) after the verb, with its "subject" between, has
    that noun as the verb's object."""
    if children_of(token, ("dobj",)):
        return []
    return [s for c in children_of(token, ("ccomp",)) if c.tag_ == "VBN" and c.i > token.i
            and not children_of(c, ("aux", "auxpass", "mark"))
            for s in children_of(c, ("nsubj",)) if token.i < s.i < c.i
            and s.pos_ in _NOMINAL_POS][:1]


def _force_classes(objects: set[str]) -> set[str]:
    """The pattern tables' class objects the object lemmas fall under: "@force" for armed
    forces, units and craft ("rushed paramilitary troops to …"), "@site" for the places and
    columns a force holds ("struck an army outpost")."""
    return ({FORCE_OBJECT} if not objects.isdisjoint(FORCE_UNITS) else set()) | (
        {SITE_OBJECT} if not objects.isdisjoint(FORCE_SITES) else set())


def _companions(head: Token) -> list[Token]:
    """Who a "together with" or "along with" phrase on ``head`` names, with their conjuncts."""
    withs = [c for c in kids(head) if c.dep_ == "prep" and c.lower_ == "with" and any(
        a.dep_ == "advmod" and a.lower_ in COMPANY_ADVERBS for a in kids(c))]
    withs += [w for c in kids(head) if c.dep_ in ("prep", "advmod") and c.lower_ in COMPANY_ADVERBS
              for w in kids(c) if w.dep_ == "prep" and w.lower_ == "with"]
    # (a state, body or force named: not "travelled to Paris together with his wife")
    return [o for o in with_conjuncts([o for w in withs for o in kids(w) if o.dep_ == "pobj"])
            if o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "NORP", "ORG")
            or any(m.ent_type_ in ("GPE", "NORP") for m in kids(o) if m.dep_ in ("amod", "compound"))]


def _arrived_lemmas(token: Token, dobjs: list[Token]) -> set[str]:
    """"Rwandan peacekeepers arrived in Bangui", "a shipment of vaccines landed in Lima": what
    arrives is what is delivered, as the object of "sent" (a verb of arrival with no object)."""
    if dobjs or lemma_of(token) not in ARRIVAL_VERBS:
        return set()
    themes = [counted_noun(s) for s in children_of(token, ("nsubj",))]
    return {lemma_of(t) for t in themes} | {
        lemma_of(c) + lemma_of(t) for t in themes for c in kids(t)
        if c.dep_ in ("compound", "amod") and c.i == t.i - 1}


def direct_objects(token: Token) -> list[Token]:
    memo = view_of(token).per_token["direct_objects"]
    found = memo[token.i]
    if found is None:
        found = memo[token.i] = _direct_objects(token)
    return list(found)


def _direct_objects(token: Token) -> list[Token]:
    objs = children_of(token, _DIRECT_OBJECT_DEPS) or permitted(token) or reduced_object(token)
    if not objs and (clause := small_clause(token)) is not None:
        objs = [clause[0]]  # "found [the minister] guilty"
    if not objs:
        objs = shared_object(token)  # "pardoned and freed [a tourist]"
    if not objs and token.pos_ in VERB_POS and token.i + 1 < len(token.doc):
        # "aircraft dropped [sarin] on the town": a common noun right after the verb that
        # the parser made an adverb is its object
        after = token.doc[token.i + 1]
        if after.head.i == token.i and after.dep_ == "advmod" and after.pos_ == "NOUN" \
                and after.tag_ == "NN" and not after.ent_type_ \
                and lemma_of(after) not in ADVERBIAL_NOUNS:  # ("went home", "left today")
            objs = [after]
    if not objs and token.dep_ == "relcl" and token.head.pos_ in NOUN_POS and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in kids(token)):
        objs = [token.head]  # "a claim [that] New Delhi rejected": the noun is the object
    if not objs and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in NOUN_POS \
            and children_of(token, ("agent",)) \
            and (lemma_of(token.head) in default_patterns().lemmas("noun")
                 or _told_day(token)):
        # "under a deal [brokered] by Russia", "the attack [claimed] by the group": an act
        # done to an act, with its agent, has the act's noun for its object ("prisoners held
        # by Minsk", "villages held by the rebels" say what the people or places are); one
        # that tells its day is an act of the story ("protesters shot by soldiers on
        # Wednesday": the protesters are shot)
        objs = [token.head]
    if token.dep_ == "relcl" and token.head.pos_ in NOUN_POS:
        # "the attack, which was claimed by …": the noun the pronoun stands for undergoes it
        # and "the agreement [that] Kenya and the EU signed": a relative object with no comma
        # before it (", which the group denied" may answer the whole clause) is the noun
        objs = [token.head if o.lower_ in RELATIVE_PRONOUNS and (
            o.dep_ == "nsubjpass" or o.dep_ == "dobj" and o.i > 0
            and o.doc[o.i - 1].text != ",") else o for o in objs]
    return with_conjuncts(o for o in objs if o.pos_ in _OBJECT_POS)



def _told_day(verb: Token) -> bool:
    """Whether a verb says the weekday of its act ("on Wednesday")."""
    return any(p.lower_ == "on" and any(o.lower_ in WEEKDAYS for o in kids(p))
               for p in kids(verb) if p.dep_ == "prep")


def reduced_relative_root(verb: Token) -> bool:
    """"Ugandan soldiers deployed to Congo clashed with ADF rebels": a finite past verb with no
    subject, mark or auxiliary that the parser hung as an adverbial clause on a past main verb
    right before it (no comma or "and" between) is the sentence's main verb, and that "main
    verb" a reduced relative clause describing its subject."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or head.dep_ != "ROOT" \
            or head.tag_ not in ("VBN", "VBD") or head.i > verb.i \
            or not children_of(head, ("nsubj",)) or children_of(head, ("aux", "auxpass")):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for c in kids(verb)):
        return False
    return not any(t.text in (",", ";") or t.lower_ in ("and", "but")
                   for t in verb.doc[head.i + 1:verb.i])


def _participle_of(token: Token, lemmas: frozenset[str]) -> bool:
    """Whether a past participle is of one of ``lemmas``, also when the parser called it an
    adjective and kept its form as the lemma ("British-flagged": flag)."""
    word = lemma_of(token)
    if word in lemmas:
        return True
    return word.endswith("ed") and any(
        stem in lemmas for stem in (word[:-1], word[:-2], word[:-3]))


def _foreseen(head: Token) -> bool:
    """"X is expected to visit", "is likely to attend": the word an infinitive hangs on
    foresees the act (a passive forecast verb or a forecast adjective), it does not tell it."""
    if lemma_of(head) not in FORECAST_WORDS:
        return False
    return head.pos_ == "ADJ" or bool(children_of(head, ("auxpass",)))


def _expected_content(clause: Token) -> bool:
    """"Growing expectations [that Israel and Saudi Arabia would agree] …", "hopes [that the
    two sides will sign] a deal", "expectations are rising [that Iran will resume talks]": a
    clause that is the content of a noun of expecting, hoping or fearing (word class
    ``expectation``), on the noun or on the verb the noun is subject of, tells what is
    awaited, not an act done."""
    if clause.dep_ not in ("acl", "ccomp") or clause.pos_ not in VERB_POS:
        return False
    head = clause.head
    if head.pos_ in NOUN_POS:
        return lemma_of(head) in EXPECTATION_NOUNS
    return head.pos_ in VERB_POS and head.i < clause.i and any(
        lemma_of(s) in EXPECTATION_NOUNS for s in children_of(head, ("nsubj",)))


def _past_plan(clause: Token) -> bool:
    """"Under the 2019 agreement, Turkey [was to withdraw] its troops", "Taliban fighters were
    to stop attacking US troops", "the two leaders were to sign the accord in Cairo": an
    infinitive on a past "was"/"were" tells what was planned or owed, not what was done."""
    head = clause.head
    return clause.dep_ == "xcomp" and head.i != clause.i and lemma_of(head) == "be" \
        and head.lower_ in ("was", "were") and head.i < clause.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause))


def _licensed(clause: Token) -> bool:
    """"Sri Lanka's new law, which allows police to detain suspects …", "new rules empower
    police to arrest protesters", "passed a law allowing police to detain …": what a verb of
    licensing (word class ``licensing``) lets someone do, when the licence is a text or rule
    (word class ``rule_text``), is a power granted, not an act done."""
    head = clause.head
    if clause.dep_ not in ("xcomp", "ccomp") or head.i == clause.i \
            or lemma_of(head) not in LICENSING_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause)):
        return False
    licensors = list(children_of(head, ("nsubj",)))
    if head.dep_ in ("acl", "relcl") and (
            not licensors or all(lemma_of(s) in ("which", "that") for s in licensors)):
        licensors = [head.head]  # "a law [allowing] …", "the law, which allows …"
    return any(lemma_of(s) in RULE_TEXTS for s in licensors)


def _undone(clause: Token) -> bool:
    """A clause told as not done: awaited ("hopes that Serbia and Kosovo will agree"), a past
    plan ("Turkey was to withdraw its troops"), a power granted ("a law which allows police
    to detain …") or not done so far ("have yet to reach a deal", "are yet to release")."""
    if _expected_content(clause) or _past_plan(clause) or _licensed(clause):
        return True
    return clause.dep_ == "xcomp" and lemma_of(clause.head) in ("have", "be") and any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in kids(clause.head))


def expected_clause(token: Token) -> bool:
    """Whether the token's clause, or the clause its conjunct or control chain hangs on, is
    the content of a noun of expecting (see :func:`_expected_content`)."""
    for anc in (token, *token.ancestors):
        if _expected_content(anc):
            return True
        if anc.dep_ not in ("conj", "xcomp"):
            return False
    return False


def _inverted_condition(verb: Token) -> bool:
    """"Had the army fired on the crowd, …", "Were Turkey to impose sanctions, …", "Should
    talks fail, …": a subordinate clause opened by its auxiliary before its subject is an
    if-clause without "if" (a counterfactual or hypothesis, not an act done)."""
    if verb.dep_ not in ("advcl", "ccomp") or verb.head.i <= verb.i:
        return False
    own = kids(verb)
    subj = next((c for c in own if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTING_AUX and c.i < subj.i
        and c.i == verb.sent.start for c in own)


def _misparsed_subject(verb: Token) -> list[Token]:
    """"Sweden suspended aid to Uganda, the minister said": the parser sometimes hangs a
    sentence-initial name as an adverbial noun (``npadvmod``) of a verb that then has no
    subject; a named party (not a date) opening the sentence before its verb is that subject."""
    return [c for c in kids(verb) if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
            and c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") and c.i < verb.i
            and c.left_edge.i == verb.sent.start]


def _only_dates(prep: Token) -> bool:
    """Whether a preposition's objects are all dates or times ("on Thursday", "in 2019")."""
    objs = children_of(prep, ("pobj",))
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _misparsed_main_verb(verb: Token) -> bool:
    """"The UN chief called on Iran to …": the parser reads the past tense as a reduced
    relative ("the chief [who was] called on"); a verb hung as ``acl`` from the sentence's
    root noun is the sentence's main verb, that noun its subject, when it is past tense, or a
    participle that still has an object of its own (no passive does: "called on Iran to …",
    "urged Iran to …"; "hostages freed by rebels" stays a passive)."""
    head = verb.head
    if not (verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in NOUN_POS
            and head.i < verb.i):
        return False
    if verb.tag_ == "VBD":
        return True
    own = kids(verb)
    return verb.tag_ == "VBN" and not any(c.dep_ == "agent" for c in own) and (
        any(c.dep_ == "dobj" for c in own)
        or (any(c.dep_ == "xcomp" for c in own)
            and any(c.dep_ == "prep" and any(g.dep_ == "pobj" for g in kids(c)) for c in own)))

@dataclass(slots=True)
class Predicate:
    """A matched event predicate and the head tokens of its arguments (unresolved)."""

    trigger: Token
    words: list[Token]
    code: str
    pattern: Pattern | None
    kind: str  # verb | noun | frame | light | instrument
    sources: list[Token] = field(default_factory=list)
    fallback_sources: list[Token] = field(default_factory=list)  # when ``sources`` name no actor
    # Candidate target heads, best first: the first group that resolves to an actor is used.
    target_options: list[list[Token]] = field(default_factory=list)
    negated: bool = False
    modality: str = "asserted"
    frame: str | None = None
    speaker: Token | None = None  # the reporting verb above this predicate, if any
    attributor: Token | None = None  # a trailing "…, officials said" that only sources it
    direct: bool = False  # the predicate is what the report says, not a clause inside it
    # An act one is said to be answerable for ("said X was responsible for [the bombing]",
    # "said X was behind [the protests]"; not coercion or violence, code family ``behind_act``):
    # told by a third party, it is the teller's charge, as the claim is (engine, code family
    # ``claimed``)
    blamed: bool = False
    embedded_code: str | None = None
    # Whom an appeal or demand is addressed to ("urged [the president] to …"): its target
    # even when the text gives that party no country.
    addressed: list[Token] = field(default_factory=list)
    # "Sudan must return …": the frame ("demand", "appeal") a deontic modal lays on the act
    obligation: str | None = None
    # "… unless [Baghdad] accepts": the subjects of an if/unless condition put on the act
    condition: list[list[Token]] = field(default_factory=list)

    @property
    def specificity(self) -> int:
        return self.pattern.specificity if self.pattern else 0

    def trigger_text(self) -> str:
        tokens = sorted(set(self.words), key=lambda t: t.i)
        if tokens[-1].i - tokens[0].i <= 5:
            return view(tokens[0].doc).span_text(tokens[0].i, tokens[-1].i + 1)
        return " … ".join(t.text for t in tokens)


def _helped(token: Token) -> list[list[Token]]:
    """"sent troops to help Iraq fight the militants", "is willing to send radars to help
    protect the Philippines": whom a purpose clause of helping names is the act's beneficiary
    (last, when nothing nearer is an actor); and whom a verb of helping itself helps do
    something, whom the parser makes the subject of the bare infinitive ("Japan helped
    [Papua New Guinea] upgrade its fleet")."""
    out: list[list[Token]] = []
    if lemma_of(token) in HELP_VERBS and not children_of(token, ("dobj",)):
        out.extend(with_conjuncts([s]) for c in children_of(token, ("ccomp",))
                   if c.tag_ == "VB" for s in children_of(c, ("nsubj",)) if s.pos_ in NOUN_POS)
    for clause in children_of(token, ("advcl", "xcomp")):
        if lemma_of(clause) not in HELP_VERBS or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause)):
            continue
        helped = children_of(clause, ("dobj",))
        helped += [o for x in children_of(clause, ("xcomp", "ccomp")) for o in
                   children_of(x, ("dobj",))]  # "to help [protect] the Philippines"
        if not helped:  # "to help Sri Lanka recover": the parser makes it the subject
            helped = [o for x in children_of(clause, ("ccomp",)) for o in
                      children_of(x, ("nsubj",))]
        out.extend(with_conjuncts([o]) for o in helped if o.pos_ in NOUN_POS)
    return out


def _shares_auxiliary(verb: Token) -> bool:
    """"could launch an offensive and [close] its airspace", "did not arrest or [charge]
    him": a bare verb conjoined to a verb with an auxiliary, with no subject or auxiliary
    of its own, is under that auxiliary too."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VB" and head.i != verb.i \
        and head.pos_ in VERB_POS and head.tag_ == "VB" \
        and any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in kids(head)) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in kids(verb))


def _not_yet(verb: Token) -> bool:
    """Whether an act is negated or still to come: "would not approve", "will stay"."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | FUTURE_AUX
               for c in kids(verb))


def awaited(verb: Token) -> bool:
    """Whether a verb sits in a clause of what is awaited ("until", "before"), itself or the
    verb its clause hangs on by a conjunct or a control chain, that is not yet done: the act
    it waits on is negated or to come ("will not approve it until Oslo acts"), or the clause
    is in the present tense ("froze aid until the junta agrees to restore civilian rule")."""
    for anc in (verb, *verb.ancestors):
        if anc.dep_ == "advcl" and any(lemma_of(c) in AWAITING_MARKS
                                       for c in kids(anc) if c.dep_ == "mark"):
            return _still_awaited(anc)
        if anc.dep_ not in ("conj", "xcomp"):
            return False
    return False


def _still_awaited(clause: Token) -> bool:
    """Whether an "until"/"before" clause waits on an act not yet done: the act it waits on
    is negated or to come ("will not approve it until Oslo acts"), or the clause is in the
    present tense ("froze aid until the junta agrees to restore civilian rule")."""
    return _not_yet(clause.head) or _present_tense(clause)


def _present_tense(verb: Token) -> bool:
    """Whether a clause's verb is in the present tense, itself or its auxiliary ("until the
    junta agrees", "until the two sides show", "until talks are held"): awaited, in a story
    told of the past."""
    auxes = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    tags = {c.tag_ for c in auxes} if auxes else {verb.tag_}
    return bool(tags) and tags <= {"VBZ", "VBP"}


def _circumstance(clause: Token) -> bool:
    """"Rwanda denied backing the rebels after Congo accused Kigali …": an adverbial clause
    with a subordinator of time or cause tells when or why, not what was said or denied."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and lemma_of(c) in CIRCUMSTANCE_MARKS for c in kids(clause))


def appended_participle(clause: Token) -> bool:
    """"Rwanda denied backing the rebels, dismissing a UN report as baseless": a participle
    set off after a comma is what the subject did besides, not what it denied."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > clause.head.i \
        and clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == "," \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(clause))


def carried_goods(carrier: Token) -> list[Token]:
    """What "a ship loaded with relief supplies", "two planes carrying medical aid", "trucks
    laden with flour" carry: the object of a participle on the carrier, or its with-phrase;
    "a transport plane with relief supplies", "25 trucks of food aid": the carrier's own
    with- or of-phrase."""
    goods: list[Token] = [o for p, o in prep_objects(carrier) if p in ("with", "of")]
    for acl in kids(carrier):
        if acl.dep_ != "acl" or acl.pos_ not in VERB_POS:
            continue
        goods += children_of(acl, ("dobj",))
        goods += [o for p, o in prep_objects(acl) if p == "with"]
    goods += [m for g in list(goods) for m in measured_nouns(g)]  # "trucks of 40 tonnes of flour"
    return with_conjuncts(goods) if goods else []


def shared_object(token: Token) -> list[Token]:
    """"Iran pardoned and freed a French tourist", "police arrested and charged three men": a
    verb with no object of its own, joined by "and" to the next verb, shares that verb's
    object."""
    if token.pos_ not in VERB_POS or any(c.dep_ in ("dobj", "dative", "prep", "ccomp", "xcomp")
                                         for c in token.children):
        return []
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("and", "or"):
        return []
    nxt = doc[token.i + 2]
    if nxt.dep_ != "conj" or nxt.head.i != token.i or nxt.pos_ not in VERB_POS:
        return []
    return children_of(nxt, ("dobj",))


def excluded(token: Token) -> bool:
    """"Ruled out [sending] troops", "avoided [meeting] the envoy": a gerund a verb of
    excluding (word class ``exclude``) takes as its object is an act not done (nor denied)."""
    head = token.head
    return token.tag_ == "VBG" and token.dep_ in ("advcl", "xcomp", "dobj", "ccomp") \
        and head.i < token.i and lemma_of(head) in EXCLUDING_VERBS \
        and (lemma_of(head) != "rule"
             or any(c.dep_ == "prt" and c.lower_ == "out" for c in kids(head)))


def _particle(token: Token, dobjs: list[Token]) -> str | None:
    """The particle a verb has, or what plays its part."""
    particle = next((lemma_of(c) for c in kids(token) if c.dep_ == "prt"), None)
    if particle is None:
        # "shot dead", "beaten unconscious": a result adjective plays the particle's part;
        # "pulled back from the border": so does an adverb the parser did not call one
        particle = next((lemma_of(c) for c in kids(token)
                         if (c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"
                             and (c.dep_ == "oprd" or children_of(token, ("dobj",))))
                         # "set the station ablaze", "were set ablaze": the parser calls
                         # the result adjective a clause or an adverb
                         or (c.dep_ in ("ccomp", "advmod") and lemma_of(c) in RESULT_WORDS
                             and c.i > token.i and children_of(token, ("dobj", "nsubjpass")))
                         or (c.dep_ == "advmod" and lemma_of(c) in ADVERB_PARTICLES)), None)
    if particle is None and (clause := small_clause(token)) is not None:
        particle = lemma_of(clause[1])  # "found the minister guilty" as "found guilty"
    if particle is None:
        # "shot dead three villagers": the parser made the result adjective a modifier of
        # the object, though it stands before the object's own numeral or article
        particle = next((lemma_of(a) for o in dobjs for a in kids(o)
                         if a.dep_ == "amod" and a.pos_ == "ADJ" and a.i == token.i + 1
                         and any(d.dep_ in ("det", "nummod") and d.i > a.i
                                 for d in kids(o))), None)
    return particle


class ArgumentFinder:
    """Pattern matching and argument finding over one parse, using the pattern table."""

    def __init__(self, patterns: PatternTable) -> None:
        self.patterns = patterns
        self._noun_memo = f"match_noun:{id(patterns)}"  # (one memo per pattern table)
        self._verb_lemmas = patterns.lemmas("verb")
        self._noun_lemmas = patterns.lemmas("noun")
        self._cached_doc: object = None
        self._verb_cache: dict[int, Pattern | None] = {}

    # -- matching -------------------------------------------------------------------------
    def _features(self, token: Token) -> tuple[str | None, set[str], set[str], dict[str, set[str]]]:
        """Particle, direct-object lemmas, prepositions, and objects per preposition."""
        dobjs = direct_objects(token)
        particle = _particle(token, dobjs)
        objects = {lemma_of(o) for o in dobjs}
        # "tear gas", "air strikes": a compound written in two words is also its one-word form
        objects.update(lemma_of(c) + lemma_of(o) for o in dobjs
                       for c in kids(o) if c.dep_ in ("compound", "amod") and c.i == o.i - 1)
        # "seized Goma, the largest city in the east": an object's appositive says what it is
        named_as = [a for o in dobjs if o.pos_ == "PROPN"
                    for a in kids(o) if a.dep_ == "appos" and a.pos_ == "NOUN"]
        objects.update(lemma_of(a) for a in named_as)
        # "dispatched a ship [loaded with relief supplies]", "sent planes [carrying aid]": what a
        # carrier carries is what is sent
        cargo = [g for o in dobjs if lemma_of(o) in CARRIER_NOUNS for g in carried_goods(o)]
        if any(lemma_of(o) in CARRIER_NOUNS for o in dobjs):
            # ("sent a transport plane [with relief supplies]": the parser may hang the
            # carrier's with-phrase on the verb)
            cargo += [g for p, o in prep_objects(token) if p == "with"
                      for g in [*with_conjuncts([o]), *measured_nouns(o)]]
        objects.update(lemma_of(g) for g in cargo)
        objects.update(lemma_of(c) for g in cargo for c in kids(g)
                       if c.dep_ in ("compound", "amod") and c.i == g.i - 1)
        # "suspended the French broadcasters RFI", "banned the rights group Memorial": the
        # common noun before a name says what kind of thing the named object is
        objects.update(lemma_of(c) for o in dobjs if o.pos_ == "PROPN"
                       for c in kids(o) if c.dep_ == "compound" and c.pos_ == "NOUN")
        # "removed President Pedro Castillo": a title before a name says who the object is
        objects.update(c.lower_ for o in dobjs if o.pos_ == "PROPN" for c in kids(o)
                       if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < o.i
                       and c.lower_ in people_words())
        objects.update(_arrived_lemmas(token, dobjs))
        counted = [counted_noun(o) for o in dobjs]  # "released dozens of [protesters]"
        objects.update(lemma_of(c) for c in counted)
        objects.update(lemma_of(c) + lemma_of(o) for o in counted if o not in dobjs
                       for c in kids(o) if c.dep_ in ("compound", "amod") and c.i == o.i - 1)
        # ("recruited thousands of cyber soldiers": the one-word form of the counted noun)
        if any(names_people(o) for o in counted):
            objects.add(PEOPLE_OBJECT)  # rows may ask for "@person": "charged the mayor"
        if any(o.ent_type_ in ("GPE", "LOC") or lemma_of(o) in PLACE_NOUNS
               for o in dobjs + named_as):
            objects.add(PLACE_OBJECT)  # or for "@place": "jets struck Rafah", "… the province"
        said = [c for c in kids(token) if c.dep_ in ("intj", "advmod") and c.i == token.i + 1
                and c.pos_ in ("INTJ", "ADJ")] if not dobjs else []
        # "said no to the plan", "said sorry to Seoul": the word said is the verb's object
        objects.update(lemma_of(c) for c in said)
        if dobjs:
            objects.add(ANY_OBJECT)  # or for "@any" object at all: "must return the helicopter"
        elif token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # or for none: "the two armies fought for a week" (not the gerund "fighting
            # between the two armies killed dozens", a noun in all but its tag)
            objects.add(NO_OBJECT)
        # "took control of the town", "approved $8 billion in aid", "sent a shipment of
        # vaccines": the measure or hold names what the act is about
        objects.update(lemma_of(c) for o in dobjs for c in measured_nouns(o))
        objects.update(_force_classes(objects))
        pairs = list(prep_objects(token))
        for obj in dobjs:
            pairs.extend(prep_objects(obj))
        for word in said:
            pairs.extend(prep_objects(word))
        for adv in children_of(token, ("advmod",)):
            if lemma_of(adv) in ADVERB_PARTICLES:
                pairs.extend(prep_objects(adv))  # "pulled back [from the border]"
        preps = {p for p, _ in pairs}
        preps.update(lemma_of(c) for c in kids(token) if c.dep_ in ("prep", "dative", "agent")
                     and not _border_with(c))
        # "called for loans", "accused X of espionage / of spying": objects of prepositions
        # (gerunds in their -ing form too) count for rows that name that preposition
        by_prep: dict[str, set[str]] = {}
        for prep, obj in pairs:
            by_prep.setdefault(prep, set()).add(lemma_of(obj))
            # ("responded with waves of missiles", "met with dozens of protesters": what a
            # measure or count of a preposition's object counts, as for a direct object)
            by_prep[prep].update(lemma_of(c) for c in measured_nouns(obj))
            by_prep[prep].add(lemma_of(counted_noun(obj)))
        preps_here = [c for c in kids(token) if c.dep_ == "prep" and not _border_with(c)]
        preps_here += [c for o in dobjs for c in kids(o) if c.dep_ == "prep"]
        preps.update(lemma_of(p) for p in preps_here)
        for prep, words in _amounts(preps_here):
            by_prep.setdefault(prep, set()).update(words)
        for prep in preps_here:
            for comp in kids(prep):
                if comp.dep_ == "pcomp" and comp.pos_ == "VERB":
                    found = by_prep.setdefault(lemma_of(prep), set())
                    found.update((lemma_of(comp), comp.lower_))
                    found.update(lemma_of(o) for o in children_of(comp, ("dobj",)))
        # "fired his minister on Thursday": a preposition that only dates the act is no
        # complement a row can ask for ("fired on protesters")
        dated = {lemma_of(p) for p in preps_here if _only_dates(p)}
        preps -= dated - {lemma_of(p) for p in preps_here if not _only_dates(p)}
        return particle, objects, preps, by_prep

    def match_verb(self, verb: Token) -> Pattern | None:
        lemma = lemma_of(verb)
        if lemma not in self._verb_lemmas:
            return None
        if verb.doc is not self._cached_doc:
            self._cached_doc, self._verb_cache = verb.doc, {}
        if verb.i not in self._verb_cache:  # a verb is matched by its frame, its refiner …
            self._verb_cache[verb.i] = self._match_verb(verb, lemma)
        return self._verb_cache[verb.i]

    def _match_verb(self, verb: Token, lemma: str) -> Pattern | None:
        particle, objects, preps, by_prep = self._features(verb)
        found = self.patterns.match("verb", lemma, particle=particle, objects=objects,
                                    preps=preps, prep_objects=by_prep)
        if particle is None and (found is None or found.particle is None):
            # "called in the envoy", "walked out of the talks": the parser took the particle
            # for a preposition; a row with that particle wins over a plain one
            for prep in children_of(verb, ("prep",)):
                inner = {lemma_of(o) for o in kids(prep) if o.dep_ == "pobj"}
                inner |= {lemma_of(o) for g in kids(prep) if g.dep_ == "prep"
                          for o in kids(g) if o.dep_ == "pobj"}  # "walked out of [the talks]"
                as_particle = self.patterns.match(
                    "verb", lemma, particle=lemma_of(prep), objects=objects | inner,
                    preps=preps | {lemma_of(g) for g in kids(prep) if g.dep_ == "prep"},
                    prep_objects=by_prep)
                if as_particle is not None and as_particle.particle == lemma_of(prep):
                    return as_particle
        if found is not None and found.code.startswith(VISIT_CODE) and not found.objects \
                and found.prep is not None and any(
                    o.pos_ == "PRON" or names_people(counted_noun(o))
                    for o in children_of(verb, ("dobj",))):
            return None  # "flew [the prisoners] to Guatemala": who is carried goes, not the carrier
        return found

    def match_noun(self, noun: Token, extra: list[tuple[str, Token]] | None = None) -> Pattern | None:
        lemma = lemma_of(noun)
        if lemma not in self._noun_lemmas or noun.ent_type_ in ("DATE", "TIME"):
            return None  # ("in March" is a month, not a march)
        if extra:
            return self._match_noun(noun, lemma, extra)
        # (asked of the same noun by several rules of one pass: found once per token)
        memo = view_of(noun).per_token[self._noun_memo]
        found = memo[noun.i]
        if found is None:
            found = memo[noun.i] = self._match_noun(noun, lemma, []) or _NO_MATCH
        return None if found is _NO_MATCH else found

    def _match_noun(self, noun: Token, lemma: str,
                    extra: list[tuple[str, Token]]) -> Pattern | None:
        pairs = list(prep_objects(noun)) + extra
        preps = {p for p, _ in pairs}
        # "an allegation of fraud", "a drone strike", "humanitarian aid": complements and
        # modifiers play the object's part for a noun
        objects = {lemma_of(o) for _, o in pairs}
        # "a probe into war crimes": a compound complement is also its one-word form
        objects |= {lemma_of(c) + lemma_of(o) for _, o in pairs for c in kids(o)
                    if c.dep_ == "compound" and c.i == o.i - 1}
        mods = [c for c in kids(noun) if c.dep_ in ("compound", "amod", "nmod")]
        objects |= {lemma_of(c) for c in mods}
        # "joint search-and-rescue drills": the parser may hang the phrase's first adjective
        # on the modifier after it; it qualifies the whole noun
        objects |= {lemma_of(a) for c in mods if c.dep_ in ("compound", "nmod")
                    for a in kids(c) if a.dep_ == "amod" and a.i < c.i}
        # "an attempt [to assassinate] the governor": the act the noun is about
        objects |= {lemma_of(c) for c in kids(noun) if c.dep_ == "acl"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(c))}
        return self.patterns.match("noun", lemma, objects=objects, preps=preps)

    def subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """Head tokens of the verb's agent, and whether its grammatical subject is a patient."""
        agents = [o for p, o in prep_objects(verb) if p == "by" and any(
            c.dep_ == "agent" for c in kids(verb))]
        subj = children_of(verb, SUBJECT_DEPS) or _misparsed_subject(verb)
        passive = bool(children_of(verb, ("nsubjpass", "auxpass")))
        if not agents and passive:
            # "were granted asylum [by Germany]": the parser may tag a passive's by-phrase as a
            # plain preposition; one that names people or a body (not "by 2025", "by a car
            # bomb") is the agent
            agents = [o for p, o in prep_objects(verb) if p == "by" and (
                names_people(o) or o.ent_type_ in ("ORG", "NORP", "GPE"))][:1] \
                or misattached_agents(verb)
        if agents:
            return with_conjuncts(agents), passive
        if subj:
            if verb.dep_ == "relcl" and lemma_of(subj[0]) in ("who", "which", "that"):
                return with_conjuncts([verb.head]), passive
            found = with_conjuncts(subj)
            if not passive:
                # "Spain recognised Palestine, together with Ireland and Norway", "the
                # Netherlands, along with Belgium, expelled …": companions act with the subject
                found += [c for h in (verb, *subj) for c in _companions(h) if c not in found]
            return found, passive
        if passive or depth > 4:
            return [], passive
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
                c.dep_ in ("aux", "auxpass", "mark") for c in kids(verb)):
            # "Asked about the reports, the spokesman declined to comment": a bare past
            # participle is passive; the clause's subject is asked, not asking
            return [], True
        teller = self._attribution_before(verb)
        if teller is not None:
            # "Azerbaijani forces shelled the village, Yerevan said, accusing Baku of …": a
            # speech act after a trailing attribution is the teller's, not the actor's
            return self.subjects(teller, depth + 1)[0], passive
        return self._inherited_subjects(verb, depth), passive

    def _attribution_before(self, verb: Token) -> Token | None:
        """The reporting verb of a trailing attribution between the participle ``verb`` and
        the verb it hangs on, when the participle is a speech act (a toll told after it stays
        the act's)."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ not in VERB_POS:
            return None
        found = self.match_verb(verb)
        if found is None or not found.code.startswith(SPEECH_CODES):
            return None
        for child in kids(head):
            if child.dep_ in ("parataxis", "ccomp") and head.i < child.i < verb.i \
                    and child.pos_ in VERB_POS:
                frame = self.patterns.frame(lemma_of(child))
                if frame is not None and frame.frame == "report":
                    return child
        return None

    def _inherited_subjects(self, verb: Token, depth: int) -> list[Token]:
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ == "relcl" and head.pos_ in NOUN_POS:
            return [head]
        if verb.dep_ == "pcomp" and head.head.pos_ in VERB_POS and (
                lemma_of(head) in ACT_GERUND_PREPS
                or (lemma_of(head) == "to" and lemma_of(head.head) in RESORT_VERBS)):
            # "cut ties with Taiwan after establishing relations with China", "violated the
            # truce by shelling villages": a gerund under a preposition shares the subject
            return self.subjects(head.head, depth + 1)[0]
        if verb.dep_ == "xcomp" and head.pos_ in VERB_POS:
            frame = self.patterns.frame(lemma_of(head))
            if frame is not None and frame.frame in OBJECT_CONTROL_FRAMES:
                controller = self.addressees(head)
            else:  # "fired a missile, prompting Japan to lodge a protest": Japan protests
                controller = with_conjuncts(children_of(head, ("dobj",))) \
                    if lemma_of(head) in PROVOKE_VERBS else []
            if controller:
                return controller
            return self.subjects(head, depth + 1)[0]
        if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in VERB_POS:
            # "shelled a village, wounding three", "gave a note to protest", "… and fled";
            # a finite verb with no subject of its own in an adverbial clause is a misparse
            if reduced_relative_root(verb):
                # "troops [deployed] to Haiti clashed with gangs": the parser made the
                # participle on the subject the main verb; the subject is the clash's
                return self.subjects(head, depth + 1)[0]
            if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VBN", "VB"):
                return []
            if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "relcl" \
                    and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
                # "opened fire on a mob that set shops ablaze, killing two": the parser hangs
                # the toll on the relative clause; after its comma it is the main act's
                main = next((a for a in head.head.ancestors if a.pos_ in VERB_POS), None)
                if main is not None:
                    return self.subjects(main, depth + 1)[0]
            return self._head_subjects(verb, head, depth)
        if _misparsed_main_verb(verb) or (
                verb.dep_ == "acl" and head.pos_ in NOUN_POS and verb.tag_ == "VBN"
                and head.dep_ == "ROOT" and children_of(verb, ("dobj",))):
            # "A landslide killed 30 people": the parser read the main verb as a participle
            # on the first noun; a participle with an object of its own is that noun's act
            return [head]
        if verb.dep_ == "acl" and head.pos_ in NOUN_POS:
            # "their aim to expand ties": the noun's possessor is the agent; "issued a
            # statement demanding …": whoever issued the message demands
            if verb.tag_ == "VBG" and lemma_of(head) in MESSAGE_NOUNS and head.dep_ == "dobj" \
                    and not children_of(head, ("poss",)) and self._issues(head.head):
                return self.subjects(head.head, depth + 1)[0]
            return children_of(head, ("poss",))
        return []

    def _head_subjects(self, verb: Token, head: Token, depth: int) -> list[Token]:
        """The subject a conjoined or adverbial verb shares with the verb it hangs on."""
        if verb.dep_ == "conj" and head.dep_ == "xcomp" and head.head.pos_ in VERB_POS \
                and any(o.lower_ in OBJECT_PRONOUNS for o in children_of(verb, ("dobj",))):
            # "ordered the mission to leave and accused it of …": a plain pronoun object is
            # not its own subject, so the verb is the ordering verb's conjunct, not the one
            # ordered
            bound = self.subjects(head, depth + 1)[0]
            if bound and all(b.dep_ == "dobj" and b.head.i == head.head.i for b in bound):
                return self.subjects(head.head, depth + 1)[0]
        patient = children_of(head, ("nsubjpass",))
        if verb.dep_ == "conj" and patient and not children_of(verb, ("auxpass",)):
            # "the minister was indicted by the court and will resign": the one indicted
            return with_conjuncts(patient)
        return self.subjects(head, depth + 1)[0]

    def _issues(self, verb: Token) -> bool:
        """Whether a verb that takes a message makes it its subject's ("issued", "passed",
        "adopted" a resolution), not an act on someone else's ("vetoed a resolution calling
        for a ceasefire": the veto is no call)."""
        own = self.match_verb(verb)
        return own is None or own.code[:2] == "01"

    def _written_to(self, verb: Token) -> list[list[Token]]:
        """"In a letter to the Security Council, Guyana requested protection": an appeal or
        demand made in a message names whom it is addressed to after the message's "to"."""
        frame = self.patterns.frame(lemma_of(verb))
        if frame is None or frame.frame not in ("appeal", "demand"):
            return []
        return [with_conjuncts([o]) for p, m in prep_objects(verb) if p == "in"
                and lemma_of(m) in MESSAGE_NOUNS for q, o in prep_objects(m) if q == "to"]

    def addressees(self, verb: Token) -> list[Token]:
        """Who a call or demand is addressed to: "urged [Iran]", "called on [Iran]"."""
        objs = [o for o in children_of(verb, ("dobj", "nsubjpass")) if o.pos_ in _NOMINAL_POS]
        if objs:
            return with_conjuncts(objs)  # "urged Iran to", "junta leaders were urged to"
        # ("demanded on Tuesday that Chile free …": a day is when, not whom)
        on = [o for p, o in prep_objects(verb) if p in ("on", "upon", "to")
              and o.ent_type_ not in ("DATE", "TIME")]
        if on:
            return with_conjuncts(on)
        written = self._written_to(verb)  # "in a letter to the council, … urged"
        if written:
            return written[0]
        # "demanded that Chile free …"; "called for [the EU] to impose …" (the parser makes the
        # for-to infinitive an adverbial clause whose subject is whom the call is made of)
        for clause in children_of(verb, ("ccomp",)) + [
                c for c in children_of(verb, ("advcl",))
                if any(m.dep_ == "mark" and m.lower_ == "for" for m in kids(c))]:
            subj = children_of(clause, ("nsubj",))
            if subj:
                return with_conjuncts(subj)
        return []

    def targets(self, token: Token, *, conflict: bool = False) -> list[list[Token]]:
        """Candidate target heads in order of preference (the first that is an actor wins)."""
        options: list[list[Token]] = []
        objs = children_of(token, ("dative",))
        objs = [o for o in objs if o.pos_ in _NOMINAL_POS]
        clause = small_clause(token)  # "found [the journalist] guilty"
        direct = [o for o in children_of(token, ("dobj",)) or permitted(token)
                  or shifted_object(token) or ([clause[0]] if clause else [])
                  or reduced_object(token) or shared_object(token)
                  if o.pos_ in _NOMINAL_POS or afflicted(o) or nominal_adjective(o)]
        passive_subj = [token.head if token.dep_ == "relcl" and lemma_of(o) in RELATIVE_PRONOUNS
                        else o for o in children_of(token, ("nsubjpass",))]
        charged = bool(children_of(token, ("agent",))) and (
            lemma_of(token) in ACCUSED_PARTICIPLES or _told_day(token))
        if (conflict or charged) and not passive_subj and token.dep_ == "acl" \
                and token.tag_ == "VBN" and token.head.pos_ in NOUN_POS and not direct:
            # "the families of police officers [killed by gangs]": a passive participle's
            # noun is who suffered it; "two Chinese firms, [accused] by London of …": who is
            # charged or answered
            passive_subj = [token.head]
        # "reopened its embassy in Tehran", "opened an embassy in Kyiv": the place of a
        # diplomatic post is the host it deals with, before the post (its sender's own)
        hosts = [o for d in direct if lemma_of(d) in DIPLOMATIC_POSTS
                 for p, o in prep_objects(d) if p == "in" and o.pos_ == "PROPN"]
        if hosts:
            options.append(with_conjuncts(hosts[:1]))
        # not "fired [missiles]", nor "fired [dozens of] rockets"
        fired = [o for o in direct if lemma_of(counted_noun(o)) not in MUNITIONS]
        for group in (objs, fired, passive_subj):
            if group:
                options.append(with_conjuncts(group))
        options.extend(self._written_to(token))
        pairs = list(prep_objects(token)) + [pair for adv in children_of(token, ("advmod",))
                                             if lemma_of(adv) in ADVERB_PARTICLES
                                             for pair in prep_objects(adv)]
        bordered = any(lemma_of(o) in _BORDER_LEMMAS for o in direct)  # ("closed its border
        # with Rwanda", the "with" hung on the verb: the border's other side)
        preps = sorted(
            ((TARGET_PREP_RANK.get(p, 99), o) for p, o in pairs
             if p in TARGET_PREP_RANK or (conflict and p in PLACE_PREPS)
             or (bordered and p == "near")),
            key=lambda pair: pair[0],
        )
        options.extend(with_conjuncts([o]) for _, o in preps)
        # "dispatched a ship loaded with relief supplies [to Myanmar]": the parser hangs the
        # destination on the carrier's participle or on its cargo
        options.extend(with_conjuncts([o]) for c in direct if lemma_of(c) in CARRIER_NOUNS
                       for acl in kids(c) if acl.dep_ == "acl"
                       for h in (acl, *carried_goods(c)) for p, o in prep_objects(h)
                       if p in ("to", "for"))
        if lemma_of(token) in PLACEMENT_VERBS:
            # "invested $1 billion in an Egyptian company", "deposited $3 billion in Turkey's
            # central bank": what money is put in receives it
            options.extend(with_conjuncts([o]) for h in (token, *children_of(token, ("dobj",)))
                           for p, o in prep_objects(h) if p == "in")
        # "called for talks between Yerevan and Baku"
        options.extend(with_conjuncts([c]) for _, o in preps for p, c in prep_objects(o)
                       if p in ("between", "with", "against"))
        # "acted as a mediator [between] Bogota and the ELN": the parties of a role taken
        options.extend(with_conjuncts([c]) for p, o in pairs if p == "as"
                       for q, c in prep_objects(o) if q in ("between", "for"))
        # "protested Washington's interference": the possessor of a non-actor object
        # "expand its relations with Washington": the object's complement, then its owner;
        # but an event noun's agent comes first ("condemned the Israeli strikes on Gaza")
        # "pledged $2 billion in aid to Yemen": an amount's complements name the recipient
        amounts = [o for o in children_of(token, ("dobj",)) if o.pos_ == "NUM"]
        for obj in direct + passive_subj + amounts:
            # ("sent rescue teams and aid [to Libya]": the parser hangs the recipient on the
            # last of the objects listed)
            listed = [obj, *(c for c in kids(obj) if c.dep_ == "conj" and c.pos_ in NOUN_POS)]
            # ("reopened its border with Rwanda": the other side of a border the act is on)
            complements = [with_conjuncts([o]) for part in listed for p, o in prep_objects(part)
                           if p in TARGET_PREP_RANK or (conflict and p in PLACE_PREPS)
                           or (p == "near" and lemma_of(part) in _BORDER_LEMMAS)]
            if lemma_of(obj) in FREEING_NOUNS and token.pos_ in VERB_POS:
                # "demanded the return of children [deported to Russia]", "the release of a
                # citizen [held in Iran]": whoever holds them, not who is to be freed
                complements = [with_conjuncts([o]) for p, held in prep_objects(obj) if p == "of"
                               for part in kids(held) if part.dep_ == "acl"
                               for q, o in prep_objects(part)
                               if q in ("in", "to", "by") and o.pos_ == "PROPN"] + complements
            agents = self.noun_agents(obj)
            event = obj.pos_ in NOUN_POS and self.match_noun(obj) is not None
            if event and not agents and obj in direct and not passive_subj:
                # "condemned the invasion of Ukraine [by Russia]": the parser hangs the event
                # noun's by-phrase on the verb; its agent comes before its of-phrase
                agents = [with_conjuncts([o]) for p, o in pairs if p == "by"
                          and (names_people(o) or o.ent_type_ in ("ORG", "NORP", "GPE"))]
            options.extend(agents + complements if event else complements + agents)
        if direct and not any(c.dep_ == "auxpass" for c in kids(token)):
            # "criticized the closure of the border [by Bolivia]": on an active verb with an
            # object, a by-phrase naming a party is the object's agent the parser hung there
            options.extend(with_conjuncts([o]) for p, o in pairs if p == "by"
                           and (names_people(o) or o.ent_type_ in ("ORG", "NORP", "GPE")))
        # "weighing a ban on Chinese-made cameras", "rallied support for the candidacy of the
        # Slovak diplomat": when nothing nearer is an actor, the target may sit deeper in the
        # object's complements; nearer ones first
        if conflict:
            # "opened fire to disperse the marchers": force is used on those its purpose names
            options.extend(with_conjuncts([o]) for clause in children_of(token, ("advcl",))
                           if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(clause))
                           for o in children_of(clause, ("dobj",)) if o.pos_ in NOUN_POS)
        nested = direct + passive_subj + [o for _, o in preps]
        options.extend(self._nested_targets(nested, conflict))
        # "complained about Venezuelan incursions": last, the agent of an act told as the topic
        options.extend(g for p, o in pairs if p == "about" and o.pos_ in NOUN_POS
                       and self.match_noun(o) is not None for g in self.noun_agents(o))
        options.extend(_helped(token))
        if lemma_of(token) in ACCUSING_VERBS and token.pos_ in VERB_POS:
            # "alleged that [India] was sponsoring attacks", "[the ruling party] rigged the
            # vote, the opposition charged": a charge is against the subject of its content
            options.extend(with_conjuncts([s]) for c in children_of(token, ("ccomp",))
                           for s in children_of(c, ("nsubj", "nsubjpass"))
                           if s.pos_ in _NOMINAL_POS)
        return options

    def _nested_targets(self, tops: list[Token], conflict: bool) -> list[list[Token]]:
        options: list[list[Token]] = []
        seen = {t.i for t in tops}
        level = tops
        for _ in range(NESTED_TARGET_DEPTH):
            below: list[Token] = []
            for node in level:
                if lemma_of(node) in VENUE_NOUNS:
                    continue  # "met on the sidelines of the NATO summit": where, not whom
                measure = node.like_num or (lemma_of(node) in MEASURE_NOUNS and any(
                    c.like_num for c in kids(node)))  # "500 million euros", not "the convoy"
                for prep, obj in prep_objects(node):
                    if prep in TARGET_PREP_RANK or prep == "as" or (conflict and prep in PLACE_PREPS) \
                            or (measure and prep in ("in", "of")):  # "€500m [in aid] to Kyiv"
                        below.append(obj)
                if lemma_of(node) not in RELATION_NOUNS:  # "Israel's ally" is another party
                    below += [c for c in kids(node) if c.dep_ == "poss" and c.pos_ != "PRON"]
                if lemma_of(node) in MUNITIONS:
                    continue  # who made the missiles fired ("Iranian-made") is not whom they hit
                if node.pos_ == "NOUN":  # a proper name's parts are not actors of their own
                    mods = [c for c in kids(node) if c.dep_ in ("amod", "compound", "nmod")]
                    # named modifiers first ("Libyan detention centres"), then role words
                    # ("police brutality", "an army operation")
                    below += [c for c in mods if c.ent_type_ in ("NORP", "GPE", "ORG")
                              or c.pos_ == "PROPN"]
                    # "Chinese-made cameras", "an Israeli-linked ship": whose the thing is (not
                    # "Rwandan-backed rebels": a backer is not who the rebels are)
                    below += [g for c in mods for g in kids(c) if c.dep_ == "amod"
                              and _participle_of(c, ORIGIN_PARTICIPLES)
                              and g.ent_type_ in ("NORP", "GPE")]
                    # "a Cairo-brokered plan", "a Russian-led alliance", "a US-drafted
                    # resolution": the author of a thing (a plan, a pact, a bloc), not of people
                    if not names_people(node):
                        below += [g for c in mods for g in kids(c) if c.dep_ == "amod"
                                  and lemma_of(c) in AUTHOR_PARTICIPLES
                                  and g.ent_type_ in ("NORP", "GPE", "ORG")]
                    below += [c for c in mods if c.dep_ == "compound" and c.pos_ == "NOUN"]
            below = [t for t in below if t.i not in seen]
            seen.update(t.i for t in below)
            options.extend(with_conjuncts([t]) for t in below)
            level = below
        return options

    @staticmethod
    def content_subjects(words: list[Token]) -> list[list[Token]]:
        """Subjects of the clauses that say what a comment or an inquiry is about: "hope
        [that Seoul would respond]", "allegations [that the minister took bribes]"."""
        clauses = [c for w in words for c in kids(w) if c.dep_ == "ccomp"]
        clauses += [c for w in words for o in kids(w) if o.dep_ in ("dobj", "pobj", "attr")
                    for c in kids(o) if c.dep_ in ("acl", "ccomp") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))]
        clauses += [c for w in words for p in kids(w) if p.dep_ == "prep"
                    for o in kids(p) for c in kids(o) if c.dep_ in ("acl", "ccomp")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))]
        subjects = [children_of(c, ("nsubj", "nsubjpass")) for c in clauses]
        options = [with_conjuncts(s) for s in subjects if s]
        # "confident that talks with the EU would be concluded": the parties of the talks
        options += [with_conjuncts([o]) for s in subjects for t in s
                    for p, o in prep_objects(t) if p in ("with", "between")]
        return options

    def _mediates(self, participle: Token) -> bool:
        """"a ceasefire [brokered] by Egypt": who brokers or mediates an act is not one of
        its parties (the participle is an act of its own, 045)."""
        row = self.match_verb(participle)
        return row is not None and row.code.startswith(MEDIATION_CODES)

    def noun_agents(self, noun: Token) -> list[list[Token]]:
        """Agents of an event noun: possessor, demonym or name modifier, by-phrase."""
        options: list[list[Token]] = []
        # ("accusations from Lithuania": a charge's from-phrase names its author too)
        by = [o for p, o in prep_objects(noun)
              if p == "by" or (p == "from" and lemma_of(noun) in AUTHORED_FROM)]
        if not by:
            # "the arrest of the leader by police": the parser often hangs the by-phrase on
            # the of-phrase's noun; "crimes [committed] by Croat forces": on a participle
            by = [o for p, inner in prep_objects(noun) if p == "of"
                  for q, o in prep_objects(inner) if q == "by"]
            # (not a participle of answering: "an operation condemned by X" is not X's)
            by += [o for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
                   and lemma_of(c) not in REACTION_VERBS
                   for q, o in prep_objects(c) if q == "by"
                   and not self._mediates(c)]  # (matched only when it has a by-phrase)
            # "the expulsion of migrants, which was carried out by Dominican authorities": a
            # passive relative clause of doing names the act's agent (the parser may hang it
            # on the noun's complement)
            # (or on a place in it: "a proposal for a ceasefire in the Gaza Strip, which was
            # put forward by Egypt")
            inner = [o for p, o in prep_objects(noun) if p in DEED_PREPS]
            inner += [o for n in inner for p, o in prep_objects(n) if p in (*DEED_PREPS, "in")]
            by += [o for n in (noun, *inner)
                   for c in kids(n) if c.dep_ == "relcl" and lemma_of(c) in DEED_VERBS
                   and any(s.dep_ == "nsubjpass" and s.lower_ in ("which", "that")
                           for s in kids(c))
                   for q, o in prep_objects(c) if q == "by"]
        if not by:
            # "an attack blamed on the ADF", "a bombing attributed to the group": the
            # participle pins the act on its agent
            by = [o for c in kids(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
                  and lemma_of(c) in ASCRIBED_PARTICIPLES
                  for q, o in prep_objects(c) if q in ("on", "to")
                  and o.ent_type_ not in ("DATE", "TIME")]  # (not "on Wednesday")
        if by:
            options.append(with_conjuncts(by))
        poss = children_of(noun, ("poss",)) if lemma_of(noun) not in RELATION_NOUNS else []
        if poss and poss[0].lower_ in PERSONAL_POSSESSIVES and self.match_noun(noun) is not None:
            # "laid a wreath during his visit to Peru": his is the clause's subject
            verb = next((a for a in noun.ancestors if a.pos_ in VERB_POS), None)
            poss = (self.subjects(verb)[0] if verb is not None else []) or poss
        if poss:
            options.append(with_conjuncts(poss))
        mods = [c for c in kids(noun) if c.dep_ in ("amod", "compound", "nmod")
                and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN")]
        if mods:
            options.append(with_conjuncts(mods))  # "under Saudi and US mediation": both
        return options

    # -- negation and modality ------------------------------------------------------------
    @staticmethod
    def negated(token: Token) -> bool:
        for c in kids(token):
            dep = c.dep_
            if dep == "neg" or lemma_of(c) in NEGATION_WORDS and dep in ("advmod", "det"):
                return True
            if dep in ("aux", "auxpass") and any(g.dep_ == "neg" for g in kids(c)):
                return True
            # "Neither Ethiopia nor Egypt attended"; "Nobody has offered to mediate", "no one
            # has claimed the attack"
            if dep in ("nsubj", "nsubjpass") and (
                    any(g.lower_ == "neither" for g in kids(c)) or c.lower_ in NEGATIVE_PRONOUNS
                    or (c.lower_ == "one" and any(g.dep_ == "det" and g.lower_ == "no"
                                                  for g in kids(c)))):
                return True
            if dep == "nsubjpass" and counted_none(c):
                return True
            # "had made no arrests", "has held no contested election": an object the verb
            # has none of
            if dep == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in kids(c)):
                return True
        if excluded(token):
            return True
        # "refrained from attacking", "abstained from voting": the act did not happen
        if token.dep_ in ("pcomp", "pobj") and lemma_of(token.head) == "from" \
                and lemma_of(token.head.head) in REFRAIN_VERBS:
            return True
        if token.dep_ == "xcomp" and lemma_of(token.head) in FAIL_VERBS:
            return True  # "Moscow failed to defend it": the defence did not happen
        if _shares_auxiliary(token):
            return ArgumentFinder.negated(token.head)  # "did not arrest or charge him"
        # "did not send troops to help Armenia": a purpose or controlled clause shares it
        head = token.head
        if head.i != token.i and head.pos_ in VERB_POS and (
                token.dep_ == "xcomp" or (token.dep_ == "advcl" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in kids(token)))):
            return ArgumentFinder.negated(head)
        return False

    @staticmethod
    def modality(token: Token) -> str:
        auxes = {lemma_of(c) for c in kids(token) if c.dep_ in ("aux", "auxpass")}
        auxes |= {c.lower_ for c in kids(token) if c.dep_ in ("aux", "auxpass")}
        marks = {lemma_of(c) for c in kids(token) if c.dep_ == "mark"}
        for anc in (token, *token.ancestors):
            anc_marks = {lemma_of(c) for c in kids(anc) if c.dep_ == "mark"}
            if anc_marks & HYPOTHETICAL_MARKS:
                return "hypothetical"
            if anc_marks & AWAITING_MARKS and anc.dep_ == "advcl" and _still_awaited(anc):
                return "hypothetical"  # "froze aid until the junta agrees to …": not yet done
            if (anc.dep_ == "advcl" and anc.head.lower_ == "long") or (
                    anc.dep_ == "ccomp" and anc.head.lower_ in ("provided", "providing")):
                return "hypothetical"  # "as long as it allowed …", "provided that Hamas …"
            if anc.dep_ == "pcomp" and anc.head.lower_ == "of" and anc.head.head.lower_ in (
                    "capable", "incapable"):
                return "hypothetical"  # "hackers capable of launching attacks": ability only
            if anc.dep_ == "xcomp" and _foreseen(anc.head):
                return "hypothetical"  # "is expected to visit Beijing": a forecast, no act
            if _undone(anc):
                return "hypothetical"  # awaited, planned, licensed or not yet done: no act
            if anc.dep_ not in ("conj", "xcomp"):
                break
        if marks & HYPOTHETICAL_MARKS or auxes & HYPOTHETICAL_AUX:
            return "hypothetical"
        if _inverted_condition(token):
            return "hypothetical"
        if auxes & FUTURE_AUX or _going_to(token):
            return "future"
        if _shares_auxiliary(token):
            # "Ankara could launch an offensive and close its airspace": the second verb
            # is under the first one's modal
            return ArgumentFinder.modality(token.head)
        return "asserted"

    @staticmethod
    def obligation(token: Token) -> str | None:
        """"Sudan must return the helicopter" (demand), "Kenya should open its border"
        (appeal): what a deontic modal lays on the subject, as the frame a third party who
        says it would use; None without one."""
        verb = token.head if token.pos_ == "ADJ" and token.dep_ == "acomp" else token
        auxes = {c.lower_ for c in kids(verb) if c.dep_ in ("aux", "auxpass")}
        if _inverted_condition(verb):
            return None  # "Should Israel and Hamas agree to a truce, …": an if-clause
        if auxes & DEMAND_MODALS:
            return "demand"
        if auxes & APPEAL_MODALS:
            return "appeal"
        if verb.dep_ == "xcomp" and lemma_of(verb.head) in ("have", "need") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb)) and not any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in kids(verb.head)):
            # ("have yet to reach a deal": not done so far, no obligation laid on them)
            return "demand"  # "has to return", "needs to withdraw"
        subjects = [c for c in kids(verb) if c.dep_ == "nsubj"]
        if verb.dep_ == "ccomp" and verb.head.pos_ in VERB_POS and not auxes and subjects and (
                (verb.tag_ == "VB" and subjects[0].lower_ not in ("i", "you", "we"))
                or (verb.tag_ == "VBP" and subjects[0].tag_ in ("NN", "NNP")
                    and not any(c.dep_ == "conj" for c in kids(subjects[0])))):
            # "insisted that Somalia withdraw its troops": a that-clause in the subjunctive
            # (a bare verb under a third-person subject; "that Washington lift …", tagged as
            # a plural present under a singular name) says what the teller requires
            return "demand"
        return None

    # -- the sentence ---------------------------------------------------------------------

    # -- reported speech ------------------------------------------------------------------
    def reporting_verb(self, trigger: Token) -> Token | None:
        """The nearest reporting verb or report noun whose content holds ``trigger``
        ("Khan [said] that …", "[accusations] by Kyiv that its forces shelled …")."""
        child = trigger
        aside = False  # (passed through a clause of time or cause or an appended participle)
        for anc in trigger.ancestors:
            if anc.pos_ in VERB_POS:
                frame = self.patterns.frame(lemma_of(anc))
                if (frame is not None and frame.frame in ("report", "deny")
                        and child.dep_ in CONTENT_DEPS and not _circumstance(child)
                        and not (frame.frame == "deny" and (aside or appended_participle(child)))):
                    return anc
                # ("denied backing the rebels after Congo accused Kigali …": the accusation
                # is when it was denied, not what)
                aside = aside or _circumstance(child)
            elif (anc.pos_ == "NOUN" and lemma_of(anc) in REPORT_NOUNS
                  and child.dep_ in ("acl", "ccomp", "relcl", "appos")):
                return anc
            child = anc
        return None

    def trailing_attribution(self, trigger: Token) -> Token | None:
        """"Russian troops shelled the town, officials said": the parser hangs the reporting
        verb under the event; it names the source of the news, not a claim to recode."""
        node = trigger
        while node.dep_ in ("conj", "xcomp", "advcl") and node.head.i != node.i:
            node = node.head
        for child in kids(node):
            if child.dep_ in ("ccomp", "parataxis") and child.pos_ in VERB_POS and child.i != trigger.i:
                frame = self.patterns.frame(lemma_of(child))
                if frame is not None and frame.frame == "report" and not any(
                        c.dep_ in ("ccomp", "dobj") for c in kids(child)):
                    return child
        return None

    def speaker_heads(self, reporter: Token) -> list[Token]:
        """Who speaks: the reporting verb's subject, or the report noun's agent."""
        if reporter.pos_ in VERB_POS:
            return self.subjects(reporter)[0]
        agents = self.noun_agents(reporter)
        return agents[0] if agents else []

    def is_denial(self, reporter: Token) -> bool:
        frame = self.patterns.frame(lemma_of(reporter)) if reporter.pos_ in VERB_POS else None
        return frame is not None and frame.frame == "deny"
