"""A strip of label chips (with their digit keys) and the quote styles, above the text.

The chips wrap onto a second line when the text pane is narrow, so the
legend never forces the panes beside it to shrink.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget

from ..core.labels import LabelScheme
from .theme import INK, Formats


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y, line_height = area.x(), y + line_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class Legend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(4, 2, 4, 2)
        self.chips: dict[str, QLabel] = {}

    def show_scheme(self, scheme: LabelScheme, formats: Formats) -> None:
        while self.flow.count():
            item = self.flow.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.chips.clear()
        for label in scheme.labels:
            chip = QLabel(f" {label.hotkey} {label.name} " if label.hotkey else f" {label.name} ")
            chip.setToolTip(f"{label.description} (key {label.hotkey})" if label.hotkey else label.description)
            chip.setStyleSheet(f"background:{label.colour}; color:{INK.name()}; border-radius:3px; padding:1px 3px;")
            self._add(label.name, chip)
        for kind in scheme.quote_colours:
            colour = formats.quote_colour(kind).name()
            chip = QLabel(f"{kind} quote")
            chip.setToolTip(f"{kind.capitalize()} quotes: underlined in this colour (dashed while suggested), "
                            "with a bar in the margin")
            chip.setStyleSheet(f"color:{colour}; text-decoration: underline; border-left: 4px solid {colour};"
                               "padding:1px 3px;")
            self._add(f"quote:{kind}", chip)
        speaker = QLabel(" speaker ")
        speaker.setToolTip("The selected quote's speaker, joined to the quote by a curve")
        speaker.setStyleSheet(f"background:{scheme.speaker_colour}; color:{INK.name()}; border-radius:3px;"
                              "font-weight:bold; padding:1px 3px;")
        self._add("speaker", speaker)

    def _add(self, key: str, chip: QLabel) -> None:
        self.chips[key] = chip
        self.flow.addWidget(chip)
