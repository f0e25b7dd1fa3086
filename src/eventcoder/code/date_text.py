"""Time expressions as text: "on Friday", "last week", "two years ago", "3 March 2021".

The half of date resolution that needs no parse (and no spaCy): a time expression's text is
resolved against the publication date into a date string and its precision. Relative
expressions are resolved by the small functions here; only explicit calendar dates ("March 3",
"3 March 2021") go through ``dateparser``, and those calls are cached.

Also here, because the reader needs them without loading a model:

- :func:`calendar_date`, the full calendar dates an article states about itself ("June 25,
  2024", "25 June 2024", "2024-06-25T09:14:00Z"), parsed by our own strict rules;
- :func:`is_background`, the rule that says an event is far older than the story telling it.

The rules are in ``docs/time-and-place.md``; :mod:`eventcoder.code.dates` finds which
expression belongs to an event trigger.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

__all__ = [
    "BACKGROUND_DAYS",
    "DAY",
    "MONTH",
    "MONTHS",
    "PUBLISHED",
    "WEEKDAYS",
    "YEAR",
    "calendar_date",
    "is_background",
    "resolve_date_text",
]

DAY, MONTH, YEAR, PUBLISHED = "day", "month", "year", "published"

WEEKDAYS = {
    name: i
    for i, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for name in names
}
MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "few": 3,
    "a few": 3,
    "couple": 2,
    "a couple of": 2,
}
_DAYPARTS = r"(?: (?:morning|afternoon|evening|night|noon|midday|overnight))?"
_WEEKDAY_RE = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUM_RE = r"\d+|a couple of|a few|" + "|".join(k for k in _NUMBERS if " " not in k)

_R_SIMPLE = re.compile(
    r"^(?:(?:earlier|later|early|late) )?(yesterday|today|tonight|tomorrow|last night|"
    r"this (?:morning|afternoon|evening))" + _DAYPARTS + "$"
)
_R_WEEKDAY = re.compile(
    rf"^(?:(last|this|next|past|coming|previous) )?({_WEEKDAY_RE})" + _DAYPARTS + "$"
)
_R_PERIOD = re.compile(
    r"^(?:(early|late|earlier|later|mid|end|beginning|start|middle) )?"
    r"(?:(last|this|next|past|previous|coming|current) )?"
    r"(week|weekend|month|year)$"
)
_R_AGO = re.compile(rf"^({_NUM_RE}) (day|week|month|year)s? (ago|earlier|before|later|from now)$")
_R_IN_N = re.compile(rf"^({_NUM_RE}) (day|week|month|year)s?(?: time)?$")  # after "in"/"within"
_R_MONTH = re.compile(
    rf"^(?:(early|late|mid|earlier|later) ?)?(?:(last|this|next|past) )?({_MONTH_RE})$"
)
_R_YEAR = re.compile(r"^(?:(?:early|late|mid|earlier|later) ?)?((?:19|20)\d\d)$")
_R_EXPLICIT = re.compile(
    rf"\b(?:{_MONTH_RE})\b.*\d|\d.*\b(?:{_MONTH_RE})\b|\b\d{{4}}-\d\d-\d\d\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b"
)
_R_FILLER = re.compile(r"\b(?:the|of|on|in|at|during|by|since|over|throughout|within|for|s)\b")
_R_CLEAN = re.compile(r"[^\w\s/-]|(?<!\d)-|-(?!\d)")


# ---------------------------------------------------------------------------- expressions


def _num(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[text]


def _iso_month(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _week_month(monday: dt.date) -> str:
    """A calendar week is reported as the month holding its Thursday (the ISO-8601 rule)."""
    return _iso_month(monday + dt.timedelta(days=3))


def _simple(m: re.Match[str], pub: dt.date) -> tuple[str, str]:
    word = m.group(1)
    offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    return (pub + dt.timedelta(days=offset)).isoformat(), DAY


def _weekday(m: re.Match[str], pub: dt.date, future: bool) -> tuple[str, str]:
    which, target = m.group(1), WEEKDAYS[m.group(2)]
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    if which in ("next", "coming"):
        d = pub + dt.timedelta(days=ahead or 7)
    elif which in ("last", "past", "previous"):
        d = pub - dt.timedelta(days=back or 7)
    elif future:
        d = pub + dt.timedelta(days=ahead)
    else:
        d = pub - dt.timedelta(days=back)
    return d.isoformat(), DAY


def _period(m: re.Match[str], pub: dt.date) -> tuple[str, str] | None:
    edge, which, unit = m.groups()
    if which is None and edge in ("end", "beginning", "start", "middle"):
        which = "this"  # "at the end of the month": of the current one
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(which or "", 0)
    if unit in ("week", "weekend"):
        if which is None and unit == "week":
            return None  # "a week" / "the week": a duration, not a time
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        if which == "past":  # "the past week": the seven days up to publication
            monday = pub - dt.timedelta(days=6)
        if unit == "weekend":
            sat = monday + dt.timedelta(days=5)
            if which is None and sat > pub:  # "over the weekend" in a report: the last one
                sat -= dt.timedelta(weeks=1)
            return _iso_month(sat), MONTH
        return _week_month(monday), MONTH
    if which is None:
        return None
    if unit == "month":
        y, mo = _shift_months(pub.year, pub.month, step)
        return f"{y:04d}-{mo:02d}", MONTH
    return f"{pub.year + step:04d}", YEAR


def _ago(m: re.Match[str], pub: dt.date, sign: int) -> tuple[str, str]:
    n, unit = _num(m.group(1)), m.group(2)
    if unit == "day":
        return (pub + dt.timedelta(days=sign * n)).isoformat(), DAY
    if unit == "week":
        d = pub + dt.timedelta(weeks=sign * n)
        return (d.isoformat(), DAY) if n == 1 else (_iso_month(d), MONTH)
    if unit == "month":
        y, mo = _shift_months(pub.year, pub.month, sign * n)
        return f"{y:04d}-{mo:02d}", MONTH
    return f"{pub.year + sign * n:04d}", YEAR


def _month(m: re.Match[str], pub: dt.date, future: bool) -> tuple[str, str]:
    _, which, name = m.groups()
    month = MONTHS[name]
    if which == "this":
        year = pub.year
    elif which == "next" or (which is None and future):
        year = (
            pub.year
            if month > pub.month or (month == pub.month and which is None)
            else pub.year + 1
        )
    elif which in ("last", "past"):
        year = pub.year if month < pub.month else pub.year - 1
    else:  # bare "in February" in a past or present clause: the latest one not after publication
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}", MONTH


@lru_cache(maxsize=256)
def _date_parser(base: dt.date, future: bool):  # -> dateparser.date.DateDataParser
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "future" if future else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


_FAR_PAST = dt.date(2000, 1, 1)  # fixed base when there is no publication date (year given)


def _explicit(text: str, pub: dt.date | None, future: bool) -> tuple[str, str] | None:
    has_year = re.search(r"\b(?:1[89]|20)\d\d\b", text) is not None
    if pub is None and not has_year:
        return None
    data = _date_parser(pub or _FAR_PAST, future).get_date_data(text)
    d = data.date_obj
    if d is None:
        return None
    parts = set(getattr(data, "parts", None) or ())
    if "day" in parts or (not parts and data.period == "day"):
        return d.date().isoformat(), DAY
    if "month" in parts:
        return _iso_month(d.date()), MONTH
    return f"{d.year:04d}", YEAR


def _normalize(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = _R_CLEAN.sub(" ", text)
    text = _R_FILLER.sub(" ", text)
    text = text.replace("mid-", "mid ")
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def resolve_date_text(
    text: str, published: dt.date | None, future: bool = False
) -> tuple[str, str] | None:
    """A time expression -> ``(date string, precision)``, or None when it gives no time.

    ``future`` says the clause is about a future or planned event: a bare weekday or month is
    then the next one rather than the last one.
    """
    norm = _normalize(text)
    if not norm:
        return None
    if m := _R_YEAR.match(norm):
        return m.group(1), YEAR
    if _R_EXPLICIT.search(norm) and not _R_AGO.match(norm) and not _R_IN_N.match(norm):
        return _explicit(norm, published, future)
    if published is None:
        return None
    if m := _R_IN_N.match(norm):  # "in two weeks" is ahead; a bare "two weeks" is a duration
        return _ago(m, published, 1) if re.match(r"\s*(?:in|within)\b", text, re.I) else None
    return _relative(norm, published, future)


def _relative(norm: str, pub: dt.date, future: bool) -> tuple[str, str] | None:
    if m := _R_SIMPLE.match(norm):
        return _simple(m, pub)
    if m := _R_WEEKDAY.match(norm):
        return _weekday(m, pub, future)
    if m := _R_PERIOD.match(norm):
        return _period(m, pub)
    if m := _R_AGO.match(norm):
        sign = 1 if m.group(3) in ("later", "from now") else -1
        return _ago(m, pub, sign)
    if m := _R_MONTH.match(norm):
        return _month(m, pub, future)
    return None




# ---------------------------------------------------------------------------- calendar dates

_MONTH_NAME = rf"(?P<mon>{_MONTH_RE})\.?"
_DAY_NUM = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR_NUM = r"(?P<year>(?:1[89]|20)\d\d)"
_CALENDAR = [
    # 2024-06-25, 2024-06-25T09:14:00Z, 2024-06-25 09:14+02:00: the date as written
    re.compile(r"(?<![\d-])(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})(?![\d])"),
    # June 25, 2024 / Jun. 25 2024 / June 25th, 2024
    re.compile(rf"\b{_MONTH_NAME}[ \t]+{_DAY_NUM},?[ \t]+{_YEAR_NUM}\b", re.I),
    # 25 June 2024 / 25th of June, 2024
    re.compile(rf"(?<![\d])\b{_DAY_NUM}[ \t]+(?:of[ \t]+)?{_MONTH_NAME},?[ \t]+{_YEAR_NUM}\b", re.I),
]
# What may stand around a date on a line that is only a date: "Tuesday, June 25, 2024 9:14 AM
# EDT", "25 June 2024 | 10:32 GMT".
_DECORATION = re.compile(
    rf"^(?:[\s,|·•–—-]|\d{{1,2}}[:.]\d\d(?:[:.]\d\d)?|[ap]\.?m\.?|(?-i:\b[A-Z]{{2,5}}\b)|"
    rf"(?:utc|gmt)(?:[+-]\d{{1,2}}(?::?\d\d)?)?|[+-]\d{{2}}:?\d{{2}}|"
    rf"\b(?:{_WEEKDAY_RE})\b\.?|\b(?:local time)\b|T\d\d:\d\d(?::\d\d(?:\.\d+)?)?Z?)*$",
    re.I,
)


def calendar_date(text: str, *, whole: bool = False) -> dt.date | None:
    """The first full calendar date (day, month and year) written in ``text``, else None.

    Accepted: ``2024-06-25`` (also as the start of an ISO date-time), ``June 25, 2024``,
    ``Jun. 25 2024``, ``25 June 2024``, ``25th of June, 2024``. A date-time's date is taken as
    written, whatever its zone. With ``whole``, ``text`` must hold nothing but the date and
    its decorations (weekday, time, zone, separators): a line that *is* a date.
    """
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _CALENDAR:
        for m in pattern.finditer(text):
            parts = m.groupdict()
            month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["mon"].lower()]
            try:
                day = dt.date(int(parts["year"]), month, int(parts["day"]))
            except ValueError:
                continue
            found.append((m.start(), m.end(), day))
            break
    if not found:
        return None
    start, end, day = min(found)
    if whole and not _DECORATION.match(text[:start] + " " + text[end:]):
        return None
    return day


# ---------------------------------------------------------------------------- background

#: An event whose date ends more than this many days before publication is background.
BACKGROUND_DAYS = 365


def _last_day(date: str, precision: str) -> dt.date | None:
    try:
        if precision == DAY:
            return dt.date.fromisoformat(date[:10])
        if precision == MONTH:
            year, month = _shift_months(int(date[:4]), int(date[5:7]), 1)
            return dt.date(year, month, 1) - dt.timedelta(days=1)
        if precision == YEAR:
            return dt.date(int(date[:4]), 12, 31)
    except ValueError:
        return None
    return None


def is_background(
    date: str | None, precision: str, future: bool, published: dt.date | None
) -> bool:
    """Whether an event dated ``date`` (at ``precision``) is background to a story published on
    ``published``: the last day its date can mean lies more than :data:`BACKGROUND_DAYS`
    before publication ("in 1999", "during the 2008 war", "three years ago"). An event the
    text does not date (precision ``published``), a future one, or one in a story without a
    publication date is never background."""
    if future or published is None or not date or precision not in (DAY, MONTH, YEAR):
        return False
    last = _last_day(date, precision)
    return last is not None and (published - last).days > BACKGROUND_DAYS
