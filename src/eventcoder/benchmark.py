"""The benchmark behind ``eventcoder bench``: matrix multiply, parse vs. pipeline, memory,
Dask, ingest workers, store.

Everything is measured in one run, on corpora made here (no data is downloaded): a generated
corpus (templates of actors, event verbs, dates, places and background sentences, by seed) and
the wire-style stories bundled in ``data/bench/wire.txt`` with the samples, whose long
multi-clause sentences parse more slowly per word, as real newswire does::

    from eventcoder.benchmark import generate_corpus, run_benchmark, format_table

    result = run_benchmark(words=50_000, workers=2)
    print(format_table(result))

Timings are wall-clock seconds of the best of ``repeat`` runs, after a warm-up that loads the
model and the data tables, with CPU seconds beside them. The matrix multiply the parser runs
on is timed against NumPy's first (:mod:`eventcoder.bench_blas`), and the table ends with a
warning when it is on the slow path. See docs/scale.md for the figures measured on our machines.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any

from eventcoder.attribute_rules import shipped_matcher
from eventcoder.bench_blas import SLOW_RATIO
from eventcoder.bench_corpus import (
    DEFAULT_SEED,
    DEFAULT_WIRE_WORDS,
    DEFAULT_WORDS,
    corpus_words,
    generate_corpus,
    wire_corpus,
)
from eventcoder.bench_report import format_table
from eventcoder.lemma_memo import shipped_lemmatizer
from eventcoder.records import Article, Mention

__all__ = [
    "SCHEMA",
    "TARGETS",
    "corpus_words",
    "format_table",
    "generate_corpus",
    "run_benchmark",
]

SCHEMA = 1
# What we are judged on (docs/scale.md).
TARGETS = {"pipeline_ratio": 0.8, "dask_speedup": 1.6, "worker_peak_rss_mb": 600.0,
           "blas_vs_numpy": SLOW_RATIO}  # blis at most this many times slower than NumPy

Progress = Callable[[str], None]
Coded = tuple[Article, list[Mention]]

# ----------------------------------------------------------------- measuring
def _peak_rss_mb() -> float:
    from eventcoder.scale import peak_rss_mb

    return peak_rss_mb()


def _rss_mb() -> float:
    import psutil

    return round(psutil.Process().memory_info().rss / 2**20, 1)


@contextmanager
def _bare(nlp: Any, shipped: bool = False) -> Iterator[Any]:
    """The spaCy pipeline without the eventcoder component (it may have been added already);
    ``shipped``: with spaCy's own Matcher for the attribute rules and its own lemmatizer loop,
    as the model ships it."""
    with ExitStack() as stack:
        if "eventcoder" in nlp.pipe_names:
            stack.enter_context(nlp.select_pipes(disable=["eventcoder"]))
        if shipped:
            stack.enter_context(shipped_matcher(nlp))
            stack.enter_context(shipped_lemmatizer(nlp))
        yield nlp


def _rate(seconds: float, words: int, sentences: int) -> dict[str, float]:
    return {
        "seconds": round(seconds, 3),
        "words_per_s": round(words / seconds, 1) if seconds else 0.0,
        "sentences_per_s": round(sentences / seconds, 1) if seconds else 0.0,
    }


def _time_parse(nlp: Any, texts: list[str], batch_size: int,
                shipped: bool = True) -> tuple[float, float, int]:
    """The bare parse: spaCy's pipeline as the model ships it (``shipped``), or as eventcoder
    runs it before its own component (the attribute rules indexed, the lemmas remembered: the
    same parse)."""
    with _bare(nlp, shipped):
        t0, c0 = time.perf_counter(), time.process_time()
        sentences = sum(1 for doc in nlp.pipe(texts, batch_size=batch_size) for _ in doc.sents)
        return time.perf_counter() - t0, time.process_time() - c0, sentences


def _time_pipeline(
    coder: Any, articles: list[Article], batch_size: int
) -> tuple[float, float, list[Coded]]:
    t0, c0 = time.perf_counter(), time.process_time()
    coded = list(coder.code_articles(articles, batch_size=batch_size))
    return time.perf_counter() - t0, time.process_time() - c0, coded


def _time_component(coder: Any, articles: list[Article], batch_size: int, repeat: int) -> float:
    """Best wall-clock seconds of the eventcoder component over the already parsed corpus."""
    nlp = coder.nlp
    with _bare(nlp):
        docs = list(nlp.pipe((coder._doc(a) for a in articles), batch_size=batch_size))
    component = coder.component or nlp.get_pipe("eventcoder")
    times = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        for doc in docs:
            component(doc)
        times.append(time.perf_counter() - t0)
    return min(times)


def _summary(parse: list[tuple[float, float]], own: list[tuple[float, float]],
             full: list[tuple[float, float]], articles: list[Article], sentences: int,
             coded: list[Coded], component: float) -> dict[str, Any]:
    """Rates of the best runs, and the pipeline/parse ratios, of one corpus."""
    words = corpus_words(articles)
    best_parse, best_own, best_full = min(parse), min(own), min(full)
    return {
        "corpus": {"words": words, "articles": len(articles), "sentences": sentences,
                   "words_per_sentence": round(words / max(sentences, 1), 1)},
        "parse": {**_rate(best_parse[0], words, sentences), "cpu_seconds": round(best_parse[1], 3),
                  "cpu_words_per_s": round(words / best_parse[1], 1) if best_parse[1] else 0.0,
                  "runs": [round(s, 3) for s, _ in parse],
                  "note": "spaCy's pipeline as the model ships it (its own attribute Matcher "
                          "and lemmatizer loop)"},
        "own_parse": {**_rate(best_own[0], words, sentences),
                      "cpu_seconds": round(best_own[1], 3),
                      "runs": [round(s, 3) for s, _ in own],
                      "ratio_to_parse": round(best_parse[0] / best_own[0], 3),
                      "note": "the same parse as eventcoder runs it, before its component: the "
                              "attribute rules found through an index (eventcoder.attribute_rules), "
                              "the lemmas remembered (eventcoder.lemma_memo)"},
        "pipeline": {**_rate(best_full[0], words, sentences), "cpu_seconds": round(best_full[1], 3),
                     "cpu_words_per_s": round(words / best_full[1], 1) if best_full[1] else 0.0,
                     "runs": [round(s, 3) for s, _ in full],
                     "mentions": sum(len(m) for _, m in coded)},
        "ratio": round(best_parse[0] / best_full[0], 3),
        # CPU time of this process: barely moved by other work on the machine
        "ratio_cpu": round(min(c for _, c in parse) / min(c for _, c in full), 3),
        "component": {
            "seconds": round(component, 3),
            "share_of_pipeline": round(component / (best_own[0] + component), 3),
            "ratio_from_parts": round(best_own[0] / (best_own[0] + component), 3),
            "note": "the eventcoder component timed alone on parsed docs, against eventcoder's "
                    "own parse: less noisy than the difference of two wall-clock runs on a busy "
                    "machine",
        },
    }


def measure_in_process(
    corpora: dict[str, list[Article]], *, batch_size: int = 16, repeat: int = 2,
    progress: Progress,
) -> tuple[dict[str, dict[str, Any]], dict[str, list[Coded]], Any]:
    """Bare parse vs. full pipeline on each corpus in this process, best of ``repeat`` each.

    Every round times the parse and the pipeline of every corpus in turn, so a change in the
    machine's load is shared out rather than landing on one measure.
    """
    from eventcoder.nlp import load_nlp
    from eventcoder.pipeline import Coder

    progress("loading the model and the data tables")
    coder = Coder(load_nlp())
    progress("warming up")
    for articles in corpora.values():
        warm = articles[: max(2, len(articles) // 20)]
        _time_parse(coder.nlp, [a.text for a in warm], batch_size)
        _time_pipeline(coder, warm, batch_size)
    parse: dict[str, list[tuple[float, float]]] = {name: [] for name in corpora}
    own: dict[str, list[tuple[float, float]]] = {name: [] for name in corpora}
    full: dict[str, list[tuple[float, float]]] = {name: [] for name in corpora}
    sentences: dict[str, int] = {}
    coded: dict[str, list[Coded]] = {}
    for i in range(max(1, repeat)):
        for name, articles in corpora.items():
            progress(f"{name}: bare spaCy parse, run {i + 1}/{repeat}")
            seconds, cpu, sentences[name] = _time_parse(coder.nlp, [a.text for a in articles],
                                                        batch_size)
            parse[name].append((seconds, cpu))
            progress(f"{name}: eventcoder's parse (rules indexed, lemmas remembered), run {i + 1}/{repeat}")
            seconds, cpu, _ = _time_parse(coder.nlp, [a.text for a in articles], batch_size,
                                          shipped=False)
            own[name].append((seconds, cpu))
            progress(f"{name}: full pipeline, run {i + 1}/{repeat}")
            seconds, cpu, coded[name] = _time_pipeline(coder, articles, batch_size)
            full[name].append((seconds, cpu))
    results = {}
    for name, articles in corpora.items():
        progress(f"{name}: the eventcoder component alone, on parsed documents")
        component = _time_component(coder, articles, batch_size, repeat)
        results[name] = _summary(parse[name], own[name], full[name], articles, sentences[name],
                                 coded[name], component)
    return results, coded, coder


def warm_worker(dask_worker: Any) -> int:
    """Run on each worker (``client.run``): code a short text once, so timing starts warm."""
    from eventcoder.read import article_from_text
    from eventcoder.scale import _worker_coder

    coder, lock = _worker_coder(dask_worker.address)
    text = "Turkish troops shelled positions held by Kurdish fighters on Monday.\n"
    with lock:
        return sum(len(m) for _, m in coder.code_articles([article_from_text(text)]))


def _dask_run(client: Any, articles: list[Article], batch_size: int) -> dict[str, Any]:
    from eventcoder.scale import code_on_dask, worker_stats

    before = client.run(worker_stats)
    t0, c0 = time.perf_counter(), time.process_time()
    # the version check is off: data tables edited during a run would stop the benchmark
    coded = list(code_on_dask(articles, client=client, batch_size=batch_size,
                              check_version=False))
    seconds, client_cpu = time.perf_counter() - t0, time.process_time() - c0
    after = client.run(worker_stats)
    return {
        "seconds": seconds,
        "client_cpu": client_cpu,
        "worker_cpu": [round(after[w]["cpu_seconds"] - before[w]["cpu_seconds"], 3)
                       for w in after],
        "stats": list(after.values()),
        "coded": coded,
    }


def measure_dask(
    articles: list[Article],
    worker_counts: Sequence[int],
    *,
    batch_size: int,
    reference: list[Coded] | None,
    progress: Progress,
    repeat: int = 2,
    reference_version: str | None = None,
) -> dict[str, Any]:
    """The same corpus on LocalClusters of each size in ``worker_counts``.

    All clusters are started (and warmed) first, then timed in turn, ``repeat`` rounds; the
    best run of each counts. Alternating keeps a change in the machine's load from favouring
    one cluster size.
    """
    from eventcoder.scale import code_on_dask, connect

    words = corpus_words(articles)
    best: dict[int, dict[str, Any]] = {}
    with ExitStack() as stack:
        clients = {}
        for n in worker_counts:
            progress(f"dask: starting {n} worker(s)")
            client = stack.enter_context(connect(None, workers=n))
            client.wait_for_workers(n, timeout=120)
            # registers the plugin: each worker loads the model now, before the timing
            list(code_on_dask(articles[:1], client=client, batch_size=1, check_version=False))
            client.run(warm_worker)
            clients[n] = client
        for i in range(max(1, repeat)):
            for n, client in clients.items():
                progress(f"dask: coding on {n} worker(s), run {i + 1}/{repeat}")
                run = _dask_run(client, articles, batch_size)
                run["runs"] = [*best.get(n, {}).get("runs", []), round(run["seconds"], 3)]
                if n not in best or run["seconds"] < best[n]["seconds"]:
                    best[n] = run
                else:
                    best[n]["runs"] = run["runs"]
    runs = []
    for n, run in best.items():
        versions = sorted({str(s["coder_version"]) for s in run["stats"]})
        same: bool | str | None = None
        if reference_version is not None and versions != [reference_version]:
            same = "not comparable: the data tables changed between the runs"
        elif reference is not None:
            same = [(a.id, [m.to_dict() for m in ms]) for a, ms in run["coded"]] == [
                (a.id, [m.to_dict() for m in ms]) for a, ms in reference
            ]
        runs.append({
            "workers": n,
            "seconds": round(run["seconds"], 3),
            "words_per_s": round(words / run["seconds"], 1),
            "runs": run["runs"],
            "batch_size": batch_size,
            "worker_cpu_seconds": run["worker_cpu"],  # << seconds x workers: CPU-starved
            "client_cpu_seconds": round(run["client_cpu"], 3),
            "worker_peak_rss_mb": [s["peak_rss_mb"] for s in run["stats"]],
            "coder_loads": [s["coder_loads"] for s in run["stats"]],
            "worker_coder_versions": versions,
            "same_as_in_process": same,
        })
    speedup = cpu_bound = None
    if len(runs) >= 2:
        speedup = round(runs[0]["seconds"] / runs[-1]["seconds"], 3)
        # What the speed-up would be with a free core per worker: the 1-worker CPU time over
        # the busiest worker's CPU time at N. Unlike wall-clock, other load barely moves it.
        busiest = max(runs[-1]["worker_cpu_seconds"])
        if busiest:
            cpu_bound = round(sum(runs[0]["worker_cpu_seconds"]) / busiest, 3)
    return {"runs": runs, "speedup": speedup, "speedup_if_cores_free": cpu_bound}


def measure_store(coded: list[Coded], version: str, *, progress: Progress,
                  queries: int = 10) -> dict[str, Any]:
    """Write the coded corpus into a temporary store, then time a few queries."""
    try:
        from eventcoder.store import Store
    except ImportError as exc:
        return {"skipped": f"eventcoder.store is not available ({exc})"}
    with tempfile.TemporaryDirectory(prefix="eventcoder-bench-") as tmp, \
            Store(os.path.join(tmp, "store"), on_warning=progress) as store:
        progress("store: adding the coded corpus")
        t0 = time.perf_counter()
        added = store.add(iter(coded), version)
        seconds = time.perf_counter() - t0
        probes: dict[str, Callable[[], Any]] = {
            "events_limit_100": lambda: store.events(limit=100),
            "top_actors_10": lambda: store.top_actors(10),
            "sql_group_by_root": lambda: store.sql(
                "SELECT root, count(*) AS n FROM mentions GROUP BY root"),
        }
        progress("store: timing queries")
        latency: dict[str, Any] = {}
        for name, probe in probes.items():
            t0 = time.perf_counter()
            probe()
            first = time.perf_counter() - t0
            times = []
            for _ in range(queries):
                t0 = time.perf_counter()
                probe()
                times.append(time.perf_counter() - t0)
            latency[name] = {"first_ms": round(first * 1000, 2),
                             "median_ms": round(statistics.median(times) * 1000, 2)}
        return {
            "articles": added.articles,
            "mentions": added.mentions,
            "seconds": round(seconds, 3),
            "articles_per_s": round(added.articles / seconds, 1) if seconds else 0.0,
            "mentions_per_s": round(added.mentions / seconds, 1) if seconds else 0.0,
            "query_ms": latency,
            "note": "store.add of already-coded articles (coding time excluded)",
        }


def _cpu() -> dict[str, Any]:
    """The CPU's name, and its family / model / vector units: what blis chooses kernels by
    (a VM's name alone, e.g. "AMD EPYC", does not tell Zen 2 from Zen 4)."""
    fields: dict[str, str] = {}
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                key, _, value = line.partition(":")
                if not key.strip():
                    break  # the first processor is enough
                fields.setdefault(key.strip(), value.strip())
    except OSError:
        pass
    flags = set(fields.get("flags", "").split())
    return {
        "cpu": fields.get("model name") or platform.processor(),
        "cpu_family": fields.get("cpu family"),
        "cpu_model": fields.get("model"),
        "cpu_vector": [f for f in ("avx2", "fma", "avx512f") if f in flags],
    }


def _machine() -> dict[str, Any]:
    import spacy

    from eventcoder import __version__
    from eventcoder.nlp import model_name
    from eventcoder.pipeline import coder_version

    return {
        "nproc": os.cpu_count(),
        "usable_cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        **_cpu(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "platform": platform.platform(),
        "spacy": spacy.__version__,
        "model": model_name(),
        "eventcoder": __version__,
        "coder_version": coder_version(),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }


def _targets(result: dict[str, Any]) -> dict[str, Any]:
    def row(value: float | None, target: float, higher: bool) -> dict[str, Any]:
        met = None if value is None else (value >= target if higher else value <= target)
        return {"value": value, "target": target, "met": met, "higher_is_better": higher}

    peaks = result["memory"]["worker_peak_rss_mb"] or [result["memory"]["main_peak_rss_mb"]]
    wire = result.get("wire", {}).get("pipeline", {})
    return {
        "pipeline_ratio": row(result["pipeline"]["ratio_to_parse"], TARGETS["pipeline_ratio"],
                              True),
        "wire_pipeline_ratio": row(wire.get("ratio_to_parse"), TARGETS["pipeline_ratio"], True),
        "blas_vs_numpy": row(result["blas"].get("ratio_cpu"), TARGETS["blas_vs_numpy"], False),
        "dask_speedup": row(result["dask"].get("speedup"), TARGETS["dask_speedup"], True),
        "worker_peak_rss_mb": row(max(peaks), TARGETS["worker_peak_rss_mb"], False),
    }


def _corpus_result(measured: dict[str, Any], batch_size: int) -> dict[str, Any]:
    return {
        "parse": {**measured["parse"], "batch_size": batch_size},
        "own_parse": measured["own_parse"],
        "pipeline": {**measured["pipeline"], "batch_size": batch_size,
                     "ratio_to_parse": measured["ratio"],
                     "ratio_to_parse_cpu": measured["ratio_cpu"],
                     "component": measured["component"]},
    }


def run_benchmark(
    words: int = DEFAULT_WORDS,
    *,
    wire_words: int = DEFAULT_WIRE_WORDS,
    workers: int = 2,
    skip_dask: bool = False,
    skip_store: bool = False,
    skip_ingest: bool = False,
    batch_size: int = 16,
    dask_batch_size: int = 16,
    repeat: int = 3,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
) -> dict[str, Any]:
    """Measure everything on one generated corpus; the result is what ``bench`` writes as JSON."""
    from eventcoder.bench_blas import measure_blas

    say = progress or (lambda message: None)
    load_before = [round(x, 2) for x in os.getloadavg()]
    say("timing the matrix multiply: blis (thinc) against NumPy")
    blas = measure_blas()
    say(f"generating a corpus of {words:,} words; {wire_words:,} words of wire stories")
    articles = generate_corpus(words, seed=seed)
    corpora = {"generated": articles, "wire": wire_corpus(wire_words)}
    measured, coded_by_corpus, coder = measure_in_process(
        corpora, batch_size=batch_size, repeat=repeat, progress=say
    )
    coded = coded_by_corpus["generated"]
    main_peak = _peak_rss_mb()
    generated = measured["generated"]
    result: dict[str, Any] = {
        "schema": SCHEMA,
        "machine": _machine(),
        "blas": blas,
        "corpus": {**generated["corpus"], "seed": seed},
        **_corpus_result(generated, batch_size),
        "wire": {"corpus": measured["wire"]["corpus"],
                 **_corpus_result(measured["wire"], batch_size)},
    }
    if skip_dask:
        result["dask"] = {"skipped": "--skip-dask", "runs": [], "speedup": None}
    else:
        counts = sorted({1, max(1, workers)})
        result["dask"] = measure_dask(articles, counts, batch_size=dask_batch_size,
                                      reference=coded, progress=say, repeat=repeat,
                                      reference_version=str(coder.version))
    if skip_ingest:
        result["ingest"] = {"skipped": "--skip-ingest", "runs": [], "speedup": None}
    else:
        from eventcoder.bench_ingest import measure_ingest

        result["ingest"] = measure_ingest(articles, sorted({1, max(1, workers)}),
                                          repeat=repeat, batch_size=batch_size, progress=say)
    worker_peaks = [p for run in result["dask"]["runs"] for p in run["worker_peak_rss_mb"]]
    result["memory"] = {
        "main_peak_rss_mb": main_peak,
        "main_rss_mb": _rss_mb(),
        "worker_peak_rss_mb": worker_peaks,
        "note": "peak resident set size (VmHWM) of this process and of each Dask worker",
    }
    if skip_store:
        result["store"] = {"skipped": "--skip-store"}
    else:
        result["store"] = measure_store(coded, coder.version, progress=say)
    result["targets"] = _targets(result)
    result["machine"]["load_average_before"] = load_before  # other work on the machine skews it
    return result


# ----------------------------------------------------------------- reporting
def main_progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
