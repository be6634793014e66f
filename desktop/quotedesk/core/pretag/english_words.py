"""English common nouns and adjectives, to tell a word that says what someone is from a name.

"Police Aaron Sichone", "Slovenian Marko Kovačič-Horvat", "Development
Kelvin Chisanga" (the end of "Minister for Community Development"): the model
often takes in a word before a name. The small English model already ships a
list of English nouns and adjectives (WordNet's index, in its lemmatizer's
lookup tables), so the words are read from there rather than kept by hand.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

from .nlp import TUNED_BASE


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Lower-case English nouns and adjectives; empty when the base model is not installed (the rules
    that use it then change nothing)."""
    lookups_file = _lookups_file()
    if lookups_file is None:
        return frozenset()
    from spacy.lookups import Lookups

    lookups = Lookups().from_disk(lookups_file.parent)
    if "lemma_index" not in lookups:
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for part_of_speech in ("noun", "adj"):
        words.update(w for w in index.get(part_of_speech, []) if "_" not in w)
    return frozenset(words)


def _lookups_file() -> Path | None:
    spec = importlib.util.find_spec(TUNED_BASE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for package_dir in spec.submodule_search_locations:
        found = sorted(Path(package_dir).glob("*/lemmatizer/lookups/lookups.bin"))
        if found:
            return found[0]
    return None
