"""What every importer shares: reading text files safely, building import items."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import InputError
from ..model import Article, Quote, Span

# Magic numbers of files people drop into an import by mistake.
BINARY_SIGNATURES = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"SQLite format 3",
                     b"\xd0\xcf\x11\xe0")
MAX_NUL_SHARE = 0.001


@dataclass
class ImportItem:
    """One article and the annotations it brings, before it touches the store."""

    article: Article
    spans: list[Span] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    # span or quote id -> (canonical entity name, label)
    entity_refs: dict[str, tuple[str, str]] = field(default_factory=dict)

    def as_tuple(self):
        return self.article, self.spans, self.quotes, self.entity_refs


@dataclass(frozen=True)
class Importer:
    """One input format: how to recognise it and how to read it."""

    name: str
    description: str
    suffixes: tuple[str, ...]
    read: Callable[[Path], list[ImportItem]]


def read_text(path: Path, *, allow_empty: bool = False) -> str:
    """The file's text, or an InputError saying why it is not a text file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc}).", str(path)) from exc
    if not data.strip():
        if allow_empty:
            return ""
        raise InputError("is empty.", str(path))
    if data.startswith(BINARY_SIGNATURES) or data.count(b"\x00") > max(1, len(data) * MAX_NUL_SHARE):
        raise InputError("is a binary file, not text.", str(path))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"is not UTF-8 text (byte {exc.start}); save it as UTF-8 and import again.", str(path), line
        ) from exc


# A headline is short: most news style guides keep it well under 15 words.
HEADLINE_MAX_WORDS = 20
HEADLINE_MAX_CHARS = 160
# Sentence or clause punctuation at the end (before any closing quote or bracket).
_ENDS_LIKE_PROSE = re.compile(r"[.,;:\u2026]['\"\u2019\u201d)\]]*$")
_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
                "over", "the", "to", "up", "vs", "with"}


def is_title_case(line: str) -> bool:
    """Most words capitalised (small words aside), as in 'Putin's Visit Marks a New Era'."""
    words = [w.strip("\"'\u2018\u2019\u201c\u201d()[]") for w in line.split()]
    words = [w for w in words if w and w[0].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def headline_of(text: str) -> str | None:
    """The first line when it reads as a headline, else None.

    The rule: the first line is short (at most 20 words, 160 characters), does
    not start in lower case, does not end like prose (full stop, comma, colon,
    semicolon, ellipsis), more text follows, and either a blank line follows
    it or it is written in title case or capitals.
    """
    first, _, rest = text.lstrip("\n").partition("\n")
    line = first.strip()
    if not line or not rest.strip():
        return None
    if len(line) > HEADLINE_MAX_CHARS or len(line.split()) > HEADLINE_MAX_WORDS:
        return None
    if line[0].islower() or _ENDS_LIKE_PROSE.search(line):
        return None
    blank_after = not rest.partition("\n")[0].strip()
    if blank_after or is_title_case(line) or (line.isupper() and len(line.split()) >= 2):
        return line
    return None


def check_extent(text: str, start: object, end: object, path: Path, line: int | None, what: str) -> None:
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end)):
        raise InputError(f"the {what} offsets must be whole numbers.", str(path), line)
    if not 0 <= start < end <= len(text):
        raise InputError(
            f"the {what} {start}-{end} lies outside the text (length {len(text)}).", str(path), line
        )
