"""Issue 13, part 2, as a user runs it: drafts recorded by draft, followup, recommend and batch;
`llmdraft history ...`; `followup --to NAME` from the history; a follow-up batch from
`history due`; `who` marking whom you asked. Real processes, a real database under tmp_path."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from chatserver import reply
from contexts import GOOD_REPLY
from outcomes import one_error_line

ROOT = Path(__file__).resolve().parent.parent
JOHN = ["--to", "John Rivera", "--from", "Dana Holt", "--project",
        "Colorado Community Development project", "--strength",
        "organizing a diverse group of volunteers", "--strength", "project management"]


def ago(days: int) -> str:
    return (date.today() - timedelta(days=days)).isoformat()


def rows(db: Path, sql: str = "SELECT id, recipient, kind, source, sent_on FROM drafts"):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def listed(run, *args) -> list[dict]:
    proc = run("history", "list", "--json", *args)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_draft_recommend_and_followup_are_recorded(run, history_db):
    assert run("draft", *JOHN).returncode == 0
    assert run("recommend", "--to", "Dana Holt", "--from", "John Rivera", "--project",
               "Colorado Community Development project", "--strength",
               "project management").returncode == 0
    follow = run("followup", *JOHN, "--asked-on", ago(9), "--no-history")  # not this one
    assert follow.returncode == 0, follow.stderr
    follow = run("followup", *JOHN, "--days-since", "9")
    assert follow.returncode == 0, follow.stderr
    entries = listed(run)
    assert [(e["kind"], e["source"], e["recipient"]) for e in entries] == [
        ("followup", "followup", "John Rivera"), ("recommendation", "recommend", "Dana Holt"),
        ("request", "draft", "John Rivera")]
    request = entries[-1]
    assert request["context"]["project"] == "Colorado Community Development project"
    assert request["context"]["sender"] == "Dana Holt"
    assert request["message"].startswith("Hi John") and request["provider"] == "offline"
    assert request["passed"] is True and request["sent_on"] is None
    assert request["created"][:10] == date.today().isoformat()


def test_no_history_flag_and_environment_record_nothing(run, history_db):
    assert run("draft", *JOHN, "--no-history").returncode == 0
    assert run("draft", *JOHN, env={"LLMDRAFT_NO_HISTORY": "1"}).returncode == 0
    assert not history_db.exists()
    assert run("recommend", "--to", "Dana Holt", "--project", "P", "--strength", "s",
               "--no-history").returncode in (0, 1)
    assert not history_db.exists()


def test_a_broken_history_never_costs_the_draft(run, history_db):
    history_db.parent.mkdir()
    history_db.write_bytes(b"not a database" * 200)
    proc = run("draft", *JOHN)
    assert proc.returncode == 0
    assert proc.stdout.startswith("Hi John")
    assert "warning: not recorded in the history" in proc.stderr
    bad = run("history", "list")
    one_error_line(bad)


def test_the_api_key_and_base_url_are_never_in_the_database(run, history_db, chat_server):
    key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"
    chat_server.default = reply(GOOD_REPLY)
    proc = run("draft", *JOHN, "--base-url", chat_server.base_url, "--model", "test-model",
               env={"OPENAI_API_KEY": key})
    assert proc.returncode == 0, proc.stderr
    [entry] = listed(run)
    assert entry["provider"] == "openai" and entry["model"] == "test-model"
    blob = b"".join(p.read_bytes() for p in history_db.parent.iterdir())
    assert key.encode() not in blob and b"sk-proj" not in blob
    assert chat_server.base_url.encode() not in blob


def test_the_weekly_flow_mark_sent_then_followup_to_name(run, history_db):
    """Draft, mark sent, and ten days later `followup --to NAME` with nothing retyped."""
    assert run("draft", *JOHN, "--closeness", "close").returncode == 0
    marked = run("history", "mark-sent", "1", "--on", ago(10))
    assert marked.returncode == 0 and f"marked sent on {ago(10)}" in marked.stdout

    proc = run("followup", "--to", "John Rivera", "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["advice"]["decision"] == "send"
    assert "10 days" in result["advice"]["reason"]
    assert "Colorado Community Development project" in result["message"]
    assert "from the history: request #1" in proc.stderr

    # the reminder (#2) is recorded; marked sent, it counts: a second is advised against
    assert run("history", "mark-sent", "John Rivera", "--on", ago(1)).returncode == 0
    again = run("followup", "--to", "john rivera", "--json")
    assert again.returncode == 5, again.stderr  # "don't": the documented exit code
    assert json.loads(again.stdout)["advice"]["decision"] == "dont"
    assert "1 reminder(s) marked sent" in again.stderr

    # flags still override the history
    override = run("followup", "--to", "John Rivera", "--reminders-sent", "0", "--asked-on",
                   ago(3), "--json")
    assert json.loads(override.stdout)["advice"]["decision"] == "wait"


def test_followup_to_a_name_takes_the_project_and_strengths_and_flags_override(run):
    assert run("draft", *JOHN, "--channel", "email").returncode == 0
    assert run("history", "mark-sent", "1", "--on", ago(8)).returncode == 0
    proc = run("followup", "--to", "Rivera, John", "--project", "Halcyon billing rewrite",
               "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert "Halcyon billing" in result["message"]
    assert "volunteers" in result["message"]  # the strengths from the history
    assert result["subject"]  # followed up by email, as it was asked


def test_followup_to_someone_who_wrote_one_is_dont(run):
    assert run("draft", *JOHN, "--closeness", "close").returncode == 0
    assert run("history", "mark-sent", "1", "--on", ago(12)).returncode == 0
    assert run("history", "mark-received", "John Rivera").returncode == 0
    proc = run("followup", "--to", "John Rivera")
    assert proc.returncode == 5 and proc.stdout == ""  # "don't" (README: exit codes)
    assert "already wrote you one" in proc.stderr


def test_followup_to_a_name_not_in_the_history_still_needs_the_context(run):
    proc = run("followup", "--to", "Nobody Known", "--days-since", "9")
    one_error_line(proc)


def test_show_search_and_filters(run):
    assert run("draft", *JOHN).returncode == 0
    assert run("draft", "--to", "Maya Chen", "--project", "Northwind onboarding revamp",
               "--strength", "process design").returncode == 0
    shown = run("history", "show", "2")
    assert shown.returncode == 0
    assert "#2 request to Maya Chen" in shown.stdout and "Northwind onboarding" in shown.stdout
    assert "Hi Maya" in shown.stdout
    assert json.loads(run("history", "show", "1", "--json").stdout)["recipient"] == "John Rivera"
    found = run("history", "search", "onboarding", "--json")
    assert [e["id"] for e in json.loads(found.stdout)] == [2]
    assert [e["id"] for e in listed(run, "--person", "john rivera")] == [1]
    assert [e["id"] for e in listed(run, "--kind", "request", "--since", date.today().isoformat())] == [2, 1]
    assert listed(run, "--until", "2001-01-01") == []
    assert listed(run, "--sent") == []
    table = run("history", "list")
    assert "#2" in table.stdout and "Maya Chen" in table.stdout and "unsent" in table.stdout


def test_bad_input_is_one_line_and_exit_2(run):
    assert run("draft", *JOHN).returncode == 0
    for args in (["show", "99"], ["mark-sent", "1", "--on", "yesterday"],
                 ["mark-sent", "1", "--on", ago(-3)], ["list", "--kind", "letter"],
                 ["list", "--since", "2026-13-01"], ["export", "-o", "out.txt"],
                 ["mark-sent", "Nobody Known"], ["forget", " "], ["search", " "]):
        proc = run("history", *args)
        one_error_line(proc)


def test_an_empty_history_lists_nothing_and_creates_nothing(run, history_db):
    proc = run("history", "list")
    assert proc.returncode == 0 and "nothing in the history" in proc.stderr
    assert listed(run) == []
    assert run("history", "due").returncode == 1  # no one is due: exit 1, as grep
    assert run("history", "mark-sent", "1").returncode == 2
    assert not history_db.exists()
    where = json.loads(run("history", "path", "--json").stdout)
    assert where == {"path": str(history_db), "exists": False, "enabled": True}


def test_export_csv_and_jsonl(run, tmp_path):
    assert run("draft", *JOHN).returncode == 0
    assert run("draft", "--to", "=Eve Hart", "--project", "the audit", "--strength",
               "audits").returncode in (0, 1)
    assert run("history", "export", "-o", "all.csv").returncode == 0
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    # oldest first; a cell a spreadsheet would run is written as text
    assert [r["recipient"] for r in table] == ["John Rivera", "'=Eve Hart"]
    assert json.loads(table[0]["context"])["strengths"][1] == "project management"
    assert all(not cell.startswith("=") for r in table for cell in r.values())  # formula-safe
    assert run("history", "export", "-o", "all.csv").returncode == 2  # exists: --force
    assert run("history", "export", "-o", "john.jsonl", "--person", "John Rivera").returncode == 0
    lines = (tmp_path / "john.jsonl").read_text().splitlines()
    assert [json.loads(line)["recipient"] for line in lines] == ["John Rivera"]
    out = run("history", "export", "-o", "-")
    assert len(out.stdout.splitlines()) == 2


def test_forget_really_deletes_a_person(run, history_db):
    assert run("draft", "--to", "Orla Quillfeather", "--project", "P", "--strength",
               "audits").returncode in (0, 1)
    assert run("draft", *JOHN).returncode == 0
    assert run("history", "mark-received", "Orla Quillfeather").returncode == 0
    proc = run("history", "forget", "Quillfeather, Orla", "--json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["deleted"] == 2
    assert [e["recipient"] for e in listed(run)] == ["John Rivera"]
    blob = b"".join(p.read_bytes() for p in history_db.parent.iterdir())
    assert b"Quillfeather" not in blob and b"quillfeather" not in blob
    again = run("history", "forget", "Orla Quillfeather")
    assert again.returncode == 0 and "nothing in the history" in again.stderr


def test_history_due_writes_a_followup_batch_that_batch_runs(run, tmp_path, history_db):
    """Everyone asked 14+ days ago who has not written one: a CSV batch takes as it is."""
    people = [("John Rivera", "close", 20), ("Maya Chen", "close", 3), ("Ana Silva", "close", 30),
              ("Sam Boss", "professional", 25)]
    for n, (name, closeness, days) in enumerate(people, start=1):
        args = ["--to", name, "--project", "Northwind onboarding revamp", "--strength",
                "process design", "--closeness", closeness]
        if name == "Sam Boss":
            args += ["--relationship", "managed-you"]
        assert run("draft", *args).returncode == 0
        assert run("history", "mark-sent", str(n), "--on", ago(days)).returncode == 0
    assert run("history", "mark-received", "Ana Silva").returncode == 0

    due = run("history", "due", "--days", "14", "--json")
    assert [r["recipient"] for r in json.loads(due.stdout)] == ["John Rivera"]
    everyone = json.loads(run("history", "due", "--days", "14", "--all", "--json").stdout)
    assert {r["recipient"]: r["advice"] for r in everyone} == {"John Rivera": "send",
                                                               "Sam Boss": "dont"}
    made = run("history", "due", "--days", "14", "--all", "--csv", "due.csv")
    assert made.returncode == 0, made.stderr
    batch = run("batch", "due.csv", "-o", "reminders.csv", "-q")
    assert batch.returncode == 0, batch.stderr
    with open(tmp_path / "reminders.csv", encoding="utf-8-sig", newline="") as handle:
        out = {r["recipient"]: r for r in csv.DictReader(handle)}
    assert out["John Rivera"]["status"] == "ok" and "Northwind" in out["John Rivera"]["message"]
    assert out["Sam Boss"]["status"] == "skipped"
    # the batch's reminder is in the history, as a follow-up from the batch
    recorded = [e for e in listed(run) if e["source"] == "batch"]
    assert [(e["recipient"], e["kind"]) for e in recorded] == [("John Rivera", "followup")]


def test_batch_rows_are_recorded_once_and_not_with_no_history(run, tmp_path, history_db):
    (tmp_path / "in.csv").write_text(
        "recipient,project,strength1,strength2,relationship\n"
        "John Rivera,Colorado Community Development project,project management,budgets,same-team\n"
        "Maya Chen,,process design,,same-team\n"  # no project: an error row, not recorded
        "Ana Silva,Halcyon billing,audits,,client\n")
    proc = run("batch", "in.csv", "-o", "out.jsonl", "-q", "--from", "Dana Holt")
    assert proc.returncode == 1  # the error row
    entries = listed(run)
    assert sorted(e["recipient"] for e in entries) == ["Ana Silva", "John Rivera"]
    john = next(e for e in entries if e["recipient"] == "John Rivera")
    assert john["context"]["strengths"] == ["project management", "budgets"]
    assert john["context"]["sender"] == "Dana Holt" and john["source"] == "batch"
    assert run("batch", "in.csv", "-o", "again.csv", "-q", "--no-history").returncode == 1
    assert len(listed(run)) == 2


def test_a_batch_and_drafts_at_once_lose_nothing(tmp_path, history_db):
    """A 300-row offline batch (worker processes) while eight drafts run in other processes."""
    lines = ["recipient,project,strengths"]
    lines += [f"Person{n} Batch,Project {n},skill {n}" for n in range(300)]
    (tmp_path / "big.csv").write_text("\n".join(lines) + "\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LLMDRAFT_CACHE_DIR": str(tmp_path / "c")}
    cmd = [sys.executable, "-m", "llmdraft"]
    batch = subprocess.Popen([*cmd, "batch", str(tmp_path / "big.csv"), "-o",
                              str(tmp_path / "big.out.csv"), "-q"], env=env,
                             stderr=subprocess.PIPE, text=True)
    drafts = [subprocess.Popen([*cmd, "draft", "--to", f"Solo{n} Draft", "--project",
                                "Northwind onboarding revamp", "--strength", "process design"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True) for n in range(8)]
    for proc in [batch, *drafts]:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "not recorded" not in err
    names = [r[0] for r in rows(history_db, "SELECT recipient FROM drafts")]
    assert len(names) == 308 and len(set(names)) == 308


def test_who_marks_people_asked_and_those_who_wrote(run, tmp_path):
    export = ROOT / "examples" / "linkedin-export"
    assert run("draft", "--to", "Priya Raman", "--project", "P", "--strength", "s").returncode in (0, 1)
    assert run("history", "mark-sent", "1", "--on", ago(4)).returncode == 0
    assert run("history", "mark-received", "Aoife O'Brien").returncode == 0
    proc = run("who", str(export), "--json")
    assert proc.returncode == 0, proc.stderr
    people = json.loads(proc.stdout)
    names = [p["recipient"] for p in people]
    assert "Aoife O'Brien" not in names  # she wrote one: left out like the export's own
    priya = next(p for p in people if p["recipient"] == "Priya Raman")
    assert priya["asked_on"] == ago(4) and priya["request_id"] == 1
    assert priya["reason"].startswith(f"asked {ago(4)}")
    assert names[-1] == "Priya Raman"  # asked already: after everyone not yet asked
    table = run("who", str(export), "--include-recommended")
    assert "wrote you one" in table.stdout and f"asked {ago(4)} (#1)" in table.stdout
    assert run("who", str(export), "-o", "who.csv").returncode == 0
    with open(tmp_path / "who.csv", encoding="utf-8-sig", newline="") as handle:
        asked = {r["recipient"]: r["already_asked"] for r in csv.DictReader(handle)}
    assert asked["Priya Raman"] == ago(4) and asked["Luis García"] == ""
