"""The checks: `run_checks` runs every check registered for a kind, in a stable order."""

from __future__ import annotations

from ..context import Context
from ..result import CheckResult
from . import (cleanly, followup, form, grounding, message, reciprocity,  # noqa: F401
               recommendation, specificity)
from .base import REGISTRY, Check, Draft

# The order results are reported in: errors first, as design.md lists them.
ORDER = [
    "is_a_message", "not_default_text", "recipient_named", "project_named", "strengths_covered",
    "reciprocal_offer", "grounded", "no_placeholders", "reads_cleanly", "within_length",
    "subject_present",
    "no_pressure", "person_named", "word_count", "no_empty_cliches",
    "asks_their_strengths", "graceful_out", "thanks", "purpose_stated", "no_swap_deal",
    "strongest_point_first", "uses_details", "word_target",
]
assert set(ORDER) == set(REGISTRY), "every registered check has a place in ORDER"
ERROR_CHECKS = [n for n in ORDER if REGISTRY[n].severity == "error"]
WARNING_CHECKS = [n for n in ORDER if REGISTRY[n].severity == "warning"]


def checks_for(kind: str) -> list[Check]:
    return [REGISTRY[n] for n in ORDER if kind in REGISTRY[n].kinds]


def run_checks(kind: str, ctx: Context, message: str, subject: str | None = None) -> list[CheckResult]:
    draft = Draft(message, subject)
    results = []
    for c in checks_for(kind):
        passed, detail = c.fn(draft, ctx)
        results.append(CheckResult(c.name, bool(passed), c.severity, detail))
    return results


__all__ = ["run_checks", "checks_for", "REGISTRY", "ERROR_CHECKS", "WARNING_CHECKS", "Draft"]
