"""Start-up benchmark: a whole `llmdraft draft` process against a bare Typer hello-world.

    python bench/startup.py [--runs 21]

Prints the median wall time of each and the ratios (the budget is 1.5x the bare Typer app):
- an offline draft (the default a new user gets),
- the offline draft with the history off (LLMDRAFT_NO_HISTORY=1): what recording costs,
- the offline draft with its patterns compiled afresh (LLMDRAFT_NO_PATTERN_CACHE=1), as on the
  first run after an install, before llmdraft/patterns.py has written its program cache,
- a cache hit on the openai provider (the endpoint is a local server; it is called once to fill
  the cache, and the timed runs must not call it again: the script checks that).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the local Chat Completions server

from chatserver import ChatServer, reply  # noqa: E402

HELLO = """
import typer
app = typer.Typer()
@app.command()
def hello(name: str = "world"):
    print(f"hello {name}")
app()
"""
ARGS = ["draft", "--to", "John Rivera", "--project", "Colorado Community Development project",
        "--strength", "organizing a diverse group of volunteers", "--strength", "project management"]
GOOD = ("Hi John,\n\nI'm building my LinkedIn presence and wondered if you'd write me a short "
        "recommendation based on our work together on the Colorado Community Development "
        "project. If you feel comfortable, please mention how I organized a diverse group of "
        "volunteers and my project management. I'd be happy to write a recommendation for you "
        "as well; which of your strengths would you like me to highlight? No pressure if you're "
        "busy. Thank you!")


def interleaved_medians(commands: dict[str, tuple[list[str], dict]], runs: int) -> dict:
    """Median wall time of each command, the commands taking turns run by run, so that a
    machine getting faster or slower during the benchmark affects them all alike."""
    for cmd, env in commands.values():
        subprocess.run(cmd, env=env, capture_output=True, check=True)  # warm the file cache
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (cmd, env) in commands.items():
            started = time.perf_counter()
            subprocess.run(cmd, env=env, capture_output=True, check=True)
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        hello = Path(tmp) / "hello.py"
        hello.write_text(HELLO)
        # PYTHONDONTWRITEBYTECODE would make every run compile llmdraft's sources anew; an
        # installed package has its bytecode, so the warm-up run writes it here too.
        env = {k: v for k, v in os.environ.items()
               if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LLMDRAFT_MODEL",
                            "PYTHONDONTWRITEBYTECODE")}
        env["LLMDRAFT_CACHE_DIR"] = str(Path(tmp) / "cache")
        env["LLMDRAFT_HISTORY"] = str(Path(tmp) / "history.db")  # recorded, as by default
        off_env = {**env, "LLMDRAFT_NO_HISTORY": "1"}
        # A first run: every pattern compiled afresh, as before the pattern cache file exists.
        cold_env = {**env, "LLMDRAFT_NO_PATTERN_CACHE": "1"}

        draft = [sys.executable, "-m", "llmdraft", *ARGS]
        with ChatServer() as server:
            server.default = reply(GOOD)
            hit_env = {**env, "OPENAI_BASE_URL": server.base_url, "LLMDRAFT_MODEL": "bench"}
            subprocess.run(draft, env=hit_env, check=True, capture_output=True)  # fill the cache
            before = server.calls
            medians = interleaved_medians({
                "bare": ([sys.executable, str(hello)], env),
                "offline": (draft, env),
                "no history": (draft, off_env),
                "first run": (draft, cold_env),
                "cached": (draft, hit_env),
            }, runs)
            if server.calls != before:
                sys.exit(f"cache hits called the endpoint {server.calls - before} times")
    bare, offline, cached = medians["bare"], medians["offline"], medians["cached"]
    off = medians["no history"]

    print(f"bare Typer hello-world   {bare * 1000:7.1f} ms  (median of {runs})")
    print(f"offline draft            {offline * 1000:7.1f} ms  ratio {offline / bare:.2f}x")
    print(f"offline, no history      {off * 1000:7.1f} ms  ratio {off / bare:.2f}x "
          f"(recording costs {(offline - off) * 1000:+.1f} ms)")
    cold = medians["first run"]
    print(f"offline, patterns afresh {cold * 1000:7.1f} ms  ratio {cold / bare:.2f}x "
          f"(the pattern cache saves {(cold - offline) * 1000:.1f} ms; a first run pays it)")
    print(f"openai cache hit         {cached * 1000:7.1f} ms  ratio {cached / bare:.2f}x")
    print("budget                   1.50x")


if __name__ == "__main__":
    main()
