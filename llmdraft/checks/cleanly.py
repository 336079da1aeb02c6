"""`reads_cleanly`: no trace of a broken slot fill.

A template filled with the wrong form of an input, or a model that garbles a sentence, leaves
marks a reader notices at once: "for for", "the my capstone", "mention my He never missed",
"{name}", an unclosed bracket, a sentence that starts in lower case, ",." and a thank-you said
twice at the end. Each rule below looks for one such mark and knows the ordinary English that
looks like it ("that that", "the Our Lady of Lourdes", "e.g.,", ":)", "iPhone", "Thanks,"
after a body that does not end on thanks). Its precision and recall are measured on a labelled
set (tests/data/reads_cleanly.yaml, written without seeing this code); the severity follows from
them (README: reads_cleanly).
"""

from __future__ import annotations

import re

from .. import lexicon
from ..patterns import lazy, shared
from ..realise import word_class
from ..realise.words import DETERMINERS, LANGUAGES, SIMPLE_PASTS, TOOLS
from ..context import Context
from .base import Draft, check
from .form import find_placeholder


# -- a template's slot filled with nothing: "the work we did on  together", "about ?" ------------
_EMPTY_SLOT = lazy(r"\b(?:on|about|for|at|in|with|of|the|my|your)[ \t]{2,}(?:together|and|or|as)\b|"
                   r"\b(?:on|about|for|with|of|the|my|your)[ \t]+[,.?!;](?!\w)")


# -- doubled words --------------------------------------------------------------------------
_DOUBLE = lazy(r"\b([A-Za-z']+)(?:[ \t]+|[ \t]*\n[ \t]*)\1\b", re.IGNORECASE)
_DOUBLE_OK = frozenset("that had her do so very bye no ha really far many more knock hush "
                       "sharp now chop".split())  # "Sharp sharp!", "now now": set phrases
# A preposition before an infinitive ("for to land a role"), a subject before a subject
# ("how I He led").
_STACKED = lazy(r"\b(?:for|of)\s+to\s+[a-z]+\b|\b(?:I|he|she|we|they)\s+(?:He|She|They|We)\b")

# A spreadsheet's empty cell where a field went: "about our work on nan?".
_EMPTY_CELL = lazy(r"\b(?:on|about|for|at|in|of|my|the) (?:nan|NaN|NULL|undefined|None)(?=[\s.,;:!?)]|$)")

# -- an article before an article or a possessive ---------------------------------------------
_ARTICLE_ARTICLE = lazy(r"\b(?:a|an|the)[ \t]+(?:a|an|the|this|these|those)\b(?!/)(?!(?-i:(?<=An) [A-Z]))",
                              re.IGNORECASE)  # not "the An Post hub": Irish "An" in a name;
#   within a line: "- Thesis graded A" ends a list item, and "These days ..." starts a line
_ARTICLE_POSSESSIVE = lazy(r"\b(?:a|an|the)[ \t]+(my|your|his|her|their|our|its|you|he|she|they|"
                                 r"we)\s+(\S+)", re.IGNORECASE)
# "the Dr. Alvarez's clinic"; not "the Ashby Trust's school", whose name takes "the".
_ARTICLE_NAME_S = lazy(r"\bthe\s+(?:Dr|Mr|Mrs|Ms|Prof)\.\s+[A-Z]\w+(?:'s|s'|\u2019s)\s+[A-Za-z]")

# -- a possessive before a pronoun, a clause or a bare adjective ------------------------------
_POSSESSIVE = lazy(r"\b([Mm]y|[Yy]our|[Hh]is|[Tt]heir|[Oo]ur)\s+([A-Za-z][\w'-]*)([\s.,;:!?]+|$)(\S*)")
_PRONOUNS = frozenset("i he she they we you it me him them us i'm he's she's we're they're "
                      "you're".split())
_ADJECTIVE_NOUNS = frozenset("own best worst favorite favourite favourites favorites utmost all "
                             "first last only fault usual part share whole calm cool mum".split())  # "his calm",
#   "my mum" (reader 196; the lexicon knows "mum" as keeping quiet)

# What a place's name goes before: "our Muscat office".
_PLACE_HEADS = frozenset("""office offices branch team site store plant clinic campus hub depot
warehouse lab studio factory hotel restaurant launch operation operations""".split())

_NUMBERED = lazy(r"\{\d+\}")

# -- unbalanced brackets and quotes ------------------------------------------------------------
_EMOTICON = lazy(r"[:;]-?[()]|(?<![\w.!?])[()]-?[:;]|\(\s*[:;]")  # not "(short):"
_LIST_MARK = lazy(r"(?m)^\s*(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})\)")
_INCH = lazy(r"\d\"")

# -- a sentence that starts in lower case -------------------------------------------------------
_ABBREVIATIONS = frozenset("e.g i.e etc vs approx cf al a.m p.m dr mr mrs ms st no dept inc "
                           "corp ltd co jr sr prof esp incl viz".split())
_PARTICLES = frozenset("de da di du del der den van von la le ten ter bin al el".split())
_AFTER_END = lazy(r"([^\s]*)([.!?])[\"')\u201d]*\s+([^\s]+)")

# -- double punctuation ----------------------------------------------------------------------
_DOUBLE_PUNCT = lazy(r"[,;:]\s*[,.;:]|[!?]\s*[.,;]|(?<![.\s])\.\.(?!\.)|\.\s*[;:]"
                           r"|\w\s+[,.;:](?=\s|$)|^\s*[,.;:]|\b(?:Hi|Hello|Dear|Hey)\s+,",
                           re.MULTILINE)
_DOT_COMMA = lazy(r"(\S+)\.,")

# -- the same thanks twice at the end ---------------------------------------------------------
_THANKS = lazy(r"\b(?:thanks|thank you|many thanks|with thanks|thx|much appreciated|"
                     r"gratefully)\b", re.IGNORECASE)


_GAP = lazy(r"\$?X+%?|X(?: \w+)?|N%|_{3,}|TBD|TBC|TODO|FIXME|PLACEHOLDER|INSERT")


def problems(text: str) -> list[str]:
    """Every mark of a broken fill found in `text`, as short descriptions."""
    found: list[str] = []
    found += _doubled(text)
    found += _articles(text)
    found += _possessives(text)
    # A template's field breaks its sentence ("about {project} and", "Hi [Name],"); a gap in a
    # figure or a blank ("XX%", "TBD", "____") leaves the grammar whole: no_placeholders' alone.
    placeholder = find_placeholder(text) or (_NUMBERED.search(text) or [None])[0]
    if placeholder and _GAP.fullmatch(placeholder.strip()):
        placeholder = None
    if placeholder:
        found.append(f"a template field {placeholder!r}")
    found += _unbalanced(text)
    found += _lowercase_starts(text)
    found += _double_punctuation(text)
    found += _doubled_thanks(text)
    found += [f"two verbs where one belongs ({m.group(0)!r})" for m in _TWO_VERBS.finditer(text)]
    found += [f"a slot left empty ({m.group(0).strip()!r})" for m in _EMPTY_SLOT.finditer(text)]
    return found


# "was went", "were came in", "is grew": a be-verb before a simple past that is not a
# participle, which no sentence has; what a fill leaves when it adds a verb to a detail that
# had its own.
_TWO_VERBS = lazy(r"\b(?:is|was|were|are|be|been)\s+(?:" + "|".join(sorted(SIMPLE_PASTS - {"shot"}))
                        + r")\b", re.IGNORECASE)  # "was shot in 34 days": a participle too


def _doubled(text: str) -> list[str]:
    out = []
    for m in _DOUBLE.finditer(text):
        first, second = m.group(0).split()[0], m.group(0).split()[-1]
        word = m.group(1).lower()
        if word in _DOUBLE_OK or word.isdigit() or not lexicon.word_class(word):
            continue  # "seve seve", "pole pole": another language's doubling, not a slip
        if first[:1].isupper() and second[:1].isupper() and first == second \
                and not lexicon.known(word):
            continue  # "Walla Walla", "Pago Pago": a name
        if first[:1].isupper() and second[:1].islower() and not _sentence_start(text, m.start()):
            continue  # "Will will thrive": a name, then the word
        out.append(f"the doubled word {m.group(0)!r}")
    out += [f"words that cannot follow each other ({m.group(0)!r})" for m in _STACKED.finditer(text)]
    out += [f"an empty cell pasted in ({m.group(0)!r})" for m in _EMPTY_CELL.finditer(text)]
    return out


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?\n:" or before.endswith(",")


def _articles(text: str) -> list[str]:
    out = [f"an article before an article ({m.group(0)!r})" for m in _ARTICLE_ARTICLE.finditer(text)
           if not m.group(0).endswith(" A")]  # "an A in chemistry": a grade, a letter
    for m in _ARTICLE_POSSESSIVE.finditer(text):
        possessive, after = m.group(1), m.group(2)
        if possessive[:1].isupper() and after[:1].isupper():
            continue  # "the Our Lady of Lourdes", "the His Majesty's Theatre": a name
        out.append(f"an article before a possessive ({m.group(0)!r})")
    out += [f"an article before a name's possessive ({m.group(0)!r})"
            for m in _ARTICLE_NAME_S.finditer(text)]
    return out


def _possessives(text: str) -> list[str]:
    out = []
    for m in _POSSESSIVE.finditer(text):
        word, gap, following = m.group(2), m.group(3), m.group(4)
        low = word.lower()
        if low in _PRONOUNS and not word.startswith(("I-", "It-")) and word not in ("IT", "US") \
                and not (word.isupper() and len(word) > 1 and shared(r"\s*\d").match(following or "")):
            #   "my ME 412 capstone": a course code, no pronoun
            out.append(f"a possessive before a pronoun ({m.group(0).strip()!r})")
            continue
        if low in TOOLS or shared(r"[A-Z].*[A-Z]|\d").search(word) or low in _ADJECTIVE_NOUNS:
            continue  # "my SQL", "my iOS app", "my I-9", "my own"
        cls = word_class(low)
        ends = gap.strip()[:1] in (".", ",", ";", "!", "?", ":") or not following
        named = following[:1].isupper() or following[:1].isdigit()  # "my Year 9", "my Advanced Stats"
        # A capitalised noun the lexicon never saw capitalised as a common word is a name
        # ("my Airflow skills"); a capitalised verb, pronoun or adjective is a broken fill.
        a_name = (cls == "N" and not lexicon.common_when_capitalised(low)) \
            or following.lower().strip(".,;:!?") in _PLACE_HEADS  # "our Muscat office", "our
        #   Nice branch": a place's name before what is there
        if word[:1].isupper() and cls and cls != "P" and not named and not a_name \
                and low not in LANGUAGES and low not in _CAPITALISED_ALWAYS:  # "my French and
            #   Italian skills", "their Indigenous community reporting"
            out.append(f"a capitalised word after a possessive ({m.group(0).strip()!r})")
        elif cls == "J" and (ends or following.lower() in ("and", "&")) and low not in LANGUAGES \
                and not _two_qualities_of_a_noun(text[m.end():]) \
                and not (gap.strip() == "," and _two_qualities_of_a_noun(
                    f"{following} {text[m.end():]}")):  # "their safe, tidy work"
            out.append(f"a possessive before an adjective ({m.group(0).strip()!r})")
        elif cls == "D" and (following.lower() in DETERMINERS or ends):
            out.append(f"a possessive before a verb ({m.group(0).strip()!r})")
        elif cls == "R" and low in ("never", "always", "often", "rarely") \
                and word_class(following.lower().strip(".,;:!?")) == "D":
            out.append(f"a possessive before a clause ({m.group(0).strip()!r} ...)")  # "my never
            #                                                                    missed a deadline"
    return out




# Adjectives written with a capital: "their Indigenous community reporting".
_CAPITALISED_ALWAYS = frozenset("indigenous aboriginal native deaf black catholic protestant muslim "
                                "jewish hindu buddhist sikh christian".split())


def _two_qualities_of_a_noun(rest: str) -> bool:
    """After "my fair and": another adjective and a noun ("transparent scoring"), so the
    possessive has its noun ("their fair and transparent scoring of applications")."""
    words = [w.strip(".,;:!?").lower() for w in rest.split()[:2]]
    return len(words) == 2 and word_class(words[0]) == "J" and word_class(words[1]) in ("N", "G")


def _unbalanced(text: str) -> list[str]:
    bare = _EMOTICON.sub(" ", text)
    bare = _LIST_MARK.sub(" ", bare)
    out = []
    for opening, closing in ("()", "[]", "{}", "\u201c\u201d"):
        if _balance(bare, opening, closing):
            out.append(f"an unclosed {opening}{closing}")
    if (_INCH.sub(" ", bare).count('"')) % 2:
        out.append('an unpaired "')
    return out


def _balance(text: str, opening: str, closing: str) -> bool:
    if opening not in text and closing not in text:
        return False
    depth = 0
    for ch in text:
        if ch == opening:
            depth += 1
        elif ch == closing:
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


def _texting(text: str) -> bool:
    """A message typed in lower case throughout ("hey ana! could u write me a rec"): a style,
    not a broken fill. Most of its sentences start in lower case, and so does the message."""
    starts = [m.group(3) for m in _AFTER_END.finditer(text)]
    first = text.strip().split()[:1]
    starts = first + starts
    lower = [w for w in starts if w[:1].isalpha() and w[:1].islower()]
    return bool(first) and (first[0][:1].islower() or len(lower) >= 3) and len(lower) >= 2 \
        and len(lower) * 2 >= len(starts)  # "Chiamaka! still waiting on that rec o"


def _lowercase_starts(text: str) -> list[str]:
    if _texting(text):
        return []
    out = []
    for m in _AFTER_END.finditer(text):
        before, mark, word = m.groups()
        if "\n" in m.group(0)[len(before) + 1:] and not mark:
            continue
        if mark == "." and _abbreviation(before):
            continue
        if ")" in m.group(0)[len(before):] and "(" in before + text[max(0, m.start() - 40):m.start()]:
            continue  # "(finally!) and a rec": the bracket ends an aside, not the sentence
        if _lower_is_fine(word):
            continue
        out.append(f"a sentence that starts in lower case ({word!r})")
    previous = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        starts_new = not previous or previous[-1] in ".!?:" or shared(
            r"^(?:hi|hello|dear|hey)\b.*[,!]$", re.IGNORECASE).match(previous)
        if starts_new and not shared(r"^(?:[-*\u2022]|\d+[.)]|[a-z][.)])\s").match(stripped) \
                and not _lower_is_fine(stripped.split()[0]):
            out.append(f"a line that starts in lower case ({stripped.split()[0]!r})")
        previous = stripped
    return list(dict.fromkeys(out))


def _abbreviation(token: str) -> bool:
    bare = token.lower().strip("(\"'")
    return bare in _ABBREVIATIONS or "." in bare or (len(bare) == 1 and bare.isalpha())


def _lower_is_fine(word: str) -> bool:
    """A word that may start a sentence in lower case: a brand or name ("iPhone", "npm", "de la
    Cruz"), an abbreviation, an address; a common English word may not."""
    w = word.strip("\"'(")
    if not w or not w[0].isalpha() or w[0].isupper():
        return True
    bare = w.lower().rstrip(".,;:!?")
    if bare == "i" or bare.startswith("i'"):
        return False
    if not lexicon.word_class(bare):
        return True
    return bool(shared(r"[A-Z]").search(w) or "." in w.rstrip(".,") or "@" in w or "://" in w
                or w.startswith("www.") or w.lower().rstrip(",") in _PARTICLES)


def _double_punctuation(text: str) -> list[str]:
    out = []
    for m in _DOUBLE_PUNCT.finditer(text):
        out.append(f"doubled punctuation ({m.group(0).strip()!r})")
    for m in _DOT_COMMA.finditer(text):
        if not _abbreviation(m.group(1)) and m.group(1).lower() not in ("u.s",):
            out.append(f"doubled punctuation ({m.group(0)!r})")
    return out


def _doubled_thanks(text: str) -> list[str]:
    """A thank-you in the last sentence and again in the sign-off, or two thank-yous in a row
    at the end of the body. A P.S. and the signature are set aside first."""
    body = shared(r"(?im)^\s*p\.?\s?s\.?\b").split(text)[0].rstrip()
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    thanked_off = False
    thank_lines = 0  # "Thanks so much!" then "Thank you!", each on a line of its own
    while len(lines) > 1 and len(lines[-1].split()) <= 4 and (
            lines[-1][-1:] not in ".!?" or (_THANKS.search(lines[-1]) and lines[-1][-1:] == "!")):
        thanks_here = bool(_THANKS.search(lines[-1]))
        thank_lines = thank_lines + 1 if thanks_here else (0 if thank_lines < 2 else thank_lines)
        thanked_off = thanked_off or thanks_here  # "Thanks,", "Thanks!"
        lines.pop()  # the sign-off and the name under it
    if thank_lines >= 2:
        return ["the same thanks twice at the end"]
    sentences = [s for s in shared(r"(?<=[.!?])\s+").split(" ".join(lines)) if s.strip()]
    if thanked_off and sentences and _THANKS.search(sentences[-1]):
        return ["a thank-you in the last sentence and again in the sign-off"]
    if len(sentences) >= 2 and all(_THANKS.search(s) and len(s.split()) <= 10
                                   for s in sentences[-2:]):
        return ["the same thanks twice at the end"]
    return []


@check("reads_cleanly", order=90)
def reads_cleanly(draft: Draft, ctx: Context):
    found = problems(draft.message)
    if found:
        return False, "the draft has a broken sentence: " + "; ".join(found[:3])
    return True, "no broken sentences found"
