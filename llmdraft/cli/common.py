"""What the commands share: the context and endpoint options, loading a context, errors.

Each command translates its flags into a Request (build_request), an Endpoint (endpoint) and
DraftOptions, and hands those three to the engine (run_draft)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ..context import ALL_KEYS
from ..errors import InputError, LLMDraftError
from ..settings import DraftOptions, Endpoint

if TYPE_CHECKING:
    from ..kinds import Request

ENDPOINT = Endpoint()  # the defaults the flags show, from the one place they are written
DRAFT = DraftOptions()

# -- options ----------------------------------------------------------------------------------

CTX = "Context (flags override --context)"
END = "Model endpoint"

REQUIRED = "Required (here or in --context)."


def _env(name: str) -> str:
    """An option's help ends with its environment variable (read by llmdraft.config, which
    knows where each value came from, rather than by click; in parentheses, since Typer's rich
    help reads square brackets as markup)."""
    return f" (env var: {name}; or 'llmdraft config set')"


To = Annotated[Optional[str], typer.Option("--to", help=f"Who receives the message. {REQUIRED}",
                                           rich_help_panel=CTX)]
From = Annotated[Optional[str], typer.Option(
    "--from", help="You (signs the message)." + _env("LLMDRAFT_SENDER"), rich_help_panel=CTX)]
Project = Annotated[Optional[str], typer.Option(help=f"The project you shared. {REQUIRED}",
                                                rich_help_panel=CTX)]
Strength = Annotated[Optional[list[str]], typer.Option(
    "--strength", help=f"A strength to mention (repeat for each, 1 to 5). {REQUIRED}",
    rich_help_panel=CTX)]
RemindedStrength = Annotated[Optional[list[str]], typer.Option(
    "--strength", help="A strength to restate (repeat for each, 1 to 5); without one, the reminder "
                       "restates the project alone.", rich_help_panel=CTX)]
Relationship = Annotated[Optional[str], typer.Option(
    help="How they know you: one of LinkedIn's twelve values (managed-you, same-team, client, "
         "teacher, ...)." + _env("LLMDRAFT_RELATIONSHIP"), show_default="same-team",
    rich_help_panel=CTX)]
Closeness = Annotated[Optional[str], typer.Option(
    help="close (a friend) | professional | distant (little contact since: the draft says so)."
         + _env("LLMDRAFT_CLOSENESS"),
    show_default="professional", rich_help_panel=CTX)]
ChannelOpt = Annotated[Optional[str], typer.Option(
    "--channel", help="linkedin-request | linkedin-message | connection-note | inmail | email."
    + _env("LLMDRAFT_CHANNEL"), show_default="linkedin-request (follow-ups: linkedin-message)",
    rich_help_panel=CTX)]
Purpose = Annotated[Optional[str], typer.Option(help="What it is for (job search, ...).", rich_help_panel=CTX)]
Details = Annotated[Optional[str], typer.Option(
    help="Facts the draft may use, e.g. outcomes with their numbers.", rich_help_panel=CTX)]
RecipientRole = Annotated[Optional[str], typer.Option(
    help="Their role, e.g. 'Head of Operations at Northwind' (the draft may mention it).",
    rich_help_panel=CTX)]
GreetAs = Annotated[Optional[str], typer.Option(
    help="The name to greet them by, when it is not their first given name: 'Soo-jin' for "
         "'Kim Soo-jin', 'Bob' for 'Robert Jones'.", rich_help_panel=CTX)]
Pronouns = Annotated[Optional[str], typer.Option(
    help="How a recommendation speaks of them: she, he or they (she/her, he/him, they/them). "
         "Without it, 'they' unless the context says 'she' or 'he'.", rich_help_panel=CTX)]
ContextFile = Annotated[Optional[Path], typer.Option(
    "--context", help="A JSON or YAML file with the context keys.", rich_help_panel=CTX)]
MaxChars = Annotated[Optional[int], typer.Option(
    help="Override the channel's character limit (e.g. 300 for Premium connection notes).",
    rich_help_panel=CTX)]
JsonOut = Annotated[bool, typer.Option("--json", help="Print the result object as JSON.")]

ProviderOpt = Annotated[Optional[str], typer.Option(
    "--provider", help="auto | offline | openai (auto: openai when OPENAI_API_KEY or a base URL "
                       "is set)." + _env("LLMDRAFT_PROVIDER"), show_default=ENDPOINT.provider,
    rich_help_panel=END)]
Model = Annotated[Optional[str], typer.Option(
    help="Model name." + _env("LLMDRAFT_MODEL"),
    show_default="gpt-4o-mini; a local server's only model", rich_help_panel=END)]
BaseUrl = Annotated[Optional[str], typer.Option(
    help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1." + _env("OPENAI_BASE_URL"),
    show_default="OpenAI's", rich_help_panel=END)]


Variant = Annotated[int, typer.Option(help="Another phrasing of the same draft.")]
MaxAttempts = Annotated[int, typer.Option(help="Drafts to try before giving up (re-asks).")]
Retries = Annotated[int, typer.Option(help="Retries of a failed endpoint call (429, 5xx, ...).")]
Timeout = Annotated[float, typer.Option(help="Seconds to wait for one endpoint call.")]
Temperature = Annotated[Optional[float], typer.Option(help="Sampling temperature (0 to 2).",
                                                      show_default="the endpoint's own")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
NoHistory = Annotated[bool, typer.Option(
    "--no-history", help="Do not record this draft in the history (or LLMDRAFT_NO_HISTORY=1).")]
Refresh = Annotated[bool, typer.Option("--refresh", help="Draft anew and overwrite the cache.")]


def err(message: str) -> None:
    """One line on stderr, through `message_line`: no secrets, no control sequences, short."""
    from ..sanitize import message_line

    print(message_line(f"llmdraft: {message}"), file=sys.stderr, flush=True)


def guarded(fn):
    """Turn llmdraft's errors into one line on stderr and the contract's exit code."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except LLMDraftError as exc:
            err(f"error: {exc}")
            raise typer.Exit(exc.exit_code) from None
        except (OSError, RecursionError, MemoryError) as exc:  # local: nothing nearer caught it
            from ..oserrors import describe

            err(f"error: {describe(exc)}")
            raise typer.Exit(2) from None
        except KeyboardInterrupt:
            err("interrupted")
            raise typer.Exit(130) from None

    return wrapper


# -- the context ------------------------------------------------------------------------------

MAX_CONTEXT_BYTES = 1 << 20  # a context is a few hundred bytes; a megabyte is not a context


def read_context_file(path: Path) -> dict:
    """A context file, read strictly (llmdraft/loaders.py: no aliases, no duplicate keys)."""
    from ..loaders import LoadError, load_json, load_yaml, read_text

    try:
        text = read_text(path, MAX_CONTEXT_BYTES)
    except FileNotFoundError:
        raise InputError(f"context file not found: {path}") from None
    except LoadError as exc:
        raise InputError(f"context file {path} is too large: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read context file {path}: {exc}") from None
    try:
        data = load_json(text) if path.suffix.lower() == ".json" else load_yaml(text)
    except LoadError as exc:
        raise InputError(f"context file {path} is not valid JSON or YAML: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(f"context file {path} must hold a mapping of context keys")
    return data


def build_request(file: Path | None, kind: str = "request", base: dict | None = None,
                  **flags) -> "Request":
    """The context file's keys, overridden by whichever flags were given, as a request for
    `kind` (kinds.context_for applies the kind's channel). Under both lie `base` (a follow-up's
    request from the history) and the defaults the environment or the config file set (sender,
    relationship, closeness, channel):
    flag > context file > base > environment > config file > llmdraft's default."""
    from ..kinds import Request

    unknown = sorted(set(flags) - set(ALL_KEYS))
    if unknown:
        raise AssertionError(f"unknown context flag {unknown[0]}")
    defaults = {**configured_context(kind), **(base or {})}
    if file:
        defaults.update({k: v for k, v in read_context_file(file).items()
                         if v is not None and v != ""})
    return Request.of(kind, flags, defaults=defaults or None)


def configured_context(kind: str) -> dict:
    """The context defaults the environment or the config file give, for `kind`: a kind with a
    channel of its own (a follow-up's linkedin-message, a recommendation) keeps it, since the
    configured channel is where requests go."""
    from .. import config
    from ..kinds import get_kind

    defaults = config.context_defaults(config.resolve(
        names=tuple(n for n, k in config.KEYS.items() if k.context)))
    spec = get_kind(kind)
    if spec.channel is not None or spec.default_channel is not None:
        defaults.pop("channel", None)
    return defaults


# -- drafting and showing a result ------------------------------------------------------------

def endpoint(provider: str | None, model: str | None, base_url: str | None, timeout: float,
             retries: int, no_cache: bool, temperature: float | None = None) -> Endpoint:
    """The endpoint flags, over the environment and the config file, as one Endpoint (checked:
    a bad value is exit 2). A --model or --temperature that nothing will use is said on stderr;
    under --provider openai, a missing endpoint is an error (make_provider says so)."""
    import os

    from .. import config

    settings = config.resolve({"provider": provider, "model": model, "base_url": base_url},
                              names=("provider", "model", "base_url"))
    where = Endpoint(provider=settings["provider"].value, model=settings["model"].value,
                     base_url=settings["base_url"].value, timeout=timeout, retries=retries,
                     cache=not no_cache)
    if where.provider == "auto" and not where.base_url and not os.environ.get("OPENAI_API_KEY"):
        ignored = [flag for flag, value in (("--model", model), ("--temperature", temperature))
                   if value is not None]
        if ignored:
            err(f"note: no endpoint configured; drafting offline ({' and '.join(ignored)} "
                f"ignored)")
    return where


MAX_CONCURRENCY = 64  # calls in flight: each is a thread; endpoints rate-limit long before this


def check_concurrency(concurrency: int) -> None:
    """--concurrency within bounds that keep threads sane."""
    if not 1 <= concurrency <= MAX_CONCURRENCY:
        raise InputError(f"--concurrency must be between 1 and {MAX_CONCURRENCY}, not "
                         f"{concurrency}")


def run_draft(request: "Request", where: Endpoint, options: DraftOptions):
    """The engine, with the provider (and its cache) `where` describes."""
    from .. import engine
    from ..providers import make_provider

    return engine.draft(request, make_provider(where), options)


def show(result, as_json: bool, label: str | None = None) -> None:
    """Print the message ready to paste (or the result object); failures on stderr; exit code."""
    from ..sanitize import strip_controls

    if as_json:
        print(result.to_json())  # JSON escapes every control character
    else:
        if label:
            print(f"{label}\n")
        if result.subject:
            print(f"Subject: {strip_controls(result.subject)}\n")
        print(strip_controls(result.message))  # a cached row from elsewhere is stripped too
    for c in result.failed_errors:
        err(f"failed {c.name}: {c.detail}")
    if not as_json:
        for c in result.failed_warnings:
            err(f"note {c.name}: {c.detail}")
    if not result.passed:
        raise typer.Exit(1)
