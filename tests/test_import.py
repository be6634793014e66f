"""Importers: every format, type detection, titles, and offsets moved onto normalised text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotedesk.core.importers import IMPORTERS, import_paths
from quotedesk.core.importers.common import headline_of

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def covered(store, article_id: str) -> dict[str, str]:
    """label -> covered text of every span of an article (one span per label in these tests)."""
    text = store.article(article_id).text
    return {s.label: text[s.start:s.end] for s in store.spans(article_id)}


def test_registry_names_every_format_with_a_description():
    assert set(IMPORTERS) == {"text", "jsonl", "csv", "brat"}
    for name, importer in IMPORTERS.items():
        assert importer.name == name and len(importer.description) > 20 and importer.suffixes


def test_the_fixture_folder_imports_every_format_and_skips_hidden_files(store):
    result = import_paths(store, [INPUTS])
    assert (result.added, result.skipped) == (6, 0)
    assert sorted(store.article_ids()) == sorted(
        ["headline", "no_title", "brat_crlf", "peskov-17", "csv-1", "csv-2"])
    assert not any("hidden draft" in a.text for a in store.iter_articles())
    assert store.article("headline").title == "Putin heads to Pyongyang amid deepening military ties"
    assert store.article("no_title").title is None
    assert store.article("no_title").meta == {"source": "no_title.txt"}


def test_reimporting_the_same_texts_is_skipped_and_counted(store, tmp_path):
    import_paths(store, [INPUTS])
    again = import_paths(store, [INPUTS])
    assert (again.added, again.skipped) == (0, 6)
    assert store.article_count() == 6


def test_a_path_given_twice_is_read_once(store):
    result = import_paths(store, [INPUTS / "headline.txt", INPUTS, INPUTS / "brat_crlf.ann"])
    assert (result.added, result.skipped) == (6, 0)


def test_same_file_name_in_two_folders_gets_a_fresh_id(store, tmp_path):
    for folder, body in (("x", "First article body."), ("y", "Second article body.")):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder / "story.txt", body)
    result = import_paths(store, [tmp_path / "x", tmp_path / "y"])
    assert result.added == 2 and result.renamed == [("story", "story-2")]
    assert store.article("story-2").text == "Second article body."


# -- plain text --------------------------------------------------------------------------


def test_text_bom_and_crlf_are_normalised_once(store, tmp_path):
    write(tmp_path / "w.txt", b"\xef\xbb\xbfHeadline here\r\n\r\nBody text.\rOld Mac line.\r\n")
    import_paths(store, [tmp_path / "w.txt"])
    article = store.article("w")
    assert article.text == "Headline here\n\nBody text.\nOld Mac line.\n"
    assert article.title == "Headline here"


@pytest.mark.parametrize("text,title", [
    ("Putin heads to Pyongyang\n\nThe visit starts on Tuesday.", "Putin heads to Pyongyang"),
    ("Is the war over?\n\nOfficials disagree.", "Is the war over?"),
    # Title case or capitals make a headline even without a blank line after it.
    ("Putin\u2019s Visit Marks a New Era in Relations\nIn a significant move, ...", "Putin\u2019s Visit Marks a New Era in Relations"),
    ("SUMMIT ENDS IN PYONGYANG\nThe leaders parted on Wednesday.", "SUMMIT ENDS IN PYONGYANG"),
    # Leading blank lines do not hide the headline.
    ("\n\nPutin heads to Pyongyang\n\nBody.", "Putin heads to Pyongyang"),
    # Prose, not headlines:
    ("The visit starts on Tuesday.\n\nIt ends on Wednesday.", None),
    ("He said the talks went well,\n\nand left.", None),
    ("\u201cWe agree.\u201d\n\nPutin said so.", None),
    ("the lower-case start of a paragraph\n\nmore text", None),
    ("A sentence that has no full stop but runs straight into the next line\nwithout a gap.", None),
    ("Only one line, and nothing after it", None),
    (" ".join(["Word"] * 25) + "\n\nBody.", None),
])
def test_headline_rule(text, title):
    assert headline_of(text) == title


# -- JSONL -----------------------------------------------------------------------------------


def test_native_jsonl_with_annotations_statuses_and_entities(store, tmp_path):
    text = "Title\n\n\u201cWe agree,\u201d Putin said. The Kremlin confirmed."
    putin, kremlin = text.index("Putin"), text.index("The Kremlin")
    record = {
        "id": "n1", "title": "Title", "text": text, "meta": {"outlet": "Test"}, "status": "in_progress",
        "pretagged_with": "en_core_web_sm",
        "spans": [
            {"id": "s1", "start": putin, "end": putin + 5, "text": "Putin", "label": "PERSON", "origin": "model",
             "status": "accepted", "entity": "Vladimir Putin", "confidence": 0.75},
            {"id": "s2", "start": kremlin, "end": kremlin + 11, "label": "ORG", "origin": "model",
             "status": "rejected", "entity": "Kremlin", "entity_label": "ORG"},
        ],
        "quotes": [{"id": "q1", "start": 7, "end": 18, "kind": "partial", "origin": "model",
                    "status": "suggested", "confidence": 0.9, "cue": {"start": putin + 6, "end": putin + 10},
                    "speaker": {"start": putin, "end": putin + 5, "text": "Putin"},
                    "speaker_entity": "Vladimir Putin"}],
    }
    write(tmp_path / "n.jsonl", json.dumps(record) + "\n")
    import_paths(store, [tmp_path / "n.jsonl"])
    article = store.article("n1")
    assert (article.title, article.status, article.meta) == ("Title", "in_progress", {"outlet": "Test"})
    assert article.pretagged_with == "en_core_web_sm"
    s1, s2 = store.spans("n1")
    assert (s1.id, s1.origin, s1.status, s1.confidence) == ("s1", "model", "accepted", 0.75)
    assert (s2.status, store.entity(s2.entity_id).name, store.entity(s2.entity_id).label) == (
        "rejected", "Kremlin", "ORG")
    [quote] = store.quotes("n1")
    assert (quote.kind, quote.status, quote.confidence) == ("partial", "suggested", 0.9)
    assert article.text[quote.start:quote.end] == "\u201cWe agree,\u201d"
    assert article.text[quote.cue_start:quote.cue_end] == "said"
    assert store.entity(quote.speaker_entity_id).name == "Vladimir Putin" == store.entity(s1.entity_id).name


def test_jsonl_offsets_are_moved_past_removed_bom_and_carriage_returns(store, tmp_path):
    # Offsets in the file count the text as written: with its BOM and CRLFs.
    text = "\ufeffSummit\r\n\r\n\u201cWe agree,\u201d Putin said.\r\nKim nodded."
    putin, kim = text.index("Putin"), text.index("Kim")
    quote = (text.index("\u201c"), text.index("\u201d") + 1)
    record = {"id": "crlf", "text": text,
              "spans": [{"start": putin, "end": putin + 5, "label": "PERSON", "text": "Putin"},
                        {"start": kim, "end": kim + 3, "label": "PERSON"}],
              "quotes": [{"start": quote[0], "end": quote[1], "kind": "direct",
                          "speaker": {"start": putin, "end": putin + 5}}]}
    write(tmp_path / "c.jsonl", json.dumps(record) + "\n")
    import_paths(store, [tmp_path / "c.jsonl"])
    article = store.article("crlf")
    assert article.text == "Summit\n\n\u201cWe agree,\u201d Putin said.\nKim nodded."
    assert [article.text[s.start:s.end] for s in store.spans("crlf")] == ["Putin", "Kim"]
    [q] = store.quotes("crlf")
    assert article.text[q.start:q.end] == "\u201cWe agree,\u201d"
    assert article.text[q.speaker_start:q.speaker_end] == "Putin"


def test_jsonl_text_with_line_separator_characters_stays_one_record(store, tmp_path):
    # U+2028 and NEL are legal unescaped inside a JSON string; they must not split the line.
    text = "First part\u2028second part\x85third part."
    write(tmp_path / "u.jsonl", json.dumps({"id": "u", "text": text}, ensure_ascii=False) + "\n")
    import_paths(store, [tmp_path / "u.jsonl"])
    assert store.article("u").text == text


def test_prodigy_jsonl_spans_relations_and_skipped_answers(store):
    result = import_paths(store, [INPUTS / "prodigy.jsonl"])
    assert result.added == 1  # the "ignore" answer is not an article
    article = store.article("peskov-17")
    assert article.meta == {"source": "wire-17", "id": "peskov-17"}
    assert covered(store, "peskov-17") == {"PERSON": "Dmitry Peskov", "ORG": "RIA Novosti"}
    [quote] = store.quotes("peskov-17")
    assert (quote.kind, quote.origin, quote.status) == ("direct", "analyst", "accepted")
    assert article.text[quote.start:quote.end] == "\u201cNo comment,\u201d"
    assert article.text[quote.speaker_start:quote.speaker_end] == "Dmitry Peskov"


def test_plain_jsonl_records_get_ids_from_file_and_line(store, tmp_path):
    write(tmp_path / "feed.jsonl", '{"text": "One."}\n\n{"text": "Two.", "title": "T"}\n')
    import_paths(store, [tmp_path / "feed.jsonl"])
    assert store.article_ids() == ["feed-1", "feed-3"]
    assert store.article("feed-3").title == "T"
    assert store.article("feed-1").meta == {"source": "feed.jsonl"}


# -- CSV --------------------------------------------------------------------------------------


def test_csv_text_column_title_id_and_meta(store):
    import_paths(store, [INPUTS / "articles.csv"])
    first, second = store.article("csv-1"), store.article("csv-2")
    assert (first.title, first.text) == ("Seoul reacts", "South Korea protested.\nIt summoned the envoy.")
    assert first.meta == {"outlet": "Yonhap", "source": "articles.csv"}
    assert (second.title, second.meta["outlet"]) == (None, "Reuters")


def test_csv_semicolons_tabs_and_a_source_column(store, tmp_path):
    write(tmp_path / "semi.csv", "Content;source\nA text with, commas inside.;Wire\n")
    write(tmp_path / "tabbed.tsv", "article\tdesk\nTabbed text.\tPolitics\n")
    import_paths(store, [tmp_path / "semi.csv", tmp_path / "tabbed.tsv"])
    semi = store.article("semi-1")
    assert semi.text == "A text with, commas inside."
    assert semi.meta == {"source": "semi.csv", "source_column": "Wire"}
    assert store.article("tabbed-1").meta == {"desk": "Politics", "source": "tabbed.tsv"}


# -- brat ---------------------------------------------------------------------------------------


def test_brat_with_bom_and_crlf_lands_on_the_normalised_text(store):
    import_paths(store, [INPUTS / "brat_crlf.txt"])
    article = store.article("brat_crlf")
    assert article.text == "Summit in Pyongyang\n\n\u201cWe are ready,\u201d Lee Tae-lim said.\nThe Kremlin agreed.\n"
    assert article.title == "Summit in Pyongyang"
    assert article.meta == {"source": "brat_crlf.txt", "annotations": "brat_crlf.ann"}
    assert covered(store, "brat_crlf") == {"GPE": "Pyongyang", "PERSON": "Lee Tae-lim", "ORG": "The Kremlin"}
    assert {(s.origin, s.status) for s in store.spans("brat_crlf")} == {("analyst", "accepted")}
    [quote] = store.quotes("brat_crlf")
    text = article.text
    assert (quote.kind, text[quote.start:quote.end]) == ("direct", "\u201cWe are ready,\u201d")
    assert text[quote.speaker_start:quote.speaker_end] == "Lee Tae-lim"
    assert text[quote.cue_start:quote.cue_end] == "said"


def test_brat_pair_found_from_the_ann_file_and_an_empty_ann_is_fine(store, tmp_path):
    write(tmp_path / "e.txt", "Nothing annotated here.")
    write(tmp_path / "e.ann", "")
    result = import_paths(store, [tmp_path / "e.ann"])
    assert result.added == 1 and store.spans("e") == [] and store.quotes("e") == []
