"""Errors nobody caught on the GUI thread: one dialog with one sentence, and the app stays up.

Qt swallows exceptions raised in slots after printing them, so without this
hook a damaged project would fail silently, one click at a time. Every edit
is committed when made, so the message can say the saved work is safe.
"""

from __future__ import annotations

import sqlite3
import sys
import traceback
from typing import Callable

from ..core.errors import QuoteDeskError, damaged_project_message

ProjectPath = Callable[[], object]


def message_for(exc: BaseException, project: object) -> str:
    if isinstance(exc, QuoteDeskError):
        return str(exc)
    if isinstance(exc, (sqlite3.DatabaseError, UnicodeDecodeError)):
        return damaged_project_message(project or "The project", exc)
    return (f"Something unexpected went wrong ({type(exc).__name__}: {exc}). Every edit made so far is saved "
            "in the project file; the details were written to the terminal.")


class ErrorHook:
    def __init__(self, project_path: ProjectPath, show: Callable[[str], None]):
        self.project_path = project_path
        self.show = show
        self.showing = False  # a second error while the dialog is up is printed, not stacked

    def __call__(self, kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        traceback.print_exception(kind, exc, tb)
        if self.showing:
            return
        self.showing = True
        try:
            self.show(message_for(exc, self.project_path()))
        finally:
            self.showing = False


def install(project_path: ProjectPath, parent=None) -> ErrorHook:
    def show(text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(parent() if callable(parent) else parent, "QuoteDesk", text)

    hook = ErrorHook(project_path, show)
    sys.excepthook = hook
    return hook
