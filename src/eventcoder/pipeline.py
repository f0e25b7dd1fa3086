"""Articles in, mentions out: the spaCy pipeline, then the ``eventcoder`` component.

Example::

    coder = Coder(actor_files=read_actor_files(["my-actors.tsv"]))   # or Coder()
    for article, mentions in coder.code_articles(read_paths(["news/"])):
        ...   # mentions: a list of Mention; mentions.unresolved: the unknown actor phrases
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
from eventcoder.casing import ORIGINAL_TEXT, recased
from eventcoder.code._actor_tables import ActorFile
from eventcoder.code.datelines import parse_dateline
from eventcoder.errors import CodingError, EventcoderError
from eventcoder.nlp import load_nlp
from eventcoder.read.text import MAX_ARTICLE_CHARS, check_length
from eventcoder.records import Article, Mentions

__all__ = ["MAX_ARTICLE_CHARS", "Coder", "coder_version", "default_coder"]



@functools.lru_cache(maxsize=8)
def coder_version(actor_files: tuple[ActorFile, ...] = ()) -> str:
    """The package version plus a digest of the bundled data tables and of the user actor
    tables: changes when any of them does (so ``ingest --recode`` re-codes what they change)."""
    digest = hashlib.sha1()
    root = resources.files("eventcoder") / "data"
    files = sorted(_walk(root), key=lambda item: item[0])
    for name, data in files:
        digest.update(name.encode())
        digest.update(data)
    for user in actor_files:  # in order: a later table overrides an earlier one
        digest.update(b"\0user-actors\0")
        digest.update(user.text.encode("utf-8"))
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
    """Codes articles into event mentions: the shared spaCy pipeline parses, then this coder's
    own ``eventcoder`` component (with its user actor tables) codes each parsed document.

    ``actor_files``: user actor tables (:func:`eventcoder.code.actor_files.read_actor_files`).
    A pipeline that already holds an ``eventcoder`` component is used as it is.
    """

    def __init__(self, nlp: Language | None = None, *,
                 actor_files: tuple[ActorFile, ...] = ()) -> None:
        from eventcoder.code.component import EventcoderComponent

        self.nlp = nlp or load_nlp()
        self.actor_files = tuple(actor_files)
        self.component: EventcoderComponent | None = None
        if "eventcoder" in self.nlp.pipe_names:
            if self.actor_files:
                raise ValueError("this pipeline has its own eventcoder component: give it "
                                 "the actor tables in its config instead")
        else:  # the shared pipeline stays as loaded: coders with other tables share it
            self.component = EventcoderComponent(actor_files=self.actor_files)
        self.version = coder_version(self.actor_files)
        self._prominent: frozenset[str] | None = None

    def _place_names(self) -> frozenset[str]:
        """Names of capitals and big cities, to capitalise in text written without capitals
        (the gazetteer the coder already holds; none without the coder)."""
        if self._prominent is None:
            component = self.component or (self.nlp.get_pipe("eventcoder")
                                           if "eventcoder" in self.nlp.pipe_names else None)
            engine = getattr(component, "engine", None)
            places = getattr(engine, "places", None)
            self._prominent = places.prominent_names() if places is not None else frozenset()
        return self._prominent

    def _doc(self, article: Article) -> Doc:
        check_length(article.text, article.origin or article.id)
        text = recased(article.text, self._place_names())  # (capitals-only text lowered)
        doc = self.nlp.make_doc(text)
        if text is not article.text:
            doc.user_data[ORIGINAL_TEXT] = article.text  # evidence keeps the capitals
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

    def _coded(self, doc: Doc) -> Mentions:
        if self.component is not None:
            try:
                doc = self.component(doc)
            except Exception as exc:  # a defect on one article must not stop a batch
                raise CodingError(
                    f"the coder failed on this article ({type(exc).__name__}: {exc}); its "
                    "events are skipped - please report it with the article's text",
                    source=doc._.article_id or "article") from exc
        return Mentions(doc._.events, doc._.unresolved)

    def code_article(self, article: Article) -> Mentions:
        """The mentions of one article (with its unresolved actor phrases)."""
        return self._coded(self.nlp(self._doc(article)))

    def code_articles(
        self,
        articles: Iterable[Article],
        batch_size: int = 16,
        on_error: Callable[[EventcoderError], None] | None = None,
    ) -> Iterator[tuple[Article, Mentions]]:
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
            try:
                mentions = self._coded(doc)
            except CodingError as exc:
                if on_error is None:
                    raise
                on_error(exc)
                continue
            yield article, mentions


@functools.lru_cache(maxsize=4)
def default_coder(actor_files: tuple[ActorFile, ...] = ()) -> Coder:
    """A process-wide :class:`Coder` per set of user actor tables (the model is loaded once)."""
    return Coder(actor_files=tuple(actor_files))
