"""Where the eventcoder component spends its time (cProfile), on the benchmark corpus.

The corpus is parsed first (bare spaCy, not profiled); then only the eventcoder component runs
under cProfile over the parsed documents, so the profile holds the coder's own work.

    .venv/bin/python bench/profile_coder.py [--words 50000] [--top 25] [--output FILE.pstats]

Prints: the component's share next to the parse, the functions with the most own time
(tottime) and the eventcoder functions with the most cumulative time, each as a share of the
component's total.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time

from eventcoder.benchmark import _bare, corpus_words, generate_corpus
from eventcoder.pipeline import Coder


def _label(func: tuple[str, int, str]) -> str:
    path, line, name = func
    if "/eventcoder/" in path:
        path = "eventcoder/" + path.split("/eventcoder/", 1)[1]
    elif "site-packages/" in path:
        path = path.split("site-packages/", 1)[1]
    return f"{name} ({path}:{line})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=50_000)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--output", help="also save the raw profile (pstats) here")
    args = parser.parse_args()

    articles = generate_corpus(args.words)
    coder = Coder()
    list(coder.code_articles(articles[:5]))  # warm: tables loaded, caches filled
    nlp = coder.nlp
    t0 = time.perf_counter()
    with _bare(nlp):
        docs = list(nlp.pipe((coder._doc(a) for a in articles), batch_size=16))
    parse = time.perf_counter() - t0
    component = coder.component or nlp.get_pipe("eventcoder")

    t0 = time.perf_counter()
    for doc in docs:
        component(doc)
    plain = time.perf_counter() - t0

    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        component(doc)
    profiler.disable()
    if args.output:
        profiler.dump_stats(args.output)

    stats = pstats.Stats(profiler)
    total = stats.total_tt or 1.0
    words = corpus_words(articles)
    print(f"corpus: {words:,} words, {len(articles)} articles")
    print(f"bare parse {parse:.2f} s; eventcoder component {plain:.2f} s without profiler "
          f"({plain / (parse + plain):.0%} of the pipeline; ratio {parse / (parse + plain):.2f})")
    print(f"\nown time (tottime), share of the component ({total:.2f} s under cProfile):")
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[: args.top]
    for func, (_cc, calls, tottime, _cum, _callers) in rows:
        print(f"  {tottime / total:6.1%}  {calls:>9,} calls  {_label(func)}")
    print("\neventcoder functions by cumulative time:")
    ours = [(f, v) for f, v in stats.stats.items() if "/eventcoder/" in f[0]]
    for func, (_cc, calls, _tt, cumtime, _callers) in sorted(
        ours, key=lambda kv: kv[1][3], reverse=True
    )[: args.top]:
        print(f"  {cumtime / total:6.1%}  {calls:>9,} calls  {_label(func)}")


if __name__ == "__main__":
    main()
