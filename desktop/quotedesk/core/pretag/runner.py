"""Running the pretagger over a project: batched, resumable, cancellable.

Each article's suggestions are written together with its `pretagged_with`
mark in the batch's transaction, so a run that is killed or cancelled keeps
whole articles only, and the next run picks up exactly where it stopped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..labels import LabelScheme
from ..model import Quote, Span
from ..progress import CancelToken, ProgressCallback, no_progress
from ..store import Store
from .entities import assign_canonical_names, surname_index
from .organisations import correct_organisations
from .people import trim_person_names
from .quotes import find_quotes
from .types import Analysis, EntitySuggestion


@dataclass
class PretagResult:
    articles: int = 0
    spans: int = 0
    quotes: int = 0
    skipped_overlaps: int = 0
    cancelled: bool = False
    model: str = ""


def analyse_doc(doc, scheme: LabelScheme, known_surnames: dict[str, str] | None = None) -> Analysis:
    """Entity and quote suggestions for one parsed article."""
    text = doc.text  # spaCy rebuilds doc.text from every token on each access
    entities = []
    for ent in doc.ents:
        label = scheme.map_model_label(ent.label_)
        extent = _within_one_line(text, ent.start_char, ent.end_char)
        if label is not None and extent is not None:
            entities.append(EntitySuggestion(extent[0], extent[1], label))
    trim_person_names(doc, entities, text)
    if scheme.get("ORG") is not None:
        entities = correct_organisations(doc, entities, text)
        trim_person_names(doc, entities, text)  # names relabelled as people get the same care
    assign_canonical_names(entities, text, known_surnames)
    return Analysis(entities=entities, quotes=find_quotes(doc, entities, text))


def _within_one_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The model sometimes runs a name across a headline's line break: keep the last line."""
    if "\n" not in text[start:end]:
        return start, end
    start = text.rindex("\n", start, end) + 1
    while start < end and text[start].isspace():
        start += 1
    return (start, end) if any(ch.isalnum() for ch in text[start:end]) else None


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in taken)


def save_analysis(store: Store, article_id: str, analysis: Analysis, model_name: str) -> tuple[int, int, int]:
    """Write one article's suggestions; analyst rows already there win any overlap."""
    if store.scalar("SELECT pretagged_with IS NOT NULL FROM articles WHERE id = ?", (article_id,)):
        # Another window or process pretagged it since this run listed it: its suggestions stand
        # (writing ours would duplicate them and bring back any the analyst has rejected).
        return 0, 0, 0
    taken_spans = [(s.start, s.end) for s in store.spans(article_id) if s.status != "rejected"]
    taken_quotes = [(q.start, q.end) for q in store.quotes(article_id) if q.status != "rejected"]
    spans, quotes, skipped = [], [], 0
    for ent in analysis.entities:
        if _overlaps(ent.start, ent.end, taken_spans):
            skipped += 1
            continue
        entity_id = store.ensure_entity(ent.canonical, ent.label) if ent.canonical else None
        spans.append(Span(article_id=article_id, start=ent.start, end=ent.end, label=ent.label,
                          entity_id=entity_id, confidence=ent.confidence))
        taken_spans.append((ent.start, ent.end))
    for found in analysis.quotes:
        if _overlaps(found.start, found.end, taken_quotes):
            skipped += 1
            continue
        entity_id = None
        if found.speaker_entity:
            entity_id = store.ensure_entity(found.speaker_entity, found.speaker_label or "PERSON")
        quotes.append(Quote(
            article_id=article_id, start=found.start, end=found.end, kind=found.kind,
            confidence=round(found.confidence, 4),
            cue_start=found.cue[0] if found.cue else None, cue_end=found.cue[1] if found.cue else None,
            speaker_start=found.speaker[0] if found.speaker else None,
            speaker_end=found.speaker[1] if found.speaker else None,
            speaker_entity_id=entity_id,
        ))
        taken_quotes.append((found.start, found.end))
    store.insert_spans(spans)
    store.insert_quotes(quotes)
    store.mark_pretagged(article_id, model_name)
    return len(spans), len(quotes), skipped


CHUNK_CHARS = 100_000


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most `limit` characters, cut at paragraph (else line, else space) ends.

    spaCy refuses texts over nlp.max_length and its memory grows with length;
    quotes and names rarely cross a paragraph, so cutting there loses little.
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut <= 0:
            cut = window.rfind(" ")
        cut = cut + 1 if cut > 0 else limit
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _pieces(store: Store, ids: list[str]) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    # One article at a time, so a 100,000-article project is never all in memory;
    # a very long article goes in pieces, tagged with their offsets.
    for article_id in ids:
        yield article_id, chunks(store.article(article_id).text, CHUNK_CHARS)


def _batched(items: Iterator, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _shifted(analysis: Analysis, offset: int) -> Analysis:
    if offset == 0:
        return analysis
    for ent in analysis.entities:
        ent.start += offset
        ent.end += offset
    for quote in analysis.quotes:
        quote.start += offset
        quote.end += offset
        quote.cue = (quote.cue[0] + offset, quote.cue[1] + offset) if quote.cue else None
        quote.speaker = (quote.speaker[0] + offset, quote.speaker[1] + offset) if quote.speaker else None
    return analysis


def _joined(pieces: list[tuple[int, Analysis]]) -> Analysis:
    """One article's analysis from those of its pieces, in text order."""
    whole = Analysis()
    for offset, analysis in pieces:
        analysis = _shifted(analysis, offset)
        whole.entities += analysis.entities
        whole.quotes += analysis.quotes
    return whole


def _analyses_here(nlp, store: Store, ids: list[str], scheme: LabelScheme, known: dict[str, str],
                   batch_size: int) -> Iterator[tuple[str, Analysis]]:
    """Parse and analyse in this process; each article is analysed with `known` as of its turn."""
    texts = ((piece, (article_id, offset, n == len(pieces) - 1))
             for article_id, pieces in _pieces(store, ids) for n, (offset, piece) in enumerate(pieces))
    done: list[tuple[int, Analysis]] = []
    for doc, (article_id, offset, last_piece) in nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
        done.append((offset, analyse_doc(doc, scheme, known)))
        if last_piece:
            yield article_id, _joined(done)
            done = []


def worker_count(n_process: int, articles: int, batch_size: int) -> int:
    """n_process, or every usable core when it is 0 or less; never more than there are batches."""
    from .parallel import usable_cores

    wanted = usable_cores() if n_process <= 0 else n_process
    return max(1, min(wanted, -(-articles // max(1, batch_size))))


def pretag_project(
    store: Store,
    model: str | None = None,
    *,
    nlp=None,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
    batch_size: int = 16,
    n_process: int = 1,
) -> PretagResult:
    """Pretag every article not yet pretagged. Safe to run again at any time.

    n_process > 1 parses and analyses in that many worker processes (0: one
    per core); the rows written are the same as with one process.
    """
    from .nlp import load_pipeline, model_label

    ids = store.unpretagged_article_ids()
    result = PretagResult()
    total = len(ids)
    if not ids:
        progress(0, 0, "Nothing to pretag")
        return result
    progress(0, total, "Loading the spaCy model")
    pipeline_name = None
    if nlp is None:
        pipeline_name = model or store.get_setting("model")
        nlp = load_pipeline(pipeline_name)
    result.model = model_label(nlp)
    scheme = store.label_scheme()
    known = surname_index([(e.name, e.label) for e in store.entities()])
    workers = worker_count(n_process, total, batch_size)
    if workers > 1:
        from .parallel import analyses_in_workers

        source = analyses_in_workers(nlp, pipeline_name, _batched(_pieces(store, ids), batch_size),
                                     scheme, known, workers)
        analyses = ((article_id, _joined(pieces)) for article_id, pieces in source)
    else:
        source = analyses = _analyses_here(nlp, store, ids, scheme, known, batch_size)
    pending: list[tuple[str, Analysis]] = []

    def flush() -> None:
        with store.transaction():
            for article_id, analysis in pending:
                n_spans, n_quotes, skipped = save_analysis(store, article_id, analysis, result.model)
                result.spans += n_spans
                result.quotes += n_quotes
                result.skipped_overlaps += skipped
                result.articles += 1
        # Later articles resolve surnames against the names saved so far.
        for ent_name, label in ((e.canonical, e.label) for _, a in pending for e in a.entities if e.canonical):
            known.update(surname_index([(ent_name, label)]))
        pending.clear()
        progress(result.articles, total, f"Pretagged {result.articles} of {total} articles")

    try:
        for article_id, analysis in analyses:
            if cancel is not None and cancel.cancelled:
                result.cancelled = True
                break
            pending.append((article_id, analysis))
            if len(pending) >= batch_size:
                flush()
    finally:
        source.close()  # on cancel or error: stops the worker processes
    if pending and not result.cancelled:
        flush()
    return result
