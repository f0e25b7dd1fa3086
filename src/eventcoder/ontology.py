"""The CAMEO 1.1b3 event ontology, with Goldstein values, QuadClass and PLOVER types.

The table is ``data/cameo.tsv`` (format: ``docs/patterns.md``). It holds the 20 two-digit
roots ("01" .. "20", headers of the hierarchy, never coded) and every three- and four-digit
event code. Codes are strings with leading zeros: ``"010"``, ``"0211"``.

>>> onto = default_ontology()
>>> onto.get("190").goldstein
-10.0
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from eventcoder.errors import DataTableError

__all__ = [
    "COLUMNS",
    "PLOVER_TYPES",
    "QUAD_CLASSES",
    "CameoCode",
    "Ontology",
    "default_ontology",
    "family",
    "quad_class_for_root",
]

COLUMNS = ("code", "name", "root", "goldstein", "quad_class", "plover", "description")

PLOVER_TYPES = frozenset(
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }
)  # fmt: skip

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

_CODE_RE = re.compile(r"^(0[1-9]|1[0-9]|20)([0-9]{1,2})?$")


def quad_class_for_root(root: str) -> int:
    """QuadClass of a root: 1 for 01-05, 2 for 06-09, 3 for 10-14, 4 for 15-20."""
    n = int(root)
    if not 1 <= n <= 20:
        raise ValueError(f"not a CAMEO root: {root!r}")
    if n <= 5:
        return 1
    if n <= 9:
        return 2
    if n <= 14:
        return 3
    return 4


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of ``cameo.tsv``. ``plover`` is ``None`` where no PLOVER type fits."""

    code: str
    name: str
    root: str
    goldstein: float
    quad_class: int
    plover: str | None
    description: str

    @property
    def is_root(self) -> bool:
        """True for the two-digit category headers ("01" .. "20")."""
        return len(self.code) == 2

    @property
    def parent(self) -> str | None:
        """The code one level up: "0211" -> "021", "021" -> "02", "02" -> None."""
        if len(self.code) == 4:
            return self.code[:3]
        if len(self.code) == 3:
            return self.code[:2]
        return None


class Ontology:
    """The CAMEO codes in table order, looked up by code."""

    def __init__(self, codes: Iterable[CameoCode], *, source: str = "cameo.tsv") -> None:
        self._by_code: dict[str, CameoCode] = {}
        for c in codes:
            self._by_code[c.code] = c
        self.source = source

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> Ontology:
        """Read and validate a CAMEO table; the bundled ``data/cameo.tsv`` by default."""
        if path is None:
            ref = resources.files("eventcoder") / "data" / "cameo.tsv"
            text = ref.read_text(encoding="utf-8")
            name = "cameo.tsv"
        else:
            p = Path(path)
            try:
                text = p.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DataTableError(f"{p}: cannot read: {exc}") from exc
            name = str(p)
        return cls(_parse(text, name), source=name)

    # -- lookup --------------------------------------------------------------------------
    def get(self, code: str) -> CameoCode:
        """The row for ``code``; ``KeyError`` when there is none."""
        try:
            return self._by_code[code]
        except KeyError:
            raise KeyError(code) from None

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[CameoCode]:
        return iter(self._by_code.values())

    def __len__(self) -> int:
        return len(self._by_code)

    @property
    def codes(self) -> list[str]:
        """Every code (roots included) in table order."""
        return list(self._by_code)

    def event_codes(self) -> list[str]:
        """The codable three- and four-digit codes, in table order."""
        return [c for c in self._by_code if len(c) > 2]

    def roots(self) -> list[CameoCode]:
        """The 20 root rows, "01" .. "20"."""
        return [c for c in self._by_code.values() if c.is_root]

    def children(self, code: str) -> list[CameoCode]:
        """The rows one level below ``code``."""
        return [c for c in self._by_code.values() if c.parent == code]

    def filter(
        self,
        root: str | None = None,
        plover: str | None = None,
        quad_class: int | None = None,
        text: str | None = None,
    ) -> list[CameoCode]:
        """Rows matching every given criterion; ``text`` searches code, name and description
        case-insensitively. Root header rows are left out."""
        needle = text.lower() if text else None
        out = []
        for c in self._by_code.values():
            if c.is_root:
                continue
            if root is not None and c.root != root.zfill(2):
                continue
            if plover is not None and (c.plover or "") != plover.upper():
                continue
            if quad_class is not None and c.quad_class != int(quad_class):
                continue
            if needle and not (
                needle in c.code or needle in c.name.lower() or needle in c.description.lower()
            ):
                continue
            out.append(c)
        return out


def _parse(text: str, name: str) -> list[CameoCode]:
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise DataTableError(f"{name}:1: header must be {' '.join(COLUMNS)} (tab-separated)")
    rows: list[CameoCode] = []
    seen: set[str] = set()
    for lineno, line in enumerate(
        csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE), start=2
    ):
        if not line or not "".join(line).strip() or line[0].startswith("#"):
            continue
        row = _parse_row(line, seen, f"{name}:{lineno}")
        seen.add(row.code)
        rows.append(row)
    return rows


def _parse_row(line: list[str], seen: set[str], where: str) -> CameoCode:
    def fail(reason: str) -> DataTableError:
        return DataTableError(f"{where}: {reason}")

    if len(line) != len(COLUMNS):
        raise fail(f"expected {len(COLUMNS)} tab-separated columns, found {len(line)}")
    code, name, root, gold, quad, plover, desc = (f.strip() for f in line)
    m = _CODE_RE.match(code)
    if not m:
        raise fail(f"bad code {code!r}: two to four digits with a root 01-20")
    if code in seen:
        raise fail(f"duplicate code {code!r}")
    if root != code[:2]:
        raise fail(f"root {root!r} does not match code {code!r}")
    if len(code) == 4 and code[:3] not in seen:
        raise fail(f"code {code!r} appears before its parent {code[:3]!r}")
    if not name:
        raise fail("empty name")
    try:
        goldstein = float(gold)
    except ValueError:
        raise fail(f"goldstein {gold!r} is not a number") from None
    if not -10.0 <= goldstein <= 10.0:
        raise fail(f"goldstein {goldstein} outside -10..10")
    if quad not in {"1", "2", "3", "4"}:
        raise fail(f"quad_class {quad!r} must be 1, 2, 3 or 4")
    if int(quad) != quad_class_for_root(root):
        raise fail(f"quad_class {quad} does not fit root {root}")
    if plover and plover not in PLOVER_TYPES:
        raise fail(f"unknown PLOVER type {plover!r}")
    if not desc:
        raise fail("empty description")
    return CameoCode(code, name, root, goldstein, int(quad), plover or None, desc)


@functools.lru_cache(maxsize=1)
def default_ontology() -> Ontology:
    """The bundled ontology, loaded once per process."""
    return Ontology.load()


@functools.lru_cache(maxsize=1)
def _families() -> dict[str, tuple[str, ...]]:
    """``code_families.tsv``: family name -> code prefixes, each checked against cameo.tsv."""
    name = "code_families.tsv"
    path = resources.files("eventcoder") / "data" / name
    codes = default_ontology().codes
    found: dict[str, tuple[str, ...]] = {}
    header = ("family", "prefixes", "description")
    seen_header = False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = tuple(c.strip() for c in line.split("\t"))
        if not seen_header:
            if cols != header:
                raise DataTableError(f"{name}:{lineno}: header must be {' '.join(header)}")
            seen_header = True
            continue
        if len(cols) != 3 or not cols[2]:
            raise DataTableError(f"{name}:{lineno}: expected family, prefixes, description")
        family_name, prefixes = cols[0], tuple(cols[1].split())
        if family_name in found:
            raise DataTableError(f"{name}:{lineno}: duplicate family {family_name!r}")
        for prefix in prefixes:
            if not prefix.isdigit() or not any(c.startswith(prefix) for c in codes):
                raise DataTableError(f"{name}:{lineno}: {prefix!r} is not a CAMEO code prefix")
        found[family_name] = prefixes
    return found


def family(name: str) -> tuple[str, ...]:
    """The code prefixes of family ``name`` in ``data/code_families.tsv`` (for
    ``code.startswith(family("reciprocal"))``); KeyError for a name not in the table."""
    families = _families()
    if name not in families:
        raise KeyError(f"unknown code family {name!r}; known: {', '.join(sorted(families))}")
    return families[name]
