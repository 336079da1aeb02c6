"""The offline recommendation: in the writer's voice, strongest point first, 100-200 words."""

from __future__ import annotations

from .. import prompts
from ..context import Context
from ..phrasing import details_text, join_list, project_ref, strength_phrase
from ..text import words
from .common import Picker


def compose(ctx: Context, variant: int) -> tuple[str, str | None]:
    table = prompts.phrasing("recommendation")
    pick = Picker(ctx, variant, "recommendation")
    name = ctx.first_name
    project = project_ref(ctx.project)
    about = [strength_phrase(s, about="them") for s in ctx.strengths]
    fill = {"name": name, "project": project, "s1": about[0]}

    core = [pick(table["opening"]["all"]).format(**fill),
            pick(table["relation"][ctx.relationship.value]).format(**fill)]
    if len(about) > 1:
        key = "one" if len(about) == 2 else "many"
        core.append(pick(table["more"][key]).format(rest=join_list(about[1:]), **fill))
    if ctx.details:
        core.append(pick(table["evidence"]["all"]).format(details=details_text(ctx.details)))
    closing = pick(table["closing"]["all"]).format(**fill)

    low, high = ctx.word_range
    extras = [e.format(**fill) for e in table["extra"]["all"]]
    body = core
    while _count(body + [closing]) < low and extras:
        body = body + [extras.pop(0)]  # the writer's own view, never an invented claim
    text = " ".join(body + [closing])
    while _count([text]) > high and len(body) > 2:
        body = body[:-1]  # over the bound: drop from the end (details and extras first)
        text = " ".join(body + [closing])
    return text if len(text) <= ctx.limit else text[: ctx.limit], None


def _count(sentences: list[str]) -> int:
    return len(words(" ".join(sentences)))
