"""Ray Data as a batch's engine: rows drafted by an actor pool on a cluster, finished on the driver.

Imported only for `--via ray` (Ray is an optional extra: `pip install 'llmdraft[ray]'`). The driver
reads the input as a Ray Dataset a window of rows at a time, and `map_batches` with a callable
class (an actor pool: each actor makes its provider once, from the same settings objects, with
its own limiter) drafts each row with the live engine's own function, `_draft_row`: the same
checks and re-asks, a row's rounds answered at once by the actor's endpoint. Results come back
a block (8 actor batches) at a time, in any order, and are finished on the driver
(`_State.finish`: the journal at once, the output in input order, progress), so `--resume` works
as for a live batch, and a row is journaled once however often Ray retries the task that drafted
it (a lost actor is restarted and its batches retried).

The endpoint can be one for all, or each node's own: `--base-url-template
'http://{host}:8000/v1'` puts the node's IP in place of {host} (a vLLM server on every node).
"""

from __future__ import annotations

import json
import os
import pickle

from ..errors import EndpointError, InputError
from ..sanitize import excerpt
from .rows import BatchRow

WINDOW = 2000  # rows per Dataset: the driver's memory stays bounded however long the input


def connect(options) -> None:
    """Join the cluster (or start a local one) before the output is touched: one line, exit 2,
    when Ray is missing or the cluster is out of reach."""
    try:
        import ray
    except ImportError:
        raise InputError("--via ray needs Ray: pip install 'llmdraft[ray]'") from None
    _connect(ray, options)


def run_on_ray(table, done, provider, options, state) -> None:
    import ray

    from .runner import BatchAborted

    connect(options)  # joined already when the runner called it: a no-op
    context = ray.data.DataContext.get_current()
    # Rows come back as their block finishes and are journaled at once; _State.finish writes
    # the output in input order. (Ray's own order would hold finished rows back, unjournaled.)
    context.execution_options.preserve_order = False
    context.enable_progress_bars = False  # the driver's own progress shows instead
    abort: EndpointError | None = None
    window: list[dict] = []

    def flush() -> None:
        nonlocal abort
        if not window:
            return
        # small blocks (8 actor batches): a finished row reaches the journal soon after it is drafted
        blocks = max(options.ray_actors * 2, len(window) // (8 * options.ray_concurrency))
        rows = ray.data.from_items(window, override_num_blocks=blocks)
        drafted = rows.map_batches(
            _Drafter, fn_constructor_kwargs={"options": options},
            batch_size=options.ray_concurrency,
            compute=ray.data.ActorPoolStrategy(size=options.ray_actors),
            batch_format="numpy", num_cpus=0.5 if options.ray_actors > 1 else 1)
        # Ray Data restarts a lost actor and retries its batches (max_restarts and
        # max_task_retries default to -1 for an actor pool): a row is drafted again, not lost.
        for item in drafted.iter_rows():
            outcome = json.loads(item["outcome"])
            if "abort" in outcome:
                abort = abort or EndpointError(outcome["abort"], permanent=True)
            else:
                state.finish(BatchRow.from_dict(outcome))
        window.clear()

    for record in table:
        if record.number in done:
            continue
        window.append({"number": record.number, "record": pickle.dumps(record)})
        if len(window) >= WINDOW:
            flush()
            if abort:
                break
    if not abort:
        flush()
    if abort:
        raise BatchAborted(abort, state.tally)


def _connect(ray, options) -> None:
    if ray.is_initialized():
        return
    import logging

    import warnings

    # The driver's own progress says what runs: Ray's and Ray Data's notes (INFO, WARNING, Python
    # warnings) stay off its stderr; errors still show. Ray Data sets its logger's level from
    # RAY_DATA_LOG_LEVEL at every execution (a user's own setting wins).
    logging.getLogger("ray").setLevel(logging.ERROR)
    os.environ.setdefault("RAY_DATA_LOG_LEVEL", "ERROR")
    warnings.filterwarnings("ignore", module=r"ray(\.|$)")
    address = options.ray_address or os.environ.get("RAY_ADDRESS") or None
    if address:
        _probe(address)  # Ray itself retries an unreachable address for minutes
    try:
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR)
        else:
            ray.init(num_cpus=os.cpu_count() or 2, include_dashboard=False, log_to_driver=False,
                     logging_level=logging.ERROR)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise InputError(f"cannot reach the Ray cluster {address or '(local)'}: "
                         f"{str(exc).splitlines()[0][:160]}") from None


PROBE_SECONDS = 5.0


def _probe(address: str) -> None:
    """Fail fast, in one line, when nothing answers at a cluster's HOST:PORT (or ray://HOST:PORT).
    `auto` and `local` are Ray's to resolve: they fail at once when there is no cluster."""
    import socket

    if address in ("auto", "local"):
        return
    where = address.split("://", 1)[1] if "://" in address else address
    host, _, port = where.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError(f"--ray-address {excerpt(address, 80)}: give HOST:PORT (the head's GCS "
                         f"port, 6379 by default), ray://HOST:PORT, or auto")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=PROBE_SECONDS) as conn:
            # Ray's GCS (and its client server) speak gRPC: an HTTP/2 server answers the client's
            # preface with a SETTINGS frame (type 4). Anything else there would hang ray.init.
            conn.sendall(b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n" + bytes([0, 0, 0, 4, 0, 0, 0, 0, 0]))
            frame = b""
            while len(frame) < 9:
                got = conn.recv(9 - len(frame))
                if not got:
                    break
                frame += got
    except OSError as exc:
        reason = "no answer" if isinstance(exc, TimeoutError) else \
            (exc.strerror or str(exc) or type(exc).__name__).lower()
        raise InputError(f"cannot reach the Ray cluster {excerpt(address, 80)}: {reason} (is "
                         f"`ray start --head` running there, and the port open?)") from None
    if len(frame) < 9 or frame[3] != 4:
        raise InputError(f"cannot reach the Ray cluster {excerpt(address, 80)}: what answers there "
                         f"is not Ray (give the head's GCS port, 6379 by default)")


class _Drafter:
    """One actor: a provider made once from the settings, rows drafted by a few threads."""

    def __init__(self, options):
        from concurrent.futures import ThreadPoolExecutor

        from ..providers import make_provider
        from ..providers.limiter import AdaptiveLimiter

        endpoint = options.endpoint
        if options.base_url_template:
            import ray

            host = ray.util.get_node_ip_address()
            endpoint = endpoint.replace(base_url=options.base_url_template.replace("{host}", host))
        self.options = options
        self.provider = make_provider(endpoint, limiter=AdaptiveLimiter(options.ray_concurrency))
        self.pool = ThreadPoolExecutor(max_workers=options.ray_concurrency)

    def __call__(self, batch: dict) -> dict:
        import numpy as np

        from .runner import _draft_row

        records = [pickle.loads(blob) for blob in batch["record"]]
        outcomes = list(self.pool.map(lambda r: _draft_row(r, self.provider, self.options),
                                      records))
        return {"outcome": np.array([json.dumps({"abort": str(o)} if isinstance(o, EndpointError)
                                                else o.to_dict()) for o in outcomes],
                                    dtype=object)}
