"""Settings of a run, each declared once in :data:`SETTINGS`; everything else derives from it.

A setting comes from (first found wins) the command line, an environment variable, the config
file, or its default. Settings that list files (``actors``) are *added up* instead: the config
file's first, then the environment's, then the command line's, so a later table overrides an
earlier one for the same name. The CLI options (:func:`setting_option`), their ``--help``, the
validation and ``docs/settings.md`` (checked by a test) all come from the table.

The config file is TOML, read with :mod:`tomllib`; the first of these that exists is used:

1. the file named by ``$EVENTCODER_CONFIG`` (it must exist);
2. ``eventcoder.toml`` in the current folder;
3. ``$XDG_CONFIG_HOME/eventcoder/config.toml`` (default ``~/.config/eventcoder/config.toml``).

::

    # eventcoder.toml
    actors = ["dictionaries/kenya.tsv", "dictionaries/ngos.tsv"]   # relative to this file
    trust_ids = true

Library code takes explicit arguments (``Coder(actor_files=...)``, ``code_text(actors=...)``);
only the command line and the server read the environment and the config file.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eventcoder.errors import SettingsError

__all__ = ["SETTINGS", "Config", "Setting", "config_path", "resolve", "setting_option"]

CONFIG_ENV = "EVENTCODER_CONFIG"
CONFIG_NAME = "eventcoder.toml"


@dataclass(frozen=True)
class Setting:
    """One setting: its name (the config file key; ``--name`` on the command line, with
    dashes), its environment variable, its default and help, and an example of its use."""

    name: str
    help: str
    example: str
    env: str
    default: Any = None
    #: a list of file paths: repeatable option, ``os.pathsep``-separated in the environment,
    #: a list of strings in the config file (relative to the file's folder); added up
    paths: bool = False
    flag: bool = False

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "actors",
        help="A user actor table (TSV in the format of a bundled table, docs/actors.md) that "
             "adds or overrides actors; repeat for several.",
        example="--actors my-actors.tsv --actors ngos.tsv",
        env="EVENTCODER_ACTORS",
        default=(),
        paths=True,
    ),
    Setting(
        "trust_ids",
        help="Use the 'id' of JSONL records as the article id as it is: the same id in two "
             "files is then the same article (by default ids are scoped by file: FILE:ID).",
        example="--trust-ids",
        env="EVENTCODER_TRUST_IDS",
        default=False,
        flag=True,
    ),
)  # fmt: skip

_BY_NAME = {s.name: s for s in SETTINGS}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Config:
    """The resolved settings of one run (see the module docstring for where they come from)."""

    actors: tuple[str, ...] = ()
    trust_ids: bool = False
    #: where each value came from ("command line", "$EVENTCODER_ACTORS", "eventcoder.toml" …)
    origins: Mapping[str, str] = field(default_factory=dict, compare=False)

    def actor_files(self) -> tuple[Any, ...]:
        """The user actor tables, read (their text travels to Dask workers with the coder)."""
        from eventcoder.code.actor_files import read_actor_files

        return read_actor_files(self.actors)


def config_path(environ: Mapping[str, str] | None = None, cwd: Path | None = None) -> Path | None:
    """The config file in use (see the module docstring), or None."""
    env = os.environ if environ is None else environ
    named = env.get(CONFIG_ENV)
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise SettingsError("no such config file", source=f"${CONFIG_ENV}={named}")
        return path
    local = (cwd or Path.cwd()) / CONFIG_NAME
    if local.is_file():
        return local
    home = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    user = home / "eventcoder" / "config.toml"
    return user if user.is_file() else None


def _read_config(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SettingsError(f"cannot read the config file: {exc.strerror}", source=str(path)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"not valid TOML: {exc}", source=str(path)) from None
    unknown = sorted(set(data) - set(_BY_NAME))
    if unknown:
        raise SettingsError(f"unknown setting {', '.join(map(repr, unknown))} (known: "
                            f"{', '.join(sorted(_BY_NAME))})", source=str(path))
    return data


def _paths_from_config(setting: Setting, value: Any, path: Path) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise SettingsError(f"'{setting.name}' must be a file name or a list of file names",
                            source=str(path))
    return tuple(str((path.parent / Path(v).expanduser()).resolve()) for v in items)


def _flag(setting: Setting, value: Any, where: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE | _FALSE:
        return text in _TRUE
    raise SettingsError(f"'{setting.name}' is true or false, not {value!r}", source=where)


def resolve(given: Mapping[str, Any] | None = None, *, environ: Mapping[str, str] | None = None,
            cwd: Path | None = None) -> Config:
    """The :class:`Config` of a run: ``given`` holds the command line's values (None or an
    empty tuple when an option was not given)."""
    given = given or {}
    env = os.environ if environ is None else environ
    path = config_path(env, cwd)
    from_file = _read_config(path)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for s in SETTINGS:
        layers: list[tuple[str, Any]] = []
        if s.name in from_file:
            assert path is not None
            raw = from_file[s.name]
            value = _paths_from_config(s, raw, path) if s.paths else _flag(s, raw, str(path))
            layers.append((str(path), value))
        if env.get(s.env) not in (None, ""):
            raw = env[s.env]
            value = tuple(p for p in raw.split(os.pathsep) if p) if s.paths else \
                _flag(s, raw, f"${s.env}")
            layers.append((f"${s.env}", value))
        if given.get(s.name) not in (None, ()):
            value = tuple(given[s.name]) if s.paths else bool(given[s.name])
            layers.append(("command line", value))
        if s.paths:
            values[s.name] = tuple(p for _, v in layers for p in v)
            origins[s.name] = ", ".join(o for o, _ in layers) or "default"
        elif layers:
            origins[s.name], values[s.name] = layers[-1]
        else:
            values[s.name], origins[s.name] = s.default, "default"
    return Config(**values, origins=origins)


def setting_option(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The click option of a setting, from its declaration (help names the environment
    variable, the config key and an example)."""
    import click

    s = _BY_NAME[name]
    if s.flag:
        help_text = (f"{s.help} Also ${s.env}=1 or '{s.name} = true' in the config file. "
                     f"Example: {s.example}")
        return click.option(f"{s.option}/--no-{s.option[2:]}", s.name, default=None,
                            help=help_text)
    if not s.paths:  # pragma: no cover - every setting so far is a flag or a list of files
        raise NotImplementedError(name)
    help_text = (f"{s.help} Also from ${s.env} (several separated by '{os.pathsep}') and "
                 f"'{s.name}' in the config file: all are used, the command line's last. "
                 f"Example: {s.example}")
    return click.option(s.option, s.name, multiple=True, metavar="FILE",
                        type=click.Path(dir_okay=False), help=help_text)
