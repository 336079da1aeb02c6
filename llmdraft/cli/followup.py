"""`llmdraft followup`: whether to send a reminder, and the reminder itself."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Optional

import typer

from ..settings import DraftOptions
from .common import (DRAFT, ENDPOINT, BaseUrl, ChannelOpt, Closeness, ContextFile, Details, From,
                     GreetAs, JsonOut, MaxAttempts, MaxChars, Model, NoCache, NoHistory, Project,
                     ProviderOpt, Purpose, RecipientRole, Refresh, Relationship, RemindedStrength, Retries,
                     Temperature, Timeout, To, Variant, build_request, endpoint, err, guarded,
                     run_draft, show)


@guarded
def followup(
    asked_on: Annotated[Optional[str], typer.Option(help="When you asked (YYYY-MM-DD).")] = None,
    days_since: Annotated[Optional[int], typer.Option(help="Or: days since you asked.")] = None,
    reminders_sent: Annotated[Optional[int], typer.Option(
        help="Reminders already sent (default: those marked sent in the history, else 0).")] = None,
    anyway: Annotated[bool, typer.Option("--anyway", help="Draft the reminder even when the "
                                                          "advice is to wait or not to.")] = False,
    to: To = None, sender: From = None, project: Project = None, strength: RemindedStrength = None,
    relationship: Relationship = None, closeness: Closeness = None, channel: ChannelOpt = None,
    purpose: Purpose = None, details: Details = None, recipient_role: RecipientRole = None, greet_as: GreetAs = None,
    context: ContextFile = None, max_chars: MaxChars = None,
    provider: ProviderOpt = None, model: Model = None, base_url: BaseUrl = None,
    variant: Variant = DRAFT.variant, max_attempts: MaxAttempts = DRAFT.max_attempts,
    retries: Retries = ENDPOINT.retries, timeout: Timeout = ENDPOINT.timeout,
    temperature: Temperature = None, no_cache: NoCache = False, refresh: Refresh = False,
    as_json: JsonOut = False, no_history: NoHistory = False,
) -> None:
    """Advise whether to send a reminder, and draft it when it's time.

    The advice is send, wait or dont (see the README's table); --anyway drafts regardless.
    Give the request's context: the reminder restates it. With --to alone, the request you
    drafted for that person (llmdraft history) gives the context, the day asked and the
    reminders sent; flags override it. Exit 0 with a reminder drafted, 4 when the advice is to
    wait, 5 when it is not to send one (nothing on stdout; --json prints the advice)."""
    from ..advice import Advice, advice_for, timed
    from ..kinds import Request
    from ..result import Result

    flags = dict(recipient=to, sender=sender, project=project, strengths=strength,
                 relationship=relationship, closeness=closeness, channel=channel,
                 purpose=purpose, details=details, recipient_role=recipient_role,
                 greet_as=greet_as, max_chars=max_chars)
    past = _from_history(to, no_history)
    # The reminder restates the request in the history, and goes where it went (an emailed
    # request, an email reminder); the context file and the flags override it.
    request = build_request(context, kind="followup",
                            base=past.context() if past is not None else None, **flags)
    if past is not None:
        if asked_on is None and days_since is None:
            asked_on = past.asked_on
        if reminders_sent is None:
            reminders_sent = past.reminders_sent
    where = endpoint(provider, model, base_url, timeout, retries, no_cache, temperature)
    options = DraftOptions(max_attempts=max_attempts, variant=variant, temperature=temperature,
                           refresh=refresh)
    advice = advice_for(request.context, asked_on, days_since, reminders_sent, date.today())
    if past is not None:
        _say_from_history(past)
    if past is not None and past.received_on:
        advice = Advice("dont", f"{request.context.first_name} already wrote you one (marked "
                                f"received on {past.received_on}): no reminder needed.")
    if not advice.drafts(anyway):
        if as_json:
            print(Result(kind="followup", message="", subject=None, checks=[], attempts=0,
                         provider="none", advice=advice.to_dict()).to_json())
        else:  # nothing to paste: the advice is the answer, on stderr like all advice
            err(f"advice: {_SAY[advice.decision]}. {advice.reason} (--anyway drafts the "
                f"reminder regardless)")
        raise typer.Exit(ADVICE_EXIT[advice.decision])  # a script tells it from a draft
    request = Request(request.kind, timed(request.context, asked_on, days_since))  # "a few
    #   weeks ago": the reminder may say how long it has been
    result = run_draft(request, where, options)
    result.advice = advice.to_dict()
    from ..history import record

    record(request, result, "followup", off=no_history)
    if not as_json:  # stdout stays the message, ready to paste
        err(f"advice: {_SAY[advice.decision]}. {advice.reason}")
    show(result, as_json)


_SAY = {"send": "send it", "wait": "wait", "dont": "don't send it"}
# No reminder drafted because of the advice: documented in the README's exit codes.
ADVICE_EXIT = {"wait": 4, "dont": 5}


def _from_history(to: str | None, off: bool):
    """The request to `to` in the history (None when off, or there is none)."""
    from ..history import asked, history_enabled

    if off or not to or not history_enabled():
        return None
    return asked(to)


def _say_from_history(past) -> None:
    """Which request the follow-up came from (said once the input is known to be good)."""
    entry = past.request
    when = (f"sent {past.asked_on}" if past.marked_sent else
            f"drafted {past.asked_on}, not marked sent (llmdraft history mark-sent {entry.id})")
    err(f"from the history: request #{entry.id} to {entry.recipient}, {when}; "
        f"{past.reminders_sent} reminder(s) marked sent")
