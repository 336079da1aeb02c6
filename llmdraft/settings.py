"""The two settings objects every front end builds and the engine takes whole.

`Endpoint` says where drafts come from (provider, model, base URL, timeout, retries, cache on or
off); `DraftOptions` says how one draft is made (attempts, variant, temperature, refresh). Their
defaults are written here and nowhere else: the CLI's flags, batch, eval and the Python API all
read them from these classes. Both are frozen and check themselves when made, so a bad value is
one line (an InputError: exit 2 on the command line) before anything is drafted, whichever front
end built it. `merge` lays the values another object (or keywords) gives over these, skipping
the ones left unset (None); `replace` sets values outright. After inspect_ai's `GenerateConfig`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace as _replace
from typing import Any, Self

from .errors import InputError

PROVIDERS = ("auto", "offline", "openai")

MAX_ATTEMPTS = 20  # drafts per request: each re-ask is paid for
MAX_RETRIES = 20
MAX_TIMEOUT = 3600.0  # seconds for one call: an hour is already more than any model needs
MAX_TEMPERATURE = 2.0

class _Settings:
    """What both settings objects share: merge and replace, each checked like a new object."""

    def merge(self, other: Self | None = None, **changes: Any) -> Self:
        """These settings with every value `other` (or a keyword) sets: None leaves one as it is."""
        given = ({f.name: getattr(other, f.name) for f in fields(other)}  # type: ignore[arg-type]
                 if other is not None else {})
        given.update(changes)
        _known(self, given)
        return _replace(self, **{k: v for k, v in given.items() if v is not None})  # type: ignore[type-var]

    def replace(self, **changes: Any) -> Self:
        """These settings with `changes`, None included (e.g. `temperature=None`)."""
        _known(self, changes)
        return _replace(self, **changes)  # type: ignore[type-var]


def _known(settings: object, changes: dict) -> None:
    names = {f.name for f in fields(settings)}  # type: ignore[arg-type]
    unknown = sorted(set(changes) - names)
    if unknown:
        raise InputError(f"unknown setting {unknown[0]!r} for {type(settings).__name__}: use "
                         f"{', '.join(sorted(names))}")


@dataclass(frozen=True)
class Endpoint(_Settings):
    """Where drafts come from. `model` and `base_url` left None are read from LLMDRAFT_MODEL and
    OPENAI_BASE_URL when the provider is made (providers.make_provider)."""

    provider: str = "auto"  # auto | offline | openai (auto: openai when an endpoint is set)
    model: str | None = None
    base_url: str | None = None
    timeout: float = 30.0  # seconds for one call
    retries: int = 4  # retries of a failed call (429, 5xx, a dropped connection)
    cache: bool = True  # read and write the draft cache (never for the offline composer)

    def __post_init__(self) -> None:
        provider = (self.provider or "auto")
        if not isinstance(provider, str) or provider.lower() not in PROVIDERS:
            raise InputError(f"unknown provider {_shown(provider)}: use one of "
                             f"{', '.join(PROVIDERS)}")
        object.__setattr__(self, "provider", provider.lower())
        for name in ("model", "base_url"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, str):
                raise InputError(f"{_label(name)} must be text, not {type(value).__name__}")
        object.__setattr__(self, "retries", _whole("retries", self.retries, 0, MAX_RETRIES))
        timeout = _number("timeout", self.timeout)
        if not 0 < timeout <= MAX_TIMEOUT:
            raise InputError(f"{_label('timeout')} must be a number of seconds above 0 and at most "
                             f"{MAX_TIMEOUT:.0f}, not {timeout}")
        object.__setattr__(self, "timeout", timeout)
        object.__setattr__(self, "cache", bool(self.cache))


@dataclass(frozen=True)
class DraftOptions(_Settings):
    """How one draft is made."""

    max_attempts: int = 3  # drafts to try before giving up: the first and its re-asks
    variant: int = 0  # another phrasing (the offline composer); part of the cache key
    temperature: float | None = None  # None: the endpoint's own default
    refresh: bool = False  # draft anew and overwrite the cached draft
    use_cache: bool = True  # False: neither read nor write drafts (eval --repeat N samples)

    def __post_init__(self) -> None:
        object.__setattr__(self, "max_attempts",
                           _whole("max_attempts", self.max_attempts, 1, MAX_ATTEMPTS))
        object.__setattr__(self, "variant", _whole("variant", self.variant, None, None))
        if self.temperature is not None:
            temperature = _number("temperature", self.temperature)
            if not 0 <= temperature <= MAX_TEMPERATURE:
                raise InputError(f"{_label('temperature')} must be between 0 and {MAX_TEMPERATURE:g}, "
                                 f"not {temperature}")
            object.__setattr__(self, "temperature", temperature)
        object.__setattr__(self, "refresh", bool(self.refresh))
        object.__setattr__(self, "use_cache", bool(self.use_cache))


def _label(name: str) -> str:
    """A setting's name as both the Python API and the command line spell it."""
    return f"{name} (--{name.replace('_', '-')})"


def _shown(value: object) -> str:
    from .sanitize import excerpt

    return excerpt(str(value))


def _whole(name: str, value: object, low: int | None, high: int | None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{_label(name)} must be a whole number, not {_shown(value)}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise InputError(f"{_label(name)} must be between {low} and {high}, not {value}")
    return value


def _number(name: str, value: object) -> float:
    """A finite number: nan passes every comparison's negation, and an infinite timeout crashes
    the HTTP client."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(f"{_label(name)} must be a number, not {_shown(value)}")
    if not math.isfinite(value):
        raise InputError(f"{_label(name)} must be a finite number, not {value}")
    return float(value)


__all__ = ["Endpoint", "DraftOptions", "PROVIDERS", "MAX_ATTEMPTS", "MAX_RETRIES", "MAX_TIMEOUT"]
