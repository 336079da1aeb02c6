"""The offline recommendation, in the writer's voice: how they knew the person and on what, the
strongest point first, each further strength with the details that back it, what a reader
should take away, and a close that fits the writer's standing. 100 to 200 words by default;
when the context is too thin for that many honest words it stays short (word_target warns)
rather than padding with claims nobody made."""

from __future__ import annotations

import re

from .. import realise
from ..context import Closeness, Context
from ..names import parse
from ..text import Text, words
from .common import Picker, choose, evidence, table

# The writer's standing, for the close: how a manager, a teacher or a client sign off.
_STANDING = {"managed-you": "manager", "senior-to-you": "higher", "teacher": "teacher",
             "advisor": "advisor", "client": "client", "reported-to-you": "lower",
             "junior-to-you": "peer", "vendor": "peer"}


def compose(ctx: Context, variant: int) -> tuple[str, str | None]:
    phrasing = table("recommendation")
    pick = Picker(ctx, variant, "recommendation")
    name = ctx.greet_as or parse(ctx.recipient).informal
    their, them = _pronouns(ctx)
    project = realise.project(ctx.project)
    on = project.on
    strengths = realise.strengths(ctx.strengths)
    facts = realise.facts(ctx.details)
    backing = _match(facts, ctx.strengths)
    fill = {"name": name, "their": their, "them": them}

    relation = choose(pick, phrasing, "relation", ctx.relationship.value).format(
        on_project=on, **fill)
    body = [choose(pick, phrasing, "lead", "all").format(
        relation=relation, s=strengths[0].theirs(name))]
    names = frozenset({name, *parse(ctx.recipient).words()})
    thing = project.np  # the writer typed it: "my bakery's rebrand" is the writer's

    def _evidence(found: list, slot: str) -> list[str]:
        return evidence(found, pick, phrasing, name, True, thing, names, slot)

    body += _evidence(backing.get(0, []), "0")
    for i, strength in enumerate(strengths[1:], start=1):
        said = " ".join(body)  # each further strength in a frame not used yet
        frame = next(f for f in _rotate(phrasing["more"]["all"], pick(phrasing["more"]["all"],
                                                                    f"more.{i}"))
                     if f.split("{s}")[0] not in said)
        # The name once per sentence is plenty: later noun-like strengths take the pronoun.
        body.append(frame.format(s=strength.theirs(name, their if i % 2 else None)))
        body += _evidence(backing.get(i, []), str(i))
    body += _evidence(backing.get(None, []), "rest")
    standing = _STANDING.get(ctx.relationship.value, "peer")
    optional = [choose(pick, phrasing, "standing", standing).format(**fill)]
    if ctx.recipient_role:
        optional.append(choose(pick, phrasing, "role", "all").format(
            role=realise.role(ctx.recipient_role), **fill))
    if ctx.closeness is Closeness.DISTANT:
        optional.append(choose(pick, phrasing, "distant", "all").format(**fill))
    if ctx.purpose and (said := _purpose(ctx, name, pick, phrasing, fill)):
        optional.append(said)
    optional.append(choose(pick, phrasing, "takeaway", "all").format(**fill))
    closing = choose(pick, phrasing, "closing", standing).format(**fill)
    if "manager" in closing and standing == "manager":  # the vantage point already says so
        closing = next(c for c in phrasing["closing"]["manager"] if "manager" not in c
                       ).format(**fill)

    low, high = ctx.word_range
    text = _join(body + [closing])
    for sentence in optional:  # the writer's view, in order, while under the lower bound
        if _count(text) >= low:
            break
        text = _join(body + [sentence, closing])
        body.append(sentence)
    while _count(text) > high and len(body) > 1:
        body.pop()  # over the bound: the last optional sentence or fact goes first
        text = _join(body + [closing])
    return text[: ctx.limit], None


def _rotate(options: list[str], first: str) -> list[str]:
    at = options.index(first)
    return options[at:] + options[:at]


def _pronouns(ctx: Context) -> tuple[str, str]:
    """("her", "her") / ("his", "him") when the context itself calls the person she or he;
    ("their", "them") otherwise: llmdraft does not guess anyone's pronouns."""
    said = " ".join([*ctx.strengths, ctx.details or ""]).lower()
    she = len(re.findall(r"\b(?:she|her|hers|herself)\b", said))
    he = len(re.findall(r"\b(?:he|him|his|himself)\b", said))
    if she and not he:
        return "her", "her"
    if he and not she:
        return "his", "him"
    return "their", "them"


def _match(facts: list[realise.Fact], strengths: tuple[str, ...]) -> dict:
    """Each fact under the strength it shares the most words with (None: no strength)."""
    out: dict = {}
    for fact in facts:
        text = Text(fact.text)
        scores = [text.coverage(s).score for s in strengths]
        best = max(range(len(scores)), key=lambda i: scores[i]) if scores else None
        key = best if best is not None and scores[best] > 0 else None
        out.setdefault(key, []).append(fact)
    return out


def _purpose(ctx: Context, name: str, pick: Picker, phrasing: dict, fill: dict) -> str | None:
    found = realise.purpose(ctx.purpose or "")
    if found.form == "goals":
        return choose(pick, phrasing, "goals", "all").format(purpose=found.text, **fill)
    if found.form == "goal":
        goal = realise.to_name(found.text, name) if found.text.startswith("my ") else found.text
        bare = re.sub(r"^(?:\w+'s|my|a|an|the|their)\s+", "", found.text)
        template = choose(pick, phrasing, "purpose", "all")
        if "{purpose_bare}" in template and bare == found.text:
            template = phrasing["purpose"]["all"][0]
        return template.format(purpose=goal.replace(f"{name}'s ", f"{fill['their']} ", 1),
                               purpose_bare=bare, **fill)
    doing = {"activity": found.text, "hope": "hoping " + found.text}.get(found.form)
    if found.form == "clause" and found.text.split()[0] in ("I'm", "I"):
        said = realise.to_name(found.text, name)  # "I'm up for promotion" -> "Dana is up for ..."
        if said.startswith(f"{name} is "):
            doing = said[len(name) + 4:]
    if doing:
        return choose(pick, phrasing, "doing", "all").format(doing=doing, **fill)
    return None  # "so I can move into consulting": no honest way to say it of them


def _join(sentences: list[str]) -> str:
    return " ".join(s for s in sentences if s)


def _count(text: str) -> int:
    return len(words(text))
