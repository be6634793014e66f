"""Offsets counted in text as written land on the same characters once BOM and CRs are gone."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from quotedesk.core.importers import import_paths
from quotedesk.core.store import Store
from quotedesk.core.textnorm import normalise_text, normalise_with_offsets

# Text made of the pieces that matter: line ends of every kind, a BOM, words.
pieces = st.lists(st.sampled_from(["\r\n", "\r", "\n", "ab", "c", " ", "\u00e9", "\U0001F600"]), min_size=1)


def cut_points(raw: str) -> list[int]:
    """Offsets that do not fall between the CR and LF of one line end."""
    return [i for i in range(len(raw) + 1) if not (0 < i < len(raw) and raw[i - 1] == "\r" and raw[i] == "\n")]


@settings(max_examples=300, deadline=None)
@given(pieces, st.booleans(), st.data())
def test_offset_map_keeps_every_slice(parts, bom, data):
    raw = ("\ufeff" if bom else "") + "".join(parts)
    text, to_new = normalise_with_offsets(raw)
    assert text == normalise_text(raw)
    first = 1 if bom else 0
    assert to_new(0) == to_new(first) == 0
    points = [p for p in cut_points(raw) if p >= first]
    start = data.draw(st.sampled_from(points))
    end = data.draw(st.sampled_from([p for p in points if p >= start]))
    expected = raw[start:end].replace("\r\n", "\n").replace("\r", "\n")
    assert text[to_new(start):to_new(end)] == expected
    assert to_new(len(raw)) == len(text)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["\r\n", "\n", "Lee", "Kim", " said", ". "]), min_size=1, max_size=12))
def test_jsonl_spans_on_every_word_survive_crlf(tmp_path_factory, parts):
    raw = "\ufeff" + "".join(parts)
    words = [(i, i + 3) for i in range(len(raw)) if raw[i:i + 3] in ("Lee", "Kim")]
    if not words:
        return
    folder = tmp_path_factory.mktemp("crlf")
    record = {"id": "x", "text": raw, "spans": [{"start": s, "end": e, "label": "PERSON", "text": raw[s:e]}
                                                for s, e in words]}
    (folder / "x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    with Store(folder / "p.qdesk") as store:
        import_paths(store, [folder / "x.jsonl"])
        text = store.article("x").text
        assert "\r" not in text and not text.startswith("\ufeff")
        assert [text[s.start:s.end] for s in store.spans("x")] == [raw[s:e] for s, e in words]
