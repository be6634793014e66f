"""Importers: each format is a small module with DESCRIPTION, SUFFIXES and read(path) -> [ImportItem].

`import_paths` reads and checks everything first and writes it in one
transaction, so a bad file anywhere means nothing at all is imported.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..progress import CancelToken, ProgressCallback, no_progress
from ..store import ImportResult, Store
from . import brat, csv_, jsonl, text
from .common import Importer, ImportItem

IMPORTERS: dict[str, Importer] = {
    name: Importer(name, module.DESCRIPTION, module.SUFFIXES, module.read)
    for name, module in (("text", text), ("jsonl", jsonl), ("csv", csv_), ("brat", brat))
}
SUFFIXES = {suffix: name for name, imp in IMPORTERS.items() for suffix in imp.suffixes}


def format_of(path: Path) -> str:
    """Which importer reads this file (a .txt with an .ann beside it is brat)."""
    suffix = path.suffix.lower()
    if suffix in text.SUFFIXES and path.with_suffix(".ann").is_file():
        return "brat"
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    known = ", ".join(sorted(SUFFIXES))
    raise InputError(f"has a type QuoteDesk cannot import ({suffix or 'no extension'}); use {known}.", str(path))


def _brat_text(ann: Path) -> Path:
    """The .txt that an .ann file annotates."""
    txt = ann.with_suffix(".txt")
    if not txt.is_file():
        raise InputError(f"has no {txt.name} beside it: brat annotations need their text.", str(ann))
    return txt


def _visible_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def expand(paths: list[Path]) -> list[tuple[Path, str]]:
    """(file, format) pairs to read: given files, and the importable files inside given folders.

    A brat pair counts once, by its .txt; a path given twice (or a file inside
    a folder also given) is read once.
    """
    found: list[tuple[Path, str]] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        if path.suffix.lower() == ".ann":
            path = _brat_text(path)
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            found.append((path, format_of(path)))

    for path in map(Path, paths):
        if path.is_dir():
            files = [p for p in _visible_files(path) if p.suffix.lower() in SUFFIXES]
            if not files:
                raise InputError(f"holds no files QuoteDesk can import ({', '.join(sorted(SUFFIXES))}).", str(path))
            for file in files:
                add(file)
        elif path.is_file():
            add(path)
        else:
            raise InputError("does not exist.", str(path))
    return found


def read_items(paths: list[Path], *, progress: ProgressCallback = no_progress,
               cancel: CancelToken | None = None) -> list[ImportItem]:
    """Read and check every input; nothing touches a project here."""
    files = expand(paths)
    items: list[ImportItem] = []
    for done, (path, fmt) in enumerate(files, start=1):
        if cancel is not None:
            cancel.raise_if_cancelled()
        items.extend(IMPORTERS[fmt].read(path))
        progress(done, len(files), f"Read {path.name}")
    return items


def import_paths(store: Store, paths: list[Path], *, progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None) -> ImportResult:
    """Import files and folders into the project, all or nothing."""
    items = read_items(paths, progress=progress, cancel=cancel)
    if cancel is not None:
        cancel.raise_if_cancelled()
    return store.import_articles(item.as_tuple() for item in items)


__all__ = ["IMPORTERS", "Importer", "ImportItem", "import_paths", "read_items", "expand", "format_of"]
