"""The article list's ids, read from the store a page at a time.

A project of 100,000 articles must open and list about as fast as one of
1,000: the list asks for its length (a count the store keeps) and for the
rows in view, never for every id. Behaves as a read-only sequence of ids,
so `len(ids)`, `ids[row]`, `article_id in ids` and `ids == [...]` work.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Iterator

from ..core.store import Store

PAGE = 200
PAGES_KEPT = 64  # about 13,000 ids: scrolling through everything does not hold it all


class ArticleIds(Sequence):
    def __init__(self, store: Store, status: str | None = None, search: str | None = None):
        self.store, self.status, self.search = store, status, search
        self._length = store.article_count(status, search)
        self._pages: OrderedDict[int, list[str]] = OrderedDict()

    def __len__(self) -> int:
        return self._length

    def _page(self, number: int) -> list[str]:
        if number in self._pages:
            self._pages.move_to_end(number)
        else:
            self._pages[number] = self.store.article_ids(self.status, self.search, number * PAGE, PAGE)
            if len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        return self._pages[number]

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(self._length))]
        if row < 0:
            row += self._length
        if not 0 <= row < self._length:
            raise IndexError(row)
        page = self._page(row // PAGE)
        if row % PAGE >= len(page):  # the project changed under a filter since the count
            raise IndexError(row)
        return page[row % PAGE]

    def __iter__(self) -> Iterator[str]:
        for number in range((self._length + PAGE - 1) // PAGE):
            yield from self._page(number)

    def cached_row(self, article_id: str) -> int:
        """The article's row if a page already read holds it (rows on screen always are), else -1."""
        for number, page in self._pages.items():
            if article_id in page:
                return number * PAGE + page.index(article_id)
        return -1

    def index(self, article_id: str, start: int = 0, stop: int | None = None) -> int:
        row = self.store.article_row(article_id, self.status, self.search)
        if row < 0 or row >= self._length or row < start or (stop is not None and row >= stop):
            raise ValueError(f"{article_id!r} is not in the list")
        return row

    def __contains__(self, article_id: object) -> bool:
        if not isinstance(article_id, str):
            return False
        try:
            self.index(article_id)
        except ValueError:
            return False
        return True

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, tuple, ArticleIds)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"ArticleIds({len(self)} articles, status={self.status!r}, search={self.search!r})"
