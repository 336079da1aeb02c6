"""The provider interface: a request for one attempt in, the model's text and usage out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..context import Context
from ..result import Usage


@dataclass(frozen=True)
class Attempt:
    """What a provider needs for one attempt of one draft."""

    kind: str
    context: Context
    messages: tuple[dict, ...]  # the chat messages, for providers that talk to a model
    variant: int = 0
    temperature: float | None = None


@dataclass
class Reply:
    message: str
    subject: str | None = None
    usage: Usage = field(default_factory=Usage)
    problem: str | None = None  # the answer was malformed or cut off: said in the re-ask


class Provider(Protocol):
    name: str  # "offline" | "openai"
    model: str | None
    deterministic: bool  # the same attempt always gives the same reply: no point re-asking

    def complete(self, attempt: Attempt) -> Reply: ...

    def cache_identity(self) -> dict:
        """What about this provider changes its output: part of the cache key (no secrets)."""
        ...
