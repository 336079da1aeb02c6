"""Regular expressions compiled the first time they are used.

llmdraft's checks and realiser hold a hundred module-level patterns. Compiling them all when the
modules load cost an offline draft about a sixth of its start-up, and a request draft never uses
the follow-up's or the recommendation's. `lazy()` stands in for `re.compile()` at module level:
the pattern is compiled on its first search, match or sub. `every()` lists them all, so a test
can compile each one and a typo still fails the suite rather than a user's run.
"""

from __future__ import annotations

import re
from typing import Any, cast

_MADE: list[_Lazy] = []


class _Lazy:
    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # search, match, sub, finditer, ...
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles itself when first used; typed as what it stands for."""
    made = _Lazy(pattern, int(flags))
    _MADE.append(made)
    return cast("re.Pattern[str]", made)


def every() -> list[re.Pattern[str]]:
    """Every lazy pattern made so far, compiled."""
    return [made.compiled() for made in _MADE]
