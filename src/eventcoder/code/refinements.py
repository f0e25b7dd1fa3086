"""Codes the source's role settles, from ``data/refinements.tsv``.

A pattern row sees the trigger and its objects, never who acts. Some words mean different
events for different actors: an army "on high alert" raises its military alert (152), police
raise theirs (151); teachers who "stage a strike" walk out (143), an air force strikes (19x).
Each row of the table says: a mention coded ``code`` whose trigger lemma is ``lemma`` (``*`` for
any) and whose source has one of ``roles`` is coded ``refined`` instead.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from eventcoder.errors import DataTableError
from eventcoder.ontology import default_ontology

__all__ = ["RoleRefinement", "refinable_codes", "refine_by_role", "role_refinements"]

COLUMNS = ("code", "lemma", "roles", "refined", "example")


@dataclass(frozen=True, slots=True)
class RoleRefinement:
    code: str
    lemma: str  # "*" for any trigger
    roles: frozenset[str]
    refined: str
    example: str


@functools.cache
def role_refinements() -> dict[tuple[str, str], tuple[RoleRefinement, ...]]:
    """Rows of ``data/refinements.tsv`` keyed by (code, lemma)."""
    path = resources.files("eventcoder") / "data" / "refinements.tsv"
    onto = default_ontology()
    rows: dict[tuple[str, str], list[RoleRefinement]] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if tuple(cols) == COLUMNS:
            continue
        where = f"refinements.tsv:{lineno}"
        if len(cols) != len(COLUMNS):
            raise DataTableError(f"{where}: expected {len(COLUMNS)} tab-separated columns")
        code, lemma, roles, refined, example = (c.strip() for c in cols)
        for c in (code, refined):
            if c not in onto:
                raise DataTableError(f"{where}: unknown CAMEO code {c!r}")
        row = RoleRefinement(code, lemma.lower(), frozenset(roles.split("|")), refined, example)
        rows.setdefault((code, row.lemma), []).append(row)
    return {key: tuple(found) for key, found in rows.items()}


@functools.cache
def refinable_codes() -> frozenset[str]:
    """The codes some row of the table refines (so others need no look at their words)."""
    return frozenset(code for code, _ in role_refinements())


def refine_by_role(code: str, lemmas: Iterable[str], role: str | None) -> str:
    """The code for a mention coded ``code`` whose trigger words (and their objects) have
    ``lemmas`` and whose source has ``role``."""
    if role is None:
        return code
    table = role_refinements()
    for key in [(code, lemma) for lemma in lemmas] + [(code, "*")]:
        for row in table.get(key, ()):
            if role in row.roles:
                return row.refined
    return code
