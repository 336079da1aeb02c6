"""`llmdraft batch --via ray` on a real local Ray cluster (started by the batch, num_cpus = the
machine's, or by `ray start --head` for the address path), with the local chat server as the
model. Skipped where Ray is not installed (`pip install 'llmdraft[ray]'`); `pytest -m ray` runs
only these."""

import csv
import os
import re
import shutil
import socket
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

pytest.importorskip("ray")
pytestmark = pytest.mark.ray

from chatserver import reply, status  # noqa: E402
from contexts import DEFAULT_TEXT, good_reply_for  # noqa: E402

HEADER = "recipient,project,strength1,strength2,relationship\n"


def mixed(body):
    """Every kind of outcome, decided by the row alone (a row drafted again after a lost worker
    gets the same answers): Person 10k+3 never passes its checks (failed), 10k+6 passes when
    re-asked (ok, 2 attempts), 10k+8 gets a 500 (an error row with --retries 0), others pass."""
    number = int(re.search(r"^Recipient: Person (\d+)$", body["messages"][1]["content"],
                           re.M).group(1))
    if number % 10 == 3 or (number % 10 == 6 and len(body["messages"]) == 2):
        return reply(DEFAULT_TEXT)
    if number % 10 == 8:
        return status(500)
    return reply(good_reply_for(body))


@pytest.fixture
def env(tmp_path, chat_server):
    chat_server.default = lambda body: reply(good_reply_for(body))
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("OPENAI_", "LLMDRAFT_", "RAY_"))}
    clean.update(LLMDRAFT_CACHE_DIR=str(tmp_path / "cache"), OPENAI_BASE_URL=chat_server.base_url,
                 LLMDRAFT_MODEL="test-model", RAY_AUTH_MODE="disabled")
    return clean


@pytest.fixture(scope="module")
def head():
    """A Ray cluster of its own (`ray start --head`, 2 CPUs) for the --ray-address path; its
    processes share one process group, killed afterwards (workers exit with their raylet)."""
    temp = tempfile.mkdtemp(prefix="rt", dir="/tmp")  # short: Ray's socket paths have a limit
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_")}
    env["RAY_AUTH_MODE"] = "disabled"
    starter = subprocess.Popen(
        ["ray", "start", "--head", "--port", str(port), "--num-cpus", "2", "--temp-dir", temp,
         "--include-dashboard", "false", "--disable-usage-stats"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        start_new_session=True)
    try:
        _, errors = starter.communicate(timeout=120)
        assert starter.returncode == 0, errors[-2000:]
        yield {"address": f"127.0.0.1:{port}", "group": starter.pid}
    finally:
        try:
            os.killpg(starter.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        end = time.monotonic() + 30
        while time.monotonic() < end and _members(starter.pid):
            time.sleep(0.2)
        shutil.rmtree(temp, ignore_errors=True)


def _members(group: int) -> list[int]:
    """The processes of a cluster: in its process group, or children of one that is (workers
    start sessions of their own)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                parent = Path(f"/proc/{stat[1]}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(stat[2]) == group or int(parent[2]) == group:
                found.append(int(entry))
    return found


def _cmdline(pid: int) -> bytes:
    try:  # Ray names a worker's process after its actor and task: ray::MapWorker(...).submit
        return Path(f"/proc/{pid}/cmdline").read_bytes().rstrip(b"\0")
    except OSError:
        return b""


def _drafters(group: int) -> list[int]:
    return [pid for pid in _members(group) if b"_Drafter" in _cmdline(pid)]


def rows_csv(n):
    return HEADER + "".join(f"Person {i},Project {i} rollout,supplier negotiations,weekly demos,"
                            f"same-team\n" for i in range(1, n + 1))


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def batch(env, *args):
    return subprocess.run([sys.executable, "-m", "llmdraft", "batch", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=600)


def test_ray_gives_the_live_output_for_thousands_of_rows(tmp_path, env, chat_server):
    """Every status through Ray as live: ok, ok on a re-ask, failed, an endpoint error row and a
    bad input row, on a local Ray the batch starts itself."""
    chat_server.default = mixed
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(2500) + "Nobody,,,,same-team\n")
    live = batch(env, src, "-o", tmp_path / "live.csv", "--no-cache", "-q", "--retries", "0")
    assert live.returncode == 1, live.stderr
    live_calls = chat_server.calls
    proc = batch(env, src, "-o", tmp_path / "ray.csv", "--via", "ray", "--no-cache", "-q",
                 "--retries", "0", "--ray-actors", "2", "--ray-concurrency", "4")
    assert proc.returncode == 1, proc.stderr
    assert "2501 of 2501 rows: ok 2000, failed 250, error 251" in proc.stderr
    rows, expected = read_csv(tmp_path / "ray.csv"), read_csv(tmp_path / "live.csv")
    assert list(rows[0]) == list(expected[0])
    keys = ("row", "status", "attempts", "failed_checks", "error", "total_tokens", "message")
    assert [tuple(r[k] for k in keys) for r in rows] == [tuple(r[k] for k in keys) for r in expected]
    assert chat_server.calls == 2 * live_calls  # as many calls on Ray as live: none twice


def test_resume_after_the_driver_is_killed(tmp_path, env, chat_server):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(1500))
    out = tmp_path / "out.csv"
    journal = Path(str(out) + ".journal")
    driver = subprocess.Popen([sys.executable, "-m", "llmdraft", "batch", src, "-o", out, "--via",
                               "ray", "-q", "--no-cache"], env=env, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    end = time.monotonic() + 300
    while time.monotonic() < end and driver.poll() is None:
        if journal.exists() and journal.stat().st_size > 100_000:
            break
        time.sleep(0.05)
    os.killpg(driver.pid, signal.SIGKILL)  # the driver and the local cluster it started
    driver.wait()
    calls = -1
    while calls != chat_server.calls:  # the dead cluster's workers may finish a call or two
        calls = chat_server.calls
        time.sleep(1)
    finished = _journaled(journal)
    assert 0 < finished < 1500
    proc = batch(env, src, "-o", out, "--resume", "--via", "ray", "-q", "--no-cache")
    assert proc.returncode == 0, proc.stderr
    assert chat_server.calls - calls == 1500 - finished  # a journaled row is not drafted again
    rows = read_csv(out)
    assert [int(r["row"]) for r in rows] == list(range(1, 1501))
    assert all(r["status"] == "ok" for r in rows)
    assert "from before" in proc.stderr


def _journaled(journal: Path) -> int:
    try:
        return journal.read_bytes().count(b"\n") - 1  # the first line is the header
    except OSError:
        return 0


def test_a_worker_killed_mid_run_loses_no_row(tmp_path, env, chat_server, head):
    """One drafting actor's process is killed (SIGKILL) mid-batch on a `ray start` cluster: Ray
    restarts it and retries its batches; every row ends once, in order, as a live run has it."""
    chat_server.default = mixed
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(800) + "Nobody,,,,same-team\n")
    live = batch(env, src, "-o", tmp_path / "live.csv", "--no-cache", "-q", "--retries", "0")
    assert live.returncode == 1, live.stderr
    live_calls = chat_server.calls
    out = tmp_path / "ray.csv"
    driver = subprocess.Popen(
        [sys.executable, "-m", "llmdraft", "batch", src, "-o", out, "--via", "ray", "--no-cache",
         "-q", "--retries", "0", "--ray-address", head["address"], "--ray-actors", "2",
         "--ray-concurrency", "4"],
        env=env, stderr=subprocess.PIPE, text=True)
    journal = Path(str(out) + ".journal")
    killed = None
    end = time.monotonic() + 120
    while killed is None and time.monotonic() < end and driver.poll() is None:
        # Ray Data drafts ahead of the journal: kill by the calls made, an actor busy with a batch
        busy = [pid for pid in _drafters(head["group"]) if _cmdline(pid).endswith(b".submit")]
        if busy and chat_server.calls - live_calls >= 250:
            killed = busy[0]
            os.kill(killed, signal.SIGKILL)
        time.sleep(0.01)
    _, errors = driver.communicate(timeout=300)
    assert killed is not None, f"the batch ended before an actor could be killed: {errors}"
    assert driver.returncode == 1, errors
    assert "801 of 801 rows" in errors and "Traceback" not in errors
    assert not Path(f"/proc/{killed}").exists() or killed not in _drafters(head["group"])
    assert chat_server.calls - live_calls >= live_calls  # the lost batch is drafted again
    rows, expected = read_csv(out), read_csv(tmp_path / "live.csv")
    assert list(rows[0]) == list(expected[0])
    keys = ("row", "recipient", "status", "attempts", "failed_checks", "error", "message")
    assert [tuple(r[k] for k in keys) for r in rows] == [tuple(r[k] for k in keys) for r in expected]
    assert {r["status"] for r in rows} == {"ok", "failed", "error"}
    assert not journal.exists()  # complete: the journal is gone, each row was journaled once


def test_a_permanent_endpoint_error_stops_a_ray_batch_with_exit_3(tmp_path, env, chat_server,
                                                                   head):
    chat_server.default = status(401)
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(40))
    out = tmp_path / "out.csv"
    proc = batch(env, src, "-o", out, "--via", "ray", "-q", "--ray-address", head["address"])
    assert proc.returncode == 3, proc.stderr
    assert "401" in proc.stderr and "--resume" in proc.stderr and "Traceback" not in proc.stderr
    chat_server.default = lambda body: reply(good_reply_for(body))
    resumed = batch(env, src, "-o", out, "--via", "ray", "-q", "--resume",
                    "--ray-address", head["address"])
    assert resumed.returncode == 0, resumed.stderr
    assert [int(r["row"]) for r in read_csv(out)] == list(range(1, 41))


def test_an_unreachable_ray_address_fails_at_once_in_one_line(tmp_path, env, chat_server):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(2))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]  # nothing listens once the socket is closed
    not_ray = chat_server.base_url.split("//")[1].split("/")[0]  # an HTTP server, not Ray
    for address, says in ((f"127.0.0.1:{closed}", "refused"), (not_ray, "is not Ray"),
                          ("nowhere", "HOST:PORT")):
        started = time.monotonic()
        proc = batch(env, src, "-o", tmp_path / "out.csv", "--via", "ray", "--ray-address",
                     address)
        assert time.monotonic() - started < 30
        assert proc.returncode == 2, proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and says in lines[0], proc.stderr
        assert not list(tmp_path.glob("out.csv*"))  # no output, no journal: nothing to resume
    assert chat_server.calls == 0
