"""Entity and quote highlighting, one paragraph (text block) at a time.

Qt asks for the formats of one block when it needs them; an index of
ranges sorted by start answers with a binary search, so an edit repaints
only the blocks it touches and long articles stay fast (no per-span extra
selections).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextDocument


@dataclass(frozen=True)
class Layer:
    """Formats merged over one range of Qt positions; higher `order` wins."""

    start: int
    end: int
    fmt: QTextCharFormat
    order: int


class RangeIndex:
    """Ranges sorted by start, with the longest length for window searches."""

    def __init__(self, layers: list[Layer]):
        self.layers = sorted(layers, key=lambda layer: (layer.start, layer.order))
        self.starts = [layer.start for layer in self.layers]
        self.longest = max((layer.end - layer.start for layer in self.layers), default=0)

    def overlapping(self, start: int, end: int) -> list[Layer]:
        lo = bisect.bisect_left(self.starts, start - self.longest)
        hi = bisect.bisect_left(self.starts, end)
        return [layer for layer in self.layers[lo:hi] if layer.end > start]


class AnnotationHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._short = RangeIndex([])  # entity spans and other short ranges
        self._long = RangeIndex([])  # quotes: few, but long

    def set_layers(self, layers: list[Layer]) -> None:
        """New ranges; the caller decides which blocks to repaint."""
        cut = 400
        self._short = RangeIndex([layer for layer in layers if layer.end - layer.start <= cut])
        self._long = RangeIndex([layer for layer in layers if layer.end - layer.start > cut])

    def highlightBlock(self, text: str) -> None:
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        layers = self._long.overlapping(block_start, block_end) + self._short.overlapping(block_start, block_end)
        for layer in sorted(layers, key=lambda layer: layer.order):
            start = max(layer.start, block_start) - block_start
            end = min(layer.end, block_end) - block_start
            if end <= start:
                continue
            # Merge, so an entity inside a quote keeps the quote's underline.
            position = start
            while position < end:
                run_end = position + 1
                base = self.format(position)
                while run_end < end and self.format(run_end) == base:
                    run_end += 1
                merged = QTextCharFormat(base)
                merged.merge(layer.fmt)
                self.setFormat(position, run_end - position, merged)
                position = run_end

    def rehighlight_range(self, start: int, end: int) -> None:
        """Repaint only the blocks between two Qt positions."""
        document = self.document()
        block = document.findBlock(max(0, start))
        last = document.findBlock(max(0, end))
        while block.isValid():
            self.rehighlightBlock(block)
            if block == last or block.position() > end:
                break
            block = block.next()
