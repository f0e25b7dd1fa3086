"""Readers: text, HTML, JSONL, folders, stdin; bad input reported one line at a time."""

from __future__ import annotations

import json

import pytest

from eventcoder.errors import (
    BinaryInputError,
    EmptyInputError,
    EventcoderError,
    LanguageError,
    RecordError,
)
from eventcoder.read import article_from_text, decode_bytes, read_paths
from eventcoder.read.text import date_in_name, looks_like_title


def collect(paths, **kwargs):
    errors: list[EventcoderError] = []
    articles = list(read_paths([str(p) for p in paths], on_error=errors.append, **kwargs))
    return articles, errors


def test_read_text_title_and_date_from_name(tmp_path):
    path = tmp_path / "ceasefire-2021-05-20.txt"
    path.write_text("Truce holds in the south\nBoth sides stopped firing on Thursday.\n")
    [article], errors = collect([path])
    assert errors == []
    assert article.title == "Truce holds in the south"
    assert article.published == "2021-05-20"
    assert article.origin == str(path)


def test_read_published_option_wins_over_file_name(tmp_path):
    path = tmp_path / "note-2021-05-20.txt"
    path.write_text("The minister met the envoy in the capital on Monday.")
    [article], _ = collect([path], published="2022-01-01")
    assert article.published == "2022-01-01"
    assert article.title is None


@pytest.mark.parametrize(
    ("line", "rest", "expected"),
    [
        ("Truce holds in the south", "Body.", True),
        ("The army said it had withdrawn.", "More.", False),
        ("Headline with no body", "", False),
    ],
)
def test_read_looks_like_title(line, rest, expected):
    assert looks_like_title(line, rest) is expected


def test_read_date_in_name_rejects_impossible_dates():
    assert date_in_name("x-2022-02-30.txt") is None
    assert date_in_name("x-2022-02-28.txt") == "2022-02-28"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"   \n\t ", EmptyInputError),
        (b"%PDF-1.7 binary stuff", BinaryInputError),
        (b"abc\x00def", BinaryInputError),
    ],
)
def test_read_decode_refuses_empty_and_binary(data, error):
    with pytest.raises(error) as info:
        decode_bytes(data, "in.txt")
    assert info.value.one_line().startswith("in.txt: ")


def test_read_decode_latin1_fallback():
    assert decode_bytes("Bogotá police".encode("latin-1"), "x") == "Bogotá police"


def test_read_non_english_is_skipped_with_reason():
    text = ("El gobierno de la república anunció hoy que las tropas se retirarán de la frontera "
            "después de las conversaciones con los representantes del país vecino.")
    with pytest.raises(LanguageError, match="not English"):
        article_from_text(text, origin="es.txt")


def test_read_jsonl_bad_lines_reported_with_numbers(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "The president visited Paris.", "published": "2020-01-02"}),
        "{not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "text": "Troops left.", "published": "2020-02-30"}),
        json.dumps({"id": "d", "text": "Talks resumed in Geneva.", "title": 5}),
        json.dumps({"id": "e", "text": "Talks resumed in Geneva."}),
    ]
    path.write_text("\n".join(lines) + "\n")
    articles, errors = collect([path])
    assert [a.id for a in articles] == ["in.jsonl:a", "in.jsonl:e"]  # ids scoped by file (#14)
    assert all(isinstance(e, RecordError) for e in errors)
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:3", f"{path}:4", f"{path}:5"]


def test_read_folder_recursive_by_extension(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Police arrested ten protesters in Lagos.")
    (tmp_path / "sub" / "b.html").write_text(
        "<html><head><title>Talks</title></head><body><article><p>"
        + "The foreign ministers of Peru and Chile met in Lima on Monday to discuss trade. " * 5
        + "</p></article></body></html>"
    )
    (tmp_path / "sub" / "ignored.bin").write_bytes(b"\x00\x01")
    articles, errors = collect([tmp_path])
    assert errors == []
    assert len(articles) == 2
    html = next(a for a in articles if a.origin.endswith("b.html"))
    assert "Peru and Chile" in html.text


def test_read_missing_file_and_empty_file_do_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Police arrested ten protesters in Lagos.")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    articles, errors = collect([tmp_path / "nope.txt", empty, good])
    assert [a.origin for a in articles] == [str(good)]
    assert [type(e).__name__ for e in errors] == ["InputError", "EmptyInputError"]
    assert "no such file" in errors[0].one_line()


def test_read_short_english_without_function_words_is_english():
    text = "Should Israel strike Iranian nuclear sites, oil prices could surge, traders warned."
    assert article_from_text(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement a condamné lundi les frappes et a demandé une réunion du conseil de "
        "sécurité pour discuter de la situation dans la région.",
        "Die Regierung hat am Montag die Angriffe verurteilt und eine Sitzung des Sicherheitsrats "
        "gefordert, um die Lage in der Region zu besprechen.",
    ],
    ids=["french", "german"],
)
def test_read_other_languages_refused(text):
    with pytest.raises(LanguageError):
        article_from_text(text, origin="x.txt")
