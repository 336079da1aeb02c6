"""The draft cache on a real diskcache folder: JSON text only, never unpickled, private folder."""

from __future__ import annotations

import os
import pickle
import stat
from pathlib import Path

import diskcache
import pytest

from llmdraft.cache import DraftCache, cache_key, default_dir
from llmdraft.errors import InputError

BIG = 64 * 1024  # above diskcache's min_file_size (32 KB): the value goes to a file of its own


class Evil:
    """Unpickling this creates `marker`: what a planted cache row would do to the reader."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


def plant(directory: Path, key: str, value) -> None:
    """Write a row with plain diskcache (pickling by default), as an attacker could."""
    with diskcache.Cache(str(directory / "drafts")) as raw:
        raw.set(key, value)


def value_files(directory: Path) -> list[Path]:
    """The files diskcache keeps large values in (everything but its sqlite database)."""
    return [p for p in directory.rglob("*")
            if p.is_file() and not p.name.startswith("cache.db")]


# -- the folder -------------------------------------------------------------------------------

def test_folder_created_private(tmp_path):
    directory = tmp_path / "deep" / "c"
    cache = DraftCache(directory)
    try:
        assert directory.is_dir()
        assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    finally:
        cache.close()


def test_existing_folder_is_used_as_it_is(tmp_path):
    directory = tmp_path / "c"
    directory.mkdir(mode=0o755)
    os.chmod(directory, 0o755)
    DraftCache(directory).close()
    assert stat.S_IMODE(directory.stat().st_mode) == 0o755  # not ours to change


@pytest.mark.parametrize("mode", [0o775, 0o757, 0o777])
def test_folder_others_can_write_is_refused(tmp_path, mode):
    directory = tmp_path / "c"
    directory.mkdir()
    os.chmod(directory, mode)
    with pytest.raises(InputError, match="writable by other users"):
        DraftCache(directory)


def test_default_dir_follows_env(tmp_path, monkeypatch):
    monkeypatch.setenv("LLMDRAFT_CACHE_DIR", str(tmp_path / "env-cache"))
    assert default_dir() == tmp_path / "env-cache"
    cache = DraftCache()
    try:
        assert cache.info()["path"] == str(tmp_path / "env-cache")
    finally:
        cache.close()


# -- round trip and keys ----------------------------------------------------------------------

def test_set_get_round_trip(tmp_path):
    cache = DraftCache(tmp_path / "c")
    value = {"message": "Hi John, ünïcode ✓", "checks": [{"name": "x", "passed": True}],
             "usage": {"total_tokens": 3}, "subject": None}
    key = cache_key({"a": 1})
    cache.set(key, value)
    assert cache.get(key) == value
    assert cache.get(cache_key({"a": 2})) is None  # a missing key
    cache.close()
    # it is on disk: a new instance over the same folder reads it back
    again = DraftCache(tmp_path / "c")
    assert again.get(key) == value
    again.close()


def test_values_are_stored_as_json_text(tmp_path):
    directory = tmp_path / "c"
    cache = DraftCache(directory)
    key = cache_key({"k": "v"})
    cache.set(key, {"message": "hello"})
    cache.close()
    with diskcache.Cache(str(directory / "drafts")) as raw:
        stored = raw.get(key)
    assert isinstance(stored, str)
    assert stored == '{"message": "hello"}'


def test_large_value_round_trip(tmp_path):
    directory = tmp_path / "c"
    cache = DraftCache(directory)
    value = {"message": "x" * BIG}
    key = cache_key({"big": True})
    cache.set(key, value)
    assert value_files(directory), "a large value is kept in a file of its own"
    assert cache.get(key) == value
    cache.close()


def test_cache_key_shape_and_stability():
    parts = {"kind": "request", "model": "m", "context": {"recipient": "John", "strengths": ["a"]}}
    key = cache_key(parts)
    assert len(key) == 64
    assert all(c in "0123456789abcdef" for c in key)
    reordered = {"context": {"strengths": ["a"], "recipient": "John"}, "model": "m",
                 "kind": "request"}
    assert cache_key(reordered) == key
    assert cache_key(dict(parts)) == key


@pytest.mark.parametrize("change", [
    {"kind": "followup"},
    {"model": "m2"},
    {"context": {"recipient": "Johnny", "strengths": ["a"]}},
    {"context": {"recipient": "John", "strengths": ["a", "b"]}},
    {"context": {"recipient": "John", "strengths": ["A"]}},
    {"extra": None},
])
def test_cache_key_changes_with_any_part(change):
    parts = {"kind": "request", "model": "m", "context": {"recipient": "John", "strengths": ["a"]}}
    assert cache_key({**parts, **change}) != cache_key(parts)


# -- never unpickle ---------------------------------------------------------------------------

def test_evil_object_does_run_code_when_unpickled(tmp_path):
    """The control: the payload used below really does create its marker when unpickled."""
    marker = tmp_path / "control-marker"
    pickle.loads(pickle.dumps(Evil(marker)))
    assert marker.exists()


def _assert_refused(directory: Path, key: str, marker: Path | None, capsys) -> None:
    capsys.readouterr()
    cache = DraftCache(directory)
    try:
        assert cache.get(key) is None
        if marker is not None:
            assert not marker.exists(), "a pickled cache row was unpickled"
        err = capsys.readouterr().err
        assert "warning" in err and "unsafe cache row" in err, err
        assert cache.info()["entries"] == 0  # the row was removed
        assert cache.get(key) is None
        assert capsys.readouterr().err == ""  # removed: no second warning
    finally:
        cache.close()
    with diskcache.Cache(str(directory / "drafts")) as raw:
        assert key not in raw


def test_pickled_row_is_never_unpickled(tmp_path, capsys):
    directory = tmp_path / "c"
    marker = tmp_path / "pwned"
    key = cache_key({"target": 1})
    plant(directory, key, Evil(marker))
    assert not marker.exists()
    _assert_refused(directory, key, marker, capsys)


def test_large_pickled_row_in_a_file_is_never_unpickled(tmp_path, capsys):
    directory = tmp_path / "c"
    marker = tmp_path / "pwned-big"
    key = cache_key({"target": 2})
    plant(directory, key, [Evil(marker), b"\0" * BIG])
    assert value_files(directory), "the planted pickle went to a file"
    _assert_refused(directory, key, marker, capsys)
    assert value_files(directory) == [], "the planted pickle file was removed"


def test_large_binary_row_is_refused(tmp_path, capsys):
    directory = tmp_path / "c"
    key = cache_key({"target": 3})
    plant(directory, key, b"{" + b"x" * BIG)  # MODE_BINARY, in a file
    assert value_files(directory)
    _assert_refused(directory, key, None, capsys)
    assert value_files(directory) == []


def test_raw_bytes_row_is_refused(tmp_path, capsys):
    directory = tmp_path / "c"
    key = cache_key({"target": 4})
    plant(directory, key, b'{"message": "looks like json"}')  # MODE_RAW, in the database
    _assert_refused(directory, key, None, capsys)


def test_raw_number_row_is_refused(tmp_path, capsys):
    directory = tmp_path / "c"
    key = cache_key({"target": 5})
    plant(directory, key, 12345)  # MODE_RAW integer
    _assert_refused(directory, key, None, capsys)


def test_unsafe_row_does_not_hide_other_rows(tmp_path, capsys):
    directory = tmp_path / "c"
    marker = tmp_path / "pwned-2"
    good_key, bad_key = cache_key({"good": 1}), cache_key({"bad": 1})
    cache = DraftCache(directory)
    cache.set(good_key, {"message": "ok"})
    cache.close()
    plant(directory, bad_key, Evil(marker))
    cache = DraftCache(directory)
    try:
        assert cache.get(bad_key) is None
        assert not marker.exists()
        assert cache.get(good_key) == {"message": "ok"}
        assert cache.info()["entries"] == 1
    finally:
        cache.close()


# -- refused on write -------------------------------------------------------------------------

@pytest.mark.parametrize("value", [{"a": 1}, b"bytes", 42, ["x"]])
def test_non_text_values_refused_on_write(tmp_path, value):
    cache = DraftCache(tmp_path / "c")
    try:
        with pytest.raises(TypeError):
            cache._cache.set(cache_key({"w": 1}), value)
        assert cache.info()["entries"] == 0
    finally:
        cache.close()


def test_non_str_keys_refused(tmp_path):
    cache = DraftCache(tmp_path / "c")
    try:
        with pytest.raises(TypeError):
            cache._cache.set(("a", "tuple"), "{}")
        assert cache.info()["entries"] == 0
    finally:
        cache.close()


def test_public_set_refuses_what_is_not_json(tmp_path):
    cache = DraftCache(tmp_path / "c")
    try:
        with pytest.raises(TypeError):
            cache.set(cache_key({"w": 2}), {"value": object()})
        assert cache.info()["entries"] == 0
    finally:
        cache.close()


# -- info and clear ---------------------------------------------------------------------------

def test_info_counts_and_clear_empties(tmp_path):
    directory = tmp_path / "c"
    cache = DraftCache(directory)
    try:
        info = cache.info()
        assert info["path"] == str(directory)
        assert info["entries"] == 0
        for i in range(3):
            cache.set(cache_key({"i": i}), {"message": f"draft {i}"})
        cache.set(cache_key({"i": 0}), {"message": "overwritten"})  # same key: still 3
        info = cache.info()
        assert info["entries"] == 3
        assert isinstance(info["size_bytes"], int) and info["size_bytes"] > 0
        assert cache.get(cache_key({"i": 0})) == {"message": "overwritten"}

        assert cache.clear() == 3
        assert cache.info()["entries"] == 0
        assert cache.get(cache_key({"i": 1})) is None
    finally:
        cache.close()
