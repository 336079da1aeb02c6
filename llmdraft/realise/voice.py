"""Turning a phrase to another speaker's voice: about "her" into "I", into "you", into a name."""

from __future__ import annotations

import re

from .. import lexicon
from ..patterns import lazy, shared
from .words import _SUBJECTS_THIRD


_BE_FIRST = {"is": "am", "was": "was", "are": "am", "were": "was", "isn't": "am not",
             "wasn't": "wasn't", "aren't": "am not", "weren't": "wasn't"}


_BE_THIRD = {"am": "is", "was": "was", "'m": "is", "have": "has", "do": "does", "don't": "doesn't",
             "haven't": "hasn't", "are": "is", "were": "was"}


_CONTRACTIONS_THIRD = {"i'm": "{n} is", "i've": "{n} has", "i'd": "{n} would", "i'll": "{n} will"}


def _agree_first(words: list[str], start: int) -> None:
    """The verb after a subject turned into "I": "stays" -> "stay", "is" -> "am"; and a second
    verb it shares: "is great at X and never misses a cue" -> "am ... and never miss"."""
    _agree_first_once(words, start)
    for j in range(start + 1, len(words) - 1):
        if words[j].lower() == "and":
            nxt = j + 2 if words[j + 1].lower() in ("never", "always", "also", "often",
                                                    "rarely") else j + 1
            if nxt < len(words) and _third_person(words[nxt].lower()) and not (
                    nxt == len(words) - 1 and words[j - 1].lower().rstrip(",").endswith("s")):
                words[nxt] = lexicon.inflect(words[nxt].lower(), "base")  # not "clients'
                #   names and size": two plural nouns end the phrase


def _third_person(word: str) -> bool:
    """"stays", "fixes", "trains": a verb's third person, though the lexicon may file the word
    as a plural noun."""
    if lexicon.word_class(word) == "Z":
        return True
    forms = lexicon.verb_forms(word)
    return bool(forms) and forms[0] == word and word != lexicon.lemma(word) \
        and lexicon.word_class(word) == "N"


def _agree_first_once(words: list[str], start: int) -> None:
    for j in range(start, min(start + 4, len(words))):
        low = words[j].lower()
        if low in _BE_FIRST:
            words[j] = _BE_FIRST[low]
            return
        if low in ("has", "hasn't", "does", "doesn't"):
            words[j] = {"has": "have", "hasn't": "haven't", "does": "do",
                        "doesn't": "don't"}[low]
            return
        cls = lexicon.word_class(low)
        if cls == "Z" or (j == start and _third_person(low)):
            words[j] = lexicon.inflect(low, "base")
            return
        if cls in ("D", "V", "G") or low in ("can", "could", "will", "would", "should",
                                                 "might", "must", "may"):
            return


def _agree_third(words: list[str], start: int) -> None:
    """The verb after "I" turned into a name: "stay" -> "stays", "am" -> "is"."""
    for j in range(start, min(start + 4, len(words))):
        low = words[j].lower()
        if low in _BE_THIRD:
            words[j] = _BE_THIRD[low]
            return
        cls = lexicon.word_class(low)
        if cls == "V" and lexicon.verb_forms(low):
            words[j] = lexicon.inflect(low, "third")
            return
        if cls in ("D", "Z", "G") or low in ("can", "could", "will", "would", "should",
                                                 "might", "must", "may", "never"):
            if cls or low != "never":
                return


def two_parties(text: str) -> bool:
    """Whether a phrase is its typist's word about another, done to or by them: "he trusted me
    with the consumer units", "I relied on his judgment". The "I" is who typed it; the other
    is the one they write to or about, never the typist in the third person. Not "she is the
    best charge nurse I've worked with": a colleague's praise of the requester, quoted."""
    return bool(_TWO_PARTIES.match(text))


# He or she, a verb (perhaps after an adverb) and me; or I, a verb and his or her ...
_TWO_PARTIES = lazy(r"(?i)^(?:(?:he|she) (?:\w+ )?\w+ (?:me|my)\b|i (?:\S+ ){1,8}(?:his|her|him)\b)")


def to_first_person(text: str) -> str:
    """A phrase written about the requester ("she stays calm", "his mistakes") in their own
    voice ("I stay calm", "my mistakes"); the recommender's own "I" becomes "you". A phrase of
    two parties keeps its "I" and speaks to the other: "he trusted me with X" -> "you trusted me
    with X"."""
    words = text.split()
    if two_parties(text):
        return _to_reader(words)
    out = list(words)
    for i, w in enumerate(words):
        low = w.lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        if low in ("i", "me"):
            out[i] = "you"
        elif low in ("my", "mine"):
            out[i] = "your" if low == "my" else "yours"
        elif low in ("i've", "i'm", "i'd", "i'll"):
            out[i] = "you" + low[1:].replace("'m", "'re")
        elif low == "myself":
            out[i] = "yourself"
    for i, w in enumerate(words):
        low = w.lower()
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if low in ("he", "she") or (low == "they" and i == 0):
            out[i] = "I"
            _agree_first(out, i + 1)
        elif low in ("he's", "she's"):
            out[i] = "I'm"
        elif low in ("him",):
            out[i] = "me"
        elif low in ("himself", "herself"):
            out[i] = "myself"
        elif low == "his":
            out[i] = "my"
        elif low == "her":
            cls = lexicon.word_class(nxt)
            out[i] = "my" if nxt and (cls in (None, "N", "J", "P", "G") or nxt[:1].isdigit()) \
                else "me"
        elif low == "their" and words[0].lower() == "they":
            out[i] = "my"
    return " ".join(out)


_SOMEONE_ELSES = lazy(
    r"\b(?:her|his|their)\s+(?:\w+\s+)?(?:son|sons|daughter|daughters|child|children|kids?|"
    r"husband|wife|partner|mother|father|mom|mum|dad|parents?|brother|sister|family|grandson|"
    r"granddaughter|student|students|patient|patients|team|staff|dog|cat|horse|tenant|tenants)\b",
    re.IGNORECASE)


def someone_else(text: str) -> bool:
    """Whether the context speaks of someone of the reader's ("tutoring her son"): then the
    details' he and she are that person, not the reader ("his score went up 210 points")."""
    return bool(_SOMEONE_ELSES.search(text))


def to_second_person(text: str) -> str:
    """A fact about "her" or "him", said to them: in a message to someone, the details' she
    and he are nearly always the reader ("her NSF grant was renewed" -> "your NSF grant was
    renewed", "finished his remodel" -> "finished your remodel")."""
    words = text.split()
    out = list(words)
    for i, w in enumerate(words):
        bare = w.lower().strip(",.;:!?")
        tail = w[len(bare):] if w.lower().startswith(bare) else ""
        nxt = words[i + 1].lower().strip(",.") if i + 1 < len(words) else ""
        if i and w[:1].isupper() and i + 1 < len(words) and words[i + 1][:1].isupper() \
                and not words[i - 1].endswith((".", "!", "?", ":")):
            continue  # a title's "Her World", "His Dark Materials": a name, not the reader's
        if bare in ("he", "she"):
            out[i] = ("You" if w[0].isupper() else "you") + tail
            _agree_second(out, i + 1)
        elif bare in ("he's", "she's"):
            done = nxt in ("been", "got", "gotten", "had", "done", "gone", "made", "worked", "taught", "helped")
            out[i] = ("You" if w[0].isupper() else "you") + ("'ve" if done else "'re") + tail  # "she's
            #   been my assistant": you've been (reader 187)
        elif bare in ("he'd", "she'd", "he'll", "she'll"):  # "the smoothest she'd seen"
            out[i] = ("You" if w[0].isupper() else "you") + bare[bare.index("'"):] + tail
        elif bare in ("his", "hers"):
            out[i] = ("Your" if w[0].isupper() else "your") + ("s" if bare == "hers" else "") + tail
        elif bare == "her":
            mine = nxt and nxt not in ("a", "an", "the", "this", "that", "some", "my", "our") and (
                lexicon.word_class(nxt) in (None, "N", "J", "P", "G")
                            or nxt[:1].isdigit()) and not (
                shared(r"(?:19|20)\d\d\b").match(nxt) and (
                    i + 2 >= len(words) or words[i + 2].lower().strip(",.;") in (
                        "to", "until", "through", "and", "when", "while", "on", "in", "at", "as")
                    and not (i + 3 < len(words) and shared(r"(?:19|20)\d\d").match(words[i + 3])
                             and i + 4 < len(words))))  # "her 2019 to 2021 audit team" is hers
            #   "served under her 2019-2021": under you, in those years (reader 131)
            span = i and words[i - 1].lower() in ("under", "with", "for", "beside", "alongside", "behind") \
                and shared(r"\d+ (?:yrs?|years?|months?|mos?|weeks?|wks?|seasons?|summers?)\b").match(
                    " ".join(words[i + 1:i + 3]))  # "apprentice under her 4 yrs": under you for 4 years
            out[i] = "you for" + tail if span else ("Your" if w[0].isupper() else "your") + tail if mine else "you" + tail
        elif bare == "him":
            out[i] = "you" + tail
        elif bare in ("himself", "herself"):
            out[i] = "yourself" + tail
    return " ".join(out)


def _to_reader(words: list[str]) -> str:
    """The other party said to as "you": "she pushed me to rewrite my methods chapter" -> "you
    pushed me to rewrite my methods chapter"."""
    out = list(words)
    for i, w in enumerate(words):
        low = w.lower()
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if low in ("he", "she"):
            out[i] = "you"
            _agree_second(out, i + 1)
        elif low in ("he's", "she's"):
            out[i] = "you're"
        elif low in ("him", "hers"):
            out[i] = "you" if low == "him" else "yours"
        elif low in ("himself", "herself"):
            out[i] = "yourself"
        elif low == "his":
            out[i] = "your"
        elif low == "her":
            cls = lexicon.word_class(nxt.lower())
            out[i] = "your" if nxt and (cls in (None, "N", "J", "P", "G") or nxt[:1].isdigit()) \
                else "you"
    return " ".join(out)


def _agree_second(words: list[str], start: int) -> None:
    """The verb after a "she" turned into "you": "was" -> "were", "stays" -> "stay"."""
    for j in range(start, min(start + 3, len(words))):
        low = words[j].lower()
        swap = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
                "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}
        if low in swap:
            words[j] = swap[low]
            return
        if lexicon.word_class(low) == "Z":
            words[j] = lexicon.inflect(low, "base")
            return
        if lexicon.word_class(low) in ("D", "V"):
            return
        if low.endswith("s") and (j == start or lexicon.word_class(words[j - 1].lower()) == "R") \
                and (lexicon.verb_forms(low[:-1]) or lexicon.verb_forms(low[:-2])):
            # "works well with engineers", "always watches the details": the lexicon files
            # "works" as a noun
            words[j] = low[:-1] if lexicon.verb_forms(low[:-1]) else low[:-2]
            return


def client_as_reader(text: str) -> str:
    """Said to the client, "the client" is the reader: "how I listened to what the client
    actually wants" -> "... what you actually want"."""
    if "client" not in text.lower():
        return text
    text = shared(r"(?i)\b(?:the|my|our) client's\b").sub("your", text)
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        after = words[i + 2].lower() if i + 2 < len(words) else ""
        head = not after or words[i + 1][-1:] in ",.;" or lexicon.word_class(after) in (
            "Z", "D", "V", "R", "F") or after in ("and", "or", "to", "with", "that", "who")
        if words[i].lower() == "the" and i + 1 < len(words) and head \
                and words[i + 1].lower().rstrip(",.;") == "client":  # not "client workshops"
            tail = words[i + 1][len("client"):]
            out.append("you" + tail)
            rest = words[i + 2:]
            _agree_second(rest, 0)
            words = words[: i + 2] + rest
            i += 2
            continue
        out.append(words[i])
        i += 1
    return " ".join(out)


def they_agree(text: str, who: str = "they") -> str:
    """A phrase about "they" (a person whose pronouns the context does not give), or said to
    "you", with its verbs agreeing: "that they is always on time" -> "that they are always on
    time"; "You was the port's IT director" -> "You were ..." (reader 186)."""
    words = text.split()
    for i, w in enumerate(words):
        if w.lower() == who:
            _agree_second(words, i + 1)
    return " ".join(words)


def named_clause(strength: str, names) -> str | None:
    """What follows a leading name when it goes on with a verb: "Chidi asks the question
    everyone else is afraid to ask" -> "asks the question ..." (reader 186); None for a strength
    that only starts with a name-like word ("Patience with beginners", the review)."""
    for name in sorted(names, key=len, reverse=True):
        found = re.match(rf"^{re.escape(name[:1].upper() + name[1:])}(?: [A-Z][\w'-]+)? ([a-z].*)$", strength)  # one
        #   pattern a name: re's own bounded cache, never the shared pattern cache
        if not found:
            continue
        verb = found.group(1).split()[0]
        if lexicon.word_class(verb) in ("Z", "D") or verb in _SAID_OF_THEM:
            return found.group(1)
    return None


# Words after a name that make a strength a sentence about the person, the lexicon aside.
_SAID_OF_THEM = frozenset("""is was has had can will always never often really just makes gets knows asks
ships takes keeps brings explains""".split())


def to_name(text: str, name: str, writer: bool = False) -> str:
    """A phrase in the requester's voice ("I stay calm", "my eye for detail") said of them by
    name ("Dana stays calm", "Dana's eye for detail"). With `writer`, the phrase was typed by
    the one who writes about them: a later "my" or "me" is the writer's ("kept my mother calm")."""
    words = text.split()
    out = list(words)
    named = False
    for i, w in enumerate(words):
        low = w.lower()
        if low == "i" and named:
            out[i] = "they"  # "... before they assume": the name once, then a pronoun
        elif low == "i":
            out[i] = name
            named = True
            _agree_third(out, i + 1)
        elif low in _CONTRACTIONS_THIRD:
            out[i] = _CONTRACTIONS_THIRD[low].format(n=name)
        elif writer and i and low in ("my", "me", "myself", "mine"):
            continue
        elif low == "my":  # "my briefs were clear" of "he": "his briefs", never "he's briefs"
            own = {"he": "his", "she": "her", "they": "their"}.get(name.lower())
            out[i] = (own.capitalize() if name[:1].isupper() and i == 0 else own) if own \
                else f"{name}'s" if i == 0 else "their"
        elif low == "me":
            out[i] = "them"
        elif low == "myself":
            out[i] = "themselves"
        elif low == "mine":
            out[i] = "theirs"
    return " ".join(out)


def _is_third(text: str) -> bool:
    return text.split()[0].lower() in _SUBJECTS_THIRD | {"his", "her", "their"}


def _has_third(text: str) -> bool:
    return bool(shared(r"\b(?:his|her|him|himself|herself)\b", re.I).search(text))
