"""llmdraft: specific LinkedIn recommendation requests, drafted and checked.

    >>> import llmdraft
    >>> ctx = llmdraft.Context.from_dict({"recipient": "John Rivera", "project": "...",
    ...                                   "strengths": ["..."]})
    >>> result = llmdraft.draft(ctx)            # offline unless an endpoint is configured
    >>> result.passed, result.message
    >>> where = llmdraft.Endpoint(provider="openai", base_url="http://localhost:11434/v1",
    ...                           model="llama3.1", timeout=60)
    >>> llmdraft.draft(ctx, endpoint=where, options=llmdraft.DraftOptions(temperature=0.2))
"""

from __future__ import annotations

from .context import Channel, Closeness, Context, Relationship
from .errors import EndpointError, InputError, LLMDraftError
from .result import CheckResult, Result, Usage
from .settings import DraftOptions, Endpoint

__version__ = "0.1.0"


def draft(context: Context | dict, *, kind: str = "request",
          endpoint: Endpoint | None = None, options: DraftOptions | None = None,
          provider: str | None = None, model: str | None = None, base_url: str | None = None,
          timeout: float | None = None, retries: int | None = None, cache: bool | None = None,
          max_attempts: int | None = None, variant: int | None = None,
          temperature: float | None = None, refresh: bool | None = None) -> Result:
    """Draft one message: kind "request", "followup" or "recommendation". `context` may be a
    Context or a dict of the context keys.

    Where it comes from is an `Endpoint`, how it is made `DraftOptions` (the preferred way; a
    web handler or a worker builds them once). The keywords are laid over them, one setting
    each: `provider`, `model`, `base_url`, `timeout`, `retries`, `cache` for the endpoint,
    `max_attempts`, `variant`, `temperature`, `refresh` for the draft. A bad value is an
    InputError."""
    from . import engine
    from .kinds import Request
    from .providers import make_provider

    where = (endpoint or Endpoint()).merge(provider=provider, model=model, base_url=base_url,
                                           timeout=timeout, retries=retries, cache=cache)
    how = (options or DraftOptions()).merge(max_attempts=max_attempts, variant=variant,
                                            temperature=temperature, refresh=refresh)
    return engine.draft(Request.of(kind, context), make_provider(where), how)


def check(context: Context | dict, message: str, subject: str | None = None,
          kind: str = "request") -> Result:
    """Check a message written elsewhere against a context."""
    from . import engine
    from .kinds import Request

    return engine.check(Request.of(kind, context), message, subject)


__all__ = ["draft", "check", "Context", "Result", "CheckResult", "Usage", "Endpoint",
           "DraftOptions", "Relationship",
           "Closeness", "Channel", "LLMDraftError", "InputError", "EndpointError"]
