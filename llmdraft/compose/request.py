"""The offline request: the article's five parts, in the register the relationship calls for."""

from __future__ import annotations

from .. import prompts
from ..context import Channel, Closeness, Context
from ..phrasing import (details_text, greeting_name, join_list, project_ref, purpose_clause,
                        signature, strength_phrase)
from .common import Picker, fit, note, register, subject


def compose(ctx: Context, variant: int) -> tuple[str, str | None]:
    table = prompts.phrasing("request")
    pick = Picker(ctx, variant, "request")
    if ctx.channel is Channel.CONNECTION_NOTE:
        return _note(ctx, table, variant), None

    reg = register(ctx)
    relation = pick(table["relation"][ctx.relationship.value]).format(project=project_ref(ctx.project))
    strengths = join_list([strength_phrase(s) for s in ctx.strengths])
    offer_key = "close" if reg == "close" else ctx.relationship.seniority

    # (text, optional): optional parts are dropped, last first, until the message fits.
    parts: list[tuple[str, bool]] = []
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
    greeting = pick(table["greeting"][reg]).format(
        name=greeting_name(ctx.recipient, formal=reg == "formal"))
    signoff = None
    if ctx.sender:  # a full name to someone formal, the first name otherwise
        signoff = pick(table["signoff"][reg]).format(sender=signature(ctx.sender, reg == "formal"))
    return fit(greeting, parts, signoff, ctx.limit), subject(ctx, pick, table)


def _why(ctx: Context, pick: Picker, table: dict) -> str:
    if not ctx.purpose:
        return pick(table["why"]["default"])
    form, text = purpose_clause(ctx.purpose)
    if form == "clause":
        return text
    return pick(table["why"][f"purpose_{form}"]).format(purpose=text)


def _note(ctx: Context, table: dict, variant: int) -> str:
    strengths = join_list([strength_phrase(s) for s in ctx.strengths])
    return note([template.format(name=ctx.first_name, project=project_ref(ctx.project),
                                 strengths=strengths) for template in table["note"]["all"]],
                ctx.limit, variant)
