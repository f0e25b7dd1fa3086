"""The format registries and :func:`export_events` / :func:`export_mentions`."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa

from eventcoder.errors import QueryError, StoreError

if TYPE_CHECKING:
    from eventcoder.store import Store

__all__ = [
    "FORMATS",
    "MENTION_FORMATS",
    "Exporter",
    "export_events",
    "export_mentions",
    "get_exporter",
    "register",
]

Writer = Callable[[pa.RecordBatchReader, IO[bytes]], int]


@dataclass(frozen=True)
class Exporter:
    """A registered export format: ``write(batches, binary_stream) -> rows written``."""

    name: str
    suffix: str
    write: Writer
    description: str = ""
    binary: bool = False  # not for a terminal (Parquet)
    header: tuple[str, ...] | None = None  # column names ``--header`` writes first (GDELT)


#: Formats of the events export, and of the mentions export.
FORMATS: dict[str, Exporter] = {}
MENTION_FORMATS: dict[str, Exporter] = {}
_TABLES = {"events": FORMATS, "mentions": MENTION_FORMATS}


def register(
    name: str, *, suffix: str, description: str = "", binary: bool = False,
    tables: tuple[str, ...] = ("events",), header: tuple[str, ...] | None = None,
) -> Callable[[Writer], Writer]:
    """Decorator: add a writer under ``name`` for the ``tables`` it writes (events, mentions)."""

    def wrap(func: Writer) -> Writer:
        for table in tables:
            _TABLES[table][name] = Exporter(name, suffix, func, description, binary, header)
        return func

    return wrap


def get_exporter(name: str, table: str = "events") -> Exporter:
    formats = _TABLES[table]
    try:
        return formats[name]
    except KeyError:
        known = ", ".join(sorted(formats))
        raise QueryError(f"unknown {table} export format {name!r}: one of {known}") from None


@contextlib.contextmanager
def _open_output(output: str | os.PathLike[str] | IO[bytes] | None) -> Iterator[IO[bytes]]:
    if output is None or str(output) == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    if hasattr(output, "write"):
        yield output  # type: ignore[misc]
        return
    path = Path(output)  # type: ignore[arg-type]
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        with open(tmp, "wb") as handle:
            yield handle
        os.replace(tmp, path)  # a failed export never leaves a half file under the real name
    except OSError as exc:
        raise StoreError(
            f"cannot write the export: {exc.strerror or exc}", source=str(path)
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _export(store: Store, table: str, fmt: str, output: Any, header: bool,
            sql: str, params: list[Any]) -> int:  # fmt: skip
    exporter = get_exporter(fmt, table)
    if exporter.binary and (output is None or str(output) == "-") and sys.stdout.isatty():
        raise QueryError(f"{fmt} is binary: give --output FILE or redirect stdout")
    if header and exporter.header is None:
        raise QueryError(f"--header is for the gdelt format ({fmt} "
                         f"{'always has one' if fmt == 'csv' else 'has none'})")  # fmt: skip
    reader = store._reader(sql, params)
    with _open_output(output) as stream:
        if header and exporter.header is not None:
            stream.write(("\t".join(exporter.header) + "\n").encode("utf-8"))
        return exporter.write(reader, stream)


def export_events(
    store: Store,
    fmt: str,
    output: str | os.PathLike[str] | IO[bytes] | None = None,
    *,
    limit: int | None = None,
    header: bool = False,
    **filters: Any,
) -> int:
    """Write the store's events (filtered like :meth:`Store.events`) in ``fmt``; rows written.

    ``output``: a path (written atomically), a binary stream, or None / ``-`` for stdout.
    Events are written oldest first. ``header`` puts the column names first (GDELT layout).
    """
    from eventcoder.store.queries import events_sql, make_filters

    sql, params = events_sql(make_filters(**filters), limit, order="oldest")
    return _export(store, "events", fmt, output, header, sql, params)


def export_mentions(
    store: Store,
    fmt: str,
    output: str | os.PathLike[str] | IO[bytes] | None = None,
    *,
    limit: int | None = None,
    header: bool = False,
    **filters: Any,
) -> int:
    """Write the store's mentions (filtered like :meth:`Store.mentions`) in ``fmt``: the
    mentions view's columns plus the character offsets of both actors (``source_start``,
    ``target_start``), the article's length (``doc_len``) and its event's ``date_added``; or
    GDELT's mentions table (``gdelt``). Oldest first; rows written."""
    from eventcoder.store.queries import make_filters, mentions_export_sql

    sql, params = mentions_export_sql(make_filters(**filters), limit)
    return _export(store, "mentions", fmt, output, header, sql, params)
