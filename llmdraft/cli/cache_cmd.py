"""`llmdraft cache info|clear`."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from ..errors import InputError
from .common import guarded

app = typer.Typer(help="Inspect or clear the draft cache.", no_args_is_help=True)


@app.command()
@guarded
def info(as_json: Annotated[bool, typer.Option(
        "--json", help="Print path, entries and size_bytes as a JSON object.")] = False) -> None:
    """Where the cache is, how many drafts it holds and its size."""
    from ..cache import CacheCorrupt, DraftCache

    try:
        data = DraftCache().info()
    except CacheCorrupt as exc:
        raise InputError(f"the cache is corrupt ({exc}): 'llmdraft cache clear' starts it "
                         f"over") from None
    if as_json:
        print(json.dumps(data, indent=2))
    else:
        print(f"path     {data['path']}\nentries  {data['entries']}\nsize     {data['size_bytes']:,} bytes")


@app.command()
@guarded
def clear() -> None:
    """Remove every cached draft (a corrupt cache is started over)."""
    from ..cache import wipe

    removed = wipe()
    print(f"removed {removed} cached entr{'y' if removed == 1 else 'ies'}")
