"""Odd text in the desktop app: mouse selections and highlights land on the right characters.

Python counts code points and Qt counts UTF-16 units; every emoji, flag or
other character outside the BMP shifts the two apart. These tests compute Qt
positions independently (by encoding to UTF-16) rather than with the app's
own OffsetMap, and drive real widgets.
"""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from PySide6.QtCore import QPoint, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402

from quotedesk.core.exporters import export  # noqa: E402
from quotedesk.core.importers import import_paths  # noqa: E402
from quotedesk.core.store import Store  # noqa: E402
from quotedesk.core.textnorm import normalise_text  # noqa: E402

from conftest import record  # noqa: E402

pytestmark = pytest.mark.gui

# As written to disk: a BOM, CRLF line ends, flags, a ZWJ family, skin tones, a combining accent,
# Hebrew and Arabic, a Devanagari conjunct, a NUL, a line separator.
RAW = ("\ufeffPutin \U0001F1F7\U0001F1FA meets Kim \U0001F468\u200d\U0001F469\u200d\U0001F467 in Pyongyang\r\n\r\n"
       "Cafe\u0301 owners \U0001F44D\U0001F3FD cheered \u05e9\u05dc\u05d5\u05dd and \u0645\u0631\u062d\u0628\u0627.\r\n"
       "\u0915\u094d\u0937 Lee\x00 said\u2028Seoul \U0001F600 agreed with Putin.\r\n")
TEXT = RAW.lstrip("\ufeff").replace("\r\n", "\n")  # what the import must store
WORDS = ["Kim", "Cafe\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u0915\u094d\u0937",
         "Lee", "Seoul", "agreed"]
RIGHT_TO_LEFT = {"\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627"}
MODEL_WORDS = ["Putin", "Pyongyang"]  # what the rule-based pipeline below suggests
COUNTS = {"ranges": 0}


def utf16(text: str, index: int) -> int:
    """The Qt position of a Python index, computed without the app's code."""
    return len(text[:index].encode("utf-16-le")) // 2


def shown(view, qt_start: int, qt_end: int) -> str:
    """The characters Qt holds between two positions (toPlainText would turn U+2028 into a newline)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def as_qt(text: str) -> str:
    """Text as Qt holds it: a newline starts a paragraph, shown as U+2029 in a selection; so do
    U+FDD0 and U+FDD1, which Qt uses for frames. One position each either way."""
    return text.replace("\n", "\u2029").replace("\ufdd0", "\u2029").replace("\ufdd1", "\u2029")


def whole(view) -> str:
    return shown(view, 0, view.document().characterCount() - 1)  # the last position is the document's end


def point_of(view, qt_position: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_position)
    rect = view.cursorRect(cursor)
    return QPoint(rect.left(), rect.center().y())


def drag(qtbot, view, qt_start: int, qt_end: int) -> None:
    """Select with the mouse, as an analyst does: press, move, release."""
    start, end = point_of(view, qt_start), point_of(view, qt_end)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)


def double_click(qtbot, view, qt_start: int) -> None:
    """Select a word by double-clicking inside its first character.

    Used for right-to-left words: where a Hebrew word meets Latin text, one
    screen x is both the word's logical start and the Latin text's end, so a
    drag between edges is ambiguous; a click inside the word is not.
    """
    left, right = point_of(view, qt_start), point_of(view, qt_start + 1)
    inside = QPoint((left.x() + right.x()) // 2, left.y())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=inside)  # a double click ends with one


def rule_pipeline():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Putin"},
                                               {"label": "GPE", "pattern": "Pyongyang"}])
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture
def window(qtbot, tmp_path):
    from quotedesk.core.pretag.runner import pretag_project
    from quotedesk.ui.main_window import MainWindow

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    prefs = QSettings(str(tmp_path / "settings" / "quotedesk.ini"), QSettings.Format.IniFormat)
    source = tmp_path / "odd.txt"
    source.write_bytes(RAW.encode("utf-8"))
    store = Store(tmp_path / "odd.qdesk")
    import_paths(store, [source])
    pretag_project(store, nlp=rule_pipeline())
    win = MainWindow(store, prefs, auto_pretag=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)  # digit keys act only while the text has the focus
    win.view.setFocus()
    yield win
    store.close()


def test_mouse_selections_in_odd_text_become_exact_spans_through_to_the_export(window, qtbot, tmp_path):
    store, view = window.store, window.view
    [article] = list(store.iter_articles())
    assert article.text == TEXT  # import: BOM gone, CRLF now LF, everything else kept
    assert whole(view) == as_qt(TEXT)
    # The model's suggestions are highlighted over the right characters.
    suggestions = store.spans(article.id)
    assert sorted(TEXT[s.start:s.end] for s in suggestions) == sorted(MODEL_WORDS + ["Putin"])
    for span in suggestions:
        assert shown(view, utf16(TEXT, span.start), utf16(TEXT, span.end)) == as_qt(TEXT[span.start:span.end])
    # Each word selected with the mouse and labelled with a digit becomes a span of exactly that word.
    for word in WORDS:
        start = TEXT.index(word)
        if word in RIGHT_TO_LEFT:
            double_click(qtbot, view, utf16(TEXT, start))
        else:
            drag(qtbot, view, utf16(TEXT, start), utf16(TEXT, start + len(word)))
        assert view.selected_range() == (start, start + len(word)), word
        qtbot.keyClick(view, Qt.Key.Key_9)
    added = sorted((s for s in store.spans(article.id) if s.origin == "analyst"), key=lambda s: s.start)
    assert [TEXT[s.start:s.end] for s in added] == WORDS
    assert all(s.label == "MISC" for s in added)
    export(store, "jsonl", tmp_path / "out.jsonl")
    # One record per LF-ended line (splitlines() would also split at the U+2028 inside the text).
    [line] = (tmp_path / "out.jsonl").read_text(encoding="utf-8").removesuffix("\n").split("\n")
    exported = json.loads(line)
    assert exported["text"] == TEXT
    for span in exported["spans"]:
        assert exported["text"][span["start"]:span["end"]] == span["text"]
    assert sorted(s["text"] for s in exported["spans"] if s["origin"] == "analyst") == sorted(WORDS)
    record("words selected with the mouse in odd text, exact through export", len(WORDS))


# Any text as an import stores it (normalised: no CR, no leading byte order mark).
STORED_TEXT = st.lists(st.one_of(
    st.characters(exclude_categories=["Cs"]),
    st.sampled_from(["\U0001F600", "\U0001F1F7\U0001F1FA", "\u200d", "\u0301", "\u05e9", "\u0645", "\n", "\u2028",
                     "\x00", "\x85", "\ufeff", "\ufffe", "\ufdd0", "\t", " "]),
), min_size=1, max_size=80).map("".join).filter(lambda t: normalise_text(t) == t)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=STORED_TEXT, cuts=st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), min_size=1, max_size=6))
def test_any_range_of_any_text_selects_the_same_characters_in_qt(qtbot, text, cuts):
    from quotedesk.ui.article_view import ArticleView

    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(text, [], [], None)
    assert whole(view) == as_qt(text)
    for a, b in cuts:
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        view.select_range(start, end)
        # Qt holds exactly those characters between the positions the app chose...
        assert view.textCursor().selectionStart() == utf16(text, start)
        assert view.textCursor().selectionEnd() == utf16(text, end)
        assert shown(view, utf16(text, start), utf16(text, end)) == as_qt(text[start:end])
        # ...and reading the selection back gives the same Python range.
        assert view.selected_range() == ((start, end) if end > start else None)
        COUNTS["ranges"] += 1


def test_a_text_opening_with_a_byte_swapped_mark_lines_up_in_the_app(qtbot, tmp_path):
    """Qt drops U+FFFE (and U+FEFF) at the start of a text; the import drops them first,
    so what the app shows is exactly what the offsets count."""
    from quotedesk.ui.article_view import ArticleView

    source = tmp_path / "swapped.txt"
    source.write_bytes("\ufffe\ufeffPutin met Kim \U0001F600 in Seoul.\n".encode("utf-8"))
    with Store(tmp_path / "p.qdesk") as store:
        import_paths(store, [source])
        [article] = list(store.iter_articles())
    assert article.text == "Putin met Kim \U0001F600 in Seoul.\n"
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article.text, [], [], None)
    seoul = article.text.index("Seoul")
    view.select_range(seoul, seoul + 5)
    assert view.textCursor().selectedText() == "Seoul"


def test_zz_report_ranges():
    assert COUNTS["ranges"] >= 60
    record("random ranges of odd text selected in Qt and read back exactly", COUNTS["ranges"])
