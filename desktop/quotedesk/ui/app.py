"""Starting the desktop app: pick the project, show the window fast, then load the rest."""

from __future__ import annotations

import gc
import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from ..core.errors import QuoteDeskError
from ..core.resources import resource_path, seeds_dir
from ..core.store import Store
from . import error_hook
from .main_window import MainWindow, remember_project

DATA_DIR_ENV = "QUOTEDESK_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    path.mkdir(parents=True, exist_ok=True)
    return path


def demo_project() -> Path:
    """The demo project built from the bundled seed articles (created once)."""
    path = data_dir() / "demo.qdesk"
    if not path.exists():
        from ..core.importers import import_paths

        seeds = seeds_dir()
        with Store(path) as store:
            if seeds is not None:
                import_paths(store, [seeds])
    return path


def choose_project(explicit: str | None, settings: QSettings, demo: bool = False) -> Path:
    if explicit:
        return Path(explicit)
    if demo:
        return demo_project()
    last = settings.value("last_project")
    if last and Path(last).exists():
        return Path(last)
    return demo_project()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("QuoteDesk")
    app.setOrganizationName("QuoteDesk")
    app.setApplicationDisplayName("QuoteDesk")
    app.setDesktopFileName("io.github.quotedesk.QuoteDesk")
    app.setStyle("Fusion")
    sheet = style_sheet()
    if sheet:
        app.setStyleSheet(sheet)
    return app


def style_sheet() -> str:
    """The rules in resources/styles/quotedesk.qss, or "" when it holds only comments (the usual case)."""
    path = resource_path("styles", "quotedesk.qss")
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return text if re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL).strip() else ""


def run(project: str | None = None, demo: bool = False) -> int:
    """Open the main window on a project; returns the process exit code."""
    app = make_application()
    settings = QSettings()
    try:
        path = choose_project(project, settings, demo)
        store = Store(path, create=project is None or path.suffix == ".qdesk")
    except QuoteDeskError as exc:
        gc.enable()
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "QuoteDesk", str(exc))
        print(f"quotedesk: error: {exc}", file=sys.stderr)
        return 1
    remember_project(settings, str(store.path))
    window = MainWindow(store, settings)
    window.first_painted.connect(gc.enable)  # `quotedesk gui` pauses the collector for start-up
    error_hook.install(lambda: window.store.path, lambda: window)
    window.show()
    return app.exec()
