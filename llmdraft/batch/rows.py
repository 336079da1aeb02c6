"""A batch's finished row as a typed record: what every engine (live, Batch API, Ray) finishes,
the journal and the output write, the tally counts, the history records and `llmdraft serve`
shows.

One record, read by attribute everywhere, instead of a dict read by string keys in six modules.
`to_dict()` is a journal line, its keys in the order the journal has always had them (so a
journal written before this record existed resumes, and one written now reads the same);
`output_values()` are the output's result columns. README "Batch drafting" names the columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

RESULT_COLUMNS = ["row", "message", "subject", "status", "failed_checks", "error", "attempts",
                  "cached", "provider", "model", "total_tokens", "advice"]
STATUSES = ("ok", "failed", "error", "skipped")
TEXT_FIELDS = ("message", "subject", "failed_checks", "error", "provider", "model", "advice")


@dataclass
class BatchRow:
    """One input row's outcome. Text fields are "" when absent (a CSV cell cannot be null);
    `failed_checks` is the failed error checks' names joined by ';' as the CSV shows them."""

    row: int
    input: dict[str, str] = field(default_factory=dict)  # the input's columns, as read
    message: str = ""
    subject: str = ""
    status: str = "error"  # one of STATUSES
    failed_checks: str = ""
    error: str = ""
    attempts: int = 0
    cached: bool = False
    provider: str = ""
    model: str = ""
    total_tokens: int = 0
    advice: str = ""  # follow-ups: "decision: reason"

    @property
    def drafted(self) -> bool:
        """A message was drafted and checked (ok or failed), not an error or a skip."""
        return self.status in ("ok", "failed") and bool(self.message)

    @property
    def failed_check_names(self) -> list[str]:
        return [name for name in self.failed_checks.split(";") if name]

    def to_dict(self) -> dict[str, Any]:
        """The journal line."""
        return {"row": self.row, "input": self.input,
                **{c: getattr(self, c) for c in RESULT_COLUMNS[1:]}}

    def output_values(self) -> list[Any]:
        """The result columns' values, in RESULT_COLUMNS order."""
        return [getattr(self, c) for c in RESULT_COLUMNS]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "BatchRow":
        """A journal line (already checked by `writer.row_problem`), from this llmdraft or an
        earlier one: a missing field takes its default."""
        known = {c: data[c] for c in RESULT_COLUMNS if c in data and data[c] is not None}
        values = data.get("input")
        return cls(**known, input=dict(values) if isinstance(values, dict) else {})


def unflatten(flat: dict[str, Any], input_columns: list[str], names: list[str]) -> dict[str, Any]:
    """An output row (CSV cells are text; JSONL has nulls and a list of failed checks) as a
    journal line's dict, for `writer.row_problem` to judge before `BatchRow.from_dict`: counts
    and flags are converted, and a value that does not convert is left as it is, to be named.
    `names` are the input columns as the output titles them (a clash gets 'input_')."""
    row: dict[str, Any] = {"input": {col: flat.get(name, "")
                                     for col, name in zip(input_columns, names)}}
    for key in RESULT_COLUMNS:
        row[key] = flat.get(key, "")
    for key in ("row", "attempts", "total_tokens"):
        if isinstance(row[key], str) and row[key].isdigit():
            row[key] = int(row[key])
    if isinstance(row["cached"], str) and row["cached"] in ("True", "False", "true", "false"):
        row["cached"] = row["cached"].lower() == "true"
    for key in TEXT_FIELDS:
        if row[key] is None:
            row[key] = ""
    checks = row["failed_checks"]
    if isinstance(checks, list) and all(isinstance(n, str) for n in checks):
        row["failed_checks"] = ";".join(checks)  # JSONL writes a list
    return row
