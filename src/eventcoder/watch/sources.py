"""What ``eventcoder watch`` is told to watch: URLs, and files that list them.

A source is a feed URL (RSS or Atom) or an article URL; which one is found out by fetching it.
A list file holds one source a line, ``#`` starting a comment (at the start of a line or after
a space), and may give a source its own polling interval::

    # world news, every 15 minutes (the default, or --every)
    https://news.example.org/world/rss.xml
    https://wire.example.net/atom.xml   every=5m
    https://news.example.org/2024/05/02/ministers-meet.html
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventcoder.errors import InputError
from eventcoder.watch.urls import clean_url, url_key

__all__ = ["Source", "format_interval", "parse_interval", "read_sources"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)([smhd])")


@dataclass(frozen=True)
class Source:
    """One source: its URL (clean: no fragment, no tracking parameters), its own interval in
    seconds if its list gave one, and where it was named (for error messages)."""

    url: str
    every: float | None = None
    named_at: str = "command line"


def parse_interval(text: str) -> float:
    """``90s``, ``15m``, ``1h30m``, ``2d`` or a number of seconds → seconds (> 0)."""
    value = text.strip().lower()
    try:
        seconds = float(value)
    except ValueError:
        parts = _INTERVAL.findall(value)
        if not parts or "".join(n + u for n, u in parts) != value:
            raise ValueError(f"{text!r} is not an interval such as 90s, 15m, 1h30m or 2d") from None
        seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if seconds <= 0:
        raise ValueError(f"{text!r}: an interval must be longer than zero")
    return seconds


def format_interval(seconds: float) -> str:
    """Seconds → the shortest of ``15m``, ``1h30m``, ``45s``."""
    out, rest = [], int(round(seconds))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if rest >= size:
            out.append(f"{rest // size}{unit}")
            rest %= size
    return "".join(out) or f"{seconds:g}s"


def _is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def _source(url: str, every: float | None, where: str) -> Source:
    try:
        return Source(url=clean_url(url), every=every, named_at=where)
    except InputError as exc:
        raise InputError(f"{exc.reason}: {url}", source=where) from None


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    return re.split(r"\s#", line, maxsplit=1)[0].strip()


def _read_list(path: Path) -> list[Source]:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise InputError("no such file (a source is an http(s) URL or a file listing URLs)",
                         source=str(path)) from None  # fmt: skip
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the source list: {exc}", source=str(path)) from None
    found = []
    for lineno, line in enumerate(lines, 1):
        where = f"{path}:{lineno}"
        words = _strip_comment(line).split()
        if not words:
            continue
        if not _is_url(words[0]):
            raise InputError(f"expected an http(s) URL, got {words[0]!r}", source=where)
        every = None
        for word in words[1:]:
            try:
                every = parse_interval(word.removeprefix("every="))
            except ValueError as exc:
                raise InputError(f"{exc} (a line is: URL [every=INTERVAL])", source=where) from None
        found.append(_source(words[0], every, where))
    return found


def read_sources(args: Sequence[str]) -> list[Source]:
    """The sources named by URLs and list files, in order, each URL once (the first naming
    of a URL wins). A bad line is an :class:`InputError` naming ``file:line``."""
    sources: list[Source] = []
    seen: set[str] = set()
    for arg in args:
        found = [_source(arg, None, "command line")] if _is_url(arg) else _read_list(Path(arg))
        for source in found:
            key = url_key(source.url)
            if key not in seen:
                seen.add(key)
                sources.append(source)
    if not sources:
        raise InputError("no sources to watch (the lists hold no URL)", source=" ".join(args))
    return sources
