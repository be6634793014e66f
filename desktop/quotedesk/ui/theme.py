"""Colours and text formats derived from the project's label scheme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from ..core.labels import LabelScheme

INK = QColor("#1b1b1b")  # text on coloured highlights, readable in light and dark palettes
REJECTED = QColor("#9e9e9e")


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def lighter(colour: QColor, share: float) -> QColor:
    """Mix with white: share 0 keeps the colour, 1 gives white."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * share),
        round(colour.green() + (255 - colour.green()) * share),
        round(colour.blue() + (255 - colour.blue()) * share),
    )


class Formats:
    """Ready-made QTextCharFormats for every label, status and quote kind."""

    def __init__(self, scheme: LabelScheme):
        self.scheme = scheme
        self._entity: dict[tuple[str, str], QTextCharFormat] = {}
        self._quote: dict[tuple[str, str], QTextCharFormat] = {}
        self.speaker = QTextCharFormat()
        self.speaker.setBackground(QColor(scheme.speaker_colour))
        self.speaker.setForeground(INK)
        self.speaker.setFontWeight(QFont.Weight.Bold)
        self.cue = QTextCharFormat()
        self.cue.setFontItalic(True)
        self.cue.setFontWeight(QFont.Weight.DemiBold)

    def label_colour(self, label: str) -> QColor:
        found = self.scheme.get(label)
        return QColor(found.colour if found else "#d9d9d9")

    def quote_colour(self, kind: str) -> QColor:
        return QColor(self.scheme.quote_colours.get(kind, "#1565c0"))

    def entity(self, label: str, status: str) -> QTextCharFormat:
        key = (label, status)
        if key not in self._entity:
            fmt = QTextCharFormat()
            if status == "rejected":
                fmt.setForeground(REJECTED)
                fmt.setFontStrikeOut(True)
            else:
                colour = self.label_colour(label)
                fmt.setBackground(colour if status == "accepted" else lighter(colour, 0.45))
                fmt.setForeground(INK)
                if status == "accepted":
                    fmt.setFontWeight(QFont.Weight.DemiBold)
            self._entity[key] = fmt
        return self._entity[key]

    def selected_entity(self, label: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self.label_colour(label).darker(185))
        fmt.setForeground(QColor("white"))
        fmt.setFontWeight(QFont.Weight.Bold)
        return fmt

    def quote(self, kind: str, status: str) -> QTextCharFormat:
        key = (kind, status)
        if key not in self._quote:
            fmt = QTextCharFormat()
            style = {
                "accepted": QTextCharFormat.UnderlineStyle.SingleUnderline,
                "suggested": QTextCharFormat.UnderlineStyle.DashUnderline,
                "rejected": QTextCharFormat.UnderlineStyle.DotLine,
            }[status]
            fmt.setUnderlineStyle(style)
            fmt.setUnderlineColor(REJECTED if status == "rejected" else self.quote_colour(kind))
            self._quote[key] = fmt
        return self._quote[key]

    def selected_quote(self, kind: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        tint = QColor(self.quote_colour(kind))
        tint.setAlpha(46)
        fmt.setBackground(tint)
        return fmt
