"""Which part of speech an English word usually is, and a verb's forms.

The data is llmdraft/data/lexicon.txt, generated once by tools/build_lexicon.py from the Brill
tagger lexicon that TextBlob ships (each word's most frequent tag in the Brown corpus and the
Penn Treebank) and lemminflect's verb inflections. It is read on first use with one split and a
binary search per look-up: a few milliseconds, against ~200 ms to import lemminflect itself,
which the start-up budget (bench/startup.py) cannot afford.

Classes: V base verb, D past tense or participle, G gerund, Z third person singular, J adjective,
R adverb, N common noun, P a name (only ever seen capitalised). None: not in the lexicon.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

_PATH = Path(__file__).resolve().parent / "data" / "lexicon.txt"


@lru_cache(maxsize=1)
def _lines() -> list[str]:
    return _PATH.read_text(encoding="utf-8").split("\n")


def _entry(word: str) -> list[str] | None:
    key = word.lower()
    lines = _lines()
    i = bisect_left(lines, key + " ")
    if i < len(lines) and lines[i].startswith(key + " "):
        return lines[i].split()
    return None


def word_class(word: str) -> str | None:
    entry = _entry(word.strip(".,;:!?\"'()"))
    return entry[1][0] if entry else None


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
    entry = _entry(lemma(word))
    if entry and len(entry) == 5:
        return entry[2], entry[3], entry[4]
    return None


def inflect(word: str, form: str) -> str:
    """`word` as 'base', 'third', 'past' or 'gerund', keeping its first letter's case; a word
    the lexicon does not know as a verb is returned unchanged."""
    forms = verb_forms(word)
    if not forms:
        return word
    out = {"base": lemma(word), "third": forms[0], "past": forms[1], "gerund": forms[2]}[form]
    return out[:1].upper() + out[1:] if word[:1].isupper() else out
