"""The annotation index answers like a linear scan, however it was built or edited."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from quotedesk.ui.span_index import RangeIndex


@dataclass(frozen=True)
class Item:
    id: str
    start: int
    end: int


extents = st.tuples(st.integers(0, 300), st.integers(1, 60)).map(lambda t: (t[0], t[0] + t[1]))
item_lists = st.lists(extents, max_size=40).map(lambda xs: [Item(f"i{n:03d}", s, e) for n, (s, e) in enumerate(xs)])


def scan(items, start, end):
    return sorted((i for i in items if i.start < end and i.end > start), key=lambda i: (i.start, i.id))


@settings(max_examples=200, deadline=None)
@given(item_lists, st.integers(0, 400), st.integers(1, 80))
def test_overlapping_matches_a_scan(items, start, length):
    index = RangeIndex(items)
    assert index.overlapping(start, start + length) == scan(items, start, start + length)
    assert list(index) == sorted(items, key=lambda i: (i.start, i.id))


@settings(max_examples=200, deadline=None)
@given(item_lists, st.lists(st.tuples(st.integers(0, 39), extents | st.none()), max_size=30), st.integers(0, 400))
def test_puts_and_removes_keep_it_exact(items, changes, probe):
    index = RangeIndex(items)
    held = {i.id: i for i in items}
    for n, extent in changes:
        item_id = f"i{n:03d}"
        if extent is None:
            assert index.remove(item_id) == held.pop(item_id, None)
        else:
            item = Item(item_id, *extent)
            assert index.put(item) == held.get(item_id)
            held[item_id] = item
    assert len(index) == len(held)
    assert index.overlapping(probe, probe + 30) == scan(held.values(), probe, probe + 30)
    assert index.containing(probe) == scan(held.values(), probe, probe + 1)


def test_after_and_before_walk_in_text_order_from_a_key():
    items = [Item("b", 5, 9), Item("a", 5, 7), Item("c", 1, 3), Item("d", 20, 25)]
    index = RangeIndex(items)
    assert [i.id for i in index.after(5, "a")] == ["b", "d"]
    assert [i.id for i in index.after(-1, "")] == ["c", "a", "b", "d"]
    assert [i.id for i in index.before(5, "b")] == ["a", "c"]
    assert [i.id for i in index.before(100, "")] == ["d", "b", "a", "c"]
    assert index.get("a") == Item("a", 5, 7) and "z" not in index
