"""Icons from qtawesome (Font Awesome), with the app icon from resources/."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from ..core.resources import resource_path

NAMES = {
    "new": "fa5s.file", "open": "fa5s.folder-open", "import": "fa5s.file-import", "export": "fa5s.file-export",
    "pretag": "fa5s.magic", "undo": "fa5s.undo", "redo": "fa5s.redo", "accept": "fa5s.check",
    "reject": "fa5s.times", "accept_all": "fa5s.check-double", "quote": "fa5s.quote-right",
    "speaker": "fa5s.user-tag", "next": "fa5s.arrow-down", "previous": "fa5s.arrow-up",
    "done": "fa5s.flag-checkered", "keyboard": "fa5s.keyboard",
}
COLOURS = {"accept": "#2e7d32", "accept_all": "#2e7d32", "reject": "#c62828", "quote": "#1565c0",
           "speaker": "#b8860b", "done": "#2e7d32", "pretag": "#6a1b9a"}


@lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    if name == "app":
        path = resource_path("icons", "quotedesk.svg")
        return QIcon(str(path)) if path.exists() else QIcon()
    import qtawesome

    return qtawesome.icon(NAMES[name], color=COLOURS.get(name, "#455a64"))
