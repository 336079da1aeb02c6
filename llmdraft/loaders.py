"""Reading the YAML and JSON that users hand llmdraft (context files, eval suites) strictly.

`yaml.safe_load` is safe from code execution but not from expansion: a few hundred bytes of
nested aliases ("billion laughs") become gigabytes once built, and a later error quoting the
value prints all of it. It also keeps the last of two equal keys without a word. So:
- aliases are refused while the document is composed, before any object is built (a context or
  a suite never needs one: repeat the value, or use a suite's `defaults`);
- nesting deeper than MAX_DEPTH is refused (a recursive composer would hit Python's limit);
- a key given twice in one mapping is an error, in YAML and in JSON alike;
- files larger than the caller's cap are refused before they are read.
Errors are `LoadError` with a one-line reason (and a line number for YAML).
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

MAX_DEPTH = 64


class LoadError(ValueError):
    """The text is not acceptable YAML/JSON; the message is one line for the user."""


class StrictLoader(yaml.SafeLoader):
    """SafeLoader without aliases, with a depth limit and without duplicate keys."""

    def __init__(self, stream):
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise LoadError(f"line {event.start_mark.line + 1}: aliases (*{event.anchor}) are not "
                            f"accepted: write the value out")
        self._depth += 1
        if self._depth > MAX_DEPTH:
            mark = self.peek_event().start_mark
            raise LoadError(f"line {mark.line + 1}: nested more than {MAX_DEPTH} levels deep")
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            seen: set = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    duplicate = key in seen
                except TypeError:  # an unhashable key: the base class reports it
                    continue
                if duplicate:
                    raise LoadError(f"line {key_node.start_mark.line + 1}: the key "
                                    f"{_short(key)} is given twice")
                seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str):
    try:
        return yaml.load(text, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a SafeLoader
    except LoadError:
        raise
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or (str(exc).splitlines() or ["invalid"])[0]
        raise LoadError(f"{where}{problem}") from None
    except RecursionError:
        raise LoadError(f"nested more than {MAX_DEPTH} levels deep") from None


def load_json(text: str):
    try:
        return json.loads(text, object_pairs_hook=_unique_pairs)
    except LoadError:
        raise
    except ValueError as exc:
        raise LoadError(str(exc).splitlines()[0] if str(exc) else "invalid JSON") from None
    except RecursionError:
        raise LoadError("nested too deeply") from None


def read_text(path: Path, limit: int) -> str:
    """A file's text (UTF-8, BOM or not), refused beyond `limit` bytes. The read itself is
    bounded (a device or a FIFO reports size 0 and never ends)."""
    with open(path, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise LoadError(f"more than {limit:,} bytes; llmdraft reads files of up to {limit:,} here")
    return data.decode("utf-8-sig")


def _unique_pairs(pairs):
    out = {}
    for key, value in pairs:
        if key in out:
            raise LoadError(f"the key {_short(key)} is given twice")
        out[key] = value
    return out


def _short(value) -> str:
    from .sanitize import excerpt

    return excerpt(value, 40)
