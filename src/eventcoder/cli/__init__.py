"""The ``eventcoder`` command line: a thin click shell over the library.

Each verb lives in a module listed in :data:`VERB_MODULES`; the module exposes ``COMMANDS``, a
list of click commands. Any :class:`~eventcoder.errors.EventcoderError` becomes one line on
stderr (``error: <input>: <reason> [ECnnn]``), never a traceback.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from eventcoder import __version__
from eventcoder.errors import EventcoderError

__all__ = ["VERB_MODULES", "main"]

VERB_MODULES: list[str] = [
    "eventcoder.cli.code_cmd",
    "eventcoder.cli.codes_cmd",
    "eventcoder.cli.eval_cmd",
    "eventcoder.cli.bench_cmd",
    "eventcoder.cli.store_cmds",
    "eventcoder.cli.watch_cmds",
    "eventcoder.cli.serve_cmd",
    "eventcoder.cli.actors_cmd",
]


class _Group(click.Group):
    """Click group that prints library errors as one line and exits non-zero."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except EventcoderError as exc:
            click.echo(f"error: {exc.one_line()}", err=True)
            ctx.exit(2)
        except KeyboardInterrupt:
            click.echo("error: interrupted", err=True)
            ctx.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError:
            # `eventcoder code … | head` closes the pipe early: not an error for the user.
            sys.stderr.close()
            ctx.exit(0)
        except Exception as exc:  # a bug, not a user error: still one line unless debugging
            if os.environ.get("EVENTCODER_DEBUG"):
                raise
            click.echo(
                f"error: internal error ({type(exc).__name__}: {exc}); "
                "set EVENTCODER_DEBUG=1 for a traceback and please report it",
                err=True,
            )
            ctx.exit(70)
        return None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventcoder")
def main() -> None:
    """Turn news reports into political event data: who did what to whom, when, where.

    \b
    Example:
      eventcoder code article.txt --published 2022-04-02
      eventcoder code articles.jsonl --format jsonl > mentions.jsonl
    """


for _name in VERB_MODULES:
    for _command in importlib.import_module(_name).COMMANDS:
        main.add_command(_command)
