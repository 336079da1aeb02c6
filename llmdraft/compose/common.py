"""What the offline composers share: deterministic choices, the register, fitting the limit."""

from __future__ import annotations

import hashlib
import random

from ..context import SUBJECT_LIMIT, Closeness, Context
from ..phrasing import project_ref


class Picker:
    """Deterministic choices: the same context and variant pick the same alternatives."""

    def __init__(self, ctx: Context, variant: int, kind: str):
        seed = hashlib.sha256(f"{kind}|{ctx.canonical_json()}|{variant}".encode()).digest()
        self._rng = random.Random(seed)

    def __call__(self, options: list[str]) -> str:
        return options[self._rng.randrange(len(options))]


def register(ctx: Context) -> str:
    """'formal' (someone senior who is not close, or anyone distant), 'close', 'professional'."""
    if ctx.closeness is Closeness.CLOSE:
        return "close"
    if ctx.closeness is Closeness.DISTANT or ctx.relationship.seniority == "higher":
        return "formal"
    return "professional"


def fit(greeting: str | None, parts: list[tuple[str, bool]], signoff: str | None,
        limit: int) -> str:
    """Lay out greeting, body and sign-off; drop the sign-off, then optional parts (last
    first), until the message is within `limit`."""
    parts = list(parts)

    def layout() -> str:
        body = " ".join(text for text, _ in parts)
        text = f"{greeting}\n\n{body}" if greeting else body
        return f"{text}\n\n{signoff}" if signoff else text

    message = layout()
    optional = [i for i, (_, opt) in enumerate(parts) if opt]
    while len(message) > limit and (optional or signoff):
        if signoff:
            signoff = None
        else:
            parts.pop(optional.pop())
        message = layout()
    return message


def note(candidates: list[str], limit: int, variant: int) -> str:
    """A connection note: among the candidates that fit, the fullest (the next with --variant);
    the tersest when none fits (and within_length says so)."""
    fitting = [text for text in candidates if len(text) <= limit]
    if not fitting:
        return min(candidates, key=len)
    return fitting[variant % min(2, len(fitting))]


def subject(ctx: Context, pick: Picker, table: dict) -> str | None:
    if not ctx.channel.has_subject:
        return None
    text = pick(table["subject"]["all"]).format(project_name=ctx.project,
                                                project=project_ref(ctx.project))
    if len(text) > SUBJECT_LIMIT:
        text = pick(table["subject"]["short"])
    return text
