"""Writing a report (JSON, CSV or HTML, by the file's suffix) and reading a JSON one back.

The report is a `records.Report`; reading a file checks the types of the fields that `compare`
and --filter-failing use, then builds the records (an older report's missing fields take their
defaults)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..errors import InputError
from .records import Report

FORMATS = {".json": "json", ".html": "html", ".htm": "html", ".csv": "csv"}
REQUIRED = ("schema", "suite", "cases", "runs", "passed", "pass_rate", "threshold", "results",
            "by_check", "by_assertion", "by_case", "usage", "latency")


def format_of(path: str | Path) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(f"--out {path}: the report format comes from the suffix: "
                         f"use .json, .html or .csv")
    return fmt


def write(report: Report, path: str | Path) -> None:
    path = Path(path)
    fmt = format_of(path)
    if fmt == "json":
        text = to_json(report)
    elif fmt == "csv":
        text = to_csv(report)
    else:
        from .html_report import render

        text = render(report)
    _write_atomically(path, text)


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n"


def _write_atomically(path: Path, text: str) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"cannot write {path}: the folder {folder} does not exist")
    from ..files import replacing

    try:
        with replacing(path) as fh:
            fh.write(text)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


# -- CSV: one row per run, safe to open in a spreadsheet ---------------------------------------

from ..files import neutralise as safe_cell  # noqa: E402 - the one formula guard


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "repeat", "tags", "passed", "failed_assertions", "skipped_assertions",
                     "subject", "message", "provider", "model", "attempts", "cached",
                     "total_tokens", "latency_s"])
    for r in report.results:
        failed = [f"{a.type}: {a.value} ({a.detail})" for a in r.failed]
        skipped = [f"{a.type}: {a.value}" for a in r.skipped]
        res = r.result
        assert res is not None  # a report built by this run, not one read back
        writer.writerow([safe_cell(x) for x in (
            r.id, r.repeat, ";".join(r.tags), "yes" if r.passed else "no",
            " | ".join(failed), " | ".join(skipped), res.subject or "", res.message,
            res.provider, res.model or "", res.attempts,
            "yes" if res.cached else "no", res.usage.total_tokens, r.latency_s,
        )])
    return out.getvalue()


# -- reading a report back --------------------------------------------------------------------

MAX_REPORT_BYTES = 256 << 20  # a 100,000-run report with its messages is about 200 MB


def read(path: str | Path) -> Report:
    from ..loaders import LoadError, read_text

    path = Path(path)
    try:
        data = json.loads(read_text(path, MAX_REPORT_BYTES))
    except LoadError as exc:
        raise InputError(f"report {path} is too large: {exc}") from None
    except RecursionError:
        raise InputError(f"{path} is not a JSON report: it is nested too deeply") from None
    except FileNotFoundError:
        raise InputError(f"report not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read report {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{path} is not a JSON report (written by llmdraft eval --out "
                         f"FILE.json): {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict) or not str(data.get("schema", "")).startswith("llmdraft-eval/"):
        raise InputError(f"{path} is not an llmdraft eval report (no 'schema': "
                         f"'llmdraft-eval/1'); write one with llmdraft eval SUITE --out FILE.json")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise InputError(f"{path}: the report lacks {missing[0]!r}")
    _check_shape(data, path)
    return Report.from_dict(data)


def _check_shape(data: dict, path: Path) -> None:
    """The fields `compare` and --filter-failing read, with their types: a report edited or
    written by something else is one line (exit 2), not a crash in the middle of a comparison."""
    from pydantic import ValidationError

    try:
        _ReportShape.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(f"{path} is not a report llmdraft wrote: field {where!r}: "
                         f"{first['msg']}") from None


def _shapes():
    from typing import Any, Optional, Union

    from pydantic import BaseModel, ConfigDict

    class Open(BaseModel):
        model_config = ConfigDict(extra="allow")

    class Suite(Open):
        path: str

    class CheckRow(Open):
        severity: str
        runs: int
        passed: int
        pass_rate: Optional[float] = None

    class AssertionRow(Open):
        passed: int
        failed: int
        skipped: int = 0
        pass_rate: Optional[float] = None

    class CaseRow(Open):
        runs: int
        passed: int
        pass_rate: Optional[float] = None

    class Usage(Open):
        prompt_tokens: int
        completion_tokens: int
        total_tokens: int
        judge: Optional[dict[str, int]] = None

    class Cost(Open):
        total_usd: Optional[float] = None

    class Verdict(Open):
        type: str
        value: Optional[Union[str, int, float, bool]] = None
        passed: Optional[bool] = None
        detail: Optional[str] = None

    class Run(Open):
        id: str
        passed: bool
        assertions: list[Verdict]

    class Report(Open):
        schema_: str = ""
        suite: Suite
        provider: str
        model: Optional[str] = None
        prompts_sha256: Optional[dict[str, str]] = None
        cases: int
        runs: int
        passed: int
        pass_rate: Optional[float] = None
        threshold: float
        results: list[Run]
        by_check: dict[str, CheckRow]
        by_assertion: dict[str, AssertionRow]
        by_case: dict[str, CaseRow]
        usage: Usage
        latency: dict[str, Optional[float]]
        cost: Optional[Cost] = None
        notes: Optional[list[Any]] = None

    return Report


class _Lazy:
    """The pydantic models are built on first use: `eval` imports this module on every run."""

    _model = None

    def model_validate(self, data):
        if _Lazy._model is None:
            _Lazy._model = _shapes()
        return _Lazy._model.model_validate(data)


_ReportShape = _Lazy()
