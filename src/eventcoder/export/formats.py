"""The built-in export formats: jsonl, csv, parquet (events and mentions) and gdelt (GDELT's
event table for events, its mentions table for mentions).

CSV: every string is quoted ("0256" is a code, not a number: a reader that honours quotes, such
as DuckDB or Python's csv module, keeps it a string; pandas needs ``dtype={"cameo": str}``),
numbers are written in full precision, nulls are empty. docs/gdelt.md tells how to read each.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import IO, Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from eventcoder.export.registry import register
from eventcoder.gdelt import GDELT_COLUMNS, GDELT_MENTION_COLUMNS, gdelt_mention_row, gdelt_row

__all__ = ["event_record"]

_LOCATION = ("location_name", "geonameid", "location_country", "admin1", "lat", "lon")


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """An events-view row as a JSON-ready dict, the place nested as ``location``."""
    out = {k: _plain(v) for k, v in row.items() if k not in _LOCATION}
    if row.get("location_name") is not None:
        out["location"] = {
            "name": row["location_name"],
            "geonameid": row.get("geonameid"),
            "country": row.get("location_country"),
            "admin1": row.get("admin1"),
            "lat": row.get("lat"),
            "lon": row.get("lon"),
        }
    else:
        out["location"] = None
    return out


@register("jsonl", suffix=".jsonl", description="one JSON object per event (or mention)",
          tables=("events", "mentions"))
def write_jsonl(batches: pa.RecordBatchReader, stream: IO[bytes]) -> int:
    n = 0
    for batch in batches:
        lines = [
            json.dumps(event_record(row), ensure_ascii=False) + "\n" for row in batch.to_pylist()
        ]
        stream.write("".join(lines).encode("utf-8"))
        n += batch.num_rows
    return n


def _flatten_lists(batch: pa.RecordBatch) -> pa.RecordBatch:
    columns, names = [], []
    for name, column in zip(batch.schema.names, batch.columns, strict=True):
        if pa.types.is_list(column.type) or pa.types.is_large_list(column.type):
            column = pc.binary_join(column, ";")
        columns.append(column)
        names.append(name)
    return pa.RecordBatch.from_arrays(columns, names=names)


@register("csv", suffix=".csv", description="events (or mentions) as CSV with a header",
          tables=("events", "mentions"))
def write_csv(batches: pa.RecordBatchReader, stream: IO[bytes]) -> int:
    n = 0
    writer = None
    try:
        for batch in batches:
            flat = _flatten_lists(batch)
            if writer is None:
                writer = pacsv.CSVWriter(stream, flat.schema)
            writer.write_batch(flat)
            n += batch.num_rows
        if writer is None:  # no rows: still write the header
            schema = pa.schema(
                [
                    pa.field(f.name, pa.string())
                    if pa.types.is_list(f.type) or pa.types.is_large_list(f.type)
                    else f
                    for f in batches.schema
                ]
            )
            writer = pacsv.CSVWriter(stream, schema)
    finally:
        if writer is not None:
            writer.close()
    return n


@register("parquet", suffix=".parquet", description="events (or mentions) as Parquet (zstd)",
          binary=True, tables=("events", "mentions"))
def write_parquet(batches: pa.RecordBatchReader, stream: IO[bytes]) -> int:
    n = 0
    with pq.ParquetWriter(stream, batches.schema, compression="zstd") as writer:
        for batch in batches:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


def _cells(cells: list[str]) -> str:
    return "\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells) + "\n"


def _gdelt(row: dict[str, Any]) -> str:
    # An undated event (its article had no publication date) is dated by the day it was
    # first seen, as GDELT dates an event by the day it reads the article.
    date = row.get("date") or row.get("first_seen")
    place = None
    if row.get("location_name") is not None:
        place = {
            "name": row["location_name"],
            "geonameid": row.get("geonameid"),
            "country": row.get("location_country"),
            "admin1": row.get("admin1"),
            "lat": row.get("lat"),
            "lon": row.get("lon"),
        }
    cells = gdelt_row(
        key=row["event_id"],
        date=date.isoformat() if date else None,
        source=(row.get("source_code"), row.get("source_name")),
        target=(row.get("target_code"), row.get("target_name")),
        cameo=row["cameo"],
        quad_class=int(row["quad_class"]),
        goldstein=float(row["goldstein"]),
        num_mentions=int(row["num_mentions"]),
        num_sources=int(row["num_sources"]),
        num_articles=int(row["num_articles"]),
        place=place,
        added=row.get("date_added"),
        url=row.get("source_url"),
        is_root=bool(row.get("is_root_event")),
    )
    return _cells(cells)


@register("gdelt", suffix=".tsv", description="GDELT 2.0 event table, 61 tab-separated columns",
          header=GDELT_COLUMNS)
def write_gdelt(batches: pa.RecordBatchReader, stream: IO[bytes]) -> int:
    n = 0
    for batch in batches:
        stream.write("".join(_gdelt(row) for row in batch.to_pylist()).encode("utf-8"))
        n += batch.num_rows
    return n


@register("gdelt", suffix=".tsv", tables=("mentions",), header=GDELT_MENTION_COLUMNS,
          description="GDELT 2.0 mentions table, 16 tab-separated columns")
def write_gdelt_mentions(batches: pa.RecordBatchReader, stream: IO[bytes]) -> int:
    n = 0
    for batch in batches:
        text = "".join(_cells(gdelt_mention_row(row)) for row in batch.to_pylist())
        stream.write(text.encode("utf-8"))
        n += batch.num_rows
    return n
