"""Issue 11: the eval report and the batch rows are typed records, and the files written from
them are the same, byte for byte, as those written before (tests/data/records/)."""

from __future__ import annotations

import json
from pathlib import Path

from records_fixture import eval_report, write_eval_files

from llmdraft.evals.compare import diff
from llmdraft.evals.records import Report

GOLDEN = Path(__file__).resolve().parent / "data" / "records"
# The report names the prices file it read by its path: this checkout's, "<ROOT>" in the files.
ROOT = str(Path(__file__).resolve().parent.parent).encode()


def golden(name: str) -> bytes:
    return (GOLDEN / name).read_bytes().replace(b"<ROOT>", ROOT)


def test_the_eval_report_files_are_unchanged(tmp_path):
    report = eval_report(tmp_path)
    assert isinstance(report, Report)
    for name, data in write_eval_files(report, tmp_path).items():
        assert data == golden(name), name


def test_an_old_report_reads_back_into_the_same_records(tmp_path):
    from llmdraft.evals import report as reports

    old = reports.read(GOLDEN / "report.json")
    assert old.to_dict() == json.loads((GOLDEN / "report.json").read_text(encoding="utf-8"))
    assert [r.id for r in old.failing] == ["drafted", "formula", "labelled"]
    assert old.by_check["thanks"].labelled is not None and old.usage.judge.total_tokens == 30
    d = diff(old, eval_report(tmp_path))
    assert not d["regressed"] and d["pass_rate"]["delta"] == 0


def test_a_report_without_the_newer_fields_still_compares():
    bare = {"schema": "llmdraft-eval/1", "suite": {"path": "s.yaml"}, "provider": "offline",
            "results": [{"id": "a", "passed": True, "assertions": []}], "runs": 1, "passed": 1,
            "pass_rate": 1.0, "threshold": 1.0}
    d = diff(bare, bare)
    assert d["regressed"] is False and d["old"]["prompts_sha256"] is None


def test_the_batch_output_and_journal_are_unchanged(tmp_path):
    from records_fixture import write_batch_files

    for name, data in write_batch_files(tmp_path).items():
        assert data == golden(name), name


def test_an_old_journal_reads_back_into_batch_rows(tmp_path):
    import shutil

    from records_fixture import batch_rows

    from llmdraft.batch.rows import BatchRow
    from llmdraft.batch.writer import Journal

    shutil.copy(GOLDEN / "out.csv.journal", tmp_path / "out.csv.journal")
    journal = Journal(tmp_path / "out.csv")
    index = journal.load(total=4)
    assert {n: status for n, (_, status) in index.items()} == {
        1: "ok", 2: "failed", 3: "error", 4: "skipped"}
    rows = [journal.read(offset) for offset, _ in index.values()]
    assert rows == [BatchRow.from_dict(r) for r in batch_rows()]
    assert rows[1].failed_check_names == ["project_named", "thanks"] and not rows[2].drafted
    assert [r.to_dict() for r in rows] == batch_rows()  # the same line, key for key
