"""What an exporter gets: the store, the options, progress, cancellation and counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

from ..progress import CancelToken, ProgressCallback, no_progress
from ..store import Store
from .records import AnnotatedArticle, annotated_articles

ACCEPTED = ("accepted",)
NOT_REJECTED = ("accepted", "suggested")


@dataclass
class ExportContext:
    store: Store
    include_all: bool = False
    progress: ProgressCallback = no_progress
    cancel: CancelToken | None = None
    seed: int = 0
    dev_fraction: float = 0.2
    counts: Counter = field(default_factory=Counter)

    def articles(self) -> Iterator[AnnotatedArticle]:
        """Every article with everything in it, with progress reports and a cancel check."""
        total = self.store.article_count()
        for done, item in enumerate(annotated_articles(self.store), start=1):
            if self.cancel is not None:
                self.cancel.raise_if_cancelled()
            yield item
            self.progress(done, total, f"Exported {done} of {total} articles")
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def training_articles(self) -> Iterator[AnnotatedArticle]:
        """What training formats carry.

        By default: accepted annotations, in articles an analyst has reviewed
        (an untouched article would teach a model that its entities are not
        entities). With include_all: every article, with accepted and
        suggested annotations. Rejected annotations are never training data.
        """
        for item in self.articles():
            if not self.include_all and not item.reviewed:
                self.count("articles skipped (not reviewed)")
                continue
            yield item.keeping(NOT_REJECTED if self.include_all else ACCEPTED)

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] += n

    @cached_property
    def tokenizer(self):
        """spaCy's English tokenizer alone (no model): shared by the token-based formats."""
        import spacy

        return spacy.blank("en")

    def token_span(self, doc, start: int, end: int, what: str, label: str = ""):
        """The tokens covering start-end (widened to token edges and counted), or None if none."""
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None or not span.text.strip():
            self.count(f"{what} skipped (no tokens)")
            return None
        if (span.start_char, span.end_char) != (start, end):
            self.count(f"{what} widened to token edges")
        return span
