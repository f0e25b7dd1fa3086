"""The publication date of an input: one contract for the CLI, the Python API and the HTTP API.

A relative date in a story ("on Friday", "last week") means nothing without the day the story
was published, so every reader finds that day the same way, here:

1. **The input's own date.** A JSONL or HTTP API record's date field: any of
   :data:`PUBLISHED_FIELDS`, first found in that order, case and ``_``/``-`` ignored
   (``pubDate``, ``publishDate`` and ``publish-date`` are one name). A web page's metadata
   date. Else the date the text states in its opening lines — a wire dateline with a year
   ("NAIROBI, June 25, 2024 (Reuters) -"), a "Published:" line, an "Updated:" line
   (:func:`eventcoder.code.datelines.publication_date`).
2. The date the user gives for inputs without one: ``--published``, the API's upload form
   field ``published``.
3. A date in the file name (``report-2024-03-09.txt``).

Accepted values (:func:`parse_published`): an ISO date or date-time, with or without a time
zone (``2024-06-25``, ``2024-06-25T09:14:00Z``, ``2024-06-25 09:14:00+02:00``: the date as
written); RFC 2822 (``Tue, 25 Jun 2024 09:14:00 +0000``: the date as written); Unix seconds as
a number or a string of digits (``1719306840``, UTC; a number above 10^11 is taken as
milliseconds); a written date (``June 25, 2024``, ``25 June 2024``). A value that is none of
these is an error naming the field and the value, and the record is skipped.

A record with no accepted date field but a field whose name looks like a date (``created``,
``updated_at``, ``time`` …) is read as undated, with one warning per file naming that field.
Articles left without a date are counted, and the run ends with a warning
(:func:`undated_warning`): their relative dates cannot be resolved and their events are undated.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping, Sequence
from typing import Any

from eventcoder.code.date_text import calendar_date
from eventcoder.errors import RecordError

__all__ = [
    "PUBLISHED_FIELDS",
    "is_published_field",
    "looks_like_date_field",
    "parse_published",
    "record_published",
    "unread_date_fields",
    "undated_warning",
]

#: The field names a record's publication date may have, in the order they are looked for.
PUBLISHED_FIELDS: tuple[str, ...] = (
    "published", "date", "publish_date", "pubDate", "published_at", "datetime", "timestamp",
)  # fmt: skip

_KEYS = {re.sub(r"[_\-]", "", name).lower(): rank for rank, name in enumerate(PUBLISHED_FIELDS)}
# Field names that look like a date but are not read as the publication date.
_DATE_LIKE = re.compile(r"date|time|publish|created|updated|modified|posted|issued|day", re.I)
_DIGITS = re.compile(r"^\d{9,13}(?:\.\d+)?$")
_MILLISECONDS = 10**11  # Unix seconds reach 10^11 in the year 5138: larger is milliseconds
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\S.*)?$")


def _key(name: str) -> str:
    return re.sub(r"[_\-]", "", name).lower()


def _from_unix(seconds: float) -> str:
    if seconds > _MILLISECONDS:
        seconds /= 1000
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        raise ValueError("is out of range for Unix seconds") from None


def _from_string(text: str) -> str:
    if _DIGITS.match(text):
        return _from_unix(float(text))
    if _ISO.match(text):
        try:
            return dt.date.fromisoformat(text[:10]).isoformat() if len(text) == 10 else (
                dt.datetime.fromisoformat(text).date().isoformat())
        except ValueError:
            raise ValueError("is not a real ISO date or date-time") from None
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    day = calendar_date(text, whole=True)
    if day is None:
        raise ValueError("is not a date (use YYYY-MM-DD, an ISO date-time, RFC 2822 or Unix "
                         "seconds)")
    return day.isoformat()


def parse_published(value: Any) -> str:
    """A publication date value → ``YYYY-MM-DD``; :class:`ValueError` (a reason) when it is none.

    Example::

        parse_published("Tue, 25 Jun 2024 09:14:00 +0000")   # '2024-06-25'
        parse_published(1719306840)                          # '2024-06-25'
    """
    if isinstance(value, bool):
        raise ValueError("is true/false, not a date")
    if isinstance(value, int | float):
        return _from_unix(float(value))
    if not isinstance(value, str):
        raise ValueError("must be a date string or Unix seconds")
    text = value.strip()
    if not text:
        raise ValueError("is empty")
    return _from_string(text)


def is_published_field(name: str) -> bool:
    """Whether ``name`` is one of :data:`PUBLISHED_FIELDS` (case and ``_``/``-`` ignored)."""
    return _key(name) in _KEYS


def _date_fields(record: Mapping[str, Any]) -> list[tuple[int, str]]:
    found = [(_KEYS[_key(name)], name) for name in record if _key(name) in _KEYS]
    return sorted(found)


def record_published(record: Mapping[str, Any], where: str) -> str | None:
    """The publication date of an input record (JSONL line or API body), ``YYYY-MM-DD``.

    The first of :data:`PUBLISHED_FIELDS` the record holds (with a value) is read; a value
    that is no date raises :class:`~eventcoder.errors.RecordError` naming field and value.
    """
    for _rank, name in _date_fields(record):
        value = record[name]
        if value is None or value == "":
            continue
        try:
            return parse_published(value)
        except ValueError as exc:
            raise RecordError(f"'{name}' {exc}: {value!r}", source=where) from None
    return None


def looks_like_date_field(name: str) -> bool:
    """Whether a field name that is not a publication-date field looks like a date
    (``created_at``, ``updated``, ``time`` …)."""
    return bool(_DATE_LIKE.search(name)) and not is_published_field(name)


def unread_date_fields(record: Mapping[str, Any]) -> list[str]:
    """Fields of a record without a publication date whose names look like a date."""
    if any(record.get(name) not in (None, "") for _, name in _date_fields(record)):
        return []
    return [name for name in record if looks_like_date_field(name)]


def undated_warning(origins: Sequence[str], total: int) -> str | None:
    """The end-of-run warning about articles left without a publication date (None if none)."""
    if not origins:
        return None
    shown = ", ".join(origins[:3]) + (f" and {len(origins) - 3} more" if len(origins) > 3 else "")
    return (
        f"{len(origins)} of {total} articles have no publication date ({shown}): their relative "
        "dates are not resolved and their events are undated; give --published YYYY-MM-DD, a "
        "'published' field or a dated dateline"
    )
