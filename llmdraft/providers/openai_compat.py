"""Any OpenAI-compatible Chat Completions endpoint (OpenAI, Azure, Ollama, vLLM, LM Studio, ...).

The `openai` SDK is imported on the first request, not before: it costs about 0.5 s, and cache
hits, offline drafts and --help should not pay it.

Retries are tenacity's alone (the SDK's own are off, or every failure would be retried twice
more inside each of ours): 429, 5xx, timeouts, dropped connections and garbled 200s are retried
with exponential backoff and jitter, honouring Retry-After and retry-after-ms; 400/401/403/404 and
an exhausted quota are not. The API key is never part of a message, a log line or the cache.
"""

from __future__ import annotations

import json
import math
import random
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from ..errors import EndpointError, InputError
from ..parse import ParseError, parse_json_reply, parse_text_reply, reply_schema
from ..result import Usage
from ..sanitize import excerpt
from .base import ProviderRequest, Reply
from .discover import check_url

if TYPE_CHECKING:
    from ..cache import DraftCache
    from .limiter import AdaptiveLimiter

DEFAULT_MODEL = "gpt-4o-mini"
MAX_REPLY_CHARS = 50_000  # characters of a reply that are read: 15 times the longest channel
_MAX_RETRY_AFTER = 30.0  # seconds: a longer Retry-After is capped (and the total bound still holds)

@dataclass
class RetryPolicy:
    retries: int = 4  # retries after the first call
    max_wait: float = 45.0  # seconds for the whole exchange, calls and backoff, before giving up
    base: float = 0.5  # first backoff (seconds), doubling, with full jitter
    cap: float = 8.0


@dataclass
class OpenAIProvider:
    deterministic: ClassVar[bool] = False
    structured_output: ClassVar[bool] = True
    uses_limiter: ClassVar[bool] = True

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = None
    timeout: float = 30.0  # one call; see RetryPolicy.max_wait for the whole exchange
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    structured: bool = True  # ask for JSON output; falls back on its own when refused
    cache: "DraftCache | None" = None  # drafts, and endpoints that refuse structure
    limiter: "AdaptiveLimiter | None" = None  # shared by a batch's workers
    name: str = "openai"
    calls: int = 0  # HTTP requests sent, retries included
    # This provider's endpoint answered 400 to response_format: asked for plain text from then
    # on (and remembered in the cache, for the next process).
    refuses_structure: bool = False
    _client: object = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def cache_identity(self) -> dict:
        return {"provider": self.name, "base_url": self.base_url or "default", "model": self.model}

    # -- the request ---------------------------------------------------------------------------

    def body(self, request: ProviderRequest) -> dict:
        """The Chat Completions request body for one call: what `complete` sends, and what a
        Batch API file carries on each line."""
        params: dict = {"model": self.model, "messages": [dict(m) for m in request.messages]}
        if request.temperature is not None:
            params["temperature"] = request.temperature
        if self.structured and not self._knows_refusal():
            params["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "draft", "schema": reply_schema(), "strict": True},
            }
        return params

    def reply_from(self, completion: object, structured: bool) -> Reply:
        """A completion that arrived some other way (a Batch API output line's body) read as
        `complete` reads its own; EndpointError when it is not a completion."""
        try:
            return self._reply(_completion(completion), structured)
        except _Garbled as exc:
            raise EndpointError(str(exc)) from None

    def client(self):
        """The SDK client (for the files and batches APIs), made on first use."""
        return self._get_client()

    def complete(self, request: ProviderRequest) -> Reply:
        params = self.body(request)
        use_schema = "response_format" in params
        openai = _sdk()
        try:
            response = self._send(params)
        except openai.APIStatusError as exc:  # a 400, or a 500 that refuses the schema (_send)
            if not (use_schema and _refuses_structure(exc)):
                raise EndpointError(self._describe(exc), permanent=True) from None
            self._remember_refusal()
            params.pop("response_format")
            use_schema = False
            response = None
        if response is None:  # the plain-text retry, outside the handler above
            try:
                response = self._send(params)
            except openai.BadRequestError as exc:
                raise EndpointError(self._describe(exc), permanent=True) from None
        return self._reply(response, use_schema)

    def _describe(self, exc: Exception) -> str:
        return _describe(exc, self.model, self.base_url)

    def _send(self, params: dict):
        """One completion, with tenacity retrying transient failures within the time budget."""
        import tenacity

        openai = _sdk()
        client = self._get_client()
        started = time.monotonic()
        # The whole exchange, retries included, ends by this deadline (at least one full call).
        budget = max(self.retry.max_wait, self.timeout)

        def call():
            with self._lock:
                self.calls += 1
            remaining = budget - (time.monotonic() - started)
            return self._call_once(client, params, max(1.0, min(self.timeout, remaining)))

        structured = "response_format" in params
        retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception(  # type: ignore[arg-type]
                lambda exc: isinstance(exc, Exception) and _transient(exc, openai)
                and not (structured and _refuses_structure(exc))),
            wait=lambda state: _wait_for(state.outcome.exception(),  # type: ignore[union-attr,arg-type]
                                         state.attempt_number, self.retry),
            stop=(tenacity.stop_after_attempt(self.retry.retries + 1)
                  | tenacity.stop_before_delay(budget - 1.0)),
            reraise=True,
        )
        try:
            return retrying(call)
        except openai.BadRequestError:
            raise  # complete() decides: a refused response_format, or the end
        except Exception as exc:  # noqa: BLE001 - sorted into what the user is told
            if "response_format" in params and _refuses_structure(exc):
                raise  # complete() falls back to plain text, as for a 400
            if _transient(exc, openai):
                tries = retrying.statistics.get("attempt_number", 1)
                raise EndpointError(f"the model endpoint failed after {tries} attempt"
                                    f"{'s' if tries != 1 else ''} ({self._describe(exc)})"
                                    ) from None
            if isinstance(exc, openai.APIError):
                raise EndpointError(self._describe(exc), permanent=True) from None
            raise

    def _call_once(self, client, params: dict, timeout: float):
        """One HTTP call; the limiter's slot is freed before any backoff, so others go on."""
        openai = _sdk()
        if self.limiter is not None:
            self.limiter.acquire()
        rate_limited = False
        try:
            response = client.chat.completions.create(**params, timeout=timeout)
        except openai.RateLimitError:
            rate_limited = True
            raise
        finally:
            if self.limiter is not None:
                self.limiter.release(rate_limited)
        return _completion(response)

    def _reply(self, completion: "_Completion", structured: bool) -> Reply:
        content, usage = completion.content, completion.usage
        problem = None
        if len(content) > MAX_REPLY_CHARS:  # parsing and checking it would only cost time
            content = content[:MAX_REPLY_CHARS]
            problem = "the answer was far longer than any message; write one message only"
        try:
            message, subject = parse_json_reply(content) if structured else parse_text_reply(content)
        except ParseError as exc:
            # Many compatible servers accept response_format and ignore it: read it as text;
            # but JSON that is not the shape asked for is a format problem to re-ask about.
            message, subject = parse_text_reply(content)
            if content.lstrip().startswith(("{", "```json")):
                problem = str(exc)
        if not message:
            problem = "the answer was empty"
        if completion.finish_reason == "length":
            problem = "the answer was cut off at the token limit; write a shorter message"
        return Reply(message=message, subject=subject, usage=usage, problem=problem)

    # -- the client, and what was learned about the endpoint --------------------------------------------------

    def _get_client(self):
        with self._lock:
            if self._client is None:
                self._client = self._new_client()
        return self._client

    def _new_client(self):
        return _sdk().OpenAI(
            api_key=self.api_key or "not-needed",  # local endpoints take any key
            base_url=self.base_url,
            timeout=self.timeout,
            max_retries=0,
        )

    def _endpoint_key(self) -> str:
        return _capability_key((self.base_url or "default", self.model))

    def _knows_refusal(self) -> bool:
        if not self.refuses_structure and self.cache is not None \
                and self.cache.recall(self._endpoint_key()):
            self.refuses_structure = True
        return self.refuses_structure

    def _remember_refusal(self) -> None:
        self.refuses_structure = True
        if self.cache is not None:
            self.cache.remember(self._endpoint_key(), {"structured_output": False})


class _Garbled(Exception):
    """A 200 whose body is not a completion (a proxy's page, a cut-off body, a field of the
    wrong type): retried like a 5xx, then an endpoint error (exit 3, a batch's error row)."""


@dataclass(frozen=True)
class _Completion:
    """What llmdraft reads from a 200, checked field by field: the SDK builds its response
    objects without validating them, so `choices` may be a string and `content` a dict."""

    content: str
    finish_reason: str | None
    usage: Usage


def _field(obj, name: str):
    if isinstance(obj, dict):
        return obj.get(name)
    extra = getattr(obj, "model_extra", None) or {}
    return getattr(obj, name, None) if name not in extra else extra[name]


def _count(value) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Garbled(f"the endpoint answered 200 with a token count of {excerpt(value, 20)}")
    return value


def _completion(response) -> _Completion:
    """The first choice's text, finish reason and usage, or _Garbled naming what is wrong."""
    if isinstance(response, (str, bytes)):
        raise _Garbled("the endpoint answered 200 with text, not a completion")
    choices = _field(response, "choices")
    if not isinstance(choices, list) or not choices:
        raise _Garbled("the endpoint answered 200 with no list of choices in it")
    choice = choices[0]
    if choice is None or isinstance(choice, (str, int, float, bool, list)):
        raise _Garbled(f"the endpoint answered 200 with a choice that is "
                       f"{type(choice).__name__}, not an object")
    message = _field(choice, "message")
    content = _field(message, "content") if message is not None else None
    if content is not None and not isinstance(content, str):
        raise _Garbled(f"the endpoint answered 200 with content that is "
                       f"{type(content).__name__}, not text")
    finish = _field(choice, "finish_reason")
    if finish is not None and not isinstance(finish, str):
        raise _Garbled("the endpoint answered 200 with a finish_reason that is not text")
    raw = _field(response, "usage")
    usage = Usage()
    if raw is not None:
        if isinstance(raw, (str, int, float, bool, list)):
            raise _Garbled(f"the endpoint answered 200 with usage that is {type(raw).__name__}")
        usage = Usage(_count(_field(raw, "prompt_tokens")), _count(_field(raw, "completion_tokens")),
                      _count(_field(raw, "total_tokens")))
    return _Completion(content or "", finish, usage)


def _sdk():
    import openai

    return openai


def _capability_key(endpoint: tuple[str, str]) -> str:
    from ..cache import cache_key

    return cache_key({"endpoint": endpoint[0], "model": endpoint[1], "about": "capabilities"})


def _transient(exc: Exception, openai) -> bool:
    if isinstance(exc, openai.RateLimitError):
        return not _quota_exhausted(exc)
    if isinstance(exc, (openai.APIConnectionError, _Garbled, json.JSONDecodeError)):
        return True  # APITimeoutError is an APIConnectionError
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in (408, 409) or exc.status_code >= 500
    return False


def _quota_exhausted(exc) -> bool:
    code = getattr(exc, "code", None) or ""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        code = code or str(body.get("code") or body.get("type") or "")
    return "quota" in str(code).lower() or "exceeded your current quota" in str(exc).lower()


def _wait_for(exc: Exception, failures: int, policy: RetryPolicy) -> float:
    """Retry-After (or retry-after-ms) when the server gives one, else backoff with full jitter."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw:
            try:
                seconds = float(raw) * scale
            except (TypeError, ValueError):
                continue  # an HTTP date: fall back to backoff
            if math.isfinite(seconds):  # 'nan' parses as a float, and sleep(nan) raises
                return min(max(seconds, 0.0), _MAX_RETRY_AFTER)
    return random.uniform(0, min(policy.cap, policy.base * 2 ** (failures - 1)))


def _about_response_format(exc) -> bool:
    param = getattr(exc, "param", None)
    return param == "response_format" or "response_format" in str(exc) or "json_schema" in str(exc)


def _error_text(exc) -> str:
    """The error's message and body as text (a server's validation error may be in either)."""
    body = getattr(exc, "body", None)
    return f"{exc} {json.dumps(body) if isinstance(body, (dict, list)) else body or ''}"


def _refuses_structure(exc) -> bool:
    """The endpoint refused structured output, told by the body as well as the status: a 400
    about response_format (OpenAI's wording, vLLM, LM Studio), or a 422 or 500 whose body is a
    validation error naming response_format (llama-cpp-python's llama_cpp.server 0.3.x answers
    500 to json_schema). A 500 about anything else stays a server error, retried."""
    status = getattr(exc, "status_code", None)
    if status == 400:
        return _about_response_format(exc)
    if status in (422, 500):
        return "response_format" in _error_text(exc)
    return False


def _describe(exc: Exception, model: str, base_url: str | None = None) -> str:
    """One line about an endpoint error, with no secrets in it."""
    from .discover import connection_problem, hint_v1

    if isinstance(exc, _Garbled):
        return str(exc)
    status = getattr(exc, "status_code", None)
    kind = type(exc).__name__
    openai = _sdk()
    if isinstance(exc, openai.APIConnectionError) and not isinstance(exc, openai.APITimeoutError):
        cause = exc.__cause__ or exc.__context__
        while cause is not None and cause.__cause__ is not None and "refused" not in str(cause).lower():
            cause = cause.__cause__
        return connection_problem(base_url, cause or exc)
    if status == 401:
        return "the endpoint refused the API key (401): check OPENAI_API_KEY"
    if status == 403:
        return "the endpoint refused access (403)"
    if status == 404:
        hint = hint_v1(base_url, 404)
        if hint:
            return f"not found (404){hint}"
        return f"not found (404): is the model {excerpt(model)} served at this base URL?"
    if status == 429 and _quota_exhausted(exc):
        return "the account's quota is exhausted (429 insufficient_quota): not retried"
    text = ""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        text = str(body.get("message") or "")
    if not text:
        text = str(exc).split("\n")[0]
    text = text[:200]
    return f"{status} {kind}: {text}" if status else f"{kind}: {text}"


def from_settings(model: str | None, base_url: str | None, api_key: str | None,
                  timeout: float, retries: int, *, cache=None, limiter=None,
                  structured: bool = True) -> OpenAIProvider:
    if not api_key and not base_url:
        raise InputError("the openai provider needs OPENAI_API_KEY, or --base-url for a local endpoint")
    if base_url:
        base_url = check_url(base_url)
    return OpenAIProvider(model=model or DEFAULT_MODEL, base_url=base_url, api_key=api_key,
                          timeout=timeout, retry=RetryPolicy(retries=retries), cache=cache,
                          limiter=limiter, structured=structured)
