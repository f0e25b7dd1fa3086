"""Files, folders (recursively, by extension), globs and ``-`` for stdin → Articles."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from eventcoder.errors import EventcoderError, InputError
from eventcoder.read.documents import PDF_MAGIC, ZIP_MAGIC, article_from_docx, article_from_pdf
from eventcoder.read.html import article_from_html, looks_like_html
from eventcoder.read.jsonl import read_jsonl_lines
from eventcoder.read.text import (
    MAX_ARTICLE_BYTES,
    article_from_text,
    date_in_name,
    decode_bytes,
    too_long,
)
from eventcoder.records import Article

__all__ = ["READABLE", "TEXT_SUFFIXES", "article_from_bytes", "is_document", "read_paths",
           "skip_reason"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx"})
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES | DOCUMENT_SUFFIXES
#: Why a file of a folder is not read, by suffix (others: "not a kind of file eventcoder reads").
SKIP_REASONS = {
    ".doc": "old Word format: save it as .docx",
    ".rtf": "rich text: save it as .txt or .docx",
    ".odt": "OpenDocument text: save it as .docx or .txt",
    ".json": "JSON, not JSONL: one record a line in a .jsonl file",
    ".csv": "a table, not articles: make one JSONL record a line",
    ".zip": "an archive: unpack it first",
    ".gz": "compressed: unpack it first",
}

#: PDF and Word files may hold images: read up to this size (their text still has the limit).
MAX_DOCUMENT_BYTES = 50_000_000

OnError = Callable[[EventcoderError], None]
OnSkip = Callable[[str, str], None]
OnWarning = Callable[[str], None]


def _raise(exc: EventcoderError) -> None:
    raise exc


def _ignore(name: str, reason: str) -> None:
    return None


def _stderr_warning(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr, flush=True)


def skip_reason(path: Path) -> str:
    """Why a file found in a folder is not read."""
    suffix = path.suffix.lower()
    return SKIP_REASONS.get(suffix, f"not a kind of file eventcoder reads ({suffix or 'no suffix'}; "
                                    f"it reads {', '.join(sorted(READABLE))})")


def _folder(path: Path, name: str, on_error: OnError, on_skip: OnSkip) -> Iterator[str]:
    """The readable files of a folder, recursively; the others go to ``on_skip`` with their
    reason (hidden files and folders are left alone)."""
    found = []
    for p in sorted(path.rglob("*")):
        if not p.is_file() or any(part.startswith(".") for part in p.relative_to(path).parts):
            continue
        if p.suffix.lower() in READABLE:
            found.append(str(p))
        else:
            on_skip(str(p), skip_reason(p))
    if not found:
        on_error(InputError("folder holds no readable files", source=name))
    yield from found


def _expand(paths: Sequence[str], on_error: OnError, on_skip: OnSkip) -> Iterator[str]:
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else [raw]
        if not matches:
            on_error(InputError("no file matches this pattern", source=raw))
        for name in matches:
            path = Path(name)
            if path.is_dir():
                yield from _folder(path, name, on_error, on_skip)
            else:
                yield name


def _read_file(name: str, published: str | None, on_error: OnError, on_warning: OnWarning,
               trust_ids: bool = False) -> Iterator[Article]:  # fmt: skip
    path = Path(name)
    if not path.exists():
        raise InputError("no such file", source=name)
    if not os.access(path, os.R_OK) or not path.is_file():
        raise InputError("not a readable file", source=name)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        with open(path, "rb") as handle:
            lines = (decode_line(raw) for raw in handle)
            # ids are scoped by the file ("a.jsonl:17") unless the user trusts them
            yield from read_jsonl_lines(lines, name, on_error, published,
                                        id_scope=None if trust_ids else path.name,
                                        on_warning=on_warning)
        return
    if suffix in FEED_SUFFIXES:
        from eventcoder.read.feeds import read_feed  # feeds are an optional reader

        yield from read_feed(path, on_error=on_error, published=published)
        return
    size = path.stat().st_size
    if suffix in DOCUMENT_SUFFIXES and size > MAX_DOCUMENT_BYTES:
        raise InputError(f"file is {size / 1_000_000:.1f} MB; PDF and Word files over "
                         f"{MAX_DOCUMENT_BYTES // 1_000_000} MB are refused", source=name)
    if size > MAX_ARTICLE_BYTES and suffix not in DOCUMENT_SUFFIXES:
        raise too_long(f"file is {size / 1_000_000:.1f} MB", name)
    yield article_from_bytes(path.read_bytes(), name, published or date_in_name(path.name))


def is_document(data: bytes, name: str) -> bool:
    """Whether these bytes are a PDF, or a Word .docx (read by their own readers, not as text)."""
    return data.startswith(PDF_MAGIC) or (
        data.startswith(ZIP_MAGIC) and Path(name).suffix.lower() == ".docx")


def article_from_bytes(data: bytes, name: str, published: str | None = None) -> Article:
    """One file's bytes → an article: PDF and Word .docx by their content, HTML by suffix or
    content, else text (decoded as :func:`decode_bytes` says). ``name`` labels errors;
    ``published`` is the date when the text states none (``--published``, the file name)."""
    suffix = Path(name).suffix.lower()
    if data.startswith(PDF_MAGIC):
        return article_from_pdf(data, origin=name, published=published)
    if is_document(data, name):
        return article_from_docx(data, origin=name, published=published)
    if suffix in DOCUMENT_SUFFIXES:
        raise InputError(f"not a {suffix[1:].upper()} file (its first bytes say otherwise)",
                         source=name)
    text = decode_bytes(data, name)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        return article_from_html(text, origin=name, default_published=published)
    return article_from_text(text, default_published=published, origin=name)


def decode_line(raw: bytes) -> str:
    try:
        # utf-8-sig: a file saved with a byte-order mark keeps its first record
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _read_stdin(published: str | None, on_error: OnError, on_warning: OnWarning) -> Iterator[Article]:
    data = sys.stdin.buffer.read()
    if data.startswith(PDF_MAGIC):
        yield article_from_pdf(data, origin="<stdin>", published=published)
        return
    text = decode_bytes(data, "<stdin>")
    stripped = text.lstrip()
    if stripped.startswith("{"):
        # one stream: its records' ids are used as they are
        yield from read_jsonl_lines(text.splitlines(), "<stdin>", on_error, published,
                                    on_warning=on_warning)
    elif looks_like_html(stripped):
        yield article_from_html(text, origin="<stdin>", default_published=published)
    else:
        yield article_from_text(text, default_published=published, origin="<stdin>")


def read_paths(
    paths: Sequence[str],
    *,
    published: str | None = None,
    on_error: OnError = _raise,
    on_skip: OnSkip = _ignore,
    on_warning: OnWarning = _stderr_warning,
    trust_ids: bool = False,
) -> Iterator[Article]:
    """Yield the articles in ``paths``; each bad input goes to ``on_error`` and reading goes on.

    ``published`` is the date of inputs that carry none (the rules:
    :mod:`eventcoder.read.published`); warnings (a date-like field not read) go to
    ``on_warning`` (default: one line on stderr). Files of a folder that are not of a kind
    eventcoder reads go to ``on_skip(path, reason)``. A JSONL record's ``id`` is scoped by its
    file (``FILE:ID``) unless ``trust_ids``.

    Example::

        for article in read_paths(["news/"], published="2022-04-02", on_error=print):
            ...
    """
    for name in _expand(paths, on_error, on_skip):
        try:
            if name == "-":
                yield from _read_stdin(published, on_error, on_warning)
            else:
                yield from _read_file(name, published, on_error, on_warning, trust_ids)
        except EventcoderError as exc:
            on_error(exc)
        except OSError as exc:
            on_error(InputError(f"cannot read: {exc.strerror or exc}", source=name))
