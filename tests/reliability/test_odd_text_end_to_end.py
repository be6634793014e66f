"""Odd text end to end: import -> pretag (real model) -> GUI offsets -> export, offsets stay right."""

from __future__ import annotations

import json

import pytest

from quotedesk.core.exporters import export
from quotedesk.core.importers import import_paths
from quotedesk.core.pretag.runner import chunks, pretag_project
from quotedesk.core.store import Store
from quotedesk.ui.offsets import OffsetMap

from conftest import record

ODD = (
    "\ufeffPutin \U0001F1F7\U0001F1FA meets Kim Jong Un \U0001F600 in Pyongyang\r\n\r\n"
    "\u201cWe value this friendship \U0001F91D,\u201d Putin said on Tuesday.\r\n"
    "Cafe\u0301 owners in Seoul cheered; \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 "
    "said the banners.\x00 Lee Tae-lim told reporters that the summit mattered a great deal.\r\n"
)


@pytest.mark.slow
def test_offsets_survive_every_step_with_odd_text(tmp_path):
    source = tmp_path / "odd.txt"
    source.write_bytes(ODD.encode("utf-8"))
    with Store(tmp_path / "odd.qdesk") as store:
        import_paths(store, [source])
        pretag_project(store)
        export(store, "jsonl", tmp_path / "out.jsonl")
        [article] = list(store.iter_articles())
    [record_] = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    text = record_["text"]
    expected = ODD.lstrip("\ufeff").replace("\r\n", "\n")
    assert text == article.text == expected
    assert record_["spans"] and record_["quotes"]
    mapping = OffsetMap(text)
    utf16 = text.encode("utf-16-le")
    for item in record_["spans"] + record_["quotes"]:
        assert text[item["start"]:item["end"]] == item["text"]
        # What Qt would show between the converted positions is the same text.
        qt_start, qt_end = mapping.to_qt(item["start"]), mapping.to_qt(item["end"])
        assert utf16[qt_start * 2:qt_end * 2].decode("utf-16-le") == item["text"]
    names = {s["text"] for s in record_["spans"]}
    assert {"Putin", "Pyongyang"} <= names
    [quote] = [q for q in record_["quotes"] if q["kind"] == "direct"]
    assert quote["speaker"]["text"] == "Putin"


def test_long_articles_are_cut_at_paragraphs_and_rejoined_exactly():
    text = "".join(f"Paragraph {i} says something about Seoul.\n\n" for i in range(30_000))
    pieces = chunks(text)
    assert len(pieces) > 5
    assert "".join(piece for _offset, piece in pieces) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)
    assert all(piece.endswith("\n") for _offset, piece in pieces[:-1])


@pytest.mark.slow
def test_a_50_mb_file_imports_and_exports_with_offsets_intact(tmp_path):
    paragraph = "Vladimir Putin \U0001F600 met Kim Jong Un in Pyongyang on Tuesday.\r\n"
    size = 50 * 1024 * 1024
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8", newline="") as handle:
        written = 0
        encoded = len(paragraph.encode("utf-8"))
        while written < size:
            handle.write(paragraph)
            written += encoded
    with Store(tmp_path / "big.qdesk") as store:
        import_paths(store, [big])
        [article] = list(store.iter_articles())
        assert len(article.text.encode("utf-8")) >= size - written // 10
        last = article.text.rindex("Pyongyang")
        from quotedesk.core import edits

        store.apply(edits.add_span(store, article.id, last, last + 9, "GPE"))
        export(store, "jsonl", tmp_path / "big.jsonl")
    with open(tmp_path / "big.jsonl", encoding="utf-8") as handle:
        exported = json.loads(handle.readline())
    [span] = exported["spans"]
    assert exported["text"][span["start"]:span["end"]] == "Pyongyang" == span["text"]
    record("largest file imported and exported (MB)", written // (1024 * 1024))


@pytest.mark.slow
def test_an_article_pretagged_in_pieces_keeps_every_offset(tmp_path, monkeypatch):
    from quotedesk.core.pretag import runner

    monkeypatch.setattr(runner, "CHUNK_CHARS", 700)
    text = "".join(f"Report {i} \U0001F600 from Seoul.\n\u201cWe are ready for talk number {i},\u201d Putin said.\n\n"
                   for i in range(40))
    source = tmp_path / "long.txt"
    source.write_text(text, encoding="utf-8")
    with Store(tmp_path / "long.qdesk") as store:
        import_paths(store, [source])
        runner.pretag_project(store)
        [article] = list(store.iter_articles())
        quotes = store.quotes(article.id)
        spans = store.spans(article.id)
    assert len(chunks(article.text, 700)) >= 4  # really pretagged in pieces
    assert len([q for q in quotes if q.kind == "direct"]) == 40
    assert {article.text[q.speaker_start:q.speaker_end] for q in quotes} == {"Putin"}
    assert {article.text[s.start:s.end] for s in spans if s.label == "GPE"} == {"Seoul"}
