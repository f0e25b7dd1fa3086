"""Reproduce issue #15: the parser's matrix multiply on blis vs. NumPy, and the bare parse.

Runs on whatever spaCy / thinc / blis the interpreter has, so the same script measures any
stack (``bench/stack_compare.py`` runs it in two virtualenvs). It needs only spaCy, the model
and ``src/`` of this checkout (not an installed eventcoder)::

    .venv/bin/python bench/blis_repro.py                     # this checkout's stack
    PYTHONPATH=src /tmp/old/bin/python bench/blis_repro.py   # another one
    .venv/bin/python bench/blis_repro.py --json --parse-only --rounds 3

Prints:

1. the versions, which sub-configuration (kernels) blis chose, and the CPU milliseconds of
   one 2000x96 @ 96x384 float32 multiply (the parser's shape) through thinc (blis) and through
   NumPy's BLAS, on one thread (:mod:`eventcoder.bench_blas`);
2. the bare parse (``load_nlp()``, ``nlp.pipe``) of the bundled wire-style stories repeated to
   ``--words``: best wall-clock and best CPU words per second over ``--rounds`` passes, and
   digests of the parses (tokens, tags, dependencies, heads, entities) and of the lemmas, so
   that two stacks can be shown to parse identically.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from eventcoder.bench_blas import measure_blas
from eventcoder.bench_corpus import wire_stories


def wire_texts(words: int) -> list[str]:
    """The wire stories and samples, repeated in order to at least ``words`` words."""
    stories = [text for _, _, text in wire_stories()]
    texts: list[str] = []
    while sum(len(t.split()) for t in texts) < words:
        texts.append(stories[len(texts) % len(stories)])
    return texts


def _digests(docs: list[Any]) -> tuple[str, str]:
    """Digests of the parses (tokens, tags, dependencies, heads, entities) and of the lemmas."""
    parse, lemmas = hashlib.sha1(), hashlib.sha1()
    for doc in docs:
        for t in doc:
            parse.update(f"{t.text}\t{t.tag_}\t{t.dep_}\t{t.head.i}\t{t.ent_iob_}{t.ent_type_}\n"
                         .encode())
            lemmas.update(f"{t.lemma_}\n".encode())
    return parse.hexdigest()[:16], lemmas.hexdigest()[:16]


def parse_speed(words: int, rounds: int, batch_size: int = 16) -> dict[str, Any]:
    """Best wall-clock and CPU words/s of the bare parse over ``rounds`` passes, after a warm-up."""
    from eventcoder.nlp import load_nlp

    nlp = load_nlp()
    texts = wire_texts(words)
    total = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:8], batch_size=batch_size))  # warm-up
    walls, cpus, digests = [], [], ("", "")
    for _ in range(max(1, rounds)):
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts, batch_size=batch_size))
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        digests = digests if digests[0] else _digests(docs)
    return {
        "words": total,
        "texts": len(texts),
        "words_per_s": round(total / min(walls), 1),
        "cpu_words_per_s": round(total / min(cpus), 1),
        "runs_seconds": [round(w, 3) for w in walls],
        "runs_cpu_seconds": [round(c, 3) for c in cpus],
        "parse_digest": digests[0],
        "lemma_digest": digests[1],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=10_000, help="words of wire text to parse")
    parser.add_argument("--rounds", type=int, default=3, help="timed passes (the best counts)")
    parser.add_argument("--parse-only", action="store_true", help="skip the multiply timing")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    result: dict[str, Any] = {}
    if not args.parse_only:
        result["blas"] = measure_blas()
    result["parse"] = parse_speed(args.words, args.rounds)
    if args.json:
        print(json.dumps(result))
        return
    blas = result.get("blas")
    if blas and not blas.get("skipped"):
        print(f"stack: {', '.join(f'{k} {v}' for k, v in blas['versions'].items())}")
        print(f"blis kernels: {blas['blis_subconfig']!r}; {blas['shape']}, one thread, "
              f"CPU ms: thinc/blis {blas['thinc_gemm_cpu_ms']:.2f}, NumPy "
              f"({blas['numpy_blas']}) {blas['numpy_matmul_cpu_ms']:.2f} -> ratio "
              f"{blas['ratio_cpu']:.2f} ({'SLOW' if blas['slow'] else 'fast'} path)")
    p = result["parse"]
    print(f"bare parse of {p['words']:,} words of wire text: {p['words_per_s']:,.0f} words/s "
          f"wall-clock, {p['cpu_words_per_s']:,.0f} per CPU second (best of "
          f"{len(p['runs_seconds'])}); digests: parse {p['parse_digest']}, lemmas "
          f"{p['lemma_digest']}")
    if blas and blas.get("warning"):
        print(f"WARNING: {blas['warning']}")


if __name__ == "__main__":
    main()
