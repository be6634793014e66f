"""Plain text files: one article each."""

from __future__ import annotations

from pathlib import Path

from ..model import Article
from ..textnorm import normalise_text
from .common import ImportItem, looks_like_headline, read_text

DESCRIPTION = "plain text (.txt): one article per file; id = file name, title = a headline-like first line"


def title_of(text: str) -> str | None:
    first, _, rest = text.partition("\n")
    if not rest.strip():
        return None
    first = first.strip()
    return first if looks_like_headline(first) else None


def read(path: Path) -> list[ImportItem]:
    text = normalise_text(read_text(path))
    if not text.strip():
        from ..errors import InputError

        raise InputError("holds only white space.", str(path))
    article = Article(id=path.stem, text=text, title=title_of(text), meta={"source": path.name})
    return [ImportItem(article)]
