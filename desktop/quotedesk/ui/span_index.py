"""The open article's spans and quotes, indexed by position and by id.

An edit changes a handful of rows; the index takes them one by one (a
bisect and a list insert each), so the cost of an edit does not grow with
the number of annotations in the article. Pure Python: no Qt needed to test it.
"""

from __future__ import annotations

import bisect
from typing import Generic, Iterable, Iterator, Protocol, TypeVar


class Ranged(Protocol):
    id: str
    start: int
    end: int


T = TypeVar("T", bound=Ranged)


class RangeIndex(Generic[T]):
    """Items with a [start, end) extent, sorted by (start, id), found by overlap."""

    def __init__(self, items: Iterable[T] = ()):
        self._by_id: dict[str, T] = {item.id: item for item in items}
        held = self._by_id.values()
        self._keys: list[tuple[int, str]] = [(item.start, item.id) for item in held]
        self._keys.sort()
        # The longest extent ever held: a window search must look this far back.
        self._longest = max([item.end - item.start for item in held], default=0)

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[T]:
        """Items in text order."""
        return (self._by_id[key[1]] for key in self._keys)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._by_id

    def get(self, item_id: str) -> T | None:
        return self._by_id.get(item_id)

    def put(self, item: T) -> T | None:
        """Add or replace an item; returns the one it replaced."""
        old = self.remove(item.id)
        self._by_id[item.id] = item
        bisect.insort(self._keys, (item.start, item.id))
        self._longest = max(self._longest, item.end - item.start)
        return old

    def extend(self, items: Iterable[T]) -> None:
        """Add many items at once (those already held by id are replaced)."""
        fresh = []
        for item in items:
            if item.id in self._by_id:
                self.put(item)
            else:
                self._by_id[item.id] = item
                fresh.append((item.start, item.id))
                self._longest = max(self._longest, item.end - item.start)
        if fresh:
            fresh.sort()
            in_order = not self._keys or self._keys[-1] < fresh[0]  # the usual case: the next stretch of text
            self._keys += fresh
            if not in_order:
                self._keys.sort()

    def remove(self, item_id: str) -> T | None:
        old = self._by_id.pop(item_id, None)
        if old is not None:
            at = bisect.bisect_left(self._keys, (old.start, old.id))
            del self._keys[at]
        return old

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items whose extent shares at least one character with [start, end)."""
        lo = bisect.bisect_left(self._keys, (start - self._longest, ""))
        hi = bisect.bisect_left(self._keys, (end, ""))
        keys, by_id = self._keys, self._by_id
        return [item for i in range(lo, hi) if (item := by_id[keys[i][1]]).end > start]

    def containing(self, index: int) -> list[T]:
        return self.overlapping(index, index + 1)

    def after(self, start: int, item_id: str = "") -> Iterator[T]:
        """Items from (start, item_id) onwards, in text order."""
        keys, at = self._keys, bisect.bisect_right(self._keys, (start, item_id))
        return (self._by_id[keys[i][1]] for i in range(at, len(keys)))

    def before(self, start: int, item_id: str = "") -> Iterator[T]:
        """Items before (start, item_id), nearest first."""
        keys, at = self._keys, bisect.bisect_left(self._keys, (start, item_id))
        return (self._by_id[keys[i][1]] for i in range(at - 1, -1, -1))
