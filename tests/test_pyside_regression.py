"""Guard against the PySide6 6.12.0 bug that drops a reference to None on every
void Qt call (the process dies with 'Fatal Python error: none_dealloc').

pyproject pins PySide6 below 6.12; this fails loudly if an upgrade brings the
bug back, long before the app would crash in front of an analyst.
"""

import sys

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QObject  # noqa: E402

CALLS = 10_000


def test_void_qt_calls_keep_none_refcount():
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        obj.setObjectName("probe")  # returns nothing
    after = sys.getrefcount(None)
    # Other code may take a few references meanwhile; the bug loses one per call.
    assert after >= before - 100, f"None lost {before - after} references in {CALLS} void calls"


def test_installed_pyside_is_below_the_broken_release():
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__} has the none_dealloc bug"
