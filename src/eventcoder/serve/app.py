"""The FastAPI application: JSON API under ``/api``, pages, vendored static files.

::

    from eventcoder.serve import create_app, Settings
    app = create_app("news-store", Settings(max_body_bytes=2_000_000))

Every error is JSON ``{"error": "..."}`` with a fitting status (413 too large, 422 bad input
or unknown parameter, 404 unknown id or path, 503 no store / no model); never a traceback.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from eventcoder import __version__
from eventcoder.errors import (
    EventcoderError,
    InputError,
    ModelError,
    QueryError,
    StoreError,
)
from eventcoder.serve.data import StoreView

__all__ = ["STATIC_DIR", "TEMPLATE_DIR", "Settings", "create_app"]

log = logging.getLogger("eventcoder.serve")

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"

#: Content Security Policy of every response: the pages load nothing from elsewhere.
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


@dataclass(frozen=True)
class Settings:
    """Limits and knobs of one server."""

    #: Largest request body accepted (bytes); larger → 413.
    max_body_bytes: int = 1_000_000
    #: Longest text ``POST /api/code`` codes (characters); longer → 413.
    max_text_chars: int = 100_000
    #: Largest ``limit`` / ``n`` a listing accepts; larger → 422.
    max_limit: int = 1000
    #: Page size when ``limit`` is not given.
    default_limit: int = 50
    #: Default window (days) between an accusation and the denial answering it.
    claim_window_days: int = 7
    #: Returns the coder (``.code_article(article)``); default: the process-wide one.
    coder_factory: Callable[[], Any] | None = None
    #: User actor tables the code page and ``POST /api/code`` code with (``--actors``).
    actor_files: tuple[Any, ...] = ()


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``limit`` bytes with a JSON 413.

    The body is read (up to the limit) before the app sees it, whatever Content-Length says,
    so a chunked upload cannot slip past.
    """

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._too_large(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = JSONResponse(
            {"error": f"request body too large: the limit is {self.limit:,} bytes"},
            status_code=413,
        )
        await response(scope, receive, send)


def _status_for(exc: EventcoderError) -> int:
    if isinstance(exc, InputError | QueryError):
        return 422
    if isinstance(exc, StoreError | ModelError):
        return 503
    return 500


def _validation_message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for err in errors:
        loc = [str(x) for x in err.get("loc", ())]
        if err.get("type") == "json_invalid":
            reason = (err.get("ctx") or {}).get("error", "invalid JSON")
            parts.append(f"malformed JSON body: {reason}")
            continue
        where = loc[0] if loc else "request"
        name = ".".join(loc[1:]) if len(loc) > 1 else ""
        if where == "body":
            label = f"body field '{name}'" if name else "body"
        elif where == "query":
            label = f"query parameter '{name}'"
        elif where == "path":
            label = f"path parameter '{name}'"
        else:
            label = ".".join(loc) or "request"
        parts.append(f"{label}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else jsonable_encoder(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"not found: {request.url.path}"
        if exc.status_code == 405:
            detail = f"method {request.method} not allowed on {request.url.path}"
        if exc.status_code == 400 and detail == "There was an error parsing the body":
            # FastAPI's answer to a body that is not UTF-8 or nests too deeply: the same 422
            # every other malformed body gets
            return JSONResponse({"error": "malformed JSON body: it cannot be decoded"},
                                status_code=422)
        return JSONResponse({"error": detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))  # fmt: skip

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
                  for e in errors]  # fmt: skip
        return JSONResponse({"error": _validation_message(errors), "detail": detail},
                            status_code=422)  # fmt: skip

    @app.exception_handler(EventcoderError)
    async def library_error(request: Request, exc: EventcoderError) -> JSONResponse:
        status = _status_for(exc)
        if status >= 500:
            log.warning("%s %s: %s", request.method, request.url.path, exc.one_line())
        reason = " ".join(exc.reason.split())
        if isinstance(exc, StoreError):
            reason = exc.one_line()
        return JSONResponse({"error": reason, "code": exc.code}, status_code=status)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": "internal server error"}, status_code=500)


def create_app(store_path: str | os.PathLike[str] | None = None,
               settings: Settings | None = None) -> FastAPI:  # fmt: skip
    """The app over the store at ``store_path`` (default: ``$EVENTCODER_STORE`` or
    ``./eventcoder-store``). The store need not exist: coding works without one, and the
    explore endpoints answer 503 until it does."""
    from eventcoder.serve import api, pages  # (they import this module)

    settings = settings or Settings()
    if store_path is None:
        from eventcoder.store import default_store_path

        store_path = default_store_path()
    view = StoreView(store_path)

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        view.close()

    app = FastAPI(
        lifespan=lifespan,
        title="eventcoder",
        version=__version__,
        description="Political event data coded from news text (CAMEO / PLOVER): code a text, "
        "query the event store, contested claims. Errors are JSON `{\"error\": ...}`.",
        docs_url=None,  # /docs is served by pages.py from vendored files (no CDN)
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    app.state.view = view
    app.state.code_lock = threading.Lock()
    _install_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable) -> Any:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response

    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)

    return app
