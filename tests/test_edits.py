"""Every edit is reversible: apply then inverse leaves the rows exactly as they were."""

import json

import pytest

from support import all_rows
from quotedesk.core import edits
from quotedesk.core.edits import EditRefused
from quotedesk.core.errors import EditConflict


def roundtrip(store, edit):
    """Apply an edit, then its inverse; return the rows after the edit."""
    before = all_rows(store)
    store.apply(edit)
    after = all_rows(store)
    assert after != before or edit.is_empty
    store.apply(edit.inverse())
    assert all_rows(store) == before
    store.apply(edit)  # redo
    assert all_rows(store) == after
    return after


def test_accept_and_reject_change_status_in_place(sample, store):
    roundtrip(store, edits.set_span_status(store, "s-putin", "accepted"))
    assert store.span("s-putin").status == "accepted"
    roundtrip(store, edits.set_span_status(store, "s-pyongyang", "rejected"))
    assert store.span("s-pyongyang").status == "rejected"


def test_relabel_of_a_model_span_keeps_the_suggestion_as_evidence(sample, store):
    edit = edits.relabel_span(store, "s-pyongyang", "LOC")
    roundtrip(store, edit)
    original = store.span("s-pyongyang")
    copy = store.span(edit.focus)
    assert (original.label, original.status, original.origin) == ("GPE", "rejected", "model")
    assert (copy.label, copy.status, copy.origin) == ("LOC", "accepted", "analyst")
    assert (copy.start, copy.end) == (original.start, original.end)


def test_relabel_of_an_analyst_span_changes_it_in_place(sample, store):
    text = sample.text
    start = text.index("Kim Jong Un")
    add = edits.add_span(store, "a1", start, start + len("Kim Jong Un"), "PERSON")
    store.apply(add)
    roundtrip(store, edits.relabel_span(store, add.focus, "ORG"))
    assert store.span(add.focus).label == "ORG"


def test_overlapping_span_is_refused(sample, store):
    with pytest.raises(EditRefused, match="overlaps the PERSON span"):
        edits.add_span(store, "a1", 9, 20, "PERSON")
    store.apply(edits.set_span_status(store, "s-putin-full", "rejected"))
    store.apply(edits.add_span(store, "a1", 9, 14, "PERSON"))  # fine once the old one is rejected


def test_resize_snaps_within_the_text_and_refuses_outside(sample, store):
    edit = edits.resize_span(store, "s-putin-full", 9, 14)
    roundtrip(store, edit)
    assert sample.text[store.span(edit.focus).start:store.span(edit.focus).end] == "Putin"
    with pytest.raises(EditRefused, match="outside the article"):
        edits.resize_span(store, "s-putin-full", 0, 10_000)


def test_delete_removes_analyst_spans_and_rejects_model_ones(sample, store):
    add = edits.add_span(store, "a1", sample.text.index("Tuesday"), sample.text.index("Tuesday") + 7, "MISC")
    store.apply(add)
    roundtrip(store, edits.delete_span(store, add.focus))
    assert store.span(add.focus) is None
    edit = edits.delete_span(store, "s-putin")
    store.apply(edit)
    assert store.span("s-putin").status == "rejected"


def test_quote_creation_kind_and_speaker_link(sample, store):
    text = sample.text
    start = text.index("the talks")
    add = edits.add_quote(store, "a1", start, text.index("well") + 4, "indirect")
    roundtrip(store, add)
    kim = text.index("Kim Jong Un")
    create = edits.create_entity(store, "Kim Jong Un", "PERSON")
    roundtrip(store, create)
    kim_id = create.extra["entity_id"]
    roundtrip(store, edits.link_speaker(store, add.focus, kim, kim + 11, kim_id))
    quote = store.quote(add.focus)
    assert (quote.speaker_start, quote.speaker_end, quote.speaker_entity_id) == (kim, kim + 11, kim_id)
    roundtrip(store, edits.set_quote_kind(store, add.focus, "partial"))
    assert store.quote(add.focus).kind == "partial"


def test_changing_a_model_quote_speaker_keeps_the_suggestion(sample, store):
    kim = sample.text.index("Kim Jong Un")
    edit = edits.link_speaker(store, "q-1", kim, kim + 11, None)
    roundtrip(store, edit)
    assert store.quote("q-1").status == "rejected"
    assert store.quote("q-1").speaker_start == sample.text.index("Putin said")
    assert store.quote(edit.focus).speaker_start == kim


def test_merge_and_rename_entities(sample, store):
    create = edits.create_entity(store, "Putin", "PERSON")
    store.apply(create)
    short_id = create.extra["entity_id"]
    store.apply(edits.set_span_entity(store, "s-putin", short_id))
    full = store.entity_by_name("Vladimir Putin")
    merge = edits.merge_entities(store, short_id, full.id)
    roundtrip(store, merge)
    assert store.entity(short_id) is None
    assert store.span("s-putin").entity_id == full.id
    roundtrip(store, edits.rename_entity(store, full.id, "Vladimir V. Putin"))
    assert store.entity(full.id).name == "Vladimir V. Putin"
    store.apply(edits.create_entity(store, "Kim", "PERSON"))
    with pytest.raises(EditRefused, match="merge"):
        edits.rename_entity(store, full.id, "Kim")


def test_accept_all_and_article_status(sample, store):
    roundtrip(store, edits.with_progress(store, edits.accept_all(store, "a1")))
    assert {s.status for s in store.spans("a1")} == {"accepted"}
    assert store.quotes("a1")[0].status == "accepted"
    assert store.article("a1").status == "in_progress"
    roundtrip(store, edits.set_article_status(store, "a1", "done"))
    assert store.article_summaries(status="done")[0].suggestions_left == 0


def test_a_stale_edit_is_refused_instead_of_losing_work(sample, store):
    stale = edits.set_span_status(store, "s-putin", "accepted")
    store.apply(edits.relabel_span(store, "s-putin", "ORG"))  # someone else got there first
    rows = all_rows(store)
    with pytest.raises(EditConflict, match="changed elsewhere"):
        store.apply(stale)
    assert all_rows(store) == rows


def test_every_edit_is_logged_with_annotator_and_changes(sample, store):
    store.apply(edits.set_span_status(store, "s-putin", "accepted"))
    [entry] = store.edit_log(limit=1)
    assert entry["annotator"] == "tester"
    assert entry["action"] == "Accept PERSON span"
    assert json.loads(entry["changes"]) == [
        {"table": "spans", "key": "s-putin", "before": {"status": "suggested"}, "after": {"status": "accepted"}}
    ]


def test_marking_a_new_article_done_is_one_clean_edit(sample, store):
    edit = edits.with_progress(store, edits.set_article_status(store, "a1", "done"))
    roundtrip(store, edit)
    assert store.article("a1").status == "done"
