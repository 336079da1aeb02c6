"""Issue 9, batches: one run per output, resume only what this input started, rows validated,
workers that die with their parent, local failures as one line, tokens spent apart from saved."""

from __future__ import annotations

import csv
import json
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatserver import reply, status
from contexts import good_reply_for
from outcomes import one_error_line

HEADER = "recipient,project,strength1,strength2,relationship\n"


def rows_csv(n, start=1):
    return "".join(f"Person {i},Project {i} rollout,supplier negotiations,weekly demos,same-team\n"
                   for i in range(start, start + n))


@pytest.fixture
def env(tmp_path):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
    clean["LLMDRAFT_CACHE_DIR"] = str(tmp_path / "cache")
    return clean


def endpoint(env, server):
    return {**env, "OPENAI_BASE_URL": server.base_url, "LLMDRAFT_MODEL": "test-model"}


def batch(env, *args, **kwargs):
    return subprocess.run([sys.executable, "-m", "llmdraft", "batch", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=120, **kwargs)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def wait_for(predicate, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def journal_rows(journal: Path) -> int:
    return max(0, journal.read_text().count("\n") - 1) if journal.exists() else 0


# -- one run per output -------------------------------------------------------------------------

@pytest.mark.parametrize("second", [["--force"], ["--resume"]])
def test_a_second_run_on_the_same_output_stops_at_once(tmp_path, env, chat_server, second):
    def slow_good(body):
        time.sleep(0.05)
        return reply(good_reply_for(body))

    chat_server.default = slow_good
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(30))
    out = tmp_path / "out.csv"
    first = subprocess.Popen([sys.executable, "-m", "llmdraft", "batch", str(src), "-o", str(out),
                              "--concurrency", "2", "--no-cache", "-q", *second],
                             env=endpoint(env, chat_server), stderr=subprocess.PIPE, text=True)
    assert wait_for(lambda: journal_rows(Path(str(out) + ".journal")) >= 2)
    started = time.monotonic()
    other = batch(endpoint(env, chat_server), src, "-o", out, "--no-cache", "-q", *second)
    assert time.monotonic() - started < 20
    line = one_error_line(other)
    assert "another llmdraft run" in line and f"pid {first.pid}" in line
    _, stderr = first.communicate(timeout=120)
    assert first.returncode == 0, stderr
    rows = read_csv(out)
    assert [int(r["row"]) for r in rows] == list(range(1, 31))
    assert chat_server.calls == 30  # nothing paid twice
    assert not Path(str(out) + ".lock").exists()


# -- resume trusts nothing ----------------------------------------------------------------------

def aborted_run(tmp_path, env, chat_server, total=6, good=2):
    """A batch stopped by a permanent endpoint error after `good` rows: its journal remains."""
    def respond(body):
        text = json.dumps(body)
        late = any(f"Person {i}," in text or f"Person {i}\\n" in text or f"Person {i}" in text
                   and f"Project {i} rollout" in text for i in range(good + 1, total + 1))
        return status(401) if late else reply(good_reply_for(body))

    chat_server.default = respond
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(total))
    out = tmp_path / "out.csv"
    proc = batch(endpoint(env, chat_server), src, "-o", out, "--concurrency", "1", "-q")
    assert proc.returncode == 3, proc.stderr
    assert Path(str(out) + ".journal").exists()
    return src, out


def test_resume_with_another_input_is_refused(tmp_path, env, chat_server):
    src, out = aborted_run(tmp_path, env, chat_server)
    other = tmp_path / "other.csv"
    other.write_text(HEADER + rows_csv(6, start=50))
    line = one_error_line(batch(endpoint(env, chat_server), other, "-o", out, "--resume"))
    assert "not the one it was started with" in line and "content differs" in line


def test_resume_with_a_shorter_input_is_refused(tmp_path, env, chat_server):
    src, out = aborted_run(tmp_path, env, chat_server)
    src.write_text(HEADER + rows_csv(1))
    line = one_error_line(batch(endpoint(env, chat_server), src, "-o", out, "--resume"))
    assert "bytes then" in line


@pytest.mark.parametrize("bad", ['[1, 2, 3]', '{"row": 1, "status": "ok"}',
                                 '{"row": 999, "input": {}, "status": "ok"}',
                                 '{"row": 1, "input": {}, "status": "ok", "total_tokens": "9"}',
                                 '"just text"'])
def test_a_journal_row_that_is_not_a_row_is_refused(tmp_path, env, chat_server, bad):
    src, out = aborted_run(tmp_path, env, chat_server)
    journal = Path(str(out) + ".journal")
    with open(journal, "a") as handle:
        handle.write(bad + "\n")
    line = one_error_line(batch(endpoint(env, chat_server), src, "-o", out, "--resume"))
    assert "is not a row llmdraft wrote" in line and "--force" in line


def test_a_journal_without_identity_is_refused(tmp_path, env, chat_server):
    src, out = aborted_run(tmp_path, env, chat_server)
    journal = Path(str(out) + ".journal")
    journal.write_text("\n".join(journal.read_text().splitlines()[1:]) + "\n")
    line = one_error_line(batch(endpoint(env, chat_server), src, "-o", out, "--resume"))
    assert "no input identity" in line


def test_resume_completes_when_the_input_is_the_same(tmp_path, env, chat_server):
    src, out = aborted_run(tmp_path, env, chat_server)
    chat_server.default = lambda body: reply(good_reply_for(body))
    proc = batch(endpoint(env, chat_server), src, "-o", out, "--resume", "-q")
    assert proc.returncode == 0, proc.stderr
    assert [int(r["row"]) for r in read_csv(out)] == list(range(1, 7))


def test_resume_of_a_finished_output_from_another_input_is_refused(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(4))
    out = tmp_path / "out.csv"
    assert batch(env, src, "-o", out, "-q").returncode == 0
    other = tmp_path / "other.csv"
    other.write_text(HEADER + rows_csv(4, start=20))
    line = one_error_line(batch(env, other, "-o", out, "--resume"))
    assert "not row 1 of the input" in line
    shorter = tmp_path / "short.csv"
    shorter.write_text(HEADER + rows_csv(2))
    line = one_error_line(batch(env, shorter, "-o", out, "--resume"))
    assert "the input has 2 rows" in line


def test_a_jsonl_output_not_written_by_llmdraft_is_refused(tmp_path, env):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"recipient": f"Ada Obi{i}", "project": "Apollo",
                                       "strengths": ["testing"]}) + "\n" for i in range(3)))
    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps({"row": i, "status": "ok", "message": "forged"}) + "\n"
                           for i in range(1, 4)))
    line = one_error_line(batch(env, src, "-o", out, "--resume"))
    assert "not one this batch wrote" in line


# -- rows and columns ---------------------------------------------------------------------------

def test_a_jsonl_row_nested_100000_deep_is_an_error_row(tmp_path, env):
    src = tmp_path / "in.jsonl"
    good = json.dumps({"recipient": "Ada Obi", "project": "Apollo", "strengths": ["testing"]})
    deep = '{"recipient": "Bo Li", "project": ' + "[" * 100_000 + "]" * 100_000 + "}"
    dup = '{"recipient": "Cy Ng", "recipient": "Di Ox", "project": "P", "strengths": ["x"]}'
    src.write_text(good + "\n" + deep + "\n" + dup + "\n" + good + "\n")
    out = tmp_path / "out.jsonl"
    proc = batch(env, src, "-o", out, "-q")
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["ok", "error", "error", "ok"]
    assert "nested" in rows[1]["error"] and "given twice" in rows[2]["error"]


def test_two_columns_of_one_name_keep_their_own_values(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text("recipient,project,strengths,notes,notes\n"
                   "Ada Obi,Apollo,testing,first note,second note\n")
    out = tmp_path / "out.csv"
    proc = batch(env, src, "-o", out, "-q")
    assert proc.returncode == 0, proc.stderr
    with open(out, encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert row[header.index("notes")] == "first note"
    assert row[header.index("notes_2")] == "second note"


# -- local failures -----------------------------------------------------------------------------

def test_output_naming_a_folder_is_exit_2(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(2))
    (tmp_path / "folder.csv").mkdir()
    for extra in ([], ["--force"], ["--resume"]):
        assert "is a folder" in one_error_line(batch(env, src, "-o", tmp_path / "folder.csv", *extra))


def test_a_file_name_too_long_is_exit_2(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(2))
    line = one_error_line(batch(env, src, "-o", tmp_path / ("x" * 300 + ".csv")))
    assert "too long" in line
    line = one_error_line(batch(env, tmp_path / ("y" * 300 + ".csv"), "-o", tmp_path / "o.csv"))
    assert len(line) < 300


@pytest.mark.skipif(os.getuid() == 0, reason="root reads and writes any folder")
def test_a_folder_without_permission_is_exit_2(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(2))
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert "permission" in one_error_line(batch(env, src, "-o", locked / "out.csv"))
    finally:
        locked.chmod(0o700)


def _file_size_limit(limit):
    def apply():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_disk_that_fills_during_a_batch_is_exit_2_and_resume_completes(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(120))
    out = tmp_path / "out.csv"
    full = batch(env, src, "-o", out, "-q", preexec_fn=_file_size_limit(40_000))
    assert full.returncode == 2, full.stderr
    assert "Traceback" not in full.stderr and len(full.stderr.strip().splitlines()) == 1
    resumed = batch(env, src, "-o", out, "--resume", "-q")
    assert resumed.returncode == 0, resumed.stderr
    assert [int(r["row"]) for r in read_csv(out)] == list(range(1, 121))


# -- workers and tokens -------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not Path("/proc").is_dir() or (os.cpu_count() or 1) < 2,
                    reason="needs /proc and a process pool")
def test_offline_workers_exit_when_the_batch_is_killed(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(4000))
    proc = subprocess.Popen([sys.executable, "-m", "llmdraft", "batch", str(src), "-o",
                             str(tmp_path / "out.csv"), "-q"], env=env,
                            stderr=subprocess.DEVNULL)
    assert wait_for(lambda: len(_children(proc.pid)) >= 2, 60), "no worker processes started"
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    try:
        assert wait_for(lambda: not any(_alive(w) for w in workers), 10), \
            "workers outlived the batch"
    finally:
        for worker in workers:  # a failing run must not leave them burning CPU
            if _alive(worker):
                os.kill(worker, signal.SIGKILL)


def test_summary_counts_tokens_spent_apart_from_saved(tmp_path, env, chat_server):
    chat_server.default = lambda body: reply(good_reply_for(body))
    src = tmp_path / "in.csv"
    src.write_text(HEADER + rows_csv(3))
    first = batch(endpoint(env, chat_server), src, "-o", tmp_path / "a.csv", "-q")
    assert first.returncode == 0, first.stderr
    assert "tokens spent" in first.stderr and "saved" not in first.stderr
    again = batch(endpoint(env, chat_server), src, "-o", tmp_path / "b.csv", "-q")
    assert again.returncode == 0, again.stderr
    assert "cached 3" in again.stderr and "; 0 tokens spent (" in again.stderr
    assert "saved by the cache" in again.stderr


def test_a_journal_row_of_any_shape_keeps_the_invariant(tmp_path, env, chat_server, monkeypatch):
    """Every field of a finished journal row replaced by a value of another type, then --resume
    (offline, in this process): exit 2 with one line, or every row exactly once."""
    import shutil

    from fuzzkit import check_invariant, invoke

    src, out = aborted_run(tmp_path, env, chat_server)
    journal = Path(str(out) + ".journal")
    header, first, *rest = journal.read_text().splitlines()
    row = json.loads(first)
    saved = tmp_path / "saved"
    saved.mkdir()
    shutil.copy(out, saved / "out.csv")
    monkeypatch.setenv("LLMDRAFT_CACHE_DIR", str(tmp_path / "cache"))
    for key in list(row) + ["extra"]:
        for bad in (None, -1, 10**30, "x", [], {}, [1], True, 1.5):
            mutated = dict(row)
            mutated[key] = bad
            journal.write_text("\n".join([header, json.dumps(mutated), *rest]) + "\n")
            shutil.copy(saved / "out.csv", out)
            code, stdout, stderr = invoke("batch", src, "-o", out, "--resume", "-q",
                                          "--provider", "offline")
            check_invariant(code, stdout, stderr)
            if code in (0, 1):
                assert [int(r["row"]) for r in read_csv(out)] == list(range(1, 7)), (key, bad)
                journal.write_text("\n".join([header, first, *rest]) + "\n")
