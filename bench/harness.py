"""Rows, timing, the table and bench-results.json."""

from __future__ import annotations

import json
import math
import os
import statistics
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


@dataclass
class Row:
    """One figure: `value` against `baseline`, judged on their ratio.

    For "higher is better" figures (throughput) the ratio is value / baseline
    and must reach the target; for times and memory it is value / baseline
    and must stay at or under it.
    """

    name: str
    value: float
    baseline: float
    target: float
    higher_is_better: bool
    unit: str
    note: str = ""
    also_required: bool = True  # a condition beside the ratio (e.g. spaCy not imported)

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else math.inf

    @property
    def ok(self) -> bool:
        met = self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target
        return bool(met and self.also_required)

    @property
    def target_text(self) -> str:
        return f"{'>=' if self.higher_is_better else '<='} {self.target:g}x"

    def as_json(self) -> dict:
        return {"name": self.name, "value": round(self.value, 4), "baseline": round(self.baseline, 4),
                "ratio": round(self.ratio, 3), "target": self.target_text, "ok": self.ok,
                "unit": self.unit, "note": self.note}


def timed(action: Callable[[], object]) -> float:
    """Seconds one call takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def best_of(repeat: int, action: Callable[[], object], setup: Callable[[], object] | None = None) -> float:
    """The fastest of `repeat` runs (the least disturbed by other work on a shared machine)."""
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        times.append(timed(action))
    return min(times)


def median_of(repeat: int, action: Callable[[], object], setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        times.append(timed(action))
    return statistics.median(times)


def _number(value: float, unit: str) -> str:
    if unit == "tokens/s":
        return f"{value:,.0f}"
    if unit == "ms":
        return f"{value:,.2f}" if value < 10 else f"{value:,.1f}"
    if unit == "MB":
        return f"{value:,.1f}"
    return f"{value:,.3f}"


def table(rows: list[Row]) -> str:
    """A Markdown table: ready for the README."""
    lines = ["| figure | value | baseline | ratio | target | ok |", "|---|---:|---:|---:|---:|:---:|"]
    for row in rows:
        lines.append(
            f"| {row.name} | {_number(row.value, row.unit)} {row.unit} | {_number(row.baseline, row.unit)} {row.unit} "
            f"| {row.ratio:.2f}x | {row.target_text} | {'yes' if row.ok else 'NO'} |")
    return "\n".join(lines)


def write_results(rows: list[Row], path: Path) -> None:
    """bench-results.json, written beside and renamed into place."""
    partial = path.with_name(path.name + ".tmp")
    partial.write_text(json.dumps([row.as_json() for row in rows], indent=2, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    os.replace(partial, path)

