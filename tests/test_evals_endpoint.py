"""`llmdraft eval` against a real model endpoint: the local Chat Completions server of
tests/chatserver.py (fixture `chat_server`), reached by the real openai client in a subprocess."""

from __future__ import annotations

import json

import pytest

from chatserver import reply, status
from suitefiles import write

GOOD = (
    "Hi John,\n\nI loved working with you on the Colorado Community Development project. Would you "
    "be willing to write a short LinkedIn recommendation that mentions my work organizing a diverse "
    "group of volunteers and my project management? I'd be glad to write one for you in return; "
    "which of your strengths should I mention? No pressure if you're busy. Thank you!"
)
DEFAULT_TEXT = "Hi John, can you write me a recommendation?"
CONTEXT = ("{recipient: John Rivera, project: Colorado Community Development project, "
           "strengths: [organizing a diverse group of volunteers, project management]}")
SUITE = f"""
    description: model suite
    cases:
      - id: article
        tags: [seed]
        context: {CONTEXT}
        assert:
          - icontains: Colorado
          - check: asks_their_strengths
      - id: article-email
        context: {CONTEXT}
        assert: [{{icontains: volunteers}}]
"""
JUDGED = f"""
    cases:
      - id: judged
        context: {CONTEXT}
        assert:
          - judge: "Would a busy manager know exactly what to write after reading this?"
          - judge: "Is this message written as a poem?"
"""


def structured(message: str, subject: str | None = None) -> str:
    return json.dumps({"subject": subject, "message": message})


def is_judge(body: dict) -> bool:
    return body["messages"][0]["content"].startswith("You are grading")


def drafts(message: str):
    """A responder: drafts get `message`; judge prompts are answered from their question."""

    def respond(body: dict):
        if is_judge(body):
            user = body["messages"][1]["content"]
            verdict = "busy manager" in user  # yes to the first question, no to the poem one
            return reply(json.dumps({"reason": "because the test says so", "pass": verdict}))
        return reply(structured(message))

    return respond


@pytest.fixture
def run(run):
    """The shared runner, with a dummy API key set (the endpoint is the local test server)."""
    return lambda *args, env=None: run(*args, env={"OPENAI_API_KEY": "sk-test-SECRET123",
                                                   **(env or {})})




def endpoint(server) -> list[str]:
    return ["--base-url", server.base_url, "--model", "test-model", "-q"]


def test_model_suite_passes(run, tmp_path, chat_server):
    chat_server.default = drafts(GOOD)
    write(tmp_path, SUITE)
    proc = run("eval", "suite.yaml", *endpoint(chat_server), "--json")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(proc.stdout)
    assert report["provider"] == "openai" and report["model"] == "test-model"
    assert report["pass_rate"] == 1.0 and report["runs"] == 2
    assert chat_server.calls == 2
    assert all(r["result"]["message"] == GOOD for r in report["results"])
    usage = report["usage"]
    assert usage["prompt_tokens"] > 0 and usage["completion_tokens"] > 0
    assert usage["total_tokens"] == sum(r["result"]["usage"]["total_tokens"]
                                        for r in report["results"])
    assert report["latency"]["p50_s"] > 0 and report["latency"]["p95_s"] >= report["latency"]["p50_s"]
    assert report["cost"] is None and any("no price known" in n for n in report["notes"])
    assert "SECRET123" not in proc.stdout + proc.stderr


def test_model_below_threshold_exits_1(run, tmp_path, chat_server):
    chat_server.default = drafts(DEFAULT_TEXT)  # the pre-filled text: fails the error checks
    write(tmp_path, SUITE)
    proc = run("eval", "suite.yaml", *endpoint(chat_server), "--max-attempts", "2")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "FAIL" in proc.stdout and "0/2 runs passed" in proc.stdout
    assert "not_default_text" in proc.stdout
    assert chat_server.calls == 4  # each case drafted twice: the re-ask happened


def test_judge_is_answered_through_the_same_endpoint(run, tmp_path, chat_server):
    chat_server.default = drafts(GOOD)
    write(tmp_path, JUDGED)
    proc = run("eval", "suite.yaml", *endpoint(chat_server), "--judge-model", "judge-model",
               "--out", "r.json")
    assert proc.returncode == 1, proc.stdout + proc.stderr  # the poem question says no
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["judge_model"] == "judge-model"
    judged = report["results"][0]["assertions"]
    verdicts = [(a["type"], a["passed"]) for a in judged if a["type"] == "judge"]
    assert verdicts == [("judge", True), ("judge", False)]
    assert report["by_assertion"]["judge"] == {"passed": 1, "failed": 1, "skipped": 0,
                                               "pass_rate": 0.5}
    assert "because the test says so" in judged[-1]["detail"]
    assert report["usage"]["judge"]["total_tokens"] > 0

    judge_calls = [r.body for r in chat_server.chat_requests if is_judge(r.body)]
    assert len(judge_calls) == 2
    for body in judge_calls:
        assert body["model"] == "judge-model"
        assert "response_format" not in body and body["temperature"] == 0
        user = body["messages"][1]["content"]
        assert GOOD in user and "Colorado Community Development project" in user
    draft_calls = [r.body for r in chat_server.chat_requests if not is_judge(r.body)]
    assert [b["model"] for b in draft_calls] == ["test-model"]


def test_judge_from_env_and_an_unreadable_verdict_fails(run, tmp_path, chat_server):
    def respond(body):
        return reply("I think it is fine, mostly?") if is_judge(body) else reply(structured(GOOD))

    chat_server.default = respond
    write(tmp_path, JUDGED)
    proc = run("eval", "suite.yaml", *endpoint(chat_server), "--json",
               env={"LLMDRAFT_JUDGE_MODEL": "judge-model"})
    assert proc.returncode == 1
    judged = [a for a in json.loads(proc.stdout)["results"][0]["assertions"] if a["type"] == "judge"]
    assert [a["passed"] for a in judged] == [False, False]  # never passed by default
    assert "could not be read" in judged[0]["detail"]


def test_judge_skipped_without_a_judge_model(run, tmp_path, chat_server):
    chat_server.default = drafts(GOOD)
    write(tmp_path, JUDGED)
    proc = run("eval", "suite.yaml", *endpoint(chat_server), "--json")
    assert proc.returncode == 0, proc.stderr  # skipped judges count neither way
    report = json.loads(proc.stdout)
    assert report["by_assertion"]["judge"]["skipped"] == 2
    assert all(a["status"] == "skipped" and a["passed"] is None
               for a in report["results"][0]["assertions"] if a["type"] == "judge")
    assert not any(is_judge(r.body) for r in chat_server.chat_requests)


@pytest.mark.parametrize("failure", [status(500), status(401)], ids=["500", "401"])
def test_endpoint_failure_exits_3(run, tmp_path, chat_server, failure):
    chat_server.default = failure
    write(tmp_path, SUITE)
    proc = run("eval", "suite.yaml", *endpoint(chat_server), "--retries", "0",
               "--concurrency", "1", "--out", "r.json")
    assert proc.returncode == 3, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("llmdraft: error:"), proc.stderr
    assert "Traceback" not in proc.stderr and "SECRET123" not in proc.stderr
    assert not (tmp_path / "r.json").exists()  # no partial report
    assert chat_server.calls == 1  # the first failure stopped the run


def test_judge_endpoint_failure_exits_3(run, tmp_path, chat_server):
    chat_server.default = lambda body: status(503) if is_judge(body) else reply(structured(GOOD))
    write(tmp_path, JUDGED)
    proc = run("eval", "suite.yaml", *endpoint(chat_server), "--judge-model", "j", "--retries", "0")
    assert proc.returncode == 3, proc.stdout + proc.stderr


def test_judge_model_without_an_endpoint_is_a_usage_error(run, tmp_path):
    write(tmp_path, JUDGED)
    proc = run("eval", "suite.yaml", "--provider", "offline", "--judge-model", "j", "-q",
               env={"OPENAI_API_KEY": ""})
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "OPENAI_API_KEY" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_repeat_bypasses_the_cache(run, tmp_path, chat_server):
    chat_server.default = drafts(GOOD)
    write(tmp_path, SUITE)
    first = json.loads(run("eval", "suite.yaml", *endpoint(chat_server), "--filter", "article",
                           "--json").stdout)
    assert chat_server.calls == 1 and first["cached"] == 0
    again = json.loads(run("eval", "suite.yaml", *endpoint(chat_server), "--filter", "article",
                           "--json").stdout)
    assert chat_server.calls == 1 and again["cached"] == 1  # --repeat 1: the cache answers
    assert again["usage"]["total_tokens"] == 0  # a cache hit costs nothing in this run
    assert any("cache" in n for n in again["notes"])

    repeated = json.loads(run("eval", "suite.yaml", *endpoint(chat_server), "--filter", "article",
                              "--repeat", "3", "--json").stdout)
    assert chat_server.calls == 4  # three fresh drafts, none from the cache
    assert repeated["cached"] == 0 and repeated["cache"] == "bypassed" and repeated["runs"] == 3
    assert [r["repeat"] for r in repeated["results"]] == [1, 2, 3]
    assert any("fresh sample" in n for n in repeated["notes"])


def test_cost_for_a_known_model_and_an_extended_table(run, tmp_path, chat_server):
    chat_server.default = drafts(GOOD)
    write(tmp_path, SUITE)
    known = json.loads(run("eval", "suite.yaml", "--base-url", chat_server.base_url, "--model",
                           "gpt-4o-mini", "--json", "-q", "--no-cache").stdout)
    u = known["usage"]
    expected = (u["prompt_tokens"] * 0.15 + u["completion_tokens"] * 0.60) / 1_000_000
    assert known["cost"]["drafts_usd"] == pytest.approx(expected)
    assert known["cost"]["total_usd"] == pytest.approx(expected)

    (tmp_path / "prices.toml").write_text('[models."test-model"]\ninput = 1000\noutput = 2000\n')
    proc = run("eval", "suite.yaml", *endpoint(chat_server), "--no-cache",
               env={"LLMDRAFT_PRICES": str(tmp_path / "prices.toml")})
    assert proc.returncode == 0, proc.stderr
    assert "cost $" in proc.stdout
    (tmp_path / "bad.toml").write_text("[models.x]\ninput = 'cheap'\n")
    bad = run("eval", "suite.yaml", *endpoint(chat_server), "--prices", "bad.toml")
    assert bad.returncode == 2 and "bad.toml" in bad.stderr


def test_repeats_show_a_case_that_varies(run, tmp_path, chat_server):
    answers = iter([GOOD, DEFAULT_TEXT, GOOD, DEFAULT_TEXT])
    chat_server.default = lambda body: reply(structured(next(answers)))
    write(tmp_path, SUITE)
    proc = run("eval", "suite.yaml", *endpoint(chat_server), "--filter", "article", "--repeat", "2",
               "--max-attempts", "1", "--concurrency", "1", "--out", "r.json")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["by_case"]["article"]["pass_rate"] == 0.5
    assert [r["passed"] for r in report["results"]] == [True, False]
    assert "1 sometimes" in " ".join(proc.stdout.split())
