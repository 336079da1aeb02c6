"""Connection notes (200 characters on a free account): the fullest note that fits.

A note keeps, in this order of importance: the greeting, the ask with the project, the
strengths, the offer to write one back, the question about their strengths, the purpose and the
thanks. The ladder below tries every combination from the fullest down, with the project's and
the strengths' shorter renderings before dropping a part, and the first that fits is the note.
Offline, a note never goes over its limit: when not even the barest fits, strengths are dropped
(strengths_covered then fails and says which) and, last, the text is cut at a word.
"""

from __future__ import annotations

from itertools import product

from ..realise import lower_first


def first_fitting(head: list[str], middles: list[list[str]], tails: list[list[str]],
                  limit: int) -> str | None:
    """`head` + one of `middles` + one of `tails`, fullest first: for each tail (most
    important parts first), every middle (the project and strengths from long to short).
    None when nothing fits."""
    for tail, middle in product(tails, middles):
        text = _join(head + middle + tail)
        if len(text) <= limit:
            return text
    return None


def cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    room = text[: limit - 1]
    room = room[: room.rfind(" ")] if " " in room else room
    return room.rstrip(" ,;:") + "\u2026"


def _join(parts: list[str]) -> str:
    """Parts in a row; after a greeting that ends in a comma the next part runs on in lower
    case ("Hi Sam, would you ...")."""
    out: list[str] = []
    for part in (p for p in parts if p):
        if out and out[-1].endswith(",") and part[:1].isupper() and not part.startswith("I "):
            part = lower_first(part)
        out.append(part)
    return " ".join(out)
