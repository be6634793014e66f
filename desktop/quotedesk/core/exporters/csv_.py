"""A CSV of quotes for analysts: one row per quote, safe to open in a spreadsheet.

UTF-8 with a byte order mark, so spreadsheet programs read curly quotes and
accents right. Cells that a spreadsheet would run as a formula are prefixed
with an apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..atomic import atomic_file
from .base import ExportContext

DESCRIPTION = "CSV of quotes: article, quote, kind, speaker mention, speaker entity, status (spreadsheet-safe)"
COLUMNS = ["article_id", "article_title", "quote", "kind", "speaker_mention", "speaker_entity", "cue",
           "status", "origin", "confidence", "start", "end"]
# What spreadsheet programs treat as the start of a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix text a spreadsheet would run as a formula with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write(ctx: ExportContext, out: Path) -> list[Path]:
    # newline="" lets the csv module write its own \r\n row ends.
    with atomic_file(out, encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for item in ctx.training_articles():
            text = item.article.text
            for q in item.quotes:
                speaker = text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else ""
                cue = text[q.cue_start:q.cue_end] if q.cue_start is not None else ""
                row = [item.article.id, item.article.title or "", text[q.start:q.end], q.kind, speaker,
                       item.entity_name(q.speaker_entity_id) or "", cue, q.status, q.origin,
                       "" if q.confidence is None else q.confidence, q.start, q.end]
                writer.writerow([neutralise(v) for v in row])
                ctx.count("quotes")
            ctx.count("articles")
    return [out]
