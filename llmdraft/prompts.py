"""Finds and renders the prompt templates and the offline composer's phrasing.

The text lives in the top-level `prompts/` folder. A wheel carries it as `llmdraft/_prompts`
(hatchling force-include); a source checkout or an editable install reads `prompts/` beside the
package. `LLMDRAFT_PROMPTS_DIR` points somewhere else (to try a changed prompt).
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from functools import lru_cache
from pathlib import Path
from string import Template

from .errors import InputError

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def prompts_dir() -> Path:
    override = os.environ.get("LLMDRAFT_PROMPTS_DIR")
    candidates = [Path(override)] if override else [_PACKAGE / "_prompts", _PACKAGE.parent / "prompts"]
    for path in candidates:
        if path.is_dir():
            return path
    raise InputError(f"prompt templates not found (looked in {', '.join(map(str, candidates))})")


@lru_cache(maxsize=None)
def read(name: str) -> str:
    path = prompts_dir() / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read prompt template {path}: {exc.strerror}") from None


def render(name: str, **values: str) -> str:
    """Fill `$name` fields of a template; a field the template names but was not given is an error."""
    try:
        return Template(read(name)).substitute(values).strip()
    except KeyError as exc:
        raise InputError(f"prompt template {name} uses ${exc.args[0]}, which is not provided") from None


@lru_cache(maxsize=None)
def phrasing(kind: str) -> dict:
    """The offline composer's curated phrasing for a kind (prompts/offline/KIND.toml)."""
    try:
        return tomllib.loads(read(f"offline/{kind}.toml"))
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"prompts/offline/{kind}.toml is not valid TOML: {exc}") from None


@lru_cache(maxsize=None)
def content_hash(folder: str) -> str:
    """sha256 over every file of one prompts folder: a changed template is a new cache key."""
    digest = hashlib.sha256()
    root = prompts_dir() / folder
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
