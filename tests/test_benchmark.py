"""The benchmark's corpus generator and the ``bench`` verb (no assertion on timing values)."""

from __future__ import annotations

import json
import re

from eventcoder.bench_corpus import wire_corpus, wire_stories
from eventcoder.benchmark import corpus_words, format_table, generate_corpus

# Fields every speed measure reports.
MEASURE_KEYS = frozenset({"seconds", "words_per_s", "sentences_per_s"})


def test_corpus_is_deterministic():
    first, again = generate_corpus(5_000), generate_corpus(5_000)
    assert [a.text for a in first] == [a.text for a in again]
    assert [(a.id, a.published, a.title) for a in first] == [
        (a.id, a.published, a.title) for a in again
    ]
    other = generate_corpus(5_000, seed=2)
    assert [a.text for a in other] != [a.text for a in first]


def test_corpus_reaches_the_requested_size():
    for words in (100, 3_000, 50_000):
        articles = generate_corpus(words)
        total = corpus_words(articles)
        assert total >= words
        assert total - len(articles[-1].text.split()) < words  # stops as soon as it is reached


def test_corpus_looks_like_news():
    articles = generate_corpus(20_000)
    assert len({a.id for a in articles}) == len(articles)
    for article in articles:
        assert article.title and article.text.startswith(article.title)
        assert article.published and article.published[:2] == "20"
        assert " - " in article.text.split("\n\n")[1]  # "CITY, Month D (Outlet) - …" dateline
    assert len({a.text.split("\n\n")[2] for a in articles}) == len(articles)


def test_bench_verb_writes_json(cli, tmp_path):
    output = tmp_path / "out" / "bench.json"
    run = cli("bench", "--words", "1000", "--wire-words", "1000", "--skip-dask", "--repeat", "1",
              "--output", str(output))
    assert run.returncode == 0, run.stderr
    result = json.loads(output.read_text())
    assert set(result) >= {
        "schema", "machine", "blas", "corpus", "parse", "pipeline", "wire", "dask", "ingest",
        "memory", "store", "targets",
    }
    assert result["corpus"]["words"] >= 1000 and result["wire"]["corpus"]["words"] >= 1000
    for measures in (result, result["wire"]):
        for measure in ("parse", "pipeline"):
            # the report's keys are checked, never their values: no timing is asserted
            assert set(measures[measure]) >= MEASURE_KEYS | {"cpu_seconds", "cpu_words_per_s"}
        assert "ratio_to_parse" in measures["pipeline"]
        # the parse as the model ships it, and as eventcoder runs it (attribute rules indexed)
        assert set(measures["own_parse"]) >= MEASURE_KEYS | {"cpu_seconds", "ratio_to_parse"}
    assert result["dask"]["skipped"] and result["dask"]["runs"] == []
    # ingest with 1 and 2 workers, each run a real `eventcoder ingest` that says what it started
    ingest = result["ingest"]
    assert [r["workers"] for r in ingest["runs"]] == [1, 2]
    one, two = ingest["runs"]
    assert one["started"] == [1] and two["started"][0] in (1, 2)
    assert two["coding"].startswith(f"{two['started'][0]} coding process")
    assert result["memory"]["main_peak_rss_mb"] > 0
    assert result["machine"]["nproc"] >= 1
    assert set(result["targets"]) == {
        "pipeline_ratio", "wire_pipeline_ratio", "blas_vs_numpy", "dask_speedup",
        "worker_peak_rss_mb",
    }
    assert "skipped" in result["store"] or set(result["store"]) >= {"articles_per_s", "query_ms"}
    assert "generated: full pipeline" in run.stdout and "wire: bare parse" in run.stdout
    assert "wire: indexed parse" in run.stdout
    assert "ingest --workers 2" in run.stdout and "thinc/blis" in run.stdout
    assert format_table(result).splitlines()[0] in run.stdout
    # the slow-path warning is printed exactly when the probe found the slow path
    assert ("WARNING:" in run.stdout) == bool(result["blas"]["slow"])


def test_wire_stories_are_ours_and_longer_than_the_generated_sentences():
    stories = wire_stories()
    assert len(stories) >= 15 and len({name for _, name, _ in stories}) == len(stories)
    for published, _, text in stories:
        assert published[:2] == "20" and len(published) == 10
        headline, body = text.split("\n", 1)
        assert headline and " - " in body.split("\n", 1)[0]  # "CITY, Mon D - ..." dateline

    def words_per_sentence(texts):
        sentences = sum(len(re.findall(r"[.!?](?:\s|$)", t)) for t in texts)
        return sum(len(t.split()) for t in texts) / sentences

    wire = wire_corpus(5_000)
    assert corpus_words(wire) >= 5_000
    assert words_per_sentence([a.text for a in wire]) > 1.5 * words_per_sentence(
        [a.text for a in generate_corpus(5_000)])


def test_bench_help_shows_an_example(cli):
    run = cli("bench", "--help")
    assert run.returncode == 0
    assert "Example:" in run.stdout
