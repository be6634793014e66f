"""The quote finder's rules on hand-parsed sentences (no model: each parse is written out below).

Each token is "word/TAG/POS/dep/head", head being the index of its head
token; entities are (first token, last token + 1, label). Writing the parse
by hand pins down what each rule does with a given structure, whatever a
model would make of the sentence.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotedesk.core.pretag.entities import assign_canonical_names
from quotedesk.core.pretag.quotes import find_quotes
from quotedesk.core.pretag.types import EntitySuggestion

VOCAB = spacy.blank("en").vocab


def parsed(text: str, tokens: str, ents: list[tuple[int, int, str]] = ()) -> tuple[Doc, list[EntitySuggestion]]:
    rows = [t.rsplit("/", 4) for t in tokens.split()]
    words = [r[0] for r in rows]
    spaces, at = [], 0
    for word in words:
        at = text.index(word, at) + len(word)
        spaces.append(text[at:at + 1] == " ")
    labels = ["O"] * len(words)
    for first, end, label in ents:
        labels[first:end] = ["B-" + label] + ["I-" + label] * (end - first - 1)
    doc = Doc(VOCAB, words=words, spaces=spaces, tags=[r[1] for r in rows], pos=[r[2] for r in rows],
              deps=[r[3] for r in rows], heads=[int(r[4]) for r in rows], ents=labels)
    assert doc.text == text
    entities = [EntitySuggestion(e.start_char, e.end_char, e.label_) for e in doc.ents]
    assign_canonical_names(entities, text)
    return doc, entities


def found(text, tokens, ents=()):
    doc, entities = parsed(text, tokens, ents)
    return [(text[q.start:q.end], q.kind, text[q.speaker[0]:q.speaker[1]] if q.speaker else None,
             q.speaker_entity, text[q.cue[0]:q.cue[1]] if q.cue else None)
            for q in find_quotes(doc, entities)]


def test_a_pronoun_after_the_quote_is_the_subject_of_the_sentence_before():
    text = "Kim Yo Jong spoke. \u201cWe are ready,\u201d she said."
    tokens = ("Kim/NNP/PROPN/compound/2 Yo/NNP/PROPN/compound/2 Jong/NNP/PROPN/nsubj/3 spoke/VBD/VERB/ROOT/3 "
              "././PUNCT/punct/3 \u201c/``/PUNCT/punct/12 We/PRP/PRON/nsubj/7 are/VBP/AUX/ccomp/12 "
              "ready/JJ/ADJ/acomp/7 ,/,/PUNCT/punct/12 \u201d/''/PUNCT/punct/12 she/PRP/PRON/nsubj/12 "
              "said/VBD/VERB/ROOT/12 ././PUNCT/punct/12")
    assert found(text, tokens, [(0, 3, "PERSON")]) == [
        ("\u201cWe are ready,\u201d", "direct", "she", "Kim Yo Jong", "said")]


def test_the_name_in_apposition_speaks_and_the_clause_is_an_indirect_quote():
    text = "Putin's aide, Yuri Ushakov, said the talks went well."
    tokens = ("Putin/NNP/PROPN/poss/2 's/POS/PART/case/0 aide/NN/NOUN/nsubj/7 ,/,/PUNCT/punct/2 "
              "Yuri/NNP/PROPN/compound/5 Ushakov/NNP/PROPN/appos/2 ,/,/PUNCT/punct/2 said/VBD/VERB/ROOT/7 "
              "the/DT/DET/det/9 talks/NNS/NOUN/nsubj/10 went/VBD/VERB/ccomp/7 well/RB/ADV/advmod/10 "
              "././PUNCT/punct/7")
    assert found(text, tokens, [(0, 1, "PERSON"), (4, 6, "PERSON")]) == [
        ("the talks went well", "indirect", "Yuri Ushakov", "Yuri Ushakov", "said")]


def test_a_thing_inside_what_someone_said_does_not_speak_for_them():
    text = "Qhina spoke. He said the strike would continue \u201cuntil talks resume\u201d."
    tokens = ("Qhina/NNP/PROPN/nsubj/1 spoke/VBD/VERB/ROOT/1 ././PUNCT/punct/1 He/PRP/PRON/nsubj/4 "
              "said/VBD/VERB/ROOT/4 the/DT/DET/det/6 strike/NN/NOUN/nsubj/8 would/MD/AUX/aux/8 "
              "continue/VB/VERB/ccomp/4 \u201c/``/PUNCT/punct/8 until/IN/SCONJ/mark/12 talks/NNS/NOUN/nsubj/12 "
              "resume/VBP/VERB/advcl/8 \u201d/''/PUNCT/punct/8 ././PUNCT/punct/4")
    # "continue" frames the quote too, but its subject is a thing: who is said to have said it speaks.
    quotes = found(text, tokens, [(0, 1, "PERSON")])
    assert ("\u201cuntil talks resume\u201d", "partial", "He", "Qhina", "said") in quotes


def test_according_to_makes_the_rest_of_the_sentence_an_indirect_quote():
    text = "According to the Kremlin, the talks will continue next week."
    tokens = ("According/VBG/VERB/prep/8 to/IN/ADP/prep/0 the/DT/DET/det/3 Kremlin/NNP/PROPN/pobj/1 "
              ",/,/PUNCT/punct/8 the/DT/DET/det/6 talks/NNS/NOUN/nsubj/8 will/MD/AUX/aux/8 "
              "continue/VB/VERB/ROOT/8 next/JJ/ADJ/amod/10 week/NN/NOUN/npadvmod/8 ././PUNCT/punct/8")
    assert found(text, tokens, [(3, 4, "ORG")]) == [
        ("the talks will continue next week", "indirect", "Kremlin", "Kremlin", "According to")]


def test_scare_quotes_and_titles_are_no_ones_quotes():
    text = "He said the so-called \u201cpeace plan\u201d was in a book called \u201cThe Long Road Home\u201d."
    tokens = ("He/PRP/PRON/nsubj/1 said/VBD/VERB/ROOT/1 the/DT/DET/det/8 so/RB/ADV/advmod/5 -/HYPH/PUNCT/punct/5 "
              "called/VBN/VERB/amod/8 \u201c/``/PUNCT/punct/8 peace/NN/NOUN/compound/8 plan/NN/NOUN/nsubj/10 "
              "\u201d/''/PUNCT/punct/8 was/VBD/AUX/ccomp/1 in/IN/ADP/prep/10 a/DT/DET/det/13 book/NN/NOUN/pobj/11 "
              "called/VBN/VERB/acl/13 \u201c/``/PUNCT/punct/19 The/DT/DET/det/19 Long/JJ/ADJ/amod/19 "
              "Road/NNP/PROPN/compound/19 Home/NNP/PROPN/oprd/14 \u201d/''/PUNCT/punct/19 ././PUNCT/punct/1")
    # The marked stretches are nobody's words; what he said is the clause that holds them.
    assert found(text, tokens) == [
        ("the so-called \u201cpeace plan\u201d was in a book called \u201cThe Long Road Home\u201d", "indirect",
         "He", None, "said")]


def test_a_quote_continued_after_the_speaker_sentence_keeps_that_speaker():
    text = "\u201cWe have no plans,\u201d Dmitry Peskov said. \u201cOur doors remain open.\u201d"
    tokens = ("\u201c/``/PUNCT/punct/9 We/PRP/PRON/nsubj/2 have/VBP/VERB/ccomp/9 no/DT/DET/det/4 "
              "plans/NNS/NOUN/dobj/2 ,/,/PUNCT/punct/9 \u201d/''/PUNCT/punct/9 Dmitry/NNP/PROPN/compound/8 "
              "Peskov/NNP/PROPN/nsubj/9 said/VBD/VERB/ROOT/9 ././PUNCT/punct/9 \u201c/``/PUNCT/punct/14 "
              "Our/PRP$/PRON/poss/13 doors/NNS/NOUN/nsubj/14 remain/VBP/VERB/ROOT/14 open/JJ/ADJ/acomp/14 "
              "././PUNCT/punct/14 \u201d/''/PUNCT/punct/14")
    assert found(text, tokens, [(7, 9, "PERSON")]) == [
        ("\u201cWe have no plans,\u201d", "direct", "Dmitry Peskov", "Dmitry Peskov", "said"),
        ("\u201cOur doors remain open.\u201d", "direct", "Dmitry Peskov", "Dmitry Peskov", None)]


def test_odd_input_never_raises():
    for text in ["", "   ", "\u201c", '"', "said"]:
        doc = spacy.blank("en")(text)
        assert find_quotes(doc, []) == []  # no parse: nothing to attribute, and no error


def test_confidence_orders_suggestions_by_how_the_speaker_was_found():
    from quotedesk.core.pretag.quotes import _Finder
    from quotedesk.core.pretag.speakers import Speaker

    def score(kind, how=None, entity="Kim Yo Jong", cue=object(), words=8):
        speaker = Speaker(0, 3, entity, "PERSON", how) if how else None
        return _Finder.confidence(kind, speaker, cue, words)

    ladder = [score("direct", "named"), score("direct", "pronoun"), score("direct", "continued"),
              score("direct", "previous", cue=None), score("direct")]
    assert ladder == sorted(ladder, reverse=True) and len(set(ladder)) == len(ladder)
    assert score("direct", "pronoun") > score("direct", "pronoun", entity=None) > score("direct")
    assert score("partial", "named", words=2) < score("partial", "named", words=6)  # may be a scare quote
    assert all(0 < value < 1 for value in ladder)


def test_an_unclosed_quote_is_offered_with_less_confidence():
    closed = "Kim Yo Jong said \u201cwe are ready.\u201d"
    unclosed = "Kim Yo Jong said \u201cwe are ready."
    tokens = ("Kim/NNP/PROPN/compound/2 Yo/NNP/PROPN/compound/2 Jong/NNP/PROPN/nsubj/3 said/VBD/VERB/ROOT/3 "
              "\u201c/``/PUNCT/punct/7 we/PRP/PRON/nsubj/6 are/VBP/AUX/ccomp/3 ready/JJ/ADJ/acomp/6 ././PUNCT/punct/3")
    doc, ents = parsed(unclosed, tokens, [(0, 3, "PERSON")])
    open_quote = find_quotes(doc, ents)
    doc, ents = parsed(closed, tokens + " \u201d/''/PUNCT/punct/3", [(0, 3, "PERSON")])
    closed_quote = find_quotes(doc, ents)
    assert [q.speaker_entity for q in open_quote + closed_quote] == ["Kim Yo Jong", "Kim Yo Jong"]
    assert open_quote[0].confidence < closed_quote[0].confidence


def test_a_rank_with_its_portfolio_and_short_form_sets_a_name_off_like_a_comma():
    from quotedesk.core.pretag.speakers import Speakers

    before = "The Regional Police Public Relations Officer, Deputy Superintendent of Police (DSP)".split()
    assert Speakers._rank_after_comma(before)
    assert not Speakers._rank_after_comma("A spokesman for Mayor".split())  # no comma: not set off
    assert not Speakers._rank_after_comma("The company, which employs".split())  # no title after the comma


def test_a_quote_the_parse_hangs_on_the_speakers_name_after_it_is_still_theirs():
    # The small model may make the quote a complement of the union's name inside the subject.
    text = "\u201cOur members cannot wait,\u201d AMCU organiser Sipho Mokoena told Reuters."
    tokens = ("\u201c/``/PUNCT/punct/8 Our/PRP$/PRON/poss/2 members/NNS/NOUN/nsubj/5 can/MD/AUX/aux/5 "
              "not/RB/PART/neg/5 wait/VB/VERB/ccomp/8 ,/,/PUNCT/punct/8 \u201d/''/PUNCT/punct/8 "
              "AMCU/NNP/PROPN/nmod/11 organiser/NN/NOUN/compound/11 Sipho/NNP/PROPN/compound/11 "
              "Mokoena/NNP/PROPN/nsubj/12 told/VBD/VERB/ROOT/12 Reuters/NNP/PROPN/dobj/12 ././PUNCT/punct/12")
    assert found(text, tokens, [(10, 12, "PERSON"), (13, 14, "ORG")]) == [
        ("\u201cOur members cannot wait,\u201d", "direct", "Sipho Mokoena", "Sipho Mokoena", "told")]


def test_a_title_split_at_its_hyphen_into_several_subjects_leaves_the_name_to_speak():
    text = "\u201cIt was never about one man,\u201d said the group's co-founder, Dolores Archuleta."
    tokens = ("\u201c/``/PUNCT/punct/9 It/PRP/PRON/nsubj/2 was/VBD/AUX/ccomp/9 never/RB/ADV/neg/2 "
              "about/IN/ADP/prep/2 one/CD/NUM/nummod/6 man/NN/NOUN/pobj/4 ,/,/PUNCT/punct/9 \u201d/''/PUNCT/punct/9 "
              "said/VBD/VERB/ROOT/9 the/DT/DET/det/11 group/NN/NOUN/poss/13 's/POS/PART/case/11 "
              "co/NN/NOUN/nsubj/9 -/HYPH/PUNCT/nsubj/9 founder/NN/NOUN/nsubj/9 ,/,/PUNCT/punct/9 "
              "Dolores/NNP/PROPN/compound/18 Archuleta/NNP/PROPN/nsubj/9 ././PUNCT/punct/9")
    assert found(text, tokens, [(17, 19, "PERSON")]) == [
        ("\u201cIt was never about one man,\u201d", "direct", "Dolores Archuleta", "Dolores Archuleta", "said")]


def test_results_from_a_body_are_the_bodys_word():
    text = "Results from the Electoral Office suggested Smith had won."
    tokens = ("Results/NNS/NOUN/nsubj/5 from/IN/ADP/prep/0 the/DT/DET/det/4 Electoral/NNP/PROPN/compound/4 "
              "Office/NNP/PROPN/pobj/1 suggested/VBD/VERB/ROOT/5 Smith/NNP/PROPN/nsubj/8 had/VBD/AUX/aux/8 "
              "won/VBN/VERB/ccomp/5 ././PUNCT/punct/5")
    [(quote, kind, mention, entity, cue)] = found(text, tokens, [(3, 5, "ORG"), (6, 7, "PERSON")])
    assert (quote, kind, entity, cue) == ("Smith had won", "indirect", "Electoral Office", "suggested")
    assert "Electoral Office" in mention


def test_according_to_a_title_split_at_its_hyphen_cites_the_name():
    text = "According to co-curator Ahmed Al-Zahrani, half of the artists are women."
    tokens = ("According/VBG/VERB/prep/14 to/IN/ADP/prep/0 co/NN/NOUN/pobj/1 -/HYPH/PUNCT/pobj/1 "
              "curator/NN/NOUN/compound/8 Ahmed/NNP/PROPN/compound/8 Al/NNP/PROPN/compound/8 -/HYPH/PUNCT/punct/8 "
              "Zahrani/NNP/PROPN/pobj/1 ,/,/PUNCT/punct/14 half/NN/NOUN/nsubj/14 of/IN/ADP/prep/10 "
              "the/DT/DET/det/13 artists/NNS/NOUN/pobj/11 are/VBP/AUX/ROOT/14 women/NNS/NOUN/attr/14 "
              "././PUNCT/punct/14")
    quotes = found(text, tokens, [(5, 9, "PERSON")])
    assert [(mention, entity) for _quote, _kind, mention, entity, _cue in quotes] == [
        ("Ahmed Al-Zahrani", "Ahmed Al-Zahrani")]


def test_a_title_in_short_is_the_person_the_article_gave_that_title():
    text = "Education Cabinet Secretary Jane Kirui spoke. The CS said talks would resume."
    tokens = ("Education/NNP/PROPN/compound/2 Cabinet/NNP/PROPN/compound/2 Secretary/NNP/PROPN/compound/4 "
              "Jane/NNP/PROPN/compound/4 Kirui/NNP/PROPN/nsubj/5 spoke/VBD/VERB/ROOT/5 ././PUNCT/punct/5 "
              "The/DT/DET/det/8 CS/NNP/PROPN/nsubj/9 said/VBD/VERB/ROOT/9 talks/NNS/NOUN/nsubj/12 "
              "would/MD/AUX/aux/12 resume/VB/VERB/ccomp/9 ././PUNCT/punct/9")
    [(_quote, _kind, mention, entity, _cue)] = found(text, tokens, [(3, 5, "PERSON"), (8, 9, "ORG")])
    assert (mention, entity) == ("The CS", "Jane Kirui")
    # A body's short form before its officer's job is the body's.
    text = "ACCC chair Deborah Strahan spoke. The ACCC said prices would fall."
    tokens = ("ACCC/NNP/PROPN/compound/3 chair/NN/NOUN/compound/3 Deborah/NNP/PROPN/compound/3 "
              "Strahan/NNP/PROPN/nsubj/4 spoke/VBD/VERB/ROOT/4 ././PUNCT/punct/4 The/DT/DET/det/7 "
              "ACCC/NNP/PROPN/nsubj/8 said/VBD/VERB/ROOT/8 prices/NNS/NOUN/nsubj/11 would/MD/AUX/aux/11 "
              "fall/VB/VERB/ccomp/8 ././PUNCT/punct/8")
    [(_quote, _kind, mention, entity, _cue)] = found(text, tokens, [(0, 1, "ORG"), (2, 4, "PERSON"), (7, 8, "ORG")])
    assert entity == "ACCC"


def test_their_union_is_the_union_the_article_named():
    text = "Dockers joined the Maritime Workers Union. Their union said the strike would go on."
    tokens = ("Dockers/NNS/NOUN/nsubj/1 joined/VBD/VERB/ROOT/1 the/DT/DET/det/5 Maritime/NNP/PROPN/compound/5 "
              "Workers/NNP/PROPN/compound/5 Union/NNP/PROPN/dobj/1 ././PUNCT/punct/1 Their/PRP$/PRON/poss/8 "
              "union/NN/NOUN/nsubj/9 said/VBD/VERB/ROOT/9 the/DT/DET/det/11 strike/NN/NOUN/nsubj/13 "
              "would/MD/AUX/aux/13 go/VB/VERB/ccomp/9 on/RP/ADP/prt/13 ././PUNCT/punct/9")
    assert found(text, tokens, [(3, 6, "ORG")]) == [
        ("the strike would go on", "indirect", "Their union", "Maritime Workers Union", "said")]


def test_who_after_someone_from_a_place_is_that_someone():
    text = "Among them was Ann Byrne from Cork, who said she had been there."
    tokens = ("Among/IN/ADP/prep/2 them/PRP/PRON/pobj/0 was/VBD/AUX/ROOT/2 Ann/NNP/PROPN/compound/4 "
              "Byrne/NNP/PROPN/nsubj/2 from/IN/ADP/prep/4 Cork/NNP/PROPN/pobj/5 ,/,/PUNCT/punct/6 "
              "who/WP/PRON/nsubj/9 said/VBD/VERB/relcl/6 she/PRP/PRON/nsubj/12 had/VBD/AUX/aux/12 "
              "been/VBN/AUX/ccomp/9 there/RB/ADV/advmod/12 ././PUNCT/punct/2")
    [(_quote, _kind, mention, entity, _cue)] = found(text, tokens, [(3, 5, "PERSON"), (6, 7, "ORG")])
    assert (mention, entity) == ("Ann Byrne", "Ann Byrne")



def test_a_person_stays_the_speaker_over_the_body_the_parse_made_a_second_subject():
    # "Prof X of the Sorbonne, who advised ..., described": the parse makes the body a subject too.
    text = "Prof Ana Dias of the Paris Sorbonne, who advised us, described it as \u201ca model.\u201d"
    tokens = ("Prof/NNP/PROPN/compound/2 Ana/NNP/PROPN/compound/2 Dias/NNP/PROPN/nsubj/12 of/IN/ADP/prep/2 "
              "the/DT/DET/det/5 Paris/NNP/PROPN/pobj/3 Sorbonne/NNP/PROPN/nsubj/12 ,/,/PUNCT/punct/6 "
              "who/WP/PRON/nsubj/9 advised/VBD/VERB/relcl/6 us/PRP/PRON/dobj/9 ,/,/PUNCT/punct/6 "
              "described/VBD/VERB/ROOT/12 it/PRP/PRON/dobj/12 as/IN/ADP/prep/12 \u201c/``/PUNCT/punct/14 "
              "a/DT/DET/det/17 model/NN/NOUN/pobj/14 ././PUNCT/punct/12 \u201d/''/PUNCT/punct/12")
    [(_quote, _kind, mention, entity, _cue)] = found(text, tokens, [(1, 3, "PERSON"), (5, 7, "ORG")])
    assert (mention, entity) == ("Ana Dias", "Ana Dias")


def test_a_name_the_parse_hung_on_a_title_or_a_body_speaks():
    # A conjunct with no "and" before it is the name after a title; a name in apposition to a body is its officer.
    text = "Limpopo department of transport spokesperson Mashudu Ndou said the bus left the road."
    tokens = ("Limpopo/NNP/PROPN/compound/1 department/NN/NOUN/nsubj/7 of/IN/ADP/prep/1 transport/NN/NOUN/pobj/2 "
              "spokesperson/NN/NOUN/compound/6 Mashudu/NNP/PROPN/compound/6 Ndou/NNP/PROPN/conj/1 "
              "said/VBD/VERB/ROOT/7 the/DT/DET/det/9 bus/NN/NOUN/nsubj/10 left/VBD/VERB/ccomp/7 the/DT/DET/det/12 "
              "road/NN/NOUN/dobj/10 ././PUNCT/punct/7")
    [(_quote, _kind, mention, entity, _cue)] = found(text, tokens, [(0, 1, "GPE"), (5, 7, "PERSON")])
    assert (mention, entity) == ("Mashudu Ndou", "Mashudu Ndou")

    text = "The Kenya Wildlife Service warden, Mr Hassan Athman, said the ruling was fair."
    tokens = ("The/DT/DET/det/3 Kenya/NNP/PROPN/compound/3 Wildlife/NNP/PROPN/compound/3 Service/NNP/PROPN/nsubj/10 "
              "warden/NN/NOUN/appos/3 ,/,/PUNCT/punct/3 Mr/NNP/PROPN/compound/8 Hassan/NNP/PROPN/compound/8 "
              "Athman/NNP/PROPN/appos/3 ,/,/PUNCT/punct/3 said/VBD/VERB/ROOT/10 the/DT/DET/det/12 "
              "ruling/NN/NOUN/nsubj/13 was/VBD/AUX/ccomp/10 fair/JJ/ADJ/acomp/13 ././PUNCT/punct/10")
    [(_quote, _kind, mention, entity, _cue)] = found(text, tokens, [(1, 4, "ORG"), (7, 9, "PERSON")])
    assert entity == "Hassan Athman" and "Athman" in mention


def test_a_title_the_model_took_for_a_person_gives_way_to_the_name_after_it():
    text = "Federal Minister for Railways Khawaja Lashari said a fishplate was missing."
    tokens = ("Federal/NNP/PROPN/compound/1 Minister/NNP/PROPN/nsubj/6 for/IN/ADP/prep/1 "
              "Railways/NNP/PROPN/compound/5 Khawaja/NNP/PROPN/compound/5 Lashari/NNP/PROPN/conj/1 "
              "said/VBD/VERB/ROOT/6 a/DT/DET/det/8 fishplate/NN/NOUN/nsubj/9 was/VBD/AUX/ccomp/6 "
              "missing/JJ/ADJ/acomp/9 ././PUNCT/punct/6")
    [(_quote, _kind, mention, entity, _cue)] = found(text, tokens, [(0, 2, "PERSON"), (4, 6, "PERSON")])
    assert entity == "Khawaja Lashari" and mention.endswith("Khawaja Lashari")


def test_a_portfolio_goes_but_a_word_of_the_name_the_model_left_out_stays():
    text = "Federal Minister for Railways Khawaja Iqbal Lashari said a fishplate was missing."
    tokens = ("Federal/NNP/PROPN/compound/1 Minister/NNP/PROPN/nsubj/7 for/IN/ADP/prep/1 "
              "Railways/NNP/PROPN/compound/6 Khawaja/NNP/PROPN/compound/6 Iqbal/NNP/PROPN/compound/6 "
              "Lashari/NNP/PROPN/conj/1 said/VBD/VERB/ROOT/7 a/DT/DET/det/9 fishplate/NN/NOUN/nsubj/10 "
              "was/VBD/AUX/ccomp/7 missing/JJ/ADJ/acomp/10 ././PUNCT/punct/7")
    [(_quote, _kind, mention, entity, _cue)] = found(text, tokens, [(5, 7, "PERSON")])
    assert (mention, entity) == ("Khawaja Iqbal Lashari", "Khawaja Iqbal Lashari")


def test_a_job_in_apposition_is_no_name_to_hand_the_quote_to():
    # The model took the name for a body and the job after it for a person: the job does not speak.
    text = "\u201cClaims have normalised,\u201d said K.S. Raghunathan, Managing Director and CEO."
    tokens = ("\u201c/``/PUNCT/punct/6 Claims/NNS/NOUN/nsubj/3 have/VBP/AUX/aux/3 normalised/VBN/VERB/ccomp/6 "
              ",/,/PUNCT/punct/6 \u201d/''/PUNCT/punct/6 said/VBD/VERB/ROOT/6 K.S./NNP/PROPN/compound/8 "
              "Raghunathan/NNP/PROPN/nsubj/6 ,/,/PUNCT/punct/8 Managing/NNP/PROPN/compound/11 "
              "Director/NNP/PROPN/appos/8 and/CC/CCONJ/cc/11 CEO/NNP/PROPN/conj/11 ././PUNCT/punct/6")
    [(_quote, _kind, mention, _entity, _cue)] = found(text, tokens, [(7, 9, "ORG"), (10, 12, "PERSON")])
    assert mention == "K.S. Raghunathan"


def test_a_given_name_the_parser_read_as_an_adjective_still_names_a_person():
    text = "Vikram D\u2019Mello, an analyst, said costs would rise."
    tokens = ("Vikram/JJ/ADJ/amod/1 D\u2019Mello/NN/NOUN/nsubj/6 ,/,/PUNCT/punct/1 an/DT/DET/det/4 "
              "analyst/NN/NOUN/appos/1 ,/,/PUNCT/punct/1 said/VBD/VERB/ROOT/6 costs/NNS/NOUN/nsubj/9 "
              "would/MD/AUX/aux/9 rise/VB/VERB/ccomp/6 ././PUNCT/punct/6")
    assert found(text, tokens) == [("costs would rise", "indirect", "Vikram D\u2019Mello", "Vikram D\u2019Mello",
                                     "said")]


def test_a_body_with_an_of_part_ends_at_the_bracket_of_its_short_form():
    # "according to the Regional Transport Authority of Western Cape (Rtawc), which said": the parse hangs the
    # short form in brackets on the place; the body's name is the model's span, "Regional" included.
    text = "Buses were cancelled, according to the Regional Transport Authority of Western Cape (Rtawc), which said " \
           "it would update passengers."
    tokens = ("Buses/NNS/NOUN/nsubjpass/2 were/VBD/AUX/auxpass/2 cancelled/VBN/VERB/ROOT/2 ,/,/PUNCT/punct/2 "
              "according/VBG/VERB/prep/2 to/IN/ADP/prep/4 the/DT/DET/det/9 Regional/NNP/PROPN/compound/8 "
              "Transport/NNP/PROPN/compound/9 Authority/NNP/PROPN/pobj/5 of/IN/ADP/prep/9 "
              "Western/NNP/PROPN/compound/12 Cape/NNP/PROPN/pobj/10 (/-LRB-/PUNCT/punct/12 "
              "Rtawc/NNP/PROPN/appos/12 )/-RRB-/PUNCT/punct/12 ,/,/PUNCT/punct/9 which/WDT/PRON/nsubj/18 "
              "said/VBD/VERB/relcl/9 it/PRP/PRON/nsubj/21 would/MD/AUX/aux/21 update/VB/VERB/ccomp/18 "
              "passengers/NNS/NOUN/dobj/21 ././PUNCT/punct/2")
    quotes = found(text, tokens, [(6, 13, "ORG")])
    said = [q for q in quotes if q[0] == "it would update passengers"]
    assert said and said[0][2:4] == ("the Regional Transport Authority of Western Cape",
                                     "Regional Transport Authority of Western Cape")


def test_a_title_alone_the_model_tagged_as_a_name_is_the_person_given_that_title():
    text = "MEC for Roads Palesa Moloi visited. \u201cSomeone will answer,\u201d the MEC said."
    tokens = ("MEC/NNP/PROPN/compound/4 for/IN/ADP/prep/0 Roads/NNP/PROPN/pobj/1 Palesa/NNP/PROPN/compound/4 "
              "Moloi/NNP/PROPN/nsubj/5 visited/VBD/VERB/ROOT/5 ././PUNCT/punct/5 \u201c/``/PUNCT/punct/15 "
              "Someone/NN/PRON/nsubj/10 will/MD/AUX/aux/10 answer/VB/VERB/ccomp/15 ,/,/PUNCT/punct/15 "
              "\u201d/''/PUNCT/punct/15 the/DT/DET/det/14 MEC/NNP/PROPN/nsubj/15 said/VBD/VERB/ROOT/15 "
              "././PUNCT/punct/15")
    assert found(text, tokens, [(3, 5, "PERSON"), (14, 15, "ORG")]) == [
        ("\u201cSomeone will answer,\u201d", "direct", "the MEC", "Palesa Moloi", "said")]


def test_a_name_after_a_title_joined_by_and_to_the_subject_still_speaks():
    # The parse makes "Clerk" the subject and the name a conjunct; the "and" belongs to the title.
    text = "Harlan County Clerk and Recorder Maria Delgado said turnout was low."
    tokens = ("Harlan/NNP/PROPN/compound/1 County/NNP/PROPN/compound/2 Clerk/NNP/PROPN/nsubj/7 and/CC/CCONJ/cc/2 "
              "Recorder/NNP/PROPN/compound/6 Maria/NNP/PROPN/compound/6 Delgado/NNP/PROPN/conj/2 "
              "said/VBD/VERB/ROOT/7 turnout/NN/NOUN/nsubj/9 was/VBD/AUX/ccomp/7 low/JJ/ADJ/acomp/9 "
              "././PUNCT/punct/7")
    assert found(text, tokens, [(0, 3, "ORG"), (5, 7, "PERSON")]) == [
        ("turnout was low", "indirect", "Maria Delgado", "Maria Delgado", "said")]


def test_an_untagged_body_in_the_plural_with_its_for_part_is_no_person():
    text = "The Africa Centres for Disease Control said the risk was high."
    tokens = ("The/DT/DET/det/2 Africa/NNP/PROPN/compound/2 Centres/NNPS/PROPN/nsubj/6 for/IN/ADP/prep/2 "
              "Disease/NNP/PROPN/compound/5 Control/NNP/PROPN/pobj/3 said/VBD/VERB/ROOT/6 the/DT/DET/det/8 "
              "risk/NN/NOUN/nsubj/9 was/VBD/AUX/ccomp/6 high/JJ/ADJ/acomp/9 ././PUNCT/punct/6")
    assert found(text, tokens) == [("the risk was high", "indirect", "Africa Centres for Disease Control",
                                     "Africa Centres for Disease Control", "said")]


def test_a_lead_that_gives_only_a_title_means_the_person_named_later_with_it():
    text = "Acme posted a loss, its chief executive said. \u201cIt was hard,\u201d chief executive Ama Mensah told reporters."
    tokens = ("Acme/NNP/PROPN/nsubj/1 posted/VBD/VERB/ccomp/8 a/DT/DET/det/3 loss/NN/NOUN/dobj/1 ,/,/PUNCT/punct/8 "
              "its/PRP$/PRON/poss/7 chief/JJ/ADJ/amod/7 executive/NN/NOUN/nsubj/8 said/VBD/VERB/ROOT/8 "
              "././PUNCT/punct/8 \u201c/``/PUNCT/punct/20 It/PRP/PRON/nsubj/12 was/VBD/AUX/ccomp/20 "
              "hard/JJ/ADJ/acomp/12 ,/,/PUNCT/punct/20 \u201d/''/PUNCT/punct/20 chief/JJ/ADJ/amod/17 "
              "executive/NN/NOUN/compound/19 Ama/NNP/PROPN/compound/19 Mensah/NNP/PROPN/nsubj/20 "
              "told/VBD/VERB/ROOT/20 reporters/NNS/NOUN/dobj/20 ././PUNCT/punct/20")
    quotes = found(text, tokens, [(0, 1, "ORG"), (18, 20, "PERSON")])
    assert quotes[0][:4] == ("Acme posted a loss", "indirect", "its chief executive", "Ama Mensah")


def test_a_name_the_parse_joined_to_an_opening_phrase_still_speaks():
    # "Speaking after the count at Newport Centre, Ms Parry-Jones said": the parse made the name a conjunct
    # of the place and left "said" without a subject.
    text = "Speaking after the count at Newport Centre, Gwen Parry-Jones said the ward had spoken."
    tokens = ("Speaking/VBG/VERB/advcl/12 after/IN/ADP/prep/0 the/DT/DET/det/3 count/NN/NOUN/pobj/1 "
              "at/IN/ADP/prep/3 Newport/NNP/PROPN/compound/6 Centre/NNP/PROPN/pobj/4 ,/,/PUNCT/punct/6 "
              "Gwen/NNP/PROPN/compound/11 Parry/NNP/PROPN/compound/11 -/HYPH/PUNCT/punct/11 "
              "Jones/NNP/PROPN/conj/6 said/VBD/VERB/ROOT/12 the/DT/DET/det/14 ward/NN/NOUN/nsubj/16 "
              "had/VBD/AUX/aux/16 spoken/VBN/VERB/ccomp/12 ././PUNCT/punct/12")
    assert found(text, tokens, [(8, 12, "PERSON")]) == [
        ("the ward had spoken", "indirect", "Gwen Parry-Jones", "Gwen Parry-Jones", "said")]


def test_a_name_right_before_a_verb_with_no_subject_speaks():
    # "Lerwick lifeboat coxswain Bruce Leask said": the parse took the job for a verb and the name for its object.
    text = "Lifeboat coxswain Bruce Leask said the swell was heavy."
    tokens = ("Lifeboat/NN/NOUN/nsubj/1 coxswain/VBP/VERB/ROOT/1 Bruce/NNP/PROPN/compound/3 "
              "Leask/NNP/PROPN/dobj/1 said/VBD/VERB/ROOT/4 the/DT/DET/det/6 swell/NN/NOUN/nsubj/7 "
              "was/VBD/AUX/ccomp/4 heavy/JJ/ADJ/acomp/7 ././PUNCT/punct/4")
    assert found(text, tokens, [(2, 4, "PERSON")]) == [
        ("the swell was heavy", "indirect", "Bruce Leask", "Bruce Leask", "said")]


def test_a_name_after_a_titles_portfolio_speaks_though_tagged_with_it_as_a_body():
    # "Member of Parliament Dwight Morrison": the model tagged "Parliament Dwight Morrison" as one body.
    text = "Member of Parliament Dwight Morrison said the festival would return."
    tokens = ("Member/NNP/PROPN/nsubj/5 of/IN/ADP/prep/0 Parliament/NNP/PROPN/compound/4 "
              "Dwight/NNP/PROPN/compound/4 Morrison/NNP/PROPN/pobj/1 said/VBD/VERB/ROOT/5 the/DT/DET/det/7 "
              "festival/NN/NOUN/nsubj/9 would/MD/AUX/aux/9 return/VB/VERB/ccomp/5 ././PUNCT/punct/5")
    assert found(text, tokens, [(2, 5, "ORG")]) == [
        ("the festival would return", "indirect", "Dwight Morrison", "Dwight Morrison", "said")]


def test_the_name_after_a_cited_title_is_who_is_cited():
    # "According to the Divisional Forest Officer of Hojai, Pankaj Bora, the herd ...": the parse made the name
    # the subject of what follows.
    text = "According to the Forest Officer of Hojai, Pankaj Bora, the herd was moving."
    tokens = ("According/VBG/VERB/prep/14 to/IN/ADP/prep/0 the/DT/DET/det/4 Forest/NNP/PROPN/compound/4 "
              "Officer/NNP/PROPN/pobj/1 of/IN/ADP/prep/4 Hojai/NNP/PROPN/pobj/5 ,/,/PUNCT/punct/4 "
              "Pankaj/NNP/PROPN/compound/9 Bora/NNP/PROPN/nsubj/14 ,/,/PUNCT/punct/9 the/DT/DET/det/12 "
              "herd/NN/NOUN/nsubj/14 was/VBD/AUX/aux/14 moving/VBG/VERB/ROOT/14 ././PUNCT/punct/14")
    assert found(text, tokens, [(8, 10, "PERSON")]) == [
        ("the herd was moving", "indirect", "Pankaj Bora", "Pankaj Bora", "According to")]


def test_the_statement_before_a_second_that_clause_holding_a_quote_is_reported_speech():
    # The second "that" clause carries the quote in marks; the first is a statement of its own.
    text = 'The union said the site had been inspected and that a "stop work" order was issued.'
    tokens = ("The/DT/DET/det/1 union/NN/NOUN/nsubj/2 said/VBD/VERB/ROOT/2 the/DT/DET/det/4 "
              "site/NN/NOUN/nsubjpass/7 had/VBD/AUX/aux/7 been/VBN/AUX/auxpass/7 inspected/VBN/VERB/ccomp/2 "
              "and/CC/CCONJ/cc/7 that/IN/SCONJ/mark/17 a/DT/DET/det/15 \"/``/PUNCT/punct/15 stop/VB/VERB/nmod/13 "
              "work/NN/NOUN/nmod/15 \"/''/PUNCT/punct/15 order/NN/NOUN/nsubjpass/17 was/VBD/AUX/auxpass/17 "
              "issued/VBN/VERB/conj/7 ././PUNCT/punct/2")
    indirect = [q for q in found(text, tokens) if q[1] == "indirect"]
    assert indirect == [("the site had been inspected", "indirect", "The union", None, "said")]


def test_a_question_left_open_before_a_second_verb_is_no_reported_statement():
    # "declined to say how many": nothing was stated; only the part after "but said" is a quote.
    text = 'She declined to say how many jobs would go, but said there would be "no forced redundancies."'
    tokens = ("She/PRP/PRON/nsubj/1 declined/VBD/VERB/ROOT/1 to/TO/PART/aux/3 say/VB/VERB/xcomp/1 "
              "how/WRB/SCONJ/advmod/5 many/JJ/ADJ/amod/6 jobs/NNS/NOUN/nsubj/8 would/MD/AUX/aux/8 go/VB/VERB/ccomp/3 "
              ",/,/PUNCT/punct/1 but/CC/CCONJ/cc/1 said/VBD/VERB/conj/1 there/EX/PRON/expl/14 would/MD/AUX/aux/14 "
              "be/VB/AUX/ccomp/11 \"/``/PUNCT/punct/18 no/DT/DET/det/18 forced/JJ/ADJ/amod/18 "
              "redundancies/NNS/NOUN/attr/14 ././PUNCT/punct/1 \"/''/PUNCT/punct/1")
    assert [q[:3] for q in found(text, tokens)] == [('"no forced redundancies."', "partial", "She")]


def test_a_dateline_is_no_part_of_the_fronted_clause():
    from quotedesk.core.pretag.indirect import _after_dateline
    nlp = spacy.blank("en")
    for text, first in [("MUSCAT: Fourteen people were hurt", "Fourteen"),
                        ("WICHITA, Kansas, Sept 12 (Reuters) - Workers voted to strike", "Workers"),
                        ("MUNICH (dpa) - Bavarian brewer Aubacher raised its profit", "Bavarian"),
                        ("Prices rose - sharply - in May", "Prices")]:
        doc = nlp(text)
        assert doc[_after_dateline(doc, 0, len(doc))].text == first


def test_a_dateline_taken_for_the_subject_gives_way_to_the_body_joined_to_it():
    # The parser made "TOKYO" the subject and the company a conjunct of it.
    text = ("TOKYO, May 14 Kyodo - Chikuzen Financial Group Inc., the largest regional lender in Kyushu, said Tuesday "
            "its net profit rose 31 percent.")
    tokens = ("TOKYO/NNP/PROPN/nsubj/18 ,/,/PUNCT/punct/0 May/NNP/PROPN/nmod/9 14/CD/NUM/nummod/2 "
              "Kyodo/NNP/PROPN/compound/6 -/HYPH/PUNCT/punct/6 Chikuzen/NNP/PROPN/compound/9 "
              "Financial/NNP/PROPN/compound/9 Group/NNP/PROPN/compound/9 Inc./NNP/PROPN/conj/0 ,/,/PUNCT/punct/9 "
              "the/DT/DET/det/14 largest/JJS/ADJ/amod/14 regional/JJ/ADJ/amod/14 lender/NN/NOUN/appos/9 "
              "in/IN/ADP/prep/14 Kyushu/NNP/PROPN/pobj/15 ,/,/PUNCT/punct/9 said/VBD/VERB/ROOT/18 "
              "Tuesday/NNP/PROPN/npadvmod/23 its/PRP$/PRON/poss/22 net/JJ/ADJ/amod/22 profit/NN/NOUN/nsubj/23 "
              "rose/VBD/VERB/ccomp/18 31/CD/NUM/nummod/25 percent/NN/NOUN/npadvmod/23 ././PUNCT/punct/18")
    quotes = found(text, tokens, [(0, 1, "GPE"), (6, 10, "ORG"), (16, 17, "GPE")])
    assert [(q[1], q[2], q[3]) for q in quotes] == [
        ("indirect", "Chikuzen Financial Group Inc.", "Chikuzen Financial Group Inc.")]


def test_a_dateline_is_no_subject_beside_the_real_one():
    # The parser gave "said" two subjects: the dateline and the health authorities.
    text = ("GOMA, DR Congo (AFP) - Health authorities in eastern Congo said on Tuesday that more than 1,200 new "
            "cases had been recorded.")
    tokens = ("GOMA/NNP/PROPN/nsubj/13 ,/,/PUNCT/punct/0 DR/NNP/PROPN/compound/3 Congo/NNP/PROPN/appos/0 "
              "(/-LRB-/PUNCT/punct/5 AFP/NNP/PROPN/appos/3 )/-RRB-/PUNCT/punct/5 -/:/PUNCT/punct/0 "
              "Health/NN/NOUN/compound/9 authorities/NNS/NOUN/nsubj/13 in/IN/ADP/prep/9 eastern/JJ/ADJ/amod/12 "
              "Congo/NNP/PROPN/pobj/10 said/VBD/VERB/ROOT/13 on/IN/ADP/prep/13 Tuesday/NNP/PROPN/pobj/14 "
              "that/IN/SCONJ/mark/24 more/JJR/ADJ/amod/19 than/IN/ADP/quantmod/19 1,200/CD/NUM/nummod/21 "
              "new/JJ/ADJ/amod/21 cases/NNS/NOUN/nsubjpass/24 had/VBD/AUX/aux/24 been/VBN/AUX/auxpass/24 "
              "recorded/VBN/VERB/ccomp/13 ././PUNCT/punct/13")
    quotes = found(text, tokens, [(2, 4, "ORG"), (12, 13, "GPE")])
    assert [(q[1], q[2]) for q in quotes] == [("indirect", "Health authorities")]


def test_a_statement_opening_with_that_tagged_as_a_wh_word_is_still_a_statement():
    # The tagger may call the complementiser "that" WDT; it opens a statement, not a question.
    text = 'The union said that the site had been inspected and that a "stop work" order was issued.'
    tokens = ("The/DT/DET/det/1 union/NN/NOUN/nsubj/2 said/VBD/VERB/ROOT/2 that/WDT/PRON/mark/8 the/DT/DET/det/5 "
              "site/NN/NOUN/nsubjpass/8 had/VBD/AUX/aux/8 been/VBN/AUX/auxpass/8 inspected/VBN/VERB/ccomp/2 "
              "and/CC/CCONJ/cc/8 that/IN/SCONJ/mark/18 a/DT/DET/det/16 \"/``/PUNCT/punct/16 stop/VB/VERB/nmod/14 "
              "work/NN/NOUN/nmod/16 \"/''/PUNCT/punct/16 order/NN/NOUN/nsubjpass/18 was/VBD/AUX/auxpass/18 "
              "issued/VBN/VERB/conj/8 ././PUNCT/punct/2")
    indirect = [q for q in found(text, tokens) if q[1] == "indirect"]
    assert indirect == [("that the site had been inspected", "indirect", "The union", None, "said")]
