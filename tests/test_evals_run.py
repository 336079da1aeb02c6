"""`llmdraft eval SUITE` offline, as a user runs it: exit codes, the table, the reports."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from suitefiles import CONTEXT, write

ROOT = Path(__file__).resolve().parents[1]




SMALL = f"""
    description: small
    threshold: 0.5
    cases:
      - id: good-one
        tags: [good]
        context: {CONTEXT}
        assert:
          - icontains: Colorado
          - check: asks_their_strengths
          - judge: "Would a busy manager know exactly what to write?"
      - id: good-two
        tags: [good]
        context: {{recipient: Zoë Martin, project: Lumen app launch, strengths: [QA automation],
                  closeness: close}}
        assert: [{{contains: Zoë}}]
      - id: bad-one
        tags: [bad]
        context: {CONTEXT}
        assert:
          - icontains: "words no draft contains"
          - max-chars: 50
"""


# -- the shipped suites ---------------------------------------------------------------------------

def test_offline_passes_requests_yaml_completely(run, tmp_path):
    proc = run("eval", str(ROOT / "evals" / "requests.yaml"), "--provider", "offline",
               "--out", "r.json", "-q")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["cases"] >= 40 and report["pass_rate"] == 1.0 and report["failed"] == 0
    assert report["provider"] == "offline" and report["met_threshold"] is True
    # judge assertions exist, and with no judge model they are skipped, not passed
    judge = report["by_assertion"]["judge"]
    assert judge["skipped"] > 0 and judge["passed"] == 0 and judge["pass_rate"] is None
    table = " ".join(proc.stdout.split())
    assert "skipped judge assertions are not counted" in table
    assert "PASS" in proc.stdout


def test_checks_yaml_reports_precision_and_recall(run, tmp_path):
    proc = run("eval", str(ROOT / "evals" / "checks.yaml"), "--json", "-q")
    assert proc.returncode in (0, 1), proc.stderr  # the threshold is 1.0: every label
    report = json.loads(proc.stdout)
    assert report["provider"] == "none" and report["usage"]["total_tokens"] == 0
    grounded = report["by_check"]["grounded"]["labelled"]
    assert set(grounded) == {"tp", "fp", "fn", "tn", "labelled", "precision", "recall", "accuracy"}
    cases = len(report["results"])
    for name, row in report["by_check"].items():
        lab = row["labelled"]
        assert lab["tp"] + lab["fp"] + lab["fn"] + lab["tn"] == cases
        if lab["tp"] + lab["fp"]:
            assert lab["precision"] == pytest.approx(lab["tp"] / (lab["tp"] + lab["fp"]))
        if lab["tp"] + lab["fn"]:
            assert lab["recall"] == pytest.approx(lab["tp"] / (lab["tp"] + lab["fn"]))
    # the positive class is "the check fails": the bare default text is a tp of not_default_text
    default = next(r for r in report["results"] if r["id"] == "default-bare")
    assert not next(c for c in default["result"]["checks"] if c["name"] == "not_default_text")["passed"]
    assert report["by_check"]["not_default_text"]["labelled"]["tp"] >= 1
    # the table shows the same counts
    table = run("eval", str(ROOT / "evals" / "checks.yaml"), "-q").stdout
    assert re.search(r"precision", table) and re.search(r"recall", table)
    assert re.search(rf"grounded\s+│\s+error\s+│\s+{grounded['tp']}\s+│\s+{grounded['fp']}", table)


# -- exit codes, filters, repeats -----------------------------------------------------------------

def test_below_threshold_exits_1_and_names_the_failures(run, tmp_path):
    write(tmp_path, SMALL)
    proc = run("eval", "suite.yaml", "--provider", "offline", "--threshold", "0.9")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAIL" in proc.stdout and "2/3 runs passed" in proc.stdout
    assert "bad-one" in proc.stdout and "words no draft contains" in proc.stdout
    # plain progress lines on stderr when not a terminal
    assert re.search(r"\[\s*\d/3\] FAIL bad-one", proc.stderr)
    at = run("eval", "suite.yaml", "--provider", "offline", "-q")  # the suite's own 0.5
    assert at.returncode == 0 and at.stderr == ""


def test_filter_by_id_glob_and_tag(run, tmp_path):
    write(tmp_path, SMALL)
    by_tag = json.loads(run("eval", "suite.yaml", "--provider", "offline", "--filter", "good",
                            "--json", "-q").stdout)
    assert [r["id"] for r in by_tag["results"]] == ["good-one", "good-two"]
    assert by_tag["pass_rate"] == 1.0 and by_tag["suite"]["cases_in_suite"] == 3
    by_glob = json.loads(run("eval", "suite.yaml", "--provider", "offline", "--filter", "*-two",
                             "--filter", "bad-one", "--json", "-q").stdout)
    assert [r["id"] for r in by_glob["results"]] == ["good-two", "bad-one"]


def test_filter_failing_reruns_only_the_failures(run, tmp_path):
    write(tmp_path, SMALL)
    run("eval", "suite.yaml", "--provider", "offline", "--out", "first.json", "-q")
    proc = run("eval", "suite.yaml", "--provider", "offline", "--filter-failing", "first.json",
               "--json", "-q")
    assert proc.returncode == 1
    assert [r["id"] for r in json.loads(proc.stdout)["results"]] == ["bad-one"]


def test_repeat_offline_is_deterministic_and_says_so(run, tmp_path):
    write(tmp_path, SMALL)
    proc = run("eval", "suite.yaml", "--provider", "offline", "--repeat", "3", "--out", "r.json")
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["repeat"] == 3 and report["runs"] == 9 and report["cases"] == 3
    assert [(r["id"], r["repeat"]) for r in report["results"][:3]] == [
        ("good-one", 1), ("good-one", 2), ("good-one", 3)]
    assert report["by_case"]["good-one"] == {"runs": 3, "passed": 3, "pass_rate": 1.0,
                                             "tags": ["good"], "mode": "draft"}
    messages = {r["result"]["message"] for r in report["results"] if r["id"] == "good-one"}
    assert len(messages) == 1  # identical: the composer is deterministic
    assert any("deterministic" in n for n in report["notes"])
    assert "deterministic" in proc.stdout
    assert "#3" in proc.stderr  # progress lines name the repeat


# -- CSV cases ------------------------------------------------------------------------------------

def test_csv_cases_run(run, tmp_path):
    (tmp_path / "cases.csv").write_text(
        "id,tags,recipient,project,strengths,channel,assert,assert2,message,expect.project_named\n"
        "drafted,csv,José García,Halcyon billing rewrite,supplier negotiations;running demos,email,"
        "contains: José,has-subject: true,,\n"
        "labelled,csv,John Rivera,Colorado project,project management,,,,"
        "\"Hi John, can you write me a recommendation?\",false\n", encoding="utf-8")
    proc = run("eval", "cases.csv", "--provider", "offline", "--json", "-q")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    drafted, labelled = report["results"]
    assert drafted["mode"] == "draft" and drafted["result"]["subject"]
    assert labelled["mode"] == "labelled"
    assert report["by_check"]["project_named"]["labelled"]["tp"] == 1


# -- reports ----------------------------------------------------------------------------------------

class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, list]] = []

    @property
    def names(self) -> set[str]:
        return {name for name, _ in self.found}

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))


HOSTILE = {
    "recipient": 'Zoë "<script>alert(1)</script>" Martin',
    "details": "see <img src=https://evil.example/x.png> & https://evil.example/track.js",
}


def test_json_html_and_csv_reports(run, tmp_path):
    write(tmp_path, f"""
        description: "reports <b>escaped</b> & shown"
        threshold: 0.5
        cases:
          - id: "hostile-<i>case</i>"
            tags: ["<tag>"]
            context:
              recipient: '{HOSTILE["recipient"]}'
              project: Lumen app launch
              strengths: [QA automation]
              details: "{HOSTILE["details"]}"
            assert: [{{icontains: "=HYPERLINK(\\"x\\")"}}]
          - id: "=SUM(1,2)"
            context: {CONTEXT}
    """)
    proc = run("eval", "suite.yaml", "--provider", "offline", "--out", "r.json", "-o", "r.html",
               "--out", "r.csv", "-q")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "report written: r.html" in proc.stdout

    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    for key in ("suite", "cases", "passed", "pass_rate", "threshold", "results", "by_check",
                "usage", "latency", "by_assertion"):
        assert key in report
    assert report["cases"] == 2 and report["passed"] == 1 and report["pass_rate"] == 0.5
    hostile = report["results"][0]
    assert set(hostile) >= {"id", "passed", "assertions", "result"}
    assert {"type", "passed", "detail"} <= set(hostile["assertions"][0])
    assert set(hostile["result"]) == {"kind", "message", "subject", "passed", "checks", "attempts",
                                      "cached", "provider", "model", "usage"}
    assert set(report["latency"]) >= {"p50_s", "p95_s"}

    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "<b>escaped" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=https://evil.example/x.png&gt;" in page
    assert "hostile-&lt;i&gt;case&lt;/i&gt;" in page and "&lt;tag&gt;" in page
    # nothing is fetched from the network: no tag refers to anything outside the page
    tags = Tags()
    tags.feed(page)
    assert "script" not in tags.names and "link" not in tags.names and "img" not in tags.names
    for name, attrs in tags.found:
        for key, value in attrs:
            assert key not in ("src", "href") or not re.match(r"\s*(https?:)?//", value or ""), (
                name, key, value)
    style = page.split("<style>")[1].split("</style>")[0]
    assert "url(" not in style and "@import" not in style and "http" not in style
    assert "Failing runs (1)" in page and "Zo&lt;" not in page
    failing = page.split("Failing runs (1)")[1].split("Passing runs")[0]
    assert "QA automation" in failing and "icontains" in failing and "Lumen app launch" in failing

    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == ["hostile-<i>case</i>", "'=SUM(1,2)"]
    assert rows[0]["passed"] == "no" and 'icontains: =HYPERLINK("x")' in rows[0]["failed_assertions"]
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@")), cell  # no formula reaches Excel


def test_eval_and_compare_coexist_in_help(run):
    proc = run("eval", "--help")
    assert proc.returncode == 0
    assert "compare" in proc.stdout and "SUITE" in proc.stdout
    assert run("eval", "run", "--help").returncode == 0
    assert "OLD.json" in run("eval", "compare", "--help").stdout


def test_draft_does_not_import_the_eval_machinery():
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "llmdraft", "draft", "--to", "a", "--project",
         "b", "--strength", "c", "--provider", "offline"],
        capture_output=True, text=True, timeout=60,
        env={k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_"))})
    assert proc.returncode in (0, 1), proc.stderr[-500:]
    imported = [line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()
                if line.startswith("import time:")]
    # only the invoked command is built: nothing of eval, batch or rich is imported for a draft
    heavy = ("rich", "llmdraft.evals", "llmdraft.cli.eval_cmd", "llmdraft.batch", "openai")
    assert not [m for m in imported if m.startswith(heavy)], imported
    assert "llmdraft.engine" in imported  # the draft did run


@pytest.mark.parametrize("suite", ["followups.yaml", "recommendations.yaml"])
def test_offline_passes_the_other_kinds_suites_completely(run, tmp_path, suite):
    proc = run("eval", str(ROOT / "evals" / suite), "--provider", "offline", "--out", "r.json",
               "-q")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["cases"] >= 5 and report["pass_rate"] == 1.0
    assert all(r["result"]["kind"] == report["results"][0]["result"]["kind"]
               for r in report["results"])
