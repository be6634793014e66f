"""The inspector's rows: made for the first selection, then shown or hidden by what is selected."""

from __future__ import annotations

from quotedesk.core.model import Quote, Span
from quotedesk.ui.inspector import Inspector

TEXT = "Putin said \u201cwe value this\u201d on Tuesday."


def visible_rows(inspector: Inspector) -> set[str]:
    return {name for row, name in enumerate(inspector.FIELDS) if inspector.form.isRowVisible(row)}


def test_no_rows_until_something_is_selected_then_the_rows_of_each_kind(qtbot):
    inspector = Inspector()
    qtbot.addWidget(inspector)
    assert inspector.values == {}  # the window's first frame shows nothing selected
    assert inspector.form.rowCount() == 0

    span = Span(article_id="a", start=0, end=5, label="PERSON", confidence=0.81, id="s1")
    inspector.show_span(span, TEXT, "Vladimir Putin")
    assert inspector.form.rowCount() == len(Inspector.FIELDS)
    assert visible_rows(inspector) == Inspector.SHOWN["span"]
    assert inspector.values["Text"].text() == "Putin"
    assert inspector.values["Label"].text() == "PERSON"
    assert inspector.values["Confidence"].text() == "0.81"
    assert inspector.values["Entity"].text() == "Vladimir Putin"

    quote = Quote(article_id="a", start=TEXT.index("\u201c"), end=TEXT.index("\u201d") + 1, kind="direct",
                  speaker_start=0, speaker_end=5, id="q1")
    inspector.show_quote(quote, TEXT, None)
    assert visible_rows(inspector) == Inspector.SHOWN["quote"]
    assert inspector.values["Speaker"].text() == "Putin"
    assert inspector.values["Speaker entity"].text() == "—"
    assert inspector.values["Label"].text() == "—"  # a value of the span before is not left behind

    inspector.show_nothing()
    assert visible_rows(inspector) == set()
    assert inspector.form.rowCount() == len(Inspector.FIELDS)  # made once, kept
