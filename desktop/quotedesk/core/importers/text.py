"""Plain text files: one article each."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Article
from ..textnorm import normalise_text
from .common import ImportItem, headline_of, read_text

DESCRIPTION = "plain text (.txt): one article per file; id = file name, title = a headline-like first line"
SUFFIXES = (".txt", ".text")


def read(path: Path) -> list[ImportItem]:
    text = normalise_text(read_text(path))
    if not text.strip():
        raise InputError("holds only white space.", str(path))
    article = Article(id=path.stem, text=text, title=headline_of(text), meta={"source": path.name})
    return [ImportItem(article)]
