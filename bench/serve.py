"""Benchmark of `llmdraft serve` (not a timed test): POST /v1/drafts latency (p50, p99) and
requests per second at 1 and 32 concurrent clients, offline and against the local Chat
Completions server answering in 200 ms; and the page's load to interactive in Chromium.

    python bench/serve.py [--quick]

Each client is a thread with its own keep-alive connection. With a model that takes 200 ms,
32 clients should see about 32 / 0.2 = 160 requests per second if the server overlaps model
calls (it runs drafts in a thread pool); a server that serialised them would stay at 5.
"""

from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chatserver import ChatServer, reply, slow  # noqa: E402
from contexts import ARTICLE, GOOD_REPLY  # noqa: E402
from servekit import LiveServer  # noqa: E402

BODY = json.dumps({"context": ARTICLE}).encode()


def load(port: int, clients: int, per_client: int) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    start_line = threading.Barrier(clients + 1)

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.connect()
        # http.client sends the headers and the body in two writes: without TCP_NODELAY the body
        # waits for the server's delayed ACK (40 ms) and the bench measures the kernel. Browsers
        # and HTTP libraries set it.
        conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        mine, bad = [], 0
        start_line.wait()
        for _ in range(per_client):
            began = time.perf_counter()
            conn.request("POST", "/v1/drafts", BODY, {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - began)
            bad += response.status != 200
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += bad

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    start_line.wait()
    began = time.perf_counter()
    for t in threads:
        t.join()
    took = time.perf_counter() - began
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    return {"clients": clients, "requests": len(latencies), "errors": errors,
            "p50_ms": round(pick(0.50), 1), "p99_ms": round(pick(0.99), 1),
            "req_per_s": round(len(latencies) / took, 1)}


def page_load(port: int, runs: int) -> dict | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    chromium = "/usr/bin/chromium"
    if not Path(chromium).exists():
        return None
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    ready, interactive = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=args)
        for _ in range(runs):
            context = browser.new_context()
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("body[data-ready=true]")
            timing = page.evaluate("""() => ({
                ready: performance.getEntriesByName('llmdraft-ready')[0].startTime,
                interactive: performance.getEntriesByType('navigation')[0].domInteractive})""")
            ready.append(timing["ready"])
            interactive.append(timing["interactive"])
            context.close()
        browser.close()
    return {"runs": runs, "dom_interactive_ms": round(statistics.median(interactive), 1),
            "form_ready_ms": round(statistics.median(ready), 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer requests")
    quick = parser.parse_args().quick
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        with LiveServer(Path(folder) / "offline", "--provider", "offline") as server:
            for clients, each in ((1, 100 if quick else 300), (32, 10 if quick else 30)):
                load(server.port, clients, 3)  # warm up
                rows.append({"provider": "offline", **load(server.port, clients, each)})
            page = page_load(server.port, 3 if quick else 7)
        with ChatServer() as chat:
            chat.default = slow(0.2, then=reply(json.dumps({"subject": None, "message": GOOD_REPLY})))
            env = {"OPENAI_BASE_URL": chat.base_url, "OPENAI_API_KEY": "sk-bench"}
            with LiveServer(Path(folder) / "model", "--no-cache", env=env) as server:
                for clients, each in ((1, 10 if quick else 25), (32, 3 if quick else 8)):
                    load(server.port, 1, 2)  # warm up
                    rows.append({"provider": "chat server, 200 ms",
                                 **load(server.port, clients, each)})
    print(f"{'provider':22} {'clients':>7} {'requests':>8} {'p50 ms':>8} {'p99 ms':>8} "
          f"{'req/s':>7} {'errors':>6}")
    for r in rows:
        print(f"{r['provider']:22} {r['clients']:>7} {r['requests']:>8} {r['p50_ms']:>8} "
              f"{r['p99_ms']:>8} {r['req_per_s']:>7} {r['errors']:>6}")
    model = [r for r in rows if r["provider"].startswith("chat")]
    if len(model) == 2:
        print(f"model throughput at 32 clients / at 1: {model[1]['req_per_s'] / model[0]['req_per_s']:.1f}x "
              f"(ideal 32x; serialised calls would give 1x)")
    if page:
        print(f"page (median of {page['runs']}): DOM interactive {page['dom_interactive_ms']} ms, "
              f"form ready (choices loaded, handlers bound) {page['form_ready_ms']} ms")
    else:
        print("page load: not measured (no playwright or no /usr/bin/chromium)")


if __name__ == "__main__":
    main()
