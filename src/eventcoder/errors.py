"""Errors eventcoder raises, one tree, each with a stable code users can search for.

::

    EventcoderError                 [EC000] base; the CLI prints ``error: <input>: <reason>``
    ├── InputError                  [EC100] an input cannot be read (empty, binary, bad encoding …)
    │   ├── EmptyInputError         [EC101]
    │   ├── BinaryInputError        [EC102]
    │   ├── RecordError             [EC103] a JSONL record is malformed (names the line)
    │   ├── LanguageError           [EC104] the text is not English
    │   └── FetchError              [EC105] a URL cannot be fetched (HTTP status, timeout,
    │                                       robots.txt, too large); ``transient`` says whether
    │                                       trying again later may succeed
    ├── DataTableError              [EC200] a bundled or user data table is invalid (file:line: reason)
    ├── ModelError                  [EC300] the spaCy pipeline cannot be loaded
    ├── StoreError                  [EC400] the event store cannot be opened, read or written
    │   └── CorruptSegmentError     [EC401]
    ├── QueryError                  [EC500] a query or filter is invalid (bad SQL, write attempted …)
    ├── ClusterError                [EC600] a Dask cluster cannot code (unreachable, other version);
    │                                       defined in :mod:`eventcoder.scale`
    ├── SettingsError               [EC700] a setting is invalid (option, environment variable
    │                                       or config file; see :mod:`eventcoder.settings`)
    └── CodingError                 [EC800] the coder failed on one article (a defect: please
                                            report it with the text); the batch goes on

The library never calls ``sys.exit``; the CLI turns any :class:`EventcoderError` into one line.
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "CodingError",
    "CorruptSegmentError",
    "DataTableError",
    "EmptyInputError",
    "EventcoderError",
    "FetchError",
    "InputError",
    "LanguageError",
    "ModelError",
    "QueryError",
    "RecordError",
    "SettingsError",
    "StoreError",
]


class EventcoderError(Exception):
    """Base of every error eventcoder raises on purpose."""

    code = "EC000"

    def __init__(self, reason: str, *, source: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.source = source

    def one_line(self) -> str:
        """The message the CLI prints: ``<input>: <reason> [ECnnn]`` on one line."""
        reason = " ".join(self.reason.split())
        source = " ".join(self.source.split()) if self.source else ""
        where = f"{source}: " if source else ""
        return f"{where}{reason} [{self.code}]"

    def __str__(self) -> str:
        return self.one_line()


class InputError(EventcoderError):
    code = "EC100"


class EmptyInputError(InputError):
    code = "EC101"


class BinaryInputError(InputError):
    code = "EC102"


class RecordError(InputError):
    code = "EC103"


class LanguageError(InputError):
    code = "EC104"


class FetchError(InputError):
    """A URL could not be fetched. ``transient``: a later attempt may succeed (time-out, 5xx,
    429, connection refused); ``retry_at``: the time (``time.time()``) the server asked us to
    wait for, if it said (Retry-After)."""

    code = "EC105"

    def __init__(
        self, reason: str, *, source: str | None = None, transient: bool = False,
        retry_at: float | None = None,
    ) -> None:  # fmt: skip
        super().__init__(reason, source=source)
        self.transient = transient
        self.retry_at = retry_at


class DataTableError(EventcoderError):
    code = "EC200"


class ModelError(EventcoderError):
    code = "EC300"


class StoreError(EventcoderError):
    code = "EC400"


class CorruptSegmentError(StoreError):
    code = "EC401"


class QueryError(EventcoderError):
    code = "EC500"


class SettingsError(EventcoderError):
    code = "EC700"


class CodingError(EventcoderError):
    """The coder itself failed on one article: a defect, not bad input. The article's events
    are skipped and the rest of a batch goes on."""

    code = "EC800"
