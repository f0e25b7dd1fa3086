"""PDF, Word, UTF-16/32 text, the size limit, ids per file and the files a folder skips (#14)."""

from __future__ import annotations

import json

import pytest

from eventcoder.errors import EmptyInputError, EventcoderError, InputError
from eventcoder.read import decode_bytes, read_paths
from eventcoder.read.documents import reflow
from eventcoder.read.text import MAX_ARTICLE_CHARS

from .documents import make_docx, make_pdf

CLASH = ["Troops clash on the border",
         "Indian and Chinese troops clashed on the",
         "disputed border on Monday, the Indian army",
         "said."]  # fmt: skip


def collect(paths, **kwargs):
    errors: list[EventcoderError] = []
    skipped: list[tuple[str, str]] = []
    articles = list(read_paths([str(p) for p in paths], on_error=errors.append,
                               on_skip=lambda p, r: skipped.append((p, r)), **kwargs))
    return articles, errors, skipped


def test_read_pdf_lines_joined_into_sentences(tmp_path):
    path = make_pdf(tmp_path / "clash-2024-03-04.pdf", [CLASH, ["China accused India of",
                                                                 "provoking the clash."]])
    [article], errors, _ = collect([path])
    assert errors == []
    assert article.title == "Troops clash on the border"
    assert article.published == "2024-03-04"  # from the file name, as for text
    assert ("Indian and Chinese troops clashed on the disputed border on Monday, the Indian "
            "army said.") in article.text.splitlines()
    assert "China accused India of provoking the clash." in article.text


def test_read_pdf_under_a_text_name_is_read_as_pdf(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(make_pdf(tmp_path / "x.pdf", [CLASH]).read_bytes())
    [article], errors, _ = collect([path])
    assert errors == [] and "clashed on the disputed border" in article.text


def test_read_pdf_without_text_is_refused_with_reason(tmp_path):
    path = make_pdf(tmp_path / "blank.pdf", [[]])
    articles, [error], _ = collect([path])
    assert articles == [] and isinstance(error, EmptyInputError)
    assert "PDF holds no text" in error.one_line() and str(path) in error.one_line()


def test_read_docx_paragraphs(tmp_path):
    path = make_docx(tmp_path / "note.docx", ["Troops clash on the border",
                                              "Indian and Chinese troops clashed on Monday."],
                     title="Troops clash on the border")  # fmt: skip
    [article], errors, _ = collect([path])
    assert errors == []
    assert article.title == "Troops clash on the border"
    assert article.text.splitlines()[1] == "Indian and Chinese troops clashed on Monday."


def test_read_not_really_a_docx_is_named(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("Troops clashed on Monday.")
    _, [error], _ = collect([path])
    assert "not a DOCX file" in error.one_line() and "fake.docx" in error.one_line()


def test_reflow_mends_hyphens_and_keeps_paragraphs():
    assert reflow("Title of a story\nThe inter-\nnational force left\ntoday.\n\nNext one.") == (
        "Title of a story\nThe international force left today.\nNext one.")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig"])
def test_read_unicode_with_a_byte_order_mark_is_text(tmp_path, codec):
    text = "Chile praised Perú on Monday for the fisheries accord.\n"
    data = text.encode(codec)
    if codec.endswith("-be"):
        data = ("\ufeff" + text).encode(codec)
    assert decode_bytes(data, "x.txt") == text
    path = tmp_path / "bom.txt"
    path.write_bytes(data)
    [article], errors, _ = collect([path])
    assert errors == [] and article.text == text


def test_read_utf16_without_mark_stays_binary():
    with pytest.raises(InputError, match="binary"):
        decode_bytes("Chile praised Peru.".encode("utf-16-le"), "x.txt")


def test_read_one_size_limit_stated_in_its_message(tmp_path):
    over = "Chile praised Peru on Monday. " * (MAX_ARTICLE_CHARS // 30 + 10)
    small = tmp_path / "long.txt"  # under the byte cap, over the character limit
    small.write_text(over)
    big = tmp_path / "big.txt"  # over the byte cap: refused unread
    big.write_text(over * 5)
    record = tmp_path / "long.jsonl"
    record.write_text(json.dumps({"id": "1", "text": over}) + "\n")
    _, errors, _ = collect([small, big, record])
    assert len(errors) == 3
    for error in errors:
        assert f"limit of {MAX_ARTICLE_CHARS:,} characters" in error.one_line(), error.one_line()
    assert "MB" in errors[1].one_line()


def test_read_ids_unique_per_file_unless_trusted(tmp_path):
    for name in ("monday.jsonl", "tuesday.jsonl"):
        (tmp_path / name).write_text(json.dumps({"id": "1", "text": f"Chile praised Peru ({name})."})
                                     + "\n")  # fmt: skip
    articles, _, _ = collect([tmp_path])
    assert [a.id for a in articles] == ["monday.jsonl:1", "tuesday.jsonl:1"]
    trusted, _, _ = collect([tmp_path], trust_ids=True)
    assert [a.id for a in trusted] == ["1", "1"]


def test_read_folder_lists_the_files_it_skips(tmp_path):
    (tmp_path / "a.txt").write_text("Police arrested ten protesters in Lagos.")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 old word")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden").write_text("x")
    articles, errors, skipped = collect([tmp_path])
    assert [a.origin for a in articles] == [str(tmp_path / "a.txt")] and errors == []
    reasons = dict(skipped)
    assert set(reasons) == {str(tmp_path / "old.doc"), str(tmp_path / "photo.png")}
    assert "save it as .docx" in reasons[str(tmp_path / "old.doc")]
    assert ".png" in reasons[str(tmp_path / "photo.png")]
