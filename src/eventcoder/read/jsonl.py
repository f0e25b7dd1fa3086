"""JSONL input records: ``{"id", "text", "title"?, "published"?, "url"?, "outlet"?, "language"?}``.

A record's ``id`` becomes the article id scoped by its file, ``FILE:ID`` (the file's name), so
two files that number their records from 1 do not collide; with ``id_scope=None`` (``--trust-ids``)
the id is used as it is. A record without an id gets the hash of its url or text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from eventcoder.errors import EventcoderError, LanguageError, RecordError
from eventcoder.read.text import article_from_text
from eventcoder.records import Article

__all__ = ["article_from_record", "read_jsonl_lines"]

_OPTIONAL_STR = ("title", "published", "url", "outlet", "language")


def _check_date(value: str, where: str) -> str:
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise RecordError(f"'published' is not a real YYYY-MM-DD date: {value!r}", source=where) from None


def article_from_record(record: Any, where: str, published: str | None = None,
                        id_scope: str | None = None) -> Article:
    """Validate one decoded JSON record and build its Article (id ``id_scope:id`` when a
    scope is given)."""
    if not isinstance(record, dict):
        raise RecordError("record is not a JSON object", source=where)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RecordError("missing or empty 'text' (a non-empty string is required)", source=where)
    for key in _OPTIONAL_STR:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise RecordError(f"'{key}' must be a string", source=where)
    rid = record.get("id")
    if rid is not None and not isinstance(rid, str | int):
        raise RecordError("'id' must be a string", source=where)
    language = record.get("language")
    if language and not language.lower().startswith("en"):
        raise LanguageError(f"language is {language!r}; only English is coded", source=where)
    pub = record.get("published") or published
    return article_from_text(
        text,
        published=_check_date(pub, where) if pub else None,
        title=record.get("title"),
        url=record.get("url"),
        outlet=record.get("outlet"),
        origin=where,
        article_id=None if rid is None else f"{id_scope}:{rid}" if id_scope else str(rid),
        detect_title=False,
    )


def read_jsonl_lines(
    lines: Iterable[str],
    origin: str,
    on_error: Callable[[EventcoderError], None],
    published: str | None = None,
    id_scope: str | None = None,
) -> Iterator[Article]:
    """Articles from JSONL lines; a bad line is reported with its number and skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            on_error(RecordError(f"malformed JSON ({exc.msg})", source=where))
            continue
        except RecursionError:
            on_error(RecordError("malformed JSON (nested too deeply)", source=where))
            continue
        try:
            yield article_from_record(record, where, published, id_scope)
        except EventcoderError as exc:
            on_error(exc)
