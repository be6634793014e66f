"""Pairing quotation marks in raw text: no parse needed, and no input can make it fail."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotedesk.core.pretag.marks import paired_spans

L, R = "\u201c", "\u201d"


def quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in paired_spans(text)]


def test_straight_curly_and_mismatched_pairs():
    text = f'"One," he said. {L}Two,{R} she said. {L}Three," they said. "Four,{R} we said.'
    assert quoted(text) == ['"One,"', f"{L}Two,{R}", f'{L}Three,"', f'"Four,{R}']


def test_a_paragraph_reopened_with_a_mark_continues_the_quote():
    text = f"{L}First paragraph ends open.\n{L}Second one closes,{R} he said."
    spans = paired_spans(text)
    assert quoted(text) == [f"{L}First paragraph ends open.", f"{L}Second one closes,{R}"]
    assert spans[0].continues and not spans[0].continuation
    assert spans[1].continuation


def test_an_unclosed_mark_runs_to_the_end_of_its_paragraph_only():
    text = 'He said "we are ready. Then he left.\n\nNext paragraph "with a pair" here.'
    spans = paired_spans(text)
    assert quoted(text) == ['"we are ready. Then he left.', '"with a pair"']
    assert spans[0].unclosed and not spans[1].unclosed


def test_single_marks_quote_but_apostrophes_do_not():
    text = ("Ministers say the plan is 'fully funded'.\n'We have the money,' Reeves said. "
            "'Nobody's taxes will rise.' The firm's shares and the 90s' music stayed put.")
    assert quoted(text) == ["'fully funded'", "'We have the money,'", "'Nobody's taxes will rise.'"]


def test_a_plural_possessive_inside_single_marks_does_not_end_the_quote():
    text = "'The farmers' union is right,' he said."
    assert quoted(text) == ["'The farmers' union is right,'"]


def test_single_marks_inside_double_ones_stay_inside():
    text = f"{L}People keep saying \u2018something will happen\u2019 here,{R} he said."
    assert quoted(text) == [text[:text.index(R) + 1]]


def test_a_paragraph_reopened_with_a_single_mark_continues_the_quote():
    o, c = "\u2018", "\u2019"
    text = (f"{o}We are doing everything we can for our staff.\n\n{o}But this needs a whole-system answer.{c}\n\n"
            f"{o}Then three paragraphs.\n\n{o}Two of them open.\n\n{o}And the last one closes.{c}")
    spans = paired_spans(text)
    assert quoted(text) == [f"{o}We are doing everything we can for our staff.",
                            f"{o}But this needs a whole-system answer.{c}", f"{o}Then three paragraphs.",
                            f"{o}Two of them open.", f"{o}And the last one closes.{c}"]
    assert [(s.continues, s.continuation) for s in spans] == [(True, False), (False, True), (True, False),
                                                              (True, True), (False, True)]
    # An apostrophe opening a paragraph that the next paragraph does not reopen starts no quote.
    assert quoted("'90s music was better.\n\nThe band agreed.") == []


def test_an_unpaired_single_mark_is_an_apostrophe():
    assert quoted("rock 'n roll in the '90s and 'tis the season") == []


MARKS = st.sampled_from(['"', "'", L, R, "\u2018", "\u2019", "\u00ab", "\u00bb", "\n", " ", "a", "B", ".", ","])


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKS, max_size=60).map("".join))
def test_any_text_gives_ordered_non_overlapping_spans_that_start_at_a_mark(text):
    spans = paired_spans(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start] in "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u300c\u201f\u2033"
    for first, second in zip(spans, spans[1:]):
        assert first.end <= second.start
