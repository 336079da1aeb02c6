"""The OpenAI-compatible provider against a real local Chat Completions server."""

import time

import pytest

from chatserver import drop, malformed, reject_response_format, reply, slow, status, truncated
from contexts import GOOD_REPLY, article
from llmdraft.errors import EndpointError
from llmdraft.kinds import build_messages, get_kind
from llmdraft.providers.base import ProviderRequest
from llmdraft.providers.openai_compat import OpenAIProvider, RetryPolicy

SECRET = "sk-test-SECRET-4711"


@pytest.fixture
def provider(chat_server):
    return OpenAIProvider(model="test-model", base_url=chat_server.base_url, api_key=SECRET,
                          timeout=2.0, retry=RetryPolicy(retries=3, max_wait=10, base=0.01, cap=0.05))


def attempt():
    ctx = article()
    return ProviderRequest("request", ctx, tuple(build_messages(get_kind("request"), ctx)))


def test_reply_usage_and_structured_request(provider, chat_server):
    chat_server.script(reply('{"subject": null, "message": "Hi John"}'))
    out = provider.complete(attempt())
    assert out.message == "Hi John" and out.subject is None
    assert out.usage.total_tokens == out.usage.prompt_tokens + out.usage.completion_tokens > 0
    body = chat_server.requests[-1].body
    assert body["model"] == "test-model"
    assert body["response_format"]["type"] == "json_schema"
    assert chat_server.requests[-1].headers["authorization"] == f"Bearer {SECRET}"


def test_server_that_ignores_response_format_still_works(provider, chat_server):
    chat_server.script(reply("Sure! Here's a draft:\n\n```\n" + GOOD_REPLY + "\n```\n\nLet me know!"))
    out = provider.complete(attempt())
    assert out.message == GOOD_REPLY and out.problem is None


def test_rejected_response_format_falls_back_and_is_remembered(provider, chat_server):
    chat_server.default = reject_response_format(reply(GOOD_REPLY))
    assert provider.complete(attempt()).message == GOOD_REPLY
    assert provider.complete(attempt()).message == GOOD_REPLY
    bodies = [r.body for r in chat_server.chat_requests]
    assert ["response_format" in b for b in bodies] == [True, False, False]


def test_429_retry_after_is_honoured(provider, chat_server):
    chat_server.script(status(429, headers={"Retry-After": "1"}), reply(GOOD_REPLY))
    started = time.monotonic()
    assert provider.complete(attempt()).message == GOOD_REPLY
    assert time.monotonic() - started >= 0.9
    assert chat_server.calls == 2


def test_retry_after_ms_is_honoured(provider, chat_server):
    chat_server.script(status(429, headers={"retry-after-ms": "300"}), reply(GOOD_REPLY))
    started = time.monotonic()
    provider.complete(attempt())
    assert time.monotonic() - started >= 0.25
    assert chat_server.calls == 2


@pytest.mark.parametrize("fault", [status(500), status(503), status(502), drop(), truncated(),
                                   malformed(), malformed(b"<html>bad gateway</html>", "text/html"),
                                   slow(3)], ids=["500", "503", "502", "drop", "truncated",
                                                  "malformed-json", "html-200", "timeout"])
def test_transient_faults_are_retried(provider, chat_server, fault):
    chat_server.script(fault, reply(GOOD_REPLY))
    assert provider.complete(attempt()).message == GOOD_REPLY
    assert chat_server.calls == 2 and provider.calls == 2


@pytest.mark.parametrize("code", [400, 401, 403, 404])
def test_permanent_errors_are_not_retried(provider, chat_server, code):
    chat_server.default = status(code)
    with pytest.raises(EndpointError) as info:
        provider.complete(attempt())
    assert chat_server.calls == 1
    assert SECRET not in str(info.value)


def test_exhausted_quota_is_not_retried(provider, chat_server):
    chat_server.default = status(429, body={"error": {
        "message": "You exceeded your current quota", "type": "insufficient_quota",
        "code": "insufficient_quota"}})
    with pytest.raises(EndpointError, match="quota"):
        provider.complete(attempt())
    assert chat_server.calls == 1


def test_retries_are_bounded(provider, chat_server):
    chat_server.default = status(500)
    with pytest.raises(EndpointError, match="after 4 attempts"):
        provider.complete(attempt())
    assert chat_server.calls == 4  # the first call and three retries


def test_total_wait_is_bounded(chat_server):
    """A server that keeps asking for long waits: give up once the wait budget would be exceeded."""
    chat_server.default = status(429, headers={"Retry-After": "1"})
    p = OpenAIProvider(model="m", base_url=chat_server.base_url, api_key="k", timeout=1.0,
                       retry=RetryPolicy(retries=10, max_wait=2.5))
    with pytest.raises(EndpointError):
        p.complete(attempt())
    assert chat_server.calls == 2


def test_cut_off_answer_is_reported_as_a_problem(provider, chat_server):
    chat_server.script(reply("Hi John, I'm building my LinkedIn pres", finish_reason="length"))
    out = provider.complete(attempt())
    assert out.problem and "cut off" in out.problem


def test_subject_line_is_taken_out_of_a_text_answer(provider, chat_server):
    chat_server.script(reply("Subject: A request about Colorado\n\n" + GOOD_REPLY))
    out = provider.complete(attempt())
    assert out.subject == "A request about Colorado" and out.message == GOOD_REPLY


def test_no_key_is_sent_as_a_dummy_for_local_endpoints(chat_server):
    p = OpenAIProvider(model="m", base_url=chat_server.base_url, api_key=None)
    chat_server.script(reply(GOOD_REPLY))
    p.complete(attempt())
    assert chat_server.requests[-1].headers["authorization"].startswith("Bearer ")


def test_a_hanging_endpoint_is_given_up_within_the_budget(chat_server):
    """Slow answers every time: the calls and waits together stay within max_wait."""
    chat_server.default = slow(5)
    p = OpenAIProvider(model="m", base_url=chat_server.base_url, api_key="k", timeout=1.0,
                       retry=RetryPolicy(retries=10, max_wait=3.0, base=0.01, cap=0.02))
    started = time.monotonic()
    with pytest.raises(EndpointError, match="APITimeoutError"):
        p.complete(attempt())
    assert time.monotonic() - started < 4.5
    assert 2 <= chat_server.calls <= 3
