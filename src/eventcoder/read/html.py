"""HTML pages: main text, title and date via trafilatura; the page's canonical link."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import trafilatura

from eventcoder.errors import EmptyInputError
from eventcoder.read.published import parse_published
from eventcoder.read.text import article_from_text
from eventcoder.records import Article

__all__ = ["article_from_html", "canonical_link", "looks_like_html"]


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def article_from_html(
    html: str, *, origin: str, published: str | None = None,
    default_published: str | None = None, url: str | None = None, outlet: str | None = None,
) -> Article:  # fmt: skip
    """Extract the main text of a page.

    Its publication date is ``published`` (a date the input gives elsewhere: the feed item
    that linked the page), else the page's metadata date, else the date its text states in
    its opening lines, else ``default_published``. ``url`` (the address the page was fetched
    from, or its canonical link) is the article's URL and so its id; without it, the URL the
    page's metadata gives. ``outlet`` is used when the page names no site.
    """
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise EmptyInputError("HTML page has no main text", source=origin)
    title = getattr(doc, "title", None)
    date = getattr(doc, "date", None)
    text = f"{title}\n{body}" if title else body
    return article_from_text(
        text,
        published=published or _metadata_date(date),
        default_published=default_published,
        title=title,
        url=url or getattr(doc, "url", None),
        outlet=getattr(doc, "sitename", None) or outlet,
        origin=origin,
        detect_title=False,
    )


def _metadata_date(value: str | None) -> str | None:
    try:
        return parse_published(value) if value else None
    except ValueError:
        return None  # a metadata guess we cannot read is no date


class _CanonicalFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link" or self.href is not None:
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        if "canonical" in values.get("rel", "").lower().split() and values.get("href"):
            self.href = values["href"].strip()


def canonical_link(html: str, page_url: str) -> str | None:
    """The absolute URL of the page's ``<link rel="canonical">``, resolved against
    ``page_url``; None when there is none, when it is not http(s), or when it names a site's
    front page (a common template mistake that would make every article one)."""
    end = html.lower().find("</head>")
    finder = _CanonicalFinder()
    finder.feed(html[: end if end >= 0 else 200_000])
    finder.close()
    if not finder.href:
        return None
    url = urljoin(page_url, finder.href)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    if parts.path in ("", "/") and not parts.query:
        return None
    return url
