"""The OpenAI Batch API as a batch's engine: a round is a file of requests, answered within 24 h.

`llmdraft batch IN -o OUT --via batch-api` drafts what needs no model (error rows, skipped
follow-ups, cache hits) at once, writes one request line per remaining row (`custom_id`
"row-N-attempt-K", the rendered messages, model, temperature, response_format), uploads the file
(purpose "batch"), creates the batch and exits. `llmdraft batch collect OUT` downloads the output
and error files and feeds each reply to the row's draft, exactly as the live engine does
(engine.Drafting): rows that pass, or have used their attempts, are finished into the journal and
the output; rows whose errors want a re-ask go into the next round's file. `--export-requests`
and `--import-results` do the same with files the user moves (`vllm run-batch -i ... -o ...`).

State is kept beside the output (OUT.batch.json), written whole and renamed into place, before
every step that costs money: the rows of a round and their parts are saved before any upload,
each file id before its batch is created, each batch id as soon as it exists. A kill -9 at any
point is followed by `llmdraft batch collect OUT`: a part with a file but no batch id is found
again among the account's batches by its input file (never created twice); a part with no file
is uploaded again (uploads are free); rows already in the journal are never drafted again.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from ..errors import EndpointError, InputError
from ..sanitize import excerpt
from ..settings import DraftOptions, Endpoint
from .progress import Tally
from .reader import InputFile

URL = "/v1/chat/completions"
TERMINAL = ("completed", "failed", "expired", "cancelled")
RESENDS = 3  # rounds a request may be sent again after a provider failure (5xx, 429, expiry)
VERSION = 1


def state_path(target: Path) -> Path:
    return target.with_name(target.name + ".batch.json")


def custom_id(number: int, attempt: int) -> str:
    return f"row-{number}-attempt-{attempt}"


class Rounds:
    """The state beside the output: the settings to rebuild the batch, the current round's
    rows (each draft's saved state) and its parts (one provider batch, or one exported file,
    each)."""

    def __init__(self, path: Path, data: dict):
        self.path, self.data = path, data

    @classmethod
    def load(cls, target: Path) -> "Rounds":
        path = state_path(target)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"no Batch API batch is waiting for {target} ({path.name} is not "
                             f"there): start one with `llmdraft batch IN -o {target.name} "
                             f"--via batch-api`") from None
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read {path}: {excerpt(str(exc), 100)}") from None
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise InputError(f"{path} is not a state file this llmdraft wrote")
        return cls(path, data)

    def save(self) -> None:
        from ..files import replacing

        with replacing(self.path, fsync=True) as handle:
            json.dump(self.data, handle)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)

    @property
    def rows(self) -> dict[str, dict]:
        return self.data["rows"]

    @property
    def parts(self) -> list[dict]:
        return self.data["parts"]


# -- the settings, saved and read back -------------------------------------------------------

def _saved_options(options, fmt: str, table: InputFile) -> dict:
    return {"kind": options.kind, "defaults": options.defaults, "mapping": options.mapping,
            "fmt": fmt, "anyway": options.anyway, "endpoint": asdict(options.endpoint),
            "draft": asdict(options.draft), "max_lines": options.max_lines,
            "max_bytes": options.max_bytes, "source": str(table.path.resolve())}


def _options_from(saved: dict, progress: bool):
    from .runner import BatchOptions

    return BatchOptions(kind=saved["kind"], defaults=saved["defaults"], mapping=saved["mapping"],
                        fmt=saved["fmt"], anyway=saved["anyway"],
                        endpoint=Endpoint(**saved["endpoint"]), draft=DraftOptions(**saved["draft"]),
                        max_lines=saved["max_lines"], max_bytes=saved["max_bytes"],
                        via="batch-api", resume=True, progress=progress)


def _provider(options, files_only: bool):
    """The OpenAI-compatible provider whose request bodies the file carries; with files only
    (export and import) no endpoint is needed, only the model's name."""
    from ..providers.openai_compat import DEFAULT_MODEL, OpenAIProvider

    if options.endpoint.provider == "offline":
        raise InputError("--via batch-api drafts with a model: the offline composer needs no "
                         "batch (drop --provider offline)")
    if files_only and not (os.environ.get("OPENAI_API_KEY") or options.endpoint.base_url
                           or os.environ.get("OPENAI_BASE_URL")):
        from ..cache import open_cache

        return OpenAIProvider(model=options.endpoint.model or os.environ.get("LLMDRAFT_MODEL")
                              or DEFAULT_MODEL,
                              cache=open_cache() if options.endpoint.cache else None)
    from ..providers import make_provider

    return make_provider(options.endpoint.replace(provider="openai"))


# -- round 1 ----------------------------------------------------------------------------------

def submit(table: InputFile, target: Path, fmt: str, options, provider=None) -> Tally:
    """`llmdraft batch IN -o OUT --via batch-api`: rows that need no model are finished now;
    the others go into round 1's file(s), uploaded and submitted (or exported)."""
    from .runner import RowDraft, _run_locked

    path = state_path(target)
    if path.exists() and not options.force:
        raise InputError(f"a Batch API batch is already under way for {target}: "
                         f"`llmdraft batch collect {target}` (or --force to start over)")
    files_only = options.export_requests is not None
    provider = provider or _provider(options, files_only)
    rounds = Rounds(path, {"version": VERSION, "options": _saved_options(options, fmt, table),
                           "round": 0, "mode": "files" if files_only else "api",
                           "structured": "response_format" in provider.body(_probe()),
                           "rows": {}, "parts": [], "finished": False})
    pending: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="llmdraft-batch-") as tmp:
        spool = _Spool(Path(tmp))

        def drive(table, done, provider, options, state) -> None:
            for record in table:
                if record.number in done:
                    continue
                row = RowDraft(record, provider, options)
                if row.done:
                    state.finish(row.row)
                else:
                    pending[str(record.number)] = {}
                    spool.add(record.number, _line(row, provider, rounds))
            state.reporter.update(force=True)

        tally = _run_locked(table, target, fmt, provider, options, drive)
        if pending:
            _next_round(rounds, pending, spool, table, provider, options)
            _announce(rounds, target)
    return tally


class _Spool:
    """A round's request lines as they are made, in a file; split into parts at the end (the
    rendering is done once, and memory stays flat however many rows)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.path = folder / "round.jsonl"
        self.handle = open(self.path, "wb")
        self.numbers: list[int] = []

    def add(self, number: int, line: bytes) -> None:
        self.numbers.append(number)
        self.handle.write(len(line).to_bytes(4, "big") + line)

    def __iter__(self):
        self.handle.close()
        with open(self.path, "rb") as handle:
            for number in self.numbers:
                size = int.from_bytes(handle.read(4), "big")
                yield number, handle.read(size)


def _probe():
    """A request with no messages: enough to ask the provider whether it asks for structure."""
    from ..context import Context
    from ..providers.base import ProviderRequest

    return ProviderRequest("request", Context.from_dict(
        {"recipient": "A", "project": "B", "strengths": ["C"]}), ())


def _announce(rounds: Rounds, target: Path) -> None:
    number = rounds.data["round"]
    if rounds.data["mode"] == "files":
        names = ", ".join(p["requests"] for p in rounds.parts)
        _say(f"round {number}: {len(rounds.rows)} request(s) written to {names}; run them (e.g. "
             f"`vllm run-batch -i REQUESTS -o RESULTS --model MODEL`), then "
             f"`llmdraft batch collect {target} --import-results RESULTS`")
    else:
        ids = ", ".join(p.get("batch_id") or "?" for p in rounds.parts)
        _say(f"round {number}: {len(rounds.rows)} request(s) submitted as batch {ids}; "
             f"`llmdraft batch status {target}`, then `llmdraft batch collect {target}` "
             f"(--wait to wait for it)")


def _say(line: str) -> None:
    print(f"llmdraft: {line}", file=sys.stderr, flush=True)


# -- a round's files --------------------------------------------------------------------------

def _next_round(rounds: Rounds, pending: dict[str, dict], spool: "_Spool", table: InputFile,
                provider, options) -> None:
    """Saves the round's rows and the parts they are split into, then sends each part. The
    plan is saved before anything is uploaded, so that a kill leaves a round to complete."""
    rounds.data["round"] += 1
    rounds.data["rows"] = pending
    rounds.data["parts"] = []
    export = options.export_requests
    limit_lines = options.max_lines if export is None else sys.maxsize
    limit_bytes = options.max_bytes if export is None else sys.maxsize
    files: list[Path] = []
    parts: list[list[int]] = []
    handle = None
    size = 0
    for number, line in spool:
        if handle is None or len(parts[-1]) >= limit_lines or size + len(line) > limit_bytes:
            if handle is not None:
                handle.close()
            files.append(spool.folder / f"part{len(files) + 1}.jsonl")
            handle = open(files[-1], "wb")
            parts.append([])
            size = 0
        parts[-1].append(number)
        handle.write(line)
        size += len(line)
    if handle is not None:
        handle.close()
    for index, numbers in enumerate(parts, start=1):
        entry: dict = {"rows": numbers, "file_id": None, "batch_id": None, "status": None}
        if export is not None:
            name = Path(export)
            if rounds.data["round"] > 1 or len(parts) > 1:
                name = name.with_name(f"{name.stem}.round{rounds.data['round']}"
                                      f"{'' if len(parts) == 1 else f'.part{index}'}{name.suffix}")
            entry["requests"] = str(name)
        rounds.parts.append(entry)
    rounds.save()
    _send_parts(rounds, table, provider, options, ready=files)


def _line(row, provider, rounds: Rounds) -> bytes:
    """A pending row's request line: its next attempt's body under its custom_id."""
    body = provider.body(row.call())
    if not rounds.data.get("structured", True):
        body.pop("response_format", None)
    return (json.dumps({"custom_id": custom_id(row.number, row.drafting.number + 1),
                        "method": "POST", "url": URL, "body": body}, ensure_ascii=False)
            + "\n").encode("utf-8")


def _lines(rounds: Rounds, table: InputFile, provider, options, only: set[int] | None = None):
    """Each pending row's request line, in input order (the input is read again, streaming)."""
    from .runner import RowDraft

    rows = rounds.rows
    for record in table:
        saved = rows.get(str(record.number))
        if saved is None or (only is not None and record.number not in only):
            continue
        draft = RowDraft(record, provider, options, saved=saved)
        if draft.done:  # cannot happen for a saved draft; say so rather than lose the row
            raise InputError(f"row {record.number} of the saved round is finished already")
        yield record.number, _line(draft, provider, rounds)


def _write_part(rounds: Rounds, part: dict, table, provider, options, path: Path) -> None:
    with open(path, "wb") as handle:
        for _, line in _lines(rounds, table, provider, options, only=set(part["rows"])):
            handle.write(line)


def _send_parts(rounds: Rounds, table, provider, options, ready: list[Path] | None = None) -> None:
    """Every part of the round that has no batch yet gets one (or its exported file). `ready`:
    the parts' files as this process wrote them; after a kill they are made again."""
    for index, part in enumerate(rounds.parts):
        made = ready[index] if ready else None
        if rounds.data["mode"] == "files":
            if not part.get("written"):
                target = Path(part["requests"])
                try:
                    if made is not None:
                        shutil.copyfile(made, target)
                    else:
                        _write_part(rounds, part, table, provider, options, target)
                except OSError as exc:
                    raise InputError(f"cannot write {target}: {exc.strerror}") from None
                part["written"] = True
                rounds.save()
            continue
        if part.get("batch_id"):
            continue
        client = provider.client()
        if part.get("file_id"):
            found = _find_batch(client, part["file_id"])  # created before a kill?
            if found is not None:
                part["batch_id"], part["status"] = found.id, found.status
                rounds.save()
                continue
        else:
            with tempfile.TemporaryDirectory(prefix="llmdraft-batch-") as tmp:
                path = Path(tmp) / f"round{rounds.data['round']}.jsonl"
                if made is not None:
                    path = made
                else:
                    _write_part(rounds, part, table, provider, options, path)
                with open(path, "rb") as handle:
                    uploaded = _api(lambda: client.files.create(
                        file=(path.name, handle), purpose="batch"), "upload the requests")
            part["file_id"] = uploaded.id
            rounds.save()
        created = _api(lambda: client.batches.create(
            input_file_id=part["file_id"], endpoint=URL, completion_window="24h",
            metadata={"llmdraft": "batch", "round": str(rounds.data["round"])}),
            "create the batch")
        part["batch_id"], part["status"] = created.id, created.status
        rounds.save()


def _find_batch(client, file_id: str):
    """The batch made on `file_id`, if one was (the newest few hundred are looked at)."""
    page = _api(lambda: client.batches.list(limit=100), "list the batches")
    for seen, batch in enumerate(page):  # the SDK pages on its own
        if batch.input_file_id == file_id:
            return batch
        if seen > 1000:
            break
    return None


def _api(call, what: str, tries: int = 5):
    """One files or batches call: retried on connection errors, 429 and 5xx; anything else
    (401, 404, a bad request) is an endpoint error at once, exit 3."""
    import openai

    for attempt in range(1, tries + 1):
        try:
            return call()
        except openai.APIStatusError as exc:
            transient = exc.status_code in (408, 409, 429) or exc.status_code >= 500
            if not transient or attempt == tries:
                raise EndpointError(f"could not {what}: {exc.status_code} "
                                    f"{excerpt(_error_text(exc), 160)}", permanent=True) from None
        except openai.APIConnectionError as exc:
            if attempt == tries:
                raise EndpointError(f"could not {what}: {type(exc).__name__}: "
                                    f"{excerpt(str(exc), 120)}", permanent=True) from None
        time.sleep(random.uniform(0, min(8.0, 0.5 * 2 ** attempt)))
    raise AssertionError("unreachable")


def _error_text(exc) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        return str(body.get("message") or body.get("error") or body)
    return str(exc).split("\n")[0]


# -- status and collect -----------------------------------------------------------------------

def status(target: Path) -> list[str]:
    """Lines about the round under way: each part's provider status and counts."""
    rounds = Rounds.load(target)
    options = _options_from(rounds.data["options"], progress=False)
    lines = [f"round {rounds.data['round']}: {len(rounds.rows)} row(s) waiting for replies"]
    if rounds.data["mode"] == "files":
        for part in rounds.parts:
            lines.append(f"requests in {part['requests']} ({len(part['rows'])} lines): collect "
                         f"with --import-results RESULTS")
        return lines
    provider = _provider(options, files_only=False)
    client = provider.client()
    for part in rounds.parts:
        if not part.get("batch_id"):
            lines.append(f"{len(part['rows'])} request(s) not submitted yet (interrupted): "
                         f"`llmdraft batch collect {target}` submits them")
            continue
        batch = _api(lambda: client.batches.retrieve(part["batch_id"]), "read the batch")
        counts = batch.request_counts
        done = f"{counts.completed} done, {counts.failed} failed of {counts.total}" \
            if counts is not None else "no counts yet"
        lines.append(f"batch {batch.id}: {batch.status} ({done})")
    return lines


def collect(target: Path, *, wait: bool = False, import_results: Path | None = None,
            export_requests: Path | None = None, progress: bool = True,
            poll: float = 1.0, max_poll: float = 60.0) -> tuple[Tally | None, str]:
    """Collects the round under way: (the tally, "done") when the output is complete,
    (tally, "submitted") when a next round went out, (None, "waiting") when the provider has
    not finished (and `wait` is off)."""
    from .lock import OutputLock

    target = Path(target)
    rounds = Rounds.load(target)
    options = _options_from(rounds.data["options"], progress)
    files = rounds.data["mode"] == "files"
    if files and import_results is None:
        raise InputError(f"this batch's requests went to a file: collect it with "
                         f"--import-results RESULTS (the results of "
                         f"{', '.join(p['requests'] for p in rounds.parts)})")
    if not files and import_results is not None:
        raise InputError("--import-results is for batches started with --export-requests; this "
                         "one was submitted to the endpoint")
    if files:
        options.export_requests = Path(export_requests) if export_requests else Path(
            rounds.parts[0]["requests"]) if rounds.parts else target.with_suffix(".requests.jsonl")
    source = Path(rounds.data["options"]["source"])
    try:
        table = InputFile(source, options.mapping)
    except InputError as exc:
        raise InputError(f"cannot collect {target}: its input: {exc}") from None
    provider = _provider(options, files_only=files)
    with OutputLock(target):
        _send_parts(rounds, table, provider, options)  # a round interrupted before it went out
        if files:
            ends: dict[str, str] = {}
            replies = _read_results(Path(import_results))  # type: ignore[arg-type]
        else:
            batches = _wait_for(rounds, provider.client(), wait, poll, max_poll)
            if batches is None:
                return None, "waiting"
            replies, ends = _download(provider.client(), batches)
        return _take(rounds, table, target, provider, options, replies, ends)


def _wait_for(rounds: Rounds, client, wait: bool, poll: float, max_poll: float):
    delay = poll
    while True:
        batches = [_api(lambda: client.batches.retrieve(p["batch_id"]), "read the batch")
                   for p in rounds.parts]
        for part, batch in zip(rounds.parts, batches):
            part["status"] = batch.status
        if all(b.status in TERMINAL for b in batches):
            return batches
        if not wait:
            waiting = [f"{b.id} {b.status}" for b in batches if b.status not in TERMINAL]
            _say(f"round {rounds.data['round']} is not finished ({', '.join(waiting)}): collect "
                 f"again later, or with --wait")
            return None
        time.sleep(delay)
        delay = min(max_poll, delay * 1.5)


def _download(client, batches) -> tuple[dict, dict]:
    """custom_id -> output or error line, and each row's batch's end (for rows with no line)."""
    replies: dict[str, dict] = {}
    ends: dict[str, str] = {}
    for batch in batches:
        for file_id in (batch.error_file_id, batch.output_file_id):  # output wins a tie
            if not file_id:
                continue
            text = _api(lambda: client.files.content(file_id), "download the results").text
            for item in _parse_lines(text.splitlines(), f"the file {file_id}"):
                replies[item["custom_id"]] = item
        errors = getattr(batch, "errors", None)
        detail = ""
        if errors is not None and getattr(errors, "data", None):
            detail = "; ".join(str(e.message) for e in errors.data[:3])
        ends[batch.id] = f"{batch.status}: {detail}" if detail else batch.status
    return replies, ends


def _read_results(path: Path) -> dict:
    try:
        with open(path, encoding="utf-8") as handle:
            return {item["custom_id"]: item for item in _parse_lines(handle, str(path))}
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def _parse_lines(lines, where: str):
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            raise InputError(f"{where} line {number} is not JSON") from None
        if not isinstance(item, dict) or not isinstance(item.get("custom_id"), str):
            raise InputError(f"{where} line {number} has no custom_id: not a batch result")
        yield item


def _take(rounds: Rounds, table, target: Path, provider, options, replies: dict,
          ends: dict) -> tuple[Tally, str]:
    """Every row of the round meets its reply: finished, or saved for the next round."""
    with tempfile.TemporaryDirectory(prefix="llmdraft-batch-") as tmp:
        return _take_into(rounds, table, target, provider, options, replies, ends,
                          _Spool(Path(tmp)))


def _take_into(rounds: Rounds, table, target: Path, provider, options, replies: dict,
               ends: dict, spool: "_Spool") -> tuple[Tally, str]:
    from .runner import RowDraft, _run_locked

    part_of = {n: p.get("batch_id") for p in rounds.parts for n in p["rows"]}
    structured = rounds.data.get("structured", True)
    following: dict[str, dict] = {}

    def drive(table, done, provider, options, state) -> None:
        for record in table:
            saved = rounds.rows.get(str(record.number))
            if saved is None or record.number in done:
                continue
            row = RowDraft(record, provider, options, saved=saved)
            assert row.drafting is not None  # a saved row is one still drafting
            sent = custom_id(record.number, row.drafting.number + 1)
            item = replies.get(sent)
            resend = _meet(row, item, ends.get(part_of.get(record.number) or "", ""),
                           provider, structured)
            if resend:
                count = saved.get("resends", 0) + 1
                if count > RESENDS:
                    row.fail(f"the Batch API did not answer in {RESENDS + 1} rounds ({resend})")
                else:
                    following[str(record.number)] = {**row.saved(), "resends": count}
                    spool.add(record.number, _line(row, provider, rounds))
                    continue
            if row.done:
                state.finish(row.row)
            else:
                following[str(record.number)] = {**row.saved(), "resends": 0}
                spool.add(record.number, _line(row, provider, rounds))
        state.reporter.update(force=True)

    tally = _run_locked(table, target, options.fmt or "csv", provider, options, drive,
                        retry_errors=False)
    if following:
        _next_round(rounds, following, spool, table, provider, options)
        _announce(rounds, target)
        return tally, "submitted"
    rounds.remove()
    return tally, "done"


def _meet(row, item: dict | None, end: str, provider, structured: bool) -> str | None:
    """Feeds one result line to its row. Returns why the request must be sent again (None:
    the row has taken its reply, or failed for good)."""
    if item is None:
        if end.startswith("cancelled"):
            row.fail("the batch was cancelled before this row was answered; "
                     "`llmdraft batch IN -o OUT --resume` drafts it live")
            return None
        if end.startswith("failed"):
            row.fail(f"the Batch API refused the file ({end})")
            return None
        return f"no answer: the batch {end or 'ended'}"
    response = item.get("response") or {}
    error = item.get("error") or {}
    code = response.get("status_code") if isinstance(response, dict) else None
    if code == 200:
        try:
            row.take(provider.reply_from(response.get("body") or {}, structured))
        except EndpointError as exc:
            return str(exc)
        return None
    body = response.get("body") if isinstance(response, dict) else None
    detail = ""
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        detail = str(body["error"].get("message") or "")
    if isinstance(error, dict) and error:
        detail = detail or str(error.get("message") or error.get("code") or "")
    if isinstance(code, int) and 400 <= code < 500 and code not in (408, 409, 429):
        row.fail(f"the endpoint answered {code}: {excerpt(detail, 160)}")
        return None
    return f"{code or (error.get('code') if isinstance(error, dict) else '') or 'error'} " \
           f"{excerpt(detail, 100)}".strip()
