"""A progress bar on standard error for long runs, only when standard error is a terminal
(never in CI logs or pipes), cleared before results are written so the two never mix."""

from __future__ import annotations

import sys
import time
from typing import TextIO

SHOW_AFTER_SECONDS = 1.0
WIDTH = 30


class Progress:
    def __init__(self, total: int, enabled: bool, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.enabled = enabled and total > 1
        self.done = 0
        self.started = time.monotonic()
        self.shown = False

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False

    def advance(self) -> None:
        self.done += 1
        if not self.enabled or time.monotonic() - self.started < SHOW_AFTER_SECONDS:
            return
        filled = WIDTH * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} files")
        self.stream.flush()
        self.shown = True
