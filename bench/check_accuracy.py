"""Per-check accuracy, precision and recall of the checks on a labelled suite.

`llmdraft eval SUITE` gives the same confusion counts inside its report; this script exists to
put several suites side by side in one table (the numbers an issue's closing note needs) and to
count what the eval report does not: judgements in agreement over all checks, and messages on
which every check agrees. Positive = the check fails (it found a flaw), as in the eval report.
Labels for a check that the kind does not run are counted apart, not dropped silently.

    PYTHONPATH=. python3 bench/check_accuracy.py evals/checks.yaml evals/checks_holdout.yaml
    PYTHONPATH=. python3 bench/check_accuracy.py --disagreements evals/checks_third.yaml
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import llmdraft
from llmdraft.checks import checks_for
from llmdraft.loaders import load_yaml


def measure(path: Path) -> dict:
    suite = load_yaml(path.read_text(encoding="utf-8"))
    defaults = suite.get("defaults") or {}
    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0, "tn": 0})
    disagreements, unrun = [], defaultdict(int)
    messages = all_right = 0
    for case in suite["cases"]:
        if "expect" not in case:
            continue
        kind = case.get("kind") or suite.get("kind") or "request"
        # The public API, the same in every version: the kind's channel applied once by it.
        result = llmdraft.check({**defaults, **case["context"]}, case["message"],
                                case.get("subject"), kind=kind)
        verdicts = {c.name: c for c in result.checks}
        run = {c.name for c in checks_for(kind)}
        messages += 1
        right = True
        for name, label in case["expect"].items():
            if name not in run:
                unrun[name] += 1
                continue
            failed, flaw = not verdicts[name].passed, not label
            key = ("t" if failed == flaw else "f") + ("p" if failed else "n")
            counts[name][key] += 1
            if failed != flaw:
                right = False
                disagreements.append({"id": case["id"], "check": name, "label": label,
                                      "verdict": verdicts[name].passed,
                                      "detail": verdicts[name].detail})
        all_right += right
    return {"suite": str(path), "by_check": dict(counts), "messages": messages,
            "messages_all_right": all_right, "unrun_labels": dict(unrun),
            "disagreements": disagreements}


def _rate(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}" if b else "    -"


def table(report: dict) -> str:
    lines = [f"{report['suite']}: {report['messages']} messages, "
             f"{report['messages_all_right']} with every check right",
             f"{'check':24} {'n':>4} {'acc%':>6} {'prec%':>6} {'rec%':>6}   tp  fp  fn   tn"]
    total = agree = 0
    for name, c in sorted(report["by_check"].items()):
        n = sum(c.values())
        total, agree = total + n, agree + c["tp"] + c["tn"]
        lines.append(f"{name:24} {n:4} {_rate(c['tp'] + c['tn'], n):>6} "
                     f"{_rate(c['tp'], c['tp'] + c['fp']):>6} {_rate(c['tp'], c['tp'] + c['fn']):>6}"
                     f" {c['tp']:4}{c['fp']:4}{c['fn']:4}{c['tn']:5}")
    lines.append(f"{'all judgements':24} {total:4} {_rate(agree, total):>6}")
    if report["unrun_labels"]:
        lines.append("labels for checks this kind does not run: " + ", ".join(
            f"{k} ({v})" for k, v in sorted(report["unrun_labels"].items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", nargs="+", type=Path)
    parser.add_argument("--disagreements", action="store_true", help="list each one")
    parser.add_argument("--json", type=Path, help="also write the reports here")
    args = parser.parse_args(argv)
    reports = [measure(p) for p in args.suites]
    for report in reports:
        print(table(report))
        if args.disagreements:
            for d in report["disagreements"]:
                print(f"  {d['id']}  {d['check']}  label={d['label']} verdict={d['verdict']}"
                      f"  {d['detail']}")
        print()
    if args.json:
        args.json.write_text(json.dumps(reports, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
