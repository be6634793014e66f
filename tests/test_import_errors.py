"""Bad input: one sentence naming the file (and line), and the project left exactly as it was."""

from __future__ import annotations

import json

import pytest
from support import all_rows

from quotedesk.core.errors import Cancelled, InputError
from quotedesk.core.importers import import_paths
from quotedesk.core.progress import CancelToken


def jsonl(*records) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()


SPAN_OUTSIDE = {"text": "Short.", "spans": [{"start": 2, "end": 40, "label": "PERSON"}]}
BAD_FILES = [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "is a binary file"),
    ("nul.txt", b"text\x00with\x00nul\x00bytes", "is a binary file"),
    ("latin1.txt", "Caf\u00e9 au lait".encode("latin-1"), "line 1: is not UTF-8 text"),
    ("latin1_line3.csv", "text\nfine\nCaf\u00e9\n".encode("latin-1"), "line 3: is not UTF-8 text"),
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\r\n", "is empty"),
    ("bom_only.txt", b"\xef\xbb\xbf", "holds only white space"),
    ("broken.jsonl", jsonl({"text": "fine"}) + b'{"text": oops}\n', "line 2: is not valid JSON"),
    ("array.jsonl", b'["text"]\n', "line 1: must be a JSON object"),
    ("notext.jsonl", b'{"title": "x"}\n', 'line 1: needs a non-empty "text"'),
    ("onlyskipped.jsonl", jsonl({"text": "x", "answer": "reject"}), "holds no articles"),
    ("repeated.jsonl", jsonl({"id": "a", "text": "One."}, {"id": "a", "text": "Two."}),
     "line 2: repeats the article id 'a'"),
    ("outside.jsonl", jsonl(SPAN_OUTSIDE), "line 1: the span 2-40 lies outside the text (length 6)"),
    ("negative.jsonl", jsonl({"text": "Lee spoke.", "spans": [{"start": -1, "end": 3, "label": "PERSON"}]}),
     "lies outside the text"),
    ("floats.jsonl", jsonl({"text": "Lee spoke.", "spans": [{"start": 0.0, "end": 3, "label": "PERSON"}]}),
     "offsets must be whole numbers"),
    ("mismatch.jsonl", jsonl({"text": "Lee spoke.", "spans": [{"start": 0, "end": 3, "label": "PERSON",
                                                                "text": "Kim"}]}),
     "the span at 0-3 says 'Kim' but the text there is 'Lee'"),
    ("quote_mismatch.jsonl", jsonl({"text": "\u201cYes,\u201d Lee said.", "quotes": [
        {"start": 0, "end": 6, "kind": "direct", "speaker": {"start": 7, "end": 10, "text": "Kim"}}]}),
     "the quote speaker at 7-10 says 'Kim'"),
    ("nolabel.jsonl", jsonl({"text": "Lee spoke.", "spans": [{"start": 0, "end": 3}]}), "has no label"),
    ("badkind.jsonl", jsonl({"text": "Lee spoke.", "quotes": [{"start": 0, "end": 3, "kind": "shouted"}]}),
     "kind must be one of direct, partial, indirect"),
    ("badstatus.jsonl", jsonl({"text": "Lee.", "status": "finished"}), "status must be one of new"),
    ("badconf.jsonl", jsonl({"text": "Lee spoke.", "spans": [{"start": 0, "end": 3, "label": "PERSON",
                                                               "origin": "model", "confidence": "high"}]}),
     "confidence must be a number"),
    ("badmeta.jsonl", jsonl({"text": "Lee spoke.", "meta": "wire"}), "meta must be a JSON object"),
    ("linebreak.jsonl", jsonl({"text": "Lee\r\nKim", "spans": [{"start": 3, "end": 4, "label": "PERSON"}]}),
     "the span at 3-4 covers only white space"),
    ("spaces.jsonl", jsonl({"text": "Lee  Kim", "spans": [{"start": 3, "end": 5, "label": "PERSON"}]}),
     "the span at 3-5 covers only white space"),
    ("surrogate.jsonl", b'{"text": "bad \\ud800 escape"}\n', "lone surrogate"),
    ("nocol.csv", b"a,b\n1,2\n", "line 1: has no text column; name one of the columns text, body"),
    ("emptycell.csv", b"text,id\n,1\n", "line 2: has an empty 'text' cell"),
    ("extracell.csv", b"text,id\nA text.,1,surplus\n", "line 2: has more cells than the header"),
    ("header_only.csv", b"text,id\n", "has a header but no rows"),
    ("dupcol.csv", b"text,x,x\nA text.,1,2\n", "repeats the column 'x'"),
    ("photo.jpg", b"\xff\xd8\xff\xe0", "cannot import (.jpg)"),
]


@pytest.fixture
def filled(sample, store):
    """A project that already holds work, so 'untouched' is a real check."""
    return store


@pytest.mark.parametrize("name,content,message", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_bad_file_names_itself_and_leaves_the_project_untouched(filled, tmp_path, name, content, message):
    before = all_rows(filled)
    good = tmp_path / "good.txt"
    good.write_text("A perfectly fine article that would import on its own.", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(InputError) as caught:
        import_paths(filled, [good, bad])
    message_text = str(caught.value)
    assert message_text.startswith(f"{bad}")
    assert message in message_text
    assert "\n" not in message_text and message_text.endswith(".")
    assert all_rows(filled) == before


BAD_BRAT = [
    ("T1\tPERSON 3 99\tx\n", r"line 1: the span 3-99 lies outside"),
    ("T1\tPERSON 0 5\tShort\nT1\tORG 0 5\tShort\n", "line 2: defines T1 a second time"),
    ("T1\tPERSON 0 2;3 5\tSh rt\n", "line 1: has a discontinuous span"),
    ("T1\tPERSON zero five\tShort\n", "line 1: has offsets 'zero five'"),
    ("T1\tPERSON 0 5\tSharp\n", "line 1: says 'Sharp' but the text at 0-5 is 'Short'"),
    ("T1 PERSON 0 5 Short\n", "line 1: is not a brat T line"),
    ("X1\tsomething\n", "line 1: is not a brat annotation line"),
    ("T1\tPERSON 0 5\tShort\nR1\tSpeaker Arg1:T1 Arg2:T9\n", "line 2: links T1 and T9, which are not both defined"),
    ("T1\tPERSON 0 5\tShort\nT2\tORG 6 10\ttext\nR1\tSpeaker Arg1:T1 Arg2:T2\n", "line 3: links no quote"),
    ("R1\tSpeaker T1 T2\n", "line 1: is not a brat R line"),
    ("T1\tPERSON 5 6\t \n", "line 1: T1 covers only white space"),
]


@pytest.mark.parametrize("ann,message", BAD_BRAT, ids=[m.split(":")[-1][:30] for _, m in BAD_BRAT])
def test_bad_brat_annotations_are_refused_with_the_ann_line(filled, tmp_path, ann, message):
    before = all_rows(filled)
    (tmp_path / "b.txt").write_text("Short text.", encoding="utf-8")
    (tmp_path / "b.ann").write_text(ann, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_paths(filled, [tmp_path])
    assert str(caught.value).startswith(str(tmp_path / "b.ann"))
    assert message in str(caught.value)
    assert all_rows(filled) == before


def test_an_ann_file_without_its_text_is_refused(filled, tmp_path):
    (tmp_path / "fine.txt").write_text("Fine.", encoding="utf-8")
    (tmp_path / "orphan.ann").write_text("T1\tPERSON 0 4\tFine\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"orphan\.ann: has no orphan\.txt beside it"):
        import_paths(filled, [tmp_path])


def test_non_utf8_ann_file_is_refused(filled, tmp_path):
    (tmp_path / "b.txt").write_text("Caf\u00e9 text.", encoding="utf-8")
    (tmp_path / "b.ann").write_bytes("T1\tMISC 0 4\tCaf\u00e9\n".encode("latin-1"))
    with pytest.raises(InputError, match=r"b\.ann, line 1: is not UTF-8 text"):
        import_paths(filled, [tmp_path / "b.txt"])


def test_missing_path_and_folder_without_articles(filled, tmp_path):
    with pytest.raises(InputError, match=r"nowhere: does not exist\."):
        import_paths(filled, [tmp_path / "nowhere"])
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "readme.md").write_text("not an article", encoding="utf-8")
    with pytest.raises(InputError, match=r"docs: holds no files QuoteDesk can import"):
        import_paths(filled, [tmp_path / "docs"])


def test_a_bad_file_deep_in_a_folder_stops_the_whole_import(filled, tmp_path):
    before = all_rows(filled)
    (tmp_path / "in" / "deep").mkdir(parents=True)
    for i in range(3):
        (tmp_path / "in" / f"ok{i}.txt").write_text(f"Article number {i}.", encoding="utf-8")
    (tmp_path / "in" / "deep" / "z.jsonl").write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"z\.jsonl, line 2"):
        import_paths(filled, [tmp_path / "in"])
    assert all_rows(filled) == before


def test_cancel_before_writing_imports_nothing(filled, tmp_path):
    before = all_rows(filled)
    for i in range(3):
        (tmp_path / f"ok{i}.txt").write_text(f"Article number {i}.", encoding="utf-8")
    token = CancelToken()

    def cancel_after_first(done, total, message):
        token.cancel()

    with pytest.raises(Cancelled):
        import_paths(filled, [tmp_path], progress=cancel_after_first, cancel=token)
    assert all_rows(filled) == before
