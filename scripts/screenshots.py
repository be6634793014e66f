"""Screenshots of the main states of the real app, for review and the README.

Run it under a virtual X server (the window is real, not offscreen):

    scripts/screenshots.sh [OUT_FOLDER]        (default: docs/screenshots)

which runs `xvfb-run -a -s "-screen 0 1500x950x24" .venv/bin/python scripts/screenshots.py OUT`.
It builds a throwaway demo project from seeds/, pretags it with the real
model, then drives the window through its main states and saves PNGs:
the opened article, a selected suggestion, a quote with its speaker linked,
speaker linking (banner), picking the speaker from the article's entities,
the right-click menu, the keyboard shortcuts, and the dark palette.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[1]


def build_project(folder: Path) -> Path:
    from quotedesk.core.importers import import_paths
    from quotedesk.core.pretag.runner import pretag_project
    from quotedesk.core.store import Store

    path = folder / "screens.qdesk"
    with Store(path) as store:
        import_paths(store, [REPO / "seeds"])
        pretag_project(store)
    return path


def cursor_at(view, index: int) -> QTextCursor:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.offsets.to_qt(index))
    return cursor


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e0e0e0"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e0e0e0"), (QPalette.ColorRole.Button, "#333333"),
                         (QPalette.ColorRole.ButtonText, "#e0e0e0"), (QPalette.ColorRole.Highlight, "#3d6fb6"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Mid, "#9e9e9e")):
        palette.setColor(role, QColor(colour))
    return palette


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="quotedesk-shots-"))
    project = build_project(work)

    from quotedesk.core.store import Store
    from quotedesk.ui.app import make_application
    from quotedesk.ui.article_view import Selection
    from quotedesk.ui.main_window import MainWindow

    app = make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    store = Store(project)
    window = MainWindow(store, QSettings(), auto_pretag=False)
    window.resize(1480, 920)
    window.show()
    # Xvfb runs no window manager: activate by hand, as a desktop would on click,
    # or Qt's shortcuts (which need the active window) never fire.
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 3000)
    shots: list[str] = []

    def shoot(name: str, widget=None) -> None:
        QApplication.processEvents()
        QTest.qWait(150)
        target = widget or window
        image = QApplication.primaryScreen().grabWindow(target.winId())
        if image.isNull() or image.width() < 50:
            image = target.grab()
        path = out / f"{name}.png"
        image.save(str(path))
        shots.append(str(path))

    def shoot_screen(name: str) -> None:
        """The whole (virtual) screen: a menu or dialog with the window behind it."""
        QApplication.processEvents()
        QTest.qWait(150)
        geometry = window.frameGeometry()
        image = QApplication.primaryScreen().grabWindow(0, geometry.x(), geometry.y(),
                                                        geometry.width(), geometry.height())
        path = out / f"{name}.png"
        image.save(str(path))
        shots.append(str(path))

    def run() -> None:
        window.view.setFocus()
        shoot("01-main")
        QTest.keyClick(window.view, Qt.Key.Key_Tab)
        shoot("02-span-selected")
        annotator = window.annotator
        for article_id in window.list.model.ids:
            quotes = [q for q in store.quotes(article_id) if q.speaker_start is not None and q.kind == "direct"]
            if quotes:
                window.open_article(article_id)
                annotator.select(Selection("quote", quotes[0].id), scroll=True)
                break
        shoot("03-quote-and-speaker")
        window.view.setFocus()
        QTest.keyClick(window.view, Qt.Key.Key_S)
        shoot("04-linking-speaker")
        # E while linking: the article's entities first (a modal dialog; shot, then closed).
        QTimer.singleShot(400, lambda: (shoot_screen("05-speaker-from-entities"),
                                        QApplication.activeModalWidget().reject()))
        QTest.keyClick(window.view, Qt.Key.Key_E)
        annotator.cancel()
        # The right-click menu on an entity span.
        span = next(s for s in annotator.spans if s.status == "suggested" and s.label == "PERSON")
        window.view.scroll_to(span.start)
        QApplication.processEvents()
        point = window.view.cursorRect(cursor_at(window.view, span.start + 1)).center()
        menu = window.context_menu_at(span.start + 1)
        relabel = next(a.menu() for a in menu.actions() if a.menu() is not None)
        QTimer.singleShot(400, lambda: relabel.popup(menu.geometry().topRight()))
        QTimer.singleShot(800, lambda: (shoot_screen("06-right-click-menu"), relabel.close(), menu.close()))
        menu.exec(window.view.viewport().mapToGlobal(point))
        QTimer.singleShot(300, lambda: (shoot("07-shortcuts", QApplication.activeModalWidget()),
                                        QApplication.activeModalWidget().reject()))
        window.show_shortcuts()
        window.close()
        # A dark desktop hands Qt its palette before any widget exists; do the same.
        app.setPalette(dark_palette())
        dark = MainWindow(store, QSettings(), auto_pretag=False)
        dark.resize(1480, 920)
        dark.show()
        dark.view.setFocus()
        QTest.keyClick(dark.view, Qt.Key.Key_Tab)
        shoot("08-dark-palette", dark)
        dark.close()
        app.quit()

    QTimer.singleShot(600, run)
    app.exec()
    store.close()
    print("\n".join(shots))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "screenshots"))
