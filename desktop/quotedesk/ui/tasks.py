"""The one background task at a time (pretag, import, export), shown in the status bar with Cancel."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from .workers import Job, TaskWorker


class TaskBar(QObject):
    message = Signal(str)

    def __init__(self, project: str, status_bar: QStatusBar, parent: QWidget):
        super().__init__(parent)
        self.project = project
        self.parent_widget = parent
        self.worker: TaskWorker | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the running task; finished work is kept")
        self.cancel_button.clicked.connect(self.cancel)
        for widget in self.widgets():
            widget.hide()
            status_bar.addPermanentWidget(widget)

    def widgets(self) -> tuple[QWidget, ...]:
        return self.label, self.bar, self.cancel_button

    def busy(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def run(self, title: str, job: Job, on_success: Callable, on_end: Callable | None = None) -> TaskWorker | None:
        """Start a job on a worker thread (it opens its own Store); None if another is running."""
        if self.busy():
            self.message.emit(f"Wait for “{self.worker.title}” to finish, or cancel it.")
            return None
        worker = TaskWorker(title, self.project, job, self)
        self.worker = worker
        self.label.setText(title)
        self.bar.setRange(0, 0)
        for widget in self.widgets():
            widget.show()

        def progressed(done: int, total: int, message: str) -> None:
            self.bar.setRange(0, max(total, 1))
            self.bar.setValue(done)
            self.bar.setFormat(f"{done}/{total}")
            self.label.setText(message or title)

        def finished() -> None:
            for widget in self.widgets():
                widget.hide()
            if on_end:
                on_end()

        worker.progressed.connect(progressed)
        worker.succeeded.connect(on_success)
        worker.failed.connect(lambda text: self._warn(title, text))
        worker.cancelled.connect(lambda: self.message.emit(f"{title} cancelled; finished work is kept."))
        worker.finished.connect(finished)
        worker.start()
        return worker

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # only when something failed

        QMessageBox.warning(self.parent_widget, title, text)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.label.setText("Cancelling…")

    def stop(self, wait_ms: int = 15000) -> None:
        """Cancel and wait (closing the window): the worker's Store closes cleanly."""
        if self.busy():
            self.worker.cancel()
            self.worker.wait(wait_ms)
