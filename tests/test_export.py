"""Exporters: content of every format, accepted-only filtering, atomic writes, round trip."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from quotedesk.core import edits
from quotedesk.core.errors import Cancelled
from quotedesk.core.exporters import FORMATS, export
from quotedesk.core.importers import import_paths
from quotedesk.core.model import Article
from quotedesk.core.progress import CancelToken
from quotedesk.core.store import Store


@pytest.fixture
def reviewed(sample, store):
    """The sample article after review: two spans accepted, one rejected, the quote accepted."""
    store.apply(edits.set_span_status(store, "s-putin-full", "accepted"))
    store.apply(edits.set_span_status(store, "s-putin", "accepted"))
    store.apply(edits.set_span_status(store, "s-pyongyang", "rejected"))
    store.apply(edits.set_quote_status(store, "q-1", "accepted"))
    return store


def test_every_format_is_listed():
    assert set(FORMATS) == {"jsonl", "spacy", "prodigy", "conll", "brat", "csv"}


def test_native_jsonl_carries_everything_with_status(reviewed, tmp_path):
    export(reviewed, "jsonl", tmp_path / "out.jsonl")
    [record] = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert {s["id"]: s["status"] for s in record["spans"]} == {
        "s-putin-full": "accepted", "s-putin": "accepted", "s-pyongyang": "rejected"}
    [quote] = record["quotes"]
    assert quote["speaker"]["text"] == "Putin" and quote["cue"]["text"] == "said"
    assert quote["speaker_entity"] == "Vladimir Putin" and quote["kind"] == "direct"
    for span in record["spans"]:
        assert record["text"][span["start"]:span["end"]] == span["text"]


def test_native_export_import_export_is_identical(reviewed, tmp_path):
    kim = reviewed.article("a1").text.index("Kim Jong Un")
    reviewed.apply(edits.add_span(reviewed, "a1", kim, kim + 11, "PERSON"))
    reviewed.import_articles([(Article(id="b 2/x", text="Second article.\n", meta={"k": [1, 2]}), [], [], {})])
    first = tmp_path / "first.jsonl"
    export(reviewed, "jsonl", first)
    with Store(tmp_path / "copy.qdesk") as copy:
        import_paths(copy, [first])
        second = tmp_path / "second.jsonl"
        export(copy, "jsonl", second)
    assert second.read_bytes() == first.read_bytes()


def test_training_formats_carry_accepted_only_unless_asked(reviewed, tmp_path):
    export(reviewed, "conll", tmp_path / "accepted.conll")
    export(reviewed, "conll", tmp_path / "all.conll", include_all=True)
    accepted = (tmp_path / "accepted.conll").read_text()
    everything = (tmp_path / "all.conll").read_text()
    assert "Pyongyang -X- _ O" in accepted
    assert "Pyongyang -X- _ B-GPE" in everything


def test_conll_iob_tags(reviewed, tmp_path):
    export(reviewed, "conll", tmp_path / "out.conll")
    lines = (tmp_path / "out.conll").read_text().splitlines()
    assert lines[0] == "-DOCSTART- -X- -X- O"
    assert "Vladimir -X- _ B-PERSON" in lines and "Putin -X- _ I-PERSON" in lines
    assert "arrived -X- _ O" in lines


def test_prodigy_tokens_spans_and_relation(reviewed, tmp_path):
    export(reviewed, "prodigy", tmp_path / "out.jsonl")
    [record] = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert record["answer"] == "accept"
    tokens = record["tokens"]
    for span in record["spans"]:
        assert tokens[span["token_start"]]["start"] == span["start"]
        assert tokens[span["token_end"]]["end"] == span["end"]
    assert {s["label"] for s in record["spans"]} == {"PERSON", "DIRECT"}
    [relation] = record["relations"]
    assert record["text"][relation["head_span"]["start"]:relation["head_span"]["end"]] == "Putin"
    assert relation["child_span"]["label"] == "DIRECT"


def test_brat_folder_with_speaker_relation_and_safe_names(reviewed, tmp_path):
    reviewed.import_articles([(Article(id="../../escape", text="Hostile id."), [], [], {}),
                              (Article(id="/etc/passwd", text="Absolute id."), [], [], {})])
    out = tmp_path / "brat"
    export(reviewed, "brat", out)
    names = sorted(p.name for p in out.iterdir())
    assert all(p.resolve().parent == out.resolve() for p in out.iterdir())
    assert "escape.txt" in names and "etc_passwd.txt" in names
    ann = (out / "a1.ann").read_text().splitlines()
    assert any(line.split("\t")[1].startswith("Direct_quote") for line in ann)
    assert any(line.startswith("R1\tSpeaker Arg1:") for line in ann)
    assert not list(tmp_path.glob("escape*")) and not (tmp_path.parent / "escape.txt").exists()


def test_csv_rows_and_formula_neutralising(reviewed, tmp_path):
    text = "=HYPERLINK(\"x\") is not a formula here, said @someone."
    reviewed.import_articles([(Article(id="=cmd|calc", text=text), [], [], {})])
    reviewed.apply(edits.add_quote(reviewed, "=cmd|calc", 0, 16, "direct"))
    export(reviewed, "csv", tmp_path / "q.csv")
    with open(tmp_path / "q.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2
    first = next(r for r in rows if r["article_id"] == "a1")
    assert (first["speaker_mention"], first["speaker_entity"], first["kind"]) == ("Putin", "Vladimir Putin", "direct")
    hostile = next(r for r in rows if r["article_id"].startswith("'"))
    assert hostile["article_id"] == "'=cmd|calc"
    assert hostile["quote"].startswith("'=HYPERLINK")


def test_spacy_docbin_content(reviewed, tmp_path):
    from spacy.tokens import DocBin
    import spacy

    reviewed.import_articles([(Article(id="b", text="Kim Jong Un spoke in Seoul."), [], [], {})])
    export(reviewed, "spacy", tmp_path / "sp", seed=3)
    vocab = spacy.blank("en").vocab
    docs = list(DocBin().from_disk(tmp_path / "sp" / "train.spacy").get_docs(vocab))
    docs += list(DocBin().from_disk(tmp_path / "sp" / "dev.spacy").get_docs(vocab))
    assert len(docs) == 2
    doc = next(d for d in docs if d.user_data.get("quotedesk_id") == "a1")
    assert [(e.text, e.label_) for e in doc.ents] == [("Vladimir Putin", "PERSON"), ("Putin", "PERSON")]
    [quote] = doc.spans["quotes"]
    assert quote.label_ == "direct" and quote.text.startswith("\u201cWe value")
    [link] = doc.user_data["quotedesk_speakers"]
    assert link["entity"] == "Vladimir Putin"
    assert (tmp_path / "sp" / "config.cfg").read_text().count('train = "train.spacy"') == 1


def test_cancelled_export_leaves_nothing_behind(reviewed, tmp_path):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        export(reviewed, "jsonl", tmp_path / "out.jsonl", cancel=token)
    with pytest.raises(Cancelled):
        export(reviewed, "brat", tmp_path / "brat", cancel=token)
    assert list(tmp_path.iterdir()) == [tmp_path / "project.qdesk", tmp_path / "project.qdesk-shm",
                                        tmp_path / "project.qdesk-wal"] or all(
        p.name.startswith("project.qdesk") for p in tmp_path.iterdir())


@pytest.mark.slow
def test_spacy_train_accepts_the_exported_config(reviewed, tmp_path):
    reviewed.import_articles([(Article(id=f"n{i}", text=f"Kim Jong Un met Vladimir Putin in Seoul, day {i}."),
                               [], [], {}) for i in range(6)])
    for article_id in [f"n{i}" for i in range(6)]:
        reviewed.apply(edits.add_span(reviewed, article_id, 0, 11, "PERSON"))
    out = tmp_path / "sp"
    export(reviewed, "spacy", out)
    result = subprocess.run(
        [sys.executable, "-m", "spacy", "train", "config.cfg", "--output", "model",
         "--training.max_steps", "6", "--training.eval_frequency", "3"],
        cwd=out, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (out / "model" / "model-last" / "meta.json").is_file()
