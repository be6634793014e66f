"""Fast lookups into one parsed article: token, sentence and quote at a character.

spaCy rebuilds doc.text from every token on each access and finds a token's
sentence by walking the doc, so the finder reads both once, here.
"""

from __future__ import annotations

import bisect


class TextIndex:
    def __init__(self, doc, text: str):
        self.doc = doc
        self.text = text
        self.token_starts = [t.idx for t in doc]
        self.sents = _split_at_line_breaks(doc) if len(doc) else []
        self.sent_starts = [s.start_char for s in self.sents]
        self.quoted: list[tuple[int, int]] = []  # sorted, non-overlapping stretches in marks
        self._quoted_starts: list[int] = []

    def set_quoted(self, ranges: list[tuple[int, int]]) -> None:
        self.quoted = sorted(ranges)
        self._quoted_starts = [s for s, _ in self.quoted]

    def token_at(self, char: int):
        """The token that starts at or before `char`."""
        i = bisect.bisect_right(self.token_starts, char) - 1
        return self.doc[max(i, 0)]

    def sent_number(self, char: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, char) - 1, 0)

    def sent_at(self, char: int):
        return self.sents[self.sent_number(char)]

    def in_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted_starts, char) - 1
        return i >= 0 and char < self.quoted[i][1]

    def quote_in(self, start: int, end: int) -> bool:
        """Some quoted stretch starts inside [start, end)."""
        i = bisect.bisect_left(self._quoted_starts, start)
        return i < len(self.quoted) and self.quoted[i][0] < end


def tokens_between(doc, start: int, end: int) -> list:
    """The tokens starting in the character range [start, end), found by spaCy's index, not by a scan."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return [t for t in span if start <= t.idx < end] if span is not None else []


def _split_at_line_breaks(doc) -> list:
    """The parser's sentences, cut again wherever a line ends.

    The small model often runs a headline or a dateline into the paragraph
    below it; a paragraph break always ends a sentence in news text.
    """
    sents = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and "\n" in token.text and token.i + 1 < sent.end:
                sents.append(doc[start:token.i + 1])
                start = token.i + 1
        sents.append(doc[start:sent.end])
    return sents
