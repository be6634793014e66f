"""The article text with its annotations: highlights, quote bars, the speaker link, mouse input."""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from ..core.model import Quote, Span
from .highlighter import (GROUP_CUE, GROUP_ENTITY, GROUP_QUOTE, GROUP_QUOTE_TINT, GROUP_SPEAKER, BlockFormatter,
                          Layer)
from .offsets import OffsetMap
from .span_index import RangeIndex
from .theme import REJECTED, STATUS_RANK, Formats

SELECTED_RANK = 9
# Reads an article's spans and quotes starting in [start, before) (before None: to the end).
Rows = Callable[[int, "int | None"], "tuple[list[Span], list[Quote]]"]
BAR_X, BAR_WIDTH = 5.0, 4.0  # the quote bar in the left margin
BAR_PIECE = 64  # rows per fill of a quote bar (see _fill_tall)


def _fill_tall(painter: QPainter, x: float, top: float, width: float, height: float, colour: QColor) -> None:
    """Fill a narrow, tall rectangle in pieces of at most BAR_PIECE rows, cut at whole pixels
    (the look of one fill, to a unit of rounding at an edge). Qt's raster engine hands a fill of
    more than about 96 rows to its thread pool; for a bar four pixels wide that costs several
    times the fill itself (three bars: 0.16 -> 0.02 ms).

    The pieces are drawn with the brush and no pen (the caller's pen): the same pixels as
    fillRect, without resolving fillRect's overloads, whose first call builds QGradient's 180
    presets in Python (a few ms before the window's first frame)."""
    painter.setBrush(colour)
    y, bottom = top, top + height
    while bottom - y > BAR_PIECE:
        cut = math.floor(y) + BAR_PIECE
        painter.drawRect(QRectF(x, y, width, cut - y))
        y = cut
    painter.drawRect(QRectF(x, y, width, bottom - y))


@dataclass(frozen=True)
class Selection:
    kind: str  # "span" | "quote"
    id: str


class ArticleView(QPlainTextEdit):
    clicked = Signal(int, object)  # Python index, keyboard modifiers
    text_selected = Signal(int, int)  # Python start, end of a mouse selection
    step = Signal(int)  # Tab (+1) / Shift+Tab (-1)
    context_requested = Signal(int, object)  # Python index, global position

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda point: self.context_requested.emit(self.index_at(point), self.viewport().mapToGlobal(point)))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5) + 1.5)
        self.setFont(font)
        self.document().setDocumentMargin(18)
        self.formatter = BlockFormatter(self.document())
        self.formats: Formats | None = None
        self.text = ""
        self.offsets = OffsetMap("")
        # The annotations starting before _held_to (None: all of them). The first paint needs only
        # those of the first screen; the rest is read a moment later, or as soon as anything asks.
        self._spans: RangeIndex[Span] = RangeIndex()
        self._quotes: RangeIndex[Quote] = RangeIndex()
        self._held_to: int | None = None
        self._read: Rows | None = None
        self.selection: Selection | None = None
        self._visible = (0, 0)  # the Python range painted last
        self._shown: list = []  # (block, top y) of the blocks painted last
        self._shown_starts: list[int] = []
        self._shown_state: tuple[int, int, int] | None = None  # scroll value and viewport size then
        self._bar_colours: dict = {}
        self._bars: list[tuple[float, float, float, float, QColor]] = []  # placed by the paint in progress
        self._looks: dict = {}
        self._shift_click = False

    # -- content -----------------------------------------------------------------

    def show_article(self, text: str, spans: list[Span], quotes: list[Quote], formats: Formats,
                     selection: Selection | None = None, *, held_to: int | None = None,
                     read: Rows | None = None) -> None:
        """Show a text with its annotations: all of them, or (given held_to and read) those
        starting before held_to, `read` giving the others when they are needed."""
        self.formats = formats
        self.text = text
        self.offsets = OffsetMap(text)
        self._spans, self._quotes, self.selection = RangeIndex(spans), RangeIndex(quotes), selection
        self._held_to, self._read = (held_to, read) if read is not None and held_to is not None else (None, None)
        self.formatter.reset(self.offsets, self._layers)
        self._shown, self._shown_starts, self._visible, self._shown_state = [], [], (0, 0), None
        self.setPlainText(text)  # nothing is formatted until a block is about to be painted
        # A text that needs the scroll bar the last one did not (or the other way round) changes the
        # viewport's width; Qt shows or hides the bar from a queued call, after the first paint, which
        # then lays out and paints the text at the wrong width only to do it all again. Taken now.
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)

    # -- annotations held ----------------------------------------------------------

    @property
    def spans(self) -> RangeIndex[Span]:
        """Every span of the article."""
        self.hold_all()
        return self._spans

    @property
    def quotes(self) -> RangeIndex[Quote]:
        """Every quote of the article."""
        self.hold_all()
        return self._quotes

    def screen_end(self, text: str, start: int = 0) -> int:
        """A generous guess at where a screenful of `text` shown from `start` ends (a Python index).

        Each paragraph takes whole lines of the view's width, and a line is taken to hold a quarter
        more characters than the font's average width gives (lines of narrow characters hold more):
        the guess errs long, and a short one only costs the paint one more read."""
        metrics = self.fontMetrics()
        viewport = self.viewport()
        width = viewport.width() - 2 * self.document().documentMargin()
        per_line = max(1, int(width * 1.25) // max(1, metrics.averageCharWidth()))
        lines = viewport.height() // max(1, metrics.lineSpacing()) + 1
        end, length = start, len(text)
        while end < length:
            stop = text.find("\n", end)
            if stop < 0:
                stop = length
            needs = (stop - end) // per_line + 1
            if needs >= lines:  # this paragraph reaches the bottom of the screen
                return min(length, end + lines * per_line)
            lines -= needs
            end = stop + 1
        return length

    def _hold(self, upto: int) -> None:
        """Make sure every annotation starting before `upto` is held (for painting)."""
        held = self._held_to
        if held is None or upto <= held:
            return
        before = self.screen_end(self.text, upto)
        if before >= len(self.text):
            self.hold_all()
            return
        spans, quotes = self._read(held, before)
        self._spans.extend(spans)
        self._quotes.extend(quotes)
        self._held_to = before

    def hold_all(self) -> None:
        """Read every annotation of the article, if only some are held; blocks painted from rows
        that have changed meanwhile are refreshed."""
        held, read = self._held_to, self._read
        if held is None:
            return
        self._held_to = self._read = None
        spans, quotes = read(0, None)
        dirty = []
        for old_index, rows in ((self._spans, spans), (self._quotes, quotes)):
            new_index = RangeIndex(rows)
            for item in old_index:
                new = new_index.get(item.id)
                if new != item:
                    dirty += self._extents(item) + self._extents(new)
            for item in new_index.overlapping(0, held):
                if item.start < held and item.id not in old_index:
                    dirty += self._extents(item)
            if old_index is self._spans:
                self._spans = new_index
            else:
                self._quotes = new_index
        if dirty:
            self.refresh(dirty)

    def put_rows(self, spans: dict[str, Span | None], quotes: dict[str, Quote | None],
                 selection: Selection | None) -> None:
        """Take changed rows (None: gone) and a new selection; re-format only the blocks they touch."""
        dirty = self.extents_of(self.selection)
        for index, rows in ((self.spans, spans), (self.quotes, quotes)):
            for item_id, row in rows.items():
                old = index.remove(item_id) if row is None else index.put(row)
                dirty += self._extents(old) + self._extents(row)
        self.selection = selection
        dirty += self.extents_of(selection)
        self.refresh(dirty)

    def set_selection(self, selection: Selection | None) -> None:
        dirty = self.extents_of(self.selection) + self.extents_of(selection)
        self.selection = selection
        self.refresh(dirty)

    def refresh(self, extents: list[tuple[int, int]]) -> None:
        """Mark the blocks over these Python ranges out of date; the next paint formats those it
        shows (once, however many changes touched them), the rest wait until scrolled into view."""
        for start, end in set(extents):  # an edit names the same extent several times
            self.formatter.stale_blocks(start, end)
        self.viewport().update()

    @staticmethod
    def _extents(item: Span | Quote | None) -> list[tuple[int, int]]:
        if item is None:
            return []
        found = [(item.start, item.end)]
        if isinstance(item, Quote):
            found += [extent for extent in (item.speaker, item.cue) if extent]
        return found

    def extents_of(self, selection: Selection | None) -> list[tuple[int, int]]:
        """What a selection paints: the item, and a quote's speaker and cue."""
        if selection is None:
            return []
        index = self.spans if selection.kind == "span" else self.quotes
        return self._extents(index.get(selection.id))

    def _layers(self, lo: int, hi: int) -> list[Layer]:
        """Everything drawn over the Python range [lo, hi), for the block formatter."""
        f = self.formats
        if f is None:
            return []
        if self._held_to is not None:
            self._hold(hi)
        looks = self._looks
        if looks.get(None) is not f:
            looks.clear()
            looks[None] = f
        # Plain tuples in Layer's field order (a paint makes hundreds); quotes, then spans, each in
        # text order: a paragraph with no quote gets its spans side by side, ready as they are.
        layers = []
        append = layers.append
        for quote in self._quotes.overlapping(lo, hi):
            # ("quote", kind, status) -> (group, rank, format): a dict hit per item.
            key = ("quote", quote.kind, quote.status)
            found = looks.get(key)
            if found is None:
                found = looks[key] = (GROUP_QUOTE, STATUS_RANK[quote.status], f.quote(quote.kind, quote.status))
            append((quote.start, quote.end) + found)
        for span in self._spans.overlapping(lo, hi):
            key = (span.label, span.status)
            found = looks.get(key)
            if found is None:
                found = looks[key] = (GROUP_ENTITY, STATUS_RANK[span.status], f.entity(span.label, span.status))
            append((span.start, span.end) + found)
        sel = self.selection
        if sel is None:
            return layers
        chosen = []
        if sel.kind == "span" and (span := self.spans.get(sel.id)):
            chosen.append(Layer(span.start, span.end, GROUP_ENTITY, SELECTED_RANK, f.selected_entity(span.label)))
        if sel.kind == "quote" and (picked := self.quotes.get(sel.id)):
            chosen.append(Layer(picked.start, picked.end, GROUP_QUOTE_TINT, SELECTED_RANK, f.selected_quote(picked.kind)))
            if picked.speaker:
                chosen.append(Layer(*picked.speaker, GROUP_SPEAKER, SELECTED_RANK, f.speaker))
            if picked.cue:
                chosen.append(Layer(*picked.cue, GROUP_CUE, SELECTED_RANK, f.cue))
        return layers + [layer for layer in chosen if layer.end > lo and layer.start < hi]

    # -- lookups ---------------------------------------------------------------------

    def span_by_id(self, span_id: str) -> Span | None:
        return self.spans.get(span_id)

    def quote_by_id(self, quote_id: str) -> Quote | None:
        return self.quotes.get(quote_id)

    def item_at(self, index: int) -> Selection | None:
        """The span under a character (a live one first), else the shortest quote."""
        spans = sorted(self.spans.containing(index), key=lambda s: -STATUS_RANK[s.status])
        if spans:
            return Selection("span", spans[0].id)
        quotes = sorted(self.quotes.containing(index), key=lambda x: (-STATUS_RANK[x.status], x.end - x.start))
        return Selection("quote", quotes[0].id) if quotes else None

    def index_at(self, point) -> int:
        return self.offsets.from_qt(self.cursorForPosition(point).position())

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
        if cursor.hasSelection():
            cursor.clearSelection()
            self.setTextCursor(cursor)

    def scroll_to(self, index: int) -> None:
        """Bring a Python index into view (centred) unless it is already well inside it."""
        lo, hi = self._visible
        if lo < index < hi and hi > lo:
            extent = self._line_extent(index)
            if extent is not None:
                top, bottom = extent
                if 0 <= top and bottom <= self.viewport().height() - (bottom - top):
                    return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(min(index, len(self.text))))
        keep = self.textCursor()
        self.setTextCursor(cursor)
        self.centerCursor()
        if keep.hasSelection():
            self.setTextCursor(keep)

    def _view_state(self) -> tuple[int, int, int]:
        viewport = self.viewport()
        return self.verticalScrollBar().value(), viewport.width(), viewport.height()

    def _line_extent(self, index: int) -> tuple[float, float] | None:
        """The top and bottom of the line holding a Python index, in viewport pixels: from the blocks
        the last paint laid out while the view has neither scrolled nor changed size since (the same
        figures as cursorRect, without a cursor and a layout lookup per call), else from cursorRect."""
        if self._shown_state == self._view_state():
            top = self._line_y(index, bottom=False)
            if top is not None:
                return top, self._line_y(index, bottom=True)
        rect = self._rect_of(index, index)
        return None if rect is None else (rect.top(), rect.bottom())

    # -- painting ---------------------------------------------------------------------

    def format_visible(self, painted: QRectF | None = None) -> None:
        """Format every block that the viewport shows and that is not up to date.

        Formats go on a block before it is measured, so each block is laid out once, with its
        formats, when it is measured here (the paint that follows reuses that layout). Tops are
        summed block by block, as QPlainTextEdit's own paint does. A block formatted here whose
        part in the viewport this paint does not cover (`painted`, None: all of it) is scheduled
        for repainting (the part of the last block below the viewport is never painted)."""
        block = self.firstVisibleBlock()
        y = self.contentOffset().y()
        viewport = self.viewport()
        height = viewport.height()
        measure = self.document().documentLayout().blockBoundingRect
        formatter = self.formatter
        shown = []
        while block.isValid() and y <= height:
            formatted = not formatter.is_fresh(block)
            if formatted:
                formatter.format_block(block)
            rect = measure(block)
            shown.append((block, y))
            if formatted and painted is not None:
                rect.moveTop(y)
                if not painted.contains(rect):
                    seen = rect.intersected(QRectF(viewport.rect()))
                    if not painted.contains(seen):
                        viewport.update(seen.toAlignedRect())
            y += rect.height()
            block = block.next()
        self._shown = shown
        self._shown_starts = [block.position() for block, _ in shown]
        self._shown_state = self._view_state()
        if shown:
            self._visible = (formatter.python_range(shown[0][0])[0], formatter.python_range(shown[-1][0])[1])

    def paintEvent(self, event) -> None:
        self.format_visible(QRectF(event.rect()))
        # The bars are placed now, from the lines just laid out: Qt's paint drops each block's shaped
        # text once it has drawn it, and asking where a line is after that itemizes the block again.
        self._bars = self._quote_bars() if self.formats is not None else []
        super().paintEvent(event)
        if self.formats is None:
            return
        painter = QPainter(self.viewport())
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._paint_quote_bars(painter)
            self._paint_speaker_link(painter)
        finally:
            # A painter left active past paintEvent takes the process down inside Qt; an error here must
            # reach the error hook as an exception, not as a crash.
            painter.end()

    def _quote_bars(self) -> list[tuple[float, float, float, float, QColor]]:
        """A bar in the left margin beside each quote shown, as (x, top, width, height, colour):
        quotes read apart from entities at a glance."""
        lo, hi = self._visible
        self._hold(hi + 1)
        sel = self.selection
        chosen = sel.id if sel is not None and sel.kind == "quote" else None
        bars = []
        for quote in self._quotes.overlapping(lo, hi + 1):
            top = self._line_y(quote.start, bottom=False) if quote.start >= lo else 0.0
            end = self._line_y(quote.end, bottom=True) if quote.end <= hi else float(self.viewport().height())
            if top is None or end is None:
                continue
            selected = quote.id == chosen
            colour = self._bar_colour(quote.kind, quote.status, selected)
            width = BAR_WIDTH + (2 if selected else 0)
            bars.append((BAR_X - (1 if selected else 0), top + 1, width, max(2.0, end - top - 2), colour))
        return bars

    def _paint_quote_bars(self, painter: QPainter) -> None:
        """The bars this paint placed (_quote_bars)."""
        painter.setPen(Qt.PenStyle.NoPen)
        for x, top, width, height, colour in self._bars:
            _fill_tall(painter, x, top, width, height, colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)  # the speaker link's curve is drawn unfilled

    def _bar_colour(self, kind: str, status: str, selected: bool) -> QColor:
        """A bar's colour by look, made once per look (and set of formats)."""
        cache = self._bar_colours
        if cache.get("formats") is not self.formats:
            cache.clear()
            cache["formats"] = self.formats
        key = (kind, status, selected)
        colour = cache.get(key)
        if colour is None:
            colour = QColor(REJECTED if status == "rejected" else self.formats.quote_colour(kind))
            if status == "suggested" and not selected:
                colour.setAlpha(120)
            cache[key] = colour
        return colour

    def _line_y(self, index: int, bottom: bool) -> float | None:
        """The top (or bottom) of the painted line holding a Python index, from the blocks just laid out."""
        position = self.offsets.to_qt(index)
        at = bisect.bisect_right(self._shown_starts, position) - 1
        if at < 0:
            return None
        block, top = self._shown[at]
        if position > block.position() + block.length() - 1:
            return None
        line = block.layout().lineForTextPosition(position - block.position())
        if not line.isValid():
            return None
        return top + line.y() + (line.height() if bottom else 0.0)

    def _paint_speaker_link(self, painter: QPainter) -> None:
        sel = self.selection
        if sel is None or sel.kind != "quote":
            return
        quote = self.quotes.get(sel.id)
        if quote is None or not quote.speaker:
            return
        speaker_rect = self._rect_of(*quote.speaker)
        quote_rect = self._rect_of(quote.start, min(quote.start + 1, quote.end))
        if speaker_rect is None or quote_rect is None:
            return
        colour = QColor(self.formats.scheme.speaker_colour)
        colour = colour.darker(160) if not self.formats.dark else colour
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
        painter.drawEllipse(start, 2.5, 2.5)

    def _rect_of(self, start: int, end: int) -> QRectF | None:
        if not 0 <= start <= len(self.text):
            return None
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.offsets.to_qt(start))
        first = QRectF(self.cursorRect(cursor))
        cursor.setPosition(self.offsets.to_qt(min(end, len(self.text))))
        last = QRectF(self.cursorRect(cursor))
        if last.top() == first.top():
            return first.united(last)
        return first

    # -- input -----------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        # Shift+click resizes the selected span (not Qt's "extend the text selection").
        self._shift_click = (event.button() == Qt.MouseButton.LeftButton
                             and bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        if not self._shift_click:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._shift_click:
            self._shift_click = False
            self.clicked.emit(self.index_at(event.position().toPoint()), event.modifiers())
            return
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        picked = self.selected_range()
        if picked and picked[1] > picked[0]:
            self.text_selected.emit(*picked)
            return
        self.clicked.emit(self.index_at(event.position().toPoint()), event.modifiers())

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
