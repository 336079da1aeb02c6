"""Ray Data as a batch's engine: rows drafted by an actor pool on a cluster, finished on the driver.

Imported only for `--via ray` (Ray is an optional extra: `pip install 'llmdraft[ray]'`). The driver
reads the input as a Ray Dataset a window of rows at a time, and `map_batches` with a callable
class (an actor pool: each actor makes its provider once, from the same settings objects, with
its own limiter) drafts each row with the live engine's own function, `_draft_row`: the same
checks and re-asks, a row's rounds answered at once by the actor's endpoint. Results come back in
input order (`preserve_order`) and are finished on the driver (`_State.finish`: the journal,
the output, progress), so `--resume` works as for a live batch, and a row is journaled once
however often Ray retries the task that drafted it (actors restart and their tasks are retried
when a worker dies).

The endpoint can be one for all, or each node's own: `--base-url-template
'http://{host}:8000/v1'` puts the node's IP in place of {host} (a vLLM server on every node).
"""

from __future__ import annotations

import json
import os
import pickle

from ..errors import EndpointError, InputError
from .rows import BatchRow

WINDOW = 2000  # rows per Dataset: the driver's memory stays bounded however long the input


def run_on_ray(table, done, provider, options, state) -> None:
    try:
        import ray
    except ImportError:
        raise InputError("--via ray needs Ray: pip install 'llmdraft[ray]'") from None
    from .runner import BatchAborted

    _connect(ray, options)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False  # the driver's own progress shows instead
    abort: EndpointError | None = None
    window: list[dict] = []

    def flush() -> None:
        nonlocal abort
        if not window:
            return
        rows = ray.data.from_items(window, override_num_blocks=max(1, options.ray_actors * 2))
        drafted = rows.map_batches(
            _Drafter, fn_constructor_kwargs={"options": options},
            batch_size=options.ray_concurrency, concurrency=options.ray_actors,
            batch_format="numpy", num_cpus=0.5 if options.ray_actors > 1 else 1,
            max_restarts=-1, max_task_retries=-1)
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

    logging.getLogger("ray").setLevel(logging.ERROR)  # the driver's progress says what runs
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    address = options.ray_address or os.environ.get("RAY_ADDRESS") or None
    try:
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR)
        else:
            ray.init(num_cpus=os.cpu_count() or 2, include_dashboard=False, log_to_driver=False,
                     logging_level=logging.ERROR)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise InputError(f"cannot reach the Ray cluster {address or '(local)'}: "
                         f"{str(exc).splitlines()[0][:160]}") from None


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
