"""The offer to return the favour, the question about their strengths, and no bargaining.

Patterns run on one folded, lowercased sentence at a time, so that an offer and its negation
must share a sentence to cancel.
"""

from __future__ import annotations

import re

from ..context import Context
from ..patterns import lazy, shared
from .base import Draft, check, one_of, part
from . import courtesies
from .message import NOT_SAID, said_to_them

# First person, as typed: "I'd", "id", "ill write", "i will", and the stances that offer.
_I = r"\b(?:i|i'd|id|i'll|ill(?= write| do| return| happily| def)|i would|i will|i can|i could|" \
     r"happy to|glad to|gladly|love to|honou?red to|pleasure to|let me|more than happy|keen to|" \
     r"delighted to|if i)\b"
_NOT_YOU = r"(?:(?!\byou\b|\byou'd\b|\byou'll\b|\byour\b)[^.?!;]){0,60}?"
# After "write": a recommendation that is for them ("write one for you", "write you one", "back").
# ("I wrote you one a while back" is past, not an offer; "would it help if I wrote one" is.)
_WRITE_FOR_YOU = r"\b(?:write|(?<!technical )(?<!creative )(?<!grant )(?<!copy )(?<!report )writing" \
                 r"(?! skills| work| abilit)|rite|wirte|wrte|draft|pen|post|provide|give|" \
                 r"(?<=if i )wrote)\b" \
                 r"(?:[^.?!;]{0,40}?\b(?:for you|about you|about your|yours|urs|back|" \
                 r"in return|as well|too|also|in kind|the same)\b| (?:you|u) (?:one|a|an)\b|" \
                 r" (?:one|it)(?=\s*(?:[.!?,;:]|$|too\b|in return|back\b|for\b)))"
# "recommend you", "vouch for you". Endorsing their skills is LinkedIn's other, lighter
# feature, not a recommendation in return.
_RECOMMEND_YOU = r"\b(?:recommend|vouch for)\b(?: you| your)\b"

_OFFERS = one_of([
    part(r"\b(?:return(?:ing)?|repay(?:ing)?) (?:the|that|this|your|a) (?:favou?r|fav\b|gesture|"
               r"kindness)"),
    part(r"\b(?:happy|glad|delighted|keen) to (?:do|return) the same\b"),
    # "Happy to return it - what to mention?": the favour, in a note with no room to name it
    part(r"\b(?:happy|glad|gladly|keen|willing|love) to return (?:it|one)\b"),
    # "I'll do yours straight after", "happy to write yours"
    part(r"\b(?:i'll|i will|i can|i'd|i would|happy to|glad to|i) (?:do|write) yours\b"),
    part(r"\bput (?:one|a (?:recommendation|rec)) up for (?:you|u)\b"),
    # "let me know if I can do the same for you", "I'd do the same", "I can return one".
    part(_I + r"(?:(?!\byou\b)[^.?!;]){0,40}?\b(?:do|return) (?:the same|one)\b"),
    # "lmk if i can do same for u"
    part(r"\b(?:do|return) (?:the )?same (?:for|4) (?:you|u)\b"),
    # "let me know if you'd like one back", "if u ever need one just shout": offered on request.
    part(r"\bif (?:you|u)(?:'d| would)? (?:ever )?(?:like|want|need|fancy)s? (?:one|a "
               r"(?:recommendation|rec|reference))(?: back| too| as well| from me| in return)?"
               r"(?=\s*(?:[,.!?;:)-]|$|just\b|let\b|say\b|shout\b|ask\b|tell\b))"),
    part(r"\bput in a good word for (?:you|u)\b"),
    # "I owe you one, and I mean a recommendation": a debt named as a recommendation.
    part(r"\bowe you (?:one|a (?:recommendation|rec|reference|review))\b"
               r"(?=[^.?!]*\b(?:recommend\w*|rec|reference|review|one back|in return)\b|"
               r"(?<=recommendation)|(?<=rec)|(?<=reference))"),
    part(r"\breciprocat\w*"),
    # "I owe you a glowing paragraph in return", "tell me which of your strengths you'd like me
    # to write up on your profile"
    part(r"\bowe you (?:a|an|one)\b[^.?!]{0,30}\bin return\b"),
    part(r"\b(?:like|want) me to write (?:up |about )?(?:on|for) (?:your|ur) profile\b"),
    part(courtesies.any_of(courtesies.OFFERS)),  # "te escribo una", "napisze dla ciebie"
    part(r"\bone for (?:you|u) i (?:also |will |can )?write\b"),
    # "Will 100% write one for u too": the subject dropped, as people text
    part(r"(?:^|[,.!?;]\s*)will (?:\d+% |def |definitely |totally |for sure )?write (?:one|you one|u one)"
               r"(?: for (?:you|u)| back| too)"),
    # "I'd be glad to sing your praises on your profile"
    part(r"\bsing your praises\b"),
    part(r"\b(?:recommendation|endorsement|reference|one|words|lines|note) from me\b"),
    part(r"\b(?:my|a) (?:recommendation|endorsement) (?:for|of) your?\b"),  # "of your teaching"
    part(r"\bwrite (?:one|a recommendation|a reference) for you\b"),
    # First person, then no "you" (so not the ask), then writing for them.
    part(_I + _NOT_YOU + "(?:" + _WRITE_FOR_YOU + "|" + _RECOMMEND_YOU + ")"),
])
_NEGATION = lazy(
    r"\b(?:won't|will not|can't|cannot|can not|couldn't|unable|not able|wouldn't|not be able|"
    r"don't have (?:the )?time|no time|not in a position|never|not going to|wish i could|"
    r"no plans? to|(?:don't|do not|didn't) (?:expect|plan|intend|think (?:i|mine|my))|unlikely|"
    r"not sure i|i doubt)\b"
    r"(?! wait)"
)
# "I'd usually offer to write one back, but this time I can't": the "but" takes it back.
_TAKEN_BACK = lazy(r"\bbut\b.*(?:" + _NEGATION.pattern + r"|\bspare you\b|\b(?:hopeless|terrible|"
                   r"awful|useless) at\b|\b(?:not|no) good at\b|\bembarrass you\b|\bso bad\b|"
                   r"\b(?:hardly|don't|do not|wouldn't) need (?:it|one|mine)\b)")


# Writing *their recommendation of you* for them to sign saves them work; it is not a
# recommendation in return. Such a sentence offers only with a word that says "in return".
_GHOSTWRITE = one_of([
    part(r"\byou (?:just |only |can |could )?(?:edit|tweak|sign|adapt|change|post) it\b|"
               r"\bunder your (?:own )?name\b|\bas your own\b"),
    part(r"\bfor you to (?:sign|edit|approve|review|tweak|adapt|post|change|check|look over|"
               r"use|copy|paste|adjust|personali[sz]e)\b"),
    part(r"\b(?:recommendation|one|it|something|a few lines|a draft|draft|text)"
               r" (?:of|about|on) me\b|\bmyself\b"),
    part(r"\b(?:first|rough) draft\b|\b(?:a|the) draft (?:you|for you)\b|\btemplate\b|"
               r"\bstarting point\b"),
    part(r"\b(?:save|spare) you (?:the |some )?(?:time|effort|trouble|work|hassle)\b|"
               r"\bso (?:all )?you (?:only |just )?(?:have|need) to\b"),
])
_IN_RETURN = lazy(r"\b(?:in return|in kind|reciprocat\w*|(?:return|repay) the|the same|"
                        r"one back|back for you|(?:for you|you one|yours) (?:too|as well|also)|"
                        r"(?<!as )your own|of you\b|about you\b)")


# Advice, not an offer: "be specific, be polite, and offer to return the favour" says what to do,
# with no one doing it.
_ADVICE = lazy(r"(?:^|[,:;]|\band\b|\bor\b|\bthen\b)\s*(?:always |also |just |maybe )?"
                     r"offer(?:ing)? to\s*$")


# "would you return the favour and write one for me?": asked of them, not offered.
_ASKED_OF_THEM = lazy(r"\b(?:(?:would|could|can|will) (?:you|u)|(?:you|u) (?:could|can|might|"
                            r"would))(?: please| maybe| perhaps)?\s*$")


def _offer_in(sentence: str) -> re.Match | None:
    found = _OFFERS.search(sentence)
    if found and sentence.rstrip().endswith("?") and shared(r"(?i)\s*(?:out of curiosity,?\s*)?(?:which|what)\b").match(sentence):
        return None  # "which of your strengths would you want in a recommendation for you?"
    if found and _ASKED_OF_THEM.search(sentence[: found.start()]):
        return None
    if found and _ADVICE.search(sentence[: found.start()]):
        return None
    if found and (_NEGATION.search(sentence[: found.end()])
                  or _TAKEN_BACK.search(sentence[found.end():])):
        return None
    if found and _GHOSTWRITE.search(sentence) and not _IN_RETURN.search(sentence):
        return None
    return found


def offer_or_ask(sentence: str) -> bool:
    """Sentences about their recommendation, not yours: other checks look past them."""
    return bool(_offer_in(sentence) or _ASKS.search(sentence))


def without_offer_or_ask(sentence: str) -> str:
    """The sentence with its offer and its question about their strengths cut out: "write me one
    on the cutover (my data cleansing) and I'll write you one back" still names data cleansing,
    while "I'd be glad to write one for you" no longer says "writing"."""
    for find in (_offer_in, _ASKS.search):
        found = find(sentence)
        if found:
            sentence = sentence[: found.start()] + " , " + sentence[found.end():]
    return sentence


@check("reciprocal_offer", order=60)
def reciprocal_offer(draft: Draft, ctx: Context):
    if not said_to_them(draft, ctx):
        return False, NOT_SAID
    for sentence in draft.sentences:
        found = _offer_in(sentence)
        if found:
            return True, f"offers to return the favour ({found.group(0)!r})"
    return False, "the draft does not offer to write a recommendation in return"


_TOPIC = r"(?:strength|skill|expertise|area|quality|qualities|achievement|accomplishment|" \
         r"project|work|thing|point|aspect|example)"
_SAY = r"(?:mention|highlight|emphasi[sz]e|focus|comment|include|cover|speak|call out|feature|" \
       r"talk|say|stress|showcase|point out|write about|write up|put in|see in|want in|note|hit|" \
       r"hype|spotlight|shout out|brag about|touch on|bring up|underline|big up|talk up|rave about|" \
       r"gush about|gush over|rave|said|put|describe|praise|shout about|add)"
_ASKS = one_of([
    part(r"\b(?:is there|are there|anything)\b[^.?!]{0,40}?\b(?:of yours|your)\b[^.?!]{0,40}?"
               r"\b(?:you'd|you would|you want|you'd want)\b[^.?!]{0,20}?\b" + _SAY),
    part(r"\b(?:which|wich|what)\b[^.?!]{0,30}\byour\b[^.?!]{0,30}\b(?:strength|skill|talent|"
               r"expertise|qualit|achievement|accomplishment|superpower|area)"),
    part(r"\b(?:which|wich|what)\b[^.?!]{0,80}?\b" + _TOPIC + r"\w*\b[^.?!]{0,60}?\b" + _SAY),
    part(r"\b(?:which|wich|what|anything|any)\b[^.?!]{0,50}?\b(?:you'd|you would|you want|"
               r"you'd like|would you (?:most |really |particularly )?like|you'd want|you'd prefer|"
               r"should i)\b[^.?!]{0,30}?\b" + _SAY),
    # "Are there particular strengths you would like me to mention?"
    part(r"\b(?:are there|is there)\b[^.?!]{0,30}?\b(?:strengths?|skills?|qualities|"
               r"achievements?|things?|points?|areas?)\b[^.?!]{0,40}?\b(?:you'd|you would|"
               r"you want)\b[^.?!]{0,20}?\b" + _SAY),
    part(r"\b(?:(?:tell|let|send|give) me (?:know )?|lmk )(?:which|wh?at|the|a|your)\b[^.?!]{0,60}?\b"
               + _SAY),
    # "what would you like people to know about you?"
    # "is there anything you'd like people to know about you as a chef?"
    part(r"\b(?:what|anything)\b[^.?!]{0,25}?\b(?:like|want) (?:people|others|readers|them|me|"
               r"folks) to (?:know|say|hear|read) about (?:you|u)\b|\b(?:want|like) (?:them|people|"
               r"readers|others) to (?:come away knowing|take away|remember)\b"),
    # "what do you want the world to know you're brilliant at?"
    part(r"\bwhat (?:do|would) (?:you|u) (?:want|like) (?:the world|people|readers|others|"
               r"recruiters|employers|everyone) to know\b"),
    # "tell me your superpowers and I'll make sure they shine"
    part(r"\btell me (?:your|ur) (?:superpowers|strengths|highlights|best bits|wins)\b"),
    # "send me your list of strengths whenever"
    part(r"\b(?:tell|send|give) me (?:your|a|the) list of (?:your )?(?:strengths|skills|"
               r"qualities|achievements)\b"),
    # "I'd gladly write one for you; what to mention?"
    part(r"\b(?:which|wich|what) (?:to|i should|should i|shall i) " + _SAY),
    # "tell me which skills", "what do u want in it", "what should it say"
    part(r"\b(?:tell|let) me (?:know )?(?:which|wich|what) (?:skills?|strengths?|qualities|"
               r"achievements?)\b"),
    part(r"\bwh?at (?:shud|shld|should) i (?:mention|say|write|put|highlight)\b"),
    # "let me know your preferred strengths", "just say when and what to put in it"
    part(r"\b(?:let me know|tell me|send me) (?:your|ur) (?:preferred|favourite|favorite|top|"
         r"key|main) (?:strengths|skills|points|qualities)\b|\bwhat to put in (?:it|yours|there)\b"),
    # "please tell me which strong points you want me write", "what points you want me to add"
    part(r"\b(?:which|what) (?:strong |key |main )?points (?:you|u) (?:want|would like|'d like)"
         r"(?: me)?(?: to)? (?:write|add|mention|include|cover|say)\b"),
    part(courtesies.any_of(courtesies.ASKS)),  # "was ich hervorheben soll", "co mam podkreslic"
    # "what do u want me to hype up?", "which strengths?" after an offer in a short note
    part(r"\bwhat (?:do|would) (?:you|u) (?:want|like) me to " + _SAY + r"|"
               r"\b(?:which|wich|what) (?:strengths|skills|qualities)\s*\?"),
    part(r"\bwhat (?:do|would) (?:you|u) (?:want|like) (?:in it|in yours|in there|me to say|"
               r"it to say)\b|\bwhat should (?:it|i) (?:say|include|cover|mention)\b|"
               r"\bwhat (?:you|u)(?: want| would like|'d like) in (?:it|yours|urs)\b"),
    part(r"\b(?:which|wich|what)\b[^.?!]{0,40}?\b(?:strength|skill|expertise)s?\b[^.?!]{0,40}"
               r"\b(?:you'd|would you|should i|shall i|i shall|i should|do you|you want|u want|"
               r"you'd want|you want me)\b"),
])


_MINE = lazy(r"\b(?:of my|my) (?:strengths|skills|qualities|work)\b")
# The question must be about their strengths ("your", "me to", "should I"), not yours.
_ABOUT_THEM = lazy(r"\byours?\b|\bme to\b|\bshould i\b|\bi should\b|\bfor (?:you|u)\b|"
                         r"\babout you\b|\b(?:you|u) one\b|\bone (?:back|too|in return)\b")


@check("asks_their_strengths", order=160, severity="warning")
def asks_their_strengths(draft: Draft, ctx: Context):
    if not said_to_them(draft, ctx):
        return False, NOT_SAID
    previous = ""
    for sentence in draft.sentences:
        # "Would you like me to write one for you? Just tell me what to focus on."
        if _MINE.search(sentence) and not shared(r"\byours?\b").search(sentence):
            previous = sentence  # "which of my strengths stood out?": about the asker's own
            continue
        if _ASKS.search(sentence) and (_ABOUT_THEM.search(sentence) or _offer_in(sentence)
                                       or _offer_in(previous)):
            return True, "asks which of their strengths to mention"
        previous = sentence
    return False, "the draft does not ask which of their strengths they would like mentioned"


_SWAPS = one_of([
    part(r"\b(?:once|after|if|when|as soon as) you(?:'ve| have)? (?:write|written|wrote|"
               r"post|posted|send|sent|do|done|did|finish\w*|submit\w*)\b[^.?!]{0,80}?\b"
               r"(?:i'll|i will|i can|i'd|i would)\b"),
    # "you first, then I'll do yours", "tum pehle likh do, phir main ..."
    part(r"\byou first\b[^.?!]{0,30}\bthen\b|\b(?:tum|aap|tu) pehle\b[^.?!]{0,40}\bphir\b"),
    # "recommendation swap?", "you write one for me ... and i write one for you, same day"
    part(r"\b(?:recommendation|rec|reference|linkedin)s? swap\b|\b(?:rec|recommendation|"
               r"reference)s? for (?:a )?(?:rec|recommendation|reference)\b|\byou write (?:one|mine)\b"
               r"[^.?!]{0,90}\bi(?:'ll| will)? (?:write|do) (?:one|yours)\b"),
    part(r"\b(?:once|after|when|as soon as) i see yours\b|\b(?:if|once|when|after) you put one "
               r"up for me\b"),
    part(r"\b(?:after|once|when|as soon as) yours(?: for me)? (?:goes live|is live|is up|is "
               r"posted|shows up|appears|lands|comes through)\b"),
    part(r"\bin exchange\b|\bquid pro quo\b|\bscratch my back\b|\b(?:swap|swapping|trade|"
               r"trading) (?:linkedin )?(?:recommendations|recs|endorsements|references)\b|"
               r"\blet's swap\b|\bdeal\?|\bte propongo un trato\b|\bme escribes la mia\b"),
    part(r"\b(?:i'll|i will) (?:write|do) yours (?:if|once|after|when)\b"),
    # "If you're able to write mine, I'd be happy to reciprocate."
    part(r"\bif (?:you|u)(?:'re| are)? (?:able to |can |could |would )?(?:write|do|post|send) "
               r"(?:mine|one for me|me one)\b[^.?!]{0,60}\b(?:i'll|i will|i can|i'd|i would|happy|"
               r"glad)\b"),
    # "only if you write mine first", "as soon as yours is up", "once mine is posted"
    part(r"\b(?:only if|once|after|as soon as|when|if) (?:you (?:write|do|post|send|finish) "
               r"mine|(?:yours|mine) is (?:up|done|posted|live|in|written|published)|yours "
               r"(?:shows|is showing|appears|goes up|goes live|lands))\b|"
               r"\b(?:write|do) mine first\b"),
])


@check("no_swap_deal", order=200, severity="warning")
def no_swap_deal(draft: Draft, ctx: Context):
    for sentence in draft.sentences:
        found = _SWAPS.search(sentence)
        if found:
            return False, f"the offer reads as a condition ({found.group(0)!r}): offer, don't bargain"
    return True, "the offer is unconditional"
