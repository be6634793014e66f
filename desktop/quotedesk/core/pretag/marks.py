"""Pairing quotation marks in raw text, robust to straight, curly and mismatched marks.

Works on characters only (no parse needed), so an odd number of marks can
never make a whole article fail: an unpaired mark is simply left out.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING = {"\u201c", "\u201e", "\u00ab", "\u2039", "\u300c"}  # “ „ « ‹ 「
CLOSING = {"\u201d", "\u00bb", "\u203a", "\u300d"}  # ” » › 」
AMBIGUOUS = {'"', "\u201f", "\u2033"}  # straight double quote and look-alikes
# Single marks quote in headlines and in British house style, but the same
# characters are apostrophes far more often; see single_spans.
SINGLE = {"\u2018", "\u2019", "'"}
MAX_QUOTE_CHARS = 3000


@dataclass(frozen=True)
class MarkedSpan:
    """A stretch of text between an opening and a closing mark (marks included)."""

    start: int
    end: int
    # True when the quote ran to the end of its paragraph without a closing
    # mark and the next paragraph reopens it (the newswire convention).
    continues: bool = False
    continuation: bool = False
    # An opening mark never closed in its paragraph: the quote is taken to run
    # to the paragraph's end, and is offered with less confidence.
    unclosed: bool = False


def _is_opening_ambiguous(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after.isspace():
        return False
    return before.isspace() or before in "([{-\u2014\u2013:;,/" or i == 0


def _is_closing_ambiguous(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def classify_marks(text: str) -> list[tuple[int, str]]:
    """Each double quotation mark with its role: 'open' or 'close'."""
    marks = []
    open_now = False
    for i, ch in enumerate(text):
        if ch == "\n":
            # Paragraph boundary: an ambiguous mark's role restarts here.
            open_now = False
            continue
        if ch in OPENING:
            marks.append((i, "open"))
            open_now = True
        elif ch in CLOSING:
            marks.append((i, "close"))
            open_now = False
        elif ch in AMBIGUOUS:
            can_open = _is_opening_ambiguous(text, i)
            can_close = _is_closing_ambiguous(text, i)
            if open_now and can_close:
                role = "close"
            elif can_open:
                role = "open"
            elif can_close:
                role = "close"
            else:
                continue
            marks.append((i, role))
            open_now = role == "open"
    return marks


def paired_spans(text: str) -> list[MarkedSpan]:
    """Quoted stretches (double marks, then single marks outside them), outermost only."""
    double = double_spans(text)
    single = single_spans(text, [(s.start, s.end) for s in double])
    return sorted(double + single, key=lambda span: span.start)


def double_spans(text: str) -> list[MarkedSpan]:
    """Stretches in double marks, with paragraph continuations linked."""
    spans: list[MarkedSpan] = []
    start: int | None = None
    pending_continues = False
    for i, role in classify_marks(text):
        if role == "open":
            if start is not None:
                # An opening while one is open: either a new paragraph reopens
                # the quote (continuation), or the earlier mark was stray.
                if "\n" in text[start:i]:
                    para_end = text.index("\n", start)
                    if _reopens_paragraph(text, i):
                        spans.append(MarkedSpan(start, para_end, continues=True,
                                                continuation=pending_continues))
                        pending_continues = True
                    else:
                        spans.append(MarkedSpan(start, para_end, unclosed=True))
                        pending_continues = False
                start = i
            else:
                start = i
        else:  # close
            if start is None:
                continue
            if "\n" in text[start:i]:
                # Ran across a paragraph with no reopening mark: the opening
                # was never closed in its own paragraph.
                spans.append(MarkedSpan(start, text.index("\n", start), unclosed=True))
                start = None
                pending_continues = False
                continue
            spans.append(MarkedSpan(start, i + 1, continuation=pending_continues))
            pending_continues = False
            start = None
    if start is not None:
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if end - start > 1:
            spans.append(MarkedSpan(start, end, unclosed=True))
    return [span for span in spans if span.end - span.start <= MAX_QUOTE_CHARS]


def _reopens_paragraph(text: str, i: int) -> bool:
    """True when the mark at i is the first non-space character of its paragraph."""
    line_start = text.rfind("\n", 0, i) + 1
    return not text[line_start:i].strip()


def _single_roles(text: str, i: int) -> tuple[bool, bool]:
    """Whether the single mark at i can open and can close a quote."""
    ch = text[i]
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    can_open = (ch != "\u2019" and (before.isspace() or before in "([{\u201c\"\u2014\u2013-/:;,")
                and not after.isspace() and after not in ".,;:!?'\u2019" and not after.isdigit())
    can_close = ch != "\u2018" and not before.isspace() and not after.isalnum()
    return can_open, can_close


def _weak_close(text: str, i: int) -> bool:
    """'the farmers' union': a plural possessive, unless nothing better closes."""
    return text[i - 1:i] == "s" and text[i + 1:i + 2] == " " and text[i + 2:i + 3].islower()


def single_spans(text: str, taken: list[tuple[int, int]]) -> list[MarkedSpan]:
    """Stretches in single marks, within one paragraph, outside the double-quoted ones.

    An unpaired single mark is an apostrophe: it never opens a quote that runs
    to the paragraph's end, unlike a double mark.
    """
    spans: list[MarkedSpan] = []
    paragraphs = [(start, para) for start, para in _paragraphs(text) if para.strip()]
    reopened = set()  # where a paragraph reopens a quote the paragraph before left open
    for n_para, (para_start, para) in enumerate(paragraphs):
        marks = []
        for j, ch in enumerate(para):
            i = para_start + j
            if ch in SINGLE and not any(s <= i < e for s, e in taken):
                can_open, can_close = _single_roles(text, i)
                if can_open or can_close:
                    marks.append((i, can_open, can_close))
        start = None
        for n, (i, can_open, can_close) in enumerate(marks):
            if start is not None and can_close:
                later = [m for m in marks[n + 1:] if m[2]]
                next_open = next((m[0] for m in marks[n + 1:] if m[1] and not m[2]), None)
                if _weak_close(text, i) and later and (next_open is None or later[0][0] < next_open):
                    continue
                inside_double = any(start < e and s < i + 1 for s, e in taken)
                if any(ch.isalpha() for ch in text[start + 1:i]) and not inside_double:
                    spans.append(MarkedSpan(start, i + 1))
                start = None
            elif can_open:
                start = i
        first = _first_character(para_start, para)
        following = _first_character(*paragraphs[n_para + 1]) if n_para + 1 < len(paragraphs) else None
        if marks and marks[0][0] == first and marks[0][1] and not any(span.start == first for span in spans) \
                and para.rstrip()[-1:] in ".?!" and following is not None and text[following] in SINGLE - {"\u2019"}:
            # "‘We are doing everything we can ... beyond." then a paragraph opening "‘But this is ...’":
            # the newswire convention, a quote run on into the next paragraph with single marks.
            spans.append(MarkedSpan(first, para_start + len(para.rstrip()), continues=True,
                                    continuation=first in reopened))
            reopened.add(following)
    spans = [MarkedSpan(s.start, s.end, s.continues, True, s.unclosed) if s.start in reopened and not s.continuation
             else s for s in spans]
    return [span for span in spans if span.end - span.start <= MAX_QUOTE_CHARS]


def _first_character(para_start: int, para: str) -> int:
    """Where a paragraph's text begins, past any spaces before it."""
    return para_start + len(para) - len(para.lstrip())


def _paragraphs(text: str):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1
