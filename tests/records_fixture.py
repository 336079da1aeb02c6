"""A fixed eval report and a fixed batch, built without the engine or the clock, so that the
files written from them can be compared byte for byte with the ones in tests/data/records/,
which were written before the reports and batch rows became typed records (issue 11)."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

from llmdraft.result import CheckResult, Result, Usage

SUITE = """\
description: records
threshold: 0.5
cases:
  - id: drafted
    tags: [a, b]
    context: {recipient: John Rivera, project: Colorado, strengths: [organizing volunteers]}
    assert: [{icontains: Colorado}, {judge: warm}]
  - id: formula
    context: {recipient: "=Jo Ann", project: Apollo, strengths: [testing], details: "+1 day"}
    assert: [{check: thanks}, {max-chars: 50}]
  - id: labelled
    message: "Hi Jo, can you write me a recommendation?"
    context: {recipient: Jo Ann, project: Apollo, strengths: [testing]}
    expect: {thanks: false, project_named: false, recipient_named: true}
"""


def eval_report(tmp_path: Path):
    """The report of three cases, two repeats, with a judge and prices."""
    from llmdraft import prompts
    from llmdraft.evals import runner
    from llmdraft.evals.suite import load_suite

    (tmp_path / "suite.yaml").write_text(SUITE, encoding="utf-8")
    here = os.getcwd()
    os.chdir(tmp_path)  # the report names the suite as it was given: a relative path
    try:
        suite = load_suite(Path("suite.yaml"))
    finally:
        os.chdir(here)
    try:
        from llmdraft.evals.records import Outcome
    except ImportError:
        from llmdraft.evals.assertions import Outcome

    def result(i: int, case) -> Result:
        checks = [CheckResult("project_named", i % 2 == 0, "error", "" if i % 2 == 0 else "no"),
                  CheckResult("recipient_named", True, "error"),
                  CheckResult("thanks", i % 3 == 0, "warning", "=no thanks")]
        return Result(case.kind, f"Hi John,\n=message {i} \u2014 caf\u00e9", "Subj" if i else None,
                      checks, attempts=1 + i % 2, cached=i == 3, provider="openai",
                      model="gpt-4o-mini", usage=Usage(100 + i, 50 + i, 150 + 2 * i))

    runs = []
    i = 0
    for case in suite.cases:
        for number in (1, 2):
            outcomes = [Outcome(a.type, a.value_text(), None if a.is_judge and number == 2
                                else (i % 2 == 0), f"detail {i}", a.implicit)
                        for a in case.assertions]
            runs.append(runner.Run(case, number, result(i, case), outcomes, 0.125 * (i + 1),
                                   Usage(7, 3, 10) if number == 1 else Usage()))
            i += 1

    class Judge:
        model = "gpt-4o"

    saved = runner.__version__, prompts.content_hash
    runner.__version__ = "0.0.0"
    prompts.content_hash = lambda folder: f"sha-{folder}"
    try:
        return runner.build_report(
            suite, suite.cases, list(reversed(runs)), runner.RunOptions(), repeat=2,
            provider="openai", model="gpt-4o-mini", deterministic=False, judge=Judge(),
            started_at=datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone.utc), duration=1.23456,
            cache_used=True)
    finally:
        runner.__version__, prompts.content_hash = saved


def write_eval_files(report, folder: Path) -> dict[str, bytes]:
    from llmdraft.evals import report as reports

    out = {}
    for name in ("report.json", "report.csv", "report.html"):
        reports.write(report, folder / name)
        out[name] = (folder / name).read_bytes()
    return out


# -- a batch's rows ---------------------------------------------------------------------------

INPUT_COLUMNS = ["recipient", "project", "message", "notes"]  # 'message' clashes: input_message


def batch_rows() -> list[dict]:
    """Finished rows of every status, as the journal holds them, with formula-looking cells."""
    base = {"message": "", "subject": "", "status": "error", "failed_checks": "", "error": "",
            "attempts": 0, "cached": False, "provider": "openai", "model": "gpt-4o-mini",
            "total_tokens": 0, "advice": ""}
    return [
        {"row": 1, "input": {"recipient": "Ada Obi", "project": "Apollo", "message": "hi",
                             "notes": "=SUM(A1)"},
         **base, "message": "Hi Ada,\n+1 for Apollo \u2014 caf\u00e9", "subject": "Apollo",
         "status": "ok", "attempts": 1, "cached": True, "total_tokens": 321},
        {"row": 2, "input": {"recipient": "@Bo", "project": "-x", "message": "", "notes": ""},
         **base, "message": "Hi Bo,\n", "status": "failed",
         "failed_checks": "project_named;thanks", "attempts": 3, "total_tokens": 900},
        {"row": 3, "input": {"recipient": "Cy", "project": "", "message": "", "notes": "\tx"},
         **base, "error": "row 3: no project", "provider": "offline", "model": ""},
        {"row": 4, "input": {"recipient": "Di", "project": "P", "message": "", "notes": ""},
         **base, "status": "skipped", "advice": "dont: a higher-up; do not follow up"},
    ]


def write_batch_files(folder: Path) -> dict[str, bytes]:
    """The rows through the output writer (CSV and JSONL) and the journal."""
    from llmdraft.batch.writer import Journal, OutputFile

    try:
        from llmdraft.batch.rows import BatchRow
        rows = [BatchRow.from_dict(r) for r in batch_rows()]
    except ImportError:  # before the record
        rows = batch_rows()
    out = {}
    for fmt in ("csv", "jsonl"):
        target = folder / f"out.{fmt}"
        output = OutputFile(target, fmt, INPUT_COLUMNS)
        output.start(iter(rows[:2]))
        for row in rows[2:]:
            output.write(row)
        output.close()
        out[target.name] = target.read_bytes()
    journal = Journal(folder / "out.csv")
    journal.open(truncate=True, header={"input": {"path": "in.csv", "size": 1, "sha256": "x"}})
    for row in rows:
        journal.append(row)
    journal.close(remove=False)
    out["out.csv.journal"] = journal.path.read_bytes()
    return out
