"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds → :class:`FeedItem` records, or one :class:`Article`
per item.

Only the standard library (``xml.etree``). The text of an item is its full content
(``content:encoded`` / Atom ``content``) when present, else its description / summary, with
HTML tags removed. The outlet is the channel's title; the publication date comes from
``pubDate`` / ``dc:date`` / ``published`` / ``updated``, else from the item's text, else
``published=`` is used (:mod:`eventcoder.read.published`).
:func:`feed_items` gives the items themselves (``eventcoder watch`` follows their links);
relative links are resolved against ``xml:base`` or the feed's own URL.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

from eventcoder.errors import EventcoderError, InputError
from eventcoder.read.published import parse_published
from eventcoder.read.text import article_from_text, decode_bytes
from eventcoder.records import Article

__all__ = [
    "Feed",
    "FeedItem",
    "feed_items",
    "item_article",
    "looks_like_feed",
    "parse_feed",
    "read_feed",
]

_NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "rss1": "http://purl.org/rss/1.0/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}
_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote"}
MAX_FEED_BYTES = 50_000_000


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, paragraphs kept as lines."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _date(value: str | None) -> str | None:
    """An item's ``pubDate`` / ``dc:date`` / ``published`` (RFC 2822 or ISO); None if unreadable."""
    if not value or not value.strip():
        return None
    try:
        return parse_published(value)
    except ValueError:
        return None


def _text(node: ET.Element | None, path: str) -> str | None:
    if node is None:
        return None
    found = node.find(path, _NS)
    if found is None:
        return None
    return "".join(found.itertext()).strip() or None


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed: its link (absolute when the feed's URL is known) and its own text."""

    title: str | None
    link: str | None
    text: str  # the item's content or description, HTML removed (without the title)
    published: str | None  # ISO date
    guid: str | None


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title (the outlet) and its items, in document order."""

    title: str | None
    items: list[FeedItem]


def looks_like_feed(data: bytes) -> bool:
    """Whether a document is an RSS or Atom feed (its root element, after any prolog)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    while head.startswith((b"<?", b"<!--", b"<!doctype")):
        end = head.find(b">")
        if end < 0:
            return False
        head = head[end + 1 :].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def _atom_link(entry: ET.Element) -> str | None:
    links = entry.findall("atom:link", _NS)
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return links[0].get("href") if links else None


def _items(root: ET.Element) -> tuple[str | None, list[dict[str, str | None]]]:
    """(outlet, items) for any of the three feed dialects."""
    tag = root.tag.rsplit("}", 1)[-1]
    if tag == "feed":  # Atom
        outlet = _text(root, "atom:title")
        items = [
            {
                "title": _text(e, "atom:title"),
                "link": _atom_link(e),
                "body": _text(e, "atom:content") or _text(e, "atom:summary"),
                "date": _text(e, "atom:published") or _text(e, "atom:updated"),
                "guid": _text(e, "atom:id"),
                "base": e.get(_XML_BASE),
            }
            for e in root.findall("atom:entry", _NS)
        ]
        return outlet, items
    if tag == "rss":
        channel = root.find("channel")
        entries = channel.findall("item") if channel is not None else []
        outlet = _text(channel, "title")
    elif tag == "RDF":
        channel = root.find("rss1:channel", _NS)
        entries = root.findall("rss1:item", _NS)
        outlet = _text(channel, "rss1:title")
    else:
        raise ValueError(f"not a feed (root element <{tag}>)")
    prefix = "rss1:" if tag == "RDF" else ""
    items = [
        {
            "title": _text(e, f"{prefix}title"),
            "link": _text(e, f"{prefix}link"),
            "body": _text(e, "content:encoded") or _text(e, f"{prefix}description"),
            "date": _text(e, "pubDate") or _text(e, "dc:date"),
            "guid": _text(e, "guid"),
        }
        for e in entries
    ]
    return outlet, items


def feed_items(data: bytes | str, *, origin: str, base_url: str | None = None) -> Feed:
    """The title and items of one feed document (RSS 2.0, RSS 1.0/RDF or Atom).

    Relative links are resolved against the entry's or feed's ``xml:base``, then
    ``base_url`` (the URL the feed was fetched from). An unreadable document is an
    :class:`InputError` naming ``origin``; a feed with no items is not an error.
    """
    text = data if isinstance(data, str) else decode_bytes(data, origin)
    try:
        root = ET.fromstring(text.lstrip("\ufeff").lstrip())
        outlet, raw = _items(root)
    except (ET.ParseError, ValueError) as exc:
        raise InputError(f"not a readable RSS/Atom feed: {exc}", source=origin) from None
    feed_base = urljoin(base_url or "", root.get(_XML_BASE) or "") or None
    items = []
    for item in raw:
        link = item["link"]
        base = urljoin(feed_base or "", item.get("base") or "") or None
        if link and base:
            link = urljoin(base, link.strip())
        title = strip_html(item["title"] or "") or None
        items.append(FeedItem(title=title, link=link, text=strip_html(item["body"] or ""),
                              published=_date(item["date"]), guid=item["guid"]))  # fmt: skip
    return Feed(title=strip_html(outlet or "") or None, items=items)


def parse_feed(
    data: bytes | str,
    *,
    origin: str,
    published: str | None = None,
    on_error: Callable[[EventcoderError], None],
) -> Iterator[Article]:
    """Articles of one feed document; a bad item goes to ``on_error``, the rest go on."""
    feed = feed_items(data, origin=origin)
    if not feed.items:
        raise InputError("feed holds no items", source=origin)
    for n, item in enumerate(feed.items, 1):
        try:
            yield item_article(item, outlet=feed.title, origin=f"{origin}#item{n}",
                               default_published=published)  # fmt: skip
        except EventcoderError as exc:
            on_error(exc)


def item_article(
    item: FeedItem, *, outlet: str | None, origin: str, default_published: str | None = None,
    url: str | None = None,
) -> Article:  # fmt: skip
    """The article a feed item's own text makes (its title first); ``url`` overrides its link.
    Its date is the item's own, else the one its text states, else ``default_published``."""
    body = item.text
    if item.title and not body.startswith(item.title):
        body = f"{item.title}\n{body}" if body else ""
    return article_from_text(
        body,
        title=item.title,
        published=item.published,
        default_published=default_published,
        url=url or item.link or item.guid,
        outlet=outlet,
        origin=origin,
        detect_title=False,
    )


def read_feed(
    path: str | Path,
    *,
    on_error: Callable[[EventcoderError], None],
    published: str | None = None,
) -> Iterator[Article]:
    """Articles of the feed file at ``path`` (RSS 2.0, RSS 1.0/RDF or Atom)."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FEED_BYTES:
        raise InputError(f"feed file is {size // 1_000_000} MB; too large", source=str(path))
    yield from parse_feed(
        path.read_bytes(), origin=str(path), published=published, on_error=on_error
    )
