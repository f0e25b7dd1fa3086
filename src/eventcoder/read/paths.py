"""Files, folders (recursively, by extension), globs and ``-`` for stdin → Articles."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from eventcoder.errors import EventcoderError, InputError
from eventcoder.read.html import article_from_html, looks_like_html
from eventcoder.read.jsonl import read_jsonl_lines
from eventcoder.read.text import article_from_text, date_in_name, decode_bytes
from eventcoder.records import Article

__all__ = ["TEXT_SUFFIXES", "read_paths"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
# Larger text files are refused rather than loaded whole: a 50 MB "article" is a dump, not news.
MAX_TEXT_BYTES = 5_000_000

OnError = Callable[[EventcoderError], None]
OnWarning = Callable[[str], None]


def _raise(exc: EventcoderError) -> None:
    raise exc


def _stderr_warning(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr, flush=True)


def _expand(paths: Sequence[str], on_error: OnError) -> Iterator[str]:
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
                found = sorted(
                    str(p) for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE
                )
                if not found:
                    on_error(InputError("folder holds no readable files", source=name))
                yield from found
            else:
                yield name


def _read_file(
    name: str, published: str | None, on_error: OnError, on_warning: OnWarning
) -> Iterator[Article]:
    path = Path(name)
    if not path.exists():
        raise InputError("no such file", source=name)
    if not os.access(path, os.R_OK) or not path.is_file():
        raise InputError("not a readable file", source=name)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        with open(path, "rb") as handle:
            lines = (decode_line(raw) for raw in handle)
            yield from read_jsonl_lines(lines, name, on_error, published, on_warning)
        return
    if suffix in FEED_SUFFIXES:
        from eventcoder.read.feeds import read_feed  # feeds are an optional reader

        yield from read_feed(path, on_error=on_error, published=published)
        return
    if path.stat().st_size > MAX_TEXT_BYTES:
        raise InputError(
            f"file is {path.stat().st_size // 1_000_000} MB; articles over "
            f"{MAX_TEXT_BYTES // 1_000_000} MB are refused (split it or use JSONL)",
            source=name,
        )
    text = decode_bytes(path.read_bytes(), name)
    pub = published or date_in_name(path.name)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        yield article_from_html(text, origin=name, default_published=pub)
    else:
        yield article_from_text(text, default_published=pub, origin=name)


def decode_line(raw: bytes) -> str:
    try:
        # utf-8-sig: a file saved with a byte-order mark keeps its first record
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _read_stdin(published: str | None, on_error: OnError, on_warning: OnWarning) -> Iterator[Article]:
    data = sys.stdin.buffer.read()
    text = decode_bytes(data, "<stdin>")
    stripped = text.lstrip()
    if stripped.startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), "<stdin>", on_error, published, on_warning)
    elif looks_like_html(stripped):
        yield article_from_html(text, origin="<stdin>", default_published=published)
    else:
        yield article_from_text(text, default_published=published, origin="<stdin>")


def read_paths(
    paths: Sequence[str],
    *,
    published: str | None = None,
    on_error: OnError = _raise,
    on_warning: OnWarning = _stderr_warning,
) -> Iterator[Article]:
    """Yield the articles in ``paths``; each bad input goes to ``on_error`` and reading goes on.

    ``published`` is the date of inputs that carry none (the rules:
    :mod:`eventcoder.read.published`); warnings (a date-like field not read) go to
    ``on_warning`` (default: one line on stderr).

    Example::

        for article in read_paths(["news/"], published="2022-04-02", on_error=print):
            ...
    """
    for name in _expand(paths, on_error):
        try:
            if name == "-":
                yield from _read_stdin(published, on_error, on_warning)
            else:
                yield from _read_file(name, published, on_error, on_warning)
        except EventcoderError as exc:
            on_error(exc)
        except OSError as exc:
            on_error(InputError(f"cannot read: {exc.strerror or exc}", source=name))
