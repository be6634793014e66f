"""The native JSONL export: everything, suggestions and rejections included."""

from __future__ import annotations

import json
from pathlib import Path

from ..atomic import atomic_file
from .base import ExportContext
from .records import annotated_articles, native_record

DESCRIPTION = "native JSONL: one article per line with every span and quote and its status"
ACCEPTED_ONLY = False


def write(ctx: ExportContext, out: Path) -> list[Path]:
    with atomic_file(out) as handle:
        for item in ctx.articles(annotated_articles(ctx.store, accepted_only=ctx.accepted_only)):
            handle.write(json.dumps(native_record(item), ensure_ascii=False, sort_keys=True) + "\n")
            ctx.count("articles")
    return [out]
