"""`llmdraft batch --via batch-api`, `batch status` and `batch collect`, run as a user runs them,
against the local server's files and batches APIs (the real openai client on a real socket)."""

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatserver import reply, status
from contexts import good_reply_for

HEADER = "recipient,project,strength1,strength2,relationship\n"
RESULT = ["row", "message", "subject", "status", "failed_checks", "error", "attempts", "cached",
          "provider", "model", "total_tokens", "advice"]


@pytest.fixture
def env(tmp_path, chat_server):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
    clean.update(LLMDRAFT_CACHE_DIR=str(tmp_path / "cache"), OPENAI_BASE_URL=chat_server.base_url,
                 LLMDRAFT_MODEL="test-model")
    return clean


def llmdraft(env, *args, timeout=300):
    return subprocess.run([sys.executable, "-m", "llmdraft", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=timeout)


def rows_csv(n):
    return HEADER + "".join(f"Person {i},Project {i} rollout,supplier negotiations,weekly demos,"
                            f"same-team\n" for i in range(1, n + 1))


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def wait_done(server, seconds=60):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if all(b["status"] in ("completed", "failed", "expired", "cancelled")
               for b in server.batches.values()):
            return
        time.sleep(0.05)
    raise AssertionError("the server's batches did not finish")


def row_of(body):
    return int(body["messages"][1]["content"].split("Person ")[1].split()[0].rstrip(","))


def paid_once(server):
    """Every request line the server answered was answered once: nothing paid for twice."""
    assert server.batch_lines and max(server.batch_lines.values()) == 1


@pytest.fixture
def good(chat_server):
    chat_server.default = lambda body: reply(good_reply_for(body))
    return chat_server


def test_same_output_as_live_with_reasks_and_per_line_errors(tmp_path, env, good):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(12) + "Nobody,,,,same-team\n")  # row 13: no project, an error row
    live = llmdraft(env, "batch", src, "-o", tmp_path / "live.csv", "--no-cache")
    assert live.returncode == 1, live.stderr  # the error row

    seen = set()

    def respond(body):
        n = row_of(body)
        if n in (3, 7) and n not in seen:  # a draft that fails its checks: re-asked in round 2
            seen.add(n)
            return reply("Hi there, could you write me a recommendation?")
        if n == 5 and n not in seen:  # a per-line 500: sent again
            seen.add(n)
            return status(500)
        return reply(good_reply_for(body))

    good.default = respond
    out = tmp_path / "out.csv"
    proc = llmdraft(env, "batch", src, "-o", out, "--via", "batch-api", "--no-cache")
    assert proc.returncode == 1, proc.stderr  # the error row is finished at once
    assert "round 1: 12 request(s) submitted as batch" in proc.stderr
    assert Path(str(out) + ".batch.json").exists()
    state = llmdraft(env, "batch", "status", out)
    assert state.returncode == 0 and "round 1" in state.stdout and "batch_" in state.stdout
    proc = llmdraft(env, "batch", "collect", out, "--wait")
    assert proc.returncode == 1, proc.stderr
    assert "13 of 13 rows: ok 12, failed 0, error 1" in proc.stderr
    assert not Path(str(out) + ".batch.json").exists() and not Path(str(out) + ".journal").exists()
    rows, expected = read_csv(out), read_csv(tmp_path / "live.csv")
    assert list(rows[0]) == list(expected[0])
    assert [r["status"] for r in rows] == [r["status"] for r in expected]
    assert [r["recipient"] for r in rows] == [f"Person {i}" for i in range(1, 13)] + ["Nobody"]
    assert rows[2]["attempts"] == "2" and rows[0]["attempts"] == "1" and rows[4]["attempts"] == "1"
    assert int(rows[2]["total_tokens"]) > int(rows[0]["total_tokens"])  # usage summed over rounds
    assert "project" in rows[12]["error"]
    assert len(good.batches) == 2  # round 1, and one round for the re-asks and the resend
    paid_once(good)


def test_ten_thousand_rows_split_into_batches(tmp_path, env, good):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(10_000))
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    proc = llmdraft(env, "batch", src, "-o", out, "--via", "batch-api", "--batch-max-lines", "4000",
                    "-q")
    assert proc.returncode == 0, proc.stderr
    assert len(good.batches) == 3  # 4,000 + 4,000 + 2,000 lines
    proc = llmdraft(env, "batch", "collect", out, "--wait", "-q")
    took = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    assert "10000 of 10000 rows: ok 10000" in proc.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["row"] for r in rows] == list(range(1, 10_001))
    assert all(r["status"] == "ok" and r["total_tokens"] > 0 for r in rows)
    paid_once(good)
    assert len(good.batch_lines) == 10_000
    print(f"10,000 rows through the Batch API path: {took:.1f} s")


def test_kill_9_while_collecting_then_collect_pays_nothing_twice(tmp_path, env, good):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(3000))
    out = tmp_path / "out.csv"
    good.hold_batches()
    proc = llmdraft(env, "batch", src, "-o", out, "--via", "batch-api", "-q")
    assert proc.returncode == 0, proc.stderr
    # collect --wait polls a batch still in progress: killed there
    waiting = subprocess.Popen([sys.executable, "-m", "llmdraft", "batch", "collect", out, "--wait",
                                "-q"], env=env, stderr=subprocess.PIPE)
    time.sleep(3)
    assert waiting.poll() is None, "collect --wait ended while the batch was held"
    waiting.send_signal(signal.SIGKILL)
    waiting.wait()
    good.release_batches()
    wait_done(good)
    # killed again while it writes the rows
    journal = Path(str(out) + ".journal")
    busy = subprocess.Popen([sys.executable, "-m", "llmdraft", "batch", "collect", out, "-q"],
                            env=env, stderr=subprocess.PIPE)
    end = time.monotonic() + 120
    while time.monotonic() < end and busy.poll() is None:
        if journal.exists() and journal.stat().st_size > 200_000:
            break
        time.sleep(0.02)
    assert busy.poll() is None, "collect finished before it could be killed mid-write"
    busy.send_signal(signal.SIGKILL)
    busy.wait()
    journaled = journal.read_text(encoding="utf-8").count("\n")
    assert 0 < journaled < 3000, journaled  # killed with rows written and rows to go
    proc = llmdraft(env, "batch", "collect", out)
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(out)
    assert [int(r["row"]) for r in rows] == list(range(1, 3001))
    assert all(r["status"] == "ok" for r in rows)
    assert len(good.batches) == 1
    paid_once(good)


def test_a_kill_after_the_batch_was_created_finds_it_again(tmp_path, env, good):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(5))
    out = tmp_path / "out.csv"
    good.hold_batches()
    assert llmdraft(env, "batch", src, "-o", out, "--via", "batch-api").returncode == 0
    state_file = Path(str(out) + ".batch.json")
    state = json.loads(state_file.read_text())
    state["parts"][0]["batch_id"] = None  # as if killed before the id was saved
    state_file.write_text(json.dumps(state))
    good.release_batches()
    proc = llmdraft(env, "batch", "collect", out, "--wait")
    assert proc.returncode == 0, proc.stderr
    assert len(good.batches) == 1  # found, not created again
    paid_once(good)


def test_an_expired_batch_sends_its_unanswered_rows_again(tmp_path, env, good):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(10))
    out = tmp_path / "out.csv"
    good.expire_next(after=4)
    assert llmdraft(env, "batch", src, "-o", out, "--via", "batch-api").returncode == 0
    proc = llmdraft(env, "batch", "collect", out, "--wait")
    assert proc.returncode == 0, proc.stderr
    assert [b["status"] for b in good.batches.values()] == ["expired", "completed"]
    rows = read_csv(out)
    assert all(r["status"] == "ok" and r["attempts"] == "1" for r in rows)
    paid_once(good)


def test_a_cancelled_batch_leaves_error_rows_that_resume_drafts_live(tmp_path, env, good):
    from openai import OpenAI

    src = tmp_path / "in.csv"
    src.write_text(rows_csv(4))
    out = tmp_path / "out.csv"
    good.hold_batches()
    assert llmdraft(env, "batch", src, "-o", out, "--via", "batch-api").returncode == 0
    (batch_id,) = good.batches
    OpenAI(api_key="x", base_url=good.base_url).batches.cancel(batch_id)
    good.release_batches()
    proc = llmdraft(env, "batch", "collect", out, "--wait")
    assert proc.returncode == 1
    assert "error 4" in proc.stderr
    assert all("cancelled" in r["error"] for r in read_csv(out))
    proc = llmdraft(env, "batch", src, "-o", out, "--resume")
    assert proc.returncode == 0, proc.stderr
    assert all(r["status"] == "ok" for r in read_csv(out))


def test_a_batch_that_fails_validation_is_error_rows(tmp_path, env, good):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(3))
    out = tmp_path / "out.csv"
    good.fail_next("model not available for batch")
    assert llmdraft(env, "batch", src, "-o", out, "--via", "batch-api").returncode == 0
    proc = llmdraft(env, "batch", "collect", out, "--wait")
    assert proc.returncode == 1
    assert all("model not available for batch" in r["error"] for r in read_csv(out))


def vllm_run_batch(requests: Path, results: Path, bad: set = frozenset()):
    """What `vllm run-batch -i requests -o results` does, with the test's replies."""
    with open(requests) as src, open(results, "w") as dst:
        for line in src:
            item = json.loads(line)
            body = item["body"]
            content = ("Hi, could you write me a recommendation?" if row_of(body) in bad
                       else good_reply_for(body))
            dst.write(json.dumps({"id": "vllm-1", "custom_id": item["custom_id"], "response": {
                "status_code": 200, "request_id": "r", "body": {
                    "id": "c", "object": "chat.completion", "model": body["model"],
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": content}}],
                    "usage": {"prompt_tokens": 100, "completion_tokens": 50,
                              "total_tokens": 150}}}, "error": None}) + "\n")


def test_export_and_import_for_engines_that_take_files(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
    env["LLMDRAFT_CACHE_DIR"] = str(tmp_path / "cache")
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(6))
    out, requests = tmp_path / "out.csv", tmp_path / "requests.jsonl"
    proc = llmdraft(env, "batch", src, "-o", out, "--export-requests", requests, "--model", "m")
    assert proc.returncode == 0, proc.stderr
    assert "vllm run-batch" in proc.stderr
    lines = [json.loads(x) for x in requests.read_text().splitlines()]
    assert [x["custom_id"] for x in lines] == [f"row-{i}-attempt-1" for i in range(1, 7)]
    assert lines[0]["method"] == "POST" and lines[0]["url"] == "/v1/chat/completions"
    assert lines[0]["body"]["model"] == "m" and "response_format" in lines[0]["body"]
    vllm_run_batch(requests, tmp_path / "results.jsonl", bad={2})
    proc = llmdraft(env, "batch", "collect", out, "--import-results", tmp_path / "results.jsonl")
    assert proc.returncode == 0, proc.stderr
    again = tmp_path / "requests.round2.jsonl"
    assert [json.loads(x)["custom_id"] for x in again.read_text().splitlines()] == ["row-2-attempt-2"]
    vllm_run_batch(again, tmp_path / "results2.jsonl")
    proc = llmdraft(env, "batch", "collect", out, "--import-results", tmp_path / "results2.jsonl")
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(out)
    assert all(r["status"] == "ok" for r in rows) and rows[1]["attempts"] == "2"
    assert rows[1]["total_tokens"] == "300"


def test_bad_uses_are_one_line_and_exit_2(tmp_path, env):
    src = tmp_path / "in.csv"
    src.write_text(rows_csv(2))
    for args in (("batch", "collect", tmp_path / "none.csv"),
                 ("batch", "status", tmp_path / "none.csv"),
                 ("batch", src, "-o", tmp_path / "o.csv", "--via", "batch-api", "--provider",
                  "offline"),
                 ("batch", src, "-o", tmp_path / "o.csv", "--via", "pigeon"),
                 ("batch", src, "-o", tmp_path / "o.csv", "--via", "batch-api",
                  "--batch-max-lines", "0")):
        proc = llmdraft(env, *args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
