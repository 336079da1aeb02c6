"""Issue 11: the settings objects, the one normalisation step, providers built complete, and the
front ends that had drifted (batch --temperature/--refresh; the Python API's temperature,
timeout and retries)."""

import csv
import dataclasses
import json
import os
import subprocess
import sys

import pytest

import llmdraft
from chatserver import reject_response_format, reply, slow, status
from contexts import ARTICLE, GOOD_REPLY, article, good_reply_for
from llmdraft import engine
from llmdraft.context import Channel
from llmdraft.errors import EndpointError, InputError
from llmdraft.kinds import Request, context_for
from llmdraft.providers import OfflineProvider, make_provider
from llmdraft.providers import openai_compat
from llmdraft.providers.limiter import AdaptiveLimiter
from llmdraft.providers.openai_compat import OpenAIProvider
from llmdraft.settings import DraftOptions, Endpoint
from suitefiles import CONTEXT, write


@pytest.fixture(autouse=True)
def no_endpoint(monkeypatch, tmp_path):
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "LLMDRAFT_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("LLMDRAFT_CACHE_DIR", str(tmp_path / "cache"))


# -- the settings objects ---------------------------------------------------------------------

def test_defaults_are_written_once_and_read_by_the_cli():
    assert Endpoint() == Endpoint(provider="auto", model=None, base_url=None, timeout=30.0,
                                  retries=4, cache=True)
    assert DraftOptions() == DraftOptions(max_attempts=3, variant=0, temperature=None,
                                          refresh=False)
    # every drafting command's flag defaults are these, not copies written out again
    import inspect

    from llmdraft.cli import batch_cmd, draft, followup, recommend

    wanted = {"timeout": Endpoint().timeout, "retries": Endpoint().retries,
              "max_attempts": DraftOptions().max_attempts, "variant": DraftOptions().variant}
    for command in (draft.draft, followup.followup, recommend.recommend, batch_cmd.batch):
        params = inspect.signature(command).parameters
        for name, value in wanted.items():
            if name in params:
                assert params[name].default == value, (command.__name__, name)


def test_merge_keeps_what_is_unset_and_replace_sets_it():
    base = DraftOptions(temperature=0.7, max_attempts=5)
    merged = base.merge(temperature=None, variant=2)
    assert (merged.temperature, merged.max_attempts, merged.variant) == (0.7, 5, 2)
    assert base.merge(DraftOptions(max_attempts=1)).max_attempts == 1
    assert base.replace(temperature=None).temperature is None
    assert Endpoint(timeout=5).merge(retries=0) == Endpoint(timeout=5.0, retries=0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        base.temperature = 1.0  # type: ignore[misc]


@pytest.mark.parametrize("make, words", [
    (lambda: Endpoint(provider="gpt"), "unknown provider"),
    (lambda: Endpoint(timeout=0), "--timeout"),
    (lambda: Endpoint(timeout=float("nan")), "--timeout"),
    (lambda: Endpoint(retries=-1), "--retries"),
    (lambda: Endpoint(retries=2.5), "--retries"),
    (lambda: DraftOptions(max_attempts=0), "--max-attempts"),
    (lambda: DraftOptions(max_attempts=True), "--max-attempts"),
    (lambda: DraftOptions(temperature=3), "--temperature"),
    (lambda: DraftOptions(temperature="hot"), "--temperature"),
    (lambda: DraftOptions().merge(attempts=2), "unknown setting"),
    (lambda: Endpoint().replace(timeout=-1), "--timeout"),
])
def test_bad_settings_are_one_line_input_errors(make, words):
    with pytest.raises(InputError) as caught:
        make()
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.exit_code == 2


# -- one normalisation step -------------------------------------------------------------------

def test_context_for_applies_the_kinds_channel_once_over_defaults():
    assert context_for("recommendation", {**ARTICLE, "channel": "email"}).channel \
        is Channel.RECOMMENDATION
    assert context_for("followup", ARTICLE).channel is Channel.LINKEDIN_MESSAGE
    assert context_for("followup", ARTICLE, defaults={"channel": "email"}).channel is Channel.EMAIL
    given = {**ARTICLE, "purpose": "", "channel": None}  # unset values fall back on the defaults
    ctx = context_for("request", given, defaults={"purpose": "a job search"})
    assert ctx.purpose == "a job search" and ctx.channel is Channel.LINKEDIN_REQUEST
    assert Request.of("recommendation", article()).context.channel is Channel.RECOMMENDATION
    with pytest.raises(InputError):
        context_for("request", ["not", "a", "mapping"])


def test_a_suite_recommendation_case_gets_the_recommendation_channel(tmp_path):
    from llmdraft.evals.suite import load_suite

    suite = load_suite(write(tmp_path, f"""
        kind: recommendation
        cases:
          - id: r1
            context: {CONTEXT}
          - id: f1
            kind: followup
            context: {CONTEXT}
    """))
    channels = {c.id: c.context.channel for c in suite.cases}
    assert channels == {"r1": Channel.RECOMMENDATION, "f1": Channel.LINKEDIN_MESSAGE}


def test_every_front_end_gives_a_recommendation_the_same_context(tmp_path, run):
    api = llmdraft.draft(ARTICLE, kind="recommendation")
    assert "word_count" in {c.name for c in api.checks}
    cli = json.loads(run("recommend", "--to", ARTICLE["recipient"], "--project",
                         ARTICLE["project"], *[a for s in ARTICLE["strengths"]
                                               for a in ("--strength", s)], "--json").stdout)
    assert cli["message"] == api.message
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({**ARTICLE, "kind": "recommendation"}) + "\n")
    proc = run("batch", src, "-o", tmp_path / "out.jsonl")
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "out.jsonl").read_text())["message"] == api.message


# -- providers: capabilities on the type, built complete --------------------------------------

def test_capabilities_are_declared_on_the_types():
    assert (OfflineProvider.deterministic, OfflineProvider.structured_output,
            OfflineProvider.uses_limiter) == (True, False, False)
    assert (OpenAIProvider.deterministic, OpenAIProvider.structured_output,
            OpenAIProvider.uses_limiter) == (False, True, True)
    mutable = [name for name, value in vars(openai_compat).items()
               if isinstance(value, (set, dict, list)) and not name.isupper()
               and not name.startswith("__")]
    assert mutable == []


def test_the_factory_builds_the_provider_complete(chat_server, tmp_path):
    from llmdraft.cache import DraftCache

    limiter = AdaptiveLimiter(3)
    where = Endpoint(provider="openai", base_url=chat_server.base_url, model="m", retries=1)
    made = make_provider(where, limiter=limiter)
    assert made.limiter is limiter and made.cache is not None and made.retry.retries == 1
    assert make_provider(where.replace(cache=False)).cache is None
    assert isinstance(make_provider(Endpoint("offline"), limiter=limiter), OfflineProvider)
    plain = make_provider(where, structured=False, cache=DraftCache(tmp_path / "c"))
    chat_server.script(reply(GOOD_REPLY))
    plain.complete(_one_call())
    assert "response_format" not in chat_server.chat_requests[-1].body


def _one_call():
    from llmdraft.kinds import build_messages, get_kind
    from llmdraft.providers import ProviderRequest

    ctx = article()
    return ProviderRequest("request", ctx, tuple(build_messages(get_kind("request"), ctx)))


def test_a_refusal_is_learned_by_the_instance_or_the_cache_not_the_process(chat_server, tmp_path):
    from llmdraft.cache import DraftCache

    chat_server.default = reject_response_format(reply(GOOD_REPLY))
    first = OpenAIProvider(model="m", base_url=chat_server.base_url, api_key="k")
    first.complete(_one_call())
    first.complete(_one_call())
    assert first.refuses_structure
    stranger = OpenAIProvider(model="m", base_url=chat_server.base_url, api_key="k")
    stranger.complete(_one_call())  # another instance, no cache: asks again
    cache = DraftCache(tmp_path / "cache")
    OpenAIProvider(model="m", base_url=chat_server.base_url, api_key="k",
                   cache=cache).complete(_one_call())
    OpenAIProvider(model="m", base_url=chat_server.base_url, api_key="k",
                   cache=cache).complete(_one_call())
    asked = ["response_format" in r.body for r in chat_server.chat_requests]
    assert asked == [True, False, False, True, False, True, False, False]


# -- batch: --temperature and --refresh -------------------------------------------------------

def test_batch_takes_temperature_and_refresh(tmp_path, run, chat_server):
    chat_server.default = lambda body: reply(good_reply_for(body))
    env = {"OPENAI_BASE_URL": chat_server.base_url, "LLMDRAFT_MODEL": "test-model"}
    src = tmp_path / "in.csv"
    src.write_text("recipient,project,strengths\n" + "".join(
        f"Person {i},Project {i},supplier negotiations\n" for i in range(1, 4)))
    out = tmp_path / "out.csv"
    proc = run("batch", src, "-o", out, "--temperature", "0.3", "-q", env=env)
    assert proc.returncode == 0, proc.stderr
    assert {r.body.get("temperature") for r in chat_server.chat_requests} == {0.3}
    calls = chat_server.calls
    proc = run("batch", src, "-o", out, "--temperature", "0.3", "--force", "-q", env=env)
    assert chat_server.calls == calls and _column(out, "cached") == ["True"] * 3
    proc = run("batch", src, "-o", out, "--temperature", "0.3", "--force", "--refresh", "-q",
               env=env)
    assert proc.returncode == 0, proc.stderr
    assert chat_server.calls == calls + 3 and _column(out, "cached") == ["False"] * 3
    bad = run("batch", src, "-o", out, "--force", "--temperature", "9", env=env)
    assert bad.returncode == 2 and "--temperature" in bad.stderr


def _column(path, name):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [row[name] for row in csv.DictReader(handle)]


# -- the Python API: temperature, timeout, retries --------------------------------------------

def test_python_api_takes_temperature_timeout_and_retries(chat_server):
    chat_server.default = reply(json.dumps({"subject": None, "message": GOOD_REPLY}))
    where = dict(provider="openai", base_url=chat_server.base_url, model="test-model")
    result = llmdraft.draft(ARTICLE, **where, temperature=0.4, cache=False)
    assert result.passed and chat_server.chat_requests[-1].body["temperature"] == 0.4
    same = llmdraft.draft(ARTICLE, endpoint=llmdraft.Endpoint(**where, cache=False),
                          options=llmdraft.DraftOptions(temperature=0.4))
    assert same.message == result.message

    chat_server.reset()
    chat_server.default = status(503)
    with pytest.raises(EndpointError):
        llmdraft.draft(ARTICLE, **where, retries=0, cache=False)
    assert chat_server.calls == 1

    chat_server.reset()
    chat_server.default = slow(5, reply(GOOD_REPLY))
    with pytest.raises(EndpointError):
        llmdraft.draft(ARTICLE, **where, retries=0, timeout=1, cache=False)
    with pytest.raises(InputError):
        llmdraft.draft(ARTICLE, timeout=0)


def test_engine_takes_a_request_a_provider_and_options():
    result = engine.draft(Request.of("request", ARTICLE), OfflineProvider(),
                          DraftOptions(variant=1))
    assert result.passed and result.attempts == 1


# -- the check registry keeps its own order ---------------------------------------------------

def test_check_order_lives_on_the_registration():
    from llmdraft.checks import ORDER, REGISTRY, checks_for
    from llmdraft.checks.base import check
    from llmdraft.kinds import KINDS

    assert ORDER == sorted(REGISTRY, key=lambda name: REGISTRY[name].order)
    assert all(set(c.kinds) <= set(KINDS) for c in REGISTRY.values())
    assert [c.name for c in checks_for("recommendation")][:2] == ["is_a_message",
                                                                  "project_named"]
    with pytest.raises(ValueError, match="order"):
        check("a_new_check", order=REGISTRY["grounded"].order)(lambda draft, ctx: (True, ""))
    assert "a_new_check" not in REGISTRY


def test_a_kind_owns_its_checks(monkeypatch):
    """Which checks a kind runs is listed once, on the kind: a check's `kinds` is read from
    there, and the registry refuses a kind that lists a check it does not have."""
    from llmdraft import checks, kinds

    assert checks.REGISTRY["reciprocal_offer"].kinds == ("request",)
    assert checks.REGISTRY["grounded"].kinds == tuple(kinds.KINDS)
    assert all(isinstance(name, str) for kind in kinds.KINDS.values() for name in kind.checks)
    note = kinds.KINDS["request"]._replace(name="note",
                                           checks=("is_a_message", "within_length", "thanks"))
    monkeypatch.setitem(kinds.KINDS, "note", note)
    assert [c.name for c in checks.checks_for("note")] == ["is_a_message", "within_length",
                                                           "thanks"]  # the report's order
    monkeypatch.setitem(kinds.KINDS, "note", note._replace(checks=("no_such",)))
    with pytest.raises(ValueError, match="no_such"):
        checks._check_kinds()
