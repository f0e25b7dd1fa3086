"""Settings are declared once; command line > environment > config file > default (#14)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventcoder.errors import SettingsError
from eventcoder.settings import SETTINGS, config_path, resolve

DOCS = Path(__file__).resolve().parents[1] / "docs" / "settings.md"


@pytest.mark.parametrize("setting", SETTINGS, ids=[s.name for s in SETTINGS])
def test_settings_every_setting_is_documented(setting):
    text = DOCS.read_text()
    row = next((line for line in text.splitlines() if line.startswith(f"| `{setting.name}` |")),
               None)  # fmt: skip
    assert row is not None, f"{setting.name} has no row in docs/settings.md"
    assert setting.option in row and setting.env in row


def _config(tmp_path: Path, text: str) -> Path:
    (tmp_path / "eventcoder.toml").write_text(text)
    return tmp_path


def test_settings_defaults_without_anything(tmp_path):
    config = resolve({}, environ={"XDG_CONFIG_HOME": str(tmp_path)}, cwd=tmp_path)
    assert config.actors == () and config.trust_ids is False
    assert config.origins["trust_ids"] == "default"


def test_settings_command_line_beats_environment_beats_config_file(tmp_path):
    cwd = _config(tmp_path, "trust_ids = true\n")
    env = {"XDG_CONFIG_HOME": str(tmp_path / "none")}
    assert resolve({}, environ=env, cwd=cwd).trust_ids is True
    assert resolve({}, environ={**env, "EVENTCODER_TRUST_IDS": "0"}, cwd=cwd).trust_ids is False
    config = resolve({"trust_ids": True}, environ={**env, "EVENTCODER_TRUST_IDS": "no"}, cwd=cwd)
    assert config.trust_ids is True and config.origins["trust_ids"] == "command line"


def test_settings_actor_tables_add_up_in_order(tmp_path):
    cwd = _config(tmp_path, 'actors = ["dicts/a.tsv"]\n')
    env = {"XDG_CONFIG_HOME": str(tmp_path / "none"),
           "EVENTCODER_ACTORS": os.pathsep.join(["/e/b.tsv", "/e/c.tsv"])}
    config = resolve({"actors": ("d.tsv",)}, environ=env, cwd=cwd)
    # the config file's relative path is read from the file's folder
    assert config.actors == (str(tmp_path / "dicts" / "a.tsv"), "/e/b.tsv", "/e/c.tsv", "d.tsv")


def test_settings_user_config_and_named_config(tmp_path):
    home = tmp_path / "home"
    (home / "eventcoder").mkdir(parents=True)
    (home / "eventcoder" / "config.toml").write_text("trust_ids = true\n")
    work = tmp_path / "work"
    work.mkdir()
    assert config_path({"XDG_CONFIG_HOME": str(home)}, work) == home / "eventcoder" / "config.toml"
    named = tmp_path / "other.toml"
    named.write_text("trust_ids = false\n")
    env = {"XDG_CONFIG_HOME": str(home), "EVENTCODER_CONFIG": str(named)}
    assert resolve({}, environ=env, cwd=work).trust_ids is False
    with pytest.raises(SettingsError, match="no such config file"):
        config_path({"EVENTCODER_CONFIG": str(tmp_path / "missing.toml")}, work)


@pytest.mark.parametrize(("text", "reason"), [
    ("actors = 3\n", "file name or a list"),
    ("trust_ids = 'sometimes'\n", "true or false"),
    ("actor = ['a.tsv']\n", "unknown setting 'actor'"),
    ("actors = [\n", "not valid TOML"),
])
def test_settings_bad_config_is_one_line_naming_the_file(tmp_path, text, reason):
    cwd = _config(tmp_path, text)
    with pytest.raises(SettingsError) as info:
        resolve({}, environ={"XDG_CONFIG_HOME": str(tmp_path / "none")}, cwd=cwd)
    line = info.value.one_line()
    assert reason in line and "eventcoder.toml" in line and "\n" not in line and "[EC700]" in line


#: Options added for issue 14, each with an example in its verb's --help.
NEW_OPTIONS = [
    ("code", "--actors"), ("code", "--trust-ids"), ("ingest", "--actors"),
    ("ingest", "--trust-ids"), ("watch", "--actors"), ("eval", "--actors"), ("serve", "--actors"),
    ("actors unknown", "--actors"), ("actors unknown", "--min-count"),
    ("actors unknown", "--format"), ("timeline", "--actor"), ("network", "--by"),
]  # fmt: skip


@pytest.mark.parametrize(("verb", "option"), NEW_OPTIONS)
def test_settings_every_new_option_has_an_example(verb, option):
    from click.testing import CliRunner

    from eventcoder.cli import main

    result = CliRunner().invoke(main, [*verb.split(), "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert option in result.output, result.output
    example = result.output.split("Example:", 1)[1].split("Options:", 1)[0]
    assert option in example, f"no example of {option} in `{verb} --help`:\n{example}"
