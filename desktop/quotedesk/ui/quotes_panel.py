"""The article's quotes with speaker and status; picking one scrolls the text to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from ..core.model import Quote
from .theme import Formats

STATUS_MARK = {"suggested": "?", "accepted": "✓", "rejected": "✗"}


def confidence_colour(confidence: float) -> QColor:
    """Red for doubtful suggestions, amber in between, green for confident ones."""
    if confidence < 0.5:
        return QColor("#c62828")
    if confidence < 0.75:
        return QColor("#ef6c00")
    return QColor("#2e7d32")


class QuoteItem(QTreeWidgetItem):
    """Sorts numerically on confidence and by position in the text on the quote column."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 1
        if column == 4:
            return float(self.text(4) or 2) < float(other.text(4) or 2)
        if column in (-1, 0, 1):  # -1: the user has not sorted; keep text order
            return (self.data(1, Qt.ItemDataRole.UserRole) or 0) < (other.data(1, Qt.ItemDataRole.UserRole) or 0)
        return super().__lt__(other)


class QuotesPanel(QTreeWidget):
    quote_chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHeaderLabels(["", "Quote", "Kind", "Speaker", "Conf."])
        self.headerItem().setToolTip(4, "How sure the pretagger is (suggestions); sort to review the doubtful first")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Picking a quote here must leave the keyboard in the article text,
        # where Enter, Delete, K and S act on it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Speakers' names can be long: a fixed share, elided, so the quote itself stays readable.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 110)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # text order until the user sorts
        self.itemClicked.connect(lambda item, _c: self.quote_chosen.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self._quiet = False

    def show_quotes(self, quotes: list[Quote], text: str, entity_names: dict[int, str | None], formats: Formats) -> None:
        self.setSortingEnabled(False)  # add in text order; the user's sort (if any) is applied after
        self.clear()
        items = []
        for quote in quotes:
            speaker = entity_names.get(quote.speaker_entity_id) if quote.speaker_entity_id else None
            if speaker is None and quote.speaker_start is not None:
                speaker = text[quote.speaker_start:quote.speaker_end]
            snippet = " ".join(text[quote.start:quote.end].split())
            confidence = "" if quote.confidence is None else f"{quote.confidence:.2f}"
            item = QuoteItem([STATUS_MARK[quote.status], snippet[:120], quote.kind, speaker or "— no speaker", confidence])
            item.setData(0, Qt.ItemDataRole.UserRole, quote.id)
            item.setData(1, Qt.ItemDataRole.UserRole, quote.start)
            if quote.confidence is not None and quote.status == "suggested":
                item.setForeground(4, confidence_colour(quote.confidence))
            item.setToolTip(1, snippet)
            item.setToolTip(3, speaker or "")
            item.setForeground(2, formats.quote_colour(quote.kind))
            if quote.status == "rejected":
                for column in range(5):
                    item.setForeground(column, QColor("#9e9e9e"))
            items.append(item)
        self.addTopLevelItems(items)
        self.setSortingEnabled(True)

    def select_quote(self, quote_id: str | None) -> None:
        current = self.currentItem()
        if current is not None and current.isSelected() and current.data(0, Qt.ItemDataRole.UserRole) == quote_id:
            return
        if quote_id is not None:
            for i in range(self.topLevelItemCount()):
                item = self.topLevelItem(i)
                if item.data(0, Qt.ItemDataRole.UserRole) == quote_id:
                    self.setCurrentItem(item)
                    return
        if self.selectedItems():
            self.clearSelection()
