"""Runs a suite: each selected case, `repeat` times, concurrently; grades it; builds the report.

A case with a `message` is checked (`engine.check`); any other case is drafted
(`engine.draft`) by the chosen provider. Each run is graded by its assertions; a run passes when
none failed (skipped `judge` assertions neither pass nor fail it). The pass rate is passed runs
over runs.

The cache: with --repeat 1 drafts are read from and written to the draft cache as `llmdraft
draft` does (unless --no-cache). With --repeat N > 1 the cache is bypassed for every run (neither
read nor written), so the N drafts of a case are N fresh samples and not N copies of one cached
draft. The offline provider is deterministic and never cached: its repeats are identical, and
the report says so.

The first endpoint failure stops the run: no further case starts, and EndpointError (exit 3)
is raised once the running ones end.
"""

from __future__ import annotations

import fnmatch
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone

from .. import __version__, engine
from ..errors import InputError, LLMDraftError
from ..kinds import Request
from ..result import Result, Usage
from ..settings import DraftOptions, Endpoint
from .assertions import Output
from .records import (SCHEMA, AssertionStats, CaseStats, CheckStats, Confusion, Cost,
                      Disagreement, Latency, Outcome, Report, RunRecord, SuiteInfo, Tokens, rate)
from .suite import Case, Suite

__all__ = ["SCHEMA", "Report", "RunOptions", "run_suite", "select"]


@dataclass
class RunOptions:
    """A suite run: where drafts come from (`endpoint`), how each is made (`draft`; a case's own
    variant wins), and the run's own settings."""

    endpoint: Endpoint = field(default_factory=Endpoint)
    draft: DraftOptions = field(default_factory=DraftOptions)
    concurrency: int = 4
    repeat: int = 1
    judge_model: str | None = None
    prices: str | None = None
    threshold: float | None = None  # overrides the suite's


@dataclass
class Run:
    """One case, one repeat."""

    case: Case
    repeat: int  # 1-based
    result: Result
    outcomes: list[Outcome]
    latency: float  # seconds for the draft (or the check), judge calls excluded
    judge_usage: Usage = field(default_factory=Usage)

    @property
    def passed(self) -> bool:
        return not any(o.passed is False for o in self.outcomes)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.passed is False]


# -- choosing cases ---------------------------------------------------------------------------

def select(suite: Suite, filters: list[str] | None = None,
           only: set[str] | None = None) -> list[Case]:
    """The cases whose id matches a filter (exactly or as a glob such as `inj-*`) or that carry
    a filter as a tag; with `only`, just those ids too (--filter-failing)."""
    chosen = suite.cases
    if filters:
        chosen = [c for c in chosen
                  if any(f in c.tags or fnmatch.fnmatchcase(c.id, f) for f in filters)]
    if only is not None:
        chosen = [c for c in chosen if c.id in only]
    return chosen


# -- running ----------------------------------------------------------------------------------

def run_suite(suite: Suite, cases: list[Case], opts: RunOptions, progress=None) -> Report:
    """Run `cases` of `suite` and return the report (`Report.to_dict()` is its JSON)."""
    from .prices import load_prices

    started_at = datetime.now(timezone.utc)
    started = time.perf_counter()
    prices = load_prices(opts.prices)  # a bad price table is an error before anything runs
    repeat = max(1, opts.repeat)
    drafting = any(c.mode == "draft" for c in cases)

    provider = None
    how = opts.draft
    if drafting:
        from ..providers import make_provider

        # One provider for every worker (it is thread-safe), made before anything runs: a bad
        # configuration is an InputError now. Offline drafts are not cached (composing is faster
        # than reading). --no-cache neither reads nor writes the cache folder; --repeat N > 1
        # keeps drafts out of it but still lets the endpoint's capabilities (structured output
        # refused) be remembered there.
        provider = make_provider(opts.endpoint)
        if repeat > 1:
            how = how.replace(use_cache=False)

    judge = None
    judge_model = opts.judge_model
    if judge_model and any(a.is_judge for c in cases for a in c.assertions):
        from .judge import Judge

        judge = Judge(judge_model, opts.endpoint)

    total = len(cases) * repeat
    if repeat > MAX_REPEAT or total > MAX_RUNS:
        raise InputError(f"--repeat {repeat} makes {total:,} runs; llmdraft runs at most "
                         f"{MAX_REPEAT:,} repeats and {MAX_RUNS:,} runs in one eval")
    # made one at a time as workers free up: nothing is built for runs that have not started
    jobs = ((case, n) for case in cases for n in range(1, repeat + 1))
    stop = threading.Event()
    errors: list[LLMDraftError] = []
    lock = threading.Lock()

    def work(job: tuple[Case, int]) -> Run | None:
        if stop.is_set():
            return None
        case, number = job
        try:
            run = _run_one(case, number, how, provider, judge)
        except LLMDraftError as exc:
            with lock:
                errors.append(exc)
            stop.set()
            return None
        if progress is not None:
            progress.advance(run)
        return run

    if progress is not None:
        progress.start(total)
    try:
        workers = max(1, min(opts.concurrency, total))
        if workers == 1:
            runs = [work(job) for job in jobs]
        else:
            pool = ThreadPoolExecutor(max_workers=workers)
            try:
                runs = _bounded_map(pool, work, jobs, 2 * workers)
            except BaseException:  # Ctrl-C: queued cases must not start, running ones end
                stop.set()
                if progress is not None:
                    progress.enabled = False  # and say nothing more
                pool.shutdown(wait=False, cancel_futures=True)
                raise
            pool.shutdown()
    finally:
        if progress is not None:
            progress.stop()
    if errors:
        raise errors[0]

    done = [r for r in runs if r is not None]
    return build_report(
        suite, cases, done, opts, repeat=repeat, provider=provider.name if provider else "none",
        model=provider.model if provider else None,
        deterministic=bool(provider and provider.deterministic), judge=judge,
        started_at=started_at, duration=time.perf_counter() - started,
        cache_used=bool(provider and provider.cache is not None and how.use_cache),
        prices=prices,
    )


def _run_one(case: Case, number: int, how: DraftOptions, provider, judge) -> Run:
    began = time.perf_counter()
    request = Request(case.kind, case.context)  # the suite made it through kinds.context_for
    if case.mode == "draft":
        result = engine.draft(request, provider,
                              how.replace(variant=case.variant, refresh=how.refresh and number == 1))
    else:
        result = engine.check(request, case.message, case.subject)
    latency = time.perf_counter() - began

    out = Output(message=result.message, subject=result.subject, result=result,
                 context=case.context, kind=case.kind)
    outcomes = []
    judge_usage = Usage()
    for a in case.assertions:
        if a.is_judge:
            if judge is None:
                outcomes.append(Outcome(a.type, a.value_text(), None,
                                        "skipped: no judge model (--judge-model or "
                                        "LLMDRAFT_JUDGE_MODEL)", a.implicit))
                continue
            passed, detail, usage = judge.grade(a.value, out)
            judge_usage = judge_usage + usage
        else:
            passed, detail = a.evaluate(out)
        outcomes.append(Outcome(a.type, a.value_text(), passed, detail, a.implicit))
    return Run(case, number, result, outcomes, latency, judge_usage)


# -- the report -------------------------------------------------------------------------------

def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile (0-100), linear between the closest ranks; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)



def _disagreements(runs: list[Run]) -> list[Disagreement]:
    """Each labelled judgement the check got wrong: the message, the check, the label, the
    verdict and the check's own detail, so that a maintainer can tell at a glance whether the
    label or the check is at fault."""
    out = []
    for r in runs:
        if r.case.mode != "labelled":
            continue
        for c in r.result.checks:
            label = r.case.expect.get(c.name)
            if label is None or c.passed == label:
                continue
            out.append(Disagreement(r.case.id, r.repeat, c.name, c.severity,
                                    "pass" if label else "fail",
                                    "passes" if c.passed else "fails", c.detail))
    return out


MAX_REPEAT = 1000
MAX_RUNS = 100_000


def _bounded_map(pool, fn, items, in_flight: int) -> list:
    """pool.map without submitting everything up front: at most `in_flight` items are queued
    or running, so a long list of runs is built as it is consumed (results in any order)."""
    from concurrent.futures import FIRST_COMPLETED, wait

    results, pending = [], set()
    for item in items:
        if len(pending) >= in_flight:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            results += [f.result() for f in finished]
        pending.add(pool.submit(fn, item))
    finished, _ = wait(pending)
    return results + [f.result() for f in finished]


def build_report(suite: Suite, cases: list[Case], runs: list[Run], opts: RunOptions, *,
                 repeat: int, provider: str, model: str | None, deterministic: bool, judge,
                 started_at: datetime, duration: float, cache_used: bool,
                 prices: dict | None = None) -> Report:
    from ..checks import REGISTRY as CHECKS
    from ..kinds import get_kind
    from .prices import load_prices, price_for

    runs = sorted(runs, key=lambda r: (r.case.index, r.repeat))
    threshold = opts.threshold if opts.threshold is not None else suite.threshold
    passed = sum(r.passed for r in runs)
    pass_rate = rate(passed, len(runs))

    by_assertion: dict[str, AssertionStats] = {}
    for r in runs:
        for o in r.outcomes:
            stats = by_assertion.setdefault(o.type, AssertionStats())
            setattr(stats, o.status, getattr(stats, o.status) + 1)
    for stats in by_assertion.values():
        stats.pass_rate = rate(stats.passed, stats.passed + stats.failed)

    by_check: dict[str, CheckStats] = {}
    counts: dict[str, list[int]] = {}
    for r in runs:
        if r.case.mode == "labelled":
            for c in r.result.checks:
                if c.name not in r.case.expect:
                    continue
                label_ok = r.case.expect[c.name]  # True: the message satisfies the rule
                flagged = not c.passed  # the check found a flaw
                cell = counts.setdefault(c.name, [0, 0, 0, 0])  # tp fp fn tn
                cell[(0 if not label_ok else 1) if flagged else (2 if not label_ok else 3)] += 1
        else:
            for c in r.result.checks:
                check = by_check.setdefault(c.name, CheckStats(c.severity))
                check.runs += 1
                check.passed += int(c.passed)
    for check in by_check.values():
        check.pass_rate = rate(check.passed, check.runs)
    disagreements = _disagreements(runs)
    for name, (tp, fp, fn, tn) in counts.items():
        check = by_check.setdefault(name, CheckStats(CHECKS[name].severity))
        check.labelled = Confusion.of(tp, fp, fn, tn)
    order = {name: i for i, name in enumerate(_check_order())}
    by_check = dict(sorted(by_check.items(), key=lambda kv: order.get(kv[0], len(order))))

    by_case: dict[str, CaseStats] = {}
    for r in runs:
        case = by_case.setdefault(r.case.id, CaseStats(tags=list(r.case.tags), mode=r.case.mode))
        case.runs += 1
        case.passed += int(r.passed)
    for case in by_case.values():
        case.pass_rate = rate(case.passed, case.runs)

    fresh = [r for r in runs if not r.result.cached]
    usage = Usage()
    for r in fresh:
        usage = usage + r.result.usage
    judge_usage = Usage()
    for r in runs:
        judge_usage = judge_usage + r.judge_usage
    latencies = [r.latency for r in fresh]

    if prices is None:
        prices = load_prices(opts.prices)
    cost = None
    draft_price = price_for(model, prices) if provider == "openai" else None
    judge_price = price_for(judge.model, prices) if judge is not None else None
    if draft_price or judge_price:
        cost = Cost(total_usd=0.0)
        if draft_price:
            cost.drafts_usd = draft_price.cost(usage.prompt_tokens, usage.completion_tokens)
            cost.total_usd += cost.drafts_usd
            cost.prices.append(draft_price.to_dict())
        if judge_price:
            cost.judge_usd = judge_price.cost(judge_usage.prompt_tokens,
                                              judge_usage.completion_tokens)
            cost.total_usd += cost.judge_usd
            if not draft_price or judge_price.model != draft_price.model:
                cost.prices.append(judge_price.to_dict())

    notes = []
    if deterministic and repeat > 1:
        notes.append(f"the {provider} provider is deterministic: the {repeat} repeats of each "
                     f"case are identical drafts, so they show no sampling variance")
    elif repeat > 1:
        notes.append(f"each case ran {repeat} times with the draft cache bypassed: every repeat "
                     f"is a fresh sample")
    skipped = by_assertion["judge"].skipped if "judge" in by_assertion else 0
    if skipped:
        notes.append(f"{skipped} judge assertion(s) skipped: no judge model (--judge-model or "
                     f"LLMDRAFT_JUDGE_MODEL); skipped assertions count neither for nor against "
                     f"the pass rate")
    cached = sum(r.result.cached for r in runs)
    if cached:
        notes.append(f"{cached} draft(s) came from the draft cache (only drafts that passed "
                     f"their checks are cached; --no-cache or --repeat N drafts anew); tokens, "
                     f"cost and latency count only fresh drafts")
    if provider == "openai" and draft_price is None:
        notes.append(f"no price known for model {model!r}: cost not reported (add it with "
                     f"LLMDRAFT_PRICES)")

    # What the prompts were: each kind's templates, the offline phrasing when it drafted, the
    # judge's rubric when a judge ran. compare shows whether they changed between two reports.
    from .. import prompts

    folders = {get_kind(kind).folder for kind in {c.kind for c in cases}}
    if provider == "offline":
        folders.add("offline")
    if judge is not None:
        folders.add("judge")
    prompt_hashes = {}
    for folder in sorted(folders):
        try:
            prompt_hashes[folder] = prompts.content_hash(folder)
        except (LLMDraftError, OSError):
            pass

    return Report(
        suite=SuiteInfo(str(suite.path), suite.description, suite.kind, len(suite.cases)),
        llmdraft_version=__version__,
        started_at=started_at.isoformat(timespec="seconds"),
        duration_s=round(duration, 3),
        provider=provider,
        model=model,
        deterministic=deterministic,
        judge_model=judge.model if judge is not None else None,
        prompts_sha256=prompt_hashes,
        repeat=repeat,
        cache="used" if cache_used else "bypassed",
        cases=len(cases),
        runs=len(runs),
        passed=passed,
        failed=len(runs) - passed,
        pass_rate=pass_rate,
        threshold=threshold,
        met_threshold=pass_rate is not None and pass_rate + 1e-9 >= threshold,
        by_assertion=dict(sorted(by_assertion.items(), key=lambda kv: _type_order(kv[0]))),
        by_check=by_check,
        by_case=by_case,
        disagreements=disagreements,
        usage=Tokens.of(usage, judge_usage),
        cost=cost,
        latency=Latency(
            runs=len(latencies),
            p50_s=percentile(latencies, 50),
            p95_s=percentile(latencies, 95),
            mean_s=sum(latencies) / len(latencies) if latencies else None,
            max_s=max(latencies) if latencies else None,
        ),
        cached=cached,
        notes=notes,
        results=[
            RunRecord(id=r.case.id, repeat=r.repeat, tags=list(r.case.tags), mode=r.case.mode,
                      passed=r.passed, assertions=list(r.outcomes),
                      context=r.case.context.to_dict(), result=r.result,
                      latency_s=round(r.latency, 6), judge_usage=r.judge_usage)
            for r in runs
        ],
    )


def _check_order() -> list[str]:
    from ..checks import ORDER

    return list(ORDER)


_TYPE_ORDER = ["error-check", "expect", "check", "not-check"]


def _type_order(name: str) -> tuple[int, str]:
    if name in _TYPE_ORDER:
        return _TYPE_ORDER.index(name), name
    if name == "judge":
        return 99, name
    return 50, name
