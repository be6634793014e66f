"""Label schemes: which entity labels exist, their colours and hotkeys."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ProjectError
from .resources import resource_path

DEFAULT_SCHEME = "news"


@dataclass(frozen=True)
class Label:
    name: str
    description: str
    colour: str
    hotkey: str | None = None


@dataclass(frozen=True)
class LabelScheme:
    name: str
    labels: tuple[Label, ...]
    # spaCy labels that map onto one of ours (e.g. "WORK_OF_ART" -> "MEDIA");
    # model labels found in neither are dropped from suggestions.
    model_map: dict[str, str] = field(default_factory=dict)
    quote_colours: dict[str, str] = field(default_factory=dict)
    speaker_colour: str = "#ffd54f"

    def names(self) -> list[str]:
        return [label.name for label in self.labels]

    def get(self, name: str) -> Label | None:
        return next((label for label in self.labels if label.name == name), None)

    def by_hotkey(self, key: str) -> Label | None:
        return next((label for label in self.labels if label.hotkey == key), None)

    def map_model_label(self, model_label: str) -> str | None:
        if model_label in self.model_map:
            return self.model_map[model_label]
        return model_label if self.get(model_label) else None

    def to_json(self) -> str:
        return json.dumps(
            {
                "name": self.name,
                "labels": [vars(label) for label in self.labels],
                "model_map": self.model_map,
                "quote_colours": self.quote_colours,
                "speaker_colour": self.speaker_colour,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str, source: str = "label scheme") -> "LabelScheme":
        try:
            data = json.loads(text)
            labels = tuple(
                Label(
                    name=str(item["name"]),
                    description=str(item.get("description", "")),
                    colour=str(item["colour"]),
                    hotkey=(str(item["hotkey"]) if item.get("hotkey") is not None else None),
                )
                for item in data["labels"]
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ProjectError(f"The {source} is not a valid label scheme ({exc}).") from exc
        if not labels:
            raise ProjectError(f"The {source} defines no labels.")
        return cls(
            name=str(data.get("name", "custom")),
            labels=labels,
            model_map=dict(data.get("model_map", {})),
            quote_colours=dict(data.get("quote_colours", {})),
            speaker_colour=str(data.get("speaker_colour", "#ffd54f")),
        )

    @classmethod
    def load(cls, path: Path) -> "LabelScheme":
        return cls.from_json(path.read_text(encoding="utf-8"), source=str(path))

    @classmethod
    def default(cls) -> "LabelScheme":
        return cls.load(resource_path("labels", f"{DEFAULT_SCHEME}.json"))
