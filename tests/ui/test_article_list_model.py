"""The article list's model: what each column shows, and how much it reads for the rows on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from quotedesk.core.model import Article, Span
from quotedesk.core.store import Store
from quotedesk.ui import article_list
from quotedesk.ui.article_list import ArticleListModel


def make_store(path, count: int) -> Store:
    store = Store(path)
    items = []
    for n in range(count):
        text = f"Article {n}: Kim met Moon in Seoul.\n"
        spans = [Span(article_id="", start=text.index("Kim"), end=text.index("Kim") + 3, label="PERSON"),
                 Span(article_id="", start=text.index("Seoul"), end=text.index("Seoul") + 5, label="GPE",
                      status="accepted")]
        items.append((Article(id=f"a{n:03d}", text=text, title=f"Title {n}" if n % 2 else None), spans, [], {}))
    store.import_articles(items)
    return store


def test_each_column_and_role(tmp_path):
    store = make_store(tmp_path / "p.qdesk", 3)
    model = ArticleListModel(store)
    model.reload()
    row = model.row_of("a001")
    cell = [model.index(row, column) for column in range(4)]
    assert [model.data(index) for index in cell] == [str(row + 1), "Title 1", "New", "1"]
    assert model.data(model.index(model.row_of("a000"), 1)) == "a000"  # no title: the id
    assert model.data(cell[2], Qt.ItemDataRole.ForegroundRole) == article_list.STATUS_COLOUR["new"]
    assert model.data(cell[1], Qt.ItemDataRole.ForegroundRole) is None
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert [model.data(index, Qt.ItemDataRole.TextAlignmentRole) for index in cell] == [right, None, None, right]
    assert model.data(cell[3], Qt.ItemDataRole.ToolTipRole) == "a001\n2 entity spans, 0 quotes, 1 suggestions left"
    assert model.data(cell[0], Qt.ItemDataRole.UserRole) == "a001"
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.BackgroundRole,
                 Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.EditRole):
        assert model.data(cell[1], role) is None
    assert model.data(model.index(-1, 0)) is None
    store.close()


def test_a_row_reads_the_summaries_of_the_rows_near_it_only(tmp_path, monkeypatch):
    store = make_store(tmp_path / "p.qdesk", 300)
    read: list[list[str]] = []
    summaries_for = store.summaries_for
    monkeypatch.setattr(store, "summaries_for", lambda ids: read.append(ids) or summaries_for(ids))
    model = ArticleListModel(store)
    model.reload()
    for row in range(40):  # a screenful
        assert model.data(model.index(row, 0)) == str(row + 1)
    assert len(read) == 1 and len(read[0]) == article_list.PAGE < 300
    model.data(model.index(250, 0))  # scrolled far down: the rows around it
    assert len(read) == 2 and "a250" in read[1] and "a000" not in read[1]
    store.close()
