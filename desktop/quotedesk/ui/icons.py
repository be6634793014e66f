"""Icons from qtawesome (Font Awesome), with the app icon from resources/.

qtawesome (through qtpy) takes about a third of a second to import, so the
window is first painted with blank placeholders and the real icons are set
right after (`load_icons`), keeping start-up close to a bare Qt window.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap

from ..core.resources import resource_path
from .theme import is_dark

NAMES = {
    "new": "fa5s.file", "open": "fa5s.folder-open", "import": "fa5s.file-import", "export": "fa5s.file-export",
    "pretag": "fa5s.magic", "undo": "fa5s.undo", "redo": "fa5s.redo", "accept": "fa5s.check",
    "reject": "fa5s.times", "accept_all": "fa5s.check-double", "quote": "fa5s.quote-right",
    "speaker": "fa5s.user-tag", "next": "fa5s.arrow-down", "previous": "fa5s.arrow-up",
    "done": "fa5s.flag-checkered", "keyboard": "fa5s.keyboard", "entity": "fa5s.id-card",
    "merge": "fa5s.object-group", "tag": "fa5s.tag", "report": "fa5s.chart-bar", "about": "fa5s.info-circle",
    "search": "fa5s.search", "quit": "fa5s.door-open",
}
# Colours that carry meaning; the rest follow the palette's text colour.
COLOURS = {"accept": ("#2e7d32", "#81c784"), "accept_all": ("#2e7d32", "#81c784"), "reject": ("#c62828", "#e57373"),
           "quote": ("#1565c0", "#64b5f6"), "speaker": ("#b8860b", "#ffd54f"), "done": ("#2e7d32", "#81c784"),
           "pretag": ("#6a1b9a", "#ce93d8")}
NEUTRAL = ("#455a64", "#cfd8dc")


def app_icon() -> QIcon:
    path = resource_path("icons", "quotedesk.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


@lru_cache(maxsize=1)
def placeholder() -> QIcon:
    """A blank icon: holds the toolbar's layout until the real icons are loaded."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


SIZES = (16, 20, 24, 32, 48)


@lru_cache(maxsize=None)
def _icon(name: str, dark: bool) -> QIcon:
    import qtawesome  # deferred: see the module docstring

    light_colour, dark_colour = COLOURS.get(name, NEUTRAL)
    drawn = qtawesome.icon(NAMES[name], color=dark_colour if dark else light_colour)
    # qtawesome draws its glyph again on every paint; toolbar buttons repaint with each
    # edit (undo becomes enabled), so keep ready pixmaps instead.
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(drawn.pixmap(size, size))
    return icon


def icon(name: str) -> QIcon:
    return _icon(name, is_dark())


def load_icons(targets: list[tuple[object, str]]) -> None:
    """Give each action or menu its qtawesome icon."""
    for target, name in targets:
        target.setIcon(icon(name))
