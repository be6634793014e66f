"""Figures of the core: import, native export, pretag in one process, bulk pretag from the CLI."""

from __future__ import annotations

import json
import os
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
        close(held)
        projects.remove_project(path)
        held["store"] = Store(path)

    def ours() -> None:
        result = held["store"].import_articles((article, [], [], {}) for article in articles)
        assert result.added == count, result

    def fresh_connection() -> None:
        close(held)
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
    close(held)
    projects.remove_project(path)
    return Row(f"import {count:,} articles into a new project", value * 1000, baseline * 1000, 1.5, False, "ms",
               note="Store.import_articles vs one executemany of the same rows, same schema")


def close(held: dict) -> None:
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
    lines = sum(1 for _ in open(out, encoding="utf-8"))
    assert lines == count, f"export wrote {lines} lines for {count} articles"
    out.unlink()
    plain.unlink()
    return Row(f"native JSONL export of {count:,} annotated articles", value * 1000, baseline * 1000, 2.0, False, "ms",
               note="vs json.dumps of the articles, spans and quotes rows, one plain SELECT each")


# -- pretag ------------------------------------------------------------------------------------


def pretag_row(work: Path, count: int, nlp) -> Row:
    """pretag_project in one process against plain nlp.pipe with the same pipeline, in tokens per second."""
    from quotedesk.core.pretag.runner import pretag_project

    texts = [corpus.article_text(i) for i in range(count)]
    list(nlp.pipe(texts[:8]))  # warm up

    def plain() -> int:
        return sum(len(doc) for doc in nlp.pipe(texts))

    start = time.perf_counter()
    tokens = plain()
    baseline = time.perf_counter() - start
    path = projects.plain_project(work / "pretag.qdesk", count)
    with Store(path) as store:
        start = time.perf_counter()
        result = pretag_project(store, nlp=nlp, n_process=1)
        value = time.perf_counter() - start
    assert result.articles == count, result
    projects.remove_project(path)
    return Row(f"pretag throughput, {count} articles, one process", tokens / value, tokens / baseline, 0.9, True,
               "tokens/s", note="pretag_project vs plain nlp.pipe, same pipeline and texts")


BASELINE_SCRIPT = """
import json, sys
import spacy
nlp = spacy.load(sys.argv[1])
texts = json.load(open(sys.argv[2], encoding="utf-8"))
print(sum(len(doc) for doc in nlp.pipe(texts)))
"""


def bulk_row(work: Path, count: int) -> Row:
    """`quotedesk pretag` (all cores) against plain single-process nlp.pipe of the full pipeline.

    Both run as fresh processes, timed from start to exit: interpreter,
    spaCy import and model load included on both sides.
    """
    from quotedesk.core.pretag.nlp import resolve_model

    model = resolve_model(None)
    texts = [corpus.article_text(i) for i in range(count)]
    texts_file = work / "texts.json"
    texts_file.write_text(json.dumps(texts), encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", BASELINE_SCRIPT, model, str(texts_file)],
                          capture_output=True, text=True, check=True)
    baseline = time.perf_counter() - start
    tokens = int(done.stdout.strip())
    path = projects.plain_project(work / "bulk.qdesk", count)
    cli = Path(sys.executable).with_name("quotedesk")
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "quotedesk"]
    start = time.perf_counter()
    subprocess.run(command + ["pretag", "-p", str(path), "-q", "--model", model], check=True,
                   capture_output=True, text=True, env=dict(os.environ, QUOTEDESK_ANNOTATOR="bench"))
    value = time.perf_counter() - start
    with Store(path) as store:
        assert not store.unpretagged_article_ids(), "the CLI left articles unpretagged"
    projects.remove_project(path)
    texts_file.unlink()
    return Row(f"bulk pretag from the CLI, {count} articles, {os.cpu_count()} cores", tokens / value,
               tokens / baseline, 1.6, True, "tokens/s",
               note="quotedesk pretag vs spacy.load + nlp.pipe in one process, both timed as whole processes")
