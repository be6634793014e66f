"""Figures the reliability tests measured, printed at the end of the run (the README quotes them)."""

from __future__ import annotations

import pytest

FIGURES: dict[str, int] = {}


def record(name: str, value: int) -> None:
    FIGURES[name] = FIGURES.get(name, 0) + value


@pytest.fixture
def figures():
    return record


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("reliability figures")
        for name, value in sorted(FIGURES.items()):
            terminalreporter.write_line(f"{name}: {value}")
