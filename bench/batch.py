"""Batch benchmarks: offline throughput and memory, and endpoint-bound wall time.

    python bench/batch.py [--rows 100000] [--endpoint-rows 400] [--latency 0.2] [--concurrency 16]

1. Offline: ROWS rows through `llmdraft batch` as a whole process; prints rows per second and
   peak RSS, with the peak RSS of a 1/10 run beside it (constant memory: the two should match).
2. Endpoint: ENDPOINT_ROWS rows against the local Chat Completions server answering every call
   after LATENCY seconds; prints the wall time against the ideal rows x latency / concurrency.
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chatserver import ChatServer, reply  # noqa: E402
from contexts import good_reply_for  # noqa: E402

RELATIONSHIPS = ["managed-you", "same-team", "client", "teacher", "classmate", "reported-to-you"]


def write_input(path: Path, rows: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["recipient", "project", "strength1", "strength2", "relationship"])
        for i in range(rows):
            out.writerow([f"Person {i}", f"Project {i % 97} rollout", "supplier negotiations",
                          "running weekly demos", RELATIONSHIPS[i % len(RELATIONSHIPS)]])


def run_batch(src: Path, out: Path, env: dict, *extra: str) -> tuple[float, int, float]:
    """Wall seconds of the whole process, the child's peak RSS in KiB, and the batch's own
    time as its summary line reports it (the process without its start-up)."""
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "llmdraft", "batch", str(src), "-o", str(out),
                           "--force", "-q", *extra], env=env, capture_output=True, text=True)
    took = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"batch failed ({proc.returncode}): {proc.stderr[-500:]}")
    inner = re.search(r"tokens(?: spent)?; ([\d.]+) s", proc.stderr)
    return took, peak_rss_kib(), float(inner.group(1)) if inner else float("nan")


def peak_rss_kib() -> int:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--endpoint-rows", type=int, default=400)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_"))}

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env["LLMDRAFT_CACHE_DIR"] = str(tmp / "cache")
        # The history records every row, as it does for a user (in a file of the run's own, not
        # the user's); LLMDRAFT_BENCH_NO_HISTORY=1 measures without it.
        env["LLMDRAFT_HISTORY"] = str(tmp / "history.db")
        if os.environ.get("LLMDRAFT_BENCH_NO_HISTORY"):
            env["LLMDRAFT_NO_HISTORY"] = "1"
        small, big = tmp / "small.csv", tmp / "big.csv"
        write_input(small, max(1, args.rows // 10))
        write_input(big, args.rows)
        # RUSAGE_CHILDREN's peak is the largest child so far: run the small one first.
        _, small_rss, _ = run_batch(small, tmp / "small-out.csv", env)
        took, big_rss, _ = run_batch(big, tmp / "big-out.csv", env)
        print(f"offline: {args.rows:,} rows in {took:.1f} s = {args.rows / took:,.0f} rows/s; "
              f"peak RSS {big_rss / 1024:.1f} MiB ({args.rows // 10:,} rows: "
              f"{small_rss / 1024:.1f} MiB)")

        if not args.endpoint_rows:
            return  # --endpoint-rows 0: the offline figures only
        src = tmp / "endpoint.csv"
        write_input(src, args.endpoint_rows)

        def answer(body):
            time.sleep(args.latency)
            return reply(good_reply_for(body))

        with ChatServer() as server:
            server.default = answer
            endpoint_env = {**env, "OPENAI_BASE_URL": server.base_url, "LLMDRAFT_MODEL": "bench"}
            took, _, inner = run_batch(src, tmp / "endpoint-out.csv", endpoint_env,
                                       "--no-cache", "--concurrency", str(args.concurrency))
            calls = server.calls
        ideal = args.endpoint_rows * args.latency / args.concurrency
        print(f"endpoint: {args.endpoint_rows} rows at {args.latency * 1000:.0f} ms, concurrency "
              f"{args.concurrency}: {took:.2f} s vs ideal {ideal:.2f} s = {took / ideal:.2f}x "
              f"as a whole process; {inner:.2f} s = {inner / ideal:.2f}x from the batch's own "
              f"start ({calls} calls)")


if __name__ == "__main__":
    main()
