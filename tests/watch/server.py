"""A real HTTP server on 127.0.0.1 for the watch tests: routes we write, and a request log.

Each route answers with a fixed behaviour (a page with validators, a redirect, a status, a
failure then success, a slow answer, a huge body). HTML bodies are gzipped when the client
accepts gzip. The log records, for every request, the path asked for (with its query), the
headers, and when the server started answering it and when its answer was ready to leave
(the server's own ``time.monotonic()``), so tests read politeness from the server's side.
"""

from __future__ import annotations

import email.utils
import gzip
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

__all__ = ["Hit", "NewsServer", "Reply"]


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering


@dataclass
class Hit:
    path: str  # with the query
    headers: dict[str, str]
    start: float
    end: float = 0.0
    status: int = 0

    @property
    def route(self) -> str:
        return urlsplit(self.path).path


Route = Callable[[dict[str, str], int], Reply]  # (request headers, nth request) -> reply


def page(body: str | bytes, content_type: str = "text/html; charset=utf-8", *,
         etag: str | None = None, last_modified: float | None = None) -> Route:  # fmt: skip
    """A document that honours If-None-Match / If-Modified-Since when it has validators."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    stamp = email.utils.formatdate(last_modified, usegmt=True) if last_modified else None

    def route(headers: dict[str, str], nth: int) -> Reply:
        out = {"Content-Type": content_type}
        if etag:
            out["ETag"] = etag
        if stamp:
            out["Last-Modified"] = stamp
        if etag and headers.get("if-none-match") == etag:
            return Reply(304, b"", out)
        if stamp and headers.get("if-modified-since") == stamp:
            return Reply(304, b"", out)
        return Reply(200, data, out)

    return route


def redirect(location: str, status: int = 301) -> Route:
    return lambda headers, nth: Reply(status, b"", {"Location": location})


def status(code: int, body: str = "") -> Route:
    return lambda headers, nth: Reply(code, body.encode(), {"Content-Type": "text/html"})


def failing_first(times: int, then: Route, code: int = 500, retry_after: str = "1") -> Route:
    """``code`` (with Retry-After) for the first ``times`` requests, then ``then``."""

    def route(headers: dict[str, str], nth: int) -> Reply:
        if nth <= times:
            return Reply(code, b"busy", {"Retry-After": retry_after, "Content-Type": "text/plain"})
        return then(headers, nth)

    return route


def slow(seconds: float, then: Route) -> Route:
    def route(headers: dict[str, str], nth: int) -> Reply:
        reply = then(headers, nth)
        reply.delay = seconds
        return reply

    return route


class NewsServer:
    """``with NewsServer(routes) as server: server.url("/feed.rss")``."""

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> NewsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def hits(self, route: str | None = None) -> list[Hit]:
        with self._lock:
            return [h for h in self.log if route is None or h.route == route]

    def counts(self) -> Counter[str]:
        return Counter(h.route for h in self.hits())

    def reset_log(self) -> None:
        with self._lock:
            self.log.clear()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass  # the test log is ours

            def do_GET(self) -> None:
                hit = Hit(self.path, {k.lower(): v for k, v in self.headers.items()},
                          time.monotonic())  # fmt: skip
                route = server.routes.get(urlsplit(self.path).path)
                with server._lock:
                    server.log.append(hit)
                    nth = sum(1 for h in server.log if h.route == hit.route)
                reply = route(hit.headers, nth) if route else Reply(404, b"not found")
                if reply.delay:
                    time.sleep(reply.delay)
                self._send(reply, hit)

            def _send(self, reply: Reply, hit: Hit) -> None:
                body, headers = reply.body, dict(reply.headers)
                gzip_ok = "gzip" in hit.headers.get("accept-encoding", "")
                if body and gzip_ok and headers.get("Content-Type", "").startswith("text/html"):
                    body = gzip.compress(body)
                    headers["Content-Encoding"] = "gzip"
                # "end" is taken before the answer leaves: the client cannot have it earlier,
                # so a gap measured from here to the next request's start is never too long.
                hit.status, hit.end = reply.status, time.monotonic()
                try:
                    self.send_response(reply.status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if body:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a time-out, a size cap): that is the test

        return Handler
