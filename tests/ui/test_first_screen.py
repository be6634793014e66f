"""Opening a long article reads the first screen's annotations first and the rest just after the
first paint; whatever asks for them earlier gets all of them, and the view always ends up holding
exactly the stored rows."""

from __future__ import annotations

from quotedesk.core import edits
from quotedesk.core.model import Article, Quote, Span
from quotedesk.core.store import Store
from quotedesk.ui.article_view import Selection

PARAGRAPH = "Minister Kim Jong Un met Vladimir Putin in Pyongyang on Tuesday.\n"
PARAGRAPHS = 400


def long_store(path) -> Store:
    text = PARAGRAPH * PARAGRAPHS
    spans, quotes = [], []
    for n in range(PARAGRAPHS):
        start = n * len(PARAGRAPH) + PARAGRAPH.index("Kim")
        spans.append(Span(article_id="", start=start, end=start + 11, label="PERSON", id=f"s{n:04d}"))
        if n % 10 == 0:
            quotes.append(Quote(article_id="", start=n * len(PARAGRAPH), end=(n + 1) * len(PARAGRAPH) - 1,
                                kind="indirect", id=f"q{n:04d}"))
    store = Store(path)
    store.import_articles([(Article(id="long", text=text), spans, quotes, {}),
                           (Article(id="other", text="Short one.\n"), [], [], {})])
    return store


def open_window(qtbot, store, settings):
    from quotedesk.ui.main_window import MainWindow

    window = MainWindow(store, settings, auto_pretag=False)
    qtbot.addWidget(window)
    window.show()
    window.later.flush()
    return window


def long_article_opened(qtbot, path, settings):
    """A window that showed another article, then opened the long one: only its first screen held."""
    store = long_store(path)
    window = open_window(qtbot, store, settings)
    window.open_article("other")
    window.later.flush()
    window.open_article("long")
    return store, window


def by_id(rows):
    return sorted((vars(row) for row in rows), key=lambda row: row["id"])


def formats_of(view, span):
    block = view.document().findBlock(view.offsets.to_qt(span.start))
    relative = view.offsets.to_qt(span.start) - block.position()
    return [r.format.background().color().name() for r in block.layout().formats()
            if r.start <= relative < r.start + r.length]


def test_the_first_paint_shows_the_first_screen_and_the_rest_follows(qtbot, tmp_path, settings):
    store, window = long_article_opened(qtbot, tmp_path / "a.qdesk", settings)
    view = window.view
    assert view._held_to is not None and view._held_to < len(view.text)  # only the first screen so far
    assert 0 < len(view._spans) < PARAGRAPHS
    view.viewport().grab()
    suggested = window.annotator.formats.entity("PERSON", "suggested").background().color().name()
    for block, _top in view._shown:  # every block painted carries its highlight
        span = view._spans.overlapping(*view.formatter.python_range(block))[0]
        assert formats_of(view, span) == [suggested]
    window.later.flush()  # just after the first paint: the rest
    assert view._held_to is None
    assert by_id(view.spans) == by_id(store.spans("long")) and by_id(view.quotes) == by_id(store.quotes("long"))


def test_scrolling_past_the_first_screen_reads_what_it_shows(qtbot, tmp_path, settings):
    store, window = long_article_opened(qtbot, tmp_path / "b.qdesk", settings)
    view = window.view
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.viewport().grab()
    assert view._held_to is None or view._held_to > view._visible[1]
    last = store.spans("long")[-1]
    assert formats_of(view, last) == [window.annotator.formats.entity("PERSON", "suggested").background().color().name()]


def test_asking_for_annotations_before_the_rest_is_read_gets_all_of_them(qtbot, tmp_path, settings):
    store, window = long_article_opened(qtbot, tmp_path / "c.qdesk", settings)
    view = window.view
    assert view._held_to is not None
    assert len(window.annotator.spans) == PARAGRAPHS  # the rest is read on demand
    window.annotator.select(Selection("span", f"s{PARAGRAPHS - 1:04d}"), scroll=True)
    window.annotator.confirm()
    assert store.span(f"s{PARAGRAPHS - 1:04d}").status == "accepted"
    assert by_id(view.spans) == by_id(store.spans("long"))


def test_an_edit_that_moves_a_row_into_the_first_screen_before_the_rest_is_read(qtbot, tmp_path, settings):
    store, window = long_article_opened(qtbot, tmp_path / "d.qdesk", settings)
    view = window.view
    view.viewport().grab()
    assert view._held_to is not None
    far = f"s{PARAGRAPHS - 1:04d}"
    assert far not in view._spans
    # From the last paragraph to the first (a model span: rejected there, an analyst copy made here).
    assert window.runner.perform(edits.resize_span(store, far, 0, 8))
    assert by_id(view.spans) == by_id(store.spans("long")) and by_id(view.quotes) == by_id(store.quotes("long"))
    [copy] = [s for s in store.spans("long") if s.origin == "analyst"]
    assert copy.start == 0 and copy.id in view._spans
    view.viewport().grab()
    assert formats_of(view, copy)
    window.runner.stack.undo()
    assert by_id(view.spans) == by_id(store.spans("long"))


def test_rows_changed_in_the_file_before_the_rest_is_read_are_repainted(qtbot, tmp_path, settings):
    store, window = long_article_opened(qtbot, tmp_path / "e.qdesk", settings)
    view = window.view
    view.viewport().grab()
    assert view._held_to is not None
    store.apply(edits.set_span_status(store, "s0000", "accepted"))  # as another writer would, unseen by the view
    window.later.flush()
    assert by_id(view.spans) == by_id(store.spans("long"))
    view.viewport().grab()
    accepted = window.annotator.formats.entity("PERSON", "accepted").background().color().name()
    assert formats_of(view, store.span("s0000")) == [accepted]


def test_a_window_closed_before_the_rest_is_read_leaves_the_store_alone(qtbot, tmp_path, settings):
    store, window = long_article_opened(qtbot, tmp_path / "f.qdesk", settings)
    assert window.view._held_to is not None and window.later.pending()
    window.close()
    store.close()  # as switching projects does
    qtbot.wait(20)  # nothing deferred reads the closed store
    assert not window.later.pending()



SHAPES = {
    # Texts far longer than a screen, in paragraphs (a paragraph is formatted whole, so a text of one
    # paragraph needs all its rows for the first paint whatever the guess).
    "news paragraphs": "\n".join(("The minister said the talks in Geneva would resume next week. " * (2 + n % 5)).strip()
                                  for n in range(120)) + "\n",
    "short lines": "\n".join(f"Line {n}: Geneva talks." for n in range(600)) + "\n",
}


def spans_on_every_name(text: str, article_id: str) -> list[Span]:
    import re

    return [Span(article_id="", start=m.start(), end=m.end(), label="GPE", id=f"{article_id}-{n:05d}")
            for n, m in enumerate(re.finditer(r"Geneva", text))]


def test_the_first_screen_is_read_at_once_and_no_further_than_a_generous_screenful(qtbot, tmp_path, settings):
    store = Store(tmp_path / "shapes.qdesk")
    store.import_articles([(Article(id=name, text=text), spans_on_every_name(text, name), [], {})
                           for name, text in SHAPES.items()])
    window = open_window(qtbot, store, settings)
    view = window.view
    reads = []
    original = store.spans
    store.spans = lambda *args: (reads.append(args[1:]), original(*args))[1]
    for name, text in SHAPES.items():
        window.open_article(name)
        window.later.flush()
        reads.clear()
        window.annotator.open(name)  # again, from the top
        view.viewport().grab()
        # One read before the first frame, far short of the text's end ...
        assert len(reads) == 1, (name, reads)
        [(start, before)] = reads
        assert start == 0 and before is not None and before < len(text) // 4, (name, before)
        # ... and reaching past every paragraph the paint showed.
        assert before >= view._visible[1], (name, before, view._visible)
        window.later.flush()


class Paints:
    """Counts the paint events of a widget."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    counter.count += 1
                return False

        self.count, self.widget, self.filter = 0, widget, Filter()
        widget.installEventFilter(self.filter)

    def stop(self) -> int:
        self.widget.removeEventFilter(self.filter)
        return self.count


def window_with_two_articles(qtbot, path, settings, other_text):
    text = "\n".join(("The minister said the talks in Geneva would resume next week. " * 6).strip()
                     for _ in range(60)) + "\n"
    store = Store(path)
    store.import_articles([(Article(id="long", text=text), spans_on_every_name(text, "long"), [], {}),
                           (Article(id="other", text=other_text), [], [], {})])
    window = open_window(qtbot, store, settings)
    window.open_article("other")
    qtbot.wait(10)
    return window


def test_opening_an_article_paints_its_text_once(qtbot, tmp_path, settings):
    # The other article is long enough for a scroll bar too: the view keeps its width.
    window = window_with_two_articles(qtbot, tmp_path / "once.qdesk", settings, "Another report, line after line.\n" * 200)
    view = window.view
    paints = Paints(view.viewport())
    window.open_article("long")
    view.viewport().repaint()
    block, top = view._shown[-1]
    # The last paragraph shown runs on below the viewport (what used to ask for a second paint).
    assert top + view.document().documentLayout().blockBoundingRect(block).height() > view.viewport().height()
    window.later.flush()
    qtbot.wait(50)  # anything scheduled is painted meanwhile
    assert paints.stop() == 1


def test_a_text_that_needs_the_scroll_bar_is_painted_once_at_its_width(qtbot, tmp_path, settings):
    window = window_with_two_articles(qtbot, tmp_path / "bar.qdesk", settings, "Short one.\n")
    view = window.view
    assert not view.verticalScrollBar().isVisible()
    paints = Paints(view.viewport())
    window.open_article("long")
    view.viewport().repaint()
    width = view.viewport().width()
    window.later.flush()
    qtbot.wait(50)
    assert view.verticalScrollBar().isVisible() and view.viewport().width() == width  # painted at its final width
    assert paints.stop() == 1
