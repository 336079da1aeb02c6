"""The ASGI app: the JSON API under /v1 and the page at /.

Routes only translate: a body becomes a call on `Service` (service.py), whose answer or error
becomes JSON. Drafting runs in a thread pool of its own, so that model calls in flight overlap
(32 clients waiting 200 ms each on a model take about 200 ms, not 6.4 s), and each request has a
deadline (`request_timeout`).
"""

from __future__ import annotations

import asyncio
import html
import tempfile
from contextlib import asynccontextmanager
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import api_models as m
from .highlight import highlights
from .jobs import Batches, Busy
from .security import Guard, Policy, TooLarge
from .service import VERSION, BadInput, Endpoint, EndpointFailed, Service

STATIC = Path(str(resources.files("llmdraft.serve") / "static"))
BATCH_DEFAULTS = ("sender", "project", "strengths", "relationship", "closeness", "channel",
                  "purpose", "details")


@dataclass
class Settings:
    endpoint: Endpoint = field(default_factory=Endpoint)
    policy: Policy = field(default_factory=Policy)
    data_dir: Path = Path(".")
    request_timeout: float = 60.0  # seconds for one draft or check, model calls included
    threads: int = 32  # drafts in flight at once
    max_batch_rows: int = 5000
    max_running_batches: int = 2
    max_waiting_batches: int = 16
    batch_concurrency: int = 8
    cors_origins: tuple[str, ...] = ()


ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": m.ErrorOut}, 413: {"model": m.ErrorOut}, 422: {"model": m.ErrorOut},
          502: {"model": m.ErrorOut}, 503: {"model": m.ErrorOut}, 504: {"model": m.ErrorOut}}


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status,
                        headers={"cache-control": "no-store"})


def create_app(settings: Settings) -> Guard:
    service = Service(settings.endpoint)
    batches = Batches(settings.data_dir / "batches", service, settings.max_batch_rows,
                      settings.max_running_batches, settings.max_waiting_batches,
                      settings.batch_concurrency)
    pool = ThreadPoolExecutor(max_workers=settings.threads, thread_name_prefix="llmdraft-draft")
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    page = page.replace("{{csrf}}", html.escape(settings.policy.csrf, quote=True)) \
               .replace("{{version}}", html.escape(VERSION))

    @asynccontextmanager
    async def lifespan(_app):
        batches.start()  # resumes what a stop interrupted
        yield

    app = FastAPI(title="llmdraft", version=VERSION, docs_url=None, redoc_url=None,
                  lifespan=lifespan,
                  openapi_url="/v1/openapi.json",
                  description="Drafts and checks LinkedIn recommendation requests, follow-ups "
                              "and recommendations; runs batches; reads LinkedIn exports.")
    app.state.batches = batches
    app.state.service = service

    # -- errors: one line, never a traceback --------------------------------------------------

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        what = first.get("msg", "invalid request")
        if first.get("type") == "extra_forbidden":
            what = "unknown field"
        if first.get("type") == "json_invalid":
            return error(400, "the body is not valid JSON")
        return error(422, f"{where}: {what}" if where else what)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = "not found"
        return error(exc.status_code, message)

    @app.exception_handler(TooLarge)
    async def _too_large(request: Request, exc: TooLarge):
        return error(413, "the request is over the size limit")

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception):
        return error(500, f"internal error: {type(exc).__name__} (a bug: please report it)")

    async def call(fn, *args, **kwargs):
        """`fn` in the drafting pool, within the request's deadline; llmdraft's errors become
        the API's codes (400/422 input, 502 refused, 503 unreachable, 504 too slow)."""
        loop = asyncio.get_running_loop()
        try:
            return await asyncio.wait_for(
                loop.run_in_executor(pool, partial(fn, *args, **kwargs)),
                settings.request_timeout)
        except asyncio.TimeoutError:
            raise _Fail(504, f"no answer within {settings.request_timeout:g} s") from None
        except BadInput as exc:
            raise _Fail(422, str(exc)) from None
        except EndpointFailed as exc:
            raise _Fail(502 if exc.permanent else 503, f"the model endpoint failed: {exc}") from None

    @app.exception_handler(_Fail)
    async def _failed(request: Request, exc: _Fail):
        return error(exc.status, exc.message)

    def shaped(result: dict, kind: str, context: dict) -> JSONResponse:
        ctx = service.context(kind, context)
        result["limit"] = ctx.limit
        result["highlights"] = highlights(result, ctx)
        return JSONResponse(result)

    # -- drafting and checking ------------------------------------------------------------------

    @app.post("/v1/drafts", response_model=m.ResultOut, responses=ERRORS, tags=["drafts"])
    async def create_draft(body: m.DraftIn):
        """Draft a request, a follow-up or a recommendation; the result object of `--json`. A
        follow-up given `asked_on` or `days_since` comes with its advice (and, unless `anyway`,
        an empty message when the advice is to wait or not to send)."""
        context = body.context.model_dump(exclude_unset=True)
        timing = None
        if body.kind == "followup" and (body.asked_on or body.days_since is not None
                                        or body.reminders_sent):
            timing = {"asked_on": body.asked_on, "days_since": body.days_since,
                      "reminders_sent": body.reminders_sent}
        result = await call(service.draft, body.kind, context, body.variant, timing, body.anyway)
        return shaped(result, body.kind, context)

    @app.post("/v1/checks", response_model=m.ResultOut, responses=ERRORS, tags=["drafts"])
    async def create_check(body: m.CheckIn):
        """Check a message written elsewhere against a context: the same checks and result."""
        context = body.context.model_dump(exclude_unset=True)
        result = await call(service.check, body.kind, context, body.message, body.subject)
        return shaped(result, body.kind, context)

    # -- batches --------------------------------------------------------------------------------

    @app.post("/v1/batches", status_code=202, response_model=m.BatchOut, responses=ERRORS,
              tags=["batches"])
    async def create_batch(request: Request):
        """Upload a CSV or JSONL input, as `llmdraft batch` takes it; the batch starts at once
        and this answers its id. Either a form upload (field `file`, and the defaults as fields,
        with the page's X-CSRF-Token) or the file itself as the body (Content-Type text/csv or
        application/x-ndjson) with the defaults as query parameters (`strengths` repeatable)."""
        media = _media(request)
        if media == "multipart/form-data":
            data, filename, form = await _form_file(request, 20, "the CSV or JSONL", "upload.csv")
            fields = {k: [v for v in form.getlist(k) if isinstance(v, str)] for k in form.keys()
                      if k != "file"}
        elif media in ("text/csv", "application/csv", "application/x-ndjson", "application/jsonl",
                       "application/octet-stream"):
            data = await request.body()
            jsonl = media in ("application/x-ndjson", "application/jsonl")
            filename = request.query_params.get("filename") or ("upload.jsonl" if jsonl
                                                                 else "upload.csv")
            fields = {k: request.query_params.getlist(k) for k in request.query_params.keys()}
        else:
            raise _Fail(400, "send the file as a form upload (multipart/form-data) or as the "
                             "body (Content-Type: text/csv or application/x-ndjson)")
        if not data:
            raise _Fail(400, "the upload is empty")
        kind = (fields.pop("kind", None) or ["request"])[-1] or "request"
        fields.pop("filename", None)
        unknown = sorted(set(fields) - set(BATCH_DEFAULTS))
        if unknown:
            raise _Fail(422, f"unknown batch default {unknown[0]!r}: use "
                             f"{', '.join(BATCH_DEFAULTS)}")
        defaults: dict = {}
        for key, values in fields.items():
            values = [v.strip() for v in values if v.strip()]
            if values:
                defaults[key] = values if key == "strengths" else values[-1]
        try:
            batch = await call(batches.submit, data, filename, kind, defaults)
        except Busy as exc:
            raise _Fail(429, str(exc)) from None
        return JSONResponse(batches.status(batch), status_code=202)

    @app.get("/v1/batches", response_model=list[m.BatchOut], tags=["batches"])
    async def list_batches():
        """Every batch this server holds, newest first."""
        return JSONResponse([batches.status(b) for b in batches.all()])

    def find(batch_id: str):
        batch = batches.get(batch_id)
        if batch is None:
            raise _Fail(404, "no such batch")
        return batch

    @app.get("/v1/batches/{batch_id}", response_model=m.BatchOut, responses=ERRORS,
             tags=["batches"])
    async def batch_status(batch_id: str):
        """Progress and counts: state, total, done, ok, failed, error, skipped."""
        return JSONResponse(batches.status(find(batch_id)))

    @app.get("/v1/batches/{batch_id}/rows", response_model=m.BatchRows, tags=["batches"])
    async def batch_rows(batch_id: str, offset: int = Query(0, ge=0),
                         limit: int = Query(100, ge=1, le=1000)):
        """Finished rows so far (in row order), with their status and failed checks."""
        return JSONResponse(batches.rows(find(batch_id), offset, limit))

    @app.get("/v1/batches/{batch_id}/output", responses={409: {"model": m.ErrorOut}},
             tags=["batches"])
    async def batch_output(batch_id: str):
        """The output file `llmdraft batch` writes (CSV or JSONL), once the batch is done."""
        batch = find(batch_id)
        if batch.state != "done":
            raise _Fail(409, f"the batch is {batch.state}: its output is ready when it is done")
        media = "text/csv; charset=utf-8" if batch.output.suffix == ".csv" \
            else "application/x-ndjson; charset=utf-8"
        return FileResponse(batch.output, media_type=media,
                            filename=batches.download_name(batch),
                            headers={"cache-control": "no-store"})

    # -- LinkedIn export ------------------------------------------------------------------------

    @app.post("/v1/who", response_model=list[m.Candidate], responses=ERRORS, tags=["who"])
    async def who(request: Request, include_recommended: bool = False,
                  limit: int | None = Query(None, ge=1)):
        """Whom to ask, from LinkedIn's data export (the zip): as `llmdraft who --json`.
        A form upload (field `file`, with X-CSRF-Token) or the zip as the body
        (Content-Type: application/zip)."""
        media = _media(request)
        if media == "multipart/form-data":
            data, shown, _ = await _form_file(request, 5, "the export zip", "export.zip")
        elif media in ("application/zip", "application/x-zip-compressed",
                       "application/octet-stream"):
            data, shown = await request.body(), "export.zip"
        else:
            raise _Fail(400, "send the export zip as the body (Content-Type: application/zip) "
                             "or as a form upload")
        if not data:
            raise _Fail(400, "the upload is empty")
        tmp_dir = settings.data_dir / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=tmp_dir, suffix=".zip") as handle:
            handle.write(data)
            handle.flush()
            people = await call(service.who, Path(handle.name), shown, include_recommended,
                                limit)
        return JSONResponse(people)

    # -- health and the page --------------------------------------------------------------------

    @app.get("/v1/health", response_model=m.Health, tags=["health"])
    async def health():
        """The provider and model in use, the cache, the version, and batches in progress."""
        info = await call(service.describe)
        info["batches"] = {"active": batches.active(), "held": len(batches.all())}
        return JSONResponse(info)

    @app.get("/v1/meta", tags=["health"])
    async def meta():
        """The choices the page offers: relationships, closeness, channels and their limits."""
        return JSONResponse(service.choices())

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index():
        return HTMLResponse(page, headers={"cache-control": "no-store"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    guarded = Guard(app, settings.policy)
    if settings.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"],
                           allow_headers=["content-type", "authorization", "x-csrf-token"])
    guarded.state = app.state
    guarded.fastapi = app
    return guarded


class _Fail(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def _media(request: Request) -> str:
    """The request body's media type, without its parameters: "multipart/form-data"."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def _form_file(request: Request, max_fields: int, what: str,
                     default_name: str) -> tuple[bytes, str, Any]:
    """A form upload's field 'file': its bytes, its name and the whole form."""
    form = await request.form(max_files=1, max_fields=max_fields)
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise _Fail(400, f"no file: send {what} as the form field 'file'")
    return await upload.read(), upload.filename or default_name, form
