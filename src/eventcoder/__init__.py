"""eventcoder: turn news reports into political event data coded in CAMEO and PLOVER.

Usage::

    >>> from eventcoder import code_text
    >>> mentions = code_text("Russian troops shelled Kharkiv on Friday.", published="2022-03-05")
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventcoder")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

from eventcoder.errors import EventcoderError
from eventcoder.records import ActorRef, Article, Event, Mention, Place

__all__ = [
    "ActorRef",
    "Article",
    "Event",
    "EventcoderError",
    "Mention",
    "Place",
    "__version__",
    "code_text",
]


def code_text(text: str, *, published: str | None = None, title: str | None = None,
              actors: Sequence[str | os.PathLike[str]] = ()) -> list[Mention]:
    """Code one text and return its event mentions (loads the model on first use).

    ``actors``: user actor tables (TSV files in the format of a bundled table, see
    docs/actors.md) that add or override actors. The list returned also carries, in
    ``.unresolved``, the actor phrases no table knew.
    """
    from eventcoder.code.actor_files import check_actor_files, read_actor_files
    from eventcoder.pipeline import default_coder
    from eventcoder.read import article_from_text

    files = read_actor_files(actors)
    if files:
        check_actor_files(files)
    article = article_from_text(text, published=published, title=title)
    return default_coder(files).code_article(article)
