"""RSS / Atom feed files → Articles (``eventcoder.read.feeds``)."""

from __future__ import annotations

import pytest

from eventcoder.errors import InputError
from eventcoder.read import read_paths
from eventcoder.read.feeds import parse_feed, read_feed, strip_html

BODY = (
    "Pakistan lodged a formal protest with the American embassy in Islamabad on Saturday, "
    "accusing the United States of interfering in its internal affairs and of trying to "
    "remove the prime minister from office."
)

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Dawn</title>
  <item>
    <title>Pakistan protests to the US</title>
    <link>https://dawn.example/1</link>
    <pubDate>Sat, 02 Apr 2022 10:00:00 +0500</pubDate>
    <description>&lt;p&gt;{BODY}&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;</description>
  </item>
  <item>
    <title>Second item</title>
    <link>https://dawn.example/2</link>
    <content:encoded><![CDATA[<div><p>{BODY}</p><p>More &amp; more.</p></div>]]></content:encoded>
  </item>
  <item><title></title><description></description></item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Wire</title>
  <entry>
    <title>US and China talk</title>
    <link rel="alternate" href="https://wire.example/a"/>
    <id>urn:uuid:1</id>
    <published>2024-03-01T08:00:00Z</published>
    <summary type="html">&lt;b&gt;{BODY}&lt;/b&gt;</summary>
  </entry>
</feed>
"""

RDF = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example/"><title>Old Times</title></channel>
  <item rdf:about="https://old.example/x">
    <title>Old style</title><link>https://old.example/x</link>
    <description>{BODY}</description><dc:date>2021-05-06</dc:date>
  </item>
</rdf:RDF>
"""


def test_rss_items_become_articles():
    errors = []
    arts = list(parse_feed(RSS, origin="dawn.rss", on_error=errors.append))
    assert len(arts) == 2 and len(errors) == 1  # the empty item is reported, not fatal
    a, b = arts
    assert a.title == "Pakistan protests to the US" and a.outlet == "Dawn"
    assert a.url == "https://dawn.example/1" and a.published == "2022-04-02"
    assert BODY in a.text and "<p>" not in a.text and "track()" not in a.text
    assert a.text.startswith("Pakistan protests to the US\n")
    assert "More & more." in b.text and b.published is None
    assert a.id != b.id and a.origin == "dawn.rss#item1"


def test_atom_and_rdf(tmp_path):
    arts = list(parse_feed(ATOM, origin="w.atom", on_error=print))
    assert [(x.outlet, x.url, x.published) for x in arts] == [
        ("Wire", "https://wire.example/a", "2024-03-01")
    ]
    rdf = list(parse_feed(RDF, origin="o.rdf", on_error=print, published="2020-01-01"))
    assert rdf[0].outlet == "Old Times" and rdf[0].published == "2021-05-06"


def test_publication_date_fallback():
    arts = list(parse_feed(RSS, origin="x", on_error=lambda e: None, published="2022-04-03"))
    assert [a.published for a in arts] == ["2022-04-02", "2022-04-03"]


def test_malformed_feed_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not a readable RSS/Atom feed"):
        list(parse_feed("<rss><channel><item>", origin="bad.rss", on_error=print))
    with pytest.raises(InputError, match="not a readable"):
        list(parse_feed("<html><body>hi</body></html>", origin="page.xml", on_error=print))


def test_read_paths_dispatches_feeds_and_goes_on_after_a_bad_one(tmp_path):
    (tmp_path / "a.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "b.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "c.xml").write_text("<rss><channel>", encoding="utf-8")
    errors = []
    arts = list(read_paths([str(tmp_path)], on_error=errors.append))
    assert len(arts) == 3
    assert len(errors) == 2 and any("c.xml" in e.one_line() for e in errors)
    assert list(read_feed(tmp_path / "b.atom", on_error=print))[0].outlet == "Wire"


def test_strip_html():
    assert strip_html("<p>a &amp; b</p><style>x{}</style><p>c</p>") == "a & b\nc"
    assert strip_html("plain &quot;text&quot;") == 'plain "text"'
