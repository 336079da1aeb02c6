"""The checks: `run_checks` runs the checks a kind lists (`kinds.Kind.checks`), in the order
their registrations give (`@check(order=...)`)."""

from __future__ import annotations

from ..context import Context
from ..kinds import KINDS, get_kind
from ..result import CheckResult
from . import (cleanly, followup, form, grounding, message, reciprocity,  # noqa: F401
               recommendation, specificity)
from .base import REGISTRY, Check, Draft, in_order

# The order results are reported in, from each check's registration (`order=`).
_ORDERED = in_order()
ORDER = [c.name for c in _ORDERED]
ERROR_CHECKS = [n for n in ORDER if REGISTRY[n].severity == "error"]
WARNING_CHECKS = [n for n in ORDER if REGISTRY[n].severity == "warning"]


def _check_kinds() -> None:
    """The registry checks itself against the kinds: a kind may list only registered checks,
    and a registered check that no kind runs is dead code. Either is an error at import."""
    for kind in KINDS.values():
        unknown = [n for n in kind.checks if n not in REGISTRY]
        if unknown:
            raise ValueError(f"kind {kind.name!r} lists unknown check(s): {', '.join(unknown)}")
    unused = [n for n in ORDER if not any(n in kind.checks for kind in KINDS.values())]
    if unused:
        raise ValueError(f"no kind runs the check(s) {', '.join(unused)}: list them in kinds.py")


_check_kinds()


def checks_for(kind: str) -> list[Check]:
    """The checks `kind` runs, in reporting order."""
    names = get_kind(kind).checks
    return [c for c in _ORDERED if c.name in names]


def run_checks(kind: str, ctx: Context, message: str, subject: str | None = None) -> list[CheckResult]:
    draft = Draft(message, subject, kind)
    results = []
    for c in checks_for(kind):
        passed, detail = c.fn(draft, ctx)
        results.append(CheckResult(c.name, bool(passed), c.severity, detail))
    return results


__all__ = ["run_checks", "checks_for", "REGISTRY", "ERROR_CHECKS", "WARNING_CHECKS", "Draft"]
