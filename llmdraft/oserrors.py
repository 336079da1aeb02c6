"""One line about a local failure (a full disk, a name too long, a folder without permission).

Such failures reach the front end from many places (an output, a journal, a report, stdout
itself); naming them in one place keeps the message the same and the exit code 2, rather than a
traceback or the last-resort exit 70.
"""

from __future__ import annotations

import errno

_PLAIN = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENOENT: "no such file or folder",
    errno.EROFS: "the file system is read-only",
    errno.EBADF: "the stream is closed",
    errno.EPIPE: "the reader went away (broken pipe)",
    errno.EMFILE: "too many open files",
    errno.ELOOP: "too many symbolic links",
}


def describe(exc: BaseException) -> str:
    """'cannot write out.csv: no space left on the device' and the like."""
    from .sanitize import excerpt

    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to read"
    if isinstance(exc, MemoryError):
        return "out of memory: the input is too large"
    plain = _PLAIN.get(getattr(exc, "errno", None) or -1) or getattr(exc, "strerror", None) \
        or type(exc).__name__
    name = getattr(exc, "filename", None)
    return f"{excerpt(str(name), 120)}: {plain}" if name else plain
