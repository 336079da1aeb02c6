"""`llmdraft serve`'s HTTP API, against a live uvicorn on 127.0.0.1 that the tests start (the
real command, in its own process), with the local Chat Completions server as the model."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
import zipfile

import pytest

from chatserver import ChatServer, reply, slow, status
from contexts import ARTICLE, DEFAULT_TEXT, GOOD_REPLY, good_reply_for
from servekit import ROOT, SENTINEL_KEY, LiveServer, csrf_of, multipart

CONTEXT = {"recipient": "John Rivera", "project": "Colorado Community Development project",
           "strengths": ["organizing a diverse group of volunteers", "project management"]}


def structured(message: str, subject: str | None = None) -> str:
    return json.dumps({"subject": subject, "message": message})


def good(body: dict):
    return reply(structured(good_reply_for(body)))


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("offline"), "--provider", "offline") as server:
        yield server


@pytest.fixture(scope="module")
def chat():
    with ChatServer() as server:
        yield server


@pytest.fixture(scope="module")
def model(tmp_path_factory, chat):
    env = {"OPENAI_BASE_URL": chat.base_url, "OPENAI_API_KEY": SENTINEL_KEY}
    with LiveServer(tmp_path_factory.mktemp("model"), "--request-timeout", "3",
                    env=env) as server:
        yield server


@pytest.fixture
def fresh_chat(chat):
    chat.reset()
    chat.default = good
    yield chat
    chat.reset()
    chat.default = good


def cli_error(tmp_path, *args: str) -> str:
    """The one line the CLI prints for the same bad input, without its 'llmdraft: error: '."""
    proc = subprocess.run([sys.executable, "-m", "llmdraft", *args], capture_output=True,
                          text=True, cwd=tmp_path, timeout=60,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
                               "LLMDRAFT_CACHE_DIR": str(tmp_path / "c")})
    assert proc.returncode == 2, proc.stderr
    return proc.stderr.strip().removeprefix("llmdraft: error: ")


# -- health, meta, the schema --------------------------------------------------------------------

def test_health_says_what_runs(offline):
    code, headers, data = offline.get("/v1/health")
    assert code == 200
    assert data["provider"] == "offline" and data["model"] is None
    assert data["version"] and data["cache"] == {"enabled": False}
    assert headers["x-content-type-options"] == "nosniff"
    assert "default-src 'self'" in headers["content-security-policy"]


def test_health_of_a_model_server_shows_no_key_or_url(model):
    code, _, data = model.get("/v1/health")
    assert code == 200
    assert data["provider"] == "openai" and data["model"] == "test-model"  # the local server's only model
    assert data["cache"]["enabled"] is True and data["cache"]["entries"] >= 0
    assert SENTINEL_KEY not in json.dumps(data) and "127.0.0.1" not in json.dumps(data)


def test_meta_and_openapi(offline):
    code, _, meta = offline.get("/v1/meta")
    assert code == 200
    assert len(meta["relationships"]) == 12
    assert {"value": "connection-note", "limit": 200, "subject": False} in meta["channels"]
    code, _, schema = offline.get("/v1/openapi.json")
    assert code == 200
    assert {"/v1/drafts", "/v1/checks", "/v1/batches", "/v1/batches/{batch_id}",
            "/v1/batches/{batch_id}/output", "/v1/who", "/v1/health"} <= set(schema["paths"])
    assert offline.get("/docs")[0] == 404  # the docs page would load its scripts from a CDN


# -- drafts ----------------------------------------------------------------------------------------

def test_draft_answers_the_result_object_with_marks(offline):
    code, _, data = offline.post("/v1/drafts", {"context": CONTEXT})
    assert code == 200, data
    assert data["passed"] is True and data["kind"] == "request" and data["provider"] == "offline"
    assert {"message", "subject", "checks", "attempts", "cached", "model", "usage"} <= set(data)
    assert data["limit"] == 1000
    marked = {h["label"]: data["message"][h["start"]:h["end"]] for h in data["highlights"]}
    assert marked["the project"] == "Colorado Community Development project"
    assert "volunteers" in marked["strength 1"]
    assert "the offer" in marked


def test_draft_matches_the_cli(offline, run):
    code, _, data = offline.post("/v1/drafts", {"context": {**CONTEXT, "channel": "email"},
                                                "variant": 2})
    proc = run("draft", "--to", CONTEXT["recipient"], "--project", CONTEXT["project"],
               "--strength", CONTEXT["strengths"][0], "--strength", CONTEXT["strengths"][1],
               "--channel", "email", "--variant", "2", "--json", "--provider", "offline")
    assert proc.returncode == 0, proc.stderr
    cli = json.loads(proc.stdout)
    assert {k: data[k] for k in cli} == cli
    assert data["subject"]


def test_variants_differ(offline):
    texts = {offline.post("/v1/drafts", {"context": CONTEXT, "variant": n})[2]["message"]
             for n in range(3)}
    assert len(texts) == 3


def test_followup_advice(offline):
    body = {"kind": "followup", "context": CONTEXT, "days_since": 10}
    code, _, data = offline.post("/v1/drafts", body)
    assert code == 200 and data["advice"]["decision"] == "send" and data["message"]
    senior = {**CONTEXT, "relationship": "managed-you"}
    code, _, data = offline.post("/v1/drafts", {**body, "context": senior})
    assert data["advice"]["decision"] == "dont" and data["message"] == ""
    code, _, data = offline.post("/v1/drafts", {**body, "context": senior, "anyway": True})
    assert data["advice"]["decision"] == "dont" and data["message"] and data["passed"]
    code, _, data = offline.post("/v1/drafts", {**body, "days_since": 2})
    assert data["advice"]["decision"] == "wait" and data["advice"]["send_after"]
    code, _, data = offline.post("/v1/drafts", {**body, "reminders_sent": 1})
    assert data["advice"]["decision"] == "dont"


def test_recommendation(offline):
    code, _, data = offline.post("/v1/drafts", {"kind": "recommendation", "context": {
        **CONTEXT, "recipient": "Dana Holt", "sender": "John Rivera"}})
    assert code == 200 and data["kind"] == "recommendation" and data["limit"] == 3000


@pytest.mark.parametrize("context, flags", [
    ({"recipient": "John Rivera", "project": "Apollo"}, ["--to", "John Rivera", "--project", "Apollo"]),
    ({**CONTEXT, "relationship": "boss"}, ["--to", "John Rivera", "--project", "Apollo",
                                           "--strength", "x", "--relationship", "boss"]),
    ({**CONTEXT, "project": "p" * 201}, ["--to", "John Rivera", "--project", "p" * 201,
                                         "--strength", "x"]),
    ({**CONTEXT, "recipient": "Jo\x1bhn"}, ["--to", "Jo\x1bhn", "--project", "Apollo",
                                            "--strength", "x"]),
    ({**CONTEXT, "strengths": ["a", "b", "c", "d", "e", "f"]},
     ["--to", "John Rivera", "--project", "Apollo"] + [a for s in "abcdef" for a in ("--strength", s)]),
])
def test_bad_input_is_422_with_the_clis_line(offline, tmp_path, context, flags):
    code, _, data = offline.post("/v1/drafts", {"context": context})
    assert code == 422
    assert data == {"error": cli_error(tmp_path, "draft", *flags)}


def test_bad_bodies_are_one_line(offline):
    code, _, data = offline.request("POST", "/v1/drafts", "{not json",
                                    headers={"Content-Type": "application/json"})
    assert code == 400 and data == {"error": "the body is not valid JSON"}
    code, _, data = offline.post("/v1/drafts", {"context": CONTEXT, "colour": "red"})
    assert code == 422 and data == {"error": "colour: unknown field"}
    code, _, data = offline.post("/v1/drafts", {"context": {**CONTEXT, "colour": "red"}})
    assert code == 422 and data["error"].startswith("unknown context key 'colour'")
    code, _, data = offline.post("/v1/drafts", {"context": CONTEXT, "variant": "x"})
    assert code == 422 and "\n" not in data["error"] and data["error"].startswith("variant:")
    code, _, data = offline.post("/v1/drafts", {"kind": "poem", "context": CONTEXT})
    assert code == 422 and data["error"].startswith("unknown kind 'poem'")
    code, _, data = offline.post("/v1/drafts", {})
    assert code == 422 and data == {"error": "context: Field required"}
    assert offline.get("/v1/nothing")[:3:2] == (404, {"error": "not found"})
    assert offline.request("DELETE", "/v1/drafts", headers={"Content-Type": "application/json"})[0] == 405


# -- checks ----------------------------------------------------------------------------------------

def test_check_own_text(offline):
    code, _, data = offline.post("/v1/checks", {"context": ARTICLE, "message": GOOD_REPLY})
    assert code == 200 and data["passed"] and data["provider"] == "none"
    code, _, data = offline.post("/v1/checks", {"context": ARTICLE, "message": DEFAULT_TEXT})
    failed = {c["name"] for c in data["checks"] if not c["passed"]}
    assert code == 200 and not data["passed"] and "not_default_text" in failed
    code, _, data = offline.post("/v1/checks", {"context": {**ARTICLE, "channel": "email"},
                                                "message": "Subject: A favour\n\n" + GOOD_REPLY})
    assert data["subject"] == "A favour"


def test_check_refuses_what_the_cli_refuses(offline):
    code, _, data = offline.post("/v1/checks", {"context": ARTICLE, "message": "  "})
    assert code == 422 and data == {"error": "the message to check is empty"}
    code, _, data = offline.post("/v1/checks", {"context": ARTICLE, "message": "x" * 20_001})
    assert code == 422 and "20,000" in data["error"]
    code, _, data = offline.post("/v1/checks", {"context": ARTICLE, "message": "Hi \x1b[2J"})
    assert code == 422 and "U+001B" in data["error"]


# -- with a model ----------------------------------------------------------------------------------

def test_model_draft_through_the_chat_server(model, fresh_chat):
    code, _, data = model.post("/v1/drafts", {"context": CONTEXT})
    assert code == 200, data
    assert data["provider"] == "openai" and data["model"] == "test-model" and data["passed"]
    assert data["usage"]["total_tokens"] > 0 and fresh_chat.calls == 1
    code, _, again = model.post("/v1/drafts", {"context": CONTEXT})
    assert again["cached"] is True and fresh_chat.calls == 1
    sent = fresh_chat.chat_requests[0]
    assert sent.headers["authorization"] == f"Bearer {SENTINEL_KEY}"  # it reached the model only


def test_model_refusal_is_502_and_outage_503(model, fresh_chat):
    fresh_chat.default = status(401)
    code, _, data = model.post("/v1/drafts", {"context": {**CONTEXT, "project": "Refused"}})
    assert code == 502 and data["error"].startswith("the model endpoint failed")
    assert SENTINEL_KEY not in json.dumps(data)
    fresh_chat.default = status(503)
    fresh_chat.script(status(503), status(503))
    started = time.monotonic()
    code, _, data = model.post("/v1/drafts", {"context": {**CONTEXT, "project": "Down"}})
    assert code in (503, 504), data
    assert time.monotonic() - started < 10
    assert SENTINEL_KEY not in json.dumps(data)


def test_slow_model_is_504_within_the_request_timeout(model, fresh_chat):
    fresh_chat.default = slow(6, then=None)
    started = time.monotonic()
    code, _, data = model.post("/v1/drafts", {"context": {**CONTEXT, "project": "Slow"}})
    assert code == 504 and data == {"error": "no answer within 3 s"}
    assert time.monotonic() - started < 5


def test_the_key_never_reaches_a_client(model, fresh_chat):
    fresh_chat.default = status(400, body={"error": {"message": f"bad key {SENTINEL_KEY}"}})
    seen = [model.post("/v1/drafts", {"context": {**CONTEXT, "project": "Echo"}})]
    for path in ("/", "/static/app.js", "/static/style.css", "/v1/health", "/v1/meta",
                 "/v1/openapi.json", "/v1/batches"):
        seen.append(model.get(path))
    for code, headers, body in seen:
        assert SENTINEL_KEY not in json.dumps(headers) + str(body)
    assert seen[0][0] == 502 and "[redacted]" in seen[0][2]["error"]


# -- LinkedIn export -------------------------------------------------------------------------------

def export_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for path in (ROOT / "examples" / "linkedin-export").iterdir():
            zf.write(path, f"Basic_LinkedInDataExport/{path.name}")
    return buffer.getvalue()


def test_who_reads_an_export_zip(offline):
    code, _, people = offline.request("POST", "/v1/who", export_zip(),
                                      headers={"Content-Type": "application/zip"})
    assert code == 200, people
    assert people and {"recipient", "reason", "connected_on", "recipient_role"} <= set(people[0])
    assert people[0]["you_recommended_them"] is True
    body, kind = multipart({}, {"file": ("export.zip", export_zip(), "application/zip")})
    code, _, data = offline.request("POST", "/v1/who?limit=2", body,
                                    headers={"Content-Type": kind,
                                             "X-CSRF-Token": csrf_of(offline)})
    assert code == 200 and len(data) == 2


def test_who_bad_zip_is_one_line(offline):
    code, _, data = offline.request("POST", "/v1/who", b"PK\x03\x04 not really a zip",
                                    headers={"Content-Type": "application/zip"})
    assert code == 422 and "export.zip" in data["error"] and "/tmp" not in data["error"]
    code, _, data = offline.request("POST", "/v1/who", b"", headers={"Content-Type": "application/zip"})
    assert code == 400


# -- batches ---------------------------------------------------------------------------------------

def test_batch_runs_in_the_background_and_writes_what_the_cli_writes(offline, run, tmp_path):
    source = (ROOT / "examples" / "students.csv").read_bytes()
    code, _, batch = offline.request("POST", "/v1/batches?filename=students.csv&sender=Dana%20Holt",
                                     source, headers={"Content-Type": "text/csv"})
    assert code == 202, batch
    assert batch["state"] in ("queued", "running", "done") and batch["total"] > 0
    done = offline.wait_batch(batch["id"])
    assert done["state"] == "done" and done["done"] == done["total"]
    assert done["error"] == 1 and done["ok"] + done["failed"] == done["total"] - 1
    code, headers, body = offline.get(f"/v1/batches/{batch['id']}/output")
    assert code == 200 and headers["content-type"].startswith("text/csv")
    assert 'filename="drafts-students.csv"' in headers["content-disposition"]
    proc = run("batch", ROOT / "examples" / "students.csv", "-o", tmp_path / "cli.csv",
               "--from", "Dana Holt", "--provider", "offline", "-q")
    assert proc.returncode == 1, proc.stderr  # the file has an error row on purpose
    assert body.encode("utf-8") == (tmp_path / "cli.csv").read_bytes()
    code, _, rows = offline.get(f"/v1/batches/{batch['id']}/rows")
    assert rows["total"] == done["total"]
    assert [r["row"] for r in rows["rows"]] == list(range(1, done["total"] + 1))
    assert any(r["status"] == "error" and "strength" in r["error"] for r in rows["rows"])
    listed = offline.get("/v1/batches")[2]
    assert batch["id"] in [b["id"] for b in listed]


def test_batch_form_upload_needs_the_csrf_token(offline):
    body, kind = multipart({"project": "Apollo", "strengths": ["testing", "docs"]},
                           {"file": ("people.csv", b"recipient\nAda Obi\nGrace Hopper\n", "text/csv")})
    code, _, data = offline.request("POST", "/v1/batches", body, headers={"Content-Type": kind})
    assert code == 403 and "X-CSRF-Token" in data["error"]
    code, _, data = offline.request("POST", "/v1/batches", body,
                                    headers={"Content-Type": kind, "X-CSRF-Token": "wrong"})
    assert code == 403
    code, _, data = offline.request("POST", "/v1/batches", body,
                                    headers={"Content-Type": kind, "X-CSRF-Token": csrf_of(offline)})
    assert code == 202, data
    done = offline.wait_batch(data["id"])
    assert done["ok"] == 2 and done["filename"] == "people.csv"
    rows = offline.get(f"/v1/batches/{data['id']}/output")[2]
    assert "Apollo" in rows and "testing" in rows.lower()


def test_batch_bad_inputs(offline):
    post = lambda body, query="", kind="text/csv": offline.request(  # noqa: E731
        "POST", "/v1/batches" + query, body, headers={"Content-Type": kind})
    code, _, data = post(b"")
    assert code == 400 and data["error"] == "the upload is empty"
    code, _, data = post(b"recipient\n", "?filename=empty.csv")
    assert code == 422 and data["error"] == "empty.csv has a header but no rows"
    code, _, data = post(b"\x00\x01\x02binary" * 20, "?filename=x.csv")
    assert code == 422 and "x.csv" in data["error"] and "data/" not in data["error"]
    code, _, data = post(b"recipient\nAda\n", "?relationship=boss")
    assert code == 422 and data["error"].startswith("the defaults: unknown relationship 'boss'")
    code, _, data = post(b"recipient\nAda\n", "?colour=red")
    assert code == 422 and "unknown batch default 'colour'" in data["error"]
    code, _, data = post(b"recipient\nAda\n", "?kind=poem")
    assert code == 422 and data["error"].startswith("unknown kind 'poem'")
    code, _, data = post(b"recipient\nAda\n", kind="application/json")
    assert code == 400
    assert offline.get("/v1/batches/0123456789abcdef01234567")[0] == 404
    assert offline.get("/v1/batches/../../etc/passwd")[0] == 404
    assert offline.get("/v1/batches/nope/output")[0] == 404


def test_batch_caps(tmp_path):
    with LiveServer(tmp_path, "--provider", "offline", "--max-batch-rows", "2",
                    "--max-upload-mb", "0.01") as server:
        code, _, data = server.request("POST", "/v1/batches?project=P&strengths=s",
                                       b"recipient\nA B\nC D\nE F\n",
                                       headers={"Content-Type": "text/csv"})
        assert code == 422 and data["error"] == "upload.csv has 3 rows; this server takes at most 2 in one batch"
        big = b"recipient\n" + b"Ada Obi\n" * 2000
        code, _, data = server.request("POST", "/v1/batches", big,
                                       headers={"Content-Type": "text/csv"})
        assert code == 413 and "10,485" in data["error"]
        # No Content-Length: counted as it arrives.
        chunked = b"".join(b"%x\r\n%s\r\n" % (len(big[i:i + 4000]), big[i:i + 4000])
                           for i in range(0, len(big), 4000)) + b"0\r\n\r\n"
        code, _, data = server.request("POST", "/v1/batches", chunked,
                                       headers={"Content-Type": "text/csv",
                                                "Transfer-Encoding": "chunked"})
        assert code == 413


def test_oversized_json_is_413(offline):
    code, _, data = offline.post("/v1/checks", {"context": ARTICLE, "message": "x" * 300_000})
    assert code == 413 and data["error"].startswith("the request is over the limit")


def test_output_before_done_is_409(model, fresh_chat):
    fresh_chat.default = lambda body: slow(0.5, then=good(body))
    rows = "recipient,project,strengths\n" + "".join(
        f"Person {n} Smith,Apollo,testing\n" for n in range(4))
    code, _, batch = model.request("POST", "/v1/batches", rows, headers={"Content-Type": "text/csv"})
    assert code == 202
    code, _, data = model.get(f"/v1/batches/{batch['id']}/output")
    assert code == 409 and "its output is ready when it is done" in data["error"]
    assert model.wait_batch(batch["id"])["ok"] == 4


# -- the guard -------------------------------------------------------------------------------------

@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "localhost.evil.example", ""])
def test_host_header_attack(offline, host):
    code, _, data = offline.get("/v1/health", headers={"Host": host})
    assert code == 400 and data["error"].startswith("unexpected Host header")
    code, _, _ = offline.get("/", headers={"Host": host})
    assert code == 400


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1", "[::1]:80"])
def test_local_hosts_are_fine(offline, host):
    assert offline.get("/v1/health", headers={"Host": host})[0] == 200


def test_cross_site_writes_are_refused(offline):
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    assert offline.request("POST", "/v1/drafts", "context=x", headers=form)[0] == 403
    plain = {"Content-Type": "text/plain"}
    assert offline.request("POST", "/v1/drafts", json.dumps({"context": CONTEXT}),
                           headers=plain)[0] == 403
    code, _, data = offline.post("/v1/drafts", {"context": CONTEXT},
                                 headers={"Origin": "http://evil.example"})
    assert code == 403 and "another origin" in data["error"]
    code, _, _ = offline.post("/v1/drafts", {"context": CONTEXT},
                              headers={"Sec-Fetch-Site": "cross-site"})
    assert code == 403
    code, _, _ = offline.post("/v1/drafts", {"context": CONTEXT},
                              headers={"Origin": f"http://127.0.0.1:{offline.port}"})
    assert code == 200


def test_cors_is_off(offline):
    code, headers, _ = offline.request("OPTIONS", "/v1/drafts", headers={
        "Origin": "http://evil.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert "access-control-allow-origin" not in headers
    _, headers, _ = offline.get("/v1/health", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in headers


def test_non_loopback_bind_needs_the_printed_token(tmp_path):
    with LiveServer(tmp_path, "--provider", "offline", host="0.0.0.0") as server:
        token = server.token
        assert token and len(token) >= 20
        assert sum(token in line for line in server.banner) == 1  # printed once
        for path in ("/", "/static/app.js", "/v1/health", "/v1/meta"):
            code, headers, data = server.get(path, auth=False)
            assert code == 401, path
            assert token not in str(data)
        assert server.post("/v1/drafts", {"context": CONTEXT}, auth=False)[0] == 401
        code, _, _ = server.get("/v1/health", auth=False,
                                headers={"Authorization": "Bearer " + "x" * len(token)})
        assert code == 401
        assert server.get("/v1/health")[0] == 200
        assert server.post("/v1/drafts", {"context": CONTEXT})[0] == 200
        # The printed URL: the token becomes a cookie and leaves the address bar.
        code, headers, _ = server.get(f"/?token={token}", auth=False)
        assert code == 303 and headers["location"] == "/"
        cookie = headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        jar = {"Cookie": cookie.split(";")[0]}
        assert server.get("/", auth=False, headers=jar)[0] == 200
        assert server.get("/v1/health", auth=False, headers=jar)[0] == 200
        assert server.get("/?token=wrong", auth=False)[0] == 403
        # The machine's own name is a fine Host; another name is not.
        assert server.get("/v1/health", headers={"Host": "evil.example"})[0] == 400


def test_a_given_token_is_enforced_on_loopback_too(tmp_path):
    with LiveServer(tmp_path, "--provider", "offline",
                    env={"LLMDRAFT_SERVE_TOKEN": "a-long-enough-token"}) as server:
        assert server.token is None  # not printed: the user chose it
        assert server.get("/v1/health", auth=False)[0] == 401
        assert server.get("/v1/health", auth=False, headers={
            "Authorization": "Bearer a-long-enough-token"})[0] == 200


def test_bad_serve_options_are_one_line(tmp_path, run):
    for args, says in ((["--port", "70000"], "--port must be between"),
                       (["--provider", "magic"], "unknown provider 'magic'"),
                       (["--token", "short"], "--token must be at least 8"),
                       (["--concurrency", "0"], "--concurrency must be between")):
        proc = run("serve", "--data-dir", tmp_path / "d", *args)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
        assert says in proc.stderr
    with LiveServer(tmp_path / "a", "--provider", "offline") as server:
        proc = run("serve", "--port", str(server.port), "--data-dir", tmp_path / "d")
        assert proc.returncode == 2 and "cannot listen on 127.0.0.1" in proc.stderr


# -- a restart mid-batch ---------------------------------------------------------------------------

def test_restart_mid_batch_resumes_and_loses_nothing(tmp_path, fresh_chat):
    fresh_chat.default = lambda body: slow(0.3, then=good(body))
    env = {"OPENAI_BASE_URL": fresh_chat.base_url, "OPENAI_API_KEY": SENTINEL_KEY}
    rows = 16
    source = "recipient,project,strengths\n" + "".join(
        f"Person{n} Example,Project {n},testing;writing\n" for n in range(rows))
    server = LiveServer(tmp_path, "--concurrency", "2", "--no-cache", env=env).start()
    try:
        code, _, batch = server.request("POST", "/v1/batches?filename=team.csv", source,
                                        headers={"Content-Type": "text/csv"})
        assert code == 202
        partway = server.wait_batch(batch["id"], done_at_least=4)
        assert partway["state"] == "running" and partway["done"] < rows
        server.stop(kill=True)  # kill -9: no chance to tidy up
        calls_before = fresh_chat.calls
        server.start()
        done = server.wait_batch(batch["id"])
        assert done["state"] == "done" and done["ok"] == rows, done
        code, _, body = server.get(f"/v1/batches/{batch['id']}/output")
        table = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
        assert [r["row"] for r in table] == [str(n) for n in range(1, rows + 1)]
        assert [r["recipient"] for r in table] == [f"Person{n} Example" for n in range(rows)]
        assert all(r["status"] == "ok" and r["message"] for r in table)
        # Finished rows were not drafted again: only the rows in flight at the kill (2) are
        # paid twice at most.
        ours = [r for r in fresh_chat.chat_requests if "Example" in json.dumps(r.body)]
        assert len(ours) <= rows + 2, len(ours)  # (other tests' servers may still be retrying)
        assert calls_before >= 4
    finally:
        server.stop()


def test_the_cli_does_not_import_the_web_stack(tmp_path):
    """`llmdraft --help` lists serve, and neither it nor a draft pays FastAPI's import."""
    for args in (["--help"], ["draft", "--to", "Ada Obi", "--project", "Apollo", "--strength", "x",
                              "--provider", "offline"]):
        proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "llmdraft", *args],
                              capture_output=True, text=True, cwd=tmp_path, timeout=60,
                              env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
                                   "LLMDRAFT_CACHE_DIR": str(tmp_path / "c")})
        assert proc.returncode == 0, proc.stderr[-500:]
        imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines()}
        assert not {"fastapi", "uvicorn", "starlette"} & imported
        if args == ["--help"]:
            assert "serve" in proc.stdout


def test_the_page_and_its_files_are_in_the_package():
    static = ROOT / "llmdraft" / "serve" / "static"
    assert {p.name for p in static.iterdir()} >= {"index.html", "app.js", "style.css"}
    for path in static.iterdir():  # nothing fetched from elsewhere
        text = path.read_text()
        assert "http://" not in text.replace("http://127.0.0.1", "") and "https://" not in text, path
