import sqlite3

import pytest

from quotedesk.core import schema
from quotedesk.core.errors import ProjectError
from quotedesk.core.model import Article
from quotedesk.core.store import Store


def test_new_project_has_current_schema_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "p.qdesk"
    with Store(path) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        assert store.scalar("PRAGMA journal_mode") == "wal"
        assert store.scalar("PRAGMA foreign_keys") == 1
        assert store.scalar("PRAGMA synchronous") == 1  # NORMAL


def test_import_is_one_transaction_and_skips_known_text(store):
    items = [(Article(id="a", text="One text."), [], [], {}), (Article(id="b", text="Another text."), [], [], {})]
    result = store.import_articles(items)
    assert (result.added, result.skipped) == (2, 0)
    again = store.import_articles([(Article(id="c", text="One text."), [], [], {})])
    assert (again.added, again.skipped) == (0, 1)
    assert store.article_ids() == ["a", "b"]


def test_taken_article_id_gets_a_suffix(store):
    store.import_articles([(Article(id="x", text="First."), [], [], {})])
    result = store.import_articles([(Article(id="x", text="Second."), [], [], {})])
    assert result.renamed == [("x", "x-2")]
    assert store.article("x-2").text == "Second."


def test_failed_import_leaves_nothing(store):
    bad_span_item = (Article(id="ok", text="Fine."), [], [], {})
    from quotedesk.core.model import Span

    broken = (Article(id="broken", text="Short."), [Span(article_id="", start=3, end=1, label="PERSON")], [], {})
    with pytest.raises(sqlite3.IntegrityError):
        store.import_articles([bad_span_item, broken])
    assert store.article_count() == 0


def test_article_text_can_never_change(sample, store):
    with pytest.raises(sqlite3.IntegrityError, match="never changes"):
        store.conn.execute("UPDATE articles SET text = 'rewritten' WHERE id = 'a1'")
    assert store.article("a1").text_hash is not None


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.qdesk"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProjectError, match="newer QuoteDesk"):
        Store(path)
    assert path.read_bytes() == before


def test_foreign_sqlite_and_non_sqlite_files_are_refused(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    with pytest.raises(ProjectError, match="not a QuoteDesk project"):
        Store(other)
    text = tmp_path / "notes.qdesk"
    text.write_text("hello")
    with pytest.raises(ProjectError, match="not a QuoteDesk project"):
        Store(text)


def test_missing_project_is_an_error_when_not_creating(tmp_path):
    with pytest.raises(ProjectError, match="no project"):
        Store(tmp_path / "absent.qdesk", create=False)


def test_summaries_count_suggestions_and_search(sample, store):
    [summary] = store.article_summaries()
    assert (summary.id, summary.suggestions_left, summary.spans, summary.quotes) == ("a1", 4, 3, 1)
    assert store.article_summaries(search="PYONGYANG")[0].id == "a1"
    assert store.article_summaries(search="Zelensky") == []
    assert store.article_summaries(status="done") == []


def test_entities_are_shared_by_name(sample, store):
    assert [e.name for e in store.entities()] == ["Vladimir Putin"]
    putin = store.entity_by_name("Vladimir Putin")
    assert {s.entity_id for s in store.spans("a1") if s.label == "PERSON"} == {putin.id}
    assert store.quotes("a1")[0].speaker_entity_id == putin.id


def test_backup_is_a_readable_copy(sample, store, tmp_path):
    copy = store.backup(tmp_path / "copy.qdesk")
    with Store(copy) as other:
        assert other.article("a1").text == sample.text


def test_a_reader_in_another_process_never_drops_the_wal_under_the_app(tmp_path):
    """The app holds two Stores on one file (the window's and a background task's). Another process
    opening and closing the project (`quotedesk stats` while the app is open) must not delete the
    WAL the app is writing to: its commits would be invisible to others and lost if it were killed."""
    import subprocess
    import sys

    path = tmp_path / "p.qdesk"
    count = f"from quotedesk.core.store import Store; s = Store({str(path)!r}); print(len(s.article_ids())); s.close()"
    window, task = Store(path), Store(path)
    try:
        subprocess.run([sys.executable, "-c", count], check=True, capture_output=True)
        window.import_articles([(Article(id="a1", text="Hello there."), [], [], {})])
        seen = subprocess.run([sys.executable, "-c", count], check=True, capture_output=True, text=True)
        assert seen.stdout.strip() == "1"
    finally:
        task.close()
        window.close()
