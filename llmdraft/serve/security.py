"""The guard in front of every route: Host, token, cross-site writes and body size.

One plain ASGI middleware (no per-request task or body copy), in this order:

1. **Host header** (DNS rebinding): a page on evil.example that rebinds its name to 127.0.0.1
   still sends `Host: evil.example`. Accepted: IP literals, `localhost`, the name the server
   was bound to, this machine's name, and names given with `--allow-host`.
2. **Token** (only when one is set; a non-loopback bind always has one): `Authorization: Bearer
   TOKEN`, or the cookie set when the page was opened with `?token=TOKEN` (as Jupyter does).
3. **Cross-site writes** (CSRF): a POST must carry a body a cross-site HTML form cannot send
   (JSON, CSV, a zip: anything but form-encoded, multipart or text/plain), or the page's CSRF
   token in `X-CSRF-Token`. A browser that says `Sec-Fetch-Site: cross-site`, or an `Origin`
   other than the server's own, is refused either way. CORS stays off unless configured, so no
   other origin can read an answer or send a custom header.
4. **Size**: the declared Content-Length, and the bytes actually received, are capped.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import secrets
import socket
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs, urlencode

COOKIE = "llmdraft_token"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data", "text/plain", "")
LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


@dataclass
class Policy:
    bind_host: str = "127.0.0.1"
    token: str | None = None
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    allowed_hosts: tuple[str, ...] = ()  # extra names; "*" accepts any
    max_body: int = 256 * 1024  # bytes, JSON requests
    max_upload: int = 10 * 1024 * 1024  # bytes, /v1/batches and /v1/who
    upload_paths: tuple[str, ...] = ("/v1/batches", "/v1/who")
    allowed_origins: tuple[str, ...] = ()  # --cors-origin: other origins that may write

    def host_ok(self, host_header: str) -> bool:
        host = host_header.strip().lower()
        if host.startswith("["):  # [::1]:8000
            host = host[1: host.find("]")] if "]" in host else host
        elif host.count(":") == 1:
            host = host.rsplit(":", 1)[0]
        if not host:
            return False
        if "*" in self.allowed_hosts:
            return True
        try:
            ipaddress.ip_address(host)
            return True  # a rebinding attack needs a name; an address is what it says
        except ValueError:
            pass
        names = {*LOOPBACK_NAMES, self.bind_host.lower(), *(h.lower() for h in self.allowed_hosts)}
        try:
            names.add(socket.gethostname().lower())
        except OSError:
            pass
        return host.rstrip(".") in names

    def token_ok(self, given: str | None) -> bool:
        return self.token is None or (given is not None
                                      and hmac.compare_digest(given.encode(), self.token.encode()))

    def csrf_ok(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.csrf.encode())


def _reply(status: int, message: str, headers: list | None = None):
    body = json.dumps({"error": message}).encode()

    async def send_it(send):
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                                (b"cache-control", b"no-store"), *(headers or [])]})
        await send({"type": "http.response.body", "body": body})

    return send_it


# The page loads nothing from elsewhere and runs no inline script; nothing may frame it.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SAFETY_HEADERS = [(b"content-security-policy", CSP.encode()),
                  (b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                  (b"referrer-policy", b"no-referrer"),
                  (b"cross-origin-opener-policy", b"same-origin"),
                  (b"cross-origin-resource-policy", b"same-origin")]


class TooLarge(Exception):
    pass


class Guard:
    # Set by create_app: the wrapped app's state and the FastAPI app itself, for the tests and
    # the server's lifespan.
    state: Any = None
    fastapi: Any = None

    def __init__(self, app, policy: Policy):
        self.app, self.policy = app, policy

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        outer = send

        async def send(message):  # every answer, errors included, gets the safety headers
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SAFETY_HEADERS]}
            await outer(message)

        p = self.policy
        headers = {}
        for key, value in scope["headers"]:
            headers.setdefault(key.decode("latin-1"), value.decode("latin-1"))
        method = scope["method"]
        path = scope["path"]

        if not p.host_ok(headers.get("host", "")):
            return await _reply(400, "unexpected Host header: open the page by the address the "
                                     "server was started on (or give --allow-host)")(send)

        if p.token is not None:
            query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
            in_query = (query.get("token") or [None])[0]
            if in_query is not None and method == "GET" and not path.startswith("/v1/"):
                if not p.token_ok(in_query):
                    return await _reply(403, "wrong token")(send)
                # Jupyter's way: the token from the printed URL becomes a cookie, and the URL
                # loses it (so it does not stay in the history or a Referer).
                rest = {k: v for k, v in query.items() if k != "token"}
                location = path + ("?" + urlencode(rest, doseq=True) if rest else "")
                cookie = (f"{COOKIE}={p.token}; HttpOnly; SameSite=Strict; Path=/").encode()
                return await _reply(303, "see the page", [(b"location", location.encode()),
                                                          (b"set-cookie", cookie)])(send)
            given = None
            auth = headers.get("authorization", "")
            if auth[:7].lower() == "bearer ":
                given = auth[7:].strip()
            elif "cookie" in headers:
                jar = SimpleCookie()
                try:
                    jar.load(headers["cookie"])
                except Exception:  # noqa: BLE001 - a malformed cookie is no token
                    jar = SimpleCookie()
                if COOKIE in jar:
                    given = jar[COOKIE].value
            if not p.token_ok(given):
                return await _reply(401, "a token is needed: open the URL the server printed "
                                         "(with ?token=...), or send Authorization: Bearer TOKEN",
                                    [(b"www-authenticate", b"Bearer")])(send)

        if method not in ("GET", "HEAD", "OPTIONS") \
                and headers.get("origin") not in p.allowed_origins:
            if headers.get("sec-fetch-site") == "cross-site":
                return await _reply(403, "cross-site requests are refused")(send)
            origin = headers.get("origin")
            if origin and origin != "null":
                from urllib.parse import urlsplit

                if urlsplit(origin).netloc.lower() != headers.get("host", "").lower():
                    return await _reply(403, "requests from another origin are refused")(send)
            elif origin == "null":
                return await _reply(403, "requests from another origin are refused")(send)
            media = headers.get("content-type", "").split(";")[0].strip().lower()
            if media in FORM_TYPES and not p.csrf_ok(headers.get("x-csrf-token")):
                return await _reply(403, "send JSON (Content-Type: application/json), or the "
                                         "page's X-CSRF-Token with a form upload")(send)

        if method not in ("GET", "HEAD", "OPTIONS"):
            cap = p.max_upload if path.rstrip("/") in p.upload_paths else p.max_body
            declared = headers.get("content-length")
            if declared is not None:
                try:
                    if int(declared) > cap:
                        return await _reply(413, _too_large(cap))(send)
                except ValueError:
                    return await _reply(400, "Content-Length is not a number")(send)
            received = 0
            started = False

            async def capped_receive():
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > cap:
                        raise TooLarge
                return message

            async def watch_send(message):
                nonlocal started
                if message["type"] == "http.response.start":
                    started = True
                await send(message)

            try:
                return await self.app(scope, capped_receive, watch_send)
            except TooLarge:
                if not started:
                    return await _reply(413, _too_large(cap))(send)
                return None
        return await self.app(scope, receive, send)


def _too_large(cap: int) -> str:
    return f"the request is over the limit of {cap:,} bytes"
