"""The attribute rules found through an index are exactly spaCy's Matcher's matches (#15).

:mod:`eventcoder.attribute_rules` replaces only how the model's attribute ruler finds its
rules. Here the index and spaCy's own ``AttributeRuler.match`` run on the same parsed text of
every kind, and must return the same matches in the same order; the whole parse with the index
must equal the parse with the Matcher, attribute for attribute.
"""

from __future__ import annotations

import pytest
from spacy.pipeline import AttributeRuler
from tests.conftest import SAMPLES

from eventcoder.attribute_rules import IndexedRules, index_attribute_rules, shipped_matcher
from eventcoder.bench_corpus import generate_corpus, wire_stories

# Our own writing, for the rules that plain news rarely meets: contractions, colloquial
# spellings, "there is", pronouns as objects, auxiliaries as main verbs, whitespace tokens.
ODD_TEXT = [
    "Y'all gon na see it, the minister said, and we ai n't done yet.",
    "Let's c'm on back to the table, he told them; nothin' was agreed.",
    "There are  two ways out, and there's no third.\n\n  The talks did it again.",
    "They gave it to me and I gave it back to you before you had it checked.",
    "Isn't that what they've wanted? I'd say it is, whether or not you'd agree.",
    "This is the one that those officials chose; which is theirs?",
    "\t  \n",
    "",
    "Gets out. Got in. The rebels got ta leave by Friday.",
]


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    texts += [story for _, _, story in wire_stories()]
    texts += [a.text for a in generate_corpus(3000)]
    return texts + ODD_TEXT


@pytest.fixture(scope="module")
def before_the_ruler(nlp):
    """Each text parsed up to the attribute ruler (its input)."""
    later = [name for name in ("attribute_ruler", "lemmatizer", "ner", "eventcoder")
             if name in nlp.pipe_names]
    with nlp.select_pipes(disable=later):
        return list(nlp.pipe(_texts()))


def test_the_pipeline_finds_the_rules_through_the_index(nlp):
    assert isinstance(vars(nlp.get_pipe("attribute_ruler")).get("match"), IndexedRules)


def test_the_index_finds_exactly_the_matchers_matches_in_its_order(nlp, before_the_ruler):
    ruler = nlp.get_pipe("attribute_ruler")
    index = IndexedRules(ruler)
    found = 0
    for doc in before_the_ruler:
        expected = AttributeRuler.match(ruler, doc)  # spaCy's own method, its Matcher
        assert index(doc) == expected, doc.text[:80]
        assert index(doc) == expected, "the memoised answers differ: " + doc.text[:80]
        found += len(expected)
    assert found > 1000  # (the texts do meet the rules)


def test_rules_of_two_tokens_and_rules_tried_everywhere_are_matched(nlp, before_the_ruler):
    ruler = nlp.get_pipe("attribute_ruler")
    index = IndexedRules(ruler)
    lengths = {end - start for doc in before_the_ruler for _, _, start, end in index(doc)}
    assert lengths == {1, 2}
    assert index.everywhere  # (the model has rules that name no tag or word first)


def test_the_whole_parse_is_the_same_with_the_index_and_with_the_matcher(nlp):
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    texts += ODD_TEXT

    def parse():
        return [[(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_)
                 for t in doc] for doc in nlp.pipe(texts)]

    indexed = parse()
    with shipped_matcher(nlp):
        assert "match" not in vars(nlp.get_pipe("attribute_ruler"))
        shipped = parse()
    assert indexed == shipped
    assert isinstance(vars(nlp.get_pipe("attribute_ruler")).get("match"), IndexedRules)


def test_a_ruler_with_rules_the_index_does_not_read_keeps_the_matcher():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "+"}]], {"TAG": "X"})
    assert index_attribute_rules(nlp) is False
    assert "match" not in vars(ruler)
    assert index_attribute_rules(spacy.blank("en")) is False  # no ruler at all


def test_a_ruler_the_index_reads_is_indexed_and_applied():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["junta", "regime"]}}]], {"POS": "NOUN", "LEMMA": "ruler"})
    ruler.add([[{"LOWER": "junta"}]], {"LEMMA": "junta"})  # a later rule wins
    ruler.add([[{"ORTH": "Mali"}, {"LOWER": {"REGEX": "^'s$"}}]], {"POS": "PROPN"})
    assert index_attribute_rules(nlp) is True
    doc = nlp("The junta of Mali's north and the regime")
    assert [(t.text, t.pos_, t.lemma_) for t in doc if t.pos_] == [
        ("junta", "NOUN", "junta"), ("Mali", "PROPN", ""), ("regime", "NOUN", "ruler")]
