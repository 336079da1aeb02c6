"""Attempts: build the prompt, call the provider, check, re-ask with what failed, cache.

The re-ask sends the first messages plus the last draft and its failed checks (never the whole
history, so each attempt costs the same), works on copies (the caller's data is not touched) and
sums usage over every attempt. Only a draft that passed is cached.
"""

from __future__ import annotations

import re
from dataclasses import asdict

from . import __version__
from .errors import InputError
from .kinds import Request, build_messages, get_kind, reask_messages
from .patterns import lazy
from .providers.base import Provider, ProviderRequest, Reply
from .result import CheckResult, Result, Usage
from .settings import DraftOptions

DEFAULT_OPTIONS = DraftOptions()


def draft(request: Request, provider: Provider, options: DraftOptions = DEFAULT_OPTIONS) -> Result:
    """One draft of `request` by `provider` (made by providers.make_provider, with its cache):
    its attempts sent one after another, each answered at once."""
    drafting = Drafting(request, provider, options)
    while drafting.result is None:
        drafting.take(provider.complete(drafting.call()))
    return drafting.result


class Drafting:
    """One draft as a sequence of attempts, stepped from outside: `call()` is the attempt to
    send, `take(reply)` checks its reply and either finishes (`result` is set) or prepares the
    re-ask. `draft()` steps it with a provider that answers at once; a batch sends the calls of
    many drafts together (a round, e.g. one Batch API file) and feeds each reply back, so every
    engine parses, checks, re-asks and caches the same way. `saved()` and `restore` carry a
    draft between rounds in different processes."""

    def __init__(self, request: Request, provider: Provider,
                 options: DraftOptions = DEFAULT_OPTIONS, saved: dict | None = None):
        self.request, self.provider, self.options = request, provider, options
        self.spec = get_kind(request.kind)
        self.result: Result | None = None
        self.key: str | None = None
        self.number = 0  # attempts taken
        self.usage = Usage()
        self.best: Result | None = None
        cache = provider.cache if options.use_cache else None
        # Deterministic providers (the offline composer) are faster than a cache read: not cached.
        if cache is not None and not provider.deterministic:
            from .cache import cache_key

            self.key = cache_key({
                "llmdraft": __version__,  # the checks' verdicts are part of a cached result
                "kind": request.kind,
                **provider.cache_identity(),
                "temperature": options.temperature,
                "variant": options.variant,
                "templates": self.spec.template_hash(),
                "context": request.context.to_dict(),
            })
            if not options.refresh and saved is None:
                hit = cache.get(self.key)
                if hit is not None:
                    try:
                        result = Result.from_dict(hit)
                    except (KeyError, TypeError, ValueError):
                        cache.discard(self.key)  # JSON, but not a result object: a miss
                    else:
                        result.cached = True
                        self.result = result
                        return
        self.base = build_messages(self.spec, request.context) if not provider.deterministic else []
        self.messages = self.base
        self._last: dict | None = None  # the last draft and what failed: the re-ask's content
        if saved is not None:
            self._restore(saved)

    def call(self) -> ProviderRequest:
        """The next attempt to send (copies: the provider may not change this draft's messages)."""
        options = self.options
        return ProviderRequest(self.request.kind, self.request.context,
                               tuple(dict(m) for m in self.messages), options.variant,
                               options.temperature)

    def take(self, reply: Reply) -> Result | None:
        """Checks one reply: the result when the draft is finished, else None (re-ask next)."""
        # Imported on a miss: compiling the checks' patterns is most of a cache hit's cost.
        from .checks import run_checks

        kind, ctx, provider = self.request.kind, self.request.context, self.provider
        self.number += 1
        self.usage = self.usage + reply.usage
        subject = reply.subject if ctx.channel.has_subject else None  # nowhere to put it
        result = Result(
            kind=kind, message=reply.message, subject=subject,
            checks=run_checks(kind, ctx, reply.message, subject),
            attempts=self.number, provider=provider.name, model=provider.model,
        )
        if self.best is None or _rank(result) < _rank(self.best):
            self.best = result
        if ((result.passed and not reply.problem) or provider.deterministic
                or self.number >= self.options.max_attempts):
            return self._finish()
        self._last = {"message": reply.message, "problem": reply.problem,
                      "failed": [asdict(c) for c in result.failed_errors]}
        self._reask()
        return None

    def _reask(self) -> None:
        last = self._last or {}
        failed = [CheckResult(**c) for c in last.get("failed", [])]
        self.messages = reask_messages(self.spec, self.base, last.get("message") or "", failed,
                                       last.get("problem"))

    def _finish(self) -> Result:
        best = self.best
        assert best is not None  # max_attempts is at least 1
        best.attempts = self.number
        best.usage = self.usage
        if self.key is not None and self.provider.cache is not None and best.passed:
            self.provider.cache.set(self.key, best.to_dict())
        self.result = best
        return best

    def saved(self) -> dict:
        """What a later round needs to go on (JSON): attempts, usage, the best draft so far and
        the last one's failures; the messages are rendered again from the context."""
        return {"attempts": self.number, "usage": asdict(self.usage),
                "best": self.best.to_dict() if self.best is not None else None,
                "last": self._last}

    def _restore(self, saved: dict) -> None:
        try:
            self.number = int(saved.get("attempts") or 0)
            self.usage = Usage(**(saved.get("usage") or {}))
            best = saved.get("best")
            self.best = Result.from_dict(best) if best else None
            self._last = saved.get("last")
            if self._last:
                self._reask()
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"a saved draft cannot be read back: {exc}") from None


def _rank(result: Result) -> tuple[int, int]:
    """Fewer failed errors first, then fewer failed warnings."""
    return len(result.failed_errors), len(result.failed_warnings)


MAX_MESSAGE = 20_000  # characters: ten times the longest channel; beyond it, not a message
_SUBJECT_LINE = lazy(r"\A\s*subject\s*:[ \t]*(.+?)[ \t]*(?:\r?\n)+", re.IGNORECASE)


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
