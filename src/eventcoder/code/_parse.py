"""A read-only view of a parsed Doc that the coding rules walk many times over.

spaCy builds a new Python ``Token`` each time one is reached (``doc[i]``, ``token.children``,
``token.head``), and each string attribute (``token.pos_``, ``token.dep_`` …) is a new lookup in
the string store; the rules reach the same few tokens again and again (every predicate's
subjects, objects, prepositions …). The view builds each token, its children and the string
attributes the rules read most once per Doc, as plain lists indexed by token position;
:func:`kids`, :func:`lemma` and :func:`view` read them. It lives in ``doc.user_data`` while the
engine codes the Doc and is removed when it is done (:func:`release`), so a Doc never carries
it further.
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

__all__ = ["ParseView", "conjuncts", "kids", "lemma", "release", "span_text", "tokens_of",
           "view"]

_KEY = "eventcoder.parse_view"


class ParseView:
    """Per-token lists of one Doc: ``tokens[i]`` is ``doc[i]``, ``pos[i]`` its ``pos_`` …"""

    __slots__ = ("_conjuncts", "children", "dep", "doc", "ent_iob", "ent_type", "heads", "idx",
                 "kid_ids", "lemmas", "lower", "memo", "pos", "tag", "text", "texts", "tokens")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = tokens = list(doc)
        self.children: list[list[Token]] = [[] for _ in tokens]
        self.kid_ids: list[list[int]] = [[] for _ in tokens]  # the children's indexes
        # HEAD is each token's offset to its head, stored unsigned: one array, not n tokens
        offsets = doc.to_array(HEAD).astype("int64").tolist() if tokens else []
        self.heads = heads = [i + offset for i, offset in enumerate(offsets)]
        for i, head in enumerate(heads):
            if head != i:
                self.children[head].append(tokens[i])
                self.kid_ids[head].append(i)
        self.lemmas = [tok.lemma_.lower() for tok in tokens]
        self.texts = [tok.text for tok in tokens]
        self.lower = [tok.lower_ for tok in tokens]
        self.pos = [tok.pos_ for tok in tokens]
        self.dep = [tok.dep_ for tok in tokens]
        self.tag = [tok.tag_ for tok in tokens]
        self.ent_type = [tok.ent_type_ for tok in tokens]
        self.ent_iob = [tok.ent_iob_ for tok in tokens]
        self.idx = [tok.idx for tok in tokens]
        self.text = doc.text
        self._conjuncts: dict[int, list[Token]] = {}
        #: what the rules' own helpers computed from the parse alone, by (helper, token index)
        self.memo: dict[tuple[str, int], object] = {}

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

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``, cut from the Doc's text without building the span."""
        if end <= start:
            return ""
        return self.text[self.idx[start]:self.idx[end - 1] + len(self.texts[end - 1])]


# The view of the Doc being coded, so that finding it again is one identity test rather than
# a dictionary lookup in the Doc's user data (it is asked for on every kids() and lemma()).
_last: tuple[Doc | None, ParseView | None] = (None, None)


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
    doc, found = _last
    if doc is not token.doc:
        found = view(token.doc)
    return found.children[token.i]  # type: ignore[union-attr]


def lemma(token: Token) -> str:
    """``token.lemma_.lower()``, computed once per Doc."""
    doc, found = _last
    if doc is not token.doc:
        found = view(token.doc)
    return found.lemmas[token.i]  # type: ignore[union-attr]


def conjuncts(token: Token) -> list[Token]:
    """``token.conjuncts`` (a list, not a tuple), built once per token and Doc."""
    return view(token.doc).conjuncts(token.i)


def tokens_of(span) -> list[Token]:
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
    doc.user_data.pop(_KEY, None)
