"""User actor tables: ``--actors FILE``, ``$EVENTCODER_ACTORS``, ``actors = [...]`` in the config.

A user table is a TSV file in the format of one of the bundled tables (``docs/actors.md``):
the same header row, ``#`` comment lines, one fact a row. Its rows are validated by the same
rules, with errors naming ``FILE:LINE``. A name it gives replaces what the bundled tables (or an
earlier user table) said of that name; a new name is added. The most common shape is the
groups table's, which gives any name any actor code, optionally for a period::

    name<TAB>code<TAB>valid_from<TAB>valid_to
    Western allies<TAB>IGOWST<TAB><TAB>
    Kithure Kindiki<TAB>KENGOV<TAB>2022-09-13<TAB>

``eventcoder actors unknown`` prints unresolved phrases in that shape, ready to fill in.

Example::

    files = read_actor_files(["my-actors.tsv"])
    tables = check_actor_files(files)          # DataTableError "my-actors.tsv:3: …" if bad
    coder = Coder(actor_files=files)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from eventcoder.code._actor_tables import ActorFile, Tables, load_tables
from eventcoder.errors import DataTableError

__all__ = ["ActorFile", "check_actor_files", "read_actor_files"]


def read_actor_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[ActorFile, ...]:
    """Read user actor tables (UTF-8); an unreadable file is a :class:`DataTableError` naming it."""
    files = []
    for raw in paths:
        name = os.fspath(raw)
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            raise DataTableError(f"cannot read the actor table: {exc.strerror or exc}",
                                 source=name) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise DataTableError(f"not UTF-8 text (byte {exc.start})", source=name) from None
        files.append(ActorFile(origin=name, text=text))
    return tuple(files)


def check_actor_files(files: tuple[ActorFile, ...]) -> Tables:
    """Load the bundled tables with ``files``: raises :class:`DataTableError` (``FILE:LINE:
    reason``) on the first bad row; the loaded tables otherwise (cached per set of files)."""
    return load_tables(tuple(files))
