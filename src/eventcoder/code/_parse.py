"""A read-only view of a parsed Doc that the coding rules walk many times over.

spaCy builds a new Python ``Token`` each time one is reached (``doc[i]``, ``token.children``,
``token.head``), and each string attribute (``token.pos_``, ``token.dep_`` …) is a new lookup in
the string store; the rules reach the same few tokens again and again (every predicate's
subjects, objects, prepositions …). The view builds each token, its children and the string
attributes the rules read most once per Doc, as plain lists indexed by token position and
on the tokens themselves (:class:`ViewToken`: ``tok.dep_``, ``tok.head`` … are slots);
:func:`kids`, :func:`lemma` and :func:`view` read them. It lives in ``doc.user_data`` while the
engine codes the Doc and is removed when it is done (:func:`release`), so a Doc never carries
it further.
"""

from __future__ import annotations

from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IOB_STRINGS,  # Token.ent_iob_ of each ent_iob value
    LEMMA,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from eventcoder.code.lexicon import word_class

__all__ = ["ParseView", "conjuncts", "current", "kids", "lemma", "release", "span_text", "tokens_of",
           "view", "view_of"]

_KEY = "eventcoder.parse_view"
#: verbs whose object a gerund after it shows in the act ("saw soldiers shooting"): their
#: parse is kept
_PERCEIVING = word_class("perceive")
_ATTRS = [HEAD, ORTH, LOWER, LEMMA, POS, DEP, TAG, ENT_TYPE, ENT_IOB, IDX, SENT_START, SPACY]
#: words for an act of any kind ("a move", "a decision"), which may sum up a clause
_ACT_SUMMARIES = word_class("anaphoric_act")
_STATUS_PARTICIPLES = word_class("status_participle")  # "deposed President X": a description
_STANCE = word_class("stance")
#: what a listed name may be made of ("the United Arab Emirates", "Egypt's President
#: Abdel Fattah al-Sisi", "U.S. President Donald Trump")
_NAME_PARTS = frozenset({"PROPN", "DET", "ADJ", "PART", "PUNCT"})



#: nouns of a signed text ("signed a treaty on Friday [granting] …")
_ACCORD_NOUNS = word_class("accord_noun")
_PERFECT_AUX = ("has", "have", "had")
#: verbs whose "over" before a number is their particle ("handed over 5,000 tonnes")
_OVER_PARTICLE = word_class("over_particle")
#: participles of alliance the parser reads as verbs after "and" ("and allied militias")
_ALLIED_WORDS = frozenset({"allied", "affiliated", "aligned"})
#: verbs of a trailing attribution ("…, a spokesman for the group said")
_ATTRIBUTION_VERBS = word_class("attribution_verb")
#: compass words, which two names may share a last word after ("North and South Korea")
_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                      "western", "central", "upper", "lower"})


def _name_list(span: list, verb: Token) -> tuple[list[list], list] | None:
    """A subject's tokens (in order, before ``verb``) split into a list of names at its commas
    and its "and" (parts, joints), or None when they are not one."""
    if span[-1].i - span[0].i + 1 != len(span) or span[-1].i >= verb.i:
        return None
    parts: list[list] = [[]]
    joints: list = []
    for tok in span:
        if tok.text == "," or (tok.lower_ == "and" and tok.pos_ == "CCONJ"):
            joints.append(tok)
            if parts[-1]:
                parts.append([])
            continue
        if tok.pos_ == "NOUN" and _title_before_name(tok, span[-1].i):
            parts[-1].append(tok)
            continue
        if tok.pos_ not in _NAME_PARTS or (tok.pos_ == "PUNCT" and tok.text not in "-."):
            return None
        parts[-1].append(tok)
    if len(parts) < 2 or not parts[-1] or not any(j.lower_ == "and" for j in joints) \
            or any(p[-1].pos_ != "PROPN" for p in parts) \
            or any(len(p) == 1 and p[0].dep_ in ("nmod", "amod", "compound")
                   and p[0].head.i > p[0].i for p in parts[:-1]):
        return None
    return parts, joints


def _title_before_name(tok: Token, last: int) -> bool:
    """A common noun of a title right before a name, the title read in lower case ("Ghana's
    president John Mahama", "Kenya's foreign minister Musalia Mudavadi"): the nouns run up to
    a proper noun inside the list (before its last word ``last``)."""
    doc = tok.doc
    i = tok.i + 1
    while i <= last and doc[i].pos_ == "NOUN":
        i += 1
    return i <= last and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()


def _nominal_gerund(tok: Token) -> bool:
    """A gerund subject with no subject, object or auxiliary of its own ("Fighting between
    the two armies intensified"; not "Attacking civilians is a crime")."""
    return tok.tag_ == "VBG" and tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass") \
        and tok.head.i != tok.i and not any(
            c.dep_ in ("nsubj", "dobj", "aux", "auxpass", "ccomp", "xcomp") for c in tok.kids)

class _Strings(dict):
    """String-store hash -> string, remembered: one dictionary lookup per attribute."""

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.store = vocab.strings

    def __missing__(self, key: int) -> str:
        found = self[key] = self.store[key]
        return found


_STRINGS: dict[int, _Strings] = {}


def _strings(vocab: Vocab) -> _Strings:
    """The hash -> string memo of ``vocab`` (one per vocabulary; its hashes never change)."""
    found = _STRINGS.get(id(vocab))
    if found is None or found.store is not vocab.strings:
        found = _STRINGS[id(vocab)] = _Strings(vocab)
    return found


class ViewToken(Token):
    """A spaCy ``Token`` that holds the attributes the rules read most as plain slots.

    A spaCy Token looks each string attribute up in the string store on every read and builds
    a new Token for every ``head``; the rules read the same few attributes of the same tokens
    thousands of times per article. The view's tokens are these: the same Token (equal to,
    and hashed like, ``doc[i]``, usable wherever spaCy wants a Token) whose ``text``,
    ``lower_``, ``lemma_``, ``pos_``, ``dep_``, ``tag_``, ``ent_type_``, ``ent_iob_`` and
    ``head`` were read once, and whose ``children``, ``ancestors`` and ``subtree`` walk the
    view's tokens. The Doc must not change while the view lives (the engine only reads it);
    the tokens are not meant to outlive the coding of their Doc.
    """

    # (No ``__getattr__`` here: a class that has one cannot have its attribute reads
    # specialised by the interpreter, and every slot read then costs several times more.)
    __slots__ = ("dep_", "ent_iob_", "ent_type_", "head", "kids", "lemma_", "lemma_lower",
                 "lower_", "pos_", "tag_", "text", "view")

    @property
    def children(self):  # spaCy: the lefts, then the rights, in order
        return iter(self.kids)

    @property
    def ancestors(self):
        return _ancestors(self)

    @property
    def subtree(self):
        return _subtree(self)


def _subtree(token: ViewToken):
    """``token.subtree``: the subtrees of its left children, itself, those of its right ones
    (walked with a stack, not by recursion: a long chain of tokens, as a run of numbers or a
    pasted table gives, nests deeper than Python's recursion limit)."""
    stack: list[tuple[ViewToken, bool]] = [(token, False)]
    pop, push = stack.pop, stack.append
    left = len(token.doc)  # a repair that hung a token under its own child would loop
    while stack:
        node, ready = pop()
        if ready:
            yield node
            continue
        left -= 1
        if left < 0:
            raise RuntimeError(f"the parse of token {token.i} is not a tree")
        i = node.i
        kids = node.kids
        for child in reversed(kids):
            if child.i > i:
                push((child, False))
        push((node, True))
        for child in reversed(kids):
            if child.i < i:
                push((child, False))


def _ancestors(token: ViewToken):
    """``token.ancestors``: its head, its head's head … up to the root."""
    head = token.head
    while head.i != token.i:
        yield head
        token, head = head, head.head


class _PerToken(dict):
    """Helper name -> a list with one slot per token (None: not computed yet)."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def __missing__(self, name: str) -> list:
        found = self[name] = [None] * self.n
        return found


def view_of(token: Token) -> ParseView:
    """The view a token belongs to: its own (one slot read) for the view's tokens, else the
    view of its Doc."""
    try:
        found = token.view  # type: ignore[attr-defined]
    except AttributeError:  # a Token spaCy built, not the view's
        return view(token.doc)
    return found if found is not None else view(token.doc)  # (None: a released view's)


class ParseView:
    """Per-token lists of one Doc: ``tokens[i]`` is ``doc[i]``, ``pos[i]`` its ``pos_`` …"""

    __slots__ = ("_conjuncts", "_depths", "_sentences", "children", "dep", "doc", "ent_iob",
                 "ent_type", "heads", "idx", "kid_ids", "lemmas", "lower", "memo", "per_token",
                 "pos", "sent_start", "spaces", "tag", "text", "texts", "tokens")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        vocab = doc.vocab
        n = len(doc)
        self.tokens = tokens = [ViewToken(vocab, doc, i) for i in range(n)]
        self.children: list[list[Token]] = [[] for _ in tokens]
        self.kid_ids: list[list[int]] = [[] for _ in tokens]  # the children's indexes
        # The attributes of all tokens in one array (string attributes as string-store
        # hashes): cheaper than reading them token by token.
        array = doc.to_array(_ATTRS) if n else None
        columns = array.T.tolist() if n else [[] for _ in _ATTRS]
        # HEAD is each token's offset to its head, stored unsigned
        offsets = array[:, 0].astype("int64").tolist() if n else []
        self.heads = heads = [i + offset for i, offset in enumerate(offsets)]
        children, kid_ids = self.children, self.kid_ids
        for i, head in enumerate(heads):
            if head != i:
                children[head].append(tokens[i])
                kid_ids[head].append(i)
        string = _strings(vocab).__getitem__
        self.texts = list(map(string, columns[1]))
        self.lower = list(map(string, columns[2]))
        lemmas = list(map(string, columns[3]))
        self.lemmas = [x.lower() for x in lemmas]
        self.pos = [POS_NAMES[p] for p in columns[4]]  # as Token.pos_ reads them
        self.dep = list(map(string, columns[5]))
        self.tag = list(map(string, columns[6]))
        self.ent_type = list(map(string, columns[7]))
        self.ent_iob = [IOB_STRINGS[x] for x in columns[8]]  # as Token.ent_iob_ reads them
        self.idx = columns[9]
        self.sent_start = columns[10]  # 1 where a sentence starts (-1 stored unsigned)
        self._sentences: list[tuple[int, int]] | None = None
        self._depths: list[int] | None = None
        for tok, text, low, lem, lem_low, pos, dep, tag, ent, iob, head, below in zip(
                tokens, self.texts, self.lower, lemmas, self.lemmas, self.pos, self.dep,
                self.tag, self.ent_type, self.ent_iob, heads, self.children, strict=True):
            tok.text = text
            tok.lower_ = low
            tok.lemma_ = lem
            tok.lemma_lower = lem_low
            tok.pos_ = pos
            tok.dep_ = dep
            tok.tag_ = tag
            tok.ent_type_ = ent
            tok.ent_iob_ = iob
            tok.head = tokens[head]
            tok.kids = below
            tok.view = self
        for tok in [tokens[i] for i, tag in enumerate(self.tag) if tag == "VBG"]:
            if _nominal_gerund(tok):  # (only a gerund may be one: a few words of each Doc)
                # "Fighting between the army and M23 rebels killed dozens": the parser tags a
                # gerund that is a clause's subject as a verb; it names an act, as a noun does
                tok.pos_ = self.pos[tok.i] = "NOUN"
                tok.lemma_ = tok.lemma_lower = self.lemmas[tok.i] = tok.lower_
        self._repair(tokens)
        self.spaces = columns[11]  # 1 where a space follows the token (Token.whitespace_)
        # ``doc.text``: each token's text and its trailing space (Token.text_with_ws)
        self.text = "".join([t + " " if space else t
                             for t, space in zip(self.texts, self.spaces, strict=True)])
        self._conjuncts: dict[int, list[Token]] = {}
        #: what the rules' own helpers computed from the parse alone, by (helper, token index)
        self.memo: dict[tuple[str, int], object] = {}
        #: the same for the helpers asked most, by helper and then token index: a list read
        #: from a token's own view costs less than a key built and looked up on every call
        self.per_token = _PerToken(n)

    def _repair(self, tokens: list[ViewToken]) -> None:
        """Mend the parser's known misreadings, each in its own pass over the tokens."""
        for tok in tokens:
            if tok.pos_ == "VERB" and any(c.dep_ == "oprd" for c in tok.kids):
                self._object_not_name(tok)
            elif (tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass")) \
                    and len(tok.text) > 1 and tok.text.isupper() and tok.text.isalpha() \
                    or tok.pos_ == "PROPN" and tok.dep_ == "ROOT" and tok.text[:1].isupper():
                # (initials read as a verb; any name read as the root: "Mercosur suspended
                # Venezuela", with the verb an adjective of its object)
                self._name_read_as_verb(tok)
            elif tok.pos_ == "PROPN" and tok.dep_ in ("advmod", "npadvmod"):
                self._subject_read_as_modifier(tok)
            elif tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "NORP") and tok.kids \
                    and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                self._demonym_read_as_noun(tok)
            else:
                self._repair_word(tok)
        for tok in tokens:
            if tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"):
                self._verb_read_as_adjective(tok)
                self._verb_after_relative(tok)
                self._verb_read_as_title(tok)
            elif tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "ccomp"):
                self._repair_subject(tok)
                self._first_verb_read_as_adjective(tok)
            elif tok.pos_ == "VERB" and tok.dep_ == "conj":
                self._subject_read_as_conjunct(tok)
                self._main_verb_read_as_content(tok)
                self._infinitive_read_as_main_conjunct(tok)
                self._quote_resumed(tok)
            elif tok.tag_ == "VBN" and tok.dep_ == "xcomp" and tok.lemma_lower in _STATUS_PARTICIPLES:
                self._status_read_as_verb(tok)
        for tok in tokens:
            if tok.dep_ == "appos" and tok.pos_ == "PROPN":
                self._list_read_as_apposition(tok)
                self._conjunct_of_titled_name(tok)
            elif tok.dep_ == "conj" and tok.pos_ == "PROPN":
                self._coordination_inside_name(tok)
            elif tok.tag_ == "VBZ" and tok.dep_ in ("dobj", "pobj"):
                self._noun_read_as_verb(tok)
        self._repair_clauses(tokens)

    def _repair_clauses(self, tokens: list[ViewToken]) -> None:
        """The repairs of clauses misread around a participle, a date or an amount."""
        for tok in tokens:
            if tok.pos_ == "VERB" and tok.dep_ in ("ROOT", "ccomp") and tok.tag_ == "VBD":
                self._participle_before_passive(tok)
        for tok in tokens:
            if tok.pos_ == "VERB" and tok.dep_ == "advcl":
                self._date_read_as_subject(tok)
                self._stance_read_as_content(tok)
                self._participle_of_accord(tok)
            elif tok.pos_ == "VERB" and tok.tag_ == "VBG" and tok.dep_ == "ccomp":
                self._object_read_as_subject(tok)
            elif tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.lower_ in _ALLIED_WORDS:
                self._allied_read_as_verb(tok)
            elif tok.dep_ == "dobj" and tok.pos_ == "NOUN":
                self._recipient_before_amount(tok)
            elif tok.dep_ == "agent":
                self._agent_of_active(tok)
            if tok.lemma_lower in _ACT_SUMMARIES:
                self._summary_read_as_object(tok)
            elif tok.lower_ == "over" and tok.dep_ == "quantmod":
                self._particle_read_as_quantity(tok)

    def _participle_of_accord(self, participle: ViewToken) -> None:
        """"Tuvalu and Australia signed a treaty on Friday granting Tuvaluans the right to
        settle": past the date, the parser hangs the participle on the verb, as what the
        signers did; it says what the treaty does. A gerund with no subject of its own, hung
        on a verb whose object is a signed text (word class ``accord_noun``) and that comes
        right after the object or after a date phrase that follows it, with no comma before
        it, describes the object ("suspended a military agreement on Tuesday, accusing the
        North of provocations": set off by a comma, the subject's own act)."""
        verb = participle.head
        if participle.tag_ != "VBG" or participle.i < 2 or verb.i > participle.i \
                or self.texts[participle.i - 1] == "," \
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in participle.kids):
            return
        obj = next((c for c in verb.kids if c.dep_ == "dobj" and c.i < participle.i), None)
        if obj is None or obj.lemma_lower not in _ACCORD_NOUNS:
            return
        between = self.tokens[max(t.i for t in obj.subtree) + 1:participle.i]
        if any(t.ent_type_ not in ("DATE", "TIME") and not (
                t.dep_ == "prep" and t.head is verb and t.lower_ in ("on", "in", "last", "this"))
               for t in between):
            return
        self._rehang(participle, obj, "acl")

    def _particle_read_as_quantity(self, over: ViewToken) -> None:
        """"Japan handed over 5,000 tonnes of rice to …": the parser reads the particle of
        "hand over" as "more than" before the number. Right after a verb that takes "over"
        as its particle (word class ``over_particle``), it is the verb's particle."""
        verb = self.tokens[over.i - 1] if over.i else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_lower not in _OVER_PARTICLE \
                or any(c.dep_ == "prt" for c in verb.kids):
            return
        self._rehang(over, verb, "prt")
        over.pos_ = self.pos[over.i] = "ADP"
        over.tag_ = self.tag[over.i] = "RP"

    def _agent_of_active(self, by: ViewToken) -> None:
        """"Joao Lourenco, who has mediated between Kinshasa and Kigali, [spoke] by phone with
        Kagame": after a long subject the parser may read the "by" of an active verb in a
        simple tense as a passive's agent; a verb in the past or present tense with no passive
        auxiliary has no agent, and the "by" is a plain preposition."""
        verb = by.head
        if verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i < by.i \
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.kids):
            by.dep_ = self.dep[by.i] = "prep"

    def _stance_read_as_content(self, verb: ViewToken) -> None:
        """"Israel's prime minister demanded that Hamas free all hostages, rejecting a
        proposal", "said the army would withdraw from the town, rejecting calls for a truce":
        the parser hangs a participle of speech (word class ``stance``) after a comma on the
        demanded or foreseen clause before it. That clause's act is not done (a bare verb or
        one with a modal), so its subject is doing nothing the participle could go with: the
        participle is the main subject's."""
        clause = verb.head
        if verb.tag_ != "VBG" or verb.i < 1 or self.texts[verb.i - 1] != "," \
                or verb.lemma_lower not in _STANCE or clause.dep_ not in ("ccomp", "xcomp") \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.kids) \
                or not any(c.dep_ == "nsubj" for c in clause.head.kids):
            return
        if clause.dep_ == "xcomp" and clause.tag_ == "VB" \
                and any(c.dep_ == "dobj" for c in clause.head.kids):
            # ("urged Somalia to release the fishermen, accusing Mogadishu of …": the one
            # urged is doing nothing yet)
            self._rehang(verb, clause.head, "advcl")
            return
        if clause.dep_ != "ccomp" \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.kids):
            return
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.kids)
        if not (modal or (clause.tag_ in ("VB", "VBP") and not any(
                c.dep_ in ("aux", "auxpass") for c in clause.kids))):
            return
        self._rehang(verb, clause.head, "advcl")

    def _rehang(self, tok: ViewToken, head: ViewToken, dep: str) -> None:
        """Hang ``tok`` on ``head`` with relation ``dep`` (``head`` is ``tok``: the root)."""
        old = tok.head
        if old.i != tok.i:
            old.kids.remove(tok)
            self.kid_ids[old.i].remove(tok.i)
        tok.head, tok.dep_ = head, dep
        self.heads[tok.i], self.dep[tok.i] = head.i, dep
        if head.i != tok.i:
            head.kids.append(tok)
            head.kids.sort(key=lambda t: t.i)
            self.kid_ids[head.i] = [t.i for t in head.kids]

    def _repair_word(self, tok: ViewToken) -> None:
        """The repairs of one word's own reading: a demonym read as an object before a gerund,
        a progressive read as an attribute, a common noun read as a name."""
        if tok.pos_ in ("PROPN", "ADJ") and tok.ent_type_ in ("NORP", "GPE") \
                and tok.lower_.endswith(("an", "ian", "ese", "ish", "i")) and not tok.kids \
                and tok.dep_ == "dobj":
            self._demonym_before_gerund(tok)
        elif tok.tag_ == "VBG" and tok.dep_ == "attr":
            self._progressive_read_as_attribute(tok)
        elif tok.pos_ == "PROPN" and tok.i and not tok.ent_type_ and tok.text.isalpha() \
                and tok.text.islower() and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") \
                and self.tokens[tok.i - 1].ent_type_ in ("NORP", "GPE") \
                and self.tokens[tok.i - 1].head.i == tok.i:
            self._common_noun_read_as_name(tok)

    def _progressive_read_as_attribute(self, verb: ViewToken) -> None:
        """"Qatar is mediating between Israel and Hamas": the parser may read a present
        participle after "is" as the copula's attribute, a gerund naming what the subject is.
        Right after the copula (adverbs aside), bare (no article or possessor) and with a
        named subject or a personal pronoun (not "the aim is ending the war"), it is the
        verb of a progressive tense: the copula its auxiliary, the copula's other words its."""
        be = verb.head
        if be.lemma_lower != "be" or be.i > verb.i or any(
                c.dep_ in ("det", "poss", "amod", "compound") for c in verb.kids) or any(
                self.tokens[k].pos_ not in ("ADV", "PART") for k in range(be.i + 1, verb.i)):
            return
        subject = next((c for c in be.kids if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.pos_ == "PROPN" or (
                subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they", "we", "i"))):
            return
        root = be.head.i == be.i
        self._rehang(verb, verb if root else be.head, be.dep_)
        for kid in [c for c in be.kids if c is not verb]:
            self._rehang(kid, verb, kid.dep_)
        self._rehang(be, verb, "aux")
        verb.pos_ = self.pos[verb.i] = "VERB"
        be.pos_ = self.pos[be.i] = "AUX"

    def _common_noun_read_as_name(self, word: ViewToken) -> None:
        """"tariffs on Canadian canola": the parser may tag a lower-case word inside a
        sentence as a proper noun (after a capitalised demonym, mostly). Written lower-case,
        in no entity, at the head of a subject or object right after the demonym or country that
        modifies it, it is a common noun ("Canadian" then modifies it as a demonym does)."""
        word.pos_ = self.pos[word.i] = "NOUN"
        word.tag_ = self.tag[word.i] = "NNS" if word.tag_ == "NNPS" else "NN"

    def _demonym_read_as_noun(self, word: ViewToken) -> None:
        """"Kyrgyz and Tajik border guards clashed": the parser reads a first demonym tagged
        as a proper noun as a noun of its own, conjoined with the second demonym's noun
        phrase. Both modify that noun, as in "Indian and Chinese soldiers"."""
        kids_ = word.kids
        if len(kids_) != 2 or kids_[0].dep_ != "cc" or kids_[0].i != word.i + 1 \
                or kids_[1].dep_ != "conj" or kids_[1].pos_ != "NOUN":
            return
        noun, second = kids_[1], self.tokens[word.i + 2]
        if second.head.i != noun.i or second.dep_ not in ("compound", "amod") \
                or second.pos_ not in ("PROPN", "ADJ") \
                or any(c.dep_ == "det" for c in noun.kids):
            return
        self._rehang(noun, word.head, word.dep_)
        self._rehang(word, noun, "amod")
        self._rehang(second, word, "conj")

    def _demonym_before_gerund(self, word: ViewToken) -> None:
        """"Kyiv blamed Russian shelling for the deaths of three civilians": the parser reads
        a demonym as the verb's object and the gerund after it as a clause of the verb's own
        (the blamer shelling). A gerund right after a bare demonym object, hung on the same
        verb with no subject, object or auxiliary of its own, is the object, a noun the
        demonym modifies, as in "Russian attacks"."""
        verb = word.head
        gerund = self.tokens[word.i + 1] if word.i + 1 < len(self.tokens) else None
        if gerund is None or gerund.tag_ != "VBG" or gerund.head is not verb \
                or gerund.dep_ not in ("advcl", "xcomp", "dep", "conj") or any(
                    c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "mark")
                    for c in gerund.kids):
            return
        gerund.pos_ = self.pos[gerund.i] = "NOUN"
        gerund.tag_ = self.tag[gerund.i] = "NN"
        gerund.lemma_ = gerund.lemma_lower = self.lemmas[gerund.i] = gerund.lower_
        self._rehang(gerund, verb, "dobj")
        self._rehang(word, gerund, "amod")

    def _list_read_as_apposition(self, tok: ViewToken) -> None:
        """"Mali, Burkina Faso and Niger withdrew …": the parser reads the second name of a
        list of three as an apposition of the first, with the rest coordinated to it; the
        names are the list's conjuncts. (An apposition closed by a comma, "the president,
        William Ruto, and his deputy", is a description.)"""
        head = tok.head
        if head.pos_ != "PROPN" or head.i > tok.i or not any(
                c.dep_ == "punct" and c.text == "," and head.i < c.i < tok.i
                for c in head.kids):
            return
        conj = [c for c in tok.kids if c.dep_ == "conj" and c.pos_ == "PROPN"]
        cc = [c for c in tok.kids if c.dep_ == "cc"]
        if not conj or not cc or cc[0].i > conj[0].i:
            return
        if self.texts[cc[0].i - 1] == ",":
            return
        self._rehang(tok, head, "conj")
        for c in conj + cc:
            self._rehang(c, head, c.dep_)

    def _coordination_inside_name(self, tok: ViewToken) -> None:
        """"The AU Peace and Security Council", "ECOWAS's Mediation and Security Council":
        capitalised words coordinated right before the name they modify are words of that
        name, not two bodies."""
        first = tok.head
        if first.dep_ not in ("nmod", "compound") or first.pos_ != "PROPN" or first.i > tok.i:
            return
        name = first.head
        if name.i != tok.i + 1 or name.pos_ != "PROPN" or not all(
                t.text[:1].isupper() for t in (first, tok, name)) \
                or first.lower_ in _COMPASS or tok.lower_ in _COMPASS:
            return  # (not "North and South Korea": two names sharing their last word)
        cc = [c for c in first.kids if c.dep_ == "cc" and first.i < c.i < tok.i]
        if len(cc) != 1 or tok.i - first.i != 2:
            return
        self._rehang(tok, name, "compound")
        self._rehang(cc[0], name, "dep")

    def _conjunct_of_titled_name(self, tok: ViewToken) -> None:
        """"Kenya's foreign minister Musalia Mudavadi and his Somali counterpart held talks":
        the parser hangs what is coordinated after a title's name (read as the title's
        apposition, with no comma between them) on the name; the title and its name are one
        person, and the conjunct is coordinated with the title."""
        head = tok.head
        if tok.dep_ != "appos" or head.i > tok.i or head.pos_ not in ("NOUN", "PROPN") \
                or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj") \
                or any(self.texts[i] in (",", "(", "-", "--") for i in range(head.i + 1, tok.i)):
            return
        conj = [c for c in tok.kids if c.dep_ == "conj" and c.i > tok.i
                and c.pos_ in ("NOUN", "PROPN")]
        cc = [c for c in tok.kids if c.dep_ == "cc" and c.lower_ == "and" and c.i > tok.i]
        if len(conj) != 1 or len(cc) != 1 or cc[0].i > conj[0].i or cc[0].i != tok.i + 1:
            return
        self._rehang(cc[0], head, "cc")
        self._rehang(conj[0], head, "conj")

    def _noun_read_as_verb(self, tok: ViewToken) -> None:
        """"Egypt and Sudan held joint air force [drills]", "began naval [exercises]": the
        tagger reads a plural noun after a compound as a verb in "-s" that the parser still
        hangs as an object. A word so tagged that is an object, with modifiers of a noun before
        it (a determiner, an adjective, a compound) and nothing of a verb's own (no subject,
        object or auxiliary), is the plural noun."""
        if not tok.lower_.endswith("s") or not any(
                c.dep_ in ("det", "amod", "compound", "poss", "nummod") and c.i < tok.i
                for c in tok.kids) or any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp")
                for c in tok.kids):
            return
        tok.pos_ = self.pos[tok.i] = "NOUN"
        tok.tag_ = self.tag[tok.i] = "NNS"

    def _object_not_name(self, verb: ViewToken) -> None:
        """"The Qatari emir called the Egyptian president on Tuesday", "Macron called
        Zelensky": the parser reads a call as a naming ("a man called John"), a verb with a
        predicate noun and no object, even hung as a participle on the sentence's only head
        noun. A verb that names needs an object to name (passive: its subject), so one with
        neither has the noun for its object; a participle of the root noun with no verb
        above it is the sentence's verb, and the noun its subject."""
        if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.kids):
            return
        named = [c for c in verb.kids if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")]
        if not named:
            return
        noun = verb.head
        if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and noun.dep_ == "ROOT" \
                and noun.pos_ in ("NOUN", "PROPN") and verb.i > noun.i:
            self._rehang(verb, verb, "ROOT")
            for punct in [c for c in noun.kids if c.dep_ == "punct" and c.i > verb.i]:
                self._rehang(punct, verb, "punct")
            self._rehang(noun, verb, "nsubj")
            verb.tag_ = self.tag[verb.i] = "VBD"
        elif not any(c.dep_ == "nsubj" for c in verb.kids):
            return
        # ("whose minister called [the Greek prime minister] a liar": of two predicate nouns,
        # the first is the object, the second what it is called)
        self._rehang(named[0], verb, "dobj")

    def _name_read_as_verb(self, name: ViewToken) -> None:
        """"ECOWAS imposed sanctions on …", "IGAD called for a ceasefire": the tagger reads an
        organisation's initials as a verb ("ECOWAS" as a gerund, the root, with "imposed" an
        adjective of its object) or as the auxiliary of a passive ("IGAD called" as "was
        called"). Initials in capitals right before a past tense in lower case are that
        verb's subject, and the past tense is the clause's verb."""
        verb = self.tokens[name.i + 1] if name.i + 1 < len(self.tokens) else None
        if verb is None or verb.tag_ not in ("VBD", "VBN") or not verb.text.islower():
            return  # ("POLICE ARREST PROTESTERS": a headline in capitals is not initials)
        if name.dep_ in ("aux", "auxpass") and name.head is verb:
            name.pos_ = self.pos[name.i] = "PROPN"
            name.tag_ = self.tag[name.i] = "NNP"
            self._rehang(name, verb, "nsubj")
            verb.tag_ = self.tag[verb.i] = "VBD"
            return
        if name.dep_ != "ROOT" or verb.dep_ != "amod" or verb.head.head is not name \
                or verb.head.dep_ != "dobj":
            return
        obj = verb.head
        self._rehang(verb, verb, "ROOT")
        verb.tag_ = self.tag[verb.i] = "VBD"
        verb.pos_ = self.pos[verb.i] = "VERB"
        for kid in [c for c in name.kids if c is not obj]:
            self._rehang(kid, verb, kid.dep_)
        self._rehang(obj, verb, "dobj")
        name.pos_ = self.pos[name.i] = "PROPN"
        name.tag_ = self.tag[name.i] = "NNP"
        name.lemma_ = name.text  # (not "ecowa")
        name.lemma_lower = self.lemmas[name.i] = name.text.lower()
        self._rehang(name, verb, "nsubj")

    def _subject_read_as_modifier(self, name: ViewToken) -> None:
        """"Nauru severed diplomatic ties with Taiwan": the parser reads a name that opens
        the sentence, right before its past tense, as an adverb of that verb, which is then
        left with no subject. A proper noun opening its sentence, hung as a modifier on the
        past tense right after it, which has no subject, is that verb's subject."""
        verb = name.head
        if verb.i != name.i + 1 or verb.tag_ != "VBD" or verb.pos_ != "VERB" or not (
                name.i == 0 or self.sent_start[name.i] == 1) or name.kids or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.kids):
            return
        self._rehang(name, verb, "nsubj")

    def _first_verb_read_as_adjective(self, second: ViewToken) -> None:
        """"Kuwait's emir dissolved parliament and suspended the constitution": the parser
        reads the first of two coordinated past tenses as an adjective of its object ("the
        dissolved parliament"), the object as the subject of the second verb. An "-ed" word
        hung before that subject, right after a noun with modifiers of its own ("Kuwait's
        emir"), with "and" and the second verb right after the subject, is the first verb:
        the noun before it its subject, the would-be subject its object."""
        obj = next((c for c in second.kids if c.dep_ == "nsubj"), None)
        if obj is None or obj.pos_ != "NOUN" or obj.i + 2 != second.i \
                or self.texts[obj.i + 1] != "and" or second.tag_ != "VBD":
            return
        verb = next((c for c in obj.kids if c.dep_ == "amod" and c.i == obj.i - 1 and (
            c.tag_ == "VBD" or c.tag_ == "VBN" and c.lower_.endswith("ed"))), None)
        if verb is None or verb.i == 0:
            return
        subj = self.tokens[verb.i - 1]
        if subj.head.i != obj.i or subj.dep_ not in ("npadvmod", "amod", "compound", "nmod") \
                or subj.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            return
        before = [c for c in obj.kids if c.i < subj.i and c.dep_ in (
            "poss", "det", "amod", "compound", "nmod")]
        if not before:
            return
        root = second.head.i == second.i
        self._rehang(verb, verb if root else second.head, second.dep_)
        verb.tag_ = self.tag[verb.i] = "VBD"
        verb.pos_ = self.pos[verb.i] = "VERB"
        self._rehang(subj, verb, "nsubj")
        for mod in before:
            self._rehang(mod, subj, mod.dep_)
        self._rehang(obj, verb, "dobj")
        self._rehang(self.tokens[obj.i + 1], verb, "cc")
        self._rehang(second, verb, "conj")

    def _verb_read_as_adjective(self, root: ViewToken) -> None:
        """"Kuwait's emir suspended parliament", "Myanmar's junta extended martial law to …":
        the parser reads a past tense after a possessed noun as an adjective of the next noun
        and the whole sentence as one noun phrase, with no verb at all. In a sentence with no
        finite verb, an "-ed" word hung as a modifier before the root noun, right after a noun
        that has modifiers of its own before it ("Kuwait's emir", "the Ghanaian minister"),
        is the sentence's verb: the noun before it its subject, the root noun its object, and
        what follows the object (its prepositions, its punctuation) the verb's."""
        below, seen = [root], 0
        while seen < len(below):
            below.extend(below[seen].kids)
            seen += 1
        # a past participle read as an adjective must look like one ("-ed": not "broken"); a
        # past tense tag is the parser's own word that it is a verb ("held", "sent", "struck")
        verb = next((c for c in root.kids if c.dep_ == "amod" and c.i < root.i and (
            c.tag_ == "VBD" or c.tag_ == "VBN" and c.lower_.endswith("ed"))), None)
        if verb is None or verb.i == 0 or any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "AUX"
                for t in below if t is not verb):
            return
        subj = self.tokens[verb.i - 1]
        if subj.head.i not in (verb.i, root.i) or subj.dep_ not in (
                "npadvmod", "amod", "compound", "nmod") or subj.tag_ not in (
                "NN", "NNS", "NNP", "NNPS", "JJ"):
            return
        before = [c for c in root.kids if c.i < subj.i and c.dep_ in (
            "poss", "det", "amod", "compound", "nmod")]
        if not before or any(t.dep_ == "prep" for t in root.kids if t.i < root.i):
            return
        self._rehang(verb, verb, "ROOT")
        verb.tag_ = self.tag[verb.i] = "VBD"
        verb.pos_ = self.pos[verb.i] = "VERB"
        self._rehang(subj, verb, "nsubj")
        if subj.pos_ == "ADJ":  # ("junta/JJ")
            subj.pos_ = self.pos[subj.i] = "NOUN"
            subj.tag_ = self.tag[subj.i] = "NN"
        for mod in before:
            self._rehang(mod, subj, mod.dep_)
        for after in [c for c in root.kids if c.i > root.i and c.dep_ in (
                "prep", "punct", "npadvmod", "advmod", "advcl", "agent")]:
            self._rehang(after, verb, after.dep_)
        self._rehang(root, verb, "dobj")

    def _verb_read_as_title(self, root: ViewToken) -> None:
        """"A Moscow court jailed opposition politician Ilya Yashin", "A court in Minsk jailed
        activist Maria Kolesnikova for 11 years": the parser reads the past tense before a
        titled name as an adjective of the title ("jailed activist") and the sentence as one
        noun phrase. In a sentence with no finite verb, an "-ed" word hung as a modifier on a
        later noun, right after a noun (the end of the subject: "court", "Minsk"), is the
        verb: the root noun before it (or the noun hung on the word) its subject, the titled
        name its object; a place the subject's preposition lost to the object is that
        preposition's object again, and what follows the object is the verb's."""
        below = sorted((t for t in root.subtree if t is not root), key=lambda t: t.i)
        verb = next((t for t in below if t.dep_ == "amod" and t.head.i > t.i and t.i > 0
                     and (t.tag_ == "VBD" or t.tag_ == "VBN" and t.lower_.endswith("ed"))
                     and self.tokens[t.i - 1].pos_ in ("NOUN", "PROPN")), None)
        if verb is None or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.pos_ == "AUX"
                               for t in below if t is not verb):
            return
        obj = verb.head
        while obj.dep_ in ("compound", "amod") and obj.head.i > obj.i:
            obj = obj.head
        if root.i < verb.i:
            subject = root  # "A court in Minsk jailed activist …": the root is the subject
        else:
            # "A Moscow court jailed …": the noun right before the word, hung on it or on the
            # object's title
            subject = self.tokens[verb.i - 1]
            if obj is not root or subject.dep_ not in ("npadvmod", "nsubj", "compound", "nmod") \
                    or subject.head.i < verb.i or subject.pos_ != "NOUN":
                return
            for mod in [t for t in self.tokens[:subject.i] if t.head.i > verb.i]:
                self._rehang(mod, subject, mod.dep_)  # ("A": the subject's, not the title's)
        if subject.i >= verb.i or obj.i <= verb.i:
            return
        lost = [t for t in self.tokens[subject.i + 1:verb.i] if t.head.i > verb.i]
        preps = [c for c in subject.kids if c.dep_ == "prep" and c.i < verb.i]
        if lost and not (preps and lost[-1].i == verb.i - 1):
            return
        self._rehang(verb, verb, "ROOT")
        verb.tag_ = self.tag[verb.i] = "VBD"
        verb.pos_ = self.pos[verb.i] = "VERB"
        if lost:
            # ("in Minsk": the place the parser gave to the object goes back to "in")
            place = lost[-1]
            self._rehang(place, preps[-1], "pobj")
            for mod in lost[:-1]:
                self._rehang(mod, place, "compound")
        for after in [c for c in subject.kids if c.i > obj.i]:
            self._rehang(after, verb, after.dep_)
        for after in [c for c in obj.kids if c.i > obj.i and c.dep_ in ("punct", "npadvmod")]:
            self._rehang(after, verb, after.dep_)
        self._rehang(subject, verb, "nsubj")
        self._rehang(obj, verb, "dobj")

    def _verb_after_relative(self, root: ViewToken) -> None:
        """"Malaysia, which chairs ASEAN this year, offered to mediate …": after a relative
        clause set off by commas, the parser may read the sentence's past tense as a
        participle of the noun the clause describes, and that noun as the root. A participle
        hung on the root noun right after the comma that closes its relative clause, with no
        subject, agent or passive auxiliary of its own, is the sentence's verb, and the noun
        its subject."""
        if self.heads[root.i] != root.i:
            return  # (an earlier repair made it some verb's argument)
        rel = [c for c in root.kids if c.dep_ == "relcl" and c.i > root.i]
        verb = next((c for c in root.kids if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")
                     and rel and c.i > rel[0].i and self.texts[c.i - 1] == ","), None)
        if verb is None or self.texts[rel[0].i - 1] not in (",", "which", "who", "whose") \
                or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent", "aux")
                       for c in verb.kids):
            return
        self._rehang(verb, verb, "ROOT")
        verb.tag_ = self.tag[verb.i] = "VBD"
        verb.pos_ = self.pos[verb.i] = "VERB"
        for after in [c for c in root.kids if c.i > verb.i]:
            self._rehang(after, verb, after.dep_)
        self._rehang(root, verb, "nsubj")

    def _allied_read_as_verb(self, word: ViewToken) -> None:
        """"The Ethiopian army and allied Amhara militias attacked …": the parser reads
        "allied" after "and" as a verb conjoined to the noun before, with the next noun its
        object. A participle of alliance conjoined to a noun, with no subject of its own and
        its object right after it, is that object's modifier, and the object the conjunct."""
        noun = word.head
        if noun.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.kids):
            return
        obj = next((c for c in word.kids if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                    and c.i > word.i), None)
        if obj is None or any(self.tokens[j].head.i != obj.i
                              for j in range(word.i + 1, obj.i)):
            return
        self._rehang(obj, noun, "conj")
        for rest in [c for c in word.kids if c.i > obj.i]:
            self._rehang(rest, obj, rest.dep_)
        self._rehang(word, obj, "amod")
        word.pos_ = self.pos[word.i] = "ADJ"
        word.tag_ = self.tag[word.i] = "JJ"

    def _participle_before_passive(self, root: ViewToken) -> None:
        """"Serbian troops deployed to the border were ordered back to their barracks",
        "protesters detained in Minsk were released": the parser reads the participle after
        the subject as the past-tense main verb and the passive that follows as an adverbial
        clause. A passive with no subject or marker of its own whose "was"/"were" follows
        the participle's phrase with no comma or "and" between, and agrees in number with
        the noun, is the sentence's verb, the noun its subject, and the participle a clause
        describing that noun. So is an active perfect or progressive so placed ("the ceasefire
        agreed between Israel and Hezbollah in November has largely held", "the truce signed
        in Jeddah was holding")."""
        subj = next((c for c in root.kids if c.dep_ == "nsubj" and c.i < root.i), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") \
                or any(c.dep_ in ("aux", "auxpass", "dobj") for c in root.kids):
            return
        verb = next((c for c in root.kids if c.dep_ in ("advcl", "ccomp")
                     and c.tag_ in ("VBN", "VBG") and c.i > root.i), None)
        if verb is None or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.kids):
            return
        auxes = [c for c in verb.kids if c.dep_ in ("aux", "auxpass")]
        active = verb.tag_ == "VBG" or not any(c.dep_ == "auxpass" for c in auxes)
        if len(auxes) != 1 or auxes[0].lower_ not in (
                _PERFECT_AUX if verb.tag_ == "VBN" and active else ("was", "were")):
            return
        lead = [c for c in verb.kids if c.i < auxes[0].i]
        if any(c.dep_ != "prep" for c in lead) or (lead and not active):
            return  # (a phrase before the auxiliary: the participle's, "agreed [in November]")
        if auxes[0].lower_ != "had" and (auxes[0].lower_ in ("were", "have")) != (
                subj.tag_ in ("NNS", "NNPS")):
            return  # the passive agrees with another subject ("the army prepared … talks were")
        if any(t.text in (",", ";", "(") or (t.lower_ in ("and", "but", "or") and (
                t.head.pos_ in ("VERB", "AUX") or not active))  # ("the army and the RSF")
               for t in self.tokens[root.i + 1:auxes[0].i]):
            return
        if root.dep_ == "ROOT":
            self._rehang(verb, verb, "ROOT")
        else:
            self._rehang(verb, root.head, root.dep_)
        for after in [c for c in root.kids if c.i > verb.i]:
            self._rehang(after, verb, after.dep_)
        for phrase in lead:
            self._rehang(phrase, root, "prep")
        self._rehang(subj, verb, "nsubj" if active else "nsubjpass")
        self._rehang(root, subj, "acl")
        root.tag_ = self.tag[root.i] = "VBN"

    def _subject_after_opening_phrase(self, verb: ViewToken) -> None:
        """"After talks in Abu Dhabi, Russia and Ukraine exchanged prisoners": the parser
        reads the opening preposition as a clause marker, its noun as the verb's subject and
        the real subject after the comma as a conjunct of the phrase's last noun. A marker
        word that has no verb of its own, followed by a subject whose phrase runs past a
        comma into a conjunct, is a preposition; the conjunct after the comma is the
        subject."""
        first = [c for c in verb.kids if (c.i == 0 or self.sent_start[c.i] == 1)
                 and c.lower_ in ("after", "before", "since", "until")]
        subjects = [c for c in verb.kids if c.dep_ in ("nsubj", "nsubjpass")]
        if first and first[0].dep_ == "prep" and not subjects:
            # ("After a meeting in Geneva, Russia and the United States exchanged …": the
            # phrase is read right, the subject after its comma as its last noun's conjunct)
            mark = None
            subj = next((o for o in first[0].kids if o.dep_ == "pobj"), None)
            if subj is None:
                return
        elif first and first[0].dep_ == "mark" and len(subjects) == 1:
            mark, subj = first[0], subjects[0]
        else:
            return
        if subj.pos_ not in ("NOUN", "PROPN") or subj.i > verb.i:
            return
        below, seen = [subj], 0
        while seen < len(below):
            below.extend(below[seen].kids)
            seen += 1
        comma = next((t for t in sorted(below, key=lambda t: t.i) if t.text == ","), None)
        if comma is None:
            return
        real = next((t for t in sorted(below, key=lambda t: t.i) if t.i > comma.i
                     and t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")
                     and t.head.i < comma.i), None)
        if real is None or any(t.pos_ in ("VERB", "AUX") for t in below):
            return
        if mark is not None:
            self._rehang(mark, verb, "prep")
            mark.pos_ = self.pos[mark.i] = "ADP"
            mark.tag_ = self.tag[mark.i] = "IN"
            self._rehang(subj, mark, "pobj")
        self._rehang(comma, verb, "punct")
        self._rehang(real, verb, "nsubj")

    def _coordinated_names(self, verb: ViewToken) -> None:
        """"U.S. President Donald Trump and Russian President Vladimir Putin held a summit",
        "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties": the parser
        tangles a subject that lists titled names or multi-word countries (one name read as
        an apposition of another, a title as a conjunct, a name as the compound of the
        last). A subject before its verb that is a list of names (split at its commas and
        its "and", each part ending in a proper noun, made only of names, titles, articles,
        adjectives and possessives) is one conjunct per part, each headed by its last word;
        a list the parser read right is left alone ("North and South Korea": words sharing
        the last one's name are not a list)."""
        subjects = [c for c in verb.kids if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) != 1 or "and" not in self.lower[self.sentence(verb.i)[0]:verb.i]:
            return  # (a list has an "and" before the verb)
        listed = _name_list(sorted(subjects[0].subtree, key=lambda t: t.i), verb)
        if listed is None:
            return
        parts, joints = listed
        if len(parts) == 2 and len(parts[1]) == 2 and parts[0][-1].head.i == parts[1][-1].i \
                and parts[0][-1].dep_ in ("nmod", "compound") \
                and parts[0][-1].lower_ not in _COMPASS \
                and parts[1][-1].ent_type_ not in ("PERSON", "GPE", "NORP"):
            return  # "the AU Peace and Security Council": one name, read as one
        heads = [p[-1] for p in parts]
        inside = [{t.i for t in p} for p in parts]
        read_right = all(
            [t for t in p if t.head.i not in ids or t.i == t.head.i] == [p[-1]]
            for p, ids in zip(parts, inside, strict=True)) and all(
            h.dep_ == "conj" and h.head.i in {x.i for x in heads} for h in heads[1:])
        if not read_right:
            self._hang_list(verb, parts, joints)

    def _repair_subject(self, verb: ViewToken) -> None:
        """The repairs of a main verb's subject, in order."""
        self._attribution_read_as_apposition(verb)
        self._subject_after_opening_phrase(verb)
        self._pobj_read_as_subject(verb)
        self._coordinated_names(verb)
        self._members_named_in_subject(verb)

    def _members_named_in_subject(self, verb: ViewToken) -> None:
        """"Seven Latin American governments, including Argentina and Peru, rejected the
        result", "Gulf states, among them Qatar and Kuwait, condemned the raid": a plural
        subject of no name, set off by commas, that names its members by name acts through
        them: the named members are the verb's subjects (one conjunct each), the description
        hangs on the verb out of the way."""
        subjects = [c for c in verb.kids if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        if len(subjects) != 1:
            return
        group = subjects[0]
        if group.pos_ != "NOUN" or group.tag_ != "NNS":
            return
        first = None
        for c in group.kids:
            if c.i < group.i:
                continue
            if c.dep_ == "prep" and c.lower_ == "including":
                objs = [o for o in c.kids if o.dep_ == "pobj"]
                member = objs[0] if len(objs) == 1 and objs[0].pos_ == "PROPN" else None
            elif c.dep_ == "appos" and c.pos_ == "PROPN" and any(
                    k.dep_ == "prep" and k.lower_ == "among" and k.i < c.i
                    and any(o.lower_ == "them" for o in k.kids) for k in c.kids):
                member = c
            else:
                continue
            if member is not None and self.texts[min(t.i for t in _subtree(c)) - 1] == ",":
                first = member  # (set off by a comma)
                break
        if first is None:
            return
        self._rehang(first, verb, group.dep_)
        self._rehang(group, verb, "dep")

    def _attribution_read_as_apposition(self, verb: ViewToken) -> None:
        """"The Taliban claimed responsibility for a bombing in Peshawar, a spokesman for the
        group said": the parser reads the teller of a trailing attribution as an apposition of
        the last noun before the comma, hangs the reporting verb under the act as its
        complement and gives it the act's object as subject. A reporting verb so hung after
        the main verb, with a subject inside the main clause and an apposition ending right
        before it after a comma, is the sentence's root: the apposition is its subject, the
        main verb its complement and the misread subject the main verb's object again."""
        act = verb.head
        if verb.dep_ != "ccomp" or verb.lemma_lower not in _ATTRIBUTION_VERBS \
                or act.dep_ != "ROOT" or act.pos_ != "VERB" or act.i >= verb.i:
            return
        subjects = [c for c in verb.kids if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or not act.i < subjects[0].i < verb.i \
                or any(c.dep_ == "dobj" for c in act.kids):
            return
        teller = next((t for t in self.tokens[subjects[0].i:verb.i] if t.dep_ == "appos"
                       and max(x.i for x in _subtree(t)) == verb.i - 1), None)
        if teller is None:
            return
        comma = self.tokens[min(x.i for x in _subtree(teller)) - 1]
        if comma.text != "," or comma.i <= subjects[0].i:
            return
        self._rehang(verb, verb, "ROOT")
        self._rehang(act, verb, "ccomp")
        self._rehang(subjects[0], act, "dobj")
        self._rehang(teller, verb, "nsubj")
        if comma.head.i != verb.i:
            self._rehang(comma, verb, "punct")
        for after in [c for c in act.kids if c.i > verb.i]:
            self._rehang(after, verb, after.dep_)

    def _subject_read_as_conjunct(self, verb: ViewToken) -> None:
        """"Israel launched strikes on Friday and Iran responded with missiles": the parser
        reads the second clause's subject as a conjunct of the object of a preposition before
        it ("Friday and Iran"), leaving the conjoined verb without a subject. A name right
        before a conjoined verb with no subject, hung after "and" as a conjunct of a
        preposition's object, is that verb's subject."""
        if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.kids):
            return
        name = self.tokens[verb.i - 1]
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ not in (
                "GPE", "ORG", "NORP", "PERSON") or name.head.dep_ != "pobj":
            return
        cc = next((c for c in name.head.kids if c.dep_ == "cc" and c.i == name.i - 1), None)
        if cc is None or not any(a.i == verb.head.i for a in name.ancestors):
            return
        self._rehang(cc, verb, "cc")
        self._rehang(name, verb, "nsubj")

    def _main_verb_read_as_content(self, verb: ViewToken) -> None:
        """"Germany said that tests showed Navalny had been poisoned, and demanded an
        explanation from Moscow": the parser hangs a past tense after ", and" on the verb of
        the reported clause before it. A conjoined past tense with no subject of its own,
        after a comma and "and", whose head is a complement clause with a subject of its
        own under the main verb, goes on with the main verb: it is the main subject's act.
        Without the comma when the clause's verb is in the subjunctive ("demanded that China
        release the detainees and condemned their detention": a bare verb, or one tagged as
        a plural present under a singular subject) and the main verb a past tense: a past
        tense (or the parser's past participle for it) cannot be coordinated with it."""
        head = verb.head
        unaided = not any(c.dep_ in ("aux", "auxpass") for c in verb.kids)
        subjects = [c for c in head.kids if c.dep_ == "nsubj"]
        subjunctive = head.head.tag_ == "VBD" and bool(subjects) \
            and not any(c.dep_ in ("aux", "auxpass") for c in head.kids) \
            and (head.tag_ == "VB" or (head.tag_ == "VBP" and subjects[0].tag_ in ("NN", "NNP")
                                       and not any(c.dep_ == "conj" for c in subjects[0].kids)))
        if not (verb.tag_ == "VBD" or (subjunctive and verb.tag_ == "VBN" and unaided)) \
                or verb.i < 2 or head.dep_ != "ccomp" \
                or head.head.dep_ != "ROOT" or self.texts[verb.i - 1] != "and" \
                or (self.texts[verb.i - 2] != "," and not subjunctive) \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.kids) \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.kids) \
                or not any(c.dep_ == "nsubj" for c in head.head.kids):
            return
        main = head.head
        for c in [c for c in head.kids if c.i in (verb.i - 1, verb.i - 2)
                  and c.dep_ in ("cc", "punct")]:
            self._rehang(c, main, c.dep_)
        self._rehang(verb, main, "conj")

    def _infinitive_read_as_main_conjunct(self, verb: ViewToken) -> None:
        """"Russia massed troops, prompting NATO to put forces on standby and send jets": the
        parser hangs a bare verb after "and" on the finite past verb of the clause. A bare
        verb with no subject or auxiliary cannot be coordinated with a past tense; when a
        to-infinitive with no conjunct of its own stands between them, it goes on with that
        infinitive (whose subject it shares)."""
        head = verb.head
        if verb.tag_ != "VB" or head.tag_ != "VBD" or head.i > verb.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.kids) \
                or self.texts[verb.i - 1] != "and":
            return
        between = [t for t in self.tokens[head.i + 1:verb.i - 1]
                   if t.tag_ == "VB" and t.dep_ in ("xcomp", "advcl")
                   and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.kids)
                   and not any(c.dep_ == "conj" for c in t.kids)]
        if not between:
            return
        infinitive = between[-1]
        for c in [c for c in head.kids if c.i == verb.i - 1 and c.dep_ == "cc"]:
            self._rehang(c, infinitive, "cc")
        self._rehang(verb, infinitive, "conj")

    def _status_read_as_verb(self, part: ViewToken) -> None:
        """"threatened to kill deposed President Mohamed Bazoum": the parser reads a
        participle of status (word class ``status_participle``) before a name as a
        complement verb with the name for its object. Right after a verb with no object of
        its own, the name is that verb's object and the participle describes it."""
        head = part.head
        objs = [c for c in part.kids if c.dep_ == "dobj" and c.i > part.i]
        if part.i != head.i + 1 or len(objs) != 1 or head.pos_ != "VERB" \
                or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in head.kids) \
                or any(c.i < part.i for c in part.kids):
            return
        obj = objs[0]
        if obj.pos_ not in ("PROPN", "NOUN"):
            return
        self._rehang(obj, head, "dobj")
        self._rehang(part, obj, "amod")

    def _quote_resumed(self, verb: ViewToken) -> None:
        """"'Sanctions will not break us,' the president said, 'and we will not return to
        talks'": the parser reads a quote resumed after its teller as a second act of the
        teller, conjoined to the reporting verb. A conjoined verb with a subject of its own,
        after a reporting verb (word class attribution_verb) from which a quotation mark
        opening it sets it off, is that verb's content, as the quote's first part is."""
        head = verb.head
        if head.lemma_lower not in _ATTRIBUTION_VERBS or head.i >= verb.i \
                or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.kids):
            return
        start = min(t.i for t in _subtree(verb))
        marks = [t for t in self.tokens[head.i + 1:start] if t.tag_ == "``"
                 or t.text in ('"', "“", "‘", "'")]
        if not marks or any(t.dep_ not in ("punct", "cc") for t in
                            self.tokens[marks[-1].i + 1:start]):
            return
        for c in [c for c in head.kids if c.dep_ == "cc" and marks[-1].i < c.i < start]:
            self._rehang(c, verb, "cc")
        self._rehang(verb, head, "ccomp")

    def _pobj_read_as_subject(self, verb: ViewToken) -> None:
        """"Rebels and forces loyal to President Hadi fought …": the parser leaves the
        preposition inside the subject without its object and reads the name after it as a
        second subject of the verb. A second subject right after a preposition that has no
        object is that preposition's object."""
        subjects = [c for c in verb.kids if c.dep_ == "nsubj" and c.i < verb.i]
        if len(subjects) != 2:
            return
        second = subjects[1]
        start = min(t.i for t in second.subtree)
        prep = self.tokens[start - 1] if start > 0 else None
        if prep is None or prep.dep_ != "prep" or any(
                c.dep_ in ("pobj", "pcomp") for c in prep.kids) \
                or not any(a.i == subjects[0].i for a in prep.ancestors):
            return
        self._rehang(second, prep, "pobj")

    def _hang_list(self, verb: ViewToken, parts: list[list[ViewToken]],
                   joints: list[ViewToken]) -> None:
        """Hang a list of names on ``verb``: the first part's last word its subject, the
        others' its conjuncts, each part's other words on its last one."""
        heads = [p[-1] for p in parts]
        self._rehang(heads[0], verb, "nsubj")
        for head in heads[1:]:
            self._rehang(head, heads[0], "conj")
        for part, head in zip(parts, heads, strict=True):
            for tok in part[:-1]:
                if tok.lower_ in ("'s", "'"):
                    continue
                nxt = self.tokens[tok.i + 1]
                dep = "poss" if nxt.lower_ in ("'s", "'") else "det" if tok.pos_ == "DET" \
                    else "amod" if tok.pos_ == "ADJ" else "punct" if tok.pos_ == "PUNCT" \
                    else "compound"
                self._rehang(tok, head, dep)
                if dep == "poss":
                    self._rehang(nxt, tok, "case")
        for joint in joints:
            before = [h for h in heads if h.i < joint.i]
            self._rehang(joint, before[-1] if before else heads[0],
                         "cc" if joint.lower_ == "and" else "punct")

    def _summary_read_as_object(self, noun: ViewToken) -> None:
        """"Russia annexed Crimea on Tuesday, [a move] condemned by the United States": the
        parser reads a word for an act that sums up the clause after its comma as a second
        object of the verb or an apposition of its object. Such a word, with its article,
        right after a comma that ends the clause, is a modifier of the clause's verb (as
        the parser reads it when it gets it right), not something the verb acts on."""
        if noun.dep_ not in ("dobj", "appos"):
            return
        det = next((c for c in noun.kids if c.dep_ == "det" and c.i < noun.i), None)
        start = min(t.i for t in noun.subtree)
        if det is None or det.lower_ not in ("a", "an", "this") or start == 0 \
                or self.texts[start - 1] != ",":
            return
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        if verb.pos_ != "VERB" or (noun.dep_ == "appos" and noun.head.dep_ != "dobj"):
            return
        comma = self.tokens[start - 1]
        if comma.head.i == noun.head.i:
            self._rehang(comma, verb, "punct")
        self._rehang(noun, verb, "npadvmod")

    def _recipient_before_amount(self, obj: ViewToken) -> None:
        """"Fined Google 4 billion euros", "sent the army 200 trucks": the parser makes the
        two objects one phrase headed by the amount. A noun before the amount's number is
        the verb's first object (the recipient), with its own article and adjectives; a
        name the tagger ran into the amount ("Meta 1.2 billion euros") ends before it."""
        verb = obj.head
        if verb.pos_ != "VERB" or any(c.dep_ == "dative" for c in verb.kids):
            return
        number = next((c for c in obj.kids if c.dep_ == "nummod" and c.pos_ == "NUM"), None)
        if number is None:
            return
        first = min(t.i for t in number.subtree)
        before = [c for c in obj.kids if c.i < first and c.dep_ in ("nmod", "compound", "amod")
                  and c.pos_ in ("NOUN", "PROPN")]
        if len(before) != 1 or any(c.dep_ == "poss" for c in obj.kids):
            return
        recipient = before[0]
        self._rehang(recipient, verb, "dative")
        for det in [c for c in obj.kids if c.i < recipient.i and c.dep_ in ("det", "amod")]:
            self._rehang(det, recipient, det.dep_)
        if self.ent_iob[first] == "I":  # split the entity at the number
            end = recipient.i + 1
            kind = self.ent_type[recipient.i]
            if kind in ("MONEY", "CARDINAL", "QUANTITY"):
                start = end - 1
                while start > 0 and self.ent_iob[start] == "I":
                    start -= 1
                for k in range(start, end):
                    self.ent_iob[k], self.ent_type[k] = "O", ""
                    self.tokens[k].ent_iob_, self.tokens[k].ent_type_ = "O", ""
            self.ent_iob[first] = self.tokens[first].ent_iob_ = "B"

    def _date_read_as_subject(self, verb: ViewToken) -> None:
        """"The state of emergency that had been in force since 2017 was lifted by Egypt": the
        parser reads "since 2017" as a clause whose subject is the year, and the main verb
        after it as that clause's verb, so the sentence's subject noun has no verb. A date
        that is the subject of a marked clause is the object of the marker, which is a
        preposition of the clause before it; the verb is the sentence's, the root noun its
        subject."""
        marks = [c for c in verb.kids if c.dep_ == "mark"
                 and c.lower_ in ("since", "until", "before", "after")]
        dates = [c for c in verb.kids if c.dep_ in ("nsubj", "nsubjpass")
                 and c.ent_type_ in ("DATE", "TIME")]
        root = verb
        while root.head.i != root.i:
            root = root.head
        if not marks or len(dates) != 1 or root.pos_ not in ("NOUN", "PROPN") \
                or not (root.i < marks[0].i < dates[0].i < verb.i) or verb.head.i == root.i:
            return
        mark, date, clause = marks[0], dates[0], verb.head
        self._rehang(verb, verb, "ROOT")
        self._rehang(mark, clause, "prep")
        mark.pos_ = self.pos[mark.i] = "ADP"
        mark.tag_ = self.tag[mark.i] = "IN"
        self._rehang(date, mark, "pobj")
        passive = any(c.dep_ == "auxpass" for c in verb.kids)
        for after in [c for c in root.kids if c.i > verb.i]:
            self._rehang(after, verb, after.dep_)
        self._rehang(root, verb, "nsubjpass" if passive else "nsubj")

    def _object_read_as_subject(self, clause: ViewToken) -> None:
        """"Settlers attacked Palestinian farmers harvesting olives near Nablus": the parser
        reads the object and the participle that describes it as a clause of their own
        ("farmers harvesting olives"), so the verb has no object. A gerund clause with a noun
        subject and no auxiliary or marker, right after a verb with no object of its own (not
        one of perceiving: "saw soldiers shooting"), is that verb's object and its participle."""
        verb = clause.head
        subjects = [c for c in clause.kids if c.dep_ == "nsubj"]
        if verb.i == clause.i or verb.pos_ != "VERB" or len(subjects) != 1 \
                or verb.lemma_lower in _PERCEIVING or subjects[0].pos_ != "NOUN" \
                or any(c.dep_ in ("aux", "auxpass", "mark", "dobj", "ccomp", "nsubjpass")
                       for c in verb.kids if c is not clause) \
                or any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.kids):
            return
        subject = subjects[0]
        first = min([subject.i, *(t.i for t in subject.kids if t.i < subject.i)])
        if first != verb.i + 1 or not subject.i < clause.i:
            return
        self._rehang(clause, subject, "acl")
        self._rehang(subject, verb, "dobj")

    def conjuncts(self, i: int) -> list[Token]:
        """``doc[i].conjuncts``: the tokens coordinated with token ``i``, as spaCy orders them
        (from the first conjunct down the chain of ``conj`` children), without ``i`` itself."""
        found = self._conjuncts.get(i)
        if found is None:
            heads, dep, kid_ids = self.heads, self.dep, self.kid_ids
            start = i
            while heads[start] != start and dep[start] == "conj":
                start = heads[start]
            chain = [start]
            for word in chain:  # grows as it is walked
                chain.extend(k for k in kid_ids[word] if k > word and dep[k] == "conj")
            found = self._conjuncts[i] = [self.tokens[k] for k in chain if k != i]
        return found

    def detach(self) -> None:
        """Make each token's ``head`` spaCy's own Token for it: a token and its head refer
        to each other, and such a cycle is only freed by the garbage collector; without it
        (``kids`` only point down the tree) the tokens go as soon as nothing holds them, and
        one that is still held stays right."""
        doc, vocab = self.doc, self.doc.vocab
        for tok, head in zip(self.tokens, self.heads, strict=True):
            tok.head = Token(vocab, doc, head)
            tok.view = None  # (the view holds its tokens: no cycle either)

    def sentence(self, i: int) -> tuple[int, int]:
        """(start, end) of the sentence that holds token ``i``: ``doc[i].sent``'s bounds
        (where ``sent_start`` is 1), without building spans."""
        found = self._sentences
        if found is None:
            n = len(self.tokens)
            starts = [0] + [k for k in range(1, n) if self.sent_start[k] == 1]
            found = self._sentences = []
            for start, end in zip(starts, [*starts[1:], n], strict=True):
                found.extend([(start, end)] * (end - start))
        return found[i]

    def depth(self, i: int) -> int:
        """How many ancestors token ``i`` has (``len(list(doc[i].ancestors))``)."""
        found = self._depths
        if found is None:
            found = self._depths = [-1] * len(self.heads)  # -1: not known yet
        if found[i] < 0:
            heads = self.heads
            chain = []  # from i up to the first token whose depth is known, or the root
            j = i
            while found[j] < 0 and heads[j] != j:
                chain.append(j)
                j = heads[j]
            if found[j] < 0:
                found[j] = 0  # a root
            for step, k in enumerate(reversed(chain), start=1):
                found[k] = found[j] + step
        return found[i]

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, cut from the Doc's text without building the span."""
        if end <= start:
            return ""
        return self.text[self.idx[start]:self.idx[end - 1] + len(self.texts[end - 1])]


# The view of the Doc being coded, so that finding it again is one identity test rather than
# a dictionary lookup in the Doc's user data (it is asked for on every kids() and lemma()).
_last: tuple[Doc | None, ParseView | None] = (None, None)


def current(doc: Doc) -> ParseView | None:
    """The view of ``doc`` if one is being used (the engine is coding it), else None."""
    last = _last
    if last[0] is doc:
        return last[1]
    return doc.user_data.get(_KEY)


def view(doc: Doc) -> ParseView:
    """The view of ``doc``, built on first use."""
    global _last
    last = _last
    if last[0] is doc:
        return last[1]  # type: ignore[return-value]
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = ParseView(doc)
    _last = (doc, found)
    return found


def kids(token: Token) -> list[Token]:
    """``token.children``, in order, built once per Doc."""
    try:
        return token.kids  # type: ignore[attr-defined]
    except AttributeError:  # a Token spaCy built (``doc[i]``, ``span.root``), not the view's
        return view(token.doc).children[token.i]


def lemma(token: Token) -> str:
    """``token.lemma_.lower()``, computed once per Doc."""
    try:
        return token.lemma_lower  # type: ignore[attr-defined]
    except AttributeError:  # a Token spaCy built, not the view's
        return view(token.doc).lemmas[token.i]


def conjuncts(token: Token) -> list[Token]:
    """``token.conjuncts`` (a list, not a tuple), built once per token and Doc."""
    return view_of(token).conjuncts(token.i)


def tokens_of(span) -> list[ViewToken]:
    """The tokens of a sentence (or any span), built once per Doc."""
    return view(span.doc).tokens[span.start:span.end]


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (for 0 <= start, end <= len(doc))."""
    return view(doc).span_text(start, end)


def release(doc: Doc) -> None:
    """Forget the view of ``doc`` (the engine is done with it)."""
    global _last
    if _last[0] is doc:
        _last = (None, None)
    found = doc.user_data.pop(_KEY, None)
    if found is not None:
        found.detach()
