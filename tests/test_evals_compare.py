"""`llmdraft eval compare OLD.json NEW.json`: a changed prompt, compared both ways."""

from __future__ import annotations

import json
import shutil
import textwrap
from pathlib import Path

import pytest

from suitefiles import CONTEXT

from llmdraft.evals.compare import diff

ROOT = Path(__file__).resolve().parents[1]
SUITE = f"""
    description: compare me
    threshold: 0.5
    cases:
      - id: thanks-them
        context: {CONTEXT}
        assert: [{{check: thanks}}]
      - id: colorado
        context: {CONTEXT}
        assert: [{{icontains: Colorado}}]
      - id: always-failing
        context: {CONTEXT}
        assert: [{{max-chars: 50}}]
"""


@pytest.fixture
def reports(run, tmp_path: Path) -> tuple[Path, Path]:
    """old.json with the shipped prompts; new.json with an offline phrasing that never thanks."""
    (tmp_path / "suite.yaml").write_text(textwrap.dedent(SUITE), encoding="utf-8")
    changed = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", changed)
    toml = changed / "offline" / "request.toml"
    text = toml.read_text(encoding="utf-8")
    for word in ("Thanks so much for considering it", "Thank you for considering it",
                 "Thank you very much for considering it", "thank you either way",
                 "Thanks so much!", "Thanks!"):
        text = text.replace(word, "All the best")
    toml.write_text(text, encoding="utf-8")
    old = run("eval", "suite.yaml", "--provider", "offline", "--out", "old.json", "-q")
    new = run("eval", "suite.yaml", "--provider", "offline", "--out", "new.json", "-q",
              env={"LLMDRAFT_PROMPTS_DIR": str(changed)})
    assert old.returncode == 0 and new.returncode == 1, old.stdout + new.stdout + new.stderr
    return tmp_path / "old.json", tmp_path / "new.json"


def test_regression_exits_1_and_names_the_case(run, reports):
    old, new = reports
    proc = run("eval", "compare", str(old), str(new))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    out = " ".join(proc.stdout.split())
    assert "Regressions: pass → fail (1)" in out and "thanks-them" in out
    assert "check thanks" in out  # the assertion that now fails
    assert "REGRESSED" in out
    assert "66.7% → 33.3%" in out  # the pass rate
    assert "thanks" in out and "-100.0 pts" in out  # the check's pass rate, in the checks table

    data = json.loads(run("eval", "compare", str(old), str(new), "--json").stdout)
    assert data["regressed"] is True
    assert [r["id"] for r in data["regressions"]] == ["thanks-them"]
    assert data["regressions"][0]["failed"][0]["type"] == "check"
    assert data["fixed"] == [] and data["added"] == [] and data["removed"] == []
    assert data["by_check"]["thanks"]["delta"] == pytest.approx(-1.0)
    assert data["by_assertion"]["check"]["old"] == 1.0 and data["by_assertion"]["check"]["new"] == 0
    assert set(data["latency"]) == {"p50_s", "p95_s"} and "total_tokens" in data["usage"]
    assert data["old"]["prompts_sha256"] != data["new"]["prompts_sha256"]


def test_improvement_exits_0(run, reports):
    old, new = reports
    proc = run("eval", "compare", str(new), str(old))  # the other way round: a fix
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = " ".join(proc.stdout.split())
    assert "Fixed: fail → pass (1)" in out and "thanks-them" in out
    assert "no regression" in out and "Regressions" not in out
    data = json.loads(run("eval", "compare", str(new), str(old), "--json").stdout)
    assert data["regressed"] is False and [r["id"] for r in data["fixed"]] == ["thanks-them"]


def test_same_report_twice_is_no_regression(run, reports):
    old, _ = reports
    proc = run("eval", "compare", str(old), str(old))
    assert proc.returncode == 0 and "no regression" in proc.stdout


def test_bad_report_files_exit_2(run, tmp_path):
    (tmp_path / "x.json").write_text("{not json")
    (tmp_path / "y.json").write_text(json.dumps({"hello": 1}))
    for args, needle in ((["nope.json", "x.json"], "nope.json"), (["x.json", "x.json"], "x.json"),
                         (["y.json", "y.json"], "not an llmdraft eval report")):
        proc = run("eval", "compare", *args)
        assert proc.returncode == 2, proc.stdout + proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and needle in lines[0] and "Traceback" not in proc.stderr


# -- the rules, on reports built by hand ----------------------------------------------------------

def _report(results: list[tuple[str, int, bool, list[tuple[str, str, bool | None]]]]) -> dict:
    rows = []
    for case_id, repeat, passed, assertions in results:
        rows.append({"id": case_id, "repeat": repeat, "passed": passed, "assertions": [
            {"type": t, "value": v, "passed": p, "detail": "d"} for t, v, p in assertions]})
    passed = sum(r["passed"] for r in rows)
    return {"suite": {"path": "s.yaml"}, "results": rows, "by_check": {}, "by_assertion": {},
            "pass_rate": passed / len(rows), "runs": len(rows), "passed": passed,
            "threshold": 1.0, "usage": {"total_tokens": 0}, "cost": None,
            "latency": {"p50_s": None, "p95_s": None}, "provider": "offline"}


def test_one_more_failing_label_in_a_failing_case_is_a_regression():
    old = _report([("a", 1, False, [("expect", "thanks=true", False), ("expect", "grounded=true", True)])])
    new = _report([("a", 1, False, [("expect", "thanks=true", False), ("expect", "grounded=true", False)])])
    d = diff(old, new)
    assert d["regressed"] and d["regressions"] == []
    assert [(x["id"], x["value"]) for x in d["newly_failing_assertions"]] == [("a", "grounded=true")]


def test_repeats_compare_pass_rates_and_skipped_judges_are_ignored():
    old = _report([("a", 1, True, [("judge", "q", None)]), ("a", 2, True, [("judge", "q", None)])])
    new = _report([("a", 1, True, [("judge", "q", True)]), ("a", 2, False, [("judge", "q", False)]),
                   ("b", 1, False, [("icontains", "x", False)])])
    d = diff(old, new)
    assert [(r["id"], r["old_status"], r["new_status"]) for r in d["regressions"]] == [("a", "pass", "50%")]
    assert d["newly_failing_assertions"] == []  # the judge was skipped before: not comparable
    assert d["added"] == ["b"] and d["pass_rate_common"]["cases"] == 1
