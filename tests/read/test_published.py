"""The publication date contract (issue #14): field names, value formats, the text's own date,
precedence, the warning about a date-like field that is not read."""

from __future__ import annotations

import json

import pytest

from eventcoder.errors import RecordError
from eventcoder.read import article_from_text, read_paths
from eventcoder.read.published import (
    PUBLISHED_FIELDS,
    parse_published,
    record_published,
    undated_warning,
    unread_date_fields,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-25", "2024-06-25"),
        ("2024-06-25T09:14:00", "2024-06-25"),
        ("2024-06-25T09:14:00Z", "2024-06-25"),
        ("2024-06-25T23:30:00-05:00", "2024-06-25"),  # the date as written, not UTC
        ("2024-06-25 09:14:00+02:00", "2024-06-25"),
        ("2024-06-25T09:14:00.123456+00:00", "2024-06-25"),
        ("Tue, 25 Jun 2024 09:14:00 +0000", "2024-06-25"),  # RFC 2822
        ("Tue, 25 Jun 2024 23:59:00 -0700", "2024-06-25"),
        ("25 Jun 2024 09:14:00 GMT", "2024-06-25"),
        (1719306840, "2024-06-25"),  # Unix seconds (UTC)
        (1719306840.5, "2024-06-25"),
        ("1719306840", "2024-06-25"),
        (1719306840000, "2024-06-25"),  # milliseconds
        ("June 25, 2024", "2024-06-25"),
        ("25 June 2024", "2024-06-25"),
        ("  2024-06-25  ", "2024-06-25"),
    ],
)
def test_parse_published_accepts_the_usual_formats(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    "value",
    ["2024-02-30", "2023-13-01", "soon", "", "   ", True, None, [2024, 6, 25], "25/06/24",
     "2024-06-25Tnonsense", 10**20],
)
def test_parse_published_refuses_what_is_not_a_date(value):
    with pytest.raises(ValueError):
        parse_published(value)


@pytest.mark.parametrize("name", PUBLISHED_FIELDS)
def test_every_documented_field_name_is_read(name):
    assert record_published({"text": "x", name: "2024-06-25"}, "f:1") == "2024-06-25"


@pytest.mark.parametrize("name", ["PubDate", "publishDate", "publish-date", "PUBLISHED", "Date"])
def test_field_names_ignore_case_and_separators(name):
    assert record_published({"text": "x", name: "2024-06-25"}, "f:1") == "2024-06-25"


def test_the_first_field_in_contract_order_wins():
    record = {"timestamp": 1719306840, "date": "2024-01-02", "published": None}
    assert record_published(record, "f:1") == "2024-01-02"


def test_a_bad_value_names_field_and_value():
    with pytest.raises(RecordError) as info:
        record_published({"pubDate": "next Tuesday"}, "news.jsonl:7")
    line = info.value.one_line()
    assert line.startswith("news.jsonl:7: 'pubDate'") and "'next Tuesday'" in line
    assert line.endswith("[EC103]")


def test_unread_date_fields():
    assert unread_date_fields({"text": "x", "created_at": "2024-06-25"}) == ["created_at"]
    assert unread_date_fields({"text": "x", "created_at": "x", "date": "2024-06-25"}) == []
    assert unread_date_fields({"text": "x", "title": "y"}) == []


def test_undated_warning():
    assert undated_warning([], 3) is None
    message = undated_warning(["a.txt", "b.txt", "c.txt", "d.txt"], 9)
    assert message.startswith("4 of 9 articles have no publication date (a.txt, b.txt, c.txt "
                              "and 1 more)")
    assert "--published" in message


# ---------------------------------------------------------------- readers


def _jsonl(tmp_path, records, name="news.jsonl"):
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


TEXT = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday."


def test_jsonl_reads_every_field_name_and_format(tmp_path):
    records = [
        {"id": "1", "text": TEXT, "date": "2024-06-25"},
        {"id": "2", "text": TEXT, "pubDate": "Tue, 25 Jun 2024 09:14:00 +0000"},
        {"id": "3", "text": TEXT, "timestamp": 1719306840},
        {"id": "4", "text": TEXT, "published_at": "2024-06-25T09:14:00Z"},
        {"id": "5", "text": TEXT, "datetime": "2024-06-25 09:14:00"},
        {"id": "6", "text": TEXT, "publish_date": "25 June 2024"},
    ]
    errors: list = []
    articles = list(read_paths([str(_jsonl(tmp_path, records))], on_error=errors.append))
    assert errors == []
    assert [a.published for a in articles] == ["2024-06-25"] * 6


def test_jsonl_warns_once_per_file_about_an_unread_date_field(tmp_path):
    records = [{"id": str(i), "text": TEXT, "created": "2024-06-25"} for i in range(3)]
    first = _jsonl(tmp_path, records, "a.jsonl")
    second = _jsonl(tmp_path, records, "b.jsonl")
    warnings: list[str] = []
    articles = list(read_paths([str(first), str(second)], on_error=pytest.fail,
                               on_warning=warnings.append))  # fmt: skip
    assert [a.published for a in articles] == [None] * 6  # read, undated
    assert len(warnings) == 2  # once per file
    assert warnings[0].startswith(f"{first}: field 'created' (line 1")
    assert "published, date, publish_date" in warnings[0] and "\n" not in warnings[0]


def test_a_record_with_a_bad_date_is_skipped_the_batch_goes_on(tmp_path):
    records = [{"id": "1", "text": TEXT, "date": "2024-02-30"}, {"id": "2", "text": TEXT}]
    errors: list = []
    articles = list(read_paths([str(_jsonl(tmp_path, records))], published="2024-06-25",
                               on_error=errors.append))  # fmt: skip
    assert [a.id for a in articles] == ["news.jsonl:2"]  # ids scoped by file (#14)
    assert articles[0].published == "2024-06-25"
    assert len(errors) == 1 and "news.jsonl:1: 'date'" in errors[0].one_line()


WIRE = "NAIROBI, June 25, 2024 (Reuters) - Kenyan police fired tear gas at protesters."


def test_the_dateline_dates_a_text_file(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE, encoding="utf-8")
    (article,) = read_paths([str(path)])
    assert article.published == "2024-06-25"


def test_precedence_own_date_then_text_then_given_then_file_name(tmp_path):
    # the text's dateline beats --published and the file name
    dated = tmp_path / "story-2020-01-01.txt"
    dated.write_text(WIRE, encoding="utf-8")
    assert next(read_paths([str(dated)], published="2021-02-02")).published == "2024-06-25"
    # a text without a date of its own: --published, then the file name
    plain = tmp_path / "story-2020-01-01.txt"
    plain.write_text(TEXT, encoding="utf-8")
    assert next(read_paths([str(plain)], published="2021-02-02")).published == "2021-02-02"
    assert next(read_paths([str(plain)])).published == "2020-01-01"
    # a record's own field beats its text's dateline
    rec = _jsonl(tmp_path, [{"text": WIRE, "date": "2024-06-26"}])
    assert next(read_paths([str(rec)], published="2021-02-02")).published == "2024-06-26"
    # the Python API: an explicit date is the article's own
    assert article_from_text(WIRE, published="2024-07-01").published == "2024-07-01"
    assert article_from_text(WIRE).published == "2024-06-25"


def test_html_page_without_metadata_date_uses_its_dateline(tmp_path):
    page = tmp_path / "page.html"
    body = " ".join(["Kenyan police fired tear gas at protesters in the capital."] * 3)
    page.write_text(f"<html><head><title>Protest</title></head><body><article><p>{WIRE}</p>"
                    f"<p>{body}</p></article></body></html>", encoding="utf-8")  # fmt: skip
    (article,) = read_paths([str(page)], published="2021-02-02")
    assert article.published == "2024-06-25"


def test_feed_item_dates_are_read_by_the_same_contract(tmp_path):
    feed = tmp_path / "news.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Protest</title><link>https://news.example/1</link>"
        f"<description>{TEXT}</description><pubDate>Tue, 25 Jun 2024 09:14:00 +0000</pubDate>"
        "</item><item><title>Other</title><link>https://news.example/2</link>"
        f"<description>{TEXT}</description></item></channel></rss>",
        encoding="utf-8",
    )
    articles = list(read_paths([str(feed)], published="2021-02-02"))
    assert [a.published for a in articles] == ["2024-06-25", "2021-02-02"]
