"""`llmdraft recommend`: the recommendation text itself."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from ..settings import DraftOptions
from .common import (DRAFT, ENDPOINT, BaseUrl, ContextFile, Details, GreetAs, JsonOut, MaxAttempts,
                     Model, NoCache, NoHistory, Project, Pronouns, ProviderOpt, Purpose,
                     RecipientRole, Refresh, Retries, Strength, Temperature, Timeout, Variant,
                     build_request, endpoint, guarded, run_draft, show)


@guarded
def recommend(
    to: Annotated[Optional[str], typer.Option("--to", help="The person recommended.")] = None,
    sender: Annotated[Optional[str], typer.Option("--from", help="The writer.")] = None,
    project: Project = None, strength: Strength = None,
    relationship: Annotated[Optional[str], typer.Option(
        help="How the writer knows them, LinkedIn's value from the writer's side "
             "(managed-you: the writer managed them).")] = None,
    purpose: Purpose = None, details: Details = None, recipient_role: RecipientRole = None,
    greet_as: GreetAs = None, pronouns: Pronouns = None,
    context: ContextFile = None,
    words: Annotated[Optional[str], typer.Option(help="Length in words: 100-200 (default), "
                                                      "or a number.")] = None,
    suggestion: Annotated[bool, typer.Option(
        "--suggestion", help="Label it as a suggested draft for your recommender to adapt.")] = False,
    provider: ProviderOpt = None, model: Model = None, base_url: BaseUrl = None,
    variant: Variant = DRAFT.variant, max_attempts: MaxAttempts = DRAFT.max_attempts,
    retries: Retries = ENDPOINT.retries, timeout: Timeout = ENDPOINT.timeout,
    temperature: Temperature = None, no_cache: NoCache = False, refresh: Refresh = False,
    as_json: JsonOut = False, no_history: NoHistory = False,
) -> None:
    """Draft a LinkedIn recommendation, strongest point first.

    The one you offered to write in return, or (with --suggestion) a draft you hand your
    recommender to adapt."""
    request = build_request(context, kind="recommendation", recipient=to, sender=sender,
                            project=project, strengths=strength, relationship=relationship,
                            purpose=purpose, details=details, recipient_role=recipient_role,
                            greet_as=greet_as, pronouns=pronouns, words=words)
    where = endpoint(provider, model, base_url, timeout, retries, no_cache, temperature)
    options = DraftOptions(max_attempts=max_attempts, variant=variant, temperature=temperature,
                           refresh=refresh)
    result = run_draft(request, where, options)
    from ..history import record

    record(request, result, "recommend", off=no_history)
    label = ("Suggested draft (edit it freely: change anything that doesn't sound like you):"
             if suggestion and not as_json else None)
    show(result, as_json, label=label)
