"""What the eval command shows on a terminal: the progress and the final tables (rich).

rich is imported here only, when an eval runs: `llmdraft draft` never pays for it. On a terminal
the progress is a rich bar on stderr; otherwise (CI logs, pipes) one plain line per run.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import Report


def console(stderr: bool = False):
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None
    if not stream.isatty() and not os.environ.get("COLUMNS"):
        width = 120  # logs and pipes: wide enough for the tables, not rich's 80
    return Console(file=stream, width=width, highlight=False, soft_wrap=False)


def pct(rate: float | None, digits: int = 1) -> str:
    return "—" if rate is None else f"{rate * 100:.{digits}f}%"


def bar(rate: float | None, width: int = 12) -> str:
    if rate is None:
        return ""
    full = width if rate >= 1 else min(int(rate * width), width - 1)  # full only at 100%
    return "█" * full + "░" * (width - full)


def seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


# -- progress ---------------------------------------------------------------------------------

class Progress:
    """`start(total)`, `advance(run)` from any worker thread, `stop()`."""

    def __init__(self, label: str, enabled: bool = True, repeat: int = 1):
        self.label = label
        self.repeat = repeat
        self.enabled = enabled
        self.done = 0
        self.failed = 0
        self.total = 0
        self._lock = threading.Lock()
        self._bar = None
        self._task = None

    def start(self, total: int) -> None:
        self.total = total
        if not self.enabled:
            return
        if sys.stderr.isatty():
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress as RichProgress,
                                       SpinnerColumn, TextColumn, TimeElapsedColumn)

            self._bar = RichProgress(
                SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                MofNCompleteColumn(), TextColumn("{task.fields[status]}"), TimeElapsedColumn(),
                console=console(stderr=True), transient=True,
            )
            from rich.markup import escape

            self._task = self._bar.add_task(escape(self.label), total=total, status="")
            self._bar.start()
        else:
            print(f"llmdraft eval: {self.label}: {total} run(s)", file=sys.stderr, flush=True)

    def advance(self, run) -> None:
        repeat = f" #{run.repeat}" if self.repeat > 1 else ""
        mark = "ok  " if run.passed else "FAIL"
        why = ""
        if not run.passed:
            why = "  (" + ", ".join(sorted({_short(o) for o in run.failed})) + ")"
        with self._lock:  # one line at a time, numbered in the order they finish
            self.done += 1
            self.failed += 0 if run.passed else 1
            if not self.enabled:
                return
            if self._bar is not None:
                status = f"[red]{self.failed} failed[/]" if self.failed else "[green]all passed[/]"
                self._bar.update(self._task, advance=1, status=status)
                return
            width = len(str(self.total))
            print(f"[{self.done:>{width}}/{self.total}] {mark} {run.case.id}{repeat}{why}",
                  file=sys.stderr, flush=True)

    def stop(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


def _short(outcome) -> str:
    if outcome.type in ("error-check", "check", "not-check", "expect"):
        return f"{outcome.type} {outcome.value}"
    return outcome.type


# -- the summary ------------------------------------------------------------------------------

def print_summary(report: Report, failing_limit: int = 25) -> None:
    from rich.table import Table
    from rich.text import Text

    out = console()
    suite = report.suite
    title = f"{suite.path}" + (f": {suite.description}" if suite.description else "")
    out.print(Text(title, style="bold"))
    who = report.provider + (f" {report.model}" if report.model else "")
    if report.provider == "none":
        who = "none (given messages, checked)"
    line = (f"provider {who} · kind {suite.kind} · {report.cases} case(s) × "
            f"{report.repeat} = {report.runs} run(s) · {report.duration_s:.1f} s")
    if report.judge_model:
        line += f" · judge {report.judge_model}"
    out.print(Text(line))
    out.print()

    # assertions
    t = Table(title="Assertions", title_justify="left", caption=(
        "pass rate = passed / (passed + failed); skipped judge assertions are not counted"
        if any(a.skipped for a in report.by_assertion.values()) else None),
        caption_justify="left")
    for name, justify in (("type", "left"), ("passed", "right"), ("failed", "right"),
                          ("skipped", "right"), ("pass rate", "right"), ("", "left")):
        t.add_column(name, justify=justify)
    for name, a in report.by_assertion.items():
        t.add_row(name, str(a.passed), _red(a.failed), str(a.skipped),
                  pct(a.pass_rate), bar(a.pass_rate))
    out.print(t)

    # checks
    checks = report.by_check
    if checks:
        labelled = any(c.labelled is not None for c in checks.values())
        drafted = any(c.runs for c in checks.values())
        caption = None
        if labelled:
            caption = ("labelled messages: positive = the check fails (finds a flaw); "
                       "tp/fp/fn/tn against the labels; precision = tp/(tp+fp), "
                       "recall = tp/(tp+fn)")
        t = Table(title="Checks", title_justify="left", caption=caption, caption_justify="left")
        t.add_column("check")
        t.add_column("severity")
        if drafted:
            t.add_column("runs", justify="right")
            t.add_column("pass rate", justify="right")
            t.add_column("")
        if labelled:
            for name in ("tp", "fp", "fn", "tn", "precision", "recall", "accuracy"):
                t.add_column(name, justify="right")
        for name, c in checks.items():
            cells = [name, c.severity]
            if drafted:
                cells += [str(c.runs), pct(c.pass_rate), bar(c.pass_rate)]
            if labelled:
                lab = c.labelled
                if lab:
                    cells += [str(lab.tp), _red(lab.fp), _red(lab.fn), str(lab.tn),
                              pct(lab.precision), pct(lab.recall), pct(lab.accuracy)]
                else:
                    cells += [""] * 7
            t.add_row(*cells)
        out.print(t)

    # labelled messages: every disagreement, in full (a label error or a check error?)
    disagreements = report.disagreements
    if disagreements:
        t = Table(title=f"Disagreements with the labels ({len(disagreements)})",
                  title_justify="left")
        for name in ("message id", "check", "label", "verdict", "detail"):
            t.add_column(name, overflow="fold")
        for d in disagreements:
            label = d.id + (f" #{d.repeat}" if report.repeat > 1 else "")
            t.add_row(Text(label), d.check, d.label, d.verdict, Text(d.detail))
        out.print(t)

    # failing runs (for a suite of labelled messages only, the table above says it all)
    failing = report.failing
    if disagreements and all(r.mode == "labelled" for r in report.results):
        failing = []
    if failing:
        t = Table(title=f"Failing runs ({len(failing)})", title_justify="left", show_lines=False)
        t.add_column("case")
        t.add_column("failed assertions")
        for r in failing[:failing_limit]:
            label = r.id + (f" #{r.repeat}" if report.repeat > 1 else "")
            t.add_row(Text(label), Text("\n".join(
                _clip(f"{a.type} {a.value}: {a.detail}", 240) for a in r.failed)))
        out.print(t)
        if len(failing) > failing_limit:
            out.print(Text(f"... and {len(failing) - failing_limit} more "
                           f"(--out report.html shows them all)"))

    # across repeats: which cases are stable and which vary
    if report.repeat > 1:
        rates = {cid: case.pass_rate for cid, case in report.by_case.items()}
        always = sum(1 for r in rates.values() if r == 1)
        never = sum(1 for r in rates.values() if r == 0)
        mixed = [f"{cid} ({r * 100:.0f}%)" for cid, r in rates.items()
                 if r is not None and 0 < r < 1]
        line = (f"across {report.repeat} repeats: {always} case(s) always passed, "
                f"{len(mixed)} sometimes, {never} never")
        if mixed:
            line += ": " + ", ".join(mixed[:15]) + (" ..." if len(mixed) > 15 else "")
        out.print(Text(line))

    # usage, cost, latency
    u = report.usage
    usage = (f"tokens: {u.prompt_tokens:,} prompt + {u.completion_tokens:,} completion "
             f"= {u.total_tokens:,}")
    if u.judge.total_tokens:
        usage += f"; judge {u.judge.total_tokens:,}"
    cost = report.cost
    if cost:
        usage += f" · cost ${cost.total_usd:.4f}"
    else:
        usage += " · cost: n/a (no price for this model)" if report.provider == "openai" else ""
    lat = report.latency
    usage += (f" · latency p50 {seconds(lat.p50_s)}, p95 {seconds(lat.p95_s)} "
              f"over {lat.runs} run(s)")
    out.print(Text(usage))
    for note in report.notes:
        out.print(Text(f"note: {note}", style="dim"))

    ok = report.met_threshold
    verdict = Text("PASS " if ok else "FAIL ", style="bold green" if ok else "bold red")
    verdict.append(f"{report.passed}/{report.runs} runs passed ({pct(report.pass_rate)}); "
                   f"threshold {pct(report.threshold)}", style="bold")
    out.print(verdict)


def _red(n: int) -> str:
    return f"[red]{n}[/]" if n else "0"


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
