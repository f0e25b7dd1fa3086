"""JSONL input records: ``{"id", "text", "title"?, "published"?, "url"?, "outlet"?, "language"?}``.

The publication date may be under any of the names and in any of the formats of
:mod:`eventcoder.read.published` (the one contract the HTTP API shares).

A record's ``id`` becomes the article id scoped by its file, ``FILE:ID`` (the file's name), so
two files that number their records from 1 do not collide; with ``id_scope=None``
(``--trust-ids``) the id is used as it is. A record without an id gets the hash of its url or
text.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from eventcoder.errors import EventcoderError, LanguageError, RecordError
from eventcoder.read.published import record_published, unread_date_fields
from eventcoder.read.text import article_from_text
from eventcoder.records import Article

__all__ = ["article_from_record", "read_jsonl_lines"]

_OPTIONAL_STR = ("title", "url", "outlet", "language")


def article_from_record(record: Any, where: str, published: str | None = None,
                        id_scope: str | None = None) -> Article:
    """Validate one decoded JSON record and build its Article (id ``id_scope:id`` when a
    scope is given).

    ``published`` is the date for a record that carries none (in a field or in its text's
    opening lines), e.g. ``--published``.
    """
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
    return article_from_text(
        text,
        published=record_published(record, where),
        default_published=published,
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
    *,
    id_scope: str | None = None,
    on_warning: Callable[[str], None] | None = None,
) -> Iterator[Article]:
    """Articles from JSONL lines; a bad line is reported with its number and skipped.

    A date-like field that is not read as the publication date (``created_at`` …) is named
    once per file in a warning to ``on_warning``.
    """
    warned = False
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
        if not warned and on_warning is not None and isinstance(record, dict):
            unread = unread_date_fields(record)
            if unread:
                warned = True
                on_warning(_unread_message(origin, number, unread))
        try:
            yield article_from_record(record, where, published, id_scope)
        except EventcoderError as exc:
            on_error(exc)


def _unread_message(origin: str, number: int, fields: list[str]) -> str:
    from eventcoder.read.published import PUBLISHED_FIELDS

    names = ", ".join(repr(f) for f in fields)
    return (f"{origin}: field {names} (line {number} and maybe others) looks like a date but is "
            f"not read; name the publication date one of {', '.join(PUBLISHED_FIELDS)}")
