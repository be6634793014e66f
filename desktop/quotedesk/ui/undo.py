"""Qt's undo stack over the core's reversible edits.

The command does no editing of its own: redo applies the core Edit, undo
applies its inverse, both through the Store, so undo works the same from
any front end and every step is committed (and logged) at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..core.edits import Edit
from ..core.errors import QuoteDeskError
from ..core.store import Store


class EditCommand(QUndoCommand):
    def __init__(self, runner: "EditRunner", edit: Edit):
        super().__init__(edit.action)
        self.runner = runner
        self.edit = edit
        self._already_applied = True  # perform() applied it before pushing

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        if not self.runner.apply(self.edit, replayed=True):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.runner.apply(self.edit.inverse(), replayed=True):
            self.setObsolete(True)


class EditRunner(QObject):
    """Applies edits to the store and tells the window what changed."""

    applied = Signal(object, bool)  # the Edit as applied (an inverse when undoing); True for undo/redo
    failed = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.stack = QUndoStack(self)

    def perform(self, edit: Edit) -> bool:
        """Apply a new edit and put it on the undo stack; False if refused."""
        if edit.is_empty:
            return False
        if not self.apply(edit):
            return False
        self.stack.push(EditCommand(self, edit))
        return True

    def apply(self, edit: Edit, replayed: bool = False) -> bool:
        try:
            self.store.apply(edit)
        except QuoteDeskError as exc:
            self.failed.emit(str(exc))
            return False
        self.applied.emit(edit, replayed)
        return True
