"""The result cache: a diskcache that stores JSON text only and never unpickles.

diskcache pickles by default, and a pickled row runs code when read: anyone who can write the
cache folder would get code run on the next read (CVE-2025-69872, unfixed upstream). So:
- keys are sha256 hex strings of the canonical JSON of what makes a draft (see `cache_key`);
- values are JSON text; `SafeDisk` refuses to store anything else and refuses to read a row that
  is pickled or binary (such a row is deleted and reported as a miss);
- the folder is created with mode 0700; an existing one (or its `drafts` folder, or a folder a
  value file sits in) that another user owns or others can write is refused;
- a row's `filename` must be diskcache's own shape (`ab/cd/<hex>.val`) inside the folder, not a
  link: diskcache deletes a discarded row's file and its empty parents, so a tampered absolute
  or `..` name would delete files anywhere (such a row is dropped, its "file" left alone);
- the Settings rows are checked before diskcache opens the database (diskcache runs their
  `sqlite_*` keys as PRAGMAs); a tampered setting, or a damaged page met when opening or in use,
  is reported once and the command goes on without the cache (`open_cache`, `_break`); a full
  integrity scan is not run, as it would cost every cache hit time in proportion to the cache;
  `cache clear` always starts it over (`wipe`);
- only drafts that passed their checks are stored (the engine's rule), never failures, never the
  API key (the key is not part of anything the engine hands to the cache).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import re
import shutil
import sqlite3
import stat

import diskcache
from diskcache.core import DEFAULT_SETTINGS, METADATA, MODE_RAW, MODE_TEXT

from .errors import InputError
from .sanitize import excerpt

SCHEMA = 1  # bump when the result object or the key's parts change meaning


class UnsafeRow(Exception):
    """A row that is not JSON text: written by something other than llmdraft."""


class CacheCorrupt(Exception):
    """The cache database is damaged or was edited by something other than diskcache."""


# diskcache's own value file names: two levels of two hex digits, then 28 hex digits.
_VALUE_FILE = re.compile(r"[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{28}\.val")


class SafeDisk(diskcache.Disk):
    def __init__(self, directory, min_file_size=2**15, pickle_protocol=0, **ignored):
        super().__init__(directory, min_file_size=min_file_size, pickle_protocol=pickle_protocol)

    def put(self, key):
        if not isinstance(key, str):
            raise TypeError("cache keys are sha256 hex strings")
        return super().put(key)

    def get(self, key, raw):
        if not raw:
            raise UnsafeRow("a pickled key")
        return super().get(key, raw)

    def store(self, value, read, key=diskcache.core.UNKNOWN):
        if read or not isinstance(value, str):
            raise TypeError("cache values are JSON text")
        return super().store(value, read, key=key)

    def fetch(self, mode, filename, value, read):
        if mode not in (MODE_RAW, MODE_TEXT) or read:
            raise UnsafeRow(f"a row stored in mode {mode}")
        if filename is not None and not self._own_file(filename):
            raise UnsafeRow("a row naming a file outside the cache")
        result = super().fetch(mode, filename, value, read)
        if not isinstance(result, str):
            raise UnsafeRow("a binary row")
        return result

    def remove(self, file_path):
        """diskcache deletes a dropped row's file, then its empty parent folders: only ever a
        value file of its own shape, inside this folder."""
        if self._own_file(file_path):
            super().remove(file_path)

    def _own_file(self, name) -> bool:
        if not isinstance(name, str) or not _VALUE_FILE.fullmatch(name):
            return False
        root = os.path.realpath(self._directory)
        full = os.path.join(root, name)
        if os.path.realpath(full) != full:  # a link on the way
            return False
        try:
            for folder in (os.path.dirname(os.path.dirname(full)), os.path.dirname(full)):
                _check_owner(Path(folder))
        except (InputError, OSError):
            return False
        return True


def _check_owner(folder: Path) -> None:
    """A folder rows are read from must be this user's, writable by no one else, not a link."""
    info = os.lstat(folder)
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise InputError(f"the cache folder {folder} is a link or not a folder: remove it, or "
                         f"set LLMDRAFT_CACHE_DIR elsewhere")
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise InputError(f"the cache folder {folder} belongs to another user, who could plant "
                         f"rows in it: remove it, or set LLMDRAFT_CACHE_DIR elsewhere")
    if info.st_mode & 0o022:
        raise InputError(
            f"the cache folder {folder} is writable by other users, who could plant rows in it: "
            f"chmod 700 it, or set LLMDRAFT_CACHE_DIR elsewhere")


_SETTING_TYPES = {**{k: type(v) for k, v in {**DEFAULT_SETTINGS, **METADATA}.items()}}


def _check_database(db: Path) -> None:
    """Raise CacheCorrupt unless `db` is absent or a readable diskcache database whose Settings
    rows are diskcache's own keys with values of their type."""
    if not db.exists():
        return
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise CacheCorrupt(str(exc)) from None
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "Settings" not in tables:
            return
        for key, value in con.execute("SELECT key, value FROM Settings"):
            want = _SETTING_TYPES.get(key)
            if want is None:
                raise CacheCorrupt(f"an unknown setting {excerpt(key)}")
            if not isinstance(value, want) or isinstance(value, bool):
                raise CacheCorrupt(f"the setting {excerpt(key)} holds {excerpt(value)}")
            if isinstance(value, str) and not re.fullmatch(r"[a-z\-]{1,40}", value):
                raise CacheCorrupt(f"the setting {excerpt(key)} holds {excerpt(value)}")
            if isinstance(value, int) and not 0 <= value < 2**62:
                raise CacheCorrupt(f"the setting {excerpt(key)} holds {value}")
    except sqlite3.Error as exc:
        raise CacheCorrupt(f"the database is damaged ({exc})") from None
    finally:
        con.close()


def default_dir() -> Path:
    """LLMDRAFT_CACHE_DIR, else the config file's cache_dir, else the user cache folder."""
    env = os.environ.get("LLMDRAFT_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    from .config import cache_dir

    configured = cache_dir()
    if configured is not None:
        return configured
    import platformdirs

    return Path(platformdirs.user_cache_dir("llmdraft", appauthor=False))


def cache_key(parts: dict) -> str:
    """sha256 hex of the canonical JSON of `parts` (with the schema version)."""
    canonical = json.dumps({"schema": SCHEMA, **parts}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# Settings llmdraft fixes whatever the database says (they override its Settings rows).
_SETTINGS = {"eviction_policy": "least-recently-stored", "disk_min_file_size": 2**15,
             "sqlite_journal_mode": "wal", "sqlite_synchronous": 1, "sqlite_auto_vacuum": 1,
             "sqlite_cache_size": 8192, "sqlite_mmap_size": 2**26, "statistics": 0,
             "tag_index": 0, "cull_limit": 10, "size_limit": 2**30}


class DraftCache:
    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory else default_dir()
        drafts = self.directory / "drafts"
        try:
            if not self.directory.exists():
                self.directory.mkdir(mode=0o700, parents=True)
                os.chmod(self.directory, 0o700)  # mkdir's mode is subject to the umask
            _check_owner(self.directory)
            if not drafts.exists():
                drafts.mkdir(mode=0o700)
            _check_owner(drafts)
            _check_database(drafts / "cache.db")
            self._cache = diskcache.Cache(str(drafts), disk=SafeDisk, **_SETTINGS)
        except (OSError, sqlite3.Error) as exc:
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(
                    exc, sqlite3.OperationalError):
                raise CacheCorrupt(str(exc)) from None
            raise InputError(f"cannot use the cache folder {self.directory}: "
                             f"{exc.strerror if isinstance(exc, OSError) else exc}") from None
        except (KeyError, TypeError, ValueError) as exc:  # settings diskcache cannot use
            raise CacheCorrupt(f"diskcache cannot use its settings ({exc})") from None
        self._endpoints = self.directory / "endpoints.json"
        self.broken = False

    def get(self, key: str) -> dict | None:
        if self.broken:
            return None
        try:
            text = self._cache.get(key)
        except UnsafeRow as exc:
            warn(f"ignored and removed an unsafe cache row ({exc})")
            self._quietly(self._cache.delete, key)
            return None
        except (sqlite3.Error, OSError, KeyError, TypeError, ValueError) as exc:
            self._break(exc)
            return None
        if text is None:
            return None
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            value = None
        if not isinstance(value, dict):
            self.discard(key)
            return None
        return value

    def set(self, key: str, value: dict) -> None:
        if not self.broken:
            self._quietly(self._cache.set, key, json.dumps(value, ensure_ascii=False))

    def discard(self, key: str) -> None:
        """Drop a row that turned out unusable (not JSON, not what the reader expects)."""
        if not self.broken:
            self._quietly(self._cache.delete, key)

    def _quietly(self, action, *args) -> None:
        try:
            action(*args)
        except (sqlite3.Error, OSError, KeyError, TypeError, ValueError) as exc:
            self._break(exc)

    def _break(self, exc: Exception) -> None:
        """A cache that fails in use (a damaged page, a full disk) is reported once; the
        command goes on without it."""
        if not self.broken:
            self.broken = True
            warn(f"the cache in {self.directory} failed ({excerpt(str(exc))}); going on without "
                 f"it ('llmdraft cache clear' starts it over)")

    # What llmdraft learned about endpoints (which refuse structured output): a small JSON file
    # beside the drafts, so that `cache info` counts drafts only.

    def recall(self, key: str) -> dict | None:
        try:
            value = json.loads(self._endpoints.read_text(encoding="utf-8")).get(key)
        except (OSError, ValueError, AttributeError, RecursionError):
            return None
        return value if isinstance(value, dict) else None

    def remember(self, key: str, value: dict) -> None:
        try:
            known = json.loads(self._endpoints.read_text(encoding="utf-8"))
            if not isinstance(known, dict):
                known = {}
        except (OSError, ValueError, RecursionError):
            known = {}
        known[key] = value
        from .files import replacing

        try:
            with replacing(self._endpoints) as handle:
                handle.write(json.dumps(known, indent=1))
        except OSError:
            pass  # only a hint for next time: not worth failing a draft over

    def info(self) -> dict:
        return {
            "path": str(self.directory),
            "entries": len(self._cache),
            "size_bytes": self._cache.volume(),
        }

    def clear(self) -> int:
        """Remove every cached draft (and what was learned about endpoints); the count of drafts."""
        self._endpoints.unlink(missing_ok=True)
        return self._cache.clear()

    def close(self) -> None:
        self._cache.close()


def warn(message: str) -> None:
    from .sanitize import message_line

    print(message_line(f"llmdraft: warning: {message}"), file=sys.stderr, flush=True)


def open_cache(directory: Path | None = None) -> DraftCache | None:
    """The cache, or None (with one warning) when it is corrupt: a damaged cache costs the
    command its cache, never the command itself. A folder that is unsafe stays an error."""
    try:
        return DraftCache(directory)
    except CacheCorrupt as exc:
        warn(f"the cache in {directory or default_dir()} is corrupt ({excerpt(str(exc), 100)}); "
             f"going on without it ('llmdraft cache clear' starts it over)")
        return None


def wipe(directory: Path | None = None) -> int:
    """Start the cache over whatever state it is in; the count of drafts removed (0 when the
    database could not be read). Only llmdraft's own names are removed, and only from a folder
    that is this user's."""
    directory = Path(directory) if directory else default_dir()
    try:
        cache = DraftCache(directory)
    except CacheCorrupt:
        cache = None
    removed = 0
    if cache is not None:
        try:
            removed = cache.clear()
        except (sqlite3.Error, OSError, KeyError, TypeError, ValueError):
            pass
        finally:
            cache._quietly(cache.close)
    drafts = directory / "drafts"
    if drafts.exists() and (cache is None or removed == 0):
        try:
            _check_owner(directory)
            _check_owner(drafts)
            shutil.rmtree(drafts)
        except OSError as exc:
            raise InputError(f"cannot clear the cache folder {drafts}: {exc.strerror}") from None
    (directory / "endpoints.json").unlink(missing_ok=True)
    return removed
