"""Issue 9, the endpoint: malformed 200s, Retry-After and --timeout that are not finite, and API
keys echoed back in error bodies. The real client against tests/chatserver.py."""

from __future__ import annotations

import csv
import json

import pytest

from chatserver import malformed, reply, status
from contexts import GOOD_REPLY
from outcomes import one_error_line

DRAFT = ["draft", "--to", "John Rivera", "--project", "Colorado Community Development project",
         "--strength", "organizing a diverse group of volunteers", "--strength",
         "project management"]
GOOD = json.dumps({"message": GOOD_REPLY, "subject": None})


def endpoint(server, *extra) -> list[str]:
    return ["--base-url", server.base_url, "--model", "test-model", *extra]


def completion(**changes) -> str:
    body = {"id": "x", "object": "chat.completion", "created": 1, "model": "test-model",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": GOOD}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}
    for path, value in changes.items():
        target = body
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return json.dumps(body)


MALFORMED = {
    "choices a dict": completion(choices={"0": {}}),
    "choices a string": completion(choices="nope"),
    "choice null": completion(choices=[None]),
    "choice a number": completion(choices=[7]),
    "choice a string": completion(choices=["text"]),
    "content a number": completion(**{"choices.0.message.content": 42}),
    "content a list": completion(**{"choices.0.message.content": ["a", "b"]}),
    "content a dict": completion(**{"choices.0.message.content": {"message": "hi"}}),
    "usage a string": completion(usage="lots"),
    "usage counts strings": completion(usage={"prompt_tokens": "1", "completion_tokens": "x",
                                              "total_tokens": "2"}),
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_persistently_malformed_reply_is_exit_3_one_line(run, chat_server, body):
    chat_server.default = malformed(body)
    proc = run(*DRAFT, *endpoint(chat_server, "--retries", "1"), env={"OPENAI_API_KEY": "k"})
    assert proc.returncode == 3, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("llmdraft: error:"), proc.stderr
    assert chat_server.calls == 2  # retried once, like a 5xx


@pytest.mark.parametrize("body", list(MALFORMED.values())[:3] + list(MALFORMED.values())[-2:])
def test_a_malformed_reply_once_is_retried(run, chat_server, body):
    chat_server.script(malformed(body), reply(GOOD))
    proc = run(*DRAFT, *endpoint(chat_server), env={"OPENAI_API_KEY": "k"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Hi John")


def test_a_malformed_reply_in_a_batch_is_an_error_row(run, chat_server, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("recipient,project,strengths\n"
                   + "".join(f"John Rivera,Colorado Community Development project,organizing a "
                             f"diverse group of volunteers;project management {i}\n"
                             for i in range(3)))

    def respond(body):
        text = json.dumps(body)
        return malformed(MALFORMED["content a dict"]) if "management 1" in text else reply(GOOD)

    chat_server.default = respond
    out = tmp_path / "out.csv"
    proc = run("batch", src, "-o", out, "--retries", "0", "-q",
               *endpoint(chat_server), env={"OPENAI_API_KEY": "k"})
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["row"] for r in rows] == ["1", "2", "3"]
    assert rows[1]["status"] == "error" and "content that is dict" in rows[1]["error"]


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e400"])
def test_retry_after_that_is_not_a_finite_number_falls_back_to_backoff(run, chat_server, value):
    chat_server.script(status(429, headers={"Retry-After": value}), reply(GOOD))
    proc = run(*DRAFT, *endpoint(chat_server), env={"OPENAI_API_KEY": "k"})
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("flag", [["--timeout", "nan"], ["--timeout", "inf"], ["--timeout", "0"],
                                  ["--timeout", "-1"], ["--temperature", "nan"],
                                  ["--retries", "1000000"]])
def test_endpoint_numbers_out_of_sense_are_exit_2(run, flag):
    line = one_error_line(run(*DRAFT, "--base-url", "http://127.0.0.1:9/v1", *flag))
    assert flag[0] in line


def test_eval_timeout_nan_is_exit_2(run, tmp_path):
    suite = tmp_path / "s.yaml"
    suite.write_text("cases:\n  - id: a\n    context: {recipient: A B, project: P, strengths: [s]}\n")
    one_error_line(run("eval", suite, "--timeout", "nan"))


KEY = "sk-proj-Zx81hQ2vLm93kTq4"


@pytest.mark.parametrize("code", [400, 401, 500])
def test_an_api_key_echoed_by_the_endpoint_is_never_printed(run, chat_server, code):
    body = {"error": {"message": f"Incorrect API key provided: {KEY}. Authorization: Bearer {KEY}",
                      "type": "invalid_request_error", "code": None, "param": None}}
    chat_server.default = status(code, body=body)
    proc = run(*DRAFT, *endpoint(chat_server, "--retries", "0"), env={"OPENAI_API_KEY": KEY})
    assert proc.returncode == 3, proc.stderr
    assert KEY not in proc.stderr and KEY[:12] not in proc.stderr


def test_a_configured_key_of_any_shape_is_redacted_from_batch_rows(run, chat_server, tmp_path):
    secret = "hunter2-local-secret"
    chat_server.default = status(503, body={"error": {"message": f"upstream said {secret}"}})
    src = tmp_path / "in.csv"
    src.write_text("recipient,project,strengths\nJohn Rivera,Apollo,speed\n")
    out = tmp_path / "out.jsonl"
    proc = run("batch", src, "-o", out, "--retries", "0", "-q", *endpoint(chat_server),
               env={"OPENAI_API_KEY": secret})
    assert proc.returncode == 1, proc.stderr
    text = out.read_text()
    assert "upstream said" in text and secret not in text and secret not in proc.stderr


def test_control_sequences_in_a_reply_never_reach_the_terminal_or_the_output(run, chat_server,
                                                                            tmp_path):
    dirty = GOOD_REPLY.replace("Hi John,", "Hi John,\x1b]0;pwned\x07\x1b[2J\u202e\x9b1m", 1)
    chat_server.default = reply(json.dumps({"message": dirty, "subject": None}))
    proc = run(*DRAFT, *endpoint(chat_server), env={"OPENAI_API_KEY": "k"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Hi John,")
    assert not any(c in proc.stdout + proc.stderr for c in "\x1b\x07\u202e\x9b")
    src = tmp_path / "in.csv"
    src.write_text("recipient,project,strengths\nJohn Rivera,Colorado Community Development "
                   "project,organizing a diverse group of volunteers;project management\n")
    out = tmp_path / "out.jsonl"
    batched = run("batch", src, "-o", out, "-q", "--no-cache", *endpoint(chat_server),
                  env={"OPENAI_API_KEY": "k"})
    assert batched.returncode == 0, batched.stderr
    message = json.loads(out.read_text())["message"]
    assert message.startswith("Hi John,") and not any(c in message for c in "\x1b\x07\u202e\x9b")


def test_a_tampered_cached_result_is_a_miss(run, chat_server, cache_dir):
    import sqlite3

    chat_server.default = reply(GOOD)
    first = run(*DRAFT, *endpoint(chat_server), env={"OPENAI_API_KEY": "k"})
    assert first.returncode == 0, first.stderr
    con = sqlite3.connect(cache_dir / "drafts" / "cache.db")
    (value,) = con.execute("SELECT value FROM Cache").fetchone()
    tampered = json.loads(value)
    tampered["usage"]["total_tokens"] = "lots"
    tampered["message"] = "Hi John,\x1b[2J forged"
    con.execute("UPDATE Cache SET value = ?", (json.dumps(tampered),))
    con.commit()
    con.close()
    again = run(*DRAFT, *endpoint(chat_server), "--json", env={"OPENAI_API_KEY": "k"})
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["cached"] is False and chat_server.calls == 2


def test_an_api_key_echoed_to_eval_is_never_printed_or_reported(run, chat_server, tmp_path):
    body = {"error": {"message": f"key {KEY} is not valid", "type": "invalid_request_error",
                      "code": None, "param": None}}
    chat_server.default = status(500, body=body)
    (tmp_path / "suite.yaml").write_text(
        "cases:\n  - id: a\n    context: {recipient: John Rivera, project: Apollo, "
        "strengths: [testing]}\n")
    proc = run("eval", "suite.yaml", *endpoint(chat_server, "--retries", "0"), "-q",
               "--out", "r.json", env={"OPENAI_API_KEY": KEY})
    assert proc.returncode == 3, proc.stderr
    assert "[redacted]" in proc.stderr and KEY not in proc.stderr + proc.stdout
    assert not (tmp_path / "r.json").exists() or KEY not in (tmp_path / "r.json").read_text()


def test_a_password_in_the_base_url_is_not_echoed(run):
    proc = run(*DRAFT, "--base-url", "htp://bob:hunter2pass@example.invalid/v1")
    assert proc.returncode == 2 and "hunter2pass" not in proc.stderr, proc.stderr
    assert "[redacted]@" in proc.stderr


def test_a_huge_reply_is_cut_and_re_asked(run, chat_server):
    chat_server.script(reply("Hi John, " + "word " * 400_000), reply(GOOD))
    proc = run(*DRAFT, *endpoint(chat_server), "--json", env={"OPENAI_API_KEY": "k"})
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result["attempts"] == 2 and len(result["message"]) < 3000
