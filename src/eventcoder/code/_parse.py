"""A read-only view of a parsed Doc that the coding rules walk many times over.

spaCy builds a new Python ``Token`` each time one is reached (``doc[i]``, ``token.children``,
``token.head``), and the rules reach the same few tokens again and again (every predicate's
subjects, objects, prepositions …). The view builds each token's children and lower-case lemma
once per Doc; :func:`kids` and :func:`lemma` read them. It lives in ``doc.user_data`` while the
engine codes the Doc and is removed when it is done (:func:`release`), so a Doc never carries
it further.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

__all__ = ["kids", "lemma", "release", "tokens_of"]

_KEY = "eventcoder.parse_view"


class _View:
    __slots__ = ("children", "lemmas", "tokens")

    def __init__(self, doc: Doc) -> None:
        self.tokens = tokens = list(doc)
        self.children: list[list[Token]] = [[] for _ in tokens]
        for tok in tokens:
            head = tok.head.i
            if head != tok.i:
                self.children[head].append(tok)
        self.lemmas = [tok.lemma_.lower() for tok in tokens]


def _view(doc: Doc) -> _View:
    found = doc.user_data.get(_KEY)
    if found is None:
        found = doc.user_data[_KEY] = _View(doc)
    return found


def kids(token: Token) -> list[Token]:
    """``token.children``, in order, built once per Doc."""
    return _view(token.doc).children[token.i]


def lemma(token: Token) -> str:
    """``token.lemma_.lower()``, computed once per Doc."""
    return _view(token.doc).lemmas[token.i]


def tokens_of(span) -> list[Token]:
    """The tokens of a sentence (or any span), built once per Doc."""
    return _view(span.doc).tokens[span.start:span.end]


def release(doc: Doc) -> None:
    """Forget the view of ``doc`` (the engine is done with it)."""
    doc.user_data.pop(_KEY, None)
