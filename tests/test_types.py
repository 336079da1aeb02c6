"""The type checker, run by the README's test command (and so by CI): mypy over llmdraft/ at the
strictness pyproject.toml's [tool.mypy] sets. The version is pinned once, in the `test` extra."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_is_green():
    pytest.importorskip("mypy", reason="mypy comes with the test extra: pip install -e '.[test]'")
    proc = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
