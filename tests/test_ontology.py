"""The CAMEO ontology table (data/cameo.tsv) and its loader."""

from __future__ import annotations

import pytest

from eventcoder.errors import DataTableError
from eventcoder.ontology import (
    COLUMNS,
    PLOVER_TYPES,
    CameoCode,
    Ontology,
    default_ontology,
    quad_class_for_root,
)


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return default_ontology()


def test_default_is_cached(onto: Ontology) -> None:
    assert default_ontology() is onto


def test_twenty_roots(onto: Ontology) -> None:
    roots = onto.roots()
    assert [r.code for r in roots] == [f"{n:02d}" for n in range(1, 21)]
    assert roots[0].name == "MAKE PUBLIC STATEMENT"
    assert roots[-1].code == "20"


def test_size_and_order(onto: Ontology) -> None:
    events = onto.event_codes()
    assert 280 <= len(events) <= 320
    assert onto.codes[0] == "01"
    assert onto.codes.index("0211") == onto.codes.index("021") + 1
    assert all(len(c) in (3, 4) for c in events)


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover"),
    [
        ("010", 0.0, 1, None),
        ("042", 1.9, 1, "CONSULT"),
        ("057", 8.0, 1, "SUPPORT"),
        ("0874", 10.0, 2, "RETREAT"),
        ("111", -2.0, 3, "ACCUSE"),
        ("1312", -5.8, 3, "THREATEN"),
        ("145", -7.5, 3, "PROTEST"),
        ("163", -8.0, 4, "SANCTION"),
        ("173", -5.0, 4, "COERCE"),
        ("190", -10.0, 4, "ASSAULT"),
        ("2042", -10.0, 4, "ASSAULT"),
    ],
)
def test_known_values(onto: Ontology, code: str, goldstein: float, quad: int, plover) -> None:
    c = onto.get(code)
    assert isinstance(c, CameoCode)
    assert c.goldstein == goldstein
    assert c.quad_class == quad
    assert c.plover == plover
    assert c.root == code[:2]


def test_get_unknown_raises_keyerror(onto: Ontology) -> None:
    with pytest.raises(KeyError):
        onto.get("999")
    assert "999" not in onto
    assert "0211" in onto


def test_every_row_valid(onto: Ontology) -> None:
    for c in onto:
        assert c.code.isdigit() and c.code.startswith(c.root)
        assert -10.0 <= c.goldstein <= 10.0
        assert c.quad_class == quad_class_for_root(c.root)
        assert c.plover is None or c.plover in PLOVER_TYPES
        assert c.name and c.description
        if len(c.code) == 4:
            assert c.parent in onto
        if len(c.code) == 3:
            assert c.root in onto


def test_every_root_has_nec_code(onto: Ontology) -> None:
    for r in onto.roots():
        assert f"{r.code}0" in onto


def test_children(onto: Ontology) -> None:
    assert [c.code for c in onto.children("087")] == ["0871", "0872", "0873", "0874"]
    assert onto.get("0871").parent == "087"
    assert onto.get("087").parent == "08"


def test_filter(onto: Ontology) -> None:
    fight = onto.filter(root="19")
    assert fight[0].code == "190" and all(c.root == "19" for c in fight)
    assert onto.filter(root="9")[0].code == "090"
    protests = onto.filter(plover="protest")
    assert protests and all(c.plover == "PROTEST" for c in protests)
    quad2 = onto.filter(quad_class=2)
    assert {c.root for c in quad2} == {"06", "07", "08", "09"}
    assert {c.code for c in onto.filter(text="curfew")} >= {"0813", "1323", "1723"}
    assert [c.code for c in onto.filter(root="17", text="curfew")] == ["1723"]
    assert onto.filter(root="19", plover="AID") == []


HEADER = "\t".join(COLUMNS)


def _write(tmp_path, body: str):
    p = tmp_path / "cameo.tsv"
    p.write_text(HEADER + "\n" + body, encoding="utf-8")
    return p


def test_load_user_table(tmp_path) -> None:
    p = _write(
        tmp_path,
        "19\tFIGHT\t19\t-10\t4\t\tFighting\n190\tFight\t19\t-10\t4\tASSAULT\tUses force\n",
    )
    onto = Ontology.load(p)
    assert onto.codes == ["19", "190"]
    assert onto.get("19").plover is None


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("190\tFight\t19\t-10\t4\tASSAULT\n", 2, "columns"),
        ("190\tFight\t19\t-10\t4\tASSAULT\tok\n999\tX\t99\t0\t1\t\tx\n", 3, "bad code"),
        ("190\tFight\t19\t-12\t4\tASSAULT\tx\n", 2, "outside"),
        ("190\tFight\t19\tlots\t4\tASSAULT\tx\n", 2, "not a number"),
        ("190\tFight\t19\t-10\t2\tASSAULT\tx\n", 2, "quad_class"),
        ("190\tFight\t19\t-10\t4\tFIGHT\tx\n", 2, "PLOVER"),
        ("190\tFight\t18\t-10\t4\tASSAULT\tx\n", 2, "root"),
        ("190\tF\t19\t-10\t4\tASSAULT\tx\n190\tF\t19\t-10\t4\tASSAULT\tx\n", 3, "duplicate"),
        ("1901\tFight\t19\t-10\t4\tASSAULT\tx\n", 2, "parent"),
        ("190\t\t19\t-10\t4\tASSAULT\tx\n", 2, "empty name"),
    ],
)
def test_bad_table_names_file_and_line(tmp_path, body: str, line: int, reason: str) -> None:
    p = _write(tmp_path, body)
    with pytest.raises(DataTableError) as info:
        Ontology.load(p)
    msg = info.value.reason
    assert msg.startswith(f"{p}:{line}: "), msg
    assert reason in msg


def test_bad_header(tmp_path) -> None:
    p = tmp_path / "cameo.tsv"
    p.write_text("code\tname\n190\tFight\n", encoding="utf-8")
    with pytest.raises(DataTableError, match=r"cameo.tsv:1: header"):
        Ontology.load(p)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(DataTableError, match="cannot read"):
        Ontology.load(tmp_path / "nope.tsv")
