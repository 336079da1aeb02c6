"""The offline provider: drafts composed from the context alone, no network, no key.

The composing itself lives in llmdraft/compose/ (one module per kind) with its curated phrasing
in prompts/offline/KIND.toml. The same context and variant always give the same draft, so the
engine never re-asks it and never caches it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ..compose import compose
from ..result import Usage
from .base import ProviderRequest, Reply

if TYPE_CHECKING:
    from ..cache import DraftCache


class OfflineProvider:
    deterministic: ClassVar[bool] = True
    structured_output: ClassVar[bool] = False
    uses_limiter: ClassVar[bool] = False

    name: str = "offline"
    model: str | None = None
    cache: "DraftCache | None" = None  # composing is faster than reading a cache

    def cache_identity(self) -> dict:
        return {"provider": self.name}

    def complete(self, request: ProviderRequest) -> Reply:
        message, subject = compose(request.kind, request.context, request.variant)
        return Reply(message=message, subject=subject, usage=Usage())
