"""Articles in, mentions out: the spaCy pipeline with the ``eventcoder`` component.

Example::

    coder = Coder()
    for article, mentions in coder.code_articles(read_paths(["news/"])):
        ...
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Iterable, Iterator
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from eventcoder import __version__
from eventcoder.code.datelines import parse_dateline
from eventcoder.errors import EventcoderError, InputError
from eventcoder.nlp import load_nlp
from eventcoder.records import Article, Mention

__all__ = ["Coder", "coder_version", "default_coder"]

# Longer texts are refused: spaCy's parser needs about 1 GB of memory per 100,000 characters.
MAX_ARTICLE_CHARS = 300_000


@functools.lru_cache(maxsize=1)
def coder_version() -> str:
    """The package version plus a digest of the bundled data tables: changes when either does."""
    digest = hashlib.sha1()
    root = resources.files("eventcoder") / "data"
    files = sorted(_walk(root), key=lambda item: item[0])
    for name, data in files:
        digest.update(name.encode())
        digest.update(data)
    return f"{__version__}+{digest.hexdigest()[:10]}"


#: Tables in ``data/`` the coder never reads: changing them does not change the coding.
NOT_CODING_TABLES = frozenset({"/tracking_params.tsv"})


def _walk(node, prefix: str = "") -> Iterator[tuple[str, bytes]]:
    for child in node.iterdir():
        name = f"{prefix}/{child.name}"
        if child.is_dir():
            yield from _walk(child, name)
        elif (child.name.endswith((".tsv", ".yaml", ".yml", ".json", ".csv"))
              and name not in NOT_CODING_TABLES):
            yield name, child.read_bytes()


class Coder:
    """Codes articles into event mentions with one shared spaCy pipeline."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or load_nlp()
        if "eventcoder" not in self.nlp.pipe_names:
            import eventcoder.code.component  # noqa: F401  (registers the factory)

            self.nlp.add_pipe("eventcoder", last=True)
        self.version = coder_version()

    def _doc(self, article: Article) -> Doc:
        if len(article.text) > MAX_ARTICLE_CHARS:
            raise InputError(
                f"article is {len(article.text):,} characters; the limit is {MAX_ARTICLE_CHARS:,}",
                source=article.origin or article.id,
            )
        doc = self.nlp.make_doc(article.text)
        self._split_dateline(doc, article)
        doc._.article_id = article.id
        doc._.published = article.published
        title = (article.title or "").strip()
        stripped = article.text.lstrip()
        if title and stripped.startswith(title):
            doc._.skip_chars = len(article.text) - len(stripped) + len(title)
        return doc

    @staticmethod
    def _split_dateline(doc: Doc, article: Article) -> None:
        """"CARACAS, Aug 17 - The opposition accused …": the story starts a sentence after the
        dateline, so the dateline never joins the subject."""
        published = dt.date.fromisoformat(article.published) if article.published else None
        dateline = parse_dateline(article.text, published)
        if dateline is None or dateline.body_start <= 0:
            return
        token = next((t for t in doc if t.idx >= dateline.body_start), None)
        if token is not None and token.i > 0:
            token.is_sent_start = True

    def code_article(self, article: Article) -> list[Mention]:
        """The mentions of one article."""
        return list(self.nlp(self._doc(article))._.events)

    def code_articles(
        self,
        articles: Iterable[Article],
        batch_size: int = 16,
        on_error: Callable[[EventcoderError], None] | None = None,
    ) -> Iterator[tuple[Article, list[Mention]]]:
        """``(article, mentions)`` for each article, parsed in batches.

        An article that cannot be coded goes to ``on_error`` (raised when there is none) and
        the batch goes on.
        """

        def docs() -> Iterator[tuple[Doc, Article]]:
            for article in articles:
                try:
                    yield self._doc(article), article
                except EventcoderError as exc:
                    if on_error is None:
                        raise
                    on_error(exc)

        for doc, article in self.nlp.pipe(docs(), as_tuples=True, batch_size=batch_size):
            yield article, list(doc._.events)


@functools.lru_cache(maxsize=1)
def default_coder() -> Coder:
    """A process-wide :class:`Coder` (the model is loaded once)."""
    return Coder()
