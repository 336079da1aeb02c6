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
import os
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable

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

    def read(self, folder: str, name: str) -> bytes:
        relative = f"{folder}/{name}" if folder else name
        label = self.label(folder, name)
        if self.zip is not None:
            try:
                info = self.zip.getinfo(relative)
                if info.file_size > MAX_FILE_BYTES:
                    raise InputError(f"{label} is {info.file_size:,} bytes: too large for an export")
                return self.zip.read(info)
            except InputError:
                raise
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError, ValueError) as exc:
                raise InputError(f"{label} cannot be read: the zip is corrupt ("
                                 f"{_one_line(exc)})") from None
            except (RuntimeError, NotImplementedError) as exc:  # encrypted, odd compression
                raise InputError(f"{label} cannot be read from the zip: {_one_line(exc)}") from None
        path = self.path / relative
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise InputError(f"{label} is {path.stat().st_size:,} bytes: too large for an export")
            return path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read {label}: {_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__


def decode(data: bytes, label: str) -> str:
    """UTF-8 with or without a BOM, else Windows-1252 (a file re-saved by Excel)."""
    if b"\0" in data:
        raise InputError(f"{label} is not text (it has NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(f"{label} cannot be decoded: it is neither UTF-8 nor Windows-1252 "
                         f"text") from None


def read_table(text: str, label: str, what: str) -> list[dict[str, str]]:
    """The rows after the header, as {column name (lowercase): cell}; blank rows dropped."""
    lines = text.splitlines(keepends=True)
    start = find_header(lines)
    if start is None:
        raise InputError(f"{label} has no header line with First Name and Last Name: is it "
                         f"LinkedIn's {what}?")
    reader = csv.reader(io.StringIO("".join(lines[start:]), newline=""))
    try:
        columns = [column_name(cell) for cell in next(reader)]
        rows = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            rows.append({col: (cells[i].strip() if i < len(cells) else "")
                         for i, col in enumerate(columns) if col})
    except csv.Error as exc:
        raise InputError(f"{label} is not readable CSV: {_one_line(exc)}") from None
    return rows


# -- people and dates -------------------------------------------------------------------------

def person_key(first: str, last: str) -> str:
    """'José', 'Martínez' and 'jose', 'MARTINEZ ' match: accents folded, case and spacing ignored."""
    text = f"{first} {last}".replace("\u2019", "'")
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(folded.casefold().split())


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

        def table(file: str, what: str) -> list[dict[str, str]] | None:
            actual = names.get(_file_key(file))
            if actual is None:
                return None
            label = source.label(folder, actual)
            data = source.read(folder, actual)
            files.append(f"{folder}/{actual}" if folder else actual)
            if file != CONNECTIONS and not data.strip():
                return []  # an empty recommendations file: none yet
            return read_table(decode(data, label), label, what)

        rows = table(CONNECTIONS, "Connections.csv")
        received = table(RECEIVED, "recommendations received") or []
        given = table(GIVEN, "recommendations given") or []
    finally:
        source.close()

    connections, unnamed = [], 0
    for row in rows or []:
        first, last = row.get("first name", ""), row.get("last name", "")
        if not (first or last):
            unnamed += 1
            continue
        connections.append(Connection(
            first_name=first, last_name=last, company=row.get("company", ""),
            position=row.get("position", ""), connected_on=parse_date(row.get("connected on", "")),
            email=row.get("email address", ""), url=row.get("url", "")))

    def keys(table_rows: list[dict[str, str]]) -> set[str]:
        # Any status counts: a hidden or pending recommendation was still written.
        return {person_key(r.get("first name", ""), r.get("last name", "")) for r in table_rows
                if r.get("first name") or r.get("last name")}

    return Export(Path(path), connections, keys(received), keys(given), files, unnamed)


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
