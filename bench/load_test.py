"""Load test of ``eventcoder serve``: concurrent clients mixing POST /api/code and GET /api/events.

Fills a store from ``src/eventcoder/samples`` (``eventcoder ingest``, into a temporary folder
unless ``--store`` names one), starts ``eventcoder serve`` on a free loopback port, warms it up
(the first /api/code loads the model), then runs ``--clients`` async httpx clients for
``--duration`` seconds; each sends one request after another, a code request with probability
``--code-share``, else an events listing with a random filter. It then stops by itself and
reports throughput, p50/p99/max latency and errors per kind, and the server's peak RSS
(sampled every 50 ms with psutil, the server's children included).

Usage::

    python bench/load_test.py [--clients 50] [--duration 30] [--code-share 0.3] [--seed 8]
                              [--store PATH] [--out bench/results/load.json]

Only loopback addresses are used. Prints a table and writes the JSON results.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "src" / "eventcoder" / "samples"
HOST = "127.0.0.1"  # loopback only: the API has no authentication
EVENT_FILTERS = [
    {},
    {"limit": "20"},
    {"actor": "KEN"},
    {"actor": "USA", "limit": "10"},
    {"quad": "material-conflict"},
    {"quad": "1"},
    {"since": "2023-07-01"},
    {"since": "2023-01-01", "until": "2024-12-31"},
    {"root": "04"},
    {"code": "1"},
    {"text": "minister"},
    {"offset": "5", "limit": "5"},
]


def _sentences() -> list[str]:
    """Sentences of the bundled samples, and pairs of them, to code."""
    found: list[str] = []
    for path in sorted(SAMPLES.glob("*.txt")):
        text = " ".join(path.read_text().splitlines()[1:])
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 4]
    pairs = [f"{a} {b}" for a, b in zip(found, found[1:], strict=False)]
    return found + pairs


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _quantile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


class RssSampler(threading.Thread):
    """Peak resident set of a process and its children, sampled until stopped."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.proc = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self.halt = threading.Event()

    def rss(self) -> int:
        total = 0
        for p in [self.proc, *self.proc.children(recursive=True)]:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
        return total

    def run(self) -> None:
        while not self.halt.is_set():
            try:
                self.peak = max(self.peak, self.rss())
            except psutil.Error:
                return
            self.halt.wait(self.every)


async def _client(
    http: httpx.AsyncClient, rng: random.Random, stop_at: float, code_share: float,
    texts: list[str], results: list[tuple[str, float, int | str]],
) -> None:  # fmt: skip
    while time.perf_counter() < stop_at:
        if rng.random() < code_share:
            kind = "POST /api/code"
            send = http.post("/api/code", json={"text": rng.choice(texts), "published": "2024-03-09"})
        else:
            kind = "GET /api/events"
            send = http.get("/api/events", params=rng.choice(EVENT_FILTERS))
        started = time.perf_counter()
        try:
            response = await send
            outcome: int | str = response.status_code
        except httpx.HTTPError as exc:
            outcome = type(exc).__name__
        results.append((kind, time.perf_counter() - started, outcome))


async def _load(base: str, clients: int, duration: float, code_share: float, seed: int,
                timeout: float) -> tuple[list[tuple[str, float, int | str]], float]:  # fmt: skip
    texts = _sentences()
    results: list[tuple[str, float, int | str]] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=timeout, limits=limits) as http:
        started = time.perf_counter()
        stop_at = started + duration
        await asyncio.gather(*(
            _client(http, random.Random(seed * 1000 + i), stop_at, code_share, texts, results)
            for i in range(clients)
        ))  # fmt: skip
        elapsed = time.perf_counter() - started
    return results, elapsed


def _summarise(results: list[tuple[str, float, int | str]], elapsed: float) -> list[dict]:
    rows = []
    kinds = sorted({kind for kind, _, _ in results})
    for kind in [*kinds, "all"]:
        mine = [r for r in results if kind == "all" or r[0] == kind]
        ok = [lat for _, lat, outcome in mine if isinstance(outcome, int) and outcome < 400]
        errors: dict[str, int] = {}
        for _, _, outcome in mine:
            if not (isinstance(outcome, int) and outcome < 400):
                errors[str(outcome)] = errors.get(str(outcome), 0) + 1
        lat_all = [lat for _, lat, _ in mine]
        rows.append({
            "kind": kind,
            "requests": len(mine),
            "ok": len(ok),
            "errors": sum(errors.values()),
            "errors_by_status": errors,
            "throughput_rps": len(mine) / elapsed if elapsed else None,
            "p50_ms": 1000 * _quantile(lat_all, 0.50) if lat_all else None,
            "p99_ms": 1000 * _quantile(lat_all, 0.99) if lat_all else None,
            "max_ms": 1000 * max(lat_all) if lat_all else None,
        })  # fmt: skip
    return rows


def _wait_ready(proc: subprocess.Popen, base: str, limit: float = 180) -> None:
    give_up = time.monotonic() + limit
    while time.monotonic() < give_up:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited ({proc.returncode}): {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(f"{base}/api/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not become ready")


def _print(rows: list[dict], report: dict) -> None:
    header = f"{'request':<17}{'requests':>9}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(f"{r['kind']:<17}{r['requests']:>9}{r['errors']:>8}{r['throughput_rps']:>9.1f}"
              f"{r['p50_ms'] or 0:>9.1f}{r['p99_ms'] or 0:>9.1f}{r['max_ms'] or 0:>9.1f}")  # fmt: skip
    state = "alive" if report["server_survived"] else "DIED"
    print(
        f"server peak RSS {report['server_peak_rss_mb']:.0f} MB "
        f"(after warm-up {report['server_rss_after_warmup_mb']:.0f} MB); "
        f"{report['clients']} clients, {report['elapsed_s']:.1f} s; server {state}"
    )


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    ap.add_argument("--duration", type=float, default=30.0, help="seconds of load (default 30)")
    ap.add_argument("--code-share", type=float, default=0.3,
                    help="share of requests that are POST /api/code (default 0.3)")  # fmt: skip
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--timeout", type=float, default=120.0, help="per-request timeout, seconds")
    ap.add_argument("--store", help="store to serve (filled from the samples if absent or empty)")
    ap.add_argument("--out", default=str(REPO / "bench" / "results" / "load.json"))
    args = ap.parse_args(argv)
    if args.clients < 1 or args.duration <= 0 or not 0 <= args.code_share <= 1:
        ap.error("--clients >= 1, --duration > 0 and 0 <= --code-share <= 1")

    tmp = None
    if args.store:
        store = Path(args.store)
    else:
        tmp = Path(tempfile.mkdtemp(prefix="eventcoder-load-"))
        store = tmp / "store"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    server = None
    try:
        if not (store / "manifest.json").exists():
            print(f"filling {store} from {SAMPLES} ...", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "eventcoder", "ingest", str(SAMPLES), "--store", str(store),
                            "--no-progress"], check=True, env=env)  # fmt: skip
        port = _free_port()
        base = f"http://{HOST}:{port}"
        server = subprocess.Popen(
            [sys.executable, "-m", "eventcoder", "serve", "--store", str(store), "--host", HOST,
             "--port", str(port), "--log-level", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
        )  # fmt: skip
        sampler = RssSampler(server.pid)
        sampler.start()
        _wait_ready(server, base)
        started = time.perf_counter()
        warm = httpx.post(f"{base}/api/code", json={"text": "Kenya praised Tanzania on Monday."}, timeout=300)
        warmup_s = time.perf_counter() - started
        if warm.status_code != 200:
            raise SystemExit(f"warm-up POST /api/code failed: {warm.status_code} {warm.text[:500]}")
        rss_idle = sampler.rss()
        print(f"load: {args.clients} clients for {args.duration:g} s against {base} ...", file=sys.stderr)
        results, elapsed = asyncio.run(
            _load(base, args.clients, args.duration, args.code_share, args.seed, args.timeout)
        )
        sampler.halt.set()
        sampler.join()
        alive = server.poll() is None
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            try:
                server.wait(30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)

    rows = _summarise(results, elapsed)
    report = {
        "command": "python bench/load_test.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "clients": args.clients,
        "duration_s": args.duration,
        "elapsed_s": elapsed,
        "code_share": args.code_share,
        "seed": args.seed,
        "warmup_first_code_s": warmup_s,
        "server_rss_after_warmup_mb": rss_idle / 1e6,
        "server_peak_rss_mb": sampler.peak / 1e6,
        "server_survived": alive,
        "results": rows,
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
        },  # fmt: skip
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }
    _print(rows, report)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {out}", file=sys.stderr)
    return report


if __name__ == "__main__":
    main()
