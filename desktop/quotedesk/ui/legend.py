"""A strip of label chips (with their digit keys) and the quote styles, above the text."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..core.labels import LabelScheme
from .theme import INK


class Legend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(4, 2, 4, 2)
        self.row.setSpacing(6)

    def show_scheme(self, scheme: LabelScheme) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for label in scheme.labels:
            chip = QLabel(f" {label.hotkey} {label.name} " if label.hotkey else f" {label.name} ")
            chip.setToolTip(f"{label.description} (key {label.hotkey})" if label.hotkey else label.description)
            chip.setStyleSheet(f"background:{label.colour}; color:{INK.name()}; border-radius:3px; padding:1px 3px;")
            self.row.addWidget(chip)
        self.row.addSpacing(12)
        for kind, colour in scheme.quote_colours.items():
            chip = QLabel(f"{kind} quote")
            chip.setToolTip(f"{kind} quotes are underlined in this colour (dashed while suggested)")
            chip.setStyleSheet(f"color:{colour}; text-decoration: underline; padding:0 2px;")
            self.row.addWidget(chip)
        speaker = QLabel(" speaker ")
        speaker.setToolTip("The selected quote's speaker, linked to the quote by a curve")
        speaker.setStyleSheet(f"background:{scheme.speaker_colour}; color:{INK.name()}; border-radius:3px;")
        self.row.addWidget(speaker)
        self.row.addStretch(1)
