"""``eventcoder codes``: list the CAMEO codes with Goldstein, QuadClass and PLOVER."""

from __future__ import annotations

import json

import click

__all__ = ["COMMANDS", "codes"]


@click.command()
@click.argument("search", required=False)
@click.option("--root", metavar="NN", help="Only codes under this two-digit root (e.g. 11).")
@click.option("--plover", metavar="TYPE", help="Only codes mapped to this PLOVER type (e.g. ACCUSE).")
@click.option("--quad", type=click.IntRange(1, 4), help="Only codes of this QuadClass (1-4).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True)
def codes(search: str | None, root: str | None, plover: str | None, quad: int | None,
          fmt: str) -> None:
    """List the CAMEO event codes (filter by root, PLOVER type, QuadClass or a word).

    \b
    Example:
      eventcoder codes --root 11
      eventcoder codes protest --quad 3
      eventcoder codes --plover ASSAULT --format jsonl
    """
    from eventcoder.ontology import default_ontology

    if root is not None and not (root.isdigit() and len(root) == 2 and 1 <= int(root) <= 20):
        raise click.BadParameter(f"{root!r} is not a CAMEO root (01-20)", param_hint="--root")
    rows = default_ontology().filter(root=root, plover=plover.upper() if plover else None,
                                     quad_class=quad, text=search)
    for c in rows:
        if fmt == "jsonl":
            click.echo(json.dumps({"code": c.code, "name": c.name, "root": c.root,
                                   "goldstein": c.goldstein, "quad_class": c.quad_class,
                                   "plover": c.plover or None}))
        else:
            indent = "  " * (len(c.code) - 2)
            click.echo(f"{c.code:<5} {c.goldstein:>5.1f}  Q{c.quad_class}  {c.plover or '-':<9} "
                       f"{indent}{c.name}")
COMMANDS = [codes]
