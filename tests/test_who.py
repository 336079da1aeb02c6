"""`llmdraft who EXPORT`, run as a user runs it, against real export folders and zips."""

import csv
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "linkedin-export"
# The example export, in the order `who` gives: those you recommended (longest connected
# first), then everyone else, longest connected first. Maya and José recommended you.
EXPECTED = ["Priya Raman", "Luis García", "Sofía Herrera", "Chioma Okafor", "Ben Whitaker",
            "Tomasz Kowalski", "Henrik Sørensen", "Fatima Zahra El Idrissi", "Aoife O'Brien"]
NOTES = ('Notes:\n"When exporting your connection data, you may notice that some of the email '
         'addresses are missing. You will only see email addresses for connections who have '
         'allowed it."\n\n')
RECS_HEADER = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"


@pytest.fixture
def env(tmp_path):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMDRAFT_"))}
    clean["LLMDRAFT_CACHE_DIR"] = str(tmp_path / "cache")
    return clean


def run(env, *args, command="who", cwd=None):
    return subprocess.run([sys.executable, "-m", "llmdraft", command, *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=60, cwd=cwd)


def who_json(env, *args):
    proc = run(env, *args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def zip_folder(folder: Path, target: Path, prefix: str = "",
               method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(target, "w", method) as archive:
        for file in sorted(folder.iterdir()):
            archive.write(file, prefix + file.name)
    return target


def export(tmp_path, connections: str, received: str | None = None, given: str | None = None,
           name="export", spaced=False) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "Connections.csv").write_text(connections, encoding="utf-8")
    sep = " " if spaced else "_"
    if received is not None:
        (folder / f"Recommendations{sep}Received.csv").write_text(received, encoding="utf-8")
    if given is not None:
        (folder / f"Recommendations{sep}Given.csv").write_text(given, encoding="utf-8")
    return folder


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# -- the example export -----------------------------------------------------------------------

def test_table_lists_whom_to_ask_with_the_reason(env):
    proc = run(env, EXAMPLE)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    rows = [line for line in lines if re.match(r"^\s*\d+\s{2,}", line)]
    assert [re.split(r"\s{2,}", row.strip())[1] for row in rows] == EXPECTED
    assert rows[0].endswith("you recommended them") and rows[1].endswith("you recommended them")
    assert re.search(r"Sofía Herrera\s+Marketing Lead\s+Coho Winery\s+2013-05-27\s+connected "
                     r"\d+ years$", proc.stdout, re.M)
    assert "Maya Chen" not in proc.stdout and "Martínez" not in proc.stdout
    assert "2 who recommended you left out (--include-recommended)" in lines[-1]
    assert all(line == line.rstrip() for line in lines)


def test_json_fields(env):
    people = who_json(env, EXAMPLE)
    assert [p["recipient"] for p in people] == EXPECTED
    priya, ben = people[0], people[4]
    assert priya == {
        "recipient": "Priya Raman", "first_name": "Priya", "last_name": "Raman",
        "company": "Litware", "position": "Staff Software Engineer",
        "connected_on": "2017-08-23", "you_recommended_them": True,
        "they_recommended_you": False, "email": "priya.raman@example.invalid",
        "url": "https://www.linkedin.com/in/example-priya-raman",
        "reason": "you recommended them", "asked_on": None, "request_id": None}
    assert ben["company"] is None and ben["position"] is None and ben["email"] is None
    assert re.fullmatch(r"connected \d+ years", ben["reason"])
    assert sum(p["you_recommended_them"] for p in people) == 2
    assert not any(p["they_recommended_you"] for p in people)


def test_zip_reads_like_the_folder(tmp_path, env):
    flat = zip_folder(EXAMPLE, tmp_path / "Basic_LinkedInDataExport_05-10-2025.zip")
    nested = zip_folder(EXAMPLE, tmp_path / "nested.zip", prefix="LinkedInDataExport/")
    from_folder = who_json(env, EXAMPLE)
    assert who_json(env, flat) == from_folder
    assert who_json(env, nested) == from_folder


def test_include_recommended_marks_them_last_and_limit_cuts(env):
    people = who_json(env, EXAMPLE, "--include-recommended")
    assert [p["recipient"] for p in people] == EXPECTED + ["José Martínez", "Maya Chen"]
    assert [p["they_recommended_you"] for p in people[-2:]] == [True, True]
    assert people[-1]["reason"] == "already recommended you"
    table = run(env, EXAMPLE, "--include-recommended").stdout
    assert re.search(r"Maya Chen.*already recommended you", table)
    assert [p["recipient"] for p in who_json(env, EXAMPLE, "--limit", "3")] == EXPECTED[:3]


# -- older and unusual exports ----------------------------------------------------------------

def test_older_export_spaced_names_no_url_column_cp1252(tmp_path, env):
    folder = tmp_path / "old"
    folder.mkdir()
    # No URL column, a longer preamble, Excel's Windows-1252; the recommendations with a BOM.
    connections = ("Notes:\r\nSome email addresses may be missing.\r\nSee the help centre.\r\n\r\n"
                   "First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
                   "Zoë,Lefèvre,,Litware,Data Analyst,12 Jan 2015\r\n"
                   "Raúl,Ortega,raul@example.invalid,Contoso,Engineer,03 Mar 2019\r\n"
                   "Mina,Park,,Fabrikam,Designer,21 Nov 2012\r\n")
    (folder / "Connections.csv").write_bytes(connections.encode("cp1252"))
    (folder / "Recommendations Received.csv").write_text(
        "\ufeff" + RECS_HEADER + 'Mina,Park,Fabrikam,Designer,"Great to work with.",'
        '"01/02/18, 10:00 AM",VISIBLE\n', encoding="utf-8")
    (folder / "Recommendations Given.csv").write_text(
        RECS_HEADER + 'ZOE,LEFEVRE,Litware,Data Analyst,"Sharp.","05/06/20, 11:00 AM",VISIBLE\n',
        encoding="utf-8")
    people = who_json(env, folder)
    assert [p["recipient"] for p in people] == ["Zoë Lefèvre", "Raúl Ortega"]
    assert people[0]["you_recommended_them"] and people[0]["connected_on"] == "2015-01-12"
    assert all(p["url"] is None for p in people)
    assert people[1]["email"] == "raul@example.invalid"


def test_ordering_rules(tmp_path, env):
    folder = export(
        tmp_path,
        # No preamble, quoted header cells, columns in another order, an unknown date.
        '"Connected On","First Name","Last Name","Company","Position","URL","Email Address"\n'
        "not a date,Una,Known,Co,Role,,\n"
        "01 Feb 2021,Ada,Newer,Co,Role,,\n"
        "01 Feb 2011,Bo,Older,Co,Role,,\n"
        "15 Jun 2023,Cy,Reciprocal,Co,Role,,\n"
        "15 Jun 2019,Di,Reciprocal,Co,Role,,\n"
        ",,,,,,\n"
        "09 Sep 2014,,,,,,\n"  # a connection who restricts their data: no name
        "01 Jan 2010,Éva,Szabó,Co,Role,,\n"
        "01 Jan 2010,Finn,Pending,Co,Role,,\n",
        received=RECS_HEADER + "eva,SZABO,Co,Role,Thanks,,HIDDEN\n"
                               "Finn,Pending,Co,Role,,,PENDING\n",
        given=RECS_HEADER + "Cy,Reciprocal,Co,Role,Text,,VISIBLE\n"
                            "Di,Reciprocal,Co,Role,Text,,VISIBLE\n"
                            "Gone,Away,Co,Role,Text,,VISIBLE\n")  # no longer a connection
    people = who_json(env, folder)
    assert [p["recipient"] for p in people] == [
        "Di Reciprocal", "Cy Reciprocal", "Bo Older", "Ada Newer", "Una Known"]
    assert people[-1]["connected_on"] is None
    assert people[-1]["reason"] == "connection date unknown"
    assert "1 connection without a name in the export skipped" in run(env, folder).stdout


def test_no_recommendation_files_is_fine(tmp_path, env):
    folder = export(tmp_path, NOTES + "First Name,Last Name,URL,Email Address,Company,Position,"
                    "Connected On\nAda,Obi,,,Contoso,Engineer,05 Oct 2020\n",
                    received="")  # an empty file: none yet
    people = who_json(env, folder)
    assert [p["recipient"] for p in people] == ["Ada Obi"]
    assert people[0]["recipient"] == "Ada Obi" and not people[0]["you_recommended_them"]


def test_no_one_left_to_ask(tmp_path, env):
    folder = export(tmp_path, "First Name,Last Name,Connected On\nAda,Obi,05 Oct 2020\n",
                    received=RECS_HEADER + "Ada,Obi,,,Text,,VISIBLE\n")
    assert who_json(env, folder) == []
    proc = run(env, folder, "-o", tmp_path / "who.csv")
    assert proc.returncode == 0 and "no one to ask" in proc.stderr
    assert not (tmp_path / "who.csv").exists()


# -- the CSV for `llmdraft batch` -------------------------------------------------------------

def test_csv_goes_straight_into_batch(tmp_path, env):
    out = tmp_path / "who.csv"
    proc = run(env, EXAMPLE, "-o", out, "--limit", "4")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and f"wrote {out}" in proc.stderr
    rows = read_csv(out)
    assert list(rows[0])[:5] == ["recipient", "recipient_role", "project", "strengths",
                                 "relationship"]
    assert {"company", "position", "connected_on", "you_recommended_them"} <= set(rows[0])
    assert rows[0]["recipient_role"] == "Staff Software Engineer at Litware"
    assert rows[0]["you_recommended_them"] == "yes" and rows[2]["you_recommended_them"] == "no"
    assert rows[0]["connected_on"] == "2017-08-23"
    assert all(r["project"] == r["strengths"] == r["relationship"] == "" for r in rows)

    drafts = tmp_path / "drafts.csv"
    batch = run(env, out, "-o", drafts, "--project", "Northwind onboarding revamp",
                "--strength", "process design", command="batch")
    assert batch.returncode == 0, batch.stderr
    done = read_csv(drafts)
    assert [r["status"] for r in done] == ["ok"] * 4
    firsts = ["Priya", "Luis", "Sofía", "Chioma"]
    for row, first in zip(done, firsts):
        assert row["message"].split("\n")[0] in (f"Hi {first},", f"Hello {first},"), row["message"]
        assert "Northwind onboarding revamp" in row["message"]


def test_csv_defaults_fill_the_columns(tmp_path, env):
    out = tmp_path / "who.csv"
    proc = run(env, EXAMPLE, "-o", out, "--project", "Apollo rollout", "--strength", "testing",
               "--strength", "code review", "--relationship", "WORKED_IN_SAME_GROUP")
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(out)
    assert len(rows) == len(EXPECTED)
    assert {(r["project"], r["strengths"], r["relationship"]) for r in rows} == {
        ("Apollo rollout", "testing;code review", "same-team")}
    batch = run(env, out, "-o", tmp_path / "drafts.jsonl", command="batch")
    assert batch.returncode == 0, batch.stderr


def test_csv_is_formula_safe_and_never_overwritten_silently(tmp_path, env):
    folder = export(tmp_path, "First Name,Last Name,Company,Position,Connected On\n"
                    'Eve,Stone,"=HYPERLINK(""http://x.invalid"")",+Growth,05 Oct 2020\n')
    out = tmp_path / "who.csv"
    out.write_text("precious\n")
    proc = run(env, folder, "-o", out)
    assert proc.returncode == 2 and "--force" in proc.stderr and proc.stderr.count("\n") == 1
    assert out.read_text() == "precious\n"
    assert run(env, folder, "-o", out, "--force").returncode == 0
    (row,) = read_csv(out)
    assert row["company"].startswith("'=HYPERLINK") and row["position"] == "'+Growth"
    assert row["recipient_role"].startswith("'+Growth at")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        for cells in csv.reader(handle):
            assert not any(c.startswith(("=", "+", "-", "@")) for c in cells), cells


# -- unusable exports and options: one line, exit 2 -------------------------------------------

def _truncated_zip(tmp_path):
    whole = zip_folder(EXAMPLE, tmp_path / "whole.zip").read_bytes()
    target = tmp_path / "export.zip"
    target.write_bytes(whole[: len(whole) // 2])  # an interrupted download
    return target, "export.zip is not a readable zip"


def _bad_crc_zip(tmp_path):
    target = zip_folder(EXAMPLE, tmp_path / "export.zip", method=zipfile.ZIP_STORED)
    data = bytearray(target.read_bytes())
    at = data.index(b"Maya")
    data[at] = ord("N")
    target.write_bytes(bytes(data))
    return target, "Connections.csv in"


def _case(kind):
    def build(tmp_path):
        if kind == "missing":
            return tmp_path / "nowhere", "export not found"
        if kind == "plain file":
            path = tmp_path / "Connections.txt"
            path.write_text("First Name,Last Name\n")
            return path, "is not a folder or a .zip"
        if kind == "no Connections.csv":
            folder = tmp_path / "export"
            folder.mkdir()
            (folder / "Profile.csv").write_text("First Name,Last Name\n")
            return folder, "no Connections.csv in"
        if kind == "no header":
            folder = export(tmp_path, NOTES + "Name,Company\nAda Obi,Contoso\n")
            return folder, "Connections.csv has no header line with First Name and Last Name"
        if kind == "undecodable":
            folder = tmp_path / "export"
            folder.mkdir()
            (folder / "Connections.csv").write_bytes(b"First Name,Last Name\n\x81\x8d,\x90\x9d\n")
            return folder, "Connections.csv cannot be decoded"
        if kind == "binary":
            folder = tmp_path / "export"
            folder.mkdir()
            (folder / "Connections.csv").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
            return folder, "Connections.csv is not text"
        if kind == "bad recommendations file":
            folder = export(tmp_path, "First Name,Last Name\nAda,Obi\n",
                            received="<html>Something went wrong</html>\n")
            return folder, "Recommendations_Received.csv has no header line"
        if kind == "truncated zip":
            return _truncated_zip(tmp_path)
        if kind == "corrupt zip member":
            return _bad_crc_zip(tmp_path)
        raise AssertionError(kind)
    return build


@pytest.mark.parametrize("kind", ["missing", "plain file", "no Connections.csv", "no header",
                                  "undecodable", "binary", "bad recommendations file",
                                  "truncated zip", "corrupt zip member"])
def test_unusable_export_is_exit_2_one_line_naming_the_file(tmp_path, env, kind):
    path, message = _case(kind)(tmp_path)
    proc = run(env, path, "--json")
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("llmdraft: error:")
    assert message in proc.stderr, proc.stderr
    assert path.name in proc.stderr
    assert proc.stdout == "" and "Traceback" not in proc.stderr


@pytest.mark.parametrize("args, message", [
    (["--project", "Apollo"], "give -o FILE.csv"),
    (["-o", "who.jsonl"], "name it .csv"),
    (["-o", "who.csv", "--relationship", "boss"], "unknown relationship 'boss'"),
    (["--limit", "0"], "--limit"),
])
def test_bad_options_are_exit_2_one_line(tmp_path, env, args, message):
    proc = run(env, EXAMPLE, *args, cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, proc.stderr
    assert message in proc.stderr
    assert not any(tmp_path.iterdir())
