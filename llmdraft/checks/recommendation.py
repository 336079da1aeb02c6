"""A recommendation: about the person, the right length, strongest point first, no empty praise."""

from __future__ import annotations

from ..context import Context
from ..names import is_form_of
from ..patterns import lazy, shared
from ..text import Text, covered, fold, words
from ..realise.translate import english
from .base import Draft, check

_CLICHES = lazy(
    r"\b(?:hard[- ]working|team player|goes? (?:above and beyond|the extra mile)|"
    r"went (?:above and beyond|the extra mile)|think(?:s|ing)? outside the box|results[- ]driven|"
    r"detail[- ]oriented|self[- ]starter|go[- ]getter|synerg\w*|rock ?star|ninja|guru|"
    r"wears? many hats|best of the best|true professional|consummate professional|"
    r"one of a kind|second to none|highly motivated|passionate about (?:everything|excellence)|"
    r"dynamic individual|can-do attitude)\b"
)
_NUMBER = lazy(r"\d")


@check("no_empty_cliches", order=150)
def no_empty_cliches(draft: Draft, ctx: Context):
    specifics = Text(" ".join([ctx.project, *ctx.strengths, ctx.details or ""]))
    known = set(specifics.stems)
    asked_for = " ".join(fold(s).lower().replace("-", " ") for s in ctx.strengths)
    for sentence in draft.sentences:
        found = _CLICHES.search(sentence)
        if not found or found.group(0).lower().replace("-", " ") in asked_for:
            continue  # a strength the person asked to have mentioned is not padding
        rest = _CLICHES.sub(" ", sentence)
        backed = _NUMBER.search(rest) or len(set(Text(rest).stems) & known) >= 2
        if not backed:
            return False, (f"{found.group(0)!r} says nothing on its own: back it with a specific "
                           f"in the same sentence, or cut it")
    return True, "no empty praise"


@check("word_count", order=140)
def word_count(draft: Draft, ctx: Context):
    """An error past the upper bound or under a third of the lower one (a sentence or two);
    between that and the lower bound, `word_target` warns instead: a short recommendation made
    of facts beats one padded to length."""
    low, high = ctx.word_range
    count = len(words(draft.message))
    if count > high:
        return False, f"{count} words; at most {high} (cut {count - high})"
    if count < low // 3:
        return False, f"{count} words: too thin for a recommendation; aim for {low} to {high}"
    return True, f"{count} words"


@check("word_target", order=230, severity="warning")
def word_target(draft: Draft, ctx: Context):
    low, high = ctx.word_range
    count = len(words(draft.message))
    if count < low:
        more = "another specific (--details: a figure or an outcome)" if ctx.details else \
            "a specific (--details)"
        return False, (f"{count} words, under the {low} to {high} aimed for; llmdraft writes no "
                       f"more than the context gives: add {more} rather than more praise")
    return True, f"{count} words ({low} to {high})"


@check("person_named", order=130)
def person_named(draft: Draft, ctx: Context):
    names = {w for w in words(ctx.recipient) if len(w) > 1}
    if names & {t.split("'")[0] for t in draft.text.tokens}:  # "amelie's"
        return True, f"names {ctx.first_name}"
    said = {t for t in shared(r"\b[A-Z][a-z'-]+").findall(draft.message)}
    if any(is_form_of(t.split("'")[0], ctx.recipient, ctx.greet_as) for t in said):
        return True, f"names {ctx.first_name} by a short form"  # "Liz" for Elizabeth
    if ctx.greet_as and set(words(ctx.greet_as)) & set(draft.text.tokens):
        return True, f"names {ctx.first_name} as {ctx.greet_as}"
    initials = "".join(shared(r"\b([A-Z])\.\s*").findall(ctx.recipient))  # "J. R. Whitaker"
    if len(initials) > 1 and shared(r"\b" + r"\.\s?".join(initials) + r"\.").search(draft.message):
        return True, f"names {ctx.first_name} by initials"  # "J.R."
    return False, f"the recommendation never names {ctx.first_name!r}"


@check("strongest_point_first", order=210, severity="warning")
def strongest_point_first(draft: Draft, ctx: Context):
    opening = Text(" ".join(draft.sentences[:2]))
    lead = ctx.strengths[0]
    said = english(lead) or lead  # "Geduld" opened with as "patience" (review)
    if covered(opening.coverage(lead), lead) or covered(opening.coverage(said), said):
        return True, f"opens with {lead!r}"
    return False, f"the first two sentences do not name the strongest point, {lead!r}"


@check("uses_details", order=220, severity="warning")
def uses_details(draft: Draft, ctx: Context):
    if not ctx.details:
        return True, "no details given"
    numbers = set(shared(r"\d[\d,.]*").findall(ctx.details))
    used = any(n in draft.message for n in numbers) or draft.text.coverage(ctx.details).score >= 0.4
    left = [p for p in (p.strip(" .-*\u2022") for p in _NOTES.split(ctx.details)) if _left_out(p, draft)]
    named = ", ".join(repr(p) for p in left)
    if not used:
        return False, "the recommendation does not use the details you gave as evidence" + (
            f" (left out {named})" if left else "")
    if left:  # a note the draft never gives: the offline composer leaves out a note it has
        #   no sentence for, rather than list one telegram (readers 113-146)
        return False, f"left out {named}: add it in your own words"
    return True, "backs the strengths with the details given"


_NOTES = lazy(r"\s*;\s*|\n+")


def _left_out(part: str, draft: Draft) -> bool:
    """A note ("42 MW", "WSET 3", "fluent in Spanish") none of whose figures the draft gives and
    whose words it mostly does not say."""
    figures = shared(r"\d[\d,.]*\d|\d").findall(part)
    return bool(part) and not any(f in draft.message for f in figures) \
        and draft.text.coverage(part).score < 0.5
