"""The benchmark's corpus generator and the ``bench`` verb (no assertion on timing values)."""

from __future__ import annotations

import json

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
    run = cli("bench", "--words", "3000", "--skip-dask", "--repeat", "1",
              "--output", str(output))
    assert run.returncode == 0, run.stderr
    result = json.loads(output.read_text())
    assert set(result) >= {
        "schema", "machine", "corpus", "parse", "pipeline", "dask", "memory", "store", "targets",
    }
    assert result["corpus"]["words"] >= 3000
    for measure in ("parse", "pipeline"):
        # the report's keys are checked, never their values: no timing is asserted
        assert set(result[measure]) >= MEASURE_KEYS
    assert "ratio_to_parse" in result["pipeline"]
    assert result["dask"]["skipped"] and result["dask"]["runs"] == []
    assert result["memory"]["main_peak_rss_mb"] > 0
    assert result["machine"]["nproc"] >= 1
    assert set(result["targets"]) == {"pipeline_ratio", "dask_speedup", "worker_peak_rss_mb"}
    assert "skipped" in result["store"] or set(result["store"]) >= {"articles_per_s", "query_ms"}
    assert "full pipeline" in run.stdout and "bare spaCy parse" in run.stdout
    assert format_table(result).splitlines()[0] in run.stdout


def test_bench_help_shows_an_example(cli):
    run = cli("bench", "--help")
    assert run.returncode == 0
    assert "Example:" in run.stdout
