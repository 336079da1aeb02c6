"""Regular expressions compiled the first time they are used, from a cache of their programs.

llmdraft's checks and realiser hold a hundred module-level patterns. Compiling them is most of
what an offline draft spends beyond Typer's own start-up: Python's regular-expression parser and
compiler are pure Python, and they run again in every process. Two things keep that off the
start-up path:

- `lazy()` stands in for `re.compile()` at module level: a pattern is compiled on its first
  search, match or sub, so a request draft never compiles the follow-up's patterns.
- A compiled pattern's program (the list of opcodes the C engine runs) is kept in a JSON file in
  the cache folder, keyed by the pattern, its flags, the Python version and the engine's
  version, written when a command has done its work. The next process hands the program
  straight to the engine, as Python hands its
  bytecode from __pycache__ to the interpreter. The engine checks every program it is given; an
  unreadable, stale or foreign file is ignored, and the pattern is compiled as usual;
  LLMDRAFT_NO_PATTERN_CACHE=1 turns the file off. The opcodes of every program are one run of
  32-bit numbers, stored once in base64 with each program's start and end: read that way, the
  file costs a tenth of what a JSON list of 100,000 numbers costs to parse.

`every()` compiles every lazy pattern, so a test can check them all and a typo fails the suite
rather than a user's run.
"""

from __future__ import annotations

import base64
import json
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any, cast

import _sre  # the engine behind re; its compile() takes a program re's compiler made

OFF = "LLMDRAFT_NO_PATTERN_CACHE"  # set: compile every pattern afresh, keep no file
_MADE: list[_Lazy] = []
_VERSION = f"{sys.version_info[0]}.{sys.version_info[1]}-{_sre.MAGIC}"
_FORMAT = f"{_VERSION} 2 {sys.byteorder}"  # the file's own layout, checked on reading
_OPCODE = "I"  # an unsigned 32-bit number: the engine's code units (_sre.CODESIZE is 4)
# pattern key -> [final flags, opcodes, groups, group index, index group]
_programs: dict[str, list] | None = None  # loaded on the first compile
_new: dict[str, list] = {}  # compiled in this process, written by save()


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    # The compiled pattern's methods are bound into these slots on first use, so later calls
    # go straight to the engine instead of through __getattr__.
    __slots__ = ("pattern", "flags", "_compiled", *_METHODS)

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = _compile(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # the first search, match, sub, ...
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles itself when first used; typed as what it stands for."""
    made = _Lazy(pattern, int(flags))
    _MADE.append(made)
    return cast("re.Pattern[str]", made)


_SHARED: dict[tuple[str, int], re.Pattern[str]] = {}


def shared(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """lazy() for a pattern written where it is used ("shared(r'...').sub(...)"): one lazy
    pattern per text and flags, compiled once a process and served from the cache like the
    module-level ones, where an inline re.sub() would compile it afresh in every process."""
    key = (pattern, int(flags))
    found = _SHARED.get(key)
    if found is None:
        found = _SHARED[key] = lazy(pattern, flags)
    return found


def every() -> list[re.Pattern[str]]:
    """Every lazy pattern made so far, compiled."""
    return [made.compiled() for made in _MADE]


def _compile(pattern: str, flags: int) -> re.Pattern[str]:
    key = f"{flags}:{pattern}"
    program = _load().get(key)
    if program is not None:
        try:
            final, code, groups, names, index = program
            return _sre.compile(pattern, final, list(code), groups, names, tuple(index))
        except (TypeError, ValueError, RuntimeError):
            pass  # not a program this engine accepts: compile it anew
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]  # re's own parts

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        program = [int(flags | parsed.state.flags), [int(c) for c in code],
                   parsed.state.groups - 1, groupindex, indexgroup]
        compiled = _sre.compile(pattern, *program[:4], tuple(indexgroup))
    except (AttributeError, ImportError, TypeError):  # another Python's internals
        return re.compile(pattern, flags)
    _new[key] = program
    return compiled


def _path() -> Path:
    folder = os.environ.get("LLMDRAFT_CACHE_DIR")
    if not folder:
        import platformdirs

        folder = platformdirs.user_cache_dir("llmdraft", appauthor=False)
    return Path(folder) / f"patterns-{_VERSION}.json"


def _load() -> dict[str, list]:
    global _programs
    if _programs is None:
        _programs = {}
        if os.environ.get(OFF):
            return _programs
        try:
            _programs = _decode(json.loads(_path().read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError, KeyError):
            pass  # no cache yet, or not one to trust: compile as usual
    return _programs


def _decode(data: dict) -> dict[str, list]:
    """The programs of a file's contents; ValueError (or TypeError, KeyError) if they are not
    this layout's. A program's opcodes stay a slice of the one run until it is compiled."""
    if data["version"] != _FORMAT or array(_OPCODE).itemsize != 4:
        raise ValueError("another layout")
    run = array(_OPCODE)
    run.frombytes(base64.b64decode(data["code"], validate=True))
    programs = {}
    for key, (final, start, end, groups, names, index) in data["programs"].items():
        programs[key] = [final, run[start:end], groups, names, index]
    return programs


def _encode(programs: dict[str, list]) -> dict:
    run = array(_OPCODE)
    table = {}
    for key, (final, code, groups, names, index) in programs.items():
        start = len(run)
        try:
            run.extend(code)
        except OverflowError:  # not a 32-bit engine's program: left out
            del run[start:]
            continue
        table[key] = [final, start, len(run), groups, names, index]
    return {"version": _FORMAT, "programs": table,
            "code": base64.b64encode(run.tobytes()).decode("ascii")}


def save() -> None:
    """Add this process's new programs to the file: the command line calls it when a command
    has done its work (a bad input, exit 2, leaves nothing behind). Best effort: a read-only
    home is no error."""
    if os.environ.get(OFF) or not _new:
        return
    try:
        path = _path()
        path.parent.mkdir(parents=True, exist_ok=True)
        merged = {**_load(), **_new}
        temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temp.write_text(json.dumps(_encode(merged)), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        pass
