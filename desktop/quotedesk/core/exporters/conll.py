"""CoNLL-2003-style IOB tags for entity spans.

One token per line as `TOKEN -X- _ TAG` (the four columns spaCy's converter
and most NER tools read), IOB2 tags (B- opens every entity), a
`-DOCSTART- -X- -X- O` line and a blank line before each article, a blank
line between sentences (after . ! ? outside entities, and at line breaks).
Overlapping spans keep the longest; the others are counted.
"""

from __future__ import annotations

from pathlib import Path

from ..atomic import atomic_file
from .base import ExportContext
from .records import AnnotatedArticle

DESCRIPTION = "CoNLL-2003-style IOB2 entity tags, one token per line, -DOCSTART- per article"
SENTENCE_ENDS = (".", "!", "?")


def tagged_tokens(ctx: ExportContext, item: AnnotatedArticle) -> list[tuple[str, str] | None]:
    """(token, tag) pairs in order, None where a sentence ends."""
    from spacy.util import filter_spans

    doc = ctx.tokenizer.make_doc(item.article.text)
    found = [span for s in item.spans if (span := ctx.token_span(doc, s.start, s.end, "spans", s.label))]
    kept = filter_spans(found)
    if len(kept) < len(found):
        ctx.count("spans skipped (overlap)", len(found) - len(kept))
    tags = ["O"] * len(doc)
    for span in kept:
        tags[span.start] = f"B-{span.label_}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label_}"
    out: list[tuple[str, str] | None] = []
    for token, tag in zip(doc, tags):
        if token.is_space:
            # White space is not a token in CoNLL; a line break ends a sentence.
            if "\n" in token.text and tag == "O" and out and out[-1] is not None:
                out.append(None)
            continue
        out.append((token.text, tag))
        if token.text in SENTENCE_ENDS and tag == "O":
            out.append(None)
    if out and out[-1] is not None:
        out.append(None)
    return out


def write(ctx: ExportContext, out: Path) -> list[Path]:
    with atomic_file(out) as handle:
        for item in ctx.training_articles():
            handle.write("-DOCSTART- -X- -X- O\n\n")
            for pair in tagged_tokens(ctx, item):
                handle.write("\n" if pair is None else f"{pair[0]} -X- _ {pair[1]}\n")
            ctx.count("articles")
    return [out]
