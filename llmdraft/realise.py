"""The input realiser: each typed field becomes a phrase that knows its grammatical form.

People type strengths as noun phrases ("supplier negotiations"), skills ("SQL"), gerunds
("running weekly demos"), past achievements ("led the migration"), bare verbs ("build
dashboards"), adjectives ("calm under pressure"), whole clauses ("she never missed a deadline")
or possessives ("my eye for detail"); projects as names, common nouns, gerunds, clauses,
possessives or course codes; purposes as goals, activities, "for ..." phrases, infinitives or
clauses; details as one fact or several. The composer never pastes a field into a sentence: it
asks the realiser for the rendering its slot needs, and each rendering is a correct phrase for
every form:

- Strength.mine(): the object of "mention ..." in the requester's voice ("my SQL skills", "how I
  led the migration", "that I never missed a deadline", "how calm I am under pressure");
- Strength.theirs(name): the same about the requester, in a recommender's voice ("Dana's SQL
  skills", "how Dana led the migration");
- Project.np / .on: "the billing rewrite" / "on the billing rewrite", "Project Apollo",
  "launching our Lisbon office", "in MKTG 301";
- Purpose.form and .text, Fact.sentence(subject).

Where a form is unclear, the realiser picks the frame that is grammatical for any input: a
strength it cannot place is quoted as the user's own words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon

_SUBJECTS_THIRD = {"he", "she", "they", "he's", "she's", "they're", "he'd", "she'd", "they've",
                   "he'll", "she'll"}
_SUBJECTS_FIRST = {"i", "i'm", "i've", "i'd", "i'll"}
_DETERMINERS = {"a", "an", "the", "this", "that", "these", "those", "some", "any", "each",
                "every", "our", "your", "my", "his", "her", "their", "its"}
_PREPOSITIONS = {"in", "at", "on", "with", "under", "about", "for", "to", "of", "from", "by",
                 "around", "across", "during", "without", "when", "and", "&", "or", "but", "in,"}
_NOMINAL = re.compile(r"(?:tion|sion|ment|ance|ence|sis|ship|ity|ness|ing|ism|ery|acy|ure)$")
# Tools and languages that are also common English words: a skill, not "my python".
_TOOLS = frozenset("""python java ruby rust go swift excel word access outlook teams slack jira
spark kafka airflow tableau oracle unity blender maya illustrator photoshop canva notion asana
terraform ansible puppet chef docker react native angular vue node rails django flask pandas numpy r c
sage quickbooks xero salesforce hubspot figma sketch zoom sharepoint powerpoint visio matlab""".split())
_FUNCTION_WORDS = frozenset("""a an the and or but of to in on at for with by from into onto about
as than via per vs over under out up off so""".split())
_GENERIC_TAILS = ("project", "projects", "initiative", "programme", "program", "work", "effort")


def word_class(word: str) -> str | None:
    """The lexicon's class, with a guess for words it lacks: a hyphenated word takes its last
    part's ("detail-oriented" -> J), and common adjective endings mark an adjective."""
    low = word.lower().strip(",.()")
    cls = lexicon.word_class(low)
    if cls:
        return cls
    if "-" in low:
        last = lexicon.word_class(low.rsplit("-", 1)[1])
        if last in ("J", "D"):
            return "J"
        return last
    if re.search(r"(?:ous|ful|ive|able|ible|ual|ic|less|ient|ant)$", low) and len(low) > 5:
        return "J"
    return None


# -- case and cleaning ---------------------------------------------------------------------

def clean(text: str) -> str:
    """One line, no trailing full stop or semicolon, "Im" fixed."""
    text = " ".join(text.replace("\u2019", "'").split()).strip()
    text = re.sub(r"^[-*\u2022\u2013\u2014]+\s*|^\d+[.)]\s+", "", text)
    text = re.sub(r"\b[Ii]m\b", "I'm", text)
    text = re.sub(r"\bi(?=\b|')", "I", text)
    return text.rstrip(" .;,!").strip()


def _is_acronym(word: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", word)
    return len(letters) >= 2 and letters.isupper()


def tidy_case(text: str, keep_names: bool = False) -> str:
    """Lowercase what the user capitalised as a heading or typed in capitals, keeping names and
    acronyms: "EXCELLENT COMMUNICATION SKILLS" -> "excellent communication skills", "Job Search
    In Fintech" -> "job search in Fintech", "Leadership" -> "leadership". With `keep_names` (a
    project), only a sentence-case first word is lowercased: "Warehouse automation pilot"."""
    words = text.split()
    letters = [ch for ch in text if ch.isalpha()]
    if not words or not letters:
        return text
    shouting = all(ch.isupper() for ch in letters) and (len(letters) > 4 or len(words) > 1)
    if shouting:
        if keep_names or all(len(w.replace("/", "")) <= 5 for w in words):
            return text  # a name, or codes: "SAP FI/CO", "HVAC"
        return " ".join(w if (len(w.strip(".,&()")) <= 4 and not lexicon.known(w)
                              and w.lower() not in _FUNCTION_WORDS) else w.lower()
                        for w in words)
    # Title Case: a capitalised small word ("Job Search In Fintech"), or every word capitalised
    # ("Project Management"); "Transitioning out of the Army" is a sentence with a name in it.
    title_case = len(words) > 1 and (
        any(w[:1].isupper() and w.lower() in _FUNCTION_WORDS for w in words[1:])
        or all(w[:1].isupper() or not w[:1].isalpha() for w in words))
    heading = any(w[:1].isupper() and w.lower() in _FUNCTION_WORDS for w in words[1:])
    if title_case and not heading and any(w[:1].isupper() and (not lexicon.known(w)
                                                                or _is_acronym(w))
                                          for w in words):
        return text  # "Premiere Pro", "Google Analytics": a name, said as typed
    out = []
    for i, w in enumerate(words):
        plain = w[:1].isupper() and w[1:] == w[1:].lower() and w.lower() != "i" \
            and not w.lower().startswith("i'")
        common = plain and (lexicon.known(w) or word_class(w) in ("J", "D")) \
            and w.lower() not in _TOOLS
        before_name = i == 0 and len(words) > 1 and (_is_acronym(words[1])
                                                      or words[1][:1].isupper())
        if common and not (before_name and not title_case) and (
                i == 0 or (title_case and not keep_names)
                or (w.lower() in _FUNCTION_WORDS and not keep_names)):
            if keep_names and i == 0 and (len(words) == 1 or words[1][:1].isupper()
                                          or words[1][:1].isdigit()
                                          or not (lexicon.common_when_capitalised(w)
                                                  or w.lower() in _FUNCTION_WORDS)):
                out.append(w)  # "Customer Portal Redesign", "Year 10 maths", "Halcyon billing"
                continue
            w = w.lower()
        out.append(w)
    return " ".join(out)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def lower_first(text: str) -> str:
    """The first word in lower case when it is a common word ("Door-to-needle time" ->
    "door-to-needle time"), not a name ("Acme", "Dana")."""
    head = text.split()[0] if text else ""
    if "-" in head and head[:1].isupper() and lexicon.known(head.split("-")[0]) \
            and head.split("-")[0][1:].islower():
        return head[0].lower() + text[1:]
    if head and head[:1].isupper() and head[1:] == head[1:].lower() and head.lower() not in (
            "i", "i'm", "i've", "i'd", "i'll") and (lexicon.known(head) or head.lower() in
                                                      _DETERMINERS or head.endswith("ing")):
        return head.lower() + text[len(head):]
    return text


# -- person: turning a phrase to another speaker's voice -----------------------------------

_BE_FIRST = {"is": "am", "was": "was", "are": "am", "were": "was", "isn't": "am not",
             "wasn't": "wasn't", "aren't": "am not", "weren't": "wasn't"}
_BE_THIRD = {"am": "is", "was": "was", "'m": "is", "have": "has", "do": "does", "don't": "doesn't",
             "haven't": "hasn't", "are": "is", "were": "was"}
_CONTRACTIONS_THIRD = {"i'm": "{n} is", "i've": "{n} has", "i'd": "{n} would", "i'll": "{n} will"}


def _agree_first(words: list[str], start: int) -> None:
    """The verb after a subject turned into "I": "stays" -> "stay", "is" -> "am"."""
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
        if cls == "Z":
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


def to_first_person(text: str) -> str:
    """A phrase written about the requester ("she stays calm", "his mistakes") in their own
    voice ("I stay calm", "my mistakes"); the recommender's own "I" becomes "you"."""
    words = text.split()
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


def to_second_person(text: str) -> str:
    """A fact about "her" or "him", said to them: in a message to someone, the details' she
    and he are nearly always the reader ("her NSF grant was renewed" -> "your NSF grant was
    renewed", "finished his remodel" -> "finished your remodel")."""
    words = text.split()
    out = list(words)
    for i, w in enumerate(words):
        low, bare = w.lower(), w.lower().strip(",.;:!?")
        tail = w[len(bare):] if w.lower().startswith(bare) else ""
        nxt = words[i + 1].lower().strip(",.") if i + 1 < len(words) else ""
        if bare in ("he", "she"):
            out[i] = ("You" if w[0].isupper() else "you") + tail
            _agree_second(out, i + 1)
        elif bare in ("he's", "she's"):
            out[i] = ("You're" if w[0].isupper() else "you're") + tail
        elif bare in ("his", "hers"):
            out[i] = ("Your" if w[0].isupper() else "your") + ("s" if bare == "hers" else "") + tail
        elif bare == "her":
            mine = nxt and (lexicon.word_class(nxt) in (None, "N", "J", "P", "G")
                            or nxt[:1].isdigit())
            out[i] = ("Your" if w[0].isupper() else "your") + tail if mine else "you" + tail
        elif bare == "him":
            out[i] = "you" + tail
        elif bare in ("himself", "herself"):
            out[i] = "yourself" + tail
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


def to_name(text: str, name: str) -> str:
    """A phrase in the requester's voice ("I stay calm", "my eye for detail") said of them by
    name ("Dana stays calm", "Dana's eye for detail")."""
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
        elif low == "my":
            out[i] = f"{name}'s" if i == 0 else "their"
        elif low == "me":
            out[i] = "them"
        elif low == "myself":
            out[i] = "themselves"
        elif low == "mine":
            out[i] = "theirs"
    return " ".join(out)


# -- strengths -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Strength:
    text: str  # as the user typed it, tidied
    form: str  # noun, skill, person, gerund, activity, past, habit, verb, adjective, clause,
    #            possessive

    def mine(self) -> str:
        """The object of "mention ..." in the requester's own voice."""
        t, words = self.text, self.text.split()
        if self.form == "noun":
            return _possessed(t, "my") + _skills(t)
        if self.form == "person":
            return f"that I'm {_a(t)}"
        if self.form == "habit":
            return "that I " + _habit(t)
        if self.form == "skill":
            return f"my {t}" if _ends_like_skill(t) else f"my {t} skills"
        if self.form in ("gerund", "activity"):
            return lower_first(t)  # "running weekly demos" is already the object of "mention"
        if self.form == "past":
            return f"how I {to_first_person(t) if _has_third(t) else t}"
        if self.form == "verb":
            return f"my ability to {t}"
        if self.form == "adjective":
            head, rest = _adjective_split(t)
            return f"how {head} I am{rest}" if head else f"that I'm {t}"
        if self.form == "clause":
            return "that " + (to_first_person(t) if _is_third(t) or _has_third(t) else t)
        if self.form == "possessive":
            return "my " + to_first_person(" ".join(words[1:])) if _is_third(t) else \
                lower_first(t)
        return f'what I\'d describe as "{t}"'

    def theirs(self, name: str, possessive: str | None = None) -> str:
        """The same strength said of the requester by someone else, who names them; with
        `possessive` ("her", "their"), a noun-like strength uses it instead of the name."""
        t, words = self.text, self.text.split()
        if possessive and self.form in ("noun", "skill", "verb", "activity"):
            return self.theirs(f"\0{possessive}").replace(f"\0{possessive}'s", possessive)
        if self.form == "noun":
            return _possessed(t, f"{name}'s") + _skills(t)
        if self.form == "person":
            return f"that {name} is {_a(t)}"
        if self.form == "habit":
            return f"that {name} {t}"
        if self.form == "skill":
            return f"{name}'s {t}" if _ends_like_skill(t) else f"{name}'s {t} skills"
        if self.form == "gerund":
            past = _past(words[0].lower())
            rest = to_name(" ".join(words[1:]), name)
            nxt = words[1].lower() if len(words) > 1 else ""
            takes_object = nxt in _DETERMINERS or nxt in _PREPOSITIONS or nxt[:1].isdigit() \
                or word_class(nxt) in ("J", "R", "F") or nxt in ("up", "out", "off")
            if past and takes_object:  # "how Dana ran weekly demos"
                return f"how {name} {past} {rest}"
            return f"{name}'s work {lower_first(t)}"  # "Dana's work organizing volunteers"
        if self.form == "activity":
            return f"{name}'s work on {lower_first(t)}"
        if self.form == "past":
            return f"how {name} {to_name(t, name)}"
        if self.form == "verb":
            return f"{name}'s ability to {to_name(t, name)}"
        if self.form == "adjective":
            head, rest = _adjective_split(t)
            return f"how {head} {name} is{rest}" if head else f"that {name} is {t}"
        if self.form == "clause":
            if _is_third(t):
                return "that " + name + " " + " ".join(_after_subject(t))
            return "that " + to_name(t, name)
        if self.form == "possessive":
            if _is_third(t):
                return f"{name}'s " + " ".join(words[1:])
            return to_name(t, name)
        return f'what I\'d describe as "{t}"'

    def short(self) -> str:
        """A compact rendering for a connection note, still naming the strength."""
        words = self.text.split()
        if self.form in ("noun", "skill"):
            return self.text
        if self.form in ("gerund", "activity"):
            return lower_first(self.text)
        if self.form in ("past", "verb"):
            return f"{lexicon.inflect(words[0], 'gerund')} {' '.join(words[1:])}".strip()
        return self.mine()


def _skills(np: str) -> str:
    """" skills" after a singular noun phrase naming a field or an activity ("my site safety
    skills", "my vendor management skills"), not after a quality ("my patience"), praise
    ("my excellent communication"), a plural ("my client presentations") or a phrase with its
    own preposition ("my attention to detail")."""
    low = np.lower().split()
    head = _head(low)
    if low[0] in _DETERMINERS or low[0] in _PRAISE or head != low[-1] or len(low) > 4 \
            or any(w in ("and", "&", "or", "/") for w in low) \
            or (head.endswith("s") and not head.endswith(("ss", "ics"))) \
            or _QUALITY.search(head):
        return ""
    return " skills"


def _a(np: str) -> str:
    """"a hard worker", "an excellent listener"."""
    if np.split()[0].lower() in ("a", "an", "the"):
        return np
    return ("an " if np[:1].lower() in "aeiou" else "a ") + np


def _habit(text: str) -> str:
    """"writes clearly" said by "I": "write clearly"; "never missed" stays."""
    words = text.split()
    for i, w in enumerate(words[:3]):
        if word_class(w.lower()) == "Z":
            words[i] = lexicon.inflect(w.lower(), "base")
            break
    return lower_first(" ".join(words))


def _possessed(np: str, owner: str) -> str:
    words = np.split()
    low = words[0].lower()
    if low in ("a", "an", "the") and len(words) > 2 and words[2].lower() in (
            "for", "to", "of", "with", "in", "at", "on"):
        return f"{owner} {' '.join(words[1:])}"  # "a knack for X" -> "my knack for X"
    if low in _DETERMINERS:
        return np
    return f"{owner} {np}"


def _ends_like_skill(text: str) -> bool:
    return text.lower().split()[-1] in ("skills", "skill", "expertise", "knowledge",
                                        "experience", "certification", "fluency")


def _is_third(text: str) -> bool:
    return text.split()[0].lower() in _SUBJECTS_THIRD | {"his", "her", "their"}


def _has_third(text: str) -> bool:
    return bool(re.search(r"\b(?:his|her|him|himself|herself)\b", text, re.I))


def _after_subject(text: str) -> list[str]:
    words = text.split()
    low = words[0].lower()
    if low in ("he's", "she's"):
        return ["is", *words[1:]]
    if low == "they're":
        return ["is", *words[1:]]
    rest = words[1:]
    if low == "they":
        _agree_third(rest, 0)
    return rest


def _adjective_split(text: str) -> tuple[str, str]:
    """("calm", " under pressure") for "calm under pressure"; ("", "") when an adverb leads
    ("very organized") or a parenthesis follows, which read better as "that I'm ..."."""
    words = text.replace(" & ", " and ").split()
    head = []
    for i, w in enumerate(words):
        low = w.lower().rstrip(",")
        if low.startswith("(") or (word_class(low) == "R" and i == 0):
            return "", ""
        if low in _PREPOSITIONS - {"and", "&", "or"}:
            return " ".join(head), " " + " ".join(words[i:])
        head.append(w)
    return " ".join(head), ""


@lru_cache(maxsize=2048)
def strength(raw: str) -> Strength:
    typed = clean(raw).split()
    if len(typed) > 1 and typed[0].lower() in _TOOLS and typed[1][:1].isupper():
        return Strength(" ".join(typed), "skill")  # "React Native", "Excel VBA"
    text = tidy_case(clean(raw))
    words = text.split()
    low = [w.lower().strip(",") for w in words]
    first = low[0]
    cls = [word_class(w) for w in low[:3]] + [None] * 3
    if first in ("my", "his", "her", "their") and any(
            lexicon.word_class(w) in ("D", "Z") for w in low[2:6]):
        return Strength(text, "clause")  # "my essay on Chartism won the department prize"
    if first == "my" or first in ("his", "her", "their"):
        return Strength(text, "possessive")
    if len(low) > 1 and first.endswith("s") and cls[0] == "N" and lexicon.verb_forms(low[1]) \
            and low[1] == lexicon.lemma(low[1]) and (len(low) == 2 or low[2] in _DETERMINERS
                                                      or low[2] in _SUBJECTS_THIRD | {"me", "him",
                                                                                       "them"}):
        return Strength(text, "clause")  # "students love her"
    if first in _SUBJECTS_FIRST | _SUBJECTS_THIRD | {"we", "we're", "we've"}:
        return Strength(text, "clause")
    if len(words) == 1:
        return Strength(text, _single_word_form(words[0], cls[0]))
    second = low[1]
    if words[0][:1].isupper() and (words[1][:1].isupper() or _is_acronym(words[1])) \
            and cls[0] in ("P", None) and not first.endswith(("ing", "ed")):
        return Strength(text, "skill")  # "Google Analytics", "Salesforce CPQ"
    forms = lexicon.verb_forms(first)
    third = bool(forms) and first == forms[0] and first != lexicon.lemma(first) and (
        cls[0] == "Z" or cls[1] in ("R", "F") or second in _DETERMINERS)
    if third or (cls[0] == "R" and first not in _INTENSIFIERS
                 and word_class(second) in ("D", "Z", "V")):
        return Strength(text, "habit")  # "writes clearly", "never missed a service window"
    if (cls[0] == "D" or _same_past(first)) and (second not in _PREPOSITIONS
                                                 or lexicon.word_class(first) != "J"):
        if lexicon.word_class(first) != "J" or second not in _PREPOSITIONS:
            return Strength(text, "past")  # "delivered on a tight budget", not "skilled at"
    if "-" in first and first.endswith("ing") and first.split("-")[0] not in _VERB_PREFIXES:
        return Strength(text, "noun")  # "decision-making in bad weather"
    if first.endswith("ing") and len(first) > 4:
        gerund = _gerund_kind(low, cls)
        if gerund:
            return Strength(text, gerund)
    if (cls[0] == "V" or (cls[0] in (None, "N") and first in _EXTRA_VERBS)) \
            and not _is_acronym(words[0]):
        compound = (cls[1] == "N" and second not in ("everything", "anything", "something")
                    and _NOMINAL.search(second) and not second.endswith("ings")) \
            or cls[1] == "G"  # "change management", "budget tracking": nouns; not "everything"
        if not compound:
            return Strength(text, "verb")
    if cls[0] in ("J", "D") or (cls[0] == "R" and cls[1] in ("J", "D")):
        after = [w for w in low[1:] if word_class(w) not in ("J", "R", "D")
                 and w not in ("and", "&", "or")]
        if not after or after[0] in _PREPOSITIONS or after[0].startswith("("):
            return Strength(text, "adjective")
    if first in _KIND_WORDS and second in _PREPOSITIONS:
        return Strength(text, "adjective")  # "kind to frightened patients"
    verb_at = 2 if cls[1] == "N" else 1  # "Sales grew", "Customer scores rose"
    if len(low) > verb_at and lexicon.word_class(low[verb_at]) in ("D", "Z") \
            and low[verb_at] not in ("used", "based", "led") and cls[0] in ("N", "P", None) \
            and not _skill_like(words[0]):
        return Strength(text, "clause")  # "Sales grew 30% under her"
    if all(_skill_like(w) or w.lower() in ("&", "and", "/") for w in words):
        return Strength(text, "skill")
    if _head(low) in _PERSONS:
        return Strength(text, "person")  # "hard worker", "team player"
    return Strength(text, "noun")


# Adjectives for a person that the lexicon files under another class, or that have no
# telling ending; and the endings that mark an adjective for a person.
_KIND_WORDS = frozenset("""patient kind fun loyal humble punctual fair honest firm calm smart
quick sharp warm thorough bright brave bold tough keen wise""".split())
_PERSONAL = re.compile(r"-|(?:ful|ous|ive|able|ible|ent|ant|al|ic|ed|ing|ly|y|ish|less|ary|ile|ate)$")
_INTENSIFIERS = frozenset("very highly extremely incredibly really exceptionally remarkably super "
                          "so quite deeply truly".split())
# Nouns for a kind of person: a strength "hard worker" is "that I'm a hard worker".
_PERSONS = frozenset("""worker player learner leader listener communicator thinker solver starter
collaborator planner organizer organiser negotiator writer speaker presenter mentor coach teacher
motivator networker multitasker self-starter problem-solver go-getter doer""".split())
# Heads said as "my X" ("my negotiation", "my patience"); other singular heads read better
# as "my X skills" ("my site safety skills", not "my site safety").
_QUALITY = re.compile(
    r"(?:ness|ity|ence|ance|ism|ude|ship|cy|skills?|expertise|knowledge|experience|sense|ethic)$|"
    r"^(?:patience|empathy|integrity|honesty|loyalty|humility|humou?r|initiative|judge?ment|"
    r"drive|focus|dedication|determination|motivation|passion|compassion|discretion|grit|"
    r"curiosity|care|attention|eye|ear|instinct|touch|presence|calm|poise|energy|attitude|"
    r"hustle|technique|delivery|identity|backend|frontend)$")
# Adjectives that praise ("excellent communication"): the phrase is a quality, said "my X".
_PRAISE = frozenset("""excellent strong great good clear quick fast deep solid exceptional
outstanding thorough careful creative calm sharp keen effective efficient consistent reliable
strategic meticulous proactive tireless steady genuine patient""".split())


def _head(low: list[str]) -> str:
    """A noun phrase's head: its last word, or the last before a preposition."""
    for i, w in enumerate(low):
        if i and w in _PREPOSITIONS - {"and", "&", "or"}:
            return low[i - 1]
    return low[-1]


# Verbs people start strengths with that the lexicon files under another class.
_EXTRA_VERBS = frozenset("""troubleshoot mentor coach triage de-escalate prioritize prioritise
onboard model forecast document streamline scope draft host train review track
plan schedule""".split())


def _same_past(word: str) -> bool:
    """'cut', 'set', 'put': a verb whose past is its base form; as a strength's first word it is
    nearly always the past ("Cut onboarding time in half")."""
    forms = lexicon.verb_forms(word)
    return bool(forms) and forms[1] == word and lexicon.word_class(word) == "V"


def _gerund_kind(low: list[str], cls: list[str | None]) -> str | None:
    """'gerund' when the -ing word takes an object ("running weekly demos"); 'activity' when it
    may be a compound noun ("marketing strategy"), which reads right only as "my work on ..."."""
    nxt = low[1]
    if cls[0] == "G" or nxt in _DETERMINERS or nxt in _PREPOSITIONS or word_class(
            nxt) in ("J", "R", "D", "G") or nxt[:1].isdigit() or nxt in ("up", "out", "off") \
            or _is_acronym(nxt):
        return "gerund"
    if cls[0] in ("N", "P", None):
        return "activity"
    return None


_VERB_PREFIXES = frozenset("de re co pre over under out up cross".split())


def _past(gerund: str) -> str | None:
    """'running' -> 'ran', 'de-escalating' -> 'de-escalated'; None when unknown."""
    head, _, last = gerund.rpartition("-")
    if head and head not in _VERB_PREFIXES:
        return None  # "decision-making" has no past tense of its own
    forms = lexicon.verb_forms(last)
    if not forms or forms[2] != last.lower():
        return None
    return (head + "-" if head else "") + forms[1]


def _skill_like(word: str) -> bool:
    w = word.strip(",")
    return (_is_acronym(w) or any(ch.isdigit() or ch in "+#." for ch in w[1:])
            or w.lower() in _TOOLS or (w[:1].isupper() and not lexicon.known(w))
            or bool(re.search(r"[a-z][A-Z]", w)))


def _single_word_form(word: str, cls: str | None) -> str:
    if _skill_like(word) or (cls is None and word.isalpha() and not word.endswith("ing")):
        return "skill"  # "SQL", "gromacs": a word no dictionary has is a tool or a term
    if word.lower() in _KIND_WORDS:
        return "adjective"  # a person's quality, though the lexicon files it as a noun
    if cls in ("J", "D") or word_class(word) in ("J", "D") or word.lower() in _KIND_WORDS:
        return "adjective"  # "resourceful", "organized", "detail-oriented", "discreet"
    return "noun"  # "leadership", "budgeting", "mentoring"


# -- projects ------------------------------------------------------------------------------

_COURSE = re.compile(r"^(?!THE )[A-Z]{2,5}[- ]?\d{2,4}[A-Za-z]?$|^\d+\.\d{2,3}$")


@dataclass(frozen=True)
class Project:
    text: str
    form: str  # proper, common, gerund, clause, possessive, course

    @property
    def np(self) -> str:
        """As a noun phrase, with its article where it needs one."""
        if self.form == "common":
            return self.text if self.text.split()[0].lower() in _DETERMINERS else "the " + self.text
        if self.form == "clause":
            return "the project where " + to_first_person_plural(self.text)
        return self.text

    @property
    def on(self) -> str:
        """With its preposition: "on the billing rewrite", "in MKTG 301"."""
        return ("in " if self.form == "course" else "on ") + self.np

    def theirs(self, possessive: str) -> str:
        """As the recommender says it: the requester's "my capstone" is "their capstone"."""
        if self.text.split()[0].lower() == "my":
            return possessive + self.np[2:]
        return self.np

    def shorter(self) -> list[str]:
        """Shorter noun phrases that still name the project (project_named's own test: every
        capitalised word and number, and enough of the rest), longest first: "the Northwind
        Traders migration to Kubernetes" for "the Northwind Traders order-management platform
        migration to Kubernetes"."""
        from .text import Text, covered

        if self.form not in ("common", "proper", "possessive"):
            return []
        words = self.np.split()

        def content(w: str) -> bool:
            return w.lower() not in _DETERMINERS | _FUNCTION_WORDS | {"v.", "vs.", "&"}

        # A modifier may go (a lowercase word before another content word); a head before
        # "of"/"to", a number and "v." stay: "the Harris v. Dunmore prep", never "the of X".
        droppable = [i for i, w in enumerate(words[:-1]) if w[:1].islower() and content(w)
                     and content(words[i + 1]) and not any(ch.isdigit() for ch in w)
                     and not w.endswith(("'s", "s'"))]
        if words[-1].lower() in _GENERIC_TAILS and len(words) > 2 and content(words[-2]):
            droppable.append(len(words) - 1)
        found, dropped = [], set()
        for i in droppable:
            dropped.add(i)
            kept = [w for j, w in enumerate(words) if j not in dropped]
            if kept[-1][:1].isdigit() or _is_acronym(kept[-1]):
                continue  # "the ACCT 301" has lost what the project was
            candidate = " ".join(kept)
            if covered(Text(candidate).coverage(self.text), self.text, anchored=True):
                found.append(candidate)
        return sorted(set(found), key=len, reverse=True)


def to_first_person_plural(text: str) -> str:
    """A project clause keeps "we"; "I" stays: "we rebuilt the intake process"."""
    return lower_first(text) if text.split()[0].lower() in ("we", "i") else text


@lru_cache(maxsize=1024)
def project(raw: str) -> Project:
    text = tidy_case(clean(raw), keep_names=True)
    words = text.split()
    first = words[0].lower()
    if len(words) > 3 and any(_finite(w.lower()) for w in words[1:3]) and (
            first in _DETERMINERS or words[0].endswith(("'s", "s'"))):
        return Project(text, "clause")  # "our team moved the ward to electronic charting"
    if first in ("my", "our", "your", "his", "her", "their"):
        return Project(lower_first(text) if first in ("my", "our") else text, "possessive")
    owner = next((i for i, w in enumerate(words[:3]) if w.endswith(("'s", "s'", "\u2019s"))), None)
    if owner is not None and owner < len(words) - 1:
        if all(w[:1].isupper() or w in ("&", "and") for w in words[:owner + 1]):
            return Project(text, "possessive")  # "Aaron's podcast launch", "Acme Corp's intranet"
        if owner == 0:
            return Project("the " + text, "common")  # "ship's engine room refit"
    if first in ("how", "when", "where") and len(words) > 2 and words[1].lower() in (
            "we", "i", "you"):
        return project(" ".join(words[1:]))  # "how we rebuilt the intake" -> "rebuilding ..."
    if first in ("we", "i", "you") and len(words) > 2:
        verb = words[1].lower()
        past = lexicon.word_class(verb) == "D" or _same_past(verb)
        forms = lexicon.verb_forms(verb)
        if first != "you" and past and forms:  # "we rebuilt the intake process"
            return Project(" ".join([forms[2], *words[2:]]), "gerund")
        if first == "you" and words[2].lower() in ("my", "our") and len(words) > 3:
            # "you supervised my thesis" -> "the thesis you supervised"
            return Project(f"the {' '.join(words[3:])} you {words[1]}", "common")
        return Project(text, "clause")
    low = [w.lower() for w in words]
    if _COURSE.match(" ".join(words[:2])) or _COURSE.match(words[0]):
        code = 2 if _COURSE.match(" ".join(words[:2])) else 1
        if all(_titled(w) for w in words[code:]):
            return Project(text, "course")  # "MKTG 301", "LAW 612 Advanced Contract Drafting"
        return Project("the " + text, "common")  # "the ACCT 301 group project"
    cls = [word_class(w) for w in low[:3]] + [None] * 3
    compound = cls[0] != "G" and cls[1] == "N" and not low[1].endswith("s") \
        and low[1] not in _DETERMINERS  # "the hiring drive", not "migrating payroll"
    if first.endswith("ing") and len(words) > 1 and low[1] != "of" and not compound \
            and _gerund_kind(low, cls) == "gerund":
        return Project(lower_first(text) if words[1][:1].islower() else text, "gerund")
    if first in ("the", "a", "an", "this"):
        return Project(first + text[len(first):], "common")
    if len(words) == 1:
        if words[0][:1].isupper() or _is_acronym(words[0]) or lexicon.word_class(first) == "P":
            return Project(cap(text), "proper")
        return Project(text + " project", "common")
    titled = [w for w in words if not w.startswith("(")]
    if titled and all(_titled(w) for w in titled):
        if low[-1] in _TAKES_THE and first not in ("project", "operation"):
            return Project("the " + text, "common")  # "the Atlas Data Platform"
        return Project(text, "proper")  # "Project Apollo", "Read Across Riverside", "TechConnect 2023"
    return Project("the " + text, "common")  # "the migration to Kubernetes", "the Q3 audit"


# A title ending in one of these is said with "the": "the Meridian Initiative".
_TAKES_THE = frozenset("""project projects program programme initiative platform campaign center
centre system portal foundation council committee institute trust fund network lab office summit
conference series festival school academy clinic unit team study review audit rollout migration
redesign launch pilot drive appeal gala exhibition partnership consortium alliance taskforce
collaborative collective hub app service""".split())


def _titled(word: str) -> bool:
    """Part of a title: capitalised, a number, or a small word inside one ("Spring Into
    Savings", "Bluebird 2.0", "Read Across Riverside", "Porter v. Atlas")."""
    return word[:1].isupper() or word[:1].isdigit() or word.lower() in _FUNCTION_WORDS \
        or word.lower() in ("v.", "vs.", "&", "-")


# -- purposes ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Purpose:
    form: str  # goal, goals (plural), activity, hope, so, clause
    text: str  # the phrase for its frame: "my job search", "applying for PhD programs",
    #            "to move into product", "so I can move into consulting", "I'm up for promotion"


_GOAL_NEEDS_MY = re.compile(r"^(?:job|career|promotion|application|transition|move|search|"
                            r"job search|job hunt|career change|career move|practice|"
                            r"business|freelance practice|profile|portfolio)\b")


@lru_cache(maxsize=512)
def purpose(raw: str) -> Purpose:
    text = tidy_case(clean(raw))
    words = text.split()
    first = words[0].lower()
    if first == "for" and len(words) > 1:
        text, words, first = " ".join(words[1:]), words[1:], words[1].lower()
    if first in ("so", "because", "since", "as") and len(words) > 1:
        if first == "so" or words[1].lower() in ("that",):
            return Purpose("so", first + text[len(first):])
        return Purpose("clause", cap(" ".join(words[1:])))
    if first in _SUBJECTS_FIRST or first in ("we", "we're"):
        return Purpose("clause", "I" + text[1:] if first.startswith("i") else cap(text))
    if first == "to" and len(words) > 1:
        return Purpose("hope", "to" + text[2:])
    cls0 = lexicon.word_class(first)
    if (cls0 == "G" or first.endswith("ing")) and len(words) > 1 and cls0 != "N":
        return Purpose("activity", first + text[len(first):])
    if len(words) > 2 and (first in _DETERMINERS or lexicon.word_class(first) == "P") and any(
            _finite(w) for w in [x.lower() for x in words[1:4]]):
        return Purpose("clause", cap(text))  # "my contract ends in June"
    if first in _DETERMINERS:
        return Purpose("goal", first + text[len(first):])
    head = _head([w.lower() for w in words])
    plural = head.endswith("s") and not head.endswith(("ss", "ics"))
    if plural:
        return Purpose("goals", lower_first(text))  # "store manager roles"
    if words[-1].lower() in _NO_MY or words[-1].lower().endswith("ics"):
        return Purpose("goal", lower_first(text))  # "graduate school", "consulting"
    if _head([w.lower() for w in words]) in _TARGETS:
        return Purpose("goal", realise_a(lower_first(text)))  # "a charge nurse position"
    return Purpose("goal", "my " + lower_first(text))  # "my head of department application"


# A goal that is a post someone applies for: "a charge nurse position", not "my ...".
_TARGETS = frozenset("position post role job opening place seat spot scholarship fellowship "
                     "grant internship placement residency apprenticeship".split())


def realise_a(np: str) -> str:
    return ("an " if np[:1].lower() in "aeiou" else "a ") + np


# Goals said without "my": "help with graduate school", not "my graduate school".
_NO_MY = frozenset("school college university tenure work consulting freelancing research "
                   "retirement residency training".split())


# -- details -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Fact:
    text: str
    form: str  # past (verb first: "cut costs by 20%"), passive ("used by 3 universities"),
    #            clause (own subject), noun

    def predicate(self, subject: str = "I", third: bool = False) -> str:
        """A past-form fact's verb phrase for `subject`: "cut costs by 20%"."""
        words = self.text.split()
        verb = words[0] if _is_acronym(words[0]) else lower_first(words[0]).lower()
        if lexicon.word_class(verb) == "V":
            verb = lexicon.inflect(verb, "past")  # details are what happened: "cut", "led"
        body = " ".join([verb, *words[1:]])
        return to_second_person(body) if subject == "I" else body

    def has_object(self) -> bool:
        """"shipped the redesign" has one; "came in under budget", "passed with zero
        exceptions" do not, and are the project's outcome rather than one person's deed."""
        words = self.text.lower().split()
        return len(words) > 1 and words[1] not in _PREPOSITIONS | {"on", "off", "up", "out",
                                                                 "down", "back", "early", "late"}

    def passive(self, thing: str) -> str:
        """"used by 3 universities" said of the project: "The app was used by 3 universities."."""
        return _end(f"{cap(thing)} was {lower_first(self.text)}")

    def sentence(self, subject: str = "I", third: bool = False) -> str:
        """A sentence in a voice: subject "I" (the requester) or a name (the recommender);
        `third` when the subject is a name ("Dana trains", not "Dana train")."""
        if self.form == "past":
            return _end(f"{subject} {self.predicate(subject, third)}")
        if self.form == "clause":
            text = self.text
            if subject == "I":
                text = to_second_person(text)  # written to them: "her grant" is "your grant"
            elif text.split()[0].lower() in _SUBJECTS_FIRST:
                text = to_name(text, subject)
            return _end(cap(text))
        return _end(cap(to_second_person(self.text) if subject == "I" else self.text))


def fact_sentences(found: list[Fact], subject: str = "I", third: bool = False,
                   thing: str | None = None) -> list[str]:
    """Facts as few sentences: verb-first facts share their subject ("I cut costs by 20% and
    trained 12 new hires."), and a clause is a sentence of its own. Noun-phrase facts are left
    out: the composer lists them in a sentence of their own."""
    out: list[str] = []
    past = [f for f in found if f.form == "past"]
    groups = [(subject, [f for f in past if subject != "I" or f.has_object()]),
              ("we", [f for f in past if subject == "I" and not f.has_object()])]
    for who, facts_ in groups:  # "came in 10% under budget" is the project's, said with "we"
        done = [f.predicate(subject, third) for f in facts_]
        for i in range(0, len(done), 3):
            out.append(_end(f"{who if who != 'we' else 'We'} {join(done[i:i + 3])}"))
    out += [f.sentence(subject, third) for f in found if f.form == "clause"]
    out += [f.passive(thing or "the project") for f in found if f.form == "passive"]
    return out


def _end(text: str) -> str:
    return text if text[-1:] in ".!?" else text + "."


def facts(raw: str | None) -> list[Fact]:
    """Details as facts: one per line, bullet or ';'. A fact that starts with a past tense and
    has no verb of its own after it is something done ("cut costs by 20%"); one with its own
    subject and verb is a clause ("pass rate went from 61% to 78%", "the store beat its
    target"); anything else is a noun phrase ("zero downtime during the cutover")."""
    if not raw:
        return []
    out = []
    for part in re.split(r"\s*;\s*|\n+", raw):
        text = clean(part)
        if not text or not any(ch.isalnum() for ch in text):
            continue
        low = [w.lower().strip(",.") for w in text.split()]
        first, cls = low[0], lexicon.word_class(low[0])
        later_verb = any(_past_or_present(w) and low[i] not in ("that", "which", "who")
                         for i, w in enumerate(low[1:8]))
        passive = _reduced_passive(text)
        if passive:
            out.append(Fact(passive, "clause"))  # "37 RTUs replaced" -> "37 RTUs were replaced"
            continue
        nxt = low[1] if len(low) > 1 else ""
        done = cls == "D" or _same_past(first) or (
            first.endswith("ed") and len(first) > 4 and (cls is None or nxt in _DETERMINERS
                                                           or nxt[:1].isdigit()))
        if first in ("had", "was", "were", "got", "became", "won", "earned", "received"):
            out.append(Fact(text, "past"))  # "had work selected for the show": one deed
            continue
        # After a past tense, "hires" or "sales" is a plural, not a verb of its own.
        own_verb = any(_past_or_present(w) and lexicon.word_class(w) != "Z"
                       and low[i] not in ("that", "which", "who") for i, w in enumerate(low[1:5]))
        if done and nxt in ("by", "in", "on") and (nxt == "by" or low[2:3] and (
                low[2][:1].isdigit() or words_cap(text, 2))):
            out.append(Fact(text, "passive"))  # "used by 3 universities", "launched in 2023"
        elif done and not own_verb:
            out.append(Fact(text, "past"))
        elif first in _SUBJECTS_FIRST | _SUBJECTS_THIRD | {"we", "you", "our", "the", "my",
                                                           "they", "it"} or later_verb:
            out.append(Fact(text, "clause"))
        else:
            out.append(Fact(text, "noun"))
    return out


# Irregular past tenses the Brill lexicon files as nouns ("rose", "fell").
_IRREGULAR_PAST = frozenset("rose fell grew went came took got ran led won beat rang".split())


# Verbs of change that take no object: "downloads tripled" needs no "were".
_CHANGES = frozenset("""tripled doubled halved quadrupled rose fell grew dropped increased
decreased improved declined jumped climbed soared shrank expanded doubled fell""".split())


def words_cap(text: str, i: int) -> bool:
    words = text.split()
    return len(words) > i and words[i][:1].isupper()


def _reduced_passive(text: str) -> str | None:
    """A headline without its "was": "37 RTUs replaced", "14 villages connected", "thesis
    graded S" -> "37 RTUs were replaced"; None for anything else."""
    words = text.split()
    low = [w.lower().strip(",.") for w in words]
    for i in range(1, min(len(words), 5)):
        w = low[i]
        participle = lexicon.word_class(w) == "D" or (w.endswith("ed") and len(w) > 4
                                                      and lexicon.word_class(w) is None)
        if not participle:
            continue
        subject = low[:i]
        if any(lexicon.word_class(s) in ("D", "Z", "V", "F") and not s[:1].isdigit()
               for s in subject) or i + 1 < len(low) and low[i + 1] in _DETERMINERS:
            return None  # "pass rate went", "we shipped the app": a verb of its own
        if w in _CHANGES:
            return None  # "downloads tripled": the verb itself
        after = low[i + 1] if i + 1 < len(low) else ""
        if after and after not in _PREPOSITIONS and not words[i + 1].isupper() \
                and not after[:1].isdigit():
            return None  # "3 students earned scholarships": an object, so active
        plural = (subject[-1].endswith("s") and not subject[-1].endswith(("ss", "is", "us"))) \
            or (subject[0][:1].isdigit() and subject[0] != "1")
        return " ".join([*words[:i], "were" if plural else "was", *words[i:]])
    return None


def _past_or_present(word: str) -> bool:
    """A finite verb after a fact's first word: "went", "dropped", "was", "reaches", and a
    past tense the lexicon lacks ("piloted")."""
    return lexicon.word_class(word) in ("D", "Z") or word in _IRREGULAR_PAST or word in (
        "is", "was", "were", "are", "has", "had") or (
        word.endswith("ed") and len(word) > 4 and lexicon.word_class(word) is None)


def _finite(word: str) -> bool:
    """Can be a finite verb: "ends", "grew", "was" (not "based", "used")."""
    if word in ("is", "was", "are", "were", "has", "had"):
        return True
    if word in ("based", "used", "led", "focused"):
        return False
    forms = lexicon.verb_forms(word)
    return lexicon.word_class(word) in ("Z", "D") or bool(forms) and word in forms[:2] \
        and word != lexicon.lemma(word)


def _has_verb(text: str) -> bool:
    return any(lexicon.word_class(w) in ("D", "Z") or w in ("is", "was", "were", "are")
               for w in text.lower().split()[1:5])


def amount(text: str) -> str | None:
    """"was" or "were" when a noun-phrase fact says there was none of something ("no
    downtime", "zero fatalities since"), which reads as "There were zero fatalities since.";
    else None (a headline such as "3x the team average" is listed, not forced into a frame)."""
    words = text.lower().split()
    if len(words) < 2 or words[0] not in ("no", "zero"):
        return None
    return "were" if words[1].endswith("s") and not words[1].endswith("ss") else "was"


# A role said after "as" or "is": a title of one ("Head of Data at Northwind", "CEO at
# Brightloop") stands alone; a kind of job ("Carpenter", "Charge Nurse") takes "a".
_UNIQUE_ROLE = re.compile(r"(?i)^(?:the |head|chief|director|vp|vice|president|ceo|cto|cfo|coo|"
                          r"cmo|chair|dean|principal|founder|co-founder|owner|partner|"
                          r"managing|executive director)\b|\b(?:of|at|for)\b|,")


def role(text: str) -> str:
    text = clean(text)
    if _UNIQUE_ROLE.search(text) or text.split()[0].lower() in ("a", "an", "my", "our", "your"):
        return text
    if len(text.split()) > 1 and all(w[:1].isupper() for w in text.split()):
        return text  # "Artistic Director": a title, said as typed
    words = [w if _is_acronym(w) or not lexicon.known(w) else w.lower() for w in text.split()]
    said = " ".join(words)
    return ("an " if said[:1].lower() in "aeiou" or (_is_acronym(words[0]) and words[0][0] in
                                                       "AEFHILMNORSX") else "a ") + said


def join(items: list[str]) -> str:
    """"a", "a and b", "a, b and c" (with semicolons when an item has its own comma)."""
    if len(items) <= 1:
        return "".join(items)
    sep = "; " if any(", " in item for item in items) else ", "
    return sep.join(items[:-1]) + (sep.rstrip() + " " if len(items) > 2 else " ") + "and " \
        + items[-1]
