"""Writers for streams of coded mentions: ``jsonl``, ``table`` and ``gdelt`` (``code --format``)."""

from __future__ import annotations

import json
import shutil
import textwrap
from collections.abc import Callable, Iterable
from typing import TextIO

from eventcoder.gdelt import actor_name, gdelt_row
from eventcoder.records import Article, Mention

__all__ = ["FORMATS", "write_mentions"]

Results = Iterable[tuple[Article, list[Mention]]]


def _jsonl(results: Results, out: TextIO) -> None:
    for _article, mentions in results:
        for mention in mentions:
            out.write(json.dumps(mention.to_dict(), ensure_ascii=False) + "\n")


def _actor_cell(actor) -> str:
    return actor.code if actor and actor.code else "-"


def _flags(m: Mention) -> str:
    flags = []
    if m.negated:
        flags.append("negated")
    if m.modality != "asserted":
        flags.append(m.modality)
    if m.background:
        flags.append("background")
    return ",".join(flags)


def _table(results: Results, out: TextIO) -> None:
    width = max(shutil.get_terminal_size((120, 20)).columns, 80)
    header = (f"{'DATE':<10}  {'SOURCE':<9} {'CAMEO':<5} {'TARGET':<9} {'PLOVER':<9} "
              f"{'GS':>5}  {'TRIGGER':<24} {'PLACE':<14} FLAGS")
    total = 0
    for article, mentions in results:
        title = article.title or article.origin or article.id
        out.write(f"\n# {title}  [{article.published or 'no date'}]  {len(mentions)} events\n")
        if not mentions:
            continue
        out.write(header + "\n")
        for m in mentions:
            total += 1
            place = m.location.name if m.location else "-"
            out.write(
                f"{m.date or '-':<10}  {_actor_cell(m.source):<9} {m.cameo:<5} "
                f"{_actor_cell(m.target):<9} {m.plover or '-':<9} {m.goldstein:>5.1f}  "
                f"{m.trigger[:24]:<24} {place[:14]:<14} {_flags(m)}\n"
            )
            who = " → ".join(a.text for a in (m.source, m.target) if a)
            line = f"{m.cameo_name}: {who}. \u201c{m.sentence}\u201d"
            for wrapped in textwrap.wrap(line, width=width - 12)[:3]:
                out.write(f"{'':12}{wrapped}\n")
    out.write(f"\n{total} event mentions\n")


def _gdelt(results: Results, out: TextIO) -> None:
    for article, mentions in results:
        root = min((m.sentence_index for m in mentions), default=None)  # the story's first events
        for m in mentions:
            row = gdelt_row(
                key=f"{m.article_id}:{m.sentence_index}:{m.cameo}:{m.trigger_start}:"
                f"{m.source and m.source.code}:{m.target and m.target.code}",
                date=m.date or article.published,
                source=(m.source.code, actor_name(m.source.code, m.source.name, m.source.text))
                if m.source else (None, None),
                target=(m.target.code, actor_name(m.target.code, m.target.name, m.target.text))
                if m.target else (None, None),
                cameo=m.cameo,
                quad_class=m.quad_class,
                goldstein=m.goldstein,
                place=m.location.to_dict() if m.location else None,
                url=article.url,
                is_root=m.sentence_index == root,
            )
            out.write("\t".join(cell.replace("\t", " ") for cell in row) + "\n")


FORMATS: dict[str, Callable[[Results, TextIO], None]] = {
    "jsonl": _jsonl,
    "table": _table,
    "gdelt": _gdelt,
}


def write_mentions(results: Results, fmt: str, out: TextIO) -> None:
    """Write ``(article, mentions)`` pairs to ``out`` in format ``fmt``."""
    FORMATS[fmt](results, out)
