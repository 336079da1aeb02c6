"""The one door from the web app into llmdraft: every draft, check, batch and export read that
`llmdraft serve` makes goes through this module.

It uses what the CLI's front ends use: `kinds.context_for`, `llmdraft.check`, the engine with a
provider from `providers.make_provider` and the cache (one of each for the server's life, see
Service), `advice`, the batch runner and the LinkedIn export reader. The routes never see the
engine, its providers or its cache: when the engine's signature changes, this file is the one
to change.

Errors stay llmdraft's own: `BadInput` (InputError, the CLI's exit 2) and `EndpointFailed`
(EndpointError, exit 3). Their messages are already one line, redacted and short.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import llmdraft
from llmdraft.batch.rows import BatchRow
from llmdraft.context import (ALL_KEYS, FIELD_LIMITS, MAX_STRENGTHS, SUBJECT_LIMIT, Channel,
                              Closeness, Relationship)
from llmdraft.engine import MAX_MESSAGE  # what `llmdraft check` takes
from llmdraft.errors import EndpointError, InputError

BadInput = InputError
EndpointFailed = EndpointError
VERSION = llmdraft.__version__
KINDS = ("request", "followup", "recommendation")


@dataclass(frozen=True)
class Endpoint:
    """The model settings the server was started with; a request cannot change them (a page
    must not point the server at another URL, nor learn the key)."""

    provider: str = "auto"
    model: str | None = None
    base_url: str | None = None
    cache: bool = True
    max_attempts: int = 3

    def settings(self) -> tuple["llmdraft.Endpoint", "llmdraft.DraftOptions"]:
        """The settings objects every front end builds (issue 11): where drafts come from,
        and how a draft is made."""
        return (llmdraft.Endpoint(self.provider, model=self.model, base_url=self.base_url,
                                  cache=self.cache),
                llmdraft.DraftOptions(max_attempts=self.max_attempts))


class Service:
    def __init__(self, endpoint: Endpoint | None = None):
        self.endpoint = endpoint or Endpoint()
        self.where, self.how = self.endpoint.settings()
        # One provider (with its cache) for every request, as a batch shares one among its
        # workers: the provider keeps its HTTP client (and its connections) between drafts.
        # A provider per draft (what `llmdraft.draft()` builds) costs 20 ms of CPU each, which
        # caps a model-backed server at a few dozen drafts a second on two cores.
        from llmdraft.providers import make_provider

        self.provider = make_provider(self.where)
        self.provider_name = self.provider.name
        self.model = self.provider.model
        self.deterministic = self.provider.deterministic
        self.cache = self.provider.cache

    # -- drafting and checking ------------------------------------------------------------------

    def draft(self, kind: str, context: dict, variant: int = 0, timing: dict | None = None,
              anyway: bool = False) -> dict:
        """The result object (`--json`'s shape). A follow-up with timing carries its advice; when
        the advice is not to send and `anyway` is false, the message is empty (as the CLI)."""
        ctx = self.context(kind, context)
        advice = None
        if kind == "followup" and timing:
            advice = self.advise(ctx, timing)
            if advice["decision"] != "send" and not anyway:
                return llmdraft.Result(kind="followup", message="", subject=None, checks=[],
                                       attempts=0, provider="none", advice=advice).to_dict()
            from llmdraft.advice import timed

            ctx = timed(ctx, timing.get("asked_on") or None, timing.get("days_since"))
        from llmdraft import engine
        from llmdraft.kinds import Request

        result = engine.draft(Request(kind, ctx), self.provider,
                              self.how.replace(variant=variant))
        if advice is not None:
            result.advice = advice
        return result.to_dict()

    def check(self, kind: str, context: dict, message: str, subject: str | None) -> dict:
        from llmdraft.sanitize import find_control

        ctx = self.context(kind, context)
        if not message.strip():
            raise BadInput("the message to check is empty")
        control = find_control(message.replace("\r\n", "\n"))
        if control:
            raise BadInput(f"the message holds the control character {control}: remove it")
        if subject is not None and not subject.strip():
            subject = None
        return llmdraft.check(ctx, message.strip(), subject, kind=kind).to_dict()

    def context(self, kind: str, context: dict):
        from llmdraft.kinds import context_for

        return context_for(kind, context)

    def limit_of(self, kind: str, context: dict) -> int:
        return self.context(kind, context).limit

    def advise(self, ctx, timing: dict) -> dict:
        from llmdraft.advice import advise, days_between

        today = date.today()
        days = days_between(timing.get("asked_on") or None, timing.get("days_since"), today)
        return advise(ctx, days, int(timing.get("reminders_sent") or 0), today).to_dict()

    # -- what the page needs to know ------------------------------------------------------------

    def describe(self) -> dict:
        """For /v1/health: no key, no endpoint URL (it may carry a password)."""
        cache: dict = {"enabled": self.endpoint.cache and not self.deterministic}
        if cache["enabled"] and self.cache is None:
            cache["state"] = "corrupt: drafting without it"
        elif cache["enabled"] and self.cache is not None:
            info = self.cache.info()
            cache.update(entries=info["entries"], size_bytes=info["size_bytes"])
        return {"status": "ok", "version": VERSION, "provider": self.provider_name,
                "model": self.model, "cache": cache}

    @staticmethod
    def choices() -> dict:
        return {
            "kinds": list(KINDS),
            "relationships": [{"value": r.value, "linkedin": r.linkedin_enum,
                               "seniority": r.seniority} for r in Relationship],
            "closeness": [c.value for c in Closeness],
            "channels": [{"value": c.value, "limit": c.limit, "subject": c.has_subject}
                         for c in Channel if c is not Channel.RECOMMENDATION],
            "recommendation_limit": Channel.RECOMMENDATION.limit,
            "subject_limit": SUBJECT_LIMIT,
            "field_limits": dict(FIELD_LIMITS),
            "max_strengths": MAX_STRENGTHS,
            "max_message": MAX_MESSAGE,
            "context_keys": list(ALL_KEYS),
        }

    # -- batches --------------------------------------------------------------------------------

    def open_batch(self, source: Path, kind: str, defaults: dict, shown: str) -> int:
        """Checks an uploaded input and its defaults before it is accepted; its row count.
        Messages name the upload as the user named it, not where the server keeps it."""
        from llmdraft.batch.reader import InputFile
        from llmdraft.kinds import get_kind

        try:
            get_kind(kind)
            given = {k: v for k, v in defaults.items() if v not in (None, "", [], ())}
            try:
                self.context(kind, {"recipient": "A B", "project": "P", "strengths": ["s"],
                                    **given})
            except InputError as exc:
                raise BadInput(f"the defaults: {exc}") from None
            return InputFile(source).total
        except InputError as exc:
            raise BadInput(str(exc).replace(str(source), shown)) from None

    def run_batch(self, source: Path, target: Path, kind: str, defaults: dict,
                  concurrency: int = 8):
        """Runs (or resumes: the runner's journal knows what is done) one batch; blocking.
        Returns the runner's tally; raises BadInput, EndpointFailed (the endpoint refused for
        good), or the runner's BatchAborted."""
        from llmdraft.batch import BatchAborted, BatchOptions, run_batch

        options = BatchOptions(kind=kind, defaults=defaults, concurrency=concurrency,
                               endpoint=self.where, draft=self.how, resume=True, progress=False)
        try:
            return run_batch(source, target, options)  # its own provider, limiter and cache
        except BatchAborted as stop:
            raise EndpointFailed(str(stop.cause), permanent=True) from None

    @staticmethod
    def rows_so_far(target: Path, seen: dict, offset: int) -> int:
        """Reads the runner's journal from `offset` into `seen` (row number -> summary); the new
        offset. A line cut mid-write is left for the next read."""
        journal = Path(str(target) + ".journal")
        try:
            with open(journal, "rb") as handle:
                handle.seek(offset)
                for line in handle:
                    if not line.endswith(b"\n"):
                        break
                    offset += len(line)
                    try:
                        row = json.loads(line)
                    except ValueError:
                        continue
                    if isinstance(row, dict) and isinstance(row.get("row"), int):
                        seen[row["row"]] = summarise(BatchRow.from_dict(row))
        except FileNotFoundError:
            pass
        return offset

    @staticmethod
    def rows_written(target: Path) -> list[dict]:
        """The finished output's rows, summarised for the page's table."""
        from llmdraft.batch.rows import RESULT_COLUMNS, unflatten

        def row_of(flat: dict) -> BatchRow:
            inputs = [k for k in flat if k not in RESULT_COLUMNS]
            return BatchRow.from_dict(unflatten(flat, inputs, inputs))

        rows = []
        if target.suffix == ".jsonl":
            with open(target, encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        rows.append(summarise(row_of(json.loads(line))))
        else:
            with open(target, encoding="utf-8-sig", newline="") as handle:
                for flat in csv.DictReader(handle):
                    rows.append(summarise(row_of(flat), unquote=True))
        return rows

    # -- LinkedIn export ------------------------------------------------------------------------

    def who(self, export: Path, shown: str, include_recommended: bool = False,
            limit: int | None = None) -> list[dict]:
        from llmdraft.linkedin import read_export, whom_to_ask

        try:
            data = read_export(export)
        except InputError as exc:
            raise BadInput(str(exc).replace(str(export), shown)) from None
        people = whom_to_ask(data, include_recommended)[:limit]
        today = date.today()
        out = []
        for candidate in people:
            c = candidate.connection
            out.append({
                "recipient": c.name, "first_name": c.first_name, "last_name": c.last_name,
                "company": c.company or None, "position": c.position or None,
                "recipient_role": c.role or None,
                "connected_on": c.connected_on.isoformat() if c.connected_on else None,
                "you_recommended_them": candidate.you_recommended_them,
                "they_recommended_you": candidate.they_recommended_you,
                "email": c.email or None, "url": c.url or None,
                "reason": candidate.reason(today),
            })
        return out


_NAME_COLUMNS = ("recipient", "to", "name", "recommender", "full_name", "contact")


def summarise(row: BatchRow, unquote: bool = False) -> dict:
    """One row for the page's table: who, status, what failed, and the message."""
    def text(key: str) -> str:
        value = getattr(row, key)
        return "" if value is None else str(value)

    who = ""
    lowered = {str(k).strip().lower(): v for k, v in row.input.items()}
    for key in _NAME_COLUMNS:
        if lowered.get(key):
            who = str(lowered[key])
            break
    if not who and (lowered.get("first name") or lowered.get("last name")):
        who = f"{lowered.get('first name', '')} {lowered.get('last name', '')}".strip()
    if unquote and who.startswith("'") and who[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        who = who[1:]  # the output's spreadsheet guard, not part of the name
    raw: Any = row.row
    try:
        number = int(raw) if raw is not None else 0
    except (TypeError, ValueError):
        number = 0
    return {"row": number, "recipient": who, "status": text("status"),
            "failed_checks": [c for c in text("failed_checks").split(";") if c],
            "error": text("error"), "message": text("message"), "subject": text("subject"),
            "advice": text("advice")}
