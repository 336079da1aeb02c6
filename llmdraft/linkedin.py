"""Reading LinkedIn's data export ("Get a copy of your data"), and choosing whom to ask.

The export is a folder or the zip LinkedIn sends. Three files in it matter here:
`Connections.csv` (required), `Recommendations_Received.csv` and `Recommendations_Given.csv`
(optional: someone with no recommendations yet has none; older exports spell them with spaces,
"Recommendations Received.csv"). Nothing else in the export is opened.

Connections.csv starts with a "Notes:" preamble of a few lines; its length has changed over the
years, so the header is found (the first line naming First Name and Last Name), never skipped
by count. Columns are looked up by name: older exports lack URL, and the order is not relied on.
People are matched across the files by first and last name, case-insensitive and accent-folded.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError

CONNECTIONS = "Connections.csv"
RECEIVED = "Recommendations_Received.csv"
GIVEN = "Recommendations_Given.csv"
NAME_COLUMNS = ("first name", "last name")
MAX_FILE_BYTES = 100 * 1024 * 1024  # 30,000 connections are about 5 MB: more is not an export
HEADER_SEARCH_LINES = 50  # the preamble is a few lines; the header is near the top


# -- finding the header -----------------------------------------------------------------------

def column_name(cell: str) -> str:
    """'  First  Name ' -> 'first name' (a BOM, case and spacing do not matter)."""
    return " ".join(cell.replace("\ufeff", "").split()).lower()


def find_header(lines: Iterable[str], required: Iterable[str] = NAME_COLUMNS,
                limit: int = HEADER_SEARCH_LINES) -> int | None:
    """The index of the first line that is a CSV header holding every `required` column name
    (compared as `column_name` gives them), among the first `limit` lines; None if none is.

    LinkedIn puts a "Notes:" preamble of varying length before the header of Connections.csv,
    and may quote the header's cells; each line is parsed as CSV on its own, so a quoted note
    with commas in it is not mistaken for a header.
    """
    wanted = {column_name(name) for name in required}
    for index, line in enumerate(lines):
        if index >= limit:
            break
        if not line.strip():
            continue
        try:
            cells = next(csv.reader([line]), [])
        except csv.Error:
            continue
        if wanted <= {column_name(cell) for cell in cells}:
            return index
    return None


# -- the export's files -----------------------------------------------------------------------

def _file_key(name: str) -> str:
    """File names compared case-insensitively, spaces and underscores alike."""
    return name.lower().replace(" ", "_")


class _Source:
    """The export as a folder or a zip: finds the three files and reads their bytes."""

    def __init__(self, path: Path):
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        if path.is_dir():
            self.kind = "folder"
        elif path.is_file() and (path.suffix.lower() == ".zip" or zipfile.is_zipfile(path)):
            self.kind = "zip"
            try:
                self.zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
                raise InputError(f"{path} is not a readable zip (a corrupt or incomplete "
                                 f"download?): {_one_line(exc)}") from None
        elif not path.exists():
            raise InputError(f"export not found: {path}")
        else:
            raise InputError(f"{path} is not a folder or a .zip: give LinkedIn's export, the zip "
                             f"or the folder unpacked from it (the one holding {CONNECTIONS})")

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()

    # Where the files are: beside each other, at the top of the export or one folder down
    # (an export unpacked into a folder of its own, or a zip of that folder).

    def locate(self) -> tuple[str, dict[str, str]]:
        """(the folder holding Connections.csv, relative; {file key: its name there})."""
        listing = self._listing()
        wanted = _file_key(CONNECTIONS)
        holders = sorted({folder for folder, names in listing.items() if wanted in names},
                         key=lambda f: (f.count("/"), f))
        if not holders:
            raise InputError(f"no {CONNECTIONS} in {self.path}: give LinkedIn's data export "
                             f"(Settings > Data privacy > Get a copy of your data, with Connections)")
        top = [f for f in holders if f.count("/") == holders[0].count("/")]
        if len(top) > 1:
            raise InputError(f"{self.path} holds several exports ({', '.join(top[:3])}): "
                             f"give one of them")
        return top[0], listing[top[0]]

    def _listing(self) -> dict[str, dict[str, str]]:
        """{relative folder ('' for the top): {file key: actual name}}: the top and the folders
        one level down (on disk, only when the top has no Connections.csv: a zip's listing is
        free, a folder's is not). `locate` prefers the top."""
        listing: dict[str, dict[str, str]] = {}
        if self.zip is not None:
            for name in self.zip.namelist():
                if name.endswith("/") or name.startswith("__MACOSX/"):
                    continue
                folder, _, base = name.rpartition("/")
                if folder.count("/") <= 0 and base.lower().endswith(".csv"):
                    listing.setdefault(folder, {}).setdefault(_file_key(base), base)
            return listing
        try:
            subfolders = []
            for entry in os.scandir(self.path):
                if entry.is_file() and entry.name.lower().endswith(".csv"):
                    listing.setdefault("", {}).setdefault(_file_key(entry.name), entry.name)
                elif entry.is_dir():
                    subfolders.append(entry)
            if _file_key(CONNECTIONS) not in listing.get("", {}):
                for folder in subfolders:
                    try:
                        entries = list(os.scandir(folder.path))
                    except OSError:
                        continue  # an unreadable folder beside the export is not the export
                    for entry in entries:
                        if entry.is_file() and entry.name.lower().endswith(".csv"):
                            names = listing.setdefault(folder.name, {})
                            names.setdefault(_file_key(entry.name), entry.name)
        except OSError as exc:
            raise InputError(f"cannot read the folder {self.path}: {_one_line(exc)}") from None
        return listing

    def label(self, folder: str, name: str) -> str:
        """How the user sees a file in an error."""
        relative = f"{folder}/{name}" if folder else name
        if self.zip is not None:
            return f"{relative} in {self.path}"
        return str(self.path / relative)

    def open(self, folder: str, name: str):
        """The file as a binary stream (a zip member is decompressed as it is read)."""
        relative = f"{folder}/{name}" if folder else name
        label = self.label(folder, name)
        try:
            if self.zip is not None:
                info = self.zip.getinfo(relative)
                if info.file_size > MAX_FILE_BYTES:
                    raise InputError(f"{label} is {info.file_size:,} bytes: too large for an "
                                     f"export")
                return self.zip.open(info)
            path = self.path / relative
            if path.stat().st_size > MAX_FILE_BYTES:
                raise InputError(f"{label} is {path.stat().st_size:,} bytes: too large for an "
                                 f"export")
            return open(path, "rb")
        except InputError:
            raise
        except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError) as exc:
            raise InputError(f"{label} cannot be read: the zip is corrupt ({_one_line(exc)})") from None
        except (RuntimeError, NotImplementedError) as exc:  # encrypted, odd compression
            raise InputError(f"{label} cannot be read from the zip: {_one_line(exc)}") from None
        except OSError as exc:
            raise InputError(f"cannot read {label}: {_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


# -- streaming a file of the export -----------------------------------------------------------
# A zip can hold a small file that expands enormously: files are read as streams, never whole,
# with a budget of expanded bytes for the whole export and a cap on rows per file.

MAX_EXPANDED_BYTES = 32 * 1024 * 1024  # all files together; 30,000 connections are about 5 MB
MAX_ROWS = 60_000  # per file; LinkedIn caps connections at 30,000
_CHUNK = 1 << 16


class _Budget:
    def __init__(self, limit: int = MAX_EXPANDED_BYTES):
        self.left = limit


def _chunks(source: "_Source", folder: str, name: str, label: str, budget: _Budget | None):
    """The file's bytes in chunks, with read errors, NUL bytes and the budget checked."""
    stream = source.open(folder, name)
    try:
        while True:
            try:
                chunk = stream.read(_CHUNK)
            except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as exc:
                raise InputError(f"{label} cannot be read: the zip is corrupt ("
                                 f"{_one_line(exc)})") from None
            except OSError as exc:
                raise InputError(f"cannot read {label}: {_one_line(exc)}") from None
            if not chunk:
                return
            if b"\0" in chunk:
                raise InputError(f"{label} is not text (it has NUL bytes)")
            if budget is not None:
                budget.left -= len(chunk)
                if budget.left < 0:
                    raise InputError(f"{label} expands past {MAX_EXPANDED_BYTES // 2**20} MB "
                                     f"(the whole export): not a LinkedIn export")
            yield chunk
    finally:
        stream.close()


def _encoding(source: "_Source", folder: str, name: str, label: str, budget: _Budget) -> str:
    """A first pass that only decodes: UTF-8 (BOM or not), else Windows-1252."""
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    for chunk in _chunks(source, folder, name, label, budget):
        if utf8:
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                utf8 = False
    if utf8:
        try:
            decoder.decode(b"", final=True)
            return "utf-8-sig"
        except UnicodeDecodeError:
            pass
    decoder = codecs.getincrementaldecoder("cp1252")()
    try:
        for chunk in _chunks(source, folder, name, label, None):
            decoder.decode(chunk)
    except UnicodeDecodeError:
        raise InputError(f"{label} cannot be decoded: it is neither UTF-8 nor Windows-1252 "
                         f"text") from None
    return "cp1252"


def stream_table(source: "_Source", folder: str, name: str, label: str, what: str,
                 budget: _Budget) -> Iterator[dict[str, str]]:
    """The rows after the header as {column name (lowercase): cell}, streamed: blank rows
    dropped, control characters stripped from every cell (an export is data, not a terminal
    script), at most MAX_ROWS rows."""
    from .sanitize import strip_controls

    encoding = _encoding(source, folder, name, label, budget)
    raw = _ChunkReader(_chunks(source, folder, name, label, None))
    lines = io.TextIOWrapper(io.BufferedReader(raw), encoding=encoding, newline="")
    head = []
    for line in lines:
        head.append(line)
        if len(head) >= HEADER_SEARCH_LINES:
            break
    start = find_header(head)
    if start is None:
        if not "".join(head).strip() and what != "Connections.csv":
            return  # an empty recommendations file: none yet
        raise InputError(f"{label} has no header line with First Name and Last Name: is it "
                         f"LinkedIn's {what}?")
    reader = csv.reader(itertools.chain(head[start:], lines))
    try:
        columns = [column_name(cell) for cell in next(reader)]
        count = 0
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            count += 1
            if count > MAX_ROWS:
                raise InputError(f"{label} has more than {MAX_ROWS:,} rows: not a LinkedIn "
                                 f"export")
            yield {col: strip_controls(cells[i].strip()) if i < len(cells) else ""
                   for i, col in enumerate(columns) if col}
    except csv.Error as exc:
        raise InputError(f"{label} is not readable CSV: {_one_line(exc)}") from None


class _ChunkReader(io.RawIOBase):
    """A readable stream over `_chunks`, so that TextIOWrapper splits lines as csv wants."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if not self._pending:
            self._pending = next(self._chunks, b"")
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


# -- people and dates -------------------------------------------------------------------------

from .names import person_key  # noqa: E402 (one key for `who` and the history)


_MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[\s\-]+([A-Za-z]+)\.?[\s,\-]+(\d{4})$")  # 05 Oct 2020
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")  # Oct 5, 2020
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")  # 2020-10-05
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")  # 10/5/20 (LinkedIn: US order)


def parse_date(text: str) -> date | None:
    """LinkedIn's 'Connected On' ('05 Oct 2020'; older or re-saved files: 'Oct 5, 2020',
    '2020-10-05', '10/5/20'); None when it is empty or not a date. Month names are English
    whatever the locale."""
    text = text.strip()
    try:
        if match := _DAY_MONTH_YEAR.match(text):
            day, month, year = match.groups()
            return date(int(year), _MONTHS[month.lower()], int(day))
        if match := _MONTH_DAY_YEAR.match(text):
            month, day, year = match.groups()
            return date(int(year), _MONTHS[month.lower()], int(day))
        if match := _ISO.match(text):
            year, month, day = match.groups()
            return date(int(year), int(month), int(day))
        if match := _SLASHED.match(text):
            month, day, year = match.groups()
            full = int(year) + (2000 if len(year) == 2 else 0)
            return date(full, int(month), int(day))
    except (KeyError, ValueError):
        return None
    return None


@dataclass
class Connection:
    first_name: str
    last_name: str
    company: str = ""
    position: str = ""
    connected_on: date | None = None
    email: str = ""
    url: str = ""

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def key(self) -> str:
        return person_key(self.first_name, self.last_name)

    @property
    def role(self) -> str:
        """'Head of Operations at Northwind Traders', as `recipient_role` reads it."""
        return " at ".join(part for part in (self.position, self.company) if part)


@dataclass
class Export:
    source: Path
    connections: list[Connection]
    received: set[str] = field(default_factory=set)  # person keys of who recommended you
    given: set[str] = field(default_factory=set)  # person keys of whom you recommended
    files: list[str] = field(default_factory=list)  # the files read, as named in the export
    unnamed: int = 0  # connections the export lists without a name (they restrict it)


def read_export(path: Path | str) -> Export:
    """Read Connections.csv and the two recommendation files (when present) from an export."""
    source = _Source(Path(path))
    try:
        folder, names = source.locate()
        files = []

        budget = _Budget()

        def table(file: str, what: str) -> Iterator[dict[str, str]]:
            actual = names.get(_file_key(file))
            if actual is None:
                return iter(())
            files.append(f"{folder}/{actual}" if folder else actual)
            return stream_table(source, folder, actual, source.label(folder, actual), what,
                                budget)

        connections, unnamed = [], 0
        for row in table(CONNECTIONS, "Connections.csv"):
            first, last = row.get("first name", ""), row.get("last name", "")
            if not (first or last):
                unnamed += 1
                continue
            connections.append(Connection(
                first_name=first, last_name=last, company=row.get("company", ""),
                position=row.get("position", ""),
                connected_on=parse_date(row.get("connected on", "")),
                email=row.get("email address", ""), url=row.get("url", "")))

        def keys(table_rows: Iterable[dict[str, str]]) -> set[str]:
            # Any status counts: a hidden or pending recommendation was still written.
            return {person_key(r.get("first name", ""), r.get("last name", "")) for r in table_rows
                    if r.get("first name") or r.get("last name")}

        received = keys(table(RECEIVED, "recommendations received"))
        given = keys(table(GIVEN, "recommendations given"))
    finally:
        source.close()
    return Export(Path(path), connections, received, given, files, unnamed)


# -- whom to ask ------------------------------------------------------------------------------

@dataclass
class Candidate:
    connection: Connection
    you_recommended_them: bool
    they_recommended_you: bool

    def reason(self, today: date) -> str:
        """Why this person is where they are in the order, in a few words."""
        if self.they_recommended_you:
            return "already recommended you"
        if self.you_recommended_them:
            return "you recommended them"
        return connected_for(self.connection.connected_on, today)


def whom_to_ask(export: Export, include_recommended: bool = False) -> list[Candidate]:
    """Connections who have not recommended you: those you recommended first (reciprocity is
    natural), then the longest connected; unknown dates last. With `include_recommended`, those
    who already did come after everyone else."""
    candidates = [Candidate(c, c.key in export.given, c.key in export.received)
                  for c in export.connections]
    if not include_recommended:
        candidates = [c for c in candidates if not c.they_recommended_you]

    def order(c: Candidate):
        since = c.connection.connected_on
        return (c.they_recommended_you, not c.you_recommended_them, since is None,
                since or date.max, c.connection.key)

    return sorted(candidates, key=order)


def connected_for(since: date | None, today: date) -> str:
    """'connected 6 years', 'connected 3 months', 'connected 12 days'."""
    if since is None:
        return "connection date unknown"
    months = (today.year - since.year) * 12 + today.month - since.month
    if today.day < since.day:
        months -= 1
    if months >= 12:
        years = months // 12
        return f"connected {years} year{'s' if years != 1 else ''}"
    if months >= 1:
        return f"connected {months} month{'s' if months != 1 else ''}"
    days = max((today - since).days, 0)
    return "connected today" if days == 0 else f"connected {days} day{'s' if days != 1 else ''}"
