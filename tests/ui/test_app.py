"""Starting the app: the demo project, and spaCy kept out of the way of the first paint."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

LAUNCH = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from quotedesk.ui.app import make_application, choose_project
from quotedesk.ui.main_window import MainWindow
from quotedesk.core.store import Store

app = make_application()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
settings = QSettings()
store = Store(choose_project(None, settings))
report = {}
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "spacy_at_first_paint" not in report:
            report["spacy_at_first_paint"] = "spacy" in sys.modules
            report["slow_imports_at_first_paint"] = sorted(
                m for m in ("spacy", "qtawesome", "sqlite_utils", "numpy") if m in sys.modules)
        return False
window = MainWindow(store, settings)
spy = FirstPaint()
window.view.viewport().installEventFilter(spy)
window.show()
report.update(title=window.windowTitle(), articles=len(window.list.model.ids))
deadline = time.monotonic() + 240
def wait():
    started = window.task is not None
    busy = not started or window.task.isRunning() or store.search_index_pending() > 0
    if busy and time.monotonic() < deadline:
        QTimer.singleShot(100, wait)
        return
    report["pretagged"] = store.stats()["pretagged"]
    report["quotes"] = store.stats()["quotes"]
    report["search_index_pending"] = store.search_index_pending()
    report["found_by_search"] = store.article_ids(search="Putin")
    report["shown_suggestions"] = len(window.annotator.spans)
    from quotedesk.ui.icons import placeholder
    report["icons_loaded"] = window.act_open.icon().cacheKey() != placeholder().cacheKey()
    print(json.dumps(report))
    app.quit()
QTimer.singleShot(0, wait)
app.exec()
"""


@pytest.mark.slow
def test_first_launch_builds_the_demo_and_pretags_it_in_the_background(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUOTEDESK_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-c", LAUNCH, str(tmp_path / "settings")], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "QuoteDesk" in report["title"]
    assert report["spacy_at_first_paint"] is False
    # Nothing slow to import stands before the first frame: icons (qtawesome) come right after it.
    assert report["slow_imports_at_first_paint"] == []
    assert report["icons_loaded"] is True
    assert report["articles"] == len(list((REPO / "seeds").glob("*.txt")))
    assert report["pretagged"] == report["articles"]
    assert report["search_index_pending"] == 0  # then the texts were indexed for search, in the background
    assert len(report["found_by_search"]) >= 1
    assert report["quotes"] > 0
    assert report["shown_suggestions"] > 0  # the open article was refreshed when its suggestions landed
    assert (tmp_path / "data" / "demo.qdesk").is_file()


def test_an_explicit_project_wins_over_the_last_one(tmp_path, settings):
    from quotedesk.ui.app import choose_project

    settings.setValue("last_project", str(tmp_path))
    assert choose_project(str(tmp_path / "given.qdesk"), settings) == tmp_path / "given.qdesk"


def test_the_style_sheet_applies_only_real_rules(tmp_path, monkeypatch):
    from quotedesk.ui import app

    sheet = tmp_path / "quotedesk.qss"
    monkeypatch.setattr(app, "resource_path", lambda *_: sheet)
    sheet.write_text("/* only a note:\n QLabel { color: red; } is an example */\n", encoding="utf-8")
    assert app.style_sheet() == ""  # the window keeps its fast, sheet-free style
    sheet.write_text("/* site look */ QLabel { color: red; }\n", encoding="utf-8")
    assert "QLabel { color: red; }" in app.style_sheet()
    sheet.unlink()
    assert app.style_sheet() == ""
