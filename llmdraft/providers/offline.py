"""The offline composer: a thoughtful request from the context alone, no network, no key.

Curated phrasing lives in prompts/offline/KIND.toml; this module chooses among it by the
relationship, the closeness and the channel, fills it in, and drops optional parts until the
message fits the channel. The same context and variant always give the same message.
"""

from __future__ import annotations

import hashlib
import random

from .. import prompts
from ..context import SUBJECT_LIMIT, Channel, Closeness, Context
from ..phrasing import (details_text, greeting_name, join_list, project_ref, purpose_clause,
                        signature, strength_phrase)
from ..result import Usage
from .base import Attempt, Reply

class OfflineProvider:
    name = "offline"
    model = None
    deterministic = True

    def cache_identity(self) -> dict:
        return {"provider": self.name}

    def complete(self, attempt: Attempt) -> Reply:
        composer = _COMPOSERS.get(attempt.kind)
        if composer is None:
            raise NotImplementedError(f"the offline composer has no {attempt.kind!r} kind yet")
        message, subject = composer(attempt.context, attempt.variant)
        return Reply(message=message, subject=subject, usage=Usage())


class _Picker:
    """Deterministic choices: the same context and variant pick the same alternatives."""

    def __init__(self, ctx: Context, variant: int):
        seed = hashlib.sha256(f"{ctx.canonical_json()}|{variant}".encode()).digest()
        self._rng = random.Random(seed)

    def __call__(self, options: list[str]) -> str:
        return options[self._rng.randrange(len(options))]


def register(ctx: Context) -> str:
    if ctx.closeness is Closeness.CLOSE:
        return "close"
    if ctx.closeness is Closeness.DISTANT or ctx.relationship.seniority == "higher":
        return "formal"
    return "professional"


def _why(ctx: Context, pick: _Picker, table: dict) -> str:
    if not ctx.purpose:
        return pick(table["why"]["default"])
    form, text = purpose_clause(ctx.purpose)
    if form == "clause":
        return text
    return pick(table["why"][f"purpose_{form}"]).format(purpose=text)


def compose_request(ctx: Context, variant: int) -> tuple[str, str | None]:
    table = prompts.phrasing("request")
    pick = _Picker(ctx, variant)
    if ctx.channel is Channel.CONNECTION_NOTE:
        return _compose_note(ctx, table, variant), None

    reg = register(ctx)
    name = greeting_name(ctx.recipient, formal=reg == "formal")
    relation = pick(table["relation"][ctx.relationship.value]).format(project=project_ref(ctx.project))
    strengths = join_list([strength_phrase(s) for s in ctx.strengths])
    offer_key = "close" if reg == "close" else ctx.relationship.seniority

    # (text, optional): optional parts are dropped, last first, until the message fits.
    parts: list[tuple[str, bool]] = [
        (pick(table["greeting"][reg]).format(name=name), False),
    ]
    if ctx.closeness is Closeness.DISTANT:
        parts.append((pick(table["opener"]["distant"]), True))
    parts += [
        (pick(table["ask"][reg]).format(why=_why(ctx, pick, table), relation=relation), False),
        (pick(table["strengths"][reg]).format(strengths=strengths), False),
    ]
    if ctx.details:
        parts.append((pick(table["details"]["all"]).format(details=details_text(ctx.details)),
                      True))
    parts += [
        (pick(table["offer"][offer_key]), False),
        (pick(table["closing"][reg]), True),
    ]
    signoff = None
    if ctx.sender:  # a full name to someone formal, the first name otherwise
        signoff = pick(table["signoff"][reg]).format(sender=signature(ctx.sender, reg == "formal"))

    message = _layout(parts, signoff)
    optional = [i for i, (_, opt) in enumerate(parts) if opt]
    while len(message) > ctx.limit and (optional or signoff):
        if signoff:
            signoff = None
        else:
            parts.pop(optional.pop())
        message = _layout(parts, signoff)
    return message, _subject(ctx, pick, table)


def _layout(parts: list[tuple[str, bool]], signoff: str | None) -> str:
    greeting, body = parts[0][0], " ".join(text for text, _ in parts[1:])
    text = f"{greeting}\n\n{body}"
    return f"{text}\n\n{signoff}" if signoff else text


def _subject(ctx: Context, pick: _Picker, table: dict) -> str | None:
    if not ctx.channel.has_subject:
        return None
    subject = pick(table["subject"]["all"]).format(project_name=ctx.project,
                                                   project=project_ref(ctx.project))
    if len(subject) > SUBJECT_LIMIT:
        subject = pick(table["subject"]["short"])
    return subject


def _compose_note(ctx: Context, table: dict, variant: int) -> str:
    """A connection note: among the templates that fit, the fullest (another with --variant);
    the tersest when none fits (and within_length says so)."""
    strengths = join_list([strength_phrase(s) for s in ctx.strengths])
    candidates = [
        template.format(name=ctx.first_name, project=project_ref(ctx.project), strengths=strengths)
        for template in table["note"]["all"]
    ]
    fitting = [note for note in candidates if len(note) <= ctx.limit]
    if not fitting:
        return min(candidates, key=len)
    return fitting[variant % min(2, len(fitting))]


_COMPOSERS = {"request": compose_request}
