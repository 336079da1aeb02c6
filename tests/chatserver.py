"""A real (stdlib-only) HTTP server speaking the OpenAI Chat Completions protocol.

Used by the test suite so that the real ``openai`` client talks to a real socket
on 127.0.0.1 -- no mocking of the client or its transport.

Quick use::

    from chatserver import ChatServer, reply, status, drop, slow

    with ChatServer() as server:
        server.script(status(429, headers={"Retry-After": "1"}), reply("hello"))
        client = OpenAI(api_key="test", base_url=server.base_url, max_retries=0)
        ...
        assert server.calls == 2

Endpoints
---------
* ``POST /v1/chat/completions`` -- answered by the next scripted step.
* ``GET /v1/models`` (and ``GET /v1/models/<id>``) -- lists ``server.models``
  (by default the one model).
* ``POST /v1/files`` (multipart, purpose ``batch``), ``GET /v1/files/<id>``,
  ``GET /v1/files/<id>/content``, ``DELETE /v1/files/<id>`` -- the files API.
* ``POST /v1/batches``, ``GET /v1/batches`` (``after``, ``limit``), ``GET /v1/batches/<id>``,
  ``POST /v1/batches/<id>/cancel`` -- the Batch API, processed asynchronously by a thread:
  validating -> in_progress -> finalizing -> completed (or failed, expired, cancelling ->
  cancelled). Each line is answered by the same script as a chat completion (a ``status(...)``
  step becomes a per-line error in the error file). See "Batches" below.
* anything else -- 404 with an OpenAI-style error body.

Batches
-------
``server.hold_batches()`` keeps new batches in_progress until ``server.release_batches()``;
``server.expire_next(after=k)`` makes the next batch expire after k lines;
``server.fail_next(message)`` makes the next batch fail validation; ``server.max_lines`` and
``server.max_bytes`` are the per-file limits (a file over them fails validation).
``server.batch_lines`` counts lines answered (200) per ``custom_id``: what was paid for;
``server.batches`` maps batch ids to their objects.

Scripting
---------
``server.script(*steps)`` appends steps to a FIFO queue. Each chat completion
request pops one step; when the queue is empty ``server.default`` is used
(initially ``reply("OK")``). A step is one of the objects returned by the
constructors below, or a callable ``f(body: dict) -> step`` that inspects the
parsed request body and returns the step to perform (it may also return a plain
``str``, meaning ``reply(that_str)``, or ``None``, meaning "the fallback": the
server default when popped from the queue, ``reply("OK")`` when it *is* the
default).

Step constructors (module-level functions):

* ``reply(content, *, finish_reason="stop", usage=None)`` -- a normal
  ``chat.completion``. ``usage`` (dict) overrides the computed token counts;
  missing keys are computed, ``total_tokens`` defaults to the sum.
* ``status(code, *, headers=None, body=None)`` -- HTTP error ``code`` with an
  OpenAI-style body ``{"error": {"message", "type", "code", "param"}}``.
  ``body`` replaces that body (dict -> JSON; str/bytes sent verbatim);
  ``headers`` are extra response headers (e.g. ``{"Retry-After": "1"}``).
* ``drop()`` -- read the request, then close the socket without answering.
* ``slow(seconds, then=None)`` -- wait ``seconds`` then perform ``then``
  (``None`` = the fallback). Wakes early (and just closes) when the server stops.
* ``malformed(body=b"{this is not json", content_type="application/json")`` --
  200 with a body that is not JSON.
* ``truncated()`` -- 200 whose ``Content-Length`` is larger than the body that
  is actually sent, then the connection is closed.
* ``llama_cpp_python(then=None)`` -- answers as llama-cpp-python's
  ``llama_cpp.server`` (0.3.x) does to ``response_format: {"type": "json_schema"}``:
  **500** ``internal_server_error`` whose message is FastAPI's validation error
  naming ``response_format`` (its routes wrap every exception as a 500); a
  ``json_object`` format or none performs ``then``.
* ``reject_response_format(then=None)`` -- 400 ``invalid_request_error`` with
  ``param="response_format"`` if the request has a ``response_format`` key,
  otherwise perform ``then`` (``None`` = the fallback). Can be used as the
  default: ``server.default = reject_response_format()`` makes the endpoint
  permanently reject ``response_format`` while answering ``"OK"`` otherwise.

Deterministic usage: ``prompt_tokens = max(1, chars_of_all_message_contents // 4)``,
``completion_tokens = max(1, len(content) // 4)``.

Recording: ``server.requests`` is a list of :class:`RecordedRequest`
(``method``, ``path``, ``headers`` -- lowercase-keyed dict, ``body`` -- parsed
JSON or ``None``) in arrival order; ``server.calls`` counts chat completion
POSTs (including faulted ones); ``server.chat_requests`` is the list of those
POSTs; ``server.pending`` is the number of unconsumed scripted steps.
``server.reset()`` clears the script queue and the records (not the default).
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ChatServer",
    "RecordedRequest",
    "Step",
    "reply",
    "status",
    "drop",
    "slow",
    "malformed",
    "truncated",
    "reject_response_format",
    "llama_cpp_python",
]

CHAT_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"


# --------------------------------------------------------------------------- steps


@dataclass(frozen=True)
class Step:
    """One scripted behaviour. Build these with the constructor functions."""

    kind: str
    args: dict = field(default_factory=dict)


def reply(content: str, *, finish_reason: str = "stop", usage: dict | None = None) -> Step:
    """A normal chat.completion answer with ``content``."""
    return Step("reply", {"content": content, "finish_reason": finish_reason, "usage": usage})


def status(code: int, *, headers: dict | None = None, body: Any = None) -> Step:
    """An HTTP error ``code`` with an OpenAI-style error body (or ``body``)."""
    return Step("status", {"code": int(code), "headers": dict(headers or {}), "body": body})


def drop() -> Step:
    """Read the request, then close the connection without any response."""
    return Step("drop")


def slow(seconds: float, then: Any = None) -> Step:
    """Wait ``seconds``, then perform step ``then`` (None = fallback step)."""
    return Step("slow", {"seconds": float(seconds), "then": then})


def malformed(body: str | bytes = b"{this is not json",
              content_type: str = "application/json") -> Step:
    """200 with a body that is not JSON (by default labelled application/json)."""
    return Step("malformed", {"body": body, "content_type": content_type})


def truncated() -> Step:
    """200 announcing a larger Content-Length than is sent, then close."""
    return Step("truncated")


def reject_response_format(then: Any = None) -> Step:
    """400 if the request carries ``response_format``; else perform ``then``."""
    return Step("reject_response_format", {"then": then})


def llama_cpp_python(then: Any = None) -> Step:
    """500 with a validation error naming response_format, for a json_schema request."""
    return Step("llama_cpp_python", {"then": then})


# llama_cpp/server/errors.py: RouteErrorHandler wraps any exception, the request's validation
# error included, as {"error": {message: str(exc), type: "internal_server_error", ...}}, 500.
LLAMA_CPP_VALIDATION = (
    "1 validation error:\n  {'type': 'literal_error', 'loc': ('body', 'response_format', "
    "'type'), 'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema', "
    "'ctx': {'expected': \"'text' or 'json_object'\"}}")


_ERROR_TYPES = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    403: ("permission_error", None),
    404: ("invalid_request_error", "not_found"),
    409: ("conflict_error", None),
    422: ("invalid_request_error", None),
    429: ("rate_limit_error", "rate_limit_exceeded"),
}


def _error_body(code: int, message: str | None = None, *, type_: str | None = None,
                err_code: str | None = None, param: str | None = None) -> dict:
    default_type, default_code = _ERROR_TYPES.get(code, ("server_error" if code >= 500 else "invalid_request_error", None))
    if message is None:
        try:
            reason = http.HTTPStatus(code).phrase
        except ValueError:
            reason = "Error"
        message = f"chatserver: scripted HTTP {code} {reason}"
    return {
        "error": {
            "message": message,
            "type": type_ or default_type,
            "param": param,
            "code": err_code if err_code is not None else default_code,
        }
    }


def _content_chars(content: Any) -> int:
    if content is None:
        return 0
    if isinstance(content, str):
        return len(content)
    if isinstance(content, list):  # content parts
        total = 0
        for part in content:
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                total += len(part["text"])
            elif isinstance(part, str):
                total += len(part)
        return total
    return len(str(content))


def prompt_tokens_for(body: dict | None) -> int:
    """Deterministic prompt token count: total message content chars // 4, min 1."""
    chars = 0
    for msg in (body or {}).get("messages") or []:
        if isinstance(msg, dict):
            chars += _content_chars(msg.get("content"))
    return max(1, chars // 4)


def completion_tokens_for(content: str) -> int:
    """Deterministic completion token count: len(content) // 4, min 1."""
    return max(1, len(content or "") // 4)


# --------------------------------------------------------------------------- records


@dataclass
class RecordedRequest:
    """One request as received. Also indexable: ``req["body"]``."""

    method: str
    path: str
    headers: dict
    body: Any

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)


# --------------------------------------------------------------------------- HTTP


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and the
    # client's delayed ACK add ~40 ms to every answer (real servers set it too).
    disable_nagle_algorithm = True
    server_version = "chatserver/1.0"
    sys_version = ""

    # silence default logging
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass

    @property
    def chat(self) -> "ChatServer":
        return self.server.chat  # type: ignore[attr-defined]

    def setup(self) -> None:
        super().setup()
        self.chat._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.chat._track(self.connection, add=False)

    # -- io helpers

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                line = self.rfile.readline()
                size = int(line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # trailers until blank line
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _send(self, code: int, payload: Any, headers: dict | None = None,
              content_type: str = "application/json") -> None:
        if isinstance(payload, (bytes, bytearray)):
            data = bytes(payload)
        elif isinstance(payload, str):
            data = payload.encode("utf-8")
        else:
            data = json.dumps(payload).encode("utf-8")
        self.send_response(code)
        extra = {k.lower(): (k, v) for k, v in (headers or {}).items()}
        if "content-type" not in extra:
            self.send_header("Content-Type", content_type)
        for k, v in extra.values():
            if k.lower() != "content-length":
                self.send_header(k, str(v))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _hangup(self) -> None:
        self.close_connection = True
        try:
            self.wfile.flush()
        except OSError:
            pass
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    # -- verbs

    def _handle(self) -> None:
        raw = self._read_body()
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                body = None
        path = self.path.split("?", 1)[0].rstrip("/") or "/"
        headers = {k.lower(): v for k, v in self.headers.items()}
        is_chat = self.command == "POST" and path == CHAT_PATH
        self.chat._record(RecordedRequest(self.command, self.path, headers, body), is_chat)

        try:
            if is_chat:
                step, fallback = self.chat._next_step()
                self._perform(step, body if isinstance(body, dict) else {}, fallback, depth=0)
            elif path.startswith(("/v1/files", "/v1/batches")):
                code, payload, ctype = self.chat._files_and_batches(
                    self.command, path, self.path, headers, raw, body)
                self._send(code, payload, content_type=ctype)
            elif self.command == "GET" and path == MODELS_PATH:
                self._send(200, {"object": "list",
                                 "data": [self.chat._model_object(m) for m in self.chat.models]})
            elif self.command == "GET" and path == f"{MODELS_PATH}/{self.chat.model}":
                self._send(200, self.chat._model_object())
            else:
                self._send(404, _error_body(404, f"Unknown request URL: {self.command} {self.path}"))
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

    # -- step execution

    def _perform(self, step: Any, body: dict, fallback: Any, depth: int) -> None:
        if depth > 50:
            raise RuntimeError("chatserver: step nesting too deep (responder loop?)")
        if step is None:
            step = fallback
        if isinstance(step, str):
            step = reply(step)
        if callable(step) and not isinstance(step, Step):
            return self._perform(step(body), body, fallback, depth + 1)
        if not isinstance(step, Step):
            raise TypeError(f"chatserver: not a step: {step!r}")

        kind, a = step.kind, step.args
        if kind == "reply":
            self._send(200, self.chat._completion(body, a["content"], a["finish_reason"], a["usage"]))
        elif kind == "status":
            payload = a["body"] if a["body"] is not None else _error_body(a["code"])
            self._send(a["code"], payload, a["headers"])
        elif kind == "drop":
            self._hangup()
        elif kind == "slow":
            if self.chat._stopping.wait(a["seconds"]):
                self._hangup()
                return
            self._perform(a["then"], body, fallback, depth + 1)
        elif kind == "malformed":
            self._send(200, a["body"], content_type=a["content_type"])
        elif kind == "truncated":
            data = json.dumps(self.chat._completion(body, "truncated", "stop", None)).encode()
            part = data[: len(data) // 2]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(part)
            self._hangup()
        elif kind == "llama_cpp_python":
            rf = body.get("response_format")
            if isinstance(rf, dict) and rf.get("type") not in (None, "text", "json_object"):
                self._send(500, {"error": {"message": LLAMA_CPP_VALIDATION,
                                           "type": "internal_server_error", "param": None,
                                           "code": None}})
            else:
                self._perform(a["then"], body, fallback, depth + 1)
        elif kind == "reject_response_format":
            if "response_format" in body:
                self._send(400, _error_body(
                    400,
                    "Invalid parameter: 'response_format' is not supported with this model.",
                    type_="invalid_request_error",
                    param="response_format",
                    err_code="unsupported_parameter",
                ))
            else:
                self._perform(a["then"], body, fallback, depth + 1)
        else:
            raise ValueError(f"chatserver: unknown step kind {kind!r}")


class _HTTPServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    # server_close() would otherwise join every handler thread, and a handler
    # parked on an idle keep-alive connection only returns when the client
    # hangs up. ChatServer.stop() shuts those sockets down itself instead.
    block_on_close = False
    allow_reuse_address = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Client hang-ups (timeouts, closed pools) are expected; stay quiet.
        pass


# --------------------------------------------------------------------------- files and batches

_TERMINAL = ("completed", "failed", "expired", "cancelled")


def _multipart(headers: dict, raw: bytes) -> dict:
    """The parts of a multipart/form-data body: name -> (filename, bytes)."""
    from email.parser import BytesParser
    from email.policy import HTTP

    message = BytesParser(policy=HTTP).parsebytes(
        b"Content-Type: " + headers.get("content-type", "").encode() + b"\r\n\r\n" + raw)
    parts = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        parts[name] = (part.get_filename(), part.get_payload(decode=True) or b"")
    return parts


class _FilesAndBatches:
    """The files and batches APIs (a mixin of ChatServer, which holds the state)."""

    def _files_and_batches(self, method: str, path: str, full: str, headers: dict, raw: bytes,
                           body: Any) -> tuple[int, Any, str]:
        json_type = "application/json"
        parts = path.strip("/").split("/")  # v1, files|batches, id?, action?
        with self._lock:
            if parts[1] == "files":
                if method == "POST" and len(parts) == 2:
                    form = _multipart(headers, raw)
                    if "file" not in form or form.get("purpose", (None, b""))[1] != b"batch":
                        return 400, _error_body(400, "a file and purpose=batch are required"), json_type
                    name, data = form["file"]
                    self._ids += 1
                    file_id = f"file-{self._ids:08d}"
                    self.files[file_id] = {"id": file_id, "object": "file", "bytes": len(data),
                                           "created_at": int(time.time()), "filename": name or "upload",
                                           "purpose": "batch", "status": "processed"}
                    self._contents[file_id] = data
                    return 200, self.files[file_id], json_type
                file_id = parts[2] if len(parts) > 2 else ""
                if file_id not in self.files:
                    return 404, _error_body(404, f"No such File object: {file_id}"), json_type
                if method == "GET" and len(parts) == 3:
                    return 200, self.files[file_id], json_type
                if method == "GET" and parts[3:] == ["content"]:
                    return 200, self._contents[file_id], "application/octet-stream"
                if method == "DELETE" and len(parts) == 3:
                    del self.files[file_id], self._contents[file_id]
                    return 200, {"id": file_id, "object": "file", "deleted": True}, json_type
                return 404, _error_body(404, f"Unknown request URL: {method} {path}"), json_type
            # batches
            if method == "POST" and len(parts) == 2:
                body = body if isinstance(body, dict) else {}
                file_id = body.get("input_file_id")
                if file_id not in self.files:
                    return 400, _error_body(400, f"No such File object: {file_id}",
                                            param="input_file_id"), json_type
                if body.get("endpoint") != CHAT_PATH or body.get("completion_window") != "24h":
                    return 400, _error_body(400, "endpoint must be /v1/chat/completions and "
                                            "completion_window 24h"), json_type
                self._ids += 1
                batch_id = f"batch_{self._ids:08d}"
                now = int(time.time())
                batch = {"id": batch_id, "object": "batch", "endpoint": CHAT_PATH, "errors": None,
                         "input_file_id": file_id, "completion_window": "24h",
                         "status": "validating", "output_file_id": None, "error_file_id": None,
                         "created_at": now, "in_progress_at": None, "expires_at": now + 86400,
                         "finalizing_at": None, "completed_at": None, "failed_at": None,
                         "expired_at": None, "cancelling_at": None, "cancelled_at": None,
                         "request_counts": {"total": 0, "completed": 0, "failed": 0},
                         "metadata": body.get("metadata")}
                self.batches[batch_id] = batch
                self._batch_order.append(batch_id)
                self._work.append(batch_id)
                self._work_ready.notify_all()
                return 200, dict(batch), json_type
            if method == "GET" and len(parts) == 2:
                from urllib.parse import parse_qs, urlsplit

                query = parse_qs(urlsplit(full).query)
                limit = int((query.get("limit") or ["20"])[0])
                order = list(reversed(self._batch_order))  # newest first
                after = (query.get("after") or [None])[0]
                if after in order:
                    order = order[order.index(after) + 1:]
                page = [dict(self.batches[b]) for b in order[:limit]]
                return 200, {"object": "list", "data": page,
                             "first_id": page[0]["id"] if page else None,
                             "last_id": page[-1]["id"] if page else None,
                             "has_more": len(order) > limit}, json_type
            batch = self.batches.get(parts[2] if len(parts) > 2 else "")
            if batch is None:
                return 404, _error_body(404, "No such Batch object"), json_type
            if method == "GET" and len(parts) == 3:
                return 200, dict(batch), json_type
            if method == "POST" and parts[3:] == ["cancel"]:
                if batch["status"] in ("validating", "in_progress"):
                    batch["status"] = "cancelling"
                    batch["cancelling_at"] = int(time.time())
                    self._work_ready.notify_all()
                return 200, dict(batch), json_type
            return 404, _error_body(404, f"Unknown request URL: {method} {path}"), json_type


    def hold_batches(self) -> None:
        """New batches stay in_progress (nothing answered) until release_batches()."""
        with self._lock:
            self._held = True


    def release_batches(self) -> None:
        with self._work_ready:
            self._held = False
            self._work_ready.notify_all()


    def expire_next(self, after: int = 0) -> None:
        """The next batch answers `after` lines, then expires (the rest in the error file)."""
        with self._lock:
            self._expire_after = after


    def fail_next(self, message: str = "the file is not valid") -> None:
        with self._lock:
            self._fail_message = message


    def _resolve(self, step: Any, body: dict, fallback: Any, depth: int = 0) -> Step:
        """A scripted step followed to what it ends in, without a socket (for a batch line)."""
        if depth > 50:
            raise RuntimeError("chatserver: step nesting too deep")
        if step is None:
            step = fallback
        if isinstance(step, str):
            return reply(step)
        if callable(step) and not isinstance(step, Step):
            return self._resolve(step(body), body, fallback, depth + 1)
        if step.kind in ("slow", "reject_response_format"):
            if step.kind == "reject_response_format" and "response_format" in body:
                return status(400, body=_error_body(400, "'response_format' is not supported",
                                                    param="response_format"))
            return self._resolve(step.args["then"], body, fallback, depth + 1)
        return step


    def _process_batches(self) -> None:
        """The batch worker: one batch at a time, line by line, as a provider would."""
        while True:
            with self._work_ready:
                while not self._stopping.is_set() and not self._work:
                    self._work_ready.wait(0.2)
                if self._stopping.is_set():
                    return
                batch = self.batches[self._work.popleft()]
            try:
                self._run_batch(batch)
            except Exception as exc:  # noqa: BLE001 - a bug here must show, not hang a test
                with self._lock:
                    batch["status"] = "failed"
                    batch["errors"] = {"object": "list", "data": [
                        {"code": "server_error", "message": f"chatserver: {exc!r}", "line": None}]}


    def _run_batch(self, batch: dict) -> None:
        with self._lock:
            data = self._contents.get(batch["input_file_id"], b"")
            fail, self._fail_message = self._fail_message, None
            expire_after, self._expire_after = self._expire_after, None
        lines, errors = [], []
        seen: set = set()
        model = None
        text = data.decode("utf-8", "replace").splitlines()
        if len(text) > self.max_lines:
            errors.append({"code": "too_many_requests", "line": None,
                           "message": f"the file has {len(text)} requests; the limit is {self.max_lines}"})
        if len(data) > self.max_bytes:
            errors.append({"code": "file_too_large", "line": None,
                           "message": f"the file is {len(data)} bytes; the limit is {self.max_bytes}"})
        for number, line in enumerate(text, start=1):
            if errors:
                break
            try:
                item = json.loads(line)
                ok = (isinstance(item, dict) and item.get("method") == "POST"
                      and item.get("url") == batch["endpoint"] and isinstance(item.get("body"), dict)
                      and isinstance(item.get("custom_id"), str) and item["custom_id"] not in seen)
            except ValueError:
                ok = False
            if ok and model is not None and item["body"].get("model") != model:
                ok = False
            if not ok:
                errors.append({"code": "invalid_request", "line": number,
                               "message": f"line {number} is not a valid request (or repeats a custom_id, "
                                          f"or names another model)"})
                break
            model = item["body"].get("model")
            seen.add(item["custom_id"])
            lines.append(item)
        if fail:
            errors.append({"code": "invalid_file", "line": None, "message": fail})
        now = lambda: int(time.time())  # noqa: E731
        with self._lock:
            if errors:
                batch.update(status="failed", failed_at=now(),
                             errors={"object": "list", "data": errors})
                return
            batch.update(status="in_progress", in_progress_at=now())
            batch["request_counts"]["total"] = len(lines)
        while True:  # held: stay in progress (a cancel still ends it)
            with self._work_ready:
                if not self._held or self._stopping.is_set() or batch["status"] == "cancelling":
                    break
                self._work_ready.wait(0.1)
        output, failed = [], []
        end = "completed"
        for number, item in enumerate(lines):
            with self._lock:
                if batch["status"] == "cancelling":
                    end = "cancelled"
                if self._stopping.is_set():
                    return
            if expire_after is not None and number >= expire_after:
                end = "expired"
            if end != "completed":
                if end == "expired":
                    failed.append({"id": f"batch_req_{number}", "custom_id": item["custom_id"],
                                   "response": None, "error": {
                                       "code": "batch_expired", "message": "This request could not be "
                                       "executed before the completion window expired."}})
                continue
            body = item["body"]
            step, fallback = self._next_step()
            step = self._resolve(step, body, fallback)
            request_id = f"req_{number:06d}"
            if step.kind == "reply":  # answered: paid for (a failed line is not billed)
                with self._lock:
                    self.batch_lines[item["custom_id"]] = self.batch_lines.get(item["custom_id"], 0) + 1
                a = step.args
                output.append({"id": f"batch_req_{number}", "custom_id": item["custom_id"],
                               "response": {"status_code": 200, "request_id": request_id,
                                            "body": self._completion(body, a["content"],
                                                                     a["finish_reason"], a["usage"])},
                               "error": None})
            else:
                code = step.args.get("code", 500) if step.kind == "status" else 500
                error = step.args.get("body") if step.kind == "status" else None
                failed.append({"id": f"batch_req_{number}", "custom_id": item["custom_id"],
                               "response": {"status_code": code, "request_id": request_id,
                                            "body": error if isinstance(error, dict)
                                            else _error_body(code)}, "error": None})
            with self._lock:
                counts = batch["request_counts"]
                counts["completed" if step.kind == "reply" else "failed"] += 1
        import random

        random.Random(len(lines)).shuffle(output)  # the API keeps no order: neither does this
        with self._lock:
            batch["status"] = "finalizing"
            batch["finalizing_at"] = now()
            for key, rows in (("output_file_id", output), ("error_file_id", failed)):
                if rows:
                    self._ids += 1
                    file_id = f"file-{self._ids:08d}"
                    data = "".join(json.dumps(r) + "\n" for r in rows).encode()
                    self.files[file_id] = {"id": file_id, "object": "file", "bytes": len(data),
                                           "created_at": now(), "purpose": "batch_output",
                                           "filename": f"{batch['id']}_{key[:-8]}.jsonl",
                                           "status": "processed"}
                    self._contents[file_id] = data
                    batch[key] = file_id
            batch["status"] = end
            batch[f"{end}_at"] = now()


# --------------------------------------------------------------------------- server


class ChatServer(_FilesAndBatches):
    """OpenAI-compatible chat completions server on 127.0.0.1 (random port)."""

    def __init__(self, model: str = "test-model", models: list[str] | None = None) -> None:
        self.model = model
        self.models = [model] if models is None else list(models)  # what GET /v1/models lists
        self._lock = threading.RLock()
        self._queue: deque = deque()
        self._default: Any = reply("OK")
        self._requests: list[RecordedRequest] = []
        self._calls = 0
        self._ids = 0
        self._conns: set = set()
        self._stopping = threading.Event()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None
        # files and batches
        self.files: dict[str, dict] = {}
        self._contents: dict[str, bytes] = {}
        self.batches: dict[str, dict] = {}
        self._batch_order: list[str] = []
        self._work: deque = deque()
        self._work_ready = threading.Condition(self._lock)
        self._held = False
        self._expire_after: int | None = None
        self._fail_message: str | None = None
        self.max_lines = 50_000
        self.max_bytes = 200 * 1024 * 1024
        self.batch_lines: dict[str, int] = {}
        self._worker: threading.Thread | None = None

    # -- lifecycle

    def start(self) -> "ChatServer":
        with self._lock:
            if self._httpd is not None:
                return self
            self._stopping.clear()
            httpd = _HTTPServer(("127.0.0.1", 0), _Handler)
            httpd.chat = self  # type: ignore[attr-defined]
            self._httpd = httpd
            self._thread = threading.Thread(
                target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                name=f"chatserver:{self.port}", daemon=True)
            self._thread.start()
            self._worker = threading.Thread(target=self._process_batches, daemon=True,
                                            name="chatserver:batches")
            self._worker.start()
        return self

    def stop(self) -> None:
        with self._lock:
            httpd, thread = self._httpd, self._thread
            self._httpd = self._thread = None
            self._stopping.set()
            conns = list(self._conns)
        if httpd is None:
            return
        with self._work_ready:
            self._work_ready.notify_all()
        httpd.shutdown()
        httpd.server_close()
        for conn in conns:  # wake idle keep-alive handler threads
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> "ChatServer":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("ChatServer is not running")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # -- scripting

    def script(self, *steps: Any) -> "ChatServer":
        """Append steps to the FIFO queue consumed by chat completion requests."""
        with self._lock:
            self._queue.extend(steps)
        return self

    @property
    def default(self) -> Any:
        with self._lock:
            return self._default

    @default.setter
    def default(self, step: Any) -> None:
        with self._lock:
            self._default = step

    @property
    def pending(self) -> int:
        """Number of scripted steps not consumed yet."""
        with self._lock:
            return len(self._queue)

    def reset(self) -> None:
        """Clear the script queue and all records (the default is kept)."""
        with self._lock:
            self._queue.clear()
            self._requests.clear()
            self._calls = 0

    # -- records

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self._requests
                    if r.method == "POST" and r.path.split("?", 1)[0].rstrip("/") == CHAT_PATH]

    @property
    def calls(self) -> int:
        with self._lock:
            return self._calls

    # -- internals used by the handler

    def _record(self, req: RecordedRequest, is_chat: bool) -> None:
        with self._lock:
            self._requests.append(req)
            if is_chat:
                self._calls += 1

    def _next_step(self) -> tuple[Any, Any]:
        """Return (step, fallback) for one chat request."""
        with self._lock:
            if self._queue:
                return self._queue.popleft(), self._default
            return self._default, reply("OK")

    def _track(self, conn: Any, add: bool) -> None:
        with self._lock:
            if add:
                self._conns.add(conn)
            else:
                self._conns.discard(conn)

    def _model_object(self, model: str | None = None) -> dict:
        return {"id": model or self.model, "object": "model", "created": 1700000000, "owned_by": "chatserver"}

    def _completion(self, body: dict, content: str, finish_reason: str, usage: dict | None) -> dict:
        with self._lock:
            self._ids += 1
            n = self._ids
        prompt = prompt_tokens_for(body)
        completion = completion_tokens_for(content)
        u = {"prompt_tokens": prompt, "completion_tokens": completion}
        if usage:
            u.update(usage)
        u.setdefault("total_tokens", u["prompt_tokens"] + u["completion_tokens"])
        return {
            "id": f"chatcmpl-test{n:06d}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model") or self.model,
            "choices": [{
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None},
                "logprobs": None,
                "finish_reason": finish_reason,
            }],
            "usage": u,
            "system_fingerprint": None,
        }
