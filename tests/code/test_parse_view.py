"""The parse view's tokens read exactly what spaCy's own Tokens read (eventcoder.code._parse)."""

from __future__ import annotations

from eventcoder.code._parse import ViewToken, kids, lemma, release, view, view_of

TEXT = ("Russian troops shelled Kharkiv on Friday, the Ukrainian army said. "
        "Pakistan's foreign ministry summoned the US envoy to protest the strikes.")
ATTRS = ("text", "lower_", "lemma_", "pos_", "dep_", "tag_", "ent_type_", "ent_iob_", "idx", "i")


def test_view_tokens_are_the_docs_tokens(nlp):
    doc = nlp(TEXT)
    v = view(doc)
    assert len(v.tokens) == len(doc)
    for tok, plain in zip(v.tokens, doc, strict=True):
        assert isinstance(tok, ViewToken)
        assert tok == plain and hash(tok) == hash(plain)
        for attr in ATTRS:
            assert getattr(tok, attr) == getattr(plain, attr), (tok, attr)
        assert tok.head == plain.head and tok.head.i == plain.head.i
        assert [c.i for c in tok.children] == [c.i for c in plain.children]
        assert [a.i for a in tok.ancestors] == [a.i for a in plain.ancestors]
        assert [s.i for s in tok.subtree] == [s.i for s in plain.subtree]
        assert kids(tok) == list(plain.children) and lemma(tok) == plain.lemma_.lower()
        assert kids(plain) == kids(tok) and lemma(plain) == lemma(tok)  # spaCy's own Token too


def test_released_view_tokens_stay_right(nlp):
    doc = nlp(TEXT)
    tokens = list(view(doc).tokens)
    release(doc)
    for tok, plain in zip(tokens, doc, strict=True):
        assert tok.head == plain.head and type(tok.head) is type(plain.head)
        assert [c.i for c in tok.children] == [c.i for c in plain.children]
        assert [a.i for a in tok.ancestors] == [a.i for a in plain.ancestors]


def test_view_reads_sentences_depths_and_text_as_spacy_does(nlp):
    doc = nlp(TEXT + " Talks resumed.\n\nKenya  agreed.")
    v = view(doc)
    assert v.text == doc.text
    for tok in doc:
        assert v.sentence(tok.i) == (tok.sent.start, tok.sent.end)
        assert v.depth(tok.i) == len(list(tok.ancestors))
    assert v.span_text(1, 4) == doc[1:4].text
    release(doc)


def test_a_token_finds_its_view_and_a_released_one_a_fresh_one(nlp):
    doc = nlp(TEXT)
    v = view(doc)
    assert all(view_of(tok) is v for tok in v.tokens)
    assert view_of(doc[3]) is v  # spaCy's own Token: the view of its Doc
    assert v.per_token["helper"] == [None] * len(doc)  # one memo slot per token
    held = v.tokens[3]
    release(doc)
    fresh = view_of(held)
    assert fresh is not v and fresh.doc is doc and fresh.tokens[3] == held
    release(doc)
