"""`llmdraft batch INPUT -o OUTPUT`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..sanitize import excerpt
from ..errors import InputError
from ..settings import DraftOptions
from .common import (DRAFT, ENDPOINT, BaseUrl, Model, NoCache, NoHistory, ProviderOpt, Refresh,
                     Temperature, check_concurrency, endpoint, err, guarded)

DEFAULTS = "Defaults for rows that lack a value (a row's own value wins)"
SCALE = "Batches at scale (engines other than this machine)"


@guarded
def batch(
    source: Annotated[Path, typer.Argument(metavar="INPUT", help="CSV (any common dialect, "
                                           "LinkedIn's Connections.csv too) or JSONL.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write: .csv or .jsonl.")],
    fmt: Annotated[Optional[str], typer.Option("--format", help="csv | jsonl (default: by the "
                                               "output's extension).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Complete an interrupted output.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing output.")] = False,
    mapping: Annotated[Optional[list[str]], typer.Option(
        "--map", help="COLUMN=KEY: read a column as a context key (repeatable).")] = None,
    kind: Annotated[str, typer.Option(help="What to draft for each row: request | followup | "
                                           "recommendation.")] = "request",
    anyway: Annotated[bool, typer.Option("--anyway", help="Follow-ups: draft the reminder "
                                                          "whatever the advice.")] = False,
    sender: Annotated[Optional[str], typer.Option("--from", help="You (signs the messages).",
                                                  rich_help_panel=DEFAULTS)] = None,
    project: Annotated[Optional[str], typer.Option(rich_help_panel=DEFAULTS,
                                                   help="The project you shared.")] = None,
    strength: Annotated[Optional[list[str]], typer.Option(
        "--strength", rich_help_panel=DEFAULTS, help="A strength to mention (repeat).")] = None,
    relationship: Annotated[Optional[str], typer.Option(rich_help_panel=DEFAULTS,
                                                        help="How they know you.")] = None,
    closeness: Annotated[Optional[str], typer.Option(rich_help_panel=DEFAULTS,
                                                     help="close | professional | distant (little contact since).")] = None,
    channel: Annotated[Optional[str], typer.Option(rich_help_panel=DEFAULTS, help="The channel.")] = None,
    purpose: Annotated[Optional[str], typer.Option(rich_help_panel=DEFAULTS, help="What it is for.")] = None,
    details: Annotated[Optional[str], typer.Option(rich_help_panel=DEFAULTS,
                                                   help="Facts the drafts may use.")] = None,
    recipient_role: Annotated[Optional[str], typer.Option(
        rich_help_panel=DEFAULTS, help="Their role (the drafts may mention it).")] = None,
    greet_as: Annotated[Optional[str], typer.Option(
        rich_help_panel=DEFAULTS, help="The name to greet them by.")] = None,
    max_chars: Annotated[Optional[int], typer.Option(
        rich_help_panel=DEFAULTS, help="Override the channel's character limit.")] = None,
    provider: ProviderOpt = None, model: Model = None, base_url: BaseUrl = None,
    concurrency: Annotated[int, typer.Option(help="Endpoint calls in flight at once.")] = 8,
    max_attempts: Annotated[int, typer.Option(help="Drafts to try per row (re-asks).")] = DRAFT.max_attempts,
    retries: Annotated[int, typer.Option(help="Retries of a failed endpoint call.")] = ENDPOINT.retries,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for one endpoint call.")] = ENDPOINT.timeout,
    variant: Annotated[int, typer.Option(help="Another phrasing.")] = DRAFT.variant,
    temperature: Temperature = None,
    no_cache: NoCache = False,
    refresh: Refresh = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, only the summary.")] = False,
    no_history: NoHistory = False,
    via: Annotated[str, typer.Option(help="The engine: live (this machine, at once) | batch-api "
                                          "(OpenAI's Batch API: submit, then `llmdraft batch "
                                          "collect OUTPUT`) | ray (a Ray cluster).",
                                     rich_help_panel=SCALE)] = "live",
    export_requests: Annotated[Optional[Path], typer.Option(
        "--export-requests", rich_help_panel=SCALE,
        help="batch-api: write the requests to this JSONL instead of uploading them (for `vllm "
             "run-batch`); collect with --import-results.")] = None,
    batch_max_lines: Annotated[int, typer.Option(rich_help_panel=SCALE, help="batch-api: requests "
                                                 "per file; more are split into several batches.")] = 50_000,
    batch_max_bytes: Annotated[int, typer.Option(rich_help_panel=SCALE, help="batch-api: bytes "
                                                 "per file.")] = 190 * 1024 * 1024,
    ray_address: Annotated[Optional[str], typer.Option(
        rich_help_panel=SCALE, help="ray: the cluster (default RAY_ADDRESS, else a local one).")] = None,
    ray_actors: Annotated[int, typer.Option(rich_help_panel=SCALE, help="ray: drafting actors.")] = 2,
    ray_concurrency: Annotated[int, typer.Option(rich_help_panel=SCALE,
                                                 help="ray: rows in flight per actor.")] = 4,
    base_url_template: Annotated[Optional[str], typer.Option(
        rich_help_panel=SCALE, help="ray: each node's endpoint, e.g. http://{host}:8000/v1 "
                                    "({host}: the node's IP).")] = None,
) -> None:
    """Draft many requests from a CSV or JSONL file; one output row per input row, in order."""
    from ..batch import BatchAborted, BatchOptions, run_batch
    if resume and force:
        raise InputError("--resume and --force contradict each other: choose one")
    check_concurrency(concurrency)
    from .common import configured_context

    given = {"sender": sender, "project": project, "strengths": strength or None,
             "relationship": relationship, "closeness": closeness, "channel": channel,
             "purpose": purpose, "details": details, "recipient_role": recipient_role,
             "greet_as": greet_as, "max_chars": max_chars}
    # flag > environment > config file, all under each row's own values
    defaults = {**configured_context(kind), **{k: v for k, v in given.items() if v is not None}}
    options = BatchOptions(
        kind=kind, defaults=defaults, mapping=_parse_map(mapping or []), fmt=fmt,
        endpoint=endpoint(provider, model, base_url, timeout, retries, no_cache, temperature),
        draft=DraftOptions(max_attempts=max_attempts, variant=variant, temperature=temperature,
                           refresh=refresh),
        concurrency=concurrency, resume=resume, force=force, progress=not quiet, anyway=anyway,
        via="batch-api" if export_requests is not None else via, export_requests=export_requests,
        max_lines=_positive("--batch-max-lines", batch_max_lines),
        max_bytes=_positive("--batch-max-bytes", batch_max_bytes), ray_address=ray_address,
        ray_actors=_positive("--ray-actors", ray_actors),
        ray_concurrency=_positive("--ray-concurrency", ray_concurrency),
        base_url_template=base_url_template, history=not no_history)
    try:
        tally = run_batch(source, output, options)
    except BatchAborted as stop:
        err(f"error: stopped: {stop.cause}")
        err(f"{stop.tally.summary()}; fix it and run again with --resume")
        raise typer.Exit(3) from None
    except KeyboardInterrupt:
        err(f"interrupted; run the same command with --resume to complete {output}")
        raise typer.Exit(130) from None
    _finished(tally, output, complete=tally.done == tally.total)


def _finished(tally, output: Path, complete: bool) -> None:
    err(tally.summary())
    err(f"wrote {output}" if complete else f"wrote {tally.done} of {tally.total} rows to {output} "
        f"so far")
    if tally.failed or tally.error:
        raise typer.Exit(1)


def _positive(flag: str, value: int) -> int:
    if value < 1:
        raise InputError(f"{flag} must be at least 1, not {value}")
    return value


@guarded
def status(
    output: Annotated[Path, typer.Argument(metavar="OUTPUT", help="The output of a batch "
                                           "started with --via batch-api.")],
) -> None:
    """The provider's status and counts for a Batch API batch under way."""
    from ..batch.batchapi import status as read_status

    for line in read_status(output):
        typer.echo(line)


@guarded
def collect(
    output: Annotated[Path, typer.Argument(metavar="OUTPUT", help="The output of a batch "
                                           "started with --via batch-api.")],
    wait: Annotated[bool, typer.Option("--wait", help="Poll (with backoff) until every round "
                                                      "is done.")] = False,
    import_results: Annotated[Optional[Path], typer.Option(
        "--import-results", help="The results JSONL of exported requests (e.g. from `vllm "
                                 "run-batch`).")] = None,
    export_requests: Annotated[Optional[Path], typer.Option(
        "--export-requests", help="Where to write the next round's requests (files only).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress, only the summary.")] = False,
) -> None:
    """Collect a Batch API batch: check every reply, finish the output or submit the next
    round for the rows whose checks asked for a re-ask."""
    from ..batch.batchapi import collect as collect_round

    while True:
        tally, state = collect_round(output, wait=wait, import_results=import_results,
                                     export_requests=export_requests, progress=not quiet)
        if tally is None:
            return  # not finished at the provider: said so
        if state == "done" or not wait or import_results is not None:
            break
    _finished(tally, output, complete=state == "done")


def _parse_map(items: list[str]) -> dict[str, str]:
    mapping = {}
    for item in items:
        column, sep, key = item.partition("=")
        if not sep or not column.strip() or not key.strip():
            raise InputError(f"--map takes COLUMN=KEY, not {excerpt(item)}")
        mapping[column.strip()] = key.strip()
    return mapping
