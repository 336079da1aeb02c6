"""A reminder must not lean on them: no guilt, no pressure, no deadline they did not set."""

from __future__ import annotations

from ..context import Context
from ..patterns import lazy
from ..text import fold
from .base import Draft, check
from .form import graceful_out

_PRESSURE = lazy(
    r"\b(?:still waiting|(?:as|like) i (?:said|mentioned)|(?:just )?following up again|"
    r"(?:i|we) need (?:this|it|the recommendation) (?:by|before)|haven't heard back|"
    r"(?:didn't|did not|never) hear back|you (?:said|promised) (?:you would|you'd|to)|"
    r"you (?:still )?haven't|any updates?\?|asap|as soon as possible|urgent\w*|deadline|"
    r"please (?:respond|reply)|chasing|gentle nudge again|per my last|"
    r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|end of (?:day|week))|"
    r"third time|once again|"
    # "I really need this", "I'd hate to think it had been forgotten", "before then"
    r"i (?:really )?need (?:this|the|your) (?:recommendation|rec|reference)|i really need this|"
    r"(?:had|has) been forgotten|hate to think|before then|in time for (?:my|the)|"
    r"you owe me|return (?:it|the favou?r)\b[^.?!]{0,20}\bby now|"
    r"before (?:monday|tuesday|wednesday|thursday|friday|the weekend|next week))\b"
)


# Pressure only when nothing in the note lets them off: "just a friendly reminder ... no worries if
# now isn't a good time" is light.
_NUDGE = lazy(r"\bfriendly reminder\b|\breminder\b(?= that)")


@check("no_pressure", order=120)
def no_pressure(draft: Draft, ctx: Context):
    # The user's own words are not pressure: a strength may be "never missed a deadline".
    given = " ".join(fold(x).lower() for x in (ctx.project, *ctx.strengths, ctx.details or "",
                                                 ctx.purpose or ""))
    found = next((m for m in _PRESSURE.finditer(draft.folded) if m.group(0) not in given), None)
    if found is None and not graceful_out(draft, ctx)[0]:
        found = _NUDGE.search(draft.folded)
    if found:
        return False, f"the reminder leans on them ({found.group(0)!r}); keep it light"
    return True, "no guilt or pressure"
