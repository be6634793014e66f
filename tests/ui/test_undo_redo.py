"""Every analyst action in the window: undo returns the exact rows, redo the exact result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from quotedesk.ui.article_view import Selection
from quotedesk.ui.dialogs import EntityChoice

from ui_support import TEXT_1

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def snapshot(store):
    return {t: store.rows(f"SELECT * FROM {t} ORDER BY 1") for t in ("articles", "spans", "quotes", "entities")}


def accept(w, qtbot):
    w.annotator.select(Selection("span", "s-kim"))
    qtbot.keyClick(w.view, Qt.Key.Key_Return)


def reject_quote(w, qtbot):
    w.annotator.select(Selection("quote", "q-1"))
    qtbot.keyClick(w.view, Qt.Key.Key_Delete)


def relabel(w, qtbot):
    w.annotator.select(Selection("span", "s-pyo"))
    qtbot.keyClick(w.view, Qt.Key.Key_5)


def create_span(w, qtbot):
    start = TEXT_1.index("Tuesday")
    w.view.text_selected.emit(start, start + 7)
    qtbot.keyClick(w.view, Qt.Key.Key_9)


def resize_span(w, qtbot):
    w.annotator.select(Selection("span", "s-vp"))
    qtbot.keyClick(w.view, Qt.Key.Key_Right, ALT)


def create_quote_and_link(w, qtbot):
    start = TEXT_1.index("the talks")
    w.view.text_selected.emit(start, start + 19)
    qtbot.keyClick(w.view, Qt.Key.Key_Q)
    qtbot.keyClick(w.view, Qt.Key.Key_S)
    w.annotator.click(TEXT_1.index("Kim Jong") + 1, Qt.KeyboardModifier.NoModifier)


def merge(w, qtbot):
    target = w.store.entity_by_name("Vladimir Putin").id
    w.annotator.ask_entity = lambda *_: EntityChoice(target)
    w.annotator.select(Selection("span", "s-putin"))
    qtbot.keyClick(w.view, Qt.Key.Key_M)


def new_speaker_entity(w, qtbot):
    w.annotator.ask_entity = lambda *_: EntityChoice(None, "Putin's office", "ORG")
    w.annotator.select(Selection("quote", "q-1"))
    qtbot.keyClick(w.view, Qt.Key.Key_E)


def accept_all_and_done(w, qtbot):
    qtbot.keyClick(w.view, Qt.Key.Key_A, CTRL | SHIFT)
    qtbot.keyClick(w.view, Qt.Key.Key_Return, CTRL)


ACTIONS = [accept, reject_quote, relabel, create_span, resize_span, create_quote_and_link, merge,
           new_speaker_entity, accept_all_and_done]


@pytest.mark.parametrize("action", ACTIONS, ids=[a.__name__ for a in ACTIONS])
def test_undo_all_and_redo_all_restore_exact_rows(window, qtbot, action):
    before = snapshot(window.store)
    action(window, qtbot)
    after = snapshot(window.store)
    steps = window.runner.stack.count()
    assert after != before and steps >= 1
    window.view.setFocus()
    for _ in range(steps):
        qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL)
    assert snapshot(window.store) == before
    for _ in range(steps):
        qtbot.keyClick(window.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert snapshot(window.store) == after
