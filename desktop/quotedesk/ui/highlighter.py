"""Entity and quote highlighting, one paragraph (text block) at a time, only where it is seen.

Opening an article formats nothing up front: just before a block is first
painted, its layers (spans, quotes, the selection) are looked up in the
annotation index and merged into character formats on the block's layout.
An edit re-formats only the blocks it touches. So opening and editing cost
about the same on a 100,000-character article as on a short one, and no
per-span extra selections are ever made. (QSyntaxHighlighter would format
every block of the document on setPlainText.)
"""

from __future__ import annotations

from operator import itemgetter
from typing import Callable, NamedTuple

from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextDocument, QTextLayout

from .offsets import OffsetMap

# Layers merge in this order; within a group only the highest rank shows, so a
# live span hides the rejected suggestion it replaced at the same place.
GROUP_QUOTE, GROUP_QUOTE_TINT, GROUP_ENTITY, GROUP_CUE, GROUP_SPEAKER = range(5)


class Layer(NamedTuple):
    """A format over [start, end) in Python string indices (a tuple: made by the hundred per paint)."""

    start: int
    end: int
    group: int
    rank: int
    fmt: QTextCharFormat


LayerSource = Callable[[int, int], list[Layer]]


_by_start = itemgetter(0)  # a Layer's start (C-level: sorting calls it per layer)


def _same_look(a: tuple[Layer, ...], b: tuple[Layer, ...]) -> bool:
    if len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x[4] is not y[4]:  # fmt
            return False
    return True


def segments(layers: list[Layer], lo: int, hi: int) -> list[tuple[int, int, tuple[Layer, ...]]]:
    """Split [lo, hi) where layers begin or end; each piece with its winning layer per group, in group order."""
    # Layers are read by index (start, end, group, rank, fmt): a paint splits hundreds of them.
    layers = sorted(layers, key=_by_start)
    previous_end = -1
    for layer in layers:
        if layer[0] < previous_end:
            return _layered(layers, lo, hi)
        previous_end = layer[1]
    # The usual paragraph: entity spans side by side, nothing on top of another.
    if not layers or (layers[0][0] >= lo and previous_end <= hi):
        return [(layer[0], layer[1], (layer,)) for layer in layers]  # all within [lo, hi): nothing to cut
    return [(start, end, (layer,)) for layer in layers
            if (end := min(layer[1], hi)) > (start := max(layer[0], lo))]


def _layered(layers: list[Layer], lo: int, hi: int) -> list[tuple[int, int, tuple[Layer, ...]]]:
    """segments() where layers lie on top of others (quotes over spans, the selection), sorted by start."""
    events = []
    for n, layer in enumerate(layers):
        start, end = max(layer[0], lo), min(layer[1], hi)
        if end > start:
            events.append((start, 1, n))
            events.append((end, 0, n))
    events.sort()
    # Within a group the higher rank wins; among equals the shorter (inner) range, then the later one.
    keys = [(layer[3], layer[0] - layer[1], layer[0]) for layer in layers]
    pieces: list[tuple[int, int, tuple[Layer, ...]]] = []
    active: list[int] = []  # in the order they started: ties go to the first, as in the layers' order
    previous = lo
    for position, starting, n in events:
        if active and position > previous:
            if len(active) == 1:
                winners = (layers[active[0]],)
            else:
                best: dict[int, int] = {}
                for i in active:
                    group = layers[i][2]
                    held = best.get(group)
                    if held is None or keys[i] > keys[held]:
                        best[group] = i
                winners = tuple(layers[best[group]] for group in sorted(best))
            if pieces and pieces[-1][1] == previous and _same_look(pieces[-1][2], winners):
                pieces[-1] = (pieces[-1][0], position, winners)
            else:
                pieces.append((previous, position, winners))
        if starting:
            active.append(n)
        else:
            active.remove(n)
        previous = position
    return pieces


class BlockFormatter:
    """Puts merged character formats on text blocks, and remembers which are up to date."""

    def __init__(self, document: QTextDocument):
        self.document = document
        self.offsets = OffsetMap("")
        self.source: LayerSource = lambda _lo, _hi: []
        self._fresh: set[int] = set()  # block numbers formatted from the current layers
        self._formatted: set[int] = set()  # block numbers carrying any formats
        self._merged: dict[tuple[int, ...], tuple[QTextCharFormat, tuple]] = {}
        self._pool: list[QTextLayout.FormatRange] = []
        self._trivial = True

    def reset(self, offsets: OffsetMap, source: LayerSource) -> None:
        """A new text: no block is formatted yet."""
        self.offsets, self.source = offsets, source
        self._trivial = offsets.trivial  # asked for every block painted
        self._fresh.clear()
        self._formatted.clear()
        # Merged formats depend only on the formats merged, not on the text: they are kept
        # (a handful of looks; bounded in case the palette keeps changing).
        if len(self._merged) > 4096:
            self._merged.clear()

    def is_fresh(self, block: QTextBlock) -> bool:
        return block.blockNumber() in self._fresh

    def python_range(self, block: QTextBlock) -> tuple[int, int]:
        position = block.position()
        if self._trivial:
            return position, position + block.length() - 1
        return self.offsets.from_qt(position), self.offsets.from_qt(position + block.length() - 1)

    def format_block(self, block: QTextBlock) -> None:
        number = block.blockNumber()
        position = block.position()
        if self._trivial:
            lo, hi = position, position + block.length() - 1
        else:
            lo, hi = self.python_range(block)
        ranges = self._ranges(self.source(lo, hi), lo, hi, position)
        if ranges or number in self._formatted:
            # Setting formats drops the block's lines: it is laid out again, with them, when next
            # measured or painted. The caller (the view's paint) measures it right after.
            block.layout().setFormats(ranges)
            if ranges:
                self._formatted.add(number)
            else:
                self._formatted.discard(number)
        self._fresh.add(number)

    def stale_blocks(self, start: int, end: int) -> list[QTextBlock]:
        """Mark the blocks over Python [start, end] out of date; returns those that had been formatted."""
        document, fresh = self.document, self._fresh
        block = document.findBlock(self.offsets.to_qt(max(0, start)))
        qt_end = self.offsets.to_qt(max(0, end))
        # Most extents lie within one paragraph: no second look-up for it.
        last_block = block if block.isValid() and qt_end < block.position() + block.length() else document.findBlock(qt_end)
        last = last_block.blockNumber()
        stale = []
        while block.isValid():
            number = block.blockNumber()
            if number > last:
                break
            if number in fresh:
                fresh.discard(number)
                stale.append(block)
            block = block.next()
        return stale

    def _ranges(self, layers: list[Layer], lo: int, hi: int, block_position: int) -> list[QTextLayout.FormatRange]:
        if not layers:
            return []
        pool = self._pool
        while len(pool) < len(layers):
            pool.append(QTextLayout.FormatRange())
        # setFormats copies the ranges: the same wrappers serve every block.
        if self._trivial:
            # The usual paragraph: layers side by side in text order within the block, one range
            # each (what segments() gives them), set without building the pieces first.
            previous_end = lo
            for fmt_range, (start, end, _group, _rank, fmt) in zip(pool, layers):
                if start < previous_end or end > hi:
                    break
                fmt_range.start = start - block_position
                fmt_range.length = end - start
                fmt_range.format = fmt
                previous_end = end
            else:
                return pool[:len(layers)]
        return self._pieces(segments(layers, lo, hi), block_position)

    def _pieces(self, pieces: list[tuple[int, int, tuple[Layer, ...]]], block_position: int) -> list[QTextLayout.FormatRange]:
        to_qt = None if self._trivial else self.offsets.to_qt
        merge, pool = self._merge, self._pool
        while len(pool) < len(pieces):
            pool.append(QTextLayout.FormatRange())
        ranges = pool[:len(pieces)]
        for fmt_range, (start, end, winners) in zip(ranges, pieces):
            if to_qt is None:
                fmt_range.start = start - block_position
                fmt_range.length = end - start
            else:
                qt_start = to_qt(start)
                fmt_range.start = qt_start - block_position
                fmt_range.length = to_qt(end) - qt_start
            fmt_range.format = winners[0][4] if len(winners) == 1 else merge(winners)
        return ranges

    def _merge(self, winners: tuple[Layer, ...]) -> QTextCharFormat:
        formats = tuple(layer[4] for layer in winners)
        key = tuple(map(id, formats))
        found = self._merged.get(key)
        if found is None:
            merged = QTextCharFormat()
            for fmt in formats:
                merged.merge(fmt)
            # The value holds the formats too, so the ids in the key stay theirs.
            found = self._merged[key] = (merged, formats)
        return found[0]
