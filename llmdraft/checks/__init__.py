"""The checks: `run_checks` runs every check registered for a kind, in a stable order."""

from __future__ import annotations

from ..context import Context
from ..result import CheckResult
from . import (cleanly, followup, form, grounding, message, reciprocity,  # noqa: F401
               recommendation, specificity)
from .base import REGISTRY, Check, Draft, in_order

# The order results are reported in, from each check's registration (`order=`).
_ORDERED = in_order()
ORDER = [c.name for c in _ORDERED]
ERROR_CHECKS = [n for n in ORDER if REGISTRY[n].severity == "error"]
WARNING_CHECKS = [n for n in ORDER if REGISTRY[n].severity == "warning"]


def checks_for(kind: str) -> list[Check]:
    return [c for c in _ORDERED if kind in c.kinds]


def run_checks(kind: str, ctx: Context, message: str, subject: str | None = None) -> list[CheckResult]:
    draft = Draft(message, subject)
    results = []
    for c in checks_for(kind):
        passed, detail = c.fn(draft, ctx)
        results.append(CheckResult(c.name, bool(passed), c.severity, detail))
    return results


__all__ = ["run_checks", "checks_for", "REGISTRY", "ERROR_CHECKS", "WARNING_CHECKS", "Draft"]
