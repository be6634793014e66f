"""Random sequences of edits: undoing all gives the exact initial rows, redoing all the final rows."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotedesk.core import edits
from quotedesk.core.edits import EditRefused
from quotedesk.core.model import Article, Quote, Span
from quotedesk.core.store import Store
from support import all_rows

from conftest import record

TEXT = ("Vladimir Putin met Kim Jong Un in Pyongyang. \u201cWe are friends,\u201d Putin said. "
        "Lee Tae-lim, a professor, told reporters the summit mattered.")
OPERATIONS = ["accept", "reject", "relabel", "resize", "add_span", "delete", "span_entity", "add_quote",
              "delete_quote", "quote_status", "quote_kind", "resize_quote", "link", "unlink", "speaker_entity",
              "entity", "merge", "rename", "accept_all", "done"]
SEQUENCES = {"verified": 0, "edits": 0}


def fresh(path) -> Store:
    store = Store(path)
    spans = [Span(article_id="", start=0, end=14, label="PERSON", id="s0"),
             Span(article_id="", start=19, end=30, label="PERSON", id="s1"),
             Span(article_id="", start=34, end=43, label="GPE", id="s2")]
    q_start = TEXT.index("\u201c")
    quotes = [Quote(article_id="", start=q_start, end=TEXT.index("\u201d") + 1, kind="direct", id="q0")]
    store.import_articles([(Article(id="a", text=TEXT), spans, quotes,
                            {"s0": ("Vladimir Putin", "PERSON"), "s1": ("Kim Jong Un", "PERSON")})])
    return store


def build(store: Store, op: str, pick: int):
    spans = store.spans("a")
    quotes = store.quotes("a")
    entities = store.entities()
    span = spans[pick % len(spans)] if spans else None
    quote = quotes[pick % len(quotes)] if quotes else None
    start = (pick * 7) % (len(TEXT) - 8)
    if op == "accept" and span:
        return edits.set_span_status(store, span.id, "accepted")
    if op == "reject" and span:
        return edits.set_span_status(store, span.id, "rejected")
    if op == "relabel" and span:
        return edits.relabel_span(store, span.id, ["ORG", "GPE", "PERSON", "MISC"][pick % 4])
    if op == "resize" and span:
        return edits.resize_span(store, span.id, span.start, min(len(TEXT), span.end + 1 + pick % 3))
    if op == "add_span":
        return edits.add_span(store, "a", start, start + 4, "MISC")
    if op == "delete" and span:
        return edits.delete_span(store, span.id)
    if op == "span_entity" and span:
        return edits.set_span_entity(store, span.id, entities[pick % len(entities)].id if entities and pick % 3 else None)
    if op == "delete_quote" and quote:
        return edits.delete_quote(store, quote.id)
    if op == "resize_quote" and quote:
        return edits.resize_quote(store, quote.id, max(0, quote.start - pick % 3), quote.end)
    if op == "unlink" and quote:
        return edits.link_speaker(store, quote.id, None, None)
    if op == "speaker_entity" and quote:
        return edits.set_speaker_entity(store, quote.id, entities[pick % len(entities)].id if entities and pick % 3 else None)
    if op == "add_quote":
        return edits.add_quote(store, "a", start, start + 8, "indirect")
    if op == "quote_status" and quote:
        return edits.set_quote_status(store, quote.id, ["accepted", "rejected"][pick % 2])
    if op == "quote_kind" and quote:
        return edits.set_quote_kind(store, quote.id, ["direct", "partial", "indirect"][pick % 3])
    if op == "link" and quote:
        return edits.link_speaker(store, quote.id, 0, 14, entities[pick % len(entities)].id if entities else None)
    if op == "entity":
        return edits.create_entity(store, f"Person {pick}", "PERSON")
    if op == "merge" and len(entities) >= 2:
        return edits.merge_entities(store, entities[pick % len(entities)].id, entities[(pick + 1) % len(entities)].id)
    if op == "rename" and entities:
        return edits.rename_entity(store, entities[pick % len(entities)].id, f"Renamed {pick}")
    if op == "accept_all":
        return edits.accept_all(store, "a")
    if op == "done":
        return edits.set_article_status(store, "a", ["done", "in_progress", "new"][pick % 3])
    return None


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(OPERATIONS), st.integers(0, 50)), min_size=1, max_size=25))
def test_undo_all_then_redo_all(tmp_path_factory, steps):
    store = fresh(tmp_path_factory.mktemp("seq") / "p.qdesk")
    initial = all_rows(store)
    applied = []
    for op, pick in steps:
        try:
            edit = build(store, op, pick)
        except EditRefused:
            continue  # the builder said no (overlap, name taken): nothing was written
        if edit is None or edit.is_empty:
            continue
        edit = edits.with_progress(store, edit)
        store.apply(edit)
        applied.append(edit)
    final = all_rows(store)
    for edit in reversed(applied):
        store.apply(edit.inverse())
    assert all_rows(store) == initial
    for edit in applied:
        store.apply(edit)
    assert all_rows(store) == final
    SEQUENCES["verified"] += 1
    SEQUENCES["edits"] += len(applied)
    store.close()


def test_zz_report_sequences():
    # Not vacuous: every sequence was checked, and on average each applied a few edits.
    assert SEQUENCES["verified"] >= 100 and SEQUENCES["edits"] >= 2 * SEQUENCES["verified"]
    record("random edit sequences undone and redone exactly", SEQUENCES["verified"])
    record("edits in those sequences", SEQUENCES["edits"])
