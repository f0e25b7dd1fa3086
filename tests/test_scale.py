"""Coding on a real Dask LocalCluster (2 worker processes) gives what one process gives."""

from __future__ import annotations

import itertools
import os
import signal

import pytest

pytest.importorskip("distributed")

from eventcoder.errors import InputError
from eventcoder.pipeline import MAX_ARTICLE_CHARS
from eventcoder.read import read_paths
from eventcoder.records import Article
from eventcoder.scale import ClusterError, code_on_dask, connect, worker_stats


def _as_dicts(coded):
    return [(article.id, [m.to_dict() for m in mentions]) for article, mentions in coded]


@pytest.fixture(scope="module")
def client():
    with connect(None, workers=2) as client:
        client.wait_for_workers(2, timeout=60)
        yield client


@pytest.fixture(scope="module")
def articles(samples_dir):
    found = list(read_paths([str(samples_dir)]))
    assert len(found) >= 4
    return found


@pytest.fixture(scope="module")
def too_long() -> Article:
    return Article(id="too-long", text="word " * (MAX_ARTICLE_CHARS // 5 + 1), origin="big.txt")


def test_same_mentions_as_in_process(client, articles, coder):
    local = _as_dicts(coder.code_articles(articles))
    # batch_size=1 and 2: several batches on both workers, finishing in any order
    for batch_size in (1, 2):
        on_dask = _as_dicts(code_on_dask(articles, client=client, batch_size=batch_size))
        assert on_dask == local


def test_yields_the_callers_articles_in_input_order(client, articles):
    coded = list(code_on_dask(reversed(articles), client=client, batch_size=2))
    assert [a for a, _ in coded] == list(reversed(articles))  # equal records, origin kept


def test_bad_article_is_reported_and_the_batch_goes_on(client, articles, too_long):
    mixed = [articles[0], too_long, articles[1], articles[2]]
    errors: list = []
    coded = list(code_on_dask(mixed, client=client, batch_size=4, on_error=errors.append))
    assert [a.id for a, _ in coded] == [articles[0].id, articles[1].id, articles[2].id]
    assert len(errors) == 1
    assert isinstance(errors[0], InputError)
    assert errors[0].source == "big.txt"
    assert "limit" in errors[0].reason


def test_bad_article_raises_without_on_error(client, articles, too_long):
    with pytest.raises(InputError):
        list(code_on_dask([articles[0], too_long], client=client, batch_size=2))


def test_model_loaded_once_per_worker(client, articles):
    for _ in range(2):
        list(code_on_dask(articles, client=client, batch_size=1))
    stats = client.run(worker_stats)
    assert len(stats) == 2
    assert [s["coder_loads"] for s in stats.values()] == [1, 1]
    assert len({s["pid"] for s in stats.values()}) == 2  # two processes, not threads


def test_stopping_early_leaves_no_task_behind(client, articles):
    stream = code_on_dask(articles, client=client, batch_size=1, window=2)
    first = list(itertools.islice(stream, 1))
    stream.close()
    assert [a.id for a, _ in first] == [articles[0].id]


def test_workers_coding_with_other_tables_are_refused(client, articles):
    with pytest.raises(ClusterError, match="same eventcoder"):
        list(code_on_dask(articles[:1], client=client, expected_version="0.0.0+other"))


def test_unreachable_scheduler_is_one_error():
    with pytest.raises(ClusterError) as caught, connect("tcp://127.0.0.1:9", None, timeout=2):
        pass
    assert caught.value.code == "EC600"


def test_address_and_workers_together_are_refused():
    with pytest.raises(ValueError), connect("tcp://127.0.0.1:9", 2):
        pass


def test_workers_code_with_the_user_actor_tables(client, tmp_path):
    """The tables travel to the workers as text: they never read the file."""
    from eventcoder.code.actor_files import read_actor_files
    from eventcoder.read import article_from_text

    table = tmp_path / "mine.tsv"
    table.write_text("name\tcode\tvalid_from\tvalid_to\nLake Basin Board\tIGOLBB\t\t\n")
    files = read_actor_files([table])
    table.unlink()
    text = "The Lake Basin Board condemned the seizure of the boats on Tuesday."
    article = article_from_text(text, published="2024-05-14")
    [(_, plain)] = code_on_dask([article], client=client)
    assert [m.source.code for m in plain] == [None]
    assert [u.text for u in plain.unresolved] == ["Lake Basin Board"]
    [(_, mine)] = code_on_dask([article], client=client, actor_files=files)
    assert [m.source.code for m in mine] == ["IGOLBB"] and mine.unresolved == ()
    [(_, again)] = code_on_dask([article], client=client)  # each set of tables its own coder
    assert [m.source.code for m in again] == [None]


# Last in the module on purpose: it kills one of the shared cluster's workers.
def test_a_killed_worker_loses_no_batch_and_duplicates_none(client, articles, coder):
    many = [
        Article(id=f"{a.id}-{i}", text=a.text, title=a.title, published=a.published)
        for i in range(3)
        for a in articles
    ]
    local = _as_dicts(coder.code_articles(many))
    stream = code_on_dask(many, client=client, batch_size=1)
    coded = [next(stream)]
    victim = next(iter(client.run(worker_stats).values()))["pid"]
    os.kill(victim, signal.SIGKILL)  # its batches in flight are recomputed elsewhere
    coded += list(stream)
    assert _as_dicts(coded) == local

