"""Mouse-driven commands (right-click menu, Edit menu), speakers picked from the article, every
export format from the File menu, edits refused or in conflict, and switching projects."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from quotedesk.core.exporters import FORMATS
from quotedesk.core.store import Store
from quotedesk.ui.article_view import Selection
from quotedesk.ui.dialogs import EntityChoice, EntityPicker

from ui_support import TEXT_1, build_project


def menu_texts(menu):
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def submenu(menu, title):
    return next(a.menu() for a in menu.actions() if a.menu() is not None and a.text() == title)


def test_right_click_on_a_span_offers_its_commands_and_relabels(window, rows):
    menu = window.context_menu_at(TEXT_1.index("Pyongyang.") + 2)
    assert window.annotator.selection == Selection("span", "s-pyo")
    assert {"Accept", "Reject", "Relabel"} <= set(menu_texts(menu))
    relabel = submenu(menu, "Relabel")
    next(a for a in relabel.actions() if a.text() == "LOC").trigger()
    [copy] = [s for s in rows.spans() if s.origin == "analyst"]
    assert (TEXT_1[copy.start:copy.end], copy.label) == ("Pyongyang", "LOC")
    assert rows.span("s-pyo").status == "rejected"


def test_right_click_on_a_text_selection_labels_it_or_makes_a_quote(window, rows):
    start = TEXT_1.index("the talks")
    window.view.text_selected.emit(start, start + 19)
    menu = window.context_menu_at(start + 3)
    assert "Mark as quote" in menu_texts(menu)
    assert "Label as" in menu_texts(menu)
    window.act_quote.trigger()
    [quote] = [q for q in rows.quotes() if q.origin == "analyst"]
    assert TEXT_1[quote.start:quote.end] == "the talks went well"


def test_the_quote_kind_menu_sets_a_kind_directly(window, rows):
    window.annotator.select(Selection("quote", "q-1"))
    window.actions_.sync_kinds()
    assert [a.isChecked() for a in window.actions_.kind_actions.values()] == [True, False, False]
    window.actions_.kind_actions["partial"].trigger()
    [copy] = [q for q in rows.quotes() if q.origin == "analyst"]
    assert copy.kind == "partial" and rows.quote("q-1").status == "rejected"
    window.actions_.sync_kinds()
    assert window.actions_.kind_actions["partial"].isChecked()


def test_linking_a_speaker_by_picking_one_of_the_articles_entities(window, qtbot, rows):
    """S, then E: the article's entities come first; the link goes to the entity's nearest mention."""
    offered = {}

    def pick(title, suggestion, exclude, first):
        offered["names"] = [e.name for e in first]
        return EntityChoice(rows.store.entity_by_name("Kim Jong Un").id)

    window.annotator.ask_entity = pick
    window.annotator.select(Selection("quote", "q-1"))
    qtbot.keyClick(window.view, Qt.Key.Key_S)
    qtbot.keyClick(window.view, Qt.Key.Key_E)
    assert offered["names"] == ["Kim Jong Un", "Putin", "Vladimir Putin"]
    [copy] = [q for q in rows.quotes() if q.origin == "analyst"]
    assert TEXT_1[copy.speaker_start:copy.speaker_end] == "Kim Jong Un"
    assert rows.store.entity(copy.speaker_entity_id).name == "Kim Jong Un"
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [q for q in rows.quotes() if q.origin == "analyst"] == []
    assert rows.quote("q-1").status == "suggested"


def test_the_entity_picker_lists_the_article_first_and_moves_with_the_arrow_keys(qtbot, project):
    with Store(project) as store:
        entities = store.entities()
    here = [e for e in entities if e.name == "Kim Jong Un"]
    picker = EntityPicker("Speaker entity", entities, first=here)
    qtbot.addWidget(picker)
    shown = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert shown[:2] == ["In this article", "Kim Jong Un  (PERSON)"]
    assert "Elsewhere in the project" in shown and shown.count("Kim Jong Un  (PERSON)") == 1
    assert picker.choice().entity_id == here[0].id
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.choice().entity_id != here[0].id  # the header between the groups is skipped
    picker.filter.setText("Moon Jae-in")
    assert picker.choice().entity_id is None and picker.choice().new_name == "Moon Jae-in"


# What each format must hold once article "one" is reviewed: a piece of its accepted annotations.
EXPECTED = {"jsonl": "Kim Jong Un", "prodigy": "Kim Jong Un", "conll": "B-PERSON", "brat": "\tPERSON ",
            "csv": "We value this friendship", "spacy": None}


def test_expectations_cover_every_format():
    assert set(EXPECTED) == set(FORMATS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_exports_from_the_file_menu(window, qtbot, tmp_path, fmt):
    # Training formats carry the accepted annotations of reviewed articles: review one first.
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    out = tmp_path / f"out-{fmt}"
    window.ask_export_path = lambda _fmt: str(out)
    window.export_actions[fmt].trigger()
    qtbot.waitUntil(lambda: f"Exported {fmt}" in window.statusBar().currentMessage(), timeout=60000)
    written = sorted(p for p in out.rglob("*") if p.is_file()) if out.is_dir() else [out]
    assert written and all(p.stat().st_size > 0 for p in written)
    if EXPECTED[fmt] is not None:  # DocBin is binary
        assert any(EXPECTED[fmt] in p.read_text(encoding="utf-8-sig") for p in written)
    else:
        assert {"train.spacy", "config.cfg"} <= {p.name for p in written}


def test_an_undo_made_stale_by_another_writer_is_refused_and_changes_nothing(window, qtbot, rows):
    window.annotator.select(Selection("span", "s-kim"))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert rows.span("s-kim").status == "accepted"
    other = Store(window.store.path)  # another window rejects the span meanwhile
    other.conn.execute("UPDATE spans SET status = 'rejected' WHERE id = 's-kim'")
    other.close()
    log = rows.store.edit_log(1000)
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "changed elsewhere" in window.statusBar().currentMessage()
    assert rows.span("s-kim").status == "rejected"
    assert rows.store.edit_log(1000) == log


def test_switching_projects_opens_the_other_file_and_remembers_it(window, qtbot, tmp_path, settings):
    from quotedesk.ui.main_window import recent_projects

    other = tmp_path / "other.qdesk"
    build_project(other).close()
    window.switch_project(str(other))
    new = window.next_window
    qtbot.addWidget(new)
    assert new.store.path == other and "other.qdesk" in new.windowTitle()
    assert Path(settings.value("last_project")) == other
    assert recent_projects(settings)[0] == str(other)
    assert [a.text() for a in new.recent_menu.actions()][0] == str(other)
    new.close()
    new.store.close()
