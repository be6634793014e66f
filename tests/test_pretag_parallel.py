"""Pretagging in worker processes writes exactly what one process writes, and stops when cancelled.

A blank English pipeline with an entity ruler stands in for the model: it
finds the names, which is all the surname index (the one input that changes
during a run) depends on.
"""

from __future__ import annotations

import pytest
import spacy

from quotedesk.core.model import Article
from quotedesk.core.pretag import parallel
from quotedesk.core.pretag.runner import pretag_project, worker_count
from quotedesk.core.progress import CancelToken
from quotedesk.core.store import Store

TEXTS = [
    "Dmitry Peskov spoke to reporters in Moscow on Monday.",
    "Peskov said nothing more about the talks.",  # only the surname: resolved from the article before
    "Kim Jong Un met Vladimir Putin in Pyongyang.",
    "Putin left on Wednesday; Peskov stayed behind.",
    "Reporters waited outside the Kremlin all day.",
    "Lee Tae-lim, a professor, said little.",
    "Lee spoke again later in Seoul.",
    "Nobody else was named in this one.",
]


def ruler_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": name} for name in (
        "Dmitry Peskov", "Peskov", "Kim Jong Un", "Vladimir Putin", "Putin", "Lee Tae-lim", "Lee")]
        + [{"label": "GPE", "pattern": place} for place in ("Moscow", "Pyongyang", "Seoul")]
        + [{"label": "ORG", "pattern": "Kremlin"}])
    return nlp


def project(tmp_path, name: str) -> Store:
    store = Store(tmp_path / f"{name}.qdesk")
    store.import_articles([(Article(id=f"a{i}", text=text), [], [], {}) for i, text in enumerate(TEXTS)])
    return store


def suggestions(store: Store) -> list[tuple]:
    """Every span with its entity's name, ids left out (they are random)."""
    return [tuple(row.values()) for row in store.rows(
        "SELECT s.article_id, s.start, s.end, s.label, s.origin, s.status, e.name FROM spans s "
        "LEFT JOIN entities e ON e.id = s.entity_id ORDER BY s.article_id, s.start")]


def test_two_worker_processes_write_what_one_process_writes(tmp_path):
    nlp = ruler_pipeline()
    with project(tmp_path, "one") as one, project(tmp_path, "two") as two:
        alone = pretag_project(one, nlp=nlp, batch_size=1, n_process=1)
        shared = pretag_project(two, nlp=nlp, batch_size=1, n_process=2)
        assert (shared.articles, shared.spans) == (alone.articles, alone.spans) == (len(TEXTS), alone.spans)
        assert suggestions(two) == suggestions(one)
        # The second article names only "Peskov": the index built from the first resolves it,
        # which a worker could not know by itself.
        assert ("a1", 0, 6, "PERSON", "model", "suggested", "Dmitry Peskov") in suggestions(two)
        assert not two.unpretagged_article_ids()


def test_the_surname_probe_records_lookups_and_refuses_other_use():
    names = parallel.NamesAsked()
    assert names  # `known or {}` must keep the probe
    assert "Peskov" not in names and names.get("Lee") is None
    with pytest.raises(KeyError):
        names["Kim"]
    assert names.asked == {"Peskov", "Lee", "Kim"}
    with pytest.raises(parallel.NeedsTheIndex):
        list(names.items())


def test_cancelling_keeps_whole_batches_and_a_rerun_finishes_like_one_process(tmp_path):
    nlp = ruler_pipeline()
    cancel = CancelToken()

    def progress(done, total, _message):
        if done >= 2:
            cancel.cancel()

    with project(tmp_path, "cancelled") as store, project(tmp_path, "reference") as reference:
        first = pretag_project(store, nlp=nlp, batch_size=2, n_process=2, progress=progress, cancel=cancel)
        assert first.cancelled and first.articles % 2 == 0 and 2 <= first.articles < len(TEXTS)
        # Whole articles only: suggestions exactly where the article is marked pretagged.
        assert store.scalar("SELECT count(*) FROM articles a WHERE pretagged_with IS NULL AND "
                            "EXISTS (SELECT 1 FROM spans s WHERE s.article_id = a.id)") == 0
        rest = pretag_project(store, nlp=nlp, batch_size=2, n_process=2)
        assert first.articles + rest.articles == len(TEXTS)
        pretag_project(reference, nlp=nlp, batch_size=2, n_process=1)
        assert suggestions(store) == suggestions(reference)


def test_worker_count_uses_every_core_only_when_asked_and_never_more_than_batches():
    assert worker_count(1, 1000, 16) == 1
    assert worker_count(0, 1000, 16) == parallel.usable_cores()
    assert worker_count(4, 20, 16) == 2  # 20 articles make two batches
    assert worker_count(0, 3, 16) == 1
