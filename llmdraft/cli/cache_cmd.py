"""`llmdraft cache info|clear`."""

from __future__ import annotations

import json

import typer

from .common import JsonOut, guarded

app = typer.Typer(help="Inspect or clear the draft cache.", no_args_is_help=True)


@app.command()
@guarded
def info(as_json: JsonOut = False) -> None:
    """Where the cache is, how many drafts it holds and its size."""
    from ..cache import DraftCache

    data = DraftCache().info()
    if as_json:
        print(json.dumps(data, indent=2))
    else:
        print(f"path     {data['path']}\nentries  {data['entries']}\nsize     {data['size_bytes']:,} bytes")


@app.command()
@guarded
def clear() -> None:
    """Remove every cached draft."""
    from ..cache import DraftCache

    removed = DraftCache().clear()
    print(f"removed {removed} cached entr{'y' if removed == 1 else 'ies'}")
