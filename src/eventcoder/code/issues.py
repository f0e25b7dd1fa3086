"""What is demanded, offered, promised, refused or protested for: the issue class of a thing.

CAMEO splits its appeals, demands, intents, refusals, concessions, threats and protests by the
class of what they are about: a demand for a leader's resignation is 1041, for autonomy 1044,
for aid 103x; a protest for rights 1413. The classes and the act each stands for are data
(``data/issue_classes.tsv``), and so are the words that name them (``data/issues.tsv``):
"demanded autonomy" is coded as a demand of the act ``0834`` through ``derivations.tsv``.

:class:`IssueTable` answers two questions about a noun: which class it names (its lemma, or a
modifier and its lemma: "military aid" before "aid"), and the class's act and protest digit.
:class:`IssueRefiner` finds the thing an act is about in the parse and deepens its code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from eventcoder.code._parse import kids
from eventcoder.code.lexicon import word_class
from eventcoder.errors import DataTableError
from eventcoder.ontology import default_ontology

__all__ = ["IssueClass", "IssueTable", "default_issues"]

_CLASS_COLUMNS = ("class", "act", "protest", "description")
_WORD_COLUMNS = ("phrase", "class")


@dataclass(frozen=True, slots=True)
class IssueClass:
    """One class of things acts are about: the act it stands for, its protest digit."""

    name: str
    act: str  # a CAMEO code prefix (2-4 digits)
    protest: str | None  # "1".."4": the last digit of a protest for it (1411, 1423 …)


class IssueTable:
    """The issue classes and the words that name them."""

    def __init__(self, classes: dict[str, IssueClass], words: dict[tuple[str, ...], str]) -> None:
        self.classes = classes
        self._words = words

    def of_noun(self, noun: Token) -> IssueClass | None:
        """The class a noun names: "(military) aid", "autonomy", "(press) freedom"."""
        lemma = _lemma(noun)
        for mod in kids(noun):
            if mod.dep_ in ("amod", "compound", "nmod"):
                name = self._words.get((_lemma(mod), lemma))
                if name is not None:
                    return self.classes[name]
        name = self._words.get((lemma,))
        return self.classes[name] if name is not None else None

    def __len__(self) -> int:
        return len(self._words)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _rows(name: str, columns: tuple[str, ...]):
    path = resources.files("eventcoder") / "data" / name
    header_seen = False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if not header_seen:
            if tuple(cols) != columns:
                raise DataTableError(f"{name}:{lineno}: header must be {' '.join(columns)}")
            header_seen = True
            continue
        if len(cols) != len(columns):
            raise DataTableError(f"{name}:{lineno}: expected {len(columns)} tab-separated columns")
        yield f"{name}:{lineno}", cols


def load_issues() -> IssueTable:
    """Read and validate ``issue_classes.tsv`` and ``issues.tsv``."""
    codes = default_ontology().codes
    classes: dict[str, IssueClass] = {}
    for where, (name, act, protest, description) in _rows("issue_classes.tsv", _CLASS_COLUMNS):
        if name in classes:
            raise DataTableError(f"{where}: duplicate class {name!r}")
        if not act.isdigit() or not any(c.startswith(act) for c in codes):
            raise DataTableError(f"{where}: act {act!r} is not a CAMEO code prefix")
        if protest not in ("-", "1", "2", "3", "4"):
            raise DataTableError(f"{where}: protest digit must be 1-4 or -, not {protest!r}")
        if not description:
            raise DataTableError(f"{where}: empty description")
        classes[name] = IssueClass(name, act, None if protest == "-" else protest)
    words: dict[tuple[str, ...], str] = {}
    for where, (phrase, name) in _rows("issues.tsv", _WORD_COLUMNS):
        key = tuple(phrase.split())
        if not key or len(key) > 2 or phrase != phrase.lower():
            raise DataTableError(f"{where}: phrase {phrase!r} must be one or two lower-case lemmas")
        if name not in classes:
            raise DataTableError(f"{where}: unknown issue class {name!r}")
        if key in words:
            raise DataTableError(f"{where}: duplicate phrase {phrase!r}")
        words[key] = name
    return IssueTable(classes, words)


@functools.lru_cache(maxsize=1)
def default_issues() -> IssueTable:
    """The bundled issue tables, loaded once per process."""
    return load_issues()


# -- what an act is about -------------------------------------------------------------------

#: The code families whose sub-code the issue decides, by root.
DERIVING_FAMILIES = {"02": "appeal", "03": "intend", "10": "demand", "12": "reject",
                     "13": "threaten", "16": "halt"}
YIELD_ROOT = "08"
YIELD_DEFAULTS = frozenset({"080", "083"})  # yield; accede to demands (of no stated kind)
PROTEST_ROOT = "14"
AID_ROOT = "07"
# "$2 billion in military aid": money measures the aid; its kind is the aid's class. The code
# an amount of money alone gives (071 economic aid) yields to the kind of aid it is counted in.
MONEY_AID = "071"
AID_KINDS = ("072", "073", "074")  # military, humanitarian, protection
# How the thing an act is about hangs below its words: objects, complements, content
# clauses ("demanded that the government [end] the [curbs]"), not its subject.
_ABOUT_DEPS = frozenset({"dobj", "pobj", "prep", "xcomp", "ccomp", "acl", "conj", "appos",
                         "attr", "oprd", "pcomp", "nsubjpass", "dative", "compound", "amod"})
_CESSATION_VERBS = word_class("cessation")


def _stops(tok: Token) -> bool:
    """A verb of stopping with an act in its gerund ("stop selling", "cease firing")."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _CESSATION_VERBS and any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" for c in kids(tok))


_PROTEST_DEPS = _ABOUT_DEPS | {"advcl", "npadvmod"}  # "marched [to demand] …", "[calling] for"
_MAX_DEPTH = 5


def _below(child: Token, deps: frozenset[str]) -> bool:
    """A dependent that says what an act is about; a coordinated verb is an act of its own
    ("agreed to build a pipeline and pledged to cut tariffs"), a coordinated noun is not."""
    return child.dep_ in deps and (child.dep_ != "conj" or child.pos_ in ("NOUN", "PROPN"))


class IssueRefiner:
    """Deepens the code of an appeal, demand, intent, refusal, threat, concession or protest
    by the class of the thing it is about ("demanded autonomy" 100 -> 1044, "rejected calls
    for economic aid" 120 -> 1221, "a hunger strike to demand his resignation" 142 -> 1421).
    Codes are only made more specific, never moved to another branch."""

    def __init__(self, finder, issues: IssueTable | None = None) -> None:
        self.finder = finder  # an ArgumentFinder: pattern matching and derivations
        self.issues = issues if issues is not None else default_issues()

    def refine(self, code: str, words: list[Token], skip: list[Token] = ()) -> str:
        """The deepest code of the family that what ``words`` are about allows; ``skip``
        are tokens that are not what it is about (the addressees of "urged the allies to")."""
        return self.refine_with_act(code, words, skip)[0]

    def refine_with_act(self, code: str, words: list[Token],
                        skip: list[Token] = ()) -> tuple[str, str | None]:
        """:meth:`refine`, and the act the code was derived from (None if unchanged)."""
        root = code[:2]
        family = DERIVING_FAMILIES.get(root)
        kind = self._aid_kind(code, root, family, words, skip)
        if kind is not None:
            return kind
        if family is None and root not in (YIELD_ROOT, PROTEST_ROOT):
            return code, None
        if root == PROTEST_ROOT and len(code) != 3:
            return code, None
        generic = self.finder.patterns.derive(family, "*") if family else None
        for act, issue in self._about(words, skip, protest=root == PROTEST_ROOT):
            better = self._deeper(code, root, family, generic, act, issue)
            if better is not None:
                return better, act
        return code, None

    def _aid_kind(self, code: str, root: str, family: str | None, words: list[Token],
                  skip: list[Token]) -> tuple[str, str] | None:
        """"gave $2 billion in military aid" (071 -> 072), "pledged 500 million euros in
        humanitarian aid" (0331 -> 0333): money counted in aid of a kind is that kind of aid."""
        if root == AID_ROOT:
            money = MONEY_AID
        elif family is not None:
            money = self.finder.patterns.derive(family, MONEY_AID)
        else:
            return None
        if code != money:
            return None
        # what the amount is counted in: "[$2 billion] in [military aid]"
        counted = [o for w in words for d in kids(w) if d.dep_ == "dobj"
                   for p in kids(d) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                   for o in kids(p) if o.dep_ == "pobj"]
        for tok in counted:
            issue = self.issues.of_noun(tok)
            if issue is None or not issue.act.startswith(AID_KINDS):
                continue
            kind = issue.act if root == AID_ROOT else self.finder.patterns.derive(family,
                                                                                   issue.act)
            return (kind, issue.act) if kind and kind != code else None
        return None

    def _deeper(self, code: str, root: str, family: str | None, generic: str | None,
                act: str, issue: IssueClass | None) -> str | None:
        if root == PROTEST_ROOT:
            # (only where the codebook has the sub-code: 140 "political dissent" has none)
            deeper = code + issue.protest if issue is not None and issue.protest else None
            return deeper if deeper in default_ontology() else None
        if root == YIELD_ROOT:
            # "accepted demands that it call off the strike": what is conceded is the act
            return act if act.startswith(YIELD_ROOT) and act != code and (
                code in YIELD_DEFAULTS or (act.startswith(code) and len(act) > len(code))) \
                else None
        derived = self.finder.patterns.derive(family, act)
        if derived is None or derived == generic:
            return None
        if code == generic or (derived.startswith(code) and len(derived) > len(code)):
            return derived
        return None

    def _about(self, words: list[Token], skip: list[Token], *, protest: bool):
        """(act code, issue class or None) of what the words are about, nearest first."""
        deps = _PROTEST_DEPS if protest else _ABOUT_DEPS
        own = {w.i for w in words} | {t.i for t in skip}
        # ("demanded that Washington stop [selling arms]": what is to stop is not asked for)
        level = [c for w in words if not _stops(w) for c in kids(w)
                 if _below(c, deps) and c.i not in own]
        seen = set(own)
        for _ in range(_MAX_DEPTH):
            below: list[Token] = []
            for tok in sorted(level, key=lambda t: t.i):
                if tok.i in seen:
                    continue
                seen.add(tok.i)
                found = self._act_of(tok)
                if found is not None:
                    yield found
                if not _stops(tok):
                    below.extend(c for c in kids(tok) if _below(c, deps))
            level = below

    def _act_of(self, tok: Token) -> tuple[str, IssueClass | None] | None:
        if tok.pos_ in ("NOUN", "PROPN"):
            # (a noun names its issue only through the table: an event noun's own code may
            # be the opposite of what is asked: "cut tariffs" is no demand for tariffs)
            issue = self.issues.of_noun(tok)
            return (issue.act, issue) if issue is not None else None
        if tok.pos_ == "VERB":
            pattern = self.finder.match_verb(tok)
            return (pattern.code, None) if pattern is not None else None
        return None
