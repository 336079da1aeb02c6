"""The result object of design.md §3: what `--json`, batch rows and the Python API return."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: "Usage") -> "Usage":
        return Usage(
            self.prompt_tokens + other.prompt_tokens,
            self.completion_tokens + other.completion_tokens,
            self.total_tokens + other.total_tokens,
        )


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    severity: str  # "error" | "warning"
    detail: str = ""


@dataclass
class Result:
    kind: str
    message: str
    subject: str | None
    checks: list[CheckResult]
    attempts: int = 1
    cached: bool = False
    provider: str = "offline"
    model: str | None = None
    usage: Usage = field(default_factory=Usage)
    advice: dict | None = None  # follow-ups: {decision, reason, send_after}

    @property
    def passed(self) -> bool:
        """No error-severity check failed."""
        return not self.failed_errors

    @property
    def failed_errors(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.passed and c.severity == "error"]

    @property
    def failed_warnings(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.passed and c.severity == "warning"]

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "message": self.message,
            "subject": self.subject,
            "passed": self.passed,
            "checks": [asdict(c) for c in self.checks],
            "attempts": self.attempts,
            "cached": self.cached,
            "provider": self.provider,
            "model": self.model,
            "usage": asdict(self.usage),
            **({"advice": self.advice} if self.advice is not None else {}),
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict) -> "Result":
        return cls(
            kind=data["kind"],
            message=data["message"],
            subject=data.get("subject"),
            checks=[CheckResult(**c) for c in data["checks"]],
            attempts=data.get("attempts", 1),
            cached=data.get("cached", False),
            provider=data.get("provider", "offline"),
            model=data.get("model"),
            usage=Usage(**data.get("usage", {})),
            advice=data.get("advice"),
        )
