"""What the fuzz and fault suite shares: running the CLI and the invariant every run must keep.

The invariant (issue 9): the exit code is one of 0, 1, 2, 3, 130 (never 70, "a bug"); no
traceback; every line on stderr is under 300 characters, and a failure (2, 3) is exactly one
line; nothing printed carries a terminal control character.
"""

from __future__ import annotations

import contextlib
import io
import re

ALLOWED = {0, 1, 2, 3, 4, 5, 130}  # 4, 5: followup advises wait or not to send (README)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def invoke(*argv: str) -> tuple[int, str, str]:
    """`llmdraft ARGV` in this process (the entry point itself): (exit code, stdout, stderr).
    Much faster than a subprocess, so hypothesis can try many inputs."""
    from llmdraft.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main([str(a) for a in argv])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return code, out.getvalue(), err.getvalue()


def check_invariant(code: int, stdout: str, stderr: str) -> None:
    assert code in ALLOWED, (code, stderr)
    assert "Traceback" not in stderr, stderr
    lines = stderr.splitlines()
    assert all(len(line) < 300 for line in lines), stderr
    if code in (2, 3):
        assert len(lines) == 1, stderr
        assert lines[0].startswith("llmdraft: error:"), stderr
    found = CONTROL.search(stdout.replace("\r\n", "\n")) or CONTROL.search(stderr)
    assert found is None, (repr(found.group()), stdout[:200], stderr[:200])
