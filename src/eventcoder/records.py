"""Typed records passed between the stages of the flow.

read -> :class:`Article`; code -> :class:`Mention` (with :class:`ActorRef`, :class:`Place`),
gathered per article in :class:`Mentions` with the :class:`UnresolvedPhrase` records of the
actor phrases the coder could not resolve; aggregate -> :class:`Event`. Field names are the
public contract of ``code --format jsonl`` (see DESIGN.md): add fields, never rename them.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ActorRef",
    "Article",
    "Event",
    "Mention",
    "Mentions",
    "Place",
    "UnresolvedPhrase",
    "article_id_for",
    "unresolved_of",
]


def article_id_for(url: str | None, text: str) -> str:
    """Stable article id: a hash of the url when there is one, else of the text."""
    basis = url if url else text
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One news report as read from any input."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    origin: str | None = None  # where it was read from (file path, path:line); not stored in output

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d.pop("origin")
        return d


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as coded: the text that names it, a resolved name and a CAMEO actor code.

    ``code`` is the CAMEO actor code: a 3-letter country (ISO 3166 alpha-3) or international
    prefix (IGO, NGO, MNC, IMG …) followed by 3-letter role codes (``PAKGOV``, ``USAMIL``,
    ``IGOUNO``). ``country`` and ``role`` are its first two parts, for convenience. ``name`` is
    who the words name ("Imran Khan"); ``label`` is the canonical name of the code itself
    ("Pakistan government"), the same whatever words named it: events are labelled with it.
    """

    text: str
    name: str | None = None
    code: str | None = None
    country: str | None = None
    role: str | None = None
    provenance: str | None = None  # how it was resolved (title, demonym, capital, memory, …)
    label: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "role": self.role,
            "label": self.label,
        }


@dataclass(frozen=True, slots=True)
class Place:
    """A GeoNames place."""

    name: str
    geonameid: int | None = None
    country: str | None = None  # ISO alpha-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "geonameid": self.geonameid,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an event in one sentence, with its evidence."""

    article_id: str
    sentence_index: int
    sentence: str
    trigger: str
    source: ActorRef | None
    target: ActorRef | None
    cameo: str
    cameo_name: str
    root: str
    plover: str | None
    goldstein: float
    quad_class: int
    date: str | None
    date_precision: str  # day | month | year | published
    location: Place | None = None
    negated: bool = False
    modality: str = "asserted"  # asserted | intent | threat | future | hypothetical | demand | …
    attributed_to: ActorRef | None = None
    confidence: float = 0.5
    # Evidence offsets into the article text (characters), a view rather than a copy.
    start: int = 0
    end: int = 0
    trigger_start: int = 0
    trigger_end: int = 0
    future: bool = False
    # The event's date lies far before publication ("in 1999", "three years ago"): the story
    # recalls it as background (eventcoder.code.date_text.is_background).
    background: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """The DESIGN.md mention record (plus offsets), ready for ``json.dumps``."""
        return {
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "trigger": self.trigger,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_name": self.cameo_name,
            "root": self.root,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "date": self.date,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "modality": self.modality,
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "confidence": self.confidence,
            "start": self.start,
            "end": self.end,
            "future": self.future,
            "background": self.background,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        def actor(a: dict[str, Any] | None) -> ActorRef | None:
            if not a:
                return None
            return ActorRef(**{k: a.get(k) for k in ("text", "name", "code", "country", "role",
                                                     "label")})

        loc = d.get("location")
        return cls(
            article_id=d["article_id"],
            sentence_index=d["sentence_index"],
            sentence=d["sentence"],
            trigger=d["trigger"],
            source=actor(d.get("source")),
            target=actor(d.get("target")),
            cameo=d["cameo"],
            cameo_name=d["cameo_name"],
            root=d["root"],
            plover=d.get("plover"),
            goldstein=float(d["goldstein"]),
            quad_class=int(d["quad_class"]),
            date=d.get("date"),
            date_precision=d.get("date_precision", "published"),
            location=Place(**loc) if loc else None,
            negated=bool(d.get("negated", False)),
            modality=d.get("modality", "asserted"),
            attributed_to=actor(d.get("attributed_to")),
            confidence=float(d.get("confidence", 0.5)),
            start=int(d.get("start", 0)),
            end=int(d.get("end", 0)),
            future=bool(d.get("future", False)),
            background=bool(d.get("background", False)),
        )


@dataclass(frozen=True, slots=True)
class UnresolvedPhrase:
    """A noun phrase in an actor position that no actor table knows: the subject or object of
    a coded predicate, or a proper name in a sentence that holds one (``eventcoder actors
    unknown`` lists them, to be added to a user actor table)."""

    text: str  # the name as written, without a leading article ("Western allies")
    position: str  # source | target | nearby
    sentence_index: int
    start: int  # character offsets of ``text`` in the article
    end: int
    sentence: str = ""  # the sentence, as evidence

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class Mentions(list[Mention]):
    """The mentions of one article (a plain list of :class:`Mention`) and, in ``unresolved``,
    the actor phrases of the article the coder could not resolve. ``Coder.code_articles``
    yields ``(article, Mentions)``; code that only needs the mentions treats it as a list."""

    unresolved: tuple[UnresolvedPhrase, ...] = ()

    def __init__(self, mentions: Iterable[Mention] = (),
                 unresolved: Iterable[UnresolvedPhrase] = ()) -> None:
        super().__init__(mentions)
        self.unresolved = tuple(unresolved)


def unresolved_of(mentions: Iterable[Mention]) -> tuple[UnresolvedPhrase, ...]:
    """The unresolved actor phrases carried by a :class:`Mentions` list (none for a plain list)."""
    return getattr(mentions, "unresolved", ())


@dataclass(frozen=True, slots=True)
class Event:
    """Mentions of one event (same date, source, target, code and negation) aggregated.

    The rule and the meaning of each field: :mod:`eventcoder.aggregate`.
    """

    event_id: str
    date: str | None
    source_code: str | None
    target_code: str | None
    cameo: str
    root: str
    plover: str | None
    goldstein: float
    quad_class: int
    num_mentions: int
    num_articles: int
    num_sources: int
    first_seen: str | None
    last_seen: str | None
    source_name: str | None = None
    target_name: str | None = None
    location: Place | None = None
    mention_ids: tuple[str, ...] = ()
    date_precision: str = "published"  # the most common among its mentions
    modality: str = "asserted"  # the most common among its mentions
    negated: bool = False
    asserted: bool = True  # a mention reports it as done
    background: bool = False  # every mention dates it far before its story
    is_root_event: bool = False
    sentence: str | None = None  # the evidence sentence of its first mention
    title: str | None = None  # … and that mention's article's title, outlet and URL
    outlet: str | None = None
    url: str | None = None
