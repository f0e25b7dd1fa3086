"""The web pages: server-rendered shells whose scripts fetch the JSON API.

``/`` code a text · ``/explore`` filters, table, timeline, map, network · ``/claims`` contested
claims · ``/events/{id}`` one event and its evidence · ``/articles/{id}`` one article, marked
up · ``/docs`` the API reference (rendered from ``/openapi.json`` by a vendored script).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from eventcoder import __version__
from eventcoder.aggregate import INCLUDE_KINDS
from eventcoder.serve.app import TEMPLATE_DIR
from eventcoder.serve.data import FILTER_NAMES

__all__ = ["router"]

templates = Jinja2Templates(directory=str(TEMPLATE_DIR))
router = APIRouter(include_in_schema=False)

QUAD_OPTIONS = [
    ("", "any"),
    ("1", "1 verbal cooperation"),
    ("2", "2 material cooperation"),
    ("3", "3 verbal conflict"),
    ("4", "4 material conflict"),
]
#: The explore page's choice of what to show besides the events reported as done.
INCLUDE_OPTIONS = [("", "asserted only"), *((name, name) for name in INCLUDE_KINDS)]


def _render(request: Request, name: str, page: str, **context: Any) -> HTMLResponse:
    settings = request.app.state.settings
    return templates.TemplateResponse(
        request,
        name,
        {"page": page, "version": __version__, "settings": settings, **context},
    )


@router.get("/", response_class=HTMLResponse)
def code_page(request: Request) -> HTMLResponse:
    return _render(request, "code.html", "code")


@router.get("/explore", response_class=HTMLResponse)
def explore_page(request: Request) -> HTMLResponse:
    values = {name: request.query_params.get(name, "") for name in FILTER_NAMES}
    return _render(request, "explore.html", "explore", filters=values,
                   quad_options=QUAD_OPTIONS, include_options=INCLUDE_OPTIONS,
                   include_help={k: v[0] for k, v in INCLUDE_KINDS.items()})  # fmt: skip


@router.get("/claims", response_class=HTMLResponse)
def claims_page(request: Request) -> HTMLResponse:
    values = {name: request.query_params.get(name, "")
              for name in ("actor", "dyad", "country", "since", "until", "window")}  # fmt: skip
    return _render(request, "claims.html", "claims", filters=values)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    return _render(request, "event.html", "event", item_id=event_id)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    return _render(request, "article.html", "article", item_id=article_id)


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    return _render(request, "apidocs.html", "docs")
