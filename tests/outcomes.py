"""Assertions about how the CLI ended, shared by the CLI tests."""


def one_error_line(proc) -> str:
    """Exit 2, nothing on stdout, exactly one 'llmdraft: error:' line on stderr."""
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("llmdraft: error:"), proc.stderr
    assert proc.stdout == ""
    return lines[0]
