"""Worker processes that die with their parent.

An offline batch drafts in a process pool. When the parent is killed (kill -9, the OOM killer),
nothing tells the pool's workers, and a worker busy on its chunk, or blocked on its queue, would
live on, burning CPU. Each worker therefore asks Linux to SIGKILL it when its parent dies
(prctl PR_SET_PDEATHSIG), and on every system watches its parent's pid from a daemon thread, which
ends the process as soon as the worker has been re-parented.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5


def exit_with_parent(parent: int) -> None:
    """The pool's initializer: `parent` is the pid of the process that made the pool."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
        except (OSError, AttributeError):
            pass  # the watcher below still works
    if os.getppid() != parent:  # the parent died before this line
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="llmdraft-parent-watch",
                     daemon=True).start()


def _watch(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(POLL_SECONDS)
    os._exit(1)
