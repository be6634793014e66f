"""Qt fixtures: an offscreen app, isolated settings, a window on a real project file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from quotedesk.core.store import Store  # noqa: E402

from ui_support import TEXT_1, TEXT_2, build_project  # noqa: E402,F401


@pytest.fixture
def settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    s = QSettings(str(tmp_path / "settings" / "quotedesk.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


@pytest.fixture
def project(tmp_path):
    store = build_project(tmp_path / "ui.qdesk")
    store.close()
    return tmp_path / "ui.qdesk"


@pytest.fixture
def window(qtbot, project, settings):
    from quotedesk.ui.main_window import MainWindow

    store = Store(project)
    win = MainWindow(store, settings, auto_pretag=False)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    assert QTest.qWaitForWindowActive(win)  # shortcuts fire only in the active window
    win.view.setFocus()
    yield win
    if win.task is not None:
        win.task.wait(10000)
    win.close()
    qtbot.wait(20)  # work deferred past the first paint reads the store: let it run before closing it
    store.close()


@pytest.fixture
def rows(project):
    """Reads rows from the project file through a separate connection."""

    class Rows:
        def __init__(self):
            self.store = Store(project)

        def span(self, span_id):
            return self.store.span(span_id)

        def quote(self, quote_id):
            return self.store.quote(quote_id)

        def spans(self, article_id="one"):
            return self.store.spans(article_id)

        def quotes(self, article_id="one"):
            return self.store.quotes(article_id)

        def article(self, article_id="one"):
            return self.store.article(article_id)

    reader = Rows()
    yield reader
    reader.store.close()
