"""What an OpenAI-compatible endpoint says about itself: the models it serves (GET /models).

Used when no model is given for a local server (its one model is used; several is an error that
lists them) and by `llmdraft models`. Plain urllib, not the openai SDK: the SDK costs about
0.5 s to import, and one GET does not need it.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from ..errors import EndpointError, InputError
from ..sanitize import excerpt

OPENAI_URL = "https://api.openai.com/v1"
MAX_BODY = 4 << 20  # a list of models is a few KB; OpenAI's is ~100 KB


def is_openai(base_url: str | None) -> bool:
    """OpenAI's own endpoint (no base URL, or api.openai.com): its model list is no hint."""
    if not base_url:
        return True
    from urllib.parse import urlsplit

    return (urlsplit(base_url).hostname or "").lower() == "api.openai.com"


@dataclass(frozen=True)
class Models:
    ids: list[str]
    seconds: float  # how long the endpoint took to answer


def list_models(base_url: str | None, api_key: str | None, timeout: float = 10.0) -> Models:
    """GET BASE/models. An EndpointError names the URL and says what went wrong (refused,
    not found: with the /v1 hint, a non-JSON answer)."""
    import urllib.error
    import urllib.request

    base = (base_url or OPENAI_URL).rstrip("/")
    url = f"{base}/models"
    request = urllib.request.Request(url, headers={
        "Authorization": f"Bearer {api_key or 'not-needed'}", "Accept": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only, checked
            body = response.read(MAX_BODY + 1)
    except urllib.error.HTTPError as exc:
        raise EndpointError(f"{url} answered {exc.code}{hint_v1(base, exc.code)}",
                            permanent=True) from None
    except urllib.error.URLError as exc:
        raise EndpointError(connection_problem(base, exc.reason), permanent=True) from None
    except (TimeoutError, OSError) as exc:
        raise EndpointError(connection_problem(base, exc), permanent=True) from None
    seconds = time.monotonic() - started
    try:
        data = json.loads(body[:MAX_BODY])
        items = data["data"] if isinstance(data, dict) else data
        ids = [str(item["id"]) for item in items if isinstance(item, dict) and item.get("id")]
    except (ValueError, KeyError, TypeError):
        raise EndpointError(f"{url} did not answer with a list of models"
                            f"{hint_v1(base, 404)}", permanent=True) from None
    return Models(ids, seconds)


def hint_v1(base_url: str | None, status: int | None) -> str:
    """'; try BASE/v1' when a 404 came from a base URL without /v1."""
    if status != 404 or not base_url:
        return ""
    base = base_url.rstrip("/")
    if base.endswith("/v1") or "/v1/" in base:
        return ""
    return f": the base URL has no /v1; try {base}/v1"


def connection_problem(base_url: str | None, reason: object) -> str:
    """One line naming the URL llmdraft tried, and why it got no answer."""
    url = base_url or OPENAI_URL
    text = str(reason)
    if isinstance(reason, ConnectionRefusedError) or "refused" in text.lower():
        return f"connection refused by {url}: is the server running, on that port?"
    if "timed out" in text.lower() or isinstance(reason, TimeoutError):
        return f"no answer from {url} in time"
    return f"cannot reach {url}: {excerpt(text, 80)}"


def only_model(base_url: str, api_key: str | None, timeout: float) -> str:
    """The one model a local server serves; several (or none) is an InputError listing them."""
    models = list_models(base_url, api_key, min(timeout, 10.0)).ids
    if len(models) == 1:
        return models[0]
    if not models:
        raise InputError(f"{base_url} lists no models: give --model (or LLMDRAFT_MODEL)")
    shown = ", ".join(models[:10]) + (f" and {len(models) - 10} more" if len(models) > 10 else "")
    raise InputError(f"{base_url} serves {len(models)} models: choose one with --model "
                     f"(or 'llmdraft config set model NAME'): {shown}")


def check_url(url: str) -> str:
    """'http://localhost:11434/v1/' -> 'http://localhost:11434/v1'; no scheme is an error."""
    from urllib.parse import urlsplit

    url = url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError as exc:
        raise InputError(f"the base URL {excerpt(url)} is not a URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InputError(f"the base URL {excerpt(url)} needs http:// or https:// and a host, "
                         f"e.g. http://localhost:11434/v1")
    return url
