"""A progress bar for the command line, fed by the core's progress callback."""

from __future__ import annotations

import sys
import time
from typing import TextIO

BAR_WIDTH = 30
REDRAW_SECONDS = 0.1


class ProgressBar:
    """Draws `label [#####.....] done/total message` on stderr.

    On a terminal the line redraws in place; in a log (not a TTY) a line is
    written at most every few seconds, so CI logs stay readable.
    """

    def __init__(self, label: str, *, enabled: bool = True, stream: TextIO | None = None):
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.interactive = self.stream.isatty()
        self._last_draw = 0.0
        self._drawn = False
        self._last_line = ""

    def update(self, done: int, total: int, message: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        finished = total > 0 and done >= total
        interval = REDRAW_SECONDS if self.interactive else 5.0
        if not finished and now - self._last_draw < interval and self._drawn:
            return
        self._last_draw = now
        line = self._render(done, total, message)
        if line == self._last_line:
            return
        self._last_line = line
        if self.interactive:
            self.stream.write("\r\x1b[2K" + line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()
        self._drawn = True

    def _render(self, done: int, total: int, message: str) -> str:
        if total <= 0:
            return f"{self.label}: {message}"
        filled = int(BAR_WIDTH * min(done, total) / total)
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        return f"{self.label} [{bar}] {done}/{total} {message}".rstrip()

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled and self.interactive and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
