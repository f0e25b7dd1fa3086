"""The fixture news site the watch tests serve: two feeds, article pages, and pages that fail.

Every report is our own writing, made up for these tests: short news with events in them.

``/feeds/world.rss`` (RSS 2.0, ETag): the ministers' meeting (with utm_ tags), the teachers'
protest behind a redirect, a recall whose page is gone (404) but whose item carries the whole
report, an accusation on a page that fails once (500, Retry-After) and then answers, a page
robots.txt forbids, and a redirect loop.

``/feeds/region.atom`` (Atom, Last-Modified, relative links): the aid pledge, the same pledge
again under an AMP address whose canonical link names the first, the border talks (a
``../`` link), the ministers' meeting again with other utm_ tags and a fragment, a page slower
than the time-out and a page past the size cap.

``/news/arrests-dhaka.html`` is watched directly, as an article URL.
"""

from __future__ import annotations

from html import escape

from tests.watch.server import failing_first, page, redirect, slow, status

STORIES = {
    "ministers-meet": (
        "Kenyan and Ethiopian foreign ministers meet over border dispute", "2024-05-02",
        "NAIROBI, May 2 (Lakeside Herald) - Kenya's foreign minister met her Ethiopian "
        "counterpart in Nairobi on Tuesday to discuss the disputed border near Moyale, officials "
        "said.\n\nThe two ministers agreed to set up a joint commission to mark the boundary, "
        "according to a statement from the Kenyan foreign ministry.\n\nEthiopia promised to "
        "withdraw additional police units from the area by the end of the month.",
    ),
    "teachers-protest": (
        "Teachers march in Santiago against pay freeze", "2024-05-02",
        "SANTIAGO, May 2 (Lakeside Herald) - Thousands of teachers protested in Santiago on "
        "Wednesday against a pay freeze announced by the Chilean government.\n\nPolice fired "
        "tear gas at demonstrators who tried to reach the presidential palace, witnesses "
        "said.\n\nThe teachers' union accused the education minister of breaking promises made "
        "during last year's strike.",
    ),
    "flaky-story": (
        "Pakistan accuses India of ceasefire violation in Kashmir", "2024-05-03",
        "ISLAMABAD, May 3 (Lakeside Herald) - Pakistan accused India on Friday of violating the "
        "ceasefire along the Line of Control, saying Indian troops had shelled villages in the "
        "Neelum valley.\n\nThe Pakistani foreign ministry summoned India's deputy high "
        "commissioner to lodge a formal protest.\n\nIndia denied the accusation and said its "
        "soldiers had only returned fire.",
    ),
    "aid-pledge": (
        "Japan pledges emergency aid to the Philippines after typhoon", "2024-05-03",
        "TOKYO, May 3 (Lakeside Herald) - Japan promised emergency aid to the Philippines on "
        "Saturday after a typhoon killed dozens of people on the island of Luzon.\n\nJapanese "
        "officials said a medical team would fly to Manila on Sunday.\n\nThe Philippine "
        "president thanked Tokyo for its quick help.",
    ),
    "border-talks": (
        "Armenia and Azerbaijan hold peace talks in Geneva", "2024-05-04",
        "GENEVA, May 4 (Lakeside Herald) - Armenian and Azerbaijani negotiators met in Geneva on "
        "Sunday for a new round of talks on a peace treaty, the Swiss foreign ministry said."
        "\n\nBoth delegations welcomed the mediation of the European Union.\n\nAzerbaijan urged "
        "Armenia to remove territorial claims from its constitution.",
    ),
    "arrests-dhaka": (
        "Police in Dhaka arrest opposition activists before rally", "2024-05-04",
        "DHAKA, May 4 (Lakeside Herald) - Police in Bangladesh arrested 14 opposition activists "
        "in Dhaka on Saturday ahead of a planned rally, party officials said.\n\nThe Bangladesh "
        "Nationalist Party condemned the arrests and demanded the release of its members.\n\n"
        "The home ministry said the activists had been detained for attacking police officers.",
    ),
}

#: The recall's page is gone; the feed item carries the whole report (stored from it).
RECALL_TITLE = "Serbia recalls ambassador from Montenegro"
RECALL_TEXT = (
    "BELGRADE, May 2 (Lakeside Herald) - Serbia recalled its ambassador to Montenegro on "
    "Thursday after the parliament in Podgorica passed a resolution on wartime crimes, the "
    "Serbian foreign ministry said. Montenegro's prime minister called for calm and said his "
    "government wanted good relations with Belgrade. The ministry in Belgrade accused "
    "Montenegrin lawmakers of stirring up old hatreds."
)

ROBOTS = "User-agent: *\nDisallow: /private/\n"
FEED_MODIFIED = 1714900000.0  # the Atom feed's Last-Modified


def article_page(slug: str, *, canonical: str | None = None) -> str:
    """An article page with the usual furniture around the report."""
    title, date, text = STORIES[slug]
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)} | Lakeside Herald</title>
<meta property="og:site_name" content="Lakeside Herald">
<meta name="date" content="{date}">{link}
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/subscribe">Subscribe</a></nav>
<div class="cookie">We use cookies to improve your experience. Accept all cookies?</div></header>
<main><article><h1>{escape(title)}</h1>
<p class="byline">By our correspondents, {date}</p>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul><li><a href="/x">Weather warning for the weekend</a></li>
<li><a href="/y">Local team wins the cup final</a></li></ul></aside></main>
<footer><p>Copyright 2024 Lakeside Herald. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>
</body></html>
"""


def _rss_item(title: str, link: str, date: str, text: str) -> str:
    return (f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
            f"<pubDate>{date}</pubDate><description>{escape(text)}</description></item>")  # fmt: skip


def world_rss() -> str:
    items = [
        _rss_item(STORIES["ministers-meet"][0],
                  "/news/ministers-meet.html?utm_source=rss&utm_medium=feed",
                  "Thu, 02 May 2024 09:00:00 GMT", "Ministers meet in Nairobi."),
        _rss_item(STORIES["teachers-protest"][0], "/go/teachers-protest",
                  "Thu, 02 May 2024 10:00:00 GMT", "Teachers march in Santiago."),
        _rss_item(RECALL_TITLE, "/news/recall.html", "Thu, 02 May 2024 11:00:00 GMT",
                  RECALL_TEXT),
        _rss_item(STORIES["flaky-story"][0], "/news/flaky-story.html",
                  "Fri, 03 May 2024 08:00:00 GMT", "Pakistan accuses India."),
        _rss_item("Embargoed report", "/private/embargoed.html",
                  "Fri, 03 May 2024 09:00:00 GMT", "Embargoed until Monday."),
        _rss_item("Going round in circles", "/loop/a", "Fri, 03 May 2024 10:00:00 GMT",
                  "A page that never arrives."),
    ]  # fmt: skip
    # Relative links: the server's own address is the base (RSS has no xml:base).
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            "<title>Lakeside Herald - World</title><link>/</link>"
            + "".join(items) + "</channel></rss>\n")  # fmt: skip


def _entry(title: str, href: str, date: str, summary: str) -> str:
    return (f'<entry><title>{escape(title)}</title><link rel="alternate" href="{escape(href)}"/>'
            f"<id>urn:lakeside:{escape(href)}</id><published>{date}</published>"
            f"<summary>{escape(summary)}</summary></entry>")  # fmt: skip


def region_atom() -> str:
    entries = [
        _entry(STORIES["aid-pledge"][0], "/news/aid-pledge.html", "2024-05-03T08:00:00Z",
               "Japan promises aid."),
        _entry(STORIES["aid-pledge"][0], "/amp/aid-pledge.html", "2024-05-03T08:00:00Z",
               "Japan promises aid (mobile)."),
        _entry(STORIES["border-talks"][0], "../news/border-talks.html", "2024-05-04T08:00:00Z",
               "Talks in Geneva."),
        _entry(STORIES["ministers-meet"][0],
               "/news/ministers-meet.html?utm_campaign=region&utm_source=atom#comments",
               "2024-05-02T09:00:00Z", "Ministers meet in Nairobi."),
        _entry("A report that takes its time", "/news/slow-story.html", "2024-05-04T09:00:00Z",
               "Details to follow."),
        _entry("The whole archive on one page", "/news/huge-story.html",
               "2024-05-04T10:00:00Z", "Everything at once."),
    ]  # fmt: skip
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Lakeside Herald - Region</title><id>urn:lakeside:region</id>"
            "<updated>2024-05-04T10:00:00Z</updated>" + "".join(entries) + "</feed>\n")  # fmt: skip


def routes(base: str, *, slow_seconds: float = 3.0, huge_bytes: int = 3_000_000) -> dict:
    """The site's routes; ``base`` is the server's own address (for the canonical link)."""
    huge = "<html><body><article>" + "<p>Word after word.</p>" * (huge_bytes // 22) + "</article>"
    return {
        "/robots.txt": page(ROBOTS, "text/plain"),
        "/feeds/world.rss": page(world_rss(), "application/rss+xml", etag='"world-1"'),
        "/feeds/region.atom": page(region_atom(), "application/atom+xml",
                                   last_modified=FEED_MODIFIED),
        "/news/ministers-meet.html": page(article_page("ministers-meet")),
        "/go/teachers-protest": redirect("/news/teachers-protest.html"),
        "/news/teachers-protest.html": page(article_page("teachers-protest")),
        "/news/recall.html": status(404, "<html><body>Page not found</body></html>"),
        "/news/flaky-story.html": failing_first(1, page(article_page("flaky-story"))),
        "/private/embargoed.html": page(article_page("border-talks")),
        "/loop/a": redirect("/loop/b", 302),
        "/loop/b": redirect("/loop/a", 302),
        "/news/aid-pledge.html": page(article_page("aid-pledge")),
        "/amp/aid-pledge.html": page(article_page(
            "aid-pledge", canonical=f"{base}/news/aid-pledge.html")),
        "/news/border-talks.html": page(article_page("border-talks")),
        "/news/slow-story.html": slow(slow_seconds, page(article_page("border-talks"))),
        "/news/huge-story.html": page(huge),
        "/news/arrests-dhaka.html": page(article_page("arrests-dhaka")),
    }  # fmt: skip


#: The articles a first round stores: story slug -> the path of its stored URL.
STORED = {
    "ministers-meet": "/news/ministers-meet.html",
    "teachers-protest": "/news/teachers-protest.html",
    "recall": "/news/recall.html",
    "flaky-story": "/news/flaky-story.html",
    "aid-pledge": "/news/aid-pledge.html",
    "border-talks": "/news/border-talks.html",
    "arrests-dhaka": "/news/arrests-dhaka.html",
}
