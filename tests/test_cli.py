"""The command line as a user runs it: `python -m llmdraft ...` in a subprocess.

Each run gets a controlled environment: a fresh LLMDRAFT_CACHE_DIR under tmp_path, and no
OPENAI_API_KEY / OPENAI_BASE_URL / LLMDRAFT_MODEL unless the test sets them. The model endpoint
is the real HTTP server of tests/chatserver.py (fixture `chat_server`).
"""

from __future__ import annotations

import json

import pytest

from outcomes import one_error_line
from chatserver import (completion_tokens_for, prompt_tokens_for, reject_response_format, reply,
                        status)

# The article's context.
RECIPIENT = "John Rivera"
PROJECT = "Colorado Community Development project"
STRENGTHS = ("organizing a diverse group of volunteers", "project management")
CONTEXT_FLAGS = [
    "--to", RECIPIENT, "--project", PROJECT,
    "--strength", STRENGTHS[0], "--strength", STRENGTHS[1],
]

RESULT_KEYS = {"kind", "message", "subject", "passed", "checks", "attempts", "cached", "provider",
               "model", "usage"}
USAGE_KEYS = {"prompt_tokens", "completion_tokens", "total_tokens"}
# design.md §3: every check name of the contract.
ERROR_CHECKS = {"project_named", "strengths_covered", "reciprocal_offer", "recipient_named",
                "no_placeholders", "within_length", "grounded", "not_default_text"}
WARNING_CHECKS = {"asks_their_strengths", "graceful_out", "thanks", "purpose_stated"}

GOOD_MESSAGE = (
    "Hi John,\n\n"
    "I loved working with you on the Colorado Community Development project. Would you be "
    "willing to write a short LinkedIn recommendation that mentions my work organizing a diverse "
    "group of volunteers and my project management? I'd be glad to write one for you in return. "
    "Thank you!"
)
DEFAULT_TEXT = "Hi John, can you write me a recommendation?"
API_KEY = "sk-test-SECRET123"


# -- helpers ----------------------------------------------------------------------------------

def assert_result_shape(data: dict) -> None:
    assert set(data) == RESULT_KEYS
    assert set(data["usage"]) == USAGE_KEYS
    assert data["kind"] == "request"
    names = {c["name"] for c in data["checks"]}
    assert ERROR_CHECKS | WARNING_CHECKS <= names, ERROR_CHECKS | WARNING_CHECKS - names
    for c in data["checks"]:
        assert set(c) == {"name", "passed", "severity", "detail"}
        assert c["severity"] in ("error", "warning")
        if c["name"] in ERROR_CHECKS:
            assert c["severity"] == "error", c
        if c["name"] in WARNING_CHECKS:
            assert c["severity"] == "warning", c
    failed_errors = [c for c in data["checks"] if c["severity"] == "error" and not c["passed"]]
    assert data["passed"] is (not failed_errors)


def names_everything(message: str) -> None:
    low = message.lower()
    assert "John" in message
    assert PROJECT.lower() in low
    for s in STRENGTHS:  # as typed, or told as a deed ("how I organized a diverse group ...")
        assert s.lower() in low or s.lower().replace("organizing", "organized") in low, s


# -- offline drafts: exit 0 -------------------------------------------------------------------

def test_offline_draft_names_everything_and_offers_in_return(run):
    proc = run("draft", *CONTEXT_FLAGS)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    message = proc.stdout.strip()
    names_everything(message)
    low = message.lower()
    assert any(p in low for p in ("for you", "in return", "return the favour",
                                  "return the favor")), message
    assert "{" not in message and "[" not in message  # nothing left to fill in
    assert not message.startswith("Subject:")  # a LinkedIn request has no subject


def test_offline_draft_json_result_object(run):
    proc = run("draft", *CONTEXT_FLAGS, "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert_result_shape(data)
    assert data["provider"] == "offline"
    assert data["passed"] is True
    assert data["cached"] is False
    assert data["attempts"] == 1
    assert data["subject"] is None
    assert data["usage"] == {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
    names_everything(data["message"])
    # The JSON message is what the plain run prints.
    plain = run("draft", *CONTEXT_FLAGS)
    assert plain.stdout.strip() == data["message"].strip()


def test_provider_auto_without_key_or_base_url_is_offline(run):
    proc = run("draft", *CONTEXT_FLAGS, "--provider", "auto", "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["provider"] == "offline"
    assert data["model"] is None


def test_email_channel_prints_subject_line_first(run):
    proc = run("draft", *CONTEXT_FLAGS, "--channel", "email")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Subject: ") and len(lines[0]) > len("Subject: ")
    assert lines[1] == ""
    assert "John" in proc.stdout
    data = json.loads(run("draft", *CONTEXT_FLAGS, "--channel", "email", "--json").stdout)
    assert data["subject"] and lines[0] == f"Subject: {data['subject']}"


def test_context_file_json(run, tmp_path):
    path = tmp_path / "ctx.json"
    path.write_text(json.dumps({"recipient": RECIPIENT, "project": PROJECT,
                                "strengths": list(STRENGTHS), "relationship": "managed-you"}))
    proc = run("draft", "--context", str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["passed"] is True
    names_everything(data["message"])


def test_context_file_yaml_and_flag_overrides_file(run, tmp_path):
    path = tmp_path / "ctx.yaml"
    path.write_text(
        "recipient: Maria Lopez\n"
        f"project: {PROJECT}\n"
        "strengths: organizing a diverse group of volunteers; project management\n"
        "closeness: close\n"
    )
    from_file = run("draft", "--context", str(path))
    assert from_file.returncode == 0, from_file.stderr
    assert "Maria" in from_file.stdout
    assert PROJECT.lower() in from_file.stdout.lower()
    names_everything(from_file.stdout.replace("Maria", "John"))  # ';' made two strengths

    overridden = run("draft", "--context", str(path), "--to", RECIPIENT)
    assert overridden.returncode == 0, overridden.stderr
    assert "John" in overridden.stdout
    assert "Maria" not in overridden.stdout
    assert PROJECT.lower() in overridden.stdout.lower()  # the file's other keys still apply


@pytest.mark.parametrize("relationship", [
    "recommender_managed_recommendee", "RECOMMENDER_MANAGED_RECOMMENDEE",
    "worked_in_same_group", "Managed-You", "managed_you",
])
def test_linkedin_enum_names_accepted_case_insensitively(run, relationship):
    proc = run("draft", *CONTEXT_FLAGS, "--relationship", relationship)
    assert proc.returncode == 0, proc.stderr
    assert "John" in proc.stdout


def test_linkedin_enum_name_means_the_same_relationship_as_its_slug(run):
    enum = run("draft", *CONTEXT_FLAGS, "--relationship", "recommender_managed_recommendee")
    slug = run("draft", *CONTEXT_FLAGS, "--relationship", "managed-you")
    assert enum.returncode == slug.returncode == 0
    assert enum.stdout == slug.stdout


def test_variant_changes_phrasing_and_is_deterministic(run):
    contexts = [
        CONTEXT_FLAGS,
        CONTEXT_FLAGS + ["--relationship", "client", "--closeness", "close"],
        ["--to", "Anna Lindqvist", "--project", "Halcyon billing rewrite",
         "--strength", "supplier negotiations", "--relationship", "teacher"],
    ]
    differs = False
    for flags in contexts:
        v0 = run("draft", *flags, "--variant", "0")
        v1 = run("draft", *flags, "--variant", "1")
        v1_again = run("draft", *flags, "--variant", "1")
        assert v0.returncode == v1.returncode == v1_again.returncode == 0, (v0.stderr, v1.stderr)
        assert v1.stdout == v1_again.stdout  # the same variant twice: the same text
        differs = differs or v0.stdout != v1.stdout
    assert differs, "--variant 1 never changed the message"


# -- bad input: exit 2, one line ----------------------------------------------------------------

def _ctx_without(flag: str) -> list[str]:
    out, skip = [], False
    for i, item in enumerate(CONTEXT_FLAGS):
        if skip:
            skip = False
            continue
        if item == flag:
            skip = True
            continue
        out.append(item)
    return out


@pytest.mark.parametrize("args, needle", [
    (["draft", *CONTEXT_FLAGS, "--relationship", "best-friend"], "relationship"),
    (["draft", *CONTEXT_FLAGS, "--channel", "carrier-pigeon"], "channel"),
    (["draft", *CONTEXT_FLAGS, "--closeness", "intimate"], "closeness"),
    (["draft", *_ctx_without("--project")], "project"),
    (["draft", *_ctx_without("--to")], "recipient"),
    (["draft", "--to", RECIPIENT, "--project", PROJECT], "strength"),
    (["draft", "--to", RECIPIENT, "--project", PROJECT,
      *[x for i in range(6) for x in ("--strength", f"strength number {i}")]], "5"),
    (["draft", "--to", RECIPIENT, "--project", "x" * 10_000, "--strength", "project management"],
     "project"),
    (["draft", *CONTEXT_FLAGS, "--bogus"], "--bogus"),
    (["draft", *CONTEXT_FLAGS, "--variant", "two"], "--variant"),
    (["draft", *CONTEXT_FLAGS, "--provider", "openai"], "OPENAI_API_KEY"),
    (["draft", *CONTEXT_FLAGS, "--provider", "anthropic"], "provider"),
], ids=["relationship", "channel", "closeness", "no-project", "no-to", "no-strength",
        "six-strengths", "huge-project", "unknown-option", "bad-variant", "openai-no-key",
        "unknown-provider"])
def test_bad_input_is_one_line_and_exit_2(run, args, needle):
    line = one_error_line(run(*args))
    assert needle in line
    assert len(line) < 600  # one readable line, not the 10,000 characters echoed back


def test_missing_context_file(run, tmp_path):
    line = one_error_line(run("draft", "--context", str(tmp_path / "nope.json")))
    assert "nope.json" in line


@pytest.mark.parametrize("name, text", [
    ("broken.json", '{"recipient": "John Rivera", '),
    ("broken.yaml", "recipient: [John\nproject: {\n"),
    ("notes.txt", "recipient: [unclosed\n  - : -\n"),
])
def test_context_file_not_json_or_yaml(run, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    line = one_error_line(run("draft", "--context", str(path)))
    assert name in line


def test_context_file_yaml_list_is_refused(run, tmp_path):
    path = tmp_path / "list.yaml"
    path.write_text("- recipient: John Rivera\n- project: x\n")
    line = one_error_line(run("draft", "--context", str(path)))
    assert "mapping" in line


def test_check_missing_message_file(run, tmp_path):
    line = one_error_line(run("check", *CONTEXT_FLAGS, "--message-file", str(tmp_path / "no.txt")))
    assert "no.txt" in line


def test_check_empty_message_file(run, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    line = one_error_line(run("check", *CONTEXT_FLAGS, "--message-file", str(path)))
    assert "empty" in line


# -- check --------------------------------------------------------------------------------------

def test_check_good_message_passes(run, tmp_path):
    path = tmp_path / "msg.txt"
    path.write_text(GOOD_MESSAGE)
    proc = run("check", *CONTEXT_FLAGS, "--message-file", str(path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "FAIL" not in proc.stdout
    assert proc.stdout.strip().splitlines()[-1] == "passed"


def test_check_default_text_fails_naming_the_checks(run, tmp_path):
    path = tmp_path / "msg.txt"
    path.write_text(DEFAULT_TEXT)
    proc = run("check", *CONTEXT_FLAGS, "--message-file", str(path))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    failed = {line.split()[1] for line in proc.stdout.splitlines() if line.startswith("FAIL")}
    assert {"project_named", "strengths_covered", "reciprocal_offer", "not_default_text"} <= failed
    assert "recipient_named" not in failed  # it does greet John
    assert "Traceback" not in proc.stderr


def test_check_reads_stdin(run):
    good = run("check", *CONTEXT_FLAGS, "--message-file", "-", input=GOOD_MESSAGE)
    assert good.returncode == 0, good.stdout + good.stderr
    bad = run("check", *CONTEXT_FLAGS, "--message-file", "-", input=DEFAULT_TEXT)
    assert bad.returncode == 1
    empty = run("check", *CONTEXT_FLAGS, "--message-file", "-", input="")
    one_error_line(empty)


def test_check_json_shape(run, tmp_path):
    path = tmp_path / "msg.txt"
    path.write_text(DEFAULT_TEXT)
    proc = run("check", *CONTEXT_FLAGS, "--message-file", str(path), "--json")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert_result_shape(data)
    assert data["provider"] == "none"
    assert data["passed"] is False
    assert data["message"] == DEFAULT_TEXT
    assert data["cached"] is False
    failed = {c["name"] for c in data["checks"] if not c["passed"]}
    assert {"project_named", "strengths_covered", "reciprocal_offer", "not_default_text"} <= failed

    path.write_text(GOOD_MESSAGE)
    ok = run("check", *CONTEXT_FLAGS, "--message-file", str(path), "--json")
    assert ok.returncode == 0, ok.stdout
    data = json.loads(ok.stdout)
    assert_result_shape(data)
    assert data["passed"] is True and data["provider"] == "none"


def test_check_subject_is_checked(run, tmp_path):
    path = tmp_path / "msg.txt"
    path.write_text(GOOD_MESSAGE)
    proc = run("check", *CONTEXT_FLAGS, "--channel", "email", "--message-file", str(path),
               "--subject", "[Subject]", "--json")
    data = json.loads(proc.stdout)
    assert data["subject"] == "[Subject]"
    assert proc.returncode == 1
    assert not next(c for c in data["checks"] if c["name"] == "no_placeholders")["passed"]


# -- the model endpoint -------------------------------------------------------------------------

def endpoint_args(server) -> list[str]:
    return ["--base-url", server.base_url, "--model", "test-model"]


KEY_ENV = {"OPENAI_API_KEY": API_KEY}


def structured(message: str, subject: str | None = None) -> str:
    return json.dumps({"subject": subject, "message": message})


def no_secret(proc) -> None:
    assert API_KEY not in proc.stdout
    assert API_KEY not in proc.stderr
    assert "SECRET123" not in proc.stdout + proc.stderr


def test_endpoint_good_reply(run, chat_server, cache_dir):
    chat_server.default = reply(structured(GOOD_MESSAGE))
    proc = run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--json", env=KEY_ENV)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert_result_shape(data)
    assert data["provider"] == "openai"
    assert data["model"] == "test-model"
    assert data["message"] == GOOD_MESSAGE
    assert data["passed"] is True and data["cached"] is False and data["attempts"] == 1
    usage = data["usage"]
    assert usage["prompt_tokens"] > 0 and usage["completion_tokens"] > 0
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert chat_server.calls == 1
    request = chat_server.chat_requests[0]
    assert request.body["model"] == "test-model"
    assert request.headers["authorization"] == f"Bearer {API_KEY}"  # the key was in use ...
    no_secret(proc)  # ... and is printed nowhere
    for f in cache_dir.rglob("*"):  # nor stored in the cache
        if f.is_file():
            assert b"SECRET123" not in f.read_bytes(), f


def test_endpoint_plain_output_is_the_message(run, chat_server):
    chat_server.default = reply(structured(GOOD_MESSAGE))
    proc = run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--no-cache", env=KEY_ENV)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == GOOD_MESSAGE


def test_auto_with_base_url_env_uses_openai_and_sends_a_dummy_key(run, chat_server):
    chat_server.default = reply(structured(GOOD_MESSAGE))
    proc = run("draft", *CONTEXT_FLAGS, "--json", "--no-cache",
               env={"OPENAI_BASE_URL": chat_server.base_url, "LLMDRAFT_MODEL": "env-model"})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["provider"] == "openai"
    assert data["model"] == "env-model"
    assert chat_server.calls == 1
    assert chat_server.chat_requests[0].body["model"] == "env-model"
    assert chat_server.chat_requests[0].headers.get("authorization", "").startswith("Bearer ")


def test_endpoint_500_after_retries_exit_3(run, chat_server):
    chat_server.default = status(500, headers={"Retry-After": "0"})
    proc = run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--retries", "1",
               env=KEY_ENV)
    assert proc.returncode == 3, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("llmdraft: error:")
    assert "500" in lines[0] or "fail" in lines[0].lower()
    assert proc.stdout == ""
    assert chat_server.calls == 2  # the call and one retry
    no_secret(proc)


def test_endpoint_401_exit_3_not_retried_no_key_leak(run, chat_server):
    chat_server.default = status(401)
    proc = run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--retries", "1",
               env=KEY_ENV)
    no_secret(proc)
    assert chat_server.calls == 1  # not retried
    assert "Traceback" not in proc.stderr, proc.stderr[-300:]
    assert proc.returncode == 3, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("llmdraft: error:"), proc.stderr
    assert "401" in lines[0]
    assert proc.stdout == ""


def test_every_attempt_fails_checks_exit_1(run, chat_server):
    chat_server.default = reply(structured(DEFAULT_TEXT))
    proc = run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--max-attempts", "2",
               "--json", env=KEY_ENV)
    assert proc.returncode == 1, proc.stderr
    assert chat_server.calls == 2
    data = json.loads(proc.stdout)
    assert data["passed"] is False and data["attempts"] == 2
    failed_lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("llmdraft: failed ")]
    failed = {ln.split()[2].rstrip(":") for ln in failed_lines}
    assert {"project_named", "strengths_covered", "reciprocal_offer", "not_default_text"} <= failed
    assert "Traceback" not in proc.stderr
    # usage summed over both attempts (the server's counts are deterministic)
    requests = chat_server.chat_requests
    assert data["usage"]["completion_tokens"] == 2 * completion_tokens_for(structured(DEFAULT_TEXT))
    assert data["usage"]["prompt_tokens"] == sum(prompt_tokens_for(r.body) for r in requests)
    assert data["usage"]["total_tokens"] == (data["usage"]["prompt_tokens"]
                                             + data["usage"]["completion_tokens"])
    # the re-ask carries the failed draft back to the model
    reask = json.dumps(chat_server.chat_requests[1].body["messages"])
    assert "can you write me a recommendation" in reask
    # a failed draft is not cached: the same run calls the endpoint again
    again = run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--max-attempts", "2",
                env=KEY_ENV)
    assert again.returncode == 1
    assert chat_server.calls == 4


def test_retry_after_failed_checks_then_good(run, chat_server):
    chat_server.script(reply(structured(DEFAULT_TEXT)), reply(structured(GOOD_MESSAGE)))
    proc = run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--json", env=KEY_ENV)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["attempts"] == 2 and data["message"] == GOOD_MESSAGE
    assert chat_server.calls == 2


def test_cache_hit_no_cache_and_refresh(run, chat_server):
    chat_server.default = reply(structured(GOOD_MESSAGE))
    args = ["draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--json"]

    first = run(*args, env=KEY_ENV)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout)["cached"] is False
    assert chat_server.calls == 1

    hit = run(*args, env=KEY_ENV)
    assert hit.returncode == 0, hit.stderr
    hit_data = json.loads(hit.stdout)
    assert hit_data["cached"] is True
    assert hit_data["message"] == GOOD_MESSAGE
    assert hit_data["provider"] == "openai" and hit_data["model"] == "test-model"
    assert chat_server.calls == 1  # no new call

    # another context is another key
    other = run("draft", *CONTEXT_FLAGS, "--purpose", "job search", *endpoint_args(chat_server),
                "--json", env=KEY_ENV)
    assert json.loads(other.stdout)["cached"] is False
    assert chat_server.calls == 2

    nocache = run(*args, "--no-cache", env=KEY_ENV)
    assert nocache.returncode == 0
    assert json.loads(nocache.stdout)["cached"] is False
    assert chat_server.calls == 3

    # --refresh calls again and overwrites the cached draft with the new one
    newer = GOOD_MESSAGE.replace("I loved working", "I really enjoyed working")
    chat_server.default = reply(structured(newer))
    refreshed = run(*args, "--refresh", env=KEY_ENV)
    assert refreshed.returncode == 0
    assert json.loads(refreshed.stdout)["cached"] is False
    assert json.loads(refreshed.stdout)["message"] == newer
    assert chat_server.calls == 4

    after = run(*args, env=KEY_ENV)
    after_data = json.loads(after.stdout)
    assert after_data["cached"] is True
    assert after_data["message"] == newer
    assert chat_server.calls == 4


def test_cache_row_that_is_json_but_not_a_result_is_a_miss(run, chat_server, cache_dir):
    import diskcache

    chat_server.default = reply(structured(GOOD_MESSAGE))
    args = ["draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--json"]
    assert run(*args, env=KEY_ENV).returncode == 0
    with diskcache.Cache(str(cache_dir / "drafts")) as raw:
        keys = list(raw.iterkeys())
        assert len(keys) == 1
        raw.set(keys[0], '{"message": "tampered"}')
    proc = run(*args, env=KEY_ENV)
    assert "Traceback" not in proc.stderr, proc.stderr[-300:]
    assert proc.returncode == 0
    data = json.loads(proc.stdout)
    assert data["message"] == GOOD_MESSAGE and data["cached"] is False
    assert chat_server.calls == 2


def test_offline_drafts_are_not_cached(run):
    assert run("draft", *CONTEXT_FLAGS).returncode == 0
    info = json.loads(run("cache", "info", "--json").stdout)
    assert info["entries"] == 0


# -- cache info / clear -------------------------------------------------------------------------

def test_cache_info_and_clear(run, chat_server, cache_dir):
    info = run("cache", "info")
    assert info.returncode == 0, info.stderr
    assert str(cache_dir) in info.stdout
    assert "entries  0" in info.stdout
    assert "size" in info.stdout and "bytes" in info.stdout

    chat_server.default = reply(structured(GOOD_MESSAGE))
    assert run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), env=KEY_ENV).returncode == 0

    info = run("cache", "info", "--json")
    assert info.returncode == 0
    data = json.loads(info.stdout)
    assert set(data) == {"path", "entries", "size_bytes"}
    assert data["path"] == str(cache_dir)
    assert data["entries"] == 1
    assert isinstance(data["size_bytes"], int) and data["size_bytes"] > 0
    assert "entries  1" in run("cache", "info").stdout

    cleared = run("cache", "clear")
    assert cleared.returncode == 0, cleared.stderr
    assert "1" in cleared.stdout
    assert json.loads(run("cache", "info", "--json").stdout)["entries"] == 0

    # cleared means the next identical draft calls the endpoint again
    calls = chat_server.calls
    again = run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), "--json", env=KEY_ENV)
    assert json.loads(again.stdout)["cached"] is False
    assert chat_server.calls == calls + 1


def test_cache_folder_is_private(run, cache_dir):
    assert run("cache", "info").returncode == 0
    assert cache_dir.is_dir()
    assert (cache_dir.stat().st_mode & 0o777) == 0o700


# -- inputs that once gave a traceback (from the review of the first version) ------------------

@pytest.mark.parametrize("extra, message", [
    (["--purpose", "..."], "purpose '...' has no letters or digits"),
    (["--to", "."], "recipient '.' has no letters or digits"),
    (["--base-url", "http://[::1"], "is not a URL"),
    (["--base-url", "localhost:11434/v1"], "needs http:// or https://"),
])
def test_former_tracebacks_are_one_line_exit_2(run, extra, message):
    proc = run("draft", *CONTEXT_FLAGS, *extra)
    assert proc.returncode == 2, proc.stderr
    assert message in one_error_line(proc)


def test_infinite_max_chars_in_a_context_file(run, tmp_path):
    path = tmp_path / "ctx.yaml"
    path.write_text("recipient: John Rivera\nproject: Apollo\nstrengths: [testing]\n"
                    "max_chars: .inf\n")
    proc = run("draft", "--context", str(path))
    assert proc.returncode == 2 and "max_chars must be a whole number" in one_error_line(proc)


def test_second_400_after_the_response_format_fallback_is_exit_3(run, chat_server):
    chat_server.script(reject_response_format(), status(400))
    proc = run("draft", *CONTEXT_FLAGS, *endpoint_args(chat_server), env=KEY_ENV)
    assert proc.returncode == 3, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "400" in lines[0] and "Traceback" not in proc.stderr
    assert chat_server.calls == 2


def test_check_reads_a_subject_line_and_bounds_the_message(run, tmp_path):
    message = tmp_path / "m.txt"
    message.write_text("Subject: A recommendation for Colorado?\n\n" + GOOD_MESSAGE)
    proc = run("check", "--message-file", str(message), *CONTEXT_FLAGS, "--channel", "email",
               "--json")
    data = json.loads(proc.stdout)
    assert data["subject"] == "A recommendation for Colorado?"
    assert not data["message"].startswith("Subject")
    message.write_text("x" * 30_000)
    proc = run("check", "--message-file", str(message), *CONTEXT_FLAGS)
    assert proc.returncode == 2 and "30,000 characters" in one_error_line(proc)


def test_a_print_only_command_ends_without_teardown_and_leaves_nothing_undone(run, history_db, cache_dir, tmp_path):
    """`run()` ends a draft, a check, a follow-up or a recommendation with os._exit once its
    output is flushed: the output, the exit code, the history row and the pattern cache are
    what the full teardown (LLMDRAFT_FULL_EXIT=1) leaves."""
    args = ["draft", "--to", "Ana Ruiz", "--project", "the billing rewrite", "--strength", "SQL",
            "--provider", "offline", "--no-cache"]
    fast, full = run(*args), run(*args, env={"LLMDRAFT_FULL_EXIT": "1"})
    assert fast.returncode == full.returncode == 0
    assert fast.stdout == full.stdout and fast.stdout.startswith("Hi Ana")
    assert list(cache_dir.glob("patterns-*.json"))  # written before the exit
    listed = run("history", "list", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 2  # both recorded
    message = tmp_path / "message.txt"
    message.write_text("Hi Ana, could you write me a recommendation? Thanks!")
    checked = run("check", "--message-file", message, "--to", "Ana Ruiz", "--project",
                  "the billing rewrite", "--strength", "SQL")
    assert checked.returncode == 1 and "failed:" in checked.stdout  # a failed check still says why
