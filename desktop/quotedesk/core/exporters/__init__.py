"""Exporters: each format is a small module with DESCRIPTION and write(ctx, out) -> [Path].

Every output is written beside its target and renamed into place (core/atomic.py),
so a failure or a cancel leaves no half-written export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import QuoteDeskError
from ..progress import CancelToken, ProgressCallback, no_progress
from ..store import Store
from . import brat, conll, csv_, native, prodigy, spacy_
from .base import ExportContext

EXPORTERS = {"jsonl": native, "spacy": spacy_, "prodigy": prodigy, "conll": conll, "brat": brat, "csv": csv_}
FORMATS: dict[str, str] = {name: module.DESCRIPTION for name, module in EXPORTERS.items()}


@dataclass
class ExportResult:
    paths: list[Path]
    counts: dict[str, int] = field(default_factory=dict)


def export(store: Store, fmt: str, out: Path, *, include_all: bool = False,
           progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
           seed: int = 0, dev_fraction: float = 0.2) -> ExportResult:
    """Write the project in `fmt` to `out` (a file, or a folder for spacy and brat).

    Training formats (all but jsonl) carry accepted annotations of reviewed
    articles; include_all adds suggestions and unreviewed articles.
    """
    if fmt not in EXPORTERS:
        raise QuoteDeskError(f"Unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}.")
    if not 0 <= dev_fraction < 1:
        raise QuoteDeskError("The dev fraction must be at least 0 and below 1.")
    ctx = ExportContext(store, include_all=include_all, progress=progress, cancel=cancel, seed=seed,
                        dev_fraction=dev_fraction)
    paths = EXPORTERS[fmt].write(ctx, Path(out))
    # Articles written first, then the rest (skips, widened spans) by name: stable for messages.
    counts = sorted(ctx.counts.items(), key=lambda kv: (kv[0] != "articles", kv[0]))
    return ExportResult(paths, dict(counts))


__all__ = ["EXPORTERS", "FORMATS", "ExportResult", "export"]
