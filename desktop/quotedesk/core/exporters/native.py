"""The native JSONL export: everything, suggestions and rejections included.

Deterministic: articles in project order, spans and quotes by offset then id,
keys sorted; so export -> import into a new project -> export is identical.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..atomic import atomic_file
from .base import ExportContext
from .records import native_record

DESCRIPTION = "native JSONL: one article per line with every span and quote and its status (re-importable)"


def write(ctx: ExportContext, out: Path) -> list[Path]:
    with atomic_file(out) as handle:
        for item in ctx.articles():
            handle.write(json.dumps(native_record(item), ensure_ascii=False, sort_keys=True) + "\n")
            ctx.count("articles")
            ctx.count("spans", len(item.spans))
            ctx.count("quotes", len(item.quotes))
    return [out]
