"""Importers: every format, and every bad input refused with nothing imported."""

from __future__ import annotations

import json

import pytest

from quotedesk.core.errors import InputError
from quotedesk.core.importers import import_paths


def write(path, content, mode="w"):
    if mode == "wb":
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def test_text_files_and_folders(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder / "a.txt", "Putin heads to Pyongyang\n\nThe visit starts on Tuesday.\n")
    write(folder / "b.txt", "The visit starts on Tuesday. It ends on Wednesday.\n")
    write(folder / "notes.md", "ignored: not an article format")
    result = import_paths(store, [folder])
    assert (result.added, result.skipped) == (2, 0)
    a, b = store.article("a"), store.article("b")
    assert a.title == "Putin heads to Pyongyang" and a.meta == {"source": "a.txt"}
    assert b.title is None  # a sentence, not a headline


def test_crlf_and_bom_are_normalised_once(store, tmp_path):
    write(tmp_path / "w.txt", b"\xef\xbb\xbfHeadline\r\n\r\nBody text.\r\n", mode="wb")
    import_paths(store, [tmp_path / "w.txt"])
    assert store.article("w").text == "Headline\n\nBody text.\n"


def test_reimport_of_the_same_text_is_skipped_and_counted(store, tmp_path):
    write(tmp_path / "a.txt", "Some article text.")
    import_paths(store, [tmp_path / "a.txt"])
    again = import_paths(store, [tmp_path / "a.txt"])
    assert (again.added, again.skipped) == (0, 1)


def test_native_jsonl_with_annotations_and_crlf_offsets(store, tmp_path):
    text = "Title\r\n\r\n\u201cWe agree,\u201d Putin said."
    quote_start, quote_end = text.index("\u201c"), text.index("\u201d") + 1
    putin = text.index("Putin")
    record = {
        "id": "n1", "title": "Title", "text": text, "meta": {"outlet": "Test"}, "status": "in_progress",
        "spans": [{"id": "s1", "start": putin, "end": putin + 5, "text": "Putin", "label": "PERSON",
                   "origin": "model", "status": "accepted", "entity": "Vladimir Putin"}],
        "quotes": [{"id": "q1", "start": quote_start, "end": quote_end, "kind": "direct", "origin": "model",
                    "status": "suggested", "confidence": 0.9, "cue": {"start": putin + 6, "end": putin + 10},
                    "speaker": {"start": putin, "end": putin + 5, "text": "Putin"},
                    "speaker_entity": "Vladimir Putin"}],
    }
    write(tmp_path / "n.jsonl", json.dumps(record) + "\n")
    import_paths(store, [tmp_path / "n.jsonl"])
    article = store.article("n1")
    assert article.text == "Title\n\n\u201cWe agree,\u201d Putin said."
    assert article.status == "in_progress" and article.meta == {"outlet": "Test"}
    [span] = store.spans("n1")
    [quote] = store.quotes("n1")
    assert article.text[span.start:span.end] == "Putin"
    assert article.text[quote.start:quote.end] == "\u201cWe agree,\u201d"
    assert article.text[quote.cue_start:quote.cue_end] == "said"
    assert store.entity(quote.speaker_entity_id).name == "Vladimir Putin" == store.entity(span.entity_id).name


def test_prodigy_jsonl_spans_and_relations(store, tmp_path):
    text = "\u201cNo comment,\u201d Peskov said."
    record = {"text": text, "answer": "accept",
              "spans": [{"start": 0, "end": 13, "label": "DIRECT"}, {"start": 14, "end": 20, "label": "PERSON"}],
              "relations": [{"head_span": {"start": 14, "end": 20}, "child_span": {"start": 0, "end": 13},
                             "label": "SPEAKER_OF"}]}
    rejected = {"text": "Thrown away.", "answer": "reject"}
    write(tmp_path / "p.jsonl", json.dumps(record) + "\n" + json.dumps(rejected) + "\n")
    result = import_paths(store, [tmp_path / "p.jsonl"])
    assert result.added == 1
    [quote] = store.quotes("p-1")
    assert (quote.kind, quote.speaker_start, quote.speaker_end) == ("direct", 14, 20)
    assert [s.label for s in store.spans("p-1")] == ["PERSON"]


def test_csv_text_column_and_meta(store, tmp_path):
    write(tmp_path / "c.csv", 'id,headline,body,outlet\nx1,A title,"First line\nsecond line",Reuters\n')
    import_paths(store, [tmp_path / "c.csv"])
    article = store.article("x1")
    assert (article.title, article.text) == ("A title", "First line\nsecond line")
    assert article.meta == {"outlet": "Reuters", "source": "c.csv"}


def test_brat_entities_quotes_and_speaker_relation(store, tmp_path):
    text = "\u201cWe are ready,\u201d Lee said.\n"
    write(tmp_path / "b.txt", text)
    assert text[16:19] == "Lee" and text[0:15] == "\u201cWe are ready,\u201d"
    write(tmp_path / "b.ann", "T1\tPERSON 16 19\tLee\nT2\tDirect_quote 0 15\t\u201cWe are ready,\u201d\n"
                              "T3\tSpeaker 16 19\tLee\nR1\tSpeaker Arg1:T3 Arg2:T2\n#1\tAnnotatorNotes T1\tnote\n")
    import_paths(store, [tmp_path])
    [span] = store.spans("b")
    [quote] = store.quotes("b")
    assert (span.label, span.start, span.end) == ("PERSON", 16, 19)
    assert (quote.kind, quote.start, quote.end, quote.speaker_start) == ("direct", 0, 15, 16)


BAD_INPUTS = [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
    ("latin1.txt", "Caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
    ("empty.txt", b"  \n", "is empty"),
    ("broken.jsonl", b'{"text": "fine"}\n{"text": oops}\n', "line 2: is not valid JSON"),
    ("notext.jsonl", b'{"title": "x"}\n', "line 1: needs a non-empty \"text\""),
    ("outside.jsonl", b'{"text": "Short.", "spans": [{"start": 2, "end": 40, "label": "PERSON"}]}\n',
     "lies outside the text"),
    ("mismatch.jsonl", b'{"text": "Lee spoke.", "spans": [{"start": 0, "end": 3, "label": "PERSON", "text": "Kim"}]}\n',
     "says 'Kim'"),
    ("nocol.csv", b"a,b\n1,2\n", "has no text column"),
    ("emptycell.csv", b"text,id\n,1\n", "line 2: has an empty"),
    ("photo.jpg", b"\xff\xd8\xff\xe0", "cannot import (.jpg)"),
]


@pytest.mark.parametrize("name,content,message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_names_the_file_and_imports_nothing(store, tmp_path, name, content, message):
    good = write(tmp_path / "good.txt", "A perfectly fine article.")
    bad = write(tmp_path / name, content, mode="wb")
    with pytest.raises(InputError) as caught:
        import_paths(store, [good, bad])
    assert str(bad) in str(caught.value)
    assert message in str(caught.value)
    assert store.article_count() == 0


def test_brat_with_bad_offsets_is_refused(store, tmp_path):
    write(tmp_path / "b.txt", "Short text.")
    write(tmp_path / "b.ann", "T1\tPERSON 3 99\tx\n")
    with pytest.raises(InputError, match=r"b\.ann, line 1: the span 3-99 lies outside"):
        import_paths(store, [tmp_path / "b.txt"])
    assert store.article_count() == 0


def test_missing_path_is_an_input_error(store, tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        import_paths(store, [tmp_path / "nowhere"])
