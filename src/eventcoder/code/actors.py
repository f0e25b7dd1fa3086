"""The actor resolver: a noun phrase in a parsed sentence -> an :class:`ActorRef`.

The knowledge lives in ``data/actors/*.tsv`` (see ``docs/actors.md``); this module reads a
phrase around its head token, matches its words against the tables (longest match first) and
combines what it finds:

* a named organisation, armed group or institution gives its code ("the White House" ->
  USAGOV, "Taliban fighters" -> AFGINS or AFGGOV by date, "UN envoy" -> IGOUNO);
* otherwise a country (name, demonym, capital, possessor, "of X", apposition) plus a role word
  ("Russian troops" -> RUSMIL, "the president of France" -> FRAGOV);
* a person name is looked up in the office-holders table at the publication date, then in
  the cross-article :class:`ActorMemory`, then in what the same article said about them;
* a community without a state is its country's civilians ("the Rohingya" -> MMRCVL), a thing
  standing for a force names its owner's force ("Armenian positions" -> ARMMIL), critics of X
  are X's opposition, "a spokesman for X" and "hackers linked to X" take X's code (the
  helpers are in :mod:`eventcoder.code._actor_groups`; persons in ``_actor_persons``);
* a capital or seat of power named alone is that country's government (Washington -> USAGOV);
  a country named alone is the bare country code (Russia -> RUS);
* "he"/"she"/"his"/"her" take the most recent person named before them in the article.

:meth:`ActorResolver.start_article` scans the article once (explicit descriptions, the
countries it is about) before the engine asks for single phrases with
:meth:`ActorResolver.resolve`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from eventcoder.casing import ORIGINAL_TEXT
from eventcoder.code._actor_context import (
    NAMED_BODY,
    ActorContext,
    ActorMemory,
    MemoryEntry,
    _Match,
    _Phrase,
    unknown_or_established,
)
from eventcoder.code._actor_groups import (
    LOCAL_ROLES,
    PERSONAL_PROVENANCES,
    OwnerMixin,
    clause_country,
    clause_seat,
    community_country,
    community_entries,
    community_role,
    linked_owner,
    speaks_for,
)
from eventcoder.code._actor_persons import PersonMixin
from eventcoder.code._actor_tables import (
    INHERIT,
    INTL_PREFIXES,
    ROLE_CODES,
    Entry,
    Tables,
    country_named,
    fold,
    load_tables,
    split_name,
    valid_code,
)
from eventcoder.code._parse import ParseView, kids, span_text, view
from eventcoder.code._spans import doc_entities, entity_span, entity_text
from eventcoder.code.arguments import coordinated_modifier, prep_objects
from eventcoder.code.lexicon import word_class
from eventcoder.records import ActorRef

__all__ = [
    "ROLE_CODES",
    "ActorContext",
    "ActorMemory",
    "ActorResolver",
    "MemoryEntry",
    "is_valid_actor_code",
]

# Dependency labels that belong to the noun phrase on the head's left.
_NOT_PERSON_ENTITIES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT",
                                  "CARDINAL", "ORDINAL", "QUANTITY", "FAC", "EVENT", "LAW",
                                  "LANGUAGE"})
_LEFT_DEPS = {"compound", "amod", "nmod", "flat", "nummod", "det", "poss", "npadvmod",
              "quantmod", "predet", "nn", "punct", "case", "prep_noop"}
_SKIP_WORDS = {"'s", "'", "the", "a", "an", "this", "that", "these", "those", "its", "their",
               "his", "her", "our", "my", "your", "-", ".", ","}
_FORMER = {"former", "ex", "ex-", "then", "erstwhile", "retired", "late", "ousted", "deposed",
           "exiled", "toppled", "overthrown"}
_LOCAL = {"local", "state", "national", "domestic", "provincial", "federal", "country",
          "country's"}
_PLACE_OR_PEOPLE = frozenset({"capital", "country", "community", "demonym", "place", "land",
                              "minority"})
_STRONG_ROLES = ("REB", "INS", "OPP", "SEP", "CRM", "REF")
_PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_PROPER = {"PROPN"}
_NAMED_BODIES = frozenset({"org", "group"})  # table entries that are names of bodies
#: Roles of a state's own bodies and offices: a country qualifying one of them establishes it.
STATE_BODY_ROLES = frozenset({"GOV", "JUD", "LEG", "COP", "MIL", "SPY", "OPP", "PTY"})
PLACE_NOUNS = word_class("place_noun")
SEAT_PARTICIPLES = word_class("seat")
ONLOOKERS = word_class("onlooker")
FLIGHT_VERBS = word_class("flight")
PLIGHT_PARTICIPLES = word_class("plight")  # "families displaced by fighting in Khartoum"
CHARGE_NOUNS = word_class("charge_noun")
HOLDING_PARTICIPLES = word_class("holding")
RELATION_NOUNS = word_class("relation")
OWNER_OFFICES = word_class("owner_office")  # "the prosecutor's office": the prosecutor
SENDING_VERBS = word_class("sending")  # "the envoy [sent] by Beijing": Beijing's envoy
LOCAL_OFFICES = word_class("local_office")  # "the governor", "the mayor": of where the story is
VISITING_ROLES = word_class("visiting_role")  # "negotiators in Havana" may be visitors
MEETING_WORDS = word_class("meeting")  # "talks with the rebels in Nairobi": where they meet
STANCE_PREFIXES = word_class("stance_prefix")  # "pro-Russian politicians" are not Russia's
_WORKPLACE_ROLES = frozenset({"LAB", "EDU", "HLH", "MED", "BUS", "JUD"})
_PEOPLE_GROUPS = frozenset({"minority", "population", "community"})


def is_valid_actor_code(code: str | None) -> bool:
    """True if ``code`` follows the grammar: country (ISO alpha-3, XKX) or international
    prefix (IGO/NGO/IMG + organisation id, MNC), then zero or more 3-letter role codes."""
    return bool(code) and valid_code(code, load_tables().countries)  # type: ignore[arg-type]


_FOLDED = ("folded", -1)  # ParseView.memo key of the Doc's folded token texts


_HALVES = ("north", "south")  # "the North", "the South": a divided country's halves
_SIDING = ("pro", "anti")  # "pro-EU", "anti-NATO": the side a group takes, not its owner


def _folded(v: ParseView) -> list[str]:
    """``fold()`` of each token's text, once per Doc (the country scan and every phrase
    match read them)."""
    found = v.memo.get(_FOLDED)
    if found is None:
        found = v.memo[_FOLDED] = [fold(x) for x in v.texts]
    return found  # type: ignore[return-value]


_CASED = ("cased", -1)  # ParseView.memo key: whether the Doc's capitals are the writer's


def _cased(doc: Doc) -> bool:
    """Whether capitals in the Doc are as written (not text lowered because it was shouted,
    nor text written without capitals): only then is a lower-case word not a name."""
    v = view(doc)
    found = v.memo.get(_CASED)
    if found is None:
        found = v.memo[_CASED] = ORIGINAL_TEXT not in doc.user_data and v.text != v.text.lower()
    return found  # type: ignore[return-value]


def _parenthesis_before(texts: list[str], j: int) -> int | None:
    """Where a short parenthetical that ends just before token ``j`` opens ("(APEC)");
    ``texts`` are the texts of the Doc's tokens."""
    if j - 1 < 0 or texts[j - 1] != ")":
        return None
    for k in range(j - 2, max(j - 8, -1), -1):
        if texts[k] == "(":
            return k
    return None


def ethnic_minority(phrase: _Phrase) -> bool:
    """A people named by ethnicity rather than citizenship: "ethnic Albanians", "the Albanian
    population", "the Hungarian minority" (its country is where it lives)."""
    words = {t.lower_ for t in phrase.tokens}
    return "ethnic" in words or phrase.head.lemma_.lower() in _PEOPLE_GROUPS


def _works_at(phrase: _Phrase) -> bool:
    """"Workers at Argentina's state airline", "students at Cairo University", "prosecutors
    at the ICC": where people of these roles work or study says whose they are ("protesters
    at the US embassy" not)."""
    return any(e.kind == "role" and e.role in _WORKPLACE_ROLES
               for m in phrase.matches if m.end == len(phrase.tokens) for e in m.entries)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value  # type: ignore[return-value]
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# words that start a name of a part of a country ("East Jerusalem", "Greater Khartoum")
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                            "western", "central", "upper", "lower", "greater"})


#: nouns of a state's bodies and units ("soldiers of Niger's presidential [guard]")
_STATE_BODIES = word_class("state_body")
#: roles of a state's own bodies, at home in their seat of government
_HOME_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP"})
#: capitalised words that make a demonym a part of a continent ("Latin American leaders")
_REGION_WORDS = word_class("region_word")


def _region_before(toks, i: int, folded: list[str], at: int) -> bool:
    """Whether the word before a country's demonym (token ``i``; ``folded[at]`` that word's
    folded text) names a part of a continent with it: "Latin American governments", "South
    American leaders", "Central American presidents" (a demonym of its own, "South Korean",
    is matched whole first)."""
    if i == 0 or at < 0:
        return False
    before = toks[i - 1]
    return folded[at] in _REGION_WORDS and before.text[:1].isupper() \
        and before.pos_ in ("PROPN", "ADJ", "NOUN")


def _demonym(entries: Iterable[Entry]) -> bool:
    return any(e.kind == "country" and e.sub == "demonym" for e in entries)


def name_word_before(before: Token, last: int) -> bool:
    """Whether ``before`` is a word of a longer proper name that ends at token ``last``
    ("Vila da" before "Praia", "Lake" before "Chad", "Lockheed" before "Martin"): a name word
    hung on it, not the first word of its sentence (capitalised anyway)."""
    return before.pos_ == "PROPN" and before.head.i == last \
        and before.dep_ in ("compound", "flat") and not before.is_sent_start


def _name_word_before(before: Token, last: int, folded: str) -> bool:
    """:func:`name_word_before`, but not a compass word ("East Jerusalem" is Jerusalem)."""
    return name_word_before(before, last) and folded not in _COMPASS_WORDS


#: How a phrase names a state of its own: "Nigeria's", "Nigerian", "Kenya".
_STATE_KINDS = frozenset({"name", "official", "alias", "demonym", "capital"})


def _state_before(matches: list[_Match], org: tuple[Entry, _Match] | None) -> str | None:
    """The state a name or demonym right before the group's name names ("the Nigerian
    Labour Party"); not one coordinated with it ("Houthi and Saudi negotiators")."""
    if org is None:
        return None
    return next((e.code for m in matches if m.end == org[1].start for e in m.entries
                 if e.kind == "country" and e.sub in _STATE_KINDS), None)


def _renamed(phrase: _Phrase, matches: list[_Match], org: tuple[Entry, _Match] | None,
             extra: dict, text: str) -> ActorRef | None:
    """What the phrase's owner makes of it: "Nigeria's Labour Party", "the Kenyan Labour
    Party" (a name the tables hold for another country's group, said of this country, is a
    body of this country); "Peru's prosecutor's office", "the army's press office" (an
    office of no role of its own is whose it is). None otherwise."""
    possessor = extra.get("country") if extra.get("via") == "poss" else None
    state = _named_elsewhere(org, _state_before(matches, org), possessor)
    if state is not None and org is not None:
        return ActorRef(text=text, name=org[1].text, code=state, country=state,
                        role=None, provenance=NAMED_BODY)
    owner: ActorRef | None = extra.get("owner")
    if possessor is not None and owner is not None and owner.code \
            and phrase.head.lemma_.lower() in OWNER_OFFICES \
            and not matches:
        return replace(owner, text=text, provenance="possessive")
    return None


def _named_elsewhere(org: tuple[Entry, _Match] | None, own: str | None,
                     possessor: str | None) -> str | None:
    """Whether a group the tables place in one country is named, in the phrase, as another
    country's: a state's name or demonym outside the group's own name, or a state's
    possessive ("Nigeria's Labour Party" is not Britain's): that other country, else None."""
    if org is None or org[0].kind != "group" or not org[0].code:
        return None
    home = org[0].code[:3]
    if home in INTL_PREFIXES:
        return None
    return next((c for c in (own, possessor) if c and c not in INTL_PREFIXES and c != home),
                None)


#: Entity labels of names that are no person's: a surname that opens one is another word.
_NOT_PERSON_NAMES = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _opens_longer_name(toks: list[Token], i: int, n: int) -> bool:
    """Whether the one word ``toks[i]`` opens a longer name of a place or body that goes on
    in the phrase ("Dar" of "Dar es Salaam", "Khan" of "Khan Younis"): a surname the office
    table knows is then the first word of another name, not the person (a person's surname
    ends the name; a person's full name is matched whole)."""
    if n != 1 or i + 1 >= len(toks):
        return False
    word, nxt = toks[i], toks[i + 1]
    return word.ent_type_ in _NOT_PERSON_NAMES and nxt.ent_iob_ == "I" \
        and nxt.ent_type_ == word.ent_type_ and nxt.pos_ == "PROPN" and nxt.i == word.i + 1


def _drop_countries_inside_names(phrase: _Phrase, folded: list[str]) -> None:
    """A country's name inside another name is not that country: "South America", "the
    South China Sea" (a LOC entity begun before it: a wider region); "Vila da Praia", "Lake
    Chad" (a name word of its own before it: another place)."""
    toks = phrase.tokens
    for m in list(phrase.matches):
        if not all(e.kind == "country" for e in m.entries):
            continue
        first = toks[m.start]
        if first.ent_iob_ == "I" and first.ent_type_ == "LOC":
            phrase.matches.remove(m)
            continue
        if _demonym(m.entries) and m.start > 0 \
                and _region_before(toks, m.start, folded, m.start - 1):
            phrase.matches.remove(m)  # "Latin American governments": no country
            continue
        before = toks[m.start - 1] if m.start > 0 else None
        if before is not None and before in phrase.name_tokens and not _demonym(m.entries) \
                and _name_word_before(before, toks[m.end - 1].i, folded[m.start - 1]):
            phrase.matches.remove(m)


def _acronym(text: str) -> bool:
    """"ELN", "M23": a group's initials, which the parser may tag as a common noun."""
    return len(text) >= 2 and text.isupper()


def _shared_possessor(head: Token) -> Token | None:
    """"Venezuela's government and opposition": a bare common noun conjoined with a possessed
    one shares its (named) possessor."""
    first = head.head
    if head.dep_ != "conj" or head.pos_ != "NOUN" or first.pos_ != "NOUN" or any(
            c.dep_ in ("poss", "amod", "compound", "nmod", "det") for c in kids(head)):
        return None
    return next((c for c in kids(first) if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def _shared_of(head: Token) -> Token | None:
    """"The wife and children of the president": a bare common noun whose conjunct after it
    has an of-phrase shares that of-phrase's object."""
    if head.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(head)):
        return None
    for conj in kids(head):
        if conj.dep_ == "conj" and conj.pos_ == "NOUN" and not any(
                c.dep_ in ("poss", "amod", "compound") for c in kids(conj)):
            return next((o for p in kids(conj) if p.dep_ == "prep" and p.lower_ == "of"
                         for o in kids(p) if o.dep_ == "pobj"), None)
    return None


#: nouns of people who follow a leader or a party ("supporters", "loyalists")
_FOLLOWERS = word_class("follower")


def _state_body(phrase: _Phrase, extra: dict, text: str) -> ActorRef | None:
    """"Uganda's human rights commission", "Ghana's cocoa board": a common noun of a state's
    body (word class ``state_body``) that the tables do not know, with a state's possessive,
    is of that state (bare, as a body named after its country is)."""
    country = extra.get("country")
    if not country or country in INTL_PREFIXES or extra.get("via") != "poss" \
            or phrase.head.pos_ != "NOUN" or phrase.head.lemma_.lower() not in _STATE_BODIES:
        return None
    return ActorRef(text=text, name=None, code=country, country=country, role=None,
                    provenance="possessive")


#: words of an organ's generic name ("Security Council", "General Assembly")
_ORGAN_WORDS = frozenset({"security", "council", "general", "assembly", "human", "rights",
                          "commission", "parliament", "court", "committee", "secretariat"})


def _generic_organ(text: str) -> bool:
    """Whether an organisation's name is an organ's generic name, which another body may
    bear too ("Security Council", "General Assembly", "Human Rights Council")."""
    words = [fold(w) for w in text.split()]
    return len(words) > 1 and all(w in _ORGAN_WORDS for w in words)


def _credit(ent) -> bool:
    """A news agency's credit in a dateline ("NAIROBI (Reuters) -", "KYIV, Ukraine (AP) —"):
    the name in brackets right before the dash that opens the story; it is no antecedent."""
    doc = ent.doc
    return ent.start > 0 and ent.end + 1 < len(doc) and doc[ent.start - 1].text == "(" \
        and doc[ent.end].text == ")" and doc[ent.end + 1].text in ("-", "—", "–", "--")


def _reported_clause(verb: Token) -> Token | None:
    """The clause a speech verb reports: its content clause ("X will act, the minister
    [said]") or, for a parenthetical ("X, the minister [said], will act"), its host."""
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        return verb.head
    return next((c for c in kids(verb) if c.dep_ == "ccomp"), None)


def met_there(head: Token) -> bool:
    """"Resume talks with the opposition in Mexico City", "will meet the rebels in Havana",
    "negotiated with the separatists in Algiers": a role word that is whom a meeting or talks
    (word class ``meeting``) are held with, placed by the parser in a capital, is placed
    where they are held: the capital is the meeting's venue, not the party's country (the
    caller checks the capital; "met the rebels in Tigray" keeps the region's country)."""
    if head.dep_ == "pobj" and head.head.lower_ == "with":
        return head.head.head.lemma_.lower() in MEETING_WORDS
    return head.dep_ == "dobj" and head.head.lemma_.lower() in MEETING_WORDS

class ActorResolver(OwnerMixin, PersonMixin):
    """Resolves noun phrases to actor codes; see the module docstring."""

    def __init__(self) -> None:
        self.tables: Tables = load_tables()
        self.memory = ActorMemory()
        #: Optional place name -> ISO alpha-3 country (a gazetteer the caller may plug in);
        #: it settles the country of a community named near a town ("Kurds near Mosul").
        self.place_country: Callable[..., str | None] | None = None

    # -- public interface -----------------------------------------------------------------
    def noun_role(self, head: Token) -> str | None:
        """The role a role noun gives a country's side ("negotiators" → GOV, "troops" →
        MIL); None for a noun the role table does not know."""
        entries = [e for e in self.tables.phrases.get((fold(head.lemma_),), ())
                   if e.kind == "role"]
        if not entries:
            return None
        return "GOV" if entries[0].role in (None, INHERIT) else entries[0].role

    def seat_country(self, name: str) -> str | None:
        """"Niamey", "Bamako" -> "NER"/"MLI": the country whose seat of government (capital
        row) ``name`` is; else None."""
        key, _ = split_name(name.strip())
        entries = self.tables.phrases.get(tuple(fold(w) for w in key), ())
        return next((e.code for e in entries if e.kind == "country" and e.sub == "capital"),
                    None)

    def country_code(self, name: str) -> str | None:
        """"Pakistan", "Pakistani", "Islamabad", "the US" -> "PAK"/"USA"; else None."""
        return country_named(self.tables, name)

    def start_article(self, doc: Doc, published: dt.date | None) -> ActorContext:
        ctx = ActorContext(doc=doc, published=_as_date(published))
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for start, code, modifier in self._country_names(doc):
            counts[code] += 1
            first.setdefault(code, start)
            ctx.country_mentions.append((start, code, modifier))
        ctx.countries = tuple(sorted(counts, key=lambda c: (-counts[c], first[c])))
        v = view(doc)
        pos, dep, ent, kid_ids = v.pos, v.dep, v.ent_type, v.kid_ids
        for i, token in enumerate(v.tokens):
            if ent[i] in _NOT_PERSON_ENTITIES and not self._surname_called_place(token, ent[i]):
                continue  # places, dates and amounts name no one: skip the costly phrase scan
            if pos[i] in _PROPER and dep[i] not in ("compound", "flat"):
                self._scan_person(token, ctx)
            elif pos[i] == "NOUN" and kid_ids[i]:
                # (plain loops: this runs for every noun of the article)
                described = titled = False
                for k in kid_ids[i]:
                    if dep[k] == "appos" and ent[k] == "PERSON":
                        described = True
                        break
                    if dep[k] in ("amod", "compound", "poss"):
                        titled = True
                if described:
                    self._scan_person(token, ctx)  # "the head of X's intelligence, Kyrylo Budanov"
                elif titled:
                    self._scan_title(token, ctx)  # "the Kenyan foreign minister" … "the minister"
        ctx.mentions.sort(key=lambda m: m[0])
        return ctx

    def _surname_called_place(self, token: Token, label: str) -> bool:
        """"Macron met [Scholz]": the small model labels some surnames GPE or LOC; a word the
        office table holds as a name and no country table knows is the person."""
        return label in ("GPE", "LOC") and token.pos_ in _PROPER \
            and (fold(token.text),) in self.tables.persons \
            and self.country_code(token.text) is None

    def _country_names(self, doc: Doc) -> list[tuple[int, str, bool]]:
        """(token index, country code, as a modifier) of every name, demonym or capital of a
        country in the text, found by the tables rather than by the parser's entity labels
        (which call "Sri Lanka's" a person): the longest name at each position wins."""
        t = self.tables
        found: list[tuple[int, str, bool]] = []
        v = view(doc)
        texts, pos, ent = v.texts, v.pos, v.ent_type
        folded = _folded(v)
        n_tok = len(texts)
        # no name of a country, nor of a group's or institution's, starts at any other word
        # (the words that may start one found first, in one pass: few of a text's words do)
        country_starts, country_starts_cs = t.country_starts, t.country_starts_cs
        starts = [i for i, (text, low) in enumerate(zip(texts, folded, strict=True))
                  if text in country_starts_cs or low in country_starts
                  or " " in text or " " in low]
        after = 0  # where the last name found ends: no other starts inside it
        for i in starts:
            if i < after \
                    or not (pos[i] in ("PROPN", "ADJ", "NOUN") or ent[i] in ("GPE", "NORP", "LOC")) \
                    or ent[i] in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL") \
                    or self.stance_named(doc, i):
                continue
            # n tokens joined with spaces make at least n words: no name is longer (in tokens)
            # than the most words of a name that starts with the same word
            longest = max(t.country_words_cs.get(texts[i].split(" ", 1)[0], 0),
                          t.country_words.get(folded[i].split(" ", 1)[0], 0),
                          t.starts_cs.get(texts[i], 0), t.starts.get(folded[i], 0))
            for n in range(min(8, n_tok - i, longest), 0, -1):
                if n > 1 and texts[i + n - 1] in ("'s", "'"):
                    continue
                code = t.country_names_cs.get(" ".join(texts[i:i + n])) \
                    or t.country_names.get(" ".join(folded[i:i + n])) \
                    or self._owning_country(doc, i, n, texts, folded) or None
                if code is None:
                    continue
                last = i + n - 1
                if not (pos[last] == "PROPN" or ent[last] in ("GPE", "NORP", "LOC")
                        or texts[last][:1].isupper()):
                    break  # "turkey" the bird, "china" the dishes
                if _demonym(t.phrases.get(tuple(folded[i:i + n]), ())) \
                        and _region_before(v.tokens, i, folded, i - 1):
                    break  # "Latin American governments": a part of a continent
                if i > 0 and _name_word_before(v.tokens[i - 1], last, folded[i - 1]) \
                        and not _demonym(t.phrases.get(tuple(folded[i:i + n]), ())):
                    # "Vila da Praia", "Lake Chad": the end of another place's name (but
                    # "the Karabakh Armenians" are Armenians)
                    break
                name = v.tokens[i] if n == 1 else doc[i:i + n].root
                found.append((i, code, self._qualifies_state_body(name)))
                after = i + n
                break
        return found

    def _sentence_country(self, head: Token, ctx: ActorContext) -> str | None:
        """The one country the sentence of ``head`` places its story in by the name of a
        country, capital or place; None when it names none, or names several countries in any
        way (a demonym alone, "Russian troops", is no place: it says whose, not where)."""
        start, end = view(head.doc).sentence(head.i)
        if start in ctx.sentence_countries:  # (asked for each role word of the sentence)
            return ctx.sentence_countries[start]
        mentioned = {code for at, code, _ in ctx.country_mentions if start <= at < end}
        codes: set[str] = set()
        for ent in doc_entities(head.doc):
            if ent.label_ not in ("GPE", "LOC") or ent.start < start or ent.end > end:
                continue
            text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            code = self.country_code(text) or (
                self.place_country(text) if self.place_country is not None else None)
            if code:
                codes.add(code)
        found = codes.pop() if len(codes) == 1 and mentioned <= codes else None
        ctx.sentence_countries[start] = found
        return found

    @staticmethod
    def stance_named(doc: Doc, i: int) -> bool:
        """"Pro-Russian politicians", "anti-American protesters": a name hyphened to a word of
        stance says whose side someone takes, not whose they are."""
        if i < 2:
            return False
        v = view(doc)  # (asked at every word that may start a name: no Token built for it)
        return v.texts[i - 1] == "-" and not v.spaces[i - 1] and not v.spaces[i - 2] \
            and v.lower[i - 2] in STANCE_PREFIXES

    def _qualifies_state_body(self, name: Token) -> bool:
        """Whether a country name qualifies a body or office of a state ("Chilean officials",
        "the Ghana Revenue Authority", "the government of Mali"), which says the
        story is that country's own affairs; "Burkinabe villagers" or "sanctions on Iran" do
        not."""
        if name.dep_ in ("amod", "compound", "poss", "nmod"):
            body = name.head
        elif name.dep_ == "pobj" and name.head.lower_ == "of":
            body = name.head.head
        else:
            return False
        while body.dep_ == "compound" and body.head.i != body.i:
            body = body.head
        if fold(body.lemma_) in PLACE_NOUNS:
            return True  # "the Kenyan capital", "Pakistan's Punjab province": where it happens
        # ("Mozambique's electoral commission": an adjective of the body's name counts too)
        words = [c for c in kids(body)
                 if name.i < c.i < body.i and c.dep_ in ("compound", "amod")] + [body]
        entries: list[Entry] = []
        for k in range(len(words)):  # "election commission" before "commission"
            key = tuple(fold(w.text) for w in words[k:-1]) + (fold(body.lemma_),)
            entries = list(self.tables.phrases.get(key, ()))
            if entries:
                break
        return any((e.kind == "role" and (e.role in STATE_BODY_ROLES or e.role == INHERIT))
                   or e.kind == "institution" for e in entries)

    def _owning_country(self, doc: Doc, i: int, n: int, texts: list[str],
                        folded: list[str]) -> str | None:
        """The country of a named armed group or institution ("the Taliban", "the Knesset"):
        naming it establishes its country as much as naming the country does."""
        entries = list(self.tables.phrases_cs.get(tuple(texts[i:i + n]), ())) + list(
            self.tables.phrases.get(tuple(folded[i:i + n]), ()))
        if not entries or not (doc[i + n - 1].pos_ == "PROPN" or _acronym(texts[i + n - 1])):
            return None
        codes = {e.code[:3] for e in entries if e.kind in ("group", "institution")
                 and e.sub != "ctx" and e.code and e.code[:3] not in INTL_PREFIXES}
        return codes.pop() if len(codes) == 1 else None

    def resolve(self, token: Token, ctx: ActorContext) -> ActorRef | None:
        head = self._climb(token)
        if self._dateline(head):
            return None
        if head.pos_ == "PRON" and (head.text,) not in self.tables.phrases_cs:
            return self._pronoun(head, ctx)
        ref = self._resolve_head(head, ctx)
        if ref is None and head.i != token.i and token.pos_ in _PROPER \
                and token.dep_ == "compound" and head.pos_ == "NOUN":
            # "a High Court ruling", "a Supreme Court order": a named body that only
            # qualifies a thing (its act) is still that body when asked about on its own
            ref = self._resolve_head(token, ctx)
            if ref is not None and (not ref.code or ref.provenance in _PLACE_OR_PEOPLE):
                ref = None  # ("a Baghdad market", "the Tigrayan capital": a place, a people)
        if ref is not None and ref.code and ref.code == ref.country and head.dep_ == "amod" \
                and head.head.pos_ == "NOUN":
            # asked about the demonym of "Israeli airstrikes" or "Colombian ELN guerrillas":
            # the phrase it modifies is the actor when it is one of the same country
            outer = self._resolve_head(self._climb(head.head), ctx)
            if outer is not None and outer.role and outer.country == ref.country:
                return outer
        return ref

    def _clause_subject(self, pronoun: Token, ctx: ActorContext) -> ActorRef | None:
        """"Kenya refused to send troops to Haiti and urged [its] citizens to leave": "its"
        is first the subject of its own clause (or of the clause it is coordinated with),
        when that is a state or a body, before any nearer name."""
        verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        while verb is not None:
            charge = verb.head if verb.dep_ == "acl" else None
            if charge is not None and charge.lemma_.lower() in CHARGE_NOUNS \
                    and charge.dep_ == "dobj":
                # "Eritrea denied accusations by Ethiopia that [its] troops …": no one accuses
                # itself; the content of a charge is about who answers it
                verb = charge.head
                continue
            subjects = [c for c in kids(verb) if c.dep_ == "nsubj"]
            if subjects:
                subject = subjects[0]
                if pronoun.dep_ == "poss" and pronoun.head.i == subject.i:
                    if verb.dep_ == "ccomp" and verb.head.i != verb.i \
                            and verb.head.pos_ == "VERB" and verb.head.i < verb.i:
                        # "The army said [its] soldiers had killed 30 rebels": the subject's
                        # "its" in what a body says is the body that says it
                        verb = verb.head
                        continue
                    # "Germany will send aid, [its] minister said": the speaker's "its" is
                    # the body whose act is reported
                    verb = _reported_clause(verb)
                    continue
                if subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
                    return None  # (not "Iran and its allies": "its" is one)
                if subject.pos_ not in ("PROPN", "NOUN") or subject.ent_type_ == "PERSON" \
                        or subject.tag_ == "NNS" or any(c.dep_ == "conj" for c in kids(subject)):
                    return None  # (not "the rebels": "its" is one of them)
                if pronoun.i in ctx.asking:
                    return None
                ctx.asking.add(pronoun.i)
                try:
                    ref = self.resolve(subject, ctx)
                finally:
                    ctx.asking.discard(pronoun.i)
                if ref is None or not ref.code or ref.provenance in PERSONAL_PROVENANCES:
                    return None
                return replace(ref, text=pronoun.text, provenance="antecedent")
            verb = verb.head if verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i \
                else None
        return None

    def _relative_clause_agent(self, pronoun: Token, ctx: ActorContext) -> ActorRef | None:
        """"Rebels shot villagers [they] accused of spying": a "they" that is the subject of a
        relative clause on the object of an act is that act's plural subject."""
        verb = pronoun.head
        if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or verb.dep_ != "relcl":
            return None
        outer = verb.head.head if verb.head.dep_ in ("dobj", "pobj", "nsubjpass") else None
        while outer is not None and outer.pos_ == "ADP":
            outer = outer.head
        if outer is None or outer.pos_ not in ("VERB", "AUX"):
            return None
        subject = next((c for c in kids(outer) if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or not (
                subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in kids(subject))):
            return None
        ref = self.resolve(subject, ctx)
        if ref is None or not ref.code:
            return None
        return replace(ref, text=pronoun.text, provenance="antecedent")

    def antecedent(self, pronoun: Token, ctx: ActorContext) -> ActorRef | None:
        """"it", "its", "they": the nearest country or organisation named before it (in this
        sentence or the one before) — "Iran denied that it had …", "its military operation";
        but first, for "its", the subject of its own clause, and for a "they" in a relative
        clause, the plural subject of the act it hangs on."""
        near = self._relative_clause_agent(pronoun, ctx) or (
            self._clause_subject(pronoun, ctx) if pronoun.lower_ == "its" else None)
        if near is not None:
            return near
        sent = pronoun.sent
        start = sent.start
        if start > 0:
            start = pronoun.doc[start - 1].sent.start
        for ent in reversed([e for e in doc_entities(pronoun.doc)
                             if start <= e.start and e.end <= pronoun.i]):
            if ent.label_ not in ("GPE", "ORG", "NORP") or _credit(ent):
                continue
            actor = self.resolve(ent.root, ctx)
            if actor is not None and actor.code:
                return replace(actor, text=pronoun.text, provenance="antecedent")
        return None

    def minority_home(self, token: Token, ctx: ActorContext, local: str | None) -> str | None:
        """Where a people named by ethnicity lives: "the Albanians of southern Serbia",
        "ethnic Greeks in Albania" -> the country of the place the phrase names, else (for
        "ethnic X", "the X minority") the country where the event happened; None for
        citizens ("Chinese nationals", "Iraqi Kurds")."""
        head = self._climb(token)
        phrase = self._phrase(head, ctx)
        ethnic = ethnic_minority(phrase)
        if not ethnic and not (head.ent_type_ == "NORP" and head.tag_ in ("NNPS", "NNS")):
            return None
        # "ethnic Serbs in Croatia", "ethnic Uzbek gunmen operating in Kyrgyzstan"
        holders = [head] + [c for c in kids(head) if c.dep_ == "acl" and c.tag_ == "VBG"]
        for prep in (p for h in holders for p in kids(h)):
            if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                for obj in kids(prep):
                    place = self._where(obj, phrase, ctx, any_role=True) if obj.dep_ == "pobj" \
                        else None
                    if place is not None and place.country:
                        return place.country
        if not ethnic:
            return None
        if local is None:
            # "ethnic Serbs staged a sit-in against Slovenia's plan to deport them", "ethnic
            # Greeks rallied for Albania's minority law": with no place for the event, the
            # first other country the sentence names is where they live
            own = self.country_code(head.text) or next(
                (self.country_code(t.text) for t in phrase.tokens if t.ent_type_ == "NORP"), None)
            sent = head.sent
            local = next((code for at, code, _ in ctx.country_mentions
                          if sent.start <= at < sent.end and code != own
                          and not head.left_edge.i <= at <= head.right_edge.i), None)
        return local

    def role_word(self, token: Token, ctx: ActorContext) -> ActorRef | None:
        """A role noun that only modifies another noun ("[police] brutality", "an [army]
        operation"): its role, with the country the article has established before it (or
        none: ``---COP``)."""
        if token.pos_ != "NOUN":
            return None
        for key in ((fold(token.text),), (fold(token.lemma_),)):
            roles = [e for e in self.tables.phrases.get(key, ())
                     if e.kind == "role" and e.role not in (None, INHERIT)]
            if roles:
                return unknown_or_established(token.text, None, roles[0].role, ctx, token.i)
        return None

    # -- article scan ---------------------------------------------------------------------
    def _scan_person(self, token: Token, ctx: ActorContext) -> None:
        ref = self._resolve_head(token, ctx)
        if ref is None or not ref.code or ref.name is None:
            return
        described: tuple[str, ...] = ("title", "demonym", "appos", "of", "possessive")
        if token.ent_type_ == "PERSON":  # "Kremlin spokesman Dmitry Peskov"
            described += ("institution", "organisation", "group")
        if ref.provenance not in described + ("office_holders", "office_holders_former",
                                              "memory", "coref"):
            return
        ctx.mentions.append((token.i, ref))
        if ref.provenance in described:
            ctx.forget_scan_dependent()  # a person described: what was resolved may differ
            key = split_name(ref.name)[0]
            ctx.persons[key] = ref
            words = ref.name.split()
            if len(words) > 1:
                ctx.persons.setdefault(split_name(words[-1])[0], ref)
            phrase = self._phrase(token, ctx)
            for m in phrase.matches:
                for e in m.entries:
                    if e.kind == "role" and e.individual:
                        ctx.titles[" ".join(fold(t.text) for t in phrase.tokens[m.start:m.end])] \
                            = ref
            self.memory.learn(ref.name, ref, ctx.published, ref.text)

    def _scan_title(self, token: Token, ctx: ActorContext) -> None:
        """A title described with its country and no name ("the Kenyan foreign minister"):
        a later bare "the minister" or "the foreign minister" is the same person."""
        if not any(e.kind == "role" and e.individual
                   for e in self.tables.phrases.get((fold(token.lemma_),), ())):
            return
        ref = self._resolve_head(token, ctx)
        if ref is None or not ref.country or ref.provenance not in ("demonym", "possessive", "of"):
            return
        phrase = self._phrase(token, ctx)
        for m in phrase.matches:
            if any(e.kind == "role" and e.individual for e in m.entries):
                key = " ".join(fold(t.text) for t in phrase.tokens[m.start:m.end])
                for k in (key, key.split()[-1]):
                    if k not in ctx.titles:
                        ctx.titles[k] = ref
                        ctx.forget_scan_dependent()  # a bare "the minister" may now differ

    # -- helpers --------------------------------------------------------------------------
    def _dateline(self, token: Token) -> bool:
        """The place of a dateline ("KYIV, Ukraine —", "ISLAMABAD:") names no actor."""
        if not token.text.isupper() or len(token.text) < 4:
            return False
        if token.ent_type_ in ("ORG", "NORP") or (token.text,) in self.tables.phrases_cs:
            return False
        j = token.i - 1
        while j >= 0 and token.i - j < 4 and token.doc[j].text.isupper() \
                and not token.doc[j].is_space:
            j -= 1
        if j >= 0 and not token.doc[j].is_space and "\n" not in token.doc[j].text_with_ws:
            return False
        nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return nxt is not None and nxt.text in (",", ":", "—", "–", "-", "(")

    @staticmethod
    def _climb(token: Token) -> Token:
        seen = 0
        while (token.dep_ in ("compound", "flat") and token.head.i != token.i
               and token.head.pos_ in ("NOUN", "PROPN") and seen < 10):
            token = token.head
            seen += 1
        return token

    def _pronoun(self, token: Token, ctx: ActorContext) -> ActorRef | None:
        if token.lower_ not in _PERSON_PRONOUNS:
            return None
        ref = ctx.person_before(token.i)
        if ref is None and token.lower_ in ("him", "her") and token.dep_ in ("dobj", "pobj"):
            ref = self._titled_before(token, ctx)
        if ref is None and token.lower_ in ("he", "she"):
            return self._titled_teller(token, ctx) or self._titled_subject(token, ctx)
        if ref is None:
            return None
        return ActorRef(text=token.text, name=ref.name, code=ref.code, country=ref.country,
                        role=ref.role, provenance="coref")

    def _titled_teller(self, pronoun: Token, ctx: ActorContext) -> ActorRef | None:
        """"The ICC prosecutor said [he] had opened an investigation": with no named person
        before it, the subject pronoun of what is said is the one-person title who says it."""
        clause = pronoun.head
        if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i == clause.i:
            return None
        teller = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if teller is None or teller.pos_ != "NOUN" or teller.i > pronoun.i or not any(
                e.kind == "role" and e.individual
                for e in self.tables.phrases.get((fold(teller.lemma_),), ())):
            return None
        ref = self._resolve_head(teller, ctx)
        return replace(ref, text=pronoun.text, provenance="antecedent") if ref else None

    def _titled_subject(self, pronoun: Token, ctx: ActorContext) -> ActorRef | None:
        """"The Polish prime minister visited Kyiv, where [he] met Zelensky": with no named
        person before it, "he" or "she" is the one-person title that is the subject of an
        earlier clause of its sentence."""
        for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass") and any(
                    e.kind == "role" and e.individual
                    for e in self.tables.phrases.get((fold(tok.lemma_),), ())):
                return self._resolve_head(tok, ctx)
        return None

    def _titled_before(self, pronoun: Token, ctx: ActorContext) -> ActorRef | None:
        """"expelled the U.S. ambassador, accusing [him] of spying": with no named person
        before it, an object pronoun is the nearest one-person title of its sentence (not the
        subject of its own verb, which "him" cannot be)."""
        own_subjects = {c.i for c in pronoun.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        for tok in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            if tok.pos_ != "NOUN" or tok.i in own_subjects or tok.dep_ in ("compound", "amod"):
                continue
            if any(e.kind == "role" and e.individual
                   for e in self.tables.phrases.get((fold(tok.lemma_),), ())):
                return self._resolve_head(tok, ctx)
        return None

    def _phrase(self, head: Token, ctx: ActorContext) -> _Phrase:
        if head.doc is not ctx.doc:
            return self._read_phrase(head)
        found = ctx.phrases.get(head.i)
        if found is None:
            found = ctx.phrases[head.i] = self._read_phrase(head)
        return found.copy()

    def _read_phrase(self, head: Token) -> _Phrase:
        v = view(head.doc)
        texts, lower, pos, dep, below = v.texts, v.lower, v.pos, v.dep, v.children
        hi = head.i
        members: list[int] = []
        stack = [c for c in below[hi] if c.i < hi and dep[c.i] in _LEFT_DEPS]
        poss_tokens: set[int] = set()
        split = coordinated_modifier(head)
        while stack:
            child = stack.pop()
            ci = child.i
            if split is not None and ci == split.i:
                # "the army and [rebel] fighters": the first body is an actor of its own
                stack.extend(c for c in below[ci] if dep[c.i] == "conj" and c.i < hi)
                continue
            if dep[ci] == "poss":
                if not self._name_part(v, ci, hi):
                    poss_tokens.update(t.i for t in child.subtree)
                    continue
                # "the Lord's Resistance Army", "the Kurdistan Workers' Party": the
                # possessive is part of the name (its "'s" is skipped as in the tables)
                members.extend(c.i for c in below[ci] if dep[c.i] == "case")
            if dep[ci] == "punct" and texts[ci] not in ("-", "."):
                continue
            members.append(ci)
            if dep[ci] in ("amod", "nmod", "compound"):  # "Emirati and Kosovar officials"
                conj = [c for c in below[ci] if dep[c.i] == "conj" and c.i < hi
                        and self.country_code(texts[c.i])]
                if conj:
                    stack.extend(conj)
                    stack.extend(c for c in below[ci] if dep[c.i] == "cc")
            stack.extend(c for c in below[ci] if dep[c.i] in _LEFT_DEPS and c.i < hi)
            if dep[ci] in ("nmod", "compound") and pos[ci] == "PROPN":
                # "U.S. Secretary of State Warren Christopher": a title's own of-phrase
                stack.extend(o for p in below[ci] if dep[p.i] == "prep" and lower[p.i] == "of"
                             and p.i < hi for o in (p, *below[p.i]) if o.i < hi)
        members.append(hi)
        ids = set(members)
        if v.ent_type[hi]:  # entity tokens left of the head that the parse hung elsewhere
            iob = v.ent_iob
            j = hi - 1
            while j >= 0 and iob[j] in ("I", "B") and iob[j + 1] == "I" \
                    and pos[j] not in ("CCONJ", "ADP", "VERB", "AUX") and texts[j] != ",":
                ids.add(j)
                j -= 1
        j = hi
        aside: set[int] = set()
        while j - 1 >= 0:
            if j - 1 in ids or j - 1 in poss_tokens or (texts[j - 1] == "-" and j - 2 in ids):
                j -= 1
                continue
            opening = _parenthesis_before(texts, j)
            if opening is None or opening - 1 not in ids:
                break
            # "the Southern African Development Community (SADC) summit": an aside in the phrase
            aside.update(range(opening, j))
            j = opening
        toks = v.tokens
        at = [k for k in range(j, hi + 1) if k not in aside and (
              k not in poss_tokens and lower[k] not in _SKIP_WORDS
              or (texts[k] == "-" and k > j))]
        if at and texts[at[0]] in ("-", "."):
            at = at[1:]
        folded = _folded(v)
        at += self._name_tail(v, at, folded)
        phrase = _Phrase(head=head, tokens=[toks[k] for k in at], matches=[], start=j,
                         end=max(at[-1], hi) + 1 if at else hi + 1)
        self._match(phrase, [texts[k] for k in at], [folded[k] for k in at])
        return phrase

    def _name_tail(self, v: ParseView, at: list[int], folded: list[str]) -> list[int]:
        """The words right of the head that complete a body's table name the parse split at
        its "of"/"for" ("the International Committee of the Red Cross", "the Organization for
        Security and Co-operation in Europe", "the Economic Community of West African
        States", "Doctors Without Borders", "the Democratic Republic of Congo"): without them
        the head word alone names nothing and the subject is lost."""
        if not at:
            return []
        hi = at[-1]
        edge = v.tokens[hi].right_edge.i
        if edge == hi or v.lower[hi + 1] not in ("of", "for", "on", "without"):
            return []
        t = self.tables
        for k in range(min(edge, hi + t.max_len), hi + 1, -1):
            tail = list(range(hi + 1, k + 1))
            for s in range(len(at)):
                ks = at[s:] + tail
                if len(ks) > t.max_len:
                    continue
                entries = t.phrases.get(tuple(folded[x] for x in ks)) or \
                    t.phrases_cs.get(tuple(v.texts[x] for x in ks)) or ()
                if any(e.kind in _NAMED_BODIES or e.kind in ("institution", "country")
                       for e in entries):
                    return tail  # (a country too: "the Democratic Republic of Congo")
        return []

    def _name_part(self, v: ParseView, poss: int, head: int) -> bool:
        """A possessive inside a proper name ("Lord's" in "the Lord's Resistance Army"): a
        capitalised word of the same name entity as the head, or of none, that names no
        country ("Russia's Wagner Group" is Russia's)."""
        if v.pos[head] != "PROPN" or v.pos[poss] != "PROPN" or not v.texts[poss][:1].isupper():
            return False
        if self.country_code(v.texts[poss]):
            return False
        ent = v.ent_type
        return (ent[poss] == "" and ent[head] == "") or (
            ent[poss] == ent[head] and ent[poss] == "ORG"
            and all(v.ent_iob[k] == "I" for k in range(poss + 1, head + 1)))

    def _longest(self, toks: list[Token], texts: list[str], folded: list[str],
                 i: int) -> _Match | None:
        """The longest table match starting at word ``i`` (persons before places for names)."""
        if i >= 2 and texts[i - 1] == "-" and folded[i - 2] in _SIDING and not (
                folded[i - 2] == "pro" and toks[i].ent_type_ == "NORP"):
            # "pro-EU demonstrators", "anti-NATO", "anti-Russian protesters": whom they are for
            # or against is not whose they are ("pro-Russian separatists" keep their demonym)
            return None
        t = self.tables
        longest = max(t.starts_cs.get(texts[i], 0), t.starts.get(folded[i], 0))
        for n in range(min(t.max_len, len(toks) - i, longest), 0, -1):
            key = tuple(folded[i:i + n])
            entries_cs = t.phrases_cs.get(tuple(texts[i:i + n]))
            entries_ci = t.phrases.get(key)
            if entries_ci is None and n > 1 and toks[i + n - 1].tag_ in ("NNS", "NNPS"):
                # "radio stations", "election observers": a role the tables write in the
                # singular, named in the plural
                plural = key[:-1] + (fold(toks[i + n - 1].lemma_),)
                entries_ci = [e for e in t.phrases.get(plural, ()) if e.kind == "role"] or None
            persons = t.full_names.get(key) or t.persons.get(key)
            if not (entries_cs or entries_ci or persons):
                continue  # no table knows these n words (most lengths tried): next shorter
            entries = list(entries_cs or ()) + list(entries_ci or ())
            if n == 1 and texts[i].islower() and _cased(toks[i].doc):
                # "granted amnesty to prisoners": a one-word name of a body is written with a
                # capital; in lower case it is the common word
                entries = [e for e in entries if e.kind not in _NAMED_BODIES]
            if persons and not all(x.pos_ in _PROPER or x.text == "-" or x.text[:1].isupper()
                                   for x in toks[i:i + n]):
                persons = None
            if persons and _opens_longer_name(toks, i, n):
                persons = None  # "the University of Dar es Salaam": not Pakistan's Ishaq Dar
            best = None
            if persons:
                in_person = all(x.ent_type_ == "PERSON" for x in toks[i:i + n])
                if in_person or n > 1 or not entries:
                    best = _Match(i, i + n, [], persons)
                elif not (in_person and self._ent_len(toks[i]) > n
                          and any(e.kind == "country" for e in entries)):
                    best = _Match(i, i + n, entries)
            elif entries and not (any(e.kind in ("country", "community") for e in entries)
                                  and all(x.ent_type_ == "PERSON" for x in toks[i:i + n])
                                  and self._ent_len(toks[i]) > n):
                best = _Match(i, i + n, entries)
            if best:
                best.text = span_text(toks[0].doc, toks[i].i, toks[i + n - 1].i + 1)
                return best
        return None

    def _match(self, phrase: _Phrase, texts: list[str], folded: list[str]) -> None:
        """Fill ``phrase.matches`` from its words (``texts``: their texts, ``folded`` those
        folded)."""
        t = self.tables
        starts, starts_cs = t.starts, t.starts_cs
        toks = phrase.tokens
        i = 0
        while i < len(toks):
            # (no table key starts with the word: no match at it)
            # ("pro-Russian politicians": a side taken, not a nationality)
            best = self._longest(toks, texts, folded, i) \
                if (texts[i] in starts_cs or folded[i] in starts) \
                and not self.stance_named(toks[i].doc, toks[i].i) else None
            if best is not None and best.end + 1 < len(toks) and toks[best.end].text == "-":
                best = self._hyphen_modifier(best, fold(toks[best.end + 1].text))
                if best is None:  # "Iran-backed militias": not the actor
                    i += 1
                    continue
            if best is None and toks[i].lemma_ and fold(toks[i].lemma_) != folded[i]:
                # "ministers"; "the Turkish and Greek sides" (a word that takes its role from
                # what it belongs to only after a country)
                owned = any(e.kind == "country" for m in phrase.matches for e in m.entries)
                entries = [e for e in t.phrases.get((fold(toks[i].lemma_),), ())
                           if e.kind == "role" and (e.role != INHERIT or owned)]
                if entries:
                    best = _Match(i, i + 1, entries, text=toks[i].text)
            if best:
                phrase.matches.append(best)
                i = best.end
                continue
            word = folded[i]
            if word in _FORMER:
                phrase.former = True
            elif word in _LOCAL:
                phrase.local = True
            elif toks[i].pos_ in _PROPER or toks[i].ent_type_ == "PERSON":
                phrase.name_tokens.append(toks[i])
            i += 1
        _drop_countries_inside_names(phrase, folded)
        # "Sadiq Khan" is not "Imran Khan": a surname match right after an unknown first name
        for m in list(phrase.matches):
            words = [x for x in toks[m.start:m.end] if x.text != "-"]
            before = m.start - 1
            while before >= 0 and toks[before].text == "-":
                before -= 1
            if m.persons and len(words) == 1 and before >= 0 \
                    and toks[before] in phrase.name_tokens:
                phrase.matches.remove(m)
                phrase.name_tokens.extend(toks[before + 1:m.end])
                phrase.name_tokens.sort(key=lambda x: x.i)

    @staticmethod
    def _hyphen_modifier(match: _Match, word: str) -> _Match | None:
        """"Hamas-run ministry" -> only the country of Hamas; "Iran-backed militia" -> nothing."""
        if word in ("run", "led", "controlled", "held", "ruled", "administered"):
            if any(e.kind == "community" for e in match.entries):
                return match  # "Kurdish-led": the community's country is chosen as usual
            codes = [e.code for e in match.entries if e.code and e.code[:3] not in INTL_PREFIXES]
            if not codes:
                return None
            return _Match(match.start, match.end, [Entry("country", code=codes[0][:3],
                                                         sub="name")], text=match.text)
        if word in ("backed", "linked", "allied", "aligned", "affiliated", "sponsored",
                    "supported", "funded", "inspired", "based", "bound", "born", "made"):
            return None
        return match

    @staticmethod
    def _ent_len(token: Token) -> int:
        span = entity_span(token)
        if span is None:
            return 0
        # "Sri Lanka's" labelled a person: the possessive ending is not part of a name
        return len(span) - sum(1 for t in span if t.text in ("'s", "'", "’s"))

    def _group_code(self, entries: list[Entry], day: dt.date | None) -> Entry | None:
        groups = [e for e in entries if e.kind == "group"]
        if not groups:
            return None
        if day is None:
            open_ended = [e for e in groups if e.valid_to is None]
            return (open_ended or groups)[-1]
        for e in groups:
            if (e.valid_from is None or e.valid_from <= day) and (
                    e.valid_to is None or day <= e.valid_to):
                return e
        return groups[-1]

    # -- the main resolution --------------------------------------------------------------
    def _resolve_head(self, head: Token, ctx: ActorContext,
                      inner: bool = False) -> ActorRef | None:
        key = (head.i, inner)
        if key in ctx.resolved:
            if key in ctx.scan_dependent:
                ctx.read_scan = True  # (what asked for it depends on the scan's findings too)
            return ctx.resolved[key]  # the same phrase asked about again (sources, targets …)
        # Whether this resolution (or one it asks for) reads what the article scan learns
        # (ActorContext.read_scan): only those are forgotten when the scan learns more.
        outer, ctx.read_scan = ctx.read_scan, False
        ref = self._held_by(head, ctx) or self._compass_half(head, ctx)
        if ref is None:
            phrase = self._phrase(head, ctx)
            extra = self._around(head, ctx, phrase)
            ref = self._decide(phrase, extra, ctx, inner=inner)
        ctx.resolved[key] = ref
        if ctx.read_scan:
            ctx.scan_dependent.add(key)
        ctx.read_scan = outer or ctx.read_scan
        return ref

    def _compass_half(self, head: Token, ctx: ActorContext) -> ActorRef | None:
        """"the North" beside South Korea or Seoul, "the South" beside Sudan: the half of a
        divided country whose name is the compass word and the name of a country the article
        names (or of the other half's remainder)."""
        word = head.lower_
        if word not in _HALVES or head.pos_ != "PROPN" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in kids(head)) \
                or any(c.dep_ in ("compound", "amod") for c in kids(head)) \
                or any(o.pos_ == "PROPN" for _, o in prep_objects(head)):
            return None  # (not "the North of England")
        names = self.tables.country_names
        mentioned = set(ctx.countries) | {code for _, code, _ in ctx.country_mentions}
        for name, code in names.items():
            if code not in mentioned:
                continue
            rest = name.split(" ", 1)[1] if name.split(" ", 1)[0] in _HALVES and " " in name \
                else name
            half = names.get(f"{word} {rest}")
            if half is not None and (half != code or name.startswith(word + " ")):
                return ActorRef(text=head.text, name=f"{head.text} {rest.title()}", code=half,
                                country=half, role=None, provenance="country")
        return None

    def _held_by(self, head: Token, ctx: ActorContext) -> ActorRef | None:
        """"rebel-held villages", "Taliban-controlled districts": ground named by who holds
        it stands for its holders, whose country a demonym on the ground may give ("Syrian
        rebel-held towns" -> SYRREB)."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in PLACE_NOUNS:
            return None
        for participle in kids(head):
            if participle.dep_ != "amod" or participle.lemma_.lower() not in HOLDING_PARTICIPLES:
                continue
            for holder in kids(participle):
                if holder.dep_ not in ("npadvmod", "compound", "nmod") \
                        or holder.pos_ not in ("NOUN", "PROPN"):
                    continue
                ref = self._resolve_head(holder, ctx, inner=holder.pos_ == "NOUN")
                if ref is None:
                    ref = self.role_word(holder, ctx)
                if ref is None or not ref.code:
                    continue
                text = span_text(ctx.doc, head.left_edge.i, head.i + 1)
                if ref.provenance in ("role", "context") and ref.role:  # (only guessed)
                    named = next((self.country_code(c.text) for c in kids(head)
                                  if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
                    if named:
                        return replace(ref, text=text, code=named + ref.role, country=named,
                                       provenance="demonym")
                return replace(ref, text=text)
        return None

    def _body_role(self, noun: Token, ctx: ActorContext) -> str | None:
        """"members of the opposition", "leaders of an Islamist cell": a body named by its
        role alone, of no country the phrase gives, lends its role (not a country)."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None  # ("members of Congress": a body whose country the context gives)
        loose = self._resolve_head(noun, ctx)
        if loose is None or not loose.role or loose.provenance not in ("context", "role"):
            return None
        return loose.role

    def _possessor(self, child: Token, head: Token, ctx: ActorContext):
        """The actor a possessor names: a name's own, a pronoun's antecedent ("his aides" ->
        the person before; "its troops" -> the state or body), or for "whose" the noun the
        relative clause describes ("Turkey, whose foreign minister …")."""
        clause = next((a for a in head.ancestors if a.dep_ == "relcl"), None) \
            if child.lower_ == "whose" else None
        if clause is not None:
            return self._resolve_head(self._climb(clause.head), ctx)
        if child.pos_ == "PRON":
            return self._pronoun(child, ctx) or (
                self.antecedent(child, ctx) if child.lower_ == "its" else None)
        return self._resolve_head(self._climb(child), ctx)

    def _around(self, head: Token, ctx: ActorContext, phrase: _Phrase) -> dict:
        """Country/code evidence outside the phrase words: possessor, "of X", apposition."""
        extra: dict = {"country": None, "code": None, "appos": None, "via": None,
                       "owner": None, "linked": None, "of_role": None}
        related = head.lemma_.lower() in RELATION_NOUNS  # "Israel's ally" is another party
        for child in kids(head):
            if child.dep_ == "poss" and not related:
                ref = self._possessor(child, head, ctx)
                if ref is not None and ref.code:
                    extra["country"], extra["code"], extra["via"] = ref.country, ref.code, "poss"
                    extra["owner"] = ref
            elif child.dep_ == "prep" and (child.lower_ in ("of", "from", "in") or (
                    child.lower_ == "for" and speaks_for(phrase)) or (
                    child.lower_ == "at" and _works_at(phrase))):
                objs = [c for c in kids(child) if c.dep_ == "pobj"]
                if not objs or objs[0].pos_ not in ("PROPN", "NOUN"):
                    continue
                if child.lower_ == "in":
                    # "the government in Kabul", "rebels in Darfur", "police in Lagos": where a
                    # body or a group is says whose it is; "ministers in Moscow" may be visitors
                    ref = self._where(objs[0], phrase, ctx)
                else:
                    ref = self._resolve_head(objs[0], ctx, inner=child.lower_ != "for") or (
                        self._workplace_owner(objs[0], phrase, ctx) if child.lower_ == "at"
                        else None)
                    if (ref is None or not ref.code) and child.lower_ == "of" \
                            and phrase.matches:
                        # "the governor of the Tyumen region", "the mayor of Kharkiv",
                        # "residents of Goma" (a place the tables know no actor by)
                        ref = self._where(objs[0], phrase, ctx, any_role=True) or ref
                extra["of_role"] = extra["of_role"] or (
                    self._body_role(objs[0], ctx) if ref is None and child.lower_ == "of" else None)
                if (ref is None or ref.country is None) and (
                        (child.lower_ == "of" and objs[0].lemma_.lower() in _STATE_BODIES)
                        or (child.lower_ == "in" and self._placed_by_in(phrase))):
                    # "soldiers of Niger's presidential guard", "families in Haiti's
                    # Artibonite department": a unit or a place the tables do not know is
                    # of the country that owns it
                    ref = self._owning_state(objs[0], ctx) or ref
                if ref is None or not ref.code:
                    continue
                if extra["country"] is None:
                    extra["country"], extra["code"], extra["via"] = ref.country, ref.code, "of"
                    extra["owner"] = ref
                    phrase.end = max(phrase.end, objs[0].right_edge.i + 1)
            elif child.dep_ == "appos" and child.pos_ in ("NOUN", "PROPN"):
                extra["appos"] = self._phrase(child, ctx)
            elif child.dep_ == "acl" and extra["country"] is None:
                ref = self._participle_country(child, phrase, ctx)
                if ref is not None:
                    extra["country"], extra["code"], extra["via"] = ref.country, ref.code, "of"
                    extra["owner"] = ref
        self._place_modifier(phrase, ctx, extra)
        self._shared_owner(head, ctx, extra)
        self._appos_owner(head, ctx, extra)
        extra["linked"] = linked_owner(head, lambda t: self._resolve_head(t, ctx, inner=True))
        return extra

    def _organ_of(self, org: tuple[Entry, _Match] | None, phrase: _Phrase, extra: dict,
                  ctx: ActorContext, text: str) -> ActorRef | None:
        """"ECOWAS's Mediation and Security Council", "the AU Peace and Security Council": an
        organ's generic name ("Security Council") owned by another organisation, named by its
        possessive or before it, is that organisation's organ (not the UN's)."""
        if org is None or not _generic_organ(org[1].text):
            return None
        owner = extra.get("owner") if extra.get("via") == "poss" else None
        if owner is None:
            owner = next((ref for c in kids(phrase.head)
                          if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
                          and c not in phrase.tokens
                          for ref in [self._resolve_head(c, ctx, inner=True)] if ref), None)
        if owner is None or not owner.code or owner.code[:3] not in ("IGO", "NGO") \
                or owner.code == org[0].code:
            return None
        return replace(owner, text=text, provenance="organisation")

    def _phrase_role(self, roles: list[tuple[_Match, Entry]], phrase: _Phrase,
                     ctx: ActorContext) -> tuple[str | None, bool, str | None]:
        """:meth:`_role`, with the followers of an opposition figure or party its opposition."""
        role, individual, key = self._role(roles, phrase)
        if role == "CVL" and self._follows_opposition(phrase, ctx):
            role = "OPP"  # "supporters of opposition leader Raila Odinga"
        return role, individual, key

    def _follows_opposition(self, phrase: _Phrase, ctx: ActorContext) -> bool:
        """"Supporters of opposition leader X", "followers of the opposition party": the
        followers (word class ``follower``) of an opposition figure or party are the
        opposition, not civilians at large."""
        if phrase.head.lemma_.lower() not in _FOLLOWERS:
            return False
        for prep in kids(phrase.head):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in kids(prep):
                    if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                        ref = self._resolve_head(obj, ctx)
                        return ref is not None and ref.role == "OPP"
        return False

    @staticmethod
    def _placed_by_in(phrase: _Phrase) -> bool:
        """Whether an "in X" after the phrase says whose it is: after a collective role word
        ("families in …", "rebels in …"), not after a title or a visitor ("ministers in …",
        "negotiators in …"), as :meth:`_where` reads it."""
        return phrase.head.lemma_.lower() not in VISITING_ROLES and any(
            e.kind == "role" and not e.individual for m in phrase.matches
            if m.end == len(phrase.tokens) for e in m.entries)

    def _owning_state(self, noun: Token, ctx: ActorContext) -> ActorRef | None:
        """The state a possessive on ``noun`` names ("Niger's" in "Niger's presidential
        guard"), as the bare country; None when it names no state."""
        owner = next((c for c in kids(noun) if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None:
            return None
        ref = self._resolve_head(self._climb(owner), ctx, inner=True)
        if ref is None or not ref.country or ref.country in INTL_PREFIXES \
                or ref.code != ref.country:
            return None
        return ref

    def _place_modifier(self, phrase: _Phrase, ctx: ActorContext, extra: dict) -> None:
        """"Texas Governor Greg Abbott", "Kharkiv's mayor" aside, "Lagos state police": a place
        the tables know no actor by, written before the role word, says whose the role is
        (as "the governor of Texas" does)."""
        if extra["country"] is not None:
            return
        first = min((m.start for m in phrase.matches
                     if any(e.kind == "role" for e in m.entries)), default=None)
        if first is None:
            return
        covered = {i for m in phrase.matches for i in range(m.start, m.end)}
        toks = phrase.tokens
        for k, tok in enumerate(toks[:first]):
            if k in covered or tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", "LOC") \
                    or "-" in (toks[k + 1].text, toks[k - 1].text if k else ""):
                continue  # (not "Iran-backed militias": who backs them is not whose they are)
            ref = self._where(tok, phrase, ctx, any_role=True)
            if ref is not None and ref.code:
                extra["country"], extra["code"], extra["via"] = ref.country, ref.code, "of"
                extra["owner"] = ref
                return

    def _workplace_owner(self, place: Token, phrase: _Phrase,
                         ctx: ActorContext) -> ActorRef | None:
        """"workers at [Argentina's] state airline": a workplace that is no actor of its own
        is of its owner; else of the place its name or phrase names ("students at the
        University of Dar es Salaam", "doctors at a hospital in Kano")."""
        owner = next((self._resolve_head(self._climb(c), ctx) for c in kids(place)
                      if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is not None:
            return owner
        for prep in kids(place):
            if prep.dep_ != "prep" or prep.lower_ not in ("of", "in"):
                continue
            for obj in kids(prep):
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    ref = self._where(obj, phrase, ctx, any_role=True)
                    if ref is not None and ref.code:
                        return ref
        return None

    def _appos_owner(self, head: Token, ctx: ActorContext, extra: dict) -> None:
        """"Moussa Kone, Mali's foreign minister," / "…, the foreign minister of Mali,": the
        owner of a describing apposition is the person's country (the name alone is unknown)."""
        appos = next((c for c in kids(head) if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
        if appos is None or extra["country"] is not None or extra["appos"] is None:
            return
        owned = self._around(appos, ctx, extra["appos"])
        if owned["country"] is not None:
            for k in ("country", "code", "via", "owner"):
                extra[k] = owned[k]

    def _shared_owner(self, head: Token, ctx: ActorContext, extra: dict) -> None:
        """"Venezuela's government and opposition": the opposition is Venezuela's too."""
        owner = _shared_possessor(head) if extra["country"] is None else None
        ref = self._resolve_head(self._climb(owner), ctx) if owner is not None else None
        if ref is not None and ref.code:
            extra["country"], extra["code"], extra["via"] = ref.country, ref.code, "poss"
            extra["owner"] = ref
            return
        of = _shared_of(head) if extra["country"] is None else None
        ref = self._resolve_head(of, ctx, inner=True) if of is not None else None
        if ref is not None and ref.code:
            # "the wife and children of Peru's ousted president": the wife's too
            extra["country"], extra["code"], extra["via"] = ref.country, ref.code, "of"
            extra["owner"] = ref

    def _participle_country(self, participle: Token, phrase: _Phrase,
                            ctx: ActorContext) -> ActorRef | None:
        """The country a participle on the phrase gives it: "a newspaper based in Beirut",
        "a charity headquartered in Nairobi" (where the body sits); "refugees fleeing Sudan",
        "families escaping the war in Syria" (the people of the country they flee)."""
        lemma = participle.lemma_.lower()
        places: list[Token] = []
        if lemma in SEAT_PARTICIPLES:
            places = [o for p in kids(participle) if p.dep_ == "prep" and p.lower_ in ("in", "at")
                      for o in kids(p) if o.dep_ == "pobj"][:1]
        elif lemma in FLIGHT_VERBS:
            fled = [o for o in kids(participle) if o.dep_ == "dobj"]
            places = fled + [o for d in fled for p in kids(d) if p.dep_ == "prep"
                             and p.lower_ in ("in", "from") for o in kids(p) if o.dep_ == "pobj"]
            places += [o for p in kids(participle) if p.dep_ == "prep"
                       and p.lower_ in ("from", "in") for o in kids(p) if o.dep_ == "pobj"]
            places = [o for o in places if o.pos_ == "PROPN"]
        elif lemma in PLIGHT_PARTICIPLES:
            # "children trapped in Gaza City", "families displaced by fighting in Khartoum":
            # people of the place where it befell them
            where = [participle] + [o for p in kids(participle) if p.dep_ == "agent"
                                    for o in kids(p) if o.dep_ in ("pobj", "pcomp")]
            places = [o for w in where for p in kids(w) if p.dep_ == "prep"
                      and p.lower_ in ("in", "inside") for o in kids(p)
                      if o.dep_ == "pobj" and o.pos_ == "PROPN"]
        for place in places:
            ref = self._where(place, phrase, ctx, any_role=True)
            if ref is not None and ref.code:
                return ref
        return None

    def _sender(self, head: Token, ctx: ActorContext) -> ActorRef | None:
        """Who sent a role word's people, by a participle of sending with its agent ("the envoy
        sent by Beijing", "troops deployed by Russia", "mediators appointed by the African
        Union"; word class ``sending``): they are the sender's."""
        for c in kids(head):
            if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_.lower() not in SENDING_VERBS:
                continue
            for by in kids(c):
                if by.dep_ != "agent":
                    continue
                for o in kids(by):
                    ref = self._resolve_head(o, ctx, inner=True) if o.dep_ == "pobj" else None
                    if ref is not None and ref.code:
                        return ref
        return None

    def _where(self, place: Token, phrase: _Phrase, ctx: ActorContext,
               any_role: bool = False) -> ActorRef | None:
        """The country of "in X" after a collective role word ("rebels in Darfur", "the
        government in Kabul"); None after a title ("ministers in Moscow") or a non-place."""
        if not any_role and not any(e.kind == "role" and not e.individual for m in phrase.matches
                                    if m.end == len(phrase.tokens) for e in m.entries):
            return None
        if phrase.head.lemma_.lower() in VISITING_ROLES:
            return None  # "government negotiators in Havana", "diplomats in Kabul": visitors
        ref = self._resolve_head(place, ctx, inner=True)
        if ref is not None and ref.provenance == "capital" and met_there(phrase.head):
            return None  # "talks with the opposition in Mexico City": where the talks are
        if ref is not None and ref.code and ref.provenance in ("capital", "country"):
            return ref
        if place.pos_ == "NOUN" and place.lemma_.lower() in PLACE_NOUNS:
            # "the Tyumen region", "the province of Herat": the name in it
            named = [c for c in kids(place) if c.dep_ in ("compound", "nmod")
                     and c.pos_ == "PROPN"] + [o for c in kids(place) if c.dep_ == "prep"
                                               and c.lower_ == "of" for o in kids(c)
                                               if o.pos_ == "PROPN"]
            # "the mayor of a town in Guerrero": an unnamed place is in the named one
            named += [o for c in kids(place) if c.dep_ == "prep" and c.lower_ == "in"
                      for o in kids(c) if o.pos_ == "PROPN"]
            if named:
                place = named[0]
        if place.pos_ != "PROPN" or self.place_country is None:
            return None
        # (the article's countries settle a name several places bear: "the town of Mahas")
        country = self.place_country(entity_text(place), ctx.countries)
        if not country:
            # a place name inside a body's name ("the University of Dar es Salaam"): the
            # name's own words
            words = [t for t in place.subtree if t.i <= place.i and t.pos_ == "PROPN"]
            if len(words) > 1 and words[-1].i - words[0].i == len(words) - 1:
                country = self.place_country(span_text(ctx.doc, words[0].i, place.i + 1),
                                             ctx.countries)
            elif place.ent_type_ in ("ORG", "FAC") and place.dep_ == "pobj" \
                    and place.head.lower_ in ("of", "in"):
                # ("the University of Lagos" tagged as one organisation: the place its name
                # ends in)
                country = self.place_country(place.text, ctx.countries)
        if not country:
            return None
        return ActorRef(text=place.text, name=None, code=country, country=country,
                        provenance="place")

    def _decide(self, phrase: _Phrase, extra: dict, ctx: ActorContext,
                inner: bool = False) -> ActorRef | None:
        matches = list(phrase.matches)
        head_match = next((m for m in phrase.matches if m.end == len(phrase.tokens)), None)
        appos: _Phrase | None = extra.get("appos")
        if head_match is not None and any(e.kind != "role" for e in head_match.entries):
            appos = None  # "Tehran, the Bundestag, …" is a list, not a description
        if appos is not None:
            # ("the Lebanese group Hezbollah", "the militant group al-Shabaab": a descriptor's
            # named armed group or body is the actor)
            bare = head_match is None and phrase.head.pos_ == "NOUN"
            appos.matches = [m for m in appos.matches
                             if m.persons or bare or all(e.kind in ("role", "country")
                                                         or e.sub == "ctx" for e in m.entries)
                             or (appos.head.pos_ == "PROPN"
                                 and all(e.kind == "group" for e in m.entries))]
            matches += appos.matches
            phrase.local = phrase.local or appos.local
            phrase.former = phrase.former or appos.former
        day = ctx.published
        text = span_text(ctx.doc, phrase.start, phrase.end)
        org = self._find_org(matches, day, head_match)
        country, country_kind, community = self._country(matches, phrase, ctx)
        renamed = _renamed(phrase, matches, org, extra, text)
        if renamed is not None:
            return renamed
        ctx_inst = next((e for m in matches for e in m.entries
                         if e.kind == "institution" and e.sub == "ctx"), None)
        roles = [(m, e) for m in matches for e in m.entries if e.kind == "role"]

        person_match, name = self._name(phrase, matches, appos, ctx)
        # 1. a critic of what the phrase names ("Kremlin critic Alexei Navalny" -> RUSOPP);
        # organisations, armed groups and named institutions
        first = self._against(phrase, extra, ctx, text) or self._organ_of(
            org, phrase, extra, ctx, text) or self._org_ref(
            org, text, name, person_match is not None, head_match) or (
            None if roles or country or name or ctx_inst else _state_body(phrase, extra, text))
        if first is not None:
            return first

        role, individual, title_key = self._phrase_role(roles, phrase, ctx)
        intl_owner = bool(extra.get("code")) and extra["code"][:3] in INTL_PREFIXES
        if extra.get("code") and (role == INHERIT or (intl_owner and role is not None)) \
                and extra["via"] and not country and (person_match is None or intl_owner) \
                and ctx_inst is None:
            # "the army's spokesman", "Hamas's leader", "the EU's top diplomat": the
            # possessor's code (an organisation's officials are that organisation, named or
            # not: "the head of the African Union Commission, Moussa Faki Mahamat,")
            # "the army's spokesman", "Hamas's leader": take the possessor's code
            code = extra["code"]
            if len(code) == 3 and code not in INTL_PREFIXES:
                code += "GOV"  # "the leaders of Kenya"
            return ActorRef(text=text, name=name, code=code, country=code[:3],
                            role=code[3:6] or None,
                            provenance="possessive" if extra["via"] == "poss" else "of")
        if role == INHERIT and extra.get("of_role") and not extra.get("code"):
            # "members of an Islamist cell", "leaders of the opposition": of a body of no
            # named country, the body's role (its country comes as any role word's does)
            role = extra["of_role"]
        if ctx_inst is not None and role in (None, INHERIT):
            role = ctx_inst.role
        own_country = country
        country = country or extra.get("country")
        if country in INTL_PREFIXES:
            country = None

        # 2. a person
        if person_match is not None or (name and (phrase.head.ent_type_ == "PERSON" or (
                role is None and self._remembered(name, ctx) is not None))):
            # "Chile's Alberto van Klaveren": a person named with a country's possessive is
            # of that country, as one named with its demonym is
            kind = country_kind or ("possessive" if country and not own_country
                                    and extra.get("via") == "poss" else None)
            return self._person(phrase, text, name, person_match, country, kind,
                                role, ctx, inner)

        # 3. a role word ("Russian troops", "the prime minister", "ARY, a local TV channel")
        done, ref = self._owned(phrase, text, roles, role, (country, own_country), extra,
                                ctx, community,
                                bool(name) or appos is not None or head_match is not None)
        if done:
            return ref
        if community:
            role = community_role(community[0], role)
        if role is not None or ctx_inst is not None:
            return self._role_ref(phrase, text, name, role, individual, title_key, country,
                                  country_kind, extra, appos, ctx, inner)

        # 4. a country or capital named alone, or a body by its name; a word that names no
        # actor ("Kenya's northern neighbour, Ethiopia,", "its ally Belarus") is the country
        # its apposition names
        if head_match is None and appos is not None and phrase.head.pos_ == "NOUN":
            head_match = next((m for m in appos.matches if m.end == len(appos.tokens)
                               and any(e.kind == "country" for e in m.entries)), None)
        return self._named(phrase, text, name, head_match, country, own_country, country_kind)

    @staticmethod
    def _named(phrase: _Phrase, text: str, name: str | None, head_match: _Match | None,
               country: str | None, own_country: str | None,
               country_kind: str | None) -> ActorRef | None:
        if head_match is not None and country and country_kind:
            if country_kind == "capital":
                return ActorRef(text=text, name=head_match.text, code=country + "GOV",
                                country=country, role="GOV", provenance="capital")
            return ActorRef(text=text, name=head_match.text, code=country, country=country,
                            role=None, provenance="country")
        if phrase.head.ent_type_ == "ORG" and name and own_country and country_kind \
                and country_kind != "capital":
            # "the Kenya Human Rights Commission", "the Rwandan Patriotic Front": a body the
            # tables do not know is at least of the country its name names
            return ActorRef(text=text, name=name, code=own_country, country=own_country,
                            role=None, provenance=NAMED_BODY)
        if phrase.head.ent_type_ in ("PERSON", "ORG") and name:
            return ActorRef(text=text, name=name, code=None, provenance="unknown")
        return None

    def _find_org(self, matches: list[_Match], day: dt.date | None,
                  head_match: _Match | None = None) -> tuple[Entry, _Match] | None:
        if head_match is not None and any(e.kind == "country" for e in head_match.entries):
            return None  # "NATO-member Norway", "EU member Poland": the state, not the bloc
        found = None
        for m in reversed(matches):
            g = self._group_code(m.entries, day)
            if g is not None:
                return g, m
            if found is not None:
                # "the AU Peace and Security Council", "ECOWAS's Mediation and Security
                # Council": an organ's generic name after another body's is that body's organ
                # (not the UN's Security Council)
                org = next((e for e in m.entries if e.kind == "org"), None)
                return (org, m) if org is not None else found
            for e in m.entries:
                if e.kind == "org" or (e.kind == "institution" and e.sub != "ctx"):
                    if e.kind == "org" and _generic_organ(m.text):
                        found = (e, m)
                        break
                    return e, m
        return found

    @staticmethod
    def _name(phrase: _Phrase, matches: list[_Match], appos: _Phrase | None,
              ctx: ActorContext) -> tuple[_Match | None, str | None]:
        person_match = next((m for m in matches if m.persons), None)
        if person_match is not None:
            return person_match, person_match.text
        name = None
        # the name is what follows the last title word: not "Labour" in "Labour Minister X"
        after = max((phrase.tokens[m.end - 1].i for m in phrase.matches), default=-1)
        tokens = [x for x in phrase.name_tokens if x.i > after]
        if tokens and (phrase.head.pos_ in _PROPER or phrase.head.ent_type_ == "PERSON"):
            name = span_text(ctx.doc, tokens[0].i, tokens[-1].i + 1)
        if appos is not None and name is None:
            pm = next((m for m in appos.matches if m.persons), None)
            if pm is not None:
                return pm, pm.text
            if appos.name_tokens and appos.head.ent_type_ == "PERSON":
                first, last = appos.name_tokens[0].i, appos.name_tokens[-1].i
                return None, span_text(ctx.doc, first, last + 1)
        return None, name

    def _role_ref(self, phrase: _Phrase, text: str, name: str | None, role: str | None,
                  individual: bool, title_key: str | None, country: str | None,
                  country_kind: str | None, extra: dict, appos: _Phrase | None,
                  ctx: ActorContext, inner: bool) -> ActorRef | None:
        if role in (None, INHERIT) and country is None and not extra.get("via") \
                and phrase.head.lemma_.lower() in ONLOOKERS:
            return None  # "monitors warned": watchers of no one named are no actor
        if role in (None, INHERIT):
            role = "GOV"
        if phrase.former and role == "GOV":
            role = "ELI"
        if country is None and individual:
            ctx.read_scan = True  # (the titles the scan learned decide it)
        if country is None and individual and title_key in ctx.titles and not inner:
            ref = ctx.titles[title_key]
            return ActorRef(text=text, name=ref.name, code=ref.code, country=ref.country,
                            role=ref.role, provenance="coref")
        prov = "title" if individual else "role"
        if country_kind:
            prov = country_kind if country_kind in ("capital", "community") else "demonym"
        elif extra.get("via"):
            prov = "possessive" if extra["via"] == "poss" else "of"
        if country is None and not inner:
            country = self._place_country(phrase, role, ctx)
            prov = "clause" if country else prov
        nm = name if phrase.head.pos_ in _PROPER or appos is not None else None
        if country is None and not inner:
            sender = self._sender(phrase.head, ctx)
            if sender is not None and sender.code[:3] in INTL_PREFIXES:
                # "mediators appointed by the African Union": the body's own
                return replace(sender, text=text, provenance="sent")
            if sender is not None and sender.country:
                country, prov = sender.country, "sent"
        if country is None:
            # only evidence about the phrase itself gives it a country: what the article has
            # established before it, else none ("---REB")
            return None if inner else unknown_or_established(text, nm, role, ctx, phrase.head.i)
        if appos is not None and phrase.head.pos_ in _PROPER:
            prov = "appos"
            nm = phrase.head.text if nm is None else nm
        return ActorRef(text=text, name=nm, code=country + role, country=country,
                        role=role, provenance=prov)

    def _place_country(self, phrase: _Phrase, role: str, ctx: ActorContext) -> str | None:
        """The country of a role word of no country by where its clause happens."""
        country = None
        if role in LOCAL_ROLES:
            country = clause_country(phrase.head, self.country_code)  # "… rallied in Amman"
        elif role == "GOV" and (phrase.local or fold(phrase.head.lemma_) in LOCAL_OFFICES):
            # "the provincial government", "the governor" (of no named country) in a sentence
            # that places its story in one country only ("… curfew in Jos"): that country's
            country = self._sentence_country(phrase.head, ctx)
        if country is None and role in _HOME_ROLES \
                and fold(phrase.head.lemma_) not in VISITING_ROLES:
            # "met the junta leaders in Niamey": a state's own body acted on in a seat of
            # government is that state's (not rebels or an opposition met there for talks,
            # which may be held anywhere: "talks with the opposition in Mexico City"; not
            # envoys or negotiators, who are visitors)
            country = clause_seat(phrase.head, self.seat_country)
        return country or self._relative_place(phrase.head, ctx)

    def _relative_place(self, head: Token, ctx: ActorContext) -> str | None:
        """"The junta, which seized power in Niamey", "the rebels, who control much of
        Darfur", "the police, who patrol Port Moresby": the one country a relative clause set
        off by a comma places the role word in (the names it acts on or acts in)."""
        clause = next((c for c in kids(head) if c.dep_ == "relcl" and c.i > head.i
                       and c.doc[head.i + 1].text == ","), None)
        if clause is None:
            return None
        found: set[str] = set()
        for tok in clause.subtree:
            if tok.pos_ != "PROPN" or tok.dep_ not in ("dobj", "pobj") \
                    or (tok.dep_ == "pobj" and tok.head.lower_ not in ("in", "of", "across")):
                continue
            name = entity_text(tok)
            code = self.country_code(name) or (
                self.place_country(name, ctx.countries) if self.place_country else None)
            if code and code not in INTL_PREFIXES:
                found.add(code)
        return next(iter(found)) if len(found) == 1 else None

    def _country(self, matches: list[_Match], phrase: _Phrase, ctx: ActorContext,
                 ) -> tuple[str | None, str | None, list[Entry]]:
        """The phrase's own country and how it was named; a community's country when the
        phrase names no country ("the Rohingya", "Kurdish militias in northern Syria")."""
        for m in matches:
            for e in m.entries:
                if e.kind == "country":
                    return e.code, e.sub, []
        community = community_entries(matches)
        pick = community_country(community, phrase, ctx, self.country_code,
                                 self.place_country) if community else None
        if pick is not None:
            return pick.code, "community", [pick]
        return None, None, []

    @staticmethod
    def _role(roles: list[tuple[_Match, Entry]],
              phrase: _Phrase) -> tuple[str | None, bool, str | None]:
        if not roles:
            return None, False, None
        concrete = [(m, e) for m, e in roles if e.role != INHERIT]
        strong = [(m, e) for m, e in concrete if e.role in _STRONG_ROLES]
        pick = (strong or concrete or roles)[-1] if not strong else strong[0]
        individual = any(e.individual for _, e in roles)
        title = next((m for m, e in reversed(roles) if e.individual), None)
        key = None
        if title is not None:
            key = " ".join(fold(w) for w in title.text.split())
        return pick[1].role, individual, key
