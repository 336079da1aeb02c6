"""Issue 13, part 2: the history database itself, on real SQLite files in tmp folders: the
schema and its migrations, the file's mode, concurrent writers in separate processes, and
`forget` leaving no trace in the file's bytes."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from llmdraft import history as h
from llmdraft.kinds import Request
from llmdraft.result import CheckResult, Result

ROOT = Path(__file__).resolve().parent.parent


def request(name="John Rivera", kind="request", **extra):
    return Request.of(kind, {"recipient": name, "project": "Halcyon billing rewrite",
                             "strengths": ["supplier negotiations", "weekly demos"], **extra})


def result(message="Hi John, ...", passed=True):
    checks = [] if passed else [CheckResult("project_named", False, "error", "missing")]
    return Result(kind="request", message=message, subject=None, checks=checks,
                  provider="offline", model=None)


def test_a_new_database_is_private_migrated_and_in_wal_mode(history_db):
    with h.History() as db:
        draft_id = db.add(request(), result(), "draft")
    assert draft_id == 1
    assert stat.S_IMODE(history_db.stat().st_mode) == 0o600
    assert stat.S_IMODE(history_db.parent.stat().st_mode) == 0o700
    con = sqlite3.connect(history_db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = [r[0] for r in con.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [fn.__name__ for fn in h.MIGRATIONS]
    con.close()


def test_wal_and_shm_files_are_private_too(history_db):
    with h.History() as db:
        db.add(request(), result(), "draft")
        side = [Path(f"{history_db}-wal"), Path(f"{history_db}-shm")]
        assert all(p.exists() for p in side)  # open connection: the WAL files exist now
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in side)


def test_a_loose_mode_is_made_private_again(history_db):
    with h.History() as db:
        db.add(request(), result(), "draft")
    os.chmod(history_db, 0o644)
    with h.History() as db:
        assert len(db.entries()) == 1
    assert stat.S_IMODE(history_db.stat().st_mode) == 0o600


def test_the_entry_holds_the_request_and_the_result(history_db):
    with h.History() as db:
        db.add(request(channel="email", purpose="a job search"), result(passed=False), "draft")
        entry = db.get(1)
    assert entry.recipient == "John Rivera" and entry.kind == "request"
    assert entry.channel == "email" and entry.source == "draft"
    assert entry.context["strengths"] == ["supplier negotiations", "weekly demos"]
    assert entry.context["purpose"] == "a job search"
    assert entry.passed is False and entry.sent_on is None and entry.provider == "offline"


def test_migrating_a_version_1_database_keeps_its_rows(history_db):
    """A database made when only the first migration existed (as an older llmdraft made it)."""
    history_db.parent.mkdir(mode=0o700)
    con = sqlite3.connect(history_db)
    con.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied TEXT)")
    h.m001_drafts(con)
    con.execute("INSERT INTO _migrations VALUES ('m001_drafts', '2026-01-01T00:00:00+00:00')")
    con.execute("INSERT INTO drafts (created, recipient, person_key, kind, channel, context, "
                "subject, message, provider, model, passed, sent_on) VALUES ('2026-01-02T09:00:00"
                "+00:00', 'Ana Silva', 'ana silva', 'request', 'linkedin-request', "
                "'{\"project\": \"P\", \"strengths\": [\"s\"]}', NULL, 'Hi Ana', 'offline', "
                "NULL, 1, '2026-01-03')")
    con.commit()
    con.close()

    with h.History() as db:
        old = db.get(1)
        assert (old.recipient, old.sent_on, old.source) == ("Ana Silva", "2026-01-03", None)
        db.mark_received("Ana Silva", date(2026, 2, 1))  # a table the second migration made
        assert db.received() == {"ana silva": "2026-02-01"}
        assert db.add(request(), result(), "draft") == 2
    con = sqlite3.connect(history_db)
    names = [r[0] for r in con.execute("SELECT name FROM _migrations ORDER BY rowid")]
    con.close()
    assert names == ["m001_drafts", "m002_received_and_source"]


def test_a_database_from_a_newer_llmdraft_is_used_as_it_is(history_db):
    with h.History() as db:
        db.add(request(), result(), "draft")
    con = sqlite3.connect(history_db)
    con.execute("INSERT INTO _migrations VALUES ('m099_from_the_future', 'x')")
    con.commit()
    con.close()
    with h.History() as db:
        assert len(db.entries()) == 1


def test_not_a_database_is_one_line_error(history_db):
    history_db.parent.mkdir(mode=0o700)
    history_db.write_bytes(b"this is not SQLite " * 100)
    with pytest.raises(h.HistoryError, match="cannot use the history"):
        with h.History() as db:
            db.entries()


def test_people_match_across_titles_order_case_and_accents():
    key = h.person_key("José Martínez")
    assert key == "jose martinez"
    for other in ("Martínez, José", "jose  MARTINEZ", "Dr. José Martínez", "José Luis Martínez"):
        assert h.person_key(other) == key, other
    from llmdraft.linkedin import person_key as export_key

    assert export_key("José", "Martínez") == key


def test_list_filters_by_person_kind_date_text_and_sent(history_db):
    with h.History() as db:
        db.add(request("John Rivera"), result("Hi John"), "draft")
        db.add(request("Maya Chen"), result("Hi Maya, about 100% of it"), "draft")
        db.add(request("Maya Chen", kind="followup"), result("Hey Maya"), "followup")
        db.mark_sent("2", date(2026, 11, 2))
        assert [e.id for e in db.entries()] == [3, 2, 1]
        assert [e.id for e in db.entries(person="maya chen")] == [3, 2]
        assert [e.id for e in db.entries(kind="followup")] == [3]
        assert [e.id for e in db.entries(sent=True)] == [2]
        assert [e.id for e in db.entries(text="100%")] == [2]  # % is literal, not a wildcard
        assert db.entries(text="_") == []
        today = date.today()
        assert len(db.entries(since=today, until=today)) == 3
        assert db.entries(until=date(2000, 1, 1)) == []


def test_mark_sent_by_name_takes_the_latest_unsent_draft(history_db):
    with h.History() as db:
        db.add(request(), result(), "draft")
        db.add(request(), result(), "draft")
        assert db.mark_sent("John Rivera", date(2026, 11, 2)).id == 2
        assert db.mark_sent("john rivera", date(2026, 11, 3)).id == 1
        with pytest.raises(h.InputError, match="no unsent draft to"):
            db.mark_sent("John Rivera", date(2026, 11, 3))
        with pytest.raises(h.InputError, match="no draft #9"):
            db.mark_sent("9", date(2026, 11, 3))


def test_asked_takes_the_sent_request_and_counts_the_reminders_sent_since(history_db):
    with h.History() as db:
        db.add(request(), result(), "draft")
        db.mark_sent("1", date(2026, 11, 2))
        db.add(request(), result(), "draft")  # drafted again later, never sent
        db.add(request(kind="followup"), result(), "followup")
        db.mark_sent("3", date(2026, 11, 12))
    past = h.asked("Rivera, John")
    assert past is not None
    assert (past.request.id, past.asked_on, past.marked_sent) == (1, "2026-11-02", True)
    assert past.reminders_sent == 1 and past.received_on is None
    assert "channel" not in past.context()  # a follow-up takes its own channel
    assert h.asked("Someone Else") is None


def test_asking_an_absent_history_does_not_create_it(history_db):
    assert h.asked("John Rivera") is None
    assert h.seen_by_key() == {}
    assert not history_db.exists()


def test_forget_deletes_every_row_and_leaves_no_trace_in_the_files(history_db):
    secret = "Quillfeather"  # a surname nowhere else in the file
    with h.History() as db:
        for n in range(30):
            db.add(request(f"Orla {secret}", details=f"cut costs by {n}%"),
                   result(f"Hi Orla {secret}, " + "x" * 500), "draft")
        db.add(request("John Rivera"), result("Hi John"), "draft")
        db.mark_received(f"Orla {secret}", date(2026, 11, 1))
        assert secret.encode() in _all_bytes(history_db)
        assert db.forget(f"{secret}, Orla") == 31
        assert [e.recipient for e in db.entries()] == ["John Rivera"]
        assert db.received() == {}
        assert secret.encode() not in _all_bytes(history_db)  # with the connection still open
    assert secret.encode() not in _all_bytes(history_db)
    assert secret.lower().encode() not in _all_bytes(history_db).lower()


def _all_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.iterdir() if p.name.startswith(db.name))


WRITER = textwrap.dedent("""
    import sys
    from llmdraft import history as h
    from llmdraft.kinds import Request
    from llmdraft.result import Result
    name, count = sys.argv[1], int(sys.argv[2])
    req = Request.of("request", {"recipient": name, "project": "P", "strengths": ["s"]})
    for n in range(count):
        with h.History() as db:   # a new connection each time, as separate commands do
            db.add(req, Result(kind="request", message=f"{name} {n}", subject=None, checks=[]),
                   "draft")
""")


def test_concurrent_writer_processes_lose_nothing(history_db, tmp_path):
    """Four processes writing at once on a new database (so they also race to create and
    migrate it): every row arrives."""
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, str(script), f"Person {i}", "40"], env=env,
                              stderr=subprocess.PIPE, text=True) for i in range(4)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with h.History() as db:
        entries = db.entries()
        assert len(entries) == 160
        for i in range(4):
            mine = sorted(int(e.message.split()[-1]) for e in entries
                          if e.recipient == f"Person {i}")
            assert mine == list(range(40))
    con = sqlite3.connect(history_db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(h.MIGRATIONS)
    con.close()


def test_a_writer_waits_for_a_long_transaction_instead_of_failing(history_db):
    with h.History() as db:
        db.add(request(), result(), "draft")
    blocker = sqlite3.connect(history_db, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    blocker.execute("INSERT INTO received VALUES ('x y', 'X Y', '2026-01-01')")
    script = (f"import time, sys; sys.path.insert(0, {str(ROOT)!r})\n"
              "from llmdraft import history as h\n"
              "from llmdraft.kinds import Request\n"
              "from llmdraft.result import Result\n"
              "t = time.time()\n"
              "with h.History() as db:\n"
              "    db.add(Request.of('request', {'recipient': 'A B', 'project': 'P', "
              "'strengths': ['s']}), Result(kind='request', message='m', subject=None, "
              "checks=[]), 'draft')\n"
              "print(round(time.time() - t, 1))\n")
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    import time

    time.sleep(1.5)
    blocker.execute("COMMIT")
    blocker.close()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert float(out) >= 1.0  # it waited for the lock, then wrote
    with h.History() as db:
        assert len(db.entries()) == 2 and db.received() == {"x y": "2026-01-01"}


def test_history_enabled_reads_the_environment(monkeypatch):
    assert h.history_enabled()
    for value in ("1", "true", "YES", "on"):
        monkeypatch.setenv("LLMDRAFT_NO_HISTORY", value)
        assert not h.history_enabled()
    monkeypatch.setenv("LLMDRAFT_NO_HISTORY", "0")
    assert h.history_enabled()


def test_the_default_path_is_in_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("LLMDRAFT_HISTORY")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert h.history_path() == tmp_path / "data" / "llmdraft" / "history.db"
