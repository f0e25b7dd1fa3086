"""The coder as a spaCy pipeline component: ``nlp.add_pipe("eventcoder")``.

Mentions land on ``doc._.events``; the actor phrases no table knows on ``doc._.unresolved``.
Set ``doc._.published`` (ISO date) and ``doc._.article_id`` before the component runs to date
events against the publication day, or give the component a fixed ``published`` in its
config; ``actors`` lists user actor tables (``docs/actors.md``)::

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("eventcoder", config={"published": "2022-04-02", "actors": ["my.tsv"]})
    doc = nlp("Russian troops shelled Kharkiv on Friday.")
    doc._.events  # [Mention(... cameo='195' ...)]

The factory is registered under spaCy's ``spacy_factories`` entry point, so ``add_pipe``
works without importing eventcoder first.
"""

# No ``from __future__ import annotations`` here: spaCy 3.8.3 (pinned for speed, #15) reads the
# factory's annotations through confection 0.1, which cannot resolve them as strings.
import dataclasses
import functools
import hashlib
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from eventcoder.code._actor_tables import ActorFile, Tables, load_tables
from eventcoder.code.engine import EventEngine
from eventcoder.code.unresolved import UNRESOLVED_KEY
from eventcoder.records import ActorRef, Mention

__all__ = ["EventcoderComponent", "build_engine", "with_labels"]

for _name, _default in (("events", None), ("unresolved", ()), ("published", None),
                        ("article_id", None), ("skip_chars", 0)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@functools.lru_cache(maxsize=4)
def build_engine(actor_files: tuple[ActorFile, ...] = ()) -> EventEngine:
    """The engine with the bundled tables and the user actor tables (once per set of tables)."""
    from eventcoder.code.actors import ActorResolver
    from eventcoder.code.patterns import default_patterns
    from eventcoder.code.places import PlaceResolver
    from eventcoder.ontology import default_ontology

    actors = ActorResolver()
    if actor_files:
        actors.tables = load_tables(actor_files)  # the resolver reads every name from here
    # (the one pattern table of the process: the argument finder's helpers read it too)
    return EventEngine(default_ontology(), default_patterns(), actors, PlaceResolver())


def _labelled(actor: ActorRef | None, tables: Tables,
              done: dict[ActorRef, ActorRef] | None = None) -> ActorRef | None:
    if actor is None or not actor.code:
        return actor
    found = done.get(actor) if done is not None else None
    if found is None:
        found = dataclasses.replace(actor, label=tables.label(actor.code))
        if done is not None:
            done[actor] = found
    return found


def with_labels(mention: Mention, tables: Tables,
                done: dict[ActorRef, ActorRef] | None = None) -> Mention:
    """The mention with the canonical name of each actor's code on ``ActorRef.label``.
    ``done``: the actors labelled so far (an article names the same few again and again)."""
    return dataclasses.replace(mention, source=_labelled(mention.source, tables, done),
                               target=_labelled(mention.target, tables, done),
                               attributed_to=_labelled(mention.attributed_to, tables, done))


class EventcoderComponent:
    """Codes each Doc's sentences into :class:`~eventcoder.records.Mention` on ``doc._.events``."""

    requires = ("token.dep", "token.lemma", "token.tag", "doc.ents", "doc.sents")
    assigns = ("doc._.events", "doc._.unresolved")

    def __init__(self, published: str | None = None, actors: Sequence[str] = (), *,
                 actor_files: tuple[ActorFile, ...] | None = None) -> None:
        if actor_files is None:
            from eventcoder.code.actor_files import read_actor_files

            actor_files = read_actor_files(actors)
        self.published = published
        self.engine = build_engine(tuple(actor_files))
        self.tables: Tables = self.engine.actors.tables

    def __call__(self, doc: Doc) -> Doc:
        article_id = doc._.article_id or hashlib.sha1(doc.text.encode()).hexdigest()[:16]
        mentions = self.engine.code_doc(
            doc,
            article_id=article_id,
            published=doc._.published or self.published,
            skip_chars=doc._.skip_chars or 0,
            labels=self.tables,  # (labelled as they are built, as with_labels() would)
        )
        doc._.events = mentions
        doc._.unresolved = tuple(doc.user_data.pop(UNRESOLVED_KEY, ()))
        return doc


@Language.factory(
    "eventcoder",
    default_config={"published": None, "actors": []},
    requires=list(EventcoderComponent.requires),
    assigns=list(EventcoderComponent.assigns),
)
def make_eventcoder(nlp: Language, name: str, published: str | None,
                    actors: list[str]) -> EventcoderComponent:
    return EventcoderComponent(published=published, actors=actors)
