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
