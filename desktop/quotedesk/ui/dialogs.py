"""Small dialogs: picking an entity, the keyboard shortcut table, About."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..core.model import Entity

NEW_ENTITY = -1


@dataclass
class EntityChoice:
    entity_id: int | None  # an existing entity, or None for a new one
    new_name: str | None = None
    new_label: str = "PERSON"


class EntityPicker(QDialog):
    """Type to filter entities; Up/Down move, Enter picks; a name not in the list makes a new one.

    `first` (the open article's entities) are listed at the top; the rest of
    the project follows, at most MAX_SHOWN of them, so a huge project stays quick.
    """

    MAX_SHOWN = 200

    def __init__(self, title: str, entities: list[Entity], parent: QWidget | None = None,
                 suggestion: str = "", allow_new: bool = True, exclude: int | None = None,
                 first: list[Entity] | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first = [e for e in (first or []) if e.id != exclude]
        first_ids = {e.id for e in self.first}
        self.entities = [e for e in entities if e.id != exclude and e.id not in first_ids]
        self.allow_new = allow_new
        self.filter = QLineEdit(suggestion)
        self.filter.setPlaceholderText("Type a name…")
        self.filter.installEventFilter(self)
        self.list = QListWidget()
        self.label = QComboBox()
        self.label.addItems(["PERSON", "ORG"])
        self.label.setToolTip("Label of a new entity")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.filter, 1)
        if allow_new:
            row.addWidget(QLabel("new as"))
            row.addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._refill)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._refill(suggestion)
        self.resize(440, 400)

    def eventFilter(self, watched, event) -> bool:
        # Up and Down in the filter box move through the list, so typing and picking need no mouse.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = self.list.currentRow() + step
            while 0 <= row < self.list.count() and not self.list.item(row).flags() & Qt.ItemFlag.ItemIsSelectable:
                row += step
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.list.addItem(item)

    def _add(self, entity: Entity) -> None:
        item = QListWidgetItem(f"{entity.name}  ({entity.label})")
        item.setData(Qt.ItemDataRole.UserRole, entity.id)
        self.list.addItem(item)

    def _refill(self, text: str) -> None:
        self.list.clear()
        needle = text.strip().lower()
        here = [e for e in self.first if needle in e.name.lower()]
        if here:
            self._header("In this article")
            for entity in here:
                self._add(entity)
        others = []
        for entity in self.entities:
            if needle in entity.name.lower():
                others.append(entity)
                if len(others) > self.MAX_SHOWN:
                    break
        if others:
            if here:
                self._header("Elsewhere in the project")
            for entity in others[:self.MAX_SHOWN]:
                self._add(entity)
            if len(others) > self.MAX_SHOWN:
                self._header("… type more to narrow the list")
        exact = any(e.name.lower() == needle for e in self.first + self.entities)
        if self.allow_new and needle and not exact:
            item = QListWidgetItem(f"＋ New entity “{text.strip()}”")
            item.setData(Qt.ItemDataRole.UserRole, NEW_ENTITY)
            self.list.addItem(item)
        for row in range(self.list.count()):
            if self.list.item(row).flags() & Qt.ItemFlag.ItemIsSelectable:
                self.list.setCurrentRow(row)
                break

    def choice(self) -> EntityChoice | None:
        """What was picked: an existing entity, a new one to create, or None."""
        item = self.list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return None
        entity_id = item.data(Qt.ItemDataRole.UserRole)
        if entity_id == NEW_ENTITY:
            return EntityChoice(None, self.filter.text().strip(), self.label.currentText())
        return EntityChoice(entity_id)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels(["Keys", "Action", "What it does"])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table
        self.resize(720, 560)
