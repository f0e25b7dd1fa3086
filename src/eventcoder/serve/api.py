"""The JSON API (``/api/...``); its OpenAPI description is at ``/openapi.json``, read at /docs.

Filters are the CLI's (``actor``, ``dyad``, ``code``, ``root``, ``quad``, ``country``, ``since``,
``until``, ``text``); they reach the store as values of its filter API, which binds them as
SQL parameters. A query parameter an endpoint does not know is refused (422, named).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventcoder.aggregate import INCLUDE_KINDS
from eventcoder.errors import QueryError
from eventcoder.read import article_from_text
from eventcoder.records import ActorRef, Article, Mention, Place
from eventcoder.serve.data import StoreView
from eventcoder.serve.spans import highlight_spans

__all__ = ["CodeRequest", "router"]


def reject_unknown_params(request: Request) -> None:
    """422 naming any query parameter the endpoint does not declare."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    known: set[str] = set()
    todo = [dependant]
    while todo:  # the route's own query parameters and those of its dependencies
        node = todo.pop()
        known.update(p.alias for p in getattr(node, "query_params", ()))
        todo.extend(getattr(node, "dependencies", ()))
    unknown = sorted(set(request.query_params.keys()) - known)
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise HTTPException(
            422, f"unknown query parameter {', '.join(repr(u) for u in unknown)} "
                 f"(this endpoint takes: {allowed})",
        )  # fmt: skip


router = APIRouter(prefix="/api", dependencies=[Depends(reject_unknown_params)])

_DYAD = re.compile(r"^\s*([A-Za-z0-9]{1,30})\s*[,:>/ -]\s*([A-Za-z0-9]{1,30})\s*$")


def _date_param(name: str, value: str | None, where: str = "query parameter") -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise HTTPException(422, f"{where} '{name}': {value!r} is not a date "
                                 "in YYYY-MM-DD form") from None  # fmt: skip


_INCLUDE_HELP = (
    "Comma-separated kinds shown besides the events reported as done: "
    + ", ".join(INCLUDE_KINDS) + " (docs/store.md)"
)


class Filters:
    """The shared filters, as query parameters."""

    def __init__(
        self,
        actor: Annotated[str | None, Query(description="Actor code prefix, source or target "
                                                       "(USA matches USAGOV)")] = None,
        dyad: Annotated[str | None, Query(description="SOURCE,TARGET actor code prefixes "
                                                      "(e.g. PAK,USA)")] = None,
        code: Annotated[str | None, Query(description="CAMEO code prefix (14, 0311)")] = None,
        root: Annotated[str | None, Query(description="CAMEO root 01-20")] = None,
        quad: Annotated[str | None, Query(description="QuadClass 1-4 or its name "
                                                      "(material-conflict)")] = None,
        country: Annotated[str | None, Query(description="ISO alpha-3 of source, target "
                                                         "or place")] = None,
        since: Annotated[str | None, Query(description="YYYY-MM-DD (inclusive)")] = None,
        until: Annotated[str | None, Query(description="YYYY-MM-DD (inclusive)")] = None,
        text: Annotated[str | None, Query(max_length=200,
                                          description="Phrase in an evidence sentence")] = None,
        include: Annotated[str | None, Query(max_length=200, description=_INCLUDE_HELP)] = None,
    ) -> None:  # fmt: skip
        self.values: dict[str, Any] = {
            "actor": actor or None, "code": code or None, "root": root or None,
            "quad": quad or None, "country": country or None,
            "since": _date_param("since", since), "until": _date_param("until", until),
            "text": text or None, "dyad": None, "include": include or None,
        }  # fmt: skip
        if dyad:
            match = _DYAD.match(dyad)
            if not match:
                raise HTTPException(422, f"query parameter 'dyad': {dyad!r} is not two actor "
                                         "codes SOURCE,TARGET (e.g. PAK,USA)")  # fmt: skip
            self.values["dyad"] = (match.group(1).upper(), match.group(2).upper())
        _check(self.values)


def _check(values: dict[str, Any]) -> None:
    """Validate each filter with the store's own rules, naming the parameter on error."""
    from eventcoder.store.queries import Filters as StoreFilters

    for name in ("actor", "dyad", "code", "root", "quad", "country", "include"):
        if values.get(name) is None:
            continue
        try:
            StoreFilters(**{name: values[name]}).where(table="events")
        except QueryError as exc:
            raise HTTPException(422, f"query parameter '{name}': {exc.reason}") from None


class ClaimFilters:
    """The filters that make sense for contested claims."""

    def __init__(
        self,
        actor: Annotated[str | None, Query(description="Accuser or accused (code prefix)")] = None,
        dyad: Annotated[str | None, Query(description="ACCUSER,ACCUSED")] = None,
        country: Annotated[str | None, Query(description="ISO alpha-3 involved in the "
                                                         "accusation")] = None,
        since: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
        until: Annotated[str | None, Query(description="YYYY-MM-DD")] = None,
    ) -> None:  # fmt: skip
        self.values = Filters(actor=actor, dyad=dyad, country=country, since=since,
                              until=until).values  # fmt: skip


def _view(request: Request) -> StoreView:
    return request.app.state.view


def _limit(request: Request, limit: int | None, name: str = "limit") -> int:
    settings = request.app.state.settings
    if limit is None:
        return settings.default_limit
    if limit > settings.max_limit:
        raise HTTPException(422, f"query parameter '{name}': at most {settings.max_limit}")
    return limit


Limit = Annotated[int | None, Query(ge=0, description="Rows per page (default 50, max 1000)")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip")]
FilterDep = Annotated[Filters, Depends()]


# ---------------------------------------------------------------------------- coding
class CodeRequest(BaseModel):
    """A text to code: ``{"text", "published"?, "title"?}``, or an input record (DESIGN.md).

    The publication date follows the one contract of :mod:`eventcoder.read.published`, shared
    with JSONL input: ``published`` or any of ``date``, ``publish_date``, ``pubDate``,
    ``published_at``, ``datetime``, ``timestamp`` (case and ``_`` ignored); an ISO date or
    date-time, RFC 2822, or Unix seconds. Without one, the text's dateline or "Published:"
    line gives it. Any other extra field is refused.
    """

    model_config = ConfigDict(extra="allow")

    text: str = Field(description="The news text (English).")
    published: str | int | float | None = Field(
        None, description="Publication date: YYYY-MM-DD, an ISO date-time, RFC 2822 or Unix "
                          "seconds (also under date, publish_date, pubDate, published_at, "
                          "datetime, timestamp); relative dates resolve against it")  # fmt: skip
    title: str | None = Field(None, max_length=1000)
    id: str | None = Field(None, max_length=200, description="Input record id (article_id)")
    url: str | None = Field(None, max_length=2000)
    outlet: str | None = Field(None, max_length=200)
    language: str | None = Field(None, max_length=20)

    def published_date(self) -> str | None:
        """The record's publication date (``YYYY-MM-DD``) by the shared contract."""
        from eventcoder.read.published import (
            PUBLISHED_FIELDS,
            is_published_field,
            looks_like_date_field,
            record_published,
        )

        extra = dict(self.model_extra or {})
        unknown = sorted(k for k in extra if not is_published_field(k))
        if unknown:
            hint = (f"; name the publication date one of {', '.join(PUBLISHED_FIELDS)}"
                    if looks_like_date_field(unknown[0]) else
                    " (a record has text, title, id, url, outlet, language and a publication "
                    "date)")  # fmt: skip
            raise HTTPException(422, f"body field {unknown[0]!r}: unknown field{hint}")
        return record_published({"published": self.published, **extra}, "body")

    @field_validator("language")
    @classmethod
    def _english(cls, value: str | None) -> str | None:
        if value and not value.lower().startswith("en"):
            raise ValueError(f"only English is coded, not {value!r}")
        return value


def _coder(request: Request) -> Any:
    settings = request.app.state.settings
    if settings.coder_factory is not None:
        return settings.coder_factory()
    from eventcoder.pipeline import default_coder  # (loads spaCy)

    return default_coder(settings.actor_files)


@router.post("/code", tags=["code"], summary="Code a text into event mentions")
def code_text(body: CodeRequest, request: Request) -> dict[str, Any]:
    """The text's event mentions, each exactly as ``Mention.to_dict()`` (the
    ``code --format jsonl`` record), plus ``spans``: character ranges of the text to
    highlight (``kind``: actor, trigger, date, place; ``mentions``: indices into
    ``mentions``)."""
    limit = request.app.state.settings.max_text_chars
    if len(body.text) > limit:
        raise HTTPException(413, f"text too long: {len(body.text):,} characters; "
                                 f"the limit is {limit:,}")  # fmt: skip
    if not body.text.strip():
        raise HTTPException(422, "body field 'text': no text (empty or whitespace only)")
    article = article_from_text(body.text, published=body.published_date(), title=body.title,
                                url=body.url, outlet=body.outlet, article_id=body.id,
                                origin="<request>")  # fmt: skip
    return _code(request, article)


def _code(request: Request, article: Article) -> dict[str, Any]:
    coder = _coder(request)
    with request.app.state.code_lock:
        mentions = coder.code_article(article)
    warnings = []
    if article.published is None:
        warnings.append("no publication date: relative dates ('on Friday') are not resolved "
                        "and the events are undated; send 'published' (or a dated dateline)")
    return {
        "article": article.to_dict(),
        "coder_version": getattr(coder, "version", None),
        "mentions": [m.to_dict() for m in mentions],
        "spans": highlight_spans(article.text, mentions),
        "warnings": warnings,
    }


@router.post("/code/file", tags=["code"], summary="Code an uploaded text, HTML, PDF or Word file")
async def code_file(
    request: Request,
    file: Annotated[UploadFile, File(description="A news report: .txt, .html, .pdf or .docx")],
    published: Annotated[str | None, Form(description="YYYY-MM-DD")] = None,
    title: Annotated[str | None, Form(max_length=1000)] = None,
) -> dict[str, Any]:
    """As ``POST /api/code``, for a multipart upload (``curl -F file=@report.pdf``). Read as
    the CLI reads a file: PDF and Word .docx by their content, HTML through main-text
    extraction, text as UTF-8, UTF-16/32 with a byte-order mark, else Windows-1252; other
    binary files are refused. The publication date is the one the text states (a dated
    dateline, a "Published:" line; for HTML the page's metadata), else ``published``, else a
    date in the file name (``report-2024-03-09.txt``). The name is a label, never a path."""
    from starlette.concurrency import run_in_threadpool

    from eventcoder.read.paths import article_from_bytes, is_document
    from eventcoder.read.text import date_in_name, decode_bytes

    name = Path(file.filename or "upload").name[:200]
    published = _date_param("published", published, "form field") if published else date_in_name(name)
    # (the text's own date, when it states one, wins over both: read.published)
    data = await file.read()
    limit = request.app.state.settings.max_text_chars
    # the text's length is checked before anything else reads it (a PDF's once extracted)
    article = None
    if is_document(data, name):
        article = await run_in_threadpool(article_from_bytes, data, name, published)
        size = len(article.text)
    else:
        size = len(decode_bytes(data, name))
    if size > limit:
        raise HTTPException(413, f"text too long: {size:,} characters; "
                                 f"the limit is {limit:,}")  # fmt: skip
    if article is None:
        article = await run_in_threadpool(article_from_bytes, data, name, published)
    if title:
        article = dataclasses.replace(article, title=title)
    return await run_in_threadpool(_code, request, article)


# ---------------------------------------------------------------------------- store
@router.get("/stats", tags=["store"], summary="Row counts of the store")
def stats(request: Request) -> dict[str, Any]:
    return _view(request).store.stats()


@router.get("/sources", tags=["store"],
            summary="When the store last received an article, and the sources it watches")
def sources(request: Request) -> dict[str, Any]:
    """``last_article_at`` (UTC), ``articles``, ``outlets``, and the sources
    ``eventcoder watch`` polls (``sources``, ``feeds``, ``pages``; ``items``: one row each
    with its last poll and outcome, items seen, articles stored, failures, next poll)."""
    return _view(request).sources()


@router.get("/events", tags=["store"], summary="Events, newest first, filtered and paged")
def events(request: Request, f: FilterDep, limit: Limit = None,
           offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
    """One page of the matching events (``items``), ``total``: how many match in all."""
    return _view(request).events(f.values, _limit(request, limit), offset)


@router.get("/mentions", tags=["store"], summary="Mentions with their evidence, paged")
def mentions(request: Request, f: FilterDep, limit: Limit = None,
             offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
    """One page of the matching mentions (``items``), ``total``: how many match in all."""
    return _view(request).mentions(f.values, _limit(request, limit), offset)


@router.get("/timeline", tags=["analytics"], summary="Events per period of a dyad (or all)")
def timeline(
    request: Request,
    f: FilterDep,
    source: Annotated[str | None, Query(description="Source actor code prefix")] = None,
    target: Annotated[str | None, Query(description="Target actor code prefix")] = None,
    freq: Literal["day", "week", "month", "quarter", "year"] = "month",
) -> dict[str, Any]:
    """Per period: events, mentions, counts per QuadClass, Goldstein sum and mean. With
    ``source`` and ``target`` the dyad's timeline; with one of them (or the ``actor``
    filter), that actor's; with none, every event matching the filters. Every period from the
    first to the last (``since``/``until`` when given) is there, with zeros where nothing
    happened, so ``period`` is a real time axis."""
    if (source or target) and f.values.get("dyad"):
        raise HTTPException(422, "give source/target or dyad, not both")
    if not (source or target) and f.values.get("dyad"):
        source, target = f.values["dyad"]
    rows = _view(request).timeline(source, target, freq, f.values)
    return {"source": source, "target": target, "freq": freq, "periods": rows}


@router.get("/top/actors", tags=["analytics"], summary="Most active actors")
def top_actors(request: Request, f: FilterDep,
               n: Annotated[int, Query(ge=1)] = 20) -> list[dict[str, Any]]:  # fmt: skip
    return _view(request).top_actors(_limit(request, n, "n"), f.values)


@router.get("/top/dyads", tags=["analytics"], summary="Most active source→target pairs")
def top_dyads(request: Request, f: FilterDep,
              n: Annotated[int, Query(ge=1)] = 20) -> list[dict[str, Any]]:  # fmt: skip
    return _view(request).top_dyads(_limit(request, n, "n"), f.values)


@router.get("/network", tags=["analytics"], summary="Actor network: nodes and weighted edges")
def network(
    request: Request,
    f: FilterDep,
    min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    max_edges: Annotated[int, Query(ge=1)] = 200,
    by: Annotated[Literal["actor", "country"], Query(
        description="Nodes: actor codes, or countries (an organisation for IGO/NGO/IMG "
                    "codes; links within a country left out)")] = "actor",
) -> dict[str, Any]:
    """Directed edges source→target weighted by event count (with cooperation / conflict
    counts and mean Goldstein), heaviest first; nodes are the actors the edges touch;
    ``total_edges``: how many edges there are before ``max_edges`` cuts them."""
    return _view(request).network(min_weight, _limit(request, max_edges, "max_edges"), f.values,
                                  by)


@router.get("/places", tags=["analytics"], summary="Every matching event with a place, by place")
def places(
    request: Request,
    f: FilterDep,
    per_place: Annotated[int, Query(ge=0, le=100, description="Newest events listed per "
                                                                "place")] = 10,
) -> dict[str, Any]:
    """All matching events that have coordinates, aggregated by place (GeoNames id): counts,
    cooperation / conflict, mean Goldstein, the newest events. ``total``: the events that
    match the filters; ``placed``: those of them with a place (what the map can show)."""
    return _view(request).places(f.values, per_place)


@router.get("/events/{event_id}", tags=["store"], summary="One event, its mentions, evidence")
def event(request: Request, event_id: str) -> dict[str, Any]:
    found = _view(request).event(event_id)
    if found is None:
        raise HTTPException(404, f"no event with id {event_id!r}")
    return found


def mention_from_row(row: dict[str, Any]) -> Mention:
    """A stored mention row → :class:`Mention` (for highlighting)."""

    def actor(prefix: str) -> ActorRef | None:
        text = row.get(f"{prefix}_text")
        if not text and not row.get(f"{prefix}_code"):
            return None
        return ActorRef(text=text or "", name=row.get(f"{prefix}_name"),
                        code=row.get(f"{prefix}_code"))  # fmt: skip

    place = Place(name=row["location_name"]) if row.get("location_name") else None
    return Mention(
        article_id=row["article_id"], sentence_index=row.get("sentence_index") or 0,
        sentence=row.get("sentence") or "", trigger=row.get("trigger") or "",
        source=actor("source"), target=actor("target"), cameo=row.get("cameo") or "",
        cameo_name=row.get("cameo_name") or "", root=row.get("root") or "",
        plover=row.get("plover"), goldstein=row.get("goldstein") or 0.0,
        quad_class=row.get("quad_class") or 0, date=None,
        date_precision=row.get("date_precision") or "published", location=place,
        start=row.get("start") or 0, end=row.get("end") or 0,
        trigger_start=row.get("trigger_start") or 0, trigger_end=row.get("trigger_end") or 0,
    )  # fmt: skip


@router.get("/articles/{article_id}", tags=["store"], summary="One article and its events")
def article(request: Request, article_id: str) -> dict[str, Any]:
    """The article (text, title, dates), its mentions, the events they belong to, and
    ``spans`` to highlight (as ``POST /api/code`` gives; ``mentions`` index the list here)."""
    found = _view(request).article(article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    found["spans"] = highlight_spans(found.get("text") or "",
                                     [mention_from_row(m) for m in found["mentions"]])  # fmt: skip
    return found


@router.get("/claims", tags=["analytics"], summary="Contested claims: accusation vs denial")
def claims(
    request: Request,
    f: Annotated[ClaimFilters, Depends()],
    window: Annotated[int | None, Query(ge=0, le=365, description="Days between the "
                                        "accusation and the answer (default 7)")] = None,
    limit: Limit = None,
) -> dict[str, Any]:
    """Accusations (CAMEO 11x: disapprove, accuse 112, …) paired with the denials (016) and
    rejections (12x) that answer them: the accused denies, to the accuser or to nobody in
    particular, within ``window`` days. Each pair carries both evidence sentences."""
    settings = request.app.state.settings
    days = settings.claim_window_days if window is None else window
    pairs = _view(request).claims(f.values, days, _limit(request, limit))
    return {"window": days, "count": len(pairs), "items": pairs}
