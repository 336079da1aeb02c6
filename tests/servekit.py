"""A live `llmdraft serve` for the tests: the real command, in its own process, on 127.0.0.1
(or another address), with a data folder and a cache folder of its own; and a small HTTP client
that lets a test send whatever headers an attacker would."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTINEL_KEY = "sk-test-SENTINEL-never-shown-0123456789abcdef"


class LiveServer:
    def __init__(self, folder: Path, *args: str, host: str = "127.0.0.1", env: dict | None = None):
        self.folder = Path(folder)
        self.args, self.host, self.extra_env = list(args), host, dict(env or {})
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.url = ""
        self.token: str | None = None
        self.banner: list[str] = []

    def start(self, timeout: float = 30.0) -> "LiveServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        environ = {k: v for k, v in os.environ.items()
                   if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
        environ.update({"LLMDRAFT_CACHE_DIR": str(self.folder / "cache"),
                        "PYTHONUNBUFFERED": "1"})
        environ.update(self.extra_env)
        port = str(self.port) if self.port else "0"  # a restart keeps its port
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "llmdraft", "serve", "--host", self.host, "--port", port,
             "--data-dir", str(self.folder / "data"), *self.args],
            env=environ, cwd=self.folder, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + timeout
        line = ""
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"serve exited {self.proc.wait()}: {self.proc.stderr.read()}")
            self.banner.append(line.rstrip("\n"))
            if "serving on" in line:
                break
        found = re.search(r"http://([^/\s]+):(\d+)/(\?token=(\S+))?", line)
        assert found, self.banner
        self.port = int(found.group(2))
        if found.group(4):
            self.token = found.group(4)
        self.url = f"http://127.0.0.1:{self.port}"
        self.wait_ready()
        return self

    def wait_ready(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/static/style.css")
                conn.getresponse().read()
                conn.close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("the server did not answer")

    def stop(self, kill: bool = False) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc:
            for stream in (self.proc.stdout, self.proc.stderr):
                if stream:
                    stream.close()

    def __enter__(self) -> "LiveServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- HTTP -------------------------------------------------------------------------------------

    def request(self, method: str, path: str, body: bytes | str | None = None,
                headers: dict | None = None, json_body=None, auth: bool = True):
        """(status, headers as a lowercase dict, parsed JSON or text)."""
        sent = {"Host": f"127.0.0.1:{self.port}"}
        if json_body is not None:
            body = json.dumps(json_body)
            sent["Content-Type"] = "application/json"
        if auth and self.token:
            sent["Authorization"] = f"Bearer {self.token}"
        sent.update(headers or {})
        if isinstance(body, str):
            body = body.encode()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for key, value in sent.items():
                if value is not None:
                    conn.putheader(key, value)
            if body is not None and not any(k.lower() in ("content-length", "transfer-encoding")
                                            for k in sent):
                conn.putheader("Content-Length", str(len(body)))
            conn.endheaders(body)
            response = conn.getresponse()
            raw = response.read()
            got = {k.lower(): v for k, v in response.getheaders()}
            status = response.status
        finally:
            conn.close()
        kind = got.get("content-type", "")
        data = json.loads(raw) if kind.startswith("application/json") else raw.decode("utf-8", "replace")
        return status, got, data

    def get(self, path: str, **kw):
        return self.request("GET", path, **kw)

    def post(self, path: str, json_body=None, **kw):
        return self.request("POST", path, json_body=json_body, **kw)

    def wait_batch(self, batch_id: str, until=("done", "stopped", "error"), timeout: float = 120.0,
                   done_at_least: int | None = None) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status, _, data = self.get(f"/v1/batches/{batch_id}")
            assert status == 200, data
            if data["state"] in until or (done_at_least is not None
                                          and data["done"] >= done_at_least):
                return data
            time.sleep(0.1)
        raise AssertionError(f"batch {batch_id} still {data}")


def multipart(fields: dict, files: dict) -> tuple[bytes, str]:
    """A multipart/form-data body: fields {name: value or [values]}, files {name: (filename,
    bytes, content type)}; (body, content type)."""
    boundary = "llmdraft-test-boundary-7f3a"
    parts = []
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                         f"{item}\r\n".encode())
    for name, (filename, data, kind) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                     f'filename="{filename}"\r\nContent-Type: {kind}\r\n\r\n'.encode() + data
                     + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def csrf_of(server: LiveServer) -> str:
    status, _, page = server.get("/")
    assert status == 200
    return re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
