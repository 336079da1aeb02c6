"""The check registry: one small function per rule, registered here under a stable name.

A registration says what a check is (its name, severity and place in the report); which kinds
run it is the kind's to say (`kinds.Kind.checks`), so that a new kind is one entry there."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, NamedTuple

from ..context import Context
from ..patterns import lazy
from ..text import _ABBREVIATIONS, Text, fold

# One sentence at a time: split after . ! ? or a line break.
# A sentence ends at . ! ? and a space, or a line break; not after "v." or "Dr." or an initial
# ("Smith v. Harrow", "Dr. Lindqvist", "J. R. Smith"), the same rule as text.Text's.
_SENTENCE_END = lazy(r"(?<=[.!?])" + "".join(
    f"(?<!\\b{a}\\.)" for a in _ABBREVIATIONS if a != "no")  # "say no." ends one
    + r"(?<!\s[a-z]\.)(?<!^[a-z]\.)\s+|\n+")


@dataclass(frozen=True)
class Draft:
    """The message under check, with the views of it that several checks share."""

    message: str
    subject: str | None = None
    kind: str = "request"  # the kind under check: a few judgements differ by kind

    @cached_property
    def text(self) -> Text:
        return Text(self.message)

    @cached_property
    def folded(self) -> str:
        """Folded, lowercased, one space between words, texting spelt out: for the phrase
        patterns."""
        return " ".join(spelt_out(fold(self.message).lower()).split())

    @cached_property
    def sentences(self) -> list[str]:
        parts = _SENTENCE_END.split(spelt_out(fold(self.message).lower()))
        return [" ".join(p.split()) for p in parts if p.strip()]


# Texting, spelt out for the phrase patterns: "happy to do urs too, np if ur slammed".
_TEXTING = {"u": "you", "urs": "yours", "ur": "your", "pls": "please", "plz": "please",
            "thx": "thanks", "thnx": "thanks", "tnx": "thanks", "np": "no problem",
            "b4": "before", "abt": "about", "bc": "because", "cuz": "because", "ppl": "people",
            "w/": "with", "w/o": "without"}
_TEXTED = lazy(r"(?<![\w.'&/-])(" + "|".join(sorted(_TEXTING, key=len, reverse=True))
               + r")(?=[\s,!?;:)]|\.(?:\s|$)|$)")
# "ur" before a state is "you're": "np if ur slammed", "ur the best".
_STATE = lazy(r" (?:so|too|very|not|the|a|an|busy|slammed|swamped|welcome|amazing|awesome|"
              r"great|\w+ing)\b")


def spelt_out(text: str) -> str:
    """Lowercased text with texting's short forms spelt out ("u" -> "you")."""
    if not _TEXTED.search(text):
        return text

    def said(m: re.Match) -> str:
        if m.group(1) == "ur" and _STATE.match(text, m.end()):
            return "you're"
        return _TEXTING[m.group(1)]

    return _TEXTED.sub(said, text)


# (passed, detail): what one check function returns
Verdict = tuple[bool, str]
CheckFn = Callable[[Draft, Context], Verdict]
SEVERITIES = ("error", "warning")


class Check(NamedTuple):
    name: str
    severity: str  # "error" | "warning"
    fn: CheckFn
    order: int  # where its result is reported: errors first, as the README lists them

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds that run this check, as the kinds list them (llmdraft/kinds.py)."""
        from ..kinds import KINDS

        return tuple(name for name, kind in KINDS.items() if self.name in kind.checks)


REGISTRY: dict[str, Check] = {}


def check(name: str, severity: str = "error", *, order: int):
    """Register a check function under `name`, reported at place `order` (the registry checks
    itself: a name or a place used twice, or an unknown severity, is an error at import)."""

    def add(fn: CheckFn) -> CheckFn:
        if name in REGISTRY:
            raise ValueError(f"check {name!r} registered twice")
        if severity not in SEVERITIES:
            raise ValueError(f"check {name!r}: severity {severity!r} is not one of {SEVERITIES}")
        taken = next((c.name for c in REGISTRY.values() if c.order == order), None)
        if taken:
            raise ValueError(f"check {name!r}: order {order} is {taken!r}'s already")
        REGISTRY[name] = Check(name, severity, fn, order)
        return fn

    return add


def in_order() -> list[Check]:
    """Every registered check, in reporting order."""
    return sorted(REGISTRY.values(), key=lambda c: c.order)


class Part(NamedTuple):
    """A pattern for one_of, not compiled on its own: compiling every alternative and then
    their union cost start-up twice over."""

    pattern: str
    flags: int = 0


def part(pattern: str, flags: int = 0) -> Part:
    return Part(pattern, flags)


def one_of(patterns: "list[re.Pattern | Part]") -> re.Pattern:
    """One pattern that matches where any of `patterns` does (each keeps its own flags)."""
    parts = []
    for p in patterns:
        flags = ("i" if p.flags & re.IGNORECASE else "") + ("m" if p.flags & re.MULTILINE else "")
        parts.append(f"(?{flags}:{p.pattern})" if flags else f"(?:{p.pattern})")
    return lazy("|".join(parts))
