"""Colours and text formats derived from the project's label scheme and the desktop palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication

from ..core.labels import LabelScheme

INK = QColor("#1b1b1b")  # text on the pastel label colours, readable in light and dark palettes
REJECTED = QColor("#9e9e9e")
STATUS_RANK = {"rejected": 0, "suggested": 1, "accepted": 2}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def lighter(colour: QColor, share: float) -> QColor:
    """Mix with white: share 0 keeps the colour, 1 gives white."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * share),
        round(colour.green() + (255 - colour.green()) * share),
        round(colour.blue() + (255 - colour.blue()) * share),
    )


def readable_on_base(colour: QColor, dark: bool) -> QColor:
    """A scheme colour used as a line or text colour: lifted on dark backgrounds."""
    return lighter(colour, 0.5) if dark else colour


class Formats:
    """Ready-made QTextCharFormats for every label, status and quote kind.

    Each format is made once and reused, so the highlighter can merge and
    cache them by identity.
    """

    def __init__(self, scheme: LabelScheme, dark: bool | None = None):
        self.scheme = scheme
        self.dark = is_dark() if dark is None else dark
        self._cache: dict[tuple, QTextCharFormat] = {}
        self._colours: dict[str, QColor] = {}
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
        """The kind's colour as drawn on the text background (underlines, margin bars, legend)."""
        colour = self._colours.get(kind)
        if colour is None:
            colour = self._colours[kind] = readable_on_base(
                QColor(self.scheme.quote_colours.get(kind, "#1565c0")), self.dark)
        return QColor(colour)

    def _made(self, key: tuple, make) -> QTextCharFormat:
        made = self._cache[key] = make()
        return made

    # Each look is asked for once per span per painted block: a cache hit must cost no more
    # than a dict lookup, so the builders below run only on a miss.

    def entity(self, label: str, status: str) -> QTextCharFormat:
        fmt = self._cache.get(("entity", label, status))
        return fmt if fmt is not None else self._made(("entity", label, status), lambda: self._entity(label, status))

    def _entity(self, label: str, status: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if status == "rejected":
            fmt.setForeground(REJECTED)
            fmt.setFontStrikeOut(True)
        else:
            colour = self.label_colour(label)
            # Suggestions are paler than accepted spans; both keep dark ink.
            fmt.setBackground(colour if status == "accepted" else lighter(colour, 0.45))
            fmt.setForeground(INK)
        return fmt

    def selected_entity(self, label: str) -> QTextCharFormat:
        fmt = self._cache.get(("selected", label))
        return fmt if fmt is not None else self._made(("selected", label), lambda: self._selected_entity(label))

    def _selected_entity(self, label: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(self.label_colour(label).darker(185))
        fmt.setForeground(QColor("white"))
        return fmt

    def quote(self, kind: str, status: str) -> QTextCharFormat:
        fmt = self._cache.get(("quote", kind, status))
        return fmt if fmt is not None else self._made(("quote", kind, status), lambda: self._quote(kind, status))

    def _quote(self, kind: str, status: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        style = {
            "accepted": QTextCharFormat.UnderlineStyle.SingleUnderline,
            "suggested": QTextCharFormat.UnderlineStyle.DashUnderline,
            "rejected": QTextCharFormat.UnderlineStyle.DotLine,
        }[status]
        fmt.setUnderlineStyle(style)
        fmt.setUnderlineColor(REJECTED if status == "rejected" else self.quote_colour(kind))
        return fmt

    def selected_quote(self, kind: str) -> QTextCharFormat:
        fmt = self._cache.get(("selected_quote", kind))
        return fmt if fmt is not None else self._made(("selected_quote", kind), lambda: self._selected_quote(kind))

    def _selected_quote(self, kind: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        tint = QColor(self.quote_colour(kind))
        tint.setAlpha(70 if self.dark else 46)
        fmt.setBackground(tint)
        return fmt
