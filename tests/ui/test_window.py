"""The main window driven like an analyst drives it; every check reads the project file."""

from __future__ import annotations

import json

import pytest

from PySide6.QtCore import Qt

from quotedesk.ui.article_view import Selection
from quotedesk.ui.dialogs import EntityChoice

from ui_support import TEXT_1


def key(qtbot, window, k, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.view, k, modifiers)


def test_opens_the_project_and_moves_between_articles(window, qtbot):
    assert "QuoteDesk" in window.windowTitle()
    assert window.list.model.ids == ["one", "two"]
    assert window.view.toPlainText() == TEXT_1
    assert window.view.extraSelections() == []  # highlights come from the highlighter, not per-span selections
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert window.annotator.article.id == "two"
    window.later.flush()  # the panels beside the text follow it on the event loop's next turn
    assert window.position_label.text() == "Article 2 of 2"
    assert window.list.current_id() == "two"
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert window.annotator.article.id == "one"


def test_tab_enter_accepts_and_undo_redo(window, qtbot, rows):
    key(qtbot, window, Qt.Key.Key_Tab)
    assert window.annotator.selection == Selection("span", "s-vp")
    key(qtbot, window, Qt.Key.Key_Return)
    assert rows.span("s-vp").status == "accepted"
    assert rows.article().status == "in_progress"
    assert window.annotator.selection == Selection("span", "s-kim")  # moved on to the next suggestion
    assert window.act_undo.text() == "&Undo Accept PERSON span"
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows.span("s-vp").status == "suggested"
    assert rows.article().status == "new"
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert rows.span("s-vp").status == "accepted"


def test_delete_rejects_and_digit_relabels(window, qtbot, rows):
    window.annotator.select(Selection("span", "s-pyo"))
    key(qtbot, window, Qt.Key.Key_Delete)
    assert rows.span("s-pyo").status == "rejected"
    window.annotator.select(Selection("span", "s-kim"))
    key(qtbot, window, Qt.Key.Key_2)  # ORG
    copy = [s for s in rows.spans() if s.origin == "analyst"]
    assert [(s.label, s.start) for s in copy] == [("ORG", TEXT_1.index("Kim Jong"))]
    assert rows.span("s-kim").status == "rejected"
    assert window.annotator.selection == Selection("span", copy[0].id)
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows.span("s-kim").status == "suggested"
    assert [s for s in rows.spans() if s.origin == "analyst"] == []


def test_a_mouse_click_selects_the_span_under_it(window, qtbot):
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(window.view.document())
    cursor.setPosition(TEXT_1.index("Kim Jong") + 2)
    point = window.view.cursorRect(cursor).center()
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.annotator.selection == Selection("span", "s-kim")
    window.later.flush()
    assert window.inspector.values["Label"].text() == "PERSON"


def test_new_span_from_a_selection_snaps_to_tokens_and_resizes(window, qtbot, rows):
    start = TEXT_1.index("Tuesday") + 2  # a sloppy drag inside the word
    window.view.text_selected.emit(start, start + 3)
    key(qtbot, window, Qt.Key.Key_9)  # MISC
    [added] = [s for s in rows.spans() if s.origin == "analyst"]
    assert TEXT_1[added.start:added.end] == "Tuesday"
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    resized = rows.span(added.id)
    assert TEXT_1[resized.start:resized.end] == "on Tuesday"
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert TEXT_1[rows.span(added.id).start:rows.span(added.id).end] == "on"
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert TEXT_1[rows.span(added.id).start:rows.span(added.id).end] == "on Tuesday"


def test_overlapping_span_is_refused_with_a_message(window, qtbot, rows):
    start = TEXT_1.index("Putin met")
    window.view.text_selected.emit(start, start + 9)
    key(qtbot, window, Qt.Key.Key_1)
    assert "overlaps the PERSON span" in window.statusBar().currentMessage()
    assert [s for s in rows.spans() if s.origin == "analyst"] == []


def test_quote_kind_and_speaker_link(window, qtbot, rows):
    start = TEXT_1.index("the talks")
    window.view.text_selected.emit(start, TEXT_1.index("well.") + 4)
    key(qtbot, window, Qt.Key.Key_Q)
    [quote] = [q for q in rows.quotes() if q.origin == "analyst"]
    assert TEXT_1[quote.start:quote.end] == "the talks went well"
    key(qtbot, window, Qt.Key.Key_K)
    key(qtbot, window, Qt.Key.Key_K)
    assert rows.quote(quote.id).kind == "indirect"
    key(qtbot, window, Qt.Key.Key_S)
    assert window.annotator.linking
    assert window.linking_banner.isVisible()
    lee = TEXT_1.index("Lee Tae-lim")
    window.view.text_selected.emit(lee, lee + 11)  # a mention with no span yet
    key(qtbot, window, Qt.Key.Key_Return)
    linked = rows.quote(quote.id)
    assert TEXT_1[linked.speaker_start:linked.speaker_end] == "Lee Tae-lim"
    assert not window.annotator.linking and not window.linking_banner.isVisible()
    window.annotator.ask_entity = lambda *_: EntityChoice(None, "Lee Tae-lim", "PERSON")
    key(qtbot, window, Qt.Key.Key_E)
    entity_id = rows.quote(quote.id).speaker_entity_id
    assert rows.store.entity(entity_id).name == "Lee Tae-lim"
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows.quote(quote.id).speaker_entity_id is None
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the entity's creation
    assert rows.store.entity_by_name("Lee Tae-lim") is None
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows.quote(quote.id).speaker_start is None


def test_clicking_a_span_while_linking_links_it_with_its_entity(window, qtbot, rows):
    window.annotator.select(Selection("quote", "q-1"))
    key(qtbot, window, Qt.Key.Key_S)
    window.annotator.click(TEXT_1.index("Vladimir") + 1, Qt.KeyboardModifier.NoModifier)
    [copy] = [q for q in rows.quotes() if q.origin == "analyst"]
    assert TEXT_1[copy.speaker_start:copy.speaker_end] == "Vladimir Putin"
    assert rows.store.entity(copy.speaker_entity_id).name == "Vladimir Putin"
    assert rows.quote("q-1").status == "rejected"  # the model's suggestion stays as evidence


def test_merge_entity_and_undo(window, qtbot, rows):
    window.annotator.select(Selection("span", "s-putin"))
    target = rows.store.entity_by_name("Vladimir Putin").id
    source = rows.store.entity_by_name("Putin").id
    window.annotator.ask_entity = lambda *_: EntityChoice(target)
    key(qtbot, window, Qt.Key.Key_M)
    assert rows.span("s-putin").entity_id == target
    assert rows.quote("q-1").speaker_entity_id == target
    assert rows.store.entity(source) is None
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows.store.entity(source).name == "Putin"
    assert rows.span("s-putin").entity_id == source


def test_accept_all_then_done_and_next(window, qtbot, rows):
    key(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert {s.status for s in rows.spans()} == {"accepted"}
    assert rows.quote("q-1").status == "accepted"
    key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert rows.article("one").status == "done"
    assert window.annotator.article.id == "two"
    window.later.flush()
    assert window.list.model.summary(0).status == "done"


def test_search_and_status_filter(window, qtbot):
    window.list.search.setText("Kremlin")
    window.list.apply_filter()
    assert window.list.model.ids == ["two"]
    window.list.search.clear()
    window.list.filter.setCurrentIndex(3)  # done
    assert window.list.model.ids == []
    window.list.filter.setCurrentIndex(0)
    assert window.list.model.ids == ["one", "two"]


def test_export_from_the_menu(window, qtbot, tmp_path):
    out = tmp_path / "export.jsonl"
    window.ask_export_path = lambda fmt: str(out)
    window.export_actions["jsonl"].trigger()
    qtbot.waitUntil(lambda: out.exists() and not window.task.isRunning(), timeout=20000)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in records] == ["one", "two"]
    assert {s["id"] for s in records[0]["spans"]} == {"s-vp", "s-kim", "s-pyo", "s-putin"}


def test_shortcut_help_lists_every_key(window, qtbot, monkeypatch):
    from quotedesk.ui import dialogs

    shown = {}
    monkeypatch.setattr(dialogs.ShortcutsDialog, "exec", lambda self: shown.setdefault("rows", self.table.rowCount()))
    key(qtbot, window, Qt.Key.Key_F1)
    keys = {s.keys for s in window.shortcuts}
    assert shown["rows"] == len(window.shortcuts)
    assert {"Return", "Del", "Tab", "Q", "S", "K", "E", "M", "Ctrl+Z", "Ctrl+Shift+Z", "PgDown", "PgUp"} <= keys


def test_window_layout_is_remembered(qtbot, project, settings):
    from quotedesk.core.store import Store
    from quotedesk.ui.main_window import MainWindow

    first = MainWindow(Store(project), settings, auto_pretag=False)
    qtbot.addWidget(first)
    first.splitter.setSizes([200, 900, 300])
    first.close()
    second = MainWindow(Store(project), settings, auto_pretag=False)
    qtbot.addWidget(second)
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_rename_entity_with_f2_and_undo(window, qtbot, rows):
    window.annotator.select(Selection("span", "s-vp"))
    entity_id = rows.span("s-vp").entity_id
    window.annotator.ask_name = lambda title, current: "Vladimir V. Putin"
    key(qtbot, window, Qt.Key.Key_F2)
    assert rows.store.entity(entity_id).name == "Vladimir V. Putin"
    window.later.flush()
    assert window.inspector.values["Entity"].text() == "Vladimir V. Putin"
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows.store.entity(entity_id).name == "Vladimir Putin"


def test_quotes_panel_shows_confidence_and_sorts_by_it(window, qtbot):
    from quotedesk.core import edits

    start = TEXT_1.index("the talks")
    window.runner.perform(edits.add_quote(window.store, "one", start, start + 9, "indirect"))
    window.later.flush()
    panel = window.quotes_panel
    assert panel.topLevelItemCount() == 2
    assert [panel.topLevelItem(i).text(4) for i in range(2)] == ["0.90", ""]
    panel.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert panel.topLevelItem(0).text(4) == "0.90"  # unscored analyst quotes sort last
    panel.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert panel.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == "q-1"


@pytest.mark.slow
def test_import_from_the_menu_then_pretag_in_the_background(window, qtbot, rows, tmp_path):
    article = tmp_path / "new-article.txt"
    article.write_text("Moon Jae-in spoke in Seoul.\n\n\u201cWe will talk,\u201d Moon told reporters on Friday.\n",
                       encoding="utf-8")
    window.import_paths([article])
    qtbot.waitUntil(lambda: "new-article" in window.list.model.ids, timeout=20000)
    qtbot.waitUntil(lambda: rows.store.article("new-article").pretagged_with is not None, timeout=120000)
    # Then the texts are indexed for search, and the search finds the new article.
    qtbot.waitUntil(lambda: rows.store.search_index_pending() == 0 and not window.task.isRunning(), timeout=60000)
    window.list.search.setText("Jae-in")
    window.list.apply_filter()
    assert window.list.model.ids == ["new-article"]
    quotes = rows.quotes("new-article")
    assert [q.kind for q in quotes] == ["direct"]
    assert rows.store.entity(quotes[0].speaker_entity_id).name == "Moon Jae-in"
    assert window.list.model.summary(window.list.model.row_of("new-article")).suggestions_left > 0


def test_pretagger_report_compares_suggestions_with_what_was_kept(window, qtbot):
    assert "Review some pretagged articles first" in window.pretagger_report_text()
    window.store.conn.execute("UPDATE articles SET pretagged_with = 'test-model'")
    window.annotator.select(Selection("span", "s-pyo"))
    key(qtbot, window, Qt.Key.Key_Delete)  # the model's GPE was wrong
    key(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    text = window.pretagger_report_text()
    assert "Articles evaluated        1" in text
    assert "GPE P 0.00 R 1.00" in text and "PERSON P 1.00 R 1.00" in text


def test_keys_still_act_on_the_text_after_clicking_a_quote_in_the_panel(window, qtbot, rows):
    panel = window.quotes_panel
    item = panel.topLevelItem(0)
    qtbot.mouseClick(panel.viewport(), Qt.MouseButton.LeftButton, pos=panel.visualItemRect(item).center())
    assert window.annotator.selection == Selection("quote", "q-1")
    assert window.focusWidget() is not panel
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert rows.quote("q-1").status == "accepted"


def test_switching_to_a_dark_palette_recolours_highlights_legend_and_icons(window, qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    window._after_first_paint()  # the qtawesome icons are in place
    window.annotator.select(Selection("span", "s-kim"))
    light = QApplication.palette()
    light_direct = window.legend.chips["quote:direct"].styleSheet()
    light_icon = window.act_open.icon().cacheKey()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#e0e0e0"), (QPalette.ColorRole.WindowText, "#e0e0e0")):
        dark.setColor(role, QColor(colour))
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(lambda: window.annotator.formats.dark)
        assert window.view.formats is window.annotator.formats  # the text was shown again with them
        assert window.legend.chips["quote:direct"].styleSheet() != light_direct
        assert window.act_open.icon().cacheKey() != light_icon
        assert window.annotator.selection == Selection("span", "s-kim")  # the place is kept
    finally:
        QApplication.setPalette(light)
    qtbot.waitUntil(lambda: not window.annotator.formats.dark)
