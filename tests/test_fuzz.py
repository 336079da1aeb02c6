"""Issue 9's fuzz and fault suite: generated context files, CLI values, batch rows and model
replies, two batches on one output, and a bounded kill -9 loop. Every run keeps the invariant of
tests/fuzzkit.py; every batch that finishes has each input row in its output exactly once.

hypothesis is derandomized (the same examples every run, so CI is reproducible) and bounded
(a few dozen examples per property) to keep the suite's time modest on two cores.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatserver import ChatServer, malformed, reply
from contexts import GOOD_REPLY, good_reply_for
from fuzzkit import check_invariant, invoke

FUZZ = settings(max_examples=30, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(autouse=True)
def quiet_env(monkeypatch, tmp_path):
    for key in list(os.environ):
        if key.startswith(("OPENAI_", "LLMDRAFT_")):
            monkeypatch.delenv(key)
    monkeypatch.setenv("LLMDRAFT_CACHE_DIR", str(tmp_path / "cache"))


# -- strategies -----------------------------------------------------------------------------------

HOSTILE = ["\x1b[2J", "\x1b]0;t\x07", "\x07", "\x00", "\u202e", "\u2066", "\x9b1m", "\r", "\n",
           "{{x}}", "[Your Name]", "=HYPERLINK(\"x\")", "' OR 1=1", "*a", "&a", "- ", "%s",
           "../../etc/passwd", "sk-abcdefghijklmnopqrstu"]
text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(HOSTILE),
    st.builds(lambda a, h, b: a + h + b, st.text(max_size=10), st.sampled_from(HOSTILE),
              st.text(max_size=10)),
    st.builds(lambda n: "x" * n, st.sampled_from([0, 199, 201, 5000, 120_000])),
)
scalar = st.one_of(text, st.integers(min_value=-(2**70), max_value=2**70), st.floats(),
                   st.booleans(), st.none())
value = st.recursive(scalar, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(st.text(max_size=8), inner,
                                                                     max_size=3)), max_leaves=8)
KEYS = ["recipient", "sender", "project", "strengths", "relationship", "closeness", "channel",
        "purpose", "details", "recipient_role", "max_chars", "words", "greet_as", "bogus"]
context = st.dictionaries(st.one_of(st.sampled_from(KEYS), st.integers(), st.none()), value,
                          max_size=8)
base = st.fixed_dictionaries({"recipient": st.just("John Rivera"), "project": st.just("Apollo"),
                              "strengths": st.just(["testing"])})


def good_plus(extra: dict) -> dict:
    return {"recipient": "John Rivera", "project": "Apollo", "strengths": ["testing"], **extra}


# -- context files --------------------------------------------------------------------------------

@FUZZ
@given(data=st.one_of(context, context.map(good_plus)), form=st.sampled_from(["json", "yaml", "raw"]),
       raw=st.text(max_size=200))
def test_any_context_file_keeps_the_invariant(data, form, raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("ctx.json" if form == "json" else "ctx.yaml")
        if form == "json":
            data = {str(k): v for k, v in data.items()}
            path.write_text(json.dumps(data, allow_nan=True), encoding="utf-8")
        elif form == "yaml":
            path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        else:
            path.write_text(raw, encoding="utf-8", errors="surrogatepass")
        check_invariant(*invoke("draft", "--context", path))


@FUZZ
@given(key=st.sampled_from(["recipient", "sender", "project", "purpose", "details",
                            "recipient_role", "strengths"]),
       hostile=st.sampled_from(HOSTILE), form=st.sampled_from(["json", "yaml"]),
       command=st.sampled_from(["draft", "followup", "recommend"]))
def test_a_hostile_value_in_a_good_context_keeps_the_invariant(key, hostile, form, command):
    data = good_plus({key: f"Alpha {hostile} Beta" if key != "strengths"
                      else ["testing", f"code {hostile} review"]})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"ctx.{form}"
        path.write_text(json.dumps(data) if form == "json" else yaml.safe_dump(data),
                        encoding="utf-8")
        check_invariant(*invoke(command, "--context", path))


# -- CLI values -----------------------------------------------------------------------------------

FLAGS = ["--to", "--from", "--project", "--strength", "--relationship", "--closeness", "--channel",
         "--purpose", "--details", "--recipient-role", "--max-chars", "--variant",
         "--max-attempts", "--timeout", "--retries", "--temperature", "--provider", "--base-url",
         "--model"]
cli_value = st.one_of(text, st.sampled_from(["nan", "inf", "-inf", "-1", "0", "1e309", "",
                                             "99999999999999999999", "same-team", "client"]))


@FUZZ
@given(command=st.sampled_from(["draft", "followup", "recommend"]),
       flags=st.lists(st.tuples(st.sampled_from(FLAGS), cli_value), max_size=4))
def test_any_cli_values_keep_the_invariant(command, flags):
    args = [command, "--to", "John Rivera", "--project", "Apollo", "--strength", "testing",
            "--provider", "offline"]
    for flag, val in flags:
        if "\x00" in val:
            continue  # argv cannot carry NUL
        args += [flag, val]
    check_invariant(*invoke(*args))


# -- batch rows -----------------------------------------------------------------------------------

cell = st.one_of(text, st.sampled_from(["John Rivera", "Apollo", "testing;code review",
                                        "same-team", "close", "email"]))


@FUZZ
@given(rows=st.lists(st.lists(cell, min_size=3, max_size=6), min_size=1, max_size=6),
       fmt=st.sampled_from(["csv", "jsonl"]))
def test_any_csv_rows_keep_the_invariant_and_every_row_once(rows, fmt):
    header = ["recipient", "project", "strengths", "relationship", "closeness", "channel"]
    with tempfile.TemporaryDirectory() as folder:
        src, out = Path(folder) / "in.csv", Path(folder) / f"out.{fmt}"
        with open(src, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for row in rows:
                writer.writerow([c.replace("\x00", "") for c in row])
        code, stdout, stderr = invoke("batch", src, "-o", out, "-q")
        check_invariant(code, stdout, stderr)
        if code in (0, 1):
            numbers = _output_rows(out, fmt)
            assert numbers == list(range(1, len(numbers) + 1))
            assert len(numbers) >= sum(1 for r in rows if any(c.strip() for c in r)) - 0


@FUZZ
@given(lines=st.lists(st.one_of(
    value.map(lambda v: json.dumps(v)),
    st.builds(lambda extra: json.dumps(good_plus(extra)), st.dictionaries(st.sampled_from(KEYS),
                                                                          value, max_size=3)),
    st.sampled_from(['{"a": 1, "a": 2}', "[" * 3000 + "]" * 3000, "{", '"\\ud800"', "NaN"]),
), min_size=1, max_size=6))
def test_any_jsonl_rows_keep_the_invariant_and_every_row_once(lines):
    lines = [line for line in lines if line.strip()]
    if not lines:
        return
    with tempfile.TemporaryDirectory() as folder:
        src, out = Path(folder) / "in.jsonl", Path(folder) / "out.jsonl"
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        code, stdout, stderr = invoke("batch", src, "-o", out, "-q")
        check_invariant(code, stdout, stderr)
        if code in (0, 1):
            assert _output_rows(out, "jsonl") == list(range(1, len(lines) + 1))


def _output_rows(out: Path, fmt: str) -> list[int]:
    if fmt == "jsonl":
        lines = out.read_text(encoding="utf-8").split("\n")  # JSONL: newline only, not U+0085
        return [json.loads(line)["row"] for line in lines if line]
    with open(out, encoding="utf-8-sig", newline="") as handle:
        return [int(r["row"]) for r in csv.DictReader(handle)]


# -- model replies --------------------------------------------------------------------------------

json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), text),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=10)


def _completion(choices, usage) -> str:
    return json.dumps({"id": "x", "object": "chat.completion", "created": 1,
                       "model": "test-model", "choices": choices, "usage": usage})


reply_body = st.one_of(
    json_value.map(json.dumps),
    st.builds(_completion, json_value, json_value),
    st.builds(lambda content, finish, usage: _completion(
        [{"index": 0, "finish_reason": finish, "message": {"role": "assistant",
                                                           "content": content}}], usage),
        st.one_of(json_value, text, st.just(GOOD_REPLY),
                  st.just(json.dumps({"message": GOOD_REPLY, "subject": None}))),
        st.one_of(st.sampled_from(["stop", "length", None]), json_value),
        st.one_of(st.none(), json_value,
                  st.fixed_dictionaries({"prompt_tokens": json_value, "completion_tokens":
                                         json_value, "total_tokens": json_value}))),
)


@pytest.fixture(scope="module")
def server():
    with ChatServer() as running:
        yield running


@FUZZ
@given(bodies=st.lists(reply_body, min_size=1, max_size=3))
def test_any_model_reply_keeps_the_invariant(server, bodies):
    server.reset()
    server.script(*[malformed(body) for body in bodies])
    server.default = reply(json.dumps({"message": GOOD_REPLY, "subject": None}))
    code, stdout, stderr = invoke(
        "draft", "--to", "John Rivera", "--project", "Colorado Community Development project",
        "--strength", "organizing a diverse group of volunteers", "--strength",
        "project management", "--base-url", server.base_url, "--model", "test-model",
        "--retries", "1", "--max-attempts", "2", "--no-cache")
    check_invariant(code, stdout, stderr)


# -- processes: two at once, and kill -9 in a loop -----------------------------------------------

HEADER = "recipient,project,strength1,strength2,relationship\n"


def _rows(n: int) -> str:
    return "".join(f"Person {i},Project {i} rollout,supplier negotiations,weekly demos,same-team\n"
                   for i in range(1, n + 1))


def _env(tmp_path: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
    return {**env, "LLMDRAFT_CACHE_DIR": str(tmp_path / "cache"), **extra}


def _sane(proc_code: int, stderr: str) -> None:
    check_invariant(proc_code, "", stderr)


def test_two_batches_started_together_on_one_output(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(HEADER + _rows(300))
    args = [sys.executable, "-m", "llmdraft", "batch", str(src), "-o", str(out), "--force", "-q"]
    procs = [subprocess.Popen(args, env=_env(tmp_path), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [p.communicate(timeout=120) for p in procs]
    codes = sorted(p.returncode for p in procs)
    for proc, (stdout, stderr) in zip(procs, results):
        check_invariant(proc.returncode, stdout, stderr)
    assert codes in ([0, 0], [0, 2]), results
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert [int(r["row"]) for r in csv.DictReader(handle)] == list(range(1, 301))


def test_kill_9_in_a_loop_then_resume_keeps_every_row_once(tmp_path):
    total, kills = 40, 3
    with ChatServer() as server:
        def slow_good(body):
            time.sleep(0.03)
            return reply(good_reply_for(body))

        server.default = slow_good
        src, out = tmp_path / "in.csv", tmp_path / "out.csv"
        src.write_text(HEADER + _rows(total))
        journal = Path(str(out) + ".journal")
        env = _env(tmp_path, OPENAI_BASE_URL=server.base_url, LLMDRAFT_MODEL="test-model")
        args = [sys.executable, "-m", "llmdraft", "batch", str(src), "-o", str(out),
                "--concurrency", "3", "--no-cache", "-q"]
        for attempt in range(kills):
            extra = ["--resume"] if attempt else []
            before = journal.read_text().count("\n") if journal.exists() else 0
            proc = subprocess.Popen(args + extra, env=env, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.poll() is None:
                if journal.exists() and journal.read_text().count("\n") >= before + 6:
                    break
                time.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        paid = server.calls
        final = subprocess.run(args + ["--resume"], env=env, capture_output=True, text=True,
                               timeout=120)
        _sane(final.returncode, final.stderr)
        assert final.returncode == 0, final.stderr
        with open(out, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert [int(r["row"]) for r in rows] == list(range(1, total + 1))
        assert all(r["status"] == "ok" for r in rows)
        # Rows not yet journaled at a kill are paid again, nothing else: those in flight (at
        # most `concurrency`) and one whose reply came back while the writer was busy with the
        # last (its journal line, output row and history record).
        assert server.calls <= total + kills * (3 + 1), (paid, server.calls)
