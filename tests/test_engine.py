"""Attempts, re-asks, usage and the cache, with the real provider and a real local server."""

import shutil
from pathlib import Path

import pytest

from chatserver import reply
from contexts import DEFAULT_TEXT, GOOD_REPLY, article
from llmdraft import engine
from llmdraft.kinds import Request
from llmdraft.settings import DraftOptions
from llmdraft.cache import DraftCache
from llmdraft.providers import OfflineProvider
from llmdraft.providers.openai_compat import OpenAIProvider, RetryPolicy

SECRET = "sk-test-SECRET-0815"
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def make(chat_server):
    """A provider for the local server, with `cache` (a DraftCache) when given."""
    def made(cache=None, model="test-model"):
        return OpenAIProvider(model=model, base_url=chat_server.base_url, api_key=SECRET,
                              timeout=2.0, retry=RetryPolicy(retries=2, base=0.01, cap=0.02),
                              cache=cache)
    return made


@pytest.fixture
def provider(make):
    return make()


def draft(ctx, provider, **options):
    return engine.draft(Request("request", ctx), provider, DraftOptions(**options))


def test_good_first_draft_takes_one_call(provider, chat_server):
    chat_server.script(reply(GOOD_REPLY))
    result = draft(article(), provider)
    assert result.passed and result.attempts == 1 and chat_server.calls == 1
    assert result.provider == "openai" and result.model == "test-model"


def test_flawed_draft_is_reasked_with_what_failed(provider, chat_server):
    chat_server.script(reply(DEFAULT_TEXT, usage={"prompt_tokens": 100, "completion_tokens": 10}),
                       reply(GOOD_REPLY, usage={"prompt_tokens": 120, "completion_tokens": 90}))
    result = draft(article(), provider)
    assert result.passed and result.attempts == 2 and result.message == GOOD_REPLY
    assert (result.usage.prompt_tokens, result.usage.completion_tokens,
            result.usage.total_tokens) == (220, 100, 320)
    reask = chat_server.requests[1].body["messages"]
    assert reask[:2] == chat_server.requests[0].body["messages"]
    assert DEFAULT_TEXT in reask[-1]["content"]
    for name in ("project_named", "strengths_covered", "reciprocal_offer"):
        assert name in reask[-1]["content"]


def test_reask_size_does_not_grow_with_attempts(provider, chat_server):
    flawed = "Hi John, I'd love a recommendation about our time together. Thanks!"
    chat_server.default = reply(flawed)
    result = draft(article(), provider, max_attempts=4)
    assert not result.passed and result.attempts == 4 and chat_server.calls == 4
    sizes = [len(r.body["messages"]) for r in chat_server.chat_requests]
    assert sizes == [2, 3, 3, 3]


def test_best_attempt_is_returned_when_all_fail(provider, chat_server):
    better = GOOD_REPLY.replace(" and my project management", "")  # one check fails
    chat_server.script(reply(DEFAULT_TEXT), reply(better), reply(DEFAULT_TEXT))
    result = draft(article(), provider, max_attempts=3)
    assert not result.passed and result.message == better
    assert [c.name for c in result.failed_errors] == ["strengths_covered"]
    assert result.attempts == 3


def test_cut_off_answer_is_reasked_even_if_it_passes(provider, chat_server):
    chat_server.script(reply(GOOD_REPLY, finish_reason="length"), reply(GOOD_REPLY))
    result = draft(article(), provider)
    assert result.attempts == 2
    assert "cut off" in chat_server.requests[1].body["messages"][-1]["content"]


def test_caller_data_is_not_mutated(provider, chat_server):
    ctx = article()
    before = ctx.to_dict()
    chat_server.script(reply(DEFAULT_TEXT), reply(GOOD_REPLY))
    draft(ctx, provider)
    assert ctx.to_dict() == before


def test_offline_is_one_attempt_and_free():
    result = draft(article(), OfflineProvider(), max_attempts=3)
    assert result.passed and result.attempts == 1 and result.usage.total_tokens == 0


# -- the cache --------------------------------------------------------------------------------

def test_passed_draft_is_cached_and_served_without_a_call(make, chat_server, tmp_path):
    cache = DraftCache(tmp_path / "cache")
    provider = make(cache)
    chat_server.default = reply(GOOD_REPLY)
    first = draft(article(), provider)
    second = draft(article(), provider)
    assert chat_server.calls == 1
    assert not first.cached and second.cached and second.message == first.message
    draft(article(), provider, refresh=True)
    assert chat_server.calls == 2


def test_failed_draft_is_not_cached(make, chat_server, tmp_path):
    cache = DraftCache(tmp_path / "cache")
    provider = make(cache)
    chat_server.default = reply(DEFAULT_TEXT)
    draft(article(), provider, max_attempts=1)
    draft(article(), provider, max_attempts=1)
    assert chat_server.calls == 2 and cache.info()["entries"] == 0


def test_key_changes_with_context_model_and_template(make, chat_server, tmp_path, monkeypatch):
    cache = DraftCache(tmp_path / "cache")
    provider = make(cache)
    chat_server.default = reply(GOOD_REPLY)
    draft(article(), provider)
    draft(article(purpose="a job search"), provider)
    assert chat_server.calls == 2
    provider = make(cache, model="other-model")
    draft(article(), provider)
    assert chat_server.calls == 3

    prompts = tmp_path / "prompts"
    shutil.copytree(ROOT / "prompts", prompts)
    (prompts / "request" / "system.md").write_text("A changed system prompt.\n")
    monkeypatch.setenv("LLMDRAFT_PROMPTS_DIR", str(prompts))
    from llmdraft import prompts as prompt_module

    for fn in (prompt_module.prompts_dir, prompt_module.read, prompt_module.content_hash):
        fn.cache_clear()
    try:
        draft(article(), provider)
        assert chat_server.calls == 4
        assert chat_server.requests[-1].body["messages"][0]["content"] == "A changed system prompt."
    finally:
        monkeypatch.delenv("LLMDRAFT_PROMPTS_DIR")
        for fn in (prompt_module.prompts_dir, prompt_module.read, prompt_module.content_hash):
            fn.cache_clear()


def test_api_key_never_reaches_the_cache(make, chat_server, tmp_path):
    cache = DraftCache(tmp_path / "cache")
    provider = make(cache)
    chat_server.script(reply(GOOD_REPLY))
    draft(article(), provider)
    cache.close()
    for path in (tmp_path / "cache").rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path


def test_refused_structure_is_remembered_across_processes_not_counted_as_a_draft(
        chat_server, tmp_path):
    from chatserver import reject_response_format

    chat_server.default = reject_response_format(reply(GOOD_REPLY))
    cache = DraftCache(tmp_path / "cache")

    def fresh_provider():  # what a new process starts with: nothing known but the cache
        return OpenAIProvider(model="test-model", base_url=chat_server.base_url, api_key="k",
                              cache=cache)

    draft(article(), fresh_provider())
    assert cache.info()["entries"] == 1
    draft(article(purpose="a job search"), fresh_provider())
    bodies = [r.body for r in chat_server.chat_requests]
    assert ["response_format" in b for b in bodies] == [True, False, False]
