"""Highlight layers merge per character exactly as their groups and ranks say."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCharFormat

from quotedesk.ui.highlighter import Layer, segments

FORMATS = [QTextCharFormat() for _ in range(6)]  # distinct looks
for size, fmt in enumerate(FORMATS, start=8):
    fmt.setFontPointSize(size)

layers_strategy = st.lists(
    st.builds(lambda s, n, g, r, f: Layer(s, s + n, g, r, FORMATS[f]),
              st.integers(0, 60), st.integers(1, 25), st.integers(0, 4), st.integers(0, 9), st.integers(0, 5)),
    max_size=12)


def winners_at(layers, position):
    """The look of a character, by brute force: in each group the format of the highest rank,
    then the shortest range, then the latest start; groups in order."""
    covering = [layer for layer in layers if layer.start <= position < layer.end]
    best = {}
    for group in {layer.group for layer in covering}:
        best[group] = max((layer for layer in covering if layer.group == group),
                          key=lambda layer: (layer.rank, -(layer.end - layer.start), layer.start))
    return [id(best[g].fmt) for g in sorted(best)]


@settings(max_examples=300, deadline=None)
@given(layers_strategy, st.integers(0, 40), st.integers(0, 60))
def test_every_character_gets_the_winning_layers(layers, lo, length):
    hi = lo + length
    pieces = segments(layers, lo, hi)
    covered = {}
    for start, end, winners in pieces:
        assert lo <= start < end <= hi
        for position in range(start, end):
            assert position not in covered  # pieces never overlap
            covered[position] = [id(w.fmt) for w in winners]
    for position in range(lo, hi):
        assert covered.get(position, []) == winners_at(layers, position)


def test_neighbouring_pieces_with_the_same_look_are_joined():
    entity = Layer(0, 5, 2, 1, FORMATS[0])
    quote = Layer(0, 10, 0, 1, FORMATS[1])
    same_entity_again = Layer(5, 8, 2, 1, FORMATS[0])
    pieces = segments([quote, entity, same_entity_again], 0, 10)
    assert [(s, e) for s, e, _ in pieces] == [(0, 8), (8, 10)]
    assert [len(w) for _, _, w in pieces] == [2, 1]



def ranges_from_pieces(layers, lo, hi, block_position):
    """The formats a block should get: one range per piece of segments(), its winners merged in group order."""
    found = []
    for start, end, winners in segments(layers, lo, hi):
        merged = QTextCharFormat()
        for layer in winners:
            merged.merge(layer.fmt)
        found.append((start - block_position, end - start, merged))
    return found


# The usual paragraph: spans one after another (gaps of zero or more), as the formatter's quick path takes them.
side_by_side_strategy = st.lists(st.tuples(st.integers(0, 6), st.integers(1, 9), st.integers(0, 5)), max_size=10).map(
    lambda steps: [Layer(start, start + n, 2, 1, FORMATS[f])
                   for start, n, f in [(sum(g + n for g, n, _ in steps[:i]) + g, n, f)
                                       for i, (g, n, f) in enumerate(steps)]])


def formatted(layers, lo, hi, block_position):
    from PySide6.QtGui import QTextDocument

    from quotedesk.ui.highlighter import BlockFormatter
    from quotedesk.ui.offsets import OffsetMap

    formatter = BlockFormatter(QTextDocument())
    formatter.reset(OffsetMap("x" * 200), lambda _lo, _hi: [])
    # Copies: the ranges (and their formats) belong to the formatter, gone with it.
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in formatter._ranges(list(layers), lo, hi, block_position)]


@settings(max_examples=300, deadline=None)
@given(st.one_of(layers_strategy, side_by_side_strategy), st.integers(0, 40), st.integers(0, 60))
def test_a_block_gets_one_range_per_piece_with_its_merged_look(layers, lo, length):
    hi = lo + length
    assert formatted(layers, lo, hi, lo) == ranges_from_pieces(layers, lo, hi, lo)


def test_side_by_side_spans_inside_the_block_get_a_range_each():
    spans = [Layer(3, 7, 2, 1, FORMATS[0]), Layer(7, 9, 2, 1, FORMATS[0]), Layer(12, 20, 2, 1, FORMATS[1])]
    assert formatted(spans, 0, 30, 0) == [(3, 4, FORMATS[0]), (7, 2, FORMATS[0]), (12, 8, FORMATS[1])]
