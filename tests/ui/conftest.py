"""Qt fixtures: an offscreen app, isolated settings, a window on a real project file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from quotedesk.core.model import Article, Quote, Span  # noqa: E402
from quotedesk.core.store import Store  # noqa: E402

TEXT_1 = (
    "Putin arrives in Pyongyang\n"
    "Vladimir Putin met Kim Jong Un on Tuesday in Pyongyang.\n"
    "\u201cWe value this friendship,\u201d Putin said. Lee Tae-lim, a professor, said the talks went well.\n"
)
TEXT_2 = "A second article about Seoul and the Kremlin. \u201cNo comment,\u201d a Kremlin spokesperson said.\n"


def build_project(path) -> Store:
    store = Store(path)
    t = TEXT_1
    spans = [
        Span(article_id="", start=t.index("Vladimir"), end=t.index("Vladimir") + 14, label="PERSON", id="s-vp"),
        Span(article_id="", start=t.index("Kim Jong"), end=t.index("Kim Jong") + 11, label="PERSON", id="s-kim"),
        Span(article_id="", start=t.index("Pyongyang."), end=t.index("Pyongyang.") + 9, label="GPE", id="s-pyo"),
        Span(article_id="", start=t.index("Putin said"), end=t.index("Putin said") + 5, label="PERSON", id="s-putin"),
    ]
    quote_start = t.index("\u201cWe")
    quotes = [Quote(article_id="", start=quote_start, end=t.index("\u201d") + 1, kind="direct", confidence=0.9,
                    speaker_start=t.index("Putin said"), speaker_end=t.index("Putin said") + 5, id="q-1")]
    refs = {"s-vp": ("Vladimir Putin", "PERSON"), "s-putin": ("Putin", "PERSON"), "s-kim": ("Kim Jong Un", "PERSON"),
            "q-1": ("Putin", "PERSON")}
    store.import_articles([
        (Article(id="one", text=t, title="Putin arrives in Pyongyang"), spans, quotes, refs),
        (Article(id="two", text=TEXT_2), [], [], {}),
    ])
    return store


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
    qtbot.waitExposed(win)
    win.view.setFocus()
    yield win
    if win.task is not None:
        win.task.wait(10000)
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
