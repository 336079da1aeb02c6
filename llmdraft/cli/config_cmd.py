"""`llmdraft config path|show|set|unset`: the config file (llmdraft/config.py)."""

from __future__ import annotations

import json
from typing import Annotated, Optional

import typer

from .common import guarded

app = typer.Typer(
    help="Settings you would otherwise type every time (your name, the model, default "
         "relationship ...), in a TOML file. A flag beats an environment variable, which beats "
         "the file, which beats llmdraft's default.",
    no_args_is_help=True)


@app.command()
@guarded
def path() -> None:
    """Print where the config file is (it need not exist yet; LLMDRAFT_CONFIG names another)."""
    from .. import config

    print(config.path())


@app.command()
@guarded
def show(
    key: Annotated[Optional[str], typer.Argument(help="Only this setting.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Each setting as {value, source}: flag, env:NAME, file or default.")] = False,
) -> None:
    """Every setting, its value and where it came from (environment, file or default)."""
    from .. import config

    names = tuple(config.KEYS)
    if key is not None:
        names = (config._key(key).name,)
    settings = config.resolve(names=names)
    if as_json:
        print(json.dumps({"file": str(config.path()),
                          "settings": {n: s.to_dict() for n, s in settings.items()}},
                         indent=2, ensure_ascii=False))
        return
    print(f"# {config.path()}")
    for name, setting in settings.items():
        spec = config.KEYS[name]
        value = setting.value
        if value is None:
            shown = spec.shown_default or "(none)"
        elif isinstance(value, bool):
            shown = "true" if value else "false"
        else:
            shown = str(value)
        print(f"{name:13} {shown:40} {setting.source}")


@app.command("set")
@guarded
def set_(
    key: Annotated[str, typer.Argument(help="sender, provider, model, base_url, relationship, "
                                            "closeness, channel, cache_dir or history.",
                                       show_default=False)],
    value: Annotated[str, typer.Argument(help="The value (checked before it is written).",
                                         show_default=False)],
) -> None:
    """Set one setting in the config file (the file and its folder are made when needed)."""
    from .. import config

    name, stored = config.set_value(key, value)
    shown = ("true" if stored else "false") if isinstance(stored, bool) else stored
    print(f"{name} = {shown}  ({config.path()})")
    spec = config.KEYS[name]
    import os

    if spec.env and os.environ.get(spec.env):
        from .common import err

        err(f"note: {spec.env} is set, and overrides the file while it is")


@app.command()
@guarded
def unset(key: Annotated[str, typer.Argument(help="The setting to remove from the file.",
                                             show_default=False)]) -> None:
    """Remove one setting from the config file (its default applies again)."""
    from .. import config

    name = config._key(key).name
    if config.unset_value(name):
        print(f"{name} removed ({config.path()})")
    else:
        print(f"{name} was not set in {config.path()}")
