"""Bringing a place into view: a place already well inside the viewport leaves it where it is, other
places are centred; the lines' geometry comes from the last paint while the view has not moved."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from quotedesk.core.labels import LabelScheme
from quotedesk.ui.article_view import ArticleView
from quotedesk.ui.theme import Formats

TEXT = "".join(f"Paragraph {n}: the minister said the talks in Seoul went well, and nobody disagreed.\n"
               for n in range(120))


def painted_view(qtbot) -> ArticleView:
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show_article(TEXT, [], [], Formats(LabelScheme.default()))
    with qtbot.waitExposed(view):
        view.show()
    view.viewport().repaint()
    assert view._visible[1] > 0  # painted
    return view


def cursor_extent(view: ArticleView, index: int) -> tuple[float, float]:
    rect = view._rect_of(index, index)
    return rect.top(), rect.bottom()


def test_the_painted_lines_give_the_figures_the_cursor_gives(qtbot):
    view = painted_view(qtbot)
    for scroll in (0, 7, 31):
        view.verticalScrollBar().setValue(scroll)
        view.viewport().repaint()
        lo, hi = view._visible
        assert hi > lo
        for index in range(lo + 1, hi):
            assert view._line_extent(index) == cursor_extent(view, index)


def test_after_scrolling_without_a_paint_the_cursor_is_asked(qtbot):
    view = painted_view(qtbot)
    index = view._visible[0] + 10
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 3)  # not painted yet
    assert view._line_extent(index) == cursor_extent(view, index)
    assert view._line_extent(index)[0] < 0  # it moved above the viewport: the old figures would say it shows


def test_a_place_well_inside_stays_put_and_one_outside_is_centred(qtbot):
    view = painted_view(qtbot)
    view.verticalScrollBar().setValue(10)
    view.viewport().repaint()
    inside = view._visible[0] + 200
    view.scroll_to(inside)
    assert view.verticalScrollBar().value() == 10
    far = TEXT.index("Paragraph 80:")
    view.scroll_to(far)
    QApplication.processEvents()
    view.viewport().repaint()
    lo, hi = view._visible
    assert lo < far < hi
    top, bottom = view._line_extent(far)
    middle = view.viewport().height() / 2
    assert top <= middle + (bottom - top) and bottom >= middle - (bottom - top)  # centred
