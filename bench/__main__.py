"""Run the QuoteDesk benchmarks, print the table and write bench-results.json.

    python -m bench                 every figure at the sizes the issue names (about 25 minutes)
    python -m bench --quick         the same figures on tiny corpora (a smoke run, not a measurement)
    python -m bench --only import,export
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from .harness import Row, table, write_results

GROUPS = ("import", "export", "pretag", "bulk", "article", "startup", "scale")
FULL = dict(import_=10_000, export=10_000, pretag=500, bulk=300, small=1_000, large=100_000, repeat=15, best_of=3,
            rounds=2)
QUICK = dict(import_=300, export=200, pretag=12, bulk=40, small=100, large=400, repeat=2, best_of=1, rounds=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny corpora: checks the harness, measures nothing")
    parser.add_argument("--only", default=",".join(GROUPS), help=f"comma-separated groups of {', '.join(GROUPS)}")
    parser.add_argument("--json", default="bench-results.json", metavar="PATH", help="where to write the results")
    args = parser.parse_args(argv)
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = sorted(set(groups) - set(GROUPS))
    if unknown:
        parser.error(f"unknown group(s) {', '.join(unknown)}; choose from {', '.join(GROUPS)}")
    size = QUICK if args.quick else FULL
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QUOTEDESK_ANNOTATOR", "bench")

    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="quotedesk-bench-run-") as folder:
        work = Path(folder)
        for group in groups:
            started = time.perf_counter()
            say(f"bench: {group}…")
            rows += run_group(group, work, size, say)
            say(f"bench: {group} took {time.perf_counter() - started:.0f} s")
    print(table(rows))
    write_results(rows, Path(args.json))
    failed = [row.name for row in rows if not row.ok]
    say(f"bench: {len(rows) - len(failed)} of {len(rows)} figures meet their targets; results in {args.json}")
    return 0  # benchmarks report; they do not fail the build


def run_group(group: str, work: Path, size: dict, say) -> list[Row]:
    from . import core_rows, gui_rows

    if group == "import":
        return [core_rows.import_row(work, size["import_"], size["best_of"])]
    if group == "export":
        return [core_rows.export_row(work, size["export"], size["best_of"], say)]
    if group == "pretag":
        from quotedesk.core.pretag.nlp import load_pipeline

        return [core_rows.pretag_row(work, size["pretag"], load_pipeline(), size["rounds"])]
    if group == "bulk":
        return [core_rows.bulk_row(work, size["bulk"], size["rounds"])]
    if group == "article":
        return gui_rows.article_rows(work, size["repeat"])
    if group == "startup":
        return [gui_rows.startup_row(work, size["best_of"], say)]
    if group == "scale":
        return gui_rows.scale_rows(work, size["small"], size["large"], size["best_of"], say)
    raise ValueError(group)


if __name__ == "__main__":
    sys.exit(main())
