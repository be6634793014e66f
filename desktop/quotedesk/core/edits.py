"""Analyst edits as reversible commands over the store's rows.

An Edit is a list of row changes, each with the row as it was (`before`) and
as it becomes (`after`); None on one side means insert or delete. Its inverse
swaps the two sides and reverses the order, so applying an edit and then its
inverse leaves every row exactly as it was. Undo in any front end is
`store.apply(edit.inverse())`.

The builders below read the current rows and return an Edit; they never
write. One rule keeps the model's suggestions as evidence for evaluation:
changing what a model suggestion *says* (label, extent, kind, speaker) rejects
the suggestion and adds an analyst copy with the change; accepting or
rejecting a suggestion changes its status in place.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from .errors import QuoteDeskError
from .model import ARTICLE_STATUSES, QUOTE_KINDS, STATUSES, new_id

if TYPE_CHECKING:
    from .store import Store


class EditRefused(QuoteDeskError):
    """The edit makes no sense for the current rows (overlap, bad offsets, ...)."""


@dataclass(frozen=True)
class RowChange:
    table: str
    key: Any
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def inverse(self) -> "RowChange":
        return RowChange(self.table, self.key, self.after, self.before)


@dataclass(frozen=True)
class Edit:
    action: str
    changes: tuple[RowChange, ...]
    article_id: str | None = None
    # The row the user's attention should move to once applied (a new copy,
    # a new span); None keeps the current selection.
    focus: str | None = None
    undo_focus: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def inverse(self) -> "Edit":
        return Edit(
            action=f"Undo {self.action[:1].lower()}{self.action[1:]}",
            changes=tuple(change.inverse() for change in reversed(self.changes)),
            article_id=self.article_id,
            focus=self.undo_focus,
            undo_focus=self.focus,
        )

    def changes_json(self) -> str:
        return json.dumps(
            [{"table": c.table, "key": c.key, "before": c.before, "after": c.after} for c in self.changes],
            ensure_ascii=False,
        )

    @property
    def is_empty(self) -> bool:
        return not self.changes


def combine(action: str, edits: list[Edit], article_id: str | None = None) -> Edit:
    """Several edits applied as one undoable step."""
    changes: list[RowChange] = []
    for edit in edits:
        changes.extend(edit.changes)
    return Edit(action, tuple(changes), article_id or (edits[0].article_id if edits else None))


# -- helpers ---------------------------------------------------------------------


def _require(row: dict[str, Any] | None, what: str, key: Any) -> dict[str, Any]:
    if row is None:
        raise EditRefused(f"The {what} {key!r} no longer exists.")
    return row


def _update(table: str, row: dict[str, Any], **new: Any) -> RowChange:
    changed = {k: v for k, v in new.items() if row[k] != v}
    return RowChange(table, row["id"], {k: row[k] for k in changed}, changed)


def _check_extent(store: "Store", article_id: str, start: int, end: int) -> str:
    text = store.article(article_id).text
    if not (0 <= start < end <= len(text)):
        raise EditRefused(f"The selection {start}-{end} lies outside the article (length {len(text)}).")
    if not text[start:end].strip():
        raise EditRefused("The selection holds only white space.")
    return text


def _check_no_overlap(store: "Store", article_id: str, start: int, end: int, ignore: str | None = None) -> None:
    clash = store.rows(
        "SELECT id, start, end, label FROM spans WHERE article_id = ? AND status != 'rejected' "
        "AND start < ? AND end > ? AND id IS NOT ?",
        (article_id, end, start, ignore),
    )
    if clash:
        other = clash[0]
        raise EditRefused(
            f"That overlaps the {other['label']} span at {other['start']}-{other['end']}; "
            "resize or reject it first."
        )


def _copy_for_analyst(table: str, row: dict[str, Any], **new: Any) -> tuple[list[RowChange], str]:
    """Reject a model row and insert an accepted analyst copy carrying `new`."""
    prefix = "s" if table == "spans" else "q"
    copy = dict(row, id=new_id(prefix), origin="analyst", status="accepted", **new)
    if "confidence" in copy:
        copy["confidence"] = None
    changes = []
    if row["status"] != "rejected":
        changes.append(_update(table, row, status="rejected"))
    changes.append(RowChange(table, copy["id"], None, copy))
    return changes, copy["id"]


def _change_content(store: "Store", table: str, row: dict[str, Any], action: str, **new: Any) -> Edit:
    if all(row[k] == v for k, v in new.items()):
        return Edit(action, (), row["article_id"])
    if row["origin"] == "model":
        changes, copy_id = _copy_for_analyst(table, row, **new)
        return Edit(action, tuple(changes), row["article_id"], focus=copy_id, undo_focus=row["id"])
    extra = {"status": "accepted"} if row["status"] == "suggested" else {}
    return Edit(action, (_update(table, row, **new, **extra),), row["article_id"], focus=row["id"], undo_focus=row["id"])


# -- entity spans -------------------------------------------------------------------


def set_span_status(store: "Store", span_id: str, status: str) -> Edit:
    if status not in STATUSES:
        raise EditRefused(f"Unknown status {status!r}.")
    row = _require(store.get_row("spans", span_id), "span", span_id)
    if status != "rejected" and row["status"] == "rejected":
        _check_no_overlap(store, row["article_id"], row["start"], row["end"], ignore=span_id)
    verb = {"accepted": "Accept", "rejected": "Reject", "suggested": "Reset"}[status]
    change = _update("spans", row, status=status)
    changes = (change,) if change.after else ()
    return Edit(f"{verb} {row['label']} span", changes, row["article_id"], focus=span_id, undo_focus=span_id)


def add_span(store: "Store", article_id: str, start: int, end: int, label: str, entity_id: int | None = None) -> Edit:
    _check_extent(store, article_id, start, end)
    _check_no_overlap(store, article_id, start, end)
    if store.label_scheme().get(label) is None:
        raise EditRefused(f"The label {label!r} is not in this project's label scheme.")
    row = {
        "id": new_id("s"), "article_id": article_id, "start": start, "end": end, "label": label,
        "origin": "analyst", "status": "accepted", "entity_id": entity_id, "confidence": None,
    }
    return Edit(f"Add {label} span", (RowChange("spans", row["id"], None, row),), article_id, focus=row["id"])


def delete_span(store: "Store", span_id: str) -> Edit:
    """Remove an analyst's own span; model suggestions are rejected instead."""
    row = _require(store.get_row("spans", span_id), "span", span_id)
    if row["origin"] == "model":
        return set_span_status(store, span_id, "rejected")
    return Edit(f"Delete {row['label']} span", (RowChange("spans", span_id, row, None),), row["article_id"],
                undo_focus=span_id)


def relabel_span(store: "Store", span_id: str, label: str) -> Edit:
    row = _require(store.get_row("spans", span_id), "span", span_id)
    if store.label_scheme().get(label) is None:
        raise EditRefused(f"The label {label!r} is not in this project's label scheme.")
    return _change_content(store, "spans", row, f"Relabel span as {label}", label=label)


def resize_span(store: "Store", span_id: str, start: int, end: int) -> Edit:
    row = _require(store.get_row("spans", span_id), "span", span_id)
    _check_extent(store, row["article_id"], start, end)
    _check_no_overlap(store, row["article_id"], start, end, ignore=span_id)
    return _change_content(store, "spans", row, f"Resize {row['label']} span", start=start, end=end)


def set_span_entity(store: "Store", span_id: str, entity_id: int | None) -> Edit:
    row = _require(store.get_row("spans", span_id), "span", span_id)
    if entity_id is not None:
        _require(store.get_row("entities", entity_id), "entity", entity_id)
    change = _update("spans", row, entity_id=entity_id)
    return Edit("Link span to entity", (change,) if change.after else (), row["article_id"], focus=span_id)


# -- quotes -------------------------------------------------------------------------------


def add_quote(store: "Store", article_id: str, start: int, end: int, kind: str = "direct") -> Edit:
    if kind not in QUOTE_KINDS:
        raise EditRefused(f"Unknown quote kind {kind!r}.")
    _check_extent(store, article_id, start, end)
    row = {
        "id": new_id("q"), "article_id": article_id, "start": start, "end": end, "kind": kind,
        "origin": "analyst", "status": "accepted", "confidence": None,
        "cue_start": None, "cue_end": None, "speaker_start": None, "speaker_end": None,
        "speaker_entity_id": None,
    }
    return Edit(f"Add {kind} quote", (RowChange("quotes", row["id"], None, row),), article_id, focus=row["id"])


def delete_quote(store: "Store", quote_id: str) -> Edit:
    row = _require(store.get_row("quotes", quote_id), "quote", quote_id)
    if row["origin"] == "model":
        return set_quote_status(store, quote_id, "rejected")
    return Edit("Delete quote", (RowChange("quotes", quote_id, row, None),), row["article_id"], undo_focus=quote_id)


def set_quote_status(store: "Store", quote_id: str, status: str) -> Edit:
    if status not in STATUSES:
        raise EditRefused(f"Unknown status {status!r}.")
    row = _require(store.get_row("quotes", quote_id), "quote", quote_id)
    verb = {"accepted": "Accept", "rejected": "Reject", "suggested": "Reset"}[status]
    change = _update("quotes", row, status=status)
    return Edit(f"{verb} quote", (change,) if change.after else (), row["article_id"],
                focus=quote_id, undo_focus=quote_id)


def set_quote_kind(store: "Store", quote_id: str, kind: str) -> Edit:
    if kind not in QUOTE_KINDS:
        raise EditRefused(f"Unknown quote kind {kind!r}.")
    row = _require(store.get_row("quotes", quote_id), "quote", quote_id)
    return _change_content(store, "quotes", row, f"Make quote {kind}", kind=kind)


def resize_quote(store: "Store", quote_id: str, start: int, end: int) -> Edit:
    row = _require(store.get_row("quotes", quote_id), "quote", quote_id)
    _check_extent(store, row["article_id"], start, end)
    return _change_content(store, "quotes", row, "Resize quote", start=start, end=end)


def link_speaker(
    store: "Store", quote_id: str, start: int | None, end: int | None, entity_id: int | None = None
) -> Edit:
    """Set the quote's speaker mention (None, None clears it) and speaker entity."""
    row = _require(store.get_row("quotes", quote_id), "quote", quote_id)
    if start is not None:
        _check_extent(store, row["article_id"], start, end)
    if entity_id is not None:
        _require(store.get_row("entities", entity_id), "entity", entity_id)
    action = "Link speaker" if start is not None else "Clear speaker"
    return _change_content(
        store, "quotes", row, action, speaker_start=start, speaker_end=end, speaker_entity_id=entity_id
    )


def set_speaker_entity(store: "Store", quote_id: str, entity_id: int | None) -> Edit:
    row = _require(store.get_row("quotes", quote_id), "quote", quote_id)
    if entity_id is not None:
        _require(store.get_row("entities", entity_id), "entity", entity_id)
    return _change_content(store, "quotes", row, "Set speaker entity", speaker_entity_id=entity_id)


# -- entities -------------------------------------------------------------------------------


def create_entity(store: "Store", name: str, label: str) -> Edit:
    name = " ".join(name.split())
    if not name:
        raise EditRefused("An entity needs a name.")
    if store.entity_by_name(name):
        raise EditRefused(f"There is already an entity called {name!r}.")
    row = {"id": store.next_entity_id(), "name": name, "label": label}
    return Edit(f"Create entity {name}", (RowChange("entities", row["id"], None, row),), extra={"entity_id": row["id"]})


def rename_entity(store: "Store", entity_id: int, name: str) -> Edit:
    name = " ".join(name.split())
    row = _require(store.get_row("entities", entity_id), "entity", entity_id)
    if not name:
        raise EditRefused("An entity needs a name.")
    other = store.entity_by_name(name)
    if other and other.id != entity_id:
        raise EditRefused(f"There is already an entity called {name!r}; merge the two instead.")
    change = _update("entities", row, name=name)
    return Edit(f"Rename {row['name']} to {name}", (change,) if change.after else ())


def merge_entities(store: "Store", source_id: int, target_id: int) -> Edit:
    """Point every span and quote of `source` at `target`, then drop `source`."""
    if source_id == target_id:
        raise EditRefused("An entity cannot be merged into itself.")
    source = _require(store.get_row("entities", source_id), "entity", source_id)
    target = _require(store.get_row("entities", target_id), "entity", target_id)
    changes = [
        RowChange("spans", row["id"], {"entity_id": source_id}, {"entity_id": target_id})
        for row in store.rows("SELECT id FROM spans WHERE entity_id = ? ORDER BY id", (source_id,))
    ]
    changes += [
        RowChange("quotes", row["id"], {"speaker_entity_id": source_id}, {"speaker_entity_id": target_id})
        for row in store.rows("SELECT id FROM quotes WHERE speaker_entity_id = ? ORDER BY id", (source_id,))
    ]
    changes.append(RowChange("entities", source_id, source, None))
    return Edit(f"Merge {source['name']} into {target['name']}", tuple(changes))


# -- articles -------------------------------------------------------------------------------


def set_article_status(store: "Store", article_id: str, status: str) -> Edit:
    if status not in ARTICLE_STATUSES:
        raise EditRefused(f"Unknown article status {status!r}.")
    row = _require(store.get_row("articles", article_id), "article", article_id)
    change = _update("articles", row, status=status)
    label = {"done": "Mark article done", "in_progress": "Mark article in progress", "new": "Mark article new"}
    return Edit(label[status], (change,) if change.after else (), article_id)


def accept_all(store: "Store", article_id: str) -> Edit:
    """Accept every remaining suggestion of the article in one step."""
    changes = [
        RowChange("spans", r["id"], {"status": "suggested"}, {"status": "accepted"})
        for r in store.rows("SELECT id FROM spans WHERE article_id = ? AND status = 'suggested' ORDER BY start, id",
                            (article_id,))
    ]
    changes += [
        RowChange("quotes", r["id"], {"status": "suggested"}, {"status": "accepted"})
        for r in store.rows("SELECT id FROM quotes WHERE article_id = ? AND status = 'suggested' ORDER BY start, id",
                            (article_id,))
    ]
    return Edit(f"Accept all {len(changes)} suggestions", tuple(changes), article_id)


def touch_article(store: "Store", article_id: str) -> Edit | None:
    """A 'new' article becomes 'in progress' with the first edit made in it."""
    if store.scalar("SELECT status FROM articles WHERE id = ?", (article_id,)) != "new":
        return None  # not there, or already past 'new'
    change = RowChange("articles", article_id, {"status": "new"}, {"status": "in_progress"})
    return Edit("Mark article in progress", (change,), article_id)


def with_progress(store: "Store", edit: Edit) -> Edit:
    """The edit, plus moving its article from 'new' to 'in progress' when needed."""
    if edit.article_id is None or edit.is_empty:
        return edit
    if any(c.table == "articles" and c.after and "status" in c.after for c in edit.changes):
        return edit  # the edit sets the article's status itself
    touch = touch_article(store, edit.article_id)
    if touch is None:
        return edit
    return replace(edit, changes=edit.changes + touch.changes)
