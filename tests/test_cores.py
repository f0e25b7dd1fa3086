"""How many coding processes ``ingest --workers N`` starts (real sampling of this machine)."""

from __future__ import annotations

import os

import pytest

from eventcoder.cores import WorkerPlan, busy_cores, plan_workers, usable_cores


def test_usable_cores_are_the_cores_this_process_may_run_on():
    usable = usable_cores()
    assert 1 <= usable <= (os.cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        assert usable <= len(os.sched_getaffinity(0))


def test_busy_cores_is_a_share_of_the_usable_ones():
    busy = busy_cores(0.2)
    assert 0.0 <= busy <= len(os.sched_getaffinity(0))


@pytest.mark.parametrize("requested", [2, 3, 8, 64])
def test_never_more_workers_than_asked_free_or_usable(requested):
    plan = plan_workers(requested, sample_seconds=0.2)
    assert 1 <= plan.workers <= min(requested, plan.usable)
    free = max(1, int(plan.usable - plan.busy + 0.5))
    assert plan.workers <= free
    if plan.workers < requested:  # fewer than asked always says why
        assert plan.reason and plan.describe().endswith(plan.reason)
        assert f"not {requested}" in plan.describe()
    else:
        assert plan.reason is None and plan.describe() == f"{requested} coding processes"


def test_no_more_workers_than_batches():
    plan = plan_workers(4, batches=1, sample_seconds=0.1)
    assert plan.workers == 1
    assert plan.describe() == "1 coding process, not 4: the input makes 1 batch (see --batch-size)"
    assert plan_workers(4, batches=0, sample_seconds=0.1).workers == 1


def test_one_worker_asked_is_one_process_without_sampling():
    plan = plan_workers(1)
    assert plan == WorkerPlan(1, 1, usable_cores(), 0.0, None, None)
    assert plan.describe() == "1 coding process"


def test_a_busy_core_is_seen_as_busy():
    # a process of our own spinning on one core: the sample must count it, as another job's
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    running, stop = ctx.Event(), ctx.Event()
    spinner = ctx.Process(target=_spin, args=(running, stop))
    spinner.start()
    try:
        assert running.wait(timeout=60)
        busy = busy_cores(0.5)
    finally:
        stop.set()
        spinner.join(timeout=10)
    assert busy >= 0.6


def _spin(running, stop) -> None:
    running.set()
    while not stop.is_set():
        sum(range(10_000))
