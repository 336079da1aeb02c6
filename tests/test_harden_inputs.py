"""Issue 9, hostile input files and values: YAML alias bombs, deep nesting, duplicate keys,
control characters, floods in error messages, unbounded eval work."""

from __future__ import annotations

import json
import time

import pytest

from outcomes import one_error_line

CONTEXT = {"recipient": "John Rivera", "project": "Colorado Community Development project",
           "strengths": ["organizing a diverse group of volunteers", "project management"]}


def bomb(levels: int) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, levels):
        prev, name = chr(ord("a") + n - 1), chr(ord("a") + n)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    lines.append(f"recipient: *{chr(ord('a') + levels - 1)}")
    lines.append("project: P\nstrengths: [s]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("levels", [3, 9])
def test_a_yaml_alias_bomb_context_is_refused_at_once(run, tmp_path, levels):
    (tmp_path / "ctx.yaml").write_text(bomb(levels))
    started = time.monotonic()
    line = one_error_line(run("draft", "--context", "ctx.yaml"))
    assert time.monotonic() - started < 20
    assert "aliases" in line and len(line) < 300


def test_a_yaml_alias_bomb_suite_is_refused(run, tmp_path):
    text = bomb(9).replace("recipient: *i\nproject: P\nstrengths: [s]\n",
                           "cases:\n  - id: x\n    context: {recipient: *i, project: P, strengths: [s]}\n")
    (tmp_path / "suite.yaml").write_text(text)
    line = one_error_line(run("eval", "suite.yaml", "-q"))
    assert "aliases" in line


def test_a_suite_nested_5000_deep_is_one_line(run, tmp_path):
    (tmp_path / "suite.yaml").write_text("cases: " + "[" * 5000 + "]" * 5000 + "\n")
    line = one_error_line(run("eval", "suite.yaml", "-q"))
    assert "nested" in line
    (tmp_path / "deep.json").write_text('{"recipient": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert "nested" in one_error_line(run("draft", "--context", "deep.json"))


@pytest.mark.parametrize("name, text", [
    ("ctx.yaml", "recipient: John Rivera\nrecipient: Jane Roe\nproject: P\nstrengths: [s]\n"),
    ("ctx.json", '{"recipient": "John Rivera", "recipient": "Jane Roe", "project": "P", '
                 '"strengths": ["s"]}'),
])
def test_duplicate_keys_in_a_context_are_an_error(run, tmp_path, name, text):
    (tmp_path / name).write_text(text)
    line = one_error_line(run("draft", "--context", name))
    assert "'recipient' is given twice" in line


def test_duplicate_keys_in_a_suite_are_an_error(run, tmp_path):
    (tmp_path / "suite.yaml").write_text(
        "cases:\n  - id: a\n    id: b\n    context: {recipient: A B, project: P, strengths: [s]}\n")
    assert "given twice" in one_error_line(run("eval", "suite.yaml", "-q"))
    (tmp_path / "cases.csv").write_text("id,recipient,project,strengths,message,message\n"
                                        "a,A B,P,s,hello,world\n")
    assert "appears twice" in one_error_line(run("eval", "cases.csv", "-q"))


CONTROLS = ["\x1b[2J", "\x1b]0;pwned\x07", "\x07", "\x00", "\u202e", "\x9b31m", "\u2066"]


@pytest.mark.parametrize("control", CONTROLS, ids=[repr(c) for c in CONTROLS])
def test_control_characters_in_flags_and_files_are_refused_and_never_echoed(run, tmp_path,
                                                                              control):
    if control == "\x00":  # argv cannot carry NUL: a context file can
        (tmp_path / "ctx.json").write_text(json.dumps({**CONTEXT, "project": f"P{control}x"}))
        proc = run("draft", "--context", "ctx.json")
    else:
        proc = run("draft", "--to", f"John{control} Rivera", "--project", "P",
                   "--strength", "s")
    line = one_error_line(proc)
    assert "control character" in line
    assert all(c not in proc.stderr for c in "\x1b\x07\x00\u202e\x9b\u2066")


def test_control_characters_in_csv_cells_are_error_rows_not_output(run, tmp_path):
    (tmp_path / "in.csv").write_text("recipient,project,strengths\n"
                                     "John Rivera,Apollo\x1b[2J,testing\nAda Obi,Apollo,testing\n")
    proc = run("batch", "in.csv", "-o", "out.jsonl", "-q")
    assert proc.returncode == 1, proc.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert rows[0]["status"] == "error" and "control character" in rows[0]["error"]
    assert rows[1]["status"] == "ok"
    assert "\x1b" not in rows[0]["error"] and "\x1b" not in proc.stderr


@pytest.mark.parametrize("flag", ["--relationship", "--closeness", "--channel", "--base-url",
                                  "--provider"])
def test_a_huge_value_is_quoted_as_a_short_excerpt(run, flag):
    huge = "x" * 120_000
    proc = run("draft", "--to", "John Rivera", "--project", "P", "--strength", "s", flag, huge)
    line = one_error_line(proc)
    assert len(line) < 300 and "x" * 61 not in line


def test_a_huge_file_name_is_not_echoed_whole(run):
    proc = run("draft", "--context", "y" * 5000 + ".yaml")
    line = one_error_line(proc)
    assert len(line) < 300


def test_eval_repeat_is_bounded_and_refused_at_once(run, tmp_path):
    (tmp_path / "suite.yaml").write_text(
        "cases:\n  - id: a\n    context: {recipient: A B, project: P, strengths: [s]}\n")
    started = time.monotonic()
    line = one_error_line(run("eval", "suite.yaml", "--repeat", "999999999999", "-q"))
    assert "--repeat" in line and time.monotonic() - started < 20


def test_a_catastrophic_regex_fails_its_assertion_in_bounded_time(run, tmp_path):
    message = "a" * 60 + "!"
    # (a+)+$ is the pattern (the regex package answers it at once); (a|aa)+$ still
    # backtracks for minutes on 60 a's: its time limit ends it, and it fails negated or not.
    (tmp_path / "suite.yaml").write_text(
        "cases:\n  - id: slow\n    context: {recipient: A B, project: P, strengths: [s]}\n"
        f"    message: '{message}'\n"
        "    assert: [{not-regex: '(a+)+$'}, {regex: '(a|aa)+$'}, {not-regex: '(a|aa)+$'}]\n")
    started = time.monotonic()
    proc = run("eval", "suite.yaml", "--json", "-q")
    assert time.monotonic() - started < 30
    assert proc.returncode == 1, proc.stderr
    text = proc.stdout
    assert text.count("not judged") >= 2


# -- `who` on hostile exports ---------------------------------------------------------------------

def _export_zip(tmp_path, connections: bytes, name="export.zip"):
    import zipfile

    target = tmp_path / name
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", connections)
    return target


def test_who_refuses_a_zip_that_expands_past_its_budget_without_building_it(run, tmp_path):
    row = b"Ada,Obi,,,Contoso,Engineer,05 Oct 2020\n"
    body = (b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + row * (40 * 2**20 // len(row)))  # 40 MB of rows: a few hundred KB zipped
    target = _export_zip(tmp_path, body)
    assert target.stat().st_size < 1_000_000
    started = time.monotonic()
    line = one_error_line(run("who", target, "--json"))
    assert "not a LinkedIn export" in line
    assert time.monotonic() - started < 30


def test_who_caps_rows(run, tmp_path):
    body = (b"First Name,Last Name,Company\n"
            + b"".join(b"A%d,B,C\n" % n for n in range(70_000)))
    line = one_error_line(run("who", _export_zip(tmp_path, body), "--json"))
    assert "more than 60,000 rows" in line


def test_who_never_prints_control_sequences_from_the_export(run, tmp_path):
    body = ("First Name,Last Name,Company,Position,Connected On\n"
            "Ada\x1b[2J,Obi\x1b]0;pwned\x07,Con\u202etoso,\x9b31mEngineer,05 Oct 2020\n"
            "Bo,Li,Acme,Lead,01 Jan 2019\n").encode()
    target = _export_zip(tmp_path, body)
    for args in ([], ["--json"]):
        proc = run("who", target, *args)
        assert proc.returncode == 0, proc.stderr
        shown = proc.stdout + proc.stderr
        assert not any(c in shown for c in "\x1b\x07\u202e\x9b"), repr(shown)
        assert "Ada" in shown and "Contoso" in shown
    out = run("who", target, "-o", "who.csv")
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in (tmp_path / "who.csv").read_text(encoding="utf-8-sig")


def test_control_characters_in_a_suite_are_refused(run, tmp_path):
    (tmp_path / "suite.yaml").write_text(
        "cases:\n  - id: \"a\\e[2J\"\n    context: {recipient: A B, project: P, strengths: [s]}\n"
        "    message: \"Hi\\u202e there\"\n")
    line = one_error_line(run("eval", "suite.yaml", "-q"))
    assert "control character" in line
    (tmp_path / "raw.yaml").write_text(
        "cases:\n  - id: a\x1b[2J\n    context: {recipient: A B, project: P, strengths: [s]}\n")
    assert "line 2" in one_error_line(run("eval", "raw.yaml", "-q"))


@pytest.mark.parametrize("text", [
    "{1: x, a: y, recipient: A B, project: P, strengths: [s]}",
    "{recipient: A B, project: P, strengths: [s], words: [.inf, 2]}",
    "{recipient: A B, project: P, strengths: [s], max_chars: .inf}",
    "{? [a, b] : c}",
    "{recipient: !!binary aGVsbG8=, project: P, strengths: [s]}",
    "{recipient: A B, project: !!python/object:os.system x, strengths: [s]}",
])
def test_odd_yaml_values_are_one_line_errors(run, tmp_path, text):
    (tmp_path / "ctx.yaml").write_text(text + "\n")
    one_error_line(run("draft", "--context", "ctx.yaml"))
