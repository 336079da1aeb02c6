"""The offline follow-up: one short, warm reminder that restates the specifics."""

from __future__ import annotations

from .. import prompts
from ..context import Channel, Context
from ..phrasing import (details_text, greeting_name, join_list, project_ref, signature,
                        strength_phrase)
from .common import Picker, fit, note, register, subject


def compose(ctx: Context, variant: int) -> tuple[str, str | None]:
    table = prompts.phrasing("followup")
    pick = Picker(ctx, variant, "followup")
    strengths = join_list([strength_phrase(s) for s in ctx.strengths])
    project = project_ref(ctx.project)
    if ctx.channel is Channel.CONNECTION_NOTE:
        return note([t.format(name=ctx.first_name, project=project, strengths=strengths)
                     for t in table["note"]["all"]], ctx.limit, variant), None

    reg = register(ctx)
    parts: list[tuple[str, bool]] = [
        (pick(table["opener"][reg]), True),
        (pick(table["recap"]["all"]).format(project=project, strengths=strengths), False),
    ]
    if ctx.details:
        parts.append((pick(table["details"]["all"]).format(details=details_text(ctx.details)),
                      True))
    parts += [(pick(table["offer"]["all"]), True), (pick(table["closing"][reg]), False)]
    greeting = pick(table["greeting"][reg]).format(
        name=greeting_name(ctx.recipient, formal=reg == "formal"))
    signoff = None
    if ctx.sender:
        signoff = pick(table["signoff"][reg]).format(sender=signature(ctx.sender, reg == "formal"))
    return fit(greeting, parts, signoff, ctx.limit), subject(ctx, pick, table)
