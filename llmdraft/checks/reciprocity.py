"""The offer to return the favour, the question about their strengths, and no bargaining.

Patterns run on one folded, lowercased sentence at a time, so that an offer and its negation
must share a sentence to cancel.
"""

from __future__ import annotations

import re

from ..context import Context
from .base import Draft, check, one_of

_I = r"\b(?:i|i'd|i'll|i would|i will|i can|i could|happy to|glad to|gladly|love to|" \
     r"honou?red to|pleasure to|let me|more than happy|keen to|delighted to|if i)\b"
_NOT_YOU = r"(?:(?!\byou\b|\byou'd\b|\byou'll\b|\byour\b)[^.?!;]){0,60}?"
# After "write": a recommendation that is for them ("write one for you", "write you one", "back").
_WRITE_FOR_YOU = r"\b(?:write|wrote|draft|drafted|pen)\b(?:[^.?!;]{0,40}?\b(?:for you|about you|yours|back|" \
                 r"in return|as well|too|also|in kind|the same)\b| you (?:one|a|an)\b|" \
                 r" (?:one|it)(?=\s*(?:[.!?,;:]|$|too\b|in return|back\b|for\b)))"
# "recommend you", "endorse your work", "vouch for you".
_RECOMMEND_YOU = r"\b(?:recommend|endorse|vouch for)\b(?: you| your)\b"

_OFFERS = one_of([
    re.compile(r"\breturn(?:ing)? (?:the|that|this|your) (?:favou?r|gesture|kindness)"),
    re.compile(r"\b(?:happy|glad|delighted|keen) to (?:do|return) the same\b"),
    re.compile(r"\breciprocat\w*"),
    re.compile(r"\b(?:recommendation|endorsement|reference|one|words|lines|note) from me\b"),
    re.compile(r"\b(?:my|a) (?:recommendation|endorsement) (?:for|of) you\b"),
    re.compile(r"\bwrite (?:one|a recommendation|a reference) for you\b"),
    # First person, then no "you" (so not the ask), then writing for them.
    re.compile(_I + _NOT_YOU + "(?:" + _WRITE_FOR_YOU + "|" + _RECOMMEND_YOU + ")"),
])
_NEGATION = re.compile(
    r"\b(?:won't|will not|can't|cannot|can not|couldn't|unable|not able|wouldn't|not be able|"
    r"don't have (?:the )?time|no time|not in a position|never|not going to|wish i could|"
    r"no plans? to|(?:don't|do not|didn't) (?:expect|plan|intend|think i)|unlikely|not sure i)\b"
    r"(?! wait)"
)
# "I'd usually offer to write one back, but this time I can't": the "but" takes it back.
_TAKEN_BACK = re.compile(r"\bbut\b.*" + _NEGATION.pattern)


def _offer_in(sentence: str) -> re.Match | None:
    found = _OFFERS.search(sentence)
    if found and (_NEGATION.search(sentence[: found.end()])
                  or _TAKEN_BACK.search(sentence[found.end():])):
        return None
    return found


def offer_or_ask(sentence: str) -> bool:
    """Sentences about their recommendation, not yours: other checks look past them."""
    return bool(_offer_in(sentence) or _ASKS.search(sentence))


@check("reciprocal_offer", kinds=("request",))
def reciprocal_offer(draft: Draft, ctx: Context):
    for sentence in draft.sentences:
        found = _offer_in(sentence)
        if found:
            return True, f"offers to return the favour ({found.group(0)!r})"
    return False, "the draft does not offer to write a recommendation in return"


_TOPIC = r"(?:strength|skill|expertise|area|quality|qualities|achievement|accomplishment|" \
         r"project|work|thing|point|aspect|example)"
_SAY = r"(?:mention|highlight|emphasi[sz]e|focus|comment|include|cover|speak|call out|feature|" \
       r"talk|say|stress|showcase|point out)"
_ASKS = one_of([
    re.compile(r"\b(?:which|what)\b[^.?!]{0,30}\byour\b[^.?!]{0,30}\b(?:strength|skill|talent|"
               r"expertise|qualit|achievement|accomplishment|superpower|area)"),
    re.compile(r"\b(?:which|what)\b[^.?!]{0,80}?\b" + _TOPIC + r"\w*\b[^.?!]{0,60}?\b" + _SAY),
    re.compile(r"\b(?:which|what|anything|any)\b[^.?!]{0,50}?\b(?:you'd|you would|you want|"
               r"you'd like|would you like|you'd want|you'd prefer|should i)\b[^.?!]{0,30}?\b"
               + _SAY),
    re.compile(r"\b(?:tell|let) me (?:know )?(?:which|what)\b[^.?!]{0,60}?\b" + _SAY),
    re.compile(r"\b(?:which|what)\b[^.?!]{0,40}?\b(?:strength|skill|expertise)s?\b[^.?!]{0,40}"
               r"\b(?:you'd|would you|should i|do you)\b"),
])


# The question must be about their strengths ("your", "me to", "should I"), not yours.
_ABOUT_THEM = re.compile(r"\byours?\b|\bme to\b|\bshould i\b|\bi should\b|\bfor you\b|\babout you\b")


@check("asks_their_strengths", severity="warning", kinds=("request",))
def asks_their_strengths(draft: Draft, ctx: Context):
    for sentence in draft.sentences:
        if _ASKS.search(sentence) and _ABOUT_THEM.search(sentence):
            return True, "asks which of their strengths to mention"
    return False, "the draft does not ask which of their strengths they would like mentioned"


_SWAPS = one_of([
    re.compile(r"\b(?:once|after|if|when|as soon as) you(?:'ve| have)? (?:write|written|wrote|"
               r"post|posted|send|sent|do|done|did|finish\w*|submit\w*)\b[^.?!]{0,80}?\b"
               r"(?:i'll|i will|i can|i'd|i would)\b"),
    re.compile(r"\bin exchange\b|\bquid pro quo\b|\bscratch my back\b|\bswap (?:recommendations|"
               r"endorsements)\b|\btrade (?:recommendations|endorsements)\b"),
    re.compile(r"\b(?:i'll|i will) (?:write|do) yours (?:if|once|after|when)\b"),
])


@check("no_swap_deal", severity="warning", kinds=("request",))
def no_swap_deal(draft: Draft, ctx: Context):
    for sentence in draft.sentences:
        found = _SWAPS.search(sentence)
        if found:
            return False, f"the offer reads as a condition ({found.group(0)!r}): offer, don't bargain"
    return True, "the offer is unconditional"
