"""Endpoint calls per draft under injected faults, against the local Chat Completions server.

    python bench/faults.py [--drafts 40] [--seed 7]

Each chat request meets, at random: a 429 with Retry-After (15%), a 5xx (10%), a dropped
connection (5%), a garbled 200 (5%), a draft that fails its checks (20%), else a good draft.
Prints how many HTTP calls and how many drafting attempts each draft took, and how many drafts
passed; no draft may end in an endpoint error at these rates with the default retries.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chatserver import ChatServer, drop, malformed, reply, status  # noqa: E402
from contexts import DEFAULT_TEXT, GOOD_REPLY, article  # noqa: E402

from llmdraft import engine  # noqa: E402
from llmdraft.errors import EndpointError  # noqa: E402
from llmdraft.providers.openai_compat import OpenAIProvider, RetryPolicy  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--drafts", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    def responder(body):
        roll = rng.random()
        if roll < 0.15:
            return status(429, headers={"retry-after-ms": "20"})
        if roll < 0.25:
            return status(rng.choice([500, 502, 503]))
        if roll < 0.30:
            return drop()
        if roll < 0.35:
            return malformed()
        if roll < 0.55:
            return reply(DEFAULT_TEXT)
        return reply(GOOD_REPLY)

    calls, attempts, passed, failed_endpoint = [], [], 0, 0
    started = time.perf_counter()
    with ChatServer() as server:
        server.default = responder
        for _ in range(args.drafts):
            provider = OpenAIProvider(model="bench", base_url=server.base_url, api_key="k",
                                      timeout=5, retry=RetryPolicy(base=0.02, cap=0.2))
            try:
                result = engine.draft(article(), provider)
            except EndpointError:
                failed_endpoint += 1
                continue
            calls.append(provider.calls)
            attempts.append(result.attempts)
            passed += result.passed
    took = time.perf_counter() - started
    print(f"drafts {args.drafts}: passed {passed}, endpoint failures {failed_endpoint}, "
          f"{took:.1f} s")
    print(f"HTTP calls per draft: mean {statistics.mean(calls):.2f}, median "
          f"{statistics.median(calls)}, max {max(calls)}")
    print(f"drafting attempts per draft: mean {statistics.mean(attempts):.2f}, max {max(attempts)}")


if __name__ == "__main__":
    main()
