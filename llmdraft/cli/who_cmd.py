"""`llmdraft who EXPORT`: whom to ask, from LinkedIn's data export."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import InputError
from .common import err, guarded

DEFAULTS = "Defaults for the -o CSV (what `llmdraft batch` needs; each row can be edited)"
# The -o CSV: what `llmdraft batch` reads as context keys, then columns for the user's eyes.
CSV_COLUMNS = ["recipient", "recipient_role", "project", "strengths", "relationship",
               "company", "position", "connected_on", "you_recommended_them",
               "they_recommended_you", "email", "url", "already_asked"]


@guarded
def who(
    export: Annotated[Path, typer.Argument(
        metavar="EXPORT", help="LinkedIn's data export: the zip, or the folder unpacked from it.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON list instead of a table.")] = False,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write a CSV that `llmdraft batch` takes as it is.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing -o file.")] = False,
    limit: Annotated[Optional[int], typer.Option(min=1, help="Only the first N.")] = None,
    include_recommended: Annotated[bool, typer.Option(
        "--include-recommended", help="Also list those who have recommended you (last, marked).")] = False,
    project: Annotated[Optional[str], typer.Option(
        rich_help_panel=DEFAULTS, help="The project you shared, for every row.")] = None,
    strength: Annotated[Optional[list[str]], typer.Option(
        "--strength", rich_help_panel=DEFAULTS, help="A strength to mention (repeat).")] = None,
    relationship: Annotated[Optional[str], typer.Option(
        rich_help_panel=DEFAULTS, help="How they know you (same-team, managed-you, ...).")] = None,
) -> None:
    """Whom to ask: connections who have not recommended you, those you recommended first, then
    the longest connected."""
    if (project or strength or relationship) and output is None:
        raise InputError("--project, --strength and --relationship fill the columns of the -o "
                         "CSV: give -o FILE.csv too")
    defaults = _defaults(project, strength, relationship) if output is not None else {}
    if output is not None:
        if output.suffix.lower() != ".csv":
            raise InputError(f"-o writes CSV for `llmdraft batch`: name it .csv, not {output.name}")
        if output.exists() and not force:
            raise InputError(f"{output} exists: --force replaces it")

    from ..linkedin import read_export, whom_to_ask

    from ..history import seen_by_key

    data = read_export(export)
    seen = seen_by_key()  # the history: whom you asked, who wrote one (mark-received)
    data.received |= {key for key, s in seen.items() if s.received_on}
    people = whom_to_ask(data, include_recommended)
    # asked already: after those not yet asked (and before those who recommended you)
    people.sort(key=lambda c: (c.they_recommended_you, bool(_seen(c, seen).asked_on)))
    if limit is not None:
        people = people[:limit]
    today = date.today()

    if output is not None:
        if people:
            _write_csv(output, people, defaults, seen)
    if as_json:
        print(json.dumps([_record(p, today, seen) for p in people], indent=2, ensure_ascii=False))
    elif output is None:
        _print_table(people, data, today, include_recommended, seen)
    if output is not None:
        if people:
            err(f"wrote {output}: {_count(len(people))}, those you recommended first")
        else:
            err(f"no one to ask ({_why_empty(data)}): {output} not written")


def _defaults(project: str | None, strength: list[str] | None,
              relationship: str | None) -> dict[str, str]:
    """The defaults, checked now as a draft would check them (a bad relationship is one error
    here, not one error row per connection in the batch)."""
    from ..context import check_partial

    probe = check_partial({"project": project, "strengths": strength,
                           "relationship": relationship})
    return {"project": project.strip() if project else "",
            "strengths": ";".join(s.strip() for s in strength) if strength else "",
            "relationship": probe.relationship.value if relationship else ""}


def _count(n: int) -> str:
    return f"{n} {'person' if n == 1 else 'people'}"


def _why_empty(data) -> str:
    if not data.connections:
        return "the export lists no connections"
    return f"all {len(data.connections)} connections have recommended you"


def _seen(candidate, seen: dict):
    from ..history import Seen

    return seen.get(candidate.connection.key) or Seen()


def _why(candidate, today: date, seen: dict) -> str:
    mark = _seen(candidate, seen)
    if mark.received_on:  # marked received in the history: that says it all
        return mark.note()
    return f"{mark.note()}; {candidate.reason(today)}" if mark.asked_on else candidate.reason(today)


def _record(candidate, today: date, seen: dict) -> dict:
    c = candidate.connection
    mark = _seen(candidate, seen)
    return {
        "recipient": c.name,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "company": c.company or None,
        "position": c.position or None,
        "connected_on": c.connected_on.isoformat() if c.connected_on else None,
        "you_recommended_them": candidate.you_recommended_them,
        "they_recommended_you": candidate.they_recommended_you,
        "email": c.email or None,
        "url": c.url or None,
        "reason": _why(candidate, today, seen),
        "asked_on": mark.asked_on,
        "request_id": mark.request_id,
    }


def _write_csv(path: Path, people: list, defaults: dict[str, str], seen: dict) -> None:
    """Formula-safe, with a BOM so that Excel shows accented names right (batch reads it)."""
    import csv

    from ..files import neutralise, replacing

    try:
        with replacing(path, "utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow(CSV_COLUMNS)
            for candidate in people:
                c = candidate.connection
                row = {
                    "recipient": c.name, "recipient_role": c.role, **defaults,
                    "company": c.company, "position": c.position,
                    "connected_on": c.connected_on.isoformat() if c.connected_on else "",
                    "you_recommended_them": "yes" if candidate.you_recommended_them else "no",
                    "they_recommended_you": "yes" if candidate.they_recommended_you else "no",
                    "email": c.email, "url": c.url,
                    "already_asked": _seen(candidate, seen).asked_on or "",
                }
                writer.writerow([neutralise(row.get(column, "")) for column in CSV_COLUMNS])
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _print_table(people: list, data, today: date, include_recommended: bool,
                 seen: dict) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    if not console.is_terminal:  # a pipe or a file: wide enough that no row wraps
        console = Console(highlight=False, width=240, no_color=True)
    if not people:
        print(f"llmdraft: no one to ask: {_why_empty(data)}"
              + ("" if include_recommended or not data.connections
                 else " (--include-recommended lists them)"), file=sys.stderr)
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    for heading, justify in (("#", "right"), ("Name", "left"), ("Position", "left"),
                             ("Company", "left"), ("Connected", "left"), ("Why", "left")):
        table.add_column(heading, justify=justify, overflow="fold")
    for rank, candidate in enumerate(people, start=1):
        c = candidate.connection
        cells = [str(rank), c.name, c.position, c.company,
                 c.connected_on.isoformat() if c.connected_on else "?", _why(candidate, today, seen)]
        table.add_row(*(Text(cell) for cell in cells))  # Text: a name is never markup
    if console.is_terminal:
        console.print(table)
    else:  # a pipe or a file: plain lines, without the padding's trailing spaces
        with console.capture() as captured:
            console.print(table)
        print("\n".join(line.rstrip() for line in captured.get().splitlines()))
    recommended = sum(1 for c in data.connections if c.key in data.received)
    notes = [_count(len(people)) + (" listed" if include_recommended else " to ask")]
    if recommended and not include_recommended:
        notes.append(f"{recommended} who recommended you left out (--include-recommended)")
    if data.unnamed:
        notes.append(f"{data.unnamed} connection{'s' if data.unnamed != 1 else ''} without a "
                     f"name in the export skipped")
    if console.is_terminal:
        console.print(Text("; ".join(notes)), style="dim")
    else:
        print("; ".join(notes))
