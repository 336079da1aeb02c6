"""The offline composers, one module per kind: `compose(kind, ctx, variant)`."""

from __future__ import annotations

import re
from importlib import import_module

from ..context import Context

KINDS = ("request", "followup", "recommendation")


def compose(kind: str, ctx: Context, variant: int = 0) -> tuple[str, str | None]:
    """(message, subject) for `kind`, from the context alone; deterministic per variant."""
    if kind not in KINDS:
        raise ValueError(f"no offline composer for {kind!r}")
    message, subject = import_module(f".{kind}", __name__).compose(ctx, variant)
    return _MY_WORK_ON_MY.sub(r"\1 ", message), subject  # "my work on my thesis on Baroque
    #   archives" is "my thesis on Baroque archives" (reader 133)


_MY_WORK_ON_MY = re.compile(r"\b([Mm]y) work on my ")
