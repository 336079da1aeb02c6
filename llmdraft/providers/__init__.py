"""Makes a provider, complete: `offline`, `openai`, or `auto` (openai when an endpoint is
configured). The one place a provider is built; nothing sets attributes on it afterwards."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..settings import PROVIDERS, Endpoint
from .base import Provider, ProviderRequest, Reply
from .offline import OfflineProvider

if TYPE_CHECKING:
    from ..cache import DraftCache
    from .limiter import AdaptiveLimiter

_OPEN = object()  # make_provider's default: open the cache when the endpoint asks for one


def make_provider(endpoint: Endpoint | str = "auto", *, model: str | None = None,
                  base_url: str | None = None, timeout: float | None = None,
                  retries: int | None = None, cache: "DraftCache | None | object" = _OPEN,
                  limiter: "AdaptiveLimiter | None" = None, structured: bool = True) -> Provider:
    """The provider `endpoint` describes (a provider name with keywords is read as one).

    `cache`: by default the draft cache is opened when `endpoint.cache` is on and the provider
    is not deterministic (None, with a warning, when it is corrupt); pass a DraftCache or None to
    choose. `limiter`: shared by a batch's workers, for providers that take one. `structured`:
    False never asks for the reply schema (the judge's rubric asks for its own JSON)."""
    if isinstance(endpoint, str) or endpoint is None:
        endpoint = Endpoint(endpoint or "auto").merge(model=model, base_url=base_url,
                                                      timeout=timeout, retries=retries)
    else:
        endpoint = endpoint.merge(model=model, base_url=base_url, timeout=timeout,
                                  retries=retries)
    api_key = os.environ.get("OPENAI_API_KEY") or None
    base = endpoint.base_url or os.environ.get("OPENAI_BASE_URL") or None
    name = endpoint.provider
    if name == "auto":
        name = "openai" if (api_key or base) else "offline"
    if name == "offline":
        return OfflineProvider()
    from .openai_compat import from_settings  # the SDK itself is imported on the first request

    if cache is _OPEN:
        cache = None
        if endpoint.cache:
            from ..cache import open_cache

            cache = open_cache()
    model = endpoint.model or os.environ.get("LLMDRAFT_MODEL") or None
    if model is None and base:
        model = _served_model(base, api_key, endpoint.timeout)
    return from_settings(model, base,
                         api_key, endpoint.timeout, endpoint.retries, cache=cache,  # type: ignore[arg-type]
                         limiter=limiter, structured=structured)


def _served_model(base: str, api_key: str | None, timeout: float) -> str | None:
    """No model given for an endpoint that is not OpenAI's: a local server may not serve the
    default (gpt-4o-mini), so ask it (GET /models); its one model is used, and said."""
    from .discover import is_openai, only_model
    from .discover import check_url

    base = check_url(base)
    if is_openai(base):
        return None
    if (base, api_key) not in _SERVED:  # once a process: the Python API drafts many
        model = only_model(base, api_key, timeout)
        from ..cache import warn

        warn(f"no model given; using {model}, the one model {base} serves")
        _SERVED[(base, api_key)] = model
    return _SERVED[(base, api_key)]


_SERVED: dict[tuple[str, str | None], str] = {}


__all__ = ["make_provider", "Provider", "ProviderRequest", "Reply", "OfflineProvider",
           "PROVIDERS", "Endpoint"]
