"""The pattern program cache (llmdraft/patterns.py): a pattern built from a cached program
behaves exactly as one compiled afresh, and a bad cache file is ignored, not trusted."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

import llmdraft.checks  # noqa: F401  (defines every check's patterns)
import llmdraft.compose  # noqa: F401
from llmdraft import patterns

ROOT = Path(__file__).resolve().parent.parent


def _texts() -> list[str]:
    """Real messages to run the patterns over: every labelled message in the eval sets."""
    out = []
    for path in sorted((ROOT / "evals").glob("checks*.yaml")):
        out += [case["message"] for case in yaml.safe_load(path.read_text())["cases"]]
    return out


def test_a_cached_program_matches_like_a_fresh_compile(monkeypatch):
    monkeypatch.setattr(patterns, "_programs", {})  # no file: every pattern compiled afresh
    monkeypatch.setattr(patterns, "_new", {})
    fresh = {m.pattern: patterns._compile(m.pattern, m.flags) for m in patterns._MADE}
    # through the file's own layout and back, as the next process reads them
    programs = patterns._decode(json.loads(json.dumps(patterns._encode(patterns._new))))
    assert len(programs) >= len(fresh) > 80
    monkeypatch.setattr(patterns, "_programs", programs)
    texts = _texts()
    for made in patterns._MADE:
        cached = patterns._compile(made.pattern, made.flags)
        expected = fresh[made.pattern]
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == (
            expected.pattern, expected.flags, expected.groups, expected.groupindex)
        for text in texts:
            assert [m.span() for m in cached.finditer(text)] == \
                [m.span() for m in expected.finditer(text)], made.pattern


def test_a_foreign_or_broken_program_is_compiled_afresh(monkeypatch):
    """A program the engine refuses, or an entry that is not a program, is not used: the
    pattern matches exactly as re.compile's would."""
    made = next(m for m in patterns._MADE if re.compile(m.pattern, m.flags).groups)
    key = f"{made.flags}:{made.pattern}"
    monkeypatch.setattr(patterns, "_new", {})
    expected = re.compile(made.pattern, made.flags)
    texts = _texts()
    for program in ([0, [1, 2, 3], 0, {}, []], "not a program", None):
        monkeypatch.setattr(patterns, "_programs", {key: program} if program else {})
        compiled = patterns._compile(made.pattern, made.flags)
        assert (compiled.pattern, compiled.groups) == (expected.pattern, expected.groups)
        assert all([m.groups() for m in compiled.finditer(t)] ==
                   [m.groups() for m in expected.finditer(t)] for t in texts)


def test_the_file_is_written_once_and_read_by_the_next_process(tmp_path):
    env = {**os.environ, "LLMDRAFT_CACHE_DIR": str(tmp_path), "LLMDRAFT_NO_HISTORY": "1"}
    env.pop(patterns.OFF, None)
    args = [sys.executable, "-m", "llmdraft", "draft", "--to", "Ana Ruiz", "--project",
            "the billing rewrite", "--strength", "SQL", "--provider", "offline", "--no-cache"]
    first = subprocess.run(args, env=env, capture_output=True, text=True, cwd=tmp_path)
    files = list(tmp_path.glob("patterns-*.json"))
    assert first.returncode == 0 and len(files) == 1
    data = json.loads(files[0].read_text())
    assert data["version"] == patterns._FORMAT and len(data["programs"]) > 20
    files[0].write_text("{not json")  # a damaged file: ignored, and the draft is the same
    second = subprocess.run(args, env=env, capture_output=True, text=True, cwd=tmp_path)
    assert second.returncode == 0 and second.stdout == first.stdout
    assert json.loads(files[0].read_text())["version"] == patterns._FORMAT  # written anew
    off = subprocess.run(args, env={**env, patterns.OFF: "1"}, capture_output=True, text=True,
                         cwd=tmp_path)
    assert off.returncode == 0 and off.stdout == first.stdout


def test_a_file_of_another_layout_is_not_read(monkeypatch, tmp_path):
    """The first layout (opcodes as JSON lists), a damaged run of opcodes, or a table row of
    another shape: each leaves the programs empty, so every pattern is compiled as usual."""
    monkeypatch.setenv("LLMDRAFT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(patterns.OFF, raising=False)
    good = patterns._encode({"0:a+": [0, [1, 2, 3], 0, {}, [None]]})
    assert patterns._decode(json.loads(json.dumps(good)))["0:a+"][1].tolist() == [1, 2, 3]
    layouts = [
        {"version": patterns._VERSION, "programs": {"0:a+": [0, [1, 2, 3], 0, {}, [None]]}},
        {**good, "code": "not base64!"},
        {**good, "programs": {"0:a+": [0, 0, 3, 0, {}]}},  # five fields, not six
    ]
    for layout in layouts:
        (tmp_path / patterns._path().name).write_text(json.dumps(layout))
        monkeypatch.setattr(patterns, "_programs", None)
        assert patterns._load() == {}


def test_a_batch_of_new_names_adds_no_shared_pattern():
    """Patterns made from what a user typed (a name) would grow the shared cache, and a batch's
    memory with it, a pattern per row: after a first draft warms it, drafts for other people
    add nothing to it (a 20,000-row batch went from 44 to 78 MiB when three rules did)."""
    import llmdraft
    from llmdraft import patterns

    def drafts(names):
        for name in names:
            for kind in ("request", "recommendation", "followup"):
                llmdraft.draft({"recipient": name, "project": "the billing rewrite", "strengths": [
                    f"{name.split()[0]} asks good questions", "SQL"], "details": f"Ms {name.split()[-1]} said she would",
                    "pronouns": "she"}, kind=kind, provider="offline")

    names = ["Ysolde Quarnby", "Brannagh Vuolo", "Cressida Ilunga", "Dagny Okonkwo"]
    drafts(names)
    typed = [key for key in patterns._SHARED if any(part in key[0] for name in names for part in name.split())]
    assert not typed, typed
