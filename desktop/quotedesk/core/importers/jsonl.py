"""JSON Lines: one article per line, in QuoteDesk's native form or Prodigy's.

Native records carry spans and quotes with origin, status, entity and
speaker; Prodigy records carry `spans` (start, end, label) and optionally
`relations` linking a speaker span (head) to a quote span (child). Offsets
count characters of the text as written in the file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import ARTICLE_STATUSES, ORIGINS, QUOTE_KINDS, STATUSES, Article, Quote, Span
from ..textnorm import normalise_with_offsets
from .common import ImportItem, check_extent, read_text

DESCRIPTION = "JSON Lines (.jsonl): QuoteDesk's native export or Prodigy-style records with text and spans"
PRODIGY_QUOTE_LABELS = {kind.upper(): kind for kind in QUOTE_KINDS} | {"QUOTE": "direct"}


class _Line:
    """Validation helpers bound to one line of one file, for precise messages."""

    def __init__(self, path: Path, number: int):
        self.path, self.number = path, number

    def fail(self, message: str) -> InputError:
        return InputError(message, str(self.path), self.number)

    def choice(self, record: dict, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = record.get(key, default)
        if value not in allowed:
            raise self.fail(f"{key} must be one of {', '.join(allowed)}, not {value!r}.")
        return value

    def name(self, value: Any, what: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"the {what} must be a non-empty string.")
        return value


def read(path: Path) -> list[ImportItem]:
    items = []
    seen_ids: set[str] = set()
    for number, raw in enumerate(read_text(path).splitlines(), start=1):
        if not raw.strip():
            continue
        line = _Line(path, number)
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise line.fail(f"is not valid JSON ({exc.msg}).") from exc
        if not isinstance(record, dict):
            raise line.fail("must be a JSON object with a \"text\" field.")
        if record.get("answer") in ("reject", "ignore"):
            continue  # a Prodigy annotator threw this example away
        item = _item(record, line, default_id=f"{path.stem}-{number}")
        if item.article.id in seen_ids:
            raise line.fail(f"repeats the article id {item.article.id!r}.")
        seen_ids.add(item.article.id)
        items.append(item)
    if not items:
        raise InputError("holds no articles.", str(path))
    return items


def _item(record: dict, line: _Line, default_id: str) -> ImportItem:
    raw_text = record.get("text")
    if not isinstance(raw_text, str) or not raw_text.strip():
        raise line.fail("needs a non-empty \"text\" string.")
    text, to_new = normalise_with_offsets(raw_text)
    article_id = record.get("id", record.get("meta", {}).get("id") if isinstance(record.get("meta"), dict) else None)
    article_id = str(article_id) if article_id not in (None, "") else default_id
    # A record's own meta is kept exactly (so a native export re-imports
    # byte for byte); a record without one is labelled with its file.
    meta = record.get("meta", {"source": line.path.name})
    if not isinstance(meta, dict):
        raise line.fail("meta must be a JSON object.")
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise line.fail("title must be a string or null.")
    article = Article(id=article_id, text=text, title=title, meta=meta,
                      status=line.choice(record, "status", ARTICLE_STATUSES, "new"))
    item = ImportItem(article)
    native = "quotes" in record or any("origin" in s for s in record.get("spans", []) if isinstance(s, dict))

    def extent(obj: Any, what: str) -> tuple[int, int]:
        if not isinstance(obj, dict):
            raise line.fail(f"each {what} must be a JSON object.")
        start, end = obj.get("start"), obj.get("end")
        check_extent(raw_text, start, end, line.path, line.number, what)
        new_start, new_end = to_new(start), to_new(end)
        if "text" in obj and obj["text"] != raw_text[start:end]:
            raise line.fail(f"the {what} at {start}-{end} says {obj['text']!r} but the text there is "
                            f"{raw_text[start:end]!r}.")
        return new_start, new_end

    spans = record.get("spans", [])
    if not isinstance(spans, list):
        raise line.fail("spans must be a list.")
    prodigy_quotes: dict[int, str] = {}
    for index, obj in enumerate(spans):
        start, end = extent(obj, "span")
        label = obj.get("label")
        if not isinstance(label, str) or not label:
            raise line.fail(f"the span at {obj.get('start')}-{obj.get('end')} has no label.")
        if not native and label.upper() in PRODIGY_QUOTE_LABELS:
            quote = Quote(article_id="", start=start, end=end, kind=PRODIGY_QUOTE_LABELS[label.upper()],
                          origin="analyst", status="accepted")
            item.quotes.append(quote)
            prodigy_quotes[index] = quote.id
            continue
        span = Span(article_id="", start=start, end=end, label=label,
                    origin=line.choice(obj, "origin", ORIGINS, "analyst"),
                    status=line.choice(obj, "status", STATUSES, "accepted"),
                    confidence=obj.get("confidence"))
        if isinstance(obj.get("id"), str) and obj["id"]:
            span.id = obj["id"]
        entity = line.name(obj.get("entity"), "entity name")
        if entity:
            item.entity_refs[span.id] = (entity, label)
        item.spans.append(span)

    quotes = record.get("quotes", [])
    if not isinstance(quotes, list):
        raise line.fail("quotes must be a list.")
    for obj in quotes:
        start, end = extent(obj, "quote")
        quote = Quote(article_id="", start=start, end=end,
                      kind=line.choice(obj, "kind", QUOTE_KINDS, "direct"),
                      origin=line.choice(obj, "origin", ORIGINS, "analyst"),
                      status=line.choice(obj, "status", STATUSES, "accepted"),
                      confidence=obj.get("confidence"))
        if isinstance(obj.get("id"), str) and obj["id"]:
            quote.id = obj["id"]
        if obj.get("cue"):
            quote.cue_start, quote.cue_end = extent(obj["cue"], "quote cue")
        if obj.get("speaker"):
            quote.speaker_start, quote.speaker_end = extent(obj["speaker"], "quote speaker")
        speaker_entity = line.name(obj.get("speaker_entity"), "speaker entity name")
        if speaker_entity:
            item.entity_refs[quote.id] = (speaker_entity, obj.get("speaker_label") or "PERSON")
        item.quotes.append(quote)

    _prodigy_relations(record, item, spans, prodigy_quotes, line)
    return item


def _prodigy_relations(record: dict, item: ImportItem, spans: list, quote_ids: dict[int, str], line: _Line) -> None:
    """Prodigy relations head=speaker span, child=quote span become speaker links."""
    relations = record.get("relations", [])
    if not isinstance(relations, list):
        raise line.fail("relations must be a list.")
    by_start = {(s.get("start"), s.get("end")): i for i, s in enumerate(spans) if isinstance(s, dict)}
    quotes = {q.id: q for q in item.quotes}
    for rel in relations:
        if not isinstance(rel, dict) or not isinstance(rel.get("head_span"), dict) or not isinstance(rel.get("child_span"), dict):
            raise line.fail("each relation needs head_span and child_span objects.")
        head, child = rel["head_span"], rel["child_span"]
        child_index = by_start.get((child.get("start"), child.get("end")))
        if child_index not in quote_ids:
            continue  # a relation between two entities: nothing QuoteDesk models
        quote = quotes[quote_ids[child_index]]
        speaker_start, speaker_end = head.get("start"), head.get("end")
        check_extent(record["text"], speaker_start, speaker_end, line.path, line.number, "relation head")
        to_new = normalise_with_offsets(record["text"])[1]
        quote.speaker_start, quote.speaker_end = to_new(speaker_start), to_new(speaker_end)
