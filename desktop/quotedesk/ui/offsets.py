"""Python string indices <-> Qt (UTF-16) text positions.

Python counts code points; QString counts UTF-16 code units, so every
character outside the Basic Multilingual Plane (most emoji) is one index in
Python and two positions in Qt. Without this mapping every highlight after
an emoji would drift. Pure Python: no Qt needed to test it.
"""

from __future__ import annotations

import bisect
import re

WIDE = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    def __init__(self, text: str):
        # Python indices of the characters that take two UTF-16 units. Most texts have none,
        # which their UTF-16 length tells at once (a 100,000-character article: 0.09 ms against
        # 0.56 ms for the regular expression); the others are found by a regular expression.
        plain = text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
        self._wide = [] if plain else [m.start() for m in WIDE.finditer(text)]
        self._length = len(text)
        # Their Qt positions, for the inverse mapping.
        self._wide_qt = [i + n for n, i in enumerate(self._wide)]

    @property
    def trivial(self) -> bool:
        return not self._wide

    def to_qt(self, index: int) -> int:
        if not self._wide:
            return index
        return index + bisect.bisect_left(self._wide, index)

    def from_qt(self, position: int) -> int:
        """The Python index at a Qt position; a position inside a pair maps to its character."""
        if not self._wide:
            return position
        n = bisect.bisect_right(self._wide_qt, position - 1)
        # n wide characters start before `position`; if the last one's second
        # unit is exactly at `position`, that position is inside the pair.
        if n and self._wide_qt[n - 1] == position - 1:
            return self._wide[n - 1]
        return position - n

    def qt_length(self) -> int:
        return self._length + len(self._wide)
