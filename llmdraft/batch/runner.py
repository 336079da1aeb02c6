"""Running a batch: records -> contexts -> drafts, concurrently, written in input order.

One thread (the caller's) reads the input, writes the journal and the output and shows
progress; worker threads only draft. A row is dispatched only while it is within `window` rows
of the next row to write, so memory stays bounded however long the input is.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import threading
from concurrent.futures import (FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor,
                                as_completed, wait)
from dataclasses import dataclass, field
from pathlib import Path

from ..sanitize import excerpt
from .. import engine
from ..errors import EndpointError, InputError
from ..history import record_batch_row
from ..kinds import Request, get_kind
from ..providers.base import Provider, ProviderRequest, Reply
from ..settings import DraftOptions, Endpoint
from .progress import Reporter, Tally
from .reader import InputFile, Record
from .lock import OutputLock
from .rows import BatchRow, unflatten
from .writer import Journal, OutputFile, neutralise, row_problem

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}


@dataclass
class BatchOptions:
    """A batch: what to draft from which rows, where from (`endpoint`) and how (`draft`)."""

    kind: str = "request"
    defaults: dict = field(default_factory=dict)  # context values for rows that lack them
    mapping: dict = field(default_factory=dict)  # --map COLUMN=KEY
    fmt: str | None = None
    endpoint: Endpoint = field(default_factory=Endpoint)
    draft: DraftOptions = field(default_factory=DraftOptions)
    concurrency: int = 8
    resume: bool = False
    force: bool = False
    anyway: bool = False  # follow-ups: draft the reminder whatever the advice
    progress: bool = True
    history: bool = True  # record each finished row in the history (--no-history: False)
    # The engine that answers each round: live (this machine's threads, at once), batch-api
    # (OpenAI's Batch API file format, one file per round) or ray (an actor pool on a cluster).
    via: str = "live"
    export_requests: Path | None = None  # batch-api: write the round's file here, upload nothing
    max_lines: int = 50_000  # batch-api: requests per file (OpenAI's limit; Azure's is 100,000)
    max_bytes: int = 190 * 1024 * 1024  # batch-api: bytes per file (OpenAI's limit is 200 MB)
    ray_address: str | None = None  # ray: the cluster (else RAY_ADDRESS, else a local one)
    ray_actors: int = 2  # ray: drafting actors
    ray_concurrency: int = 4  # ray: rows in flight per actor
    base_url_template: str | None = None  # ray: each node's endpoint, e.g. http://{host}:8000/v1


class BatchAborted(Exception):
    """The endpoint refused for good (401, 404, quota): every further row would fail too."""

    def __init__(self, cause: EndpointError, tally: Tally):
        super().__init__(str(cause))
        self.cause, self.tally = cause, tally


def run_batch(source: Path, target: Path, options: BatchOptions,
              provider: Provider | None = None) -> Tally:
    """Draft every row of `source` into `target`. The provider is made from `options.endpoint`
    (with a limiter its workers share) unless one is given."""
    target = Path(target)
    if target.is_dir():
        raise InputError(f"the output {target} is a folder: name a .csv or .jsonl file")
    if target.exists() and target.resolve() == Path(source).resolve():
        raise InputError(f"the output {target} is the input: write the drafts to another file")
    _check_options(options)
    table = InputFile(source, options.mapping)
    fmt = options.fmt or FORMATS.get(target.suffix.lower())
    if options.fmt and options.fmt not in ("csv", "jsonl"):
        raise InputError(f"unknown --format {excerpt(options.fmt)}: use csv or jsonl")
    if fmt not in ("csv", "jsonl"):
        raise InputError(f"cannot tell the output format of {target}: name it .csv or .jsonl, "
                         f"or give --format csv|jsonl")
    if not target.parent.is_dir():
        raise InputError(f"cannot write {target}: the folder {target.parent} does not exist")
    if options.via not in VIAS:
        raise InputError(f"unknown --via {excerpt(options.via)}: use {', '.join(VIAS)}")
    if options.via == "batch-api":
        from . import batchapi

        with OutputLock(target):
            return batchapi.submit(table, target, fmt, options, provider)
    if provider is None:
        from ..providers import make_provider
        from ..providers.limiter import AdaptiveLimiter

        provider = make_provider(options.endpoint,
                                 limiter=AdaptiveLimiter(options.concurrency))
    drive = _run_offline if provider.deterministic else _run_concurrently
    connect = None
    if options.via == "ray":
        from .ray_via import connect, run_on_ray as drive  # ray is imported on this path only
    with OutputLock(target):  # a second run on this output stops here (exit 2)
        return _run_locked(table, target, fmt, provider, options, drive, connect=connect)


VIAS = ("live", "batch-api", "ray")


def _identity(table: InputFile) -> dict:
    """What the journal records about the input, to refuse resuming with another."""
    return {"input": {"path": str(table.path.resolve()), "size": table.size,
                      "sha256": table.sha256}}


def _check_identity(journal: Journal, table: InputFile) -> None:
    then = (journal.header or {}).get("input") or {}
    now = _identity(table)["input"]
    differs = []
    if then.get("size") != now["size"]:
        differs.append(f"{then.get('size')} bytes then, {now['size']} now")
    if then.get("sha256") != now["sha256"]:
        differs.append("its content differs")
    if differs:
        was = f" (started from {excerpt(str(then.get('path')), 80)})" \
            if then.get("path") != now["path"] else ""
        raise InputError(f"cannot resume {journal.path.name[:-8]}: the input is not the one it "
                         f"was started with{was}: {', '.join(differs)}; use --force to start over")


def _run_locked(table: InputFile, target: Path, fmt: str, provider: Provider,
                options: BatchOptions, drive, retry_errors: bool = True, connect=None) -> Tally:
    """The journal and the output around one engine's `drive(table, done, provider, options,
    state)`, which calls `state.finish(row)` for every row it finishes. `retry_errors`: False
    keeps the journal's error rows (a Batch API round collected: they are this run's).
    `connect(options)`: the engine's own set-up (Ray's cluster), after the checks and before the
    output is touched, so that an engine out of reach leaves no output behind."""
    journal = Journal(target)
    if target.exists() and not (options.resume or options.force):
        raise InputError(f"{target} exists: --resume to complete it, --force to replace it")
    if connect is not None:
        connect(options)
    output = OutputFile(target, fmt, _input_columns(table))
    tally = Tally(total=table.total)

    done: dict[int, int] = {}
    if options.resume and (journal.exists() or target.exists()):
        if not journal.exists():
            _journal_from_output(target, fmt, output, journal, table)
        loaded = journal.load(table.total, on_header=lambda: _check_identity(journal, table))
        # Error rows are drafted again: a transient endpoint failure, or a default fixed since.
        done = {n: offset for n, (offset, status) in loaded.items()
                if status != "error" or not retry_errors}
    try:
        journal.open(truncate=not done and not options.resume, header=_identity(table))
    except OSError as exc:
        raise InputError(f"cannot write {journal.path}: {exc.strerror}") from None

    # The output is rebuilt from the journal: its rows 1..k in order; later ones wait in `ready`.
    ready: dict[int, BatchRow] = {}
    next_row = 1
    while next_row in done:
        next_row += 1
    output.start(_replay(journal, done, next_row, tally))
    for number in sorted(n for n in done if n >= next_row):
        ready[number] = journal.read(done[number])
        tally.add(ready[number], resumed=True)

    reporter = Reporter(tally, enabled=options.progress)
    state = _State(output, journal, ready, next_row, tally, reporter, options)
    try:
        drive(table, done, provider, options, state)
    finally:
        reporter.close()
        try:
            output.close()
        finally:
            complete = tally.done == tally.total
            journal.close(remove=complete)
    return tally


@dataclass
class _State:
    """What the writing thread keeps: rows finished early wait in `ready` for their turn."""

    output: OutputFile
    journal: Journal
    ready: dict[int, BatchRow]
    next_row: int
    tally: Tally
    reporter: Reporter
    options: BatchOptions | None = None  # for the history hook

    def finish(self, row: BatchRow) -> None:
        """The one place a row is finished, whichever engine drafted it: journal, tally, output
        (in input order) and progress."""
        self.journal.append(row)
        record_batch_row(row, self.options)  # llmdraft/history.py: never raises
        self.tally.add(row)
        self.ready[row.row] = row
        while self.next_row in self.ready:
            self.output.write(self.ready.pop(self.next_row))
            self.next_row += 1
        self.reporter.update()


def _run_offline(table, done, provider, options, state: _State) -> None:
    """CPU-bound drafting: in worker processes, one per core, a chunk of rows at a time."""
    todo = (record for record in table if record.number not in done)
    workers = min(os.cpu_count() or 1, 8)
    if workers < 2 or table.total - len(done) < 2 * _CHUNK:
        for record in todo:
            state.finish(_draft_row(record, provider, options))
        return
    pending: set[Future] = set()
    from .workers import exit_with_parent

    with ProcessPoolExecutor(max_workers=workers, initializer=exit_with_parent,
                             initargs=(os.getpid(),)) as pool:
        try:
            for chunk in _chunks(todo, _CHUNK):
                while len(pending) >= 2 * workers:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in finished:
                        for row in future.result():
                            state.finish(row)
                pending.add(pool.submit(_draft_chunk, chunk, options))
            for future in as_completed(pending):
                for row in future.result():
                    state.finish(row)
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


_CHUNK = 200


def _chunks(records, size: int):
    chunk = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _draft_chunk(records: list[Record], options: BatchOptions) -> list[BatchRow]:
    from ..providers.offline import OfflineProvider

    provider = OfflineProvider()
    return [_draft_row(record, provider, options) for record in records]


def _run_concurrently(table, done, provider, options, state: _State) -> None:
    window = max(64, 4 * options.concurrency)
    pending: set[Future] = set()
    abort: EndpointError | None = None
    stop = threading.Event()  # set when the endpoint refused for good: queued rows don't start

    def work(record: Record):
        if stop.is_set():
            return None  # not drafted: --resume will do it
        outcome = _draft_row(record, provider, options)
        if isinstance(outcome, EndpointError):
            stop.set()
        return outcome

    def collect(block: bool) -> None:
        nonlocal pending, abort
        if not pending:
            return
        finished, pending = wait(pending, timeout=None if block else 0,
                                 return_when=FIRST_COMPLETED)
        for future in finished:
            row = future.result()
            if isinstance(row, EndpointError):
                abort = abort or row
            elif row is not None:
                state.finish(row)

    pool = ThreadPoolExecutor(max_workers=options.concurrency, thread_name_prefix="llmdraft")
    try:
        for record in table:
            if record.number in done:
                continue
            while pending and record.number - state.next_row >= window:
                collect(block=True)
            if abort:
                break
            pending.add(pool.submit(work, record))
            collect(block=False)
        while pending:
            collect(block=True)
    except KeyboardInterrupt:
        # Rows not started are dropped; rows in flight are paid for already: keep them.
        stop.set()
        pending = {f for f in pending if not f.cancel()}
        if pending:
            print(f"llmdraft: stopping; finishing {len(pending)} row(s) in flight "
                  f"(Ctrl-C again to stop at once)", file=sys.stderr, flush=True)
            try:
                while pending:
                    collect(block=True)
            except KeyboardInterrupt:
                pass
        raise
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    if abort:
        raise BatchAborted(abort, state.tally)


class RowDraft:
    """One row through the rounds: its output row, and its draft while attempts remain.

    A batch is a sequence of rounds: every pending row's next call is sent to an engine, the
    replies come back, each is checked (engine.Drafting, as for a single draft), and rows whose
    errors want a re-ask go into the next round. The live thread pool is the engine that answers
    at once (a row's rounds follow each other in one worker); the Batch API answers a whole
    round in a file, hours later. Either way a row starts here and ends in `_State.finish`."""

    def __init__(self, record: Record, provider: Provider, options: BatchOptions,
                 saved: dict | None = None):
        self.number = record.number
        self.row = BatchRow(record.number, record.values, provider=provider.name,
                            model=provider.model or "")
        self.drafting: engine.Drafting | None = None
        self.done = True
        try:
            if record.problem:
                raise InputError(record.problem)
            fields = {k: v for k, v in record.fields.items() if k != "kind"}
            timing = {k: v for k in TIMING if (v := fields.pop(k, None)) not in (None, "")}
            kind = record.fields.get("kind") or options.kind
            request = Request.of(kind, fields, defaults=options.defaults)
            if kind == "followup" and timing:
                from ..advice import advice_for, timed

                advice = advice_for(request.context, timing.get("asked_on"),
                                    timing.get("days_since"), timing.get("reminders_sent"))
                self.row.advice = f"{advice.decision}: {advice.reason}"
                if not advice.drafts(options.anyway):
                    self.row.status = "skipped"  # the advice is not to send one (yet)
                    return
                request = Request(kind, timed(request.context, timing.get("asked_on"),
                                              timing.get("days_since")))
            self.drafting = engine.Drafting(request, provider, options.draft, saved)
        except InputError as exc:
            self.fail(str(exc))
            return
        self._settle()

    def call(self) -> ProviderRequest:
        assert self.drafting is not None and not self.done
        return self.drafting.call()

    def take(self, reply: Reply) -> bool:
        """One reply checked; True when the row is finished (False: a re-ask next round)."""
        assert self.drafting is not None
        self.drafting.take(reply)
        return self._settle()

    def fail(self, error: str) -> None:
        """The row ends as an error row (its input, or the endpoint for good)."""
        self.row.error = f"row {self.number}: {error}"
        self.row.status = "error"
        if self.drafting is not None:
            self.row.attempts = self.drafting.number
            self.row.total_tokens = self.drafting.usage.total_tokens  # paid for all the same
        self.done = True

    def saved(self) -> dict:
        assert self.drafting is not None
        return self.drafting.saved()

    def _settle(self) -> bool:
        result = self.drafting.result if self.drafting is not None else None
        self.done = result is not None
        if result is not None:
            row = self.row
            row.message, row.subject = result.message, result.subject or ""
            row.status = "ok" if result.passed else "failed"
            row.failed_checks = ";".join(c.name for c in result.failed_errors)
            row.attempts, row.cached = result.attempts, result.cached
            row.provider, row.model = result.provider, result.model or ""
            row.total_tokens = result.usage.total_tokens
        return self.done


def _draft_row(record: Record, provider, options: BatchOptions):
    """One row's outcome as an output row, its rounds answered at once by `provider` (the live
    engine); a permanent endpoint error is returned, not raised."""
    draft = RowDraft(record, provider, options)
    try:
        while not draft.done:
            draft.take(provider.complete(draft.call()))
    except EndpointError as exc:
        if exc.permanent:
            return exc
        draft.fail(str(exc))
    except InputError as exc:
        draft.fail(str(exc))
    return draft.row


# Columns that time a follow-up: the advice, not the reminder, reads them.
TIMING = ("asked_on", "days_since", "reminders_sent")


def _check_options(options: BatchOptions) -> None:
    """The kind and the defaults are checked once, before any row: a bad --relationship is one
    error, not an error row per input row."""
    from ..context import check_partial

    get_kind(options.kind)
    try:
        check_partial(options.defaults)
    except InputError as exc:
        raise InputError(f"the defaults: {exc}") from None


def _input_columns(table: InputFile) -> list[str]:
    if not table.jsonl:
        return table.columns
    seen: dict[str, None] = {}
    for record in table:  # streaming: only the key names are kept
        for key in record.values:
            seen.setdefault(key, None)
    return list(seen)


def _replay(journal: Journal, done: dict[int, int], stop: int, tally: Tally):
    for number in range(1, stop):
        row = journal.read(done[number])
        tally.add(row, resumed=True)
        yield row


def _journal_from_output(target: Path, fmt: str, output: OutputFile, journal: Journal,
                         table: InputFile) -> None:
    """A finished output has no journal: read its rows back so --resume knows what is done.
    Each row is checked (a row llmdraft wrote, numbered within the input, in order) and its input
    columns must be the input's row of that number: an output of another input is refused."""
    journal.open(truncate=True, header=_identity(table))
    ok = False
    try:
        with open(target, encoding="utf-8-sig", newline="") as handle:
            if fmt == "csv":
                reader = csv.reader(handle)
                header = next(reader, None)
                if header != output.columns:
                    raise InputError(f"{target} was not written by this batch's input: "
                                     f"use --force to replace it")
                rows = (dict(zip(header, cells)) for cells in reader if len(cells) == len(header))
            else:
                rows = (json.loads(line) for line in handle if line.strip())
            records = iter(table)
            record = None
            for line, flat in enumerate(rows, start=1):
                if not isinstance(flat, dict):
                    raise InputError(f"{target} row {line} is not an object")
                row = unflatten(flat, output.input_columns,
                                output.columns[: len(output.input_columns)])
                problem = row_problem(row, table.total)
                while problem is None and (record is None or record.number < row["row"]):
                    record = next(records, None)
                    if record is None:
                        break
                if problem is None and (record is None or record.number != row["row"]):
                    problem = "rows out of order"
                if problem is None and not _same_input(record, row, fmt, output):
                    problem = f"its input columns are not row {row['row']} of the input"
                if problem:
                    raise InputError(f"cannot resume from {target}: row {line} is not one this "
                                     f"batch wrote ({problem}); use --force to replace it")
                journal.append(BatchRow.from_dict(row))
        ok = True
    except (ValueError, csv.Error, RecursionError) as exc:
        raise InputError(f"cannot resume from {target}: {excerpt(str(exc), 100)}; use --force to "
                         f"replace it") from None
    finally:
        journal.close(remove=not ok)  # a failed resume leaves no journal to mislead the next


def _same_input(record: Record, row: dict, fmt: str, output: OutputFile) -> bool:
    written = row["input"]
    for column in output.input_columns:
        value = record.values.get(column, "")
        if fmt == "csv":
            value = neutralise(value)
        if written.get(column, "") != value:
            return False
    return True
