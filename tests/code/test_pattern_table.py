"""The pattern, frame and derivation tables (data/patterns/*.tsv, frames.tsv, derivations.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder.code.patterns import (
    DERIVATION_COLUMNS,
    FRAME_COLUMNS,
    FRAMES,
    MODALITIES,
    PATTERN_COLUMNS,
    PatternTable,
    default_patterns,
)
from eventcoder.errors import DataTableError
from eventcoder.ontology import default_ontology


@pytest.fixture(scope="session")
def table() -> PatternTable:
    return default_patterns()


# (the ``nlp`` fixture is the product's pipeline, tests/conftest.py: its tokenizer keeps the
# hyphenated verbs of data/whole_words.tsv whole, as the coder reads them)


# -- the bundled tables ----------------------------------------------------------------------


def test_default_is_cached(table: PatternTable) -> None:
    assert default_patterns() is table


def test_breadth(table: PatternTable) -> None:
    assert len(table) >= 2000
    assert len(table.lemmas("verb")) >= 500
    assert len(table.lemmas("noun")) >= 250


def test_every_cameo_code_is_reachable(table: PatternTable) -> None:
    onto = default_ontology()
    missing = [c for c in onto.event_codes() if c not in table.codes()]
    assert missing == []


def test_one_file_per_root() -> None:
    import importlib.resources

    d = importlib.resources.files("eventcoder") / "data" / "patterns"
    names = sorted(f.name for f in d.iterdir() if f.name.endswith(".tsv"))
    assert names == [f"{n:02d}.tsv" for n in range(1, 21)]


def test_rows_sit_in_their_root_file(table: PatternTable) -> None:
    for p in table:
        assert p.source.startswith(f"patterns/{p.code[:2]}.tsv:"), p


def test_examples_contain_the_lemma(table: PatternTable, nlp) -> None:
    """Each example, parsed by the real model, has a token whose lemma is the row's lemma."""
    rows = list(table)
    bad = []
    for p, doc in zip(rows, nlp.pipe([p.example for p in rows], batch_size=256), strict=True):
        if p.lemma not in {t.lemma_.lower() for t in doc}:
            bad.append(f"{p.source}: {p.lemma!r} not in {p.example!r}")
    assert bad == [], "\n".join(bad[:30])


def test_frame_examples_contain_the_lemma(table: PatternTable, nlp) -> None:
    import importlib.resources

    text = (importlib.resources.files("eventcoder") / "data" / "frames.tsv").read_text("utf-8")
    bad = []
    for line in text.splitlines()[1:]:
        lemma, _frame, _modality, example = line.split("\t")
        verb, _, particle = lemma.partition("_")  # "rule_out": the verb and its particle
        doc = nlp(example)
        if verb not in {t.lemma_.lower() for t in doc} or (
                particle and not any(t.dep_ == "prt" and t.lower_ == particle
                                     and t.head.lemma_.lower() == verb for t in doc)):
            bad.append(f"{lemma}: {example}")
    assert bad == []


def test_frames(table: PatternTable) -> None:
    cases = {
        "vow": ("intend", "intent"),
        "urge": ("appeal", "appeal"),
        "demand": ("demand", "demand"),
        "refuse": ("reject", "refusal"),
        "threaten": ("threaten", "threat"),
        "hold": ("light", "asserted"),
        "lodge": ("light", "asserted"),
        "say": ("report", "report"),
        "deny": ("deny", "report"),
        "expect": ("intend", "future"),
    }
    for lemma, (frame, modality) in cases.items():
        f = table.frame(lemma)
        assert f is not None, lemma
        assert (f.frame, f.modality) == (frame, modality), lemma
    assert table.frame("shell") is None
    assert all(f.frame in FRAMES and f.modality in MODALITIES for f in table.frames())


def test_light_verb_nouns_exist(table: PatternTable) -> None:
    """The event nouns that light verbs carry are noun rows."""
    nouns = table.lemmas("noun")
    for n in (
        "visit",
        "talk",
        "demarche",
        "protest",
        "ceasefire",
        "airstrike",
        "offensive",
        "complaint",
        "lawsuit",
        "strike",
        "hostage",
        "curfew",
        "sanction",
        "condolence",
    ):
        assert n in nouns, n


@pytest.mark.parametrize(
    ("kind", "lemma", "kw", "code"),
    [
        ("verb", "impose", {"objects": {"sanction"}, "preps": {"on"}}, "163"),
        ("verb", "impose", {"objects": {"curfew"}}, "1723"),
        ("verb", "sign", {"objects": {"agreement"}}, "057"),
        ("verb", "criticize", {}, "111"),
        ("verb", "accuse", {}, "112"),
        ("verb", "accuse", {"objects": {"espionage"}, "preps": {"of"}}, "1125"),
        ("verb", "complain", {"preps": {"to"}}, "114"),
        ("verb", "visit", {}, "042"),
        ("verb", "host", {}, "043"),
        ("verb", "mediate", {}, "045"),
        ("verb", "negotiate", {}, "046"),
        ("verb", "call", {"particle": "off", "objects": {"talk"}}, "164"),
        ("verb", "call", {"particle": "off", "objects": {"strike"}}, "082"),
        ("verb", "call", {"preps": {"for"}, "objects": {"ceasefire"}}, "0256"),
        ("verb", "demand", {"objects": {"release"}}, "1053"),
        ("verb", "threaten", {"objects": {"sanction"}}, "1312"),
        ("verb", "shell", {}, "194"),
        ("verb", "release", {"objects": {"hostage"}}, "0841"),
        ("noun", "talk", {}, "046"),
        ("noun", "visit", {}, "042"),
        ("noun", "demarche", {}, "114"),
        ("noun", "ceasefire", {}, "0871"),
        ("noun", "airstrike", {}, "195"),
        ("noun", "strike", {"objects": {"drone"}}, "1952"),
        ("noun", "strike", {"objects": {"hunger"}}, "142"),
        ("noun", "bombing", {"objects": {"suicide"}}, "1831"),
    ],
)
def test_bundled_matches(table: PatternTable, kind, lemma, kw, code) -> None:
    p = table.match(kind, lemma, **kw)
    assert p is not None and p.code == code, (p, code)


def test_no_match(table: PatternTable) -> None:
    assert table.match("verb", "photosynthesize") is None
    assert table.match("noun", "visit", particle="up") is not None  # unknown constraints ignored
    assert table.match("verb", "impose", objects={"tax"}).code == "172"


# -- matching semantics on a small table ---------------------------------------------------

CAMEO_HEADER = "\t".join(PATTERN_COLUMNS)


def _table(tmp_path: Path, rows: list[str], frames=None, derivations=None) -> PatternTable:
    (tmp_path / "patterns").mkdir(exist_ok=True)
    body = "\n".join([CAMEO_HEADER, *rows]) + "\n"
    (tmp_path / "patterns" / "01.tsv").write_text(body, encoding="utf-8")
    if frames is not None:
        text = "\n".join(["\t".join(FRAME_COLUMNS), *frames]) + "\n"
        (tmp_path / "frames.tsv").write_text(text, encoding="utf-8")
    if derivations is not None:
        text = "\n".join(["\t".join(DERIVATION_COLUMNS), *derivations]) + "\n"
        (tmp_path / "derivations.tsv").write_text(text, encoding="utf-8")
    return PatternTable.load(tmp_path)


SMALL = [
    "010\tverb\tcall\t-\t-\t-\tThey called the office.",  # 0 constraints
    "020\tverb\tcall\t-\t-\tfor\tThey called for help.",  # 1
    "0256\tverb\tcall\t-\tceasefire|truce\tfor\tThey called for a truce.",  # 2
    "041\tverb\tcall\t-\tleader\t-\tThey called the leader.",  # 1, after the prep row
    "164\tverb\tcall\toff\ttalk\t-\tThey called off the talks.",  # 2
    "082\tverb\tcall\toff\t-\t-\tThey called it off.",  # 1
    "046\tnoun\ttalk\t-\t-\t-\tThe talks went on.",
]


@pytest.mark.parametrize(
    ("kind", "lemma", "kw", "code", "specificity"),
    [
        ("verb", "call", {}, "010", 0),
        ("verb", "call", {"preps": {"for"}}, "020", 1),
        ("verb", "call", {"preps": {"for", "in"}, "objects": {"truce"}}, "0256", 2),
        ("verb", "call", {"preps": {"to"}, "objects": {"truce"}}, "010", 0),
        # two rows of specificity 1 match: the earlier row in the file wins
        ("verb", "call", {"preps": {"for"}, "objects": {"leader"}}, "020", 1),
        ("verb", "call", {"objects": {"leader"}}, "041", 1),
        ("verb", "call", {"particle": "off", "objects": {"talk", "plan"}}, "164", 2),
        ("verb", "call", {"particle": "off", "objects": {"strike"}}, "082", 1),
        ("verb", "call", {"particle": "up"}, "010", 0),
        ("noun", "talk", {}, "046", 0),
        ("noun", "call", {}, None, None),
        ("verb", "talk", {}, None, None),
    ],
)
def test_specificity_and_ties(tmp_path, kind, lemma, kw, code, specificity) -> None:
    t = _table(tmp_path, SMALL)
    p = t.match(kind, lemma, **kw)
    if code is None:
        assert p is None
    else:
        assert p is not None and (p.code, p.specificity) == (code, specificity)


def test_pattern_fields(tmp_path) -> None:
    t = _table(tmp_path, SMALL)
    p = t.match("verb", "call", preps={"for"}, objects={"ceasefire"})
    assert p.objects == frozenset({"ceasefire", "truce"})
    assert p.prep == "for" and p.particle is None
    assert p.source == "patterns/01.tsv:4"
    assert len(t) == 7
    assert t.lemmas("verb") == frozenset({"call"})
    assert t.lemmas("noun") == frozenset({"talk"})
    assert [c.code for c in t.candidates("verb", "call")][:2] == ["0256", "164"]


def test_frames_and_derivations_optional(tmp_path) -> None:
    t = _table(tmp_path, SMALL)
    assert t.frame("vow") is None
    assert t.derive("intend", "046") is None


DERIV = [
    "threaten\t*\t130\tx",
    "threaten\t16\t131\tx",
    "threaten\t163\t1312\tx",
    "threaten\t19\t138\tx",
    "threaten\t1951\t1384\tx",
    "intend\t04\t036\tx",
]


@pytest.mark.parametrize(
    ("frame", "embedded", "code"),
    [
        ("threaten", "163", "1312"),  # exact
        ("threaten", "1621", "131"),  # longest prefix: 16
        ("threaten", "195", "138"),  # 19; 1951 is longer than the code itself
        ("threaten", "1951", "1384"),
        ("threaten", "042", "130"),  # fallback
        ("threaten", "*", "130"),
        ("intend", "046", "036"),
        ("intend", "190", None),  # no fallback for intend in this table
        ("light", "190", None),
    ],
)
def test_derive_small(tmp_path, frame, embedded, code) -> None:
    t = _table(tmp_path, SMALL, derivations=DERIV)
    assert t.derive(frame, embedded) == code


@pytest.mark.parametrize(
    ("frame", "embedded", "code"),
    [
        ("intend", "042", "036"),
        ("intend", "045", "039"),
        ("intend", "0841", "0353"),
        ("intend", "163", "1312"),
        ("intend", "193", "1384"),
        ("intend", "0121", "030"),
        ("appeal", "0871", "0256"),
        ("appeal", "0831", "0241"),
        ("appeal", "*", "020"),
        ("demand", "0874", "106"),
        ("demand", "0871", "107"),
        ("demand", "084", "1053"),
        ("reject", "046", "125"),
        ("reject", "010", "011"),
        ("reject", "0831", "1231"),
        ("threaten", "163", "1312"),
        ("threaten", "1723", "1323"),
        ("threaten", "190", "138"),
        ("threaten", "195", "1384"),
        ("threaten", "2042", "1385"),
        ("threaten", "057", "130"),
        ("deny", "190", "016"),
        ("report", "190", None),
    ],
)
def test_bundled_derivations(table: PatternTable, frame, embedded, code) -> None:
    assert table.derive(frame, embedded) == code


# -- validation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("999\tverb\tcall\t-\t-\t-\tx", "unknown CAMEO code"),
        ("01\tverb\tcall\t-\t-\t-\tx", "is a root"),
        ("010\tadverb\tcall\t-\t-\t-\tx", "kind"),
        ("010\tverb\tCall\t-\t-\t-\tx", "lowercase"),
        ("010\tverb\tcall up\t-\t-\t-\tx", "one word"),
        ("010\tverb\tcall\t-\t-\tx", "columns"),
        ("010\tverb\tcall\t-\tA|b\t-\tx", "lowercase"),
        ("010\tnoun\tcall\toff\t-\t-\tx", "particle"),
        ("010\tverb\tcall\t-\t-\t-\t", "example"),
        ("020\tverb\tcall\t-\t-\t-\tThey called.", "duplicate"),
    ],
)
def test_bad_pattern_row(tmp_path, row: str, reason: str) -> None:
    rows = ["010\tverb\tcall\t-\t-\t-\tThey called the office.", row]
    with pytest.raises(DataTableError) as info:
        _table(tmp_path, rows)
    msg = info.value.reason
    assert msg.startswith("patterns/01.tsv:3: "), msg
    assert reason in msg


def test_duplicate_object_order_does_not_matter(tmp_path) -> None:
    rows = ["010\tverb\tsay\t-\ta|b\t-\tx", "011\tverb\tsay\t-\tb|a\t-\tx"]
    with pytest.raises(DataTableError, match=r"patterns/01.tsv:3: duplicate"):
        _table(tmp_path, rows)


@pytest.mark.parametrize(
    ("frames", "derivations", "where", "reason"),
    [
        (["vow\tpromise\tintent\tx"], None, "frames.tsv:2", "frame"),
        (["vow\tintend\tmaybe\tx"], None, "frames.tsv:2", "modality"),
        (["vow\tintend\tintent\tx", "vow\tintend\tintent\tx"], None, "frames.tsv:3", "duplicate"),
        (["Vow\tintend\tintent\tx"], None, "frames.tsv:2", "lowercase"),
        (None, ["light\t19\t190\tx"], "derivations.tsv:2", "frame"),
        (None, ["intend\t9\t036\tx"], "derivations.tsv:2", "embedded"),
        (None, ["intend\t99\t036\tx"], "derivations.tsv:2", "no CAMEO code"),
        (None, ["intend\t04\t999\tx"], "derivations.tsv:2", "unknown"),
        (None, ["intend\t04\t036\tx", "intend\t04\t030\tx"], "derivations.tsv:3", "duplicate"),
    ],
)
def test_bad_frame_or_derivation(tmp_path, frames, derivations, where, reason) -> None:
    with pytest.raises(DataTableError) as info:
        _table(tmp_path, SMALL, frames=frames, derivations=derivations)
    msg = info.value.reason
    assert msg.startswith(f"{where}: "), msg
    assert reason in msg


def test_missing_directory(tmp_path) -> None:
    with pytest.raises(DataTableError, match="not a directory"):
        PatternTable.load(tmp_path / "nope")
    with pytest.raises(DataTableError, match="no patterns directory"):
        PatternTable.load(tmp_path)
