"""Score coded mentions against a hand-coded gold set (``gold/dev.jsonl``).

A gold record is an input record plus its gold events::

    {"id": "dev-0001", "text": "...", "published": "2024-03-02",
     "events": [{"source": "PAKGOV", "target": "USAGOV", "code": "112"}], "note": "..."}

:func:`evaluate` is a pure function over gold records and predicted :class:`Mention` lists;
:func:`run_eval` codes each gold record with the product's coder first.

Which predicted mentions count (see :func:`counts_as_event`)
    A mention is *not* an event when ``negated`` is true, when its ``modality`` is one of
    :data:`NON_EVENT_MODALITIES` (hypothetical, conditional, question …) or when its
    ``confidence`` is below ``min_confidence``. Threats, demands, intents and appeals stay:
    CAMEO codes them as events of their own (13x, 10x, 03x, 02x). Within one record,
    predicted mentions with the same (source, target, code) are counted once.

Matching
    Per record, predicted events are matched one-to-one to gold events, greedily: every
    (gold, predicted) pair that matches at the level is ranked by how closely it agrees
    (complete actor codes, then code, then order of appearance) and taken if both are still
    free. Each level is matched on its own.

    ``root``  same CAMEO root, and actor countries agree (first 3 letters of each code).
    ``code``  the code agrees — a 2-digit gold code accepts any code under that root, a 3- or
              4-digit gold code must be equal — and actors agree on country + first role
              (first 6 letters).
    ``full``  the code agrees as for ``code`` and the complete actor codes are equal.

    A ``null`` gold actor means the sentence does not name that actor: it is a wildcard and
    agrees with any predicted actor, including none. A named gold actor never agrees with a
    missing predicted actor.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.errors import EmptyInputError, EventcoderError, InputError, RecordError
from eventcoder.records import Article, Mention

if TYPE_CHECKING:
    from eventcoder.evaluate_plover import PloverReport

__all__ = [
    "LEVELS",
    "NON_EVENT_MODALITIES",
    "EvalReport",
    "GoldEvent",
    "LevelScore",
    "RootRow",
    "counts_as_event",
    "evaluate",
    "load_gold",
    "run_eval",
    "validate_record",
]

LEVELS: tuple[str, ...] = ("root", "code", "full")
#: Modalities under which a mention reports no event that happened or was announced.
NON_EVENT_MODALITIES: frozenset[str] = frozenset(
    {"hypothetical", "conditional", "counterfactual", "question", "possible", "negated"}
)
ROOTS: tuple[str, ...] = tuple(f"{i:02d}" for i in range(1, 21))
_CODE_RE = re.compile(r"^(0[1-9]|1[0-9]|20)[0-9]{0,2}$")
_ACTOR_RE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One event as compared: source and target actor codes (or None) and a CAMEO code."""

    source: str | None
    target: str | None
    code: str

    @property
    def root(self) -> str:
        return self.code[:2]

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "code": self.code}


@dataclass(frozen=True, slots=True)
class LevelScore:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class RootRow:
    """Root-level scores for the events of one CAMEO root."""

    root: str
    gold: int
    predicted: int
    tp: int

    @property
    def score(self) -> LevelScore:
        return LevelScore(self.tp, self.predicted - self.tp, self.gold - self.tp)

    def to_dict(self) -> dict[str, Any]:
        s = self.score
        return {
            "root": self.root,
            "gold": self.gold,
            "predicted": self.predicted,
            "tp": self.tp,
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
        }


@dataclass(slots=True)
class EvalReport:
    """Scores of one evaluation run; ``to_dict`` is the ``--json`` output."""

    records: int
    gold_events: int
    predicted_events: int
    levels: dict[str, LevelScore]
    per_root: list[RootRow]
    empty_records: int
    empty_with_predictions: int
    empty_false_positives: int
    code_confusions: list[tuple[str, str, int]] = field(default_factory=list)
    actor_confusions: list[tuple[str, str, int]] = field(default_factory=list)
    missing_records: list[str] = field(default_factory=list)
    #: records the coder failed on: (id, one-line error); scored as having no predictions
    errors: list[tuple[str, str]] = field(default_factory=list)
    #: records not perfect at full level: id, text, unmatched gold and predicted events
    mistakes: list[dict[str, Any]] = field(default_factory=list)
    min_confidence: float = 0.0

    @property
    def empty_fp_rate(self) -> float:
        """Share of no-event gold records on which at least one event was predicted."""
        return self.empty_with_predictions / self.empty_records if self.empty_records else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "min_confidence": self.min_confidence,
            "levels": {name: s.to_dict() for name, s in self.levels.items()},
            "per_root": [row.to_dict() for row in self.per_root],
            "no_event_records": {
                "records": self.empty_records,
                "with_predictions": self.empty_with_predictions,
                "false_positive_events": self.empty_false_positives,
                "false_positive_rate": round(self.empty_fp_rate, 4),
            },
            "code_confusions": [
                {"gold": g, "predicted": p, "count": n} for g, p, n in self.code_confusions
            ],
            "actor_confusions": [
                {"gold": g, "predicted": p, "count": n} for g, p, n in self.actor_confusions
            ],
            "missing_records": self.missing_records,
            "errors": [{"id": rid, "error": msg} for rid, msg in self.errors],
            "mistakes": self.mistakes,
        }

    def format_text(self, top: int = 15) -> str:
        lines = [
            f"records {self.records}   gold events {self.gold_events}   "
            f"predicted events {self.predicted_events}   min confidence {self.min_confidence:g}",
            "",
            f"{'level':<6} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>7} {'R':>7} {'F1':>7}",
        ]
        for name, s in self.levels.items():
            lines.append(
                f"{name:<6} {s.tp:>5} {s.fp:>5} {s.fn:>5} "
                f"{s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f}"
            )
        lines += [
            "",
            "per root (root level)",
            f"{'root':<5} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>7} {'R':>7} {'F1':>7}",
        ]
        for row in self.per_root:
            s = row.score
            lines.append(
                f"{row.root:<5} {row.gold:>5} {row.predicted:>5} {row.tp:>5} "
                f"{s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f}"
            )
        lines += [
            "",
            f"no-event records: {self.empty_records}, with a predicted event: "
            f"{self.empty_with_predictions} (false-positive rate {self.empty_fp_rate:.3f}, "
            f"{self.empty_false_positives} false events)",
        ]
        if self.code_confusions:
            lines += ["", "worst code confusions (gold -> predicted, actors agreeing by country)"]
            lines += [f"  {g:>5} -> {p:<5} {n}" for g, p, n in self.code_confusions[:top]]
        if self.actor_confusions:
            lines += ["", "worst actor confusions (gold -> predicted, where the codes agree)"]
            lines += [f"  {g:>12} -> {p:<12} {n}" for g, p, n in self.actor_confusions[:top]]
        if self.missing_records:
            lines += ["", f"records without predictions supplied: {len(self.missing_records)}"]
        if self.errors:
            lines += ["", f"records the coder failed on: {len(self.errors)}"]
            lines += [f"  {rid}: {msg}" for rid, msg in self.errors[:top]]
        return "\n".join(lines)


# -- which predictions count ---------------------------------------------------------------


def counts_as_event(mention: Mention, min_confidence: float = 0.0) -> bool:
    """Whether a predicted mention is scored as an event (see the module docstring)."""
    if mention.negated:
        return False
    if (mention.modality or "asserted").lower() in NON_EVENT_MODALITIES:
        return False
    return mention.confidence >= min_confidence


def _predicted_events(mentions: Iterable[Mention], min_confidence: float) -> list[GoldEvent]:
    out: list[GoldEvent] = []
    seen: set[GoldEvent] = set()
    for m in mentions:
        if not counts_as_event(m, min_confidence):
            continue
        ev = GoldEvent(
            m.source.code if m.source else None,
            m.target.code if m.target else None,
            m.cameo,
        )
        if ev not in seen:
            seen.add(ev)
            out.append(ev)
    return out


# -- matching -------------------------------------------------------------------------------


def _actor_ok(gold: str | None, pred: str | None, width: int | None) -> bool:
    if gold is None:
        return True
    if pred is None:
        return False
    if width is None:
        return gold == pred
    return gold[:width] == pred[:width]


def _code_ok(gold: str, pred: str) -> bool:
    if len(gold) == 2:
        return pred[:2] == gold
    return pred == gold


def _matches(level: str, g: GoldEvent, p: GoldEvent) -> bool:
    if level == "root":
        return (
            g.root == p.code[:2]
            and _actor_ok(g.source, p.source, 3)
            and _actor_ok(g.target, p.target, 3)
        )
    width = 6 if level == "code" else None
    return (
        _code_ok(g.code, p.code)
        and _actor_ok(g.source, p.source, width)
        and _actor_ok(g.target, p.target, width)
    )


def _closeness(g: GoldEvent, p: GoldEvent) -> int:
    score = 0
    if _matches("full", g, p):
        score += 4
    if _matches("code", g, p):
        score += 2
    if g.code == p.code:
        score += 1
    return score


def _match(
    level: str, gold: Sequence[GoldEvent], pred: Sequence[GoldEvent]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching; returns (gold index, predicted index) pairs."""
    pairs = [
        (-_closeness(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if _matches(level, g, p)
    ]
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def _countries_agree(g: GoldEvent, p: GoldEvent) -> bool:
    return _actor_ok(g.source, p.source, 3) and _actor_ok(g.target, p.target, 3)


def _code_confusions(
    gold: Sequence[GoldEvent], pred: Sequence[GoldEvent], code_pairs: list[tuple[int, int]]
) -> Iterable[tuple[str, str]]:
    """Gold vs predicted codes of events left unmatched at code level whose actor countries
    agree and whose codes disagree."""
    matched_g = {gi for gi, _ in code_pairs}
    matched_p = {pi for _, pi in code_pairs}
    taken: set[int] = set()
    for gi, g in enumerate(gold):
        if gi in matched_g:
            continue
        for pi, p in enumerate(pred):
            if pi in matched_p or pi in taken or not _countries_agree(g, p):
                continue
            taken.add(pi)
            if not _code_ok(g.code, p.code):
                yield g.code, p.code
            break


def _actor_confusions(
    gold: Sequence[GoldEvent], pred: Sequence[GoldEvent], root_pairs: list[tuple[int, int]]
) -> Iterable[tuple[str, str]]:
    """Gold vs predicted actor codes on root-matched pairs whose codes agree."""
    for gi, pi in root_pairs:
        g, p = gold[gi], pred[pi]
        if not _code_ok(g.code, p.code):
            continue
        for ga, pa in ((g.source, p.source), (g.target, p.target)):
            if ga is not None and ga != pa:
                yield ga, pa or "-"


# -- gold records ---------------------------------------------------------------------------


def _gold_events(record: Mapping[str, Any]) -> list[GoldEvent]:
    return [
        GoldEvent(e.get("source"), e.get("target"), str(e["code"]))
        for e in record.get("events", [])
    ]


def validate_record(record: Any, where: str = "") -> None:
    """Raise :class:`RecordError` unless ``record`` is a well-formed gold record."""

    def bad(reason: str) -> RecordError:
        return RecordError(reason, source=where or None)

    if not isinstance(record, dict):
        raise bad("a gold record must be a JSON object")
    for key in ("id", "text"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise bad(f"missing or empty {key!r}")
    events = record.get("events")
    if not isinstance(events, list):
        raise bad("'events' must be a list")
    for ev in events:
        if not isinstance(ev, dict) or "code" not in ev:
            raise bad("each event needs a 'code'")
        if not _CODE_RE.match(str(ev["code"])):
            raise bad(f"not a CAMEO event code: {ev['code']!r}")
        for role in ("source", "target"):
            actor = ev.get(role)
            if actor is not None and not (isinstance(actor, str) and _ACTOR_RE.match(actor)):
                raise bad(f"bad {role} actor code: {actor!r}")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read and validate a gold JSONL file (blank lines and ``#`` comment lines are skipped)."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror or exc}", source=str(p)) from exc
    except UnicodeDecodeError as exc:
        raise InputError("gold file is not UTF-8", source=str(p)) from exc
    records: list[dict[str, Any]] = []
    ids: set[str] = set()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{p}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordError(f"invalid JSON: {exc.msg}", source=where) from exc
        _validate_any(record, where)
        if record["id"] in ids:
            raise RecordError(f"duplicate id {record['id']!r}", source=where)
        ids.add(record["id"])
        records.append(record)
    if not records:
        raise EmptyInputError("gold file has no records", source=str(p))
    from eventcoder.evaluate_plover import is_plover_record

    kinds = {is_plover_record(r) for r in records if r.get("events")}
    if len(kinds) > 1:
        raise InputError("gold file mixes CAMEO-coded and PLOVER-typed events", source=str(p))
    return records


def _validate_any(record: Any, where: str) -> None:
    """A gold record of either format: CAMEO ``code`` events or PLOVER-typed events."""
    from eventcoder.evaluate_plover import is_plover_record, validate_plover_record

    if isinstance(record, dict) and is_plover_record(record):
        for key in ("id", "text"):
            if not isinstance(record.get(key), str) or not record[key].strip():
                raise RecordError(f"missing or empty {key!r}", source=where)
        validate_plover_record(record, where)
    else:
        validate_record(record, where)


# -- scoring --------------------------------------------------------------------------------


def evaluate(
    gold_records: Iterable[Mapping[str, Any]],
    predicted: Mapping[str, Sequence[Mention]],
    *,
    min_confidence: float = 0.0,
) -> EvalReport:
    """Score ``predicted`` (gold record id -> mentions) against ``gold_records``.

    A gold record with no entry in ``predicted`` is scored as having no predictions and is
    listed in ``missing_records``.
    """
    counts = {lvl: [0, 0, 0] for lvl in LEVELS}  # tp, fp, fn
    root_gold: Counter[str] = Counter()
    root_pred: Counter[str] = Counter()
    root_tp: Counter[str] = Counter()
    code_conf: Counter[tuple[str, str]] = Counter()
    actor_conf: Counter[tuple[str, str]] = Counter()
    n_records = n_gold = n_pred = empty = empty_hit = empty_fp = 0
    missing: list[str] = []
    mistakes: list[dict[str, Any]] = []
    for record in gold_records:
        n_records += 1
        rid = str(record["id"])
        gold = _gold_events(record)
        if rid not in predicted:
            missing.append(rid)
        pred = _predicted_events(predicted.get(rid, ()), min_confidence)
        n_gold += len(gold)
        n_pred += len(pred)
        root_gold.update(g.root for g in gold)
        root_pred.update(p.code[:2] for p in pred)
        if not gold:
            empty += 1
            empty_hit += bool(pred)
            empty_fp += len(pred)
        for level in LEVELS:
            pairs = _match(level, gold, pred)
            if level == "full" and (len(pairs) < len(gold) or len(pairs) < len(pred)):
                mistakes.append(_mistake(record, gold, pred, pairs))
            c = counts[level]
            c[0] += len(pairs)
            c[1] += len(pred) - len(pairs)
            c[2] += len(gold) - len(pairs)
            if level == "root":
                root_tp.update(gold[gi].root for gi, _ in pairs)
                actor_conf.update(_actor_confusions(gold, pred, pairs))
            elif level == "code":
                code_conf.update(_code_confusions(gold, pred, pairs))
    roots = sorted(set(ROOTS) | set(root_gold) | set(root_pred))
    return EvalReport(
        records=n_records,
        gold_events=n_gold,
        predicted_events=n_pred,
        levels={lvl: LevelScore(*counts[lvl]) for lvl in LEVELS},
        per_root=[RootRow(r, root_gold[r], root_pred[r], root_tp[r]) for r in roots],
        empty_records=empty,
        empty_with_predictions=empty_hit,
        empty_false_positives=empty_fp,
        code_confusions=_ranked(code_conf),
        actor_confusions=_ranked(actor_conf),
        missing_records=missing,
        mistakes=mistakes,
        min_confidence=min_confidence,
    )


def _mistake(
    record: Mapping[str, Any],
    gold: Sequence[GoldEvent],
    pred: Sequence[GoldEvent],
    pairs: list[tuple[int, int]],
) -> dict[str, Any]:
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    return {
        "id": str(record["id"]),
        "text": record.get("text", ""),
        "missed": [g.to_dict() for i, g in enumerate(gold) if i not in matched_g],
        "spurious": [p.to_dict() for i, p in enumerate(pred) if i not in matched_p],
    }


def _ranked(counter: Counter[tuple[str, str]]) -> list[tuple[str, str, int]]:
    return [(g, p, n) for (g, p), n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def run_eval(
    path: str | Path, coder: Any = None, *, min_confidence: float = 0.0,
    actor_files: tuple[Any, ...] = (),
) -> EvalReport | PloverReport:
    """Code every record of the gold file at ``path`` with ``coder`` and score the result.

    ``coder`` is anything with ``code_article(Article) -> list[Mention]``; by default the
    product's coder (:func:`eventcoder.pipeline.default_coder`, a shared
    :class:`~eventcoder.pipeline.Coder`) with the user actor tables ``actor_files``. A file
    of PLOVER-typed gold (real news coded by other people, :mod:`eventcoder.evaluate_plover`)
    gives a :class:`PloverReport`.
    """
    from eventcoder.evaluate_plover import evaluate_plover, is_plover_record

    records = load_gold(path)
    if coder is None:
        from eventcoder.pipeline import default_coder

        coder = default_coder(tuple(actor_files))
    predicted: dict[str, list[Mention]] = {}
    errors: list[tuple[str, str]] = []
    for record in records:
        article = Article(
            id=str(record["id"]),
            text=record["text"],
            title=record.get("title"),
            published=record.get("published"),
            origin=f"{path}#{record['id']}",
        )
        try:
            predicted[article.id] = list(coder.code_article(article))
        except EventcoderError as exc:  # e.g. a record the reader rejects: score it as empty
            predicted[article.id] = []
            errors.append((article.id, exc.one_line()))
    report: EvalReport | PloverReport
    if any(is_plover_record(r) for r in records):
        report = evaluate_plover(records, predicted, min_confidence=min_confidence)
    else:
        report = evaluate(records, predicted, min_confidence=min_confidence)
    report.errors = errors
    return report
