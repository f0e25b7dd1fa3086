"""What to watch: URL keys, intervals, source lists (``eventcoder.watch.urls`` / ``.sources``)."""

from __future__ import annotations

import pytest

from eventcoder.errors import InputError
from eventcoder.watch import clean_url, format_interval, parse_interval, read_sources, url_key
from eventcoder.watch.urls import is_tracking_param


def test_urls_drop_tracking_parameters_and_fragments():
    a = "http://News.Example.ORG:80/world/story.html?utm_source=rss&id=7&utm_medium=feed#top"
    b = "http://news.example.org/world/story.html?fbclid=abc&id=7"
    assert url_key(a) == url_key(b) == "http://news.example.org/world/story.html?id=7"
    assert clean_url(a) == "http://News.Example.ORG:80/world/story.html?id=7"
    assert url_key("https://example.org:443") == "https://example.org/"
    assert url_key("http://example.org:8080/a?b=2&a=1") == "http://example.org:8080/a?a=1&b=2"
    assert url_key("http://example.org/a?page=2") != url_key("http://example.org/a?page=3")


@pytest.mark.parametrize("name", ["utm_source", "UTM_Campaign", "utm_id", "gclid", "mc_eid"])
def test_tracking_parameters_come_from_the_table(name):
    assert is_tracking_param(name)


@pytest.mark.parametrize("name", ["id", "page", "q", "utm"])
def test_other_parameters_are_kept(name):
    assert not is_tracking_param(name)


@pytest.mark.parametrize("bad", ["ftp://example.org/x", "http:///nohost", "mailto:a@b.c"])
def test_urls_refuse_what_is_not_http(bad):
    with pytest.raises(InputError):
        url_key(bad)


@pytest.mark.parametrize(("text", "seconds"), [("90s", 90), ("15m", 900), ("1h30m", 5400),
                                                ("2d", 172800), ("45", 45), ("0.5s", 0.5)])
def test_intervals(text, seconds):
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("bad", ["", "15x", "m", "0", "-5m", "1h 30m"])
def test_bad_intervals(bad):
    with pytest.raises(ValueError):
        parse_interval(bad)


def test_format_interval():
    assert [format_interval(s) for s in (900, 5400, 45, 86400)] == ["15m", "1h30m", "45s", "1d"]


def test_source_list_with_comments_and_intervals(tmp_path):
    listing = tmp_path / "feeds.txt"
    listing.write_text(
        "# world news\n"
        "http://127.0.0.1:9/world.rss\n"
        "\n"
        "http://127.0.0.1:9/region.atom   every=5m   # busier\n"
        "http://127.0.0.1:9/story.html#comments 1h\n"
        "http://127.0.0.1:9/world.rss?utm_source=list\n",  # the same feed again: once
        encoding="utf-8",
    )
    found = read_sources([str(listing), "http://127.0.0.1:9/extra.rss"])
    assert [(s.url, s.every) for s in found] == [
        ("http://127.0.0.1:9/world.rss", None),
        ("http://127.0.0.1:9/region.atom", 300.0),
        ("http://127.0.0.1:9/story.html", 3600.0),
        ("http://127.0.0.1:9/extra.rss", None),
    ]
    assert found[1].named_at == f"{listing}:4"


@pytest.mark.parametrize(("line", "needle"), [
    ("news.example.org/feed.xml", "expected an http(s) URL"),
    ("http://127.0.0.1:9/feed.xml every=soon", "not an interval"),
])  # fmt: skip
def test_bad_source_lines_name_file_and_line(tmp_path, line, needle):
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# ok\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_sources([str(listing)])
    assert f"{listing}:2" in caught.value.one_line() and needle in caught.value.one_line()


def test_missing_list_file_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_sources([str(tmp_path / "nope.txt")])
