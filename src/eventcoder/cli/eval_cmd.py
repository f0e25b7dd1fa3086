"""``eventcoder eval``: score the coder against a hand-coded gold set."""

from __future__ import annotations

import json

import click

from eventcoder.cli.options import actors_option, coding_config
from eventcoder.evaluate import run_eval

__all__ = ["COMMANDS", "eval_command"]


@click.command("eval")
@click.argument("gold", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable JSON report.")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Ignore predicted mentions below this confidence.",
)
@click.option(
    "--top",
    type=click.IntRange(0),
    default=15,
    show_default=True,
    help="How many confusions to list in the text report.",
)
@actors_option
def eval_command(gold: str, as_json: bool, min_confidence: float, top: int,
                 actors: tuple[str, ...]) -> None:
    """Code every record of GOLD (JSONL with gold events) and score the result.

    Prints precision, recall and F1 at three levels (root, code, full), a per-root
    table, the false-positive rate on no-event records and the worst confusions.
    Negated and hypothetical mentions are not counted as events.

    The repository has two gold sets: gold/dev.jsonl (development) and gold/test.jsonl
    (held out: never used to change the coder).

    A file whose events carry a PLOVER type ("plover") instead of a CAMEO "code", with lists
    of acceptable actor codes, is scored as PLOVER gold: type alone, type + actor
    countries, type + full actor codes, CAMEO root and full-code recall where a "cameo" is
    given, the share of records with no event, and per-type precision and recall.

    \b
    Example:
      eventcoder eval gold/dev.jsonl
      eventcoder eval gold/test.jsonl --json --min-confidence 0.4 > scores.json
      eventcoder eval plover-coded-news.jsonl
      eventcoder eval my-gold.jsonl --actors my-actors.tsv
    """
    _config, actor_files = coding_config(actors)
    report = run_eval(gold, min_confidence=min_confidence, actor_files=actor_files)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(report.format_text(top=top))


COMMANDS: list[click.Command] = [eval_command]
