"""The matrix-multiply probe of ``eventcoder bench`` and its slow-path verdict."""

from __future__ import annotations

import pytest

from eventcoder.bench_blas import SLOW_RATIO, measure_blas, verdict


def _report(blis_ms: float, numpy_ms: float, subconfig: str | None, blis: str = "1.3.4"):
    return {"uses_blis": True, "thinc_gemm_cpu_ms": blis_ms, "numpy_matmul_cpu_ms": numpy_ms,
            "blis_subconfig": subconfig,
            "versions": {"spacy": "3.8.18", "thinc": "8.3.14", "blis": blis, "numpy": "2.4.6"}}


def test_the_probe_reports_the_library_its_kernels_and_both_timings():
    report = measure_blas()
    assert "skipped" not in report, report.get("skipped")
    assert report["shape"] == "2000x96 @ 96x384 float32"
    assert report["versions"]["blis"] and report["uses_blis"] is True
    assert report["thinc_ops"] == "NumpyOps"
    assert report["blis_subconfig"]  # blis said which kernels it chose (BLIS_ARCH_DEBUG)
    assert report["thinc_gemm_cpu_ms"] > 0 and report["numpy_matmul_cpu_ms"] > 0
    assert report["max_abs_difference"] < 1e-3  # the same product, whichever library
    assert isinstance(report["slow"], bool)
    assert (report["warning"] is not None) == report["slow"]


@pytest.mark.parametrize(("blis_ms", "numpy_ms", "subconfig", "slow"), [
    (4.8, 1.6, "generic", True),     # blis 1.3.4 on AMD Zen 4: generic kernels
    (2.0, 1.5, "zen2", False),       # blis 1.1.0 there: Zen 2 kernels
    (5.0, 1.5, "haswell", True),     # any library that far behind NumPy
    (1.4, 1.5, "generic", True),     # generic kernels on x86-64 are the slow path anyway
])
def test_verdict(blis_ms, numpy_ms, subconfig, slow, monkeypatch):
    monkeypatch.setattr("platform.machine", lambda: "x86_64")
    found, warning = verdict(_report(blis_ms, numpy_ms, subconfig))
    assert found is slow
    if slow:
        assert f"'{subconfig}' kernels" in warning and "eventcoder bench" in warning
        assert "spaCy 3.8.3, thinc 8.3.3, blis 1.1.0" in warning  # what to install
    else:
        assert warning is None


def test_verdict_on_the_pinned_blis_points_to_the_docs(monkeypatch):
    monkeypatch.setattr("platform.machine", lambda: "x86_64")
    slow, warning = verdict(_report(3 * SLOW_RATIO, 1.0, "generic", blis="1.1.0"))
    assert slow and "does not know this CPU" in warning and "docs/scale.md" in warning


def test_no_verdict_without_blis():
    assert verdict({"uses_blis": False}) == (None, None)
