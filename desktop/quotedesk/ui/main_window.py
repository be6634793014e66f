"""The QuoteDesk main window: article list, article text, inspector and quotes panel."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QProgressBar, QProgressDialog,
                               QPushButton, QSplitter, QToolBar, QVBoxLayout, QWidget)

from .. import __version__
from ..core.errors import QuoteDeskError
from ..core.store import Store
from .annotator import Annotator
from .article_list import ArticleList
from .article_view import ArticleView
from .dialogs import EntityChoice, EntityPicker, ShortcutsDialog
from .icons import icon
from .inspector import Inspector
from .legend import Legend
from .quotes_panel import QuotesPanel
from .undo import EditRunner
from .workers import TaskWorker, export_job, import_job, pretag_job

MAX_RECENT = 8
FOLDER_FORMATS = {"spacy", "brat"}
FORMAT_SUFFIX = {"jsonl": ".jsonl", "prodigy": ".jsonl", "conll": ".conll", "csv": ".csv"}


@dataclass
class Shortcut:
    keys: str
    name: str
    help: str


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, *, auto_pretag: bool = True):
        super().__init__()
        self.store = store
        self.settings = settings
        self.task: TaskWorker | None = None
        self.shortcuts: list[Shortcut] = []
        self.setWindowTitle(f"QuoteDesk — {store.path.name}")
        self.setWindowIcon(icon("app"))

        self.runner = EditRunner(store, self)
        self.list = ArticleList(store)
        self.view = ArticleView()
        self.legend = Legend()
        self.inspector = Inspector()
        self.quotes_panel = QuotesPanel()
        self.annotator = Annotator(store, self.runner, self.view, self.inspector, self.quotes_panel, self)
        self.annotator.ask_entity = self._ask_entity
        self.annotator.ask_name = self._ask_name
        self._build_layout()
        self._build_status_bar()
        self._build_actions()

        self.annotator.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.annotator.rows_changed.connect(self._rows_changed)
        self.annotator.article_opened.connect(self._article_opened)
        self.list.article_chosen.connect(self.open_article)

        self.legend.show_scheme(store.label_scheme())
        self.list.apply_filter()
        self._restore_layout()
        first = self.settings.value(f"last_article/{store.path}", None)
        ids = self.list.model.ids
        if ids:
            self.open_article(first if first in ids else ids[0])
        self._update_status()
        # Pretagging loads spaCy (a second or more): start it only once the
        # text has been painted, so the window never waits for it.
        self._pretag_after_paint = auto_pretag and bool(store.unpretagged_article_ids())
        self.view.viewport().installEventFilter(self)
        if self._pretag_after_paint:
            QTimer.singleShot(2000, self._start_pretag_once)  # a window never painted (minimised) still pretags

    def _start_pretag_once(self) -> None:
        if self._pretag_after_paint:
            self._pretag_after_paint = False
            self.start_pretag()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._pretag_after_paint:
            QTimer.singleShot(0, self._start_pretag_once)
        return super().eventFilter(watched, event)

    # -- layout -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.legend)
        column.addWidget(self.view, 1)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.inspector)
        side.addWidget(self.quotes_panel)
        side.setStretchFactor(1, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 760, 360])
        self.side_splitter = side
        self.setCentralWidget(self.splitter)
        self.resize(1400, 860)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.project_label = QLabel()
        self.position_label = QLabel()
        self.progress_label = QLabel()
        self.task_label = QLabel()
        self.task_bar = QProgressBar()
        self.task_bar.setMaximumWidth(220)
        self.task_bar.setTextVisible(True)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Stop the running task; finished work is kept")
        self.cancel_button.clicked.connect(self.cancel_task)
        for widget in (self.task_label, self.task_bar, self.cancel_button):
            widget.hide()
            bar.addPermanentWidget(widget)
        for widget in (self.project_label, self.position_label, self.progress_label):
            bar.addPermanentWidget(widget)

    def _action(self, text: str, slot: Callable, keys: str | QKeySequence | None = None, *, tip: str = "",
                icon_name: str | None = None, local: bool = False) -> QAction:
        """An action with its shortcut; `local` ones fire only while the article text has focus,
        so single keys (digits, Enter, Delete, letters) never steal typing elsewhere."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if keys:
            sequence = QKeySequence(keys)
            action.setShortcut(sequence)
            self.shortcuts.append(Shortcut(sequence.toString(QKeySequence.SequenceFormat.NativeText),
                                           text.replace("&", "").rstrip("…"), tip))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(f"{text.replace('&', '')} ({QKeySequence(keys).toString()})" if keys else tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        if local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        else:
            self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a, ann = self._action, self.annotator
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        self.act_new = a("&New project…", self.new_project, QKeySequence.StandardKey.New, tip="Create an empty project file", icon_name="new")
        self.act_open = a("&Open project…", self.open_project_dialog, QKeySequence.StandardKey.Open, tip="Open a project file", icon_name="open")
        file_menu.addActions([self.act_new, self.act_open])
        self.recent_menu = file_menu.addMenu("Open &recent")
        self._fill_recent()
        file_menu.addSeparator()
        self.act_import = a("&Import files…", self.import_files_dialog, "Ctrl+I", tip="Import .txt, .jsonl, .csv or brat files", icon_name="import")
        self.act_import_folder = a("Import &folder…", self.import_folder_dialog, "Ctrl+Shift+I", tip="Import every article file in a folder")
        file_menu.addActions([self.act_import, self.act_import_folder])
        export_menu = file_menu.addMenu(icon("export"), "&Export")
        from ..core.exporters import FORMATS

        self.export_actions = {}
        for fmt, description in FORMATS.items():
            action = a(f"{fmt}…", lambda fmt=fmt: self.export_dialog(fmt), tip=description)
            export_menu.addAction(action)
            self.export_actions[fmt] = action
        self.act_pretag = a("&Pretag remaining articles", self.start_pretag, "Ctrl+P",
                            tip="Suggest entities, quotes and speakers for articles not yet pretagged", icon_name="pretag")
        file_menu.addAction(self.act_pretag)
        file_menu.addSeparator()
        file_menu.addAction(a("&Quit", self.close, QKeySequence.StandardKey.Quit, tip="Close QuoteDesk (everything is already saved)"))

        edit_menu = menu.addMenu("&Edit")
        self.act_undo = self.runner.stack.createUndoAction(self, "&Undo")
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_undo.setIcon(icon("undo"))
        self.act_redo = self.runner.stack.createRedoAction(self, "&Redo")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.act_redo.setIcon(icon("redo"))
        for action, keys, name in ((self.act_undo, "Ctrl+Z", "Undo"), (self.act_redo, "Ctrl+Shift+Z", "Redo")):
            self.addAction(action)
            self.shortcuts.append(Shortcut(keys, name, f"{name} the last edit (the menu names it)"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        self.act_accept = a("&Accept", ann.confirm, "Return", tip="Accept the selected suggestion (or finish a speaker link)", icon_name="accept", local=True)
        self.view.addAction(self._alias(self.act_accept, "Enter"))
        self.act_reject = a("&Reject", ann.reject, "Delete", tip="Reject the selected suggestion; delete your own span or quote", icon_name="reject", local=True)
        self.view.addAction(self._alias(self.act_reject, "Backspace"))
        self.act_accept_all = a("Accept a&ll in article", ann.accept_all, "Ctrl+Shift+A", tip="Accept every remaining suggestion of this article", icon_name="accept_all")
        edit_menu.addActions([self.act_accept, self.act_reject, self.act_accept_all])
        label_menu = edit_menu.addMenu("Re&label / add span")
        for label in self.store.label_scheme().labels:
            if label.hotkey:
                label_menu.addAction(a(label.name, lambda name=label.name: ann.relabel_or_add(name), label.hotkey,
                                       tip=f"Relabel the selected span, or make the selected text a span: {label.description}", local=True))
        resize_menu = edit_menu.addMenu("Resi&ze")
        resize_menu.addActions([
            a("Start one token left", lambda: ann.resize("start", -1), "Alt+Left", tip="Grow the selection's start by a token", local=True),
            a("Start one token right", lambda: ann.resize("start", 1), "Alt+Right", tip="Shrink the selection's start by a token", local=True),
            a("End one token left", lambda: ann.resize("end", -1), "Alt+Shift+Left", tip="Shrink the selection's end by a token", local=True),
            a("End one token right", lambda: ann.resize("end", 1), "Alt+Shift+Right", tip="Grow the selection's end by a token", local=True),
        ])
        edit_menu.addSeparator()
        self.act_quote = a("Mark as &quote", ann.mark_quote, "Q", tip="Make the selected text a quote", icon_name="quote", local=True)
        self.act_kind = a("Change quote &kind", ann.cycle_kind, "K", tip="Cycle direct → partial → indirect", local=True)
        self.act_link = a("&Link speaker", ann.start_linking, "S", tip="Link the selected quote to its speaker", icon_name="speaker", local=True)
        self.act_entity = a("Set speaker &entity…", ann.choose_speaker_entity, "E", tip="Choose or create the entity who spoke", local=True)
        self.act_merge = a("&Merge entity…", ann.merge_entity, "M", tip="Merge the selection's entity into another (e.g. Putin into Vladimir Putin)", local=True)
        self.act_rename = a("Re&name entity…", ann.rename_entity, "F2", tip="Rename the selection's entity everywhere in the project", local=True)
        self.act_cancel = a("Cancel selection", ann.cancel, "Escape", tip="Clear the selection or stop linking", local=True)
        edit_menu.addActions([self.act_quote, self.act_kind, self.act_link, self.act_entity, self.act_merge,
                               self.act_rename, self.act_cancel])

        go_menu = menu.addMenu("&Go")
        self.shortcuts.append(Shortcut("Tab", "Next suggestion", "Select the next undecided suggestion"))
        self.shortcuts.append(Shortcut("Shift+Tab", "Previous suggestion", "Select the previous undecided suggestion"))
        self.act_next = a("&Next article", lambda: self.step_article(1), "PgDown", tip="Open the next article in the list", icon_name="next")
        self.act_prev = a("&Previous article", lambda: self.step_article(-1), "PgUp", tip="Open the previous article in the list", icon_name="previous")
        self.act_done = a("Mark &done and next", self.done_and_next, "Ctrl+Return", tip="Mark this article done and open the next", icon_name="done")
        self.addAction(self._alias(self.act_done, "Ctrl+Enter"))
        self.act_search = a("&Search articles", self._focus_search, "Ctrl+F", tip="Search the articles' text")
        self.act_text = a("Back to the &text", self.view.setFocus, "Ctrl+T", tip="Move the keyboard focus to the article text")
        go_menu.addActions([self.act_next, self.act_prev, self.act_done, self.act_search, self.act_text])

        tools_menu = menu.addMenu("&Tools")
        self.act_report = a("Pretagger &report…", self.show_pretagger_report, "Ctrl+R",
                            tip="How good the pretagger is on this project: its suggestions against what you kept")
        tools_menu.addAction(self.act_report)

        help_menu = menu.addMenu("&Help")
        help_menu.addAction(a("&Keyboard shortcuts", self.show_shortcuts, "F1", tip="Every key QuoteDesk knows", icon_name="keyboard"))
        help_menu.addAction(a("&About QuoteDesk", self.show_about, tip="Version and model"))

        toolbar = QToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.addToolBar(toolbar)
        toolbar.addActions([self.act_open, self.act_import, self.export_actions["jsonl"], self.act_pretag])
        self.export_actions["jsonl"].setIcon(icon("export"))
        toolbar.addSeparator()
        toolbar.addActions([self.act_undo, self.act_redo])
        toolbar.addSeparator()
        toolbar.addActions([self.act_accept, self.act_reject, self.act_accept_all, self.act_quote, self.act_link])
        toolbar.addSeparator()
        toolbar.addActions([self.act_prev, self.act_next, self.act_done])

    def _alias(self, action: QAction, keys: str) -> QAction:
        """A second key for the same command (Enter on the keypad, Backspace on laptops)."""
        alias = QAction(self)
        alias.setShortcut(QKeySequence(keys))
        alias.setShortcutContext(action.shortcutContext())
        alias.triggered.connect(action.trigger)
        return alias

    # -- articles ------------------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        if not (self.annotator.article and self.annotator.article.id == article_id):
            self.annotator.open(article_id)
        self.view.setFocus()  # the keys act on the text, wherever the click came from

    def _article_opened(self, article_id: str) -> None:
        self.list.select(article_id, emit=False)
        self.settings.setValue(f"last_article/{self.store.path}", article_id)
        self._update_status()

    def step_article(self, step: int) -> bool:
        current = self.annotator.article.id if self.annotator.article else None
        target = self.list.neighbour(current, step) if current else None
        if target is None:
            self.statusBar().showMessage("No more articles in this direction.", 4000)
            return False
        self.open_article(target)
        return True

    def done_and_next(self) -> None:
        if self.annotator.mark_done():
            self.step_article(1)

    def _rows_changed(self, article_id: str) -> None:
        self.list.model.refresh([article_id])
        self._update_status()

    def _focus_search(self) -> None:
        self.list.search.setFocus()
        self.list.search.selectAll()

    def _update_status(self) -> None:
        progress = self.store.progress()
        self.project_label.setText(f"Project: {self.store.path.name}")
        current = self.annotator.article
        row = self.list.model.row_of(current.id) if current else -1
        shown = len(self.list.model.ids)
        self.position_label.setText(f"Article {row + 1} of {shown}" if row >= 0 else f"{shown} articles")
        self.progress_label.setText(
            f"Done {progress['done']}/{progress['articles']} · {progress['suggestions_left']} suggestions left")

    # -- entities -------------------------------------------------------------------------

    def _ask_entity(self, title: str, suggestion: str, exclude: int | None) -> EntityChoice | None:
        picker = EntityPicker(title, self.store.entities(), self, suggestion=suggestion,
                              allow_new=exclude is None, exclude=exclude)
        return picker.choice() if picker.exec() else None

    def _ask_name(self, title: str, current: str) -> str | None:
        name, ok = QInputDialog.getText(self, title, "New name:", text=current)
        return name.strip() if ok and name.strip() else None

    # -- projects ---------------------------------------------------------------------------

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New project", str(Path.home() / "project.qdesk"),
                                              "QuoteDesk projects (*.qdesk)")
        if path:
            if not path.endswith(".qdesk"):
                path += ".qdesk"
            self.switch_project(path)

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", str(Path.home()), "QuoteDesk projects (*.qdesk);;All files (*)")
        if path:
            self.switch_project(path)

    def switch_project(self, path: str) -> None:
        """Open another project in a fresh window (this one closes once it opened)."""
        try:
            store = Store(path)
        except QuoteDeskError as exc:
            QMessageBox.warning(self, "Cannot open project", str(exc))
            return
        remember_project(self.settings, str(store.path))
        window = MainWindow(store, self.settings)
        window.show()
        self.close()
        self.store.close()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_projects(self.settings):
            self.recent_menu.addAction(path, lambda path=path: self.switch_project(path))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- import / export / pretag ----------------------------------------------------------

    def import_files_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import articles", str(Path.home()),
                                                "Articles (*.txt *.jsonl *.csv);;All files (*)")
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder_dialog(self) -> None:
        path = QFileDialog.getExistingDirectory(self, "Import a folder of articles", str(Path.home()))
        if path:
            self.import_paths([Path(path)])

    def import_paths(self, paths: list[Path]) -> None:
        def done(result) -> None:
            self.list.apply_filter()
            if self.annotator.article is None and self.list.model.ids:
                self.open_article(self.list.model.ids[0])
            self._update_status()
            self.statusBar().showMessage(f"Imported {result.added} article(s); {result.skipped} already here.", 8000)
            if result.added:
                self.start_pretag()

        self.run_task("Importing", import_job(paths), done)

    def ask_export_path(self, fmt: str) -> str | None:
        default = Path.home() / f"{self.store.path.stem}-{fmt}{FORMAT_SUFFIX.get(fmt, '')}"
        if fmt in FOLDER_FORMATS:
            path, _ = QFileDialog.getSaveFileName(self, f"Export {fmt} into a new folder", str(default))
        else:
            path, _ = QFileDialog.getSaveFileName(self, f"Export {fmt}", str(default))
        return path or None

    def export_dialog(self, fmt: str) -> None:
        path = self.ask_export_path(fmt)
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path, include_all: bool = False) -> None:
        dialog = QProgressDialog(f"Exporting {fmt}…", "Cancel", 0, max(1, self.store.article_count()), self)
        dialog.setWindowTitle("Export")
        dialog.setMinimumDuration(300)
        self.export_dialog_widget = dialog

        def done(result) -> None:
            dialog.close()
            counts = ", ".join(f"{v} {k}" for k, v in result.counts.items())
            self.statusBar().showMessage(f"Exported {fmt} to {path} ({counts}).", 10000)

        worker = self.run_task(f"Exporting {fmt}", export_job(fmt, path, include_all), done, on_end=dialog.close)
        if worker is not None:
            worker.progressed.connect(lambda done_n, total, _m: dialog.setValue(min(done_n, dialog.maximum())))
            dialog.canceled.connect(worker.cancel)

    def start_pretag(self) -> None:
        if not self.store.unpretagged_article_ids():
            self.statusBar().showMessage("Every article is already pretagged.", 5000)
            return

        def done(result) -> None:
            self._after_pretag_batch()
            self.statusBar().showMessage(
                f"Pretagged {result.articles} article(s): {result.spans} entities, {result.quotes} quotes.", 10000)

        worker = self.run_task("Pretagging", pretag_job(self.store.get_setting("model")), done)
        if worker is not None:
            worker.progressed.connect(lambda *_: self._after_pretag_batch())

    def _after_pretag_batch(self) -> None:
        self.list.model.refresh_all()
        article = self.annotator.article
        if article is not None and article.pretagged_with is None:
            if self.store.article(article.id).pretagged_with is not None:
                self.annotator.reload()  # suggestions for the open article just arrived
        self._update_status()

    def run_task(self, title: str, job, on_success: Callable, on_end: Callable | None = None) -> TaskWorker | None:
        if self.task is not None and self.task.isRunning():
            self.statusBar().showMessage(f"Wait for “{self.task.title}” to finish, or cancel it.", 6000)
            return None
        worker = TaskWorker(title, str(self.store.path), job, self)
        self.task = worker
        self.task_label.setText(title)
        self.task_bar.setRange(0, 0)
        for widget in (self.task_label, self.task_bar, self.cancel_button):
            widget.show()

        def progressed(done: int, total: int, message: str) -> None:
            self.task_bar.setRange(0, max(total, 1))
            self.task_bar.setValue(done)
            self.task_bar.setFormat(f"{done}/{total}")
            self.task_label.setText(message or title)

        def finished() -> None:
            for widget in (self.task_label, self.task_bar, self.cancel_button):
                widget.hide()
            if on_end:
                on_end()

        worker.progressed.connect(progressed)
        worker.succeeded.connect(on_success)
        worker.failed.connect(lambda text: QMessageBox.warning(self, title, text))
        worker.cancelled.connect(lambda: self.statusBar().showMessage(f"{title} cancelled; finished work is kept.", 8000))
        worker.finished.connect(finished)
        worker.start()
        return worker

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task_label.setText("Cancelling…")

    # -- help ---------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        ShortcutsDialog([(s.keys, s.name, s.help) for s in self.shortcuts], self).exec()

    def pretagger_report_text(self) -> str:
        from ..core.evaluate import evaluate_against_analyst, format_report

        report = evaluate_against_analyst(self.store)
        if report.articles == 0:
            return "Review some pretagged articles first: the report compares the model's suggestions with what you kept."
        return format_report(report.as_dict()).split("\nTargets")[0]

    def show_pretagger_report(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Pretagger report")
        box.setText("The model's suggestions against your corrections, over the articles you reviewed:")
        box.setInformativeText(f"<pre>{self.pretagger_report_text()}</pre>")
        box.exec()

    def show_about(self) -> None:
        model = self.store.get_setting("model") or "the default spaCy model"
        QMessageBox.about(self, "About QuoteDesk",
                          f"<b>QuoteDesk {__version__}</b><p>Label who says what in the news: entities, quotes "
                          f"and speakers, pretagged with spaCy ({model}) and corrected by you.</p>"
                          f"<p>Every edit is saved the moment you make it.</p><p>Project: {self.store.path}</p>")

    # -- window state ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for key, splitter in (("window/splitter", self.splitter), ("window/side", self.side_splitter)):
            value = self.settings.value(key)
            if value is not None:
                splitter.restoreState(value)

    def closeEvent(self, event) -> None:
        if self.task is not None and self.task.isRunning():
            self.task.cancel()
            self.task.wait(15000)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/side", self.side_splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)


def recent_projects(settings: QSettings) -> list[str]:
    value = settings.value("recent_projects", [])
    if isinstance(value, str):
        value = [value]
    return [p for p in (value or []) if Path(p).exists()]


def remember_project(settings: QSettings, path: str) -> None:
    recent = [path] + [p for p in recent_projects(settings) if p != path]
    settings.setValue("recent_projects", recent[:MAX_RECENT])
    settings.setValue("last_project", path)
