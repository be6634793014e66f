"""What every importer shares: reading text files safely, building import items."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..model import Article, Quote, Span

# Magic numbers of files people drop into an import by mistake.
BINARY_SIGNATURES = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"SQLite format 3")
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


def read_text(path: Path) -> str:
    """The file's text, or an InputError saying why it is not a text file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc}).", str(path)) from exc
    if not data.strip():
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


def looks_like_headline(line: str) -> bool:
    """A first line that reads as a title: short, capitalised, no closing full stop."""
    words = line.split()
    if not words or len(words) > 25 or len(line) > 200:
        return False
    return not line[0].islower() and not line.rstrip().endswith((".", ",", ";", ":"))


def check_extent(text: str, start: int, end: int, path: Path, line: int | None, what: str) -> None:
    if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool) or isinstance(end, bool):
        raise InputError(f"the {what} offsets must be whole numbers.", str(path), line)
    if not 0 <= start < end <= len(text):
        raise InputError(
            f"the {what} {start}-{end} lies outside the text (length {len(text)}).", str(path), line
        )
