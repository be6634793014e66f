"""Prodigy-style JSONL: text, tokens, spans with token indices, speaker -> quote relations.

Spans and relation ends sit on token edges (a span that does not is widened
to the tokens it touches, and counted). Entity spans carry their label, quote
spans the kind in capitals (DIRECT, PARTIAL, INDIRECT); a relation labelled
SPEAKER_OF runs from the speaker mention (head) to the quote (child).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..atomic import atomic_file
from .base import ExportContext
from .records import AnnotatedArticle

DESCRIPTION = "Prodigy-style JSONL: tokens, entity and quote spans, speaker -> quote relations, answer accept"
RELATION_LABEL = "SPEAKER_OF"
SPEAKER_LABEL = "SPEAKER"


def _span(span, label: str) -> dict:
    return {"start": span.start_char, "end": span.end_char, "token_start": span.start,
            "token_end": span.end - 1, "label": label}


def record(ctx: ExportContext, item: AnnotatedArticle) -> dict:
    text = item.article.text
    doc = ctx.tokenizer.make_doc(text)
    spans, relations = [], []
    for s in item.spans:
        found = ctx.token_span(doc, s.start, s.end, "spans")
        if found is not None:
            spans.append(_span(found, s.label))
    for q in item.quotes:
        quote = ctx.token_span(doc, q.start, q.end, "quotes")
        if quote is None:
            continue
        quote_span = _span(quote, q.kind.upper())
        spans.append(quote_span)
        if q.speaker_start is None:
            continue
        speaker = ctx.token_span(doc, q.speaker_start, q.speaker_end, "speakers")
        if speaker is None:
            continue
        speaker_span = _span(speaker, SPEAKER_LABEL)
        relations.append({"head": speaker.end - 1, "child": quote.end - 1, "head_span": speaker_span,
                          "child_span": quote_span, "label": RELATION_LABEL})
    spans.sort(key=lambda s: (s["start"], s["end"], s["label"]))
    for span in spans:
        span["text"] = text[span["start"]:span["end"]]
    return {
        "text": text,
        "meta": dict(item.article.meta, id=item.article.id, title=item.article.title),
        "tokens": [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i, "ws": bool(t.whitespace_)}
                   for t in doc],
        "spans": spans,
        "relations": relations,
        "answer": "accept",
    }


def write(ctx: ExportContext, out: Path) -> list[Path]:
    with atomic_file(out) as handle:
        for item in ctx.training_articles():
            handle.write(json.dumps(record(ctx, item), ensure_ascii=False) + "\n")
            ctx.count("articles")
    return [out]
