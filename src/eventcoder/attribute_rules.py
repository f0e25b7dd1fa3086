"""The model's attribute rules, found through an index instead of spaCy's general Matcher.

``en_core_web_sm`` ends its tagging with an ``attribute_ruler``: 179 rules, nearly all of one
token ("tag PRP$ is a PRON", "'were' tagged VBD is the auxiliary *be*"), that set the part of
speech, morphology and some lemmas. spaCy finds them with its general token Matcher, which
tries every rule at every token: on wire text that took 15 % of the whole parse, more than the
parser itself (#15). Each of these rules names the exact tag or word its first token must
have, so an index by tag and by word finds the few rules worth trying at a token.

:func:`index_attribute_rules` replaces only the ruler's ``match`` step. The rules are the
model's own (read from the loaded ruler, never written here), the matches come back in the
same order as spaCy's (``AttributeRuler.match``), and spaCy's own ``set_annotations`` applies
them, so the parse is the same token for token (``tests/test_attribute_rules.py`` compares the
two on text of every kind). A ruler whose rules use anything this index does not understand
(operators, other attributes, other predicates) is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["IndexedRules", "index_attribute_rules", "shipped_matcher"]

# token attributes a rule may test, as the Matcher reads them (strings, then booleans)
_STRING_ATTRS = {"ORTH": "text", "LOWER": "lower_", "TAG": "tag_", "DEP": "dep_",
                 "POS": "pos_", "LEMMA": "lemma_", "NORM": "norm_"}
_BOOL_ATTRS = {"IS_SPACE": "is_space", "IS_PUNCT": "is_punct", "IS_DIGIT": "is_digit",
               "IS_ALPHA": "is_alpha"}
# memoised first-token answers kept at most (one per distinct tag, word, dependency …)
_MEMO_SIZE = 200_000

Check = Callable[[Any], bool]
Rule = tuple[int, int, Check, tuple[Check, ...]]  # rule number, match id, first token, the rest


class Unsupported(ValueError):
    """A rule uses something the index does not understand: keep spaCy's Matcher."""


def _check(attr: str, spec: Any) -> Check:
    """The test of one attribute of one token, with the Matcher's meaning of ``spec``."""
    if attr in _BOOL_ATTRS:
        if not isinstance(spec, bool):
            raise Unsupported(f"{attr}: {spec!r}")
        name = _BOOL_ATTRS[attr]
        return lambda token: getattr(token, name) is spec
    if attr not in _STRING_ATTRS:
        raise Unsupported(attr)
    name = _STRING_ATTRS[attr]
    if isinstance(spec, str):
        return lambda token: getattr(token, name) == spec
    if isinstance(spec, dict) and len(spec) == 1:
        (op, arg), = spec.items()
        if op == "IN" and isinstance(arg, list):
            values = frozenset(arg)
            return lambda token: getattr(token, name) in values
        if op == "NOT_IN" and isinstance(arg, list):
            values = frozenset(arg)
            return lambda token: getattr(token, name) not in values
        if op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search
            return lambda token: search(getattr(token, name)) is not None
    raise Unsupported(f"{attr}: {spec!r}")


def _token_test(spec: dict[str, Any]) -> Check:
    """All of one token's attribute tests."""
    checks = [_check(attr, value) for attr, value in spec.items()]
    return lambda token: all(check(token) for check in checks)


def _index_keys(first: dict[str, Any]) -> tuple[str, list[str]] | None:
    """The attribute and the values under which a rule is filed: its first token's exact tag
    or word (``None``: the rule is tried at every token)."""
    for attr in ("TAG", "LOWER"):
        spec = first.get(attr)
        if isinstance(spec, str):
            return attr, [spec]
        if isinstance(spec, dict) and list(spec) == ["IN"]:
            return attr, list(spec["IN"])
    return None


class IndexedRules:
    """``AttributeRuler.match`` for one ruler. Whether a rule's first token matches depends
    only on the few attributes the rules test (here tag, word, dependency, space), so the
    answer is worked out once per distinct combination and looked up after that; the
    tokens after the first, in the few rules of two tokens, are tested where they occur."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import IDS

        self.by_tag: dict[str, list[Rule]] = {}  # rules filed by their first token's tag
        self.by_lower: dict[str, list[Rule]] = {}  # … or word, when they name one
        self.everywhere: list[Rule] = []  # rules tried at every token
        tested: dict[str, None] = {}
        for rule_id, rule in enumerate(ruler.patterns):  # rule i is the ruler's key str(i)
            match_id = ruler.vocab.strings.add(str(rule_id))
            for pattern in rule["patterns"]:
                if not pattern or any(not isinstance(t, dict) or "OP" in t for t in pattern):
                    raise Unsupported(f"rule {rule_id}: {pattern!r}")
                tests = [_token_test(t) for t in pattern]
                rule = (rule_id, match_id, tests[0], tuple(tests[1:]))
                tested.update(dict.fromkeys(pattern[0]))
                filed = _index_keys(pattern[0])
                if filed is None:
                    self.everywhere.append(rule)
                    continue
                table = self.by_tag if filed[0] == "TAG" else self.by_lower
                for value in dict.fromkeys(filed[1]):  # (a value listed twice is one rule)
                    table.setdefault(value, []).append(rule)
        self.attr_ids = [IDS[attr] for attr in tested]
        self.memo: dict[tuple[int, ...], tuple[tuple[int, int, tuple[Check, ...]], ...]] = {}

    def _first(self, token: Any) -> tuple[tuple[int, int, tuple[Check, ...]], ...]:
        """The rules whose first token this token matches."""
        return tuple((rule_id, match_id, rest) for rule_id, match_id, first, rest
                     in (self.by_tag.get(token.tag_, []) + self.by_lower.get(token.lower_, [])
                         + self.everywhere)
                     if first(token))

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        if not len(doc):
            return []
        rows = doc.to_array(self.attr_ids).tolist()  # the tested attributes, as hashes
        if len(self.attr_ids) == 1:
            rows = [[value] for value in rows]
        memo = self.memo
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        n = len(rows)
        matches = []
        for i, row in enumerate(rows):
            key = tuple(row)
            found = memo.get(key)
            if found is None:
                found = memo[key] = self._first(doc[i])
            for rule_id, match_id, rest in found:
                end = i + 1 + len(rest)
                if rest and (end > n or not all(test(doc[i + 1 + k])
                                                for k, test in enumerate(rest))):
                    continue
                matches.append((rule_id, match_id, i, end))
        matches.sort()
        return matches


def index_attribute_rules(nlp: Any) -> bool:
    """Find the attribute ruler's rules through an index (same matches, same order). Returns
    whether it was done: a pipeline without the ruler, or with rules the index does not
    understand, keeps spaCy's Matcher."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        ruler.match = IndexedRules(ruler)  # (AttributeRuler.__call__ calls self.match)
    except Unsupported:
        return False
    return True


@contextmanager
def shipped_matcher(nlp: Any) -> Iterator[Any]:
    """The pipeline with spaCy's own Matcher for the attribute rules, as the model ships it
    (what ``eventcoder bench`` calls the bare parse); the index again afterwards."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    indexed = vars(ruler).get("match") if ruler is not None else None
    if isinstance(indexed, IndexedRules):
        del ruler.match  # the class's own method answers again
    try:
        yield nlp
    finally:
        if isinstance(indexed, IndexedRules):
            ruler.match = indexed
