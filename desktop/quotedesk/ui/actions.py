"""The window's commands: menus, toolbar, keyboard shortcuts and the text's context menu.

Single keys (digits, Enter, Delete, letters) are bound only while the
article text has the focus, so they never steal typing in the search box.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QMenu, QToolBar

from .icons import placeholder

if TYPE_CHECKING:
    from .main_window import MainWindow

KINDS = ("direct", "partial", "indirect")


def colour_chip(colour: str) -> QIcon:
    """A small square of a label's colour, beside its name in the menus."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


@dataclass
class Shortcut:
    keys: str
    name: str
    help: str


class Actions:
    def __init__(self, window: "MainWindow"):
        self.window = window
        self.shortcuts: list[Shortcut] = []
        self.icon_targets: list[tuple[object, str]] = []  # filled with qtawesome icons after the first paint
        self.label_actions: dict[str, QAction] = {}
        self.kind_actions: dict[str, QAction] = {}
        self.export_actions: dict[str, QAction] = {}

    def make(self, text: str, slot: Callable, keys: str | QKeySequence | None = None, *, tip: str = "",
             icon_name: str | None = None, local: bool = False) -> QAction:
        window = self.window
        action = QAction(text, window)
        action.triggered.connect(lambda _checked=False: slot())
        if keys:
            sequence = QKeySequence(keys)
            action.setShortcut(sequence)
            self.shortcuts.append(Shortcut(sequence.toString(QKeySequence.SequenceFormat.NativeText),
                                           text.replace("&", "").rstrip("…"), tip))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({QKeySequence(keys).toString()})" if keys else tip)
        if icon_name:
            self.with_icon(action, icon_name)
        if local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            window.view.addAction(action)
        else:
            window.addAction(action)
        return action

    def fill_export_menu(self) -> dict[str, QAction]:
        """One entry per export format (every format the core registers)."""
        if not self.export_actions:
            from ..core.exporters import FORMATS

            for fmt, description in FORMATS.items():
                action = self.make(f"{fmt}…", lambda fmt=fmt: self.window.export_dialog(fmt), tip=description)
                self.export_menu.addAction(action)
                self.export_actions[fmt] = action
        return self.export_actions

    def with_icon(self, target, name: str):
        target.setIcon(placeholder())
        self.icon_targets.append((target, name))
        return target

    def alias(self, action: QAction, keys: str, widget) -> QAction:
        """A second key for the same command (Enter on the keypad, Backspace on laptops)."""
        alias = QAction(self.window)
        alias.setShortcut(QKeySequence(keys))
        alias.setShortcutContext(action.shortcutContext())
        alias.triggered.connect(action.trigger)
        widget.addAction(alias)
        return alias

    def note(self, keys: str, name: str, help_text: str) -> None:
        """A key handled by a widget itself, listed in the shortcut help."""
        self.shortcuts.append(Shortcut(keys, name, help_text))

    # -- the menus ---------------------------------------------------------------------

    def build(self) -> None:
        w, a, ann = self.window, self.make, self.window.annotator
        menu = w.menuBar()

        file_menu = menu.addMenu("&File")
        w.act_new = a("&New project…", w.new_project, QKeySequence.StandardKey.New, tip="Create an empty project file", icon_name="new")
        w.act_open = a("&Open project…", w.open_project_dialog, QKeySequence.StandardKey.Open, tip="Open a project file", icon_name="open")
        file_menu.addActions([w.act_new, w.act_open])
        w.recent_menu = file_menu.addMenu("Open &recent")
        file_menu.addSeparator()
        w.act_import = a("&Import files…", w.import_files_dialog, "Ctrl+I", tip="Import .txt, .jsonl, .csv or brat files", icon_name="import")
        w.act_import_folder = a("Import &folder…", w.import_folder_dialog, "Ctrl+Shift+I", tip="Import every article file in a folder")
        file_menu.addActions([w.act_import, w.act_import_folder])
        self.export_menu = self.with_icon(file_menu.addMenu("&Export"), "export")
        # The exporters' registry is imported when the menu is first opened, not at start-up.
        self.export_menu.aboutToShow.connect(self.fill_export_menu)
        w.act_export_jsonl = a("Export native &JSONL…", lambda: w.export_dialog("jsonl"),
                               tip="Export every article with its spans and quotes, one JSON line each", icon_name="export")
        w.act_pretag = a("&Pretag remaining articles", w.start_pretag, "Ctrl+P",
                         tip="Suggest entities, quotes and speakers for articles not yet pretagged", icon_name="pretag")
        file_menu.addAction(w.act_pretag)
        file_menu.addSeparator()
        file_menu.addAction(a("&Quit", w.close, QKeySequence.StandardKey.Quit, tip="Close QuoteDesk (everything is already saved)"))

        edit_menu = menu.addMenu("&Edit")
        w.act_undo = w.runner.stack.createUndoAction(w, "&Undo")
        w.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        w.act_redo = w.runner.stack.createRedoAction(w, "&Redo")
        w.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        for action, keys, name in ((w.act_undo, "Ctrl+Z", "Undo"), (w.act_redo, "Ctrl+Shift+Z", "Redo")):
            w.addAction(action)
            self.with_icon(action, name.lower())
            self.note(keys, name, f"{name} the last edit (the Edit menu names it)")
        edit_menu.addActions([w.act_undo, w.act_redo])
        edit_menu.addSeparator()
        w.act_accept = a("&Accept", ann.confirm, "Return", tip="Accept the selected suggestion (or finish a speaker link)", icon_name="accept", local=True)
        self.alias(w.act_accept, "Enter", w.view)
        w.act_reject = a("&Reject", ann.reject, "Delete", tip="Reject the selected suggestion; delete your own span or quote", icon_name="reject", local=True)
        self.alias(w.act_reject, "Backspace", w.view)
        w.act_accept_all = a("Accept a&ll in article", ann.accept_all, "Ctrl+Shift+A", tip="Accept every remaining suggestion of this article", icon_name="accept_all")
        edit_menu.addActions([w.act_accept, w.act_reject, w.act_accept_all])
        w.label_menu = self.with_icon(edit_menu.addMenu("Re&label / add span"), "tag")
        for label in w.store.label_scheme().labels:
            action = a(label.name, lambda name=label.name: ann.relabel_or_add(name), label.hotkey,
                       tip=f"Relabel the selected span, or make the selected text a span: {label.description}", local=True)
            action.setIcon(colour_chip(label.colour))
            w.label_menu.addAction(action)
            self.label_actions[label.name] = action
        resize_menu = edit_menu.addMenu("Resi&ze")
        resize_menu.addActions([
            a("Start one token left", lambda: ann.resize("start", -1), "Alt+Left", tip="Grow the selection's start by a token", local=True),
            a("Start one token right", lambda: ann.resize("start", 1), "Alt+Right", tip="Shrink the selection's start by a token", local=True),
            a("End one token left", lambda: ann.resize("end", -1), "Alt+Shift+Left", tip="Shrink the selection's end by a token", local=True),
            a("End one token right", lambda: ann.resize("end", 1), "Alt+Shift+Right", tip="Grow the selection's end by a token", local=True),
        ])
        self.note("Shift+click", "Resize with the mouse", "Move the selected span's nearer edge to the clicked word")
        edit_menu.addSeparator()
        w.act_quote = a("Mark as &quote", ann.mark_quote, "Q", tip="Make the selected text a quote", icon_name="quote", local=True)
        w.act_kind = a("Change quote &kind", ann.cycle_kind, "K", tip="Cycle the selected quote's kind: direct → partial → indirect", local=True)
        w.kind_menu = edit_menu.addMenu("Quote kind")
        for kind in KINDS:
            action = w.kind_menu.addAction(kind, lambda kind=kind: ann.set_kind(kind))
            action.setCheckable(True)
            self.kind_actions[kind] = action
        w.kind_menu.aboutToShow.connect(self.sync_kinds)
        w.act_link = a("&Link speaker", ann.start_linking, "S", tip="Link the selected quote to its speaker: then click a name, select a mention and press Enter, or press E", icon_name="speaker", local=True)
        w.act_entity = a("Set speaker &entity…", ann.choose_speaker_entity, "E", tip="Choose or create the entity who spoke (while linking: from this article's entities)", icon_name="entity", local=True)
        w.act_merge = a("&Merge entity…", ann.merge_entity, "M", tip="Merge the selection's entity into another (e.g. Putin into Vladimir Putin)", icon_name="merge", local=True)
        w.act_rename = a("Re&name entity…", ann.rename_entity, "F2", tip="Rename the selection's entity everywhere in the project", local=True)
        w.act_cancel = a("Cancel selection", ann.cancel, "Escape", tip="Clear the selection or stop linking", local=True)
        edit_menu.addActions([w.act_quote, w.act_kind])
        edit_menu.addMenu(w.kind_menu)
        edit_menu.addActions([w.act_link, w.act_entity, w.act_merge, w.act_rename, w.act_cancel])

        go_menu = menu.addMenu("&Go")
        self.note("Tab", "Next suggestion", "Select the next undecided suggestion")
        self.note("Shift+Tab", "Previous suggestion", "Select the previous undecided suggestion")
        w.act_next = a("&Next article", lambda: w.step_article(1), "PgDown", tip="Open the next article in the list", icon_name="next")
        w.act_prev = a("&Previous article", lambda: w.step_article(-1), "PgUp", tip="Open the previous article in the list", icon_name="previous")
        w.act_done = a("Mark &done and next", w.done_and_next, "Ctrl+Return", tip="Mark this article done and open the next", icon_name="done")
        self.alias(w.act_done, "Ctrl+Enter", w)
        w.act_search = a("&Search articles", w.focus_search, "Ctrl+F", tip="Search the articles' text", icon_name="search")
        w.act_text = a("Back to the &text", w.view.setFocus, "Ctrl+T", tip="Move the keyboard focus to the article text")
        go_menu.addActions([w.act_next, w.act_prev, w.act_done, w.act_search, w.act_text])

        tools_menu = menu.addMenu("&Tools")
        w.act_report = a("Pretagger &report…", w.show_pretagger_report, "Ctrl+R", icon_name="report",
                         tip="How good the pretagger is on this project: its suggestions against what you kept")
        tools_menu.addAction(w.act_report)

        help_menu = menu.addMenu("&Help")
        help_menu.addAction(a("&Keyboard shortcuts", w.show_shortcuts, "F1", tip="Every key QuoteDesk knows", icon_name="keyboard"))
        help_menu.addAction(a("&About QuoteDesk", w.show_about, tip="Version, model and project", icon_name="about"))
        self._toolbar()

    def _toolbar(self) -> None:
        w = self.window
        toolbar = QToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        w.addToolBar(toolbar)
        toolbar.addActions([w.act_open, w.act_import, w.act_export_jsonl, w.act_pretag])
        toolbar.addSeparator()
        toolbar.addActions([w.act_undo, w.act_redo])
        toolbar.addSeparator()
        toolbar.addActions([w.act_accept, w.act_reject, w.act_accept_all, w.act_quote, w.act_link])
        toolbar.addSeparator()
        toolbar.addActions([w.act_prev, w.act_next, w.act_done])
        w.toolbar = toolbar

    def sync_kinds(self) -> None:
        quote = self.window.annotator.selected_quote()
        for kind, action in self.kind_actions.items():
            action.setChecked(quote is not None and kind == quote.kind)

    def context_menu(self, has_text_selection: bool) -> QMenu:
        """Right-click in the text: the commands that fit what is selected."""
        w, ann = self.window, self.window.annotator
        span, quote = ann.selected_span(), ann.selected_quote()
        menu = QMenu(w)
        if span or quote:
            menu.addActions([w.act_accept, w.act_reject])
        if span or has_text_selection:
            labels = menu.addMenu("Label as" if has_text_selection else "Relabel")
            labels.addActions(list(self.label_actions.values()))
        if has_text_selection:
            menu.addAction(w.act_quote)
        if quote:
            self.sync_kinds()
            menu.addMenu("Quote kind").addActions(list(self.kind_actions.values()))
            menu.addActions([w.act_link, w.act_entity])
        if (span and span.entity_id) or (quote and quote.speaker_entity_id):
            menu.addActions([w.act_merge, w.act_rename])
        if not menu.actions():
            menu.addAction(w.act_accept_all)
        return menu
