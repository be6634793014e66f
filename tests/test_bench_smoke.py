"""The benchmark harness runs end to end on tiny corpora and writes bench-results.json in its documented shape.

Nothing here judges speed (speed lives in `make bench`); these runs only
prove that every figure is measured and reported.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
KEYS = {"name", "value", "baseline", "ratio", "target", "ok"}


def run_bench(tmp_path: Path, groups: str) -> list[dict]:
    out = tmp_path / "bench-results.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QUOTEDESK_BENCH_CACHE=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "bench", "--quick", "--only", groups, "--json", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| figure | value | baseline | ratio | target | ok |" in done.stdout
    rows = json.loads(out.read_text(encoding="utf-8"))
    for row in rows:
        assert KEYS <= set(row), row
        for key in ("value", "baseline", "ratio"):
            assert isinstance(row[key], (int, float)) and math.isfinite(row[key]) and row[key] > 0, (key, row)
        assert math.isclose(row["ratio"], row["value"] / row["baseline"], rel_tol=1e-2), row
        assert isinstance(row["ok"], bool)
        assert row["target"].startswith((">= ", "<= ")) and row["target"].endswith("x")
        assert row["name"] in done.stdout  # every row is in the printed table
    return rows


def test_store_and_gui_figures_are_all_measured(tmp_path):
    rows = run_bench(tmp_path, "import,export,article,startup,scale")
    names = [row["name"] for row in rows]
    assert len(names) == len(set(names)) == 1 + 1 + 4 + 1 + 4
    for words in ("import", "export", "open an article", "long article", "one edit", "growth", "start-up",
                  "open until painted", "list all", "search", "resident memory"):
        assert any(words in name for name in names), words


@pytest.mark.slow
def test_pretag_figures_are_measured_with_the_real_model(tmp_path):
    rows = run_bench(tmp_path, "pretag,bulk")
    assert [row["name"].split(",")[0] for row in rows] == ["pretag throughput", "bulk pretag from the CLI"]


def test_an_unknown_group_is_refused_in_one_sentence(tmp_path):
    done = subprocess.run([sys.executable, "-m", "bench", "--only", "imports"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "unknown group(s) imports" in done.stderr
