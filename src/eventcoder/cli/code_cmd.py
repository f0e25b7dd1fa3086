"""``eventcoder code``: code articles and print their event mentions."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from eventcoder.cli.options import actors_option, coding_config, published_option, trust_ids_option
from eventcoder.cli.report import RunReport
from eventcoder.output import FORMATS, write_mentions
from eventcoder.records import Article, Mention

__all__ = ["COMMANDS", "code"]


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...|-")
@published_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(FORMATS)),
    default=None,
    help="Output format (default: table on a terminal, jsonl otherwise).",
)
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop mentions below this confidence.")
@click.option("--include-negated/--no-negated", default=True, show_default=True,
              help="Keep mentions of negated events (marked negated=true).")
@actors_option
@trust_ids_option
def code(paths: tuple[str, ...], published: str | None, fmt: str | None,
         min_confidence: float, include_negated: bool, actors: tuple[str, ...],
         trust_ids: bool | None) -> None:
    """Code articles (text, HTML, PDF, Word .docx, JSONL, folders, - for stdin) and print
    event mentions.

    Exit status: 0 when every input was coded, 3 when some could not be (each is named on
    stderr), 1 when none could.

    \b
    Example:
      eventcoder code article.txt --published 2022-04-02
      eventcoder code news/ --format jsonl > mentions.jsonl
      cat article.txt | eventcoder code - --format gdelt
      eventcoder code report.pdf --actors my-actors.tsv
      eventcoder code a.jsonl b.jsonl --trust-ids
    """
    from eventcoder.pipeline import default_coder
    from eventcoder.read import read_paths
    from eventcoder.read.published import undated_warning

    config, actor_files = coding_config(actors, trust_ids)
    run = RunReport()

    def warn(message: str) -> None:
        click.echo(f"warning: {message}", err=True)

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    coder = default_coder(actor_files)
    undated: list[str] = []

    def results() -> Iterator[tuple[Article, list[Mention]]]:
        articles = read_paths(paths, published=published, on_error=run.error, on_warning=warn,
                              on_skip=run.skip, trust_ids=config.trust_ids)
        for article, mentions in coder.code_articles(articles, on_error=run.error):
            run.done += 1
            if article.published is None:
                undated.append(article.origin or article.id)
            kept = [m for m in mentions if m.confidence >= min_confidence
                    and (include_negated or not m.negated)]
            yield article, kept

    write_mentions(results(), fmt, sys.stdout)
    if message := undated_warning(undated, run.done):
        warn(message)
    run.finish()


COMMANDS = [code]
