"""The offline composers, one module per kind: `compose(kind, ctx, variant)`."""

from __future__ import annotations

import re
from importlib import import_module

from ..context import Context
from ..patterns import shared

KINDS = ("request", "followup", "recommendation")


def compose(kind: str, ctx: Context, variant: int = 0) -> tuple[str, str | None]:
    """(message, subject) for `kind`, from the context alone; deterministic per variant."""
    if kind not in KINDS:
        raise ValueError(f"no offline composer for {kind!r}")
    message, subject = import_module(f".{kind}", __name__).compose(ctx, variant)
    return _tidy(message), _tidy(subject) if subject else subject


def _tidy(text: str) -> str:
    """"my work on my thesis on Baroque archives" is "my thesis on Baroque archives" (reader
    133), "my work on my capstone" is "my capstone work"; "Sarah's work on our lab's cardiac regeneration work" says "work" once (reader 137)."""
    text = _MY_WORK_ON_MY.sub(lambda m: f"{m.group(1)} {m.group(2)}" + (
        "" if m.group(2).split()[-1].lower() in ("project", "work", "research", "thesis", "dissertation")
        or shared(r"[a-z]{3,}[^s]s").fullmatch(m.group(2).split()[-1]) else " work"), text)  # "could you recommend my capstone work", never "recommend my
    #   capstone" (reader 144): a project is not recommended
    return _WORK_ON_WORK.sub(r"\1", text)


_MY_WORK_ON_MY = re.compile(r"\b([Mm]y) work on my ((?:[\w'-]+ ){0,4}?[\w'-]+)(?=\s(?:on|at|in|for|with|"
                            r"from|about|and|,)\b|[.,;:!?)]|$)")
_WORK_ON_WORK = re.compile(r"(\bwork (?:on|in) (?:the|our|my|your|her|his|their|[A-Z][\w'’-]*'s)(?: [^\s.,;:!?]+){2,}) "
                           r"work(?=[.,;:!?]|$)")
