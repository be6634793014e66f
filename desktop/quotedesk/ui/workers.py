"""Long work (pretagging, import, export) on a worker thread, with progress and Cancel.

The worker opens its own Store on the project file: SQLite connections are
not shared across threads, and WAL lets the GUI keep reading meanwhile.
"""

from __future__ import annotations

import sqlite3
import traceback
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal

from ..core.errors import Cancelled, QuoteDeskError, damaged_project_message
from ..core.progress import CancelToken
from ..core.store import Store

Job = Callable[[Store, Callable[[int, int, str], None], CancelToken], object]


class TaskWorker(QThread):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, title: str, project: str, job: Job, parent: QObject | None = None):
        super().__init__(parent)
        self.title = title
        self.project = project
        self.job = job
        self.token = CancelToken()

    def cancel(self) -> None:
        self.token.cancel()

    def run(self) -> None:
        try:
            with Store(self.project) as store:
                result = self.job(store, self.progressed.emit, self.token)
        except Cancelled:
            self.cancelled.emit()
        except QuoteDeskError as exc:
            self.failed.emit(str(exc))
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            self.failed.emit(damaged_project_message(self.project, exc))
        except Exception as exc:  # keep the app alive; the message says what broke
            traceback.print_exc()
            self.failed.emit(f"{self.title} failed: {exc}")
        else:
            if getattr(result, "cancelled", False):
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)


def pretag_job(model: str | None) -> Job:
    def job(store, progress, cancel):
        from ..core.pretag.runner import pretag_project  # spaCy loads here, off the GUI thread

        return pretag_project(store, model, progress=progress, cancel=cancel, batch_size=4)

    return job


def import_job(paths) -> Job:
    def job(store, progress, cancel):
        from ..core.importers import import_paths

        return import_paths(store, paths, progress=progress, cancel=cancel)

    return job


def export_job(fmt: str, out, include_all: bool) -> Job:
    def job(store, progress, cancel):
        from ..core.exporters import export

        return export(store, fmt, out, include_all=include_all, progress=progress, cancel=cancel)

    return job


def index_job() -> Job:
    def job(store, progress, cancel):
        return store.update_search_index(progress=progress, cancel=cancel)

    return job
