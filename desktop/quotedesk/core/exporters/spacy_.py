"""spaCy training data: train.spacy and dev.spacy (a seeded split) and a ready config.cfg.

Accepted entity spans become doc.ents (overlaps keep the longest);
quotes go to doc.spans["quotes"] labelled by kind; speaker links ride in
doc.user_data["quotedesk_speakers"] (character and token offsets of quote and
speaker mention, and the speaker entity's name). The config trains an NER
pipeline from scratch with paths relative to the export folder, so
`python -m spacy train config.cfg` works as written from inside it.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..atomic import atomic_dir
from ..errors import QuoteDeskError
from .base import ExportContext
from .records import AnnotatedArticle

DESCRIPTION = "spaCy DocBin folder: train.spacy, dev.spacy (seeded split) and a config.cfg ready for spacy train"
QUOTES_KEY = "quotes"
SPEAKERS_KEY = "quotedesk_speakers"


def make_doc(ctx: ExportContext, item: AnnotatedArticle):
    from spacy.util import filter_spans

    doc = ctx.tokenizer.make_doc(item.article.text)
    ents = [span for s in item.spans if (span := ctx.token_span(doc, s.start, s.end, "spans", s.label))]
    kept = filter_spans(ents)
    if len(kept) < len(ents):
        ctx.count("spans skipped (overlap)", len(ents) - len(kept))
    doc.ents = kept
    quotes, speakers = [], []
    for q in item.quotes:
        quote = ctx.token_span(doc, q.start, q.end, "quotes", q.kind)
        if quote is None:
            continue
        quotes.append(quote)
        speaker = None
        if q.speaker_start is not None:
            speaker = ctx.token_span(doc, q.speaker_start, q.speaker_end, "speakers")
        if speaker is None and q.speaker_entity_id is None:
            continue
        speakers.append({
            "quote": {"start": quote.start_char, "end": quote.end_char,
                      "token_start": quote.start, "token_end": quote.end, "kind": q.kind},
            "speaker": None if speaker is None else {
                "start": speaker.start_char, "end": speaker.end_char,
                "token_start": speaker.start, "token_end": speaker.end},
            "entity": item.entity_name(q.speaker_entity_id),
        })
    doc.spans[QUOTES_KEY] = quotes
    doc.user_data[SPEAKERS_KEY] = speakers
    doc.user_data["quotedesk_id"] = item.article.id
    return doc


def config_text(folder_name: str) -> str:
    from spacy.cli.init_config import init_config

    config = init_config(lang="en", pipeline=["ner"], optimize="efficiency", gpu=False)
    config["paths"]["train"] = "train.spacy"
    config["paths"]["dev"] = "dev.spacy"
    return (
        "# Written by QuoteDesk. Train from this folder (keep the model outside it:\n"
        "# exporting again replaces the whole folder):\n"
        f"#   python -m spacy train config.cfg --output ../{folder_name}-model\n"
        + config.to_str()
    )


def split(n: int, seed: int, dev_fraction: float) -> set[int]:
    """Indices that go to dev: a seeded shuffle, at least one each side when n >= 2."""
    if n < 2:
        return set()
    order = list(range(n))
    random.Random(seed).shuffle(order)
    n_dev = min(n - 1, max(1, round(n * dev_fraction)))
    return set(order[:n_dev])


def write(ctx: ExportContext, out: Path) -> list[Path]:
    from spacy.tokens import DocBin

    docs = [make_doc(ctx, item) for item in ctx.training_articles()]
    if not docs:
        raise QuoteDeskError("Nothing to export: no article has been reviewed yet "
                             "(include suggestions to export unreviewed articles).")
    dev_indices = split(len(docs), ctx.seed, ctx.dev_fraction)
    train, dev = DocBin(store_user_data=True), DocBin(store_user_data=True)
    for i, doc in enumerate(docs):
        (dev if i in dev_indices else train).add(doc)
    if len(docs) == 1:
        dev.add(docs[0])  # spaCy needs a dev set; with one article it doubles as both
        ctx.count("articles in both train and dev")
    with atomic_dir(out) as folder:
        train.to_disk(folder / "train.spacy")
        dev.to_disk(folder / "dev.spacy")
        (folder / "config.cfg").write_text(config_text(out.name), encoding="utf-8", newline="\n")
    ctx.count("train docs", len(train))
    ctx.count("dev docs", len(dev))
    ctx.count("entities", sum(len(doc.ents) for doc in docs))
    ctx.count("quotes", sum(len(doc.spans[QUOTES_KEY]) for doc in docs))
    return [out / "train.spacy", out / "dev.spacy", out / "config.cfg"]
