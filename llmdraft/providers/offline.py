"""The offline composer: a thoughtful request from the context alone, no network, no key.

Curated phrasing lives in prompts/offline/KIND.toml; this module chooses among it by the
relationship, the closeness and the channel, fills it in, and drops optional parts until the
message fits the channel. The same context and variant always give the same message.
"""

from __future__ import annotations

import hashlib
import random
import re

from .. import prompts
from ..context import SUBJECT_LIMIT, Channel, Closeness, Context
from ..result import Usage
from .base import Attempt, Reply

# Verbs that start a strength given as an action ("organize volunteers"): "my ability to ...".
_ACTION_VERBS = frozenset("""
lead manage organize organise build drive negotiate coordinate mentor design write ship deliver
run present analyze analyse create develop launch grow reduce improve translate communicate explain
facilitate handle plan teach train solve scale automate debug sell close recruit hire motivate
resolve simplify turn bring keep make get find spot unblock coach inspire rally align prioritize
prioritise research test measure model forecast budget raise win own
""".split())
_DETERMINERS = ("my ", "our ", "the ", "a ", "an ", "how ", "that ", "being ", "your ")


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


def greeting_name(ctx: Context, formal: bool) -> str:
    """'Anna' usually; 'Dr. Lindqvist' when the name carries a title and the tone is formal."""
    parts = ctx.recipient.split()
    if formal and len(parts) >= 2 and parts[0].rstrip(".").lower() in {"dr", "prof", "professor"}:
        return f"{parts[0]} {parts[-1]}"
    return ctx.first_name


def project_ref(project: str) -> str:
    """The project as it reads after 'on': 'the Halcyon billing rewrite', 'Project Apollo'."""
    lowered = project.lower()
    if lowered.startswith(_DETERMINERS) or lowered.startswith("project "):
        return project
    return "the " + project


def strength_phrase(strength: str) -> str:
    """A strength as the object of 'mention': 'my supplier negotiations', 'my work organizing ...'."""
    lowered = strength.lower()
    first = lowered.split()[0]
    if lowered.startswith(_DETERMINERS):
        return strength
    if first.endswith("ing") and len(first) > 4:
        return f"my work {strength}"
    if first in _ACTION_VERBS:
        return f"my ability to {strength}"
    if strength[0].isupper() and not strength.isupper() and len(strength.split()) == 1:
        return f"my {strength} work"
    return f"my {strength}"


def join_list(items: list[str]) -> str:
    sep = "; " if any("," in item for item in items) else ", "
    if len(items) == 1:
        return items[0]
    return sep.join(items[:-1]) + (sep if len(items) > 2 else " ") + "and " + items[-1]


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?" else text + "."


def _lower_first(text: str) -> str:
    """'Applying for ...' -> 'applying for ...'; 'MBA programs' and 'Stanford' stay as given."""
    head = text.split()[0]
    if head.lower() in _COMMON_STARTS and head[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _upper_first(text: str) -> str:
    return text[0].upper() + text[1:]


_COMMON_STARTS = frozenset("""a an the my applying building looking moving switching seeking
job promotion new growing starting making changing returning transitioning finding raising
graduate admission admissions consulting freelance freelancing career internal annual
performance landing winning getting""".split())


def _why(ctx: Context, pick: _Picker, table: dict) -> str:
    if not ctx.purpose:
        return pick(table["why"]["default"])
    purpose = _lower_first(ctx.purpose).rstrip(".")
    if re.match(r"(i'm|i am)\b", purpose, re.IGNORECASE):
        return purpose[0].upper() + purpose[1:]
    if purpose.split()[0].endswith("ing"):
        return pick(table["why"]["purpose_activity"]).format(purpose=purpose)
    if " " not in purpose and not purpose.endswith("s") and purpose.islower():
        purpose = ("an " if purpose[0] in "aeiou" else "a ") + purpose  # "a promotion"
    return pick(table["why"]["purpose_goal"]).format(purpose=purpose)


def compose_request(ctx: Context, variant: int) -> tuple[str, str | None]:
    table = prompts.phrasing("request")
    pick = _Picker(ctx, variant)
    if ctx.channel is Channel.CONNECTION_NOTE:
        return _compose_note(ctx, table), None

    reg = register(ctx)
    name = greeting_name(ctx, formal=reg == "formal")
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
        parts.append((pick(table["details"]["all"]).format(
            details=_upper_first(_sentence(ctx.details))), True))
    parts += [
        (pick(table["offer"][offer_key]), False),
        (pick(table["closing"][reg]), True),
    ]
    signoff = None
    if ctx.sender:  # a full name to someone formal, the first name otherwise
        sender = ctx.sender if reg == "formal" else ctx.sender.split()[0]
        signoff = pick(table["signoff"][reg]).format(sender=sender)

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


def _compose_note(ctx: Context, table: dict) -> str:
    """The fullest connection note that fits; the tersest one when none does (and it fails)."""
    strengths = join_list(list(ctx.strengths))
    project = project_ref(ctx.project)
    candidates = [
        template.format(name=ctx.first_name, project=project, strengths=strengths)
        for template in table["note"]["all"]
    ]
    for note in candidates:
        if len(note) <= ctx.limit:
            return note
    return min(candidates, key=len)


_COMPOSERS = {"request": compose_request}
