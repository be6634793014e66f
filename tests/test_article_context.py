"""Lookups the speaker finder makes over one article, on hand-made parses (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotedesk.core.pretag.article_context import ArticleContext
from quotedesk.core.pretag.textindex import TextIndex
from quotedesk.core.pretag.types import EntitySuggestion


def parsed(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, heads=heads, deps=deps,
               spaces=[not (i + 1 < len(words) and words[i + 1] in ".,") for i in range(len(words))])


def test_a_family_name_parsed_as_a_common_noun_is_still_the_person_named_before():
    # The small model sometimes reads a sentence-opening family name as a noun: "Cheruiyot said".
    doc = parsed(["Edwin", "Cheruiyot", "spoke", ".", "Cheruiyot", "said", "so", "."],
                 ["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "ADV", "PUNCT"],
                 [1, 2, 2, 2, 5, 5, 5, 5], ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"])
    context = ArticleContext(TextIndex(doc, doc.text), [EntitySuggestion(0, 15, "PERSON", "Edwin Cheruiyot")])
    speaker = context._known_name(doc[4])
    assert speaker is not None and speaker.entity == "Edwin Cheruiyot"
    assert doc.text[speaker.start:speaker.end] == "Cheruiyot"
    # A common noun that names nobody here stays unnamed.
    assert context._known_name(doc[2]) is None


def test_a_hyphenated_name_keeps_the_given_name_and_title_before_it():
    # "Chief Emeka Nwachukwu-Obi SAN": the tokenizer splits the hyphen; the run still reaches the given name.
    words = ["Chief", "Emeka", "Nwachukwu", "-", "Obi", "SAN", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, False, True, True, True, False, False],
              pos=["PROPN"] * 3 + ["PUNCT", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
              heads=[1, 5, 5, 5, 5, 6, 6, 6, 6],
              deps=["compound", "compound", "compound", "punct", "compound", "nsubj", "ROOT", "advmod", "punct"])
    context = ArticleContext(TextIndex(doc, doc.text), [])
    start, end = context._proper_run(doc[5])
    assert doc.text[start:end] == "Chief Emeka Nwachukwu-Obi SAN"
