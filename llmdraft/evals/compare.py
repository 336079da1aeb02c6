"""`llmdraft eval compare OLD.json NEW.json`: what got better and what got worse.

Cases are matched by id. With repeats a case's pass rate is its passed runs over its runs, and
an assertion's pass rate likewise (an assertion is its type and value within a case).

NEW regressed (exit 1) when, among the cases both reports ran, a case's pass rate fell (pass ->
fail is the usual form) or an assertion that both ran now passes less often (this catches a
case that was failing already and now fails one more assertion, e.g. one more label a check
disagrees with). Cases only in one report are listed, never counted as regressions; skipped
judge assertions are not compared.
"""

from __future__ import annotations

from collections import defaultdict

from .records import Report, rate as _rate


def _delta(old: float | None, new: float | None) -> float | None:
    return None if old is None or new is None else new - old


def _per_case(report: Report) -> dict[str, dict]:
    cases: dict[str, dict] = {}
    for r in report.results:
        row = cases.setdefault(r.id, {"runs": 0, "passed": 0, "assertions": defaultdict(
            lambda: [0, 0]), "details": {}})
        row["runs"] += 1
        row["passed"] += int(bool(r.passed))
        for a in r.assertions:
            if a.passed is None:
                continue  # skipped: not comparable
            key = (a.type, a.value)
            cell = row["assertions"][key]
            cell[0] += int(a.passed)
            cell[1] += 1
            if not a.passed:
                row["details"][key] = a.detail
    for row in cases.values():
        row["rate"] = _rate(row["passed"], row["runs"])
    return cases


def _status(rate: float | None) -> str:
    if rate is None:
        return "not run"
    return "pass" if rate == 1 else ("fail" if rate == 0 else f"{rate * 100:.0f}%")


def diff(old: Report | dict, new: Report | dict) -> dict:
    """The comparison (`eval compare --json`); a report may be given as its JSON dict."""
    if isinstance(old, dict):
        old = Report.from_dict(old)
    if isinstance(new, dict):
        new = Report.from_dict(new)
    a, b = _per_case(old), _per_case(new)
    common = [cid for cid in b if cid in a]
    regressions, fixed, newly_failing, newly_passing = [], [], [], []
    for cid in common:
        before, after = a[cid], b[cid]
        if after["rate"] < before["rate"]:
            failing = [{"type": k[0], "value": k[1], "detail": after["details"].get(k, "")}
                       for k, (p, n) in after["assertions"].items() if p < n]
            regressions.append({"id": cid, "old": before["rate"], "new": after["rate"],
                                "old_status": _status(before["rate"]),
                                "new_status": _status(after["rate"]), "failed": failing})
        elif after["rate"] > before["rate"]:
            fixed.append({"id": cid, "old": before["rate"], "new": after["rate"],
                          "old_status": _status(before["rate"]),
                          "new_status": _status(after["rate"])})
        for key, (p, n) in after["assertions"].items():
            if key not in before["assertions"]:
                continue
            p0, n0 = before["assertions"][key]
            old_rate, new_rate = _rate(p0, n0), _rate(p, n)
            item = {"id": cid, "type": key[0], "value": key[1], "old": old_rate, "new": new_rate}
            if new_rate < old_rate:
                newly_failing.append({**item, "detail": after["details"].get(key, "")})
            elif new_rate > old_rate:
                newly_passing.append(item)

    by_check = {}
    for name in list(old.by_check) + [n for n in new.by_check if n not in old.by_check]:
        o, n = old.by_check.get(name), new.by_check.get(name)
        row = {"old": o.pass_rate if o else None, "new": n.pass_rate if n else None}
        row["delta"] = _delta(row["old"], row["new"])
        lo, ln = o.labelled if o else None, n.labelled if n else None
        if lo is not None or ln is not None:
            for metric in ("precision", "recall", "accuracy"):
                before = getattr(lo, metric) if lo else None
                after = getattr(ln, metric) if ln else None
                row[metric] = {"old": before, "new": after, "delta": _delta(before, after)}
        by_check[name] = row

    by_assertion = {}
    for name in list(old.by_assertion) + [n for n in new.by_assertion
                                          if n not in old.by_assertion]:
        before, after = old.by_assertion.get(name), new.by_assertion.get(name)
        o = before.pass_rate if before else None
        n = after.pass_rate if after else None
        by_assertion[name] = {"old": o, "new": n, "delta": _delta(o, n)}

    def side(r: Report) -> dict:
        return {"suite": r.suite.path, "provider": r.provider, "model": r.model,
                "started_at": r.started_at, "prompts_sha256": r.prompts_sha256,
                "pass_rate": r.pass_rate, "runs": r.runs, "passed": r.passed,
                "threshold": r.threshold}

    ou, nu = old.usage, new.usage
    oc = old.cost.total_usd if old.cost else None
    nc = new.cost.total_usd if new.cost else None
    ol, nl = old.latency, new.latency
    # Cases both ran that passed in every run, per side: the pass rate on common ground.
    common_old = _rate(sum(a[c]["passed"] for c in common), sum(a[c]["runs"] for c in common))
    common_new = _rate(sum(b[c]["passed"] for c in common), sum(b[c]["runs"] for c in common))
    reasons = []
    if regressions:
        reasons.append(f"{len(regressions)} case(s) pass less often")
    extra = [x for x in newly_failing if x["id"] not in {r["id"] for r in regressions}]
    if extra:
        reasons.append(f"{len(extra)} assertion(s) fail more often in cases that were already "
                       f"failing")
    return {
        "old": side(old),
        "new": side(new),
        "same_suite": old.suite.path == new.suite.path,
        "pass_rate": {"old": old.pass_rate, "new": new.pass_rate,
                      "delta": _delta(old.pass_rate, new.pass_rate)},
        "pass_rate_common": {"old": common_old, "new": common_new,
                             "delta": _delta(common_old, common_new), "cases": len(common)},
        "regressions": regressions,
        "fixed": fixed,
        "newly_failing_assertions": newly_failing,
        "newly_passing_assertions": newly_passing,
        "added": [cid for cid in b if cid not in a],
        "removed": [cid for cid in a if cid not in b],
        "by_check": by_check,
        "by_assertion": by_assertion,
        "usage": {k: {"old": getattr(ou, k), "new": getattr(nu, k),
                      "delta": _delta(getattr(ou, k), getattr(nu, k))}
                  for k in ("prompt_tokens", "completion_tokens", "total_tokens")},
        "cost_usd": {"old": oc, "new": nc, "delta": _delta(oc, nc)},
        "latency": {k: {"old": getattr(ol, k), "new": getattr(nl, k),
                        "delta": _delta(getattr(ol, k), getattr(nl, k))}
                    for k in ("p50_s", "p95_s")},
        "regressed": bool(reasons),
        "reasons": reasons,
    }


# -- the terminal view ------------------------------------------------------------------------

def print_diff(d: dict, old_path: str, new_path: str) -> None:
    from rich.table import Table
    from rich.text import Text

    from .table import console, pct, seconds

    out = console()

    def pts(delta: float | None) -> str:
        if delta is None:
            return ""
        points = delta * 100
        if abs(points) < 0.05:
            return "±0"
        colour = "green" if points > 0 else "red"
        return f"[{colour}]{points:+.1f} pts[/]"

    def who(side: dict) -> str:
        return side["provider"] + (f" {side['model']}" if side.get("model") else "")

    out.print(Text(f"old  {old_path}  ({who(d['old'])}, {d['old']['started_at']})"))
    out.print(Text(f"new  {new_path}  ({who(d['new'])}, {d['new']['started_at']})"))
    if not d["same_suite"]:
        out.print(Text(f"note: the reports come from different suite files "
                       f"({d['old']['suite']} and {d['new']['suite']})", style="yellow"))
    old_p, new_p = d["old"].get("prompts_sha256") or {}, d["new"].get("prompts_sha256") or {}
    changed_prompts = sorted(k for k in set(old_p) | set(new_p) if old_p.get(k) != new_p.get(k))
    if changed_prompts:
        out.print(Text(f"prompts changed: {', '.join(f'prompts/{k}/' for k in changed_prompts)}"))
    pr = d["pass_rate"]
    out.print(f"pass rate {pct(pr['old'])} → {pct(pr['new'])}  {pts(pr['delta'])}")
    pc = d["pass_rate_common"]
    if (d["added"] or d["removed"]) and pc["cases"]:
        out.print(f"on the {pc['cases']} case(s) both ran: {pct(pc['old'])} → {pct(pc['new'])}  "
                  f"{pts(pc['delta'])}")
    out.print()

    def cases_table(title: str, rows: list[dict], style: str, with_failed: bool) -> None:
        if not rows:
            return
        t = Table(title=f"{title} ({len(rows)})", title_justify="left", title_style=style)
        t.add_column("case")
        t.add_column("old")
        t.add_column("new")
        if with_failed:
            t.add_column("now failing")
        for row in rows:
            cells = [Text(row["id"]), row["old_status"], row["new_status"]]
            if with_failed:
                cells.append(Text("\n".join(
                    _clip(f"{f['type']} {f['value']}: {f['detail']}") for f in row["failed"])))
            t.add_row(*cells)
        out.print(t)

    cases_table("Regressions: pass → fail", d["regressions"], "bold red", True)
    cases_table("Fixed: fail → pass", d["fixed"], "bold green", False)
    regressed_ids = {r["id"] for r in d["regressions"]}
    extra = [x for x in d["newly_failing_assertions"] if x["id"] not in regressed_ids]
    if extra:
        t = Table(title=f"Newly failing assertions in cases already failing ({len(extra)})",
                  title_justify="left", title_style="red")
        t.add_column("case")
        t.add_column("assertion")
        t.add_column("detail")
        for x in extra:
            t.add_row(Text(x["id"]), Text(f"{x['type']} {x['value']}"), Text(_clip(x["detail"])))
        out.print(t)
    for key, label in (("added", "only in new"), ("removed", "only in old")):
        ids = d[key]
        if ids:
            more = f" and {len(ids) - 10} more" if len(ids) > 10 else ""
            out.print(Text(f"{label} ({len(ids)}): {', '.join(ids[:10])}{more}"))

    changed = {k: v for k, v in d["by_check"].items()
               if (v["delta"] or 0) != 0 or any((v.get(m) or {}).get("delta") for m in
                                                ("precision", "recall"))}
    if d["by_check"]:
        rates = any(v["old"] is not None or v["new"] is not None for v in d["by_check"].values())
        labelled = any("precision" in v for v in d["by_check"].values())
        t = Table(title="Checks" + ("" if changed else " (no change)"), title_justify="left")
        t.add_column("check")
        if rates:
            for name in ("pass rate old", "new", "Δ"):
                t.add_column(name, justify="right")
        if labelled:
            for name in ("precision old → new", "Δ", "recall old → new", "Δ"):
                t.add_column(name, justify="right")
        for name, v in d["by_check"].items():
            cells = [name]
            if rates:
                cells += [pct(v["old"]), pct(v["new"]), pts(v["delta"])]
            if labelled:
                p, r = v.get("precision"), v.get("recall")
                cells += [f"{pct(p['old'])} → {pct(p['new'])}" if p else "",
                          pts(p["delta"]) if p else "",
                          f"{pct(r['old'])} → {pct(r['new'])}" if r else "",
                          pts(r["delta"]) if r else ""]
            t.add_row(*cells)
        out.print(t)
    if d["by_assertion"]:
        t = Table(title="Assertion types", title_justify="left")
        for name in ("type", "old", "new", "Δ"):
            t.add_column(name, justify="left" if name == "type" else "right")
        for name, v in d["by_assertion"].items():
            t.add_row(name, pct(v["old"]), pct(v["new"]), pts(v["delta"]))
        out.print(t)

    u = d["usage"]["total_tokens"]
    line = f"tokens {u['old'] or 0:,} → {u['new'] or 0:,}"
    if u["delta"]:
        line += f" ({u['delta']:+,})"
    c = d["cost_usd"]
    if c["old"] is not None or c["new"] is not None:
        old_cost = "—" if c["old"] is None else f"${c['old']:.4f}"
        new_cost = "—" if c["new"] is None else f"${c['new']:.4f}"
        line += f" · cost {old_cost} → {new_cost}"
    lat = d["latency"]
    line += (f" · latency p50 {seconds(lat['p50_s']['old'])} → {seconds(lat['p50_s']['new'])}, "
             f"p95 {seconds(lat['p95_s']['old'])} → {seconds(lat['p95_s']['new'])}")
    out.print(Text(line))
    if d["regressed"]:
        out.print(Text("REGRESSED: " + "; ".join(d["reasons"]), style="bold red"))
    else:
        out.print(Text("no regression", style="bold green"))


def _clip(text: str, limit: int = 100) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
