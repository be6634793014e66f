"""CoNLL-2003-style IOB tags for entity spans: TOKEN -X- _ TAG, a blank line between sentences."""

from __future__ import annotations

from pathlib import Path

from ..atomic import atomic_file
from .base import ExportContext
from .records import annotated_articles

DESCRIPTION = "CoNLL-2003-style IOB entity tags, one token per line, -DOCSTART- per article"
ACCEPTED_ONLY = True


def write(ctx: ExportContext, out: Path) -> list[Path]:
    nlp = ctx.tokenizer
    with atomic_file(out) as handle:
        for item in ctx.articles(annotated_articles(ctx.store, accepted_only=ctx.accepted_only)):
            doc = nlp.make_doc(item.article.text)
            tags = ["O"] * len(doc)
            for s in item.spans:
                span = doc.char_span(s.start, s.end, alignment_mode="expand")
                if span is None or any(tags[i] != "O" for i in range(span.start, span.end)):
                    ctx.count("spans skipped (overlap or alignment)")
                    continue
                tags[span.start] = f"B-{s.label}"
                for i in range(span.start + 1, span.end):
                    tags[i] = f"I-{s.label}"
            handle.write("-DOCSTART- -X- -X- O\n\n")
            wrote_any = False
            for token, tag in zip(doc, tags):
                if token.is_space:
                    # Line breaks end a sentence here; other white space is dropped.
                    if "\n" in token.text and wrote_any:
                        handle.write("\n")
                        wrote_any = False
                    continue
                handle.write(f"{token.text} -X- _ {tag}\n")
                wrote_any = True
                if token.text in (".", "!", "?") and tag == "O":
                    handle.write("\n")
                    wrote_any = False
            if wrote_any:
                handle.write("\n")
            ctx.count("articles")
    return [out]
