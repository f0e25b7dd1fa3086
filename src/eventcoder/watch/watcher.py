"""The watch loop: poll the sources that are due, fetch new items' pages, code, commit.

One round: every due source is polled (a conditional GET for a feed), each new item's page is
fetched, its main text extracted (trafilatura, :mod:`eventcoder.read.html`) and appended to
the journal; every ``commit_every`` articles, and at the end of the round, the pending
articles are coded (:class:`eventcoder.pipeline.Coder`, in a coding thread, so that parsing
goes on while this thread waits on the network) and committed to the store, in order and
from this thread, together with the watch state (:mod:`eventcoder.watch.state`). Requests
are scheduled host by host: the next job is the one whose host may be asked soonest, so one
slow or distant site does not hold up the others while the per-host delay is kept.

A feed's new validators are committed only once every new item it listed has been dealt with,
so a watcher stopped mid-round asks for the feed again (and skips what it already has).
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from eventcoder.errors import EventcoderError, FetchError, InputError
from eventcoder.read.feeds import FeedItem, feed_items, item_article, looks_like_feed
from eventcoder.read.html import article_from_html, canonical_link
from eventcoder.records import Article
from eventcoder.watch.fetch import FetchSettings, Page, PoliteClient, RobotsRecord, Stopped
from eventcoder.watch.sources import Source
from eventcoder.watch.state import Journal, WatchState, from_iso, iso, make_row, rows_table
from eventcoder.watch.urls import clean_url, host_of, url_key

__all__ = ["RoundReport", "WatchSettings", "Watcher"]

#: With ``once``, a source with its own interval is due once this share of it has passed
#: (the timers that run ``--once`` fire a little early or late).
DUE_TOLERANCE = 0.95
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "")


@dataclass(frozen=True)
class WatchSettings:
    """How to watch (``eventcoder watch`` options; see docs/watch.md)."""

    every: float = 900.0  # seconds between two polls of a source
    once: bool = False  # one round over the due sources, then return
    commit_every: int = 50  # commit after this many new articles (and at the end of a round)
    batch_size: int = 16  # articles per parsing batch
    min_fallback_words: int = 40  # a feed item's own text must be this long to stand in
    max_attempts: int = 4  # tries of a page whose failure may pass (time-out, 5xx)
    retry_after: float = 900.0  # first wait before trying such a page again (then doubled)
    fetch: FetchSettings = field(default_factory=FetchSettings)


@dataclass
class RoundReport:
    """What one round did (the progress line)."""

    number: int
    due: int = 0
    polled: int = 0
    new_articles: int = 0
    duplicates: int = 0
    events_added: int = 0
    failures: int = 0
    requests: int = 0
    stopped: bool = False

    def line(self) -> str:
        return (
            f"round {self.number}: {self.polled} sources polled, {self.new_articles} new "
            f"articles, {self.events_added} events added, {self.failures} failures"
            + (" (stopped)" if self.stopped else "")
        )


@dataclass
class _Job:
    url: str  # what to fetch
    key: str
    source: str
    poll: bool = False  # polling a source (else fetching an item's page)
    item: FeedItem | None = None
    outlet: str | None = None


@dataclass
class _Batch:
    """What one commit publishes: articles (to code), watch rows, finished sources' polls,
    and the journal position it covers."""

    articles: list[Article]
    rows: dict[str, dict[str, Any]]
    sources: dict[str, dict[str, Any]]
    seq: int


class _HostQueue:
    """Jobs per host, first in first out; :meth:`pop` takes the host that may be asked
    soonest (ties: the host queued first)."""

    def __init__(self, client: PoliteClient) -> None:
        self._client = client
        self._queues: dict[str, deque[_Job]] = {}

    def push(self, job: _Job) -> None:
        self._queues.setdefault(host_of(job.url), deque()).append(job)

    def pop(self) -> _Job:
        host = min(self._queues, key=lambda h: self._client.ready_at(self._queues[h][0].url))
        queue = self._queues[host]
        job = queue.popleft()
        if not queue:
            del self._queues[host]
        return job

    def __bool__(self) -> bool:
        return bool(self._queues)


class Watcher:
    """Watch ``sources`` into ``store`` (which it holds as the single writer while running).

    ``on_failure(url, reason)`` is told of each failure (and of each page replaced by its feed
    item's text); ``on_round(report)`` of each round's end; ``on_progress(report)`` after each
    job of a round. The articles are coded by ``coder``, else by the default coder with the
    user actor tables ``actor_files`` (:func:`eventcoder.pipeline.default_coder`).
    """

    def __init__(
        self,
        store: Any,
        sources: Sequence[Source],
        settings: WatchSettings | None = None,
        *,
        coder: Any = None,
        actor_files: Sequence[Any] = (),
        on_failure: Callable[[str, str], None] | None = None,
        on_round: Callable[[RoundReport], None] | None = None,
        on_progress: Callable[[RoundReport], None] | None = None,
    ) -> None:
        self.store = store
        self.sources = list(sources)
        self.settings = settings or WatchSettings()
        self._coder = coder
        self._actor_files = tuple(actor_files)  # user actor tables (eventcoder.settings)
        self._on_failure = on_failure or (lambda url, reason: None)
        self._on_round = on_round or (lambda report: None)
        self._on_progress = on_progress or (lambda report: None)
        self._stop = threading.Event()
        self._rounds = 0
        self.state: WatchState | None = None
        self.journal: Journal | None = None
        self.client: PoliteClient | None = None
        self._open: Counter[str] = Counter()  # source -> its items not dealt with yet
        self._updates: dict[str, dict[str, Any]] = {}  # source -> poll outcome, not committed
        self._queued: set[str] = set()
        self._executor: ThreadPoolExecutor | None = None
        self._in_flight: tuple[_Batch, Future[Any]] | None = None
        self._coding_ids: set[str] = set()  # articles handed to the coder, not committed yet

    # ------------------------------------------------------------------ lifecycle
    def stop(self) -> None:
        """Finish the page in hand (or abandon a wait), commit, and return from :meth:`run`."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    @property
    def coder(self) -> Any:
        if self._coder is None:
            from eventcoder.pipeline import default_coder

            self._coder = default_coder(self._actor_files)
        return self._coder

    def open(self) -> None:
        """Take the store's writer lock, load the state, apply the journal's uncommitted pages
        (done by :meth:`run` if not before)."""
        if self.client is not None:
            return
        self.store._ensure_writer()  # a second watcher (or any writer) is refused here
        self.state = WatchState.load(self.store)
        self.journal = Journal(self.store.root, self.state.journal_seq)
        for entry in self.journal.replay():
            for row in entry["rows"]:
                self.state.record(row)
            if entry.get("article"):
                self.state.articles.append(Article(**entry["article"]))
        self.client = PoliteClient(self.settings.fetch, robots=self.state.robots,
                                   on_robots=self._robots_fetched, stop=self._stop)  # fmt: skip
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="eventcoder-coder")

    def close(self) -> None:
        """Release the client and the journal. A batch still being coded is not committed
        (its pages stay in the journal for the next watcher)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor, self._in_flight = None, None
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.journal is not None:
            self.journal.close()

    def run(self) -> list[RoundReport]:
        """Rounds until stopped (or one with ``once``); the reports of the rounds run."""
        self.open()
        reports = []
        try:
            if self.state is not None and self.state.dirty:
                self._commit()  # what a killed watcher had fetched
            while not self.stopping:
                if not self.settings.once:
                    self._stop.wait(max(0.0, self.next_due() - time.time()))
                    if self.stopping:
                        break
                reports.append(self.run_round())
                if self.settings.once:
                    break
        finally:
            self.close()
        return reports

    # ------------------------------------------------------------------ scheduling
    def _interval(self, source: Source) -> float:
        return source.every or self.settings.every

    def _due(self, source: Source, now: float) -> bool:
        assert self.state is not None
        last = from_iso((self.state.sources.get(source.url) or {}).get("last_poll"))
        if last is None or (self.settings.once and source.every is None):
            return True
        share = DUE_TOLERANCE if self.settings.once else 1.0
        return now >= last + share * self._interval(source)

    def next_due(self) -> float:
        """When the next source falls due (``time.time()``)."""
        assert self.state is not None
        times = []
        for source in self.sources:
            last = from_iso((self.state.sources.get(source.url) or {}).get("last_poll"))
            times.append(0.0 if last is None else last + self._interval(source))
        return min(times, default=time.time())

    # ------------------------------------------------------------------ one round
    def run_round(self) -> RoundReport:
        assert self.client is not None
        self._rounds += 1
        report = RoundReport(number=self._rounds)
        now = time.time()
        events_before = self._events()
        requests_before = self.client.requests
        queue = _HostQueue(self.client)
        self._queued = set()
        for source in self.sources:
            if self._due(source, now):
                report.due += 1
                queue.push(_Job(url=source.url, key=url_key(source.url), source=source.url,
                                poll=True))  # fmt: skip
        while queue and not self.stopping:
            job = queue.pop()
            try:
                if job.poll:
                    self._poll(job, queue, report)
                else:
                    self._fetch(job, report)
                    self._open[job.source] -= 1
            except Stopped:
                break  # the page in hand is abandoned: it is fetched again next time
            report.requests = self.client.requests - requests_before
            self._on_progress(report)
            if len(self.state.articles if self.state else ()) >= self.settings.commit_every:
                self._commit(wait=False)
        report.stopped = self.stopping
        self._commit()
        self.store.refresh_if_due()
        report.events_added = self._events() - events_before
        report.requests = self.client.requests - requests_before
        self._on_round(report)
        return report

    def _events(self) -> int:
        return int(self.store.stats()["events"]) if self.store.exists() else 0

    # ------------------------------------------------------------------ polling a source
    def _poll(self, job: _Job, queue: _HostQueue, report: RoundReport) -> None:
        assert self.state is not None and self.client is not None
        source = next(s for s in self.sources if s.url == job.source)
        info = self.state.sources.get(job.source) or {}
        outcome: dict[str, Any] = {"last_poll": iso(time.time()), "every": self._interval(source)}
        if info.get("kind") == "page" or job.key in self.state.urls:
            # An article given directly is fetched once; polling it again asks for nothing
            # unless it failed and its retry is due.
            if not self.state.settled(job.key, time.time()):
                self._open[job.source] += 1
                queue.push(_Job(url=job.url, key=job.key, source=job.source))
            self._updates[job.source] = {**outcome, "kind": "page"}
            return
        try:
            page = self.client.fetch(job.url, etag=info.get("etag"),
                                     last_modified=info.get("last_modified"),
                                     max_bytes=self.settings.fetch.max_feed_bytes)  # fmt: skip
        except FetchError as exc:
            self._poll_failed(job, exc, outcome, report)
            return
        report.polled += 1
        if page.status == 304:
            self._updates[job.source] = {**outcome, "status": "not modified (304)"}
            return
        if looks_like_feed(page.body):
            try:
                feed = feed_items(page.body, origin=job.url, base_url=page.final_url)
            except InputError as exc:
                self._poll_failed(job, exc, outcome, report)
                return
            new = self._queue_items(job.source, feed.title, feed.items, queue)
            self._updates[job.source] = {
                **outcome, "kind": "feed", "title": feed.title, "etag": page.etag,
                "last_modified": page.last_modified,
                "status": f"{len(feed.items)} items, {new} new",
            }  # fmt: skip
            return
        # Not a feed: the source is an article page, fetched just now.
        self._updates[job.source] = {**outcome, "kind": "page", "status": "article page"}
        self._page_fetched(job, page, report)

    def _poll_failed(self, job: _Job, exc: InputError, outcome: dict[str, Any],
                     report: RoundReport) -> None:  # fmt: skip
        assert self.state is not None
        info = self.state.sources.get(job.source) or {}
        failures = int(info.get("poll_failures") or 0) + 1
        self._updates[job.source] = {**outcome, "status": f"failed: {exc.reason}",
                                     "poll_failures": failures}  # fmt: skip
        report.failures += 1
        self._on_failure(job.url, exc.reason)

    def _queue_items(self, source: str, outlet: str | None, items: list[FeedItem],
                     queue: _HostQueue) -> int:  # fmt: skip
        assert self.state is not None
        now, new = time.time(), 0
        for item in items:
            link = item.link or (item.guid if item.guid and "://" in item.guid else None)
            if not link:
                continue
            try:
                url = clean_url(link)
                key = url_key(url)
            except InputError:
                continue
            if key in self._queued or self.state.settled(key, now):
                continue
            self._queued.add(key)
            self._open[source] += 1
            queue.push(_Job(url=url, key=key, source=source, item=item, outlet=outlet))
            new += 1
        return new

    # ------------------------------------------------------------------ fetching a page
    def _fetch(self, job: _Job, report: RoundReport) -> None:
        assert self.client is not None
        try:
            page = self.client.fetch(job.url, max_bytes=self.settings.fetch.max_page_bytes)
        except FetchError as exc:
            self._failed(job, exc, report)
            return
        self._page_fetched(job, page, report)

    def _page_fetched(self, job: _Job, page: Page, report: RoundReport) -> None:
        try:
            article, aliases = self._article(job, page)
        except InputError as exc:
            self._failed(job, exc, report)
            return
        except Exception as exc:  # a page the extractor chokes on must not stop the round
            self._failed(job, InputError(f"cannot read the page ({type(exc).__name__}: {exc})",
                                         source=job.url), report)  # fmt: skip
            return
        self._keep(job, article, aliases, "stored", None, report)

    def _article(self, job: _Job, page: Page) -> tuple[Article, set[str]]:
        if page.content_type not in _PAGE_TYPES:
            raise InputError(f"not a web page ({page.content_type})", source=job.url)
        html = page.text()
        canonical = canonical_link(html, page.final_url)
        key = url_key(canonical or page.final_url)
        published = job.item.published if job.item else None
        article = article_from_html(html, origin=job.url, published=published, url=key,
                                    outlet=job.outlet)  # fmt: skip
        aliases = {url_key(u) for u in (page.final_url, canonical, *page.redirects) if u}
        return article, aliases - {job.key}

    def _keep(self, job: _Job, article: Article, aliases: set[str], status: str,
              reason: str | None, report: RoundReport) -> None:  # fmt: skip
        """Journal an article (or note that it is already stored) with its URLs' rows."""
        assert self.state is not None and self.journal is not None
        now = time.time()
        duplicate = (self.store.is_stored(article.id) or article.id in self._coding_ids
                     or any(a.id == article.id for a in self.state.articles))  # fmt: skip
        status = "duplicate" if duplicate else status
        rows = [make_row(job.key, "item", status, at=now, url=job.url, source=job.source,
                         article_id=article.id, reason=reason)]  # fmt: skip
        rows += [make_row(k, "alias", status, at=now, url=k, source=job.source,
                          article_id=article.id)
                 for k in sorted(aliases) if not self.state.settled(k, now)]  # fmt: skip
        kept = None if duplicate else article
        self.journal.append(rows, kept)
        for row in rows:
            self.state.record(row)
        if kept is not None:
            self.state.articles.append(kept)
            report.new_articles += 1
        else:
            report.duplicates += 1

    def _failed(self, job: _Job, exc: InputError, report: RoundReport) -> None:
        """The page failed: keep the feed item's own text if it is long enough, else record
        the failure and when to try again (only for failures that may pass)."""
        item = job.item
        if item is not None and len(item.text.split()) >= self.settings.min_fallback_words:
            try:
                article = item_article(item, outlet=job.outlet, origin=job.url, url=job.key)
            except EventcoderError as other:
                exc = InputError(f"{exc.reason}; the feed's text: {other.reason}")
            else:
                reason = f"{exc.reason}; stored the feed item's text instead"
                self._keep(job, article, set(), "fallback", reason, report)
                self._on_failure(job.url, reason)
                return
        self._record_failure(job, exc, report)

    def _record_failure(self, job: _Job, exc: InputError, report: RoundReport) -> None:
        assert self.state is not None and self.journal is not None
        now = time.time()
        known = self.state.urls.get(job.key)
        attempts = (known.attempts if known and known.status == "failed" else 0) + 1
        next_retry = None
        if isinstance(exc, FetchError) and exc.transient and attempts < self.settings.max_attempts:
            next_retry = now + self.settings.retry_after * 2 ** (attempts - 1)
            next_retry = max(next_retry, exc.retry_at or 0.0)
        row = make_row(job.key, "item", "failed", at=now, url=job.url, source=job.source,
                       reason=exc.reason, attempts=attempts, next_retry=next_retry)  # fmt: skip
        self.journal.append([row], None)
        self.state.record(row)
        report.failures += 1
        self._on_failure(job.url, exc.reason)

    def _robots_fetched(self, record: RobotsRecord) -> None:
        assert self.state is not None and self.journal is not None
        row = make_row(record.origin, "robots", record.status, at=record.fetched_at,
                       url=f"{record.origin}/robots.txt", body=record.body)  # fmt: skip
        self.journal.append([row], None)
        self.state.record(row)

    # ------------------------------------------------------------------ committing
    def _commit(self, *, wait: bool = True) -> None:
        """Hand the pending articles to the coding thread and commit the batch before them.

        Coding runs beside the fetching (the coder thread parses while this one waits on the
        network); the commits stay in order and in this thread, the store's single writer.
        With ``wait``, everything pending is coded and committed before returning.
        """
        batch = self._take()
        self._land()
        if batch is None:
            return
        assert self._executor is not None
        self._in_flight = (batch, self._executor.submit(self._code, batch.articles))
        if wait:
            self._land()

    def _take(self) -> _Batch | None:
        assert self.state is not None and self.journal is not None
        done = [s for s in self._updates if self._open[s] <= 0]
        if not self.state.dirty and not done:
            return None
        articles, rows = self.state.take()
        self._coding_ids.update(a.id for a in articles)
        return _Batch(articles, rows, {s: self._updates.pop(s) for s in done}, self.journal.seq)

    def _code(self, articles: list[Article]) -> tuple[list[Any], dict[str, str]]:
        """(In the coding thread.) The articles coded, and those refused with the reason."""
        refused: dict[str, str] = {}

        def on_error(exc: EventcoderError) -> None:
            refused[exc.source or ""] = exc.reason

        if not articles:  # (the model is loaded only when there is something to code)
            return [], refused
        coded = list(self.coder.code_articles(articles, batch_size=self.settings.batch_size,
                                              on_error=on_error))  # fmt: skip
        return coded, refused

    def _land(self) -> None:
        """Commit the batch in flight: articles, rows and finished sources, one manifest swap."""
        if self._in_flight is None:
            return
        assert self.state is not None and self.journal is not None
        batch, future = self._in_flight
        self._in_flight = None
        coded, refused = future.result()
        for article in batch.articles:
            if article.origin in refused:
                self._uncodable(batch.rows, article, refused[article.origin or ""])
        for source, update in batch.sources.items():
            self.state.sources.setdefault(source, {}).update(update)
        self.store.commit_watch(coded, self._version(), rows_table(batch.rows),
                                self.state.meta(batch.seq))  # fmt: skip
        self._coding_ids.difference_update(a.id for a in batch.articles)
        self.state.journal_seq = batch.seq
        if self.journal.seq == batch.seq:  # the journal holds nothing newer: empty it
            self.journal.clear()

    def _version(self) -> str:
        if self._coder is not None:
            return str(self._coder.version)
        from eventcoder.pipeline import coder_version

        return coder_version(self._actor_files)

    def _uncodable(self, rows: dict[str, dict[str, Any]], article: Article, reason: str) -> None:
        for key, row in list(rows.items()):
            if row["article_id"] == article.id and row["status"] != "duplicate":
                rows[key] = {**row, "status": "failed", "reason": reason, "attempts": 1,
                             "next_retry": None}  # fmt: skip
                if row["kind"] == "item":
                    self._on_failure(row["url"] or key, reason)
