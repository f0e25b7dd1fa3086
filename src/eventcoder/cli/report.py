"""What a coding run met, told the same way by ``code`` and ``ingest``.

Each input that cannot be read or coded is named on stderr as it happens (one line: ``error:
<input>: <reason> [ECnnn]``). Files a folder holds that eventcoder does not read (images,
spreadsheets, old ``.doc``) are listed once, with their reason, at the end of the run. The
exit status: 0 when every input was coded, 3 when some failed and others were coded, 1 when
none could be.
"""

from __future__ import annotations

from collections.abc import Callable

import click

from eventcoder.errors import EventcoderError

__all__ = ["EXIT_NOTHING", "EXIT_SOME_FAILED", "RunReport"]

EXIT_NOTHING = 1
EXIT_SOME_FAILED = 3
#: At most this many skipped files are named; the rest are counted.
MAX_LISTED = 20


def _stderr(line: str) -> None:
    click.echo(line, err=True)


class RunReport:
    """Collects a run's errors and skipped files; see the module docstring."""

    def __init__(self, echo: Callable[[str], None] = _stderr) -> None:
        self.echo = echo
        self.errors: list[EventcoderError] = []
        self.skipped: list[tuple[str, str]] = []
        self.done = 0  # inputs coded (or found already stored)

    def error(self, exc: EventcoderError) -> None:
        self.errors.append(exc)
        self.echo(f"error: {exc.one_line()}")

    def skip(self, path: str, reason: str) -> None:
        self.skipped.append((path, reason))

    def skipped_lines(self) -> list[str]:
        if not self.skipped:
            return []
        lines = [f"skipped {len(self.skipped)} file(s) of a folder that eventcoder does not read:"]
        lines += [f"  {' '.join(path.split())}: {reason}" for path, reason in self.skipped[:MAX_LISTED]]
        if len(self.skipped) > MAX_LISTED:
            lines.append(f"  … and {len(self.skipped) - MAX_LISTED} more")
        return lines

    def exit_code(self) -> int:
        if not self.errors:
            return 0
        return EXIT_SOME_FAILED if self.done else EXIT_NOTHING

    def finish(self) -> None:
        """Print the skipped files, then end the command with the run's exit status."""
        for line in self.skipped_lines():
            self.echo(line)
        code = self.exit_code()
        if code:
            raise click.exceptions.Exit(code)
