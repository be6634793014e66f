"""Project files for the benchmarks, built once per corpus version and kept in a temp folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from quotedesk.core import schema
from quotedesk.core.store import Store

from . import corpus

# Bump when the generated corpora change, so stale cached projects are rebuilt.
CORPUS_VERSION = 1
CHUNK = 5_000


def cache_dir() -> Path:
    folder = Path(os.environ.get("QUOTEDESK_BENCH_CACHE") or Path(tempfile.gettempdir()) / "quotedesk-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def remove_project(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def annotated_project(count: int, say=print) -> Path:
    """A project of `count` annotated articles (built on first use, then reused)."""
    # The schema version is in the name: opening an older file would migrate it.
    path = cache_dir() / f"annotated-{count}-v{CORPUS_VERSION}-s{schema.SCHEMA_VERSION}.qdesk"
    if path.exists():
        with Store(path) as store:
            if store.article_count() == count:
                return path
    for stale in path.parent.glob(f"annotated-{count}-*"):  # built for an older corpus or schema
        if not stale.name.startswith(path.name):
            stale.unlink()
    say(f"  building a project of {count:,} annotated articles in {path.parent} (once)…")
    partial = path.with_name(path.name + ".building")
    remove_project(partial)
    with Store(partial) as store:
        for start in range(0, count, CHUNK):
            items = corpus.annotated_articles(min(CHUNK, count - start), start)
            store.import_articles(item.as_tuple() for item in items)
        # As the app leaves it after its first session: the search index built in the background.
        store.update_search_index(batch=2_000)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    remove_project(path)
    shutil.move(str(partial), str(path))
    remove_project(partial)
    return path


def plain_project(path: Path, count: int) -> Path:
    """A fresh project of `count` articles nobody has pretagged yet."""
    remove_project(path)
    with Store(path) as store:
        store.import_articles((article, [], [], {}) for article in corpus.plain_articles(count))
    return path


def copy_project(source: Path, target: Path) -> Path:
    remove_project(target)
    with Store(source) as store:
        store.backup(target)
    return target
