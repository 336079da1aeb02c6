"""`llmdraft history`: the drafts you made, whom you asked, and who is due a reminder.

This module imports nothing heavy: sqlite3 is imported by llmdraft/history.py only when the
database is opened. (`--no-history`, which the drafting commands share, is in common.py.)"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import InputError
from .common import err, guarded

app = typer.Typer(help="The drafts you made: list, search, mark sent, export, forget.",
                  no_args_is_help=True)

JsonOut = Annotated[bool, typer.Option("--json", help="Print JSON.")]
Person = Annotated[Optional[str], typer.Option("--person", help="Only drafts to this person.")]
Kind = Annotated[Optional[str], typer.Option(help="Only this kind: request | followup | "
                                                  "recommendation.")]
Since = Annotated[Optional[str], typer.Option(help="Only drafts made on or after this day "
                                                   "(YYYY-MM-DD).")]
Until = Annotated[Optional[str], typer.Option(help="Only drafts made on or before this day.")]
Limit = Annotated[Optional[int], typer.Option(min=1, help="At most N, newest first.")]


def _open():
    from ..history import History

    return History()


def _filters(person, kind, since, until):
    from ..history import parse_day
    from ..kinds import get_kind

    if kind:
        get_kind(kind)
    return dict(person=person, kind=kind,
                since=parse_day(since, "--since") if since else None,
                until=parse_day(until, "--until") if until else None)


def _list(text: str | None, person, kind, since, until, sent, limit, as_json: bool) -> None:
    filters = _filters(person, kind, since, until)
    history = _open()
    if not history.exists:
        entries = []
    else:
        with history:
            entries = history.entries(text=text, sent=sent, limit=limit, **filters)
    if as_json:
        print(json.dumps([e.to_dict() for e in entries], indent=2, ensure_ascii=False))
        return
    if not entries:
        err("nothing in the history" + (" matches" if any(filters.values()) or text else ""))
        return
    _table(entries)


@app.command("list")
@guarded
def list_(
    person: Person = None, kind: Kind = None, since: Since = None, until: Until = None,
    sent: Annotated[Optional[bool], typer.Option(
        "--sent/--unsent", help="Only drafts marked sent, or only those not.")] = None,
    limit: Limit = None, as_json: JsonOut = False,
) -> None:
    """List the drafts you made, newest first (filter by person, kind or date)."""
    _list(None, person, kind, since, until, sent, limit, as_json)


@app.command()
@guarded
def search(
    text: Annotated[str, typer.Argument(help="Words to find in the name, the context or the text.")],
    person: Person = None, kind: Kind = None, since: Since = None, until: Until = None,
    limit: Limit = None, as_json: JsonOut = False,
) -> None:
    """Find drafts whose recipient, context (project, strengths, ...) or text holds TEXT."""
    if not text.strip():
        raise InputError("give some text to search for")
    _list(text.strip(), person, kind, since, until, None, limit, as_json)


@app.command()
@guarded
def show(
    draft_id: Annotated[str, typer.Argument(metavar="ID", help="The draft's ID (history list), "
                                                               "or a name: their latest draft.")],
    as_json: JsonOut = False,
) -> None:
    """Show one draft: its context, its text and whether it was sent."""
    from ..sanitize import strip_controls

    entry = _existing().find(draft_id)
    if as_json:
        print(json.dumps(entry.to_dict(), indent=2, ensure_ascii=False))
        return
    ctx = entry.context
    lines = [f"#{entry.id} {entry.kind} to {entry.recipient}, {entry.channel}",
             f"drafted {entry.created} by {entry.provider}"
             + (f" ({entry.model})" if entry.model else "")
             + ("" if entry.passed else "; it failed its checks"),
             f"sent {entry.sent_on}" if entry.sent_on else "not marked sent",
             f"project: {ctx.get('project', '')}",
             f"strengths: {'; '.join(ctx.get('strengths') or [])}"]
    for key in ("relationship", "closeness", "purpose", "details", "sender"):
        if ctx.get(key):
            lines.append(f"{key}: {ctx[key]}")
    print(strip_controls("\n".join(lines)))
    print()
    if entry.subject:
        print(f"Subject: {strip_controls(entry.subject)}\n")
    print(strip_controls(entry.message))


def _day(on: str | None, flag: str = "--on") -> date:
    from ..history import parse_day

    day = parse_day(on, flag) if on else date.today()
    if day > date.today():
        raise InputError(f"{flag} {day.isoformat()} is in the future")
    return day


def _existing():
    history = _open()
    if not history.exists:
        raise InputError(f"the history is empty ({history.path} does not exist yet)")
    return history


@app.command("mark-sent")
@guarded
def mark_sent(
    draft_id: Annotated[str, typer.Argument(metavar="ID", help="The draft's ID (history list), "
                                                               "or a name: their latest unsent draft.")],
    on: Annotated[Optional[str], typer.Option(help="The day you sent it (default: today).")] = None,
    as_json: JsonOut = False,
) -> None:
    """Mark a draft sent (on a day: --on).

    A request's day sent is when `followup --to` counts from; a follow-up marked sent counts as
    a reminder."""
    day = _day(on)
    with _existing() as history:
        entry = history.mark_sent(draft_id, day)
    if as_json:
        print(json.dumps(entry.to_dict(), indent=2, ensure_ascii=False))
    else:
        print(f"#{entry.id} ({entry.kind} to {entry.recipient}) marked sent on {entry.sent_on}")


@app.command("mark-received")
@guarded
def mark_received(
    name: Annotated[str, typer.Argument(help="Who wrote you a recommendation.")],
    on: Annotated[Optional[str], typer.Option(help="The day it arrived (default: today).")] = None,
    as_json: JsonOut = False,
) -> None:
    """Record that someone wrote you a recommendation.

    No more reminders to them, and `who` marks them."""
    from ..history import person_key

    if not name.strip() or not person_key(name):
        raise InputError("give the name of who wrote it")
    day = _day(on)
    with _open() as history:
        history.mark_received(name, day)
    if as_json:
        print(json.dumps({"name": " ".join(name.split()), "received_on": day.isoformat()}))
    else:
        print(f"{' '.join(name.split())}: recommendation received on {day.isoformat()}")


@app.command()
@guarded
def forget(
    name: Annotated[str, typer.Argument(help="The person whose rows to delete.")],
    as_json: JsonOut = False,
) -> None:
    """Delete every row about a person, leaving no trace in the file.

    Drafts to them and their received mark are deleted, and the file is compacted."""
    if not name.strip():
        raise InputError("give the name of the person to forget")
    history = _open()
    count = 0
    if history.exists:
        with history:
            count = history.forget(name)
    if as_json:
        print(json.dumps({"name": " ".join(name.split()), "deleted": count}))
    elif count:
        print(f"forgot {' '.join(name.split())}: {count} row{'s' if count != 1 else ''} deleted")
    else:
        err(f"nothing in the history about {' '.join(name.split())}")


EXPORT_COLUMNS = ["id", "created", "recipient", "kind", "channel", "provider", "model", "passed",
                  "sent_on", "source", "subject", "message", "context"]


@app.command()
@guarded
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write: .csv or .jsonl "
                                                                "(- for standard output, JSONL).")],
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    person: Person = None, kind: Kind = None, since: Since = None, until: Until = None,
    as_json: JsonOut = False,
) -> None:
    """Write the history (or part of it) to CSV or JSONL, oldest first."""
    fmt = "jsonl" if str(output) == "-" else {".csv": "csv", ".jsonl": "jsonl",
                                              ".ndjson": "jsonl"}.get(output.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot tell the format of {output}: name it .csv or .jsonl")
    if str(output) != "-" and output.exists() and not force:
        raise InputError(f"{output} exists: --force replaces it")
    filters = _filters(person, kind, since, until)
    history = _open()
    entries = []
    if history.exists:
        with history:
            entries = list(reversed(history.entries(**filters)))
    if str(output) == "-":
        for e in entries:
            print(json.dumps(e.to_dict(), ensure_ascii=False))
        return
    _write(output, fmt, [e.to_dict() for e in entries], EXPORT_COLUMNS)
    if as_json:
        print(json.dumps({"output": str(output), "rows": len(entries)}))
    else:
        err(f"wrote {output}: {len(entries)} draft{'s' if len(entries) != 1 else ''}")


@app.command()
@guarded
def due(
    days: Annotated[int, typer.Option(min=0, max=3653, help="Asked at least this many days "
                                                            "ago.")] = 7,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", "--csv", help="Write a follow-up batch input (CSV) for `llmdraft "
                                        "batch`.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    include_all: Annotated[bool, typer.Option(
        "--all", help="Also those the advice says not to remind (the batch skips them).")] = False,
    as_json: JsonOut = False,
) -> None:
    """Who is due a reminder, as a follow-up batch input (-o FILE.csv).

    Requests marked sent --days or more days ago, to people who have not written one
    (mark-received), whom the follow-up advice says to remind."""
    from ..history import DUE_COLUMNS
    from ..history import due as due_rows

    if output is not None:
        if output.suffix.lower() != ".csv":
            raise InputError(f"-o writes CSV for `llmdraft batch`: name it .csv, not {output.name}")
        if output.exists() and not force:
            raise InputError(f"{output} exists: --force replaces it")
    history = _open()
    rows = []
    if history.exists:
        with history:
            rows = due_rows(history, days, date.today(), include_all)
    if output is not None and rows:
        _write(output, "csv", rows, DUE_COLUMNS)
    if as_json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    elif output is None:
        from ..sanitize import strip_controls

        for row in rows:
            print(strip_controls(f"#{row['history_id']} {row['recipient']}: asked "
                                 f"{row['asked_on']}, {row['reminders_sent']} reminder(s); "
                                 f"{row['advice']}: {row['reason']}"))
    if output is not None:
        if rows:
            err(f"wrote {output}: {len(rows)} follow-up{'s' if len(rows) != 1 else ''}; draft "
                f"them with: llmdraft batch {output} -o reminders.csv")
        else:
            err(f"no one is due a reminder: {output} not written")
    elif not rows and not as_json:
        err(f"no one is due a reminder (requests marked sent {days}+ days ago, not received)")
    if not rows:
        raise typer.Exit(1)  # like grep: nothing found, so `due -o F && batch F` stops here


@app.command()
@guarded
def path(as_json: JsonOut = False) -> None:
    """Print where the history is kept (LLMDRAFT_HISTORY overrides it)."""
    from ..history import history_enabled, history_path

    where = history_path()
    if as_json:
        print(json.dumps({"path": str(where), "exists": where.is_file(),
                          "enabled": history_enabled()}))
    else:
        print(where)


def _write(path: Path, fmt: str, rows: list[dict], columns: list[str]) -> None:
    """CSV (formula-safe, with a BOM for Excel) or JSONL, written whole or not at all."""
    import csv

    from ..files import neutralise, replacing

    try:
        with replacing(path, "utf-8-sig" if fmt == "csv" else "utf-8") as handle:
            if fmt == "jsonl":
                for row in rows:
                    handle.write(json.dumps({c: row.get(c) for c in columns},
                                            ensure_ascii=False) + "\n")
                return
            writer = csv.writer(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow([neutralise(_cell(row.get(c))) for c in columns])
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _table(entries) -> None:
    from ..sanitize import strip_controls

    for e in entries:
        project = e.context.get("project", "")
        state = f"sent {e.sent_on}" if e.sent_on else "unsent"
        print(strip_controls(f"#{e.id:<4} {e.created[:10]}  {e.kind:<14} {e.recipient:<24} "
                             f"{state:<16} {project}"))
