"""``eventcoder serve``: the HTTP API (JSON, OpenAPI) and the web pages over an event store.

::

    from eventcoder.serve import create_app
    app = create_app("news-store")          # a FastAPI app; run it with uvicorn

Endpoints, pages and limits: docs/serve.md. Needs the ``serve`` extra
(``pip install 'eventcoder[serve]'``: fastapi, uvicorn, jinja2).
"""

from __future__ import annotations

from eventcoder.serve.app import Settings, create_app

__all__ = ["Settings", "create_app"]
