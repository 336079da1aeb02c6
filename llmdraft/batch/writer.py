"""Writing a batch: the output file (CSV or JSONL), formula-safe, and the journal behind resume.

The journal (OUTPUT + ".journal") gets every finished row the moment it finishes, in whatever
order rows finish; the output gets rows in input order as soon as they are contiguous. A crash
can cut the output mid-row but never loses a finished row: `--resume` rebuilds the output from
the journal and carries on. The journal is removed when the batch completes.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Iterator

from ..errors import InputError
from ..sanitize import excerpt

from ..files import neutralise, replacing  # the one formula guard
from .rows import RESULT_COLUMNS, STATUSES, BatchRow
from .rows import TEXT_FIELDS as _TEXT_FIELDS


def output_columns(input_columns: list[str]) -> list[str]:
    """The input's columns, then the results; an input column that clashes gets 'input_'."""
    taken = set(RESULT_COLUMNS)
    return [f"input_{c}" if c in taken else c for c in input_columns] + RESULT_COLUMNS


class OutputFile:
    """The ordered output file; `fmt` is 'csv' or 'jsonl'."""

    def __init__(self, path: Path, fmt: str, input_columns: list[str]):
        self.path, self.fmt = Path(path), fmt
        self.input_columns = input_columns
        self.columns = output_columns(input_columns)
        self._handle = None

    def start(self, rows: Iterator[BatchRow] = iter(())) -> None:
        """Write the header and `rows` (already done) to a fresh file, atomically."""
        # CSV for people: a BOM so that Excel reads the accents right.
        encoding = "utf-8-sig" if self.fmt == "csv" else "utf-8"
        with replacing(self.path, encoding) as handle:
            writer = self._writer(handle)
            if self.fmt == "csv":
                writer.writerow(self.columns)
            for row in rows:
                self._write(handle, writer, row)
        self._handle = open(self.path, "a", encoding="utf-8", newline="")
        self._out = self._writer(self._handle)

    def write(self, row: BatchRow) -> None:
        self._write(self._handle, self._out, row)
        self._handle.flush()

    def close(self) -> None:
        if self._handle:
            self._handle.close()
            self._handle = None

    def _writer(self, handle):
        return csv.writer(handle) if self.fmt == "csv" else None

    def _write(self, handle, writer, row: BatchRow) -> None:
        inputs = [row.input.get(c, "") for c in self.input_columns]
        results = row.output_values()
        if self.fmt == "csv":
            writer.writerow([neutralise(v) for v in inputs + results])
        else:
            record = dict(zip(self.columns, inputs + as_json_values(results)))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def as_json_values(results: list) -> list:
    """The result columns as `--json` gives them: null for a value that is absent (no subject,
    no error), failed_checks as a list. A CSV cell can only be text, a JSONL value need not."""
    out = []
    for column, value in zip(RESULT_COLUMNS, results):
        if column == "failed_checks":
            value = [name for name in (value or "").split(";") if name]
        elif value == "" and column in _TEXT_FIELDS:
            value = None
        out.append(value)
    return out


JOURNAL_VERSION = 1


class JournalError(InputError):
    """A journal or output that --resume cannot trust: exit 2, naming the line and the fault."""


def row_problem(row: object, total: int) -> str | None:
    """Why `row` is not a finished row llmdraft wrote for an input of `total` rows (else None)."""
    if not isinstance(row, dict):
        return f"a {type(row).__name__}, not a row object"
    number = row.get("row")
    if isinstance(number, bool) or not isinstance(number, int):
        return "no row number"
    if not 1 <= number <= total:
        return f"row {number}, but the input has {total} rows"
    values = row.get("input")
    if not isinstance(values, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in values.items()):
        return "no input values"
    if row.get("status") not in STATUSES:
        return f"status {excerpt(row.get('status'))}"
    for key in _TEXT_FIELDS:
        if not isinstance(row.get(key, ""), str):
            return f"{key} is not text"
    for key in ("attempts", "total_tokens"):
        value = row.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return f"{key} is not a count"
    if not isinstance(row.get("cached", False), bool):
        return "cached is not true or false"
    return None


class Journal:
    """Append-only JSON lines: a header naming the input (path, size, sha256), then finished
    rows; the truth about what is done."""

    def __init__(self, output: Path):
        self.path = Path(str(output) + ".journal")
        self._handle = None
        self.header: dict | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def load(self, total: int, on_header=None) -> dict[int, tuple[int, str]]:
        """{row number: (byte offset, status)} of every complete line, the last line for a row
        winning (a row drafted again on --resume); a line cut by a crash is dropped. The header
        goes to `self.header` (and `on_header()` is called before any row is read); a line that
        is not a valid row is a JournalError."""
        index: dict[int, tuple[int, str]] = {}
        if not self.path.exists():
            return index
        with open(self.path, "rb") as handle:
            offset = 0
            for number, line in enumerate(handle, start=1):
                if line.endswith(b"\n"):
                    try:
                        row = json.loads(line)
                    except (ValueError, RecursionError):
                        raise JournalError(f"{self.path} line {number} is not JSON: use --force "
                                           f"to start over") from None
                    if number == 1:
                        if not (isinstance(row, dict) and row.get("llmdraft_journal")
                                == JOURNAL_VERSION and isinstance(row.get("input"), dict)):
                            raise JournalError(f"{self.path} has no input identity (not written "
                                               f"by this llmdraft): use --force to start over")
                        self.header = row
                        if on_header is not None:
                            on_header()  # the input's identity: checked before any row
                    else:
                        problem = row_problem(row, total)
                        if problem:
                            raise JournalError(f"{self.path} line {number} is not a row llmdraft "
                                               f"wrote ({problem}): use --force to start over")
                        index[row["row"]] = (offset, row["status"])
                offset += len(line)
        return index

    def read(self, offset: int) -> BatchRow:
        with open(self.path, "rb") as handle:
            handle.seek(offset)
            return BatchRow.from_dict(json.loads(handle.readline()))

    def open(self, truncate: bool, header: dict | None = None) -> None:
        if not truncate and self.path.exists():
            _drop_partial_last_line(self.path)
        fresh = truncate or not self.path.exists() or self.path.stat().st_size == 0
        self._handle = open(self.path, "w" if truncate else "a", encoding="utf-8")
        if fresh and header is not None:
            self._write({"llmdraft_journal": JOURNAL_VERSION, **header})

    def append(self, row: BatchRow) -> None:
        self._write(row.to_dict())

    def _write(self, record: dict) -> None:
        self._handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self, remove: bool) -> None:
        if self._handle:
            try:
                self._handle.close()
            finally:
                self._handle = None
        if remove:
            self.path.unlink(missing_ok=True)


def _drop_partial_last_line(path: Path) -> None:
    with open(path, "rb+") as handle:
        data_end = handle.seek(0, os.SEEK_END)
        if data_end == 0:
            return
        handle.seek(max(0, data_end - 1))
        if handle.read(1) == b"\n":
            return
        # Walk back to the last newline and cut there.
        pos = data_end
        while pos > 0:
            step = min(4096, pos)
            handle.seek(pos - step)
            chunk = handle.read(step)
            cut = chunk.rfind(b"\n")
            if cut != -1:
                handle.truncate(pos - step + cut + 1)
                return
            pos -= step
        handle.truncate(0)
