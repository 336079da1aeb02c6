"""Turning what people type into phrases that fit a sentence, for the offline composer.

People give strengths as nouns ("supplier negotiations"), gerunds ("running weekly demos"), verbs
("lead the pricing analysis") or past tenses ("led the migration"); purposes as goals ("a job
search"), activities ("applying for senior roles"), infinitives ("to land a new role") or whole
clauses ("I want to move into product"). Each function here takes one such field and returns the
phrase that reads right where the composer puts it.
"""

from __future__ import annotations

import re

from .context import first_name, split_title
from .text import ACTION_VERBS, IRREGULAR_PAST

_DETERMINERS = ("my ", "our ", "the ", "a ", "an ", "how ", "that ", "being ", "your ", "his ",
                "her ", "their ")
# Nouns ending in -ed that are not past tenses.
_NOT_PAST = frozenset({"need", "seed", "speed", "feed", "red", "bed", "shed", "embed", "hundred"})
# Abstract nouns people capitalise as headings ("Leadership"): lowercase them in a sentence.
_ABSTRACT = re.compile(r"(?:ship|ment|ness|ing|tion|sion|ity|ance|ence|ism|acy)$")


def is_past_verb(word: str) -> bool:
    w = word.lower()
    return w in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4 and w not in _NOT_PAST)


def greeting_name(recipient: str, formal: bool) -> str:
    """'Anna' usually; 'Dr. Lindqvist' / 'Rev. King' when a titled name is greeted formally."""
    title, parts = split_title(recipient)
    if formal and title and parts:
        return f"{title.split()[0]} {parts[-1]}"  # "Prof. Dr. Hans Müller" -> "Prof. Müller"
    return first_name(recipient)


def signature(sender: str, formal: bool) -> str:
    return sender if formal else first_name(sender)


def project_ref(project: str) -> str:
    """The project as it reads after 'on': 'the Halcyon billing rewrite', 'Project Apollo',
    'ACME's CRM rollout', 'Halcyon', 'Proj X'."""
    lowered = project.lower()
    words = project.split()
    if (lowered.startswith(_DETERMINERS) or lowered.startswith("project ")
            or words[0].endswith(("'s", "\u2019s", "s'"))
            or (project[:1].isupper() and words[-1][:1].isupper())):
        return project  # a name: "Halcyon", "Proj X", "Atlas Data Platform"
    return "the " + project


def strength_phrase(strength: str, about: str = "me") -> str:
    """A strength as the object of 'mention': 'my supplier negotiations', 'how I led the
    migration', 'my ability to lead the analysis', 'my work organizing volunteers'.
    about="them" says it of someone else: 'their supplier negotiations', 'how they led ...'."""
    phrase = _strength_phrase(strength)
    if about == "them":
        for mine, theirs in (("my ", "their "), ("how I ", "how they ")):
            if phrase.startswith(mine) and not strength.startswith(mine):
                return theirs + phrase[len(mine):]
    return phrase


def _strength_phrase(strength: str) -> str:
    words = strength.split()
    first = words[0].lower()
    if strength.lower().startswith(_DETERMINERS):
        return strength
    if is_past_verb(first) and len(words) > 1:
        return f"how I {_lower(strength)}"
    if first in ACTION_VERBS and len(words) > 1:
        return f"my ability to {_lower(strength)}"
    if len(words) == 1:
        return f"my {_lower(strength) if _ABSTRACT.search(first) else strength}"
    if first.endswith("ing") and len(first) > 4:
        return f"my work {_lower(strength)}"
    return f"my {strength}"


def _lower(text: str) -> str:
    """Lowercase the first letter unless the first word looks like a name or an acronym."""
    head = text.split()[0]
    if head[1:].islower() or len(head) == 1:
        return text[0].lower() + text[1:]
    return text


def join_list(items: list[str]) -> str:
    sep = "; " if any("," in item for item in items) else ", "
    if len(items) == 1:
        return items[0]
    return sep.join(items[:-1]) + (sep if len(items) > 2 else " ") + "and " + items[-1]


def sentence(text: str) -> str:
    text = text.strip()
    return text if text[-1:] in ".!?" else text + "."


# Words after which a gerund is an activity ("applying for", "moving into") not an adjective.
_LINKS = frozenset("for to into a an the my our toward towards on in at from with back".split())
_GOAL_STARTS = frozenset("job promotion new career internal annual performance graduate "
                         "admission admissions freelance".split())


def purpose_clause(purpose: str) -> tuple[str, str]:
    """(form, text): 'clause' (a whole clause), 'activity' ('applying for ...'), 'hope' ('to land
    a new role' -> 'I'm hoping to land a new role'), or 'goal' (a noun phrase, with 'my' added
    where it needs a determiner: 'my job search', 'consulting clients')."""
    text = purpose.strip().rstrip(".!")
    words = text.split()
    head = words[0].lower()
    if head in ("i", "i'm", "i've", "i'd", "i'll", "we", "we're"):
        return "clause", "I" + text[1:] if head.startswith("i") else text[0].upper() + text[1:]
    text = _lower(text) if head in _GOAL_STARTS or head.endswith("ing") or head in _DET_WORDS \
        or head == "to" else text
    if head == "to" and len(words) > 1:
        return "hope", text
    if head.endswith("ing") and len(words) > 1 and words[1].lower() in _LINKS:
        return "activity", text
    if head in _DET_WORDS or words[-1].lower().endswith("s") and len(words) > 1:
        return "goal", text
    return "goal", "my " + text


_DET_WORDS = frozenset({"a", "an", "the", "my", "our", "some", "this", "that"})


def details_text(details: str) -> str:
    """Details as the end of 'the specifics: ...': a leading verb is lowercased."""
    text = sentence(details)
    head = text.split()[0]
    if is_past_verb(head) or head.lower() in ACTION_VERBS:
        return _lower(text)
    return text
