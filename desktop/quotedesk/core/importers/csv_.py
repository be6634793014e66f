"""CSV: one article per row; a text column, every other column becomes meta."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import InputError
from ..model import Article
from ..textnorm import BOM, normalise_text
from .common import ImportItem, read_text

DESCRIPTION = ("CSV (.csv, .tsv) with a header row: a text column (text, body, content or article), "
               "optional id and title columns, every other column kept as meta")
SUFFIXES = (".csv", ".tsv")
TEXT_COLUMNS = ("text", "body", "content", "article")
ID_COLUMNS = ("id", "article_id", "doc_id")
TITLE_COLUMNS = ("title", "headline")
DELIMITERS = (",", ";", "\t")


def _pick(header: list[str], names: tuple[str, ...]) -> str | None:
    lowered = {h.strip().lower(): h for h in header}
    return next((lowered[n] for n in names if n in lowered), None)


def _delimiter(path: Path, first_line: str) -> str:
    """Tab for .tsv; otherwise whichever of , ; TAB the header line uses most."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    return max(DELIMITERS, key=first_line.count) if any(d in first_line for d in DELIMITERS) else ","


def read(path: Path) -> list[ImportItem]:
    content = read_text(path).removeprefix(BOM)
    # Let the csv module see the raw line ends: quoted cells may hold newlines.
    reader = csv.DictReader(io.StringIO(content, newline=""),
                            delimiter=_delimiter(path, content.partition("\n")[0]))
    try:
        header = reader.fieldnames or []
    except csv.Error as exc:
        raise InputError(f"is not valid CSV ({exc}).", str(path), 1) from exc
    text_column = _pick(header, TEXT_COLUMNS)
    if text_column is None:
        raise InputError(
            f"has no text column; name one of the columns {', '.join(TEXT_COLUMNS)} "
            f"(found: {', '.join(header) or 'no header'}).", str(path), 1)
    repeated = sorted({h for h in header if header.count(h) > 1})
    if repeated:
        raise InputError(f"repeats the column {repeated[0]!r} in its header.", str(path), 1)
    id_column, title_column = _pick(header, ID_COLUMNS), _pick(header, TITLE_COLUMNS)
    items, seen = [], set()
    try:
        for row in reader:
            line = reader.line_num
            if None in row:
                raise InputError("has more cells than the header has columns.", str(path), line)
            text = normalise_text(row.get(text_column) or "")
            if not text.strip():
                raise InputError(f"has an empty {text_column!r} cell.", str(path), line)
            article_id = (row.get(id_column) or "").strip() if id_column else ""
            article_id = article_id or f"{path.stem}-{len(items) + 1}"
            if article_id in seen:
                raise InputError(f"repeats the article id {article_id!r}.", str(path), line)
            seen.add(article_id)
            meta = {k: v for k, v in row.items() if k and k not in (text_column, id_column, title_column)}
            if "source" in meta:  # meta.source names the file; keep the column's value beside it
                meta["source_column"] = meta.pop("source")
            meta["source"] = path.name
            title = ((row.get(title_column) or "").strip() or None) if title_column else None
            items.append(ImportItem(Article(id=article_id, text=text, title=title, meta=meta)))
    except csv.Error as exc:
        raise InputError(f"is not valid CSV ({exc}).", str(path), reader.line_num) from exc
    if not items:
        raise InputError("has a header but no rows.", str(path))
    return items
