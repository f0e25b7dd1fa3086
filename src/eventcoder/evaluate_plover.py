"""Score coded mentions against PLOVER-typed gold: real news coded by other people.

A PLOVER gold record names each event by its PLOVER type, lists the acceptable actor codes,
and gives the CAMEO code on the events it was chosen to illustrate::

    {"id": "…", "text": "…", "published": null,
     "events": [{"source": ["JOR", "GBR"], "target": null, "plover": "AGREE", "cameo": "0312"}]}

``source`` / ``target`` are a list of acceptable codes (a compound actor lists each member),
a single code, or ``null`` when the coders recorded none (then anything agrees).

Which predictions count is the rule of :func:`eventcoder.evaluate.counts_as_event`; within one
record, predicted mentions with the same (source, target, code) are counted once.

Matching, per record, one-to-one and greedy (gold events in order, predictions in order):

``type``     the PLOVER type is equal;
``country``  type equal, and source and target agree on the country (first three letters of
             any acceptable gold code);
``full``     type equal, and each predicted actor code starts with an acceptable gold code.

``cameo`` recall is measured on the events that carry a ``cameo`` code: a record counts when
any predicted event's code starts with it (``root`` recall: the first two digits agree).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from eventcoder.errors import RecordError
from eventcoder.evaluate import LevelScore, counts_as_event
from eventcoder.ontology import PLOVER_TYPES
from eventcoder.records import Mention

__all__ = [
    "PLOVER_LEVELS",
    "PloverGoldEvent",
    "PloverReport",
    "evaluate_plover",
    "is_plover_record",
    "validate_plover_record",
]

PLOVER_LEVELS: tuple[str, ...] = ("type", "country", "full")


@dataclass(frozen=True, slots=True)
class PloverGoldEvent:
    """One gold event: acceptable source and target codes (empty = any), type and CAMEO code."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    plover: str
    cameo: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": list(self.source) or None,
            "target": list(self.target) or None,
            "plover": self.plover,
            "cameo": self.cameo,
        }


@dataclass(frozen=True, slots=True)
class _Predicted:
    source: str | None
    target: str | None
    cameo: str
    plover: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "cameo": self.cameo,
                "plover": self.plover}


@dataclass(slots=True)
class PloverReport:
    """Scores against PLOVER gold; ``to_dict`` is the ``--json`` output."""

    records: int
    gold_events: int
    predicted_events: int
    levels: dict[str, LevelScore]
    cameo_events: int
    cameo_hits: int
    cameo_root_hits: int
    no_event_records: int
    per_type: list[dict[str, Any]] = field(default_factory=list)
    type_confusions: list[tuple[str, str, int]] = field(default_factory=list)
    actor_confusions: list[tuple[str, str, int]] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    mistakes: list[dict[str, Any]] = field(default_factory=list)
    min_confidence: float = 0.0

    @property
    def cameo_recall(self) -> float:
        return self.cameo_hits / self.cameo_events if self.cameo_events else 0.0

    @property
    def cameo_root_recall(self) -> float:
        return self.cameo_root_hits / self.cameo_events if self.cameo_events else 0.0

    @property
    def no_event_share(self) -> float:
        return self.no_event_records / self.records if self.records else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "plover",
            "records": self.records,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "min_confidence": self.min_confidence,
            "levels": {name: s.to_dict() for name, s in self.levels.items()},
            "cameo": {
                "events": self.cameo_events,
                "code_recall": round(self.cameo_recall, 4),
                "root_recall": round(self.cameo_root_recall, 4),
            },
            "no_event_records": {
                "records": self.no_event_records,
                "share": round(self.no_event_share, 4),
            },
            "per_type": self.per_type,
            "type_confusions": [
                {"gold": g, "predicted": p, "count": n} for g, p, n in self.type_confusions
            ],
            "actor_confusions": [
                {"gold": g, "predicted": p, "count": n} for g, p, n in self.actor_confusions
            ],
            "errors": [{"id": rid, "error": msg} for rid, msg in self.errors],
            "mistakes": self.mistakes,
        }

    def format_text(self, top: int = 15) -> str:
        names = {"type": "type alone", "country": "type + countries", "full": "type + full codes"}
        lines = [
            f"records {self.records}   gold events {self.gold_events}   "
            f"predicted events {self.predicted_events}   min confidence {self.min_confidence:g}",
            "",
            f"{'PLOVER':<18} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>7} {'R':>7} {'F1':>7}",
        ]
        for name, s in self.levels.items():
            lines.append(
                f"{names[name]:<18} {s.tp:>5} {s.fp:>5} {s.fn:>5} "
                f"{s.precision:>7.3f} {s.recall:>7.3f} {s.f1:>7.3f}"
            )
        lines += [
            "",
            f"CAMEO recall on {self.cameo_events} coded events: full code "
            f"{self.cameo_recall:.3f}, root {self.cameo_root_recall:.3f}",
            f"records with no event: {self.no_event_records} of {self.records} "
            f"({self.no_event_share:.1%})",
            "",
            "per PLOVER type (type alone)",
            f"{'type':<10} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>7} {'R':>7} {'F1':>7}",
        ]
        for row in self.per_type:
            lines.append(
                f"{row['type']:<10} {row['gold']:>5} {row['predicted']:>5} {row['tp']:>5} "
                f"{row['precision']:>7.3f} {row['recall']:>7.3f} {row['f1']:>7.3f}"
            )
        if self.type_confusions:
            lines += ["", "worst type confusions (gold -> predicted, in the same record)"]
            lines += [f"  {g:>10} -> {p:<10} {n}" for g, p, n in self.type_confusions[:top]]
        if self.actor_confusions:
            lines += ["", "worst actor confusions (gold -> predicted, where the types agree)"]
            lines += [f"  {g:>12} -> {p:<12} {n}" for g, p, n in self.actor_confusions[:top]]
        if self.errors:
            lines += ["", f"records the coder failed on: {len(self.errors)}"]
            lines += [f"  {rid}: {msg}" for rid, msg in self.errors[:top]]
        return "\n".join(lines)


# -- gold records ---------------------------------------------------------------------------


def is_plover_record(record: Mapping[str, Any]) -> bool:
    """Whether a gold record names its events by PLOVER type (rather than by CAMEO ``code``)."""
    events = record.get("events")
    return isinstance(events, list) and bool(events) and all(
        isinstance(e, dict) and "plover" in e and "code" not in e for e in events
    )


def _codes(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value else ()
    return tuple(str(v) for v in value if v)


def validate_plover_record(record: Mapping[str, Any], where: str = "") -> None:
    """Raise :class:`RecordError` unless ``record`` is a well-formed PLOVER gold record."""
    for ev in record.get("events") or []:
        if ev.get("plover") not in PLOVER_TYPES:
            raise RecordError(f"unknown PLOVER type {ev.get('plover')!r}", source=where or None)
        for role in ("source", "target"):
            value = ev.get(role)
            if value is not None and not isinstance(value, str | list):
                raise RecordError(f"bad {role}: {value!r}", source=where or None)


def _gold_events(record: Mapping[str, Any]) -> list[PloverGoldEvent]:
    return [
        PloverGoldEvent(
            _codes(e.get("source")), _codes(e.get("target")), str(e["plover"]),
            str(e["cameo"]) if e.get("cameo") else None,
        )
        for e in record.get("events", [])
    ]


# -- matching -------------------------------------------------------------------------------


def _actor_ok(want: tuple[str, ...], got: str | None, level: str) -> bool:
    if not want:
        return True
    got = got or ""
    if level == "full":
        return any(got.startswith(w) for w in want)
    return any(got[:3] == w[:3] for w in want)


def _matches(level: str, g: PloverGoldEvent, p: _Predicted) -> bool:
    if p.plover != g.plover:
        return False
    if level == "type":
        return True
    return _actor_ok(g.source, p.source, level) and _actor_ok(g.target, p.target, level)


def _match(level: str, gold: Sequence[PloverGoldEvent], pred: Sequence[_Predicted]):
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and _matches(level, g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def _predicted(mentions: Iterable[Mention], min_confidence: float) -> list[_Predicted]:
    out: list[_Predicted] = []
    for m in mentions:
        if not counts_as_event(m, min_confidence):
            continue
        p = _Predicted(
            m.source.code if m.source else None,
            m.target.code if m.target else None,
            m.cameo,
            m.plover,
        )
        if p not in out:
            out.append(p)
    return out


def _ranked(counter: Counter[tuple[str, str]]) -> list[tuple[str, str, int]]:
    return [(g, p, n) for (g, p), n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


@dataclass
class _Tally:
    counts: dict[str, list[int]] = field(default_factory=lambda: {lv: [0, 0, 0] for lv in PLOVER_LEVELS})
    type_gold: Counter[str] = field(default_factory=Counter)
    type_pred: Counter[str] = field(default_factory=Counter)
    type_tp: Counter[str] = field(default_factory=Counter)
    type_conf: Counter[tuple[str, str]] = field(default_factory=Counter)
    actor_conf: Counter[tuple[str, str]] = field(default_factory=Counter)
    cameo_events: int = 0
    cameo_hits: int = 0
    cameo_root_hits: int = 0

    def add(self, gold: Sequence[PloverGoldEvent], pred: Sequence[_Predicted]):
        self.type_gold.update(g.plover for g in gold)
        self.type_pred.update(p.plover or "-" for p in pred)
        pairs_by_level = {}
        for level in PLOVER_LEVELS:
            pairs = _match(level, gold, pred)
            pairs_by_level[level] = pairs
            c = self.counts[level]
            c[0] += len(pairs)
            c[1] += len(pred) - len(pairs)
            c[2] += len(gold) - len(pairs)
        type_pairs = pairs_by_level["type"]
        self.type_tp.update(gold[gi].plover for gi, _ in type_pairs)
        matched_p = {pi for _, pi in type_pairs}
        matched_g = {gi for gi, _ in type_pairs}
        free_p = [p for pi, p in enumerate(pred) if pi not in matched_p]
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                self.type_conf[(g.plover, free_p.pop(0).plover or "-" if free_p else "(none)")] += 1
        for gi, pi in type_pairs:
            g, p = gold[gi], pred[pi]
            for want, got in ((g.source, p.source), (g.target, p.target)):
                if want and not _actor_ok(want, got, "country"):
                    self.actor_conf[("/".join(want), got or "-")] += 1
        for g in gold:
            if g.cameo:
                self.cameo_events += 1
                self.cameo_hits += any(p.cameo.startswith(g.cameo) for p in pred)
                self.cameo_root_hits += any(p.cameo[:2] == g.cameo[:2] for p in pred)
        return pairs_by_level["country"]

    def per_type(self) -> list[dict[str, Any]]:
        rows = []
        for t in sorted(set(self.type_gold) | set(self.type_pred)):
            s = LevelScore(self.type_tp[t], self.type_pred[t] - self.type_tp[t],
                           self.type_gold[t] - self.type_tp[t])
            rows.append({"type": t, "gold": self.type_gold[t], "predicted": self.type_pred[t],
                         "tp": self.type_tp[t], "precision": round(s.precision, 4),
                         "recall": round(s.recall, 4), "f1": round(s.f1, 4)})
        return rows


def evaluate_plover(
    gold_records: Iterable[Mapping[str, Any]],
    predicted: Mapping[str, Sequence[Mention]],
    *,
    min_confidence: float = 0.0,
) -> PloverReport:
    """Score ``predicted`` (gold record id -> mentions) against PLOVER gold records."""
    tally = _Tally()
    n_records = n_gold = n_pred = no_event = 0
    mistakes: list[dict[str, Any]] = []
    for record in gold_records:
        n_records += 1
        rid = str(record["id"])
        gold = _gold_events(record)
        pred = _predicted(predicted.get(rid, ()), min_confidence)
        n_gold += len(gold)
        n_pred += len(pred)
        no_event += not pred
        pairs = tally.add(gold, pred)
        if len(pairs) < len(gold) or len(pairs) < len(pred):
            mg = {gi for gi, _ in pairs}
            mp = {pi for _, pi in pairs}
            mistakes.append({
                "id": rid,
                "text": record.get("text", ""),
                "missed": [g.to_dict() for i, g in enumerate(gold) if i not in mg],
                "spurious": [p.to_dict() for i, p in enumerate(pred) if i not in mp],
            })
    return PloverReport(
        records=n_records,
        gold_events=n_gold,
        predicted_events=n_pred,
        levels={lv: LevelScore(*tally.counts[lv]) for lv in PLOVER_LEVELS},
        cameo_events=tally.cameo_events,
        cameo_hits=tally.cameo_hits,
        cameo_root_hits=tally.cameo_root_hits,
        no_event_records=no_event,
        per_type=tally.per_type(),
        type_confusions=_ranked(tally.type_conf),
        actor_confusions=_ranked(tally.actor_conf),
        mistakes=mistakes,
        min_confidence=min_confidence,
    )

