"""Code articles on a Dask cluster: the same ``(article, mentions)`` stream as in one process.

::

    from eventcoder.scale import code_on_dask, connect

    with connect(None, workers=4) as client:                  # or connect("tcp://sched:8786", None)
        for article, mentions in code_on_dask(read_paths(["news/"]), client=client):
            ...

How it works (details and cluster recipes: docs/scale.md):

- the spaCy pipeline and the coder are loaded **once per worker** by :class:`CoderPlugin`, a
  ``distributed.WorkerPlugin`` registered with ``client.register_plugin`` (workers that join
  later load it too); user actor tables (``actor_files``) travel with the plugin as text, so
  workers need not see the files, and a worker keeps one coder per set of tables;
- articles are cut into batches of ``batch_size``; each batch is one task, a pure function of
  its batch (no side effects), submitted with ``retries=2`` so the batch of a lost worker is
  recomputed elsewhere and its results are delivered exactly once;
- at most ``window`` batches are in flight (default: twice the worker threads), and the input
  is read lazily, so memory stays bounded on inputs of any size;
- results are yielded **in input order**, so the output is the same as
  :meth:`eventcoder.pipeline.Coder.code_articles` and does not depend on scheduling.

Only the client process reads inputs and consumes results (e.g. writes the store): workers
never touch the store.
"""

from __future__ import annotations

import asyncio
import functools
import itertools
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from eventcoder.code._actor_tables import ActorFile
from eventcoder.errors import EventcoderError
from eventcoder.records import Article, Mention, Mentions

try:  # distributed is an optional dependency (``pip install 'eventcoder[dask]'``)
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - connect() reports it
    _WorkerPlugin = object  # type: ignore[assignment,misc]

if TYPE_CHECKING:
    from distributed import Client

__all__ = [
    "PLUGIN_NAME",
    "ClusterError",
    "CoderPlugin",
    "code_on_dask",
    "connect",
    "peak_rss_mb",
    "worker_config",
    "worker_stats",
]

PLUGIN_NAME = "eventcoder-coder"
DEFAULT_BATCH_SIZE = 32

OnError = Callable[[EventcoderError], None]
Coded = tuple[Article, list[Mention]]


class ClusterError(EventcoderError):
    """The Dask cluster cannot be reached or started, or its workers code differently."""

    code = "EC600"


# ----------------------------------------------------------------- worker side
# One coder per worker and set of actor tables (keyed by worker address and tables key: several
# threaded workers may share a process).
_CODERS: dict[tuple[str, str], Any] = {}
_LOCKS: dict[str, threading.Lock] = {}
_LOADS = 0  # how many times this process built a coder (tests and the benchmark read it)
_STATE_LOCK = threading.Lock()


def _default_factory() -> Any:
    from eventcoder.pipeline import Coder

    return Coder()


def _tables_factory(actor_files: tuple[ActorFile, ...]) -> Any:
    from eventcoder.pipeline import Coder

    return Coder(actor_files=actor_files)


def tables_key(actor_files: tuple[ActorFile, ...]) -> str:
    """The key of a set of user actor tables on the workers ("" for none)."""
    if not actor_files:
        return ""
    from eventcoder.pipeline import coder_version

    return coder_version(actor_files).rpartition("+")[2]


class CoderPlugin(_WorkerPlugin):
    """Worker plugin: builds the coder (spaCy model + data tables) once when a worker starts.

    ``factory`` is a picklable zero-argument callable returning an object with
    ``code_articles`` and ``version`` (default: :class:`eventcoder.pipeline.Coder`).
    """

    idempotent = True  # registering again on the same cluster keeps the loaded coder
    name = PLUGIN_NAME

    def __init__(self, factory: Callable[[], Any] | None = None, key: str = "") -> None:
        self.factory = factory
        self.key = key  # which actor tables (tables_key); "" for the bundled ones
        if key:
            self.name = f"{PLUGIN_NAME}-{key}"

    def _load(self, address: str) -> None:
        global _LOADS
        coder = (self.factory or _default_factory)()
        with _STATE_LOCK:
            _CODERS[(address, self.key)] = coder
            _LOCKS.setdefault(address, threading.Lock())
            _LOADS += 1

    async def setup(self, worker: Any) -> None:  # type: ignore[override]
        # Loading takes seconds: off the event loop, so the worker keeps answering heartbeats.
        await asyncio.get_running_loop().run_in_executor(None, self._load, worker.address)

    def teardown(self, worker: Any) -> None:
        with _STATE_LOCK:
            _CODERS.pop((worker.address, self.key), None)


def _worker_coder(address: str | None = None, key: str = "") -> tuple[Any, threading.Lock]:
    """This worker's coder for the tables ``key`` and its lock (``address``: the worker's,
    when not in a task)."""
    if address is None:
        from distributed import get_worker

        address = get_worker().address
    with _STATE_LOCK:
        coder = _CODERS.get((address, key))
    if coder is None:  # the plugin did not run here (should not happen): load once, now
        if key:
            raise ClusterError("this worker has not loaded the user actor tables", source=address)
        CoderPlugin()._load(address)
        coder = _CODERS[(address, key)]
    return coder, _LOCKS[address]


def _code_batch(
    batch: list[Article], batch_size: int, key: str = ""
) -> tuple[str, list[tuple[int, list[Mention]]], list[tuple[int, EventcoderError]]]:
    """The task: code one batch. Pure: the same batch always gives the same result.

    Returns the coder version, ``(position, mentions)`` for each coded article (a
    :class:`~eventcoder.records.Mentions` list, with its unresolved actor phrases) and
    ``(position, error)`` for each article that could not be coded (positions in ``batch``).
    """
    coder, lock = _worker_coder(key=key)
    current = -1
    errors: list[tuple[int, EventcoderError]] = []

    def feed() -> Iterator[Article]:
        nonlocal current
        for current, article in enumerate(batch):  # noqa: B007  (read by on_error)
            yield article

    positions = {id(article): i for i, article in enumerate(batch)}
    with lock:  # a worker with several threads shares one pipeline: one batch at a time
        coded = [
            (positions[id(article)], mentions if isinstance(mentions, Mentions) else list(mentions))
            for article, mentions in coder.code_articles(
                feed(), batch_size=batch_size, on_error=lambda exc: errors.append((current, exc))
            )
        ]
    return str(coder.version), coded, errors


def worker_stats() -> dict[str, Any]:
    """Run on a worker (``client.run(worker_stats)``): model loads, CPU time and memory."""
    import os

    import psutil

    cpu = psutil.Process().cpu_times()
    coders = list(_CODERS.values())
    return {
        "pid": os.getpid(),
        "coder_version": str(coders[0].version) if coders else None,
        "malloc_trim_threshold": os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        "coder_loads": _LOADS,
        "cpu_seconds": round(cpu.user + cpu.system, 3),
        "peak_rss_mb": peak_rss_mb(),
        "rss_mb": round(psutil.Process().memory_info().rss / 2**20, 1),
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB.

    Linux: ``VmHWM`` of ``/proc/self/status``. Not ``getrusage().ru_maxrss``: it survives
    ``fork`` + ``exec``, so a worker spawned by a big parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)  # kB
    except OSError:
        pass
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return round(peak / (2**20 if sys.platform == "darwin" else 1024), 1)


# ----------------------------------------------------------------- client side
def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _threads(client: Client) -> int:
    try:
        return max(1, sum(client.nthreads().values()))
    except Exception:  # an adaptive cluster with no worker yet
        return 1


def code_on_dask(
    articles: Iterable[Article],
    *,
    client: Client,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_error: OnError | None = None,
    window: int | None = None,
    coder_factory: Callable[[], Any] | None = None,
    expected_version: str | None = None,
    check_version: bool = True,
    actor_files: tuple[ActorFile, ...] = (),
) -> Iterator[Coded]:
    """``(article, mentions)`` for each article, coded on the cluster, in input order.

    A drop-in replacement for :meth:`eventcoder.pipeline.Coder.code_articles`: an article that
    cannot be coded goes to ``on_error`` (raised when there is none) and the rest go on.
    ``window`` bounds the batches in flight (default: 2 × the cluster's worker threads).
    ``actor_files``: user actor tables the workers code with (sent to them with the plugin).
    The workers must code with the same data tables as this process: their coder version is
    checked against ``expected_version`` (default: :func:`eventcoder.pipeline.coder_version`
    of the tables, or none with a custom ``coder_factory``) and a mismatch raises
    :class:`ClusterError` (``check_version=False`` turns the check off).
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    key = ""
    if coder_factory is None and actor_files:
        key = tables_key(actor_files)
        coder_factory = functools.partial(_tables_factory, tuple(actor_files))
    plugin = CoderPlugin(coder_factory, key)
    client.register_plugin(plugin, name=plugin.name)
    if not check_version:
        expected_version = None
    elif expected_version is None and (coder_factory is None or key):
        from eventcoder.pipeline import coder_version

        expected_version = coder_version(tuple(actor_files))
    limit = window or 2 * _threads(client)
    run = uuid.uuid4().hex[:12]
    in_flight: deque[tuple[list[Article], Any]] = deque()
    try:
        for n, batch in enumerate(_batches(articles, batch_size)):
            future = client.submit(
                _code_batch, batch, batch_size, key, key=f"eventcoder-batch-{run}-{n}", retries=2
            )
            in_flight.append((batch, future))
            while len(in_flight) >= limit:
                yield from _collect(*in_flight.popleft(), on_error, expected_version)
        while in_flight:
            yield from _collect(*in_flight.popleft(), on_error, expected_version)
    finally:  # a consumer that stops early (or an error) must not leave tasks running
        for _, future in in_flight:
            future.cancel()


def _collect(
    batch: list[Article], future: Any, on_error: OnError | None, expected: str | None
) -> Iterator[Coded]:
    version, coded, errors = future.result()
    future.release()
    if expected is not None and version != expected:
        raise ClusterError(
            f"the workers code with eventcoder {version}, this process with {expected}; "
            "install the same eventcoder (and data tables) on every worker",
            source="dask",
        )
    failed = dict(errors)
    mentions = dict(coded)
    for i, article in enumerate(batch):
        if i in failed:
            if on_error is None:
                raise failed[i]
            on_error(failed[i])
        elif i in mentions:
            yield article, mentions[i]


def worker_config(*, profile: bool = False) -> dict[str, Any]:
    """Dask settings for coding workers (applied to the workers ``connect`` starts).

    - The nanny starts workers with ``MALLOC_TRIM_THRESHOLD_=65536``: glibc then hands memory
      back to the system after nearly every spaCy batch and takes it again, ~20 % more CPU per
      article (measured). Unset here; workers started by hand: ``docs/scale.md``.
    - The workers' statistical profiler samples every thread's stack 100 times a second,
      ~10 % of a worker's CPU with spaCy's deep stacks: off unless ``profile``.
    """
    return {
        "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
        "distributed.worker.profile.enabled": profile,
    }


@contextmanager
def connect(
    cluster: str | None = None,
    workers: int | None = None,
    *,
    timeout: float = 30,
    profile: bool = False,
    **cluster_kwargs: Any,
) -> Iterator[Client]:
    """A Dask client: on the scheduler at ``cluster`` (``tcp://HOST:8786``), else on a
    ``LocalCluster`` of ``workers`` processes (one thread each, worker profiler off unless
    ``profile``; ``cluster_kwargs`` go to ``LocalCluster``). Closed cleanly on exit.

    Example::

        with connect("tcp://10.0.0.5:8786", None) as client: ...
        with connect(None, workers=2) as client: ...
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError(
            "Dask is not installed: pip install 'eventcoder[dask]'", source="dask"
        ) from None
    if cluster and workers:
        raise ValueError("give either a scheduler address or a number of workers, not both")
    if cluster:
        try:
            client = Client(cluster, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler: {exc}", source=cluster) from exc
        try:
            yield client
        finally:
            client.close()
        return
    import logging
    import os

    options: dict[str, Any] = {
        "n_workers": workers or os.cpu_count() or 1,
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": None,
        # Workers log a traceback when a heartbeat races the cluster's own shutdown; failures
        # that matter reach the client as exceptions, so the logs stay quiet.
        "silence_logs": logging.CRITICAL,
        # no dashboard, and the scheduler's small HTTP server (health checks) on a free port:
        # not on 8787, which another cluster on the machine may hold (a warning otherwise)
        "scheduler_kwargs": {"dashboard": False, "dashboard_address": ":0"},
    }
    options.update(cluster_kwargs)
    import dask

    try:
        with dask.config.set(worker_config(profile=profile)):
            local = LocalCluster(**options)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot start a local Dask cluster: {exc}", source="dask") from exc
    try:
        client = Client(local, timeout=timeout)
        try:
            yield client
        finally:
            client.close()
    finally:
        local.close()
