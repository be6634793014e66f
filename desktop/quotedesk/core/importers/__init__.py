"""Importers: each format is a small module with DESCRIPTION and read(path) -> [ImportItem].

`import_paths` reads everything first and writes it in one transaction, so a
bad file anywhere means nothing at all is imported.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..progress import CancelToken, ProgressCallback, no_progress
from ..store import ImportResult, Store
from . import brat, csv_, jsonl, text
from .common import ImportItem

IMPORTERS = {
    "text": text,
    "jsonl": jsonl,
    "csv": csv_,
    "brat": brat,
}
SUFFIXES = {".txt": "text", ".text": "text", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


def format_of(path: Path) -> str:
    """Which importer reads this file (a .txt with an .ann beside it is brat)."""
    suffix = path.suffix.lower()
    if suffix == ".txt" and path.with_suffix(".ann").is_file():
        return "brat"
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    raise InputError(
        f"has a type QuoteDesk cannot import ({suffix or 'no extension'}); "
        f"use .txt, .jsonl, .csv, or a brat .txt with its .ann.", str(path))


def expand(paths: list[Path]) -> list[Path]:
    """Files to import: given files, and the importable files inside given folders."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise InputError("holds no .txt, .jsonl or .csv files.", str(path))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError("does not exist.", str(path))
    return files


def read_items(paths: list[Path], *, progress: ProgressCallback = no_progress,
               cancel: CancelToken | None = None) -> list[ImportItem]:
    files = expand(paths)
    items: list[ImportItem] = []
    for done, path in enumerate(files):
        if cancel is not None:
            cancel.raise_if_cancelled()
        items.extend(IMPORTERS[format_of(path)].read(path))
        progress(done + 1, len(files), f"Read {path.name}")
    return items


def import_paths(store: Store, paths: list[Path], *, progress: ProgressCallback = no_progress,
                 cancel: CancelToken | None = None) -> ImportResult:
    """Import files and folders into the project, all or nothing."""
    items = read_items(paths, progress=progress, cancel=cancel)
    if cancel is not None:
        cancel.raise_if_cancelled()
    return store.import_articles(item.as_tuple() for item in items)
