"""The polite HTTP client of ``eventcoder watch`` (httpx, one request at a time).

What it promises every site it visits:

* it names itself: ``User-Agent: eventcoder/VERSION (news event coder; +CONTACT)``;
* it obeys robots.txt (RFC 9309) for the token ``eventcoder``: fetched once per origin and
  kept a day (the caller persists the records, so a restart does not ask again); a robots.txt
  that answers 4xx allows everything, one that cannot be fetched (5xx, time-out) forbids
  everything until it can; a Crawl-delay longer than the per-host delay is honoured;
* one request per host (``host:port``) at a time, then ``per_host_delay`` seconds before the
  next one to that host; the caller may interleave hosts (:meth:`PoliteClient.ready_at`);
* conditional GET: ``If-None-Match`` / ``If-Modified-Since`` from the validators it is given;
* time-outs, a cap on the (decoded) body size, at most ``max_redirects`` redirects, each hop
  checked against robots.txt; gzip and deflate bodies are decoded by httpx;
* retries with exponential back-off on 429, 5xx, time-outs and connection errors, waiting as
  long as Retry-After asks (up to ``max_wait``; longer and it gives up, saying when to come
  back); never a retry on another 4xx.
"""

from __future__ import annotations

import email.utils
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin
from urllib.robotparser import RobotFileParser

import httpx

from eventcoder import __version__
from eventcoder.errors import FetchError, InputError
from eventcoder.read.text import decode_bytes
from eventcoder.watch.urls import host_of, origin_of

__all__ = ["FetchSettings", "Page", "PoliteClient", "RobotsRecord", "Stopped", "user_agent"]

#: The product token robots.txt rules are matched against.
ROBOTS_TOKEN = "eventcoder"
ROBOTS_MAX_BYTES = 512_000  # RFC 9309 asks crawlers to read at least 500 KiB
UNAVAILABLE_TTL = 600.0  # an unreachable robots.txt is asked for again after 10 minutes
MAX_CRAWL_DELAY = 60.0
REDIRECTS = frozenset({301, 302, 303, 307, 308})
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
)


def user_agent(contact: str | None) -> str:
    """``eventcoder/VERSION (news event coder; +CONTACT)``: who is asking and how to reach them."""
    who = f"; +{contact.strip()}" if contact and contact.strip() else ""
    return f"eventcoder/{__version__} (news event coder{who})"


@dataclass(frozen=True)
class FetchSettings:
    """How politely and how patiently to fetch (``eventcoder watch`` options)."""

    contact: str | None = None
    timeout: float = 20.0  # seconds, for connecting and for each read
    per_host_delay: float = 1.0  # seconds between two requests to one host
    max_page_bytes: int = 5_000_000
    max_feed_bytes: int = 10_000_000
    retries: int = 2  # further attempts after a 429, 5xx, time-out or connection error
    backoff: float = 1.0  # first wait before a retry (doubled each time) without Retry-After
    max_wait: float = 60.0  # longest wait honoured within one fetch
    max_redirects: int = 5
    robots_ttl: float = 86_400.0

    @property
    def user_agent(self) -> str:
        return user_agent(self.contact)


class Stopped(Exception):
    """Raised from a wait of the client once a stop was asked for: the fetch in hand is
    abandoned (rolled back), not recorded."""


@dataclass(frozen=True)
class RobotsRecord:
    """An origin's robots.txt as last fetched: ``ok`` (rules in ``body``), ``missing`` (4xx:
    everything allowed) or ``unavailable`` (5xx or unreachable: nothing allowed for now)."""

    origin: str
    status: str
    body: str
    fetched_at: float  # time.time()

    def fresh(self, now: float, ttl: float) -> bool:
        keep = min(ttl, UNAVAILABLE_TTL) if self.status == "unavailable" else ttl
        return now - self.fetched_at < keep


@dataclass(frozen=True)
class Page:
    """A fetched document (status 200), or a 304 answer to a conditional GET (empty body)."""

    url: str  # as asked for
    final_url: str  # after redirects
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    redirects: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    def text(self) -> str:
        """The body decoded: the charset the server names, else UTF-8 / Windows-1252."""
        params = self.headers.get("content-type", "").split(";")[1:]
        charset = next((p.split("=", 1)[1].strip().strip('"') for p in params
                        if p.strip().lower().startswith("charset=")), None)  # fmt: skip
        if charset:
            try:
                return self.body.decode(charset, errors="replace")
            except LookupError:
                pass
        return decode_bytes(self.body, self.final_url)


@dataclass(frozen=True)
class _Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def _retry_at(headers: dict[str, str]) -> float | None:
    """Retry-After (seconds or an HTTP date) as a ``time.time()`` instant."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return time.time() + int(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() if when else None


class PoliteClient:
    """GET with the manners of the module docstring. Not thread-safe: one caller at a time.

    ``robots``: records already known (from the store); ``on_robots`` is told of each one
    fetched, to persist it; ``stop``: once set, waits raise :class:`Stopped`.
    """

    def __init__(
        self,
        settings: FetchSettings,
        *,
        robots: dict[str, RobotsRecord] | None = None,
        on_robots: Callable[[RobotsRecord], None] | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.settings = settings
        self._http = httpx.Client(
            headers={"User-Agent": settings.user_agent, "Accept": ACCEPT},
            timeout=settings.timeout,
            follow_redirects=False,
        )
        self._robots = dict(robots or {})
        self._parsers: dict[str, RobotFileParser] = {}
        self._on_robots = on_robots
        self._free_at: dict[str, float] = {}  # host -> time.monotonic() it may be asked again
        self._stop = stop or threading.Event()
        self.requests = 0

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ politeness
    def ready_at(self, url: str) -> float:
        """The ``time.monotonic()`` instant the host of ``url`` may be asked again."""
        try:
            return self._free_at.get(host_of(url), 0.0)
        except InputError:
            return 0.0

    def _wait(self, seconds: float) -> None:
        if seconds > 0 and self._stop.wait(seconds):
            raise Stopped()

    def _delay(self, url: str) -> float:
        delay = self.settings.per_host_delay
        parser = self._parsers.get(origin_of(url))
        crawl = parser.crawl_delay(ROBOTS_TOKEN) if parser is not None else None
        if crawl:
            delay = max(delay, min(float(crawl), MAX_CRAWL_DELAY))
        return delay

    def check_robots(self, url: str) -> None:
        """Raise :class:`FetchError` unless robots.txt lets us fetch ``url``."""
        origin = origin_of(url)
        record = self._robots.get(origin)
        if record is None or not record.fresh(time.time(), self.settings.robots_ttl):
            record = self._fetch_robots(origin)
            self._robots[origin] = record
            self._parsers.pop(origin, None)
            if self._on_robots:
                self._on_robots(record)
        if record.status == "unavailable":
            raise FetchError("robots.txt cannot be fetched; not fetching this site for now",
                             source=url, transient=True)  # fmt: skip
        parser = self._parsers.get(origin)
        if parser is None:
            parser = RobotFileParser()
            parser.parse(record.body.splitlines() if record.status == "ok" else [])
            self._parsers[origin] = parser
        if not parser.can_fetch(ROBOTS_TOKEN, url):
            raise FetchError("forbidden by robots.txt", source=url)

    def _fetch_robots(self, origin: str) -> RobotsRecord:
        url = f"{origin}/robots.txt"
        for _hop in range(self.settings.max_redirects + 1):
            try:
                reply = self._get(url, {}, ROBOTS_MAX_BYTES)
            except FetchError as exc:
                status = "unavailable" if exc.transient else "missing"
                return RobotsRecord(origin, status, "", time.time())
            location = reply.headers.get("location")
            if reply.status in REDIRECTS and location:
                url = urljoin(url, location)
                continue
            if 200 <= reply.status < 300:
                body = reply.body.decode("utf-8", errors="replace")
                return RobotsRecord(origin, "ok", body, time.time())
            status = "missing" if 400 <= reply.status < 500 else "unavailable"
            return RobotsRecord(origin, status, "", time.time())
        return RobotsRecord(origin, "missing", "", time.time())  # RFC 9309: too many redirects

    # ------------------------------------------------------------------ fetching
    def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None,
        max_bytes: int | None = None,
    ) -> Page:  # fmt: skip
        """GET ``url`` politely, following redirects; a 304 comes back as a :class:`Page` with
        status 304. Anything else but success is a :class:`FetchError` naming the reason."""
        limit = max_bytes or self.settings.max_page_bytes
        current, hops = url, []
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        while True:
            try:
                origin_of(current)  # an http(s) URL with a host (a redirect may lead anywhere)
            except InputError as exc:
                raise FetchError(exc.reason, source=current) from None
            self.check_robots(current)
            reply = self._get(current, headers, limit)
            location = reply.headers.get("location")
            if reply.status in REDIRECTS:
                if not location:
                    raise FetchError(f"HTTP {reply.status} without a Location", source=current)
                if len(hops) >= self.settings.max_redirects:
                    raise FetchError(f"more than {self.settings.max_redirects} redirects",
                                     source=url)  # fmt: skip
                hops.append(current)
                current = urljoin(current, location.strip())
                continue
            if reply.status == 304 or 200 <= reply.status < 300:
                return Page(url=url, final_url=current, status=reply.status,
                            body=reply.body if reply.status != 304 else b"",
                            headers=reply.headers, redirects=tuple(hops))  # fmt: skip
            raise FetchError(f"HTTP {reply.status}", source=current)

    def _get(self, url: str, headers: dict[str, str], max_bytes: int) -> _Reply:
        """One GET with its retries; the host is held for the request, then rests."""
        host = host_of(url)
        attempt = 0
        while True:
            self._wait(self._free_at.get(host, 0.0) - time.monotonic())
            problem: FetchError | None = None
            try:
                reply = self._send(url, headers, max_bytes)
                if reply.status == 429 or reply.status >= 500:
                    problem = FetchError(f"HTTP {reply.status}", source=url, transient=True,
                                         retry_at=_retry_at(reply.headers))  # fmt: skip
            except FetchError as exc:
                if not exc.transient:
                    raise
                problem = exc
            finally:
                self._free_at[host] = time.monotonic() + self._delay(url)
            if problem is None:
                return reply
            wait = self.settings.backoff * 2**attempt
            if problem.retry_at is not None:
                wait = problem.retry_at - time.time()
            if attempt >= self.settings.retries or wait > self.settings.max_wait:
                raise problem
            attempt += 1
            self._wait(wait)

    def _send(self, url: str, headers: dict[str, str], max_bytes: int) -> _Reply:
        self.requests += 1
        too_large = f"larger than {max_bytes:,} bytes"
        try:
            with self._http.stream("GET", url, headers=headers) as response:
                found = {k.lower(): v for k, v in response.headers.items()}
                declared = found.get("content-length", "")
                plain = found.get("content-encoding", "identity") == "identity"
                if plain and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError(too_large, source=url)
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > max_bytes:
                        raise FetchError(too_large, source=url)
                return _Reply(response.status_code, found, bytes(body))
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.settings.timeout:g} s", source=url,
                             transient=True) from None  # fmt: skip
        except httpx.TransportError as exc:
            raise FetchError(f"connection failed ({type(exc).__name__})", source=url,
                             transient=True) from None  # fmt: skip
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch ({type(exc).__name__}: {exc})", source=url) from None
