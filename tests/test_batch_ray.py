"""`llmdraft batch --via ray` on a real local Ray cluster (started by the batch, num_cpus = the
machine's), with the local chat server as the model. Skipped where Ray is not installed
(`pip install 'llmdraft[ray]'`); `pytest -m ray` runs only these."""

import csv
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("ray")
pytestmark = pytest.mark.ray

from chatserver import reply  # noqa: E402
from contexts import good_reply_for  # noqa: E402

HEADER = "recipient,project,strength1,strength2,relationship\n"


@pytest.fixture
def env(tmp_path, chat_server):
    chat_server.default = lambda body: reply(good_reply_for(body))
    clean = {k: v for k, v in os.environ.items()
             if not k.startswith(("OPENAI_", "LLMDRAFT_", "RAY_"))}
    clean.update(LLMDRAFT_CACHE_DIR=str(tmp_path / "cache"), OPENAI_BASE_URL=chat_server.base_url,
                 LLMDRAFT_MODEL="test-model")
    return clean


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
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(2500) + "Nobody,,,,same-team\n")
    live = batch(env, src, "-o", tmp_path / "live.csv", "--no-cache", "-q")
    assert live.returncode == 1, live.stderr
    proc = batch(env, src, "-o", tmp_path / "ray.csv", "--via", "ray", "--no-cache", "-q",
                 "--ray-actors", "2", "--ray-concurrency", "4")
    assert proc.returncode == 1, proc.stderr
    assert "2501 of 2501 rows: ok 2500, failed 0, error 1" in proc.stderr
    rows, expected = read_csv(tmp_path / "ray.csv"), read_csv(tmp_path / "live.csv")
    assert list(rows[0]) == list(expected[0])
    assert [(r["row"], r["status"], r["attempts"]) for r in rows] == \
        [(r["row"], r["status"], r["attempts"]) for r in expected]
    assert chat_server.calls == 5000  # 2,500 live and 2,500 on Ray: no row drafted twice


def test_resume_after_the_driver_is_killed(tmp_path, env, chat_server):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(3000))
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
    proc = batch(env, src, "-o", out, "--resume", "--via", "ray", "-q", "--no-cache")
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(out)
    assert [int(r["row"]) for r in rows] == list(range(1, 3001))
    assert all(r["status"] == "ok" for r in rows)
    assert "from before" in proc.stderr
