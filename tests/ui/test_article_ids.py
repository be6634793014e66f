"""The article list's paged ids read exactly what one full query reads, a page at a time."""

from __future__ import annotations

import pytest

from quotedesk.core.model import Article
from quotedesk.ui import article_ids
from quotedesk.ui.article_ids import ArticleIds


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(article_ids, "PAGE", 7)
    monkeypatch.setattr(article_ids, "PAGES_KEPT", 3)


@pytest.fixture
def filled(store):
    store.import_articles([(Article(id=f"n{i:02d}", text=f"Report {i} from {'Seoul' if i % 3 else 'Kyiv'}.",
                                    status="done" if i % 4 == 0 else "new"), [], [], {}) for i in range(40)])
    return store


@pytest.mark.parametrize("status, search", [(None, None), ("done", None), (None, "kyiv"), ("new", "seoul"),
                                            (None, "nowhere")])
def test_paged_ids_read_like_the_whole_list(filled, small_pages, status, search):
    whole = filled.article_ids(status, search)
    ids = ArticleIds(filled, status, search)
    assert len(ids) == len(whole)
    assert [ids[row] for row in range(len(ids))] == whole
    assert list(ids) == whole and ids == whole
    assert ids[3:18] == whole[3:18] and ids[-1:] == whole[-1:]
    if whole:
        assert ids[-1] == whole[-1]
        assert all(ids.index(article_id) == row for row, article_id in enumerate(whole))
        assert whole[5 % len(whole)] in ids
    with pytest.raises(IndexError):
        ids[len(whole)]
    outside = [i for i in filled.article_ids() if i not in whole]
    for article_id in outside[:3]:
        assert article_id not in ids
        with pytest.raises(ValueError):
            ids.index(article_id)


def test_only_pages_read_are_kept_and_found_without_a_query(filled, small_pages):
    ids = ArticleIds(filled)
    assert ids.cached_row("n10") == -1  # nothing read yet
    assert ids[10] == "n10"
    assert ids.cached_row("n10") == 10 and ids.cached_row("n30") == -1
    for row in range(0, 40, 7):  # six pages: only the last three stay
        ids[row]
    assert ids.cached_row("n10") == -1 and ids.cached_row("n39") == 39
    assert ids[10] == "n10"  # read again when asked
