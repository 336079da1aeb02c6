"""The eval report as typed records: what `llmdraft eval --out FILE.json` writes and `eval
compare` and --filter-failing read back.

The runner builds a `Report`; the JSON file, the CSV, the HTML page, the terminal table and
`compare` all read its attributes, so a field is named in one place and a typo is an
AttributeError where it is made (and a type checker's error), not a KeyError in another module.

`to_dict()` writes the fields in the order they are declared here, which is the order of the
schema `llmdraft-eval/1` (evals/README.md): the JSON is the same, byte for byte, as the dicts
the runner built before. `from_dict()` reads a report back leniently (an older report, or one
built by hand in a test, may lack fields: they take their defaults); `report.read` has already
checked the types of the fields that `compare` and --filter-failing use.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from ..result import Result, Usage

SCHEMA = "llmdraft-eval/1"


def plain(value: Any) -> Any:
    """A record (or anything holding records) as JSON-ready values, keys in declared order."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


class Record:
    """A dataclass written field by field; a field marked `omit_none` is left out when None
    (the schema has keys that appear only sometimes, e.g. a check's `labelled`)."""

    def to_dict(self) -> dict:
        out = {}
        for f in fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if value is None and f.metadata.get("omit_none"):
                continue
            out[f.name] = plain(value)
        return out


def _map(data: Any) -> dict:
    return data if isinstance(data, dict) else {}


def _list(data: Any) -> list:
    return data if isinstance(data, list) else []


def _usage(data: Any) -> Usage:
    d = _map(data)
    return Usage(d.get("prompt_tokens", 0), d.get("completion_tokens", 0),
                 d.get("total_tokens", 0))


# -- one run ----------------------------------------------------------------------------------

@dataclass
class Outcome(Record):
    """One assertion's verdict on one run: passed True/False, or None when skipped."""

    type: str
    value: str
    passed: bool | None
    detail: str
    implicit: bool = False

    @property
    def status(self) -> str:
        return "skipped" if self.passed is None else ("passed" if self.passed else "failed")

    def to_dict(self) -> dict:
        return {"type": self.type, "value": self.value, "passed": self.passed,
                "status": self.status, "detail": self.detail, "implicit": self.implicit}

    @classmethod
    def from_dict(cls, data: Any) -> "Outcome":
        d = _map(data)
        return cls(d.get("type", ""), d.get("value", ""), d.get("passed"), d.get("detail") or "",
                   bool(d.get("implicit", False)))


@dataclass
class RunRecord(Record):
    """One case, one repeat, as the report keeps it (`results` in the JSON)."""

    id: str
    repeat: int
    tags: list[str]
    mode: str
    passed: bool
    assertions: list[Outcome]
    context: dict  # the case's context, as a context file would hold it
    result: Result | None  # None only when read back from a report whose result is not one
    latency_s: float
    judge_usage: Usage = field(default_factory=Usage)

    @property
    def failed(self) -> list[Outcome]:
        return [a for a in self.assertions if a.passed is False]

    @property
    def skipped(self) -> list[Outcome]:
        return [a for a in self.assertions if a.passed is None]

    @classmethod
    def from_dict(cls, data: Any) -> "RunRecord":
        d = _map(data)
        try:
            result: Result | None = Result.from_dict(d.get("result"))  # type: ignore[arg-type]
        except (ValueError, TypeError):
            result = None
        return cls(d.get("id", ""), d.get("repeat", 1), _list(d.get("tags")), d.get("mode", ""),
                   bool(d.get("passed")),
                   [Outcome.from_dict(a) for a in _list(d.get("assertions"))],
                   _map(d.get("context")), result, d.get("latency_s", 0.0),
                   _usage(d.get("judge_usage")))


# -- the summaries ----------------------------------------------------------------------------

@dataclass
class SuiteInfo(Record):
    path: str
    description: str | None = None
    kind: str = "request"
    cases_in_suite: int = 0

    @classmethod
    def from_dict(cls, data: Any) -> "SuiteInfo":
        d = _map(data)
        return cls(d.get("path", ""), d.get("description"), d.get("kind", "request"),
                   d.get("cases_in_suite", 0))


@dataclass
class AssertionStats(Record):
    """An assertion type's counts over every run."""

    passed: int = 0
    failed: int = 0
    skipped: int = 0
    pass_rate: float | None = None

    @classmethod
    def from_dict(cls, data: Any) -> "AssertionStats":
        d = _map(data)
        return cls(d.get("passed", 0), d.get("failed", 0), d.get("skipped", 0),
                   d.get("pass_rate"))


@dataclass
class Confusion(Record):
    """A check against labelled messages. Positive = the check fails (it detected a flaw)."""

    tp: int
    fp: int
    fn: int
    tn: int
    labelled: int
    precision: float | None
    recall: float | None
    accuracy: float | None

    @classmethod
    def of(cls, tp: int, fp: int, fn: int, tn: int) -> "Confusion":
        return cls(tp, fp, fn, tn, tp + fp + fn + tn, rate(tp, tp + fp), rate(tp, tp + fn),
                   rate(tp + tn, tp + fp + fn + tn))

    @classmethod
    def from_dict(cls, data: Any) -> "Confusion":
        d = _map(data)
        return cls(*(d.get(k, 0) for k in ("tp", "fp", "fn", "tn", "labelled")),
                   *(d.get(k) for k in ("precision", "recall", "accuracy")))


@dataclass
class CheckStats(Record):
    """A check's pass rate over drafted runs and, for labelled messages, its confusion."""

    severity: str
    runs: int = 0
    passed: int = 0
    pass_rate: float | None = None
    labelled: Confusion | None = field(default=None, metadata={"omit_none": True})

    @classmethod
    def from_dict(cls, data: Any) -> "CheckStats":
        d = _map(data)
        lab = d.get("labelled")
        return cls(d.get("severity", ""), d.get("runs", 0), d.get("passed", 0),
                   d.get("pass_rate"), Confusion.from_dict(lab) if isinstance(lab, dict) else None)


@dataclass
class CaseStats(Record):
    runs: int = 0
    passed: int = 0
    tags: list[str] = field(default_factory=list)
    mode: str = ""
    pass_rate: float | None = None

    @classmethod
    def from_dict(cls, data: Any) -> "CaseStats":
        d = _map(data)
        return cls(d.get("runs", 0), d.get("passed", 0), _list(d.get("tags")), d.get("mode", ""),
                   d.get("pass_rate"))


@dataclass
class Disagreement(Record):
    """A labelled judgement the check got wrong: is the label or the check at fault?"""

    id: str
    repeat: int
    check: str
    severity: str
    label: str  # "pass" | "fail"
    verdict: str  # "passes" | "fails"
    detail: str

    @classmethod
    def from_dict(cls, data: Any) -> "Disagreement":
        d = _map(data)
        return cls(*(d.get(k, "") for k in ("id", "repeat", "check", "severity", "label",
                                             "verdict", "detail")))


@dataclass
class Tokens(Record):
    """The drafts' tokens (fresh drafts only), and the judge's."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    judge: Usage = field(default_factory=Usage)

    @classmethod
    def of(cls, drafts: Usage, judge: Usage) -> "Tokens":
        return cls(drafts.prompt_tokens, drafts.completion_tokens, drafts.total_tokens, judge)

    @classmethod
    def from_dict(cls, data: Any) -> "Tokens":
        d = _map(data)
        drafts = _usage(d)
        return cls.of(drafts, _usage(d.get("judge")))


@dataclass
class Cost(Record):
    drafts_usd: float | None = None
    judge_usd: float | None = None
    total_usd: float | None = 0.0
    prices: list[dict] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: Any) -> "Cost | None":
        if not isinstance(data, dict):
            return None
        return cls(data.get("drafts_usd"), data.get("judge_usd"), data.get("total_usd"),
                   _list(data.get("prices")))


@dataclass
class Latency(Record):
    """Seconds per fresh draft (or check), judge calls excluded."""

    runs: int = 0
    p50_s: float | None = None
    p95_s: float | None = None
    mean_s: float | None = None
    max_s: float | None = None

    @classmethod
    def from_dict(cls, data: Any) -> "Latency":
        d = _map(data)
        return cls(d.get("runs", 0), d.get("p50_s"), d.get("p95_s"), d.get("mean_s"),
                   d.get("max_s"))


# -- the report -------------------------------------------------------------------------------

@dataclass
class Report(Record):
    """A suite run: what ran, against what, with what result; the fields of evals/README.md."""

    suite: SuiteInfo
    provider: str
    schema: str = SCHEMA
    llmdraft_version: str = ""
    started_at: str | None = None
    duration_s: float = 0.0
    model: str | None = None
    deterministic: bool = False
    judge_model: str | None = None
    prompts_sha256: dict[str, str] | None = field(default_factory=dict)  # None: an old report
    repeat: int = 1
    cache: str = "bypassed"
    cases: int = 0
    runs: int = 0
    passed: int = 0
    failed: int = 0
    pass_rate: float | None = None
    threshold: float = 1.0
    met_threshold: bool = False
    by_assertion: dict[str, AssertionStats] = field(default_factory=dict)
    by_check: dict[str, CheckStats] = field(default_factory=dict)
    by_case: dict[str, CaseStats] = field(default_factory=dict)
    disagreements: list[Disagreement] = field(default_factory=list)
    usage: Tokens = field(default_factory=Tokens)
    cost: Cost | None = None
    latency: Latency = field(default_factory=Latency)
    cached: int = 0
    notes: list[str] = field(default_factory=list)
    results: list[RunRecord] = field(default_factory=list)

    # the JSON's key order (the schema's), which is not the dataclass's (defaults come last)
    KEYS = ("schema", "suite", "llmdraft_version", "started_at", "duration_s", "provider",
            "model", "deterministic", "judge_model", "prompts_sha256", "repeat", "cache",
            "cases", "runs", "passed", "failed", "pass_rate", "threshold", "met_threshold",
            "by_assertion", "by_check", "by_case", "disagreements", "usage", "cost", "latency",
            "cached", "notes", "results")

    def to_dict(self) -> dict:
        return {key: plain(getattr(self, key)) for key in self.KEYS}

    @property
    def failing(self) -> list[RunRecord]:
        return [r for r in self.results if not r.passed]

    @classmethod
    def from_dict(cls, data: dict) -> "Report":
        """A report read back: an older one, or one written by hand, may lack fields."""
        d = _map(data)
        return cls(
            suite=SuiteInfo.from_dict(d.get("suite")),
            provider=d.get("provider", ""),
            schema=d.get("schema", SCHEMA),
            llmdraft_version=d.get("llmdraft_version", ""),
            started_at=d.get("started_at"),
            duration_s=d.get("duration_s", 0.0),
            model=d.get("model"),
            deterministic=bool(d.get("deterministic", False)),
            judge_model=d.get("judge_model"),
            prompts_sha256=(d["prompts_sha256"] if isinstance(d.get("prompts_sha256"), dict)
                            else None),
            repeat=d.get("repeat", 1),
            cache=d.get("cache", "bypassed"),
            cases=d.get("cases", 0),
            runs=d.get("runs", 0),
            passed=d.get("passed", 0),
            failed=d.get("failed", 0),
            pass_rate=d.get("pass_rate"),
            threshold=d.get("threshold", 1.0),
            met_threshold=bool(d.get("met_threshold", False)),
            by_assertion={k: AssertionStats.from_dict(v)
                          for k, v in _map(d.get("by_assertion")).items()},
            by_check={k: CheckStats.from_dict(v) for k, v in _map(d.get("by_check")).items()},
            by_case={k: CaseStats.from_dict(v) for k, v in _map(d.get("by_case")).items()},
            disagreements=[Disagreement.from_dict(x) for x in _list(d.get("disagreements"))],
            usage=Tokens.from_dict(d.get("usage")),
            cost=Cost.from_dict(d.get("cost")),
            latency=Latency.from_dict(d.get("latency")),
            cached=d.get("cached", 0),
            notes=_list(d.get("notes")),
            results=[RunRecord.from_dict(r) for r in _list(d.get("results"))],
        )


def rate(passed: int, total: int) -> float | None:
    return passed / total if total else None
