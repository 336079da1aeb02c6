"""`llmdraft draft` and `llmdraft check`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import InputError
from ..settings import DraftOptions
from .common import (DRAFT, ENDPOINT, BaseUrl, ChannelOpt, Closeness, ContextFile, Details, From,
                     GreetAs, JsonOut, MaxAttempts, MaxChars, Model, NoCache, NoHistory, Project,
                     ProviderOpt, Purpose, RecipientRole, Refresh, Relationship, Retries, Strength,
                     Temperature, Timeout, To, Variant, build_request, endpoint, guarded, run_draft,
                     show)


@guarded
def draft(
    to: To = None, sender: From = None, project: Project = None, strength: Strength = None,
    relationship: Relationship = None, closeness: Closeness = None, channel: ChannelOpt = None,
    purpose: Purpose = None, details: Details = None, recipient_role: RecipientRole = None, greet_as: GreetAs = None,
    context: ContextFile = None,
    max_chars: MaxChars = None,
    provider: ProviderOpt = None, model: Model = None, base_url: BaseUrl = None,
    variant: Variant = DRAFT.variant, max_attempts: MaxAttempts = DRAFT.max_attempts,
    retries: Retries = ENDPOINT.retries, timeout: Timeout = ENDPOINT.timeout,
    temperature: Temperature = None, no_cache: NoCache = False, refresh: Refresh = False,
    as_json: JsonOut = False, no_history: NoHistory = False,
) -> None:
    """Draft a recommendation request and print it, ready to paste."""
    request = build_request(context, recipient=to, sender=sender, project=project,
                            strengths=strength, relationship=relationship, closeness=closeness,
                            channel=channel, purpose=purpose, details=details,
                            recipient_role=recipient_role, greet_as=greet_as, max_chars=max_chars)
    where = endpoint(provider, model, base_url, timeout, retries, no_cache, temperature)
    options = DraftOptions(max_attempts=max_attempts, variant=variant, temperature=temperature,
                           refresh=refresh)
    result = run_draft(request, where, options)
    from ..history import record

    record(request, result, "draft", off=no_history)
    show(result, as_json)


@guarded
def check(
    message_file: Annotated[str, typer.Option(
        "--message-file", help="The message to check: a file, or - for standard input.")],
    subject: Annotated[Optional[str], typer.Option(help="Its subject line, if any.")] = None,
    to: To = None, sender: From = None, project: Project = None, strength: Strength = None,
    relationship: Relationship = None, closeness: Closeness = None, channel: ChannelOpt = None,
    purpose: Purpose = None, details: Details = None, recipient_role: RecipientRole = None, greet_as: GreetAs = None,
    context: ContextFile = None,
    max_chars: MaxChars = None, as_json: JsonOut = False,
    kind: Annotated[str, typer.Option(help="What the message is: request | followup | "
                                           "recommendation.")] = "request",
) -> None:
    """Check a message someone already wrote against a context. Exit 0 when it passes."""
    from .. import engine
    from ..sanitize import visible

    request = build_request(context, kind=kind, recipient=to, sender=sender, project=project,
                            strengths=strength, relationship=relationship, closeness=closeness,
                            channel=channel, purpose=purpose, details=details,
                            recipient_role=recipient_role, greet_as=greet_as, max_chars=max_chars)
    message = _read_message(message_file)
    result = engine.check(request, message, subject)
    if as_json:
        print(result.to_json())
    else:
        for c in result.checks:
            mark = "ok  " if c.passed else ("FAIL" if c.severity == "error" else "warn")
            print(f"{mark} {c.name:22} {visible(c.detail)}")
        print("passed" if result.passed else f"failed: {len(result.failed_errors)} error check(s)")
    if not result.passed:
        raise typer.Exit(1)


MAX_MESSAGE_BYTES = 1 << 20  # the checks take 20,000 characters; a megabyte is not a message


def _read_message(source: str) -> str:
    """The message to check, read with a bound (stdin or /dev/zero could be endless)."""
    if source == "-":
        if sys.stdin.isatty():
            raise InputError("--message-file - reads standard input; pipe the message in")
        text = sys.stdin.read(MAX_MESSAGE_BYTES + 1)
        if len(text) > MAX_MESSAGE_BYTES:
            raise InputError(f"the message on standard input is over {MAX_MESSAGE_BYTES:,} "
                             f"characters")
    else:
        from ..loaders import LoadError, read_text

        try:
            text = read_text(Path(source), MAX_MESSAGE_BYTES)
        except FileNotFoundError:
            raise InputError(f"message file not found: {source}") from None
        except LoadError as exc:
            raise InputError(f"message file {source} is too large: {exc}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read message file {source}: {exc}") from None
    if not text.strip():
        raise InputError("the message to check is empty")
    from ..sanitize import find_control

    control = find_control(text.replace("\r\n", "\n"))
    if control:
        raise InputError(f"the message holds the control character {control}: remove it")
    return text.strip()
