"""Form: nothing left to fill in, fits the channel, not LinkedIn's default, thanks and an out."""

from __future__ import annotations

import re

from ..context import SUBJECT_LIMIT, Context
from ..patterns import lazy, shared
from ..text import STOPWORDS, covered, stem, stems_match, words
from . import courtesies
from .base import Draft, check, one_of, part
from .message import NOT_SAID as _NOT_SAID, is_a_message, said_to_them


# Each form with a cheap test that must hold before its pattern is worth running.
_PLACEHOLDER_FORMS = [
    # [Your Name], [insert role]; not [sic], [...], nor an editor's lower-case "[kept]" in a quote
    ("[", lazy(r"\[(?!sic\]|\.\.\.\]|\u2026\])(?=[A-Z]|(?:insert|your|their|his|her|add|"
                     r"enter|name|company|date|role|title|number|amount|percent|percentage|"
                     r"figure|metric|result|skill|strength|project|client|manager|city|school|"
                     r"year|month|x+|n)\b)[^\[\]\n]{1,60}\](?!\()")),
    # "[Write your follow-up message here. Remind the recipient of ...]": an instruction
    ("[", lazy(r"\[(?:Write|Insert|Add|Enter|Describe|Mention|Include|Replace|Fill|Type|"
                     r"Paste|Put|Say|Explain|List)\b[^\[\]]{0,400}\]")),
    ("{", lazy(r"\{\{?\s*[A-Za-z_][^{}\n]{0,40}\}\}?")),  # {project}, {{ name }}
    ("<", lazy(r"<(?![a-z][\w.+-]*@|https?:|/)[^<>\n@]{0,40}[A-Za-z][^<>\n@]{0,40}>")),
    ("X", lazy(r"(?<![A-Za-z])X{2,}(?![A-Za-z])|\bX+%|\$X+\b|\bX (?=years|months|weeks|"
                     r"days|people|percent)")),  # XX%, $XX, X years
    ("N%", lazy(r"\bN%")),
    ("___", lazy(r"_{3,}")),
    (("TBD", "TBC", "TODO", "FIXME", "PLACEHOLDER", "INSERT"),
     lazy(r"(?<!\bis )(?<!\bstill )(?<!\bare )(?<!\bwas )(?<!\bremains )"
                r"\b(?:TBD|TBC|TODO|FIXME|PLACEHOLDER|INSERT)\b")),  # "a todo app", "still TBD"
    (("lorem",), lazy(r"\blorem ipsum\b", re.IGNORECASE)),
    # LinkedIn's own field, left in: "Hi NAME,", "Dear FIRST NAME"
    (("NAME", "RECIPIENT"), lazy(r"\b(?:Hi|Hello|Hey|Dear),? (?:FIRST ?NAME|NAME|RECIPIENT(?: "
                                        r"NAME)?)\b")),
    ("(", lazy(r"\((?:insert\b[^()\n]{0,30}|(?:your|their|his|her|company|recipient'?s?|"
                     r"project|manager'?s?|job|team) (?:name|title)|name|date|company)\)",
                     re.IGNORECASE)),  # (company name), (insert date)
    (("name", "title"), lazy(r"^\s*(?:Your [Nn]ame|Your [Tt]itle|Name)\s*$", re.MULTILINE)),
    (("%", "$"), lazy(r"%\(\w+\)s|%s\b|\$\{\w+\}|\$[a-z_]{3,}\b|%[A-Za-z_]{3,}%")),  # %s, ${name},
    #                                                                          %FIRST_NAME%
    ("*|", lazy(r"\*\|[A-Z_]+\|\*")),  # *|FNAME|*
]


def _candidates(text: str):
    lowered = None
    for guard, pattern in _PLACEHOLDER_FORMS:
        if isinstance(guard, tuple):
            haystack = text
            if any(g.islower() for g in guard):
                lowered = lowered if lowered is not None else text.lower()
                haystack = lowered
            if not any(g in haystack for g in guard):
                continue
        elif guard not in text:
            continue
        yield pattern


def find_placeholder(text: str) -> str | None:
    for pattern in _candidates(text):
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


def strip_placeholders(text: str) -> str:
    for pattern in _candidates(text):
        text = pattern.sub(" ", text)
    return text


@check("no_placeholders", order=80)
def no_placeholders(draft: Draft, ctx: Context):
    for text in (draft.message, draft.subject or ""):
        found = find_placeholder(text)
        if found:
            return False, f"a placeholder is left in the draft: {found!r}"
    return True, "no placeholders"


@check("within_length", order=100)
def within_length(draft: Draft, ctx: Context):
    # Blank space around the text is not sent (a file's last newline, a pasted trailing space).
    size, limit = len(draft.message.strip()), ctx.limit
    if size > limit:
        return False, (f"the message is {size} characters; {ctx.channel.value} allows {limit}: "
                       f"cut {size - limit}, or use a channel with more room")
    if draft.subject and len(draft.subject) > SUBJECT_LIMIT:
        return False, f"the subject is {len(draft.subject)} characters; the limit is {SUBJECT_LIMIT}"
    return True, f"{size} of {limit} characters"


@check("subject_present", order=110)
def subject_present(draft: Draft, ctx: Context):
    if not ctx.channel.has_subject:
        return True, f"{ctx.channel.value} has no subject line"
    if draft.subject and draft.subject.strip():
        return True, "has a subject line"
    return False, f"an {ctx.channel.value} needs a subject line"


# LinkedIn pre-fills "Hi NAME, can you write me a recommendation?" in the request box.
_DEFAULT_ASK = lazy(
    r"\b(?:can|could|would|will) you (?:please )?(?:write|give|leave|provide) me an? "
    r"(?:\w+ )?(?:recommendation|reference)\b|\b(?:please )?(?:write|recommend) me\b"
)
_NOT_PERSONAL = {stem(w) for w in ("recommendation", "recommend", "linkedin", "write", "hi",
                                   "hello", "hey", "dear", "thanks", "thank", "please", "profile",
                                   "quick", "wondering", "possible", "favour", "favor")}


@check("not_default_text", order=20)
def not_default_text(draft: Draft, ctx: Context):
    if not is_a_message(draft, ctx)[0]:  # JSON around a message included: not one to send
        # Says nothing specific to anyone; the detail names the real fault, not the default text
        return False, _NOT_SAID
    rest = _DEFAULT_ASK.sub(" ", draft.folded)
    names = set(words(ctx.recipient)) | set(words(ctx.sender or ""))
    personal = [t for t in words(rest)
                if t not in STOPWORDS and t not in names and stem(t) not in _NOT_PERSONAL]
    if len(personal) < 6 and not covered(draft.text.coverage(ctx.project), ctx.project,
                                         anchored=True):
        return False, ("the draft reads as LinkedIn's default request; say what to write about "
                       "(project, strengths)")
    if not _says_anything_given(draft, ctx):
        return False, ("the draft is as empty as LinkedIn's default request: it names nothing "
                       "from the project, the strengths, the purpose or the details")
    return True, "a personal message, not the default text"


# Words every request uses: they make a message no more specific than LinkedIn's own.
_GENERIC = {stem(w) for w in ("recommendation", "recommend", "linkedin", "profile", "presence",
                              "network", "work", "skills", "brief", "short", "quick", "help",
                              "together", "experience", "career", "page", "write", "ask",
                              "mention", "highlight")}  # "report writing" is not said by "write"


def _says_anything_given(draft: Draft, ctx: Context) -> bool:
    """Does the draft use one content word of what the user gave? LinkedIn's texts, old and
    new ("I'm sending this to ask you for a brief recommendation of my work..."), use none:
    they fit any two people, which is the fault. Names do not count: every default has one."""
    names = set(words(ctx.recipient)) | set(words(ctx.sender or "")) | set(words(ctx.greet_as or ""))
    given = " ".join([ctx.project, *ctx.strengths, ctx.purpose or "", ctx.details or ""])
    wanted = {stem(w) for w in words(given)
              if w not in STOPWORDS and w not in names and len(w) > 1} - _GENERIC
    said = {stem(w) for w in words(draft.message) if w not in STOPWORDS}
    return any(stems_match(a, b) for a in wanted for b in said)


# "Cheers!" thanks in British English; people write to each other in their own languages too.
_THANKS = lazy(r"\b(?:"
                     r"thank|thanks|thx|tks|ty|grateful|gratitude|appreciate\w*|appreciation|obliged|"
                     r"ta|cheers|merci|gracias|danke|grazie|obrigad[oa]|arigato|dziekuje|tack|takk|"
                     r"spasibo|shukran|asante|dank je|bedankt|kiitos|tesekkurler|dhanyavaad|"
                     r"dhanyavad|terima kasih|salamat|xie xie|kamsahamnida|gamsahamnida|"
                     r"jazakallah\w*|jazak allah|mahalo|efh?aristo|efcharisto|tashakor|tashakur|"
                     r"dekuji|koszonom|multumesc|cam on|medaase|nagode|ngiyabonga|enkosi|dankie|"
                     r"hvala|paldies|aitah|tapadh leat|diolch|go raibh maith agat|toda|mersi|rahmat|"
                     r"khob khun|sukriya|shukriya|dhanyabad|nandri|dhonnobad|thanking|dank|diky|"
                     r"dekuju|dyakuyu|dyakuju|xiexie|valeu|arigatou|zikomo|fa'?afetai|nga mihi|"
                     r"malo '?aupito|ndatenda|gomawo|gomapseumnida|tesekkur|e se gan|e se o|"
                     r"malo(?=,|!|\s*$)|vinaka|yuspagara|giitu|qujanaq|murakoze|urakoze|webale|"
                     r"дякую|спасибі|"
                     r"mahadsanid|madloba|rakhmet|todah|na gode|tanks|tenks|shukriyaa|sukria|gamsa|"
                     r"kop khun|khop khun|mesi|misaotra|mauruuru|siyabonga|ke a leboha|tashakkur|"
                     r"rahmet|tysm|thnx|thanx|tak|dzieki|ameseginalehu|aciu|dakujem|tanan|amesegnalehu|choukran|chokran|"
                     r"faleminderit|blagodarya|blagodaram|спасибо|ευχαριστω|شكرا|谢谢|"
                     r"ありがとう|감사합니다|תודה|धन्यवाद"
                     r")(?!\w)"
                     r"(?! to (?:(?:the|our|a|an|my|his|her|their|your)\b|you,))")


# "I'd be grateful if you could ...", "I would appreciate a mention of ...": part of the ask.
_CONDITIONAL = lazy(r"\s+(?:it\s+)?if\b|\s+(?:a|an|any|your)\s+(?!lot\b)")


def _asked_not_thanked(text: str, found: re.Match) -> bool:
    return found.group(0).startswith(("grateful", "appreciat")) \
        and bool(shared(r"(?:would|'d)(?: be| really| so| very| be very| be so)?\s*$").search(
                           text[max(0, found.start() - 20): found.start()])) \
        and bool(_CONDITIONAL.match(text, found.end()))


@check("thanks", order=180, severity="warning")
def thanks(draft: Draft, ctx: Context):
    if not said_to_them(draft, ctx):
        return False, _NOT_SAID
    if any(not _asked_not_thanked(draft.folded, m) for m in _THANKS.finditer(draft.folded)):
        return True, "says thank you"
    return False, "the draft does not thank them"


# A follow-up's grace is time: they have said yes, and "no rush, whenever suits you" lets them
# off the reminder. A request's is not: "no rush" still expects a yes, and people read it so.
_WHENEVER = one_of([
    part(r"\b(?:no|zero|absolutely no|not any) (?:rush|hurry)\b"),
    part(r"\bwhenever (?:suits|works|is good|you (?:get|have|find|can|are ready|'re ready))\b|"
               r"\bin your own time\b|\bat your (?:own )?(?:pace|convenience)\b"),
])

_OUTS = one_of([
    part(r"\b(?:no|zero|absolutely no|not any) (?:pressure|obligation|worries|problem|"
               r"stress)\b(?!,? i (?:suppose|guess))"),  # not "No worries, I suppose."
    part(r"\b(?:totally|completely|entirely|perfectly|absolutely|fully) (?:fine|ok|okay|"
               r"understand\w*|get it)\b"),
    part(r"(?<!which )(?<!as )(?<!what )\b(?:i|i'll|i would|i'd|i will)(?: \w+)? understand\b"
         r"(?! (?:it|how|what|the)\b)(?! \w+ed\b)"),  # not "which I understand contributed"
    part(r"\bif (?:you're|you are|you happen to be|things are|now is|it's)\b[^.?!]{0,30}?"
               r"\b(?:busy|swamped|stretched|slammed|full|hectic|not a good time|not convenient|"
               r"too much|a bad time)"),
    part(r"\bif you(?:'d| would)? (?:rather|prefer) not\b"),
    part(r"\b(?:if|only if|whenever|when) you(?: feel| are|'re)? (?:comfortable|up for it|up to it)\b"
         r"(?!(?: with (?:it|that|this))?,? (?:please |you could |could you |it would help (?:most )?"
         r"(?:to |if you )?|to |with )?(?:mention|highlight|includ|note|touch on|speak to|talk "
         r"about|cover|refer)\w*)"),  # "if you feel comfortable, please mention ...": what to say,
    #                                  not whether to write
    part(r"\bif you (?:don't |do not )?(?:have|find|get) (?:the |a |no )?(?:time|moment|chance|minute|"
               r"bandwidth)\b|\bif no time\b"),
    part(r"\b(?:feel free to|fine to|okay to|ok to) (?:say no|decline|pass)\b"),
    part(r"\b(?:don't|do not) feel (?:any |under (?:any )?)?(?:obligation|pressure)\b"),
    part(r"\b(?:don't|do not) (?:feel (?:obligated|obliged|pressured)|worry (?:if|about it|at "
               r"all))\b|\b(?:don't|do not) sweat it\b|\bno sweat\b|"
               r"\b(?:don't|do not) worry(?=[.!,;]|$)"),
    part(r"\b(?:don't|do not) hesitate to (?:say no|decline|pass|turn (?:it|me|this) down)\b"),
    part(r"\bif (?:it|this|that)(?: is|'s| isn't| is not)? (?:inconvenient|not convenient|a hassle|"
               r"not doable|not (?:something|a thing) you)|\bnot a (?:bother|problem)\b"),
    part(r"\bfeel free to (?:let (?:this|it) go|skip (?:it|this)|ignore|pass)\b|\bno prob\b"),
    part(r"\b(?:please |just )?ignore (?:this|it|me)\b|\bno (?:wahala|dramas?|compulsion|biggie|"
               r"big deal|bother|stress)\b|\b(?:totally|completely) cool\b"),
    part(r"\b(?:that's|that is|it's|its|it is|that'd be|that would be) (?:totally |totaly |completely "
               r"|perfectly |absolutely )?(?:fine|ok|okay|alright|all right|understandable)\b"),
    part(r"\bif (?:not|you can't|you cannot|it's not possible|that's not possible|it isn't "
               r"possible|it is not possible|that isn't possible)\b"),
    part(r"\b(?:either way|whatever you decide|no hard feelings|if it's not for you)\b"),
    part(r"\bfeel free to say so\b|\bnot (?:a good|the right) (?:moment|time)\b"),
    part(r"\bsay no if\b|\bif the timing(?:'s| is| isn't| is not)\b"),
    part(r"\bno issues?\b(?! (?:with|at all with))|\bif you(?:'re| are) not having (?:the )?time\b"),  # "please say no if the
    #                                                                   timing is bad"
    part(courtesies.any_of(courtesies.OUTS)),  # "no pasa nada", "hakuna shida", "sorun degil"
    part(r"\b(?:don't|do not|never) give it (?:a second|another|a) thought\b"),
])


@check("graceful_out", order=170, severity="warning")
def graceful_out(draft: Draft, ctx: Context):
    if not said_to_them(draft, ctx):
        return False, _NOT_SAID
    found = _OUTS.search(draft.folded)
    if found is None and draft.kind == "followup":
        found = _WHENEVER.search(draft.folded)
    if found:
        return True, f"gives them an easy way to say no ({found.group(0)!r})"
    return False, "the draft gives them no easy way to say no"
