"""Reading a project's annotations in the shape every exporter starts from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..model import Article, Entity, Quote, Span
from ..store import Store


@dataclass
class AnnotatedArticle:
    article: Article
    spans: list[Span]
    quotes: list[Quote]
    entities: dict[int, Entity]

    def entity_name(self, entity_id: int | None) -> str | None:
        entity = None if entity_id is None else self.entities.get(entity_id)
        return entity.name if entity else None

    def entity_label(self, entity_id: int | None) -> str | None:
        entity = None if entity_id is None else self.entities.get(entity_id)
        return entity.label if entity else None

    @property
    def reviewed(self) -> bool:
        """An analyst has worked on it: its status moved on, or it holds accepted annotations."""
        return self.article.status != "new" or any(
            a.status == "accepted" for a in (*self.spans, *self.quotes))

    def keeping(self, statuses: tuple[str, ...]) -> "AnnotatedArticle":
        return AnnotatedArticle(self.article, [s for s in self.spans if s.status in statuses],
                                [q for q in self.quotes if q.status in statuses], self.entities)


def annotated_articles(store: Store) -> Iterator[AnnotatedArticle]:
    """Every article in project order with all its spans and quotes (ordered by offset, then id)."""
    entities = {e.id: e for e in store.entities()}
    for article in store.iter_articles():
        yield AnnotatedArticle(article, store.spans(article.id), store.quotes(article.id), entities)


def extent(text: str, start: int | None, end: int | None) -> dict | None:
    if start is None or end is None:
        return None
    return {"start": start, "end": end, "text": text[start:end]}


def native_record(item: AnnotatedArticle) -> dict:
    """The native JSONL contract of DESIGN.md, plus fields that let a re-import restore the project."""
    text = item.article.text
    return {
        "id": item.article.id,
        "title": item.article.title,
        "text": text,
        "meta": item.article.meta,
        "status": item.article.status,
        "pretagged_with": item.article.pretagged_with,
        "spans": [
            {"id": s.id, "start": s.start, "end": s.end, "text": text[s.start:s.end], "label": s.label,
             "origin": s.origin, "status": s.status, "confidence": s.confidence,
             "entity": item.entity_name(s.entity_id), "entity_label": item.entity_label(s.entity_id)}
            for s in item.spans
        ],
        "quotes": [
            {"id": q.id, "start": q.start, "end": q.end, "text": text[q.start:q.end], "kind": q.kind,
             "origin": q.origin, "status": q.status, "confidence": q.confidence,
             "cue": extent(text, q.cue_start, q.cue_end),
             "speaker": extent(text, q.speaker_start, q.speaker_end),
             "speaker_entity": item.entity_name(q.speaker_entity_id),
             "speaker_entity_label": item.entity_label(q.speaker_entity_id)}
            for q in item.quotes
        ],
    }
