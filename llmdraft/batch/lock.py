"""One batch at a time per output: an exclusive lock beside it (OUTPUT + ".lock").

Two runs writing one output and one journal interleave their rows and pay for rows twice, so the
second run stops at once (exit 2) and names the first. The lock is `flock` on a small file that
holds the owner's pid: the kernel drops it when the owner dies, even by kill -9, so a crash never
leaves a stale lock behind. After locking, the file is checked to still be the one at the path
(a finishing run removes it), else the lock is taken again.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError

try:
    import fcntl
except ImportError:  # Windows: no flock; runs are not serialised there (README)
    fcntl = None


class OutputLock:
    def __init__(self, output: Path):
        # Resolved: "out.csv", "./out.csv" and a link to it are one output, with one lock.
        self.path = Path(str(Path(output).resolve()) + ".lock")
        self._shown = str(output)
        self._fd: int | None = None

    def acquire(self) -> "OutputLock":
        if fcntl is None:
            return self
        for _ in range(20):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                owner = _read_pid(fd)
                os.close(fd)
                who = f"pid {owner}" if owner else "another process"
                raise InputError(f"another llmdraft run ({who}) is writing "
                                 f"{self._shown}: wait for it to finish") from None
            except OSError:
                os.close(fd)
                raise
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode())
                self._fd = fd
                return self
            os.close(fd)  # removed by a run that just finished: lock the new file
        raise InputError(f"cannot lock {self.path}: it keeps being replaced")

    def release(self) -> None:
        if self._fd is not None:
            try:
                self.path.unlink(missing_ok=True)  # while still holding it: see acquire
            except OSError:
                pass
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "OutputLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None
