"""`is_a_message`: the text is a message to a person, not a refusal or an answer about one.

A model sometimes answers "I'm sorry, I can't help with that", gives tips on asking for a
recommendation, asks the user for more details, or returns JSON or a lead-in with nothing after
it. None of these is a draft, and calling them "LinkedIn's default text" or "no project named"
would send the reader (and the re-ask) after the wrong fault. This check says what happened, and
as an error it makes the engine ask again.

A person's message may contain "sorry, I can't make Friday" or "as you know": a refusal or a
meta sentence only counts when little else is left around it (a real message goes on to ask).
"""

from __future__ import annotations

import re

from ..context import Context
from ..patterns import lazy
from ..text import fold, words
from .base import Draft, check, one_of, part

# Tips, a refusal or a question back to the user say nothing to the recipient: no thanks, no
# way out, no offer, whatever words they use ("offer to write one for him in return").
NOT_SAID = "not said to them: the text is not a message (see is_a_message)"

_DOING = r"(?:help|assist|comply|fulfil+|provide|generate|create|write|draft|compose|produce|do)"
_REFUSALS = one_of([
    part(r"\b(?:i'm|i am|im) (?:sorry|afraid)\b[^.!?]{0,40}?\b(?:i|but i)\s*(?:can't|cannot|can "
               r"not|won't|will not|am unable|'m unable|am not able|'m not able|'m not allowed|"
               r"am not allowed)\b"),
    part(r"(?:^|[.!?]\s+)(?:unfortunately,? )?i (?:can't|cannot|can not|won't|will not|"
               r"am unable to|'m unable to|am not able to|'m not able to|must decline to)\s+"
               + _DOING + r"\b"),
    part(r"\b(?:sorry|apologi[sz]e|unfortunately)\b[^.!?]{0,40}?\b(?:i|i'm|i am)\s*(?:can't|"
               r"cannot|can not|won't|will not|unable|not able|not comfortable|not allowed)\b"),
    part(r"\bi(?:'m| am) not (?:comfortable|able|allowed|permitted) (?:with |to )?"
               r"(?:writ|draft|help|creat|generat|compos|assist|send|post)\w*"),
    part(r"\b(?:can't|cannot|unable to|not able to) (?:help|assist) with (?:that|this|your)\b"),
    part(r"\b(?:i must|i have to) (?:decline|refuse)\b"),
])
# Tips open with their lead-in; whatever follows is more tips ("1. Personalise your request").
_TIPS = lazy(r"^(?:sure|certainly|of course|okay|ok)?[,!. ]*here(?:'s| is| are) (?:some|a few|"
                   r"a couple of|two|three|\w+) (?:tips|ideas|suggestions|steps|ways|pointers|"
                   r"guidelines|versions|options|drafts|variations|alternatives)\b|"
                   # or with a heading: "Tips for writing a strong recommendation:"
                   r"^(?:some |a few |\d+ )?(?:quick |key |useful |simple )?(?:tips|ideas|suggestions|"
                   r"steps|pointers|guidelines|notes|feedback|comments|thoughts|edits)\b[^.!?]{0,80}:$|"
                   # "Formal version:", "Option 2:" above a draft: one of several
                   r"^(?:(?:formal|casual|short|shorter|long|longer|warm|warmer|friendly|"
                   r"professional|first|second) version|version [a-z0-9]+|option [a-z0-9]+)\b"
                   r"[^.!?]{0,30}:|"
                   # "To write a strong recommendation for Wang Fang, you could:"
                   r"^to (?:write|make|craft|draft) (?:a|an|the|your) [^.!?:]{0,60}\byou (?:could|"
                   r"should|can|might|may)\b[^.!?]{0,20}:")
_META = one_of([
    part(r"\bas an ai\b|\b(?:an? |large )?language model\b|\bi'm an ai\b|\bi am an ai\b|"
               r"\bai assistant\b"),
    part(r"\bi (?:don't|do not) have (?:personal|access|real)\b"),
    part(r"\bhere (?:are|is) (?:some|a few) (?:tips|ideas|suggestions|steps|ways|pointers)\b"),
    part(r"\b(?:please|could you|can you|would you) (?:please )?(?:provide|share|give me|"
               r"tell me|send me) (?:more |some |the |a few )?(?:details|information|context|"
               r"specifics)\b"),
    part(r"\bi(?:'d| would)? need (?:more |some |a bit more )?(?:details|information|context)\b"),
    # "Could you tell me a little more about how you know Aiko ...?"
    part(r"\b(?:could|can|would) you (?:please )?(?:tell|give) me (?:a little |a bit |some )?more\b"),
    # "Could you share the original request you sent to Tomasz?"
    part(r"\b(?:could|can|would) you (?:please )?(?:share|send|paste|provide)\b[^.?!]{0,40}?\b"
               r"(?:original|request|message|details|context|draft)\b"),
    # "I kept this short enough for a connection note, so I left out the offer."
    part(r"\bi(?:'ve| have)? (?:kept|made|wrote|shortened|left out|cut|dropped|added|tightened|"
               r"moved|removed|reworded|rewrote|polished|softened) (?:this|it|the (?:draft|message|"
               r"note|offer|request|reciprocal offer|placeholder|opening|tone))\b|"
               r"\byou could add (?:a|the|another) (?:line|sentence)\b|"
               r"\bif you(?:'d| would) like (?:it |a |me to make it )?(?:warmer|more formal|more "
               r"casual|shorter|longer|friendlier)\b|"
               r"\b(?:this|the) (?:version|draft) (?:leads|keeps|uses|avoids|opens|focuses|sticks)\b"),
    # "Would you like the reminder to mention ...? Should I restate both strengths?"
    part(r"\b(?:would you like|do you want|should|would) (?:the|this|my) (?:reminder|message|draft|"
               r"note|request|email|follow-up|recommendation)\b|\bshould i (?:restate|keep it|make "
               r"it|add)\b|\bwould you like me to (?:draft|write|make|redo|rewrite|try)\b"),
    # "This draft is solid, but I'd suggest adding ...", "To make it stronger, consider adding"
    part(r"\bthis (?:draft|message|version|recommendation) (?:is|reads|looks|highlights|focuses)\b|"
               r"\bi'?d suggest adding\b|\bconsider adding\b|"
               r"\bto make it (?:even )?(?:stronger|better)\b"),
    # "Notes on this draft: I opened with Koa's first name ..."
    part(r"\b(?:notes|feedback|comments|changes) on (?:this|the|your) (?:draft|message|version)\b"),
    # "Happy to write this! Could you tell me how long you worked with Kamala?"
    part(r"\b(?:could|can|would) you (?:please )?tell me how long you (?:worked|have worked|knew|"
               r"have known|were)\b"),
    # "Before I draft this, could you tell me which strengths you'd like Nikhil to mention?"
    part(r"\bbefore i (?:draft|write|start|begin|put)\b[^.?!]{0,30}?,? (?:could|can|would) you\b"),
    # "What tone would you like - formal or conversational? And how long should it be?"
    part(r"\b(?:what|which) (?:tone|length|style|format)\b[^.?!]{0,40}\?|\bhow long should "
               r"(?:it|the \w+|this) be\b"),
    # Advice to the user about whether to write at all: "I'd suggest not sending a follow-up".
    part(r"\bi(?:'d| would)? (?:suggest|recommend|advise)\w* (?:not |against )?(?:sending|"
               r"waiting|following up|holding off|messaging|reaching out)\b"),
])
# Advice against writing at all is advice, however long: "I'd suggest not following up."
_ADVISE_AGAINST = lazy(r"\bi(?:'d| would)? (?:suggest|recommend|advise)\w* (?:not|against) "
                       r"(?:sending|following up|messaging|reaching out|writing|nudging)\b|"
                       r"\b(?:not|isn't|is not) (?:be )?worth following up\b")
# A note to the user after the message: "(Note: I kept the tone casual ... I can adjust it.)"
_NOTE_TO_USER = lazy(r"(?im)^\W{0,3}(?:note|tip|p\.?s\.? for you|editor'?s note)\s*:[^\n]*\b(?:tone|"
                     r"draft|adjust|formal|casual|version|tweak|edit|shorten|longer|shorter|"
                     r"stronger|paragraph)\b")
# The label above one of several versions: "Formal version:", "Option 2:".
_VERSION_LABEL = lazy(r"(?im)^\W*(?:\w+ )?(?:version|option)\b[^:\n]{0,20}:[ \t]*\n")
# "Here is the message:" and nothing after it.
LEAD_IN = lazy(r"^(?:sure|certainly|of course|okay|ok)?[,!. ]*(?:here(?:'s| is| are)|"
                      r"below is)\b[^\n]{0,160}:\s*$|"
                      # "As an AI, I can't send messages for you, but here is a draft you can use:"
                      r"^[^\n]{0,120}\b(?:but|so|and) (?:here(?:'s| is)|below is) (?:a|the|my) "
                      r"(?:draft|message|version)\b[^\n]{0,80}:\s*$", re.IGNORECASE)
_TAGS = lazy(r"<[^<>\n]{1,40}>")
_MARKUP = frozenset("message body draft subject text".split())
# What a program or a model says instead of a message: "null", "N/A", "Sure!".
_NON_ANSWERS = frozenset(["null", "none", "n a", "na", "nil", "undefined", "empty", "error",
                          "true", "false", "ok", "okay", "sure", "certainly", "yes", "no", "done"])
_SUBJECT_ONLY = lazy(r"\A\s*subject\s*:[^\n]*\Z", re.IGNORECASE)
_INSTRUCTION_ONLY = lazy(r"\A\s*\[[^\[\]]{20,}\]\s*\Z")  # "[Write your message here...]"
_SENTENCES = lazy(r"(?<=[.!?])\s+|\n+")


def _looks_like_data(text: str) -> bool:
    """JSON, a list literal or a code block: an answer from a program, not to a person."""
    t = text.strip()
    if t.startswith("```") and t.endswith("```"):
        inner = t.strip("`").strip()
        inner = inner.split("\n", 1)[1].strip() if inner.split("\n", 1)[0].isalpha() \
            and "\n" in inner and not _GREETING_START.match(inner) else inner  # ```text
        return not _GREETING_START.match(inner)  # a fenced message is a message, fences aside
    if t.startswith('{"'):
        return True
    return (t[:1], t[-1:]) in {("{", "}"), ("[", "]")} and ":" in t


# The text a model wrapped in JSON: {"message": "Hi Siobhan,\n\nWould you ..."}
_WRAPPED = lazy(r'"(?:message|body|text|draft|content)"\s*:\s*"((?:[^"\\]|\\.)*)"')
# Words a greeting opens with, in English and other languages: shared with recipient_named.
GREETINGS = frozenset("""hi hello hey dear hiya greetings morning hola bonjour ciao hallo hej salut
salam salaam merhaba namaste jambo habari ola oi sawubona gamarjoba privet szia ahoj czesc moin
servus kumusta talofa bula aloha kedves drogi droga liebe lieber querido querida caro cara cher
chere hei beste""".split())
_GREETING_START = lazy(r"^\W*(?:" + "|".join(sorted(GREETINGS)) + r"|good (?:morning|afternoon|"
                             r"evening)|kia ora|assalamu alaikum)\b", re.IGNORECASE)
_THIRD_PERSON = lazy(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
# "Should the reminder to Hiroko restate both strengths?": the message spoken of, to the user.
_MESSAGE_TO = r"\b(?:message|reminder|note|request|email|draft|follow-up|nudge) (?:to|for) "


def _about_them(text: str, ctx: Context) -> str | None:
    """The recipient's first name when the text speaks of them ("tips for asking Lukas ...
    greet him by his first name", "what you and Isabela worked on ... you'd like her to
    mention"): advice or a question to the user, not a message to the person. A message that
    opens by greeting someone is never this, and a recommendation speaks of them by design."""
    if ctx.channel.value == "recommendation" or _GREETING_START.match(text):
        return None
    name = ctx.first_name
    body = fold(text)
    if name and re.search(_MESSAGE_TO + re.escape(fold(name)) + r"\b", body, re.IGNORECASE):
        return repr(name)
    if not _THIRD_PERSON.search(text):
        return None
    found = re.search(rf"\b{re.escape(fold(name))}\b", body, re.IGNORECASE) if name else None
    if not found or found.start() < 3 or not _THIRD_PERSON.search(body[found.end():] + " "
                                                                  + body[:found.start()]):
        return None
    before = body[: found.start()].split()[-1:]
    if before and before[0].lower().strip(",") in GREETINGS:
        return None
    return repr(name)


def _first(sentences: list[str], pattern: re.Pattern) -> str | None:
    return next((s for s in sentences if pattern.search(s)), None)


def said_to_them(draft: Draft, ctx: Context) -> bool:
    """Whether the draft is a message at all: five other checks ask (a text that is not a
    message thanks, offers and asks nothing). A message wrapped in JSON ({"message": "Hi
    Siobhan, ..."}) is not one to send, but what it says to them is said: a reader judges the
    offer and the thanks inside it."""
    if is_a_message(draft, ctx)[0]:
        return True
    note = _NOTE_TO_USER.search(draft.message)
    if note:  # a message with a note to the user after it: the message itself is said
        return is_a_message(Draft(draft.message[: note.start()], draft.subject, draft.kind), ctx)[0]
    first = _VERSION_LABEL.search(draft.message)
    if first:  # several versions: each one says what it says to them
        return bool(_GREETING_START.match(draft.message[first.end():].lstrip()))
    inner = _WRAPPED.search(draft.message)
    return bool(inner and _GREETING_START.match(inner.group(1)) and len(inner.group(1)) > 80)


@check("is_a_message", order=10)
def is_a_message(draft: Draft, ctx: Context):
    """Judged once per draft and context, however many checks ask."""
    memo = draft.__dict__.setdefault("_is_a_message", {})
    if id(ctx) not in memo:
        memo[id(ctx)] = _judge(draft, ctx)
    return memo[id(ctx)]


def _judge(draft: Draft, ctx: Context):
    text = draft.message.strip()
    if not words(_TAGS.sub(" ", text)) or all(w in _MARKUP for w in words(text)):
        return False, "not a message: the draft is empty"
    if len(words(text)) <= 3 and " ".join(words(text)) in _NON_ANSWERS:
        return False, f"not a message: {text[:40]!r} is an answer to a program, not a message"
    if _INSTRUCTION_ONLY.match(text):
        return False, "not a message: a template's instruction, left unfilled"
    if _SUBJECT_ONLY.match(text):
        return False, "not a message: only a subject line, no body"
    if _looks_like_data(text):
        return False, "not a message: the answer is data (JSON or code), not text to send"
    if LEAD_IN.match(text):
        return False, f"not a message: only a lead-in with nothing after it ({text[:60]!r})"
    about = _about_them(text, ctx)
    if about:
        return False, f"not a message: an answer about the request, speaking of {about} rather than to them"
    sentences = [" ".join(s.split()) for s in _SENTENCES.split(fold(text).lower()) if s.strip()]
    advice = _first(sentences[:2], _ADVISE_AGAINST)
    if advice is not None:
        return False, f"not a message: advice to you about writing, not a draft ({advice[:80]!r})"
    if _NOTE_TO_USER.search(text):
        return False, "not a message as it stands: it ends with a note to you about the draft"
    if not _GREETING_START.match(text) and sentences and _TIPS.match(sentences[0]):
        return False, f"not a message: advice on asking, not a draft ({sentences[0][:80]!r})"
    # A refusal or a remark about the request, with less than a short message left beside it.
    for pattern, what in ((_REFUSALS, "a refusal"), (_META, "an answer about the request")):
        hit = _first(sentences[:3], pattern)
        if hit is not None:
            rest = sum(len(words(s)) for s in sentences) - len(words(hit))
            if rest < 25:
                return False, f"not a message: {what}, not a draft ({hit[:80]!r})"
    return True, "a message to send"
