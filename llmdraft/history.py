"""The history: every draft llmdraft made, in a local SQLite database, so that a follow-up can
be advised (and a batch of them run) without typing the request again.

Where: `LLMDRAFT_HISTORY` (a file path), or `history.db` in the user data folder
(`~/.local/share/llmdraft` on Linux). The folder is made 0700 and the file 0600 before SQLite
opens it; SQLite gives its `-wal` and `-shm` files the database's mode. Nothing secret goes in:
the context, the text, the provider and model names, never an API key or the base URL (which
can carry credentials as `user:pass@`).

Why the standard library's `sqlite3` and not a layer on it (sqlite-utils, SQLAlchemy): two
tables and a dozen queries do not need one, and `sqlite3` adds about a millisecond to the
import, where a layer adds tens (the start-up budget) and a dependency.

Safety, after `llm`'s logs database:
- **Migrations** are functions applied in order, each once, each recorded by name in
  `_migrations`; they run inside one `BEGIN IMMEDIATE`, so two processes opening a new database
  at once do not both apply them. A database made by a newer llmdraft (with migrations this one
  does not know) is used as it is.
- **Concurrent writers** (a batch and a draft at once): WAL mode (readers never block the
  writer), a 30-second busy timeout, and short write transactions that take the write lock up
  front (`BEGIN IMMEDIATE`), so a writer waits its turn instead of failing halfway. `synchronous
  = NORMAL`: a crash of the process loses nothing committed; a power cut may lose the last
  commits.
- **Speed**: a commit in WAL mode with `synchronous = NORMAL` does not wait for the disk; the
  checkpoint SQLite makes when the last connection closes does (two fsyncs: 15-20 ms on a busy
  virtual disk, a few ms on a laptop's SSD). On Python 3.12+ `NO_CKPT_ON_CLOSE` leaves the WAL
  for the next command (SQLite checkpoints it every 1,000 pages), so recording a draft costs
  well under a millisecond; Python 3.11's sqlite3 cannot set it.
- **Forgetting**: `secure_delete` is on, so a deleted row's bytes are overwritten with zeros; after
  `forget` the write-ahead log is checkpointed and truncated and the file vacuumed, so no copy of
  the person's rows is left in either file.

`history_enabled()` is the one switch (see its docstring: the config file joins it on merge).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from .errors import InputError

if TYPE_CHECKING:
    import sqlite3

    from .batch.rows import BatchRow
    from .kinds import Request
    from .result import Result

ENV_PATH = "LLMDRAFT_HISTORY"  # the database file (tests point it at a tmp folder)
ENV_OFF = "LLMDRAFT_NO_HISTORY"  # 1: record nothing (as --no-history does)
FILE_NAME = "history.db"
BUSY_TIMEOUT = 30.0  # seconds a writer waits for another's transaction to end


def history_enabled() -> bool:
    """Whether drafts are recorded: flag (`--no-history`, checked by the caller) >
    LLMDRAFT_NO_HISTORY (1/true/yes/on turns it off, 0/false/no/off on) > the config file's
    `history = true|false` > on."""
    said = os.environ.get(ENV_OFF, "").strip().lower()
    if said in ("1", "true", "yes", "on"):
        return False
    if said in ("0", "false", "no", "off"):
        return True
    from . import config

    return bool(config.resolve(names=("history",))["history"].value)


def history_path() -> Path:
    given = os.environ.get(ENV_PATH, "").strip()
    if given:
        return Path(given).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("llmdraft", appauthor=False)) / FILE_NAME


# -- people -----------------------------------------------------------------------------------

def person_key(name: str) -> str:
    """The key people are matched by: 'Dr. José Martínez', 'Martínez, José' and 'jose martinez'
    are one person (title and middle names dropped, accents folded, case ignored), and so is the
    export's First Name 'José' and Last Name 'Martínez'."""
    from .names import person_key as folded

    text = " ".join(str(name).split())
    if text.count(",") == 1:
        last, first = (part.strip() for part in text.split(","))
        if first and last:
            text = f"{first} {last}"
    words = text.split()
    if len(words) > 1 and not all(w.isalpha() for w in words):
        from .names import parse

        parsed = parse(text)
        if parsed.given and parsed.family:
            return folded(parsed.given, parsed.family)
    if len(words) > 2:  # a middle name: the export has the first and the last
        return folded(words[0], words[-1])
    return folded(text, "")


# -- migrations -------------------------------------------------------------------------------

Migration = Callable[["sqlite3.Connection"], None]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    """Register a migration; they run in the order they are written, each once. Never edit or
    reorder one that has shipped: add another."""
    MIGRATIONS.append(fn)
    return fn


@migration
def m001_drafts(db: "sqlite3.Connection") -> None:
    db.execute("""
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: an old ID never names another draft
            created TEXT NOT NULL,                 -- local time, ISO 8601 with its offset
            recipient TEXT NOT NULL,
            person_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL,
            context TEXT NOT NULL,                 -- the context as JSON (Context.to_dict)
            subject TEXT,
            message TEXT NOT NULL,
            provider TEXT NOT NULL,
            model TEXT,
            passed INTEGER NOT NULL,
            sent_on TEXT                           -- YYYY-MM-DD once marked sent
        )""")
    db.execute("CREATE INDEX drafts_person ON drafts (person_key, kind)")


@migration
def m002_received_and_source(db: "sqlite3.Connection") -> None:
    db.execute("""
        CREATE TABLE received (
            person_key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            received_on TEXT NOT NULL
        )""")
    db.execute("ALTER TABLE drafts ADD COLUMN source TEXT")  # draft | followup | recommend | batch


def _migrate(db: "sqlite3.Connection") -> None:
    db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied TEXT)")
    done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
    for fn in MIGRATIONS:
        if fn.__name__ not in done:
            fn(db)
            db.execute("INSERT INTO _migrations (name, applied) VALUES (?, ?)",
                       (fn.__name__, _now()))


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# -- records ----------------------------------------------------------------------------------

class Entry(NamedTuple):
    """One recorded draft, as `history show --json` prints it."""

    id: int
    created: str
    recipient: str
    kind: str
    channel: str
    context: dict
    subject: str | None
    message: str
    provider: str
    model: str | None
    passed: bool
    sent_on: str | None
    source: str | None

    @classmethod
    def from_row(cls, row: tuple) -> "Entry":
        values = dict(zip(cls._fields, row))
        try:
            values["context"] = json.loads(values["context"])
        except ValueError:
            values["context"] = {}
        values["passed"] = bool(values["passed"])
        return cls(**values)

    @property
    def asked_on(self) -> str:
        """The day it went out: marked sent, or else the day it was drafted."""
        return self.sent_on or self.created[:10]

    def to_dict(self) -> dict:
        return self._asdict()


_SELECT = f"SELECT {', '.join(Entry._fields)} FROM drafts"  # the fields are the columns


class HistoryError(InputError):
    """The database cannot be used (not a database, no permission, a full disk): exit 2."""


class History:
    """The database, opened (and migrated) on first use. Use as a context manager."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else history_path()
        self._db: "sqlite3.Connection | None" = None

    def __enter__(self) -> "History":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def exists(self) -> bool:
        return self.path.is_file()

    @property
    def db(self) -> "sqlite3.Connection":
        if self._db is None:
            self._db = self._open()
        return self._db

    def _open(self) -> "sqlite3.Connection":
        import sqlite3

        try:
            _private_file(self.path)
            db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT, isolation_level=None,
                                 check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(f"cannot open the history {self.path}: {_why(exc)}") from None
        try:
            db.execute("PRAGMA secure_delete = ON")
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            if hasattr(db, "setconfig"):  # Python 3.12+: see "Speed" in the module's notes
                db.setconfig(getattr(sqlite3, "SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE"), True)
            names = {row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_migrations'")}
            known = set() if not names else {r[0] for r in db.execute("SELECT name FROM _migrations")}
            if not {fn.__name__ for fn in MIGRATIONS} <= known:
                with _transaction(db):
                    _migrate(db)
        except sqlite3.Error as exc:
            db.close()
            raise HistoryError(f"cannot use the history {self.path}: {_why(exc)} (move it "
                               f"aside, or point {ENV_PATH} at another file)") from None
        return db

    @contextmanager
    def _write(self) -> Iterator["sqlite3.Connection"]:
        import sqlite3

        try:
            with _transaction(self.db) as db:
                yield db
        except sqlite3.Error as exc:
            raise HistoryError(f"cannot write the history {self.path}: {_why(exc)}") from None

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        import sqlite3

        try:
            return self.db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise HistoryError(f"cannot read the history {self.path}: {_why(exc)}") from None

    # -- writing ------------------------------------------------------------------------------

    def add(self, request: "Request", result: "Result", source: str) -> int:
        ctx = request.context
        with self._write() as db:
            cursor = db.execute(
                "INSERT INTO drafts (created, recipient, person_key, kind, channel, context, "
                "subject, message, provider, model, passed, sent_on, source) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                (_now(), ctx.recipient, person_key(ctx.recipient), request.kind,
                 ctx.channel.value, ctx.canonical_json(), result.subject, result.message,
                 result.provider, result.model, int(result.passed), source))
            return int(cursor.lastrowid or 0)

    def mark_sent(self, ref: str, on: date) -> Entry:
        """Mark a draft sent: `ref` is its ID, or a person's name (their latest unsent draft)."""
        entry = self.find(ref, unsent=True)
        with self._write() as db:
            db.execute("UPDATE drafts SET sent_on = ? WHERE id = ?", (on.isoformat(), entry.id))
        return self.get(entry.id)

    def mark_received(self, name: str, on: date) -> str:
        with self._write() as db:
            db.execute("INSERT INTO received (person_key, name, received_on) VALUES (?, ?, ?) "
                       "ON CONFLICT (person_key) DO UPDATE SET name = excluded.name, "
                       "received_on = excluded.received_on",
                       (person_key(name), " ".join(name.split()), on.isoformat()))
        return on.isoformat()

    def forget(self, name: str) -> int:
        """Delete every row about a person, then leave no copy behind (see the module's notes)."""
        key = person_key(name)
        with self._write() as db:
            count = db.execute("DELETE FROM drafts WHERE person_key = ?", (key,)).rowcount
            count += db.execute("DELETE FROM received WHERE person_key = ?", (key,)).rowcount
        if count:
            self.scrub()
        return count

    def scrub(self) -> None:
        import sqlite3

        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.db.execute("VACUUM")
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise HistoryError(f"deleted, but could not compact the history {self.path}: "
                               f"{_why(exc)}; run the command again") from None

    # -- reading ------------------------------------------------------------------------------

    def get(self, draft_id: int) -> Entry:
        rows = self._read(f"{_SELECT} WHERE id = ?", (draft_id,))
        if not rows:
            raise InputError(f"no draft #{draft_id} in the history (llmdraft history list)")
        return Entry.from_row(rows[0])

    def find(self, ref: str, unsent: bool = False) -> Entry:
        """A draft by ID ('12' or '#12'), or a person's latest (unsent, if asked) draft."""
        text = ref.strip().lstrip("#")
        if text.isdigit():
            return self.get(int(text))
        where = " AND sent_on IS NULL" if unsent else ""
        rows = self._read(f"{_SELECT} WHERE person_key = ?{where} ORDER BY id DESC LIMIT 1",
                          (person_key(ref),))
        if not rows:
            state = "unsent draft" if unsent else "draft"
            raise InputError(f"no {state} to {_short(ref)} in the history (llmdraft history list)")
        return Entry.from_row(rows[0])

    def entries(self, person: str | None = None, kind: str | None = None,
                since: date | None = None, until: date | None = None, text: str | None = None,
                sent: bool | None = None, limit: int | None = None) -> list[Entry]:
        """Newest first."""
        where, params = [], []  # type: ignore[var-annotated]
        if person:
            where.append("person_key = ?")
            params.append(person_key(person))
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if since:
            where.append("substr(created, 1, 10) >= ?")
            params.append(since.isoformat())
        if until:
            where.append("substr(created, 1, 10) <= ?")
            params.append(until.isoformat())
        if text:
            where.append("(recipient LIKE ? ESCAPE '\\' OR context LIKE ? ESCAPE '\\' "
                         "OR message LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\')")
            pattern = "%" + re.sub(r"([%_\\])", r"\\\1", text) + "%"
            params += [pattern] * 4
        if sent is not None:
            where.append("sent_on IS NOT NULL" if sent else "sent_on IS NULL")
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [Entry.from_row(row) for row in self._read(sql, tuple(params))]

    def received(self) -> dict[str, str]:
        """person key -> the day marked received."""
        return dict(self._read("SELECT person_key, received_on FROM received"))  # type: ignore[arg-type]

    def asked(self) -> dict[str, Entry]:
        """person key -> their latest request (sent ones before unsent)."""
        out: dict[str, Entry] = {}
        for row in self._read(f"{_SELECT} WHERE kind = 'request' ORDER BY "
                              f"(sent_on IS NOT NULL), id"):
            entry = Entry.from_row(row)
            out[person_key(entry.recipient)] = entry
        return out

    def last_request(self, name: str) -> Entry | None:
        rows = self._read(f"{_SELECT} WHERE person_key = ? AND kind = 'request' "
                          f"ORDER BY (sent_on IS NOT NULL) DESC, id DESC LIMIT 1",
                          (person_key(name),))
        return Entry.from_row(rows[0]) if rows else None

    def reminders_sent(self, name: str, since: str) -> int:
        """Follow-ups to `name` marked sent on or after the day the request went out."""
        rows = self._read("SELECT count(*) FROM drafts WHERE person_key = ? AND kind = "
                          "'followup' AND sent_on IS NOT NULL AND sent_on >= ?",
                          (person_key(name), since))
        return int(rows[0][0])

    def received_on(self, name: str) -> str | None:
        rows = self._read("SELECT received_on FROM received WHERE person_key = ?",
                          (person_key(name),))
        return rows[0][0] if rows else None


@contextmanager
def _transaction(db: "sqlite3.Connection") -> Iterator["sqlite3.Connection"]:
    """A write transaction that takes the lock at once (waiting up to the busy timeout), so it
    never fails halfway because another process wrote first."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def _private_file(path: Path) -> None:
    """The folder (0700 when made here) and the file (0600), before SQLite opens it."""
    if path.parent and not path.parent.exists():
        # exist_ok: two first drafts at once both find no folder, and both make it
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    if os.name == "posix" and (os.stat(path).st_mode & 0o077):
        os.chmod(path, 0o600)  # made by another tool, or copied in: private again


def _why(exc: BaseException) -> str:
    from .oserrors import describe

    if isinstance(exc, OSError):
        return describe(exc)
    return str(exc) or type(exc).__name__


def _short(text: str) -> str:
    from .sanitize import excerpt

    return excerpt(text)


def parse_day(text: str, flag: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"{flag} takes a date like 2026-11-02, not {_short(text)}") from None


# -- hooks the front ends call ----------------------------------------------------------------

_warned = False


def _warn(exc: BaseException) -> None:
    """A history that cannot be written never costs the draft: one warning, once."""
    global _warned
    if not _warned:
        _warned = True
        from .sanitize import message_line

        print(message_line(f"llmdraft: warning: not recorded in the history: {exc}"),
              file=sys.stderr, flush=True)


def record(request: "Request", result: "Result", source: str, off: bool = False) -> int | None:
    """Record a draft a command printed (draft, followup, recommend); its ID, or None when the
    history is off or cannot be written (a warning says so; the draft is not affected)."""
    if off or not history_enabled() or not result.message:
        return None
    try:
        with History() as history:
            return history.add(request, result, source)
    except InputError as exc:
        _warn(exc)
        return None


_batch_history: dict[str, History | None] = {}


def record_batch_row(row: "BatchRow", options: Any) -> None:
    """The batch runner's hook, called once per finished row (in the writing process, after the
    row is in the journal, so a resumed batch does not record a row twice). It records rows that
    were drafted (`ok` or `failed`), rebuilding the row's context from its input columns as the
    reader does. It never raises: a history that cannot be written is one warning."""
    if not row.drafted:
        return
    if not history_enabled() or (options is not None and not options.history):
        return
    path = str(history_path())
    if path not in _batch_history:
        _batch_history[path] = History()
    history = _batch_history[path]
    if history is None:
        return
    try:
        request = _row_request(row, options)
    except InputError:
        return  # not the context the row was drafted from: better nothing than a wrong record
    from .result import CheckResult, Result

    failed = [CheckResult(name, False, "error")  # the row keeps only the failed checks' names
              for name in row.failed_check_names]
    result = Result(kind=request.kind, message=row.message, subject=row.subject or None,
                    checks=failed, provider=row.provider, model=row.model or None)
    try:
        history.add(request, result, "batch")
    except InputError as exc:
        _batch_history[path] = None  # the rest of the batch goes unrecorded
        history.close()
        if "disk" not in str(exc):  # a full disk (or I/O error) stops the batch, which says so
            _warn(exc)


def _row_request(row: "BatchRow", options: Any) -> "Request":
    """A batch row's request from its input columns, with the reader's aliases and the batch's
    `--map`, defaults and kind."""
    from .batch.reader import ALIASES, normalise
    from .kinds import Request

    mapped = {normalise(k): v for k, v in (getattr(options, "mapping", None) or {}).items()}
    fields: dict[str, Any] = {}
    strengths: list[str] = []
    names: dict[str, str] = {}
    for column, value in row.input.items():
        if not isinstance(value, str) or not value.strip():
            continue
        name = normalise(column)
        key = mapped.get(name) or ALIASES.get(name)
        if key is None and re.match(r"^(?:strength|skill)_?[1-9]$", name):
            key = "strengths"
        if key is None and name in ("first_name", "last_name", "company", "position"):
            names[name] = value.strip()
            continue
        if key is None or (key in fields and key != "strengths"):
            continue
        value = value.strip()
        if key == "strengths":
            listed = _json_list(value)
            strengths += listed if listed is not None else [value]
        else:
            fields[key] = value
    if strengths:
        fields["strengths"] = strengths if len(strengths) > 1 else strengths[0]
    if names and "recipient" not in fields:
        fields["recipient"] = f"{names.get('first_name', '')} {names.get('last_name', '')}".strip()
    if names and "recipient_role" not in fields and (names.get("position") or names.get("company")):
        fields["recipient_role"] = " at ".join(
            p for p in (names.get("position"), names.get("company")) if p)
    kind = fields.pop("kind", None) or getattr(options, "kind", "request")
    for timing in ("asked_on", "days_since", "reminders_sent"):
        fields.pop(timing, None)
    return Request.of(kind, fields, defaults=getattr(options, "defaults", None) or {})


def _json_list(text: str) -> list[str] | None:
    if not text.startswith("["):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return [str(v) for v in value] if isinstance(value, list) else None


# -- follow-ups from the history --------------------------------------------------------------

class Asked(NamedTuple):
    """What the history says about the request to one person, for `followup --to NAME`."""

    request: Entry
    asked_on: str  # the day marked sent, or the day drafted
    marked_sent: bool
    reminders_sent: int
    received_on: str | None

    def context(self) -> dict:
        """The request's context as a follow-up's defaults: its channel only when it needs one
        of its own (an email is followed up by email); otherwise a follow-up's own default."""
        ctx = dict(self.request.context)
        if ctx.get("channel") not in ("email", "inmail"):
            ctx.pop("channel", None)
        ctx.pop("max_chars", None)
        ctx.pop("words", None)
        return ctx


def asked(name: str) -> Asked | None:
    """The request to `name` in the history, or None (no history, no request to them). Reading
    never creates the database."""
    history = History()
    if not history.exists:
        return None
    with history:
        entry = history.last_request(name)
        if entry is None:
            return None
        return Asked(entry, entry.asked_on, entry.sent_on is not None,
                     history.reminders_sent(name, entry.asked_on), history.received_on(name))


DUE_COLUMNS = ["kind", "recipient", "sender", "project", "strengths", "relationship",
               "closeness", "channel", "purpose", "details", "recipient_role", "greet_as",
               "asked_on", "reminders_sent", "history_id"]


def due(history: History, days: int, today: date, include_all: bool = False) -> list[dict]:
    """Everyone asked (a request marked sent) who has not written one, `days` or more days ago:
    one follow-up batch row each (`llmdraft batch` reads them as they are), with the advice the
    batch will give. Only those the advice says to remind, unless `include_all`."""
    from .advice import advise
    from .context import Context

    received = history.received()
    rows = []
    cutoff = (today - timedelta(days=days)).isoformat()
    for key, entry in sorted(history.asked().items(), key=lambda kv: kv[1].asked_on):
        if entry.sent_on is None or key in received or entry.sent_on > cutoff:
            continue
        reminders = history.reminders_sent(entry.recipient, entry.sent_on)
        ctx = Asked(entry, entry.sent_on, True, reminders, None).context()
        try:
            advice = advise(Context.from_dict(dict(entry.context)),
                            (today - date.fromisoformat(entry.sent_on)).days, reminders, today)
        except (InputError, ValueError):
            continue
        if advice.decision != "send" and not include_all:
            continue
        strengths = ctx.get("strengths") or []
        rows.append({**{k: ctx.get(k) for k in DUE_COLUMNS if k in ctx},
                     "kind": "followup",
                     "strengths": "; ".join(strengths) if isinstance(strengths, list) else strengths,
                     "asked_on": entry.sent_on, "reminders_sent": reminders,
                     "history_id": entry.id, "advice": advice.decision,
                     "reason": advice.reason})
    return rows


# -- `who` with the history -------------------------------------------------------------------

class Seen(NamedTuple):
    """What the history knows of one connection, for `llmdraft who`."""

    asked_on: str | None = None  # the day the latest request went out (or was drafted)
    request_id: int | None = None
    received_on: str | None = None  # marked received (mark-received)

    def note(self) -> str:
        if self.received_on:
            return f"wrote you one ({self.received_on})"
        if self.asked_on:
            return f"asked {self.asked_on} (#{self.request_id})"
        return ""


def seen_by_key() -> dict[str, Seen]:
    """person key -> what the history knows of them; empty when the history is off or absent.
    Keys are `linkedin.person_key` of the first and last name, as `who` keys connections."""
    if not history_enabled():
        return {}
    history = History()
    if not history.exists:
        return {}
    with history:
        seen = {key: Seen(entry.asked_on, entry.id) for key, entry in history.asked().items()}
        for key, day in history.received().items():
            seen[key] = Seen(seen[key].asked_on if key in seen else None,
                             seen[key].request_id if key in seen else None, day)
    return seen
