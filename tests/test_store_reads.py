"""The store's list and search reads: counts kept by triggers, pages, rows, and the search index.

Search through the index must find exactly what scanning every text finds,
before, during and after the index is built.
"""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotedesk.core import edits
from quotedesk.core.model import Article, Quote, Span
from quotedesk.core.progress import CancelToken
from quotedesk.core.store import Store

SCAN = ("SELECT id FROM articles a WHERE (instr(lower(a.text), lower(?)) > 0 "
        "OR instr(lower(coalesce(a.title, '')), lower(?)) > 0) ORDER BY position")

TEXTS = [
    ("Putin in Pyongyang", "Vladimir Putin arrived in Pyongyang on Tuesday."),
    (None, "Kim Jong Un told reporters that the talks went well."),
    ("Seoul reacts", "Officials in Seoul said the 100% increase was a_surprise."),
    ("Café talk", "The CAFÉ owner, Zoë, said “we value this friendship”."),
    ("Kremlin", "A Kremlin spokesperson, Dmitry Peskov, declined to comment."),
]


def scanned(store: Store, search: str) -> list[str]:
    return [r[0] for r in store.conn.execute(SCAN, (search, search))]


def fill(store: Store, texts=TEXTS, status_of=lambda i: "new") -> None:
    store.import_articles([(Article(id=f"a{i}", text=text, title=title, status=status_of(i)),
                            [Span(article_id="", start=0, end=3, label="PERSON", id=f"s{i}")],
                            [Quote(article_id="", start=4, end=9, kind="direct", id=f"q{i}")], {})
                           for i, (title, text) in enumerate(texts)])


def counted(store: Store) -> dict[str, int]:
    return {
        "articles": store.scalar("SELECT count(*) FROM articles"),
        "done": store.scalar("SELECT count(*) FROM articles WHERE status = 'done'"),
        "suggestions_left": store.scalar("SELECT count(*) FROM spans WHERE status = 'suggested'")
        + store.scalar("SELECT count(*) FROM quotes WHERE status = 'suggested'"),
    }


QUERIES = ["putin", "PYONGYANG", "seoul", "in", "100%", "a_s", "café", "CAFÉ", "zoë", "“we", "Peskov,", "nowhere",
           "ea", "Putin in", "kremlin"]


def test_counts_follow_imports_edits_and_deletes(store):
    fill(store, status_of=lambda i: "done" if i == 1 else "new")
    assert store.progress() == counted(store) == {"articles": 5, "done": 1, "suggestions_left": 10}
    store.apply(edits.set_span_status(store, "s0", "accepted"))
    store.apply(edits.set_article_status(store, "a2", "done"))
    store.apply(edits.set_quote_status(store, "q3", "rejected"))
    assert store.progress() == counted(store) == {"articles": 5, "done": 2, "suggestions_left": 8}
    store.apply(edits.set_span_status(store, "s0", "suggested"))
    with store.transaction():
        store.conn.execute("DELETE FROM articles WHERE id = 'a1'")  # its spans and quotes go with it
    assert store.progress() == counted(store) == {"articles": 4, "done": 1, "suggestions_left": 7}
    assert [store.article_count(status=s) for s in ("new", "in_progress", "done")] == [3, 0, 1]
    assert store.article_count() == 4 and store.article_count(status="elsewhere") == 0


def test_pages_and_rows_agree_with_the_whole_list(store):
    fill(store, texts=[(None, f"Article number {i} about {'Seoul' if i % 3 else 'Kyiv'}.") for i in range(23)],
         status_of=lambda i: "done" if i % 4 == 0 else "new")
    for status, search in ((None, None), ("done", None), (None, "seoul"), ("new", "kyiv")):
        everything = store.article_ids(status, search)
        assert store.article_count(status, search) == len(everything)
        assert store.article_ids(status, search, offset=5, limit=7) == everything[5:12]
        assert store.article_ids(status, search, offset=4) == everything[4:]
        for row, article_id in enumerate(everything):
            assert store.article_row(article_id, status, search) == row
    assert store.article_row("a1", status="done") == -1  # filtered out
    assert store.article_row("no-such-article") == -1


def test_search_finds_what_a_scan_finds_before_during_and_after_indexing(store):
    fill(store)
    assert store.has_search_index and store.search_index_pending() == len(TEXTS)
    for query in QUERIES:
        assert store.article_ids(search=query) == scanned(store, query), query
    cancel = CancelToken()
    store.update_search_index(batch=2, cancel=cancel, progress=lambda done, total, _m: cancel.cancel())
    assert store.search_index_pending() == len(TEXTS) - 2  # one batch, then stopped
    for query in QUERIES:
        assert store.article_ids(search=query) == scanned(store, query), query
    assert store.update_search_index() == len(TEXTS) - 2 and store.search_index_pending() == 0
    for query in QUERIES:
        assert store.article_ids(search=query) == scanned(store, query), query
        assert [s.id for s in store.article_summaries(search=query)] == scanned(store, query)


def test_articles_added_or_removed_after_indexing_are_searched_right(store):
    fill(store)
    store.update_search_index()
    store.import_articles([(Article(id="late", text="Putin flew on to Hanoi."), [], [], {})])
    assert store.search_index_pending() == 1
    assert store.article_ids(search="hanoi") == ["late"]
    store.update_search_index()
    assert store.article_ids(search="putin") == scanned(store, "putin") == ["a0", "late"]
    with store.transaction():
        store.conn.execute("DELETE FROM articles WHERE id = 'a0'")
    assert store.article_ids(search="putin") == ["late"]
    assert store.scalar("SELECT count(*) FROM articles_search WHERE text LIKE '%Pyongyang%'") == 0


def test_an_old_project_gains_counts_and_an_index_on_migration(tmp_path):
    from quotedesk.core import schema

    path = tmp_path / "old.qdesk"
    conn = sqlite3.connect(path)
    for statement in schema._split(schema.V1):
        conn.execute(statement)
    conn.execute("INSERT INTO articles(id, position, title, text, text_hash, status, imported_at) VALUES "
                 "('x', 0, 'T', 'Peskov said no.', 'h0', 'done', 'now'), ('y', 1, NULL, 'Kim said yes.', 'h1', 'new', 'now')")
    conn.execute("INSERT INTO spans(id, article_id, start, end, label, origin, status) VALUES "
                 "('s', 'x', 0, 6, 'PERSON', 'model', 'suggested'), ('t', 'y', 0, 3, 'PERSON', 'model', 'accepted')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.progress() == {"articles": 2, "done": 1, "suggestions_left": 1}
        assert store.search_index_pending() == 2
        assert store.article_ids(search="said") == ["x", "y"]
        store.update_search_index()
        assert store.article_ids(search="PESKOV") == ["x"]


ALPHABET = "abcAB é É%_\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(ALPHABET, min_size=1, max_size=40).filter(str.strip), min_size=1, max_size=8, unique=True),
       queries=st.lists(st.text(ALPHABET, min_size=1, max_size=5), min_size=1, max_size=6),
       indexed=st.integers(min_value=0, max_value=8))
def test_indexed_search_equals_a_scan_on_any_text(tmp_path_factory, texts, queries, indexed):
    with Store(tmp_path_factory.mktemp("search") / "p.qdesk") as store:
        store.import_articles([(Article(id=f"a{i}", text=text, title=text[:3]), [], [], {})
                               for i, text in enumerate(texts)])
        store.update_search_index(batch=1, cancel=_stop_after(indexed))
        for query in queries:
            assert store.article_ids(search=query) == scanned(store, query)


def _stop_after(batches: int) -> CancelToken:
    class Stop(CancelToken):
        seen = 0

        @property
        def cancelled(self) -> bool:
            self.seen += 1
            return self.seen > batches

    return Stop()
