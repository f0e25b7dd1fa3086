"""The format registry and :func:`export_events`."""

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

__all__ = ["FORMATS", "Exporter", "export_events", "get_exporter", "register"]

Writer = Callable[[pa.RecordBatchReader, IO[bytes]], int]


@dataclass(frozen=True)
class Exporter:
    """A registered export format: ``write(batches, binary_stream) -> rows written``."""

    name: str
    suffix: str
    write: Writer
    description: str = ""
    binary: bool = False  # not for a terminal (Parquet)


FORMATS: dict[str, Exporter] = {}


def register(
    name: str, *, suffix: str, description: str = "", binary: bool = False
) -> Callable[[Writer], Writer]:
    """Decorator: add a writer to :data:`FORMATS` under ``name``."""

    def wrap(func: Writer) -> Writer:
        FORMATS[name] = Exporter(name, suffix, func, description, binary)
        return func

    return wrap


def get_exporter(name: str) -> Exporter:
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        raise QueryError(f"unknown export format {name!r}: one of {known}") from None


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


def export_events(
    store: Store,
    fmt: str,
    output: str | os.PathLike[str] | IO[bytes] | None = None,
    *,
    limit: int | None = None,
    **filters: Any,
) -> int:
    """Write the store's events (filtered like :meth:`Store.events`) in ``fmt``; rows written.

    ``output``: a path (written atomically), a binary stream, or None / ``-`` for stdout.
    Events are written oldest first.
    """
    from eventcoder.store.queries import events_sql, make_filters

    exporter = get_exporter(fmt)
    if exporter.binary and (output is None or str(output) == "-") and sys.stdout.isatty():
        raise QueryError(f"{fmt} is binary: give --output FILE or redirect stdout")
    sql, params = events_sql(make_filters(**filters), limit, order="oldest")
    reader = store._reader(sql, params)
    with _open_output(output) as stream:
        return exporter.write(reader, stream)
