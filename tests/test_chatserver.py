"""Tests for tests/chatserver.py, driven by the real openai client over TCP."""

from __future__ import annotations

import json
import threading
import time

import openai
import pytest
from openai import OpenAI

from chatserver import (
    ChatServer,
    drop,
    malformed,
    reject_response_format,
    reply,
    slow,
    status,
    truncated,
)

MESSAGES = [
    {"role": "system", "content": "You are terse."},  # 14 chars
    {"role": "user", "content": "Say hello to the world"},  # 22 chars
]


def client_for(server: ChatServer, **kw) -> OpenAI:
    kw.setdefault("timeout", 2)
    return OpenAI(api_key="test", base_url=server.base_url, max_retries=0, **kw)


def ask(client: OpenAI, **kw):
    kw.setdefault("model", "gpt-test")
    kw.setdefault("messages", MESSAGES)
    return client.chat.completions.create(**kw)


def test_default_reply_and_usage(chat_server):
    chat_server.script(reply("Hello, world! Nice to meet you."))  # 31 chars
    client = client_for(chat_server)

    first = ask(client)
    assert first.object == "chat.completion"
    assert first.model == "gpt-test"  # echoed from the request
    assert first.id.startswith("chatcmpl-")
    choice = first.choices[0]
    assert choice.message.role == "assistant"
    assert choice.message.content == "Hello, world! Nice to meet you."
    assert choice.finish_reason == "stop"
    assert first.usage.prompt_tokens == (14 + 22) // 4
    assert first.usage.completion_tokens == 31 // 4
    assert first.usage.total_tokens == 9 + 7

    # queue exhausted -> default step ("OK"); minimums of 1 token apply
    second = ask(client, messages=[{"role": "user", "content": "hi"}])
    assert second.choices[0].message.content == "OK"
    assert (second.usage.prompt_tokens, second.usage.completion_tokens) == (1, 1)
    assert second.id != first.id
    assert chat_server.calls == 2


def test_reply_overrides_finish_reason_and_usage(chat_server):
    chat_server.script(reply("cut", finish_reason="length", usage={"prompt_tokens": 100, "completion_tokens": 7}))
    resp = ask(client_for(chat_server))
    assert resp.choices[0].finish_reason == "length"
    assert (resp.usage.prompt_tokens, resp.usage.completion_tokens, resp.usage.total_tokens) == (100, 7, 107)


def test_models_endpoint(chat_server):
    models = client_for(chat_server).models.list()
    assert [m.id for m in models.data] == [chat_server.model]
    assert chat_server.calls == 0  # not a chat completion
    assert chat_server.requests[0].method == "GET"
    assert chat_server.requests[0].path == "/v1/models"


def test_rate_limit_with_retry_after(chat_server):
    chat_server.script(status(429, headers={"Retry-After": "1"}), reply("after the storm"))
    client = client_for(chat_server)
    with pytest.raises(openai.RateLimitError) as exc_info:
        ask(client)
    err = exc_info.value
    assert err.status_code == 429
    assert err.response.headers["retry-after"] == "1"
    assert err.body["type"] == "rate_limit_error"
    # the keep-alive connection is still usable for the next scripted step
    assert ask(client).choices[0].message.content == "after the storm"
    assert chat_server.calls == 2


def test_quota_error_body_is_passed_through(chat_server):
    body = {"error": {"message": "You exceeded your current quota", "type": "insufficient_quota",
                      "code": "insufficient_quota"}}
    chat_server.script(status(429, body=body))
    with pytest.raises(openai.RateLimitError) as exc_info:
        ask(client_for(chat_server))
    assert exc_info.value.code == "insufficient_quota"
    assert "exceeded your current quota" in exc_info.value.message


@pytest.mark.parametrize(
    "code, exc",
    [
        (500, openai.InternalServerError),
        (503, openai.InternalServerError),
        (401, openai.AuthenticationError),
        (400, openai.BadRequestError),
        (404, openai.NotFoundError),
    ],
)
def test_error_statuses(chat_server, code, exc):
    chat_server.script(status(code))
    with pytest.raises(exc) as exc_info:
        ask(client_for(chat_server))
    assert exc_info.value.status_code == code
    assert set(exc_info.value.body) >= {"message", "type", "code"}


def test_drop_raises_connection_error(chat_server):
    chat_server.script(drop())
    client = client_for(chat_server)
    with pytest.raises(openai.APIConnectionError) as exc_info:
        ask(client)
    assert not isinstance(exc_info.value, openai.APITimeoutError)
    assert chat_server.calls == 1  # the request was received and recorded
    assert chat_server.requests[0].body["messages"] == MESSAGES
    assert ask(client).choices[0].message.content == "OK"  # client recovers


def test_slow_triggers_client_timeout(chat_server):
    chat_server.script(slow(1.5, reply("too late")), slow(0.1, reply("in time")))
    client = client_for(chat_server, timeout=0.3)
    start = time.monotonic()
    with pytest.raises(openai.APITimeoutError):
        ask(client)
    assert time.monotonic() - start < 1.2
    assert ask(client).choices[0].message.content == "in time"


def test_malformed_json_body(chat_server):
    # 200 + application/json + non-JSON body: the openai client does NOT wrap
    # the decode failure -- a bare json.JSONDecodeError (a ValueError) escapes.
    chat_server.script(malformed())
    with pytest.raises(json.JSONDecodeError) as exc_info:
        ask(client_for(chat_server))
    assert not isinstance(exc_info.value, openai.OpenAIError)
    assert chat_server.calls == 1


def test_malformed_non_json_content_type(chat_server):
    html = "<html><body>502 Bad Gateway</body></html>"
    # non-strict client: create() silently returns the body text (a str)
    chat_server.script(malformed(html, content_type="text/html"))
    assert ask(client_for(chat_server)) == html
    # strict client: APIResponseValidationError
    chat_server.script(malformed(html, content_type="text/html"))
    with pytest.raises(openai.APIResponseValidationError):
        ask(client_for(chat_server, _strict_response_validation=True))


def test_truncated_raises_connection_error(chat_server):
    chat_server.script(truncated())
    client = client_for(chat_server)
    with pytest.raises(openai.APIConnectionError) as exc_info:
        ask(client)
    assert not isinstance(exc_info.value, openai.APITimeoutError)
    assert "complete message body" in str(exc_info.value.__cause__)
    assert ask(client).choices[0].message.content == "OK"


def test_reject_response_format(chat_server):
    chat_server.script(reject_response_format(reply("plain")), reject_response_format(reply("plain")))
    client = client_for(chat_server)
    with pytest.raises(openai.BadRequestError) as exc_info:
        ask(client, response_format={"type": "json_object"})
    assert exc_info.value.param == "response_format"
    assert exc_info.value.body["type"] == "invalid_request_error"
    assert "response_format" in exc_info.value.message
    assert ask(client).choices[0].message.content == "plain"


def test_reject_response_format_as_default(chat_server):
    chat_server.default = reject_response_format()
    client = client_for(chat_server)
    for _ in range(2):  # permanent, not consumed
        with pytest.raises(openai.BadRequestError):
            ask(client, response_format={"type": "json_object"})
    assert ask(client).choices[0].message.content == "OK"
    assert chat_server.calls == 3


def test_requests_are_recorded(chat_server):
    client = client_for(chat_server)
    ask(client, temperature=0.25)
    chat_server.script(status(500))
    with pytest.raises(openai.InternalServerError):
        ask(client, model="other")
    reqs = chat_server.requests
    assert [(r.method, r.path) for r in reqs] == [("POST", "/v1/chat/completions")] * 2
    assert reqs[0].body == {"model": "gpt-test", "messages": MESSAGES, "temperature": 0.25}
    assert reqs[1].body["model"] == "other"
    assert reqs[0].headers["authorization"] == "Bearer test"
    assert reqs[0]["headers"]["content-type"] == "application/json"
    assert chat_server.calls == 2 and chat_server.pending == 0

    chat_server.script(drop())
    chat_server.reset()
    assert chat_server.requests == [] and chat_server.calls == 0 and chat_server.pending == 0
    assert ask(client).choices[0].message.content == "OK"  # scripted drop was cleared


def test_callable_responder_sees_body(chat_server):
    seen = []

    def echo(body):
        seen.append(body)
        last = body["messages"][-1]["content"]
        if "fail" in last:
            return status(503)
        return reply(last.upper())

    chat_server.default = echo
    client = client_for(chat_server)
    resp = ask(client, messages=[{"role": "user", "content": "shout this"}])
    assert resp.choices[0].message.content == "SHOUT THIS"
    with pytest.raises(openai.InternalServerError):
        ask(client, messages=[{"role": "user", "content": "please fail"}])
    assert [b["messages"][-1]["content"] for b in seen] == ["shout this", "please fail"]
    # a responder may also return a str (reply) or None (fallback)
    chat_server.script(lambda body: "from str", lambda body: None)
    assert ask(client).choices[0].message.content == "from str"
    assert ask(client, messages=[{"role": "user", "content": "x"}]).choices[0].message.content == "X"


def test_concurrent_requests_and_fast_stop():
    with ChatServer() as server:  # stop() is idempotent; __exit__ covers failures
        server.default = lambda body: reply(body["messages"][0]["content"])
        client = client_for(server)
        results = {}

        def worker(i):
            results[i] = ask(client, messages=[{"role": "user", "content": f"n{i}"}]).choices[0].message.content

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results == {i: f"n{i}" for i in range(8)}
        assert server.calls == 8

        # a request stuck in slow() and idle keep-alive connections don't block stop()
        server.script(slow(30))
        stuck = threading.Thread(target=lambda: pytest.raises(openai.APIError, ask, client_for(server, timeout=10)))
        stuck.start()
        deadline = time.monotonic() + 5
        while server.calls < 9 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.calls == 9
        start = time.monotonic()
        server.stop()
        assert time.monotonic() - start < 2
        stuck.join(5)
        assert not stuck.is_alive()
