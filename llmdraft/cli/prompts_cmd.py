"""`llmdraft prompts path|list|show|copy`: where the prompt templates are, and how to change
them. After a plain `pip install`, the templates llmdraft reads are the wheel's copy, not a
checkout's `prompts/`: editing the checkout does nothing. To customise them, copy them out
(`llmdraft prompts copy DIR`) and point LLMDRAFT_PROMPTS_DIR at the copy."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from ..errors import InputError
from .common import guarded

app = typer.Typer(help="Find, read and customise the prompt templates (LLMDRAFT_PROMPTS_DIR "
                       "points llmdraft at your own copy).", no_args_is_help=True)


def _root() -> Path:
    from ..prompts import prompts_dir

    return prompts_dir()


@app.command()
@guarded
def path() -> None:
    """Print the folder the templates are read from, and why that one."""
    root = _root()
    print(root)
    if os.environ.get("LLMDRAFT_PROMPTS_DIR"):
        why = "LLMDRAFT_PROMPTS_DIR"
    elif root.name == "_prompts":
        why = "the installed package's copy; 'llmdraft prompts copy DIR' to customise"
    else:
        why = "the checkout's prompts/ folder (an editable install)"
    from .common import err

    err(f"note: {why}")


@app.command("list")
@guarded
def list_() -> None:
    """List every template (NAME for 'llmdraft prompts show NAME')."""
    root = _root()
    for file in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        print(file.relative_to(root).as_posix())


@app.command()
@guarded
def show(name: Annotated[str, typer.Argument(help="A template, as 'prompts list' names it: "
                                                  "request/system.md.", show_default=False)]
         ) -> None:
    """Print one template."""
    root = _root().resolve()
    file = (root / name).resolve()
    if root not in file.parents or not file.is_file():
        raise InputError(f"no template {name!r} in {root}: 'llmdraft prompts list' names them")
    print(file.read_text(encoding="utf-8"), end="")


@app.command()
@guarded
def copy(folder: Annotated[Path, typer.Argument(help="A new folder for your copy.",
                                                show_default=False)]) -> None:
    """Copy the templates to FOLDER, to edit them; then export LLMDRAFT_PROMPTS_DIR=FOLDER."""
    import shutil

    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InputError(f"{folder} exists and is not an empty folder: name a new one")
    shutil.copytree(_root(), folder, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__"))
    print(f"copied the templates to {folder}")
    from .common import err

    err(f"note: export LLMDRAFT_PROMPTS_DIR={folder.resolve()} to draft with your copy")
