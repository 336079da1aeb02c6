"""Suite files: what loads, and what a bad suite says (exit 2, one line naming file, case, field)."""

from __future__ import annotations

from pathlib import Path

import pytest

from suitefiles import CONTEXT, write

from outcomes import one_error_line
from llmdraft.checks import checks_for
from llmdraft.evals.assertions import known_types
from llmdraft.evals.suite import SuiteError, load_suite

ROOT = Path(__file__).resolve().parents[1]





# -- what loads -------------------------------------------------------------------------------

def test_issue_example_loads_with_every_form(tmp_path):
    path = write(tmp_path, f"""
        description: core request drafting
        kind: request
        threshold: 0.9
        defaults: {{channel: linkedin-request}}
        cases:
          - id: seed-example
            tags: [seed]
            context: {CONTEXT}
            assert:
              - check: asks_their_strengths
              - icontains: Colorado
              - not-icontains: "[Your Name]"
              - regex: "(?i)thank"
              - max-chars: 1000
              - judge: "Would a busy manager know exactly what to write after reading this?"
          - id: default-text-is-rejected
            context: {CONTEXT}
            message: "Hi John, can you write me a recommendation?"
            expect: {{project_named: false, reciprocal_offer: false, recipient_named: true}}
    """)
    suite = load_suite(path)
    assert suite.threshold == 0.9 and suite.threshold_given and suite.has_judge
    seed, labelled = suite.cases
    assert seed.mode == "draft" and labelled.mode == "labelled"
    assert seed.context.channel.value == "linkedin-request"
    types = [a.type for a in seed.assertions]
    # every error check is required of a drafted case, except the one the case names itself
    request_errors = [c.name for c in checks_for("request") if c.severity == "error"]
    assert [a.value for a in seed.assertions if a.type == "error-check"] == request_errors
    assert types[-6:] == ["check", "icontains", "not-icontains", "regex", "max-chars", "judge"]
    # a labelled case is judged by its labels alone
    assert [(a.type, a.value) for a in labelled.assertions] == [
        ("expect", ("project_named", False)), ("expect", ("reciprocal_offer", False)),
        ("expect", ("recipient_named", True))]


def test_named_check_replaces_the_implicit_one_and_allow_fail_drops_it(tmp_path):
    path = write(tmp_path, f"""
        cases:
          - id: a
            context: {CONTEXT}
            assert: [{{not-check: grounded}}]
            allow_fail: [within_length]
    """)
    case = load_suite(path).cases[0]
    implicit = [a.value for a in case.assertions if a.type == "error-check"]
    assert "grounded" not in implicit and "within_length" not in implicit
    assert [a.type for a in case.assertions if not a.implicit] == ["not-check"]
    assert load_suite(path).threshold == 1.0  # no threshold: every run must pass


def test_template_variables_and_promptfoo_form(tmp_path):
    path = write(tmp_path, f"""
        cases:
          - id: a
            context: {CONTEXT}
            assert:
              - {{type: starts-with, value: "Hi {{{{first_name}}}}"}}
              - regex: "{{{{project}}}}"
              - icontains-all: ["{{{{strengths[0]}}}}"]
    """)
    starts, regex, all_ = [a for a in load_suite(path).cases[0].assertions if not a.implicit]
    assert starts.value == "Hi John"
    assert regex.value.pattern == "Colorado\\ Community\\ Development\\ project"  # escaped
    assert all_.value == ("organizing a diverse group of volunteers",)


def test_csv_cases_from_a_suite_and_alone(tmp_path):
    (tmp_path / "cases.csv").write_text(
        "id,tags,recipient,project,strengths,relationship,assert,assert2,message,expect.project_named\n"
        "c1,seed;csv,John Rivera,Colorado Community Development project,"
        "organizing volunteers; project management,same-team,icontains: Colorado,"
        "not-icontains: [Your Name],,\n"
        "c2,,John Rivera,Colorado project,project management,,,,"
        "\"Hi John, can you write me a recommendation?\",false\n", encoding="utf-8")
    suite = load_suite(write(tmp_path, "threshold: 0.5\ncases: cases.csv\n"))
    c1, c2 = suite.cases
    assert c1.tags == ("seed", "csv") and c1.context.strengths == ("organizing volunteers",
                                                                   "project management")
    assert [(a.type, a.value) for a in c1.assertions if not a.implicit] == [
        ("icontains", "Colorado"), ("not-icontains", "[Your Name]")]
    assert c2.mode == "labelled" and c2.expect == {"project_named": False}
    alone = load_suite(tmp_path / "cases.csv")
    assert [c.id for c in alone.cases] == ["c1", "c2"] and alone.threshold == 1.0


def test_every_documented_assertion_type_is_in_the_readme():
    readme = (ROOT / "evals" / "README.md").read_text(encoding="utf-8")
    for name in known_types():
        assert f"{name}:" in readme, f"evals/README.md has no example of {name}"


def test_shipped_suites_load():
    requests = load_suite(ROOT / "evals" / "requests.yaml")
    assert len(requests.cases) >= 40
    contexts = [c.context for c in requests.cases]
    assert {c.relationship.value for c in contexts} >= {
        "managed-you", "reported-to-you", "senior-to-you", "junior-to-you", "same-team",
        "different-teams", "different-companies", "client", "vendor", "teacher", "advisor",
        "classmate"}
    assert {c.channel.value for c in contexts} == {"linkedin-request", "linkedin-message",
                                                   "connection-note", "inmail", "email"}
    assert {c.closeness.value for c in contexts} == {"close", "professional", "distant"}
    tags = {t for c in requests.cases for t in c.tags}
    assert {"unicode", "long", "numbers", "injection"} <= tags
    for name in ("checks.yaml", "checks_holdout.yaml"):
        suite = load_suite(ROOT / "evals" / name)
        assert all(c.mode == "labelled" for c in suite.cases)


# -- bad suites: exit 2, one line, file + case + field ------------------------------------------

BAD = {
    "invalid-yaml": ("cases:\n  - id: a\n    context: {recipient: [John\n", ["suite.yaml", "YAML"]),
    "unknown-type": (f"cases:\n  - id: a1\n    context: {CONTEXT}\n    assert: [{{contain: x}}]\n",
                     ["suite.yaml", "'a1'", "assert[0]", "unknown assertion type 'contain'"]),
    "unknown-check": (f"cases:\n  - id: a2\n    context: {CONTEXT}\n    assert: [{{check: polite}}]\n",
                      ["'a2'", "assert[0]", "unknown check 'polite'"]),
    "unknown-expect": (f"cases:\n  - id: a3\n    context: {CONTEXT}\n    message: Hi John\n"
                       f"    expect: {{kind_words: true}}\n", ["'a3'", "expect.kind_words"]),
    "no-context": ("cases:\n  - id: lonely\n    assert: [{icontains: x}]\n",
                   ["'lonely'", "'context'", "missing"]),
    "bad-context": ("cases:\n  - id: c\n    context: {recipient: John, strengths: [x]}\n",
                    ["'c'", "'context'", "project"]),
    "threshold-high": (f"threshold: 1.5\ncases:\n  - id: a\n    context: {CONTEXT}\n",
                       ["suite.yaml", "'threshold'", "1"]),
    "threshold-negative": (f"threshold: -0.1\ncases:\n  - id: a\n    context: {CONTEXT}\n",
                           ["'threshold'"]),
    "duplicate-id": (f"cases:\n  - id: twin\n    context: {CONTEXT}\n  - id: twin\n"
                     f"    context: {CONTEXT}\n", ["'twin'", "cases[1]", "'id'", "duplicate"]),
    "bad-regex": (f"cases:\n  - id: r\n    context: {CONTEXT}\n    assert: [{{regex: '(unclosed'}}]\n",
                  ["'r'", "assert[0]", "regular expression"]),
    "bad-max-chars": (f"cases:\n  - id: m\n    context: {CONTEXT}\n    assert: [{{max-chars: lots}}]\n",
                      ["'m'", "assert[0]", "whole number"]),
    "unknown-field": (f"cases:\n  - id: u\n    context: {CONTEXT}\n    asert: []\n",
                      ["'u'", "'asert'", "unknown field"]),
    "unknown-variable": (f"cases:\n  - id: v\n    context: {CONTEXT}\n"
                         "    assert: [{icontains: '{{boss}}'}]\n", ["'v'", "{{boss}}"]),
    "expect-without-message": (f"cases:\n  - id: x\n    context: {CONTEXT}\n"
                               "    expect: {thanks: true}\n", ["'x'", "'expect'"]),
    "no-cases": ("description: empty\ncases: []\n", ["'cases'"]),
    "not-a-mapping": ("- just\n- a list\n", ["suite.yaml", "mapping"]),
    "unknown-kind": (f"kind: poem\ncases:\n  - id: a\n    context: {CONTEXT}\n", ["'kind'", "poem"]),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_suite_is_one_line_exit_2(run, tmp_path, name):
    text, needles = BAD[name]
    write(tmp_path, text)
    line = one_error_line(run("eval", "suite.yaml", "--provider", "offline"))
    for needle in needles:
        assert needle in line, (needle, line)
    assert len(line) < 400


def test_bad_suite_errors_in_process(tmp_path):
    """The same rules without a subprocess: SuiteError is an InputError (exit 2)."""
    path = write(tmp_path, f"cases:\n  - id: a\n    context: {CONTEXT}\n    assert: [{{judge: ''}}]\n")
    with pytest.raises(SuiteError) as caught:
        load_suite(path)
    assert caught.value.exit_code == 2 and "assert[0]" in str(caught.value)


def test_missing_suite_file_and_bad_csv(run, tmp_path):
    assert "nope.yaml" in one_error_line(run("eval", "nope.yaml"))
    (tmp_path / "bad.csv").write_text("id,recipient,colour\nx,John,blue\n", encoding="utf-8")
    line = one_error_line(run("eval", "bad.csv"))
    assert "bad.csv" in line and "'colour'" in line
    (tmp_path / "cases.csv").write_text("id,recipient,project,strengths,assert\n"
                                        "row1,John,P,S,icontains Colorado\n", encoding="utf-8")
    write(tmp_path, "cases: cases.csv\n")
    line = one_error_line(run("eval", "suite.yaml"))
    assert "cases.csv" in line and "'row1'" in line and "type: value" in line


@pytest.mark.parametrize("args, needle", [
    (["--threshold", "2"], "--threshold"),
    (["--repeat", "0"], "--repeat"),
    (["--out", "report.txt"], ".json, .html or .csv"),
    (["--filter", "no-such-case"], "no-such-case"),
])
def test_bad_options_exit_2(run, tmp_path, args, needle):
    write(tmp_path, f"cases:\n  - id: a\n    context: {CONTEXT}\n")
    assert needle in one_error_line(run("eval", "suite.yaml", "--provider", "offline", *args))
