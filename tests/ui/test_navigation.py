"""Tab and Shift+Tab walk the undecided suggestions in text order, and the mouse selects and resizes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from quotedesk.ui.article_view import Selection

from ui_support import TEXT_1

NONE = Qt.KeyboardModifier.NoModifier


def tab_order(window, qtbot, key, modifiers=NONE, steps=8):
    seen = []
    for _ in range(steps):
        qtbot.keyClick(window.view, key, modifiers)
        seen.append(window.annotator.selection)
    return seen


def test_tab_visits_spans_before_the_quote_at_the_same_place_and_wraps(window, qtbot):
    # In text order: s-vp, s-kim, s-pyo, then the quote q-1 (it starts before s-putin), then s-putin.
    expected = [Selection("span", "s-vp"), Selection("span", "s-kim"), Selection("span", "s-pyo"),
                Selection("quote", "q-1"), Selection("span", "s-putin")]
    assert tab_order(window, qtbot, Qt.Key.Key_Tab, steps=7) == expected + expected[:2]
    window.annotator.select(None)
    backwards = tab_order(window, qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier, steps=6)
    assert backwards == list(reversed(expected)) + [expected[-1]]


def test_tab_skips_what_is_decided_and_says_when_nothing_is_left(window, qtbot, rows):
    window.annotator.select(Selection("span", "s-kim"))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)  # accept s-kim: Tab moved on to s-pyo
    assert window.annotator.selection == Selection("span", "s-pyo")
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)  # reject s-pyo: on to the quote
    assert window.annotator.selection == Selection("quote", "q-1")
    assert [rows.span("s-kim").status, rows.span("s-pyo").status] == ["accepted", "rejected"]
    order = tab_order(window, qtbot, Qt.Key.Key_Tab, steps=3)
    assert order == [Selection("span", "s-putin"), Selection("span", "s-vp"), Selection("quote", "q-1")]
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    assert "No suggestions left" in window.statusBar().currentMessage()


def _mouse(widget, kind, point, buttons, modifiers=NONE):
    button = Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, QPointF(point), widget.mapToGlobal(QPointF(point)), button, buttons, modifiers)
    QApplication.sendEvent(widget, event)


def point_of(window, index):
    cursor = QTextCursor(window.view.document())
    cursor.setPosition(window.view.offsets.to_qt(index))
    return window.view.cursorRect(cursor).center()


def drag(window, start, end):
    viewport = window.view.viewport()
    held = Qt.MouseButton.LeftButton
    _mouse(viewport, QEvent.Type.MouseButtonPress, point_of(window, start), held)
    _mouse(viewport, QEvent.Type.MouseMove, point_of(window, end), held)
    _mouse(viewport, QEvent.Type.MouseButtonRelease, point_of(window, end), Qt.MouseButton.NoButton)


def test_a_mouse_drag_snaps_to_words_and_a_digit_makes_it_a_span(window, qtbot, rows):
    start = TEXT_1.index("Tuesday") + 2
    drag(window, start, start + 4)  # "esda": inside the word
    assert window.annotator.pending == (TEXT_1.index("Tuesday"), TEXT_1.index("Tuesday") + 7)
    qtbot.keyClick(window.view, Qt.Key.Key_7)  # EVENT
    [added] = [s for s in rows.spans() if s.origin == "analyst"]
    assert (TEXT_1[added.start:added.end], added.label, added.status) == ("Tuesday", "EVENT", "accepted")


def test_shift_click_moves_the_nearer_edge_of_the_selected_span(window, qtbot, rows):
    window.annotator.select(Selection("span", "s-kim"))
    target = TEXT_1.index("Tuesday") + 3
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     point_of(window, target))
    [copy] = [s for s in rows.spans() if s.origin == "analyst"]
    assert TEXT_1[copy.start:copy.end] == "Kim Jong Un on Tuesday"
    assert rows.span("s-kim").status == "rejected"  # the model's suggestion stays, as evidence
    assert window.annotator.selection == Selection("span", copy.id)


def test_clicking_a_quote_in_the_panel_scrolls_the_text_to_it(qtbot, tmp_path, settings):
    from PySide6.QtTest import QTest

    from quotedesk.core.model import Article, Quote
    from quotedesk.core.store import Store
    from quotedesk.ui.main_window import MainWindow

    paragraph = "Officials met in Seoul on Monday to talk about trade.\n"
    text = paragraph * 200
    start = 150 * len(paragraph)
    store = Store(tmp_path / "scroll.qdesk")
    store.import_articles([(Article(id="a", text=text),
                            [], [Quote(article_id="", start=start, end=start + 20, kind="indirect", id="q-far")], {})])
    window = MainWindow(store, settings, auto_pretag=False)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    window.view.viewport().grab()
    assert window.view.verticalScrollBar().value() == 0
    panel = window.quotes_panel
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(panel.topLevelItem(0)).center())
    assert window.annotator.selection == Selection("quote", "q-far")
    window.view.viewport().grab()
    low, high = window.view._visible
    assert low <= start < high
    window.close()
    store.close()
