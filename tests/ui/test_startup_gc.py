"""`quotedesk gui` pauses Python's garbage collector while the window is built, and turns it back on
once the window has been painted (it is on for the rest of the session)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from ui_support import build_project

GUI = r"""
import gc, json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
report = {"before_start": gc.isenabled()}
deadline = time.monotonic() + 60

def wait_for_collector():
    if not gc.isenabled() and time.monotonic() < deadline:
        QTimer.singleShot(20, wait_for_collector)
        return
    report["afterwards"] = gc.isenabled()
    print(json.dumps(report), flush=True)
    os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_first_paint" not in report \
                and type(watched.window()).__name__ == "MainWindow":
            report["at_first_paint"] = gc.isenabled()
            QTimer.singleShot(0, wait_for_collector)
        return False

probe = FirstPaint()
app.installEventFilter(probe)
from quotedesk.cli import main
main(["gui", sys.argv[1]])
"""


def test_the_collector_waits_for_the_first_paint_then_runs_again(tmp_path):
    path = tmp_path / "gc.qdesk"
    store = build_project(path)
    for article_id in store.article_ids():
        store.mark_pretagged(article_id, "test")  # nothing to pretag in the background
    store.update_search_index()
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUOTEDESK_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", GUI, str(path)], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"before_start": True, "at_first_paint": False, "afterwards": True}
