"""``eventcoder ingest`` with 1 and with N workers, timed as a user runs it (``eventcoder bench``).

Each run is the real command in a fresh process (``python -m eventcoder ingest FILE --store S
--workers N``) into a new temporary store, so the figures include what a user waits for:
start-up, loading the model in every coding process, coding, writing the store. Runs alternate
between the worker counts, ``repeat`` rounds, and the best of each counts. The CPU seconds are
those of the command and all its worker processes (``RUSAGE_CHILDREN``), which other work on the
machine barely moves. ``ingest`` may start fewer workers than asked (no more than free cores,
:mod:`eventcoder.cores`); the report says how many each run started.
"""

from __future__ import annotations

import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from eventcoder.bench_corpus import corpus_words
from eventcoder.records import Article

__all__ = ["measure_ingest"]

_CODED_BY = re.compile(r"^coded by (.*)$", re.MULTILINE)
_PROCESSES = re.compile(r"^(\d+) coding process")


def _write_jsonl(articles: Sequence[Article], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for n, article in enumerate(articles):
            record = {"id": f"bench-{n:05d}", "text": article.text, "title": article.title,
                      "published": article.published}
            handle.write(json.dumps(record) + "\n")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_once(source: Path, store: Path, workers: int, batch_size: int,
              timeout: float) -> dict[str, Any]:
    command = [sys.executable, "-m", "eventcoder", "ingest", str(source), "--store", str(store),
               "--workers", str(workers), "--batch-size", str(batch_size), "--no-progress"]
    cpu0, t0 = _children_cpu(), time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    seconds, cpu = time.perf_counter() - t0, _children_cpu() - cpu0
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"eventcoder ingest --workers {workers} failed: {last}")
    found = _CODED_BY.search(done.stderr)
    coding = found.group(1) if found else "1 coding process"
    started = _PROCESSES.match(coding)
    return {"seconds": seconds, "cpu_seconds": cpu, "coding": coding,
            "processes": int(started.group(1)) if started else None}


def measure_ingest(
    articles: Sequence[Article],
    worker_counts: Sequence[int] = (1, 2),
    *,
    repeat: int = 2,
    batch_size: int = 16,
    progress: Callable[[str], None],
    timeout: float = 1800,
) -> dict[str, Any]:
    """Best of ``repeat`` alternated runs of ``eventcoder ingest`` for each worker count."""
    words = corpus_words(articles)
    runs: dict[int, list[dict[str, Any]]] = {n: [] for n in worker_counts}
    with tempfile.TemporaryDirectory(prefix="eventcoder-bench-ingest-") as tmp:
        source = Path(tmp) / "corpus.jsonl"
        _write_jsonl(articles, source)
        for i in range(max(1, repeat)):
            for n in worker_counts:
                progress(f"ingest --workers {n}, run {i + 1}/{repeat}")
                store = Path(tmp) / f"store-{n}-{i}"
                runs[n].append(_run_once(source, store, n, batch_size, timeout))
                shutil.rmtree(store, ignore_errors=True)
    report = []
    for n, done in runs.items():
        best = min(done, key=lambda run: run["seconds"])
        report.append({
            "workers": n,
            "seconds": round(best["seconds"], 3),
            "articles_per_s": round(len(articles) / best["seconds"], 2),
            "words_per_s": round(words / best["seconds"], 1),
            "cpu_seconds": round(best["cpu_seconds"], 3),
            "runs": [round(run["seconds"], 3) for run in done],
            "started": [run["processes"] for run in done],
            "coding": best["coding"],
        })
    speedup = None
    if len(report) >= 2:
        speedup = round(report[0]["seconds"] / report[-1]["seconds"], 3)
    return {
        "articles": len(articles),
        "words": words,
        "batch_size": batch_size,
        "runs": report,
        "speedup": speedup,
        "note": "the ingest command in a fresh process per run: start-up, model loads, coding "
                "and the store write included",
    }
