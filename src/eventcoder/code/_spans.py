"""Small helpers over spaCy spans, shared by the coding modules.

``Doc.ents`` builds a new tuple of Span objects on every access; the coder asks about
entities thousands of times per article, so these helpers read the token's own IOB tags or a
list cached once per document instead.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventcoder.code._parse import current

__all__ = ["doc_entities", "entity_span"]

_CACHE_KEY = "eventcoder.ents"


def entity_text(tok: Token) -> str:
    """The text of the named entity that holds ``tok``, else of the proper name it ends
    (the tagger missed "Mocimboa da Praia": its last word alone would be Cabo Verde's
    capital), else the token's own text."""
    span = entity_span(tok)
    if span is not None:
        return span.text
    if tok.pos_ == "PROPN":
        start = tok.i
        for child in reversed(list(tok.lefts)):
            if child.i != start - 1 or child.pos_ != "PROPN" or child.dep_ not in ("compound", "flat"):
                break
            start = child.i
        if start < tok.i:
            return tok.doc[start:tok.i + 1].text
    return tok.text


def entity_span(tok: Token) -> Span | None:
    """The named entity that contains ``tok``, or None (found from the IOB tags)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    v = current(doc)
    if v is not None:  # the IOB tags as the engine's view read them; one Span per token
        key = ("entity_span", tok.i)
        found = v.memo.get(key)
        if found is None:
            iob = v.ent_iob
            start = tok.i
            while start > 0 and iob[start] == "I":
                start -= 1
            end = tok.i + 1
            while end < len(iob) and iob[end] == "I":
                end += 1
            found = v.memo[key] = Span(doc, start, end, label=tok.ent_type_)
        return found  # type: ignore[return-value]
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=tok.ent_type_)


def doc_entities(doc: Doc) -> list[Span]:
    """``doc.ents`` computed once per document."""
    ents = doc.user_data.get(_CACHE_KEY)
    if ents is None:
        ents = list(doc.ents)
        doc.user_data[_CACHE_KEY] = ents
    return ents
