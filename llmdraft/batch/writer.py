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

RESULT_COLUMNS = ["row", "message", "subject", "status", "failed_checks", "error", "attempts",
                  "cached", "provider", "model", "total_tokens", "advice"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (shown as text)."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(_FORMULA_START) else text


def output_columns(input_columns: list[str]) -> list[str]:
    """The input's columns, then the results; an input column that clashes gets 'input_'."""
    taken = set(RESULT_COLUMNS)
    return [f"input_{c}" if c in taken else c for c in input_columns] + RESULT_COLUMNS


class Output:
    """The ordered output file; `fmt` is 'csv' or 'jsonl'."""

    def __init__(self, path: Path, fmt: str, input_columns: list[str]):
        self.path, self.fmt = Path(path), fmt
        self.input_columns = input_columns
        self.columns = output_columns(input_columns)
        self._handle = None

    def start(self, rows: Iterator[dict] = ()) -> None:
        """Write the header and `rows` (already done) to a fresh file, atomically."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        # CSV for people: a BOM so that Excel reads the accents right.
        encoding = "utf-8-sig" if self.fmt == "csv" else "utf-8"
        with open(tmp, "w", encoding=encoding, newline="") as handle:
            writer = self._writer(handle)
            if self.fmt == "csv":
                writer.writerow(self.columns)
            for row in rows:
                self._write(handle, writer, row)
        os.replace(tmp, self.path)
        self._handle = open(self.path, "a", encoding="utf-8", newline="")
        self._out = self._writer(self._handle)

    def write(self, row: dict) -> None:
        self._write(self._handle, self._out, row)
        self._handle.flush()

    def close(self) -> None:
        if self._handle:
            self._handle.close()
            self._handle = None

    def _writer(self, handle):
        return csv.writer(handle) if self.fmt == "csv" else None

    def _write(self, handle, writer, row: dict) -> None:
        inputs = [row["input"].get(c, "") for c in self.input_columns]
        results = [row.get(c) for c in RESULT_COLUMNS]
        if self.fmt == "csv":
            writer.writerow([neutralise(v) for v in inputs + results])
        else:
            record = dict(zip(self.columns, inputs + results))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


class Journal:
    """Append-only JSON lines of finished rows; the truth about what is done."""

    def __init__(self, output: Path):
        self.path = Path(str(output) + ".journal")
        self._handle = None

    def exists(self) -> bool:
        return self.path.exists()

    def load(self) -> dict[int, tuple[int, str]]:
        """{row number: (byte offset, status)} of every complete line, the last line for a row
        winning (a row drafted again on --resume); a line cut by a crash is dropped."""
        index: dict[int, tuple[int, str]] = {}
        if not self.path.exists():
            return index
        with open(self.path, "rb") as handle:
            offset = 0
            for line in handle:
                if line.endswith(b"\n"):
                    try:
                        row = json.loads(line)
                        index[int(row["row"])] = (offset, row.get("status", ""))
                    except (ValueError, KeyError, TypeError):
                        pass
                offset += len(line)
        return index

    def read(self, offset: int) -> dict:
        with open(self.path, "rb") as handle:
            handle.seek(offset)
            return json.loads(handle.readline())

    def open(self, truncate: bool) -> None:
        if not truncate and self.path.exists():
            _drop_partial_last_line(self.path)
        self._handle = open(self.path, "w" if truncate else "a", encoding="utf-8")

    def append(self, row: dict) -> None:
        self._handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self, remove: bool) -> None:
        if self._handle:
            self._handle.close()
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
