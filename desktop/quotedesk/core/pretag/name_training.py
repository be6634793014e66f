"""Teaching the model the names of a labelled dataset: fine-tuning its entity recogniser.

Most speaker-entity misses come from the small model's name boundaries on
names it has not seen ("Anneke van" + "der Voort-Tipene", "Fiddler Jolene",
a family name taken for a place). A labelled dataset already says who spoke:
every quote's speaker entity is a name, written out in the article, and its
speaker mention is a name or part of one. Those names, with the model's own
other entities kept as they are (so it does not forget them), make training
examples for the recogniser alone; tagger, parser and the rest are untouched.

Input is the native JSONL form (a gold file, or a project's `export -f jsonl`).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from ..errors import QuoteDeskError
from ..progress import ProgressCallback, no_progress
from .cues import NAME_PARTICLES, ORG_NAME_WORDS, ORG_NOUNS
from .entities import clean_name
from .linebreaks import NAME as LINE_BREAKS
from .organisations import ORG_HEADS

_ORGANISATION_WORDS = ORG_NAME_WORDS | ORG_NOUNS | ORG_HEADS
ENTITY_LABELS = ("PERSON", "ORG")


def read_records(path: Path) -> list[dict]:
    """The articles of a native JSONL file; a line that is not one is refused with its number."""
    import json

    from ..errors import InputError

    records = []
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot be read as UTF-8 text ({exc}).", str(path)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record.get("text"), str) or not isinstance(record.get("quotes", []), list):
                raise ValueError("no text, or quotes that are not a list")
        except (ValueError, AttributeError) as exc:
            raise InputError(f"is not an article in the native JSONL form ({exc}).", str(path), number) from exc
        records.append(record)
    return records


def name_label(name: str, labelled: dict[str, str]) -> str:
    """PERSON or ORG for a speaker's canonical name: the dataset's own label for that text when it has
    one, else what the name's words say (an acronym, or a word like "Union" or "Ltd", is a body)."""
    if name in labelled:
        return labelled[name]
    words = name.split()
    if name.isupper() or any(w.lower().strip(",.") in _ORGANISATION_WORDS for w in words):
        return "ORG"
    return "PERSON"


def _accepted(item: dict) -> bool:
    """What an analyst kept. A project export also holds the model's own suggestions, which would only
    teach it what it already does; a gold file's annotations carry no status and are all kept."""
    return item.get("status", "accepted") == "accepted"


def silver_names(record: dict, model_labels: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """Character spans of the names a record's accepted quotes and spans say are people or bodies.

    A name's label is the dataset's own where it has one (the speaker's entity label, or an accepted span
    over that text), else the one the model gives that text in the article (`model_labels`: "Lufthansa"
    is a body though no word of it says so), else what its words say.
    """
    text = record["text"]
    spans = [s for s in record.get("spans", []) if s.get("label") in ENTITY_LABELS and _accepted(s)]
    quotes = [q for q in record.get("quotes", []) if q.get("speaker_entity") and _accepted(q)]
    labelled = dict(model_labels or {})
    labelled.update({text[s["start"]:s["end"]]: s["label"] for s in spans})
    labelled.update({q["speaker_entity"]: q["speaker_entity_label"] for q in quotes
                     if q.get("speaker_entity_label") in ENTITY_LABELS})
    found = [(s["start"], s["end"], s["label"]) for s in spans]
    names: dict[str, str] = {}
    for quote in quotes:
        entity = quote["speaker_entity"]
        label = names.setdefault(entity, name_label(entity, labelled))
        speaker = quote.get("speaker")
        if speaker:
            # "Dr Okafor" for "Amara Okafor": the mention without its title, when it is part of the name. A
            # body's name is cleaned as one: "the Attorney's Office" is not a person "from" an attorney.
            mention = clean_name(speaker["text"], label)
            offset = speaker["text"].find(mention) if mention else -1
            named = mention[:1].isupper() or mention.split()[0] in NAME_PARTICLES if mention else False
            if offset >= 0 and named and set(mention.split()) <= set(entity.split()):
                found.append((speaker["start"] + offset, speaker["start"] + offset + len(mention), label))
    for name, label in names.items():
        found += [(m.start(), m.end(), label) for m in re.finditer(re.escape(name), text)]
    return found


def training_examples(nlp, records: list[dict], progress: ProgressCallback = no_progress) -> list:
    """One example per article: the dataset's names, and the model's own entities wherever they do not
    touch one. `progress(done, total, message)` is called after each article."""
    from spacy.training import Example
    from spacy.util import filter_spans

    examples = []
    for done, record in enumerate(records, start=1):
        text = record["text"]
        doc = nlp.make_doc(text)
        found = nlp(text)
        model_labels = {ent.text: ent.label_ for ent in found.ents if ent.label_ in ENTITY_LABELS}
        names = [doc.char_span(s, e, label=label, alignment_mode="contract")
                 for s, e, label in silver_names(record, model_labels)]
        spans = filter_spans([span for span in names if span is not None and len(span)])
        taken = [(span.start_char, span.end_char) for span in spans]
        for ent in found.ents:
            if not any(ent.start_char < end and start < ent.end_char for start, end in taken):
                spans.append(doc.char_span(ent.start_char, ent.end_char, label=ent.label_))
        entities = [(s.start_char, s.end_char, s.label_) for s in filter_spans([s for s in spans if s is not None])]
        examples.append(Example.from_dict(doc, {"entities": entities}))
        progress(done, len(records), "reading the articles")
    return examples


def train_names(records: list[dict], base_model: str, output: Path, epochs: int = 12, seed: int = 0,
                progress: ProgressCallback = no_progress) -> int:
    """Fine-tune `base_model`'s entity recogniser on `records` and save the whole pipeline to `output`.
    Returns the number of training articles.

    `progress(done, total, message)` counts articles: each is read once (the model tags it, to keep its
    other entities), then learned from once per pass, so one bar covers the whole run.
    """
    from spacy.util import fix_random_seed, minibatch

    from .nlp import load_pipeline

    if not any(silver_names(record) for record in records):
        # A fresh project's export holds only suggestions: training on none would save the model unchanged.
        raise QuoteDeskError("The data holds no accepted quote with a named speaker and no accepted person or "
                             "organisation span to learn from: review some articles, then export them.")
    nlp = load_pipeline(base_model, keep_all_pipes=True)  # the saved pipeline is whole, lemmatizer and all
    total = len(records) * (1 + epochs)
    examples = training_examples(nlp, records, lambda done, _, message: progress(done, total, message))
    fix_random_seed(seed)  # dropout and the optimiser draw from numpy's generator: the same data, the same model
    optimizer = nlp.resume_training()
    rng = random.Random(seed)
    done = len(examples)
    with nlp.select_pipes(enable=["ner"]):
        for epoch in range(1, epochs + 1):
            rng.shuffle(examples)
            losses: dict[str, float] = {}
            for batch in minibatch(examples, size=8):
                nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
                done += len(batch)
                progress(done, total, f"pass {epoch} of {epochs}, loss {losses.get('ner', 0.0):.0f}")
    if LINE_BREAKS in nlp.pipe_names:
        nlp.remove_pipe(LINE_BREAKS)  # QuoteDesk adds its own step on loading; the folder stays plain spaCy
    name = nlp.meta.get("name", "pipeline")
    nlp.meta["name"] = name if name.endswith("_names") else f"{name}_names"  # tuning the shipped one again
    nlp.meta["description"] = "The base pipeline with its entity recogniser fine-tuned on a labelled dataset's names"
    output.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return len(examples)
