"""Which part of speech an English word usually is, and a verb's forms.

The data is llmdraft/data/lexicon.txt, generated once by tools/build_lexicon.py from the Brill
tagger lexicon that TextBlob ships (each word's most frequent tag in the Brown corpus and the
Penn Treebank) and lemminflect's verb inflections. It is read on first use with one split and a
binary search per look-up over the text: a millisecond, against ~200 ms to import lemminflect,
which the start-up budget (bench/startup.py) cannot afford.

Classes: V base verb, D past tense or participle, G gerund, Z third person singular, J adjective,
R adverb, N common noun, P a name (only ever seen capitalised). None: not in the lexicon.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .patterns import shared

_PATH = Path(__file__).resolve().parent / "data" / "lexicon.txt"
_PLACES = _PATH.parent / "places.txt"  # places of several words ("Cape Town"), same build
_TOWNS = _PATH.parent / "towns.txt"  # places of one word ("Berlin"), same build


@lru_cache(maxsize=1)
def _text() -> str:
    return _PATH.read_text(encoding="utf-8")


@lru_cache(maxsize=4096)
def _entry(word: str) -> list[str] | None:
    """The word's line, found by a binary search over the file's text itself: splitting it
    into 81,000 lines would cost more than all the look-ups of a draft together."""
    key, data = word.lower(), _text()
    lo, hi = 0, len(data)  # both always at the start of a line (or the end)
    while lo < hi:
        mid = (lo + hi) // 2
        start = data.rfind("\n", lo, mid)
        start = lo if start < 0 else start + 1
        end = data.find("\n", start)
        end = len(data) if end < 0 else end
        line = data[start:end]
        found = line.split(" ", 1)[0]
        if found == key:
            return line.split()
        if found < key:
            lo = end + 1
        else:
            hi = start
    british = shared(r"^(.{3,}?)(is|ys)(e|ed|es|ing|ation|ations|er|ers)$").match(key)
    if british:  # "localise", "analysed": the lexicon spells them with z; said as typed
        found = _entry(british.group(1) + british.group(2)[0] + "z" + british.group(3))
        if found:
            return [shared(r"([iy])z(?=e|ing|ation)").sub(r"\1s", part) for part in found]
    return None


def word_class(word: str) -> str | None:
    entry = _entry(word.strip(".,;:!?\"'()"))
    return entry[1][0] if entry else None


def tag(word: str) -> str | None:
    """The lexicon's whole tag: the class, with "c" when the word was also seen capitalised as
    a common word ("Nc"); None when the word is not in it."""
    entry = _entry(word.lower())
    return entry[1] if entry else None


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], frozenset[str]]:
    """The places by their lower-case spelling, and the words they begin with."""
    spelt = {line.lower(): line for line in _PLACES.read_text(encoding="utf-8").splitlines() if line}
    return spelt, frozenset(p.split(" ", 1)[0] for p in spelt)


def place(words: str) -> str | None:
    """A place of several words as it is spelt ("cape town" -> "Cape Town"); None for anything
    else. One-word places are names in the lexicon (word_class "P")."""
    spelt, firsts = _places()
    low = words.lower()
    return spelt.get(low) if " " in low and low.split(" ", 1)[0] in firsts else None


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    return frozenset(_TOWNS.read_text(encoding="utf-8").split())


def town(word: str) -> bool:
    """A place of one word, a city of 100,000 people or more, a country or a US state:
    "Berlin", "Dhaka", "Ohio"; never "Samsung", "Mobile" or "Reading" (towns.txt, same build)."""
    return word.lower() in _towns()


def common_when_capitalised(word: str) -> bool:
    """'Customer' was seen as a common word at the start of a sentence; 'Warehouse' only as a
    name and 'Halcyon' never: a project typed 'Halcyon billing rewrite' keeps its capital."""
    entry = _entry(word)
    return bool(entry) and entry[1].endswith("c")


def known(word: str) -> bool:
    """A common English word (not a name): 'search', 'calm', 'led'; not 'Halcyon' or 'Acme'."""
    cls = word_class(word)
    return cls is not None and cls != "P"


def lemma(word: str) -> str:
    """'led' -> 'lead', 'organizing' -> 'organize', 'stays' -> 'stay'; other words unchanged."""
    entry = _entry(word)
    if entry and len(entry) == 3:  # an inflected form points at its base form
        return entry[2]
    return word.lower()


def verb_forms(word: str) -> tuple[str, str, str] | None:
    """(third person, past, gerund) of the verb `word` is a form of, or None."""
    base = lemma(word)
    entry = _entry(base)
    if entry and len(entry) == 5:
        return entry[2], irregular_tail(base, entry[3]), entry[4]
    return None


# Prefixes that keep the verb after them: "troubleshoot" is past "troubleshot", as "shoot" is.
_PREFIXES = ("trouble", "proof", "ghost", "baby", "over", "under", "out", "mis", "fore", "with",
             "back", "down", "up", "re", "by")


def irregular_tail(base: str, past: str) -> str:
    """The past of a verb made of a prefix and an irregular verb, where the lexicon gives the
    regular ending: "troubleshooted" -> "troubleshot"."""
    if not past.endswith("ed"):
        return past
    for prefix in _PREFIXES:
        tail = base[len(prefix):]
        if base.startswith(prefix) and len(tail) >= 3:
            entry = _entry(tail)
            if entry and len(entry) == 5 and not entry[3].endswith("ed"):
                return prefix + entry[3]
    return past


def inflect(word: str, form: str) -> str:
    """`word` as 'base', 'third', 'past' or 'gerund', keeping its first letter's case; a word
    the lexicon does not know as a verb is returned unchanged."""
    forms = verb_forms(word)
    if not forms:
        return word
    out = {"base": lemma(word), "third": forms[0], "past": forms[1], "gerund": forms[2]}[form]
    return out[:1].upper() + out[1:] if word[:1].isupper() else out
