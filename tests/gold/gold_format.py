"""Writing gold articles by quoting their text, so every offset is exact.

A quote is named by its text (marks included for direct and partial quotes,
the reported clause for indirect ones) and its speaker by the mention's
text. When a string occurs more than once, an anchor that occurs once and
contains it says which occurrence is meant (`at` for the quote, `speaker_at`
for the mention). Every lookup must be unambiguous, or building fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Q:
    text: str
    kind: str  # direct | partial | indirect
    speaker: str | None = None  # the mention's text
    entity: str | None = None  # canonical name of who spoke, None when unnamed
    at: str | None = None
    speaker_at: str | None = None


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    quotes: list[Q] = field(default_factory=list)
    source: str = "constructed"
    # Entity names and their labels: every whole-word occurrence is a span, longer
    # names first ("Kim Il Sung Square" before "Kim"); (text, label, anchor) marks one
    # occurrence only. None: the case annotates quotes only.
    entities: list[tuple] | None = None


def _occurrences(text: str, needle: str) -> list[int]:
    """Where `needle` occurs as whole words ("he" is not found inside "the")."""
    pattern = ("\\b" if needle[:1].isalnum() else "") + re.escape(needle) + ("\\b" if needle[-1:].isalnum() else "")
    return [m.start() for m in re.finditer(pattern, text)]


def locate(text: str, needle: str, anchor: str | None = None) -> tuple[int, int]:
    """(start, end) of `needle`, inside the single occurrence of `anchor` when one is given."""
    where = anchor or needle
    found = _occurrences(text, where)
    if not found:
        raise ValueError(f"{where!r} is not in the text")
    if len(found) > 1:
        raise ValueError(f"{where!r} occurs more than once; give an anchor")
    inner = _occurrences(where, needle) if anchor else [0]
    if len(inner) != 1:
        raise ValueError(f"{needle!r} must occur exactly once inside the anchor {anchor!r}")
    start = found[0] + inner[0]
    return start, start + len(needle)


def record(case: Case) -> dict:
    """The case as one native JSONL record (quotes only; accepted analyst rows)."""
    try:
        return _record(case)
    except ValueError as exc:
        raise ValueError(f"{case.id}: {exc}") from exc


def _record(case: Case) -> dict:
    rows = []
    for n, q in enumerate(case.quotes):
        if q.kind not in ("direct", "partial", "indirect"):
            raise ValueError(f"{case.id}: unknown kind {q.kind!r}")
        start, end = locate(case.text, q.text, q.at)
        speaker = None
        if q.speaker:
            s, e = locate(case.text, q.speaker, q.speaker_at)
            speaker = {"start": s, "end": e, "text": q.speaker}
        rows.append({"id": f"{case.id}-q{n}", "start": start, "end": end, "text": q.text, "kind": q.kind,
                     "origin": "analyst", "status": "accepted", "confidence": None, "cue": None,
                     "speaker": speaker, "speaker_entity": q.entity})
    rows.sort(key=lambda r: r["start"])
    for a, b in zip(rows, rows[1:]):
        if b["start"] < a["end"]:
            raise ValueError(f"{case.id}: quotes {a['text']!r} and {b['text']!r} overlap")
    return {"id": case.id, "title": None, "text": case.text, "meta": {"source": case.source},
            "status": "done", "spans": entity_spans(case), "quotes": rows}


def entity_spans(case: Case) -> list[dict]:
    if not case.entities:
        return []
    taken: list[tuple[int, int, str]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or e <= start for s, e, _ in taken)

    for item in case.entities:
        if len(item) == 3:
            start, end = locate(case.text, item[0], item[2])
            if not free(start, end):
                raise ValueError(f"entity {item[0]!r} at {item[2]!r} overlaps another")
            taken.append((start, end, item[1]))
    for name, label in sorted((i for i in case.entities if len(i) == 2), key=lambda i: -len(i[0])):
        found = _occurrences(case.text, name)
        if not found:
            raise ValueError(f"entity {name!r} is not in the text")
        for start in found:
            if free(start, start + len(name)):
                taken.append((start, start + len(name), label))
    return [{"id": f"{case.id}-s{n}", "start": s, "end": e, "text": case.text[s:e], "label": label,
             "origin": "analyst", "status": "accepted", "entity": None}
            for n, (s, e, label) in enumerate(sorted(taken))]
