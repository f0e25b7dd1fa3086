"""The table ``eventcoder bench`` prints from the figures :func:`run_benchmark` measured."""

from __future__ import annotations

from typing import Any

__all__ = ["format_table", "slow_path_warning"]

_VERDICTS = {True: "met", False: "NOT MET", None: "not measured"}


def _fmt(value: Any, spec: str = ",.0f") -> str:
    return "-" if value is None else format(value, spec)


def slow_path_warning(result: dict[str, Any]) -> str | None:
    """The warning to print when the parse runs on blis's slow kernels (None: fast path)."""
    return result.get("blas", {}).get("warning")


def _blas_lines(blas: dict[str, Any]) -> list[str]:
    if blas.get("skipped"):
        return [f"{'matrix multiply':<28}skipped ({blas['skipped']})"]
    versions = blas["versions"]
    kernels = blas.get("blis_subconfig") or "?"
    verdict = {True: "SLOW PATH", False: "fast path", None: "not blis"}[blas.get("slow")]
    return [
        f"matrix multiply {blas['shape']} (the parser's), one thread, CPU ms per call:",
        f"{'  thinc/blis':<28}{blas['thinc_gemm_cpu_ms']:>9.2f}  {blas['thinc_ops']}, blis "
        f"{versions.get('blis')}, kernels '{kernels}'",
        f"{'  NumPy':<28}{blas['numpy_matmul_cpu_ms']:>9.2f}  {blas.get('numpy_blas')}",
        f"{'  ratio blis/NumPy':<28}{blas['ratio_cpu']:>9.2f}  {verdict}",
        "",
    ]


def _corpus_lines(label: str, parse: dict[str, Any], full: dict[str, Any],
                  main_peak: float | None, own: dict[str, Any] | None = None) -> list[str]:
    lines = [
        f"{label + ': bare parse':<28}{parse['seconds']:>9.2f}{_fmt(parse['words_per_s']):>10}"
        f"{_fmt(parse['sentences_per_s']):>9}{'':>13}  spaCy as the model ships it",
    ]
    if own:
        lines.append(f"{label + ': indexed parse':<28}{own['seconds']:>9.2f}"
                     f"{_fmt(own['words_per_s']):>10}{_fmt(own['sentences_per_s']):>9}{'':>13}"
                     f"  the same parse, attribute rules indexed, lemmas remembered")
    lines += [
        f"{label + ': full pipeline':<28}{full['seconds']:>9.2f}{_fmt(full['words_per_s']):>10}"
        f"{_fmt(full['sentences_per_s']):>9}{_fmt(main_peak, ',.1f'):>13}",
        f"{'  ratio pipeline/parse':<28}{full['ratio_to_parse']:>9.2f}  wall-clock; "
        f"{full.get('ratio_to_parse_cpu', 0):.2f} by CPU time; parse "
        f"{_fmt(parse.get('cpu_words_per_s'))} words per CPU second",
    ]
    comp = full.get("component")
    if comp:
        lines.append(f"{'  of which eventcoder comp.':<28}{comp['seconds']:>9.2f}"
                     f"  timed alone: {comp['share_of_pipeline']:.0%} of the pipeline, "
                     f"ratio {comp['ratio_from_parts']:.2f} to the indexed parse")
    return lines


def _scale_lines(result: dict[str, Any]) -> list[str]:
    lines = []
    dask = result["dask"]
    for run in dask.get("runs", []):
        label = f"dask, {run['workers']} worker{'s' if run['workers'] > 1 else ''}"
        peak = max(run["worker_peak_rss_mb"]) if run["worker_peak_rss_mb"] else None
        lines.append(f"{label:<28}{run['seconds']:>9.2f}{_fmt(run['words_per_s']):>10}"
                     f"{'':>9}{_fmt(peak, ',.1f'):>13}")
    if dask.get("speedup") is not None:
        lines.append(f"{'  speed-up':<28}{dask['speedup']:>9.2f}  wall-clock; "
                     f"{_fmt(dask.get('speedup_if_cores_free'), '.2f')} from the "
                     "workers' CPU time (a free core per worker)")
    if dask.get("skipped"):
        lines.append(f"{'dask':<28}skipped ({dask['skipped']})")
    ingest = result.get("ingest", {})
    for run in ingest.get("runs", []):
        lines.append(f"{'ingest --workers ' + str(run['workers']):<28}{run['seconds']:>9.2f}"
                     f"{_fmt(run['words_per_s']):>10}{'':>9}{'':>13}  {run['coding']}; "
                     f"{run['cpu_seconds']:.1f} CPU s")
    if ingest.get("speedup") is not None:
        lines.append(f"{'  speed-up':<28}{ingest['speedup']:>9.2f}  wall-clock, start-up and "
                     "model loads included")
    if ingest.get("skipped"):
        lines.append(f"{'ingest':<28}skipped ({ingest['skipped']})")
    return lines


def _store_lines(store: dict[str, Any]) -> list[str]:
    if store.get("skipped"):
        return [f"{'store':<28}skipped ({store['skipped']})"]
    lines = [f"{'store add (coded corpus)':<28}{store['seconds']:>9.2f}"
             f"  {store['articles_per_s']:,.0f} articles/s, "
             f"{store['mentions_per_s']:,.0f} mentions/s"]
    for name, q in store["query_ms"].items():
        lines.append(f"{'query ' + name:<28}{q['median_ms']:>9.1f} ms median "
                     f"({q['first_ms']:.1f} ms first)")
    return lines


def format_table(result: dict[str, Any]) -> str:
    """The human-readable summary ``eventcoder bench`` prints (a warning last, if any)."""
    m, c = result["machine"], result["corpus"]
    wire = result.get("wire")
    lines = [
        f"eventcoder bench: {c['words']:,} words, {c['articles']} articles, "
        f"{c['sentences']:,} sentences; {m['nproc']} CPUs ({m['cpu']}, family "
        f"{m.get('cpu_family')} model {m.get('cpu_model')}), {m['model']}, spaCy {m['spacy']}",
        "",
        *(_blas_lines(result["blas"]) if "blas" in result else []),
        f"{'measure':<28}{'seconds':>9}{'words/s':>10}{'sent/s':>9}{'peak RSS MB':>13}",
    ]
    main = result["memory"]["main_peak_rss_mb"]
    lines += _corpus_lines("generated", result["parse"], result["pipeline"], main,
                           result.get("own_parse"))
    if wire:
        wc = wire["corpus"]
        lines.append(f"wire stories ({wc['words']:,} words, {wc['words_per_sentence']:.0f} words "
                     f"per sentence; generated: {c.get('words_per_sentence', 0):.0f}):")
        lines += _corpus_lines("wire", wire["parse"], wire["pipeline"], None,
                               wire.get("own_parse"))
    lines += _scale_lines(result)
    lines += _store_lines(result["store"])
    lines += ["", "targets:"]
    for name, t in result["targets"].items():
        higher = t.get("higher_is_better", not name.endswith("_mb"))
        lines.append(f"  {name:<22}{_fmt(t['value'], '.2f'):>8}  target "
                     f"{'≥' if higher else '≤'} {t['target']:g}  {_VERDICTS[t['met']]}")
    warning = slow_path_warning(result)
    if warning:
        lines += ["", f"WARNING: {warning}"]
    return "\n".join(lines)
