"""Python indices and Qt positions stay aligned around characters outside the BMP."""

from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from quotedesk.core.model import Article, Span
from quotedesk.core.store import Store
from quotedesk.ui.article_view import Selection
from quotedesk.ui.offsets import OffsetMap

EMOJI_TEXT = "Fans \U0001F600\U0001F44D cheered Kim Jong Un in \U0001F1F0\U0001F1F5 Pyongyang \u0915\u094d\u0937 \u05e9\u05dc\u05d5\u05dd.\n"


def test_offset_map_round_trips_every_index():
    mapping = OffsetMap(EMOJI_TEXT)
    for index in range(len(EMOJI_TEXT) + 1):
        qt = mapping.to_qt(index)
        assert qt == len(EMOJI_TEXT[:index].encode("utf-16-le")) // 2
        assert mapping.from_qt(qt) == index
    assert mapping.qt_length() == len(EMOJI_TEXT.encode("utf-16-le")) // 2


def test_highlights_and_selection_stay_aligned_after_emoji(qtbot, tmp_path, settings):
    from quotedesk.ui.main_window import MainWindow

    start = EMOJI_TEXT.index("Pyongyang")
    store = Store(tmp_path / "emoji.qdesk")
    store.import_articles([(Article(id="e", text=EMOJI_TEXT),
                            [Span(article_id="", start=start, end=start + 9, label="GPE", id="s-p")], [], {})])
    window = MainWindow(store, settings, auto_pretag=False)
    qtbot.addWidget(window)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    window.annotator.select(Selection("span", "s-p"))
    view = window.view
    view.viewport().grab()  # painting gives the shown blocks their formats
    qt_start = view.offsets.to_qt(start)
    block = view.document().findBlock(qt_start)
    formats = [r for r in block.layout().formats() if r.format.background().style() != 0]
    assert [(r.start + block.position(), r.length) for r in formats] == [(qt_start, 9)]
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_start + 9, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Pyongyang"
    view.select_range(start, start + 9)
    assert view.selected_range() == (start, start + 9)
    kim = EMOJI_TEXT.index("Kim")
    window.view.text_selected.emit(kim, kim + 11)
    window.annotator.relabel_or_add("PERSON")
    added = [s for s in store.spans("e") if s.origin == "analyst"]
    assert [EMOJI_TEXT[s.start:s.end] for s in added] == ["Kim Jong Un"]
