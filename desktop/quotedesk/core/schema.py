"""The project file's schema and its migrations, keyed on PRAGMA user_version.

Each migration moves the file from version N to N+1 and runs inside the
transaction the Store opens for it. Never edit a shipped migration: add one.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

V1 = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    title TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'in_progress', 'done')),
    pretagged_with TEXT,
    imported_at TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_text_hash ON articles(text_hash);
CREATE INDEX articles_position ON articles(position);
-- The text is the coordinate system of every span: it never changes.
CREATE TRIGGER articles_text_is_immutable BEFORE UPDATE OF text ON articles
BEGIN
    SELECT RAISE(ABORT, 'article text never changes after import');
END;

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL
);

CREATE TABLE spans (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    label TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('model', 'analyst')),
    status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
    entity_id INTEGER REFERENCES entities(id),
    confidence REAL,
    CHECK (start >= 0 AND end > start)
);
CREATE INDEX spans_article ON spans(article_id, start);
CREATE INDEX spans_entity ON spans(entity_id);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'indirect')),
    origin TEXT NOT NULL CHECK (origin IN ('model', 'analyst')),
    status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected')),
    confidence REAL,
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_entity_id INTEGER REFERENCES entities(id),
    CHECK (start >= 0 AND end > start)
);
CREATE INDEX quotes_article ON quotes(article_id, start);
CREATE INDEX quotes_entity ON quotes(speaker_entity_id);

CREATE TABLE edit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    annotator TEXT NOT NULL,
    action TEXT NOT NULL,
    article_id TEXT,
    changes TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def _to_v1(conn: sqlite3.Connection) -> None:
    for statement in _split(V1):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    # executescript() would COMMIT the open transaction, so run statements one
    # by one; triggers contain ';' and are kept whole by sqlite3.complete_statement.
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not current.strip():
            continue
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]


# MIGRATIONS[n] takes a file from user_version n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_to_v1]
SCHEMA_VERSION = len(MIGRATIONS)
