"""Edits refresh only what they touch, and what is shown always equals the project file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from quotedesk.core.model import Article, Quote, Span
from quotedesk.core.store import Store
from quotedesk.ui.article_view import Selection

PARAGRAPH = "Minister Kim Jong Un met Vladimir Putin in Pyongyang on Tuesday.\n"


def long_project(path, paragraphs: int) -> Store:
    """One article of many paragraphs, a PERSON suggestion in each, and a quote in the first."""
    text = PARAGRAPH * paragraphs
    spans, quotes = [], []
    for n in range(paragraphs):
        base = n * len(PARAGRAPH)
        start = base + PARAGRAPH.index("Kim")
        spans.append(Span(article_id="", start=start, end=start + 11, label="PERSON", id=f"s{n:04d}"))
    quotes.append(Quote(article_id="", start=0, end=len(PARAGRAPH) - 1, kind="indirect", id="q0"))
    store = Store(path)
    store.import_articles([(Article(id="long", text=text), spans, quotes, {})])
    return store


def open_window(qtbot, store, settings):
    from quotedesk.ui.main_window import MainWindow

    window = MainWindow(store, settings, auto_pretag=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)  # shortcuts fire only in the active window
    window.view.viewport().grab()  # the first paint formats the blocks on screen
    window.view.setFocus()
    return window


def formatted_blocks_per_accept(qtbot, tmp_path, settings, paragraphs: int) -> list[int]:
    store = long_project(tmp_path / f"long{paragraphs}.qdesk", paragraphs)
    window = open_window(qtbot, store, settings)
    calls = []
    original = window.view.formatter.format_block
    window.view.formatter.format_block = lambda block: (calls.append(block.blockNumber()), original(block))
    window.annotator.select(Selection("span", "s0001"))
    counts = []
    for _ in range(3):
        calls.clear()
        qtbot.keyClick(window.view, Qt.Key.Key_Return)  # accept, then move on to the next suggestion
        window.view.viewport().grab()  # paint: stale blocks on screen are formatted now
        counts.append(len(calls))
    assert [s.status for s in store.spans("long")[1:4]] == ["accepted"] * 3
    return counts


def test_an_edit_formats_the_same_few_blocks_however_long_the_article(qtbot, tmp_path, settings):
    short = formatted_blocks_per_accept(qtbot, tmp_path, settings, 20)
    long = formatted_blocks_per_accept(qtbot, tmp_path, settings, 2000)
    assert short == long
    assert max(long) <= 2  # the accepted span's paragraph and the next suggestion's


def snapshot_view(window):
    view = window.view
    return by_id(view.spans), by_id(view.quotes)


def snapshot_store(store, article_id):
    return by_id(store.spans(article_id)), by_id(store.quotes(article_id))


def by_id(rows):
    return sorted((vars(row) for row in rows), key=lambda row: row["id"])


def test_after_edits_undos_and_redos_the_view_holds_exactly_the_stored_rows(qtbot, tmp_path, settings):
    store = long_project(tmp_path / "mixed.qdesk", 5)
    window = open_window(qtbot, store, settings)
    key = lambda k, m=Qt.KeyboardModifier.NoModifier: qtbot.keyClick(window.view, k, m)  # noqa: E731
    window.annotator.select(Selection("span", "s0000"))
    key(Qt.Key.Key_2)  # relabel: the model span is rejected, an analyst copy added
    key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # resize the copy
    window.annotator.select(Selection("span", "s0002"))
    key(Qt.Key.Key_Delete)
    window.annotator.select(Selection("quote", "q0"))
    key(Qt.Key.Key_K)
    start = PARAGRAPH.index("Vladimir") + 2 * len(PARAGRAPH)
    window.view.text_selected.emit(start, start + 14)
    key(Qt.Key.Key_1)
    assert snapshot_view(window) == snapshot_store(store, "long")
    steps = window.runner.stack.count()
    for _ in range(steps):
        key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert snapshot_view(window) == snapshot_store(store, "long")
    for _ in range(steps):
        key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert snapshot_view(window) == snapshot_store(store, "long")


def test_the_status_bar_counts_follow_every_edit_and_undo(qtbot, tmp_path, settings):
    store = long_project(tmp_path / "counts.qdesk", 6)
    window = open_window(qtbot, store, settings)
    window._after_first_paint()
    key = lambda k, m=Qt.KeyboardModifier.NoModifier: qtbot.keyClick(window.view, k, m)  # noqa: E731
    assert window.progress.counts == store.progress()
    window.annotator.select(Selection("span", "s0001"))
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Delete)
    key(Qt.Key.Key_3)
    key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.progress()["done"] == 1 and store.progress()["suggestions_left"] == 0
    assert window.progress.counts == store.progress()
    window.later.flush()
    assert window.progress_label.text() == "Done 1/1 · 0 suggestions left"
    for _ in range(window.runner.stack.count()):
        key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.progress.counts == store.progress()
    assert store.progress()["suggestions_left"] == 7


def test_an_accepted_span_is_painted_in_its_accepted_colour_at_once(qtbot, tmp_path, settings):
    store = long_project(tmp_path / "colour.qdesk", 3)
    window = open_window(qtbot, store, settings)
    view = window.view
    span = store.span("s0001")
    block = view.document().findBlock(view.offsets.to_qt(span.start))

    def background_at_span():
        relative = view.offsets.to_qt(span.start) - block.position()
        found = [r.format.background().color().name() for r in block.layout().formats()
                 if r.start <= relative < r.start + r.length]
        return found[0] if found else None

    accepted = window.annotator.formats.entity("PERSON", "accepted").background().color().name()
    suggested = window.annotator.formats.entity("PERSON", "suggested").background().color().name()
    assert background_at_span() == suggested
    window.annotator.select(Selection("span", "s0001"))
    window.annotator.set_status("accepted")  # moves the selection on, so the span shows its own colour
    assert store.span("s0001").status == "accepted"
    view.viewport().grab()
    assert background_at_span() == accepted
