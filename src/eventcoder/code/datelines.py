"""Wire-story datelines: "ISLAMABAD, April 2 (Reuters) - …" gives the place and date of the
story and where its body starts. :mod:`eventcoder.pipeline` splits the dateline into its own
sentence; :class:`~eventcoder.code.engine.EventEngine` uses its place and date as fallbacks.

:func:`publication_date` reads the date a story states about itself in its opening lines —
a dateline with a year ("NAIROBI, June 25, 2024 (Reuters) -"), a "Published:" or "Updated:"
line, a line that is only a date — for the reader (:mod:`eventcoder.read.text`) to use when
the input carries no publication date of its own. Nothing here needs spaCy.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventcoder.code.date_text import DAY, MONTHS, calendar_date, resolve_date_text

__all__ = ["Dateline", "parse_dateline", "publication_date"]


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
    r"(?:,[ \t]*(?P<date>(?:" + _MONTH_TITLE_RE + r")\.?[ \t]+\d{1,2}(?:,?[ \t]*\d{4})?"  # June 25, 2024
    r"|\d{1,2}[ \t]+(?:" + _MONTH_TITLE_RE + r")\.?(?:,?[ \t]+\d{4})?))?"  # 25 June 2024
    r"[ \t]*(?P<agency>\([^()\n]{1,40}\)|/[^/\n]{1,40}/)?"  # (Reuters), /PRNewswire/
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
    date = calendar_date(m.group("date")) if m.group("date") else None
    if m.group("date") and date is None:  # no year: the one nearest before publication
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


# ---------------------------------------------------------------------------- publication date

_OPENING_LINES = 8  # a story states its date within its first lines …
_OPENING_CHARS = 800  # … and characters
_STAMP = re.compile(
    r"^[ \t]*(?P<kind>first[ \t]+published|published|posted|last[ \t]+updated|updated|date)"
    r"\b[ \t]*(?:on\b|:|-|–)?[ \t]*(?P<rest>.+)$",
    re.I,
)
# Which statement of the date wins: the publication stamp, then the wire dateline, then a line
# that is only a date, then an update stamp (a story is published before it is updated).
_PUBLISHED, _DATELINE_DATE, _BARE, _UPDATED = range(4)


def publication_date(text: str) -> str | None:
    """The publication date ``text`` states in its opening lines (ISO ``YYYY-MM-DD``), else None.

    Read, best first: a "Published:" / "First published" / "Posted:" / "Date:" line; a wire
    dateline with a year ("NAIROBI, June 25, 2024 (Reuters) -", "LONDON, 25 June 2024
    (AFP) -", "NEW YORK, June 25, 2024 /PRNewswire/ --"); a line that is only a date
    ("Tuesday, June 25, 2024 9:14 AM EDT"); an "Updated:" line. A dateline without a year
    ("ISLAMABAD, April 2 (Reuters) -") does not say which year, so it gives no date here.
    """
    best: tuple[int, dt.date] | None = None
    pos = 0
    for line in text[:_OPENING_CHARS].splitlines()[:_OPENING_LINES]:
        found = _line_date(text, pos, line)
        pos += len(line) + 1
        if found is not None and (best is None or found[0] < best[0]):
            best = found
    return best[1].isoformat() if best else None


def _line_date(text: str, pos: int, line: str) -> tuple[int, dt.date] | None:
    if not line.strip():
        return None
    stamp = _STAMP.match(line)
    if stamp is not None:
        day = calendar_date(stamp.group("rest"))
        if day is not None:
            updated = "updated" in stamp.group("kind").lower()
            return (_UPDATED if updated else _PUBLISHED), day
    dateline = _DATELINE.match(text, pos)
    if dateline is not None and dateline.group("date"):
        day = calendar_date(dateline.group("date"))
        if day is not None:
            return _DATELINE_DATE, day
    day = calendar_date(line, whole=True)
    return (_BARE, day) if day is not None else None
