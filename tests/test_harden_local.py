"""Issue 9, local failures: closed or full standard streams, a folder without permission, file
names too long. Each is one line on stderr and exit 2, never a traceback or exit 70."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

DRAFT = ["draft", "--to", "John Rivera", "--project", "Apollo", "--strength", "testing"]


def cli(args, tmp_path, **kwargs):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
    env["LLMDRAFT_CACHE_DIR"] = str(tmp_path / "cache")
    return subprocess.run([sys.executable, "-m", "llmdraft", *map(str, args)], env=env,
                          cwd=tmp_path, capture_output=kwargs.pop("capture", True), text=True,
                          timeout=120, **kwargs)


def one_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("llmdraft: error:"), stderr
    return lines[0]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [DRAFT, ["who", Path(__file__).parent.parent / "examples" /
                                          "linkedin-export", "--json"]])
def test_stdout_on_a_full_disk_is_exit_2(tmp_path, args):
    with open("/dev/full", "w") as full:
        proc = cli(args, tmp_path, capture=False, stdout=full, stderr=subprocess.PIPE)
    assert proc.returncode == 2, proc.stderr
    assert "no space left" in one_line(proc.stderr)


def test_stdout_closed_is_exit_2_and_stdin_closed_is_no_crash(tmp_path):
    closed_out = cli(DRAFT, tmp_path, capture=False, stdout=subprocess.DEVNULL,
                     stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    assert closed_out.returncode == 2, closed_out.stderr
    assert "closed" in one_line(closed_out.stderr)
    closed_in = cli([*DRAFT[:1], "--message-file", "-"], tmp_path, capture=False,
                    stdin=None, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                    preexec_fn=lambda: os.close(0))
    assert closed_in.returncode == 2
    one_line(closed_in.stderr)
    check = cli(["check", "--to", "John Rivera", "--project", "Apollo", "--strength", "testing",
                 "--message-file", "-"], tmp_path, capture=False, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, preexec_fn=lambda: os.close(0))
    assert check.returncode == 2
    assert "empty" in one_line(check.stderr)


@pytest.mark.skipif(not os.access("/sys", os.F_OK), reason="needs a read-only /sys")
@pytest.mark.parametrize("args", [
    ["batch", "in.csv", "-o", "/sys/out.csv"],
    ["who", Path(__file__).parent.parent / "examples" / "linkedin-export", "-o", "/sys/who.csv"],
])
def test_a_folder_without_write_permission_is_exit_2(tmp_path, args):
    """/sys refuses new files even to root, which bypasses a chmod'ed folder."""
    (tmp_path / "in.csv").write_text("recipient,project,strengths\nAda Obi,Apollo,testing\n")
    proc = cli(args, tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert "permission denied" in one_line(proc.stderr).lower()


def test_file_names_too_long_are_exit_2(tmp_path):
    long = "z" * 300
    for args in (["draft", "--context", f"{long}.yaml"], ["who", long],
                 ["eval", f"{long}.yaml"], ["check", *DRAFT[1:], "--message-file", long],
                 ["who", Path(__file__).parent.parent / "examples" / "linkedin-export",
                  "-o", f"{long}.csv"]):
        proc = cli(args, tmp_path)
        assert proc.returncode == 2, (args[0], proc.stderr)
        line = one_line(proc.stderr)
        assert len(line) < 300


def test_who_output_naming_a_folder_is_exit_2(tmp_path):
    (tmp_path / "who.csv").mkdir()
    proc = cli(["who", Path(__file__).parent.parent / "examples" / "linkedin-export", "-o",
                "who.csv", "--force"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    one_line(proc.stderr)


@pytest.mark.parametrize("args", [
    ["batch", "in.csv", "-o", "out.csv", "--concurrency", "100000"],
    ["batch", "in.csv", "-o", "out.csv", "--max-attempts", "0"],
    ["draft", *DRAFT[1:], "--max-attempts", "1000000"],
    ["eval", "suite.yaml", "--concurrency", "0"],
])
def test_counts_out_of_bounds_are_exit_2_before_any_work(tmp_path, args):
    (tmp_path / "in.csv").write_text("recipient,project,strengths\nAda Obi,Apollo,testing\n")
    (tmp_path / "suite.yaml").write_text(
        "cases:\n  - id: a\n    context: {recipient: A B, project: P, strengths: [s]}\n")
    proc = cli(args, tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert args[-2] in one_line(proc.stderr)
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("args", [
    ["check", *DRAFT[1:], "--message-file", "/dev/zero"],
    ["draft", "--context", "/dev/zero"],
    ["eval", "zero.yaml"],
])
def test_an_endless_file_is_read_with_a_bound(tmp_path, args):
    (tmp_path / "zero.yaml").write_text("cases: /dev/zero\n")
    proc = cli(args, tmp_path)
    assert proc.returncode == 2, proc.stderr[-300:]
    one_line(proc.stderr)


def test_days_since_beyond_ten_years_is_exit_2(tmp_path):
    proc = cli(["followup", *DRAFT[1:], "--days-since", "99999999999999999999"], tmp_path)
    assert proc.returncode == 2 and "--days-since" in one_line(proc.stderr)
