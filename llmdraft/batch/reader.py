"""Reading a batch input: CSV in the common dialects, JSONL, and LinkedIn's Connections.csv.

The file is read twice, both times streaming: a first pass picks the encoding (UTF-8, with or
without a BOM, else Excel's cp1252), refuses binary files and counts the records (for the
progress bar); the second pass yields one record at a time. Nothing holds the whole file.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..sanitize import excerpt
from ..context import ALL_KEYS
from ..errors import InputError
from ..linkedin import find_header

csv.field_size_limit(sys.maxsize)  # a 10 MB cell is a bad row, not an unreadable file

# Column names people use, after normalising (lowercase, spaces and dashes to underscores).
ALIASES = {
    "recipient": "recipient", "to": "recipient", "name": "recipient", "recommender": "recipient",
    "recipient_name": "recipient", "full_name": "recipient", "contact": "recipient",
    "sender": "sender", "from": "sender", "your_name": "sender", "sender_name": "sender",
    "project": "project", "shared_project": "project", "project_name": "project",
    "strengths": "strengths", "strength": "strengths", "skills": "strengths",
    "relationship": "relationship", "relation": "relationship", "how_you_know": "relationship",
    "closeness": "closeness", "channel": "channel", "purpose": "purpose", "goal": "purpose",
    "details": "details", "facts": "details", "kind": "kind",
    "recipient_role": "recipient_role", "role": "recipient_role", "their_role": "recipient_role",
    "greet_as": "greet_as", "greeting_name": "greet_as", "preferred_name": "greet_as",
    "pronouns": "pronouns",
    "words": "words", "max_chars": "max_chars",
    "asked_on": "asked_on", "days_since": "days_since", "reminders_sent": "reminders_sent",
}
_NUMBERED_STRENGTH = re.compile(r"^(?:strength|skill)_?([1-9])$")


def normalise(column: str) -> str:
    return re.sub(r"[\s\-]+", "_", column.strip().lower())


@dataclass
class Record:
    number: int  # 1 for the first data row
    values: dict[str, str]  # the input's own columns (JSONL: its keys)
    fields: dict  # context keys -> raw values, before defaults and validation
    problem: str | None = None  # why this record cannot become a context (a ragged row, ...)


class InputFile:
    """An input file whose format, encoding and columns are known; iterate it for Records."""

    def __init__(self, path: Path, mapping: dict[str, str] | None = None):
        self.path = Path(path)
        self.mapping = {k: v for k, v in (mapping or {}).items()}
        for key in self.mapping.values():
            if key not in ALL_KEYS and key not in ("kind", "asked_on", "days_since",
                                                   "reminders_sent"):
                raise InputError(f"--map: unknown context key {excerpt(key)}: use {', '.join(ALL_KEYS)}")
        if not self.path.is_file():
            raise InputError(f"input file not found: {self.path}")
        self.jsonl = self.path.suffix.lower() in (".jsonl", ".ndjson")
        self.encoding, self.size, self.sha256 = _sniff_encoding(self.path)
        self.columns: list[str] = []
        self._skip = 0  # lines before the header (LinkedIn's "Notes:" preamble)
        self.delimiter = ","
        self.linkedin = False
        if self.jsonl:
            self.total = _count_jsonl(self.path, self.encoding)
        else:
            self._read_header()
            self.total = self._count_csv()
        if self.total == 0:
            raise InputError(f"{self.path} has a header but no rows")

    # -- CSV ----------------------------------------------------------------------------------

    def _open(self):
        return open(self.path, encoding=self.encoding, newline="")

    def _read_header(self) -> None:
        with self._open() as handle:
            lines = []
            for _ in range(40):
                line = handle.readline()
                if not line:
                    break
                lines.append(line)
        if not any(line.strip() for line in lines):
            raise InputError(f"{self.path} is empty")
        # LinkedIn exports start with a few "Notes:" lines: find the real header line.
        found = find_header(line.lstrip("\ufeff") for line in lines)
        if found is not None:
            self._skip, self.linkedin, self.delimiter = found, True, ","
        else:
            first = next(i for i, line in enumerate(lines) if line.strip())
            self._skip = first
            header_line = lines[first]
            self.delimiter = max(",;\t|", key=header_line.count)
        with self._open() as handle:
            for _ in range(self._skip):
                handle.readline()
            header = next(csv.reader(handle, delimiter=self.delimiter))
        names = [c.strip().lstrip("\ufeff") for c in header]
        self._plan = self._plan_columns(names)
        self.columns = _unique(names)  # two columns of one name: both kept, the second renamed

    def _plan_columns(self, columns: list[str]) -> list[tuple[int, str]]:
        """(column index, context key) pairs; numbered strengths and repeats gather in a list."""
        plan: list[tuple[int, str]] = []
        seen: dict[str, int] = {}
        known = {normalise(c) for c in columns}
        for source in self.mapping:
            if normalise(source) not in known:
                raise InputError(f"--map: {self.path} has no column {excerpt(source)}")
        mapped = {normalise(k): v for k, v in self.mapping.items()}
        for index, column in enumerate(columns):
            name = normalise(column)
            key = mapped.get(name) or ALIASES.get(name)
            if key is None and _NUMBERED_STRENGTH.match(name):
                key = "strengths"
            if key is None and self.linkedin and name in ("first_name", "last_name", "company",
                                                          "position"):
                key = "_" + name
            if key is None:
                continue
            if key in seen and key != "strengths":
                raise InputError(
                    f"{self.path}: columns {seen[key] + 1} and {index + 1} both give {excerpt(key)} "
                    f"({excerpt(columns[seen[key]])}, {excerpt(column)}); keep one or use --map")
            seen.setdefault(key, index)
            plan.append((index, key))
        if not plan:
            raise InputError(
                f"{self.path}: no column the batch understands in the header "
                f"({excerpt(', '.join(columns[:6]))}); expected recipient, project, strengths, ... "
                f"or use --map COLUMN=KEY")
        return plan

    def _csv_rows(self, handle) -> Iterator[list[str]]:
        for _ in range(self._skip + 1):
            handle.readline()
        # strict: a quote opened and never closed is an error, not every later row in one cell
        for row in csv.reader(handle, delimiter=self.delimiter, strict=True):
            if any(cell.strip() for cell in row):
                yield row

    def _count_csv(self) -> int:
        with self._open() as handle:
            reader = self._csv_rows(handle)
            count = 0
            try:
                for count, _ in enumerate(reader, start=1):
                    pass
            except csv.Error as exc:
                raise InputError(f"{self.path} is not readable CSV after data row {count} "
                                 f"({exc}): is a quote opened and never closed?") from None
        return count

    def __iter__(self) -> Iterator[Record]:
        if self.jsonl:
            yield from self._iter_jsonl()
            return
        width = len(self.columns)
        with self._open() as handle:
            for number, row in enumerate(self._csv_rows(handle), start=1):
                values = {col: (row[i] if i < len(row) else "") for i, col in enumerate(self.columns)}
                problem = None
                if len(row) > width and any(cell.strip() for cell in row[width:]):
                    problem = f"row has {len(row)} fields; the header has {width}"
                yield Record(number, values, self._fields(row), problem)

    def _fields(self, row: list[str]) -> dict:
        fields: dict = {}
        strengths: list[str] = []
        for index, key in self._plan:
            cell = row[index].strip() if index < len(row) else ""
            if not cell:
                continue
            if key == "strengths":
                strengths.append(cell)
            else:
                fields[key] = cell
        if strengths:
            fields["strengths"] = ";".join(strengths) if len(strengths) > 1 else strengths[0]
        if self.linkedin:
            _linkedin_fields(fields)
        return fields

    # -- JSONL --------------------------------------------------------------------------------

    def _iter_jsonl(self) -> Iterator[Record]:
        mapped = {k: v for k, v in self.mapping.items()}
        with open(self.path, encoding=self.encoding) as handle:
            number = 0
            for line in handle:
                if not line.strip():
                    continue
                number += 1
                try:
                    data = json.loads(line, object_pairs_hook=_no_duplicates)
                except _DuplicateKey as exc:
                    yield Record(number, {}, {}, f"the key {excerpt(exc.key)} is given twice")
                    continue
                except ValueError as exc:
                    yield Record(number, {}, {}, f"not valid JSON ({getattr(exc, 'msg', exc)})")
                    continue
                except RecursionError:
                    yield Record(number, {}, {}, "nested too deeply to read")
                    continue
                if not isinstance(data, dict):
                    yield Record(number, {}, {}, "a JSONL row must be an object")
                    continue
                if _depth(data) > MAX_DEPTH:
                    yield Record(number, {}, {}, f"nested more than {MAX_DEPTH} levels deep")
                    continue
                values = {k: v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}
                fields: dict = {}
                strengths: list = []
                problem = None
                for key, value in data.items():
                    target = mapped.get(key) or ALIASES.get(normalise(key))
                    if target is None and _NUMBERED_STRENGTH.match(normalise(key)):
                        target = "strengths"
                    if not target or value in (None, ""):
                        continue
                    if target == "strengths":
                        strengths += value if isinstance(value, list) else [value]
                    elif target in fields:
                        problem = f"two keys give {excerpt(target)}; keep one or use --map"
                    else:
                        fields[target] = value
                if strengths:
                    fields["strengths"] = strengths
                yield Record(number, values, fields, problem)


MAX_DEPTH = 8  # a row's values: a list of strengths is depth 2; deeper is not a context


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    """json's object hook: a key given twice is an error, not the last one silently kept."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _depth(value: object) -> int:
    """How deeply lists and objects nest in `value` (iteratively: no recursion limit)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            stack.extend((child, level + 1) for child in item)
    return deepest


def _unique(names: list[str]) -> list[str]:
    """Column names made distinct: a repeated 'Notes' becomes 'Notes_2' (each keeps its value)."""
    taken: set[str] = set()
    out = []
    for name in names:
        candidate, n = name, 1
        while candidate in taken:
            n += 1
            candidate = f"{name}_{n}"
        taken.add(candidate)
        out.append(candidate)
    return out


def _linkedin_fields(fields: dict) -> None:
    """First Name + Last Name -> recipient; Position and Company -> their role (the draft may
    mention it; it is not an outcome to restate, so it does not go into `details`)."""
    first, last = fields.pop("_first_name", ""), fields.pop("_last_name", "")
    company, position = fields.pop("_company", ""), fields.pop("_position", "")
    if (first or last) and "recipient" not in fields:
        fields["recipient"] = f"{first} {last}".strip()
    if (company or position) and "recipient_role" not in fields:
        fields["recipient_role"] = " at ".join(p for p in (position, company) if p)


def _sniff_encoding(path: Path) -> tuple[str, int, str]:
    """(encoding, size, sha256 hex) of what was read: utf-8-sig when the whole file decodes as
    UTF-8, else cp1252; binary files are refused. The size and hash are the input's identity,
    which a journal records so that --resume refuses a different input."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    digest = hashlib.sha256()
    size = 0
    utf8 = True
    seen_any = False
    with open(path, "rb") as handle:
        head = handle.read(8192)
        if b"\0" in head:
            raise InputError(f"{path} looks binary (it has NUL bytes), not CSV or JSONL")
        chunk = head
        while chunk:
            digest.update(chunk)
            size += len(chunk)
            seen_any = seen_any or bool(chunk.strip())
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
            chunk = handle.read(1 << 20)
        if utf8:
            try:
                decoder.decode(b"", final=True)  # a file cut in the middle of a character
            except UnicodeDecodeError:
                utf8 = False
    if not seen_any:
        raise InputError(f"{path} is empty")
    if utf8:
        return "utf-8-sig", size, digest.hexdigest()
    try:
        with open(path, encoding="cp1252") as handle:
            for _ in iter(lambda: handle.read(1 << 20), ""):
                pass
    except UnicodeDecodeError:
        raise InputError(f"{path} is neither UTF-8 nor Windows-1252 text") from None
    return "cp1252", size, digest.hexdigest()


def _count_jsonl(path: Path, encoding: str) -> int:
    with open(path, encoding=encoding) as handle:
        return sum(1 for line in handle if line.strip())
