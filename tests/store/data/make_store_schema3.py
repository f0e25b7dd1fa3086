"""Write ``store-schema3/`` with the eventcoder of the ``dict`` branch before ``watch`` was
merged beside it (store schema 3: the ``unresolved`` segments and the mentions' actor labels).
Kept for the record.

Run with that version's source first on the path, from a checkout of commit 02875ed::

    PYTHONPATH=/path/to/02875ed/src python make_store_schema3.py OUT
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

import eventcoder.store.writer as writer
from eventcoder.records import Mentions, UnresolvedPhrase
from eventcoder.store import SCHEMA_VERSION, Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from synth import article, batch, mention

LABELS = {"USAGOV": "United States government", "CHNGOV": "China government"}


def _labelled(items):
    """Give the US and Chinese actors their canonical labels, and every third article an
    actor phrase no table knew (what the schema-3 coder stores)."""
    out = []
    for n, (a, mentions) in enumerate(items):
        ms = []
        for m in mentions:
            src = m.source and replace(m.source, label=LABELS.get(m.source.code))
            tgt = m.target and replace(m.target, label=LABELS.get(m.target.code))
            ms.append(replace(m, source=src, target=tgt))
        phrases = [UnresolvedPhrase("Lake Basin Board", "source", 0, 0, 16,
                                    "The Lake Basin Board met the envoys.")] if n % 3 == 0 else []
        out.append((a, Mentions(ms, phrases)))
    return out


def main(out: Path) -> None:
    assert SCHEMA_VERSION == 3, "run with the source of a schema-3 eventcoder first on the path"
    shutil.rmtree(out, ignore_errors=True)
    with Store(out, commit_every=3) as store:
        store.add(_labelled(batch(0) + batch(1)), "v1")  # several commits, materialized at the end
        a = article("new01", published="2024-03-20", outlet="Dawn")
        old = replace(
            mention(a, 1, "RUSMIL", "UKRGOV", "190", sentence="Russian troops shelled Kyiv in 2019."),
            date="2019", date_precision="year", background=True,
        )  # fmt: skip
        neg = mention(a, 2, "USAGOV", "CHNGOV", "042", negated=True,
                      sentence="The US did not visit China.")  # fmt: skip
        writer.REFRESH_SHARE = 1e9  # the next commits stay unmaterialized
        writer.SMALL_STORE_ROWS = 0
        store.add(_labelled([(a, [old, neg])]), "v1")
        b = article("art00001")
        store.add([(b, [mention(b, 0, "UKRGOV", "RUSMIL", "114")])], "v2")  # a re-coding
    time.sleep(125)
    with Store(out) as store:
        store._ensure_writer()  # collects the superseded events segments (older than 120 s)
        events = store.events(as_="arrow", include="all").select(
            ["event_id", "date", "source_code", "target_code", "cameo", "negated", "background",
             "num_mentions", "num_articles", "num_sources"]).to_pylist()  # fmt: skip
        unresolved = store.unresolved_actors(as_="arrow").select(
            ["name", "mentions", "articles"]).to_pylist()  # fmt: skip
    for e in events:
        e["date"] = str(e["date"])
    text = json.dumps(sorted(events, key=lambda e: e["event_id"]), indent=1) + "\n"
    (out / "events-by-schema3.json").write_text(text)
    (out / "unresolved-by-schema3.json").write_text(json.dumps(unresolved, indent=1) + "\n")
    (out / "writer.lock").unlink(missing_ok=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
