"""The remembered lemmas are exactly spaCy's rule lemmatizer's, token for token.

:mod:`eventcoder.lemma_memo` changes only the loop of the model's lemmatizer: one array in, the
answer of each (word, part of speech, morphology) asked of the model's own lemmatizer once, one
array out. Here the whole parse with the remembering loop must equal the parse with spaCy's own
loop on text of every kind, and the rules of ``Lemmatizer.__call__`` (a lemma already set is
kept unless the component overwrites) must hold.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc
from tests.conftest import SAMPLES

from eventcoder import lemma_memo
from eventcoder.bench_corpus import generate_corpus, wire_stories
from eventcoder.lemma_memo import RememberingLemmatizer, remember_lemmas, shipped_lemmatizer

# Our own writing, for the lemmatizer's harder cases: irregular verbs and plurals, comparatives,
# contractions, capitals, numbers and hyphens, words the tables do not know, empty text.
ODD_TEXT = [
    "The mice were seized; geese flew; the children had been hidden by their mothers.",
    "She's better than they'd thought, and the worst is over: we're leaving, aren't we?",
    "THE JUNTA HAS SEIZED POWER. The Juntas seized powers, seizing more.",
    "Zorblats flimbered the quexes in 2024-25, at 3.5% and 1,200 tonnes of well-known aid.",
    "Ran, run, running; lay, lain, lying; went, gone, going; bore, borne, bearing.",
    "\t  \n",
    "",
    "U.N.-backed forces re-took Goma's outskirts; the M23's fighters withdrew.",
]


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    texts += [story for _, _, story in wire_stories()]
    texts += [a.text for a in generate_corpus(3000)]
    return texts + ODD_TEXT


def _parse(nlp, texts: list[str]) -> list[list[tuple]]:
    return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_)
             for t in doc] for doc in nlp.pipe(texts)]


def test_the_pipeline_remembers_its_lemmas(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), RememberingLemmatizer)


def test_the_whole_parse_is_the_same_with_the_memo_and_with_spacys_loop(nlp):
    texts = _texts()
    remembered = _parse(nlp, texts)
    again = _parse(nlp, texts)  # (now from the memo for nearly every word)
    with shipped_lemmatizer(nlp):
        assert not isinstance(nlp.get_pipe("lemmatizer"), RememberingLemmatizer)
        shipped = _parse(nlp, texts)
    assert remembered == shipped
    assert again == shipped
    assert isinstance(nlp.get_pipe("lemmatizer"), RememberingLemmatizer)
    assert sum(len(doc) for doc in shipped) > 5000


def test_one_doc_called_directly_gets_the_same_lemmas(nlp):
    text = ODD_TEXT[0] + " " + ODD_TEXT[4]
    remembered = [t.lemma_ for t in nlp(text)]
    with shipped_lemmatizer(nlp):
        shipped = [t.lemma_ for t in nlp(text)]
    assert remembered == shipped
    assert remembered[:4] == ["the", "mouse", "be", "seize"]


def test_a_memo_that_fills_up_starts_again_with_the_same_answers(nlp, monkeypatch):
    monkeypatch.setattr(lemma_memo, "_MEMO_SIZE", 5)
    nlp.get_pipe("lemmatizer")._memo.clear()
    with shipped_lemmatizer(nlp):
        shipped = _parse(nlp, ODD_TEXT)
    assert _parse(nlp, ODD_TEXT) == shipped
    assert 0 < len(nlp.get_pipe("lemmatizer")._memo) <= 5


def _rule_lemmatizer(nlp, overwrite: bool):
    """A bare rule lemmatizer with the model's own tables."""
    blank = spacy.blank("en")
    lemmatizer = blank.add_pipe("lemmatizer", config={"mode": "rule", "overwrite": overwrite})
    lemmatizer.lookups = nlp.get_pipe("lemmatizer").lookups
    return blank, lemmatizer


@pytest.mark.parametrize("overwrite", [False, True])
def test_a_lemma_already_set_is_kept_unless_the_component_overwrites(nlp, overwrite):
    blank, lemmatizer = _rule_lemmatizer(nlp, overwrite)
    words = ["Rebels", "seized", "the", "towns"]
    pos = ["NOUN", "VERB", "DET", "NOUN"]
    preset = ["rebel-set", "", "", "town-set"]

    def lemmas() -> list[str]:
        doc = Doc(blank.vocab, words=words, pos=pos, lemmas=preset)
        return [t.lemma_ for t in lemmatizer(doc)]

    shipped = lemmas()
    assert remember_lemmas(blank) is True
    assert isinstance(lemmatizer, RememberingLemmatizer)
    assert lemmas() == shipped
    expected = ["rebel", "seize", "the", "town"] if overwrite else \
        ["rebel-set", "seize", "the", "town-set"]
    assert shipped == expected
    with shipped_lemmatizer(blank):
        assert lemmas() == shipped


def test_a_lemmatizer_in_another_mode_or_none_at_all_keeps_spacys_loop():
    blank = spacy.blank("en")
    lookup = blank.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert remember_lemmas(blank) is False
    assert not isinstance(lookup, RememberingLemmatizer)
    assert remember_lemmas(spacy.blank("en")) is False
