"""llmdraft: specific LinkedIn recommendation requests, drafted and checked.

    >>> import llmdraft
    >>> ctx = llmdraft.Context.from_dict({"recipient": "John Rivera", "project": "...",
    ...                                   "strengths": ["..."]})
    >>> result = llmdraft.draft(ctx)            # offline unless an endpoint is configured
    >>> result.passed, result.message
"""

from __future__ import annotations

from .context import Channel, Closeness, Context, Relationship
from .errors import EndpointError, InputError, LLMDraftError
from .result import CheckResult, Result, Usage

__version__ = "0.1.0"


def draft(context: Context | dict, *, kind: str = "request", provider: str = "auto",
          model: str | None = None, base_url: str | None = None, max_attempts: int = 3,
          variant: int = 0, cache: bool = True, refresh: bool = False) -> Result:
    """Draft one message: kind "request", "followup" or "recommendation". `context` may be a
    Context or a dict of the context keys."""
    from . import engine
    from .kinds import context_for
    from .providers import make_provider

    ctx = context_for(kind, context)
    chosen = make_provider(provider, model=model, base_url=base_url)
    store = None
    if cache and not chosen.deterministic:
        from .cache import open_cache

        store = open_cache()  # None, with a warning on stderr, when the cache is corrupt
        chosen.memory = store
    return engine.draft(ctx, chosen, kind=kind, max_attempts=max_attempts, variant=variant,
                        cache=store, refresh=refresh)


def check(context: Context | dict, message: str, subject: str | None = None,
          kind: str = "request") -> Result:
    """Check a message written elsewhere against a context."""
    from . import engine

    from .kinds import context_for

    ctx = context_for(kind, context)
    return engine.check(ctx, message, subject, kind)


__all__ = ["draft", "check", "Context", "Result", "CheckResult", "Usage", "Relationship",
           "Closeness", "Channel", "LLMDraftError", "InputError", "EndpointError"]
