"""Grouping entity mentions under canonical names ("Putin" -> "Vladimir Putin").

Only people and organisations become project entities: they are who speaks.
"""

from __future__ import annotations

import re

from .types import EntitySuggestion

ENTITY_LABELS = ("PERSON", "ORG")
_LEADING = re.compile(r"^(the|The)\s+")
_POSSESSIVE = re.compile(r"(['’]s|['’])$")


def clean_name(text: str, label: str) -> str:
    """The mention as a name: no possessive, no leading article, single spaces."""
    name = " ".join(text.split())
    name = _POSSESSIVE.sub("", name).strip()
    if label == "ORG":
        name = _LEADING.sub("", name)
    return name


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", name) if t]


def assign_canonical_names(mentions: list[EntitySuggestion], text: str, known: dict[str, str] | None = None) -> None:
    """Fill `canonical` on PERSON and ORG mentions of one article.

    A short person mention takes the longest full name in the article that
    ends with it (or, failing that, a name already known to the project);
    organisation mentions are grouped by their cleaned name.
    `known` maps a surname to a canonical name seen in earlier articles.
    """
    people = [clean_name(text[m.start:m.end], m.label) for m in mentions if m.label == "PERSON"]
    full_names = sorted({p for p in people if len(_tokens(p)) > 1}, key=lambda p: -len(_tokens(p)))
    for mention in mentions:
        if mention.label not in ENTITY_LABELS:
            continue
        name = clean_name(text[mention.start:mention.end], mention.label)
        if not name:
            continue
        if mention.label == "PERSON":
            name = _person_canonical(name, full_names, known or {})
        mention.canonical = name


def _person_canonical(name: str, full_names: list[str], known: dict[str, str]) -> str:
    parts = _tokens(name)
    for full in full_names:
        full_parts = _tokens(full)
        if len(full_parts) > len(parts) and full_parts[-len(parts):] == parts:
            return full
    if len(parts) == 1 and parts[0] in known:
        return known[parts[0]]
    # Family name first ("Moon" for "Moon Jae-in", "Kim" for "Kim Jong Un"):
    # only when a single full name in the article starts with it.
    if len(parts) == 1:
        starting = [full for full in full_names if full.split()[0] == parts[0]]
        if len(starting) == 1:
            return starting[0]
    return name


def surname_index(names: list[tuple[str, str]]) -> dict[str, str]:
    """Surname -> canonical full name, for the project's people with an unambiguous surname."""
    seen: dict[str, set[str]] = {}
    for name, label in names:
        parts = _tokens(name)
        if label == "PERSON" and len(parts) > 1:
            seen.setdefault(parts[-1], set()).add(name)
    return {surname: next(iter(full)) for surname, full in seen.items() if len(full) == 1}
