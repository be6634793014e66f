"""Small dialogs: picking an entity, the keyboard shortcut table, About."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
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
    """Type to filter the project's entities; Enter picks; a name not in the list makes a new one."""

    def __init__(self, title: str, entities: list[Entity], parent: QWidget | None = None,
                 suggestion: str = "", allow_new: bool = True, exclude: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.entities = [e for e in entities if e.id != exclude]
        self.allow_new = allow_new
        self.filter = QLineEdit(suggestion)
        self.filter.setPlaceholderText("Type a name…")
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
        self.resize(420, 380)

    def _refill(self, text: str) -> None:
        self.list.clear()
        needle = text.strip().lower()
        for entity in self.entities:
            if needle in entity.name.lower():
                item = QListWidgetItem(f"{entity.name}  ({entity.label})")
                item.setData(Qt.ItemDataRole.UserRole, entity.id)
                self.list.addItem(item)
        exact = any(e.name.lower() == needle for e in self.entities)
        if self.allow_new and needle and not exact:
            item = QListWidgetItem(f"＋ New entity “{text.strip()}”")
            item.setData(Qt.ItemDataRole.UserRole, NEW_ENTITY)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def choice(self) -> EntityChoice | None:
        item = self.list.currentItem()
        if item is None:
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
