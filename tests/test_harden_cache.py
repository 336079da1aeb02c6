"""Issue 9, the cache: tampered rows never delete outside it, folders are checked for owner and
mode, a corrupt cache is reported and skipped, and `cache clear` always starts over."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from chatserver import reply
from contexts import GOOD_REPLY
from llmdraft.cache import DraftCache, cache_key, wipe
from llmdraft.errors import InputError
from outcomes import one_error_line

DRAFT = ["draft", "--to", "John Rivera", "--project", "Colorado Community Development project",
         "--strength", "organizing a diverse group of volunteers", "--strength",
         "project management"]


def endpoint(server) -> list[str]:
    return ["--base-url", server.base_url, "--model", "test-model"]


def tampered_row(directory: Path, filename: str, key: str | None = None) -> str:
    """A Cache row in MODE_TEXT (3) naming `filename`, written straight into the database, as
    someone who can write the folder could."""
    cache = DraftCache(directory)
    cache.set(cache_key({"seed": 1}), {"x": 1})  # the tables exist
    cache.close()
    key = key or cache_key({"victim": filename})
    con = sqlite3.connect(directory / "drafts" / "cache.db")
    con.execute("INSERT INTO Cache (key, raw, store_time, expire_time, access_time, tag, mode, "
                "filename, value, size) VALUES (?, 1, 0, NULL, 0, NULL, 3, ?, NULL, 0)",
                (key, filename))
    con.commit()
    con.close()
    return key


@pytest.fixture
def victim(tmp_path):
    folder = tmp_path / "elsewhere" / "deep"
    folder.mkdir(parents=True)
    target = folder / "precious.txt"
    target.write_text("keep me")
    return target


@pytest.mark.parametrize("how", ["absolute", "dotdot"])
def test_a_tampered_filename_never_deletes_outside_the_cache(tmp_path, victim, how):
    directory = tmp_path / "cache"
    name = str(victim) if how == "absolute" else os.path.relpath(victim, directory / "drafts")
    key = tampered_row(directory, name)
    cache = DraftCache(directory)
    assert cache.get(key) is None  # refused, dropped
    cache.clear()
    cache.close()
    assert victim.read_text() == "keep me"
    assert victim.parent.is_dir()


def test_cache_clear_on_a_tampered_row_keeps_the_file(run, tmp_path, cache_dir, victim):
    tampered_row(cache_dir, str(victim))
    proc = run("cache", "clear")
    assert proc.returncode == 0, proc.stderr
    assert victim.read_text() == "keep me"


def test_a_link_inside_the_cache_is_not_followed(tmp_path, victim):
    directory = tmp_path / "cache"
    key = tampered_row(directory, "ab/cd/" + "0" * 28 + ".val")
    (directory / "drafts" / "ab").symlink_to(victim.parent.parent, target_is_directory=True)
    (victim.parent.parent / "cd").mkdir()
    planted = victim.parent.parent / "cd" / ("0" * 28 + ".val")
    planted.write_text('{"x": 1}')
    cache = DraftCache(directory)
    assert cache.get(key) is None
    cache.clear()
    cache.close()
    assert planted.exists()


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to chown")
@pytest.mark.parametrize("which", ["top", "drafts"])
def test_a_folder_owned_by_another_user_is_refused(run, cache_dir, which):
    DraftCache(cache_dir).close()
    folder = cache_dir if which == "top" else cache_dir / "drafts"
    os.chown(folder, 65534, 65534)
    with pytest.raises(InputError, match="belongs to another user"):
        DraftCache(cache_dir)
    line = one_error_line(run("cache", "info"))
    assert "another user" in line


def test_a_world_writable_drafts_folder_is_refused(cache_dir):
    DraftCache(cache_dir).close()
    os.chmod(cache_dir / "drafts", 0o777)
    with pytest.raises(InputError, match="writable by other users"):
        DraftCache(cache_dir)


def corrupt_page(cache_dir: Path) -> None:
    cache = DraftCache(cache_dir)
    for n in range(200):
        cache.set(cache_key({"n": n}), {"text": "x" * 500})
    cache.close()
    db = cache_dir / "drafts" / "cache.db"
    data = bytearray(db.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 6)):
        data[offset] = 0x5A
    db.write_bytes(bytes(data))
    for extra in ("cache.db-wal", "cache.db-shm"):
        (cache_dir / "drafts" / extra).unlink(missing_ok=True)


def tamper_settings(cache_dir: Path) -> None:
    DraftCache(cache_dir).close()
    con = sqlite3.connect(cache_dir / "drafts" / "cache.db")
    con.execute("UPDATE Settings SET value = 'x; y' WHERE key = 'eviction_policy'")
    con.execute("INSERT INTO Settings VALUES ('sqlite_temp_store', 'memory; --')")
    con.commit()
    con.close()


@pytest.mark.parametrize("damage", [corrupt_page, tamper_settings])
def test_a_corrupt_cache_is_skipped_with_a_warning_and_cleared(run, chat_server, cache_dir,
                                                               damage):
    damage(cache_dir)
    chat_server.default = reply(json.dumps({"message": GOOD_REPLY, "subject": None}))
    proc = run(*DRAFT, *endpoint(chat_server), env={"OPENAI_API_KEY": "sk-test"})
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "corrupt" in proc.stderr and "cache clear" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert proc.stdout.startswith("Hi John")

    cleared = run("cache", "clear")
    assert cleared.returncode == 0, cleared.stderr
    info = run("cache", "info", "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["entries"] == 0
    again = run(*DRAFT, *endpoint(chat_server), env={"OPENAI_API_KEY": "sk-test"})
    assert again.returncode == 0 and again.stderr == "", again.stderr


def test_cache_info_on_a_corrupt_cache_is_one_line(run, cache_dir):
    tamper_settings(cache_dir)
    line = one_error_line(run("cache", "info"))
    assert "corrupt" in line and "cache clear" in line


def test_wipe_removes_only_the_drafts_folder(tmp_path):
    directory = tmp_path / "cache"
    tamper_settings(directory)
    (directory / "mine.txt").write_text("not llmdraft's")
    wipe(directory)
    assert (directory / "mine.txt").exists()
    assert not (directory / "drafts").exists()
