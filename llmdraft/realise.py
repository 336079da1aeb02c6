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
terraform ansible puppet chef docker react angular vue node rails django flask pandas numpy r c
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
        if keep_names:
            return text
        return " ".join(w if (len(w.strip(".,&()")) <= 4 and not lexicon.known(w)
                              and w.lower() not in _FUNCTION_WORDS) else w.lower()
                        for w in words)
    # Title Case: a capitalised small word ("Job Search In Fintech"), or every word capitalised
    # ("Project Management"); "Transitioning out of the Army" is a sentence with a name in it.
    title_case = len(words) > 1 and (
        any(w[:1].isupper() and w.lower() in _FUNCTION_WORDS for w in words[1:])
        or all(w[:1].isupper() or not w[:1].isalpha() for w in words))
    out = []
    for i, w in enumerate(words):
        plain = w[:1].isupper() and w[1:] == w[1:].lower() and w.lower() != "i" \
            and not w.lower().startswith("i'")
        common = plain and (lexicon.known(w) or word_class(w) in ("J", "D")) \
            and w.lower() not in _TOOLS
        if common and (i == 0 or (title_case and not keep_names) or w.lower() in _FUNCTION_WORDS):
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
    head = text.split()[0] if text else ""
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
    form: str  # noun, skill, gerund, activity, past, verb, adjective, clause, possessive, unsure

    def mine(self) -> str:
        """The object of "mention ..." in the requester's own voice."""
        t, words = self.text, self.text.split()
        if self.form == "noun":
            return _possessed(t, "my")
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
            return "that " + (to_first_person(t) if _is_third(t) else t)
        if self.form == "possessive":
            return "my " + to_first_person(" ".join(words[1:])) if _is_third(t) else \
                lower_first(t)
        return f'what I\'d describe as "{t}"'

    def theirs(self, name: str) -> str:
        """The same strength said of the requester by someone else, who names them."""
        t, words = self.text, self.text.split()
        if self.form == "noun":
            return _possessed(t, f"{name}'s")
        if self.form == "skill":
            return f"{name}'s {t}" if _ends_like_skill(t) else f"{name}'s {t} skills"
        if self.form == "gerund":
            past = _past(words[0].lower())
            rest = to_name(" ".join(words[1:]), name)
            return f"how {name} {past} {rest}" if past else \
                f"{name}'s work {lower_first(words[0])} {rest}"
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
    text = tidy_case(clean(raw))
    words = text.split()
    low = [w.lower().strip(",") for w in words]
    first = low[0]
    cls = [word_class(w) for w in low[:3]] + [None] * 3
    if first == "my" or first in ("his", "her", "their"):
        return Strength(text, "possessive")
    if first in _SUBJECTS_FIRST | _SUBJECTS_THIRD | {"we", "we're", "we've"}:
        return Strength(text, "clause")
    if len(words) == 1:
        return Strength(text, _single_word_form(words[0], cls[0]))
    second = low[1]
    if (cls[0] == "D" or _same_past(first)) and second not in _PREPOSITIONS:
        return Strength(text, "past")
    if first.endswith("ing") and len(first) > 4:
        gerund = _gerund_kind(low, cls)
        if gerund:
            return Strength(text, gerund)
    if cls[0] == "V" or (cls[0] in (None, "N") and first in _EXTRA_VERBS):
        if not (cls[1] == "N" and _NOMINAL.search(second) and not second.endswith("ings")):
            return Strength(text, "verb")
    if cls[0] in ("J", "D") or (cls[0] == "R" and cls[1] in ("J", "D")):
        after = [w for w in low[1:] if word_class(w) not in ("J", "R", "D")
                 and w not in ("and", "&", "or")]
        if not after or after[0] in _PREPOSITIONS or after[0].startswith("("):
            return Strength(text, "adjective")
    if any(lexicon.word_class(w) in ("D", "Z") and w not in ("used", "based", "led")
           for w in low[1:3]) and cls[0] in ("N", "P", None) and not _skill_like(words[0]):
        return Strength(text, "clause")  # "Sales grew 30% under her"
    if all(_skill_like(w) or w.lower() in ("&", "and", "/") for w in words):
        return Strength(text, "skill")
    return Strength(text, "noun")


# Verbs people start strengths with that the lexicon files under another class.
_EXTRA_VERBS = frozenset("""troubleshoot mentor coach triage de-escalate prioritize prioritise
onboard budget model forecast document streamline scope draft pitch host""".split())


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
    if cls[0] == "N" or cls[0] is None:
        return "activity"
    return None


def _past(gerund: str) -> str | None:
    """'running' -> 'ran', 'de-escalating' -> 'de-escalated'; None when unknown."""
    head, _, last = gerund.rpartition("-")
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
    if _skill_like(word):
        return "skill"
    if cls in ("J", "D") or word_class(word) in ("J", "D"):
        return "adjective"  # "resourceful", "organized", "detail-oriented"
    return "noun"  # "leadership", "budgeting", "mentoring"


# -- projects ------------------------------------------------------------------------------

_COURSE = re.compile(r"^[A-Za-z]{2,5}[- ]?\d{2,4}[A-Za-z]?$|^\d+\.\d{2,3}$")


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
        droppable = [i for i, w in enumerate(words[:-1]) if w[:1].islower()
                     and w.lower() not in _DETERMINERS | _FUNCTION_WORDS
                     and not any(ch.isdigit() for ch in w)]
        if words[-1].lower() in _GENERIC_TAILS and len(words) > 2:
            droppable.append(len(words) - 1)
        found, dropped = [], set()
        for i in droppable:
            dropped.add(i)
            candidate = " ".join(w for j, w in enumerate(words) if j not in dropped)
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
    if first in ("my", "our", "your", "his", "her", "their") or words[0].endswith(
            ("'s", "s'")) and len(words) > 1:
        return Project(lower_first(text) if first in ("my", "our") else text, "possessive")
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
    if _COURSE.match(text):
        return Project(text, "course")
    low = [w.lower() for w in words]
    cls = [word_class(w) for w in low[:3]] + [None] * 3
    if first.endswith("ing") and len(words) > 1 and _gerund_kind(low, cls) == "gerund":
        return Project(lower_first(text) if words[1][:1].islower() else text, "gerund")
    if words[0][:1].isupper() and cls[0] in ("V", "G") and all(
            w[:1].isupper() for w in words if w.lower() not in _FUNCTION_WORDS):
        return Project(text, "proper")  # "Read Across Riverside"
    if first in ("the", "a", "an", "this"):
        return Project(first + text[len(first):], "common")
    if len(words) == 1:
        if words[0][:1].isupper() or _is_acronym(words[0]) or lexicon.word_class(first) == "P":
            return Project(cap(text), "proper")
        return Project(text + " project", "common")
    if text.islower():
        return Project(text, "common")  # "joint hackathon": names are capitalised
    last = words[-1]
    last_common = lexicon.known(last) and not _is_acronym(last) and not any(
        ch.isdigit() for ch in last)
    if first in ("project", "operation") or not last_common:
        return Project(text, "proper")  # "Project Apollo", "Halcyon 2"
    return Project(text, "common")


# -- purposes ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Purpose:
    form: str  # goal, activity, hope, so, clause
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
    if len(words) > 2 and any(_finite(w) for w in [x.lower() for x in words[1:4]]):
        return Purpose("clause", cap(text))  # "my contract ends in June"
    if first in _DETERMINERS:
        return Purpose("goal", first + text[len(first):])
    plural = words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss")
    if _GOAL_NEEDS_MY.match(text.lower()) or not plural and lexicon.word_class(
            words[-1].lower()) == "N" and len(words) <= 3 and not _is_acronym(words[-1]):
        return Purpose("goal", "my " + lower_first(text))
    return Purpose("goal", lower_first(text))


# -- details -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Fact:
    text: str
    form: str  # past (verb first: "cut costs by 20%"), clause (own subject), noun

    def predicate(self, subject: str = "I", third: bool = False) -> str:
        """A past-form fact's verb phrase for `subject`: "cut costs by 20%"."""
        words = self.text.split()
        verb = words[0] if _is_acronym(words[0]) else lower_first(words[0]).lower()
        if lexicon.word_class(verb) == "V":
            verb = lexicon.inflect(verb, "past")  # details are what happened: "cut", "led"
        body = " ".join([verb, *words[1:]])
        return to_first_person(body) if subject == "I" and _has_third(body) else body

    def sentence(self, subject: str = "I", third: bool = False) -> str:
        """A sentence in a voice: subject "I" (the requester) or a name (the recommender);
        `third` when the subject is a name ("Dana trains", not "Dana train")."""
        if self.form == "past":
            return _end(f"{subject} {self.predicate(subject, third)}")
        if self.form == "clause":
            text = self.text
            if subject == "I" and _is_third(text):
                text = to_first_person(text)
            elif subject != "I" and text.split()[0].lower() in _SUBJECTS_FIRST:
                text = to_name(text, subject)
            return _end(cap(text))
        return _end(cap(self.text))


def fact_sentences(found: list[Fact], subject: str = "I", third: bool = False) -> list[str]:
    """Facts as few sentences: verb-first facts share their subject ("I cut costs by 20% and
    trained 12 new hires."), clauses pair up with "and"; noun-phrase facts are left out (the
    composer lists them in a sentence of their own)."""
    out: list[str] = []
    past = [f.predicate(subject, third) for f in found if f.form == "past"]
    for i in range(0, len(past), 3):
        out.append(_end(f"{subject} {join(past[i:i + 3])}"))
    clauses = [f.sentence(subject, third)[:-1] for f in found if f.form == "clause"]
    for i in range(0, len(clauses), 2):
        pair = clauses[i:i + 2]
        if len(pair) == 2 and "," not in pair[0] and len(pair[0]) + len(pair[1]) < 140:
            out.append(_end(f"{pair[0]}, and {lower_first(pair[1])}"))
        else:
            out += [_end(c) for c in pair]
    return out


def _end(text: str) -> str:
    return text if text[-1:] in ".!?" else text + "."


def facts(raw: str | None) -> list[Fact]:
    """Details as facts: one per line, bullet or ';'."""
    if not raw:
        return []
    parts = re.split(r"\s*;\s*|\n+", raw)
    out = []
    for part in parts:
        text = clean(part)
        if not text or not any(ch.isalnum() for ch in text):
            continue
        first = text.split()[0].lower()
        cls = lexicon.word_class(first)
        if cls == "D" or (cls == "V" and first not in ("set",)):
            out.append(Fact(text, "past"))
        elif first in _SUBJECTS_FIRST | _SUBJECTS_THIRD | {"we", "you", "our", "the", "my",
                                                           "they", "it"} or _has_verb(text):
            out.append(Fact(text, "clause"))
        else:
            out.append(Fact(text, "noun"))
    return out


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


def join(items: list[str]) -> str:
    """"a", "a and b", "a, b and c" (with semicolons when an item has its own comma)."""
    if len(items) <= 1:
        return "".join(items)
    sep = "; " if any("," in item for item in items) else ", "
    return sep.join(items[:-1]) + (sep.rstrip() + " " if len(items) > 2 else " ") + "and " \
        + items[-1]
