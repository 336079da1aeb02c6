"""The kinds of draft: which templates each uses, and how a context becomes chat messages."""

from __future__ import annotations

from dataclasses import dataclass

from .sanitize import excerpt
from . import prompts
from .context import Channel, Context
from .result import CheckResult

# The recommender, in LinkedIn's wording (design.md §2), completing "the recipient ...".
RELATIONSHIP_WORDING = {
    "managed-you": "managed the sender directly",
    "reported-to-you": "reported directly to the sender",
    "senior-to-you": "was senior to the sender but didn't manage them",
    "junior-to-you": "was junior to the sender; the sender didn't manage them",
    "same-team": "worked with the sender on the same team",
    "different-teams": "worked with the sender on different teams",
    "different-companies": "worked with the sender at different companies",
    "client": "was the sender's client",
    "vendor": "provided services to the sender (the sender was their client)",
    "teacher": "taught or mentored the sender",
    "advisor": "advised the sender",
    "classmate": "studied with the sender",
}


@dataclass(frozen=True)
class Kind:
    name: str
    folder: str  # prompts/FOLDER holds system.md, user.md and reask.md

    def template_hash(self) -> str:
        return prompts.content_hash(self.folder)


KINDS = {
    "request": Kind("request", "request"),
    "followup": Kind("followup", "followup"),
    "recommendation": Kind("recommendation", "recommendation"),
}

# For a recommendation, the same LinkedIn value seen from the writer's side.
WRITER_WORDING = {
    "managed-you": "managed them directly",
    "reported-to-you": "reported directly to them",
    "senior-to-you": "was senior to them but didn't manage them",
    "junior-to-you": "was junior to them; they didn't manage the writer",
    "same-team": "worked with them on the same team",
    "different-teams": "worked with them on different teams",
    "different-companies": "worked with them at different companies",
    "client": "was their client",
    "vendor": "provided services to them (they were the writer's client)",
    "teacher": "taught or mentored them",
    "advisor": "advised them",
    "classmate": "studied with them",
}


def get_kind(name: str) -> Kind:
    try:
        return KINDS[name]
    except KeyError:
        from .errors import InputError

        raise InputError(f"unknown kind {excerpt(name)}: use one of {', '.join(KINDS)}") from None


def context_for(kind: str, given: "Context | dict") -> Context:
    """User input (a dict of context keys, or a Context) as the context a `kind` is drafted or
    checked against. The one way every front end (CLI, batch, eval, Python API) builds a context,
    so that a recommendation is always measured as a recommendation, whoever asked."""
    get_kind(kind)
    if isinstance(given, Context):
        return for_kind(kind, given, channel_given=True)
    return for_kind(kind, Context.from_dict(given), channel_given="channel" in given)


def for_kind(kind: str, ctx: Context, channel_given: bool) -> Context:
    """The channel a kind implies: a recommendation is posted as one; a follow-up is a message
    unless another channel was asked for."""
    if kind == "recommendation":
        return ctx.with_changes(channel=Channel.RECOMMENDATION)
    if kind == "followup" and not channel_given:
        return ctx.with_changes(channel=Channel.LINKEDIN_MESSAGE)
    return ctx


def build_messages(kind: Kind, ctx: Context) -> list[dict]:
    subject_rule = (
        "Start with a line 'Subject: ...' (at most 200 characters), then a blank line, then the body."
        if ctx.channel.has_subject else "No subject line."
    )
    user = prompts.render(
        f"{kind.folder}/user.md",
        recipient=ctx.recipient,
        recipient_role=ctx.recipient_role or "(not given)",
        greet_as=ctx.greet_as or "(not given: their given name, or a title and surname)",
        sender=ctx.sender or "(not given: no signature)",
        project=ctx.project,
        strengths="\n".join(f"- {s}" for s in ctx.strengths),
        relationship=RELATIONSHIP_WORDING[ctx.relationship.value],
        closeness=ctx.closeness.value,
        purpose=ctx.purpose or "(not given)",
        details=ctx.details or "(none)",
        channel=ctx.channel.value,
        limit=str(ctx.limit),
        subject_rule=subject_rule,
        relationship_from_writer=WRITER_WORDING[ctx.relationship.value],
        words_low=str(ctx.word_range[0]),
        words_high=str(ctx.word_range[1]),
    )
    system = prompts.render(f"{kind.folder}/system.md", words_low=str(ctx.word_range[0]),
                            words_high=str(ctx.word_range[1]))
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": user},
    ]


def reask_messages(kind: Kind, base: list[dict], draft: str, failed: list[CheckResult],
                   problem: str | None = None) -> list[dict]:
    """The first messages again plus one re-ask: constant size, whatever the attempt number."""
    lines = [f"- {c.name}: {c.detail}" for c in failed]
    if problem:
        lines.insert(0, f"- format: {problem}")
    reask = prompts.render(f"{kind.folder}/reask.md", failures="\n".join(lines),
                           draft=draft or "(empty)")
    return [dict(m) for m in base] + [{"role": "user", "content": reask}]
