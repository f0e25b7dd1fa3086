"""The same input gives the same events with one process, --workers 2 and a Dask cluster."""

from __future__ import annotations

import pytest

QUERY = ("SELECT event_id, date, source_code, target_code, cameo, num_mentions, location_name "
         "FROM events ORDER BY event_id")


@pytest.mark.parametrize("extra", [["--workers", "2"], ["--cluster", "local", "--workers", "2"]],
                         ids=["processes", "dask-local-cluster"])
def test_e2e_ingest_parallel_equals_single_process(cli, samples_dir, tmp_path, extra):
    single, parallel = tmp_path / "single", tmp_path / "parallel"
    for store, more in ((single, []), (parallel, extra)):
        result = cli("ingest", str(samples_dir), "--store", str(store), *more)
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    rows = [cli("sql", "--store", str(store), QUERY, "--format", "jsonl").stdout
            for store in (single, parallel)]
    assert rows[0].strip()
    assert rows[0] == rows[1]
