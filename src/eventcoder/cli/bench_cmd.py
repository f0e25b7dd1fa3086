"""``eventcoder bench``: the matrix multiply, parse vs. pipeline speed, memory, Dask scale-out,
ingest workers, the store."""

from __future__ import annotations

import json
from pathlib import Path

import click

__all__ = ["COMMANDS", "bench"]


@click.command()
@click.option("--words", type=click.IntRange(min=100), default=50_000, show_default=True,
              help="Size of the generated news-like corpus, in words.")
@click.option("--wire-words", type=click.IntRange(min=100), default=20_000, show_default=True,
              help="Words of the bundled wire-style stories (repeated to reach it).")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("bench/results/bench.json"), show_default=True,
              help="Where to write the measurements as JSON.")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True,
              help="Dask workers to compare against 1 worker.")
@click.option("--skip-dask", is_flag=True, help="Do not start Dask clusters.")
@click.option("--skip-store", is_flag=True, help="Do not measure the event store.")
@click.option("--skip-ingest", is_flag=True,
              help="Do not time `eventcoder ingest` with 1 and --workers processes.")
@click.option("--repeat", type=click.IntRange(min=1), default=3, show_default=True,
              help="Timed runs of each measure, alternated (the best one counts).")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="nlp.pipe batch size in process.")
@click.option("--dask-batch-size", type=click.IntRange(min=1), default=16, show_default=True,
              help="Articles per Dask task.")
@click.option("--seed", type=int, default=1907, show_default=True,
              help="Seed of the corpus generator (same seed, same corpus).")
def bench(words: int, wire_words: int, output: Path, workers: int, skip_dask: bool,
          skip_store: bool, skip_ingest: bool, repeat: int, batch_size: int,
          dask_batch_size: int, seed: int) -> None:
    """Benchmark: the parser's matrix multiply (blis) next to NumPy's, bare spaCy parse vs.
    the full pipeline (words/s, sentences/s) on a generated corpus and on wire-style stories,
    peak memory per process, 1 vs. N Dask workers, `ingest` with 1 vs. N workers, the store.

    Prints a table and writes the figures as JSON; progress goes to stderr. When the matrix
    multiply runs on blis's slow kernels the table ends with a warning saying what to do.

    \b
    Example:
      eventcoder bench
      eventcoder bench --words 200000 --workers 4 --output bench/results/big.json
      eventcoder bench --words 3000 --wire-words 3000 --skip-dask --skip-ingest \\
        --output /tmp/bench.json
    """
    from eventcoder.bench_report import slow_path_warning
    from eventcoder.benchmark import format_table, main_progress, run_benchmark

    result = run_benchmark(
        words,
        wire_words=wire_words,
        workers=workers,
        skip_dask=skip_dask,
        skip_store=skip_store,
        skip_ingest=skip_ingest,
        batch_size=batch_size,
        dask_batch_size=dask_batch_size,
        repeat=repeat,
        seed=seed,
        progress=main_progress,
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    click.echo(format_table(result))
    click.echo(f"\nwrote {output}")
    warning = slow_path_warning(result)
    if warning:
        main_progress(f"WARNING: {warning}")


COMMANDS = [bench]
