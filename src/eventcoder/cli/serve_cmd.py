"""``eventcoder serve``: the HTTP API and web pages over an event store."""

from __future__ import annotations

import ipaddress

import click

from eventcoder.cli.options import actors_option, coding_config
from eventcoder.read.text import MAX_ARTICLE_CHARS

__all__ = ["COMMANDS", "serve"]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--store", "store_path", metavar="PATH", default=None,
              help="The event store to serve (default: $EVENTCODER_STORE or ./eventcoder-store).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback by default; the API has no authentication).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="TCP port to listen on.")
@click.option("--max-body", type=click.IntRange(1_000, 100_000_000), default=1_000_000,
              show_default=True, help="Largest request body accepted, in bytes.")
@click.option("--max-text", type=click.IntRange(100, MAX_ARTICLE_CHARS), default=100_000,
              show_default=True,
              help=f"Longest text POST /api/code codes, in characters (at most "
                   f"{MAX_ARTICLE_CHARS:,}, the limit of an article).")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True, help="Server log level.")
@actors_option
def serve(store_path: str | None, host: str, port: int, max_body: int, max_text: int,
          log_level: str, actors: tuple[str, ...]) -> None:
    """Serve the HTTP API (/api, OpenAPI at /docs) and the web pages over an event store.

    Pages: / (code a text), /explore (filters, table, timeline, map, network),
    /claims (accusations and their denials). The store need not exist yet: coding
    works without one.

    \b
    Example:
      eventcoder ingest news/ --store news-store
      eventcoder serve --store news-store --port 8000
      curl -s localhost:8000/api/events?dyad=PAK,USA
      eventcoder serve --store news-store --actors my-actors.tsv
    """
    try:
        import uvicorn

        from eventcoder.serve import Settings, create_app
    except ImportError as exc:
        raise click.ClickException(
            f"the server needs the serve extra ({exc.name} is missing): "
            "pip install 'eventcoder[serve]'"
        ) from None
    if not _is_loopback(host):
        click.echo(f"warning: listening on {host}, beyond this machine; the API has no "
                   "authentication", err=True)  # fmt: skip
    _config, actor_files = coding_config(actors)
    app = create_app(store_path, Settings(max_body_bytes=max_body, max_text_chars=max_text,
                                          actor_files=actor_files))
    click.echo(f"eventcoder: serving {app.state.view.path} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)


COMMANDS = [serve]
