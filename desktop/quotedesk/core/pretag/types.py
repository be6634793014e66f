"""What the analysis of one parsed article produces, before it becomes rows."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class EntitySuggestion:
    start: int
    end: int
    label: str  # already mapped into the project's label scheme
    canonical: str | None = None  # the entity this mention refers to, e.g. "Vladimir Putin"
    confidence: float | None = None


@dataclass
class QuoteSuggestion:
    start: int
    end: int
    kind: str  # "direct" | "partial" | "indirect"
    confidence: float
    cue: tuple[int, int] | None = None
    speaker: tuple[int, int] | None = None  # the mention in the text: "Lee", "he", "a Kremlin spokesperson"
    speaker_entity: str | None = None  # canonical name of who spoke, when known
    speaker_label: str | None = None  # label for a new entity: "PERSON" or "ORG"


@dataclass
class Analysis:
    entities: list[EntitySuggestion] = field(default_factory=list)
    quotes: list[QuoteSuggestion] = field(default_factory=list)
