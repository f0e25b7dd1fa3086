"""Benchmark of the event store at 10 million events.

Builds a store of ≥10M synthetic events (integers drawn with numpy, strings and event ids
computed by DuckDB over Arrow: no per-row Python), then times, through the Store API:

* a dyad timeline (``Store.timeline``) and a filtered event listing (``Store.events``);
* the same two queries right after a small commit that is not yet materialized (the
  incremental ``events`` view);

against DuckDB scanning the same Parquet data without the store's layout:

* ``scan events``: one Parquet file of the same events in arbitrary (event id) order;
* ``scan mentions``: aggregating the raw mentions on the fly (no materialization).

Usage::

    python bench/store_bench.py [--events 10000000] [--dir /tmp/store-bench] [--keep]

Prints a table and writes ``bench/results/store.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import time
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from eventcoder.aggregate import EVENT_ID_SQL, EVENTS_SQL
from eventcoder.store import ARTICLE_SCHEMA, MENTION_SCHEMA, Store

HERE = Path(__file__).resolve().parent
COUNTRIES = [
    "USA",
    "CHN",
    "RUS",
    "UKR",
    "PAK",
    "IND",
    "AFG",
    "IRN",
    "IRQ",
    "ISR",
    "PSE",
    "SYR",
    "TUR",
    "EGY",
    "SAU",
    "YEM",
    "GBR",
    "FRA",
    "DEU",
    "JPN",
    "KOR",
    "PRK",
    "BRA",
    "MEX",
    "NGA",
    "ETH",
    "SDN",
    "SOM",
    "KEN",
    "ZAF",
    "VEN",
    "COL",
    "IDN",
    "PHL",
    "MMR",
    "BGD",
    "LBN",
    "LBY",
    "QAT",
    "ARE",
]
ROLES = ["GOV", "MIL", "COP", "OPP", "REB"]
CAMEO = [
    ("010", "Make statement", "01", "CONSULT", 0.0, 1),
    ("036", "Express intent to meet", "03", "CONSULT", 4.0, 1),
    ("042", "Make a visit", "04", "CONSULT", 1.9, 1),
    ("043", "Host a visit", "04", "CONSULT", 2.8, 1),
    ("057", "Sign formal agreement", "05", "AGREE", 8.0, 2),
    ("061", "Cooperate economically", "06", "COOPERATE", 6.4, 2),
    ("070", "Provide aid", "07", "AID", 7.0, 2),
    ("111", "Criticize or denounce", "11", "ACCUSE", -2.0, 3),
    ("112", "Accuse", "11", "ACCUSE", -2.0, 3),
    ("114", "Complain officially", "11", "ACCUSE", -2.0, 3),
    ("130", "Threaten", "13", "THREATEN", -4.4, 3),
    ("141", "Demonstrate or rally", "14", "PROTEST", -6.5, 3),
    ("173", "Arrest, detain", "17", "COERCE", -5.0, 4),
    ("190", "Use conventional military force", "19", "ASSAULT", -10.0, 4),
    ("193", "Fight with small arms", "19", "ASSAULT", -10.0, 4),
    ("195", "Employ aerial weapons", "19", "ASSAULT", -10.0, 4),
]
DAYS = 3653  # 2015-01-01 .. 2024-12-31
MENTIONS_PER_ARTICLE = 4


def _dims(con: duckdb.DuckDBPyConnection) -> None:
    codes = [c + r for c in COUNTRIES for r in ROLES]
    actors = pa.table(
        {
            "i": pa.array(range(len(codes)), pa.int32()),
            "code": codes,
            "name": [f"{c[:3]} {c[3:].lower()}" for c in codes],
            "country": [c[:3] for c in codes],
            "role": [c[3:] for c in codes],
        }
    )
    cameo = pa.table(
        {
            "i": pa.array(range(len(CAMEO)), pa.int32()),
            "cameo": [c[0] for c in CAMEO],
            "cameo_name": [c[1] for c in CAMEO],
            "root": [c[2] for c in CAMEO],
            "plover": [c[3] for c in CAMEO],
            "goldstein": [c[4] for c in CAMEO],
            "quad_class": pa.array([c[5] for c in CAMEO], pa.int8()),
        }
    )
    con.register("actors_dim", actors)
    con.register("cameo_dim", cameo)


def synthesize(n_events: int, seed: int = 7) -> tuple[pa.Table, pa.Table]:
    """(articles, mentions) tables whose mentions aggregate to ~``n_events`` events."""
    rng = np.random.default_rng(seed)
    n_actor = len(COUNTRIES) * len(ROLES)
    # Distinct event keys, then 15% extra mentions repeating keys (other articles report them).
    base = int(n_events * 1.004) + 1000  # ~0.2% of random keys collide at 10M
    extra = int(base * 0.15)
    src = rng.integers(0, n_actor, base, dtype=np.int32)
    tgt = (src + rng.integers(1, n_actor, base, dtype=np.int32)) % n_actor
    day = rng.integers(0, DAYS, base, dtype=np.int32)
    code = rng.integers(0, len(CAMEO), base, dtype=np.int32)
    pick = rng.integers(0, base, extra)
    keys = pa.table(
        {
            "src": np.concatenate([src, src[pick]]),
            "tgt": np.concatenate([tgt, tgt[pick]]),
            "day": np.concatenate([day, day[pick]]),
            "code": np.concatenate([code, code[pick]]),
            "outlet": rng.integers(0, 300, base + extra, dtype=np.int32),
        }
    )
    n_mentions = keys.num_rows
    con = duckdb.connect()
    _dims(con)
    con.register("keys", keys)
    mentions_sql = f"""
        WITH k AS (SELECT *, CAST(row_number() OVER () - 1 AS BIGINT) AS n FROM keys),
        r AS (
          SELECT k.n,
                 'b' || lpad(CAST(k.n // {MENTIONS_PER_ARTICLE} AS VARCHAR), 9, '0') AS article_id,
                 CAST(k.n % {MENTIONS_PER_ARTICLE} AS INTEGER) AS sentence_index,
                 DATE '2015-01-01' + CAST(k.day AS INTEGER) AS date,
                 s.code AS source_code, s.name AS source_name, s.country AS source_country,
                 s.role AS source_role, t.code AS target_code, t.name AS target_name,
                 t.country AS target_country, t.role AS target_role, c.*,
                 'Outlet ' || CAST(k.outlet AS VARCHAR) AS outlet, false AS negated
          FROM k JOIN actors_dim s ON k.src = s.i JOIN actors_dim t ON k.tgt = t.i
                 JOIN cameo_dim c ON k.code = c.i)
        SELECT article_id || ':' || sentence_index || ':0' AS mention_id,
               {EVENT_ID_SQL} AS event_id, article_id, 'bench-1' AS coder_version,
               CAST(0 AS BIGINT) AS batch, sentence_index,
               source_name || ' / ' || cameo_name || ' / ' || target_name AS sentence,
               lower(cameo_name) AS trigger, 0 AS start, 40 AS "end", 5 AS trigger_start,
               12 AS trigger_end,
               source_name AS source_text, source_name, source_code, source_country, source_role,
               target_name AS target_text, target_name, target_code, target_country, target_role,
               cameo, cameo_name, root, plover, goldstein, quad_class, date,
               strftime(date, '%Y-%m-%d') AS date_text, 'day' AS date_precision,
               NULL AS location_name, NULL AS geonameid, NULL AS location_country,
               NULL AS admin1, NULL AS lat, NULL AS lon, false AS negated,
               'asserted' AS modality, false AS future, false AS background,
               sentence_index = 0 AS is_root, NULL AS attributed_text,
               NULL AS attributed_name, NULL AS attributed_code, 0.8 AS confidence,
               NULL AS extra, date AS published, NULL AS title, outlet,
               'https://news.example/' || article_id AS url,
               TIMESTAMP '2025-01-01 00:00:00' AS ingested_at
        FROM r ORDER BY n"""
    mentions = _to_table(con.sql(mentions_sql)).cast(MENTION_SCHEMA)
    con.register("m", mentions)
    articles = _to_table(
        con.sql(
            """SELECT article_id, 'bench-1' AS coder_version, CAST(0 AS BIGINT) AS batch,
                      NULL AS title, 'synthetic' AS text, min(published) AS published,
                      min(url) AS url, min(outlet) AS outlet, 'en' AS language,
                      CAST(count(*) AS INTEGER) AS num_mentions,
                      TIMESTAMP '2025-01-01 00:00:00' AS ingested_at
               FROM m GROUP BY article_id ORDER BY article_id"""
        )
    ).cast(ARTICLE_SCHEMA)
    con.close()
    assert mentions.num_rows == n_mentions
    return articles, mentions


def _to_table(rel: duckdb.DuckDBPyRelation) -> pa.Table:
    fetch = getattr(rel, "to_arrow_table", None) or rel.fetch_arrow_table
    return fetch()


def _time(fn, repeat: int = 5, warm: bool = True) -> dict[str, float]:
    if warm:
        fn()  # warm-up (file metadata, OS cache)
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return {"median_s": statistics.median(times), "min_s": min(times)}


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(n_events: int, workdir: Path) -> dict:
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    out: dict = {
        "events_requested": n_events,
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "pyarrow": pa.__version__,
    }
    t = time.perf_counter()
    articles, mentions = synthesize(n_events)
    out["synthesize_s"] = time.perf_counter() - t
    out["articles"], out["mentions"] = articles.num_rows, mentions.num_rows
    print(f"synthesized {mentions.num_rows:,} mentions in {out['synthesize_s']:.1f}s", flush=True)

    store = Store(workdir / "store")
    t = time.perf_counter()
    store.add_tables(articles, mentions, refresh=False)  # one commit
    out["commit_s"] = time.perf_counter() - t
    del articles, mentions
    t = time.perf_counter()
    store.refresh_events()  # materialize the events (full aggregation + sort)
    out["materialize_s"] = time.perf_counter() - t
    out["events"] = int(store.stats()["events"])
    out["store_bytes"] = _du(workdir / "store")
    print(
        f"stored {out['events']:,} events: commit {out['commit_s']:.1f}s, "
        f"materialize {out['materialize_s']:.1f}s",
        flush=True,
    )

    # Baseline data: the same events in one unsorted file; the raw mentions as committed.
    seg = workdir / "store" / "segments"
    mentions_file = next(seg.glob("mentions-*.parquet"))
    events_file = workdir / "events-unsorted.parquet"
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT * FROM read_parquet('{next(seg.glob('events-*.parquet'))}') "
        f"ORDER BY event_id) TO '{events_file}' (FORMAT parquet, COMPRESSION zstd)"
    ).fetchall()

    dyad = ("USA", "CHN")
    window = {"since": "2020-01-01", "until": "2021-12-31"}
    r = {}
    r["store timeline"] = _time(lambda: store.timeline(*dyad, freq="month", as_="arrow"))
    r["store events"] = _time(lambda: store.events(dyad=dyad, limit=1000, as_="arrow", **window))
    timeline_sql = """
        SELECT date_trunc('month', date) AS period, count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS q1,
               count(*) FILTER (WHERE quad_class = 2) AS q2,
               count(*) FILTER (WHERE quad_class = 3) AS q3,
               count(*) FILTER (WHERE quad_class = 4) AS q4,
               sum(goldstein) AS gsum, avg(goldstein) AS gmean
        FROM {src} WHERE starts_with(source_code, 'USA') AND starts_with(target_code, 'CHN')
        GROUP BY 1 ORDER BY 1"""
    listing_sql = """
        SELECT * FROM {src} WHERE starts_with(source_code, 'USA')
          AND starts_with(target_code, 'CHN')
          AND date BETWEEN DATE '2020-01-01' AND DATE '2021-12-31'
        ORDER BY date DESC, num_mentions DESC, event_id LIMIT 1000"""
    ev_src = f"read_parquet('{events_file}')"
    live_src = "(" + EVENTS_SQL.format(mentions=f"read_parquet('{mentions_file}')", where="") + ")"

    def duck(sql: str) -> None:
        con.execute(sql).fetchall()

    r["scan events timeline"] = _time(lambda: duck(timeline_sql.format(src=ev_src)))
    r["scan events listing"] = _time(lambda: duck(listing_sql.format(src=ev_src)))
    r["scan mentions timeline"] = _time(lambda: duck(timeline_sql.format(src=live_src)), 1, False)
    r["scan mentions listing"] = _time(lambda: duck(listing_sql.format(src=live_src)), 1, False)

    # A small commit not yet materialized: the incremental view answers.
    small_a, small_m = synthesize(4000, seed=11)
    small_a = small_a.set_column(
        0, "article_id", pc.utf8_replace_slice(small_a["article_id"], 0, 1, "c")
    )
    small_m = small_m.set_column(
        2, "article_id", pc.utf8_replace_slice(small_m["article_id"], 0, 1, "c")
    )
    from eventcoder.store import writer as writer_mod

    writer_mod.REFRESH_SHARE, writer_mod.SMALL_STORE_ROWS = 1e9, 0
    t = time.perf_counter()
    store.add_tables(small_a, small_m)
    out["small_commit_s"] = time.perf_counter() - t
    r["store timeline, pending commit"] = _time(
        lambda: store.timeline(*dyad, freq="month", as_="arrow"), 3
    )
    r["store events, pending commit"] = _time(
        lambda: store.events(dyad=dyad, limit=1000, as_="arrow", **window), 3
    )
    t = time.perf_counter()
    store.refresh_events()
    out["incremental_refresh_s"] = time.perf_counter() - t
    store.close()
    con.close()
    out["queries"] = r
    return out


def _print(res: dict) -> None:
    print()
    print(
        f"store bench: {res['events']:,} events from {res['mentions']:,} mentions, "
        f"{res['articles']:,} articles; {res['cpus']} CPUs; "
        f"store {res['store_bytes'] / 1e9:.2f} GB"
    )
    print(
        f"  synthesize {res['synthesize_s']:.1f}s, commit {res['commit_s']:.1f}s, materialize "
        f"{res['materialize_s']:.1f}s, small commit {res['small_commit_s']:.2f}s, "
        f"incremental refresh {res['incremental_refresh_s']:.1f}s"
    )
    print(f"  {'query':40s} {'median':>10s} {'min':>10s}")
    for name, t in res["queries"].items():
        print(f"  {name:40s} {t['median_s'] * 1000:9.1f}ms {t['min_s'] * 1000:9.1f}ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/eventcoder-store-bench"))
    parser.add_argument("--output", type=Path, default=HERE / "results" / "store.json")
    parser.add_argument("--keep", action="store_true", help="Keep the benchmark store.")
    args = parser.parse_args(argv)
    res = run(args.events, args.dir)
    _print(res)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(res, indent=2) + "\n")
    print(f"\nwrote {args.output}")
    if not args.keep:
        shutil.rmtree(args.dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
