"""The config file: what a weekly user would otherwise type every time.

A small TOML file in the user config folder (platformdirs; `LLMDRAFT_CONFIG` names another file)
with flat keys: `sender`, `provider`, `model`, `base_url`, `relationship`, `closeness`,
`channel`, `cache_dir` and `history`. Every setting is resolved the same way, in one place
(`resolve`):

    flag  >  environment variable  >  config file  >  llmdraft's default

and each resolved value remembers where it came from (`Setting.source`), which `--json` and
`llmdraft config show` report. The values do not go a way of their own: the endpoint settings
become an `Endpoint` (llmdraft/settings.py), and the context defaults are handed to
`kinds.context_for` as defaults under the flags and the context file.

Written by hand on the standard library's `tomllib` rather than with pydantic-settings: every
command resolves its settings, and pydantic-settings imports pydantic (about 0.2 s here), which
alone would break the start-up budget (1.5x a bare Typer app); four layers and a source per
value are a few dozen lines. The file is written with a tiny writer of our own (flat keys,
strings and booleans only), so no TOML-writing dependency is needed either.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable, NamedTuple

from .errors import InputError
from .sanitize import excerpt

ENV_FILE = "LLMDRAFT_CONFIG"  # another config file (tests, or a second profile)
MAX_BYTES = 64 * 1024  # a config file is a dozen lines


def _enum(name: str) -> Callable[[str], str]:
    def check(value: str) -> str:
        from . import context

        enum: Any = {"relationship": context.Relationship, "closeness": context.Closeness,
                     "channel": context.Channel}[name]
        return context._enum_value(enum, value, name).value  # type: ignore[attr-defined]

    return check


def _provider(value: str) -> str:
    from .settings import PROVIDERS

    if value.lower() not in PROVIDERS:
        raise InputError(f"unknown provider {excerpt(value)}: use one of {', '.join(PROVIDERS)}")
    return value.lower()


def _url(value: str) -> str:
    from .providers.discover import check_url  # no SDK, no pydantic: start-up stays light

    return check_url(value)


def _text(value: str) -> str:
    from .sanitize import find_control

    control = find_control(value)
    if control:
        raise InputError(f"the value holds the control character {control}: remove it")
    text = " ".join(value.split())
    if not text:
        raise InputError("the value is empty: use 'llmdraft config unset' to remove a key")
    if len(text) > 300:
        raise InputError("the value is over 300 characters")
    return text


def _channel(value: str) -> str:
    value = _enum("channel")(value)
    if value == "recommendation":
        raise InputError("channel 'recommendation' is not a default: 'llmdraft recommend' uses "
                         "it on its own")
    return value


def _path(value: str) -> str:
    return str(Path(_text(value)).expanduser())


TRUE = ("true", "yes", "on", "1")
FALSE = ("false", "no", "off", "0")


def _bool(value: str | bool) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise InputError(f"{excerpt(value)} is not true or false")


class Key(NamedTuple):
    """One setting: its environment variable, its default (None: none), what it means."""

    name: str
    env: str | None
    default: Any
    help: str
    check: Callable[[Any], Any] = _text
    context: bool = False  # a context default (handed to kinds.context_for)
    shown_default: str | None = None  # for --help and `config show` when default is None


KEYS: dict[str, Key] = {k.name: k for k in (
    Key("sender", "LLMDRAFT_SENDER", None, "your name: signs every message", context=True,
        shown_default="(none: no signature)"),
    Key("provider", "LLMDRAFT_PROVIDER", "auto",
        "auto | offline | openai (auto: openai when a key or base URL is set)", _provider),
    Key("model", "LLMDRAFT_MODEL", None, "the model to ask",
        shown_default="gpt-4o-mini (a local server's only model)"),
    Key("base_url", "OPENAI_BASE_URL", None, "an OpenAI-compatible endpoint, e.g. "
        "http://localhost:11434/v1", _url, shown_default="(OpenAI's)"),
    Key("relationship", "LLMDRAFT_RELATIONSHIP", "same-team",
        "how they know you, by default (LinkedIn's values)", _enum("relationship"), context=True),
    Key("closeness", "LLMDRAFT_CLOSENESS", "professional", "close | professional | distant",
        _enum("closeness"), context=True),
    Key("channel", "LLMDRAFT_CHANNEL", "linkedin-request", "the channel requests are drafted for",
        _channel, context=True),
    Key("cache_dir", "LLMDRAFT_CACHE_DIR", None, "where drafts are cached", _path,
        shown_default="(the user cache folder)"),
    # LLMDRAFT_HISTORY is the database's path (llmdraft/history.py); the switch is
    # LLMDRAFT_NO_HISTORY, read by history_enabled() above this key.
    Key("history", None, True, "record drafts in the local history (llmdraft history)", _bool),
)}


def path() -> Path:
    """The config file: LLMDRAFT_CONFIG, or config.toml in the user config folder."""
    override = os.environ.get(ENV_FILE)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("llmdraft", appauthor=False)) / "config.toml"


_loaded: dict[Path, dict] = {}


def read_file(file: Path | None = None) -> dict[str, Any]:
    """The config file's values, checked (a missing file is no values). A file that is not
    TOML, an unknown key or a bad value is one line naming the file (exit 2)."""
    import tomllib

    file = file or path()
    try:
        raw = file.read_bytes()[: MAX_BYTES + 1]
    except FileNotFoundError:
        return {}
    except IsADirectoryError:
        raise InputError(f"the config file {file} is a folder") from None
    except OSError as exc:
        raise InputError(f"cannot read the config file {file}: {exc.strerror}") from None
    if len(raw) > MAX_BYTES:
        raise InputError(f"the config file {file} is over {MAX_BYTES // 1024} KB: it is not a "
                         f"config file")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"the config file {file} is not valid TOML: {exc}") from None
    values = {}
    for name, value in data.items():
        key = KEYS.get(name.replace("-", "_"))
        if key is None:
            raise InputError(f"the config file {file} has an unknown key {excerpt(name)}: use "
                             f"{', '.join(KEYS)}")
        if key.check is not _bool and not isinstance(value, str):
            raise InputError(f"the config file {file}: {key.name} must be text, not "
                             f"{type(value).__name__}")
        try:
            values[key.name] = key.check(value)
        except InputError as exc:
            raise InputError(f"the config file {file}: {key.name}: {exc}") from None
    return values


def file_values() -> dict[str, Any]:
    """read_file() for the current file, read once per process."""
    file = path()
    if file not in _loaded:
        _loaded[file] = read_file(file)
    return _loaded[file]


class Setting(NamedTuple):
    name: str
    value: Any
    source: str  # "flag", "env:NAME", "file", "default"

    def to_dict(self) -> dict:
        return {"value": self.value, "source": self.source}


def resolve(flags: dict[str, Any] | None = None, names: tuple[str, ...] | None = None
            ) -> dict[str, Setting]:
    """Each setting from the first layer that sets it: flag > environment > file > default.

    `flags` holds the values the command line gave (None: not given)."""
    flags = flags or {}
    file = None
    out = {}
    for name in names or tuple(KEYS):
        key = KEYS[name]
        if flags.get(name) is not None:
            out[name] = Setting(name, flags[name], "flag")
            continue
        env = os.environ.get(key.env) if key.env else None
        if env:
            try:
                value = key.check(env)
            except InputError as exc:
                raise InputError(f"{key.env}: {exc}") from None
            out[name] = Setting(name, value, f"env:{key.env}")
            continue
        if file is None:
            file = file_values()
        if name in file:
            out[name] = Setting(name, file[name], "file")
        else:
            out[name] = Setting(name, key.default, "default")
    return out


def context_defaults(settings: dict[str, Setting]) -> dict[str, Any]:
    """The context keys the environment or the config file set (not llmdraft's own defaults,
    which the Context applies itself), as defaults for kinds.context_for."""
    return {name: s.value for name, s in settings.items()
            if KEYS[name].context and s.source != "default" and s.source != "flag"}


def cache_dir() -> Path | None:
    """The configured cache folder (environment, then file), or None for the default."""
    setting = resolve(names=("cache_dir",))["cache_dir"]
    return Path(setting.value) if setting.value else None


# -- writing ------------------------------------------------------------------------------------

def set_value(name: str, value: str) -> tuple[str, Any]:
    """Check `value` and write it into the config file; returns the key and the stored value."""
    key = _key(name)
    try:
        checked = key.check(value)
    except InputError as exc:
        raise InputError(f"{key.name}: {exc}") from None
    values = read_file()
    values[key.name] = checked
    _write(values)
    return key.name, checked


def unset_value(name: str) -> bool:
    """Remove a key from the config file; False when it was not set there."""
    key = _key(name)
    values = read_file()
    if key.name not in values:
        return False
    del values[key.name]
    _write(values)
    return True


def _key(name: str) -> Key:
    key = KEYS.get(name.replace("-", "_"))
    if key is None:
        raise InputError(f"unknown setting {excerpt(name)}: use one of {', '.join(KEYS)}")
    return key


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    import json

    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a TOML basic string


def _write(values: dict[str, Any]) -> None:
    from .files import replacing

    file = path()
    file.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# llmdraft's settings: 'llmdraft config set KEY VALUE' writes this file.",
             "# A flag or an environment variable overrides a value here."]
    lines += [f"{name} = {_toml_value(values[name])}" for name in KEYS if name in values]
    with replacing(file) as handle:
        handle.write("\n".join(lines) + "\n")
    _loaded.pop(file, None)


__all__ = ["KEYS", "Key", "Setting", "path", "read_file", "resolve", "context_defaults",
           "cache_dir", "set_value", "unset_value"]
