"""How long-running core work reports progress and learns it should stop.

The CLI passes a callback that draws a progress bar, the GUI one that emits a
Qt signal; the core only sees this small protocol.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Callable

from .errors import Cancelled

ProgressCallback = Callable[[int, int, str], None]


def no_progress(done: int, total: int, message: str = "") -> None:
    """The default callback: report nothing."""


@dataclass
class CancelToken:
    """Set from any thread; checked by the worker between batches."""

    _event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()
