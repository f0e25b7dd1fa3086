"""``eventcoder actors``: the user dictionary workflow.

``actors unknown`` lists the actor phrases no table knew, most frequent first, as rows of a
user actor table ready to fill in; ``actors check`` validates user tables the way a run would.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from eventcoder.cli.options import actors_option, coding_config
from eventcoder.cli.options import store_option as _store_option
from eventcoder.cli.store_cmds import _print_rows
from eventcoder.errors import QueryError

__all__ = ["COMMANDS", "actors"]

#: The shape ``actors unknown`` prints: the groups table's, which gives any name any code.
TSV_HEADER = ("name", "code", "valid_from", "valid_to")
_COLUMNS = ["name", "mentions", "articles", "positions", "example", "example_article"]


@click.group()
def actors() -> None:
    """User actor tables: find the phrases no table knows, check your own tables.

    \b
    Example:
      eventcoder actors unknown --store news-store > my-actors.tsv
      eventcoder actors check my-actors.tsv
      eventcoder ingest news/ --store news-store --actors my-actors.tsv --recode
    """


def _tsv(rows: list[dict[str, Any]], store: str, dropped: int) -> None:
    out = sys.stdout
    out.write(f"# Actor phrases no actor table knows, most frequent first ({store}).\n"
              "# Fill in the code column (an actor code such as KENGOV, IGOUNO or USAMIL: see\n"
              "# docs/actors.md), delete the rows you do not want, then code with\n"
              "# --actors THIS-FILE (or list it under 'actors' in eventcoder.toml).\n")
    if dropped:
        out.write(f"# ({dropped} phrase(s) that the given actor tables now know are left out)\n")
    out.write("\t".join(TSV_HEADER) + "\n")
    for row in rows:
        example = " ".join(str(row["example"] or "").split())
        out.write(f"# {row['mentions']} mention(s) in {row['articles']} article(s), as "
                  f"{row['positions'].replace(',', ', ')}: \"{example}\"\n")
        name = " ".join(str(row["name"]).split())
        out.write("\t".join((name, "", "", "")) + "\n")


@actors.command("unknown")
@_store_option
@click.option("--min-count", type=click.IntRange(1), default=1, show_default=True,
              help="List phrases seen at least this often.")  # fmt: skip
@click.option("--limit", type=click.IntRange(0), default=0, show_default=True,
              help="At most this many phrases (0 = all).")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(["tsv", "table", "jsonl", "csv"]),
              default="tsv", show_default=True,
              help="tsv: rows of a user actor table (groups format) to fill in.")  # fmt: skip
@actors_option
def unknown(store_path: str, min_count: int, limit: int, fmt: str,
            actors: tuple[str, ...]) -> None:  # fmt: skip
    """Unresolved actor phrases of the store, most frequent first, each with an example.

    The coder records the noun phrases in actor positions (subject or object of a coded
    predicate, names near one) that no actor table resolved. With --actors (or the config
    file / $EVENTCODER_ACTORS), phrases those tables now know are left out.

    \b
    Example:
      eventcoder actors unknown --store news-store > my-actors.tsv
      eventcoder actors unknown --store news-store --format table --min-count 3
      eventcoder actors unknown --store news-store --actors my-actors.tsv
    """
    from eventcoder.store import Store

    _config, actor_files = coding_config(actors)
    with Store(store_path) as store:
        if not store.exists():
            raise QueryError("no event store here", source=store_path)
        rows = store.unresolved_actors(min_count=min_count, limit=None, as_="arrow").to_pylist()
    dropped = 0
    if actor_files:
        from eventcoder.code.actor_files import check_actor_files

        tables = check_actor_files(actor_files)
        kept = [r for r in rows if not tables.knows(r["name"])]
        dropped, rows = len(rows) - len(kept), kept
    rows = rows[:limit] if limit else rows
    if fmt == "tsv":
        _tsv(rows, store_path, dropped)
    else:
        _print_rows(rows, _COLUMNS, fmt)


@actors.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def check(files: tuple[str, ...]) -> None:
    """Validate user actor tables as a run would read them (first error: FILE:LINE: reason).

    \b
    Example:
      eventcoder actors check my-actors.tsv ngos.tsv
    """
    from eventcoder.code.actor_files import check_actor_files, read_actor_files

    found = read_actor_files(files)
    check_actor_files(found)
    for f in found:
        rows = sum(1 for line in f.text.splitlines() if line.strip() and not line.startswith("#"))
        click.echo(f"{f.origin}: {f.kind()[:-4]} table, {max(0, rows - 1)} row(s), valid")


COMMANDS = [actors]
