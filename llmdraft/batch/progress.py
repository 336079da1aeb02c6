"""Progress for a batch: a rich bar on a terminal, plain periodic lines elsewhere."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rows import BatchRow


@dataclass
class Tally:
    total: int
    done: int = 0
    ok: int = 0
    failed: int = 0
    error: int = 0
    skipped: int = 0  # follow-ups the advice says not to send
    cached: int = 0
    tokens: int = 0  # spent by this run's calls
    saved: int = 0  # of rows read from the cache or done before a --resume: not spent again
    resumed: int = 0  # rows that were done before this run
    started: float = field(default_factory=time.monotonic)

    def add(self, row: BatchRow, resumed: bool = False) -> None:
        self.done += 1
        self.resumed += resumed
        status = row.status
        if status == "ok":
            self.ok += 1
        elif status == "failed":
            self.failed += 1
        elif status == "skipped":
            self.skipped += 1
        else:
            self.error += 1
        cached = row.cached is True
        self.cached += cached
        tokens = row.total_tokens
        if cached or resumed:
            self.saved += tokens
        else:
            self.tokens += tokens

    def line(self) -> str:
        skipped = f", skipped {self.skipped}" if self.skipped else ""
        return f"ok {self.ok}, failed {self.failed}, error {self.error}{skipped}"

    def short_line(self) -> str:
        """The counts for the progress bar: 'ok 9 fail 1 err 0' (and 'skip N')."""
        skipped = f" skip {self.skipped}" if self.skipped else ""
        return f"ok {self.ok} fail {self.failed} err {self.error}{skipped}"

    def rate(self) -> float:
        """Rows drafted by this run per second (rows done before a --resume not counted)."""
        took = time.monotonic() - self.started
        return (self.done - self.resumed) / took if took > 0 else 0.0

    def summary(self) -> str:
        took = time.monotonic() - self.started
        rate = self.rate()
        resumed = f", {self.resumed} from before" if self.resumed else ""
        saved = f" ({self.saved:,} saved by the cache and earlier runs)" if self.saved else ""
        return (f"{self.done} of {self.total} rows: {self.line()}, cached {self.cached}{resumed}; "
                f"{self.tokens:,} tokens spent{saved}; {took:.1f} s ({rate:,.0f} rows/s)")


class Reporter:
    """Call `update(tally)` often; it decides how often to show anything."""

    def __init__(self, tally: Tally, enabled: bool = True, every: float = 5.0):
        self.tally = tally
        self.enabled = enabled
        self.every = every
        self._last = time.monotonic()
        self._bar = None
        if enabled and sys.stderr.isatty():
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeRemainingColumn)

            # Fits 80 columns with 100,000 rows: the bar is 16 wide and the counts short.
            self._bar = Progress(BarColumn(bar_width=16), MofNCompleteColumn(),
                                 TextColumn("{task.fields[counts]}"),
                                 TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
                                 transient=False)
            self._task = self._bar.add_task("drafting", total=tally.total,
                                            completed=tally.done, counts="", rate="")
            self._bar.start()

    def update(self, force: bool = False) -> None:
        if not self.enabled:
            return
        t = self.tally
        now = time.monotonic()
        if self._bar is not None:
            self._bar.update(self._task, completed=t.done, counts=t.short_line(),
                             rate=f"{t.rate():,.0f}/s")
            return
        if force or now - self._last >= self.every:
            self._last = now
            rate = t.rate()
            left = (t.total - t.done) / rate if rate > 0 else float("nan")
            print(f"llmdraft: {t.done}/{t.total} rows ({t.line()}), {rate:,.1f} rows/s, "
                  f"about {left:,.0f} s left", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self.update()
            self._bar.stop()
            self._bar = None
