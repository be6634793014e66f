"""The plain data of a project: articles, entity spans, quotes and entities.

Offsets are Python string indices into the article text, end exclusive.
These are value objects; the Store turns them into rows and back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

ORIGINS = ("model", "analyst")
STATUSES = ("suggested", "accepted", "rejected")
ARTICLE_STATUSES = ("new", "in_progress", "done")
QUOTE_KINDS = ("direct", "partial", "indirect")


def new_id(prefix: str) -> str:
    # Twelve random hex digits: what uuid4().hex[:12] gave (its version bits come later), without
    # importing uuid (and platform) before the window's first frame.
    return f"{prefix}{os.urandom(6).hex()}"


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    status: str = "new"
    text_hash: str | None = None
    pretagged_with: str | None = None
    position: int | None = None


@dataclass
class Span:
    """An entity mention: a labelled stretch of an article's text."""

    article_id: str
    start: int
    end: int
    label: str
    origin: str = "model"
    status: str = "suggested"
    entity_id: int | None = None
    confidence: float | None = None
    id: str = field(default_factory=lambda: new_id("s"))


@dataclass
class Quote:
    """A stretch of reported speech, its cue and its speaker mention."""

    article_id: str
    start: int
    end: int
    kind: str
    origin: str = "model"
    status: str = "suggested"
    confidence: float | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_entity_id: int | None = None
    id: str = field(default_factory=lambda: new_id("q"))

    @property
    def cue(self) -> tuple[int, int] | None:
        return None if self.cue_start is None else (self.cue_start, self.cue_end)

    @property
    def speaker(self) -> tuple[int, int] | None:
        return None if self.speaker_start is None else (self.speaker_start, self.speaker_end)


@dataclass
class Entity:
    """A canonical person or organisation, shared by all articles of a project."""

    id: int
    name: str
    label: str
