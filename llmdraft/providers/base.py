"""The provider interface: a request for one call in, the model's text and usage out.

A provider declares what it can do on its type (`deterministic`, `structured_output`,
`uses_limiter`), as llm's Model declares `can_stream`; it is made complete by
`providers.make_provider`, and nothing sets attributes on it afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, NamedTuple, Protocol

from ..context import Context
from ..result import Usage

if TYPE_CHECKING:
    from ..cache import DraftCache


class ProviderRequest(NamedTuple):
    """What a provider needs for one call: one attempt of one draft (or one judge's grading)."""

    kind: str
    context: Context
    messages: tuple[dict, ...]  # the chat messages, for providers that talk to a model
    variant: int = 0
    temperature: float | None = None


# The older name, for tests and code written against it (an attempt is the engine's: one draft
# and its checks; what a provider gets is a request). New code says ProviderRequest.
Attempt = ProviderRequest


@dataclass
class Reply:
    message: str
    subject: str | None = None
    usage: Usage = field(default_factory=Usage)
    problem: str | None = None  # the answer was malformed or cut off: said in the re-ask


class Provider(Protocol):
    # Capabilities, declared on the type.
    deterministic: ClassVar[bool]  # the same request always gives the same reply: no re-ask, no cache
    structured_output: ClassVar[bool]  # can be asked for JSON in the reply schema
    uses_limiter: ClassVar[bool]  # takes an AdaptiveLimiter shared by a batch's workers

    @property
    def name(self) -> str:  # "offline" | "openai"
        ...

    @property
    def model(self) -> str | None:
        ...

    @property
    def cache(self) -> "DraftCache | None":
        """Drafts, and what was learned about the endpoint; None: nothing is kept."""
        ...

    def complete(self, request: ProviderRequest) -> Reply: ...

    def cache_identity(self) -> dict:
        """What about this provider changes its output: part of the cache key (no secrets)."""
        ...
