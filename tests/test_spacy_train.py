"""The spaCy export trains as written: `python -m spacy train config.cfg` run from its folder."""

from __future__ import annotations

import subprocess
import sys

import pytest
from fixtures.projects import build

from quotedesk.core.exporters import export


@pytest.mark.slow
def test_spacy_train_runs_on_the_exported_folder(store, tmp_path):
    build(store)
    out = tmp_path / "sp"
    export(store, "spacy", out)
    # Only the length of training is overridden; paths and everything else are the config's own.
    result = subprocess.run(
        [sys.executable, "-m", "spacy", "train", "config.cfg", "--output", "../sp-model",
         "--training.max_steps", "10", "--training.eval_frequency", "5"],
        cwd=out, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    model = tmp_path / "sp-model" / "model-last"
    assert (model / "meta.json").is_file()

    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load(model)
    assert nlp.pipe_names == ["tok2vec", "ner"]
    train_docs = DocBin().from_disk(out / "train.spacy").get_docs(nlp.vocab)
    train_labels = {ent.label_ for doc in train_docs for ent in doc.ents}
    assert train_labels and set(nlp.get_pipe("ner").labels) == train_labels
