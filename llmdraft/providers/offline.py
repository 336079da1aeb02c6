"""The offline provider: drafts composed from the context alone, no network, no key.

The composing itself lives in llmdraft/compose/ (one module per kind) with its curated phrasing
in prompts/offline/KIND.toml. The same context and variant always give the same draft, so the
engine never re-asks it and never caches it.
"""

from __future__ import annotations

from ..compose import compose
from ..result import Usage
from .base import Attempt, Reply


class OfflineProvider:
    name = "offline"
    model = None
    deterministic = True

    def cache_identity(self) -> dict:
        return {"provider": self.name}

    def complete(self, attempt: Attempt) -> Reply:
        message, subject = compose(attempt.kind, attempt.context, attempt.variant)
        return Reply(message=message, subject=subject, usage=Usage())
