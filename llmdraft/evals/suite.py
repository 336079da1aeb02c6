"""The suite format: a YAML file of cases (or a CSV of them), checked before anything runs.

    description: core request drafting
    kind: request              # the default kind of the cases
    threshold: 0.9             # minimum pass rate (0 to 1); default 1.0: every run must pass
    defaults: {channel: linkedin-request}   # merged under every case's context
    assert: [{max-chars: 1000}]             # added to every case without `expect`
    cases:                     # a list, or the path of a CSV file (relative to this file)
      - id: seed-example
        tags: [seed]
        context: {recipient: ..., project: ..., strengths: [...]}
        assert: [{icontains: Colorado}, {judge: "..."}]
      - id: default-text-is-rejected
        context: {...}
        message: "Hi John, can you write me a recommendation?"   # check this instead of drafting
        expect: {project_named: false, recipient_named: true}   # labels: the check should pass?

A bad suite raises InputError with one line naming the file, the case and the field.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..sanitize import excerpt
from ..checks import ERROR_CHECKS, checks_for
from ..context import ALL_KEYS, Context
from ..kinds import context_for
from ..errors import InputError, LLMDraftError
from .assertions import Assertion, resolve, substitute

DEFAULT_THRESHOLD = 1.0
CONTEXT_KEYS = ALL_KEYS


class SuiteError(InputError):
    """A suite that cannot run: the message names the file, the case and the field."""


# -- the raw shapes (pydantic checks types and unknown keys) ----------------------------------

class _SuiteModel(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    description: str = ""
    kind: str = "request"
    threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    defaults: dict[str, Any] = Field(default_factory=dict)
    assert_: list[Any] = Field(default_factory=list, alias="assert")
    cases: list[Any] | str


class _CaseModel(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    id: str | int
    description: str | None = None
    note: str | None = None  # a labeller's reason for a hard label: read by people, not run
    tags: list[str | int] | str = Field(default_factory=list)
    kind: str | None = None
    context: dict[str, Any]
    message: str | None = None
    subject: str | None = None
    expect: dict[str, bool] = Field(default_factory=dict)
    assert_: list[Any] = Field(default_factory=list, alias="assert")
    allow_fail: list[str] = Field(default_factory=list)
    variant: int = Field(default=0, ge=0)


# -- what the runner uses ---------------------------------------------------------------------

@dataclass
class Case:
    id: str
    index: int  # position in the suite (0-based)
    kind: str
    context: Context
    tags: tuple[str, ...] = ()
    description: str | None = None
    message: str | None = None  # a given message: checked, not drafted
    subject: str | None = None
    expect: dict[str, bool] = field(default_factory=dict)
    assertions: list[Assertion] = field(default_factory=list)
    variant: int = 0

    @property
    def mode(self) -> str:
        """'labelled' (message + expect), 'message' (a given message) or 'draft'."""
        if self.message is not None:
            return "labelled" if self.expect else "message"
        return "draft"


@dataclass
class Suite:
    path: Path
    description: str
    kind: str
    threshold: float
    threshold_given: bool
    cases: list[Case]

    @property
    def has_judge(self) -> bool:
        return any(a.is_judge for c in self.cases for a in c.assertions)


# -- loading ----------------------------------------------------------------------------------

def load_suite(path: str | Path) -> Suite:
    path = Path(path)
    text = _read(path, "suite file")
    if path.suffix.lower() == ".csv":
        raw: dict = {"cases": _csv_cases(path, text)}
    else:
        raw = _yaml(path, text)
        _refuse_controls(raw, path)  # YAML escapes ("\e", "\u202e") make them after parsing
    try:
        model = _SuiteModel.model_validate(raw)
    except ValidationError as exc:
        raise SuiteError(f"{path}: {_pydantic_line(exc)}") from None
    kind = _kind(model.kind, path, None)
    rows = model.cases
    if isinstance(rows, str):
        csv_path = (path.parent / rows) if not Path(rows).is_absolute() else Path(rows)
        rows = _csv_cases(csv_path, _read(csv_path, "cases file"))
        where = csv_path
    else:
        where = path
    if not rows:
        raise SuiteError(f"{path}: field 'cases': the suite has no cases")
    if not isinstance(model.defaults, dict):
        raise SuiteError(f"{path}: field 'defaults': must be a mapping of context keys")
    bad = sorted(set(model.defaults) - set(CONTEXT_KEYS))
    if bad:
        raise SuiteError(f"{path}: field 'defaults': unknown context key {excerpt(bad[0])}")

    cases: list[Case] = []
    seen: dict[str, int] = {}
    for index, row in enumerate(rows):
        case = _case(row, index, where, kind, model.defaults, model.assert_)
        if case.id in seen:
            raise SuiteError(f"{where}: case {excerpt(case.id)} (cases[{index}]): field 'id': "
                             f"duplicate id (also cases[{seen[case.id]}])")
        seen[case.id] = index
        cases.append(case)
    threshold = model.threshold if model.threshold is not None else DEFAULT_THRESHOLD
    return Suite(path=path, description=model.description, kind=kind, threshold=threshold,
                 threshold_given=model.threshold is not None, cases=cases)


MAX_SUITE_BYTES = 16 << 20  # the shipped suites are a few KB


def _read(path: Path, what: str) -> str:
    """The file's text; a control character anywhere in it is refused (a suite's ids, messages
    and descriptions are printed in tables and reports: README, hostile input)."""
    from ..loaders import LoadError, read_text
    from ..sanitize import find_control

    try:
        text = read_text(path, MAX_SUITE_BYTES)
    except LoadError as exc:
        raise SuiteError(f"{what} {path} is too large: {exc}") from None
    except FileNotFoundError:
        raise SuiteError(f"{what} not found: {path}") from None
    except IsADirectoryError:
        raise SuiteError(f"{what} {path} is a folder, not a file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SuiteError(f"cannot read {what} {path}: {exc}") from None
    for number, line in enumerate(text.replace("\r\n", "\n").split("\n"), start=1):
        control = find_control(line)
        if control:
            raise SuiteError(f"{path}: line {number} holds the control character {control}: "
                             f"remove it")
    return text


def _refuse_controls(data: object, path: Path) -> None:
    from ..sanitize import find_control

    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            control = find_control(item.replace("\r\n", "\n"))
            if control:
                raise SuiteError(f"{path}: the value {excerpt(item, 40)} holds the control "
                                 f"character {control}: remove it")


def _yaml(path: Path, text: str) -> dict:
    from ..loaders import LoadError, load_yaml

    try:
        data = load_yaml(text)  # strict: no aliases, no duplicate keys, bounded depth
    except LoadError as exc:
        raise SuiteError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise SuiteError(f"{path}: a suite is a mapping with a 'cases' list")
    return data


def _kind(name: Any, path: Path, label: str | None) -> str:
    from ..kinds import get_kind

    try:
        get_kind(str(name))
    except LLMDraftError as exc:
        raise SuiteError(f"{path}: {label + ': ' if label else ''}field 'kind': {exc}") from None
    return str(name)


def _pydantic_line(exc: ValidationError) -> str:
    first = exc.errors()[0]
    loc = ".".join(str(part) for part in first["loc"]).replace("assert_", "assert")
    if first["type"] == "missing":
        return f"field {excerpt(loc)}: missing"
    if first["type"] == "extra_forbidden":
        return f"field {excerpt(loc)}: unknown field"
    return f"field {excerpt(loc)}: {first['msg']}"


def _case(row: Any, index: int, path: Path, suite_kind: str, defaults: dict,
          suite_asserts: list) -> Case:
    raw_id = row.get("id") if isinstance(row, dict) else None
    label = f"cases[{index}]"
    if raw_id not in (None, ""):
        label = f"case {excerpt(str(raw_id))} ({label})"

    def fail(where: str, reason: str) -> SuiteError:
        return SuiteError(f"{path}: {label}: field {excerpt(where)}: {reason}")

    if not isinstance(row, dict):
        raise SuiteError(f"{path}: {label}: a case is a mapping with 'id' and 'context'")
    try:
        model = _CaseModel.model_validate(row)
    except ValidationError as exc:
        raise SuiteError(f"{path}: {label}: {_pydantic_line(exc)}") from None
    case_id = str(model.id).strip()
    if not case_id:
        raise fail("id", "empty")
    kind = _kind(model.kind, path, label) if model.kind else suite_kind

    unknown = sorted(set(model.context) - set(CONTEXT_KEYS))
    if unknown:
        raise fail(f"context.{unknown[0]}", f"unknown context key: use {', '.join(ALL_KEYS)}")
    try:
        ctx = context_for(kind, {**defaults, **model.context})
    except LLMDraftError as exc:
        raise fail("context", str(exc)) from None

    if model.message is not None and not model.message.strip():
        raise fail("message", "empty")
    if model.subject is not None and model.message is None:
        raise fail("subject", "a subject needs a message (a subject is checked with its message)")
    if model.expect and model.message is None:
        raise fail("expect", "labels need a message to label (add 'message', or use "
                             "check / not-check to test a draft)")
    applicable = [c.name for c in checks_for(kind)]
    for name in model.expect:
        if name not in applicable:
            raise fail(f"expect.{name}", f"unknown check: use one of {', '.join(applicable)}")
    for name in model.allow_fail:
        if name not in applicable:
            raise fail("allow_fail", f"unknown check {excerpt(name)}: use one of {', '.join(applicable)}")

    assertions: list[Assertion] = []
    written = [(f"assert[{i}]", item) for i, item in enumerate(model.assert_)]
    if not model.expect:  # labelled messages are judged by their labels alone
        written += [(f"suite assert[{i}]", item) for i, item in enumerate(suite_asserts)]
    for where, item in written:
        try:
            assertions.append(parse_assertion(item, kind, ctx))
        except ValueError as exc:
            raise fail(where, str(exc)) from None

    if model.expect:
        assertions += [Assertion("expect", (name, label_), implicit=True)
                       for name, label_ in model.expect.items()]
    else:
        named = {a.value for a in assertions if a.spec.name == "check"} | set(model.allow_fail)
        assertions = [Assertion("error-check", name, implicit=True)
                      for name in ERROR_CHECKS if name in applicable and name not in named
                      ] + assertions

    tags = model.tags
    if isinstance(tags, str):
        sep = ";" if ";" in tags else ("|" if "|" in tags else ",")
        tags = [t.strip() for t in tags.split(sep)]
    return Case(id=case_id, index=index, kind=kind, context=ctx,
                tags=tuple(str(t).strip() for t in tags if str(t).strip()),
                description=model.description, message=model.message, subject=model.subject,
                expect=dict(model.expect), assertions=assertions, variant=model.variant)


def parse_assertion(item: Any, kind: str, ctx: Context) -> Assertion:
    """`{TYPE: VALUE}` or `{type: TYPE, value: VALUE}` -> Assertion; ValueError says why not."""
    if isinstance(item, dict) and "type" in item:
        extra = sorted(set(item) - {"type", "value"})
        if extra:
            raise ValueError(f"unknown key {excerpt(extra[0])} (use type and value)")
        type_name, raw = item["type"], item.get("value")
    elif isinstance(item, dict) and len(item) == 1:
        (type_name, raw), = item.items()
    else:
        raise ValueError("an assertion is one 'type: value' pair, e.g. {icontains: Colorado}")
    spec, _negated = resolve(str(type_name))
    if raw is None:
        raise ValueError(f"{type_name} needs a value")
    raw = substitute(raw, ctx, escape=spec.name.endswith("regex"))
    value = spec.parse(raw, kind)
    return Assertion(str(type_name), value)


# -- CSV cases --------------------------------------------------------------------------------

def _csv_cases(path: Path, text: str) -> list[dict]:
    """One case per row. Columns: id, tags, description, kind, variant, message, subject, the
    context keys, `expect.CHECK` (true/false) and any number of `assert*` columns, each cell one
    `type: value` (list values separated by ';' or '|'). Empty cells are absent. Without an id
    column a case is `row-N` (N counts data rows from 1)."""
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = reader.fieldnames or []
        rows = list(reader)
    except csv.Error as exc:
        raise SuiteError(f"{path}: not valid CSV: {exc}") from None
    if not header:
        raise SuiteError(f"{path}: the CSV has no header row")
    names = [(column or "").strip() for column in header]
    twice = next((name for n, name in enumerate(names) if name in names[:n]), None)
    if twice is not None:
        raise SuiteError(f"{path}: column {excerpt(twice)} appears twice: a row would keep only "
                         f"the last; number them (assert1, assert2) or merge them")
    plain = {"id", "tags", "description", "note", "kind", "variant", "message", "subject"}
    for column in header:
        name = (column or "").strip()
        if not (name in plain or name in CONTEXT_KEYS or name.startswith("assert")
                or name.startswith("expect.")):
            raise SuiteError(f"{path}: column {excerpt(name)}: unknown column (use id, tags, message, "
                             f"the context keys, expect.CHECK or assert...)")
    cases = []
    for number, row in enumerate(rows, start=1):
        if None in row:
            raise SuiteError(f"{path}: row {number}: more cells than columns")
        cells = {(k or "").strip(): (v if v is None else v.strip()) for k, v in row.items()}
        cells = {k: v for k, v in cells.items() if v not in (None, "")}
        if not cells:
            continue  # a blank line
        case: dict[str, Any] = {"id": cells.pop("id", f"row-{number}"), "context": {}}
        asserts, expect = [], {}
        for key, value in cells.items():
            if key in CONTEXT_KEYS:
                case["context"][key] = value
            elif key.startswith("expect."):
                expect[key[len("expect."):]] = value
            elif key.startswith("assert"):
                type_name, sep, arg = value.partition(":")
                if not sep:
                    raise SuiteError(f"{path}: case {excerpt(case['id'])} (row {number}): column {excerpt(key)}: "
                                     f"write an assertion as 'type: value'")
                asserts.append({type_name.strip(): arg.strip()})
            else:
                case[key] = value
        if asserts:
            case["assert"] = asserts
        if expect:
            case["expect"] = expect
        if not case["context"]:
            del case["context"]  # reported as a missing field
        cases.append(case)
    return cases
