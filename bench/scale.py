"""Batches at scale: the Batch API path's own cost per row, and Ray against the live engine.

    python bench/scale.py [--rows 100000] [--ray-rows 2000] [--latency 0.2] [--concurrency 8]

1. Batch API overhead: ROWS rows through `llmdraft batch --export-requests` (render every row's
   messages and build the request file) and `llmdraft batch collect --import-results` (read the
   results, parse and check every reply, write the journal and the output). The results file is
   made in between with passing replies, as `vllm run-batch` would; its making is not counted.
   What is printed is llmdraft's cost per row, the part that stays on this machine whatever the
   provider does.
2. Ray vs live (needs Ray; --ray-rows 0 skips it): RAY_ROWS rows against the local chat server
   answering each call after LATENCY seconds, live with --concurrency N and Ray with 2 actors of
   N/2, both as whole processes (Ray's start-up included, then reported apart).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from batch import write_input  # noqa: E402
from chatserver import ChatServer, reply  # noqa: E402
from contexts import good_reply_for  # noqa: E402


def llmdraft(env: dict, *args: str) -> float:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "llmdraft", *args], env=env, capture_output=True,
                          text=True)
    took = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"llmdraft {' '.join(args[:2])} failed ({proc.returncode}): {proc.stderr[-500:]}")
    return took


def make_results(requests: Path, results: Path) -> None:
    """Passing replies for every request line (what the engine would send back)."""
    with open(requests) as src, open(results, "w") as dst:
        for line in src:
            item = json.loads(line)
            content = json.dumps({"subject": None, "message": good_reply_for(item["body"])})
            dst.write(json.dumps({"id": "b", "custom_id": item["custom_id"], "response": {
                "status_code": 200, "request_id": "r", "body": {
                    "object": "chat.completion", "model": item["body"]["model"],
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": content}}],
                    "usage": {"prompt_tokens": 600, "completion_tokens": 120,
                              "total_tokens": 720}}}, "error": None}) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--ray-rows", type=int, default=2000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_", "RAY_"))}

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        env["LLMDRAFT_CACHE_DIR"] = str(tmp / "cache")
        if args.rows:
            src, out = tmp / "in.csv", tmp / "out.csv"
            requests, results = tmp / "requests.jsonl", tmp / "results.jsonl"
            write_input(src, args.rows)
            build = llmdraft(env, "batch", str(src), "-o", str(out), "--export-requests",
                             str(requests), "--model", "bench", "-q", "--no-cache")
            make_results(requests, results)
            collect = llmdraft(env, "batch", "collect", str(out), "--import-results",
                               str(results), "-q")
            size = requests.stat().st_size
            print(f"batch-api overhead, {args.rows:,} rows: render + file build {build:.1f} s "
                  f"({build / args.rows * 1000:.2f} ms/row, {size / 2**20:.0f} MiB of requests); "
                  f"collect + check + output {collect:.1f} s "
                  f"({collect / args.rows * 1000:.2f} ms/row); "
                  f"total {(build + collect) / args.rows * 1000:.2f} ms/row, whole processes")

        if not args.ray_rows:
            return
        try:
            import ray  # noqa: F401
        except ImportError:
            print("ray: not installed here (pip install 'llmdraft[ray]'): skipped")
            return
        src = tmp / "ray.csv"
        write_input(src, args.ray_rows)

        def answer(body):
            time.sleep(args.latency)
            return reply(good_reply_for(body))

        with ChatServer() as server:
            server.default = answer
            endpoint = {**env, "OPENAI_BASE_URL": server.base_url, "LLMDRAFT_MODEL": "bench"}
            live = llmdraft(endpoint, "batch", str(src), "-o", str(tmp / "live.csv"), "-q",
                            "--no-cache", "--concurrency", str(args.concurrency))
            on_ray = llmdraft(endpoint, "batch", str(src), "-o", str(tmp / "ray-out.csv"), "-q",
                              "--no-cache", "--via", "ray", "--ray-actors", "2",
                              "--ray-concurrency", str(max(1, args.concurrency // 2)))
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import ray; ray.init(num_cpus=2, "
                        "include_dashboard=False); ray.shutdown()"], capture_output=True)
        start_up = time.perf_counter() - started
        ideal = args.ray_rows * args.latency / args.concurrency
        print(f"ray vs live, {args.ray_rows:,} rows at {args.latency * 1000:.0f} ms, total "
              f"concurrency {args.concurrency}: live {live:.1f} s, ray {on_ray:.1f} s (of which "
              f"about {start_up:.1f} s is starting a local Ray), ideal {ideal:.1f} s")


if __name__ == "__main__":
    main()
