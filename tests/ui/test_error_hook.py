"""An error nobody caught on the GUI thread: one dialog, one sentence, and the app stays up."""

from __future__ import annotations

import sqlite3
import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from quotedesk.ui import error_hook
from ui_support import TEXT_2


def damage_second_article(project) -> None:
    """Bytes that are not UTF-8 in article "two"'s stored text, as a failing disc would leave them."""
    data = bytearray(project.read_bytes())
    word = "second article".encode()
    at = data.index(word)
    data[at:at + len(word)] = b"\xff" * len(word)
    project.write_bytes(bytes(data))


@pytest.fixture
def shown(monkeypatch):
    messages = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: messages.append(text))
    saved = sys.excepthook
    yield messages
    sys.excepthook = saved


@pytest.mark.qt_no_exception_capture
def test_a_damaged_article_shows_one_sentence_and_the_window_stays_usable(qtbot, project, settings, shown):
    from quotedesk.core.store import Store
    from quotedesk.ui.main_window import MainWindow

    assert TEXT_2.startswith("A second article")
    damage_second_article(project)
    store = Store(project)
    win = MainWindow(store, settings, auto_pretag=False)
    qtbot.addWidget(win)
    error_hook.install(lambda: win.store.path, lambda: win)
    win.show()
    win.open_article("one")
    try:  # what Qt does with an exception from a slot: hand it to sys.excepthook and go on
        win.open_article("two")
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        sys.excepthook(*sys.exc_info())
    assert len(shown) == 1
    assert shown[0].startswith(f"{project} is damaged and part of it cannot be read")
    win.open_article("one")  # the rest of the project still opens
    assert win.annotator.article.id == "one"
    assert win.isVisible()
    win.close()
    qtbot.wait(50)  # deferred repaints still read the store
    store.close()


def test_other_errors_say_the_saved_work_is_safe(shown):
    hook = error_hook.install(lambda: "p.qdesk")
    try:
        raise ValueError("boom")
    except ValueError:
        hook(*sys.exc_info())
    assert shown == ["Something unexpected went wrong (ValueError: boom). Every edit made so far is saved "
                     "in the project file; the details were written to the terminal."]


def test_an_error_while_the_dialog_is_up_is_not_stacked(shown):
    hook = error_hook.ErrorHook(lambda: "p.qdesk", lambda text: (shown.append(text), hook(*inner)))
    try:
        raise RuntimeError("second")
    except RuntimeError:
        inner = sys.exc_info()
    try:
        raise RuntimeError("first")
    except RuntimeError:
        hook(*sys.exc_info())
    assert len(shown) == 1 and "first" in shown[0]


@pytest.mark.qt_no_exception_capture
def test_an_error_while_painting_the_article_reaches_the_hook_and_the_view_paints_again(qtbot, window, shown,
                                                                                        monkeypatch):
    from quotedesk.ui.article_view import ArticleView

    error_hook.install(lambda: window.store.path, lambda: window)
    view = window.annotator.view
    real = ArticleView._paint_quote_bars
    failures = []

    def failing_once(self, painter):
        if not failures:
            failures.append(1)
            raise RuntimeError("paint")
        return real(self, painter)

    monkeypatch.setattr(ArticleView, "_paint_quote_bars", failing_once)
    view.viewport().update()  # painted from the event loop, as in the app
    qtbot.waitUntil(lambda: failures == [1] and len(shown) == 1)
    assert "RuntimeError" in shown[0] and "paint" in shown[0]
    image = view.viewport().grab()  # painting works again, with a fresh painter
    assert not image.isNull() and window.isVisible()
