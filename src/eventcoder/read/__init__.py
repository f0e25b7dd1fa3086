"""Read news reports from files, folders, JSONL records, HTML pages, feeds and stdin.

Every reader yields :class:`~eventcoder.records.Article`. A bad input never stops the batch:
it is passed to ``on_error`` as an :class:`~eventcoder.errors.InputError` naming the input and
the reason, and reading goes on with the next one.
"""

from __future__ import annotations

from eventcoder.read.paths import read_paths
from eventcoder.read.text import article_from_text, decode_bytes

__all__ = ["article_from_text", "decode_bytes", "read_paths"]
