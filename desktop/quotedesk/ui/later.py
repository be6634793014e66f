"""Refreshing the panels beside the text (inspector, quotes, list row, status bar) just after it.

An edit or a newly opened article repaints the text first; the panels follow
from the event loop's next turn, well within the same frame for the eye.
Jobs are keyed, so a burst of edits (a held key) refreshes each panel once.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer


class Later(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._jobs: dict[str, Callable[[], None]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)

    def call(self, key: str, job: Callable[[], None]) -> None:
        """Run `job` on the next turn of the event loop; a newer job under the same key replaces it."""
        self._jobs[key] = job
        if not self._timer.isActive():
            self._timer.start()

    def pending(self) -> bool:
        return bool(self._jobs)

    def cancel(self) -> None:
        """Drop every waiting job (a closing window: nothing is left to show them in)."""
        self._timer.stop()
        self._jobs.clear()

    def flush(self) -> None:
        """Run every waiting job now (tests and scripts call this instead of spinning the loop)."""
        self._timer.stop()
        while self._jobs:
            jobs, self._jobs = self._jobs, {}
            for job in jobs.values():
                job()
