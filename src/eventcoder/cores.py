"""How many coding processes are worth starting now (``eventcoder ingest --workers N``).

A coding process keeps one core busy. Started on a core that another job is already using, it
adds no speed: the two share the core, and every worker first spends seconds of CPU loading the
model, then ships articles and mentions to the parent. Issue #15 measured 2 workers coding
5.1 articles/s where 1 coded 7.3, with another job holding one of the two cores. So
:func:`plan_workers` starts at most as many workers as there are free cores::

    plan = plan_workers(4, batches=10)
    plan.workers        # 1..4
    plan.describe()     # "1 coding process, not 4: only 1 of 2 cores is free (...)"

- **usable cores**: the CPUs this process may run on (``os.sched_getaffinity``: taskset, a
  container's cpuset), lowered by a cgroup CPU quota (``cpu.max``, e.g. Docker's ``--cpus``);
- **busy cores**: the CPU time every process spent on those CPUs during a short sample
  (``psutil.cpu_times`` before and after, 0.5 s), less this process's own. A sample rather
  than the load average: the 1-minute load average trails a job that just started or stopped
  by tens of seconds, and counts processes waiting on the disk as busy;
- a core counts as free when less than half of it is in use; at least one process always runs;
- never more workers than the input has batches: a worker with no batch only loads the model.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["SAMPLE_SECONDS", "WorkerPlan", "busy_cores", "plan_workers", "usable_cores"]

SAMPLE_SECONDS = 0.5


@dataclass(frozen=True)
class WorkerPlan:
    """How many coding processes to start, and why not as many as asked."""

    requested: int
    workers: int
    usable: int  # cores this process may use
    busy: float  # cores other processes kept busy during the sample
    batches: int | None  # batches in the input, when known
    reason: str | None  # why fewer than requested (None: as many as requested)

    def describe(self) -> str:
        started = f"{self.workers} coding process{'es' if self.workers > 1 else ''}"
        if self.reason is None:
            return started
        return f"{started}, not {self.requested}: {self.reason}"


def _cgroup_quota(root: Path = Path("/sys/fs/cgroup")) -> int | None:
    """Whole cores allowed by a cgroup v2 CPU quota, or None when there is none."""
    try:
        quota, period = (root / "cpu.max").read_text().split()[:2]
    except (OSError, ValueError):
        return None
    if quota == "max":
        return None
    return max(1, math.ceil(int(quota) / int(period)))


def usable_cores() -> int:
    """The cores this process may run on (affinity, then a cgroup quota when there is one)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    quota = _cgroup_quota()
    return max(1, min(cores or 1, quota or cores or 1))


def busy_cores(seconds: float = SAMPLE_SECONDS) -> float:
    """Cores that other processes kept busy during a sample of ``seconds`` (0 .. usable)."""
    import psutil

    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    me = psutil.Process()

    def snapshot() -> tuple[float, float, float]:
        per_cpu = psutil.cpu_times(percpu=True)
        chosen = [per_cpu[i] for i in cpus if i < len(per_cpu)] if cpus else per_cpu
        idle = sum(t.idle + getattr(t, "iowait", 0.0) for t in chosen)
        own = me.cpu_times()
        return time.monotonic(), idle, own.user + own.system

    t0, idle0, own0 = snapshot()
    time.sleep(seconds)
    t1, idle1, own1 = snapshot()
    width = len(cpus) if cpus else (os.cpu_count() or 1)
    elapsed = max(t1 - t0, 1e-6)
    busy = width - (idle1 - idle0) / elapsed - (own1 - own0) / elapsed
    return round(min(max(busy, 0.0), float(width)), 2)


def plan_workers(requested: int, *, batches: int | None = None,
                 sample_seconds: float = SAMPLE_SECONDS) -> WorkerPlan:
    """At most ``requested`` workers: no more than the free cores and the input's batches."""
    if requested <= 1:
        return WorkerPlan(requested, 1, usable_cores(), 0.0, batches, None)
    usable = usable_cores()
    busy = busy_cores(sample_seconds)
    free = max(1, math.floor(usable - busy + 0.5))
    workers, reason = requested, None
    if batches is not None and batches < workers:
        workers = max(1, batches)
        reason = (f"the input makes {batches} batch{'es' if batches != 1 else ''} "
                  "(see --batch-size)")
    if free < workers:  # free <= usable: this also caps the workers at the usable cores
        workers = free
        reason = (f"only {free} of {usable} cores {'is' if free == 1 else 'are'} free "
                  f"(other processes keep {busy:.1f} busy)")
    return WorkerPlan(requested, workers, usable, busy, batches, reason)
