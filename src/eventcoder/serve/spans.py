"""Highlight spans for a coded text: actors, event triggers, dates and places.

The mention records (``Mention.to_dict()``) carry the evidence sentence's offsets
(``start``/``end``) and the actors' and place's *texts*; the trigger's offsets live on the
:class:`~eventcoder.records.Mention` itself (``trigger_start``/``trigger_end``). This module
turns them into character spans of the article text, each linked to the mentions it belongs
to, so the page can mark the text without guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from eventcoder.records import Mention

__all__ = ["DATE_RE", "highlight_spans"]

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
          r"december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|"
          r"dec\.?)")  # fmt: skip
#: Time expressions of the kinds the coder resolves (see docs/time-and-place.md).
DATE_RE = re.compile(
    r"\b(?:"
    rf"(?:on\s+|last\s+|next\s+|this\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|(?:last|next|this|early|late|mid-?)\s*{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|yesterday|today|tomorrow|tonight"
    r"|(?:last|next|this|earlier\s+this|later\s+this)\s+(?:week|month|year|weekend)"
    r"|(?:\w+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|later)"
    r")\b",
    re.IGNORECASE,
)


def _find_word(haystack: str, needle: str, origin: int) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``haystack`` as a whole word (case-insensitive), shifted."""
    if not needle or not needle.strip():
        return None
    pattern = r"(?<!\w)" + re.escape(needle.strip()) + r"(?!\w)"
    match = re.search(pattern, haystack, re.IGNORECASE)
    if not match:
        return None
    return origin + match.start(), origin + match.end()


def _spans_of(index: int, m: Mention, text: str) -> Iterable[dict[str, Any]]:
    sent_start, sent_end = m.start, m.end
    if not (0 <= sent_start < sent_end <= len(text)):
        found = text.find(m.sentence)
        if found < 0:
            return
        sent_start, sent_end = found, found + len(m.sentence)
    sentence = text[sent_start:sent_end]
    if sent_start <= m.trigger_start < m.trigger_end <= sent_end:
        yield {"kind": "trigger", "start": m.trigger_start, "end": m.trigger_end, "mention": index}
    else:
        where = _find_word(sentence, m.trigger.split()[0] if m.trigger else "", sent_start)
        if where:
            yield {"kind": "trigger", "start": where[0], "end": where[1], "mention": index}
    for role, actor in (("source", m.source), ("target", m.target)):
        where = _find_word(sentence, actor.text, sent_start) if actor else None
        if where:
            yield {"kind": "actor", "role": role, "start": where[0], "end": where[1],
                   "mention": index, "code": actor.code}  # fmt: skip
    if m.location is not None:
        where = _find_word(sentence, m.location.name, sent_start)
        if where:
            yield {"kind": "place", "start": where[0], "end": where[1], "mention": index}
    if m.date_precision != "published":
        for match in DATE_RE.finditer(sentence):
            yield {"kind": "date", "start": sent_start + match.start(),
                   "end": sent_start + match.end(), "mention": index}  # fmt: skip


def highlight_spans(text: str, mentions: Sequence[Mention]) -> list[dict[str, Any]]:
    """Non-overlapping spans, sorted by start; each lists the mentions (indices) it marks.

    Where two kinds overlap (a capital that is both actor and place), the earlier and then
    the longer span wins; an identical span gathers every mention that names it.
    """
    merged: dict[tuple[int, int, str], dict[str, Any]] = {}
    for index, m in enumerate(mentions):
        for span in _spans_of(index, m, text):
            key = (span["start"], span["end"], span["kind"])
            if key in merged:
                if index not in merged[key]["mentions"]:
                    merged[key]["mentions"].append(index)
                continue
            span = {**span, "mentions": [span.pop("mention")]}
            merged[key] = span
    priority = {"trigger": 0, "actor": 1, "place": 2, "date": 3}
    ordered = sorted(merged.values(),
                     key=lambda s: (s["start"], -(s["end"] - s["start"]), priority[s["kind"]]))
    out: list[dict[str, Any]] = []
    last_end = -1
    for span in ordered:
        if span["start"] >= last_end:
            out.append(span)
            last_end = span["end"]
    return out
