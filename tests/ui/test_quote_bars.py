"""The quote bars in the left margin and the selected quote's speaker link, as painted."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from quotedesk.core.labels import LabelScheme
from quotedesk.core.model import Quote
from quotedesk.ui.article_view import BAR_WIDTH, BAR_X, ArticleView, Selection
from quotedesk.ui.theme import Formats

LINES = [f"Line {n} of the report, long enough to be a line of its own in the view." for n in range(12)]
TEXT = "\n".join(LINES) + "\n"


def paint(qtbot, quotes, selection=None):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    formats = Formats(LabelScheme.default(), dark=False)
    view.show_article(TEXT, [], quotes, formats, selection)
    with qtbot.waitExposed(view):
        view.show()
    return view, view.viewport().grab().toImage(), formats


def test_a_quote_has_a_bar_of_its_kind_s_colour_beside_its_lines(qtbot):
    start = TEXT.index("Line 3")
    end = TEXT.index("Line 5") + len(LINES[5])
    quote = Quote(article_id="a", start=start, end=end, kind="direct", status="accepted", id="q1")
    view, image, formats = paint(qtbot, [quote])
    top, bottom = view._line_y(start, bottom=False), view._line_y(end, bottom=True)
    colour = formats.quote_colour("direct").rgb()
    for y in range(int(top) + 2, int(bottom) - 2):
        assert [image.pixel(x, y) for x in range(int(BAR_X), int(BAR_X + BAR_WIDTH))] == [colour] * int(BAR_WIDTH)
        assert image.pixel(int(BAR_X + BAR_WIDTH) + 2, y) != colour  # the bar is no wider
    above = view._line_y(TEXT.index("Line 1"), bottom=False)
    assert image.pixel(int(BAR_X) + 1, int(above) + 2) != colour  # nor beside other lines


def test_the_speaker_link_is_a_curve_not_a_filled_shape(qtbot):
    speaker_start = TEXT.index("Line 4")
    quote_start = TEXT.index("report", speaker_start)
    quote = Quote(article_id="a", start=quote_start, end=quote_start + 20, kind="direct", status="accepted",
                  speaker_start=speaker_start, speaker_end=speaker_start + 6, id="q1")
    view, image, formats = paint(qtbot, [quote], Selection("quote", "q1"))
    speaker, said = view._rect_of(speaker_start, speaker_start + 6), view._rect_of(quote_start, quote_start + 1)
    start = QPointF(speaker.center().x(), speaker.top())
    end = QPointF(said.left() + 2, said.top())
    lift = max(18.0, abs(start.x() - end.x()) / 6)
    link_rgb = QColor(formats.scheme.speaker_colour).darker(160).rgb()
    bar_rgb = view._bar_colour("direct", "accepted", True).rgb()
    inside = QPointF((start.x() + end.x()) / 2, start.y() - lift / 3)  # between the curve and its chord
    assert image.pixel(int(inside.x()), int(inside.y())) not in (link_rgb, bar_rgb)  # nothing fills the curve
    apex_y = start.y() - 0.75 * lift  # the curve itself is drawn there
    column = [image.pixel(int(inside.x()), y) for y in range(int(apex_y) - 3, int(apex_y) + 4)]
    assert link_rgb in column
