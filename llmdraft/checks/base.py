"""The check registry: one small function per rule, registered here under a stable name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Callable

from ..context import Context
from ..text import Text, fold

# One sentence at a time: split after . ! ? or a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class Draft:
    """The message under check, with the views of it that several checks share."""

    message: str
    subject: str | None = None

    @cached_property
    def text(self) -> Text:
        return Text(self.message)

    @cached_property
    def folded(self) -> str:
        """Folded, lowercased, one space between words: for the phrase patterns."""
        return " ".join(fold(self.message).lower().split())

    @cached_property
    def sentences(self) -> list[str]:
        parts = _SENTENCE_END.split(fold(self.message).lower())
        return [" ".join(p.split()) for p in parts if p.strip()]


# (passed, detail)
Outcome = tuple[bool, str]
CheckFn = Callable[[Draft, Context], Outcome]


@dataclass(frozen=True)
class Check:
    name: str
    severity: str  # "error" | "warning"
    kinds: tuple[str, ...]
    fn: CheckFn


REGISTRY: dict[str, Check] = {}


def check(name: str, severity: str = "error", kinds: tuple[str, ...] = ("request",)):
    """Register a check function under `name`."""

    def register(fn: CheckFn) -> CheckFn:
        if name in REGISTRY:
            raise ValueError(f"check {name!r} registered twice")
        REGISTRY[name] = Check(name, severity, kinds, fn)
        return fn

    return register


def one_of(patterns: list[re.Pattern]) -> re.Pattern:
    """One pattern that matches where any of `patterns` does (each keeps its own flags)."""
    parts = []
    for p in patterns:
        flags = ("i" if p.flags & re.IGNORECASE else "") + ("m" if p.flags & re.MULTILINE else "")
        parts.append(f"(?{flags}:{p.pattern})" if flags else f"(?:{p.pattern})")
    return re.compile("|".join(parts))
