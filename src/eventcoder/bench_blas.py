"""Which matrix multiply the parse runs on, and whether it is the fast one (``eventcoder bench``).

spaCy's parser and entity recogniser spend most of their time in one matrix multiply per batch
(tokens × 96 @ 96 × 384 in ``en_core_web_sm``), which thinc hands to blis. blis picks its
kernels from the CPU when it starts; on a CPU it does not recognise it falls back to its
'generic' kernels, about 3× slower, and the whole parse runs at half speed (issue #15:
blis 1.2 and later do so on AMD Zen 3 and Zen 4). Nothing else tells the user, so the
benchmark measures it::

    from eventcoder.bench_blas import measure_blas

    report = measure_blas()      # versions, blis sub-configuration, ms per multiply, verdict
    if report["slow"]:
        print(report["warning"])

The multiply is timed in a child process (``python -m eventcoder.bench_blas``) so that NumPy's
BLAS can be held to one thread (``OPENBLAS_NUM_THREADS=1`` is only read at start-up) and blis
can be asked which sub-configuration it chose (``BLIS_ARCH_DEBUG=1`` makes it say so on
stderr). The reference is NumPy's own ``matmul`` on the same arrays: a ratio within one run on
one machine, whatever that machine's speed.
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

__all__ = ["SHAPE", "SLOW_RATIO", "measure_blas", "probe", "verdict"]

# rows x inner @ inner x cols: the parser's precomputed hidden layer over a batch of tokens
SHAPE = (2000, 96, 384)
# blis slower than this many times NumPy's BLAS = the slow path. Measured on a 2-core AMD EPYC
# (Zen 4): 1.3x with blis 1.1.0's Zen 2 kernels, 3.5-4.5x with the generic kernels of 1.3.4.
SLOW_RATIO = 2.0
_SUBCONFIG = re.compile(r"sub-configuration '([^']+)'")


def _best(func: Callable[[], Any], loops: int, repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU milliseconds per call over ``repeat`` rounds of ``loops``."""
    func()
    walls, cpus = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(loops):
            func()
        walls.append((time.perf_counter() - t0) / loops * 1000)
        cpus.append((time.process_time() - c0) / loops * 1000)
    return round(min(walls), 3), round(min(cpus), 3)


def _numpy_blas() -> str | None:
    import numpy

    try:
        blas = numpy.show_config(mode="dicts")["Build Dependencies"]["blas"]
    except Exception:  # older NumPy: no dict mode
        return None
    return f"{blas.get('name')} {blas.get('version')}".strip()


def _versions() -> dict[str, str | None]:
    from importlib.metadata import PackageNotFoundError, version

    found: dict[str, str | None] = {}
    for name in ("spacy", "thinc", "blis", "numpy"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = None
    return found


def probe(loops: int = 20, repeat: int = 5) -> dict[str, Any]:
    """Time thinc's matrix multiply (blis) and NumPy's on the same float32 arrays, here."""
    import numpy
    from thinc.api import get_current_ops

    rows, inner, cols = SHAPE
    rng = numpy.random.default_rng(15)
    a = rng.standard_normal((rows, inner), dtype=numpy.float32)
    b = rng.standard_normal((inner, cols), dtype=numpy.float32)
    ops = get_current_ops()
    thinc_wall, thinc_cpu = _best(lambda: ops.gemm(a, b), loops, repeat)
    numpy_wall, numpy_cpu = _best(lambda: numpy.matmul(a, b), loops, repeat)
    return {
        "shape": f"{rows}x{inner} @ {inner}x{cols} float32",
        "versions": _versions(),
        "thinc_ops": type(ops).__name__,
        "uses_blis": bool(getattr(ops, "use_blis", False)),
        "numpy_blas": _numpy_blas(),
        "thinc_gemm_ms": thinc_wall,
        "thinc_gemm_cpu_ms": thinc_cpu,
        "numpy_matmul_ms": numpy_wall,
        "numpy_matmul_cpu_ms": numpy_cpu,
        "max_abs_difference": float(numpy.abs(ops.gemm(a, b) - a @ b).max()),
    }


def verdict(report: dict[str, Any]) -> tuple[bool | None, str | None]:
    """(slow path in use?, the warning to print with what to do), from a :func:`probe` report."""
    if not report.get("uses_blis"):
        return None, None
    # CPU time: the child is single-threaded, and other work on the machine barely moves it
    ratio = report["thinc_gemm_cpu_ms"] / max(report["numpy_matmul_cpu_ms"], 1e-9)
    generic = report.get("blis_subconfig") == "generic" and platform.machine() in {"x86_64", "AMD64"}
    if ratio <= SLOW_RATIO and not generic:
        return False, None
    versions = report["versions"]
    kernels = f"blis {versions.get('blis')}'s '{report.get('blis_subconfig') or '?'}' kernels"
    advice = (
        "Reinstall eventcoder in a fresh virtualenv so that its pins apply (make run, or "
        "pip install -e . in the checkout: spaCy 3.8.3, thinc 8.3.3, blis 1.1.0) and check "
        "them with `pip list`"
        if versions.get("blis") != "1.1.0"
        else "This blis does not know this CPU; docs/scale.md ('The fast path') lists what "
        "to try"
    )
    warning = (
        f"the parser's matrix multiply runs on {kernels}, {ratio:.1f}x slower than NumPy's "
        f"BLAS on this CPU (slow path above {SLOW_RATIO:g}x): the parse runs at about half "
        f"the speed this machine allows. {advice}; then re-run eventcoder bench."
    )
    return True, warning


def measure_blas(timeout: float = 120) -> dict[str, Any]:
    """:func:`probe` in a child process (NumPy on one thread, blis telling its kernels)."""
    env = {**os.environ, "BLIS_ARCH_DEBUG": "1", "OPENBLAS_NUM_THREADS": "1",
           "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    try:
        run = subprocess.run([sys.executable, "-m", "eventcoder.bench_blas"], env=env,
                             capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return {"skipped": f"the matrix-multiply probe did not run: {exc}"}
    if run.returncode != 0:
        last = (run.stderr.strip().splitlines() or ["no output"])[-1]
        return {"skipped": f"the matrix-multiply probe failed: {last}"}
    report = json.loads(run.stdout)
    found = _SUBCONFIG.search(run.stderr)
    report["blis_subconfig"] = found.group(1) if found else None
    report["ratio_cpu"] = round(report["thinc_gemm_cpu_ms"] / max(report["numpy_matmul_cpu_ms"],
                                                                  1e-9), 2)
    report["slow"], report["warning"] = verdict(report)
    return report


if __name__ == "__main__":  # the child process of measure_blas()
    print(json.dumps(probe()))
