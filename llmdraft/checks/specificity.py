"""Is the request specific: the project, each strength, the recipient, the purpose."""

from __future__ import annotations

import re

from ..context import Context, first_name
from ..text import STOPWORDS, Text, covered, fold, words
from .base import Draft, check

_ALL_KINDS = ("request", "followup", "recommendation")


@check("project_named", kinds=_ALL_KINDS)
def project_named(draft: Draft, ctx: Context):
    cov = draft.text.coverage(ctx.project)
    if covered(cov, ctx.project):
        return True, f"names the project {ctx.project!r}"
    return False, f"the draft does not name the project {ctx.project!r} (missing: {', '.join(cov.missing)})"


@check("strengths_covered", kinds=_ALL_KINDS)
def strengths_covered(draft: Draft, ctx: Context):
    missing = [s for s in ctx.strengths if not covered(draft.text.coverage(s), s)]
    if not missing:
        n = len(ctx.strengths)
        return True, "names the strength" if n == 1 else f"names all {n} strengths"
    names = ", ".join(repr(s) for s in missing)
    return False, f"the draft does not mention {names}"


_TITLE_WORDS = r"(?:dr|mr|mrs|ms|mx|prof|professor|dear|hi|hello|hey)"


def _name_tokens(full: str) -> tuple[set[str], set[str]]:
    """(names that greet alone, surnames that need a title): 'Anna Lindqvist' -> ({anna}, {lindqvist})."""
    tokens = [t for t in words(first_name(full)) if t not in STOPWORDS]
    all_tokens = [t for t in words(full) if not re.fullmatch(_TITLE_WORDS, t)]
    surnames = set(all_tokens[1:]) if len(all_tokens) > 1 else set()
    return set(tokens) - {"dr", "mr", "mrs", "ms", "mx", "prof"}, surnames


@check("recipient_named", kinds=("request", "followup"))
def recipient_named(draft: Draft, ctx: Context):
    given, surnames = _name_tokens(ctx.recipient)
    opening = Text(draft.message.strip()[:160]).tokens
    if given & set(opening) or " ".join(words(ctx.recipient)) in " ".join(opening):
        return True, f"greets {first_name(ctx.recipient)} by name"
    for i, token in enumerate(opening):
        if token in surnames and i > 0 and re.fullmatch(_TITLE_WORDS, opening[i - 1]):
            return True, "greets the recipient by title and surname"
    return False, f"the draft does not greet {first_name(ctx.recipient)!r} by name at the start"


# Words that say what a recommendation is for, by the purpose they belong to.
_PURPOSES = {
    "job": ("job", "role", "position", "opportunit", "hiring", "applying", "application",
            "search", "career", "employ", "interview", "recruit"),
    "promotion": ("promot", "review", "advancement"),
    "clients": ("client", "customer", "business", "freelanc", "consult", "prospect"),
    "school": ("school", "program", "admission", "graduate", "degree", "mba", "master",
               "phd", "scholarship", "fellowship", "university", "college"),
    "profile": ("profile", "presence", "linkedin", "network"),
}


def _purpose_families(text: str) -> set[str]:
    folded = fold(text).lower()
    return {
        family for family, stems in _PURPOSES.items()
        if any(re.search(r"\b" + s, folded) for s in stems)
    }


@check("purpose_stated", severity="warning")
def purpose_stated(draft: Draft, ctx: Context):
    if not ctx.purpose:
        return True, "no purpose given"
    # Words the project or the strengths also use say nothing about the purpose.
    elsewhere = set(words(" ".join([ctx.project, *ctx.strengths])))
    own = [w for w in words(ctx.purpose) if w not in elsewhere and w not in STOPWORDS]
    rest = " ".join(w for w in draft.text.tokens if w not in elsewhere)
    if own and Text(rest).coverage(" ".join(own)).score >= 0.5:
        return True, "says what the recommendation is for"
    shared = _purpose_families(ctx.purpose) & _purpose_families(rest)
    if shared:
        return True, "says what the recommendation is for"
    return False, f"the draft does not say what it is for ({ctx.purpose!r})"
