"""Snapping a character selection to whole tokens, without loading spaCy.

An analyst's drag rarely lands exactly on word edges; annotations must. The
rule: words (letters, digits, and the apostrophes and hyphens inside them)
and single punctuation characters are tokens; a selection grows to cover
every token it touches, and white space at its edges is dropped.
"""

from __future__ import annotations

import re

TOKEN = re.compile(r"\w+(?:[’'\-\.]\w+)*|[^\w\s]", re.UNICODE)


def token_bounds(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in TOKEN.finditer(text)]


def snap(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The smallest token-aligned extent covering [start, end), or None if it holds no token."""
    if start > end:
        start, end = end, start
    start, end = max(0, start), min(len(text), end)
    touched = [(s, e) for s, e in _tokens_near(text, start, end) if s < end and e > start]
    if not touched:
        return None
    return touched[0][0], touched[-1][1]


def _tokens_near(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # Only scan the neighbourhood: long articles stay cheap.
    lo = max(0, start - 200)
    hi = min(len(text), end + 200)
    return [(s + lo, e + lo) for s, e in token_bounds(text[lo:hi])]


def next_boundary(text: str, position: int, direction: int, edge: str = "start") -> int:
    """Where a span's start (or end) moves to by one token left (-1) or right (+1)."""
    tokens = _tokens_near(text, position, position)
    edges = sorted({s if edge == "start" else e for s, e in tokens})
    if direction > 0:
        later = [x for x in edges if x > position]
        return later[0] if later else position
    earlier = [x for x in edges if x < position]
    return earlier[-1] if earlier else position
