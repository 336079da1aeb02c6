"""Shared pytest fixtures."""

from __future__ import annotations

import pytest

# pytest's default "prepend" import mode puts this directory (tests/) on
# sys.path, so the helper module is importable as a top-level module.
from chatserver import ChatServer


@pytest.fixture
def chat_server():
    """A running OpenAI-compatible ChatServer on 127.0.0.1; stopped afterwards."""
    server = ChatServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
