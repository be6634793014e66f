"""Figures of the core: import, native export, pretag in one process, bulk pretag from the CLI."""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from quotedesk.core.store import Store, utc_now
from quotedesk.core.textnorm import text_hash

from . import corpus, projects
from .harness import Row, best_of

ARTICLE_COLUMNS = "id, position, title, text, text_hash, meta, status, pretagged_with, imported_at"


# -- import -------------------------------------------------------------------------------


def import_row(work: Path, count: int, repeat: int) -> Row:
    """Store.import_articles of parsed articles against one raw executemany of the same rows.

    Both write into a new project file made by Store (the same tables and
    indexes), with the rows already in memory: this is the write path.
    """
    articles = corpus.plain_articles(count)
    now = utc_now()
    rows = [(a.id, n, a.title, a.text, text_hash(a.text), json.dumps(a.meta, ensure_ascii=False), a.status, None, now)
            for n, a in enumerate(articles)]
    path = work / "import.qdesk"
    held: dict = {}

    def fresh_store() -> None:
        _close(held)
        projects.remove_project(path)
        held["store"] = Store(path)

    def ours() -> None:
        result = held["store"].import_articles((article, [], [], {}) for article in articles)
        assert result.added == count, result

    def fresh_connection() -> None:
        _close(held)
        projects.remove_project(path)
        Store(path).close()  # the same schema
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        held["conn"] = conn

    def raw() -> None:
        conn = held["conn"]
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO articles({ARTICLE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")

    baseline = best_of(repeat, raw, fresh_connection)
    value = best_of(repeat, ours, fresh_store)
    _close(held)
    projects.remove_project(path)
    return Row(f"import {count:,} articles into a new project", value * 1000, baseline * 1000, 1.5, False, "ms",
               note="Store.import_articles vs one executemany of the same rows, same schema")


def _close(held: dict) -> None:
    if "store" in held:
        held.pop("store").close()
    if "conn" in held:
        held.pop("conn").close()


# -- native export -------------------------------------------------------------------------


def export_row(work: Path, count: int, repeat: int, say=print) -> Row:
    """export(store, "jsonl") against json.dumps of every row read with one plain SELECT per table."""
    from quotedesk.core.exporters import export

    project = projects.annotated_project(count, say)
    out = work / "export.jsonl"
    plain = work / "plain.jsonl"

    def ours() -> None:
        with Store(project) as store:
            export(store, "jsonl", out)

    def raw() -> None:
        conn = sqlite3.connect(str(project))
        with open(plain, "w", encoding="utf-8") as handle:
            for table in ("articles", "spans", "quotes"):
                cursor = conn.execute(f"SELECT * FROM {table}")
                names = [d[0] for d in cursor.description]
                for row in cursor:
                    handle.write(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n")
        conn.close()

    baseline = best_of(repeat, raw)
    value = best_of(repeat, ours)
    with open(out, encoding="utf-8") as written:
        lines = sum(1 for _ in written)
    assert lines == count, f"export wrote {lines} lines for {count} articles"
    out.unlink()
    plain.unlink()
    return Row(f"native JSONL export of {count:,} annotated articles", value * 1000, baseline * 1000, 2.0, False, "ms",
               note="vs json.dumps of the articles, spans and quotes rows, one plain SELECT each")


# -- pretag ------------------------------------------------------------------------------------


def pretag_row(work: Path, count: int, nlp, rounds: int) -> Row:
    """pretag_project in one process against plain nlp.pipe with the same pipeline, in tokens per second.

    The two take turns `rounds` times and the best of each counts: on a
    shared machine, the least disturbed run is the closest to the truth.
    """
    from quotedesk.core.pretag.runner import pretag_project

    texts = [corpus.article_text(i) for i in range(count)]
    list(nlp.pipe(texts[:8]))  # warm up
    plain_times, ours_times, tokens = [], [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts))
        plain_times.append(time.perf_counter() - start)
        path = projects.plain_project(work / "pretag.qdesk", count)
        with Store(path) as store:
            start = time.perf_counter()
            result = pretag_project(store, nlp=nlp, n_process=1)
            ours_times.append(time.perf_counter() - start)
        assert result.articles == count, result
        projects.remove_project(path)
    return Row(f"pretag throughput, {count} articles, one process", tokens / min(ours_times), tokens / min(plain_times),
               0.9, True, "tokens/s", note="pretag_project vs plain nlp.pipe, same pipeline and texts")


# argv: model, texts file, and for QuoteDesk's tuned pipeline the recogniser weights it reads into the
# base model (the same loading work plain spaCy would do for it).
BASELINE_SCRIPT = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
if len(sys.argv) > 3:
    nlp.get_pipe("ner").from_disk(sys.argv[3], exclude=["vocab"])
texts = json.load(open(sys.argv[2], encoding="utf-8"))
print(sum(len(doc) for doc in nlp.pipe(texts)))
"""


def _process_time(command: list[str], **kwargs) -> tuple[float, float, str]:
    """Wall-clock and CPU seconds of one child process, and what it printed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True, **kwargs)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def bulk_row(work: Path, count: int, rounds: int) -> Row:
    """`quotedesk pretag` (all cores) against plain single-process nlp.pipe of the full pipeline.

    Both run as fresh processes, timed from start to exit: interpreter,
    spaCy import and model load included on both sides. They take turns
    `rounds` times; the best of each counts.
    """
    from quotedesk.core.pretag.nlp import TUNED_BASE, TUNED_MODEL, resolve_model, tuned_weights

    model = resolve_model(None)
    plain_model = [TUNED_BASE, str(tuned_weights())] if model == TUNED_MODEL else [model]
    texts_file = work / "texts.json"
    texts_file.write_text(json.dumps([corpus.article_text(i) for i in range(count)]), encoding="utf-8")
    cli = Path(sys.executable).with_name("quotedesk")
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "quotedesk"]
    env = dict(os.environ, QUOTEDESK_ANNOTATOR="bench")
    plain, ours, tokens = [], [], 0
    for _ in range(rounds):
        wall, cpu, printed = _process_time([sys.executable, "-c", BASELINE_SCRIPT, plain_model[0], str(texts_file),
                                            *plain_model[1:]])
        plain.append((wall, cpu))
        tokens = int(printed.strip())
        path = projects.plain_project(work / "bulk.qdesk", count)
        ours.append(_process_time(command + ["pretag", "-p", str(path), "-q", "--model", model], env=env)[:2])
        with Store(path) as store:
            assert not store.unpretagged_article_ids(), "the CLI left articles unpretagged"
        projects.remove_project(path)
    texts_file.unlink()
    (ours_wall, ours_cpu), (plain_wall, plain_cpu) = min(ours), min(plain)
    return Row(f"bulk pretag from the CLI, {count} articles, {os.cpu_count()} cores", tokens / ours_wall,
               tokens / plain_wall, 1.6, True, "tokens/s",
               note=f"quotedesk pretag vs spacy.load + nlp.pipe in one process, whole processes timed; "
                    f"CPU seconds {ours_cpu:.0f} vs {plain_cpu:.0f}")
