"""A draft's input: the Context, its enums and the channel limits.

Plain frozen dataclasses with explicit validation: each rule gives one line in the user's terms
("unknown relationship 'boss': use one of ..."), which is what the CLI prints with exit 2, and
`import llmdraft` as a library stays free of pydantic's import cost. pydantic describes the
model's structured answer (llmdraft/parse.py), where a JSON schema is the point.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from enum import Enum

from .sanitize import excerpt, find_control
from .errors import InputError
from .patterns import lazy


class Relationship(str, Enum):
    """LinkedIn's twelve "How do you know X?" values; `value` is the CLI slug."""

    MANAGED_YOU = "managed-you"
    REPORTED_TO_YOU = "reported-to-you"
    SENIOR_TO_YOU = "senior-to-you"
    JUNIOR_TO_YOU = "junior-to-you"
    SAME_TEAM = "same-team"
    DIFFERENT_TEAMS = "different-teams"
    DIFFERENT_COMPANIES = "different-companies"
    CLIENT = "client"
    VENDOR = "vendor"
    TEACHER = "teacher"
    ADVISOR = "advisor"
    CLASSMATE = "classmate"

    @property
    def linkedin_enum(self) -> str:
        return _LINKEDIN_ENUMS[self]

    @property
    def seniority(self) -> str:
        """'higher', 'lower' or 'peer': the recommender's standing relative to the requester."""
        if self in _HIGHER:
            return "higher"
        if self in (Relationship.REPORTED_TO_YOU, Relationship.JUNIOR_TO_YOU):
            return "lower"
        return "peer"


_LINKEDIN_ENUMS = {
    Relationship.MANAGED_YOU: "RECOMMENDER_MANAGED_RECOMMENDEE",
    Relationship.REPORTED_TO_YOU: "RECOMMENDER_REPORTED_TO_RECOMMENDEE",
    Relationship.SENIOR_TO_YOU: "RECOMMENDER_SENIOR_THAN_RECOMMENDEE",
    Relationship.JUNIOR_TO_YOU: "RECOMMENDEE_SENIOR_THAN_RECOMMENDER",
    Relationship.SAME_TEAM: "WORKED_IN_SAME_GROUP",
    Relationship.DIFFERENT_TEAMS: "WORKED_IN_DIFFERENT_GROUPS",
    Relationship.DIFFERENT_COMPANIES: "WORKED_IN_DIFFERENT_COMPANIES",
    Relationship.CLIENT: "RECOMMENDER_IS_CLIENT_OF_RECOMMENDEE",
    Relationship.VENDOR: "RECOMMENDEE_IS_CLIENT_OF_RECOMMENDER",
    Relationship.TEACHER: "RECOMMENDER_TAUGHT_RECOMMENDEE",
    Relationship.ADVISOR: "RECOMMENDER_ADVISED_RECOMMENDEE",
    Relationship.CLASSMATE: "RECOMMENDER_STUDIED_WITH_RECOMMENDEE",
}
_HIGHER = {
    Relationship.MANAGED_YOU,
    Relationship.SENIOR_TO_YOU,
    Relationship.TEACHER,
    Relationship.ADVISOR,
    Relationship.CLIENT,
}


class Closeness(str, Enum):
    CLOSE = "close"
    PROFESSIONAL = "professional"
    DISTANT = "distant"


class Channel(str, Enum):
    LINKEDIN_REQUEST = "linkedin-request"
    LINKEDIN_MESSAGE = "linkedin-message"
    CONNECTION_NOTE = "connection-note"
    INMAIL = "inmail"
    EMAIL = "email"
    RECOMMENDATION = "recommendation"  # the text a recommender posts (`llmdraft recommend`)

    @property
    def limit(self) -> int:
        """The body's character limit that `within_length` enforces."""
        return _LIMITS[self]

    @property
    def has_subject(self) -> bool:
        return self in (Channel.INMAIL, Channel.EMAIL)


# Published limits where there are any; where there are none, llmdraft's own bound (README).
_LIMITS = {
    Channel.LINKEDIN_REQUEST: 1000,  # no published limit: the "keep it short" aim
    Channel.LINKEDIN_MESSAGE: 3000,  # the lower of the two figures quoted
    Channel.CONNECTION_NOTE: 200,  # free accounts (Premium allows 300: --max-chars 300)
    Channel.INMAIL: 1900,
    Channel.EMAIL: 3000,  # no hard limit: a request longer than this is not read
    Channel.RECOMMENDATION: 3000,  # LinkedIn's limit for a recommendation
}
SUBJECT_LIMIT = 200

# Length limits for the text fields: a 10,000-character project name is a mistake.
FIELD_LIMITS = {
    "recipient": 100,
    "sender": 100,
    "project": 200,
    "strength": 200,
    "purpose": 300,
    "details": 2000,
    "recipient_role": 200,
    "greet_as": 100,
}
MAX_STRENGTHS = 5
KEYS = ("recipient", "sender", "project", "strengths", "relationship", "closeness", "channel",
        "purpose", "details", "recipient_role", "greet_as", "pronouns")
# Every key a context accepts: the above, plus the channel-limit override, a recommendation's
# length in words and a follow-up's days since the request (which the reminder may acknowledge).
ALL_KEYS = (*KEYS, "max_chars", "words", "days_since")


def _enum_value(enum: type[Enum], raw: object, key: str) -> Enum:
    if isinstance(raw, enum):
        return raw
    text = str(raw).strip()
    norm = text.lower().replace("_", "-").replace(" ", "-")
    for member in enum:
        if norm == member.value or (
            isinstance(member, Relationship) and text.upper() == member.linkedin_enum
        ):
            return member
    allowed = ", ".join(m.value for m in enum)
    raise InputError(f"unknown {key} {excerpt(text)}: use one of {allowed}")


def _text(raw: object, key: str, limit: int, required: bool) -> str | None:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if required:
            raise InputError(f"missing {key}: give --{_FLAGS.get(key, key)} or a '{key}' key")
        return None
    if not isinstance(raw, (str, int, float)) or isinstance(raw, bool):
        raise InputError(f"{key} must be text, not {type(raw).__name__} ({excerpt(raw)})")
    control = find_control(str(raw).replace("\r\n", "\n"))
    if control:  # an escape sequence would reach the terminal and the draft (README: Input)
        raise InputError(f"{key} holds the control character {control}: remove it")
    text = " ".join(str(raw).split())
    if not any(ch.isalnum() for ch in text):
        raise InputError(f"{key} {excerpt(text)} has no letters or digits")
    if len(text) > limit:
        raise InputError(f"{key} is {len(text)} characters; the limit is {limit}")
    return text


def _details(raw: object) -> object:
    """Details given as lines or bullets become one line of '; '-separated facts."""
    if not isinstance(raw, str) or "\n" not in raw.strip():
        return raw
    items = [line.strip().lstrip("-*\u2022").strip() for line in raw.splitlines()]
    return "; ".join(item.rstrip(";.") for item in items if item)


def _name(raw: object, key: str, required: bool, reorder: bool = True) -> str | None:
    """'Rivera, John' -> 'John Rivera'; a name needs a letter."""
    text = _text(raw, key, FIELD_LIMITS[key], required)
    if text is None:
        return None
    if not any(ch.isalpha() for ch in text):
        raise InputError(f"{key} {excerpt(text)} is not a name")
    if reorder and text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        if first and last and not _is_suffix(first):
            titled = _TITLE_FIRST.match(last)  # "Dr. Li, Mei" -> "Dr. Mei Li", never "Mei Dr. Li"
            text = f"{titled.group(1)} {first} {titled.group(2)}" if titled else f"{first} {last}"
            #   "de la Cruz, María" -> "María de la Cruz"
    return text


_TITLE_FIRST = lazy(r"(?i)^((?:dr|prof|rev|mr|mrs|ms|miss|mx|capt|sir|dame|fr|col|gen|lt|maj|hon|"
                    r"judge|justice|pastor|rabbi|imam|sheikh|dra|sra|sr)\.?)\s+(\S.*)$")


def _given_after_comma(typed: object, recipient: str) -> str | None:
    """The given name of a name typed "Wang, Fang" when the greeting could not tell it from the
    family name in "Fang Wang" (both are family names): the comma said which is which, so it is
    kept as `greet_as` ("Hi Fang", never "Hi Fang Wang", reader 115)."""
    if not isinstance(typed, str) or typed.count(",") != 1:
        return None
    given = typed.split(",")[1].strip()
    if not given or " " in given or not recipient.startswith(given):
        return None
    from .names import greeting

    said = greeting(recipient, formal=False)
    given = given.capitalize() if given.islower() else given
    return given if said.lower() != given.lower() else None


def _is_suffix(text: str) -> bool:
    """'PhD', 'Jr.', 'RN', 'CPA': what follows a comma after a name without being its given name
    (nameparser's lists of suffixes, read only when a name has a comma)."""
    from nameparser.config import CONSTANTS

    words = [w.rstrip(".").lower().replace(".", "") for w in text.split()]
    known = CONSTANTS.suffix_acronyms | CONSTANTS.suffix_not_acronyms
    # "P.Eng.", "M.Sc.", "B.Com.": a dotted abbreviation in mixed case, as no given name is
    credential = all("." in w and any(c.isupper() for c in w) and any(c.islower() for c in w)
                     for w in text.split())
    return bool(words) and (all(w in known for w in words) or credential)


_FLAGS = {"recipient": "to", "sender": "from", "strengths": "strength", "greet_as": "greet-as"}


_STRENGTH_SEPARATORS = lazy(r"[;|]")
# The "and" or "or" before a list's last item: "Flutter, Firebase, and REST APIs".
_LIST_AND = lazy(r"(?i)^(?:and|&|or)\s+")
_LAST_AND = lazy(r"\s+(?:and|&)\s+")  # "stakeholder coordination and Excel modelling"
# A deed in the past tense, the way a list of them is typed: "negotiated the price per kilo".
_DEED = lazy(r"(?i)^(?:[a-z]+ed|built|led|ran|wrote|spoke|taught|made|set up|cut|won|sold|grew|"
             r"kept|drove|brought|found|gave|took|met|held|began|oversaw|shipped)\b")
# A part that continues the one before it rather than naming a strength of its own.
_JOINED = lazy(r"(?i)^(?:which|who|that|where|when|while|even|but|so|because|although|though|"
               r"especially|including|from|with)\b")
# Strengths typed as sentences: a full stop between words, not after an abbreviation.
_SENTENCE_BREAK = lazy(r"(?<!\b[Dd]r)(?<!\b[Mm]r)(?<!\b[Mm]s)(?<!\bSt)(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)"
                       r"(?<!\betc)(?<!\.[A-Z])(?<=[A-Za-z0-9)])\.\s+(?=[A-Za-z])")  # "NDT. he ..."
# A second clause with its own subject: ", and he was always first on the floor".
_AND_THEN_SUBJECT = lazy(r"(?i),\s+and\s+(?=(?:he|she|they|i)\s)")


def _whole_number(raw: object, key: str, least: int) -> int | None:
    """A count typed as a number or text ("600", 600); None when not given."""
    if raw is None:
        return None
    try:
        if isinstance(raw, bool):
            raise TypeError
        number = int(raw)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        raise InputError(f"{key} must be a whole number, not {excerpt(raw)}") from None
    if number < least:
        raise InputError(f"{key} must be at least {least}")
    return number


def _pronouns(raw: object) -> str | None:
    """"she", "he" or "they", from "she", "She/Her", "he/him/his", "they/them"; None if not given."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    said = str(raw).strip().lower().replace(" ", "").split("/")[0]
    if said not in _SUBJECT_PRONOUNS:
        raise InputError(f"pronouns must be she, he or they (she/her, he/him, they/them), not "
                         f"{excerpt(raw)}")
    return _SUBJECT_PRONOUNS[said]


_SUBJECT_PRONOUNS = {"she": "she", "her": "she", "he": "he", "him": "he", "they": "they",
                     "them": "they"}


def split_strengths(raw: object) -> list[str]:
    """Strengths as a list: text splits on ';' and '|' (a cell may mix them), and so does each
    item of a list; text with neither splits on commas when every part is short (six words or
    fewer: "event planning, social media"; or fourteen, with a part of four or fewer: "I kept
    the crane schedule tight, good with customs paperwork")."""
    if raw is None:
        return []
    if isinstance(raw, str):
        parts = [part for part in (p.strip() for p in _STRENGTH_SEPARATORS.split(raw)) if part]
        if len(parts) == 1 and "," in raw:
            short = [_LIST_AND.sub("", p.strip()) for p in _OUTSIDE_BRACKETS.split(raw)
                     if p.strip()]  # "multilingual (English, Norwegian, some Vietnamese)": one
            short = [p for p in short if p]
            last = _LAST_AND.split(short[-1]) if short else []
            if len(short) >= 2 and len(last) == 2 and all(0 < len(p.split()) <= 3 for p in last) \
                    and (any(len(p.split()) > 1 for p in last) or (
                        all(len(p.split()) == 1 for p in short[:-1] + last)
                        and " and ".join(last).lower() not in _PAIRS)) \
                    and all(len(p.split()) <= 3 for p in short[:-1]) \
                    and not (_SPEAKS.match(last[0]) or _SPEAKS.search(" " + last[0])
                             or (last[0].split()[-1][:1].isupper() and last[1][:1].isupper()
                                 and len(last[0].split()) > 1)):  # "speaking French and Arabic
                #   with drivers": one strength, its two languages together
                short = short[:-1] + last  # "customs documentation, stakeholder coordination
                #                            and Excel modelling", "Python, Django and
                #                            Postgres": three strengths
            short = _languages_together(short)  # "spoke Turkmen, Russian and English": one
            if _adjectives_before_noun(short):
                return parts  # "fast, accurate editing": one strength, not "fast" alone
            sizes = [len(p.split()) for p in short]
            joined = any(_JOINED.match(p) for p in short[1:])  # "the team, which grew fast"
            if len(short) > 1 and not joined and (all(n <= 6 for n in sizes) or (
                    all(n <= 14 for n in sizes) and (any(n <= 4 for n in sizes) or (
                        len(short) >= 3 and any(n <= 6 for n in sizes))))
                    or all(_DEED.match(p) for p in short)):
                return short  # "event planning, social media, very patient w the kids",
                #               "closed the biggest deal of the year, excel wizard, always
                #               prepared", "negotiated the price, spoke to the farmers ..."
        if len(parts) == 1 and _SENTENCE_BREAK.search(raw):
            told = [p.strip() for p in _SENTENCE_BREAK.split(raw.strip().rstrip(".")) if p.strip()]
            if len(told) > 1:
                return told  # "Handled all the family meetings. Always calm. Good with ..."
        if len(parts) == 1:
            told = [p.strip() for p in _AND_THEN_SUBJECT.split(raw) if p.strip()]
            if len(told) > 1:
                return told  # "he wrote the PLC code, and he was always first on the floor"
        return parts
    if isinstance(raw, (list, tuple)):
        items: list = []
        for item in raw:
            if isinstance(item, str):
                items += [part.strip() for part in _STRENGTH_SEPARATORS.split(item) if part.strip()]
            elif isinstance(item, (int, float)) and not isinstance(item, bool):
                items.append(str(item))
            elif item is not None:
                raise InputError(f"each strength must be text, not {type(item).__name__} "
                                 f"({excerpt(item)})")
        return items
    raise InputError(f"strengths must be a list or text, not {type(raw).__name__}")


# Two words with "and" that name one field: "first aid, health and safety" is two strengths.
_PAIRS = frozenset(("health and safety", "research and development", "search and rescue",
                    "oil and gas", "food and beverage", "learning and development",
                    "mergers and acquisitions", "monitoring and evaluation", "hair and makeup",
                    "hair and make-up", "sales and marketing", "sound and lighting",
                    "planning and zoning", "water and sanitation", "diversity and inclusion"))
# Adjectives that describe a person, not the noun after them: "responsive, clear contracts" is
# two strengths.
_OF_A_PERSON = frozenset("""responsive reliable patient punctual friendly approachable organised
organized proactive dependable calm kind helpful honest flexible diligent hardworking
hard-working resourceful adaptable creative motivated positive""".split())


def _adjectives_before_noun(parts: list[str]) -> bool:
    """"fast, accurate editing", "clear, concise writing": adjectives that share one noun."""
    from . import lexicon  # only when a strength has a comma
    *before, last = parts
    said = last.lower().split()
    return bool(before) and len(said) >= 2 and all(
        len(p.split()) == 1 and lexicon.word_class(p.lower()) in ("J", "R")
        and p.lower() not in _OF_A_PERSON for p in before) \
        and lexicon.word_class(said[0]) == "J" and lexicon.word_class(said[-1]) not in ("J", "R")


# A comma that is not inside brackets.
_OUTSIDE_BRACKETS = lazy(r",(?![^()]*\))")
# A part that says which languages someone speaks, and the names that continue it.
_SPEAKS = lazy(r"(?i)^(?:spoke|speaks|speak|speaking|fluent in|bilingual in|trilingual in|"
               r"multilingual in|languages:?)\s")
_NAMES_ONLY = lazy(r"^[A-Z][\w'-]*(?:\s+(?:and|&)\s+[A-Z][\w'-]*)?$")


def _languages_together(parts: list[str]) -> list[str]:
    """"spoke Turkmen", "Russian and English" are one strength: the names after a part that
    says someone speaks go with it."""
    out: list[str] = []
    for part in parts:
        if out and _SPEAKS.match(out[-1]) and _NAMES_ONLY.match(part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


DEFAULT_WORDS = (100, 200)


def _word_range(raw: object) -> tuple[int, int] | None:
    """'100-200', '150' (give or take a quarter), [120, 180] -> (low, high)."""
    if raw is None or raw == "":
        return None
    try:
        if isinstance(raw, (list, tuple)) and len(raw) == 2:
            low, high = int(raw[0]), int(raw[1])
        elif isinstance(raw, str) and "-" in raw:
            low, high = (int(part) for part in raw.split("-", 1))
        elif isinstance(raw, (int, str)) and not isinstance(raw, bool):
            middle = int(raw)
            low, high = round(middle * 0.75), round(middle * 1.25)
        else:
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise InputError(f"words must be a range like 100-200 or a number, not {excerpt(raw)}") from None
    if not 20 <= low <= high <= 500:
        raise InputError(f"words {excerpt(raw)}: give a range within 20 to 500 words, like 100-200")
    return low, high


@dataclass(frozen=True)
class Context:
    """Everything a draft may say. Build it with `Context.from_dict` to validate."""

    recipient: str
    project: str
    strengths: tuple[str, ...]
    relationship: Relationship = Relationship.SAME_TEAM
    closeness: Closeness = Closeness.PROFESSIONAL
    channel: Channel = Channel.LINKEDIN_REQUEST
    sender: str | None = None
    purpose: str | None = None
    details: str | None = None
    recipient_role: str | None = None  # "Head of Operations at Northwind": may be mentioned
    greet_as: str | None = None  # the name to greet them by: "Kim" for "Kim Soo-jin", "Bob"
    pronouns: str | None = None  # "she", "he" or "they": how a recommendation speaks of them
    max_chars: int | None = field(default=None, compare=True)
    words: tuple[int, int] | None = None  # a recommendation's length in words (default 100-200)
    days_since: int | None = None  # a follow-up's: days since the request, which it may mention

    @classmethod
    def from_dict(cls, data: dict, strengths_optional: bool = False) -> "Context":
        if not isinstance(data, dict):
            raise InputError("a context must be a mapping of keys to values")
        unknown = sorted(set(data) - set(ALL_KEYS), key=str)  # keys from YAML may be numbers
        if unknown:
            raise InputError(f"unknown context key {excerpt(unknown[0])}: use {', '.join(ALL_KEYS)}")
        recipient = _name(data.get("recipient"), "recipient", True)
        project = _text(data.get("project"), "project", FIELD_LIMITS["project"], True)
        strengths = [
            _text(s, "strength", FIELD_LIMITS["strength"], True)
            for s in split_strengths(data.get("strengths"))
        ]
        if not strengths and not strengths_optional:  # a follow-up may restate the project alone
            raise InputError("missing strengths: give at least one --strength")
        wordless = next((s for s in strengths if not any(ch.isalpha() for ch in s)), None)
        if wordless is not None:  # a YAML number, a stray "$250,000": not a strength
            raise InputError(f"the strength {excerpt(wordless)} has no words: name a skill or a "
                             f"quality (a figure belongs in --details)")
        if len(strengths) > MAX_STRENGTHS:
            raise InputError(
                f"{len(strengths)} strengths given; name at most {MAX_STRENGTHS} (a few, not ten)"
            )
        max_chars = _whole_number(data.get("max_chars"), "max_chars", 50)
        greet_as = _name(data.get("greet_as"), "greet_as", False, reorder=False) \
            or _given_after_comma(data.get("recipient"), recipient)
        return cls(
            recipient=recipient,
            project=project,
            strengths=tuple(strengths),
            relationship=_enum_value(Relationship, data.get("relationship") or "same-team",
                                     "relationship"),
            closeness=_enum_value(Closeness, data.get("closeness") or "professional", "closeness"),
            channel=_enum_value(Channel, data.get("channel") or "linkedin-request", "channel"),
            sender=_name(data.get("sender"), "sender", False),
            purpose=_text(data.get("purpose"), "purpose", FIELD_LIMITS["purpose"], False),
            details=_text(_details(data.get("details")), "details", FIELD_LIMITS["details"], False),
            recipient_role=_text(data.get("recipient_role"), "recipient_role",
                                 FIELD_LIMITS["recipient_role"], False),
            greet_as=greet_as,
            pronouns=_pronouns(data.get("pronouns")),
            max_chars=max_chars,
            words=_word_range(data.get("words")),
            days_since=_whole_number(None if data.get("days_since") == "" else
                                     data.get("days_since"), "days_since", 0),
        )

    @property
    def first_name(self) -> str:
        """The name to greet them by informally: `greet_as` when given."""
        return self.greet_as or first_name(self.recipient)

    @property
    def limit(self) -> int:
        return self.max_chars or self.channel.limit

    @property
    def word_range(self) -> tuple[int, int]:
        return self.words or DEFAULT_WORDS

    def to_dict(self) -> dict:
        """JSON-ready, enums as their slugs, empty optionals dropped."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out = {k: v for k, v in out.items() if v is not None}
        out["strengths"] = list(self.strengths)
        for key in ("relationship", "closeness", "channel"):
            out[key] = getattr(self, key).value
        return out

    def canonical_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False)

    def with_changes(self, **changes) -> "Context":
        return replace(self, **changes)


def check_partial(values: dict) -> Context:
    """Values that are only part of a context (batch defaults, `who -o` columns) checked as a
    whole context would check them: a bad relationship is one error up front, not one per row.
    The context returned is a probe: its recipient, project and strengths may be stand-ins."""
    given = {k: v for k, v in values.items() if v not in (None, "", [], ())}
    return Context.from_dict({"recipient": "A B", "project": "P", "strengths": ["s"], **given})


def first_name(full: str) -> str:
    """The name to greet informally (llmdraft/names.py): 'Dr. Anna Lindqvist' -> 'Anna',
    'Robert (Bob) Jones' -> 'Bob'; a title with a surname only stays whole ('Dr. Lindqvist');
    a name written family name first by its given name ('Tran Thi Lan' -> 'Lan') or whole
    ('Zhang Wei'), and a judge by office ('Justice Bello')."""
    from .names import greeting

    return greeting(full, formal=False)
