"""HTML pages: main text, title and date via trafilatura."""

from __future__ import annotations

import trafilatura

from eventcoder.errors import EmptyInputError
from eventcoder.read.published import parse_published
from eventcoder.read.text import article_from_text
from eventcoder.records import Article

__all__ = ["article_from_html", "looks_like_html"]


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def article_from_html(html: str, *, origin: str, default_published: str | None = None) -> Article:
    """Extract the main text of a page. Its publication date is the page's metadata date, else
    the date its text states in its opening lines, else ``default_published``."""
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise EmptyInputError("HTML page has no main text", source=origin)
    title = getattr(doc, "title", None)
    date = getattr(doc, "date", None)
    text = f"{title}\n{body}" if title else body
    return article_from_text(
        text,
        published=_metadata_date(date),
        default_published=default_published,
        title=title,
        url=getattr(doc, "url", None),
        outlet=getattr(doc, "sitename", None),
        origin=origin,
        detect_title=False,
    )


def _metadata_date(value: str | None) -> str | None:
    try:
        return parse_published(value) if value else None
    except ValueError:
        return None  # a metadata guess we cannot read is no date
