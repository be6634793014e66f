"""The editing logic of the article pane: what is selected, and what each key does to it.

Every change is a core Edit performed through the EditRunner (so it is
committed, logged and undoable). After each one the rows the edit names are
taken from the edit itself where it states them whole (a new row, or the new
values of a row shown here: what was just committed), else read back from the
store; only those rows and the text blocks under them are refreshed, so an
edit costs the same in a long article as in a short one.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, Qt, Signal

from ..core import edits
from ..core.errors import QuoteDeskError
from ..core.model import Article, Entity, Quote, Span
from ..core.snapping import next_boundary, snap
from ..core.store import Store
from .article_view import ArticleView, Selection
from .inspector import Inspector
from .later import Later
from .quotes_panel import QuotesPanel
from .theme import Formats
from .undo import EditRunner

if TYPE_CHECKING:
    from .dialogs import EntityChoice

KINDS = ("direct", "partial", "indirect")
COLUMNS = {"spans": frozenset(f.name for f in fields(Span)), "quotes": frozenset(f.name for f in fields(Quote))}
MAKE = {"spans": Span, "quotes": Quote}
ARTICLE_PLAIN = frozenset({"status", "title", "pretagged_with", "position"})  # stored as the model holds them
LOW, HIGH = "", "\U0010ffff"  # ids sort between these


class Annotator(QObject):
    message = Signal(str)
    article_opened = Signal(str)
    rows_changed = Signal(object)  # the applied Edit: an article's annotations or status changed
    linking_changed = Signal(bool)  # S started (True) or ended (False) picking a quote's speaker

    def __init__(self, store: Store, runner: EditRunner, view: ArticleView, inspector: Inspector,
                 quotes_panel: QuotesPanel, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.runner, self.view = store, runner, view
        self.inspector, self.quotes_panel = inspector, quotes_panel
        self.formats = Formats(store.label_scheme())
        self.article: Article | None = None
        self.selection: Selection | None = None
        self._linking = False
        self.pending: tuple[int, int] | None = None  # a snapped text selection awaiting a key
        self._entities: dict[int, Entity | None] = {}  # read as needed: a project can hold very many
        self.later = Later(self)  # the inspector and quotes panel follow the text, a moment later
        # Ask the user for an entity or a name; the window sets dialogs, tests set stubs.
        # ask_entity(title, suggestion, exclude_id, entities listed first) -> choice
        self.ask_entity: Callable[[str, str, int | None, list[Entity]], EntityChoice | None] = lambda *_: None
        self.ask_name: Callable[[str, str], str | None] = lambda *_: None
        runner.applied.connect(self._applied)
        runner.failed.connect(self.message)
        view.clicked.connect(self.click)
        view.text_selected.connect(self.text_selected)
        view.step.connect(self.step_suggestion)
        quotes_panel.quote_chosen.connect(lambda quote_id: self.select(Selection("quote", quote_id), scroll=True))

    @property
    def linking(self) -> bool:
        return self._linking

    @linking.setter
    def linking(self, value: bool) -> None:
        if value != self._linking:
            self._linking = value
            self.linking_changed.emit(value)

    @property
    def spans(self):
        return self.view.spans

    @property
    def quotes(self):
        return self.view.quotes

    # -- loading ------------------------------------------------------------------

    def open(self, article_id: str, focus: str | None = None) -> None:
        self.article = self.store.article(article_id)
        self._entities.clear()
        self.linking, self.pending = False, None
        self.selection = None
        store = self.store

        def read(start: int, before: int | None) -> tuple[list[Span], list[Quote]]:
            return store.spans(article_id, start, before), store.quotes(article_id, start, before)

        # Opened at the top, the first paint needs only the first screen's annotations: the rest
        # are read just after it (or as soon as anything asks for them).
        held_to = self.view.screen_end(self.article.text) if focus is None else None
        if held_to is not None and held_to >= len(self.article.text):
            held_to = None
        spans, quotes = read(0, held_to)
        self.view.show_article(self.article.text, spans, quotes, self.formats, held_to=held_to, read=read)
        self.selection = self._selection_for(focus)
        if self.selection:
            self.view.set_selection(self.selection)
            self._scroll_to_selection()
        if held_to is not None:
            self.later.call("annotations", self.view.hold_all)
        self._panels(quotes=True)
        self.article_opened.emit(article_id)

    def reload(self) -> None:
        """Re-read every row of the open article (new suggestions landed), keeping the place."""
        if self.article is None:
            return
        scroll = self.view.verticalScrollBar().value()
        keep = self.selection.id if self.selection else None
        self.open(self.article.id, focus=keep)
        self.view.verticalScrollBar().setValue(scroll)

    def _selection_for(self, item_id: str | None) -> Selection | None:
        if item_id is None:
            return None
        if item_id in self.spans:
            return Selection("span", item_id)
        if item_id in self.quotes:
            return Selection("quote", item_id)
        return None

    def _applied(self, edit: edits.Edit, replayed: bool = False) -> None:
        if self.article is None:
            return
        if edit.article_id and edit.article_id != self.article.id:
            self.open(edit.article_id, focus=edit.focus)  # undo reached another article
        else:
            self._take_changes(edit)
        self.rows_changed.emit(edit)
        if replayed:
            # A new edit shows itself in the text; an undo or redo may be anywhere, so say what it did.
            self.message.emit(edit.action)

    def _take_changes(self, edit: edits.Edit) -> None:
        """Take the rows this edit changed in the open article (from the edit, or read back)."""
        article_id = self.article.id
        rows: dict[str, dict] = {"spans": {}, "quotes": {}}
        for change in edit.changes:
            if change.table == "entities":
                self._entities.clear()
            elif change.table == "articles" and change.key == article_id:
                after = change.after or {}
                if change.before is not None and after and after.keys() <= ARTICLE_PLAIN:
                    self.article = replace(self.article, **after)
                else:
                    self.article = self.store.article(article_id)
            elif change.table in rows:
                index = self.spans if change.table == "spans" else self.quotes
                new_here = change.before is None and (change.after or {}).get("article_id") == article_id
                if change.key in index or new_here:  # rows of other articles (a merge) are not shown here
                    row = self._row_after(change, index.get(change.key))
                    rows[change.table][change.key] = row if row and row.article_id == article_id else None
        selection = self.selection
        if edit.focus is not None:
            selection = self._selection_for_after(edit.focus, rows) or selection
        if selection and self._gone(selection, rows):
            selection = None
        self.selection = selection
        self.view.put_rows(rows["spans"], rows["quotes"], selection)
        self._panels(quotes=bool(rows["quotes"]) or any(c.table == "entities" for c in edit.changes))

    def _row_after(self, change: edits.RowChange, held: Any) -> Span | Quote | None:
        """The row as the applied change left it: gone, made whole by the change, or the row
        shown here with the change's new values; read back when the change does not say."""
        after, columns = change.after, COLUMNS[change.table]
        if after is None:
            return None
        if change.before is None and after.keys() == columns:
            return MAKE[change.table](**after)
        if change.before is not None and held is not None and after.keys() <= columns:
            return replace(held, **after)
        return self.store.span(change.key) if change.table == "spans" else self.store.quote(change.key)

    def _selection_for_after(self, item_id: str, rows: dict[str, dict]) -> Selection | None:
        if rows["spans"].get(item_id) or item_id in self.spans:
            return Selection("span", item_id)
        if rows["quotes"].get(item_id) or item_id in self.quotes:
            return Selection("quote", item_id)
        return None

    def _gone(self, selection: Selection, rows: dict[str, dict]) -> bool:
        table = rows["spans" if selection.kind == "span" else "quotes"]
        index = self.spans if selection.kind == "span" else self.quotes
        return (selection.id in table and table[selection.id] is None) or (
            selection.id not in table and selection.id not in index)

    def entity(self, entity_id: int | None) -> Entity | None:
        if entity_id is None:
            return None
        if entity_id not in self._entities:
            self._entities[entity_id] = self.store.entity(entity_id)
        return self._entities[entity_id]

    def entity_name(self, entity_id: int | None) -> str | None:
        entity = self.entity(entity_id)
        return entity.name if entity else None

    # -- selection ---------------------------------------------------------------------

    def select(self, selection: Selection | None, scroll: bool = False) -> None:
        self.selection = selection
        self.pending = None
        self.view.set_selection(selection)
        self._panels()
        if scroll:
            self._scroll_to_selection()

    def _scroll_to_selection(self) -> None:
        extents = self.view.extents_of(self.selection)
        if extents:
            self.view.scroll_to(extents[0][0])

    def _panels(self, quotes: bool = False) -> None:
        if quotes:
            self.later.call("quotes", self._fill_quotes)
        self.later.call("inspector", self._show_selection)

    def _show_selection(self) -> None:
        span, quote = self.selected_span(), self.selected_quote()
        if span:
            self.inspector.show_span(span, self.article.text, self.entity_name(span.entity_id))
        elif quote:
            self.inspector.show_quote(quote, self.article.text, self.entity_name(quote.speaker_entity_id))
        else:
            self.inspector.show_nothing()
        self.quotes_panel.select_quote(quote.id if quote else None)
        if self.linking:
            self.inspector.show_linking()

    def _fill_quotes(self) -> None:
        names = {q.speaker_entity_id: self.entity_name(q.speaker_entity_id) for q in self.quotes if q.speaker_entity_id}
        self.quotes_panel.show_quotes(list(self.quotes), self.article.text, names, self.formats)
        quote = self.selected_quote()
        self.quotes_panel.select_quote(quote.id if quote else None)

    def selected_span(self) -> Span | None:
        sel = self.selection
        return self.spans.get(sel.id) if sel and sel.kind == "span" else None

    def selected_quote(self) -> Quote | None:
        sel = self.selection
        return self.quotes.get(sel.id) if sel and sel.kind == "quote" else None

    # -- mouse ---------------------------------------------------------------------------

    def click(self, index: int, modifiers) -> None:
        if self.article is None:
            return
        item = self.view.item_at(index)
        if self.linking:
            if item and item.kind == "span":
                span = self.spans.get(item.id)
                self.link_speaker(span.start, span.end, span.entity_id)
            return
        span = self.selected_span()
        if modifiers & Qt.KeyboardModifier.ShiftModifier and span is not None:
            self._resize_to_click(span, index)
            return
        self.select(item)

    def text_selected(self, start: int, end: int) -> None:
        if self.article is None:
            return
        snapped = snap(self.article.text, start, end)
        if snapped is None:
            self.view.clear_text_selection()
            return
        self.view.select_range(*snapped)
        self.pending = snapped
        if self.linking:
            self.message.emit("Press Enter to make the selection the speaker.")
        else:
            self.message.emit("Press 1–9 to add an entity span, or Q to mark a quote.")

    def _resize_to_click(self, span: Span, index: int) -> None:
        text = self.article.text
        if index < span.start:
            extent = snap(text, index, span.end)
        elif index >= span.end:
            extent = snap(text, span.start, index + 1)
        elif index - span.start < span.end - index:
            extent = snap(text, index, span.end)
        else:
            extent = snap(text, span.start, index)
        if extent and extent != (span.start, span.end):
            self._perform(lambda: edits.resize_span(self.store, span.id, *extent))

    # -- keyboard commands ------------------------------------------------------------------

    def _perform(self, build: Callable[[], edits.Edit]) -> bool:
        try:
            edit = build()
        except QuoteDeskError as exc:
            self.message.emit(str(exc))
            return False
        if edit.is_empty:
            self.message.emit("Nothing to change.")
            return False
        if self.article is not None and self.article.status == "new":
            # The first edit moves the article to "in progress" (later ones need not read it again).
            edit = edits.with_progress(self.store, edit)
        return self.runner.perform(edit)

    def confirm(self) -> None:
        """Enter: finish a speaker link from a selection, else accept the selection."""
        if self.linking and self.pending:
            self.link_speaker(*self.pending, None)
            return
        self.set_status("accepted")

    def set_status(self, status: str) -> None:
        sel = self.selection
        if sel is None:
            self.message.emit("Select a span or quote first (click it, or press Tab).")
            return
        if sel.kind == "span":
            ok = self._perform(lambda: edits.set_span_status(self.store, sel.id, status))
        else:
            ok = self._perform(lambda: edits.set_quote_status(self.store, sel.id, status))
        if ok and status in ("accepted", "rejected"):
            self.step_suggestion(1, quiet=True)

    def reject(self) -> None:
        span, quote = self.selected_span(), self.selected_quote()
        if span and span.origin == "analyst":
            self._perform(lambda: edits.delete_span(self.store, span.id))
        elif quote and quote.origin == "analyst":
            self._perform(lambda: edits.delete_quote(self.store, quote.id))
        else:
            self.set_status("rejected")

    def relabel_or_add(self, label: str) -> None:
        """A digit: relabel the selected span, or make a span of the pending text selection."""
        if self.pending and not self.linking:
            start, end = self.pending
            if self._perform(lambda: edits.add_span(self.store, self.article.id, start, end, label)):
                self.view.clear_text_selection()
            return
        span = self.selected_span()
        if span is None:
            self.message.emit("Select a span, or some text, before choosing a label.")
            return
        self._perform(lambda: edits.relabel_span(self.store, span.id, label))

    def resize(self, edge: str, direction: int) -> None:
        span, quote = self.selected_span(), self.selected_quote()
        target = span or quote
        if target is None:
            self.message.emit("Select a span or quote to resize.")
            return
        start, end = target.start, target.end
        text = self.article.text
        if edge == "start":
            start = next_boundary(text, start, direction, "start")
        else:
            end = next_boundary(text, end, direction, "end")
        if start >= end:
            self.message.emit("A span cannot be shorter than one token.")
            return
        if span:
            self._perform(lambda: edits.resize_span(self.store, span.id, start, end))
        else:
            self._perform(lambda: edits.resize_quote(self.store, quote.id, start, end))

    def mark_quote(self) -> None:
        if not self.pending:
            self.message.emit("Select the quoted text first, then press Q.")
            return
        start, end = self.pending
        if self._perform(lambda: edits.add_quote(self.store, self.article.id, start, end, "direct")):
            self.view.clear_text_selection()
            self.message.emit("Quote added: K changes its kind, S links its speaker.")

    def set_kind(self, kind: str | None = None) -> None:
        """Set the selected quote's kind; None cycles direct → partial → indirect."""
        quote = self.selected_quote()
        if quote is None:
            self.message.emit("Select a quote to change its kind.")
            return
        kind = kind or KINDS[(KINDS.index(quote.kind) + 1) % len(KINDS)]
        self._perform(lambda: edits.set_quote_kind(self.store, quote.id, kind))

    def cycle_kind(self) -> None:
        self.set_kind(None)

    def accept_all(self) -> None:
        if self.article is not None:
            self._perform(lambda: edits.accept_all(self.store, self.article.id))

    def mark_done(self) -> bool:
        if self.article is None:
            return False
        left = sum(1 for s in self.spans if s.status == "suggested") + sum(1 for q in self.quotes if q.status == "suggested")
        if self.article.status != "done":
            self._perform(lambda: edits.set_article_status(self.store, self.article.id, "done"))
        if left:
            self.message.emit(f"Marked done with {left} suggestion(s) left undecided.")
        return True

    def cancel(self) -> None:
        if self.linking:
            self.linking = False
            self._panels()
            self.message.emit("Speaker linking cancelled.")
            return
        self.pending = None
        self.view.clear_text_selection()
        self.select(None)

    # -- speakers and entities -------------------------------------------------------------

    def start_linking(self) -> None:
        if self.selected_quote() is None:
            self.message.emit("Select a quote first, then press S to link its speaker.")
            return
        self.linking = True
        self.pending = None
        self.inspector.show_linking()
        self.message.emit("Click the speaker's name, or select a mention and press Enter; E picks from the article's entities.")

    def link_speaker(self, start: int, end: int, entity_id: int | None) -> None:
        quote = self.selected_quote()
        self.linking = False
        if quote is None:
            return
        if entity_id is None:
            entity_id = self._entity_mentioned(start, end)
        if self._perform(lambda: edits.link_speaker(self.store, quote.id, start, end, entity_id)):
            self.view.clear_text_selection()

    def _entity_mentioned(self, start: int, end: int) -> int | None:
        """A new mention that covers a span linked to an entity speaks for that entity."""
        inside = [s for s in self.spans.overlapping(start, end)
                  if s.entity_id and s.status != "rejected" and start <= s.start and s.end <= end]
        return inside[0].entity_id if inside else None

    def article_entities(self) -> list[Entity]:
        """The entities this article's live spans point at, by name."""
        ids = {s.entity_id for s in self.spans if s.entity_id and s.status != "rejected"}
        found = [self.entity(i) for i in ids]
        return sorted((e for e in found if e is not None), key=lambda e: e.name.lower())

    def nearest_mention(self, quote: Quote, entity_id: int) -> Span | None:
        """The entity's mention closest to the quote, outside it (speakers are named before or after)."""
        def distance(span: Span) -> int:
            return quote.start - span.end if span.end <= quote.start else span.start - quote.end

        mentions = [s for s in self.spans if s.entity_id == entity_id and s.status != "rejected"
                    and (s.end <= quote.start or s.start >= quote.end)]
        return min(mentions, key=distance, default=None)

    def choose_speaker_entity(self) -> None:
        """E: pick the speaker entity; while linking, the article's entities come first and
        the link goes to the chosen entity's nearest mention."""
        quote = self.selected_quote()
        if quote is None:
            self.message.emit("Select a quote to set its speaker entity.")
            return
        linking, self.linking = self.linking, False
        suggestion = "" if linking else (self.article.text[quote.speaker_start:quote.speaker_end] if quote.speaker else "")
        choice = self.ask_entity("Speaker entity", suggestion, None, self.article_entities())
        if choice is None:
            self._panels()
            return
        entity_id = self._entity_for(choice)
        if entity_id is None:
            return
        quote = self.selected_quote()
        mention = self.nearest_mention(quote, entity_id) if linking else None
        if mention is not None:
            self._perform(lambda: edits.link_speaker(self.store, quote.id, mention.start, mention.end, entity_id))
        else:
            self._perform(lambda: edits.set_speaker_entity(self.store, quote.id, entity_id))
            if linking:
                self.message.emit("That entity has no mention in this article: select one and press S, then Enter.")

    def _entity_for(self, choice: EntityChoice) -> int | None:
        if choice.entity_id is not None:
            return choice.entity_id
        try:
            create = edits.create_entity(self.store, choice.new_name or "", choice.new_label)
        except QuoteDeskError as exc:
            self.message.emit(str(exc))
            return None
        return create.extra["entity_id"] if self.runner.perform(create) else None

    def _selected_entity(self, verb: str) -> int | None:
        """The entity the selected span (or the selected quote's speaker) points at."""
        span, quote = self.selected_span(), self.selected_quote()
        entity_id = span.entity_id if span else (quote.speaker_entity_id if quote else None)
        if entity_id is None:
            self.message.emit(f"Select a span or quote that points at an entity, then {verb} it.")
        return entity_id

    def merge_entity(self) -> None:
        source = self._selected_entity("merge")
        if source is None:
            return
        name = self.entity_name(source)
        choice = self.ask_entity(f"Merge “{name}” into…", "", source, self.article_entities())
        if choice is None or choice.entity_id is None:
            return
        self._perform(lambda: edits.merge_entities(self.store, source, choice.entity_id))

    def rename_entity(self) -> None:
        entity_id = self._selected_entity("rename")
        if entity_id is None:
            return
        name = self.ask_name("Rename entity", self.entity_name(entity_id) or "")
        if name:
            self._perform(lambda: edits.rename_entity(self.store, entity_id, name))

    # -- moving between suggestions -----------------------------------------------------------

    def step_suggestion(self, direction: int, quiet: bool = False) -> None:
        """Tab / Shift+Tab: the next or previous undecided suggestion in text order (spans before
        quotes at the same place), wrapping around."""
        if self.article is None:
            return
        target = self._suggestion_from(self._position(), direction)
        if target is None and self.selection is not None:
            target = self._suggestion_from(None, direction)  # wrap around
        if target is None:
            if not quiet:
                self.message.emit("No suggestions left in this article: Ctrl+Enter marks it done.")
            return
        self.select(target, scroll=True)

    def _position(self) -> tuple[int, int, str] | None:
        """The selection's place in text order: (start, 0 for spans / 1 for quotes, id)."""
        span, quote = self.selected_span(), self.selected_quote()
        if span:
            return span.start, 0, span.id
        if quote:
            return quote.start, 1, quote.id
        return None

    def _suggestion_from(self, here: tuple[int, int, str] | None, direction: int) -> Selection | None:
        def first_suggested(items):
            return next((x for x in items if x.status == "suggested"), None)

        if direction > 0:
            if here is None:
                span_from, quote_from = (-1, HIGH), (-1, HIGH)
            elif here[1] == 0:
                span_from, quote_from = (here[0], here[2]), (here[0] - 1, HIGH)
            else:
                span_from, quote_from = (here[0], HIGH), (here[0], here[2])
            span = first_suggested(self.spans.after(*span_from))
            quote = first_suggested(self.quotes.after(*quote_from))
            if span and (quote is None or span.start <= quote.start):
                return Selection("span", span.id)
        else:
            end = len(self.article.text) + 1
            if here is None:
                span_from, quote_from = (end, HIGH), (end, HIGH)
            elif here[1] == 0:
                span_from, quote_from = (here[0], here[2]), (here[0], LOW)
            else:
                span_from, quote_from = (here[0], HIGH), (here[0], here[2])
            span = first_suggested(self.spans.before(*span_from))
            quote = first_suggested(self.quotes.before(*quote_from))
            if span and (quote is None or span.start > quote.start):
                return Selection("span", span.id)
        return Selection("quote", quote.id) if quote else None
