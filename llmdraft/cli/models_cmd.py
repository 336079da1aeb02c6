"""`llmdraft models`: is the configured endpoint usable, and what does it serve?

Checks, in order, stopping at the first that fails: an endpoint is configured; it answers
GET /models (which models, how fast); the model llmdraft would use is among them; a one-line
completion with `response_format: json_schema` is honoured (else llmdraft falls back to plain
text, which works but is remembered as a refusal). Prints each step with a verdict and, for a
failure, the fix; `--json` prints the same as an object. Exit 0 when drafting works (offline,
with no endpoint configured, included: `offline` is then true), 3 when the configured endpoint
is not usable."""

from __future__ import annotations

import json
import os
import time
from typing import Annotated

import typer

from .common import BaseUrl, JsonOut, Model, guarded

_NAME = "llmdraft_doctor"


@guarded
def models(
    model: Model = None, base_url: BaseUrl = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for each request.")] = 20.0,
    no_probe: Annotated[bool, typer.Option(
        "--no-probe", help="Do not send the one short completion that tests JSON-schema "
                           "output (it costs a few tokens).")] = False,
    as_json: JsonOut = False,
) -> None:
    """Check the model endpoint: does it answer, which models, JSON-schema output, latency."""
    from .. import config
    from ..providers.discover import is_openai, list_models
    from ..errors import EndpointError

    settings = config.resolve({"model": model, "base_url": base_url},
                              names=("provider", "model", "base_url"))
    base = settings["base_url"].value
    key = os.environ.get("OPENAI_API_KEY") or None
    report: dict = {"base_url": base or "https://api.openai.com/v1",
                    "model": settings["model"].value, "model_source": settings["model"].source,
                    "answers": False, "models": [], "latency_ms": None, "json_schema": None,
                    "verdict": "", "fixes": []}

    def finish(ok: bool, offline: bool = False) -> None:
        report["usable"] = ok
        report["offline"] = offline
        if as_json:
            print(json.dumps(report, indent=2, ensure_ascii=False))
        else:
            print(f"verdict   {report['verdict']}")
            for fix in report["fixes"]:
                print(f"fix       {fix}")
        raise typer.Exit(0 if ok else 3)

    def say(label: str, text: str) -> None:
        if not as_json:
            print(f"{label:9} {text}")

    if settings["provider"].value == "offline":
        report["verdict"] = "the provider is set to offline: no endpoint is used"
        report["fixes"].append("unset it (llmdraft config unset provider, or unset "
                               "LLMDRAFT_PROVIDER) to use an endpoint")
        finish(True, offline=True)
    if not base and not key:
        report["verdict"] = "no endpoint configured: drafts are written offline"
        report["fixes"] += ["export OPENAI_API_KEY=sk-... for OpenAI",
                            "or llmdraft config set base_url http://localhost:11434/v1 for a "
                            "local server (Ollama, vLLM, LM Studio, llama.cpp)"]
        finish(True, offline=True)
    say("endpoint", report["base_url"])
    try:
        listed = list_models(base, key, timeout)
    except EndpointError as exc:
        report["verdict"] = f"the endpoint does not answer: {exc}"
        report["fixes"].append("start the server, or correct the base URL "
                               "(llmdraft config set base_url URL)")
        finish(False)
    report["answers"] = True
    report["models"] = listed.ids
    report["latency_ms"] = round(listed.seconds * 1000)
    shown = ", ".join(listed.ids[:8]) + (f" (+{len(listed.ids) - 8})" if len(listed.ids) > 8 else "")
    say("answers", f"yes, in {report['latency_ms']} ms")
    say("models", shown or "(none listed)")
    chosen = report["model"]
    if chosen is None:
        if is_openai(base):
            from ..providers.openai_compat import DEFAULT_MODEL

            chosen = DEFAULT_MODEL
        elif len(listed.ids) == 1:
            chosen = listed.ids[0]
            report["model_source"] = "the server's only model"
        else:
            report["verdict"] = (f"the server serves {len(listed.ids)} models and none is "
                                 f"chosen")
            report["fixes"].append("llmdraft config set model NAME (one of the models above)")
            finish(False)
    report["model"] = chosen
    say("model", f"{chosen} ({report['model_source']})")
    if listed.ids and chosen not in listed.ids:
        report["verdict"] = f"the model {chosen} is not among those the endpoint serves"
        report["fixes"].append("llmdraft config set model NAME (one of the models above)")
        finish(False)
    if no_probe:
        report["verdict"] = "usable (JSON-schema output not probed)"
        finish(True)
    report["json_schema"], seconds, problem = _probe(chosen, base, key, timeout)
    report["completion_ms"] = round(seconds * 1000) if seconds is not None else None
    if problem:
        report["verdict"] = f"the endpoint lists models but a completion failed: {problem}"
        report["fixes"].append("check the server's log; try another model with --model")
        finish(False)
    say("schema", "honoured" if report["json_schema"] else
        "refused: llmdraft asks for plain text instead (works; replies are cleaned and checked)")
    say("latency", f"a short completion took {report['completion_ms']} ms")
    report["verdict"] = "usable" + ("" if report["json_schema"] else ", with plain-text replies")
    finish(True)


def _probe(model: str, base: str | None, key: str | None, timeout: float
           ) -> tuple[bool | None, float | None, str | None]:
    """(json_schema honoured, seconds for a completion, problem): one tiny completion asking
    for a JSON schema; refused as llmdraft would recognise it, then once in plain text."""
    from ..errors import EndpointError
    from ..providers.openai_compat import OpenAIProvider, RetryPolicy, _refuses_structure, _sdk

    provider = OpenAIProvider(model=model, base_url=base, api_key=key, timeout=timeout,
                              retry=RetryPolicy(retries=0))
    openai = _sdk()
    client = provider._get_client()
    messages = [{"role": "user", "content": 'Answer with {"ok": true}.'}]
    schema = {"type": "json_schema", "json_schema": {"name": _NAME, "strict": True, "schema": {
        "type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"],
        "additionalProperties": False}}}
    started = time.monotonic()
    try:
        response = client.chat.completions.create(model=model, messages=messages,
                                                  response_format=schema, max_tokens=20)
        seconds = time.monotonic() - started
        content = (response.choices[0].message.content or "") if response.choices else ""
        try:
            honoured = isinstance(json.loads(content), dict)
        except ValueError:
            honoured = False
        return honoured, seconds, None
    except openai.APIStatusError as exc:
        if not _refuses_structure(exc):
            return None, None, provider._describe(exc)
    except openai.APIError as exc:
        return None, None, provider._describe(exc)
    except EndpointError as exc:
        return None, None, str(exc)
    started = time.monotonic()
    try:
        client.chat.completions.create(model=model, messages=messages, max_tokens=20)
    except openai.APIError as exc:
        return False, None, provider._describe(exc)
    return False, time.monotonic() - started, None
