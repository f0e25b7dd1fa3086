"""URLs as the watcher compares them: tracking parameters and fragments dropped, one key each.

``clean_url`` is the address the watcher fetches and stores: the URL as written, less its
fragment and the tracking parameters of ``data/tracking_params.tsv``. ``url_key`` is what it
compares: the clean URL with scheme and host lower-cased, the default port dropped, an empty
path made ``/`` and the remaining query parameters sorted, so one story linked from two feeds
with different campaign tags has one key.
"""

from __future__ import annotations

import functools
from importlib import resources
from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit, urlunsplit

from eventcoder.errors import DataTableError, InputError

__all__ = ["clean_url", "host_of", "is_tracking_param", "origin_of", "url_key"]

_DEFAULT_PORTS = {"http": 80, "https": 443}


@functools.cache
def _tracking() -> tuple[frozenset[str], tuple[str, ...]]:
    path = resources.files("eventcoder") / "data" / "tracking_params.tsv"
    exact: set[str] = set()
    prefixes: list[str] = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] == "name":
            continue  # header
        if len(cols) < 3 or not cols[0].strip() or cols[1] not in ("exact", "prefix"):
            raise DataTableError(
                f"tracking_params.tsv:{lineno}: expected 'name<TAB>exact|prefix<TAB>what'"
            )
        name = cols[0].strip().lower()
        if cols[1] == "exact":
            exact.add(name)
        else:
            prefixes.append(name)
    return frozenset(exact), tuple(prefixes)


def is_tracking_param(name: str) -> bool:
    """Whether a query parameter only tracks the reader (``utm_source``, ``fbclid`` …)."""
    exact, prefixes = _tracking()
    name = name.strip().lower()
    return name in exact or name.startswith(prefixes)


def _split(url: str) -> tuple[str, str, str, str]:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise InputError("not an http(s) URL", source=url)
    try:
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:
        raise InputError("bad port in URL", source=url) from None
    if not host:
        raise InputError("URL has no host", source=url)
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    return scheme, netloc, parts.path, parts.query


def clean_url(url: str) -> str:
    """``url`` without its fragment and tracking parameters (otherwise as written)."""
    parts = urlsplit(url.strip())
    _split(url)  # validates: http(s), a host, a numeric port
    kept = [p for p in parts.query.split("&")
            if p and not is_tracking_param(unquote_plus(p.split("=", 1)[0]))]  # fmt: skip
    return urlunsplit((parts.scheme.lower(), parts.netloc, parts.path or "/", "&".join(kept), ""))


def url_key(url: str) -> str:
    """The key two URLs of the same page share (see the module docstring)."""
    scheme, netloc, path, query = _split(clean_url(url))
    params = sorted(parse_qsl(query, keep_blank_values=True))
    return urlunsplit((scheme, netloc, path or "/", urlencode(params), ""))


def origin_of(url: str) -> str:
    """``scheme://host[:port]``: whose robots.txt applies."""
    scheme, netloc, _path, _query = _split(url)
    return f"{scheme}://{netloc}"


def host_of(url: str) -> str:
    """``host[:port]``: the unit of politeness (one request at a time, then a delay)."""
    return _split(url)[1]
