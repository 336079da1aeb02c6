"""The report as one self-contained HTML page: no network to view it, no scripts.

Inline CSS and system fonts only; every string from the suite, the context or a draft goes
through `html.escape`. Pass rates are bars; each failing run shows its failed assertions, its
draft and its context, open; passing runs are listed below, folded.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .records import Report, RunRecord


def e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


from .table import pct  # noqa: E402 - one percentage format for the table and the page


def bar(rate, threshold=None, cls: str = "") -> str:
    if rate is None:
        return '<div class="bar empty" role="img" aria-label="not measured"></div>'
    width = max(0.0, min(1.0, rate)) * 100
    if threshold is not None:  # against the threshold: met or not
        tone = "good" if rate + 1e-9 >= threshold else "bad"
    else:
        tone = "good" if rate >= 0.999 else ("warn" if rate >= 0.8 else "bad")
    marker = ""
    if threshold is not None:
        marker = (f'<span class="threshold" style="left:{threshold * 100:.2f}%" '
                  f'title="threshold {pct(threshold)}"></span>')
    return (f'<div class="bar {cls}" role="img" aria-label="{pct(rate)}">'
            f'<span class="fill {tone}" style="width:{width:.2f}%"></span>{marker}</div>')


def seconds(value) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


CSS = """
:root { --ink:#1d2330; --muted:#5f6b7a; --line:#e3e7ee; --bg:#f6f8fb; --card:#fff;
        --good:#1f9d55; --warn:#d69e2e; --bad:#d64545; --accent:#2b6cb0; }
* { box-sizing: border-box; }
body { margin:0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial,
       sans-serif; color:var(--ink); background:var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 28px 20px 60px; }
h1 { font-size: 22px; margin: 0 0 4px; word-break: break-word; }
h2 { font-size: 17px; margin: 34px 0 10px; }
.sub { color: var(--muted); margin: 0 0 18px; }
.verdict { display:flex; align-items:center; gap:18px; background:var(--card);
           border:1px solid var(--line); border-radius:10px; padding:18px 20px; }
.badge { font-weight:700; letter-spacing:.04em; padding:6px 12px; border-radius:6px; color:#fff; }
.badge.pass { background: var(--good); } .badge.fail { background: var(--bad); }
.verdict .big { font-size: 30px; font-weight: 700; min-width: 110px; }
.verdict .grow { flex:1; }
.cards { display:grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap:12px;
         margin-top:14px; }
.card { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:12px 14px; }
.card .k { color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.05em; }
.card .v { font-size:18px; font-weight:600; margin-top:2px; }
.notes { margin:14px 0 0; padding:10px 14px 10px 30px; background:#fffbea; border:1px solid #f3e3a1;
         border-radius:8px; color:#5c4a00; }
table { width:100%; border-collapse: collapse; background:var(--card); border:1px solid var(--line);
        border-radius:10px; overflow:hidden; }
th, td { text-align:left; padding:7px 10px; border-bottom:1px solid var(--line); vertical-align:middle; }
th { background:#eef2f7; font-size:12px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
td.n { text-align:right; font-variant-numeric: tabular-nums; white-space:nowrap; }
tr:last-child td { border-bottom:none; }
.bar { position:relative; height:12px; background:#edf0f4; border-radius:6px; min-width:140px; }
.bar .fill { position:absolute; left:0; top:0; bottom:0; border-radius:6px; }
.bar .fill.good { background:var(--good); } .bar .fill.warn { background:var(--warn); }
.bar .fill.bad { background:var(--bad); }
.bar.wide { height:16px; }
.bar .threshold { position:absolute; top:-4px; bottom:-4px; width:2px; background:var(--ink); }
.bar.empty { background: repeating-linear-gradient(45deg,#edf0f4,#edf0f4 6px,#f7f8fa 6px,#f7f8fa 12px); }
.muted { color:var(--muted); }
.zero { color:var(--muted); } .red { color:var(--bad); font-weight:600; }
details.run { background:var(--card); border:1px solid var(--line); border-radius:10px;
              margin:10px 0; padding:0; }
details.run > summary { cursor:pointer; padding:10px 14px; list-style:none; display:flex; gap:10px;
                        align-items:baseline; flex-wrap:wrap; }
details.run > summary::-webkit-details-marker { display:none; }
details.run.failed { border-left:4px solid var(--bad); }
details.run.passed { border-left:4px solid var(--good); }
.id { font-weight:600; word-break: break-all; }
.tag { display:inline-block; font-size:11px; padding:1px 7px; border-radius:10px; background:#eef2f7;
       color:var(--muted); margin-right:4px; }
.body { padding: 0 14px 14px; }
.cols { display:grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap:14px; }
@media (max-width: 800px) { .cols { grid-template-columns: 1fr; } }
.draft { white-space: pre-wrap; word-break: break-word; background:#fbfcfe; border:1px solid var(--line);
         border-radius:8px; padding:12px 14px; margin:0; font: inherit; }
.subject { font-weight:600; margin-bottom:6px; }
dl.ctx { display:grid; grid-template-columns:max-content minmax(0,1fr); gap:4px 12px; margin:0;
         font-size:13px; }
dl.ctx dt { color:var(--muted); } dl.ctx dd { margin:0; word-break:break-word; }
ul.fails { margin:6px 0 12px; padding-left: 20px; }
ul.fails li { margin: 3px 0; word-break: break-word; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background:#eef2f7;
       padding:1px 5px; border-radius:4px; }
table.asserts td { font-size:13px; }
.st-passed { color:var(--good); } .st-failed { color:var(--bad); font-weight:600; }
.st-skipped { color:var(--muted); font-style:italic; }
h3 { font-size:13px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); margin:12px 0 6px; }
footer { margin-top:40px; color:var(--muted); font-size:12px; }
"""


def render(report: Report) -> str:
    suite = report.suite
    ok = report.met_threshold
    title = suite.description or suite.path
    who = report.provider + (f" · {report.model}" if report.model else "")
    if report.provider == "none":
        who = "given messages (checked, not drafted)"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e('llmdraft eval: ' + title)}</title>",
        f"<style>{CSS}</style></head><body><main>",
        f"<h1>{e(title)}</h1>",
        f'<p class="sub">{e(suite.path)} · {e(who)} · kind {e(suite.kind)} · '
        f'{e(report.started_at)} · llmdraft {e(report.llmdraft_version)}</p>',
        '<section class="verdict">',
        f'<span class="badge {"pass" if ok else "fail"}">{"PASS" if ok else "FAIL"}</span>',
        f'<span class="big">{pct(report.pass_rate)}</span>',
        '<div class="grow">',
        bar(report.pass_rate, report.threshold, "wide"),
        f'<div class="muted" style="margin-top:6px">{report.passed} of {report.runs} runs '
        f'passed · threshold {pct(report.threshold)} (the dark line)</div>',
        "</div></section>",
        _cards(report),
    ]
    if report.notes:
        parts.append('<ul class="notes">' + "".join(f"<li>{e(n)}</li>" for n in report.notes)
                     + "</ul>")
    parts += [_assertions(report), _checks(report)]

    failing = report.failing
    passing = [r for r in report.results if r.passed]
    parts.append(f"<h2>Failing runs ({len(failing)})</h2>")
    if failing:
        parts += [_run(r, report, open_=True) for r in failing]
    else:
        parts.append('<p class="muted">None: every run passed.</p>')
    parts.append(f"<h2>Passing runs ({len(passing)})</h2>")
    parts += [_run(r, report, open_=False) for r in passing]
    parts.append(f'<footer>Written by llmdraft eval · schema {e(report.schema)} · '
                 f'{e(report.duration_s)} s</footer>')
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _cards(report: Report) -> str:
    u = report.usage
    lat = report.latency
    cost = report.cost
    cards = [
        ("cases", f'{report.cases}' + (f' × {report.repeat}' if report.repeat > 1 else "")),
        ("passed / failed", f'{report.passed} / {report.failed}'),
        ("tokens", f'{u.total_tokens:,}' + (f' (+{u.judge.total_tokens:,} judge)'
                                             if u.judge.total_tokens else "")),
        ("cost", f'${cost.total_usd:.4f}' if cost else "n/a"),
        ("latency p50 / p95", f'{seconds(lat.p50_s)} / {seconds(lat.p95_s)}'),
    ]
    if report.judge_model:
        cards.append(("judge", report.judge_model))
    return '<div class="cards">' + "".join(
        f'<div class="card"><div class="k">{e(k)}</div><div class="v">{e(v)}</div></div>'
        for k, v in cards) + "</div>"


def _num(n: int, red: bool = False) -> str:
    cls = "zero" if not n else ("red" if red else "")
    return f'<td class="n {cls}">{n}</td>'


def _assertions(report: Report) -> str:
    rows = report.by_assertion
    if not rows:
        return ""
    out = ["<h2>Assertions</h2>",
           "<table><thead><tr><th>type</th><th>pass rate</th><th></th><th>passed</th>"
           "<th>failed</th><th>skipped</th></tr></thead><tbody>"]
    for name, row in rows.items():
        out.append(f"<tr><td><code>{e(name)}</code></td>"
                   f"<td class=\"n\">{pct(row.pass_rate)}</td><td>{bar(row.pass_rate)}</td>{_num(row.passed)}"
                   f"{_num(row.failed, True)}{_num(row.skipped)}</tr>")
    out.append("</tbody></table>")
    if any(row.skipped for row in rows.values()):
        out.append('<p class="muted">Pass rate = passed / (passed + failed). Skipped assertions '
                   '(judge, with no judge model) count neither for nor against it.</p>')
    return "".join(out)


def _checks(report: Report) -> str:
    rows = report.by_check
    if not rows:
        return ""
    drafted = any(r.runs for r in rows.values())
    labelled = any(r.labelled is not None for r in rows.values())
    out = ["<h2>Checks</h2>"]
    if drafted:
        out.append("<table><thead><tr><th>check</th><th>severity</th><th>runs</th>"
                   "<th>pass rate</th><th></th></tr></thead><tbody>")
        for name, r in rows.items():
            if not r.runs:
                continue
            out.append(f"<tr><td><code>{e(name)}</code></td><td>{e(r.severity)}</td>"
                       f"<td class=\"n\">{r.runs}</td><td class=\"n\">{pct(r.pass_rate)}</td>"
                       f"<td>{bar(r.pass_rate)}</td></tr>")
        out.append("</tbody></table>")
    if labelled:
        out.append('<p class="muted">Against labelled messages. Positive = the check fails '
                   '(it finds a flaw). Precision = tp / (tp + fp): when it fails a message, how '
                   'often the message was flawed. Recall = tp / (tp + fn): of the flawed '
                   'messages, how many it caught.</p>')
        out.append("<table><thead><tr><th>check</th><th>severity</th><th>precision</th><th></th>"
                   "<th>recall</th><th></th><th>tp</th><th>fp</th><th>fn</th><th>tn</th>"
                   "</tr></thead><tbody>")
        for name, r in rows.items():
            lab = r.labelled
            if not lab:
                continue
            out.append(f"<tr><td><code>{e(name)}</code></td><td>{e(r.severity)}</td>"
                       f"<td class=\"n\">{pct(lab.precision)}</td>"
                       f"<td>{bar(lab.precision)}</td>"
                       f"<td class=\"n\">{pct(lab.recall)}</td><td>{bar(lab.recall)}</td>"
                       f"{_num(lab.tp)}{_num(lab.fp, True)}{_num(lab.fn, True)}"
                       f"{_num(lab.tn)}</tr>")
        out.append("</tbody></table>")
    return "".join(out)


_CONTEXT_ORDER = ("recipient", "sender", "project", "strengths", "relationship", "closeness",
                  "channel", "purpose", "details")


def _run(r: RunRecord, report: Report, open_: bool) -> str:
    res = r.result
    assert res is not None  # a report built by this run, not one read back
    label = r.id + (f" #{r.repeat}" if report.repeat > 1 else "")
    failed = r.failed
    tags = "".join(f'<span class="tag">{e(t)}</span>' for t in r.tags)
    state = "failed" if not r.passed else "passed"
    summary = (f'<summary><span class="id">{e(label)}</span>{tags}'
               f'<span class="muted">{e(r.mode)} · {len(failed)} failed of '
               f'{len(r.assertions)} · {seconds(r.latency_s)}'
               f'{" · cached" if res.cached else ""}</span></summary>')
    body = ['<div class="body">']
    if failed:
        body.append("<h3>Failed assertions</h3><ul class=\"fails\">")
        for a in failed:
            body.append(f"<li><code>{e(a.type)}</code> {e(a.value)} — "
                        f"<span class=\"red\">{e(a.detail)}</span></li>")
        body.append("</ul>")
    body.append('<div class="cols"><div><h3>Draft</h3>')
    draft = ""
    if res.subject:
        draft += f'<div class="subject">Subject: {e(res.subject)}</div>'
    body.append(f'<div class="draft">{draft}{e(res.message)}</div>')
    meta: list[str | None] = ["a given message, checked (not drafted)"]
    if res.provider != "none":
        meta = [res.provider, res.model, f"{res.attempts} attempt(s)",
                f"{res.usage.total_tokens:,} tokens"]
    body.append(f'<p class="muted">{e(" · ".join(str(m) for m in meta if m))}</p></div>')
    body.append('<div><h3>Context</h3><dl class="ctx">')
    ctx = r.context
    keys = [k for k in _CONTEXT_ORDER if k in ctx] + [k for k in ctx if k not in _CONTEXT_ORDER]
    for key in keys:
        value = ctx[key]
        if isinstance(value, list):
            value = "; ".join(map(str, value))
        body.append(f"<dt>{e(key)}</dt><dd>{e(value)}</dd>")
    body.append("</dl></div></div>")
    body.append('<details><summary class="muted">All assertions</summary>'
                '<table class="asserts"><tbody>')
    for a in r.assertions:
        body.append(f"<tr><td class=\"st-{e(a.status)}\">{e(a.status)}</td>"
                    f"<td><code>{e(a.type)}</code></td><td>{e(a.value)}</td>"
                    f"<td>{e(a.detail)}</td></tr>")
    body.append("</tbody></table></details></div>")
    return (f'<details class="run {state}"{" open" if open_ else ""}>{summary}'
            + "".join(body) + "</details>")
