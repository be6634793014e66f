"""JSON Lines: one article per line, in QuoteDesk's native form or Prodigy's.

Native records carry spans and quotes with origin, status, entity and
speaker; Prodigy records carry `spans` (start, end, label) and optionally
`relations` linking a speaker span (head) to a quote span (child). Offsets
count characters of the text as written in the file; they are moved onto the
normalised text (no BOM, no CR) here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..model import ARTICLE_STATUSES, ORIGINS, QUOTE_KINDS, STATUSES, Article, Quote, Span
from ..textnorm import BOM, normalise_with_offsets
from .common import ImportItem, check_extent, read_text

DESCRIPTION = "JSON Lines (.jsonl): QuoteDesk's native export, or Prodigy-style records with text, spans and relations"
SUFFIXES = (".jsonl", ".ndjson")
# Prodigy span labels read as quotes (QuoteDesk's own Prodigy export writes these).
PRODIGY_QUOTE_LABELS = {kind.upper(): kind for kind in QUOTE_KINDS} | {"QUOTE": "direct"}
DEFAULT_SPEAKER_LABEL = "PERSON"


class _Record:
    """One line of one file: validation helpers that name the file and line."""

    def __init__(self, path: Path, number: int, raw_text: str):
        self.path, self.number, self.raw_text = path, number, raw_text
        self.text, self.to_new = normalise_with_offsets(raw_text)

    def fail(self, message: str) -> InputError:
        return InputError(message, str(self.path), self.number)

    def choice(self, obj: dict, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = obj.get(key, default)
        if value not in allowed:
            raise self.fail(f"{key} must be one of {', '.join(allowed)}, not {value!r}.")
        return value

    def name(self, value: Any, what: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"the {what} must be a non-empty string.")
        return value

    def confidence(self, obj: dict) -> float | None:
        value = obj.get("confidence")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(f"confidence must be a number or null, not {value!r}.")
        return float(value)

    def extent(self, obj: Any, what: str) -> tuple[int, int]:
        """(start, end) in the normalised text, after checking them against the text as written."""
        if not isinstance(obj, dict):
            raise self.fail(f"each {what} must be a JSON object.")
        start, end = obj.get("start"), obj.get("end")
        check_extent(self.raw_text, start, end, self.path, self.number, what)
        written = self.raw_text[start:end]
        if "text" in obj and obj["text"] != written:
            raise self.fail(f"the {what} at {start}-{end} says {obj['text']!r} but the text there is {written!r}.")
        new_start, new_end = self.to_new(start), self.to_new(end)
        if not self.text[new_start:new_end].strip():
            raise self.fail(f"the {what} at {start}-{end} covers only white space.")
        return new_start, new_end


def read(path: Path) -> list[ImportItem]:
    items = []
    seen_ids: set[str] = set()
    content = read_text(path).removeprefix(BOM)
    # Split on LF only: str.splitlines() would also split inside a record at
    # U+2028 or NEL, which JSON writers leave unescaped.
    for number, raw in enumerate(content.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"is not valid JSON ({exc.msg}).", str(path), number) from exc
        if not isinstance(obj, dict):
            raise InputError('must be a JSON object with a "text" field.', str(path), number)
        if obj.get("answer") in ("reject", "ignore"):
            continue  # a Prodigy annotator threw this example away
        raw_text = obj.get("text")
        if not isinstance(raw_text, str) or not raw_text.strip():
            raise InputError('needs a non-empty "text" string.', str(path), number)
        try:
            raw_text.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError("has a text with an invalid \\u escape (a lone surrogate).", str(path), number) from None
        item = _item(obj, _Record(path, number, raw_text))
        if item.article.id in seen_ids:
            raise InputError(f"repeats the article id {item.article.id!r}.", str(path), number)
        seen_ids.add(item.article.id)
        items.append(item)
    if not items:
        raise InputError("holds no articles.", str(path))
    return items


def _item(obj: dict, rec: _Record) -> ImportItem:
    meta = obj.get("meta", None)
    if meta is not None and not isinstance(meta, dict):
        raise rec.fail("meta must be a JSON object.")
    # Prodigy keeps id and title inside meta (QuoteDesk's Prodigy export does too).
    article_id = obj.get("id", (meta or {}).get("id"))
    article_id = str(article_id) if article_id not in (None, "") else f"{rec.path.stem}-{rec.number}"
    title = obj["title"] if "title" in obj else (meta or {}).get("title")
    if title is not None and not isinstance(title, str):
        raise rec.fail("title must be a string or null.")
    pretagged_with = obj.get("pretagged_with")
    if pretagged_with is not None and not isinstance(pretagged_with, str):
        raise rec.fail("pretagged_with must be a string or null.")
    # A record's own meta is kept exactly (so a native export re-imports byte
    # for byte); a record without one is labelled with the file it came from.
    article = Article(id=article_id, text=rec.text, title=title,
                      meta=meta if meta is not None else {"source": rec.path.name},
                      status=rec.choice(obj, "status", ARTICLE_STATUSES, "new"), pretagged_with=pretagged_with)
    item = ImportItem(article)
    spans = _list(obj, "spans", rec)
    native = "quotes" in obj or any("origin" in s for s in spans if isinstance(s, dict))
    prodigy_quotes = _spans(spans, item, rec, native)
    for quote_obj in _list(obj, "quotes", rec):
        _quote(quote_obj, item, rec)
    _prodigy_relations(_list(obj, "relations", rec), spans, prodigy_quotes, item, rec)
    return item


def _list(obj: dict, key: str, rec: _Record) -> list:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise rec.fail(f"{key} must be a list.")
    return value


def _spans(spans: list, item: ImportItem, rec: _Record, native: bool) -> dict[int, Quote]:
    """Entity spans into item; in Prodigy records, quote-labelled spans become quotes (returned by index)."""
    prodigy_quotes: dict[int, Quote] = {}
    for index, obj in enumerate(spans):
        start, end = rec.extent(obj, "span")
        label = obj.get("label")
        if not isinstance(label, str) or not label.strip():
            raise rec.fail(f"the span at {obj.get('start')}-{obj.get('end')} has no label.")
        if not native and label.upper() in PRODIGY_QUOTE_LABELS:
            quote = Quote(article_id="", start=start, end=end, kind=PRODIGY_QUOTE_LABELS[label.upper()],
                          origin="analyst", status="accepted")
            item.quotes.append(quote)
            prodigy_quotes[index] = quote
            continue
        span = Span(article_id="", start=start, end=end, label=label,
                    origin=rec.choice(obj, "origin", ORIGINS, "analyst"),
                    status=rec.choice(obj, "status", STATUSES, "accepted"),
                    confidence=rec.confidence(obj))
        if isinstance(obj.get("id"), str) and obj["id"]:
            span.id = obj["id"]
        entity = rec.name(obj.get("entity"), "entity name")
        if entity:
            item.entity_refs[span.id] = (entity, rec.name(obj.get("entity_label"), "entity label") or label)
        item.spans.append(span)
    return prodigy_quotes


def _quote(obj: Any, item: ImportItem, rec: _Record) -> None:
    start, end = rec.extent(obj, "quote")
    quote = Quote(article_id="", start=start, end=end,
                  kind=rec.choice(obj, "kind", QUOTE_KINDS, "direct"),
                  origin=rec.choice(obj, "origin", ORIGINS, "analyst"),
                  status=rec.choice(obj, "status", STATUSES, "accepted"),
                  confidence=rec.confidence(obj))
    if isinstance(obj.get("id"), str) and obj["id"]:
        quote.id = obj["id"]
    if obj.get("cue") is not None:
        quote.cue_start, quote.cue_end = rec.extent(obj["cue"], "quote cue")
    if obj.get("speaker") is not None:
        quote.speaker_start, quote.speaker_end = rec.extent(obj["speaker"], "quote speaker")
    speaker_entity = rec.name(obj.get("speaker_entity"), "speaker entity name")
    if speaker_entity:
        label = obj.get("speaker_entity_label", obj.get("speaker_label"))
        item.entity_refs[quote.id] = (speaker_entity, rec.name(label, "speaker entity label") or DEFAULT_SPEAKER_LABEL)
    item.quotes.append(quote)


def _prodigy_relations(relations: list, spans: list, quotes: dict[int, Quote], item: ImportItem,
                       rec: _Record) -> None:
    """Relations with a quote span as child and a speaker span as head become speaker links."""
    index_of = {(s.get("start"), s.get("end")): i for i, s in enumerate(spans) if isinstance(s, dict)}
    for rel in relations:
        if not isinstance(rel, dict) or not all(isinstance(rel.get(k), dict) for k in ("head_span", "child_span")):
            raise rec.fail("each relation needs head_span and child_span objects.")
        child = rel["child_span"]
        quote = quotes.get(index_of.get((child.get("start"), child.get("end"))))
        if quote is None:
            continue  # a relation between two entities: nothing QuoteDesk models
        quote.speaker_start, quote.speaker_end = rec.extent(rel["head_span"], "relation head")

