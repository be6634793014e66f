"""Reading a project's annotations in the shape every exporter starts from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..model import Article, Quote, Span
from ..store import Store


@dataclass
class AnnotatedArticle:
    article: Article
    spans: list[Span]
    quotes: list[Quote]
    entity_names: dict[int, str]

    def entity_name(self, entity_id: int | None) -> str | None:
        return None if entity_id is None else self.entity_names.get(entity_id)


def annotated_articles(store: Store, *, accepted_only: bool = False) -> Iterator[AnnotatedArticle]:
    """Every article in project order with its spans and quotes (accepted ones only if asked)."""
    names = store.entity_names()
    for article in store.iter_articles():
        spans = store.spans(article.id)
        quotes = store.quotes(article.id)
        if accepted_only:
            spans = [s for s in spans if s.status == "accepted"]
            quotes = [q for q in quotes if q.status == "accepted"]
        yield AnnotatedArticle(article, spans, quotes, names)


def extent(text: str, start: int | None, end: int | None) -> dict | None:
    if start is None or end is None:
        return None
    return {"start": start, "end": end, "text": text[start:end]}


def native_record(item: AnnotatedArticle) -> dict:
    """The native JSONL contract of DESIGN.md (plus a few extra fields)."""
    text = item.article.text
    return {
        "id": item.article.id,
        "title": item.article.title,
        "text": text,
        "meta": item.article.meta,
        "status": item.article.status,
        "spans": [
            {"id": s.id, "start": s.start, "end": s.end, "text": text[s.start:s.end], "label": s.label,
             "origin": s.origin, "status": s.status, "entity": item.entity_name(s.entity_id),
             "confidence": s.confidence}
            for s in item.spans
        ],
        "quotes": [
            {"id": q.id, "start": q.start, "end": q.end, "text": text[q.start:q.end], "kind": q.kind,
             "origin": q.origin, "status": q.status, "confidence": q.confidence,
             "cue": extent(text, q.cue_start, q.cue_end),
             "speaker": extent(text, q.speaker_start, q.speaker_end),
             "speaker_entity": item.entity_name(q.speaker_entity_id)}
            for q in item.quotes
        ],
    }
