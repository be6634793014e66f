"""The article list: status, suggestions left, a status filter and text search.

The model reads ids (ArticleIds) and summaries a page at a time around the
rows the view asks for, never the whole list, so a project of 100,000
articles opens and lists as quickly as a small one.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView,
                               QVBoxLayout, QWidget)

from ..core.store import ArticleSummary, Store
from .article_ids import ArticleIds

# Summaries read at once: about two screens of rows (each costs a count of its suggestions), so the
# first frame waits for the rows it shows, not for hundreds below them.
PAGE = 64
# Roles as the plain ints Qt passes; each painted cell is asked for seven, and the model answers four.
DISPLAY, ALIGNMENT, FOREGROUND, TOOLTIP, USER = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole))
ANSWERED = frozenset({DISPLAY, ALIGNMENT, FOREGROUND, TOOLTIP, USER})
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATUS_TEXT = {"new": "New", "in_progress": "In progress", "done": "Done"}
STATUS_COLOUR = {"new": QColor("#757575"), "in_progress": QColor("#ef6c00"), "done": QColor("#2e7d32")}
FILTERS = [("All articles", None), ("New", "new"), ("In progress", "in_progress"), ("Done", "done")]


class ArticleListModel(QAbstractTableModel):
    HEADERS = ["#", "Article", "Status", "Left"]

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.ids: ArticleIds | list[str] = []
        self._cache: dict[str, ArticleSummary] = {}
        self.status: str | None = None
        self.search: str | None = None

    def reload(self, status: str | None = None, search: str | None = None) -> None:
        self.beginResetModel()
        self.status, self.search = status, search or None
        self.ids = ArticleIds(self.store, status, self.search)
        self._cache.clear()
        self.endResetModel()

    def refresh(self, article_ids: list[str]) -> None:
        """Re-read the given articles' rows (after an edit)."""
        for article_id in article_ids:
            self._cache.pop(article_id, None)
            # A row never read is not on screen: nothing to repaint, and no query to find it.
            row = self.ids.cached_row(article_id) if isinstance(self.ids, ArticleIds) else -1
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))

    def refresh_all(self) -> None:
        self._cache.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.HEADERS) - 1))

    def summary(self, row: int) -> ArticleSummary | None:
        article_id = self.ids[row]
        if article_id not in self._cache:
            page = self.ids[max(0, row - PAGE // 4): row + PAGE]
            self._cache.update(self.store.summaries_for([i for i in page if i not in self._cache]))
        return self._cache.get(article_id)

    def row_of(self, article_id: str) -> int:
        if isinstance(self.ids, ArticleIds) and (row := self.ids.cached_row(article_id)) >= 0:
            return row
        try:
            return self.ids.index(article_id)
        except ValueError:
            return -1

    # -- Qt model API ---------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: QModelIndex, role=DISPLAY):
        # Painting asks every cell for fonts, icons, backgrounds...: those go back at once.
        if role not in ANSWERED or not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        column = index.column()
        if role == DISPLAY:
            if column == 0:
                return str(summary.position + 1)
            if column == 1:
                return summary.title or summary.id
            return STATUS_TEXT[summary.status] if column == 2 else str(summary.suggestions_left)
        if role == FOREGROUND:
            return STATUS_COLOUR[summary.status] if column == 2 else None
        if role == ALIGNMENT:
            return RIGHT if column in (0, 3) else None
        if role == TOOLTIP:
            return (f"{summary.id}\n{summary.spans} entity spans, {summary.quotes} quotes, "
                    f"{summary.suggestions_left} suggestions left")
        return summary.id  # USER


class ArticleList(QWidget):
    article_chosen = Signal(str)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.model = ArticleListModel(store, self)
        self.filter = QComboBox()
        for text, _ in FILTERS:
            self.filter.addItem(text)
        self.filter.setToolTip("Show articles by status")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search text…  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font, not ResizeToContents: that re-measures
        # every visible row after each edit (a row's counts change).
        metrics = self.table.fontMetrics()
        for column, sample in ((0, "00000"), (2, "In progress"), (3, "Left")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 16)
        self.table.verticalHeader().setDefaultSectionSize(24)
        top = QHBoxLayout()
        top.addWidget(self.filter)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self._quiet = False

    def apply_filter(self) -> None:
        current = self.current_id()
        self.model.reload(FILTERS[self.filter.currentIndex()][1], self.search.text().strip())
        if current:
            self.select(current, emit=False)

    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.ids[row] if 0 <= row < len(self.model.ids) else None

    def select(self, article_id: str, emit: bool = True) -> None:
        row = self.model.row_of(article_id)
        if row < 0:
            return
        self._quiet = not emit
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._quiet = False

    def neighbour(self, article_id: str, step: int) -> str | None:
        row = self.model.row_of(article_id)
        target = row + step
        if row < 0 or not 0 <= target < len(self.model.ids):
            return None
        return self.model.ids[target]

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.article_chosen.emit(self.model.ids[current.row()])
