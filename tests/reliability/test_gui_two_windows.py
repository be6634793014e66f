"""Two app windows (two Stores, as two running copies of the app have) on one project file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, Qt  # noqa: E402

from quotedesk.core.model import Article, Span  # noqa: E402
from quotedesk.core.store import Store  # noqa: E402
from quotedesk.ui.article_view import Selection  # noqa: E402

pytestmark = pytest.mark.gui

TEXT = "Vladimir Putin met Kim Jong Un in Pyongyang on Tuesday.\n"
UNDO = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "shared.qdesk"
    kim = TEXT.index("Kim")
    with Store(path) as store:
        store.import_articles([(Article(id="a", text=TEXT),
                                [Span(article_id="", start=0, end=14, label="PERSON", id="s-putin"),
                                 Span(article_id="", start=kim, end=kim + 11, label="PERSON", id="s-kim")], [], {})])
    return path


def open_window(qtbot, path, settings_dir):
    from quotedesk.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    prefs = QSettings(str(settings_dir / "quotedesk.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Store(path), prefs, auto_pretag=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Fully up, as an analyst would see it: the work deferred until after the first paint is done.
    qtbot.waitUntil(lambda: window._first_paint_done)
    return window


def focus(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()


def test_undo_of_a_row_the_other_window_changed_is_refused_with_a_message(qtbot, project, tmp_path):
    first = open_window(qtbot, project, tmp_path / "one")
    second = open_window(qtbot, project, tmp_path / "two")
    try:
        focus(qtbot, first)
        first.annotator.select(Selection("span", "s-kim"))
        qtbot.keyClick(first.view, Qt.Key.Key_Return)  # first window: accept Kim
        focus(qtbot, second)
        second.annotator.select(Selection("span", "s-kim"))
        qtbot.keyClick(second.view, Qt.Key.Key_2)  # second window: Kim is an ORG (a copy; the original rejected)
        second.annotator.select(Selection("span", "s-putin"))
        qtbot.keyClick(second.view, Qt.Key.Key_Return)  # and accept Putin
        focus(qtbot, first)
        messages = []
        first.annotator.message.connect(messages.append)
        qtbot.keyClick(first.view, Qt.Key.Key_Z, UNDO)  # first window: undo its accept of Kim
        assert any("changed elsewhere" in m for m in messages), messages
        with Store(project) as check:
            spans = {s.id: s for s in check.spans("a")}
            assert spans["s-kim"].status == "rejected"  # the second window's relabel stands
            assert [s.label for s in spans.values() if s.origin == "analyst"] == ["ORG"]
            assert spans["s-putin"].status == "accepted"
            assert check.scalar("PRAGMA integrity_check") == "ok"
        # Both windows keep working on the shared file.
        first.annotator.select(Selection("span", "s-putin"))
        focus(qtbot, first)
        qtbot.keyClick(first.view, Qt.Key.Key_Delete)
        with Store(project) as check:
            assert check.span("s-putin").status == "rejected"
    finally:
        for window in (first, second):
            window.close()
            window.store.close()


def test_a_project_deleted_under_the_window_is_reported_and_the_window_stays(qtbot, project, tmp_path):
    window = open_window(qtbot, project, tmp_path / "one")
    try:
        messages = []
        window.annotator.message.connect(messages.append)
        project.unlink()
        focus(qtbot, window)
        window.annotator.select(Selection("span", "s-kim"))
        qtbot.keyClick(window.view, Qt.Key.Key_Return)
        assert any("was deleted or moved while open" in m for m in messages), messages
        # Still usable for reading (to copy work out): the next article, the text, the list.
        assert window.view.text == TEXT and window.store.span("s-kim").status == "suggested"
        assert window.isVisible()
    finally:
        window.close()
        window.store.close()
