"""The result object (the README's "Python API"): what `--json`, batch rows and the Python API return."""

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
        """JSON with accents as they are, but every control character escaped (json escapes
        C0 controls itself; C1 controls and bidi overrides would otherwise be printed raw)."""
        from .sanitize import escape_controls

        return escape_controls(json.dumps(self.to_dict(), indent=indent, ensure_ascii=False))

    @classmethod
    def from_dict(cls, data: dict) -> "Result":
        """A result read back (from the cache): every field's type is checked, since the row
        may have been edited; ValueError when one is wrong."""
        _check_shape(data)
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


def _check_shape(data: object) -> None:
    def count(value: object) -> bool:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0

    if not isinstance(data, dict):
        raise ValueError("not an object")
    if not isinstance(data.get("kind"), str) or not isinstance(data.get("message"), str):
        raise ValueError("kind and message must be text")
    if data.get("subject") is not None and not isinstance(data["subject"], str):
        raise ValueError("subject must be text or null")
    checks = data.get("checks")
    if not isinstance(checks, list) or not all(
            isinstance(c, dict) and set(c) <= {"name", "passed", "severity", "detail"}
            and isinstance(c.get("name"), str) and isinstance(c.get("passed"), bool)
            and c.get("severity") in ("error", "warning") and isinstance(c.get("detail", ""), str)
            for c in checks):
        raise ValueError("checks must be a list of check results")
    if not count(data.get("attempts", 1)) or not isinstance(data.get("cached", False), bool):
        raise ValueError("attempts and cached have the wrong type")
    usage = data.get("usage", {})
    if not isinstance(usage, dict) or not set(usage) <= {"prompt_tokens", "completion_tokens",
                                                         "total_tokens"} \
            or not all(count(v) for v in usage.values()):
        raise ValueError("usage must hold token counts")
    for key in ("provider", "model"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ValueError(f"{key} must be text")
