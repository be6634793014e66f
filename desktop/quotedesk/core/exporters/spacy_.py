"""spaCy training data: train.spacy and dev.spacy (a seeded split) and a ready config.cfg.

Accepted entity spans become doc.ents; quotes go to doc.spans["quotes"]
labelled by kind; speaker links ride in doc.user_data["quotedesk_speakers"].
The config trains an NER pipeline; run `python -m spacy train config.cfg
--output model` from inside the export folder.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..atomic import atomic_dir
from .base import ExportContext
from .records import AnnotatedArticle, annotated_articles

DESCRIPTION = "spaCy DocBin folder: train.spacy, dev.spacy (seeded split) and a config.cfg ready for spacy train"
ACCEPTED_ONLY = True


def _doc(ctx: ExportContext, item: AnnotatedArticle):
    from spacy.tokens import Span as SpacySpan
    from spacy.util import filter_spans

    doc = ctx.tokenizer.make_doc(item.article.text)
    ents = []
    for s in item.spans:
        span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
        if span is None or not span.text.strip():
            ctx.count("spans not aligned to tokens")
            continue
        ents.append(span)
    kept = filter_spans(ents)
    if len(kept) < len(ents):
        ctx.count("overlapping spans dropped", len(ents) - len(kept))
    doc.ents = kept
    quotes, speakers = [], []
    for q in item.quotes:
        span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
        if span is None:
            ctx.count("quotes not aligned to tokens")
            continue
        quotes.append(SpacySpan(doc, span.start, span.end, label=q.kind))
        if q.speaker_start is not None or q.speaker_entity_id is not None:
            speakers.append({
                "quote": [q.start, q.end], "kind": q.kind,
                "speaker": [q.speaker_start, q.speaker_end] if q.speaker_start is not None else None,
                "entity": item.entity_name(q.speaker_entity_id),
            })
    doc.spans["quotes"] = quotes
    doc.user_data["quotedesk_speakers"] = speakers
    doc.user_data["quotedesk_id"] = item.article.id
    return doc


def config_text(labels: list[str]) -> str:
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["paths"]["train"] = "train.spacy"
    config["paths"]["dev"] = "dev.spacy"
    return config.to_str()


def split(n: int, seed: int, dev_fraction: float) -> set[int]:
    """Indices that go to dev: a seeded shuffle, at least one each side when possible."""
    if n < 2:
        return set()
    order = list(range(n))
    random.Random(seed).shuffle(order)
    n_dev = min(n - 1, max(1, round(n * dev_fraction)))
    return set(order[:n_dev])


def write(ctx: ExportContext, out: Path) -> list[Path]:
    from spacy.tokens import DocBin

    docs = [_doc(ctx, item) for item in ctx.articles(annotated_articles(ctx.store, accepted_only=ctx.accepted_only))]
    dev_indices = split(len(docs), ctx.seed, ctx.dev_fraction)
    train, dev = DocBin(store_user_data=True), DocBin(store_user_data=True)
    for i, doc in enumerate(docs):
        (dev if i in dev_indices else train).add(doc)
    if len(docs) == 1:
        dev.add(docs[0])  # one article: spaCy still needs a dev set to train
    labels = sorted({ent.label_ for doc in docs for ent in doc.ents})
    with atomic_dir(out) as folder:
        train.to_disk(folder / "train.spacy")
        dev.to_disk(folder / "dev.spacy")
        (folder / "config.cfg").write_text(config_text(labels), encoding="utf-8")
    ctx.count("train docs", len(train))
    ctx.count("dev docs", len(dev))
    ctx.count("entities", sum(len(doc.ents) for doc in docs))
    ctx.count("quotes", sum(len(doc.spans["quotes"]) for doc in docs))
    return [out / "train.spacy", out / "dev.spacy", out / "config.cfg"]
