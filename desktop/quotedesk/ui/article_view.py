"""The article text with its annotations: highlights, the speaker link, mouse input."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from ..core.model import Quote, Span
from .highlighter import AnnotationHighlighter, Layer
from .offsets import OffsetMap
from .theme import Formats

ORDER_QUOTE, ORDER_QUOTE_SELECTED, ORDER_ENTITY, ORDER_CUE, ORDER_SPEAKER, ORDER_ENTITY_SELECTED = range(6)


@dataclass(frozen=True)
class Selection:
    kind: str  # "span" | "quote"
    id: str


class ArticleView(QPlainTextEdit):
    clicked = Signal(int, object)  # Python index, keyboard modifiers
    text_selected = Signal(int, int)  # Python start, end of a mouse selection
    step = Signal(int)  # Tab (+1) / Shift+Tab (-1)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1.5)
        self.setFont(font)
        self.document().setDocumentMargin(18)
        self.highlighter = AnnotationHighlighter(self.document())
        self.formats: Formats | None = None
        self.text = ""
        self.offsets = OffsetMap("")
        self.spans: list[Span] = []
        self.quotes: list[Quote] = []
        self.selection: Selection | None = None
        self.link_mode = False

    # -- content -----------------------------------------------------------------

    def show_article(self, text: str, spans: list[Span], quotes: list[Quote], formats: Formats,
                     selection: Selection | None = None) -> None:
        self.formats = formats
        self.text = text
        self.offsets = OffsetMap(text)
        self.spans, self.quotes, self.selection = spans, quotes, selection
        self.highlighter.set_layers(self._layers())
        # setPlainText highlights every block once, from the index just set.
        self.setPlainText(text)
        self.viewport().update()

    def update_annotations(self, spans: list[Span], quotes: list[Quote], selection: Selection | None,
                           dirty: list[tuple[int, int]]) -> None:
        """New rows for the same text; repaint only the Python ranges in `dirty`."""
        self.spans, self.quotes, self.selection = spans, quotes, selection
        self.highlighter.set_layers(self._layers())
        for start, end in list(dirty) + self.extents_of(selection):
            self.highlighter.rehighlight_range(self.offsets.to_qt(start), self.offsets.to_qt(end))
        self.viewport().update()

    def extents_of(self, selection: Selection | None) -> list[tuple[int, int]]:
        """What a selection paints: the item, and a quote's speaker and cue."""
        if selection is None:
            return []
        if selection.kind == "span":
            span = self.span_by_id(selection.id)
            return [(span.start, span.end)] if span else []
        quote = self.quote_by_id(selection.id)
        if quote is None:
            return []
        extents = [(quote.start, quote.end)]
        if quote.speaker:
            extents.append(quote.speaker)
        if quote.cue:
            extents.append(quote.cue)
        return extents

    def _layers(self) -> list[Layer]:
        f, q = self.formats, self.offsets.to_qt
        if f is None:
            return []
        layers = [Layer(q(s.start), q(s.end), f.entity(s.label, s.status), ORDER_ENTITY) for s in self.spans]
        layers += [Layer(q(x.start), q(x.end), f.quote(x.kind, x.status), ORDER_QUOTE) for x in self.quotes]
        sel = self.selection
        if sel and sel.kind == "span" and (span := self.span_by_id(sel.id)):
            layers.append(Layer(q(span.start), q(span.end), f.selected_entity(span.label), ORDER_ENTITY_SELECTED))
        if sel and sel.kind == "quote" and (quote := self.quote_by_id(sel.id)):
            layers.append(Layer(q(quote.start), q(quote.end), f.selected_quote(quote.kind), ORDER_QUOTE_SELECTED))
            if quote.speaker:
                layers.append(Layer(q(quote.speaker[0]), q(quote.speaker[1]), f.speaker, ORDER_SPEAKER))
            if quote.cue:
                layers.append(Layer(q(quote.cue[0]), q(quote.cue[1]), f.cue, ORDER_CUE))
        return layers

    # -- lookups ---------------------------------------------------------------------

    def span_by_id(self, span_id: str) -> Span | None:
        return next((s for s in self.spans if s.id == span_id), None)

    def quote_by_id(self, quote_id: str) -> Quote | None:
        return next((x for x in self.quotes if x.id == quote_id), None)

    def item_at(self, index: int) -> Selection | None:
        """The span under a character (preferred), else the innermost quote."""
        spans = [s for s in self.spans if s.start <= index < s.end]
        if spans:
            live = [s for s in spans if s.status != "rejected"] or spans
            return Selection("span", live[0].id)
        quotes = sorted((x for x in self.quotes if x.start <= index < x.end), key=lambda x: x.end - x.start)
        return Selection("quote", quotes[0].id) if quotes else None

    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self.offsets.from_qt(cursor.selectionStart()), self.offsets.from_qt(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(self.offsets.to_qt(start))
        cursor.setPosition(self.offsets.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def clear_text_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def scroll_to(self, index: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(min(index, len(self.text))))
        keep = self.textCursor()
        self.setTextCursor(cursor)
        self.centerCursor()
        if keep.hasSelection():
            self.setTextCursor(keep)

    # -- input -----------------------------------------------------------------------

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        picked = self.selected_range()
        if picked and picked[1] > picked[0]:
            self.text_selected.emit(*picked)
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        self.clicked.emit(self.offsets.from_qt(position), event.modifiers())

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step.emit(1)
            return
        if event.key() == Qt.Key.Key_Backtab:
            self.step.emit(-1)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        return False  # Tab belongs to "next suggestion" here

    # -- the speaker link ----------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        sel = self.selection
        if self.formats is None or sel is None or sel.kind != "quote":
            return
        quote = self.quote_by_id(sel.id)
        if quote is None or not quote.speaker:
            return
        speaker_rect = self._rect_of(*quote.speaker)
        quote_rect = self._rect_of(quote.start, min(quote.start + 1, quote.end))
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.formats.scheme.speaker_colour).darker(160)
        painter.setPen(QPen(colour, 2))
        start = QPointF(speaker_rect.center().x(), speaker_rect.top())
        end = QPointF(quote_rect.left() + 2, quote_rect.top())
        lift = max(18.0, abs(start.x() - end.x()) / 6)
        path = QPainterPath(start)
        path.cubicTo(QPointF(start.x(), min(start.y(), end.y()) - lift),
                     QPointF(end.x(), min(start.y(), end.y()) - lift), end)
        painter.drawPath(path)
        painter.setBrush(colour)
        painter.drawEllipse(end, 3.5, 3.5)
        painter.end()

    def _rect_of(self, start: int, end: int):
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        first = self.cursorRect(cursor)
        cursor.setPosition(self.offsets.to_qt(end))
        last = self.cursorRect(cursor)
        if last.top() == first.top():
            return first.united(last)
        return first
