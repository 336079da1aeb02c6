"""Attempts: build the prompt, call the provider, check, re-ask with what failed, cache.

The re-ask sends the first messages plus the last draft and its failed checks (never the whole
history, so each attempt costs the same), works on copies (the caller's data is not touched) and
sums usage over every attempt. Only a draft that passed is cached.
"""

from __future__ import annotations

import re

from . import __version__
from .errors import InputError
from .kinds import Request, build_messages, get_kind, reask_messages
from .providers.base import Provider, ProviderRequest
from .result import CheckResult, Result, Usage
from .settings import DraftOptions

DEFAULT_OPTIONS = DraftOptions()


def draft(request: Request, provider: Provider, options: DraftOptions = DEFAULT_OPTIONS) -> Result:
    """One draft of `request` by `provider` (made by providers.make_provider, with its cache)."""
    kind, ctx = request.kind, request.context
    spec = get_kind(kind)
    cache = provider.cache if options.use_cache else None
    key = None
    # Deterministic providers (the offline composer) are faster than a cache read: not cached.
    if cache is not None and not provider.deterministic:
        from .cache import cache_key

        key = cache_key({
            "llmdraft": __version__,  # the checks' verdicts are part of a cached result
            "kind": kind,
            **provider.cache_identity(),
            "temperature": options.temperature,
            "variant": options.variant,
            "templates": spec.template_hash(),
            "context": ctx.to_dict(),
        })
        if not options.refresh:
            hit = cache.get(key)
            if hit is not None:
                try:
                    result = Result.from_dict(hit)
                except (KeyError, TypeError, ValueError):
                    cache.discard(key)  # JSON, but not a result object: a miss
                else:
                    result.cached = True
                    return result

    # Imported on a miss: compiling the checks' patterns is most of a cache hit's cost.
    from .checks import run_checks

    base = build_messages(spec, ctx) if not provider.deterministic else []
    messages = base
    usage = Usage()
    best: Result | None = None
    for number in range(1, options.max_attempts + 1):
        reply = provider.complete(ProviderRequest(kind, ctx, tuple(dict(m) for m in messages),
                                                  options.variant, options.temperature))
        usage = usage + reply.usage
        subject = reply.subject if ctx.channel.has_subject else None  # nowhere to put it
        result = Result(
            kind=kind, message=reply.message, subject=subject,
            checks=run_checks(kind, ctx, reply.message, subject),
            attempts=number, provider=provider.name, model=provider.model,
        )
        if best is None or _rank(result) < _rank(best):
            best = result
        if (result.passed and not reply.problem) or provider.deterministic:
            break
        messages = reask_messages(spec, base, reply.message, result.failed_errors, reply.problem)

    assert best is not None  # max_attempts is at least 1
    best.attempts = number
    best.usage = usage
    if key is not None and cache is not None and best.passed:
        cache.set(key, best.to_dict())
    return best


def _rank(result: Result) -> tuple[int, int]:
    """Fewer failed errors first, then fewer failed warnings."""
    return len(result.failed_errors), len(result.failed_warnings)


MAX_MESSAGE = 20_000  # characters: ten times the longest channel; beyond it, not a message
_SUBJECT_LINE = re.compile(r"\A\s*subject\s*:[ \t]*(.+?)[ \t]*(?:\r?\n)+", re.IGNORECASE)


def check(request: Request, message: str, subject: str | None = None) -> Result:
    """Checks a message written elsewhere; the same result shape as a draft. A first line
    "Subject: ..." is taken as the subject when none is given."""
    from .checks import run_checks

    kind, ctx = request.kind, request.context
    get_kind(kind)
    if len(message) > MAX_MESSAGE:
        raise InputError(f"the message is {len(message):,} characters; llmdraft checks messages "
                         f"of up to {MAX_MESSAGE:,}")
    found = _SUBJECT_LINE.match(message) if subject is None else None
    if found:
        subject, message = found.group(1), message[found.end():].strip()
    checks = run_checks(kind, ctx, message, subject)
    if subject is None:
        checks = [_no_subject_given(c) for c in checks]
    return Result(kind=kind, message=message, subject=subject, checks=checks, attempts=0,
                  provider="none")


def _no_subject_given(result: CheckResult) -> CheckResult:
    """Someone checking the body they wrote has not forgotten a subject: they did not paste
    one. Say so as a warning; a draft without its subject stays an error."""
    if result.name != "subject_present" or result.passed:
        return result
    return CheckResult(result.name, False, "warning",
                       "no subject was given to check (--subject, or a first line "
                       "'Subject: ...'); this channel needs one when you send it")
