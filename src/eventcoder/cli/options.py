"""Option groups shared by several verbs, defined once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import click

__all__ = ["iso_date", "published_option", "store_option"]


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
