"""Exporters: the content of every format on a small reviewed project, and what each carries."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest
from fixtures.projects import A1, A2, A3, at, build

from quotedesk.core import edits
from quotedesk.core.errors import QuoteDeskError
from quotedesk.core.exporters import FORMATS, export
from quotedesk.core.model import Article, Span


@pytest.fixture
def project(store):
    return build(store)


def lines_of(path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def records(path) -> list[dict]:
    return [json.loads(line) for line in lines_of(path)]


def test_every_format_is_listed_with_a_description():
    assert set(FORMATS) == {"jsonl", "spacy", "prodigy", "conll", "brat", "csv"}
    assert all(len(description) > 20 for description in FORMATS.values())


def test_importing_the_importers_and_exporters_loads_no_spacy():
    code = ("import sys, quotedesk.core.importers, quotedesk.core.exporters;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_format_and_bad_dev_fraction_are_refused(project, tmp_path):
    with pytest.raises(QuoteDeskError, match="Unknown export format 'xml'"):
        export(project, "xml", tmp_path / "x")
    with pytest.raises(QuoteDeskError, match="dev fraction"):
        export(project, "spacy", tmp_path / "sp", dev_fraction=1.0)


# -- native JSONL ------------------------------------------------------------------------------


def test_native_jsonl_carries_everything_with_status(project, tmp_path):
    result = export(project, "jsonl", tmp_path / "out.jsonl")
    assert result.paths == [tmp_path / "out.jsonl"]
    assert result.counts == {"articles": 3, "spans": 9, "quotes": 3}
    by_id = {r["id"]: r for r in records(tmp_path / "out.jsonl")}
    assert list(by_id) == ["a1", "a2", "a3"]
    a1 = by_id["a1"]
    assert (a1["title"], a1["status"], a1["meta"], a1["pretagged_with"]) == (
        "Putin in Pyongyang", "in_progress", {"source": "a1.txt"}, "test")
    spans = {(s["text"], s["label"]): (s["origin"], s["status"]) for s in a1["spans"]}
    assert spans == {
        ("Vladimir Putin", "PERSON"): ("model", "accepted"),
        ("Pyongyang", "GPE"): ("model", "rejected"),
        ("Tuesday", "GPE"): ("model", "rejected"),
        ("Tuesday", "MISC"): ("analyst", "accepted"),
        ("Putin", "PERSON"): ("model", "accepted"),
        ("Kim Jong Un", "PERSON"): ("model", "suggested"),
    }
    vp = next(s for s in a1["spans"] if s["id"] == "s-a1-vp")
    assert (vp["entity"], vp["entity_label"], vp["confidence"]) == ("Vladimir Putin", "PERSON", 0.99)
    direct, indirect = a1["quotes"]
    assert (direct["kind"], direct["status"], direct["confidence"]) == ("direct", "accepted", 0.9)
    assert direct["speaker"] == {"start": at(A1, "Putin", 1)[0], "end": at(A1, "Putin", 1)[1], "text": "Putin"}
    assert direct["cue"]["text"] == "said" and direct["speaker_entity"] == "Vladimir Putin"
    assert (indirect["kind"], indirect["status"], indirect["cue"]) == ("indirect", "suggested", None)
    assert by_id["a2"]["quotes"][0]["speaker_entity_label"] == "ORG"
    for record in by_id.values():
        for item in record["spans"] + record["quotes"]:
            assert record["text"][item["start"]:item["end"]] == item["text"]


def test_native_jsonl_lines_have_sorted_keys(project, tmp_path):
    export(project, "jsonl", tmp_path / "out.jsonl")
    for line in lines_of(tmp_path / "out.jsonl"):
        record = json.loads(line)
        assert line == json.dumps(record, ensure_ascii=False, sort_keys=True)


# -- what training formats carry ------------------------------------------------------------------


def conll_entities(path) -> set[tuple[str, str]]:
    """(token, tag) pairs tagged as entities."""
    return {(parts[0], parts[3]) for parts in (line.split(" ") for line in lines_of(path))
            if len(parts) == 4 and parts[3] not in ("O",) and parts[0] != "-DOCSTART-"}


def test_training_formats_carry_accepted_annotations_of_reviewed_articles(project, tmp_path):
    result = export(project, "conll", tmp_path / "out.conll")
    assert list(result.counts.items()) == [("articles", 2), ("articles skipped (not reviewed)", 1)]
    assert conll_entities(tmp_path / "out.conll") == {
        ("Vladimir", "B-PERSON"), ("Putin", "I-PERSON"), ("Tuesday", "B-MISC"), ("Putin", "B-PERSON"),
        ("The", "B-ORG"), ("Kremlin", "I-ORG"), ("Seoul", "B-GPE")}


def test_include_all_adds_suggestions_and_unreviewed_articles_but_never_rejections(project, tmp_path):
    result = export(project, "conll", tmp_path / "all.conll", include_all=True)
    assert result.counts == {"articles": 3}
    tags = conll_entities(tmp_path / "all.conll")
    assert {("Kim", "B-PERSON"), ("Jong", "I-PERSON"), ("Un", "I-PERSON"), ("Lee", "B-PERSON")} <= tags
    assert not any(token == "Pyongyang" for token, _ in tags)
    assert ("Tuesday", "B-GPE") not in tags


def test_an_article_marked_done_with_nothing_accepted_is_a_training_example(project, tmp_path):
    project.apply(edits.set_article_status(project, "a3", "done"))
    export(project, "conll", tmp_path / "out.conll")
    text = (tmp_path / "out.conll").read_text(encoding="utf-8")
    assert text.count("-DOCSTART-") == 3
    assert "Lee -X- _ O" in text  # its suggestion was never accepted


# -- CoNLL -------------------------------------------------------------------------------------------


def test_conll_blocks_tokens_and_sentence_breaks(project, tmp_path):
    export(project, "conll", tmp_path / "out.conll")
    text = (tmp_path / "out.conll").read_text(encoding="utf-8")
    docs = text.split("-DOCSTART- -X- -X- O\n\n")
    assert docs[0] == "" and len(docs) == 3
    a2_rows = [("The", "B-ORG"), ("Kremlin", "I-ORG"), ("called", "O"), ("the", "O"), ("visit", "O"),
               ("\u201c", "O"), ("a", "O"), ("new", "O"), ("era", "O"), ("\u201d", "O"), ("in", "O"),
               ("relations", "O"), ("with", "O"), ("Seoul", "B-GPE"), (".", "O")]
    assert docs[2] == "".join(f"{tok} -X- _ {tag}\n" for tok, tag in a2_rows) + "\n"
    sentences = [s for s in docs[1].split("\n\n") if s.strip()]
    assert [s.splitlines()[0].split(" ")[0] for s in sentences] == ["Vladimir", "\u201c", "Kim"]
    assert sentences[0].splitlines()[-1] == ". -X- _ O"


# -- Prodigy ------------------------------------------------------------------------------------------


def test_prodigy_records_tokens_spans_and_relations(project, tmp_path):
    export(project, "prodigy", tmp_path / "out.jsonl")
    a1, a2 = records(tmp_path / "out.jsonl")
    assert a1["text"] == A1 and a1["answer"] == "accept"
    assert a1["meta"] == {"source": "a1.txt", "id": "a1", "title": "Putin in Pyongyang"}
    tokens = a1["tokens"]
    assert "".join(t["text"] + (" " if t["ws"] else "") for t in tokens) == A1
    assert [t["id"] for t in tokens] == list(range(len(tokens)))
    assert [(s["label"], s["text"]) for s in a1["spans"]] == [
        ("PERSON", "Vladimir Putin"), ("MISC", "Tuesday"), ("DIRECT", "\u201cWe value this friendship,\u201d"),
        ("PERSON", "Putin")]
    for span in a1["spans"]:
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
    [relation] = a1["relations"]
    assert relation["label"] == "SPEAKER_OF"
    head, child = relation["head_span"], relation["child_span"]
    assert A1[head["start"]:head["end"]] == "Putin" and child["label"] == "DIRECT"
    assert (relation["head"], relation["child"]) == (head["token_end"], child["token_end"])
    assert [s["label"] for s in a2["spans"]] == ["ORG", "PARTIAL", "GPE"]


def test_spans_off_token_edges_are_widened_and_counted(store, tmp_path):
    text = "Officials in Pyongyang said little."
    start, end = at(text, "Pyongyan")
    spans = [Span(article_id="", start=start, end=end, label="GPE", origin="analyst", status="accepted")]
    store.import_articles([(Article(id="w", text=text), spans, [], {})])
    result = export(store, "prodigy", tmp_path / "out.jsonl")
    assert result.counts["spans widened to token edges"] == 1
    [span] = records(tmp_path / "out.jsonl")[0]["spans"]
    assert (span["text"], span["start"], span["end"]) == ("Pyongyang", start, end + 1)


# -- brat --------------------------------------------------------------------------------------------------


def test_brat_text_and_annotation_lines(project, tmp_path):
    out = tmp_path / "brat"
    result = export(project, "brat", out)
    assert result.paths == [out]
    assert sorted(p.name for p in out.iterdir()) == [
        ".quotedesk-export", "a1.ann", "a1.txt", "a2.ann", "a2.txt", "annotation.conf"]
    assert (out / "a1.txt").read_text(encoding="utf-8") == A1
    vp, tue, putin, said = at(A1, "Vladimir Putin"), at(A1, "Tuesday"), at(A1, "Putin", 1), at(A1, "said")
    quote = at(A1, "\u201cWe value this friendship,\u201d")
    assert lines_of(out / "a1.ann") == [
        f"T1\tPERSON {vp[0]} {vp[1]}\tVladimir Putin",
        f"T2\tMISC {tue[0]} {tue[1]}\tTuesday",
        f"T3\tPERSON {putin[0]} {putin[1]}\tPutin",
        f"T4\tDirect_quote {quote[0]} {quote[1]}\t\u201cWe value this friendship,\u201d",
        f"T5\tSpeaker {putin[0]} {putin[1]}\tPutin",
        "R1\tSpeaker Arg1:T5 Arg2:T4",
        f"T6\tCue {said[0]} {said[1]}\tsaid",
        "R2\tCue Arg1:T6 Arg2:T4",
    ]
    conf = (out / "annotation.conf").read_text(encoding="utf-8")
    entities = conf.split("[entities]\n")[1].split("\n\n")[0].splitlines()
    assert set(entities) == {"PERSON", "MISC", "ORG", "GPE", "Direct_quote", "Partial_quote", "Indirect_quote",
                             "Speaker", "Cue"}
    assert "Speaker\tArg1:Speaker, Arg2:Direct_quote|Partial_quote|Indirect_quote" in conf


def test_brat_file_names_never_leave_the_folder(store, tmp_path):
    hostile = ["../../escape", "/etc/passwd", "..", "a/b\\c", "CON", "same", "SAME", ".hidden"]
    store.import_articles([(Article(id=name, text=f"Article called {i}.", status="done"), [], [], {})
                           for i, name in enumerate(hostile)])
    out = tmp_path / "deep" / "brat"
    out.parent.mkdir()
    result = export(store, "brat", out)
    names = sorted(p.name for p in out.iterdir() if p.suffix == ".txt")
    assert names == sorted(["escape.txt", "etc_passwd.txt", "article.txt", "a_b_c.txt", "_CON.txt", "same.txt",
                            "SAME_2.txt", "hidden.txt"])
    assert all(p.parent == out for p in out.rglob("*"))
    assert sorted(p.name for p in tmp_path.rglob("*") if p.parent != out) == ["brat", "deep", "project.qdesk",
                                                                                 "project.qdesk-shm",
                                                                                 "project.qdesk-wal"]
    assert result.counts["file names changed from article ids"] == 7


# -- CSV ----------------------------------------------------------------------------------------------------


def read_csv(path) -> list[dict]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheet programs need the BOM for UTF-8
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_csv_one_row_per_accepted_quote(project, tmp_path):
    export(project, "csv", tmp_path / "q.csv")
    rows = read_csv(tmp_path / "q.csv")
    assert [(r["article_id"], r["quote"], r["kind"], r["speaker_mention"], r["speaker_entity"], r["status"])
            for r in rows] == [
        ("a1", "\u201cWe value this friendship,\u201d", "direct", "Putin", "Vladimir Putin", "accepted"),
        ("a2", "\u201ca new era\u201d", "partial", "The Kremlin", "Kremlin", "accepted")]
    assert (rows[0]["cue"], rows[0]["article_title"], rows[0]["confidence"]) == ("said", "Putin in Pyongyang", "0.9")
    assert (int(rows[1]["start"]), int(rows[1]["end"])) == at(A2, "\u201ca new era\u201d")


def test_csv_with_include_all_lists_suggested_quotes(project, tmp_path):
    export(project, "csv", tmp_path / "q.csv", include_all=True)
    rows = read_csv(tmp_path / "q.csv")
    assert [(r["kind"], r["status"], r["speaker_entity"]) for r in rows] == [
        ("direct", "accepted", "Vladimir Putin"), ("indirect", "suggested", "Kim Jong Un"),
        ("partial", "accepted", "Kremlin")]


@pytest.mark.parametrize("dangerous", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_csv_neutralises_cells_a_spreadsheet_would_run(store, tmp_path, dangerous):
    text = f"{dangerous} is what he typed, said Lee."
    store.import_articles([(Article(id=dangerous, text=text, title=dangerous, status="done"), [], [], {})])
    store.apply(edits.add_quote(store, dangerous, 0, len(dangerous) + 3, "direct"))
    export(store, "csv", tmp_path / "q.csv")
    [row] = read_csv(tmp_path / "q.csv")
    for column in ("article_id", "article_title", "quote"):
        assert row[column].startswith("'" + dangerous)
    assert row["kind"] == "direct" and row["start"] == "0"


# -- spaCy ----------------------------------------------------------------------------------------------------


def load_docs(folder):
    import spacy
    from spacy.tokens import DocBin

    vocab = spacy.blank("en").vocab
    return {name: list(DocBin().from_disk(folder / f"{name}.spacy").get_docs(vocab)) for name in ("train", "dev")}


def test_spacy_docbins_hold_entities_quotes_and_speakers(project, tmp_path):
    result = export(project, "spacy", tmp_path / "sp")
    assert result.paths == [tmp_path / "sp" / name for name in ("train.spacy", "dev.spacy", "config.cfg")]
    assert result.counts["train docs"] + result.counts["dev docs"] == 2
    split = load_docs(tmp_path / "sp")
    assert (len(split["train"]), len(split["dev"])) == (1, 1)
    docs = {doc.user_data["quotedesk_id"]: doc for doc in split["train"] + split["dev"]}
    a1, a2 = docs["a1"], docs["a2"]
    assert a1.text == A1
    assert [(e.text, e.label_) for e in a1.ents] == [("Vladimir Putin", "PERSON"), ("Tuesday", "MISC"),
                                                    ("Putin", "PERSON")]
    [quote] = a1.spans["quotes"]
    assert (quote.text, quote.label_) == ("\u201cWe value this friendship,\u201d", "direct")
    [link] = a1.user_data["quotedesk_speakers"]
    speaker = link["speaker"]
    assert a1[speaker["token_start"]:speaker["token_end"]].text == "Putin"
    assert A1[speaker["start"]:speaker["end"]] == "Putin"
    assert (link["quote"]["token_start"], link["quote"]["token_end"]) == (quote.start, quote.end)
    assert link["entity"] == "Vladimir Putin"
    assert [(s.text, s.label_) for s in a2.spans["quotes"]] == [("\u201ca new era\u201d", "partial")]
    assert a2.user_data["quotedesk_speakers"][0]["entity"] == "Kremlin"


def test_spacy_split_is_seeded(store, tmp_path):
    texts = [f"Report {i}: Kim Jong Un met Vladimir Putin." for i in range(10)]
    store.import_articles([(Article(id=f"n{i}", text=t, status="done"), [], [], {}) for i, t in enumerate(texts)])

    def dev_ids(seed, name):
        export(store, "spacy", tmp_path / name, seed=seed, dev_fraction=0.3)
        return sorted(d.user_data["quotedesk_id"] for d in load_docs(tmp_path / name)["dev"])

    first, again = dev_ids(1, "one"), dev_ids(1, "again")
    assert first == again and len(first) == 3
    others = [dev_ids(seed, f"s{seed}") for seed in range(2, 6)]
    assert any(other != first for other in others)


def test_spacy_export_needs_something_to_train_on(store, tmp_path):
    store.import_articles([(Article(id="x", text="Untouched article."), [], [], {})])
    with pytest.raises(QuoteDeskError, match="no article has been reviewed"):
        export(store, "spacy", tmp_path / "sp")
    assert not (tmp_path / "sp").exists()
    result = export(store, "spacy", tmp_path / "sp", include_all=True)
    assert result.counts["articles in both train and dev"] == 1


def test_spacy_config_uses_paths_relative_to_its_folder(project, tmp_path):
    from thinc.api import Config

    export(project, "spacy", tmp_path / "sp")
    config = Config().from_disk(tmp_path / "sp" / "config.cfg", interpolate=False)
    assert (config["paths"]["train"], config["paths"]["dev"]) == ("train.spacy", "dev.spacy")
    assert config["nlp"]["pipeline"] == ["tok2vec", "ner"]
