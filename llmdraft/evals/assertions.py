"""The assertion types a case may list under `assert`, registered here by name.

An assertion is one mapping in a case's `assert` list, `{TYPE: VALUE}` (or promptfoo's
`{type: TYPE, value: VALUE}`). Every type marked negatable also exists as `not-TYPE`, which
passes exactly when TYPE fails. Text assertions look at the message body (not the subject).

String values may use `{{name}}` for the case's context: `{{recipient}}`, `{{first_name}}`,
`{{sender}}`, `{{project}}`, `{{strengths}}` (comma-joined), `{{strengths[0]}}`,
`{{relationship}}`, `{{closeness}}`, `{{channel}}`, `{{purpose}}`, `{{details}}`, `{{limit}}`
(and any other context key).
In a `regex` the value is inserted escaped (it matches literally).

Two types are not written by hand: `error-check` (added to every case without `expect`: each
error-severity check must pass, unless the case names that check in `check`, `not-check` or
`allow_fail`) and `expect` (one per entry of a case's `expect` mapping).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from ..sanitize import excerpt
from ..checks import REGISTRY as CHECKS
from ..checks import checks_for
from ..context import KEYS, Context
from ..checks.base import Verdict  # (passed, detail), as a check gives it
from ..result import Result
from .records import Outcome  # noqa: F401 - one assertion's verdict, a record of the report


@dataclass(frozen=True)
class Output:
    """What an assertion looks at: the draft (or the given message) and its context."""

    message: str
    subject: str | None
    result: Result
    context: Context
    kind: str




@dataclass(frozen=True)
class AssertionType:
    name: str
    parse: Callable[[Any, str], Any]  # (raw value, kind) -> value; raises ValueError(reason)
    evaluate: Callable[[Any, Output], Verdict] | None  # None: graded elsewhere (judge)
    negatable: bool
    summary: str
    example: str  # one YAML line for the docs and `--help`
    by_hand: bool = True  # False for the types the loader adds itself


REGISTRY: dict[str, AssertionType] = {}


def define(name: str, parse: Callable[[Any, str], Any],
             evaluate: Callable[[Any, Output], Verdict] | None, *, negatable: bool, summary: str,
             example: str, by_hand: bool = True) -> None:
    """Add an assertion type: `parse` checks and normalises the value when the suite loads,
    `evaluate` gives (passed, detail) for one output."""
    if name in REGISTRY:
        raise ValueError(f"assertion type {excerpt(name)} registered twice")
    REGISTRY[name] = AssertionType(name, parse, evaluate, negatable, summary, example, by_hand)


def resolve(type_name: str) -> tuple[AssertionType, bool]:
    """'not-icontains' -> (icontains, negated). Raises ValueError for an unknown type."""
    found = REGISTRY.get(type_name)
    if found is not None and found.by_hand:
        return found, False
    if type_name.startswith("not-"):
        base = REGISTRY.get(type_name[4:])
        if base is not None and base.by_hand and base.negatable:
            return base, True
    import difflib

    close = difflib.get_close_matches(type_name, known_types(), n=1)
    hint = f"did you mean {excerpt(close[0])}? " if close else ""
    base = [t.name for t in REGISTRY.values() if t.by_hand]
    raise ValueError(f"unknown assertion type {excerpt(type_name)}: {hint}use one of {', '.join(base)} "
                     f"(not-TYPE negates the text, regex and check types)")


def known_types() -> list[str]:
    names = []
    for t in REGISTRY.values():
        if t.by_hand:
            names.append(t.name)
            if t.negatable:
                names.append(f"not-{t.name}")
    return names


@dataclass(frozen=True)
class Assertion:
    type: str  # as written: "icontains", "not-regex", "error-check", "expect"
    value: Any
    implicit: bool = False  # added by the loader, not written in the suite

    @property
    def spec(self) -> AssertionType:
        if self.type in REGISTRY:
            return REGISTRY[self.type]
        return REGISTRY[self.type[4:]]

    @property
    def negated(self) -> bool:
        return self.type not in REGISTRY and self.type.startswith("not-")

    @property
    def is_judge(self) -> bool:
        return self.spec.name == "judge"

    def evaluate(self, out: Output) -> Verdict:
        try:
            passed, detail = self.spec.evaluate(self.value, out)
        except Undecided as exc:  # fails whether negated or not
            return False, f"{exc}: not judged"
        return (not passed if self.negated else passed), detail

    def value_text(self) -> str:
        if self.type == "expect":
            name, label = self.value
            return f"{name}={'true' if label else 'false'}"
        if isinstance(self.value, bool):
            return "true" if self.value else "false"
        if hasattr(self.value, "pattern") and hasattr(self.value, "search"):
            return self.value.pattern
        if isinstance(self.value, (list, tuple)):
            return ", ".join(map(str, self.value))
        return str(self.value)


# -- value parsers ----------------------------------------------------------------------------

def _text(raw: Any, kind: str) -> str:
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        raise ValueError(f"needs text, not {type(raw).__name__}")
    text = str(raw)
    if not text:
        raise ValueError("needs non-empty text")
    return text


def _texts(raw: Any, kind: str) -> tuple[str, ...]:
    if isinstance(raw, str):  # a CSV cell: split like strengths
        sep = ";" if ";" in raw else "|"
        raw = [part.strip() for part in raw.split(sep) if part.strip()]
    if not isinstance(raw, (list, tuple)) or not raw:
        raise ValueError("needs a non-empty list of texts")
    return tuple(_text(item, kind) for item in raw)


def _count(raw: Any, kind: str) -> int:
    if isinstance(raw, bool):
        raise ValueError("needs a whole number")
    try:
        number = int(str(raw).strip()) if isinstance(raw, str) else raw
    except ValueError:
        raise ValueError(f"needs a whole number, not {excerpt(raw)}") from None
    if not isinstance(number, int) or number < 1:
        raise ValueError(f"needs a whole number of at least 1, not {excerpt(raw)}")
    return number


class Undecided(Exception):
    """An assertion that could not be judged (a regex over its time limit): it fails, negated
    or not."""


REGEX_SECONDS = 1.0  # one regex assertion on one message; a sane pattern needs microseconds


def _pattern(raw: Any, kind: str):
    """A `regex` (the package: Python's syntax, plus a time limit per match, so that a
    catastrophic pattern like (a+)+$ fails its assertion instead of hanging the eval)."""
    import regex

    text = _text(raw, kind)
    try:
        return regex.compile(text)
    except (regex.error, ValueError, OverflowError, RecursionError) as exc:
        raise ValueError(f"{excerpt(text)} is not a valid regular expression "
                         f"({excerpt(str(exc), 80)})") from None


def _search(pattern, text: str):
    """pattern.search with the time limit; TimeoutError when it is exceeded."""
    return pattern.search(text, timeout=REGEX_SECONDS)


def _check_name(raw: Any, kind: str) -> str:
    name = _text(raw, kind).strip()
    applicable = [c.name for c in checks_for(kind)]
    if name not in CHECKS:
        raise ValueError(f"unknown check {excerpt(name)}: use one of {', '.join(applicable)}")
    if name not in applicable:
        raise ValueError(f"check {excerpt(name)} does not run for kind {excerpt(kind)}")
    return name


def _question(raw: Any, kind: str) -> str:
    text = _text(raw, kind).strip()
    if len(text) > 1000:
        raise ValueError("a judge question is at most 1,000 characters")
    return text


# -- the types --------------------------------------------------------------------------------

def _show(text: str) -> str:
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _contains(fold: bool):
    def evaluate(value: str, out: Output) -> Verdict:
        hay, needle = (out.message.casefold(), value.casefold()) if fold else (out.message, value)
        if needle in hay:
            return True, f"the message contains {_show(value)}"
        return False, f"the message does not contain {_show(value)}"

    return evaluate


def _contains_any(fold: bool):
    def evaluate(values: tuple[str, ...], out: Output) -> Verdict:
        hay = out.message.casefold() if fold else out.message
        found = [v for v in values if (v.casefold() if fold else v) in hay]
        if found:
            return True, f"the message contains {_show(found[0])}"
        return False, f"the message contains none of {', '.join(map(_show, values))}"

    return evaluate


def _contains_all(fold: bool):
    def evaluate(values: tuple[str, ...], out: Output) -> Verdict:
        hay = out.message.casefold() if fold else out.message
        missing = [v for v in values if (v.casefold() if fold else v) not in hay]
        if not missing:
            return True, f"the message contains all {len(values)}"
        return False, f"the message lacks {', '.join(map(_show, missing))}"

    return evaluate


define("contains", _text, _contains(False), negatable=True,
         summary="the message contains the text (case matters)",
         example='contains: "Colorado Community Development"')
define("icontains", _text, _contains(True), negatable=True,
         summary="the message contains the text, any case",
         example="icontains: colorado")
define("contains-any", _texts, _contains_any(False), negatable=True,
         summary="the message contains at least one of the texts",
         example="contains-any: [Thanks, Thank you]")
define("icontains-any", _texts, _contains_any(True), negatable=True,
         summary="contains-any, any case",
         example="icontains-any: [thanks, thank you, grateful]")
define("contains-all", _texts, _contains_all(False), negatable=True,
         summary="the message contains every one of the texts",
         example='contains-all: ["{{strengths[0]}}", "{{project}}"]')
define("icontains-all", _texts, _contains_all(True), negatable=True,
         summary="contains-all, any case",
         example="icontains-all: [volunteers, project management]")


def _starts_with(value: str, out: Output) -> Verdict:
    start = out.message.lstrip()
    if start.startswith(value):
        return True, f"the message starts with {_show(value)}"
    return False, f"the message starts with {_show(start[: max(len(value), 20)])}"


define("starts-with", _text, _starts_with, negatable=True,
         summary="the message starts with the text",
         example='starts-with: "Hi {{first_name}}"')


def _regex(pattern, out: Output) -> Verdict:
    try:
        found = _search(pattern, out.message)
    except TimeoutError:
        raise Undecided(f"/{_show(pattern.pattern)}/ took over {REGEX_SECONDS:g} s") from None
    if found:
        return True, f"/{pattern.pattern}/ matches {_show(found.group(0))}"
    return False, f"/{pattern.pattern}/ does not match"


define("regex", _pattern, _regex, negatable=True,
         summary="a Python regular expression finds a match in the message",
         example='regex: "(?i)\\\\bthank(s| you)\\\\b"')


def _flag(raw: Any, kind: str) -> bool:
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("true", "yes", "1"):
        return True
    if text in ("false", "no", "0"):
        return False
    raise ValueError(f"needs true or false, not {excerpt(raw)}")


def _has_subject(wanted: bool, out: Output) -> Verdict:
    has = bool(out.subject and out.subject.strip())
    return has == wanted, (f"subject {_show(out.subject)}" if has else "no subject line")


def _subject_regex(pattern, out: Output) -> Verdict:
    if not out.subject:
        return False, "no subject line"
    try:
        found = _search(pattern, out.subject)
    except TimeoutError:
        raise Undecided(f"/{_show(pattern.pattern)}/ took over {REGEX_SECONDS:g} s") from None
    if found:
        return True, f"/{pattern.pattern}/ matches the subject {_show(out.subject)}"
    return False, f"/{pattern.pattern}/ does not match the subject {_show(out.subject)}"


define("has-subject", _flag, _has_subject, negatable=False,
         summary="the draft has a subject line (true) or has none (false)",
         example="has-subject: true")
define("subject-regex", _pattern, _subject_regex, negatable=True,
         summary="a regular expression finds a match in the subject line",
         example='subject-regex: "(?i)recommendation"')


def _max_chars(limit: int, out: Output) -> Verdict:
    n = len(out.message)
    return n <= limit, f"{n:,} characters (at most {limit:,})"


def _min_chars(limit: int, out: Output) -> Verdict:
    n = len(out.message)
    return n >= limit, f"{n:,} characters (at least {limit:,})"


def _max_words(limit: int, out: Output) -> Verdict:
    n = len(out.message.split())
    return n <= limit, f"{n:,} words (at most {limit:,})"


define("max-chars", _count, _max_chars, negatable=False,
         summary="the message body is at most N characters",
         example="max-chars: 1000")
define("min-chars", _count, _min_chars, negatable=False,
         summary="the message body is at least N characters",
         example="min-chars: 200")
define("max-words", _count, _max_words, negatable=False,
         summary="the message body is at most N words",
         example="max-words: 180")


def _find_check(name: str, out: Output):
    for c in out.result.checks:
        if c.name == name:
            return c
    return None


def _check(name: str, out: Output) -> Verdict:
    found = _find_check(name, out)
    if found is None:
        return False, f"check {name} did not run"
    state = "passes" if found.passed else "fails"
    return found.passed, f"{name} {state}" + (f": {found.detail}" if found.detail else "")


define("check", _check_name, _check, negatable=True,
          summary="the named check passes (any severity); not-check: it fails",
          example="check: asks_their_strengths")
define("error-check", _check_name, _check, negatable=False, by_hand=False,
          summary="added to each case without `expect`: every error check must pass",
          example="")


def _expect(value: tuple[str, bool], out: Output) -> Verdict:
    name, label = value
    found = _find_check(name, out)
    if found is None:
        return False, f"check {name} did not run"
    said = "passes" if found.passed else "fails"
    wanted = "pass" if label else "fail"
    detail = f"labelled {wanted}, {name} {said}" + (f": {found.detail}" if found.detail else "")
    return found.passed == label, detail


define("expect", lambda raw, kind: raw, _expect, negatable=False, by_hand=False,
          summary="one per entry of a case's `expect`: the check agrees with the label",
          example="")

define("judge", _question, None, negatable=False,
          summary="a model answers the question about the draft (needs --judge-model; "
                  "else skipped, not counted)",
          example='judge: "Would a busy manager know exactly what to write after reading this?"')


# -- {{name}} in values -----------------------------------------------------------------------

_VAR = re.compile(r"\{\{\s*([a-z_]+)(?:\[(\d+)\])?\s*\}\}")
_SCALARS = tuple(k for k in KEYS if k != "strengths")


def context_vars(ctx: Context) -> dict[str, Any]:
    out: dict[str, Any] = {"first_name": ctx.first_name, "limit": str(ctx.limit),
                           "strengths": list(ctx.strengths)}
    for key in _SCALARS:
        value = getattr(ctx, key)
        out[key] = getattr(value, "value", value)
    return out


def substitute(raw: Any, ctx: Context, *, escape: bool = False) -> Any:
    """Fill `{{name}}` from the context; ValueError names an unknown or empty variable."""
    if isinstance(raw, (list, tuple)):
        return [substitute(item, ctx, escape=escape) for item in raw]
    if not isinstance(raw, str) or "{{" not in raw:
        return raw
    values = context_vars(ctx)

    def fill(found: re.Match) -> str:
        name, index = found.group(1), found.group(2)
        if name not in values:
            known = ", ".join(sorted(values))
            raise ValueError(f"unknown variable {{{{{name}}}}}: use one of {known}")
        value = values[name]
        if name == "strengths":
            if index is None:
                value = ", ".join(value)
            elif int(index) < len(value):
                value = value[int(index)]
            else:
                raise ValueError(f"{{{{strengths[{index}]}}}}: the context has {len(value)} "
                                 f"strength(s)")
        elif index is not None:
            raise ValueError(f"{{{{{name}[{index}]}}}}: only strengths takes an index")
        if value is None:
            raise ValueError(f"{{{{{name}}}}} is used but the context has no {name}")
        return re.escape(str(value)) if escape else str(value)

    return _VAR.sub(fill, raw)
