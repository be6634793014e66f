"""The inspector: everything about the selected span or quote, and a hint of what keys do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ..core.model import Quote, Span


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Inspector(QGroupBox):
    FIELDS = ("Type", "Text", "Label", "Kind", "Status", "Origin", "Confidence", "Entity", "Speaker", "Speaker entity", "Cue")
    # The rows that mean something for each kind of selection; the others are hidden.
    SHOWN = {
        "span": {"Type", "Text", "Label", "Status", "Origin", "Confidence", "Entity"},
        "quote": {"Type", "Text", "Kind", "Status", "Origin", "Confidence", "Speaker", "Speaker entity", "Cue"},
        None: set(),
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Selection", parent)
        self.values: dict[str, QLabel] = {}  # the value of each row, once the rows are made
        self.form = QFormLayout()
        self._showing: str | None = None
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter than the values
        self.hint.setContentsMargins(0, 6, 0, 0)
        small = QFont(self.hint.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.hint.setFont(small)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.show_nothing()

    def _make_rows(self) -> None:
        """The rows, made for the first selection shown: with nothing selected none is visible, and
        each selectable value holds a text document of its own (the window's first frame needs none)."""
        for name in self.FIELDS:
            value = QLabel("—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            self.form.addRow(f"{name}:", value)

    def _rows_for(self, kind: str | None) -> None:
        if kind == self._showing:
            return  # rows shown or hidden only when the kind of selection changes
        self._showing = kind
        if not self.values:
            self._make_rows()
        for row, name in enumerate(self.FIELDS):
            self.form.setRowVisible(row, name in self.SHOWN[kind])

    def _set(self, **values: str | None) -> None:
        if not self.values:
            return  # no rows yet: nothing selected so far
        for name in self.FIELDS:
            key = name.lower().replace(" ", "_")
            text = values.get(key) or "—"
            if self.values[name].text() != text:  # an unchanged label is not laid out and repainted again
                self.values[name].setText(text)

    def _hint(self, text: str) -> None:
        if self.hint.text() != text:
            self.hint.setText(text)

    def show_nothing(self) -> None:
        self._rows_for(None)
        self._set()
        self._hint("Click a highlight, or press Tab for the next suggestion. "
                   "Select text and press a digit to add an entity, or Q to mark a quote.")

    def show_span(self, span: Span, text: str, entity: str | None) -> None:
        self._rows_for("span")
        self._set(type="Entity span", text=_clip(text[span.start:span.end]), label=span.label,
                  status=span.status, origin=span.origin,
                  confidence=None if span.confidence is None else f"{span.confidence:.2f}", entity=entity)
        self._hint("Enter accept · Delete reject · 1–9 relabel · Alt+←/→ move start · "
                   "Alt+Shift+←/→ move end · Shift+click resize")

    def show_quote(self, quote: Quote, text: str, speaker_entity: str | None) -> None:
        self._rows_for("quote")
        speaker = _clip(text[quote.speaker_start:quote.speaker_end]) if quote.speaker_start is not None else None
        cue = text[quote.cue_start:quote.cue_end] if quote.cue_start is not None else None
        self._set(type="Quote", text=_clip(text[quote.start:quote.end], 120), kind=quote.kind, status=quote.status,
                  origin=quote.origin, confidence=None if quote.confidence is None else f"{quote.confidence:.2f}",
                  speaker=speaker, speaker_entity=speaker_entity, cue=cue)
        self._hint("Enter accept · Delete reject · K change kind · S link speaker · "
                   "E set speaker entity")

    def show_linking(self) -> None:
        self._hint("Linking the speaker: click a name in the text, or select a mention such as "
                   "“a Kremlin spokesperson” and press Enter; E picks an entity; Esc cancels.")
