"""The `llmdraft serve` command: options, the token, binding, and uvicorn."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..cli.common import err, guarded
from ..errors import InputError

WEB = "Web server"
END = "Model endpoint"
LIMITS = "Limits"


@guarded
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on. Anything but a loopback "
                                           "address needs a token.", rich_help_panel=WEB)] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port (0: any free one).", rich_help_panel=WEB)] = 8000,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the page in a browser.",
                                               rich_help_panel=WEB)] = False,
    token: Annotated[Optional[str], typer.Option(
        envvar="LLMDRAFT_SERVE_TOKEN", help="Require this token on every request (generated and "
        "printed once when --host is not a loopback address).", rich_help_panel=WEB)] = None,
    allow_host: Annotated[Optional[list[str]], typer.Option(
        "--allow-host", help="Another name this server may be reached by (Host header; "
        "repeatable; '*' for any).", rich_help_panel=WEB)] = None,
    cors_origin: Annotated[Optional[list[str]], typer.Option(
        "--cors-origin", help="An origin whose pages may call the API (CORS; off unless given).",
        rich_help_panel=WEB)] = None,
    data_dir: Annotated[Optional[Path], typer.Option(
        envvar="LLMDRAFT_SERVE_DIR", help="Where batches are kept (default: the user data "
        "folder).", rich_help_panel=WEB)] = None,
    provider: Annotated[str, typer.Option(help="auto | offline | openai.", rich_help_panel=END)] = "auto",
    model: Annotated[Optional[str], typer.Option(help="Model name (or LLMDRAFT_MODEL).",
                                                 rich_help_panel=END)] = None,
    base_url: Annotated[Optional[str], typer.Option(help="OpenAI-compatible endpoint (or "
                                                         "OPENAI_BASE_URL).", rich_help_panel=END)] = None,
    max_attempts: Annotated[int, typer.Option(help="Drafts to try per request (re-asks).",
                                              rich_help_panel=END)] = 3,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.",
                                           rich_help_panel=END)] = False,
    request_timeout: Annotated[float, typer.Option(help="Seconds one draft or check may take.",
                                                   rich_help_panel=LIMITS)] = 60.0,
    max_upload_mb: Annotated[float, typer.Option(help="Largest upload (batch input, export zip).",
                                                 rich_help_panel=LIMITS)] = 10.0,
    max_batch_rows: Annotated[int, typer.Option(help="Rows in one batch.", rich_help_panel=LIMITS)] = 5000,
    max_batches: Annotated[int, typer.Option(help="Batches running at once (more wait).",
                                             rich_help_panel=LIMITS)] = 2,
    concurrency: Annotated[int, typer.Option(help="Endpoint calls in flight per batch.",
                                             rich_help_panel=LIMITS)] = 8,
) -> None:
    """Serve the web page and the HTTP API (JSON under /v1) on this machine."""
    _serve(host, port, open_browser, token, allow_host or [], cors_origin or [], data_dir,
           provider, model, base_url, max_attempts, no_cache, request_timeout,
           max_upload_mb, max_batch_rows, max_batches, concurrency, err)


def _serve(host, port, open_browser, token, allow_host, cors_origin, data_dir, provider, model,
           base_url, max_attempts, no_cache, request_timeout, max_upload_mb, max_batch_rows,
           max_batches, concurrency, err) -> None:
    import math

    from ..cli.common import check_concurrency
    from ..settings import DraftOptions

    check_concurrency(concurrency)
    DraftOptions(max_attempts=max_attempts)  # the CLI's bounds and its one-line error
    if not (math.isfinite(request_timeout) and 0 < request_timeout <= 3600):
        raise InputError(f"--request-timeout must be above 0 and at most 3600 seconds, not "
                         f"{request_timeout}")
    if not (math.isfinite(max_upload_mb) and 0 < max_upload_mb <= 1024):
        raise InputError(f"--max-upload-mb must be above 0 and at most 1024, not {max_upload_mb}")
    if not 1 <= max_batch_rows <= 1_000_000:
        raise InputError(f"--max-batch-rows must be between 1 and 1,000,000, not {max_batch_rows}")
    if not 1 <= max_batches <= 16:
        raise InputError(f"--max-batches must be between 1 and 16, not {max_batches}")
    if not 0 <= port <= 65535:
        raise InputError(f"--port must be between 0 and 65535, not {port}")
    if token is not None and len(token) < 8:
        raise InputError("--token must be at least 8 characters")

    try:
        import uvicorn

        from .app import Settings, create_app
    except ImportError as exc:
        raise InputError(f"llmdraft serve needs {exc.name}: pip install 'llmdraft[serve]'") from None
    from .security import Policy, is_loopback, new_token
    from .service import Endpoint

    loopback = is_loopback(host)
    generated = token is None and not loopback
    if generated:
        token = new_token()
    sock = _bind(host, port)
    bound_port = sock.getsockname()[1]
    folder = Path(data_dir) if data_dir else _default_data_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)

    settings = Settings(
        endpoint=Endpoint(provider=provider, model=model, base_url=base_url,
                          cache=not no_cache, max_attempts=max_attempts),
        policy=Policy(bind_host=host, token=token, allowed_hosts=tuple(allow_host),
                      max_upload=int(max_upload_mb * 1024 * 1024),
                      allowed_origins=tuple(cors_origin)),
        data_dir=folder, request_timeout=request_timeout, max_batch_rows=max_batch_rows,
        max_running_batches=max_batches, batch_concurrency=concurrency,
        cors_origins=tuple(cors_origin))
    app = create_app(settings)  # a bad --provider or --base-url is one line here, exit 2

    shown = f"[{host}]" if ":" in host else host
    if host in ("0.0.0.0", "::"):
        shown = socket.gethostname()
    url = f"http://{shown}:{bound_port}/"
    if token is not None and generated:
        url += f"?token={token}"
    service = app.state.service
    print(f"llmdraft {'serving'} on {url}", flush=True)
    if generated:
        print("  (the token is printed only this once; open that URL to use the page)", flush=True)
    elif token is not None:
        print("  (every request needs the token you gave)", flush=True)
    print(f"  provider {service.provider_name}"
          + (f", model {service.model}" if service.model else "")
          + f"; batches kept in {folder}; Ctrl-C stops", flush=True)

    if open_browser:
        import threading
        import webbrowser

        local = url.replace(f"//{shown}:", f"//{'127.0.0.1' if host in ('0.0.0.0', '::') else shown}:")
        threading.Timer(0.5, webbrowser.open, args=(local,)).start()

    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on",
                            timeout_keep_alive=5, timeout_graceful_shutdown=5,
                            limit_concurrency=512, server_header=False)
    server = uvicorn.Server(config)
    server.run(sockets=[sock])
    # Batches still running stop here; their journals hold every finished row, and the next
    # start resumes them. Leaving at once keeps a worker pool from holding the exit.
    if app.state.batches.active():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto given: asyncio sets TCP_NODELAY only on sockets that say IPPROTO_TCP, and without it
    # an answer written in two parts (headers, body) waits 40 ms for the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("llmdraft")) / "serve"
