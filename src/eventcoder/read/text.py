"""Plain text: decoding, binary detection, title and publication date, language check."""

from __future__ import annotations

import datetime as dt
import re

from eventcoder.code.datelines import publication_date
from eventcoder.errors import BinaryInputError, EmptyInputError, InputError, LanguageError
from eventcoder.records import Article, article_id_for

__all__ = [
    "MAX_ARTICLE_CHARS",
    "article_from_text",
    "check_english",
    "check_length",
    "date_in_name",
    "decode_bytes",
    "looks_like_title",
]

#: The one size limit of an article, whatever it is read from: longer texts are refused
#: (spaCy's parser needs about 1 GB of memory per 100,000 characters).
MAX_ARTICLE_CHARS = 300_000
#: UTF-8 needs at most 4 bytes a character: a file larger than this is over the limit unread.
MAX_ARTICLE_BYTES = 4 * MAX_ARTICLE_CHARS
# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)  # fmt: skip

_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\x1f\x8b")
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
# Function words that only English uses (no "a", "on", "as", "in": French and Spanish have
# them too), against those of the languages news scrapers bring back most: a cheap, model-free
# check that keeps French, Spanish, German, Portuguese or Italian text from being coded as
# English. Non-Latin scripts are caught by the share of non-ASCII words.
_ENGLISH_WORDS = frozenset(
    "the of and to is that for with was by from it his has have be are said an not he its "
    "this their which were they after but had will who been would more than over against "
    "into".split()
)
_FOREIGN_WORDS = frozenset(
    "le la les des du au aux et est une dans pour que qui sur avec par ne pas il elle "
    "el los las del y es una por con para se lo al "
    "der die das und ist nicht ein eine mit den dem auf sich von zu "
    "os da do das dos em um uma não com "
    "il della di che non per una sono gli".split()
)


def too_long(size: str, source: str) -> InputError:
    """The one message of the size limit (``size``: "5.2 MB", "412,000 characters")."""
    return InputError(f"{size}: over the limit of {MAX_ARTICLE_CHARS:,} characters an article; "
                      "refused (split it, or give one article per JSONL line)", source=source)


def check_length(text: str, source: str) -> None:
    """Refuse a text over :data:`MAX_ARTICLE_CHARS` (the message says the limit)."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise too_long(f"{len(text):,} characters", source)


def _decode_marked(data: bytes, source: str) -> str | None:
    """Text that starts with a byte-order mark (UTF-8, UTF-16, UTF-32), else None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise BinaryInputError(f"starts as {codec.upper()} text but byte {exc.start} "
                                       "is not", source=source) from None
            if not text.strip():
                raise EmptyInputError("empty input", source=source)
            return text
    return None


def decode_bytes(data: bytes, source: str) -> str:
    """Bytes → text: UTF-8, UTF-16 or UTF-32 with a byte-order mark, UTF-8 without one, else
    Windows-1252/Latin-1; binary refused."""
    if not data.strip():
        raise EmptyInputError("empty input", source=source)
    marked = _decode_marked(data, source)
    if marked is not None:
        return marked
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
        kind = "a PDF" if head.startswith(b"%PDF") else "binary data"
        raise BinaryInputError(f"looks like {kind}, not text", source=source)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 4096):
        raise BinaryInputError("mostly control characters, not text", source=source)
    return text


def check_english(text: str, source: str) -> None:
    """Raise :class:`LanguageError` when ``text`` is clearly not English."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < 12:
        return
    ascii_share = sum(1 for w in words if w.isascii()) / len(words)
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    foreign = sum(1 for w in words if w in _FOREIGN_WORDS)
    # A short headline-like sentence may hold no function word at all: only a clear excess of
    # another language's function words, or a long text with no English ones, is refused.
    if (ascii_share < 0.5 or (foreign >= 3 and foreign > english)
            or (len(words) >= 40 and english < 0.02 * len(words))):
        raise LanguageError("not English text (skipped; only English is coded)", source=source)


def looks_like_title(line: str, rest: str) -> bool:
    """A first line is a title when it is short, has no final full stop and text follows."""
    line = line.strip()
    return bool(rest.strip()) and 0 < len(line) <= 200 and not line.endswith((".", '"', "”"))


def date_in_name(name: str) -> str | None:
    """An ISO date embedded in a file name (``report-2022-04-02.txt``), if it is a real date."""
    match = _DATE_IN_NAME.search(name)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def article_from_text(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    origin: str | None = None,
    article_id: str | None = None,
    detect_title: bool = True,
    default_published: str | None = None,
) -> Article:
    """Build an :class:`Article` from plain text; the first line becomes the title if it looks like one.

    The publication date is ``published`` (the input's own, e.g. a record field), else the
    date the text states in its opening lines (a dateline with a year, a "Published:" line),
    else ``default_published`` (``--published``, a date in the file name): see
    :mod:`eventcoder.read.published`.
    """
    source = origin or "<text>"
    # Line endings are kept as they are: mention offsets point into the text as given.
    if not text.strip():
        raise EmptyInputError("no text (empty or whitespace only)", source=source)
    check_length(text, source)
    check_english(text, source)
    if title is None and detect_title:
        first, _, rest = text.strip().partition("\n")
        if looks_like_title(first, rest):
            title = first.strip()
    return Article(
        id=article_id or article_id_for(url, text),
        text=text,
        title=title,
        published=published or publication_date(text) or default_published,
        url=url,
        outlet=outlet,
        language="en",
        origin=origin,
    )
