"""How many endpoint calls may be in flight: a 429 halves it, successes win it back (AIMD).

A worker that meets a 429 waits out its Retry-After on its own, without holding a slot, so the
other workers carry on, only fewer at a time until the endpoint stops pushing back.
"""

from __future__ import annotations

import threading


class AdaptiveLimiter:
    def __init__(self, maximum: int):
        self.maximum = max(1, maximum)
        self.limit = float(self.maximum)
        self.in_flight = 0
        self.rate_limited = 0  # 429s seen, for the summary
        self._cond = threading.Condition()

    def acquire(self) -> None:
        with self._cond:
            while self.in_flight >= max(1, int(self.limit)):
                self._cond.wait()
            self.in_flight += 1

    def release(self, rate_limited: bool = False) -> None:
        with self._cond:
            self.in_flight -= 1
            if rate_limited:
                self.rate_limited += 1
                self.limit = max(1.0, self.limit / 2)
            else:
                self.limit = min(float(self.maximum), self.limit + 1.0 / self.limit)
            self._cond.notify_all()
