"""What an exporter gets: the store, the options, progress and cancellation."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable, Iterator, TypeVar

from ..progress import CancelToken, ProgressCallback, no_progress
from ..store import Store

T = TypeVar("T")


@dataclass
class ExportContext:
    store: Store
    accepted_only: bool
    progress: ProgressCallback = no_progress
    cancel: CancelToken | None = None
    seed: int = 0
    dev_fraction: float = 0.2
    counts: Counter = field(default_factory=Counter)

    def articles(self, items: Iterable[T]) -> Iterator[T]:
        """Iterate with progress reports and a cancel check between articles."""
        total = self.store.article_count()
        for done, item in enumerate(items, start=1):
            if self.cancel is not None:
                self.cancel.raise_if_cancelled()
            yield item
            self.progress(done, total, f"Exported {done} of {total} articles")

    def count(self, what: str, n: int = 1) -> None:
        self.counts[what] += n

    @cached_property
    def tokenizer(self):
        """spaCy's English tokenizer alone (no model): shared by the token-based formats."""
        import spacy

        return spacy.blank("en")
