"""PDF (pypdf) and Word DOCX (python-docx) files: their text, as an article.

A PDF's lines are joined back into paragraphs (a line that ends without a full stop goes on
in the next; a word broken by a hyphen is mended), because the coder starts a new sentence at
every line break. A PDF without a text layer (a scan) is refused: eventcoder does not OCR.
The title is the document's own (its metadata), else the first line if it looks like one; the
publication date is the one the text states (a dateline, a "Published:" line), else the file
name's or ``--published`` (a document's creation date is not when the news was published).
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
from collections.abc import Iterator

from eventcoder.errors import BinaryInputError, EmptyInputError, InputError
from eventcoder.read.text import article_from_text, looks_like_title
from eventcoder.records import Article

__all__ = ["PDF_MAGIC", "ZIP_MAGIC", "article_from_docx", "article_from_pdf", "reflow"]

PDF_MAGIC = b"%PDF"
ZIP_MAGIC = b"PK\x03\x04"
_SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]\s*$")


def reflow(text: str) -> str:
    """Lines of a PDF page → paragraphs (see the module docstring); a title line stays apart."""
    lines = [line.strip() for line in text.splitlines()]
    out: list[str] = []
    for n, line in enumerate(lines):
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        prev = out[-1] if out else ""
        first_is_title = n > 0 and len(out) == 1 and looks_like_title(out[0], line)
        if not prev or first_is_title or _SENTENCE_END.search(prev):
            out.append(line)
        elif prev.endswith("-") and line[:1].islower():
            out[-1] = prev[:-1] + line  # "inter-" + "national"
        else:
            out[-1] = f"{prev} {line}"
    return "\n".join(line for line in out if line)


def article_from_pdf(data: bytes, *, origin: str, published: str | None = None) -> Article:
    """The text of a PDF as an article; a PDF that cannot be read or holds no text is refused."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with _quiet("pypdf"):
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError("PDF is encrypted (a password is needed)", source=origin)
            pages = [page.extract_text() or "" for page in reader.pages]
            title = (reader.metadata.title if reader.metadata else None) or None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise BinaryInputError(f"not a readable PDF ({type(exc).__name__}: {exc})",
                               source=origin) from None
    text = reflow("\n\n".join(pages))
    if not text.strip():
        raise EmptyInputError(f"PDF holds no text ({len(pages)} page(s); a scan? eventcoder "
                              "does not read images)", source=origin)
    return article_from_text(text, default_published=published, title=_title(title, text),
                             origin=origin)


@contextlib.contextmanager
def _quiet(name: str) -> Iterator[None]:
    """Silence a library's log while it reads (pypdf logs every repair it makes to stderr;
    what matters reaches the user as one error line)."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def article_from_docx(data: bytes, *, origin: str, published: str | None = None) -> Article:
    """The paragraphs of a Word document (.docx) as an article."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BinaryInputError(f"not a readable Word .docx file ({type(exc).__name__})",
                               source=origin) from None
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    if not paragraphs:
        raise EmptyInputError("Word document holds no text", source=origin)
    text = "\n".join(paragraphs)
    return article_from_text(text, default_published=published,
                             title=_title(document.core_properties.title, text), origin=origin)


def _title(own: str | None, text: str) -> str | None:
    """The document's own title when the text starts with it (else the reader looks at the
    first line, as for plain text)."""
    own = (own or "").strip()
    return own if own and text.startswith(own) else None
