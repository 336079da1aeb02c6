"""The offline follow-up: to someone who said yes, a short, warm reminder that thanks them,
restates what would make the recommendation quick to write, and leaves an easy way out."""

from __future__ import annotations

from .. import realise
from ..context import Channel, Closeness, Context
from .common import (STUDENTS_STAGES, Picker, addressed, bulleted, choose, closing_line, details, done_by_me,
                     first_fit, fit, greeting_line, purpose_sentence, signoff, sender_project, subject,
                     table, to_client, tone)
from .notes import cut, first_fitting


def compose(ctx: Context, variant: int) -> tuple[str, str | None]:
    phrasing = table("followup")
    pick = Picker(ctx, variant, "followup")
    register = tone(ctx)
    project = sender_project(ctx)
    found = realise.strengths(ctx.strengths)
    if ctx.channel is Channel.CONNECTION_NOTE:
        for n in range(len(found), 0, -1) or [0]:  # whole strengths from the first, as for requests
            note = _note(ctx, pick, phrasing, register, project, found[:n])
            if note:
                return note, None
        return cut(_note(ctx, pick, phrasing, register, project, found[:1], 10**6), ctx.limit), None

    why = purpose_sentence(ctx, pick, phrasing)
    reason = choose(pick, phrasing, "reason", "all") if found else ""  # no "here are the specifics"
    #   before the project alone, nor before details that may not be said (reader 192)
    slot = "specifics_list" if len(found) > 1 else "specifics_one" if found else "specifics_none"
    lead = choose(pick, phrasing, slot, "all", reason)
    own = project.np.startswith("my ") and (ctx.relationship.value in ("teacher", "advisor")
                                            or realise.project_head(project) in STUDENTS_STAGES)
    if own:  # "my master's thesis": my work on it, never "our work on the master's thesis"
        lead = first_fit(phrasing[slot]["all"], lead, lambda t: "my work {on_project}" in t)
    on_project = project.on if own and "my work {on_project}" in lead else _on(project, ctx)
    specifics = bulleted(lead.format(on_project=on_project),
                         [to_client(s.item(), ctx) for s in found]) if found else lead.format(on_project=on_project)
    #   as typed (reader 124); the project alone when no strength was given (readers 185, 186)
    agreed = choose(pick, phrasing, *_agreed(ctx, register))
    facts = details(ctx, pick, phrasing, said=f"{agreed} {reason} {specifics}")
    role = choose(pick, phrasing, "role", "all").format(role=realise.role(ctx.recipient_role)) \
        if ctx.recipient_role else None
    parts = [(agreed, 0)]
    if ctx.closeness is Closeness.DISTANT:  # out of touch since: said once (readers 133-135, 142)
        key = "formal" if register in ("formal", "polite") else "plain"
        gap = first_fit(phrasing["distant"][key], choose(pick, phrasing, "distant", key, agreed),
                        lambda t: not ("while" in t and "while" in agreed))  # one "a while"
        parts.append((gap, 4))
    if pick.layout == 0:
        parts += [(reason, 4), (specifics, 0), (why, 2), (facts, 5), (role, 6)]
    else:
        parts += [(specifics, 0), (facts, 5), (role, 6), (why, 2)]
    said = " ".join(text for text, _ in parts if text)
    offer = choose(pick, phrasing, "offer", "all", said)
    parts += [(offer, 3), (closing_line(pick, phrasing, register, f"{said} {offer}"), 1)]
    message = fit(greeting_line(ctx, pick, phrasing, register), parts,
                  signoff(ctx, pick, phrasing, register), ctx.limit)
    return message, subject(ctx, pick, phrasing)


def _agreed(ctx: Context, register: str) -> tuple[str, str]:
    """The thanks for saying yes, and how long ago when it has been a while: within three weeks
    a reminder need not say; after that "a few weeks ago", after two months "a while ago"."""
    days = ctx.days_since
    if days is None or days < 21:
        return "agreed", register
    formal = register in ("formal", "polite")
    return ("agreed_weeks" if days < 60 else "agreed_months"), ("formal" if formal else "plain")


def _on(project: realise.Project, ctx: Context, np: str | None = None) -> str:
    """After "our work": a project that is already "our ..." or "my ..." reads "the ..."
    ("our work on the MBA capstone", never "our work on my MBA capstone")."""
    lead = project.on[: -len(project.np)] if project.on.endswith(project.np) \
        else project.on.split()[0] + " "  # "at the " before "Munich Hackathon 2023"
    on = done_by_me(addressed(f"{lead}{np or project.np}", ctx))
    return on.replace(f" {on.split()[1]} ", " the ", 1) if on.split()[1:2] in (["our"], ["my"]) \
        and project.form != "change" else on  # "during my move from retail to UX" is mine alone


def _note(ctx: Context, pick: Picker, phrasing: dict, register: str,
          project: realise.Project, found: list[realise.Strength],
          limit: int | None = None) -> str | None:
    greet = greeting_line(ctx, pick, phrasing, register, inline=True)
    agreed = choose(pick, phrasing, "note", "agreed")
    slot = "specifics" if found else "specifics_none"  # with no strength: the project alone
    specifics = choose(pick, phrasing, "note", slot)

    def saids(nps: list[str]) -> list[list[str]]:
        out = []
        for np in nps:
            for listed in ([s.mine() for s in found], [s.short() for s in found])[:2 if found else 1]:
                for template in [specifics, *sorted(phrasing["note"][slot], key=len)]:
                    out.append([template.format(on_project=_on(project, ctx, np),
                                                project=addressed(np, ctx) if project.on.startswith(
                                                    "on ") else "my work " + _on(project, ctx, np),
                                                #   "about my work at the Cluj climbing gym",
                                                #   never "about the ... gym" (reader 118)
                                                strengths=realise.join(listed))])
        return out

    why = purpose_sentence(ctx, pick, phrasing) or ""
    offer = choose(pick, phrasing, "note", "offer")
    thanks = choose(pick, phrasing, "note", "thanks")
    tails = [[why, offer, thanks], [offer, thanks], [why, thanks], [thanks], [offer], []]
    room = limit or ctx.limit
    # The thanks for saying yes says what the note is about: it goes first to go; the head of a
    # long project alone ("the cross-departmental initiative") comes last of all.
    for nps in ([project.np, *project.shorter()], list(filter(None, [project.head()]))):
        note = first_fitting([greet, agreed], saids(nps), tails, room) \
            or first_fitting([greet], saids(nps), tails, room)
        if note:
            return note
    return None
