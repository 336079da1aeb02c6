"""A reminder must not lean on them: no guilt, no pressure, no deadline they did not set."""

from __future__ import annotations

from ..context import Context
from ..patterns import lazy
from ..text import fold
from .base import Draft, check
from .form import graceful_out
from .message import said_to_them

_PRESSURE = lazy(
    r"\b(?:still waiting|(?:as|like) i (?:said|mentioned)|(?:just )?following up again|"
    r"(?:i|we) need (?:this|it|the recommendation) (?:by|before)|haven't heard back|"
    r"(?:didn't|did not|never) hear back|you (?:said|promised) (?:you would|you'd|to)|"
    r"you (?:still )?haven't|any updates?\?|asap|as soon as possible|urgent\w*|deadline|"
    r"please (?:respond|reply)|chasing|gentle nudge again|per my last|"
    r"by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|end of (?:day|week))|"
    r"third time|(?<!thank you )(?<!thanks )once again|"
    # "I really need this", "I'd hate to think it had been forgotten", "before then"
    r"i (?:really )?need (?:this|the|your) (?:recommendation|rec|reference)|i really need this|"
    r"(?:had|has) been forgotten|hate to think|before then|in time for (?:my|the)|"
    r"you owe me|return (?:it|the favou?r)\b[^.?!]{0,20}\bby now|"
    r"before (?:monday|tuesday|wednesday|thursday|friday|the weekend|next week)|"
    # guilt: "too busy for me", "everyone else has written", "I already wrote yours"
    r"too busy for me|everyone else\b[^.?!]{0,60}\b(?:already|has|have) written|"
    r"(?:is|are) the only one (?:missing|left)|i (?:already )?(?:wrote|posted|did) (?:and posted )?"
    r"yours|keep (?:checking in|chasing|reminding)(?: you)?|following up once more|"
    r"my (?:earlier|previous) reminders|surprised not to (?:hear|have heard)|after all the \w+ i "
    r"(?:gave|put|spent)|(?:active|online) on linkedin|"
    # "I've asked a few times now", "you did promise", "I'm holding you to it", "did you forget"
    r"(?:i've|i have) (?:now )?asked (?:a few|several|many|so many|a couple of) times|"
    r"you did (?:promise|say)|holding you to (?:it|that|your word)|did you forget|"
    # "as mentioned before", "by the 15th", "I did write yours", "I really need mine", and a
    # weekday deadline in Dutch, German, Spanish or French ("voor vrijdag", "bis Freitag")
    r"as (?:previously |already )?mentioned(?: before| earlier| previously)?|by the \d{1,2}(?:st|nd|rd|th)|"
    r"i did (?:write|post) yours|(?:really )?need mine|(?:really )?do need (?:this|it)|"
    r"depends on (?:it|this|your recommendation)|(?:final|last) reminder|won'?t let me down|"
    r"remember when i (?:covered|helped|did|stepped in)|"
    # a count of reminders, a chase, a jab, a guilt-trip or a promise made to someone else:
    # "my second reminder", "my last three messages", "checking in again", "guess you forgot?",
    # "I thought we were closer", "I'd have done it for you", "I've already told the recruiter",
    # "I noticed you've been posting"
    r"my (?:second|third|fourth|2nd|3rd|4th|\w+ (?:and|&) final) (?:reminder|message|email|nudge)|"
    r"(?:my|the) (?:last|previous|earlier) (?:two|three|four|few|couple of|\d) (?:messages|emails|"
    r"reminders|notes)|checking in again|(?:as|since|because) i (?:haven't|have not|still haven't) "
    r"(?:seen|heard|received|got)|guess you forgot|i thought we were (?:closer|friends|mates)|"
    r"(?:i'd|i would) have done (?:it|yours|the same) for you|"
    r"(?:i've|i have) already (?:told|promised|let) (?:the|my|a) (?:recruiter|boss|manager|employer|"
    r"hiring|panel|interviewer)|sure you'll get to (?:it|mine)|"
    r"(?:noticed|seen|see) (?:that )?you(?:'ve| have)? been (?:posting|active|online)|"
    r"please just do it|"
    r"(?:voor|bis|antes del|para el|avant|d'ici) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|lunes|martes|miercoles|jueves|viernes|lundi|"
    r"mardi|mercredi|jeudi|vendredi))\b"
)
# A date they are told is only a hope: "... before then, but honestly no worries at all if not".
_RELEASED = lazy(r"no (?:worries|pressure|problem)[^.?!]{0,20}\bif not\b|\bif not,? no (?:worries|"
                 r"pressure|problem)|\bbut (?:honestly |really )?no (?:worries|pressure|rush)")


# Pressure only when nothing in the note lets them off: "just a friendly reminder ... no worries if
# now isn't a good time" is light.
_NUDGE = lazy(r"\bfriendly reminder\b|\breminder\b(?= that)")


def _sentence_at(text: str, at: int) -> str:
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("? ", at), text.find("! ", at)) if i >= 0]
    return text[start: min(ends) if ends else len(text)]


@check("no_pressure", order=120)
def no_pressure(draft: Draft, ctx: Context):
    # The user's own words are not pressure: a strength may be "never missed a deadline".
    given = " ".join(fold(x).lower() for x in (ctx.project, *ctx.strengths, ctx.details or "",
                                                 ctx.purpose or ""))
    if not said_to_them(draft, ctx):
        return True, "nothing said to them, so nothing leans on them"
    found = next((m for m in _PRESSURE.finditer(draft.folded) if m.group(0) not in given
                  and not _RELEASED.search(_sentence_at(draft.folded, m.start()))), None)
    if found is None and not graceful_out(draft, ctx)[0]:
        found = _NUDGE.search(draft.folded)
    if found:
        return False, f"the reminder leans on them ({found.group(0)!r}); keep it light"
    return True, "no guilt or pressure"
