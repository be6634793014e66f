"""The QuoteDesk main window: article list, article text, inspector and quotes panel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from .. import __version__
from ..core.edits import Edit
from ..core.errors import QuoteDeskError
from ..core.model import Entity
from ..core.store import Store
from .actions import Actions
from .annotator import Annotator
from .article_list import ArticleList
from .article_view import ArticleView
from .icons import app_icon, load_icons
from .inspector import Inspector
from .legend import Legend
from .progress import ProjectProgress
from .quotes_panel import QuotesPanel
from .tasks import TaskBar
from .theme import INK, Formats, is_dark
from .undo import EditRunner
from .workers import export_job, import_job, index_job, pretag_job

if TYPE_CHECKING:
    from .dialogs import EntityChoice

# Dialogs and their Qt classes are imported where they are opened: each Qt
# class costs start-up time the first time Python touches it.

MAX_RECENT = 8
FOLDER_FORMATS = {"spacy", "brat"}
FORMAT_SUFFIX = {"jsonl": ".jsonl", "prodigy": ".jsonl", "conll": ".conll", "csv": ".csv"}


class MainWindow(QMainWindow):
    first_painted = Signal()  # the text has been painted once: the deferred start-up work has begun

    def __init__(self, store: Store, settings: QSettings, *, auto_pretag: bool = True):
        super().__init__()
        self.store = store
        self.settings = settings
        self.setWindowTitle(f"QuoteDesk — {store.path.name}")
        self.setWindowIcon(app_icon())

        self.runner = EditRunner(store, self)
        self.list = ArticleList(store)
        self.view = ArticleView()
        self.legend = Legend()
        self.inspector = Inspector()
        self.quotes_panel = QuotesPanel()
        self.annotator = Annotator(store, self.runner, self.view, self.inspector, self.quotes_panel, self)
        self.annotator.ask_entity = self._ask_entity
        self.annotator.ask_name = self._ask_name
        self.progress = ProjectProgress(store)
        self.later = self.annotator.later
        self._rows_to_refresh: set[str] = set()
        self._build_layout()
        self._build_status_bar()
        self.actions_ = Actions(self)
        self.actions_.build()
        self.shortcuts = self.actions_.shortcuts
        self._fill_recent()

        self.annotator.message.connect(self.show_message)
        self.annotator.rows_changed.connect(self._rows_changed)
        self.annotator.article_opened.connect(self._article_opened)
        self.annotator.linking_changed.connect(self._linking_changed)
        self.list.article_chosen.connect(self.open_article)
        self.view.context_requested.connect(self._context_menu)

        self.legend.show_scheme(store.label_scheme(), self.annotator.formats)
        self.list.apply_filter()
        self._restore_layout()
        first = self.settings.value(f"last_article/{store.path}", None)
        ids = self.list.model.ids
        if ids:
            self.open_article(first if first in ids else ids[0])
        self._update_status()
        self.later.flush()  # the first frame shows every panel filled
        # Icons (qtawesome), the project's counts and pretagging (spaCy) all
        # take time: they start once the text has been painted, so the window
        # never waits for them.
        self._background = auto_pretag  # pretag and index for search on their own (tests turn it off)
        self._background_stopped = False  # the analyst cancelled a task: start no more on our own
        self._then: Callable[[], None] | None = None  # what to start once the running task has ended
        self.tasks.cancel_button.clicked.connect(lambda: setattr(self, "_background_stopped", True))
        self._first_paint_done = False
        self.view.viewport().installEventFilter(self)
        self._late = QTimer(self)  # a window never painted (minimised) still gets them
        self._late.setSingleShot(True)
        self._late.timeout.connect(self._after_first_paint)
        self._late.start(2000)

    @property
    def export_actions(self):
        """File > Export's entries by format (the menu is filled on first use)."""
        return self.actions_.fill_export_menu()

    @property
    def task(self):
        """The running (or last) background task's worker."""
        return self.tasks.worker

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._first_paint_done:
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        if self._first_paint_done:
            return
        self._first_paint_done = True
        self._late.stop()
        self.view.viewport().removeEventFilter(self)
        load_icons(self.actions_.icon_targets)
        self.progress.recount()
        self._update_status()
        self.continue_background()
        self.first_painted.emit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.apply_palette()
        super().changeEvent(event)

    def apply_palette(self) -> None:
        """The desktop switched between light and dark: new highlight colours, legend and icons."""
        if is_dark() == self.annotator.formats.dark:
            return
        self.annotator.formats = Formats(self.store.label_scheme())
        self.legend.show_scheme(self.store.label_scheme(), self.annotator.formats)
        self.annotator.reload()
        if self._first_paint_done:
            load_icons(self.actions_.icon_targets)

    # -- layout -----------------------------------------------------------------------

    def _build_layout(self) -> None:
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.legend)
        self.linking_banner = QLabel(
            "  Linking the speaker of the selected quote: click a name in the text, or select a mention and "
            "press Enter; E picks one of the article's entities; Esc cancels.")
        self.linking_banner.setWordWrap(True)
        self.linking_banner.setAutoFillBackground(True)
        banner = self.linking_banner.palette()
        banner.setColor(self.linking_banner.backgroundRole(), QColor(self.store.label_scheme().speaker_colour))
        banner.setColor(self.linking_banner.foregroundRole(), INK)
        self.linking_banner.setPalette(banner)
        self.linking_banner.hide()
        column.addWidget(self.linking_banner)
        column.addWidget(self.view, 1)
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.inspector)
        side.addWidget(self.quotes_panel)
        side.setStretchFactor(1, 1)
        side.setSizes([300, 530])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 760, 420])
        self.side_splitter = side
        self.setCentralWidget(self.splitter)
        self.resize(1450, 880)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.tasks = TaskBar(str(self.store.path), bar, self)
        self.tasks.message.connect(self.show_message)
        self.project_label = QLabel()
        self.position_label = QLabel()
        self.progress_label = QLabel()
        for widget in (self.project_label, self.position_label, self.progress_label):
            widget.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(widget)

    def _linking_changed(self, linking: bool) -> None:
        """While a speaker is being picked, say so above the text and point with a hand."""
        self.linking_banner.setVisible(linking)
        if linking:
            self.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.view.viewport().setCursor(Qt.CursorShape.IBeamCursor)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def context_menu_at(self, index: int):
        """The right-click menu for a place in the text: it acts on the text selection there, or
        else on the span or quote under the pointer (which becomes the selection)."""
        picked = self.view.selected_range()
        has_text = bool(self.annotator.pending) and picked is not None and picked[0] <= index <= picked[1]
        if not has_text:
            item = self.view.item_at(index)
            if item is not None and item != self.annotator.selection:
                self.annotator.select(item)
        return self.actions_.context_menu(has_text)

    def _context_menu(self, index: int, global_pos) -> None:
        self.context_menu_at(index).exec(global_pos)

    # -- articles ------------------------------------------------------------------------

    def open_article(self, article_id: str) -> None:
        if not (self.annotator.article and self.annotator.article.id == article_id):
            self.annotator.open(article_id)
        self.view.setFocus()  # the keys act on the text, wherever the click came from

    def _article_opened(self, article_id: str) -> None:
        self.settings.setValue(f"last_article/{self.store.path}", article_id)
        self.later.call("list", lambda: self.list.select(self.annotator.article.id, emit=False))
        self.later.call("status", self._update_status)

    def step_article(self, step: int) -> bool:
        current = self.annotator.article.id if self.annotator.article else None
        target = self.list.neighbour(current, step) if current else None
        if target is None:
            self.show_message("No more articles in this direction.")
            return False
        self.open_article(target)
        return True

    def done_and_next(self) -> None:
        if self.annotator.mark_done():
            self.step_article(1)

    def _rows_changed(self, edit: Edit) -> None:
        self.progress.take(edit)
        if edit.article_id:
            self._rows_to_refresh.add(edit.article_id)
        elif any(c.table in ("spans", "quotes") for c in edit.changes):
            self._rows_to_refresh.add("*")  # a merge can reach any article
        self.later.call("rows", self._refresh_rows)
        self.later.call("status", self._update_status)

    def _refresh_rows(self) -> None:
        rows, self._rows_to_refresh = self._rows_to_refresh, set()
        if "*" in rows:
            self.list.model.refresh_all()
        else:
            self.list.model.refresh(sorted(rows))

    def focus_search(self) -> None:
        self.list.search.setFocus()
        self.list.search.selectAll()

    def _update_status(self) -> None:
        self.project_label.setText(f"Project: {self.store.path.name}")
        current = self.annotator.article
        row = self.list.model.row_of(current.id) if current else -1
        shown = len(self.list.model.ids)
        self.position_label.setText(f"Article {row + 1} of {shown}" if row >= 0 else f"{shown} articles")
        self.progress_label.setText(self.progress.summary())

    # -- entities -------------------------------------------------------------------------

    def _ask_entity(self, title: str, suggestion: str, exclude: int | None,
                    first: list[Entity] | None = None) -> EntityChoice | None:
        from .dialogs import EntityPicker

        picker = EntityPicker(title, self.store.entities(), self, suggestion=suggestion,
                              allow_new=exclude is None, exclude=exclude, first=first or [])
        return picker.choice() if picker.exec() else None

    def _ask_name(self, title: str, current: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        name, ok = QInputDialog.getText(self, title, "New name:", text=current)
        return name.strip() if ok and name.strip() else None

    # -- projects ---------------------------------------------------------------------------

    def new_project(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, "New project", str(Path.home() / "project.qdesk"),
                                              "QuoteDesk projects (*.qdesk)")
        if path:
            if not path.endswith(".qdesk"):
                path += ".qdesk"
            self.switch_project(path)

    def open_project_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, "Open project", str(Path.home()), "QuoteDesk projects (*.qdesk);;All files (*)")
        if path:
            self.switch_project(path)

    def switch_project(self, path: str) -> None:
        """Open another project in a fresh window (this one closes once it opened)."""
        try:
            store = Store(path)
        except QuoteDeskError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, "Cannot open project", str(exc))
            return
        remember_project(self.settings, str(store.path))
        window = MainWindow(store, self.settings)
        window.show()
        self.next_window = window
        self.close()
        self.store.close()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_projects(self.settings):
            self.recent_menu.addAction(path, lambda path=path: self.switch_project(path))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # -- import / export / pretag ----------------------------------------------------------

    def import_files_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, "Import articles", str(Path.home()),
                                                "Articles (*.txt *.jsonl *.csv *.ann);;All files (*)")
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(self, "Import a folder of articles", str(Path.home()))
        if path:
            self.import_paths([Path(path)])

    def import_paths(self, paths: list[Path]) -> None:
        def done(result) -> None:
            self.list.apply_filter()
            if self.annotator.article is None and self.list.model.ids:
                self.open_article(self.list.model.ids[0])
            self.progress.recount()
            self._update_status()
            self.show_message(f"Imported {result.added} article(s); {result.skipped} already here.")
            if result.added:
                self._then = self.continue_background

        # Imported articles get pretagged and indexed next, whatever the window started with.
        self._background, self._background_stopped = True, False
        self.tasks.run("Importing", import_job(paths), done, on_end=self._task_ended)

    def ask_export_path(self, fmt: str) -> str | None:
        default = Path.home() / f"{self.store.path.stem}-{fmt}{FORMAT_SUFFIX.get(fmt, '')}"
        title = f"Export {fmt} into a new folder" if fmt in FOLDER_FORMATS else f"Export {fmt}"
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, str(default))
        return path or None

    def export_dialog(self, fmt: str) -> None:
        path = self.ask_export_path(fmt)
        if path:
            self.export_to(fmt, Path(path))

    def export_to(self, fmt: str, path: Path, include_all: bool = False) -> None:
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(f"Exporting {fmt}…", "Cancel", 0, max(1, self.store.article_count()), self)
        dialog.setWindowTitle("Export")
        dialog.setMinimumDuration(300)
        self.export_progress = dialog

        def done(result) -> None:
            dialog.close()
            counts = ", ".join(f"{v} {k}" for k, v in result.counts.items())
            self.statusBar().showMessage(f"Exported {fmt} to {path} ({counts}).", 10000)

        worker = self.tasks.run(f"Exporting {fmt}", export_job(fmt, path, include_all), done, on_end=dialog.close)
        if worker is None:
            dialog.close()
            return
        worker.progressed.connect(lambda done_n, _total, _m: dialog.setValue(min(done_n, dialog.maximum())))
        dialog.canceled.connect(worker.cancel)

    def continue_background(self) -> None:
        """Pretag the articles not yet pretagged, then index the texts for search: one task after
        the other, in the background. A task the analyst cancels ends the chain."""
        if not self._background or self._background_stopped or self.tasks.busy():
            return
        if self.store.unpretagged_article_ids():
            self.start_pretag()
        elif self.store.search_index_pending():
            self.index_for_search()

    def _task_ended(self) -> None:
        follow, self._then = self._then, None
        if follow is not None:
            follow()

    def start_pretag(self) -> None:
        if not self.store.unpretagged_article_ids():
            self.show_message("Every article is already pretagged.")
            return

        def done(result) -> None:
            self._after_pretag_batch()
            self.statusBar().showMessage(
                f"Pretagged {result.articles} article(s): {result.spans} entities, {result.quotes} quotes.", 10000)
            self._then = self.continue_background

        worker = self.tasks.run("Pretagging", pretag_job(self.store.get_setting("model")), done,
                                on_end=self._task_ended)
        if worker is not None:
            worker.progressed.connect(lambda *_: self._after_pretag_batch())

    def index_for_search(self) -> None:
        """Build the search index over articles not yet in it (searches stay exact meanwhile, only slower)."""
        def done(count) -> None:
            if count:
                self.show_message(f"Indexed {count} article(s) for search.")

        self.tasks.run("Indexing for search", index_job(), done, on_end=self._task_ended)

    def _after_pretag_batch(self) -> None:
        """A batch of suggestions was committed by the worker: show it."""
        self.list.model.refresh_all()
        self.progress.recount()
        article = self.annotator.article
        if article is not None and article.pretagged_with is None:
            if self.store.article(article.id).pretagged_with is not None:
                self.annotator.reload()  # suggestions for the open article just arrived
        self._update_status()

    def cancel_task(self) -> None:
        self.tasks.cancel()

    # -- help ---------------------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        from .dialogs import ShortcutsDialog

        ShortcutsDialog([(s.keys, s.name, s.help) for s in self.shortcuts], self).exec()

    def pretagger_report_text(self) -> str:
        from ..core.evaluate import evaluate_against_analyst, format_report

        report = evaluate_against_analyst(self.store)
        if report.articles == 0:
            return "Review some pretagged articles first: the report compares the model's suggestions with what you kept."
        return format_report(report.as_dict()).split("\nTargets")[0]

    def show_pretagger_report(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle("Pretagger report")
        box.setText("The model's suggestions against your corrections, over the articles you reviewed:")
        box.setInformativeText(f"<pre>{self.pretagger_report_text()}</pre>")
        box.exec()

    def show_about(self) -> None:
        model = self.store.get_setting("model") or "the default spaCy model"
        from PySide6.QtWidgets import QMessageBox

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
        self._first_paint_done = True  # nothing more to start for a closed window
        self._late.stop()
        self.later.cancel()  # panel refreshes and the open article's remaining rows: the store may close next
        self.tasks.stop()
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
