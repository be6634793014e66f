"""Lookups and name repairs the speaker finder makes over one article, on hand-made parses (no model needed)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotedesk.core.pretag.article_context import ArticleContext
from quotedesk.core.pretag.textindex import TextIndex
from quotedesk.core.pretag.types import EntitySuggestion


def with_sentences(text: str) -> Doc:
    """The text split into words and sentences, with no parse."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(text)


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


def test_a_name_tagged_as_an_organisation_that_speaks_as_i_is_a_person():
    from quotedesk.core.pretag.names import NameRepair

    words = ["Darius", "Wendell", "came", "second", ".", "\"", "I", "was", "too", "slow", ",", "\"", "Wendell",
             "said", "."]
    spaces = [True, True, True, False, True, False, True, True, True, False, False, True, True, False, False]
    heads = [1, 2, 2, 2, 2, 13, 7, 13, 9, 7, 13, 13, 13, 13, 13]
    deps = ["compound", "nsubj", "ROOT", "advmod", "punct", "punct", "nsubj", "ccomp", "advmod", "acomp", "punct",
            "punct", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "ADV", "PUNCT", "PUNCT", "PRON", "AUX", "ADV", "ADJ", "PUNCT", "PUNCT",
           "PROPN", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * 4 + [True] + [False] * 9)
    text = doc.text
    quote = (text.index("\""), text.rindex("\"") + 1)
    index = TextIndex(doc, text)
    index.set_quoted([quote])
    said = text.rindex("Wendell")
    entities = [EntitySuggestion(0, 14, "ORG"), EntitySuggestion(said, said + 7, "ORG")]
    NameRepair(index, entities)
    assert [(e.label, e.canonical) for e in entities] == [("PERSON", "Darius Wendell"), ("PERSON", "Darius Wendell")]


def test_an_organisation_that_speaks_as_we_stays_an_organisation():
    from quotedesk.core.pretag.names import NameRepair

    words = ["\"", "We", "were", "too", "slow", ",", "\"", "Veltro", "said", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              spaces=[False, True, True, True, False, False, True, True, False, False],
              heads=[8, 2, 8, 4, 2, 8, 8, 8, 8, 8],
              deps=["punct", "nsubj", "ccomp", "advmod", "acomp", "punct", "punct", "nsubj", "ROOT", "punct"],
              pos=["PUNCT", "PRON", "AUX", "ADV", "ADJ", "PUNCT", "PUNCT", "PROPN", "VERB", "PUNCT"])
    text = doc.text
    index = TextIndex(doc, text)
    index.set_quoted([(0, text.rindex("\"") + 1)])
    start = text.index("Veltro")
    entities = [EntitySuggestion(start, start + 6, "ORG", "Veltro")]
    NameRepair(index, entities)
    assert entities[0].label == "ORG"


def test_name_particles_belong_to_the_name_whatever_the_parse():
    # The small model reads "den" in "Jeroen van den Broek" as a verb; the name is still the whole run.
    words = ["Jeroen", "van", "den", "Broek", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 5 + [False, False],
              pos=["PROPN", "PROPN", "VERB", "PROPN", "VERB", "ADV", "PUNCT"],
              heads=[1, 2, 4, 4, 4, 4, 4], deps=["compound", "nsubj", "ccomp", "nsubj", "ROOT", "advmod", "punct"])
    context = ArticleContext(TextIndex(doc, doc.text), [])
    start, end = context._proper_run(doc[3])
    assert doc.text[start:end] == "Jeroen van den Broek"
    # "do" is an English word as well as a particle: it is not taken into a name on the text alone.
    words = ["Why", "do", "Kenyans", "run", "?"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, False, False],
              pos=["ADV", "AUX", "PROPN", "VERB", "PUNCT"], heads=[3, 3, 3, 3, 3],
              deps=["advmod", "aux", "nsubj", "ROOT", "punct"])
    assert ArticleContext(TextIndex(doc, doc.text), [])._proper_run(doc[2]) is None


def test_a_family_name_inside_a_full_name_tagged_as_a_place_is_that_person():
    from quotedesk.core.pretag.names import NameRepair

    # "José Antonio Medina de la Garza" ... "Medina said": the paternal family name used alone.
    words = ["José", "Antonio", "Medina", "de", "la", "Garza", "spoke", ".", "Medina", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 6 + [False, True, True, True, False, False],
              pos=["PROPN"] * 6 + ["VERB", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"],
              heads=[5, 5, 5, 5, 5, 6, 6, 6, 9, 9, 9, 9],
              deps=["compound"] * 5 + ["nsubj", "ROOT", "punct", "nsubj", "ROOT", "advmod", "punct"],
              sent_starts=[True] + [False] * 7 + [True] + [False] * 3)
    text = doc.text
    said = text.rindex("Medina")
    entities = [EntitySuggestion(0, text.index(" spoke"), "PERSON", "José Antonio Medina de la Garza"),
                EntitySuggestion(said, said + 6, "GPE")]
    NameRepair(TextIndex(doc, text), entities)
    assert (entities[1].label, entities[1].canonical) == ("PERSON", "José Antonio Medina de la Garza")


def test_one_name_with_an_age_or_a_job_in_apposition_is_a_person():
    from quotedesk.core.pretag.speakers import Speakers

    words = ["Ihsanullah", ",", "a", "45-year-old", "owner", ",", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False, True, True, True, False, True, True, False, False],
              pos=["PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"],
              heads=[6, 0, 4, 4, 0, 0, 6, 6, 6],
              deps=["nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "advmod", "punct"])
    speaker = Speakers(TextIndex(doc, doc.text), [EntitySuggestion(0, 10, "GPE")]).mention(doc[0])
    assert (speaker.entity, speaker.label) == ("Ihsanullah", "PERSON")
    # A place described by what it is stays unnamed as a speaker.
    words = ["Peshawar", ",", "a", "city", ",", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[False, True, True, False, True, True, False, False],
              pos=["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "ADV", "PUNCT"],
              heads=[5, 0, 3, 0, 0, 5, 5, 5], deps=["nsubj", "punct", "det", "appos", "punct", "ROOT", "advmod", "punct"])
    speaker = Speakers(TextIndex(doc, doc.text), [EntitySuggestion(0, 8, "GPE")]).mention(doc[0])
    assert speaker.label != "PERSON"


def test_a_name_tagged_as_an_organisation_said_to_speak_of_she_is_a_person():
    from quotedesk.core.pretag.names import NameRepair

    words = ["Tigist", "Alemayehu", "was", "second", ".", "Alemayehu", "said", "she", "was", "happy", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, False, True, True, True, True, True,
                                                           False, False],
              pos=["PROPN", "PROPN", "AUX", "ADJ", "PUNCT", "PROPN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"],
              heads=[1, 2, 2, 2, 2, 6, 6, 8, 6, 8, 6],
              deps=["compound", "nsubj", "ROOT", "acomp", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"],
              sent_starts=[True, False, False, False, False, True, False, False, False, False, False])
    text = doc.text
    said = text.rindex("Alemayehu")
    entities = [EntitySuggestion(0, 16, "ORG"), EntitySuggestion(said, said + 9, "ORG")]
    NameRepair(TextIndex(doc, text), entities)
    assert [(e.label, e.canonical) for e in entities] == [("PERSON", "Tigist Alemayehu"), ("PERSON", "Tigist Alemayehu")]


def test_one_name_after_a_job_word_is_a_person():
    from quotedesk.core.pretag.speakers import Speakers

    # Indonesian copy often names people with one word: "BNPB spokesman Sutrisno said".
    words = ["BNPB", "spokesman", "Sutrisno", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, True, True, False, False],
              pos=["PROPN", "NOUN", "PROPN", "VERB", "ADV", "PUNCT"], heads=[2, 2, 3, 3, 3, 3],
              deps=["compound", "compound", "nsubj", "ROOT", "advmod", "punct"])
    speaker = Speakers(TextIndex(doc, doc.text), []).mention(doc[2])
    assert (doc.text[speaker.start:speaker.end], speaker.entity, speaker.label) == ("Sutrisno", "Sutrisno", "PERSON")


def test_the_name_right_after_a_job_word_is_the_speaker_whatever_the_parse():
    from quotedesk.core.pretag.speakers import Speakers

    # The parser may make "actress" the subject and hang the name on it as an object.
    words = ["Veteran", "actress", "Vivian", "Tsang", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 5 + [False, False],
              pos=["NOUN", "NOUN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"], heads=[1, 4, 3, 1, 4, 4, 4],
              deps=["compound", "nsubj", "compound", "dobj", "ROOT", "advmod", "punct"])
    start = doc.text.index("Vivian")
    speaker = Speakers(TextIndex(doc, doc.text), [EntitySuggestion(start, start + 12, "PERSON", "Vivian Tsang")]
                       ).mention(doc[1])
    assert (doc.text[speaker.start:speaker.end], speaker.entity) == ("Vivian Tsang", "Vivian Tsang")


def test_a_given_name_of_one_gender_decides_only_where_the_article_says_nothing():
    from quotedesk.core.pretag.given_names import FEMALE, MALE, gender_of
    from quotedesk.core.pretag.names import NameRepair

    assert gender_of("Maria") == "f" and gender_of("Kwame") == "m" and gender_of("Alex") is None
    # Names from southern and west Africa, Aotearoa and South Asia; ones used for both (Tendai, Olumide) stay out.
    assert [gender_of(n) for n in ("Sibusiso", "Thandeka", "Chinedu", "Wambui", "Wiremu", "Kavitha")] == \
        ["m", "f", "m", "f", "m", "f"]
    assert gender_of("Tendai") is None and gender_of("Olumide") is None
    assert not FEMALE & MALE
    words = ["Maria", "Vega", "met", "Mr", "Ben", "Okafor", ".", "Kim", "Lee", "smiled", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 5 + [False, True, True, True, False, False],
              pos=["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"],
              heads=[1, 2, 2, 5, 5, 2, 2, 8, 9, 9, 9],
              deps=["compound", "nsubj", "ROOT", "compound", "compound", "dobj", "punct", "compound", "nsubj", "ROOT",
                    "punct"], sent_starts=[True] + [False] * 6 + [True] + [False] * 3)
    text = doc.text
    entities = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
                for n in ("Maria Vega", "Ben Okafor", "Kim Lee")]
    genders = NameRepair(TextIndex(doc, text), entities).genders()
    # "Mr" is the article's own word; "Maria" decides for her; "Kim" is both, so nothing is guessed.
    assert genders == {"Ben Okafor": "m", "Maria Vega": "f"}


def test_the_shipped_name_table_knows_given_names_the_short_lists_miss():
    from quotedesk.core.pretag.given_names import gender_of, likely_gender
    from quotedesk.core.pretag.names import NameRepair

    assert [gender_of(n) for n in ("Darren", "Caoimhe", "Tadhg")] == [None, None, None]
    assert [likely_gender(n) for n in ("Darren", "Caoimhe", "Tadhg", "Maria")] == ["m", "f", "m", "f"]
    # Names borne by both, or not names at all, stay unknown.
    assert [likely_gender(n) for n in ("Jean", "Kim", "Limerick", "Permanent")] == [None] * 4
    words = ["Darren", "Walsh", "left", ".", "Aoife", "Byrne", "stayed", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, True, True, True, False, False],
              pos=["PROPN", "PROPN", "VERB", "PUNCT"] * 2, heads=[1, 2, 2, 2, 5, 6, 6, 6],
              deps=["compound", "nsubj", "ROOT", "punct"] * 2, sent_starts=[True, False, False, False] * 2)
    text = doc.text
    entities = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
                for n in ("Darren Walsh", "Aoife Byrne")]
    assert NameRepair(TextIndex(doc, text), entities).genders() == {"Darren Walsh": "m", "Aoife Byrne": "f"}


def test_the_name_table_keeps_only_names_many_sources_agree_on():
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "build_name_genders.py"
    spec = importlib.util.spec_from_file_location("build_name_genders", script)
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    # [sources, bearers, share who are women]
    data = {"darren": [29, 143604, 0.006, 3], "caoimhe": [16, 11875, 0.984, 3], "jean": [31, 2525377, 0.477, 3],
            "rajeswari": [6, 18, 1.0, 3], "zorp": [2, 500, 0.0, 3], "&amp;me": [9, 900, 0.0, 3]}
    assert build.genders(data) == {"darren": "m", "caoimhe": "f", "jean": "u"}  # "u": a name borne by both


def test_a_given_name_of_either_gender_is_a_given_name_but_decides_no_pronoun():
    from quotedesk.core.pretag.given_names import is_given_name, likely_gender

    assert [is_given_name(w) for w in ("Devon", "Faith", "Kim", "Darren")] == [True] * 4
    assert [is_given_name(w) for w in ("Police", "Shooter", "Slovenian", "Development")] == [False] * 4
    assert likely_gender("Devon") is None  # borne by both: it never decides "he" or "she"


def test_english_nouns_and_adjectives_come_from_the_base_models_lookup_tables():
    from quotedesk.core.pretag.english_words import dictionary_words

    assert {"police", "shooter", "slovenian", "development"} <= dictionary_words()
    assert "kovačič" not in dictionary_words()


def test_a_person_span_never_ends_on_a_particle():
    from quotedesk.core.pretag.people import trim_person_names

    words = ["Anneke", "van", "der", "Voort", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 5 + [False, False],
              pos=["PROPN", "PROPN", "X", "PROPN", "VERB", "ADV", "PUNCT"], heads=[3, 3, 3, 4, 4, 4, 4],
              deps=["compound", "compound", "dep", "nsubj", "ROOT", "advmod", "punct"])
    ent = EntitySuggestion(0, len("Anneke van"), "PERSON")
    trim_person_names(doc, [ent], doc.text)
    assert doc.text[ent.start:ent.end] == "Anneke van der Voort"


def test_a_subject_whose_name_the_model_cut_is_not_the_name_in_apposition_after_it():
    # "said Jean-Philippe Roy-Daoust, head of Les Amis de Montréal": the model tagged only "Jean-Philippe",
    # and "de Montréal" (hung on the name as an apposition) as a person.
    from quotedesk.core.pretag.speakers import Speakers

    words = ["said", "Jean", "-", "Philippe", "Roy", "-", "Daoust", ",", "head", "of", "Les", "Amis", "de",
             "Montréal", "."]
    spaces = [True, False, False, True, False, False, False, True, True, True, True, True, True, False, False]
    heads = [0, 3, 3, 6, 6, 6, 0, 6, 6, 8, 11, 9, 13, 6, 0]
    deps = ["ROOT", "compound", "punct", "compound", "compound", "punct", "nsubj", "punct", "appos", "prep",
            "compound", "pobj", "compound", "appos", "punct"]
    pos = ["VERB", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "NOUN", "ADP", "PROPN", "PROPN",
           "X", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    text = doc.text
    entities = [EntitySuggestion(text.index("Jean"), text.index("Jean") + len("Jean-Philippe"), "PERSON",
                                 "Jean-Philippe"),
                EntitySuggestion(text.index("de M"), len(text) - 1, "PERSON", "de Montréal")]
    speaker = Speakers(TextIndex(doc, text), entities).mention(doc[6])
    assert text[speaker.start:speaker.end] == "Jean-Philippe Roy-Daoust"
    assert speaker.entity == "Jean-Philippe Roy-Daoust"


def test_a_family_name_the_model_cut_after_its_particles_takes_them_back():
    # "Van der" + "Merwe": the model's span starts inside the name; the run the parse holds together wins.
    from quotedesk.core.pretag.names import NameRepair

    words = ["Pieter", "van", "der", "Merwe", "spoke", ".", "Van", "der", "Merwe", "said", "so", "."]
    heads = [3, 3, 3, 4, 4, 4, 8, 8, 9, 9, 9, 9]
    deps = ["compound", "compound", "compound", "nsubj", "ROOT", "punct", "compound", "compound", "nsubj", "ROOT",
            "advmod", "punct"]
    pos = ["PROPN", "ADP", "ADP", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              spaces=[True, True, True, True, False, True, True, True, True, True, False, False],
              sent_starts=[True] + [False] * 5 + [True] + [False] * 5)
    text = doc.text
    second = text.rindex("Merwe")
    entities = [EntitySuggestion(0, len("Pieter van der Merwe"), "PERSON", "Pieter van der Merwe"),
                EntitySuggestion(second, second + len("Merwe"), "PERSON", "Merwe")]
    NameRepair(TextIndex(doc, text), entities)
    assert text[entities[1].start:entities[1].end] == "Van der Merwe"
    assert entities[1].canonical == "Pieter van der Merwe"


def test_he_and_she_pass_over_spans_taken_for_people_that_show_they_are_none():
    from quotedesk.core.pretag.references import References

    text = ("The Northern Marvels won. Turnout was low and turnout matters. Limerick beat Limerick. "
            "John Bishop met Permanent Secretary and NARD President. Kapilipili and Sana Tariq Sheikh spoke.")
    doc = with_sentences(text)

    def at(name: str, label: str = "PERSON", nth: int = 0) -> EntitySuggestion:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        return EntitySuggestion(start, start + len(name), label, name)

    people = [at("Northern Marvels"), at("Turnout"), at("Limerick"), at("John Bishop"),
              at("Permanent Secretary"), at("NARD President"), at("Kapilipili"), at("Sana Tariq Sheikh")]
    references = References(TextIndex(doc, text), people + [at("Limerick", "GPE", nth=1)])
    unlike = {e.canonical: references._unlike_a_person(e) for e in people}
    assert unlike == {"Northern Marvels": True, "Turnout": True, "Limerick": True, "John Bishop": False,
                      "Permanent Secretary": True, "NARD President": True, "Kapilipili": False,
                      "Sana Tariq Sheikh": False}


def test_he_after_a_sentence_that_names_one_man_though_not_as_its_subject_is_that_man():
    from quotedesk.core.pretag.references import References

    def resolve(given: str) -> str | None:
        words = ["Pieter", "de", "Wit", "spoke", ".",
                 "For", given, "Postma", ",", "the", "issue", "was", "personal", ".",
                 "\"", "We", "fish", "here", ",", "\"", "he", "said", "."]
        heads = [2, 2, 3, 3, 3,
                 11, 7, 5, 11, 10, 11, 11, 11, 11,
                 21, 16, 21, 16, 21, 21, 21, 21, 21]
        deps = ["compound", "compound", "nsubj", "ROOT", "punct",
                "prep", "compound", "pobj", "punct", "det", "nsubj", "ROOT", "acomp", "punct",
                "punct", "nsubj", "ccomp", "advmod", "punct", "punct", "nsubj", "ROOT", "punct"]
        pos = ["PROPN", "PROPN", "PROPN", "VERB", "PUNCT",
               "ADP", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT",
               "PUNCT", "PRON", "VERB", "ADV", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"]
        spaces = [True, True, True, False, True,
                  True, True, False, True, True, True, True, False, True,
                  False, True, True, False, False, True, True, False, False]
        starts = [True] + [False] * 4 + [True] + [False] * 8 + [True] + [False] * 8
        doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
                  sent_starts=starts)
        text = doc.text
        index = TextIndex(doc, text)
        index.set_quoted([(text.index("\""), text.rindex("\"") + 1)])
        postma = f"{given} Postma"
        entities = [EntitySuggestion(0, len("Pieter de Wit"), "PERSON", "Pieter de Wit"),
                    EntitySuggestion(text.index(postma), text.index(postma) + len(postma), "PERSON", postma)]
        found = References(index, entities).antecedent(text.index(" he ") + 1, ("PERSON",), gender="m")
        return found.canonical if found else None

    # A given name that is a man's: the one person just named, over the subject of an older sentence.
    assert resolve("Darren") == "Darren Postma"
    # A given name borne by both says nothing; the subject before stands.
    assert resolve("Jean") == "Pieter de Wit"


def test_a_description_with_an_age_is_someone_named_before():
    from quotedesk.core.pretag.references import References

    words = ["Rónán", "Hayes", "scored", ".", "The", "20", "-", "year", "-", "old", "clubman", "said", "so", "."]
    spaces = [True, False, True, False, True, False, False, False, False, True, True, True, False, False]
    heads = [1, 2, 2, 2, 10, 7, 7, 9, 9, 10, 11, 11, 11, 11]
    deps = ["compound", "nsubj", "ROOT", "punct", "det", "nummod", "punct", "npadvmod", "punct", "amod", "nsubj",
            "ROOT", "advmod", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NUM", "PUNCT", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB", "ADV",
           "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * 3 + [True] + [False] * 9)
    text = doc.text
    assert "The 20-year-old clubman said" in text
    hayes = EntitySuggestion(0, len("Rónán Hayes"), "PERSON", "Rónán Hayes")
    references = References(TextIndex(doc, text), [hayes])
    found = references.description(doc[10], doc[10].idx)
    assert found is not None and found.canonical == "Rónán Hayes"


def test_a_name_in_apposition_to_a_title_in_apposition_is_the_speaker():
    # "The state Police Public Relations Officer, SP Chioma Eze, said": the parse makes "state" the subject,
    # hangs the title on it and the name on the title.
    from quotedesk.core.pretag.speakers import Speakers

    words = ["The", "state", "Police", "Public", "Relations", "Officer", ",", "SP", "Chioma", "Eze", ",", "said",
             "so", "."]
    spaces = [True, True, True, True, True, False, True, True, True, False, True, True, False, False]
    heads = [1, 11, 5, 4, 5, 1, 5, 9, 9, 5, 1, 11, 11, 11]
    deps = ["det", "nsubj", "nmod", "compound", "compound", "appos", "punct", "compound", "compound", "appos",
            "punct", "ROOT", "advmod", "punct"]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB",
           "ADV", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    text = doc.text
    start = text.index("Chioma")
    speaker = Speakers(TextIndex(doc, text), [EntitySuggestion(start, start + len("Chioma Eze"), "PERSON",
                                                               "Chioma Eze")]).mention(doc[1])
    # The mention may take the rank in; the title is not the speaker.
    assert text[speaker.start:speaker.end] in ("Chioma Eze", "SP Chioma Eze") and speaker.entity == "Chioma Eze"


def test_a_title_with_its_portfolio_then_a_name_right_before_the_verb_is_that_person():
    # "Mayoral committee member for infrastructure and engineering Luvuyo Mpofu defended": the parse makes
    # the name the object of "engineering"; the words still say who spoke.
    from quotedesk.core.pretag.speakers import Speakers

    words = ["Mayoral", "committee", "member", "for", "infrastructure", "and", "engineering", "Luvuyo", "Mpofu",
             "defended", "the", "increase", "."]
    heads = [2, 2, 9, 2, 3, 4, 2, 8, 6, 9, 11, 9, 9]
    deps = ["amod", "compound", "nsubj", "prep", "pobj", "cc", "conj", "compound", "dobj", "ROOT", "det", "dobj",
            "punct"]
    pos = ["ADJ", "NOUN", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 11 + [False, False], heads=heads, deps=deps,
              pos=pos)
    text = doc.text
    start = text.index("Luvuyo")
    speaker = Speakers(TextIndex(doc, text), [EntitySuggestion(start, start + len("Luvuyo Mpofu"), "PERSON",
                                                               "Luvuyo Mpofu")]).mention(doc[2])
    assert (text[speaker.start:speaker.end], speaker.entity) == ("Luvuyo Mpofu", "Luvuyo Mpofu")


def test_her_son_is_the_son_the_article_named_as_hers():
    from quotedesk.core.pretag.references import References

    words = ["Ruth", "Hall", "died", ".", "Her", "son", ",", "Dwight", "Hall", ",", "spoke", ".",
             "Her", "son", "said", "so", "."]
    spaces = [True, True, False, True, True, False, True, True, False, True, False, True,
              True, True, True, False, False]
    heads = [1, 2, 2, 2, 5, 10, 5, 8, 5, 5, 10, 10, 13, 14, 14, 14, 14]
    deps = ["compound", "nsubj", "ROOT", "punct", "poss", "nsubj", "punct", "compound", "appos", "punct", "ROOT",
            "punct", "poss", "nsubj", "ROOT", "advmod", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PRON", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT",
           "PRON", "NOUN", "VERB", "ADV", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              sent_starts=[True, False, False, False, True] + [False] * 7 + [True] + [False] * 4)
    text = doc.text
    dwight = text.index("Dwight Hall")
    entities = [EntitySuggestion(0, 9, "PERSON", "Ruth Hall"),
                EntitySuggestion(dwight, dwight + len("Dwight Hall"), "PERSON", "Dwight Hall")]
    found = References(TextIndex(doc, text), entities).description(doc[13], doc[13].idx)
    assert found is not None and found.canonical == "Dwight Hall"


def test_a_short_mention_before_a_full_name_found_later_takes_the_full_name():
    # The headline's "Abou Zeid" is tagged; the model missed "Hazem Abou Zeid" in the story.
    from quotedesk.core.pretag.names import NameRepair

    words = ["Abou", "Zeid", "won", ".", "Then", "Hazem", "Abou", "Zeid", "smiled", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, True, True, True, True, True, False,
                                                            False],
              pos=["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
              heads=[1, 2, 2, 2, 8, 7, 7, 8, 8, 8],
              deps=["compound", "nsubj", "ROOT", "punct", "advmod", "compound", "compound", "nsubj", "ROOT", "punct"],
              sent_starts=[True, False, False, False, True, False, False, False, False, False])
    text = doc.text
    short = EntitySuggestion(0, len("Abou Zeid"), "PERSON", "Abou Zeid")
    repair = NameRepair(TextIndex(doc, text), [short])
    assert "Hazem Abou Zeid" in repair.person_names
    assert short.canonical == "Hazem Abou Zeid"


def test_he_passes_over_one_unknown_word_when_a_man_is_named_close_by():
    # "Limerick" (a county team the model took for a person) is the nearer subject; Tadhg is a man's name.
    from quotedesk.core.pretag.references import References

    words = ["Tadhg", "Carthy", "spoke", ".", "Limerick", "won", ".", "\"", "We", "fought", ",", "\"", "he", "said",
             "."]
    spaces = [True, False, True, True, False, True, False, True, False, False, False, True, True, False, False]
    heads = [1, 2, 2, 2, 5, 5, 5, 13, 9, 13, 13, 13, 13, 13, 13]
    deps = ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "punct", "punct", "nsubj", "ccomp", "punct",
            "punct", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT", "PUNCT",
           "PRON", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
              sent_starts=[True, False, False, False, True, False, False, True] + [False] * 7)
    text = doc.text
    index = TextIndex(doc, text)
    index.set_quoted([(text.index("\""), text.rindex("\"") + 1)])
    limerick = text.index("Limerick")
    entities = [EntitySuggestion(0, len("Tadhg Carthy"), "PERSON", "Tadhg Carthy"),
                EntitySuggestion(limerick, limerick + len("Limerick"), "PERSON", "Limerick")]
    found = References(index, entities).antecedent(text.index(" he ") + 1, ("PERSON",), gender="m")
    assert found is not None and found.canonical == "Tadhg Carthy"


def test_a_two_word_family_name_takes_the_given_name_written_before_it():
    # "Brayden" + "Many Fingers scored": the parse split the name across two sentences and the model
    # tagged only the later "Many Fingers said"; the given name written before it completes the name.
    from quotedesk.core.pretag.names import NameRepair

    words = ["Brayden", "Many", "Fingers", "scored", ".", "Many", "Fingers", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 3, 3, 3, 6, 7, 7, 7, 7],
              deps=["ROOT", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "advmod", "punct"],
              pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"],
              spaces=[True, True, True, False, True, True, True, True, False, False],
              sent_starts=[True, True, False, False, False, True, False, False, False, False])
    text = doc.text
    said = text.rindex("Many Fingers")
    entities = [EntitySuggestion(said, said + len("Many Fingers"), "PERSON", "Many Fingers")]
    NameRepair(TextIndex(doc, text), entities)
    assert entities[0].canonical == "Brayden Many Fingers"


def test_a_name_after_a_or_an_is_a_thing_and_lends_no_given_name():
    # "aboard a Rocket Electron": "Rocket" is no given name of the "Electron" tagged as a person later.
    from quotedesk.core.pretag.names import NameRepair

    words = ["It", "flew", "on", "a", "Rocket", "Electron", ".", "Electron", "said", "so", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 5, 5, 2, 1, 8, 8, 8, 8],
              deps=["nsubj", "ROOT", "prep", "det", "compound", "pobj", "punct", "nsubj", "ROOT", "advmod",
                    "punct"],
              pos=["PRON", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "ADV", "PUNCT"],
              spaces=[True, True, True, True, True, False, True, True, True, False, False],
              sent_starts=[True] + [False] * 6 + [True] + [False] * 3)
    text = doc.text
    said = text.rindex("Electron")
    entities = [EntitySuggestion(said, said + len("Electron"), "PERSON", "Electron")]
    NameRepair(TextIndex(doc, text), entities)
    assert entities[0].canonical == "Electron"


def test_he_and_she_pass_over_a_ship_taken_for_a_person():
    from quotedesk.core.pretag.references import References

    text = ("The Liberian-flagged Aegean Dawn struck a barge. The trawler Morning Star sank. MV Sea Breeze "
            "docked. Ana Costa spoke.")
    doc = with_sentences(text)
    people = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
              for n in ("Aegean Dawn", "Morning Star", "Sea Breeze", "Ana Costa")]
    references = References(TextIndex(doc, text), people)
    assert {e.canonical: references._unlike_a_person(e) for e in people} == {
        "Aegean Dawn": True, "Morning Star": True, "Sea Breeze": True, "Ana Costa": False}


def test_a_name_right_after_what_only_a_business_is_or_ending_in_co_is_the_business():
    from quotedesk.core.pretag.names import NameRepair

    text = ("Container shipping group Nordhafen Reederei grew. Dive operator Jarrah Oduya spoke. The director of the "
            "company Mingma Sherpa spoke. The Chao Phraya Express Boat Co said so.")
    doc = with_sentences(text)
    entities = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
                for n in ("Nordhafen Reederei", "Jarrah Oduya", "Mingma Sherpa", "Chao Phraya Express Boat Co")]
    NameRepair(TextIndex(doc, text), entities)
    assert [e.label for e in entities] == ["ORG", "PERSON", "PERSON", "ORG"]


def test_a_person_span_run_on_past_of_ends_before_it():
    from quotedesk.core.pretag.names import NameRepair

    text = "His vet, Dr Aroha Te Rangi of Geraldine Vets, came. Te Rangi spoke. The Craven Chamber of Trade objected."
    doc = with_sentences(text)
    entities = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
                for n in ("Aroha Te Rangi of Geraldine Vets", "Craven Chamber of Trade")]
    second = text.index("Te Rangi spoke")
    entities.append(EntitySuggestion(second, second + len("Te Rangi"), "PERSON", "Aroha Te Rangi of Geraldine Vets"))
    NameRepair(TextIndex(doc, text), entities)
    assert text[entities[0].start:entities[0].end] == "Aroha Te Rangi"
    assert [e.canonical for e in entities] == ["Aroha Te Rangi", "Craven Chamber of Trade", "Aroha Te Rangi"]


def test_she_is_the_one_woman_just_named_among_places_and_bodies_taken_for_people():
    # "... according to VMR Cairns president Glenys Arbuthnot. She said": "Marine Rescue", "Marlin Marina" and
    # "VMR Cairns" are no people, so she is the one person named there, not the subject of an older sentence.
    from quotedesk.core.pretag.references import References

    words = ["Ray", "de", "Jong", "won", ".", "Marine", "Rescue", "crews", "towed", "yachts", "to", "Marlin",
             "Marina", ",", "according", "to", "VMR", "Cairns", "president", "Glenys", "Arbuthnot", ".",
             "She", "said", "it", "was", "rough", "."]
    heads = [2, 2, 3, 3, 3, 7, 7, 8, 8, 8, 8, 12, 10, 8, 8, 14, 18, 18, 20, 20, 15, 8, 23, 23, 25, 23, 25, 23]
    deps = ["compound", "compound", "nsubj", "ROOT", "punct", "compound", "compound", "nsubj", "ROOT", "dobj",
            "prep", "compound", "pobj", "punct", "prep", "prep", "compound", "compound", "compound", "compound",
            "pobj", "punct", "nsubj", "ROOT", "nsubj", "ccomp", "acomp", "punct"]
    pos = ["PROPN"] * 3 + ["VERB", "PUNCT", "PROPN", "PROPN", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PROPN",
                           "PUNCT", "VERB", "ADP", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "PUNCT", "PRON",
                           "VERB", "PRON", "AUX", "ADJ", "PUNCT"]
    spaces = [not (i + 1 < len(words) and words[i + 1] in ".,") for i in range(len(words))]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, spaces=spaces,
              sent_starts=[i in (0, 5, 22) for i in range(len(words))])
    text = doc.text
    people = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
              for n in ("Ray de Jong", "Marine Rescue", "Marlin Marina", "VMR Cairns", "Glenys Arbuthnot")]
    found = References(TextIndex(doc, text), people).antecedent(text.index("She"), ("PERSON",), "f")
    assert found is not None and found.canonical == "Glenys Arbuthnot"


def test_an_honorific_before_a_name_is_no_part_of_it():
    from quotedesk.core.pretag.article_context import without_honorific

    full = ["Emmanuel Olorunfemi Ajayi-Bello"]
    assert without_honorific("Tuai Rumah Ujang anak Likau", full) == "Ujang anak Likau"
    assert without_honorific("Gogo Sithembile Dube", full) == "Sithembile Dube"
    assert without_honorific("Pa Ajayi-Bello", full) == "Ajayi-Bello"  # someone has that family name
    assert without_honorific("Khun Sa", full) == "Khun Sa"  # nobody else is called Sa: his name
    assert without_honorific("Paul Kagame", full) == "Paul Kagame"


def test_honorifics_stack_and_a_family_name_may_carry_a_generation():
    from quotedesk.core.pretag.article_context import without_honorific

    assert without_honorific("Odeefuo Nana Asare Boamah IV", []) == "Asare Boamah IV"
    assert without_honorific("Ntate Tumelo Ramokhoase", []) == "Tumelo Ramokhoase"
    assert without_honorific("Kgoshi Thabo Sekgobela", []) == "Thabo Sekgobela"
    assert without_honorific("Mir Faiz Ahmed Rind", []) == "Faiz Ahmed Rind"
    # "Nana Boakye" is the Boakye named in full, though his name ends in "III".
    assert without_honorific("Nana Boakye", ["Owusu Agyemang Boakye III"]) == "Boakye"
    assert without_honorific("Nana Mouskouri", ["Owusu Agyemang Boakye III"]) == "Nana Mouskouri"


def test_a_description_opening_a_sentence_is_no_part_of_the_name():
    doc = with_sentences("Commuter Nomvuyo Jacobs said so. Tapas Kumar Dutta agreed. Later Board Member Carmela "
                         "Reyes spoke.")
    context = ArticleContext(TextIndex(doc, doc.text), [])
    assert context.without_description("Commuter Nomvuyo Jacobs") == "Nomvuyo Jacobs"
    assert context.full_person_name("Commuter Nomvuyo Jacobs") == "Nomvuyo Jacobs"
    # A given name that is also an English word, and words that are no job, stay.
    assert context.without_description("Tapas Kumar Dutta") == "Tapas Kumar Dutta"
    # Inside a sentence the capitals are the writer's choice: left alone.
    assert context.without_description("Board Member Carmela Reyes") == "Board Member Carmela Reyes"


def test_a_body_taken_for_a_person_keeps_every_word_of_its_name():
    from quotedesk.core.pretag.names import NameRepair

    # As a person's name, "Water" was dropped (the article writes "water" in lower case); as a body's, it stays.
    text = "Civil society group Water Watch Zambia spoke. The water was dirty."
    doc = with_sentences(text)
    start = text.index("Water Watch")
    entities = [EntitySuggestion(start, start + len("Water Watch Zambia"), "PERSON", "Watch Zambia")]
    NameRepair(TextIndex(doc, text), entities)
    assert [(e.label, e.canonical) for e in entities] == [("ORG", "Water Watch Zambia")]


def test_he_and_she_pass_over_a_storm_or_a_place_taken_for_a_person():
    from quotedesk.core.pretag.references import References

    text = ("Cyclone Yasi hit in 2011. Typhoon Haiyan followed. Farms in San Isidro flooded. Chandpur was hit. "
            "Boats sank in Chandpur. In Costa's view, Ana Costa spoke.")
    doc = with_sentences(text)
    named = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
             for n in ("Cyclone Yasi", "Typhoon Haiyan", "San Isidro", "Chandpur", "Ana Costa")]
    references = References(TextIndex(doc, text), named)
    assert {e.canonical: references._unlike_a_person(e) for e in named} == {
        "Cyclone Yasi": True, "Typhoon Haiyan": True, "San Isidro": True, "Chandpur": True, "Ana Costa": False}


def test_the_company_far_down_a_story_is_the_one_its_lead_makes_the_subject():
    from quotedesk.core.pretag.references import References

    words = ["Gold", "up", "\n\n", "Sandhurst", "Goldfields", "grew", "at", "its", "Kangaroo", "Flat", "mine", ".",
             "\n\n", "It", "rained", "."]
    heads = [1, 1, 1, 4, 5, 5, 5, 10, 9, 10, 6, 5, 11, 14, 14, 14]
    deps = ["nsubj", "ROOT", "dep", "compound", "nsubj", "ROOT", "prep", "poss", "compound", "compound", "pobj",
            "punct", "dep", "nsubj", "ROOT", "punct"]
    spaces = [True, False, False, True, True, True, True, True, True, True, False, False, False, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps,
              sent_starts=[True, False, False, True] + [False] * 8 + [False, True, False, False])
    text = doc.text
    bodies = [EntitySuggestion(text.index(n), text.index(n) + len(n), "ORG", n)
              for n in ("Sandhurst Goldfields", "Kangaroo Flat")]
    references = References(TextIndex(doc, text), bodies)
    assert references._lead_organisation(len(text)).canonical == "Sandhurst Goldfields"


def test_the_witness_in_court_copy_is_who_the_article_had_tell_the_court():
    from quotedesk.core.pretag.references import References

    # "Justice Ngeno told the court that Sang lied. Peter Sang told the court he ran.": the judge's sentence names
    # Sang only in what she said; Sang tells the court himself in the next one, so "the witness" is Sang.
    words = ["Justice", "Ngeno", "told", "the", "court", "that", "Ann", "Obi", "lied", ".",
             "Peter", "Sang", "told", "the", "court", "he", "ran", "."]
    heads = [1, 2, 2, 4, 2, 8, 7, 8, 2, 2, 11, 12, 12, 14, 12, 16, 12, 12]
    deps = ["compound", "nsubj", "ROOT", "det", "dobj", "mark", "compound", "nsubj", "ccomp", "punct",
            "compound", "nsubj", "ROOT", "det", "dobj", "nsubj", "ccomp", "punct"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
              sent_starts=[True] + [False] * 9 + [True] + [False] * 7)
    text = doc.text
    people = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
              for n in ("Justice Ngeno", "Ann Obi", "Peter Sang")]
    references = References(TextIndex(doc, text), people)
    assert references._witness(len(text)).canonical == "Peter Sang"
    assert references._witness(text.index("Peter")).canonical == "Justice Ngeno"  # Obi is only spoken of


def test_a_name_says_its_bearers_gender_by_an_accented_given_name_or_a_word_inside_it():
    from quotedesk.core.pretag.names import NameRepair

    text = "Élise Martin spoke. Baljinder Kaur Aulakh spoke. Ahmad bin Salleh spoke. Tapiwa Moyo spoke."
    doc = with_sentences(text)
    people = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
              for n in ("Élise Martin", "Baljinder Kaur Aulakh", "Ahmad bin Salleh", "Tapiwa Moyo")]
    genders = NameRepair(TextIndex(doc, text), people).genders()
    assert (genders.get("Élise Martin"), genders.get("Baljinder Kaur Aulakh"), genders.get("Tapiwa Moyo")) == (
        "f", "f", None)
    assert genders.get("Ahmad bin Salleh") == "m"


def test_an_honorific_and_a_family_name_tagged_as_a_body_are_the_person_of_that_name():
    from quotedesk.core.pretag.names import NameRepair

    text = "Emmanuel Ajayi-Bello spoke first. Later Pa Ajayi-Bello spoke again. Pa Holdings said no."
    doc = with_sentences(text)
    entities = [EntitySuggestion(text.index(n), text.index(n) + len(n), label, canonical) for n, label, canonical in (
        ("Emmanuel Ajayi-Bello", "PERSON", "Emmanuel Ajayi-Bello"), ("Pa Ajayi-Bello", "ORG", "Pa Ajayi-Bello"),
        ("Pa Holdings", "ORG", "Pa Holdings"))]
    NameRepair(TextIndex(doc, text), entities)
    assert [(e.label, e.canonical) for e in entities] == [
        ("PERSON", "Emmanuel Ajayi-Bello"), ("PERSON", "Emmanuel Ajayi-Bello"), ("ORG", "Pa Holdings")]


def test_a_portfolios_last_word_or_a_ward_and_title_before_a_name_is_no_part_of_it():
    from quotedesk.core.pretag.names import NameRepair

    text = ("Minister for Agriculture, Food and the Marine Declan Harkin spoke. Lugaga-Wamuluma MCA Emmanuel Atsulu "
            "spoke. Grace Ama Boateng spoke.")
    doc = with_sentences(text)
    people = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
              for n in ("Marine Declan Harkin", "Lugaga-Wamuluma MCA Emmanuel Atsulu", "Grace Ama Boateng")]
    NameRepair(TextIndex(doc, text), people)
    assert [e.canonical for e in people] == ["Declan Harkin", "Emmanuel Atsulu", "Grace Ama Boateng"]


def test_a_public_bodys_name_or_a_club_named_after_club_taken_for_a_person_is_a_body():
    from quotedesk.core.pretag.names import NameRepair

    text = ("Emfuleni Local Municipality spoke. Fans of second-division club Westfalia Hamm protested. Grace "
            "Council spoke. The club Ronan Keane coached won.")
    doc = with_sentences(text)
    entities = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n)
                for n in ("Emfuleni Local Municipality", "Westfalia Hamm", "Grace Council", "Ronan Keane")]
    NameRepair(TextIndex(doc, text), entities)
    assert [e.label for e in entities] == ["ORG", "ORG", "PERSON", "PERSON"]


def test_a_ship_tagged_as_a_body_is_not_the_company_a_story_means():
    from quotedesk.core.pretag.references import References

    text = "Ferry woes\n\nA fault was found in the engines of the MV Loch Seaforth. The operator said repairs had begun."
    doc = with_sentences(text)
    ship = EntitySuggestion(text.index("MV Loch"), text.index("MV Loch") + len("MV Loch Seaforth"), "ORG",
                            "MV Loch Seaforth")
    references = References(TextIndex(doc, text), [ship])
    assert references._a_ship(ship) and references._lead_organisation(len(text)) is None


def test_a_place_a_local_title_or_a_portfolio_and_honorific_before_a_name_is_no_part_of_it():
    from quotedesk.core.pretag.names import NameRepair

    text = ("Chief District Officer of Dolakha Krishna Bahadur Thapa spoke. Punakha Dzongdag Kinley Wangchuk spoke. "
            "Minister for Rural Development and Disaster Management Ratu Apenisa Vosawale spoke. Lyonpo Karma Wangdi "
            "spoke. Minister of Health Grace Ama Boateng spoke.")
    doc = with_sentences(text)
    names = ("Dolakha Krishna Bahadur Thapa", "Punakha Dzongdag Kinley Wangchuk",
             "Disaster Management Ratu Apenisa Vosawale", "Lyonpo Karma Wangdi", "Grace Ama Boateng")
    people = [EntitySuggestion(text.index(n), text.index(n) + len(n), "PERSON", n) for n in names]
    NameRepair(TextIndex(doc, text), people)
    assert [e.canonical for e in people] == ["Krishna Bahadur Thapa", "Kinley Wangchuk", "Apenisa Vosawale",
                                             "Karma Wangdi", "Grace Ama Boateng"]


def test_a_body_called_by_a_word_of_a_name_it_was_only_defined_with_is_that_body():
    from quotedesk.core.pretag.speakers import Speakers

    # "The Chief Minister's Special Vigilance Cell (CMSVC)" went untagged; "the cell" is that body.
    words = ["The", "Chief", "Minister's", "Special", "Vigilance", "Cell", "(", "CMSVC", ")", "arrested", "him", ".",
             "The", "cell", "said", "so", "."]
    spaces = [True, True, True, True, True, True, False, False, True, True, False, True, True, True, True, False,
              False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces,
              pos=["DET", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PRON",
                   "PUNCT", "DET", "NOUN", "VERB", "ADV", "PUNCT"],
              heads=[5, 2, 5, 5, 5, 9, 7, 5, 7, 9, 9, 9, 13, 14, 14, 14, 14],
              deps=["det", "compound", "poss", "compound", "compound", "nsubj", "punct", "appos", "punct", "ROOT",
                    "dobj", "punct", "det", "nsubj", "ROOT", "advmod", "punct"])
    assert doc.text == "The Chief Minister's Special Vigilance Cell (CMSVC) arrested him. The cell said so."
    speaker = Speakers(TextIndex(doc, doc.text), []).mention(doc[13])
    assert speaker.entity == "Chief Minister's Special Vigilance Cell"
