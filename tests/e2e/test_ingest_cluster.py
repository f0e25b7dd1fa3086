"""The same input gives the same events with one process, --workers 2 and a Dask cluster,
with a user actor table that must reach every worker (#14)."""

from __future__ import annotations

import pytest

QUERY = ("SELECT event_id, date, source_code, target_code, cameo, num_mentions, location_name "
         "FROM events ORDER BY event_id")
UNRESOLVED = "SELECT article_id, text, position, start FROM unresolved ORDER BY ALL"
TABLE = "name\tcode\tvalid_from\tvalid_to\nLake Victoria Fisheries Organization\tIGOLVF\t\t\n"


@pytest.mark.parametrize("extra", [["--workers", "2"], ["--cluster", "local", "--workers", "2"]],
                         ids=["processes", "dask-local-cluster"])
def test_e2e_ingest_parallel_equals_single_process(cli, samples_dir, tmp_path, extra):
    table = tmp_path / "mine.tsv"
    table.write_text(TABLE)
    single, parallel = tmp_path / "single", tmp_path / "parallel"
    for store, more in ((single, []), (parallel, extra)):
        result = cli("ingest", str(samples_dir), "--store", str(store), "--actors", str(table),
                     *more)  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    rows = [cli("sql", "--store", str(store), QUERY, "--format", "jsonl").stdout
            for store in (single, parallel)]
    assert rows[0].strip() and "IGOLVF" in rows[0]  # the workers coded with the user table
    assert rows[0] == rows[1]
    unresolved = [cli("sql", "--store", str(store), UNRESOLVED, "--format", "jsonl").stdout
                  for store in (single, parallel)]  # fmt: skip
    assert unresolved[0].strip() and unresolved[0] == unresolved[1]
