"""Option groups shared by several verbs, defined once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

from eventcoder.settings import Config, resolve, setting_option

__all__ = [
    "actors_option",
    "coding_config",
    "iso_date",
    "published_option",
    "store_option",
    "trust_ids_option",
]


def iso_date(ctx: click.Context | None, param: click.Parameter | None, value: str | None) -> str | None:
    """Click callback: a real YYYY-MM-DD date, or a usage error naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def published_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--published",
        metavar="YYYY-MM-DD",
        callback=iso_date,
        help="Publication date for inputs that carry none (relative dates resolve against it).",
    )(func)


#: ``--actors FILE`` (repeatable): user actor tables (eventcoder.settings).
actors_option = setting_option("actors")
#: ``--trust-ids/--no-trust-ids``: JSONL ids as article ids across files (eventcoder.settings).
trust_ids_option = setting_option("trust_ids")


def coding_config(actors: tuple[str, ...] = (), trust_ids: bool | None = None) -> tuple[Config, tuple]:
    """The run's settings (command line, environment, config file) and its user actor tables,
    read and validated before the model loads: a bad row stops the run with ``FILE:LINE``."""
    from eventcoder.code.actor_files import check_actor_files

    config = resolve({"actors": actors, "trust_ids": trust_ids})
    files = config.actor_files()
    if files:
        check_actor_files(files)
    return config, files


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--store",
        "store_path",
        metavar="PATH",
        envvar="EVENTCODER_STORE",
        default="eventcoder-store",
        show_default=True,
        help="The event store folder (or set $EVENTCODER_STORE).",
    )(func)
