"""`llmdraft draft` and `llmdraft check`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import InputError
from ..result import Result
from .common import (BaseUrl, ChannelOpt, Closeness, ContextFile, Details, From, JsonOut, MaxChars,
                     Model, Project, ProviderOpt, Purpose, RecipientRole, Relationship, Strength,
                     To, build_context, err, guarded)


def show(result: Result, as_json: bool) -> None:
    """Print the message ready to paste (or the result object); failures on stderr; exit code."""
    if as_json:
        print(result.to_json())
    else:
        if result.subject:
            print(f"Subject: {result.subject}\n")
        print(result.message)
    for c in result.failed_errors:
        err(f"failed {c.name}: {c.detail}")
    if not as_json:
        for c in result.failed_warnings:
            err(f"note {c.name}: {c.detail}")
    if not result.passed:
        raise typer.Exit(1)


@guarded
def draft(
    to: To = None, sender: From = None, project: Project = None, strength: Strength = None,
    relationship: Relationship = None, closeness: Closeness = None, channel: ChannelOpt = None,
    purpose: Purpose = None, details: Details = None, recipient_role: RecipientRole = None,
    context: ContextFile = None,
    max_chars: MaxChars = None,
    provider: ProviderOpt = "auto", model: Model = None, base_url: BaseUrl = None,
    variant: Annotated[int, typer.Option(help="Another phrasing of the same draft.")] = 0,
    max_attempts: Annotated[int, typer.Option(help="Drafts to try before giving up (re-asks).")] = 3,
    retries: Annotated[int, typer.Option(help="Retries of a failed endpoint call (429, 5xx, ...).")] = 4,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for one endpoint call.")] = 30.0,
    temperature: Annotated[Optional[float], typer.Option(help="Sampling temperature.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")] = False,
    refresh: Annotated[bool, typer.Option("--refresh", help="Draft anew and overwrite the cache.")] = False,
    as_json: JsonOut = False,
) -> None:
    """Draft a recommendation request and print it, ready to paste."""
    from .. import engine
    from ..providers import make_provider

    ctx = build_context(context, recipient=to, sender=sender, project=project, strengths=strength,
                        relationship=relationship, closeness=closeness, channel=channel,
                        purpose=purpose, details=details, recipient_role=recipient_role,
                        max_chars=max_chars)
    if max_attempts < 1 or retries < 0 or timeout <= 0:
        raise InputError("--max-attempts must be at least 1, --retries at least 0, --timeout above 0")
    chosen = make_provider(provider, model=model, base_url=base_url, timeout=timeout, retries=retries)
    cache = None
    if not no_cache and not chosen.deterministic:
        from ..cache import DraftCache

        cache = DraftCache()
        if hasattr(chosen, "memory"):
            chosen.memory = cache
    result = engine.draft(ctx, chosen, max_attempts=max_attempts, variant=variant,
                          temperature=temperature, cache=cache, refresh=refresh)
    show(result, as_json)


@guarded
def check(
    message_file: Annotated[str, typer.Option(
        "--message-file", help="The message to check: a file, or - for standard input.")],
    subject: Annotated[Optional[str], typer.Option(help="Its subject line, if any.")] = None,
    to: To = None, sender: From = None, project: Project = None, strength: Strength = None,
    relationship: Relationship = None, closeness: Closeness = None, channel: ChannelOpt = None,
    purpose: Purpose = None, details: Details = None, recipient_role: RecipientRole = None,
    context: ContextFile = None,
    max_chars: MaxChars = None, as_json: JsonOut = False,
) -> None:
    """Check a message someone already wrote against a context. Exit 0 when it passes."""
    from .. import engine

    ctx = build_context(context, recipient=to, sender=sender, project=project, strengths=strength,
                        relationship=relationship, closeness=closeness, channel=channel,
                        purpose=purpose, details=details, recipient_role=recipient_role,
                        max_chars=max_chars)
    message = _read_message(message_file)
    result = engine.check(ctx, message, subject)
    if as_json:
        print(result.to_json())
    else:
        for c in result.checks:
            mark = "ok  " if c.passed else ("FAIL" if c.severity == "error" else "warn")
            print(f"{mark} {c.name:22} {c.detail}")
        print("passed" if result.passed else f"failed: {len(result.failed_errors)} error check(s)")
    if not result.passed:
        raise typer.Exit(1)


def _read_message(source: str) -> str:
    if source == "-":
        if sys.stdin.isatty():
            raise InputError("--message-file - reads standard input; pipe the message in")
        text = sys.stdin.read()
    else:
        try:
            text = Path(source).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise InputError(f"message file not found: {source}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read message file {source}: {exc}") from None
    if not text.strip():
        raise InputError("the message to check is empty")
    return text.strip()
