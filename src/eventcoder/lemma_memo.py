"""The model's rule lemmatizer, each answer remembered by word, part of speech and morphology.

``en_core_web_sm`` ends its tagging with spaCy's rule lemmatizer. Its answer for a token
depends on the token's word, part of speech and morphological features alone (the rules, the
exceptions and the index are the model's fixed tables), yet spaCy
asks for it token by token: a Token object, a morphology object and a list built for every
word. On the benchmark's 30,000 words of generated text and wire stories that loop took
0.09 s; the remembering loop takes 0.01 s.

:func:`remember_lemmas` keeps the model's lemmatizer and its tables; only the loop changes.
The words, tags and morphology of a whole Doc are read as one array; the lemma of each
(word, part of speech, morphology) is asked of the model's own lemmatizer once, then
remembered; the lemmas are written back as one array. A token that already has a lemma (the
attribute ruler sets some) keeps it, as spaCy's ``Lemmatizer.__call__`` does unless the
component overwrites. The parse is the same token for token (``tests/test_lemma_memo.py``
compares the two on text of every kind). A lemmatizer in another mode, or one whose class
changes how it is called, is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["RememberingLemmatizer", "remember_lemmas", "shipped_lemmatizer"]

# remembered lemmas kept at most (one per distinct word, part of speech and morphology)
_MEMO_SIZE = 200_000


class RememberingLemmatizer:
    """Mixed into the model's lemmatizer class: ``__call__`` with the remembered answers."""

    _memo: dict[tuple[int, int, int], int]

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        try:
            return self._lemmatized(doc)
        except Exception as exc:  # (as spaCy's own __call__ reports a failure)
            self.get_error_handler()(self.name, self, [doc], exc)
            return doc

    def _lemmatized(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = columns[:, 3].copy()
        memo = self._memo
        add = self.vocab.strings.add
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if lemma and not self.overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                if len(memo) >= _MEMO_SIZE:
                    memo.clear()
                found = memo[key] = add(self.lemmatize(doc[i])[0])
            if found != lemma:
                lemmas[i] = found
                changed = True
        if changed:
            doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc


def remember_lemmas(nlp: Any) -> bool:
    """Give the pipeline's rule lemmatizer the remembering loop. Returns whether it was done: a
    pipeline without one, or with a lemmatizer in another mode or of a class with its own
    ``__call__``, keeps spaCy's loop."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    shipped = type(lemmatizer)
    if isinstance(lemmatizer, RememberingLemmatizer):
        return True
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule" \
            or shipped.__call__ is not Lemmatizer.__call__:
        return False
    lemmatizer._memo = {}
    # (a class of its own per shipped class: ``__call__`` is looked up on the class)
    lemmatizer.__class__ = type(f"Remembering{shipped.__name__}",
                                (RememberingLemmatizer, shipped), {"_shipped": shipped})
    return True


@contextmanager
def shipped_lemmatizer(nlp: Any) -> Iterator[Any]:
    """The pipeline with spaCy's own lemmatizer loop, as the model ships it (what ``eventcoder
    bench`` calls the bare parse); the remembering loop again afterwards."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    remembering = isinstance(lemmatizer, RememberingLemmatizer)
    if remembering:
        remembering_class = type(lemmatizer)
        lemmatizer.__class__ = remembering_class._shipped
    try:
        yield nlp
    finally:
        if remembering:
            lemmatizer.__class__ = remembering_class
