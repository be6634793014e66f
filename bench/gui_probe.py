"""Measurements inside a fresh GUI process (run by gui_rows.py; prints one JSON object).

    python -m bench.gui_probe startup-app PROJECT    first frame of `quotedesk gui PROJECT`
    python -m bench.gui_probe startup-bare           first frame of a bare QMainWindow
    python -m bench.gui_probe article PROJECT SPEC   opening articles and editing them
    python -m bench.gui_probe scale PROJECT TERM     open, list, search, resident memory

Times are taken around the real code paths and end with a synchronous
repaint (or, for start-up, with the first frame the event loop paints).
"""

from __future__ import annotations

import json
import os
import sys
import time


def _first_frame_probe(app, is_target):
    """Print the wall-clock time once the first frame of the target window has been painted."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstFrame(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if not self.seen and event.type() == QEvent.Type.Paint and hasattr(watched, "window") \
                    and is_target(watched.window()):
                self.seen = True
                spacy_loaded = any(name == "spacy" or name.startswith("spacy.") for name in sys.modules)
                # The rest of this frame's widgets paint before a zero timer fires.
                QTimer.singleShot(0, lambda: _report(spacy_loaded))
            return False

    def _report(spacy_loaded: bool) -> None:
        print(json.dumps({"painted_at": time.time(), "spacy_imported": spacy_loaded}), flush=True)
        os._exit(0)

    probe = FirstFrame()
    app.installEventFilter(probe)
    return probe


def startup_app(project: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    probe = _first_frame_probe(app, lambda window: type(window).__name__ == "MainWindow")  # noqa: F841
    from quotedesk.cli import main

    main(["gui", project])


def startup_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    probe = _first_frame_probe(app, lambda w: w is window)  # noqa: F841
    window.resize(1400, 860)
    window.show()
    app.exec()


# -- inside one running app -----------------------------------------------------------------------


def _window(project: str):
    from PySide6.QtCore import QSettings

    from quotedesk.core.store import Store
    from quotedesk.ui.app import make_application
    from quotedesk.ui.main_window import MainWindow

    app = make_application([])
    settings = QSettings(os.path.join(os.environ["QUOTEDESK_BENCH_TMP"], "settings.ini"), QSettings.Format.IniFormat)
    store = Store(project)
    window = MainWindow(store, settings, auto_pretag=False)
    window.show()
    _settle(app)
    return app, window


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def article(project: str, spec: str) -> None:
    """spec: JSON {"open": [[case, article_id, other_id]], "edit": [[case, article_id, span_id]], "repeat": n}."""
    from PySide6.QtWidgets import QPlainTextEdit

    from quotedesk.ui.article_view import Selection

    plan = json.loads(spec)
    app, window = _window(project)
    view = window.view
    plain = QPlainTextEdit()
    plain.setReadOnly(True)
    plain.setFont(view.font())
    plain.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    plain.resize(view.size())
    plain.show()
    _settle(app)
    out: dict[str, dict] = {}
    repeat = plan["repeat"]
    for case, article_id, other_id in plan["open"]:
        text = window.store.article(article_id).text
        other_text = window.store.article(other_id).text
        ours, base = [], []
        for _ in range(repeat):
            window.open_article(other_id)
            _settle(app)
            start = time.perf_counter()
            window.open_article(article_id)
            view.viewport().repaint()
            ours.append(_ms(start))
            _settle(app)
            # The same step as ours: from the other article's text to this one (so both views
            # already show a scroll bar, and both repaint it for the new length).
            plain.setPlainText(other_text)
            _settle(app)
            start = time.perf_counter()
            plain.setPlainText(text)
            plain.viewport().repaint()
            base.append(_ms(start))
            _settle(app)
        out[case] = {"value": min(ours), "baseline": min(base)}
    from quotedesk.core import edits

    for case, article_id, span_id in plan["edit"]:
        # The typical edit: in an article already being worked on. (An article's first edit also marks
        # it in progress, one more row; with undo after each accept, every accept would be a first.)
        window.store.apply(edits.set_article_status(window.store, article_id, "in_progress"))
        window.open_article(article_id)
        _settle(app)
        ours, base = [], []
        for _ in range(repeat):
            window.annotator.select(Selection("span", span_id), scroll=True)
            _settle(app)
            start = time.perf_counter()
            view.viewport().repaint()
            base.append(_ms(start))
            _settle(app)
            start = time.perf_counter()
            window.annotator.confirm()  # accept: committed to the file, then repainted
            view.viewport().repaint()
            ours.append(_ms(start))
            _settle(app)
            status = window.store.span(span_id).status
            if status != "accepted":
                raise SystemExit(f"bench: accepting {span_id} left it {status}")
            window.runner.stack.undo()
            _settle(app)
        out[case] = {"value": min(ours), "baseline": min(base)}
    print(json.dumps(out), flush=True)
    os._exit(0)


def scale(project: str, term: str, repeat: int) -> None:
    import psutil

    from PySide6.QtCore import QSettings

    from quotedesk.core.store import Store
    from quotedesk.ui.app import make_application
    from quotedesk.ui.main_window import MainWindow

    app = make_application([])
    settings = QSettings(os.path.join(os.environ["QUOTEDESK_BENCH_TMP"], "settings.ini"), QSettings.Format.IniFormat)
    start = time.perf_counter()
    store = Store(project)
    window = MainWindow(store, settings, auto_pretag=False)
    window.show()
    window.repaint()
    opened = _ms(start)
    _settle(app)
    table = window.list.table
    listed, searched = [], []
    for _ in range(repeat):
        window.list.search.setText("")
        _settle(app)
        start = time.perf_counter()
        window.list.apply_filter()
        table.viewport().repaint()
        listed.append(_ms(start))
        _settle(app)
        window.list.search.setText(term)  # the debounce timer is bypassed: apply_filter is what it calls
        start = time.perf_counter()
        window.list.apply_filter()
        table.viewport().repaint()
        searched.append(_ms(start))
        hits = window.list.model.rowCount()
        _settle(app)
    rss = psutil.Process().memory_info().rss / 2**20
    print(json.dumps({"open": opened, "list": min(listed), "search": min(searched),
                      "hits": hits, "rss_mb": rss}), flush=True)
    os._exit(0)


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "startup-app":
        startup_app(args[0])
    elif command == "startup-bare":
        startup_bare()
    elif command == "article":
        article(args[0], args[1])
    elif command == "scale":
        scale(args[0], args[1], int(args[2]))
    else:
        raise SystemExit(f"unknown probe {command!r}")
