"""The project's progress in the status bar: articles done and suggestions left.

Counting over the whole project takes a scan of every span; that is done
once (after the first paint, and after background work), and each edit then
adjusts the counts from the rows it changed, so an edit stays cheap in a
project of 100,000 articles.
"""

from __future__ import annotations

from ..core.edits import Edit
from ..core.store import Store


def _was(row: dict | None, column: str, value: str) -> int:
    return int(bool(row) and column in row and row[column] == value)


class ProjectProgress:
    def __init__(self, store: Store):
        self.store = store
        self.counts: dict[str, int] | None = None  # None until first counted

    def recount(self) -> None:
        self.counts = dict(self.store.progress())

    def take(self, edit: Edit) -> None:
        """Adjust the counts by what an applied edit changed."""
        if self.counts is None:
            return
        for change in edit.changes:
            if change.table in ("spans", "quotes"):
                self.counts["suggestions_left"] += (_was(change.after, "status", "suggested")
                                                    - _was(change.before, "status", "suggested"))
            elif change.table == "articles":
                self.counts["done"] += _was(change.after, "status", "done") - _was(change.before, "status", "done")

    def summary(self) -> str:
        if self.counts is None:
            return "Counting…"
        c = self.counts
        return f"Done {c['done']}/{c['articles']} · {c['suggestions_left']} suggestions left"
