"""Shared pytest fixtures."""

from __future__ import annotations

import pytest

# pytest's default "prepend" import mode puts this directory (tests/) on
# sys.path, so the helper module is importable as a top-level module.
from chatserver import ChatServer


@pytest.fixture(autouse=True, scope="session")
def _no_user_config(tmp_path_factory):
    """No test reads or writes the real user config file (llmdraft/config.py): every test,
    and every llmdraft it starts, sees an empty one of its own unless it sets LLMDRAFT_CONFIG."""
    import os

    if os.environ.get("LLMDRAFT_CONFIG") is None:
        os.environ["LLMDRAFT_CONFIG"] = str(tmp_path_factory.mktemp("config") / "config.toml")
    yield


@pytest.fixture
def chat_server():
    """A running OpenAI-compatible ChatServer on 127.0.0.1; stopped afterwards."""
    server = ChatServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def history_db(tmp_path, monkeypatch):
    """Every test's drafts are recorded in a history of its own, never in the user's: commands
    run in this process and child processes (they inherit the environment) alike. Helpers that
    drop every LLMDRAFT_ variable from a child's environment keep XDG_DATA_HOME, so their
    history lands under tmp_path too (platformdirs reads it on Linux)."""
    path = tmp_path / "history" / "history.db"
    monkeypatch.setenv("LLMDRAFT_HISTORY", str(path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("LLMDRAFT_NO_HISTORY", raising=False)
    return path


@pytest.fixture
def cache_dir(tmp_path):
    return tmp_path / "cache"


@pytest.fixture
def run(tmp_path, cache_dir, history_db):
    """run(*args, env=None, input=None, cwd=None): `python -m llmdraft *args` as a user runs it,
    with no endpoint configured (unless `env` sets one) and a cache folder of its own."""
    import os
    import subprocess
    import sys

    def _run(*args, env=None, input=None, cwd=None):
        environ = {k: v for k, v in os.environ.items()
                   if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
        environ["LLMDRAFT_CACHE_DIR"] = str(cache_dir)
        environ["LLMDRAFT_CONFIG"] = str(tmp_path / "no-config.toml")  # never the user's own
        environ["LLMDRAFT_HISTORY"] = str(history_db)
        environ.update(env or {})
        return subprocess.run([sys.executable, "-m", "llmdraft", *map(str, args)], env=environ,
                              cwd=cwd or tmp_path, input=input if input is not None else "",
                              capture_output=True, text=True, timeout=120)

    return _run
