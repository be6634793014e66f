"""Export -> import into a new project -> export: the native format is byte for byte identical,
and the training formats QuoteDesk can read back keep their annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import all_rows
from fixtures.projects import build

from quotedesk.core import edits
from quotedesk.core.exporters import export
from quotedesk.core.importers import import_paths
from quotedesk.core.model import Article
from quotedesk.core.store import Store

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def annotations(store: Store) -> dict[str, tuple]:
    """What a project says, independent of row ids: per article, its text, spans, quotes and speakers."""
    out = {}
    for article in store.iter_articles():
        text = article.text
        spans = sorted((text[s.start:s.end], s.start, s.label, s.status) for s in store.spans(article.id))
        quotes = sorted(
            (text[q.start:q.end], q.start, q.kind, q.status,
             None if q.speaker_start is None else text[q.speaker_start:q.speaker_end],
             None if q.cue_start is None else text[q.cue_start:q.cue_end])
            for q in store.quotes(article.id))
        out[article.id] = (text, spans, quotes)
    return out


@pytest.fixture
def project(store, tmp_path):
    build(store)
    # Imported articles too: CRLF/BOM brat, Prodigy, CSV, text with an odd id.
    import_paths(store, [INPUTS])
    kremlin = store.article("brat_crlf").text.index("The Kremlin")
    store.apply(edits.link_speaker(store, store.quotes("brat_crlf")[0].id, kremlin, kremlin + 11))
    store.import_articles([(Article(
        id="odd id/\u00e9", text="Line one\u2028line two\x85three \U0001F600 emoji.\n", meta={"k": [1, {"b": None}]}),
        [], [], {})])
    return store


def test_native_export_import_export_is_byte_identical(project, tmp_path):
    first = tmp_path / "first.jsonl"
    export(project, "jsonl", first)
    with Store(tmp_path / "copy.qdesk") as copy:
        result = import_paths(copy, [first])
        assert (result.added, result.skipped, result.renamed) == (10, 0, [])
        second = tmp_path / "second.jsonl"
        export(copy, "jsonl", second)
        assert annotations(copy) == annotations(project)
    assert second.read_bytes() == first.read_bytes()


def test_native_import_restores_rows_exactly(project, tmp_path):
    export(project, "jsonl", tmp_path / "out.jsonl")
    with Store(tmp_path / "copy.qdesk") as copy:
        import_paths(copy, [tmp_path / "out.jsonl"])
        original, restored = all_rows(project), all_rows(copy)
    for table in ("spans", "quotes", "entities"):
        assert restored[table] == original[table], table

    def comparable(row):
        # The import time is the new project's own; meta is compared as data (export sorts its keys).
        return dict({k: v for k, v in row.items() if k != "imported_at"}, meta=json.loads(row["meta"]))

    assert [comparable(r) for r in restored["articles"]] == [comparable(r) for r in original["articles"]]


def test_native_export_into_a_project_that_has_it_already_is_all_skipped(project, tmp_path):
    export(project, "jsonl", tmp_path / "out.jsonl")
    before = all_rows(project)
    result = import_paths(project, [tmp_path / "out.jsonl"])
    assert (result.added, result.skipped) == (0, 10)
    assert all_rows(project) == before


def accepted_view(store: Store) -> dict[str, tuple]:
    """The accepted annotations, as the training formats carry them."""
    view = {}
    for article_id, (text, spans, quotes) in annotations(store).items():
        kept_spans = [s[:3] for s in spans if s[3] == "accepted"]
        kept_quotes = [q[:3] + q[4:] for q in quotes if q[3] == "accepted"]
        if kept_spans or kept_quotes:
            view[article_id] = (text, kept_spans, kept_quotes)
    return view


def test_brat_export_reads_back_with_the_same_accepted_annotations(project, tmp_path):
    export(project, "brat", tmp_path / "brat")
    with Store(tmp_path / "copy.qdesk") as copy:
        import_paths(copy, [tmp_path / "brat"])
        restored = accepted_view(copy)
    expected = accepted_view(project)
    # File names come from ids made safe; compare by text instead.
    assert sorted(restored.values()) == sorted(expected.values())


def test_prodigy_export_reads_back_with_the_same_accepted_spans_quotes_and_speakers(project, tmp_path):
    export(project, "prodigy", tmp_path / "p.jsonl")
    with Store(tmp_path / "copy.qdesk") as copy:
        import_paths(copy, [tmp_path / "p.jsonl"])
        restored = accepted_view(copy)
        assert copy.article("a1").title == "Putin in Pyongyang"
    # Prodigy carries no cues: compare without them.
    def no_cue(view):
        return {k: (t, s, [q[:4] for q in qs]) for k, (t, s, qs) in view.items()}
    assert no_cue(restored) == no_cue(accepted_view(project))
