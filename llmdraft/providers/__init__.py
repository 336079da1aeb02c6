"""Chooses a provider: `offline`, `openai`, or `auto` (openai when an endpoint is configured)."""

from __future__ import annotations

import os

from ..sanitize import excerpt
from ..errors import InputError
from .base import Attempt, Provider, Reply
from .offline import OfflineProvider

PROVIDERS = ("auto", "offline", "openai")


def make_provider(name: str = "auto", *, model: str | None = None, base_url: str | None = None,
                  timeout: float = 30.0, retries: int = 4, memory=None) -> Provider:
    name = (name or "auto").lower()
    if name not in PROVIDERS:
        raise InputError(f"unknown provider {excerpt(name)}: use one of {', '.join(PROVIDERS)}")
    api_key = os.environ.get("OPENAI_API_KEY") or None
    base_url = base_url or os.environ.get("OPENAI_BASE_URL") or None
    model = model or os.environ.get("LLMDRAFT_MODEL") or None
    if name == "auto":
        name = "openai" if (api_key or base_url) else "offline"
    if name == "offline":
        return OfflineProvider()
    from .openai_compat import from_settings  # the SDK itself is imported on the first request

    return from_settings(model, base_url, api_key, timeout, retries, memory)


__all__ = ["make_provider", "Provider", "Attempt", "Reply", "OfflineProvider", "PROVIDERS"]
