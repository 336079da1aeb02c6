"""The offline composers, one module per kind: `compose(kind, ctx, variant)`."""

from __future__ import annotations

from importlib import import_module

from ..context import Context

KINDS = ("request", "followup", "recommendation")


def compose(kind: str, ctx: Context, variant: int = 0) -> tuple[str, str | None]:
    """(message, subject) for `kind`, from the context alone; deterministic per variant."""
    if kind not in KINDS:
        raise ValueError(f"no offline composer for {kind!r}")
    return import_module(f".{kind}", __name__).compose(ctx, variant)
