"""Figures of the desktop app, each measured in fresh GUI processes (Qt offscreen unless a display is set)."""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from quotedesk.core.store import Store

from . import corpus, projects
from .harness import Row

ROOT = Path(__file__).resolve().parent.parent


def _env(work: Path) -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(QUOTEDESK_BENCH_TMP=str(work), QUOTEDESK_DATA_DIR=str(work / "data"),
               XDG_CONFIG_HOME=str(work / "config"), QUOTEDESK_ANNOTATOR="bench")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _probe(work: Path, *args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.gui_probe", *args], capture_output=True, text=True,
                          env=_env(work), cwd=ROOT, timeout=900)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"gui probe {args[0]} failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- opening and editing an article ----------------------------------------------------------------

PROCESSES = 3
PLAIN = ("both from another article's text: setPlainText of the same text in a plain QPlainTextEdit of the "
         "same size, then a repaint of its viewport")
CASES = {
    # case: (characters, spans)
    "short": (5_000, 200),
    "long": (100_000, 2_000),
    "edit": (5_000, 200),
    "edit10x": (50_000, 2_000),
}


def article_rows(work: Path, repeat: int) -> list[Row]:
    path = work / "articles.qdesk"
    projects.remove_project(path)
    made = {case: corpus.dense_article(f"{case}-{chars}-{spans}", chars, spans, first=1_000 * n)
            for n, (case, (chars, spans)) in enumerate(CASES.items())}
    other = corpus.dense_article("other", 3_000, 40)
    with Store(path) as store:
        store.import_articles([other.as_tuple()] + [item.as_tuple() for item in made.values()])
    # Edit the first suggested span (at the top of the view: visible without scrolling).
    first_suggested = {case: next(s.id for s in item.spans if s.status == "suggested") for case, item in made.items()}
    plan = {
        "open": [[case, made[case].article.id, other.article.id] for case in ("short", "long")],
        "edit": [[case, made[case].article.id, first_suggested[case]] for case in ("edit", "edit10x")],
        "repeat": repeat,
    }
    # Fresh processes differ more from one another than repeats inside one: take the best of three.
    runs = [_probe(work, "article", str(path), json.dumps(plan)) for _ in range(PROCESSES)]
    got = {case: {key: min(run[case][key] for run in runs) for key in ("value", "baseline")} for case in runs[0]}
    projects.remove_project(path)
    short, long, edit, edit10x = got["short"], got["long"], got["edit"], got["edit10x"]
    return [
        Row("open an article (5,000 characters, 200 spans) until painted", short["value"], short["baseline"], 2.0,
            False, "ms", note=PLAIN),
        Row("open a long article (100,000 characters, 2,000 spans) until painted", long["value"], long["baseline"],
            2.5, False, "ms", note=PLAIN),
        Row("one edit (accept) until committed and repainted, 200 spans", edit["value"], edit["baseline"], 1.5,
            False, "ms", note="in an article already in progress; vs one full repaint of the article view"),
        Row("one edit: growth at 10x the spans (50,000 characters, 2,000 spans)", edit10x["value"], edit["value"],
            1.2, False, "ms", note="the same edit on an article with 200 spans is the baseline"),
    ]


# -- start-up ------------------------------------------------------------------------------------------


def _first_frame(work: Path, *args: str) -> tuple[float, bool]:
    start = time.time()
    got = _probe(work, *args)
    return got["painted_at"] - start, got["spacy_imported"]


def startup_row(work: Path, repeat: int, say=print) -> Row:
    # As installed (pip and the bundle compile the package): without this, a checkout whose .pyc files are
    # older than its sources, or an environment with PYTHONDONTWRITEBYTECODE, compiles QuoteDesk at every start.
    compileall.compile_dir(str(ROOT / "desktop" / "quotedesk"), quiet=1)
    project = projects.copy_project(projects.annotated_project(1_000, say), work / "startup.qdesk")
    _first_frame(work, "startup-bare")  # warm the file cache for both
    _first_frame(work, "startup-app", str(project))
    bare = min(_first_frame(work, "startup-bare")[0] for _ in range(repeat))
    runs = [_first_frame(work, "startup-app", str(project)) for _ in range(repeat)]
    value = min(seconds for seconds, _ in runs)
    spacy_before_paint = any(imported for _, imported in runs)
    projects.remove_project(project)
    return Row("start-up until the main window is painted (1,000-article project)", value * 1000, bare * 1000, 2.5,
               False, "ms", also_required=not spacy_before_paint,
               note=("spaCy was imported before the first paint" if spacy_before_paint
                     else "spaCy not imported before the first paint") + "; vs a bare PySide6 QMainWindow process")


# -- a project of 100,000 articles -------------------------------------------------------------------------


def scale_rows(work: Path, small: int, large: int, repeat: int, say=print) -> list[Row]:
    term = corpus.search_term()
    paths = {count: projects.annotated_project(count, say) for count in (small, large)}
    runs: dict[int, list[dict]] = {small: [], large: []}
    for _ in range(repeat + 1):  # fresh processes, the two sizes taking turns under the same load
        for count, path in paths.items():
            runs[count].append(_probe(work, "scale", str(path), term, str(repeat)))
    figures = {count: {key: min(run[key] for run in got) for key in ("open", "list", "search", "rss_mb")}
               | {"hits": got[0]["hits"]} for count, got in runs.items()}
    s, l = figures[small], figures[large]
    if s["hits"] != l["hits"]:
        raise RuntimeError(f"the search term hit {s['hits']} and {l['hits']} articles; the corpus should make them equal")
    what = f"{large:,} vs {small:,} articles"
    return [
        Row(f"project of {what}: open until painted", l["open"], s["open"], 1.5, False, "ms"),
        Row(f"project of {what}: list all articles", l["list"], s["list"], 1.5, False, "ms"),
        Row(f"project of {what}: search ({s['hits']} hits)", l["search"], s["search"], 3.0, False, "ms",
            note=f"search term {term!r}"),
        Row(f"project of {what}: resident memory", l["rss_mb"], s["rss_mb"], 1.3, False, "MB",
            note="after opening, listing and searching"),
    ]
