"""The editing logic of the article pane: what is selected, and what each key does to it.

Every change is a core Edit performed through the EditRunner (so it is
committed, logged and undoable); after each one the article's rows are read
back from the store, which stays the only source of truth.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt, Signal

from ..core import edits
from ..core.errors import QuoteDeskError
from ..core.model import Article, Quote, Span
from ..core.snapping import next_boundary, snap
from ..core.store import Store
from .article_view import ArticleView, Selection
from .dialogs import EntityChoice
from .inspector import Inspector
from .quotes_panel import QuotesPanel
from .theme import Formats
from .undo import EditRunner

KINDS = ("direct", "partial", "indirect")


class Annotator(QObject):
    message = Signal(str)
    article_opened = Signal(str)
    rows_changed = Signal(str)  # an article's annotations or status changed

    def __init__(self, store: Store, runner: EditRunner, view: ArticleView, inspector: Inspector,
                 quotes_panel: QuotesPanel, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.runner, self.view = store, runner, view
        self.inspector, self.quotes_panel = inspector, quotes_panel
        self.formats = Formats(store.label_scheme())
        self.article: Article | None = None
        self.spans: list[Span] = []
        self.quotes: list[Quote] = []
        self.selection: Selection | None = None
        self.linking = False
        self.pending: tuple[int, int] | None = None  # a snapped text selection awaiting a key
        # Asks the user for an entity; the window sets a dialog, tests a stub.
        self.ask_entity: Callable[[str, str, int | None], EntityChoice | None] = lambda *_: None
        self.ask_name: Callable[[str, str], str | None] = lambda *_: None
        runner.applied.connect(self._applied)
        runner.failed.connect(self.message)
        view.clicked.connect(self.click)
        view.text_selected.connect(self.text_selected)
        view.step.connect(self.step_suggestion)
        quotes_panel.quote_chosen.connect(lambda quote_id: self.select(Selection("quote", quote_id), scroll=True))

    # -- loading ------------------------------------------------------------------

    def open(self, article_id: str, focus: str | None = None) -> None:
        self.article = self.store.article(article_id)
        self.spans = self.store.spans(article_id)
        self.quotes = self.store.quotes(article_id)
        self.selection = self._selection_for(focus)
        self.linking, self.pending = False, None
        self.view.show_article(self.article.text, self.spans, self.quotes, self.formats, self.selection)
        self._show_selection()
        self._fill_quotes()
        if self.selection:
            self._scroll_to_selection()
        else:
            self.view.verticalScrollBar().setValue(0)
        self.article_opened.emit(article_id)

    def reload(self, changed_ids: set[str] | None = None, focus: str | None = None) -> None:
        """Re-read the current article's rows; repaint only what changed."""
        if self.article is None:
            return
        old = self._extents_by_id()
        old_selected = self.view.extents_of(self.selection)
        self.article = self.store.article(self.article.id)
        self.spans = self.store.spans(self.article.id)
        self.quotes = self.store.quotes(self.article.id)
        new = self._extents_by_id()
        if focus is not None:
            self.selection = self._selection_for(focus)
        elif self.selection and self.selection.id not in new:
            self.selection = None
        if changed_ids is None:
            changed_ids = set(old) | set(new)
        dirty = old_selected + [r for i in changed_ids for r in old.get(i, []) + new.get(i, [])]
        self.view.update_annotations(self.spans, self.quotes, self.selection, dirty)
        self._show_selection()
        self._fill_quotes()

    def _extents_by_id(self) -> dict[str, list[tuple[int, int]]]:
        found = {s.id: [(s.start, s.end)] for s in self.spans}
        for q in self.quotes:
            found[q.id] = [(q.start, q.end)] + ([q.speaker] if q.speaker else []) + ([q.cue] if q.cue else [])
        return found

    def _selection_for(self, item_id: str | None) -> Selection | None:
        if item_id is None:
            return None
        if any(s.id == item_id for s in self.spans):
            return Selection("span", item_id)
        if any(q.id == item_id for q in self.quotes):
            return Selection("quote", item_id)
        return None

    def _applied(self, edit: edits.Edit) -> None:
        if self.article is None:
            return
        if edit.article_id and edit.article_id != self.article.id:
            self.open(edit.article_id, focus=edit.focus)  # undo reached another article
        else:
            changed = {c.key for c in edit.changes if c.table in ("spans", "quotes")}
            self.reload(changed, focus=edit.focus)
        self.rows_changed.emit(edit.article_id or self.article.id)
        self.message.emit(edit.action)

    # -- selection ---------------------------------------------------------------------

    def select(self, selection: Selection | None, scroll: bool = False) -> None:
        dirty = self.view.extents_of(self.selection)
        self.selection = selection
        self.pending = None
        self.view.update_annotations(self.spans, self.quotes, selection, dirty)
        self._show_selection()
        if scroll:
            self._scroll_to_selection()

    def _scroll_to_selection(self) -> None:
        extents = self.view.extents_of(self.selection)
        if extents:
            self.view.scroll_to(extents[0][0])

    def _show_selection(self) -> None:
        names = self.store.entity_names()
        sel = self.selection
        span = self.view.span_by_id(sel.id) if sel and sel.kind == "span" else None
        quote = self.view.quote_by_id(sel.id) if sel and sel.kind == "quote" else None
        if span:
            self.inspector.show_span(span, self.article.text, names.get(span.entity_id))
        elif quote:
            self.inspector.show_quote(quote, self.article.text, names.get(quote.speaker_entity_id))
        else:
            self.inspector.show_nothing()
        self.quotes_panel.select_quote(quote.id if quote else None)
        if self.linking:
            self.inspector.show_linking()

    def _fill_quotes(self) -> None:
        self.quotes_panel.show_quotes(self.quotes, self.article.text, self.store.entity_names(),
                                      self.formats.scheme.quote_colours)
        self.quotes_panel.select_quote(self.selection.id if self.selection and self.selection.kind == "quote" else None)

    def selected_span(self) -> Span | None:
        sel = self.selection
        return self.view.span_by_id(sel.id) if sel and sel.kind == "span" else None

    def selected_quote(self) -> Quote | None:
        sel = self.selection
        return self.view.quote_by_id(sel.id) if sel and sel.kind == "quote" else None

    # -- mouse ---------------------------------------------------------------------------

    def click(self, index: int, modifiers) -> None:
        if self.article is None:
            return
        item = self.view.item_at(index)
        if self.linking:
            if item and item.kind == "span":
                span = self.view.span_by_id(item.id)
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
        return self.runner.perform(edits.with_progress(self.store, edit))

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
        span = self.selected_span()
        quote = self.selected_quote()
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

    def cycle_kind(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            self.message.emit("Select a quote to change its kind.")
            return
        kind = KINDS[(KINDS.index(quote.kind) + 1) % len(KINDS)]
        self._perform(lambda: edits.set_quote_kind(self.store, quote.id, kind))

    def start_linking(self) -> None:
        if self.selected_quote() is None:
            self.message.emit("Select a quote first, then press S to link its speaker.")
            return
        self.linking = True
        self.pending = None
        self.inspector.show_linking()
        self.message.emit("Click the speaker's name, or select a mention and press Enter; E picks an entity.")

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
        inside = [s for s in self.spans if s.entity_id and s.status != "rejected" and start <= s.start and s.end <= end]
        return inside[0].entity_id if inside else None

    def choose_speaker_entity(self) -> None:
        quote = self.selected_quote()
        if quote is None:
            self.message.emit("Select a quote to set its speaker entity.")
            return
        suggestion = self.article.text[quote.speaker_start:quote.speaker_end] if quote.speaker else ""
        choice = self.ask_entity("Speaker entity", suggestion, None)
        self.linking = False
        if choice is None:
            return
        entity_id = self._entity_for(choice)
        if entity_id is not None:
            self._perform(lambda: edits.set_speaker_entity(self.store, self.selected_quote().id, entity_id))

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
        name = self.store.entity(source).name
        choice = self.ask_entity(f"Merge “{name}” into…", "", source)
        if choice is None or choice.entity_id is None:
            return
        self._perform(lambda: edits.merge_entities(self.store, source, choice.entity_id))

    def rename_entity(self) -> None:
        entity_id = self._selected_entity("rename")
        if entity_id is None:
            return
        name = self.ask_name("Rename entity", self.store.entity(entity_id).name)
        if name:
            self._perform(lambda: edits.rename_entity(self.store, entity_id, name))

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
            self._show_selection()
            self.message.emit("Speaker linking cancelled.")
            return
        self.pending = None
        self.view.clear_text_selection()
        self.select(None)

    def step_suggestion(self, direction: int, quiet: bool = False) -> None:
        """Tab / Shift+Tab: the next or previous undecided suggestion in text order."""
        if self.article is None:
            return
        items = sorted(
            [(s.start, 0, Selection("span", s.id)) for s in self.spans if s.status == "suggested"]
            + [(q.start, 1, Selection("quote", q.id)) for q in self.quotes if q.status == "suggested"],
            key=lambda item: (item[0], item[1]))
        if not items:
            if not quiet:
                self.message.emit("No suggestions left in this article: Ctrl+Enter marks it done.")
            return
        here = -1
        if self.selection:
            extents = self.view.extents_of(self.selection)
            here = extents[0][0] if extents else -1
        if direction > 0:
            later = [i for i in items if (i[0], i[1]) > (here, 0 if self.selection and self.selection.kind == "span" else 1)]
            target = later[0] if later else items[0]
        else:
            earlier = [i for i in items if (i[0], i[1]) < (here, 0 if self.selection and self.selection.kind == "span" else 1)]
            target = earlier[-1] if earlier else items[-1]
        self.select(target[2], scroll=True)
