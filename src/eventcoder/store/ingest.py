"""Read → code → store, in one process or with local worker processes.

Only the parent process writes (single writer); workers (``ProcessPoolExecutor``, spawned, each
loading the model once in its initializer) return ``(article, mentions)`` for a chunk of
articles, and the parent commits them in input order. ``workers`` is an upper bound: no more
are started than there are free cores and batches (:func:`eventcoder.cores.plan_workers`), and
one means coding in this process, so asking for more workers never makes ingest slower.
"""

from __future__ import annotations

import concurrent.futures as cf
import itertools
import multiprocessing
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.code._actor_tables import ActorFile
from eventcoder.errors import EventcoderError
from eventcoder.records import Article, Mention
from eventcoder.store.core import Store

__all__ = ["IngestSummary", "count_inputs", "ingest"]

Coded = tuple[Article, list[Mention]]
OnError = Callable[[EventcoderError], None]


@dataclass
class IngestSummary:
    """What ``eventcoder ingest`` did (printed at the end)."""

    read: int = 0
    articles: int = 0
    sentences: int = 0  # sentences holding at least one event mention
    mentions: int = 0
    events: int = 0  # events in the store afterwards
    already_stored: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    commits: int = 0
    undated: list[str] = field(default_factory=list)  # coded articles with no publication date
    coding: str | None = None  # with --workers N: how many processes coded, why fewer than N

    @property
    def skipped(self) -> int:
        return self.already_stored + sum(self.errors.values())

    def lines(self) -> list[str]:
        out = [
            f"ingested {self.articles} articles: {self.sentences} sentences with events, "
            f"{self.mentions} mentions; the store now holds {self.events} events",
        ]
        if self.skipped:
            reasons = [f"{self.already_stored} already stored"] if self.already_stored else []
            reasons += [f"{n} {why}" for why, n in self.errors.most_common()]
            out.append(f"skipped {self.skipped}: " + ", ".join(reasons))
        from eventcoder.read.published import undated_warning

        if message := undated_warning(self.undated, self.articles):
            out.append(f"warning: {message}")
        if self.coding:
            out.append(f"coded by {self.coding}")
        return out


def count_inputs(paths: Sequence[str]) -> int | None:
    """How many articles ``paths`` hold, when cheap to know (files and JSONL lines); else None."""
    from eventcoder.read.paths import READABLE

    total = 0
    for raw in paths:
        path = Path(raw)
        if raw == "-" or not path.exists():
            return None
        found = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        for p in found:
            suffix = p.suffix.lower()
            if path.is_dir() and suffix not in READABLE:
                continue
            if suffix in {".rss", ".atom", ".xml"}:
                return None
            if suffix in {".jsonl", ".ndjson"}:
                with open(p, "rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


# ----------------------------------------------------------------- worker processes
_WORKER_CODER: Any = None


def _init_worker(actor_files: tuple[ActorFile, ...] = ()) -> None:
    global _WORKER_CODER
    from eventcoder.pipeline import Coder

    _WORKER_CODER = Coder(actor_files=actor_files)


def _code_chunk(chunk: list[Article], batch_size: int) -> tuple[list[Coded], list[EventcoderError]]:
    errors: list[EventcoderError] = []
    coded = list(_WORKER_CODER.code_articles(chunk, batch_size=batch_size, on_error=errors.append))
    return coded, errors


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def code_parallel(
    articles: Iterable[Article], workers: int, batch_size: int, on_error: OnError,
    actor_files: tuple[ActorFile, ...] = (),
) -> Iterator[Coded]:
    """Code with ``workers`` processes; results come back in input order."""
    ctx = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker,
                                initargs=(tuple(actor_files),)) as pool:
        window: deque[cf.Future] = deque()
        for chunk in _chunks(articles, batch_size):
            window.append(pool.submit(_code_chunk, chunk, batch_size))
            while len(window) >= 2 * workers:
                yield from _drain(window.popleft(), on_error)
        while window:
            yield from _drain(window.popleft(), on_error)


def _drain(future: cf.Future, on_error: OnError) -> Iterator[Coded]:
    coded, errors = future.result()
    for exc in errors:
        on_error(exc)
    yield from coded


# ----------------------------------------------------------------- the run
def ingest(
    store: Store,
    paths: Sequence[str],
    *,
    published: str | None = None,
    workers: int = 1,
    batch_size: int = 16,
    recode: bool = False,
    on_error: OnError,
    progress: Callable[[int], None] | None = None,
    coder: Any = None,
    client: Any = None,
    actor_files: tuple[ActorFile, ...] = (),
    trust_ids: bool = False,
    on_skip: Callable[[str, str], None] | None = None,
    on_warning: Callable[[str], None] | None = None,
    inputs: int | None = None,
    fit_to_cores: bool = True,
) -> IngestSummary:
    """Read ``paths``, code the articles not yet stored and add them to ``store``.

    Without ``recode`` an article already stored (under any coder version) is skipped before
    coding; with it, only articles already coded by *this* coder version are skipped.
    ``workers`` is at most how many coding processes start: fewer when other processes keep
    cores busy or the input (``inputs`` articles, when known) has fewer batches, unless
    ``fit_to_cores`` is False; ``summary.coding`` says how many and why.
    ``actor_files``: user actor tables (they are part of the coder version); ``trust_ids``
    and ``on_skip``: as for :func:`eventcoder.read.read_paths`. A store that does not exist is
    created only when there is an article to store.
    """
    from eventcoder.pipeline import coder_version
    from eventcoder.read import read_paths

    version = coder.version if coder is not None else coder_version(tuple(actor_files))
    summary = IngestSummary()
    existed = store.exists()
    if existed:
        store._ensure_writer()  # take the writer lock before any work
    # (a new store is created with the first article: a run with nothing to store makes none)

    def errors(exc: EventcoderError) -> None:
        summary.errors[_reason(exc)] += 1
        on_error(exc)
        if progress:
            progress(1)

    def fresh() -> Iterator[Article]:
        seen: set[str] = set()
        warn = {"on_warning": on_warning} if on_warning is not None else {}
        for article in read_paths(paths, published=published, on_error=errors,
                                  on_skip=on_skip or _no_skip, trust_ids=trust_ids, **warn):
            summary.read += 1
            if article.id in seen or (existed and store.is_stored(article.id,
                                                                  version if recode else None)):
                summary.already_stored += 1
                if progress:
                    progress(1)
                continue
            seen.add(article.id)
            yield article

    coded = _coded(fresh(), summary, workers=workers, batch_size=batch_size, on_error=errors,
                   coder=coder, client=client, inputs=inputs, fit_to_cores=fit_to_cores,
                   actor_files=tuple(actor_files))

    def counted() -> Iterator[Coded]:
        for article, mentions in coded:
            summary.sentences += len({m.sentence_index for m in mentions})
            if article.published is None:
                summary.undated.append(article.origin or article.id)
            if progress:
                progress(1)
            yield article, mentions

    items = counted()
    first = next(items, None)
    if first is not None:
        result = store.add(itertools.chain([first], items), version)
        summary.articles, summary.mentions, summary.commits = (
            result.articles,
            result.mentions,
            result.commits,
        )
    summary.events = int(store.stats()["events"]) if store.exists() else 0
    return summary


def _coded(
    articles: Iterator[Article], summary: IngestSummary, *, workers: int, batch_size: int,
    on_error: OnError, coder: Any, client: Any, inputs: int | None, fit_to_cores: bool,
    actor_files: tuple[ActorFile, ...] = (),
) -> Iterator[Coded]:
    """The coded stream: on a Dask cluster, in worker processes or in this process."""
    if client is not None:
        # a dask.distributed cluster codes; this process stays the single writer
        from eventcoder.scale import code_on_dask

        summary.coding = "the Dask cluster"
        return code_on_dask(articles, client=client, batch_size=batch_size, on_error=on_error,
                            actor_files=actor_files)
    if workers > 1 and fit_to_cores:
        from eventcoder.cores import plan_workers

        batches = None if inputs is None else -(-inputs // batch_size)
        plan = plan_workers(workers, batches=batches)
        workers, summary.coding = plan.workers, plan.describe()
    elif workers > 1:
        summary.coding = f"{workers} coding processes"
    if workers > 1:
        return code_parallel(articles, workers, batch_size, on_error, actor_files)
    if coder is None:
        from eventcoder.pipeline import default_coder

        coder = default_coder(actor_files)
    return coder.code_articles(articles, batch_size=batch_size, on_error=on_error)


def _no_skip(name: str, reason: str) -> None:
    return None


def _reason(exc: EventcoderError) -> str:
    names = {
        "EC101": "empty inputs",
        "EC102": "binary inputs",
        "EC103": "malformed records",
        "EC104": "not English",
    }
    return names.get(exc.code, f"unreadable ({exc.code})")
