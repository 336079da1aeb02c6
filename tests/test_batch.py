"""`llmdraft batch`, run as a user runs it, against real files and the local endpoint."""

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatserver import drop, reply, status
from contexts import DEFAULT_TEXT, good_reply_for

ROOT = Path(__file__).resolve().parent.parent
csv.field_size_limit(sys.maxsize)  # the 10 MB cell comes back in the output
HEADER = "recipient,project,strength1,strength2,relationship\n"


@pytest.fixture
def env(tmp_path):
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
    clean["LLMDRAFT_CACHE_DIR"] = str(tmp_path / "cache")
    return clean


def run(env, *args, timeout=120):
    return subprocess.run([sys.executable, "-m", "llmdraft", "batch", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=timeout)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def rows_csv(n, start=1):
    return "".join(f"Person {i},Project {i} rollout,supplier negotiations,weekly demos,same-team\n"
                   for i in range(start, start + n))


# -- input dialects ---------------------------------------------------------------------------

def test_offline_csv_in_order_with_all_columns(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(25))
    proc = run(env, src, "-o", tmp_path / "out.csv")
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(tmp_path / "out.csv")
    assert [r["recipient"] for r in rows] == [f"Person {i}" for i in range(1, 26)]
    assert list(rows[0])[:5] == ["recipient", "project", "strength1", "strength2", "relationship"]
    assert list(rows[0])[5:] == ["row", "message", "subject", "status", "failed_checks", "error",
                                 "attempts", "cached", "provider", "model", "total_tokens",
                                 "advice"]
    assert all(r["status"] == "ok" and "Project" in r["message"] for r in rows)
    assert "25 of 25 rows: ok 25, failed 0, error 0" in proc.stderr
    assert not (tmp_path / "out.csv.journal").exists()


def test_cp1252_semicolons_and_quoted_newlines(tmp_path, env):
    text = ('recipient;project;strengths;details\r\n'
            'José Álvarez;"Café relaunch";"menu design|supplier negotiations";"cut waste\r\nby half"\r\n')
    src = tmp_path / "excel.csv"
    src.write_bytes(text.encode("cp1252"))
    proc = run(env, src, "-o", tmp_path / "out.csv")
    assert proc.returncode == 0, proc.stderr
    (row,) = read_csv(tmp_path / "out.csv")
    assert row["recipient"] == "José Álvarez" and row["details"] == "cut waste\r\nby half"
    assert "Hi José" in row["message"] or "Hello José" in row["message"]
    assert "supplier negotiations" in row["message"].lower()


@pytest.mark.parametrize("prefix, sep", [("\ufeff", ","), ("", "\t")])
def test_bom_and_tabs(tmp_path, env, prefix, sep):
    src = tmp_path / "in.csv"
    src.write_text(prefix + sep.join(["to", "project", "strengths"]) + "\n"
                   + sep.join(["Ada Obi", "Apollo", "testing;code review"]) + "\n", encoding="utf-8")
    proc = run(env, src, "-o", tmp_path / "out.jsonl")
    assert proc.returncode == 0, proc.stderr
    record = json.loads((tmp_path / "out.jsonl").read_text().splitlines()[0])
    assert record["to"] == "Ada Obi" and record["status"] == "ok"
    assert "code review" in record["message"].lower()


def test_linkedin_connections_export(tmp_path, env):
    proc = run(env, ROOT / "examples" / "Connections.csv", "-o", tmp_path / "out.csv",
               "--project", "Northwind onboarding revamp", "--strength", "process design")
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(tmp_path / "out.csv")
    assert [r["First Name"] for r in rows] == ["Maya", "Luis", "Aoife"]
    assert rows[0]["message"].split("\n")[0] in ("Hi Maya,", "Hello Maya,")
    assert rows[0]["Connected On"] == "05 Oct 2020"


def test_jsonl_in_and_out_with_defaults_and_map(tmp_path, env):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"who": "Ada Obi", "strengths": ["testing"]}) + "\n"
                   + json.dumps({"who": "Ben Ode", "project": "Hermes", "strengths": "ops"}) + "\n")
    proc = run(env, src, "-o", tmp_path / "out.jsonl", "--map", "who=recipient",
               "--project", "Apollo")
    assert proc.returncode == 0, proc.stderr
    first, second = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert "Apollo" in first["message"] and "Hermes" in second["message"]  # a row's value wins


# -- bad rows and bad files -------------------------------------------------------------------

def test_bad_rows_become_error_rows_and_the_batch_goes_on(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER
                   + "Ada Obi,,testing,,same-team\n"            # no project
                   + "Ben Ode,Apollo,testing,,boss\n"           # unknown relationship
                   + "Cy Ray,Apollo,testing,,same-team,extra\n"  # ragged
                   + "Di Fox,Apollo," + "x" * 10_000_000 + ",,same-team\n"  # a 10 MB cell
                   + "Ed Lim,Apollo,testing,,same-team\n")
    proc = run(env, src, "-o", tmp_path / "out.csv")
    assert proc.returncode == 1
    rows = read_csv(tmp_path / "out.csv")
    assert [r["status"] for r in rows] == ["error", "error", "error", "error", "ok"]
    assert rows[0]["error"].startswith("row 1: missing project")
    assert rows[1]["error"].startswith("row 2: unknown relationship 'boss'")
    assert rows[2]["error"].startswith("row 3: row has 6 fields")
    assert rows[3]["error"].startswith("row 4: strength is 10000000 characters")
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "looks binary"),
    (b"recipient,project,strengths\n", "has a header but no rows"),
    (b"colour,size\nred,3\n", "no column the batch understands"),
    (b"recipient,project,Project,strengths\nA,B,C,D\n", "both give 'project'"),
])
def test_unusable_input_is_exit_2_one_line(tmp_path, env, content, message):
    src = tmp_path / "in.csv"
    src.write_bytes(content)
    proc = run(env, src, "-o", tmp_path / "out.csv")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr, proc.stderr
    assert not (tmp_path / "out.csv").exists()


def test_missing_input_and_unknown_output_format(tmp_path, env):
    assert run(env, tmp_path / "nope.csv", "-o", tmp_path / "o.csv").returncode == 2
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(1))
    proc = run(env, src, "-o", tmp_path / "out.xlsx")
    assert proc.returncode == 2 and "--format" in proc.stderr


def test_formula_cells_are_neutralised(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text('recipient,project,strengths,notes\n'
                   'Ada Obi,Apollo,testing,=HYPERLINK("http://x.invalid")\n'
                   'Ben Ode,Apollo,testing,+1\n'
                   'Cy Ray,Apollo,testing,-2\n'
                   'Di Fox,Apollo,testing,@SUM(A1)\n'
                   'Ed Lim,Apollo,testing,"\tTAB"\n'
                   '"=Eve",Apollo,testing,x\n')
    run(env, src, "-o", tmp_path / "out.csv")
    raw = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    for cell in ("'=HYPERLINK", "'+1", "'-2", "'@SUM", "'\tTAB", "'=Eve"):
        assert cell in raw, cell
    for row in csv.reader(io.StringIO(raw)):
        assert not any(c.startswith(("=", "+", "-", "@", "\t", "\r")) for c in row), row


def test_existing_output_needs_resume_or_force(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(3))
    out = tmp_path / "out.csv"
    out.write_text("precious\n")
    proc = run(env, src, "-o", out)
    assert proc.returncode == 2 and "--resume" in proc.stderr
    assert out.read_text() == "precious\n"
    assert run(env, src, "-o", out, "--force").returncode == 0
    assert len(read_csv(out)) == 3
    again = run(env, src, "-o", out, "--resume")
    assert again.returncode == 0 and "3 from before" in again.stderr
    assert len(read_csv(out)) == 3


# -- with the endpoint ------------------------------------------------------------------------

def endpoint(env, server, **extra):
    return {**env, "OPENAI_BASE_URL": server.base_url, "LLMDRAFT_MODEL": "test-model", **extra}


def test_faults_slow_the_batch_but_do_not_fail_rows(tmp_path, env, chat_server):
    """Each row meets its faults on its first calls (the same ones whatever the threads' timing):
    a 429 with Retry-After, a 503, a dropped connection, a flawed draft, or two of them."""
    import re
    import threading

    plans = [["429"], ["503"], ["drop"], ["flawed"], [], ["429", "flawed"]]
    calls: dict[str, int] = {}
    lock = threading.Lock()

    def flaky(body):
        recipient = re.search(r"^Recipient: (.*)$", body["messages"][1]["content"], re.M).group(1)
        with lock:
            n = calls[recipient] = calls.get(recipient, 0) + 1
        plan = plans[int(recipient.split()[-1]) % len(plans)]
        fault = plan[n - 1] if n <= len(plan) else None
        if fault == "429":
            return status(429, headers={"retry-after-ms": "50"})
        if fault == "503":
            return status(503)
        if fault == "drop":
            return drop()
        if fault == "flawed":
            return reply(DEFAULT_TEXT)  # fails its checks: re-asked
        return reply(good_reply_for(body))

    chat_server.default = flaky
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(30))
    proc = run(endpoint(env, chat_server), src, "-o", tmp_path / "out.csv", "--concurrency", "6")
    assert proc.returncode == 0, proc.stderr[-2000:]
    rows = read_csv(tmp_path / "out.csv")
    assert [int(r["row"]) for r in rows] == list(range(1, 31))
    assert all(r["status"] == "ok" and r["provider"] == "openai" for r in rows)
    flawed = [r for r in rows if "flawed" in plans[int(r["recipient"].split()[-1]) % len(plans)]]
    assert flawed and all(int(r["attempts"]) == 2 for r in flawed)
    assert chat_server.calls == sum(1 + len(plans[i % len(plans)]) for i in range(1, 31))


def test_permanent_endpoint_error_stops_the_batch_with_exit_3(tmp_path, env, chat_server):
    chat_server.default = status(401)
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(20))
    proc = run(endpoint(env, chat_server, OPENAI_API_KEY="sk-SECRET-99"), src,
               "-o", tmp_path / "out.csv", "--concurrency", "2")
    assert proc.returncode == 3 and "401" in proc.stderr and "--resume" in proc.stderr
    assert "sk-SECRET-99" not in proc.stderr + proc.stdout
    assert chat_server.calls <= 4  # stopped, not 20 rows of 401s

    chat_server.default = lambda body: reply(good_reply_for(body))
    resumed = run(endpoint(env, chat_server), src, "-o", tmp_path / "out.csv", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert len(read_csv(tmp_path / "out.csv")) == 20


def test_kill_9_then_resume_pays_once_per_finished_row(tmp_path, env, chat_server):
    def slow_good(body):
        time.sleep(0.05)
        return reply(good_reply_for(body))

    chat_server.default = slow_good
    total = 60
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(total))
    out, journal = tmp_path / "out.csv", tmp_path / "out.csv.journal"
    args = [sys.executable, "-m", "llmdraft", "batch", str(src), "-o", str(out),
            "--concurrency", "4", "--no-cache"]
    proc = subprocess.Popen(args, env=endpoint(env, chat_server), stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if journal.exists() and journal.read_text().count("\n") >= 21:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    calls_before = -1
    while calls_before != chat_server.calls:  # requests the killed run sent may still be arriving
        calls_before = chat_server.calls
        time.sleep(0.5)
    # complete lines after the journal's header (the input's identity): the finished rows
    done = journal.read_text().count("\n") - 1
    assert 20 <= done < total

    resumed = run(endpoint(env, chat_server), src, "-o", out, "--resume", "--no-cache")
    assert resumed.returncode == 0, resumed.stderr
    assert chat_server.calls - calls_before == total - done  # finished rows are not paid again
    rows = read_csv(out)
    assert [int(r["row"]) for r in rows] == list(range(1, total + 1))
    assert all(r["status"] == "ok" for r in rows)
    assert not journal.exists()


def test_ctrl_c_stops_cleanly_and_resume_completes(tmp_path, env, chat_server):
    def slow_good(body):
        time.sleep(0.1)
        return reply(good_reply_for(body))

    chat_server.default = slow_good
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(40))
    out = tmp_path / "out.csv"
    proc = subprocess.Popen([sys.executable, "-m", "llmdraft", "batch", str(src), "-o", str(out),
                             "--concurrency", "2"], env=endpoint(env, chat_server),
                            stderr=subprocess.PIPE, text=True)
    journal = tmp_path / "out.csv.journal"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # interrupt once some rows are done, however slow the machine
        if journal.exists() and journal.read_text().count("\n") >= 3:
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert "--resume" in stderr and "Traceback" not in stderr
    partial = read_csv(out)
    assert 0 < len(partial) < 40
    resumed = run(endpoint(env, chat_server), src, "-o", out, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert [int(r["row"]) for r in read_csv(out)] == list(range(1, 41))


def test_progress_lines_when_stderr_is_not_a_terminal(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(5))
    proc = run(env, src, "-o", tmp_path / "out.csv")
    lines = proc.stderr.strip().splitlines()
    assert lines[-2].startswith("llmdraft: 5 of 5 rows: ok 5")
    assert "rows/s" in lines[-2] and lines[-1].startswith("llmdraft: wrote")


def test_large_offline_batch_runs_in_worker_processes_in_order(tmp_path, env):
    """Past a few hundred rows offline drafting moves to one process per core: order still holds."""
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(1000))
    out = tmp_path / "out.jsonl"
    proc = run(env, src, "-o", out)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["row"] for r in rows] == list(range(1, 1001))
    assert [r["recipient"] for r in rows[:3]] == ["Person 1", "Person 2", "Person 3"]
    assert all(r["status"] == "ok" and f"Project {r['row']} rollout" in r["message"] for r in rows)


@pytest.mark.parametrize("kind", ["followup", "recommendation"])
def test_other_kinds_in_a_batch(tmp_path, env, kind):
    src = tmp_path / "in.csv"
    src.write_text("recipient,project,strengths,kind\n"
                   "Ada Obi,Apollo rollout,supplier negotiations,\n"
                   "Ben Ode,Hermes launch,running weekly demos,request\n")
    proc = run(env, src, "-o", tmp_path / "out.csv", "--kind", kind)
    assert proc.returncode == 0, proc.stderr
    first, second = read_csv(tmp_path / "out.csv")
    assert first["status"] == second["status"] == "ok"
    assert "would you be willing" in second["message"] or "recommendation" in second["message"]
    if kind == "recommendation":
        assert first["message"].count("Ada") >= 2 and "you" not in first["message"].split()[:3]
        assert 33 <= len(first["message"].split()) <= 200  # short without details: no padding
    else:
        assert "agree" in first["message"] or "yes" in first["message"]  # they said yes


def test_unknown_kind_is_an_error_row(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text("recipient,project,strengths,kind\nAda Obi,Apollo,testing,poem\n")
    proc = run(env, src, "-o", tmp_path / "out.csv")
    (row,) = read_csv(tmp_path / "out.csv")
    assert proc.returncode == 1 and row["status"] == "error" and "unknown kind 'poem'" in row["error"]


# -- from the review of the batch ---------------------------------------------------------------

def test_the_input_is_never_the_output(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(3))
    before = src.read_text()
    proc = run(env, src, "-o", src, "--force")
    assert proc.returncode == 2 and "is the input" in proc.stderr
    assert src.read_text() == before and not (tmp_path / "in.csv.journal").exists()


def test_an_unclosed_quote_is_exit_2_not_swallowed_rows(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text('recipient,project,strengths\nAnn Lee,P,s\nBo Chan,"Atlas 2.0,SQL\n'
                   'Cy Dee,P,s\nDi Eve,P,s\n')
    proc = run(env, src, "-o", tmp_path / "out.csv")
    assert proc.returncode == 2 and "never closed" in proc.stderr
    assert proc.stderr.count("\n") == 1


@pytest.mark.parametrize("extra, message", [
    (["--relationship", "bogus"], "the defaults: unknown relationship 'bogus'"),
    (["--channel", "smoke-signal"], "the defaults: unknown channel"),
    (["--kind", "bogus"], "unknown kind 'bogus'"),
    (["-o", "/nonexistent/dir/out.csv"], "does not exist"),
    (["--format", "xml"], "unknown --format 'xml'"),
])
def test_bad_options_stop_before_any_row(tmp_path, env, extra, message):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(3))
    args = [src, *(["-o", tmp_path / "out.csv"] if "-o" not in extra else []), *extra]
    proc = run(env, *args)
    assert proc.returncode == 2 and message in proc.stderr, proc.stderr
    assert not (tmp_path / "out.csv").exists()


def test_csv_output_starts_with_a_bom_for_excel(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + "José Álvarez,Café relaunch,menu design,,same-team\n")
    run(env, src, "-o", tmp_path / "out.csv")
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "José".encode() in raw


def test_resume_drafts_error_rows_again(tmp_path, env, chat_server):
    chat_server.default = status(500)
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(4))
    out = tmp_path / "out.csv"
    first = run(endpoint(env, chat_server), src, "-o", out, "--retries", "0", "--concurrency", "1")
    assert first.returncode == 1 and [r["status"] for r in read_csv(out)] == ["error"] * 4
    chat_server.default = lambda body: reply(good_reply_for(body))
    again = run(endpoint(env, chat_server), src, "-o", out, "--resume")
    assert again.returncode == 0, again.stderr
    assert [r["status"] for r in read_csv(out)] == ["ok"] * 4


def test_a_failed_resume_leaves_no_journal(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(2))
    out = tmp_path / "out.csv"
    assert run(env, src, "-o", out).returncode == 0
    other = tmp_path / "other.csv"
    other.write_text("name,project,skills\nAda Obi,Apollo,testing\n")
    proc = run(env, other, "-o", out, "--resume")
    assert proc.returncode == 2 and not (tmp_path / "out.csv.journal").exists()
    again = run(env, src, "-o", out, "--resume")
    assert "2 from before" in again.stderr


def test_jsonl_takes_numbered_strengths_and_refuses_two_recipients(tmp_path, env):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"recipient": "Ada Obi", "project": "Apollo",
                               "strength1": "SQL tuning", "strength2": "code review"}) + "\n"
                   + json.dumps({"to": "Jo Ka", "recipient": "Ka Lu", "project": "P",
                                 "strengths": ["x"]}) + "\n")
    proc = run(env, src, "-o", tmp_path / "out.jsonl")
    first, second = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert first["status"] == "ok" and "code review" in first["message"].lower()
    assert second["status"] == "error" and "two keys give 'recipient'" in second["error"]
    assert proc.returncode == 1


def test_followup_rows_follow_their_advice(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text("recipient,project,strengths,relationship,days_since,reminders_sent\n"
                   "Ann Lee,Atlas,testing,same-team,10,0\n"
                   "Bo Chan,Atlas,testing,managed-you,20,0\n"
                   "Cy Dee,Atlas,testing,same-team,3,0\n"
                   "Di Eve,Atlas,testing,same-team,12,1\n")
    proc = run(env, src, "-o", tmp_path / "out.csv", "--kind", "followup")
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(tmp_path / "out.csv")
    assert [r["status"] for r in rows] == ["ok", "skipped", "skipped", "skipped"]
    assert [r["advice"].split(":")[0] for r in rows] == ["send", "dont", "wait", "dont"]
    assert rows[0]["message"] and not rows[1]["message"]
    assert "skipped 3" in proc.stderr
    anyway = run(env, src, "-o", tmp_path / "all.csv", "--kind", "followup", "--anyway")
    assert anyway.returncode == 0
    assert [r["status"] for r in read_csv(tmp_path / "all.csv")] == ["ok"] * 4
