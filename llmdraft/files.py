"""Writing files people open: whole or not at all, and safe in a spreadsheet.

`replacing` writes beside the target and renames over it, so that a crash or a full disk never
leaves half a report, a half CSV or half the endpoint notes where the old file was. `neutralise`
is the one formula guard for every CSV llmdraft writes (batch output, `who -o`, eval reports): a
cell that starts with = + - @, a tab or a CR is a formula to Excel, so it gets a leading
apostrophe and is shown as text.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe (shown as text)."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


@contextmanager
def replacing(path: Path, encoding: str = "utf-8", fsync: bool = False) -> Iterator[IO[str]]:
    """A text handle on a new file beside `path` that replaces it when the block ends, or is
    removed when the block raises. The file gets the user's usual mode (not mkstemp's 0600).
    `fsync`: on disk before it replaces the old one (state a paid step depends on)."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            yield handle
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
