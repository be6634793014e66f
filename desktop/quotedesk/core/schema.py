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


V2 = """
-- Counts the status bar and the article list show, kept by triggers: opening a
-- project of 100,000 articles must not count millions of rows.
CREATE TABLE tallies (
    name TEXT PRIMARY KEY,
    n INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO tallies(name, n) SELECT 'articles', count(*) FROM articles;
INSERT INTO tallies(name, n) SELECT 'articles_' || s.status, count(a.id)
    FROM (SELECT 'new' AS status UNION ALL SELECT 'in_progress' UNION ALL SELECT 'done') s
    LEFT JOIN articles a ON a.status = s.status GROUP BY s.status;
INSERT INTO tallies(name, n) SELECT 'spans_suggested', count(*) FROM spans WHERE status = 'suggested';
INSERT INTO tallies(name, n) SELECT 'quotes_suggested', count(*) FROM quotes WHERE status = 'suggested';

CREATE TRIGGER tally_article_added AFTER INSERT ON articles BEGIN
    UPDATE tallies SET n = n + 1 WHERE name IN ('articles', 'articles_' || new.status);
END;
CREATE TRIGGER tally_article_removed AFTER DELETE ON articles BEGIN
    UPDATE tallies SET n = n - 1 WHERE name IN ('articles', 'articles_' || old.status);
END;
CREATE TRIGGER tally_article_status AFTER UPDATE OF status ON articles WHEN old.status IS NOT new.status BEGIN
    UPDATE tallies SET n = n - 1 WHERE name = 'articles_' || old.status;
    UPDATE tallies SET n = n + 1 WHERE name = 'articles_' || new.status;
END;
CREATE TRIGGER tally_span_added AFTER INSERT ON spans WHEN new.status = 'suggested' BEGIN
    UPDATE tallies SET n = n + 1 WHERE name = 'spans_suggested';
END;
CREATE TRIGGER tally_span_removed AFTER DELETE ON spans WHEN old.status = 'suggested' BEGIN
    UPDATE tallies SET n = n - 1 WHERE name = 'spans_suggested';
END;
CREATE TRIGGER tally_span_status AFTER UPDATE OF status ON spans WHEN old.status IS NOT new.status BEGIN
    UPDATE tallies SET n = n + (new.status = 'suggested') - (old.status = 'suggested') WHERE name = 'spans_suggested';
END;
CREATE TRIGGER tally_quote_added AFTER INSERT ON quotes WHEN new.status = 'suggested' BEGIN
    UPDATE tallies SET n = n + 1 WHERE name = 'quotes_suggested';
END;
CREATE TRIGGER tally_quote_removed AFTER DELETE ON quotes WHEN old.status = 'suggested' BEGIN
    UPDATE tallies SET n = n - 1 WHERE name = 'quotes_suggested';
END;
CREATE TRIGGER tally_quote_status AFTER UPDATE OF status ON quotes WHEN old.status IS NOT new.status BEGIN
    UPDATE tallies SET n = n + (new.status = 'suggested') - (old.status = 'suggested') WHERE name = 'quotes_suggested';
END;

-- Listing in project order (all, or by status) reads only these indexes,
-- never the article rows with their texts.
DROP INDEX articles_position;
CREATE INDEX articles_listing ON articles(position, id);
CREATE INDEX articles_by_status ON articles(status, position, id);
CREATE INDEX articles_unpretagged ON articles(position, id) WHERE pretagged_with IS NULL;
-- An article's counts for the list come from the index alone.
CREATE INDEX spans_article_status ON spans(article_id, status);
CREATE INDEX quotes_article_status ON quotes(article_id, status);

-- How far the search index has got: articles with position <= upto are in it.
CREATE TABLE search_progress (upto INTEGER NOT NULL);
INSERT INTO search_progress(upto) VALUES (-1);
"""

# Substring search over titles and texts. Built after import, in the
# background (Store.update_search_index): indexing costs about a millisecond
# per article, which would make an import many times slower. Articles not yet
# indexed are searched by scanning them. detail=none keeps it small; the
# store checks every candidate against the text anyway.
SEARCH_INDEX = """
CREATE VIRTUAL TABLE articles_search USING fts5(
    title, text, content='articles', content_rowid='position', tokenize='trigram', detail='none'
);
CREATE TRIGGER search_article_added AFTER INSERT ON articles
WHEN new.position <= (SELECT upto FROM search_progress) BEGIN
    INSERT INTO articles_search(rowid, title, text) VALUES (new.position, new.title, new.text);
END;
CREATE TRIGGER search_article_removed AFTER DELETE ON articles
WHEN old.position <= (SELECT upto FROM search_progress) BEGIN
    INSERT INTO articles_search(articles_search, rowid, title, text) VALUES ('delete', old.position, old.title, old.text);
END;
CREATE TRIGGER search_article_changed AFTER UPDATE OF title, position ON articles BEGIN
    INSERT INTO articles_search(articles_search, rowid, title, text)
        SELECT 'delete', old.position, old.title, old.text WHERE old.position <= (SELECT upto FROM search_progress);
    INSERT INTO articles_search(rowid, title, text)
        SELECT new.position, new.title, new.text WHERE new.position <= (SELECT upto FROM search_progress);
END;
"""


def _to_v2(conn: sqlite3.Connection) -> None:
    for statement in _split(V2):
        conn.execute(statement)
    try:
        conn.execute("SAVEPOINT search_index")
        for statement in _split(SEARCH_INDEX):
            conn.execute(statement)
        conn.execute("RELEASE search_index")
    except sqlite3.OperationalError as exc:
        # An SQLite built without FTS5 (or older than 3.34, no trigram):
        # search keeps scanning the texts, as version 1 did.
        if "no such module" not in str(exc) and "tokenizer" not in str(exc):
            raise
        conn.execute("ROLLBACK TO search_index")
        conn.execute("RELEASE search_index")


# MIGRATIONS[n] takes a file from user_version n to n + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_to_v1, _to_v2]
SCHEMA_VERSION = len(MIGRATIONS)
