"""The whole job in the app: the pretagged seed articles corrected, marked done and exported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

REPO = Path(__file__).resolve().parents[2]
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.mark.slow
def test_seed_articles_from_pretagged_to_corrected_and_exported(qtbot, tmp_path, settings):
    from quotedesk.core.importers import import_paths
    from quotedesk.core.pretag.runner import pretag_project
    from quotedesk.core.store import Store
    from quotedesk.ui.main_window import MainWindow

    path = tmp_path / "seeds.qdesk"
    with Store(path) as store:
        import_paths(store, [REPO / "seeds"])
        pretag_project(store)
    store = Store(path)
    window = MainWindow(store, settings, auto_pretag=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    view = window.view
    view.setFocus()
    articles = store.article_count()
    assert articles == len(list((REPO / "seeds").glob("*.txt")))
    corrected = {}
    for n in range(articles):
        article_id = window.annotator.article.id
        qtbot.keyClick(view, Qt.Key.Key_Tab)  # the first suggestion: correct it by hand
        first = window.annotator.selection
        qtbot.keyClick(view, Qt.Key.Key_Delete)
        corrected[article_id] = first.id
        qtbot.keyClick(view, Qt.Key.Key_A, CTRL | SHIFT)  # the rest are right
        assert window.annotator.article.id == article_id
        qtbot.keyClick(view, Qt.Key.Key_Return, CTRL)  # done, and on to the next
        if n < articles - 1:
            assert window.annotator.article.id != article_id
    assert store.progress()["done"] == articles
    assert store.progress()["suggestions_left"] == 0
    out = tmp_path / "seeds.jsonl"
    window.ask_export_path = lambda _fmt: str(out)
    window.export_actions["jsonl"].trigger()
    qtbot.waitUntil(lambda: "Exported jsonl" in window.statusBar().currentMessage(), timeout=60000)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == articles
    assert {r["status"] for r in records} == {"done"}
    for record in records:
        rejected = corrected[record["id"]]
        statuses = {item["id"]: item["status"] for item in record["spans"] + record["quotes"]}
        assert statuses[rejected] == "rejected"
        assert "suggested" not in statuses.values()
        assert all(record["text"][s["start"]:s["end"]] == s["text"] for s in record["spans"])
    window.close()
    store.close()
