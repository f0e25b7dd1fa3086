"""Write ``store-schema2/`` with the eventcoder of main before ``watch`` (store schema 2).
Kept for the record.

Run with that version's source first on the path, from a checkout of commit 68d9062::

    PYTHONPATH=/path/to/68d9062/src python make_store_schema2.py OUT
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

import eventcoder.store.writer as writer
from eventcoder.store import SCHEMA_VERSION, Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from synth import article, batch, mention


def main(out: Path) -> None:
    assert SCHEMA_VERSION == 2, "run with the source of a schema-2 eventcoder first on the path"
    shutil.rmtree(out, ignore_errors=True)
    with Store(out, commit_every=3) as store:
        store.add(batch(0) + batch(1), "v1")  # several commits, materialized at the end
        a = article("new01", published="2024-03-20", outlet="Dawn")
        old = replace(
            mention(a, 1, "RUSMIL", "UKRGOV", "190", sentence="Russian troops shelled Kyiv in 2019."),
            date="2019", date_precision="year", background=True,
        )  # fmt: skip
        neg = mention(a, 2, "USAGOV", "CHNGOV", "042", negated=True,
                      sentence="The US did not visit China.")  # fmt: skip
        writer.REFRESH_SHARE = 1e9  # the next commits stay unmaterialized
        writer.SMALL_STORE_ROWS = 0
        store.add([(a, [old, neg])], "v1")
        b = article("art00001")
        store.add([(b, [mention(b, 0, "UKRGOV", "RUSMIL", "114")])], "v2")  # a re-coding
    time.sleep(125)
    with Store(out) as store:
        store._ensure_writer()  # collects the superseded events segments (older than 120 s)
        events = store.events(as_="arrow", include="all").select(
            ["event_id", "date", "source_code", "target_code", "cameo", "negated", "background",
             "num_mentions", "num_articles", "num_sources"]).to_pylist()  # fmt: skip
    for e in events:
        e["date"] = str(e["date"])
    text = json.dumps(sorted(events, key=lambda e: e["event_id"]), indent=1) + "\n"
    (out / "events-by-schema2.json").write_text(text)
    (out / "writer.lock").unlink(missing_ok=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
