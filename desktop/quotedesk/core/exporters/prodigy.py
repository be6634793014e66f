"""Prodigy-style JSONL: text, tokens, spans with token indices, speaker relations."""

from __future__ import annotations

import json
from pathlib import Path

from ..atomic import atomic_file
from .base import ExportContext
from .records import annotated_articles

DESCRIPTION = "Prodigy-style JSONL: tokens, entity and quote spans, speaker -> quote relations"
ACCEPTED_ONLY = True


def _token_span(doc, start: int, end: int) -> dict | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    return {"start": start, "end": end, "token_start": span.start, "token_end": span.end - 1}


def write(ctx: ExportContext, out: Path) -> list[Path]:
    nlp = ctx.tokenizer
    with atomic_file(out) as handle:
        for item in ctx.articles(annotated_articles(ctx.store, accepted_only=ctx.accepted_only)):
            text = item.article.text
            doc = nlp.make_doc(text)
            spans, relations = [], []
            for s in item.spans:
                found = _token_span(doc, s.start, s.end)
                if found is None:
                    ctx.count("spans not aligned to tokens")
                    continue
                spans.append(found | {"label": s.label, "text": text[s.start:s.end]})
            for q in item.quotes:
                quote = _token_span(doc, q.start, q.end)
                if quote is None:
                    ctx.count("quotes not aligned to tokens")
                    continue
                spans.append(quote | {"label": q.kind.upper(), "text": text[q.start:q.end]})
                if q.speaker_start is None:
                    continue
                speaker = _token_span(doc, q.speaker_start, q.speaker_end)
                if speaker is None:
                    continue
                speaker_span = speaker | {"label": "SPEAKER"}
                relations.append({
                    "head": speaker["token_end"], "child": quote["token_end"],
                    "head_span": speaker_span, "child_span": quote | {"label": q.kind.upper()},
                    "label": "SPEAKER_OF",
                })
            record = {
                "text": text,
                "meta": dict(item.article.meta, id=item.article.id, title=item.article.title),
                "tokens": [{"text": t.text, "start": t.idx, "end": t.idx + len(t.text), "id": t.i,
                            "ws": bool(t.whitespace_)} for t in doc],
                "spans": sorted(spans, key=lambda s: (s["start"], s["end"])),
                "relations": relations,
                "answer": "accept",
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            ctx.count("articles")
    return [out]
