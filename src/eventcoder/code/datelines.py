"""Wire-story datelines: "ISLAMABAD, April 2 (Reuters) - …" gives the place and date of the
story and where its body starts. :mod:`eventcoder.pipeline` splits the dateline into its own
sentence; :class:`~eventcoder.code.engine.EventEngine` uses its place and date as fallbacks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventcoder.code.dates import DAY, MONTHS, resolve_date_text

__all__ = ["Dateline", "parse_dateline"]


@dataclass(frozen=True, slots=True)
class Dateline:
    """A wire-story dateline: its place (as written, title-cased), date and the body's offset."""

    place: str | None
    date: dt.date | None
    body_start: int


# ---------------------------------------------------------------------------- datelines

_MONTH_TITLE_RE = "|".join(m.title() for m in sorted(MONTHS, key=len, reverse=True))
_DATELINE = re.compile(
    r"[ \t]*"
    r"(?P<place>[A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,3})"  # ISLAMABAD / NEW YORK
    r"(?:,[ \t]*(?P<qual>(?!(?:" + _MONTH_TITLE_RE + r")\.?[ \t]+\d)"  # , Ukraine
    r"[A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Za-z][A-Za-z.'’\-]*){0,3}))?"
    r"(?:,[ \t]*(?P<date>(?:" + _MONTH_TITLE_RE + r")\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?))?"
    r"[ \t]*(?P<agency>\([^()\n]{1,40}\))?"  # (Reuters)
    # "—" and "--" may touch the words; a hyphen needs a space before it ("U.S.-China" is no
    # dateline); Pakistani and Indian papers write "ISLAMABAD: …".
    r"(?P<dash>[ \t]*(?:--|[–—])|[ \t]+-(?=\s)|:)[ \t]*"
)
_DATELINE_AGENCY_ONLY = re.compile(r"[ \t]*\([A-Za-z .&]{2,30}\)[ \t]*(?:--|[-–—])[ \t]*")
_DATELINE_REACH = 400  # a dateline may follow a title line or two within this many characters


def parse_dateline(text: str, published: dt.date | None) -> Dateline | None:
    """The dateline at the start of ``text`` (or of one of its first lines, after a title).

    ``"ISLAMABAD, April 2 (Reuters) - …"`` -> place "Islamabad", date 2022-04-02 (the year that
    puts the date nearest before publication), body after the dash. ``"KYIV, Ukraine (AP) — …"``
    -> place "Kyiv, Ukraine" (the qualifier is kept; :meth:`PlaceResolver.lookup` uses it as a
    hint). The place must be in capitals, as datelines are; an agency alone "(Reuters) - "
    gives place None. ``body_start`` is the offset just after the dateline.
    """
    starts = [0]
    for m in re.finditer(r"\n\s*", text[:_DATELINE_REACH]):
        starts.append(m.end())
    for pos in starts[:4]:
        found = _dateline_at(text, pos, published)
        if found is not None:
            return found
    return None


def _dateline_at(text: str, pos: int, published: dt.date | None) -> Dateline | None:
    m = _DATELINE.match(text, pos)
    if m is not None and (
        (m.group("dash") == ":" and (m.group("qual") or m.group("agency")))  # a headline
        or (len(m.group("place")) < 3 and not (m.group("agency") or m.group("date")))  # "US - "
    ):
        m = None
    if m is None:
        m2 = _DATELINE_AGENCY_ONLY.match(text, pos)
        return Dateline(None, None, m2.end()) if m2 else None
    place = _title(m.group("place"))
    if m.group("qual"):
        place = f"{place}, {m.group('qual')}"
    date = None
    if m.group("date"):
        res = resolve_date_text(m.group("date"), published, False)
        if res is not None and res[1] == DAY:
            date = dt.date.fromisoformat(res[0])
    return Dateline(place=place, date=date, body_start=m.end())


def _title(name: str) -> str:
    words = []
    for w in name.split():
        if len(w) <= 2 or "." in w:  # "UN", "D.C.", "U.S."
            words.append(w)
        else:
            words.append("-".join(part.capitalize() for part in w.split("-")))
    return " ".join(words)
