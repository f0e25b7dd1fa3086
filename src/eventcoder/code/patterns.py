"""Verb and event-noun patterns, control/light/reporting frames and frame derivations.

Three kinds of data table, all bundled under ``eventcoder/data`` and described for the people
who edit them in ``docs/patterns.md``:

- ``patterns/NN.tsv`` (one file per CAMEO root): which trigger lemma, with which particle,
  object and preposition, codes which CAMEO event (:class:`Pattern`);
- ``frames.tsv``: verbs that embed another event (``vowed to strike``), carry one in their
  object noun (``held talks``) or report speech (``said that``) (:class:`Frame`);
- ``derivations.tsv``: the code of a framed event from the embedded event's code
  (intend + 163 -> 1312 ... ; longest matching prefix wins, ``*`` is the fallback).

:meth:`PatternTable.match` runs on every predicate of every sentence, so rows are indexed by
``(kind, lemma)`` and, within one key, pre-sorted by specificity: a match is one dict lookup
and a scan of a handful of candidates.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from eventcoder.errors import DataTableError
from eventcoder.ontology import Ontology, default_ontology

__all__ = [
    "DERIVATION_COLUMNS",
    "FRAMES",
    "FRAME_COLUMNS",
    "KINDS",
    "MODALITIES",
    "PATTERN_COLUMNS",
    "Frame",
    "Pattern",
    "PatternTable",
    "default_patterns",
]

PATTERN_COLUMNS = ("code", "kind", "lemma", "particle", "object", "prep", "example")
FRAME_COLUMNS = ("lemma", "frame", "modality", "example")
DERIVATION_COLUMNS = ("frame", "embedded", "code", "example")

KINDS = frozenset({"verb", "noun", "adj"})  # adj: a predicative adjective ("was optimistic")
FRAMES = frozenset(
    {"intend", "appeal", "demand", "reject", "threaten", "light", "report", "deny", "approve",
     "fail", "halt", "weigh"}
)
MODALITIES = frozenset(
    {
        "asserted",
        "intent",
        "threat",
        "demand",
        "appeal",
        "refusal",
        "report",
        "future",
        "hypothetical",
    }
)
#: Frames whose code is derived from the embedded event (``derivations.tsv``).
DERIVING_FRAMES = frozenset({"intend", "appeal", "demand", "reject", "threaten", "deny",
                             "halt", "fail", "weigh"})

_NONE = "-"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One row of a pattern table.

    ``particle``/``prep`` are ``None`` and ``objects`` is empty when the row does not
    constrain them. ``source`` names the row (``"patterns/11.tsv:42"``).
    """

    code: str
    kind: str
    lemma: str
    particle: str | None
    objects: frozenset[str]
    prep: str | None
    example: str
    source: str

    @property
    def specificity(self) -> int:
        """How many constraints the row sets besides kind and lemma (0-3); "any object"
        (``@any``) is no constraint on what the object is, so it counts for nothing."""
        return (self.particle is not None) + bool(self.objects - {"@any"}) + (
            self.prep is not None)

    def matches(
        self,
        particle: str | None,
        objects: Collection[str],
        preps: Collection[str],
        prep_objects: Mapping[str, Collection[str]] | None = None,
    ) -> bool:
        """True when every constraint the row sets holds for the predicate.

        A prepositional object ("called for loans") satisfies the object constraint only
        through the row's own preposition, so "ended with a deal" is not "ended a deal".
        """
        if self.particle is not None and self.particle != particle:
            return False
        if self.objects and self.objects.isdisjoint(objects):
            through = (prep_objects or {}).get(self.prep or "", ())
            if self.objects.isdisjoint(through):
                return False
            # (the row's own preposition carries the object, even one that only dates the
            # act elsewhere: "jailed the minister for five [years]")
            return self.prep is not None
        return self.prep is None or self.prep in preps


@dataclass(frozen=True, slots=True)
class Frame:
    """A control, light, reporting or denial verb (``frames.tsv``)."""

    lemma: str
    frame: str
    modality: str


@dataclass(frozen=True, slots=True)
class _Derivation:
    frame: str
    embedded: str  # a code prefix, or "*"
    code: str
    source: str


class PatternTable:
    """Pattern rows indexed by ``(kind, lemma)``, plus frames and derivations."""

    def __init__(
        self,
        patterns: Iterable[Pattern],
        frames: Iterable[Frame] = (),
        derivations: Iterable[_Derivation] = (),
    ) -> None:
        self._rows: list[Pattern] = list(patterns)
        index: dict[tuple[str, str], list[tuple[int, int, Pattern]]] = {}
        for order, p in enumerate(self._rows):
            index.setdefault((p.kind, p.lemma), []).append((-p.specificity, order, p))
            # "apologised", "mobilisation", "defence": British spellings find the same rows
            british = british_spelling(p.lemma)
            if british != p.lemma:
                index.setdefault((p.kind, british), []).append((-p.specificity, order, p))
        # Most specific first, then file order: the first row that matches wins.
        self._index: dict[tuple[str, str], tuple[Pattern, ...]] = {
            key: tuple(p for _, _, p in sorted(cands, key=lambda c: (c[0], c[1])))
            for key, cands in index.items()
        }
        self._lemmas: dict[str, frozenset[str]] = {
            kind: frozenset(lemma for k, lemma in self._index if k == kind) for kind in KINDS
        }
        self._frames: dict[str, Frame] = {f.lemma: f for f in frames}
        for lemma, frame in list(self._frames.items()):
            self._frames.setdefault(british_spelling(lemma), frame)
        self._derivations: dict[str, dict[str, str]] = {}
        for d in derivations:
            self._derivations.setdefault(d.frame, {})[d.embedded] = d.code

    # -- loading -------------------------------------------------------------------------
    @classmethod
    def load(
        cls, directory: str | Path | None = None, *, ontology: Ontology | None = None
    ) -> PatternTable:
        """Read and validate the tables from ``directory`` (the bundled data by default).

        ``directory`` holds ``patterns/*.tsv``, ``frames.tsv`` and ``derivations.tsv``; the
        frame and derivation tables are optional in a user directory. Codes are checked
        against ``ontology`` (the bundled CAMEO table by default).
        """
        onto = ontology if ontology is not None else default_ontology()
        base: Traversable | Path
        if directory is None:
            base = resources.files("eventcoder") / "data"
        else:
            base = Path(directory)
            if not base.is_dir():
                raise DataTableError(f"{base}: not a directory")
        pattern_dir = base / "patterns"
        if not pattern_dir.is_dir():
            raise DataTableError(f"{pattern_dir}: no patterns directory")
        files = sorted(
            (f for f in pattern_dir.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name
        )
        if not files:
            raise DataTableError(f"{pattern_dir}: no pattern tables (*.tsv)")
        patterns: list[Pattern] = []
        seen: dict[tuple, str] = {}
        for f in files:
            patterns.extend(_parse_patterns(f, f"patterns/{f.name}", onto, seen))
        frames: list[Frame] = []
        frames_file = base / "frames.tsv"
        if frames_file.is_file():
            frames = _parse_frames(frames_file, "frames.tsv")
        derivations: list[_Derivation] = []
        derivations_file = base / "derivations.tsv"
        if derivations_file.is_file():
            derivations = _parse_derivations(derivations_file, "derivations.tsv", onto)
        return cls(patterns, frames, derivations)

    # -- lookup --------------------------------------------------------------------------
    def lemmas(self, kind: str) -> frozenset[str]:
        """Every trigger lemma of ``kind`` ("verb" or "noun") that some row names."""
        return self._lemmas.get(kind, frozenset())

    def candidates(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        """The rows for ``(kind, lemma)``, most specific first."""
        return self._index.get((kind, lemma), ())

    def match(
        self,
        kind: str,
        lemma: str,
        *,
        particle: str | None = None,
        objects: Collection[str] = (),
        preps: Collection[str] = (),
        prep_objects: Mapping[str, Collection[str]] | None = None,
    ) -> Pattern | None:
        """The most specific row that matches the predicate (ties: file order), or None.

        ``lemma`` is the trigger's lowercase spaCy lemma; ``particle`` its verb particle;
        ``objects`` the lemmas of its object heads (see docs/patterns.md); ``preps`` the
        prepositions attached to it or to its object.
        """
        cands = self._index.get((kind, lemma))
        if not cands:
            return None
        for p in cands:
            if p.matches(particle, objects, preps, prep_objects):
                return p
        return None

    def frame(self, lemma: str) -> Frame | None:
        """The frame of a control/light/reporting verb, or None."""
        return self._frames.get(lemma)

    def frames(self) -> list[Frame]:
        return list(self._frames.values())

    def derive(self, frame: str, embedded_code: str) -> str | None:
        """The code of ``frame`` over an embedded event coded ``embedded_code``.

        The longest ``embedded`` prefix listed for the frame wins; ``*`` is the fallback;
        None when the frame has no derivation rows (``light``, ``report``).
        """
        table = self._derivations.get(frame)
        if not table:
            return None
        for n in range(len(embedded_code), 0, -1):
            code = table.get(embedded_code[:n])
            if code is not None:
                return code
        return table.get("*")

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Pattern]:
        return iter(self._rows)

    def codes(self) -> frozenset[str]:
        """Every CAMEO code that at least one row produces."""
        return frozenset(p.code for p in self._rows)


# -- parsing -------------------------------------------------------------------------------


def _read_lines(f: Traversable | Path, name: str, columns: tuple[str, ...]) -> Iterator[tuple]:
    """Yield ``(lineno, fields)`` for the data lines of a TSV table, header checked."""
    try:
        text = f.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataTableError(f"{name}: cannot read: {exc}") from exc
    lines = text.splitlines()
    if not lines or tuple(h.strip() for h in lines[0].split("\t")) != columns:
        raise DataTableError(f"{name}:1: header must be {' '.join(columns)} (tab-separated)")
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != len(columns):
            raise DataTableError(
                f"{name}:{lineno}: expected {len(columns)} tab-separated columns, "
                f"found {len(fields)}"
            )
        yield lineno, tuple(x.strip() for x in fields)


def _check_word(value: str, what: str, where: str) -> None:
    if not value:
        raise DataTableError(f"{where}: empty {what}")
    if value in ("@person", "@any", "@none", "@place", "@force", "@site") and what == "object":
        return  # any person or people of some role; any object at all; none; a place; a
        # force (the force_unit word class); a place a force holds (the force_site class)
        # (docs/patterns.md)
    if value != value.lower():
        raise DataTableError(f"{where}: {what} {value!r} must be lowercase")
    if any(c.isspace() for c in value):
        raise DataTableError(f"{where}: {what} {value!r} must be one word")


def _parse_patterns(
    f: Traversable | Path, name: str, onto: Ontology, seen: dict[tuple, str]
) -> list[Pattern]:
    out: list[Pattern] = []
    for lineno, fields in _read_lines(f, name, PATTERN_COLUMNS):
        where = f"{name}:{lineno}"
        code, kind, lemma, particle, obj, prep, example = fields
        if code not in onto:
            raise DataTableError(f"{where}: unknown CAMEO code {code!r}")
        if len(code) == 2:
            raise DataTableError(f"{where}: {code!r} is a root; use a three- or four-digit code")
        if kind not in KINDS:
            raise DataTableError(f"{where}: kind {kind!r} must be verb, noun or adj")
        _check_word(lemma, "lemma", where)
        if lemma == _NONE:
            raise DataTableError(f"{where}: lemma is required")
        if particle != _NONE:
            _check_word(particle, "particle", where)
            if kind != "verb":
                raise DataTableError(f"{where}: a {kind} row cannot require a particle")
        if prep != _NONE:
            _check_word(prep, "prep", where)
        objects: frozenset[str] = frozenset()
        if obj != _NONE:
            alts = obj.split("|")
            for a in alts:
                _check_word(a, "object", where)
            objects = frozenset(alts)
        if not example:
            raise DataTableError(f"{where}: empty example")
        key = (kind, lemma, particle, objects, prep)
        if key in seen:
            raise DataTableError(f"{where}: duplicate row (same as {seen[key]})")
        seen[key] = where
        out.append(
            Pattern(
                code=code,
                kind=kind,
                lemma=lemma,
                particle=None if particle == _NONE else particle,
                objects=objects,
                prep=None if prep == _NONE else prep,
                example=example,
                source=where,
            )
        )
    return out


def _parse_frames(f: Traversable | Path, name: str) -> list[Frame]:
    out: list[Frame] = []
    seen: dict[str, str] = {}
    for lineno, (lemma, frame, modality, example) in _read_lines(f, name, FRAME_COLUMNS):
        where = f"{name}:{lineno}"
        _check_word(lemma, "lemma", where)
        if frame not in FRAMES:
            raise DataTableError(f"{where}: frame {frame!r} must be one of {sorted(FRAMES)}")
        if modality not in MODALITIES:
            raise DataTableError(
                f"{where}: modality {modality!r} must be one of {sorted(MODALITIES)}"
            )
        if lemma in seen:
            raise DataTableError(f"{where}: duplicate lemma {lemma!r} (also {seen[lemma]})")
        if not example:
            raise DataTableError(f"{where}: empty example")
        seen[lemma] = where
        out.append(Frame(lemma, frame, modality))
    return out


def _parse_derivations(f: Traversable | Path, name: str, onto: Ontology) -> list[_Derivation]:
    out: list[_Derivation] = []
    seen: dict[tuple[str, str], str] = {}
    for lineno, (frame, embedded, code, example) in _read_lines(f, name, DERIVATION_COLUMNS):
        where = f"{name}:{lineno}"
        if frame not in DERIVING_FRAMES:
            raise DataTableError(
                f"{where}: frame {frame!r} must be one of {sorted(DERIVING_FRAMES)}"
            )
        if embedded != "*" and not (embedded.isdigit() and 2 <= len(embedded) <= 4):
            raise DataTableError(
                f"{where}: embedded {embedded!r} must be a code prefix (2-4 digits) or *"
            )
        if embedded != "*" and not any(c.startswith(embedded) for c in onto.codes):
            raise DataTableError(f"{where}: no CAMEO code starts with {embedded!r}")
        if code not in onto or len(code) == 2:
            raise DataTableError(f"{where}: unknown CAMEO event code {code!r}")
        if (frame, embedded) in seen:
            raise DataTableError(
                f"{where}: duplicate derivation {frame} {embedded} (also {seen[(frame, embedded)]})"
            )
        if not example:
            raise DataTableError(f"{where}: empty example")
        seen[(frame, embedded)] = where
        out.append(_Derivation(frame, embedded, code, where))
    return out


_BRITISH = (("ization", "isation"), ("izing", "ising"), ("ize", "ise"), ("yze", "yse"),
            ("ense", "ence"))


def british_spelling(lemma: str) -> str:
    """The British spelling of an American lemma ("apologize" -> "apologise",
    "mobilization" -> "mobilisation", "defense" -> "defence"), else the lemma itself. Rows
    are written once, in one spelling; both find them."""
    for american, british in _BRITISH:
        if lemma.endswith(american) and len(lemma) > len(american) + 2:
            return lemma[: -len(american)] + british
    return lemma


@functools.lru_cache(maxsize=1)
def default_patterns() -> PatternTable:
    """The bundled tables, loaded and validated once per process."""
    return PatternTable.load()
