"""The kinds of draft, and what each owns: its channel, its templates, its offline composer and
its checks. Also the one normalisation step every front end calls (`context_for`): user input in
any form (flags over a context file, a CSV row over batch defaults, a suite case over the suite's
defaults, a Python dict) becomes the Context that kind is drafted or checked against, with the
kind's channel applied once, here."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple

from .sanitize import excerpt
from . import prompts
from .context import Channel, Context
from .result import CheckResult

# The recommender, in LinkedIn's wording (the README's relationship table), completing "the recipient ...".
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


class Kind(NamedTuple):
    name: str
    folder: str  # prompts/FOLDER holds system.md, user.md and reask.md
    # The names of the checks this kind runs (llmdraft/checks/: what each check is, its
    # severity and its place in the report). The one list: a new kind lists its own here.
    checks: tuple[str, ...] = ()
    channel: Channel | None = None  # always this channel, whatever was asked
    default_channel: Channel | None = None  # this channel unless another was asked for
    strengths_optional: bool = False  # a follow-up's "yes" was to the request, strengths or not

    def template_hash(self) -> str:
        return prompts.content_hash(self.folder)

    def compose(self, ctx: Context, variant: int = 0) -> tuple[str, str | None]:
        """The offline composer's (message, subject) for this kind (llmdraft/compose/NAME.py)."""
        from .compose import compose

        return compose(self.name, ctx, variant)

    def apply_channel(self, ctx: Context, channel_given: bool) -> Context:
        """A recommendation is posted as one; a follow-up is a message unless another channel
        was asked for."""
        if self.channel is not None:
            return ctx.with_changes(channel=self.channel)
        if self.default_channel is not None and not channel_given:
            return ctx.with_changes(channel=self.default_channel)
        return ctx


# What every kind is checked for: it is a message, it names the project and the strengths, it
# invents nothing, leaves no placeholder, reads cleanly and fits the channel.
_EVERY_KIND = ("is_a_message", "project_named", "strengths_covered", "grounded",
               "no_placeholders", "reads_cleanly", "within_length")

KINDS = {
    "request": Kind("request", "request", checks=_EVERY_KIND + (
        "not_default_text", "recipient_named", "reciprocal_offer", "subject_present",
        "asks_their_strengths", "graceful_out", "thanks", "purpose_stated", "no_swap_deal")),
    "followup": Kind("followup", "followup", checks=_EVERY_KIND + (
        "recipient_named", "subject_present", "no_pressure", "graceful_out", "thanks"),
        default_channel=Channel.LINKEDIN_MESSAGE, strengths_optional=True),
    "recommendation": Kind("recommendation", "recommendation", checks=_EVERY_KIND + (
        "person_named", "word_count", "no_empty_cliches", "strongest_point_first",
        "uses_details", "word_target"), channel=Channel.RECOMMENDATION),
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


def context_for(kind: str, given: "Context | Mapping", defaults: Mapping | None = None) -> Context:
    """User input as the context a `kind` is drafted or checked against: the one way every front
    end (CLI, batch, eval, Python API) builds a context, so that a recommendation is always
    measured as a recommendation, whoever asked.

    `given` is a Context or a mapping of context keys (flags, a CSV row, a suite case, a dict);
    `defaults` fills the keys it leaves unset (a context file under flags, batch defaults under a
    row, a suite's defaults under a case). An unset value is None, "" or an empty list."""
    spec = get_kind(kind)
    if isinstance(given, Context):
        return spec.apply_channel(given, channel_given=True)
    if not isinstance(given, Mapping) or not isinstance(defaults or {}, Mapping):
        from .errors import InputError

        raise InputError("a context must be a mapping of keys to values")
    data = _set_values(defaults or {})
    data.update(_set_values(given))
    return spec.apply_channel(Context.from_dict(data, strengths_optional=spec.strengths_optional),
                              channel_given="channel" in data)


def _set_values(values: Mapping) -> dict:
    return {k: v for k, v in values.items() if not (v is None or v == "" or v == [] or v == ())}


class Request(NamedTuple):
    """What the engine drafts or checks: a kind and the context for it (`Request.of` builds one
    from user input through `context_for`)."""

    kind: str
    context: Context

    @classmethod
    def of(cls, kind: str, given: "Context | Mapping", defaults: Mapping | None = None) -> "Request":
        return cls(kind, context_for(kind, given, defaults))


def prompt_fields(ctx: Context) -> dict[str, str]:
    """The context as template variables, as every prompt that shows it (a kind's, the judge's)
    words it."""
    return {
        "recipient": ctx.recipient,
        "recipient_role": ctx.recipient_role or "(not given)",
        "project": ctx.project,
        "strengths": "\n".join(f"- {s}" for s in ctx.strengths) or "(none given: restate the project)",
        "relationship": RELATIONSHIP_WORDING[ctx.relationship.value],
        "closeness": ctx.closeness.value,
        "purpose": ctx.purpose or "(not given)",
        "details": ctx.details or "(none)",
        "channel": ctx.channel.value,
        "limit": str(ctx.limit),
    }


def build_messages(kind: Kind, ctx: Context) -> list[dict]:
    subject_rule = (
        "Start with a line 'Subject: ...' (at most 200 characters), then a blank line, then the body."
        if ctx.channel.has_subject else "No subject line."
    )
    user = prompts.render(
        f"{kind.folder}/user.md",
        **prompt_fields(ctx),
        greet_as=ctx.greet_as or "(not given: their given name, or a title and surname)",
        pronouns=ctx.pronouns or "(not given: they, unless the context says she or he)",
        days_since=str(ctx.days_since) if ctx.days_since is not None else "(not given)",
        sender=ctx.sender or "(not given: no signature)",
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
