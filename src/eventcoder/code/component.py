"""The coder as a spaCy pipeline component: ``nlp.add_pipe("eventcoder")``.

Mentions land on ``doc._.events``. Set ``doc._.published`` (ISO date) and ``doc._.article_id``
before the component runs to date events against the publication day, or give the component a
fixed ``published`` in its config::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("eventcoder", config={"published": "2022-04-02"})
    doc = nlp("Russian troops shelled Kharkiv on Friday.")
    doc._.events  # [Mention(... cameo='195' ...)]
"""

# No ``from __future__ import annotations`` here: spaCy 3.8.3 (pinned for speed, #15) reads the
# factory's annotations through confection 0.1, which cannot resolve them as strings.
import functools
import hashlib

from spacy.language import Language
from spacy.tokens import Doc

from eventcoder.code.engine import EventEngine

__all__ = ["EventcoderComponent", "build_engine"]

for _name, _default in (("events", None), ("published", None), ("article_id", None),
                        ("skip_chars", 0)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@functools.lru_cache(maxsize=1)
def build_engine() -> EventEngine:
    """The engine with the bundled tables (loaded once per process)."""
    from eventcoder.code.actors import ActorResolver
    from eventcoder.code.patterns import PatternTable
    from eventcoder.code.places import PlaceResolver
    from eventcoder.ontology import default_ontology

    return EventEngine(default_ontology(), PatternTable.load(), ActorResolver(), PlaceResolver())


class EventcoderComponent:
    """Codes each Doc's sentences into :class:`~eventcoder.records.Mention` on ``doc._.events``."""

    requires = ("token.dep", "token.lemma", "token.tag", "doc.ents", "doc.sents")
    assigns = ("doc._.events",)

    def __init__(self, published: str | None = None) -> None:
        self.published = published
        self.engine = build_engine()

    def __call__(self, doc: Doc) -> Doc:
        article_id = doc._.article_id or hashlib.sha1(doc.text.encode()).hexdigest()[:16]
        doc._.events = self.engine.code_doc(
            doc,
            article_id=article_id,
            published=doc._.published or self.published,
            skip_chars=doc._.skip_chars or 0,
        )
        return doc


@Language.factory(
    "eventcoder",
    default_config={"published": None},
    requires=list(EventcoderComponent.requires),
    assigns=list(EventcoderComponent.assigns),
)
def make_eventcoder(nlp: Language, name: str, published: str | None) -> EventcoderComponent:
    return EventcoderComponent(published=published)
