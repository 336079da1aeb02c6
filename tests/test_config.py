"""Issue 13, part 1: the config file, its precedence, ignored settings, local servers, the
llama-cpp-python refusal and `llmdraft models`. Run as a user runs them: the CLI in a
subprocess, the real openai client against tests/chatserver.py."""

from __future__ import annotations

import json

import pytest

from chatserver import ChatServer, llama_cpp_python, reply, status

ARGS = ["--to", "John Rivera", "--project", "Colorado Community Development project",
        "--strength", "project management"]
GOOD = ("Hi John,\n\nCould you write me a short LinkedIn recommendation about the Colorado "
        "Community Development project? It would help if you mentioned my project management. "
        "I'd be glad to write one for you in return; which of your strengths should I mention? "
        "No pressure if you're busy. Thank you!")


@pytest.fixture
def cfg(tmp_path):
    return tmp_path / "conf" / "config.toml"


def test_set_show_unset_path(run, cfg):
    env = {"LLMDRAFT_CONFIG": str(cfg)}
    assert run("config", "path", env=env).stdout.strip() == str(cfg)
    proc = run("config", "set", "sender", "Dana Holt", env=env)
    assert proc.returncode == 0, proc.stderr
    assert run("config", "set", "relationship", "RECOMMENDER_MANAGED_RECOMMENDEE", env=env).returncode == 0
    assert run("config", "set", "history", "no", env=env).returncode == 0
    text = cfg.read_text()
    assert 'sender = "Dana Holt"' in text and 'relationship = "managed-you"' in text
    assert "history = false" in text
    shown = json.loads(run("config", "show", "--json", env=env).stdout)["settings"]
    assert shown["sender"] == {"value": "Dana Holt", "source": "file"}
    assert shown["history"] == {"value": False, "source": "file"}
    assert shown["closeness"] == {"value": "professional", "source": "default"}
    env_shown = json.loads(run("config", "show", "--json",
                               env={**env, "LLMDRAFT_SENDER": "Env Name"}).stdout)["settings"]
    assert env_shown["sender"] == {"value": "Env Name", "source": "env:LLMDRAFT_SENDER"}
    assert "Dana Holt" in run("config", "show", env=env).stdout
    assert run("config", "unset", "sender", env=env).returncode == 0
    assert "sender" not in cfg.read_text()


@pytest.mark.parametrize("key,value", [("relationship", "boss"), ("closeness", "very"),
                                       ("base_url", "localhost:11434"), ("provider", "magic"),
                                       ("history", "maybe"), ("colour", "blue"),
                                       ("channel", "recommendation")])
def test_bad_values_are_one_line_exit_2(run, cfg, key, value):
    proc = run("config", "set", key, value, env={"LLMDRAFT_CONFIG": str(cfg)})
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("llmdraft: error:") and "Traceback" not in proc.stderr
    assert not cfg.exists()


@pytest.mark.parametrize("content", ['sender = "Dana', "colour = 'blue'", "relationship = 'boss'",
                                     "sender = 3"])
def test_a_bad_file_is_one_line_naming_it(run, cfg, content):
    cfg.parent.mkdir(parents=True)
    cfg.write_text(content + "\n")
    proc = run("draft", *ARGS, env={"LLMDRAFT_CONFIG": str(cfg)})
    assert proc.returncode == 2 and str(cfg) in proc.stderr and proc.stderr.count("\n") == 1


def test_precedence_for_a_context_default(run, cfg, tmp_path):
    """sender: flag > context file > environment > config file > default (no signature)."""
    cfg.parent.mkdir(parents=True)
    cfg.write_text('sender = "File Name"\n')
    env = {"LLMDRAFT_CONFIG": str(cfg)}

    def signed(*extra, environ=None):
        proc = run("draft", *ARGS, *extra, env={**env, **(environ or {})})
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.strip().splitlines()[-1].split()[0]  # a peer signs with a first name

    assert signed() == "File"
    assert signed(environ={"LLMDRAFT_SENDER": "Env Name"}) == "Env"
    context = tmp_path / "c.yaml"
    context.write_text("sender: Context Name\n")
    assert signed("--context", context, environ={"LLMDRAFT_SENDER": "Env Name"}) == "Context"
    assert signed("--from", "Flag Name", "--context", context) == "Flag"
    unsigned = run("draft", *ARGS, env={"LLMDRAFT_CONFIG": str(tmp_path / "none")}).stdout
    assert "File" not in unsigned and not unsigned.rstrip().endswith("Name")  # no sender: no signature


def test_configured_channel_is_for_requests(run, cfg):
    cfg.parent.mkdir(parents=True)
    cfg.write_text('channel = "email"\n')
    env = {"LLMDRAFT_CONFIG": str(cfg)}
    assert run("draft", *ARGS, env=env).stdout.startswith("Subject:")
    # Without a request in the history to follow, a reminder keeps its own channel (with one,
    # it goes where the request went: tests/test_history_cli.py).
    follow = run("followup", *ARGS, "--days-since", "10", "--json", "--no-history", env=env)
    assert json.loads(follow.stdout)["subject"] is None  # still a linkedin-message


def test_precedence_for_the_model_and_base_url(run, cfg):
    with ChatServer() as server:
        server.default = reply(GOOD)
        cfg.parent.mkdir(parents=True)
        cfg.write_text(f'base_url = "{server.base_url}"\nmodel = "file-model"\n')
        env = {"LLMDRAFT_CONFIG": str(cfg)}

        def model_sent(*extra, environ=None):
            proc = run("draft", *ARGS, "--no-cache", "--json", *extra, env={**env, **(environ or {})})
            assert proc.returncode == 0, proc.stderr
            assert json.loads(proc.stdout)["provider"] == "openai"  # auto: the file's base URL
            return server.chat_requests[-1].body["model"]

        assert model_sent() == "file-model"
        assert model_sent(environ={"LLMDRAFT_MODEL": "env-model"}) == "env-model"
        assert model_sent("--model", "flag-model", environ={"LLMDRAFT_MODEL": "env-model"}) == "flag-model"
        # the provider too: the environment says offline, the flag says openai
        proc = run("draft", *ARGS, "--json", env={**env, "LLMDRAFT_PROVIDER": "offline"})
        assert json.loads(proc.stdout)["provider"] == "offline"


def test_config_cache_dir(run, cfg, tmp_path):
    cfg.parent.mkdir(parents=True)
    cfg.write_text(f'cache_dir = "{tmp_path / "mine"}"\n')
    environ = {"LLMDRAFT_CONFIG": str(cfg)}
    # the run fixture sets LLMDRAFT_CACHE_DIR, which wins; without it the file's folder is used
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LLMDRAFT_", "OPENAI_"))}
    env.update(environ)
    out = subprocess.run([sys.executable, "-m", "llmdraft", "cache", "info", "--json"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert json.loads(out.stdout)["path"] == str(tmp_path / "mine")
    assert json.loads(run("cache", "info", "--json", env=environ).stdout)["path"] != str(tmp_path / "mine")


def test_ignored_model_and_temperature_are_said(run):
    proc = run("draft", *ARGS, "--model", "gpt-4o-mini")
    assert proc.returncode == 0
    assert "no endpoint configured; drafting offline (--model ignored)" in proc.stderr
    proc = run("draft", *ARGS, "--temperature", "0.3")
    assert "drafting offline (--temperature ignored)" in proc.stderr
    assert "ignored" not in run("draft", *ARGS).stderr
    proc = run("draft", *ARGS, "--provider", "openai", "--temperature", "0.3")
    assert proc.returncode == 2 and "needs OPENAI_API_KEY" in proc.stderr


def test_a_local_servers_only_model_is_used_and_said(run):
    with ChatServer(model="llama3.1") as server:
        server.default = reply(GOOD)
        proc = run("draft", *ARGS, "--json", env={"OPENAI_BASE_URL": server.base_url})
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["model"] == "llama3.1"
        assert "using llama3.1" in proc.stderr
        assert server.chat_requests[0].body["model"] == "llama3.1"


def test_several_models_is_an_error_listing_them(run):
    with ChatServer(models=["qwen2.5", "llama3.1", "phi4"]) as server:
        proc = run("draft", *ARGS, env={"OPENAI_BASE_URL": server.base_url})
        assert proc.returncode == 2 and server.calls == 0
        assert "serves 3 models" in proc.stderr and "qwen2.5, llama3.1, phi4" in proc.stderr


def test_404_without_v1_hints_at_v1(run):
    with ChatServer() as server:
        root = server.base_url[: -len("/v1")]
        proc = run("draft", *ARGS, "--base-url", root, "--model", "m")
        assert proc.returncode == 3 and f"try {root}/v1" in proc.stderr
        proc = run("draft", *ARGS, "--base-url", root)  # the model lookup says the same
        assert proc.returncode == 3 and f"try {root}/v1" in proc.stderr


def test_connection_refused_names_the_url(run):
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    proc = run("draft", *ARGS, "--base-url", url, "--model", "m", "--retries", "0")
    assert proc.returncode == 3 and f"connection refused by {url}" in proc.stderr
    proc = run("models", "--base-url", url)
    assert proc.returncode == 3 and url in proc.stdout


def test_llama_cpp_python_500_falls_back_like_a_400(run):
    """llama_cpp.server 0.3.x answers 500 with a validation error naming response_format: one
    refused call, then plain text; not five retries and exit 3."""
    with ChatServer() as server:
        server.default = llama_cpp_python(reply(GOOD))
        proc = run("draft", *ARGS, "--base-url", server.base_url, "--model", "local", "--json")
        assert proc.returncode == 0, proc.stderr
        assert server.calls == 2
        first, second = server.chat_requests
        assert first.body["response_format"]["type"] == "json_schema"
        assert "response_format" not in second.body
        # remembered for the endpoint: the next process asks for plain text at once
        server.reset()
        proc = run("draft", *ARGS, "--base-url", server.base_url, "--model", "local", "--refresh")
        assert proc.returncode == 0 and server.calls == 1


def test_a_500_about_something_else_is_still_retried(run):
    with ChatServer() as server:
        server.script(status(500), status(500))
        server.default = reply(GOOD)
        proc = run("draft", *ARGS, "--base-url", server.base_url, "--model", "m", "--json")
        assert proc.returncode == 0, proc.stderr
        assert "response_format" in server.chat_requests[-1].body  # no fallback for a plain 500


def test_provider_fallback_with_the_real_client():
    from llmdraft.providers.base import ProviderRequest
    from llmdraft.providers.openai_compat import OpenAIProvider, RetryPolicy

    with ChatServer() as server:
        server.default = llama_cpp_python(reply('{"subject": null, "message": "Hi John"}'))
        provider = OpenAIProvider(model="m", base_url=server.base_url, api_key="k",
                                  retry=RetryPolicy(retries=4, base=0.01))
        from llmdraft.kinds import Request

        request = Request.of("request", {"recipient": "John Rivera", "project": "P",
                                         "strengths": ["s"]})
        answer = provider.complete(ProviderRequest("request", request.context,
                                                   ({"role": "user", "content": "x"},)))
        assert provider.refuses_structure and server.calls == 2
        assert "Hi John" in answer.message


def test_models_reports_a_verdict(run):
    with ChatServer(model="llama3.1") as server:
        server.default = reply('{"ok": true}')
        proc = run("models", "--base-url", server.base_url)
        assert proc.returncode == 0, proc.stderr
        assert "llama3.1" in proc.stdout and "verdict   usable" in proc.stdout
        server.default = llama_cpp_python(reply("ok"))
        data = json.loads(run("models", "--base-url", server.base_url, "--json").stdout)
        assert data["json_schema"] is False and data["usable"] is True
        assert data["models"] == ["llama3.1"] and data["latency_ms"] is not None
        proc = run("models", "--base-url", server.base_url, "--model", "gpt-4o")
        assert proc.returncode == 3 and "not among" in proc.stdout and "fix" in proc.stdout
    proc = run("models")  # offline works: the verdict says so, exit 0
    assert proc.returncode == 0 and "no endpoint configured" in proc.stdout
    assert json.loads(run("models", "--json").stdout)["offline"] is True
