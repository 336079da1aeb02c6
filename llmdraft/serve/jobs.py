"""Batches in the background, on disk, so that a restart loses nothing.

Each batch is a folder under the server's data folder:

    batches/<id>/meta.json     what was asked (kind, defaults, file name), its state and counts
    batches/<id>/input.csv     the upload, as it came (or input.jsonl)
    batches/<id>/output.csv    the output `llmdraft batch` would write, and beside it, while it
                               runs, the runner's journal (output.csv.journal) and lock

The batch runner itself does the work, with its journal: every finished row is on disk the
moment it finishes. When the server starts, batches left `queued` or `running` are queued again
and the runner resumes them from the journal, drafting (and paying for) no finished row twice.
Progress comes from reading the journal's new lines as they appear.
"""

from __future__ import annotations

import json
import os
import queue
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .service import BadInput, EndpointFailed, Service

ID = re.compile(r"^[0-9a-f]{24}$")
ACTIVE = ("queued", "running")
# Started again when the server starts: interrupted batches, and those the endpoint refused for
# good (a key fixed since the restart lets them finish; the journal keeps what was done).
RESUMED = ("queued", "running", "stopped")


class Busy(Exception):
    """Too many batches waiting: 429."""


@dataclass
class Batch:
    id: str
    folder: Path
    meta: dict
    seen: dict = field(default_factory=dict)  # row -> summary, from the journal
    offset: int = 0
    final: list | None = None  # rows of the finished output (read once)

    @property
    def input(self) -> Path:
        return self.folder / self.meta["input"]

    @property
    def output(self) -> Path:
        return self.folder / self.meta["output"]

    @property
    def state(self) -> str:
        return self.meta["state"]


class Batches:
    def __init__(self, root: Path, service: Service, max_rows: int = 5000, max_running: int = 2,
                 max_waiting: int = 16, concurrency: int = 8):
        self.root = Path(root)
        self.service = service
        self.max_rows, self.max_running, self.max_waiting = max_rows, max_running, max_waiting
        self.concurrency = concurrency
        self._lock = threading.Lock()
        self._queue: queue.Queue[str] = queue.Queue()
        self._batches: dict[str, Batch] = {}
        self._workers: list[threading.Thread] = []

    # -- start-up -------------------------------------------------------------------------------

    def start(self) -> list[str]:
        """Loads every batch on disk and queues again those a stop interrupted; their ids."""
        self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        resumed = []
        for folder in sorted(self.root.iterdir(), key=lambda p: p.name):
            meta_file = folder / "meta.json"
            if not (ID.match(folder.name) and meta_file.is_file()):
                continue
            try:
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            batch = Batch(folder.name, folder, meta)
            self._batches[batch.id] = batch
            if batch.state in RESUMED:
                batch.meta["state"] = "queued"
                batch.meta["message"] = None
                batch.meta["resumed"] = batch.meta.get("resumed", 0) + 1
                self._save(batch)
                self._queue.put(batch.id)
                resumed.append(batch.id)
        for n in range(self.max_running):
            worker = threading.Thread(target=self._work, name=f"llmdraft-batch-{n}", daemon=True)
            worker.start()
            self._workers.append(worker)
        return resumed

    def active(self) -> int:
        return sum(1 for b in self._batches.values() if b.state in ACTIVE)

    # -- submitting -----------------------------------------------------------------------------

    def submit(self, data: bytes, filename: str, kind: str, defaults: dict) -> Batch:
        """Stores an upload, checks it as `llmdraft batch` would (before accepting it), and
        queues it. BadInput for an unusable file; Busy when too many wait."""
        with self._lock:
            if self.active() >= self.max_running + self.max_waiting:
                raise Busy(f"{self.active()} batches are queued or running; try again when one "
                           f"has finished")
        shown = _safe_name(filename)
        suffix = ".jsonl" if shown.lower().endswith((".jsonl", ".ndjson")) else ".csv"
        batch_id = secrets.token_hex(12)
        folder = self.root / batch_id
        folder.mkdir(mode=0o700, parents=True)
        source = folder / f"input{suffix}"
        source.write_bytes(data)
        try:
            total = self.service.open_batch(source, kind, defaults, shown)
            if total > self.max_rows:
                raise BadInput(f"{shown} has {total:,} rows; this server takes at most "
                               f"{self.max_rows:,} in one batch")
        except BaseException:
            _remove(folder)
            raise
        meta = {"id": batch_id, "filename": shown, "kind": kind, "defaults": defaults,
                "input": source.name, "output": f"output{suffix}", "total": total,
                "state": "queued", "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "counts": {}, "message": None}
        batch = Batch(batch_id, folder, meta)
        self._save(batch)
        with self._lock:
            self._batches[batch_id] = batch
        self._queue.put(batch_id)
        return batch

    def get(self, batch_id: str) -> Batch | None:
        if not ID.match(batch_id or ""):
            return None
        return self._batches.get(batch_id)

    def all(self) -> list[Batch]:
        return sorted(self._batches.values(), key=lambda b: b.meta["created"], reverse=True)

    # -- running --------------------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            batch = self._batches.get(self._queue.get())
            if batch is None:
                continue
            batch.meta["state"] = "running"
            batch.meta["started"] = time.time()
            self._save(batch)
            try:
                tally = self.service.run_batch(batch.input, batch.output, batch.meta["kind"],
                                               batch.meta["defaults"], self.concurrency)
            except BadInput as exc:
                batch.meta.update(state="error", message=str(exc))
            except EndpointFailed as exc:
                batch.meta.update(state="stopped", message=f"the model endpoint refused: {exc}")
            except Exception as exc:  # noqa: BLE001 - a bug must not kill the worker
                batch.meta.update(state="error", message=f"internal error: {type(exc).__name__}")
            else:
                batch.meta.update(state="done", counts={
                    "done": tally.done, "ok": tally.ok, "failed": tally.failed,
                    "error": tally.error, "skipped": tally.skipped})
            self._refresh(batch)
            self._save(batch)

    def _refresh(self, batch: Batch) -> None:
        with self._lock:
            batch.offset = self.service.rows_so_far(batch.output, batch.seen, batch.offset)

    # -- reporting ------------------------------------------------------------------------------

    def status(self, batch: Batch) -> dict:
        if batch.state == "done" and batch.meta.get("counts"):
            counts = batch.meta["counts"]
        else:
            self._refresh(batch)
            rows = list(batch.seen.values())
            counts = {"done": len(rows)}
            for status in ("ok", "failed", "error", "skipped"):
                counts[status] = sum(1 for r in rows if r["status"] == status)
        return {"id": batch.id, "state": batch.state, "filename": batch.meta["filename"],
                "kind": batch.meta["kind"], "total": batch.meta["total"],
                "message": batch.meta.get("message"), "created": batch.meta["created"],
                "output": f"/v1/batches/{batch.id}/output" if batch.state == "done" else None,
                **{k: counts.get(k, 0) for k in ("done", "ok", "failed", "error", "skipped")}}

    def rows(self, batch: Batch, offset: int, limit: int) -> dict:
        if batch.state == "done" and batch.output.exists():
            if batch.final is None:
                batch.final = self.service.rows_written(batch.output)
            rows = batch.final
        else:
            self._refresh(batch)
            rows = [batch.seen[n] for n in sorted(batch.seen)]
        return {"rows": rows[offset: offset + limit], "total": len(rows), "offset": offset}

    def download_name(self, batch: Batch) -> str:
        stem = batch.meta["filename"].rsplit(".", 1)[0] or "batch"
        return f"drafts-{stem}{batch.output.suffix}"

    def _save(self, batch: Batch) -> None:
        tmp = batch.folder / "meta.json.tmp"
        tmp.write_text(json.dumps(batch.meta, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, batch.folder / "meta.json")


def _safe_name(filename: str | None) -> str:
    """The upload's own name, for messages and the download: its last part, printable, short."""
    name = (filename or "upload.csv").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '"<>;')[:80].strip()
    return name or "upload.csv"


def _remove(folder: Path) -> None:
    for child in folder.iterdir():
        child.unlink(missing_ok=True)
    folder.rmdir()
