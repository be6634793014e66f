"""The core never imports Qt, and importing the package never imports spaCy."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "desktop" / "quotedesk" / "core"
QT_MODULES = ("PySide6", "qtawesome", "qtpy", "PyQt5", "PyQt6", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_core_sources_import_no_qt():
    offenders = {
        str(path.relative_to(CORE)): sorted(imported_modules(path) & set(QT_MODULES))
        for path in CORE.rglob("*.py")
    }
    assert len(offenders) > 10  # the walk really found the core
    assert {k: v for k, v in offenders.items() if v} == {}


def test_loading_the_core_and_cli_pulls_in_neither_qt_nor_spacy():
    code = (
        "import sys, quotedesk.cli, quotedesk.core.store, quotedesk.core.pretag.runner;"
        "quotedesk.cli.build_parser();"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'spacy', 'thinc')];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
