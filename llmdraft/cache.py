"""The result cache: a diskcache that stores JSON text only and never unpickles.

diskcache pickles by default, and a pickled row runs code when read: anyone who can write the
cache folder would get code run on the next read (CVE-2025-69872, unfixed upstream). So:
- keys are sha256 hex strings of the canonical JSON of what makes a draft (see `cache_key`);
- values are JSON text; `SafeDisk` refuses to store anything else and refuses to read a row that
  is pickled or binary (such a row is deleted and reported as a miss);
- the folder is created with mode 0700, and an existing one that others can write is refused;
- only drafts that passed their checks are stored (the engine's rule), never failures, never the
  API key (the key is not part of anything the engine hands to the cache).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import diskcache
from diskcache.core import MODE_RAW, MODE_TEXT

from .errors import InputError

SCHEMA = 1  # bump when the result object or the key's parts change meaning


class UnsafeRow(Exception):
    """A row that is not JSON text: written by something other than llmdraft."""


class SafeDisk(diskcache.Disk):
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
        result = super().fetch(mode, filename, value, read)
        if not isinstance(result, str):
            raise UnsafeRow("a binary row")
        return result


def default_dir() -> Path:
    env = os.environ.get("LLMDRAFT_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("llmdraft", appauthor=False))


def cache_key(parts: dict) -> str:
    """sha256 hex of the canonical JSON of `parts` (with the schema version)."""
    canonical = json.dumps({"schema": SCHEMA, **parts}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class DraftCache:
    def __init__(self, directory: Path | None = None):
        self.directory = Path(directory) if directory else default_dir()
        try:
            if not self.directory.exists():
                self.directory.mkdir(mode=0o700, parents=True)
                os.chmod(self.directory, 0o700)  # mkdir's mode is subject to the umask
            elif self.directory.stat().st_mode & 0o022:
                raise InputError(
                    f"the cache folder {self.directory} is writable by other users, who could "
                    f"plant rows in it: chmod 700 it, or set LLMDRAFT_CACHE_DIR elsewhere")
            self._cache = diskcache.Cache(str(self.directory / "drafts"), disk=SafeDisk)
        except (OSError, diskcache.core.sqlite3.Error) as exc:
            raise InputError(f"cannot use the cache folder {self.directory}: {exc}") from None
        self._endpoints = self.directory / "endpoints.json"

    def get(self, key: str) -> dict | None:
        try:
            text = self._cache.get(key)
        except UnsafeRow as exc:
            print(f"llmdraft: warning: ignored and removed an unsafe cache row ({exc})",
                  file=sys.stderr)
            self._cache.delete(key)
            return None
        if text is None:
            return None
        try:
            value = json.loads(text)
        except ValueError:
            value = None
        if not isinstance(value, dict):
            self.discard(key)
            return None
        return value

    def set(self, key: str, value: dict) -> None:
        self._cache.set(key, json.dumps(value, ensure_ascii=False))

    def discard(self, key: str) -> None:
        """Drop a row that turned out unusable (not JSON, not what the reader expects)."""
        self._cache.delete(key)

    # What llmdraft learned about endpoints (which refuse structured output): a small JSON file
    # beside the drafts, so that `cache info` counts drafts only.

    def recall(self, key: str) -> dict | None:
        try:
            value = json.loads(self._endpoints.read_text(encoding="utf-8")).get(key)
        except (OSError, ValueError, AttributeError):
            return None
        return value if isinstance(value, dict) else None

    def remember(self, key: str, value: dict) -> None:
        try:
            known = json.loads(self._endpoints.read_text(encoding="utf-8"))
            if not isinstance(known, dict):
                known = {}
        except (OSError, ValueError):
            known = {}
        known[key] = value
        tmp = self._endpoints.with_suffix(".tmp")
        tmp.write_text(json.dumps(known, indent=1), encoding="utf-8")
        os.replace(tmp, self._endpoints)

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
