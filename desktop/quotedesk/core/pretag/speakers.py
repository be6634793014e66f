"""Who a speaker mention is: names, appositions, pronouns and descriptions.

Given the head token of a mention (the subject of a speech verb, the object
of "according to"), find the stretch of text to mark as the speaker and the
canonical entity it refers to. Names come from the repaired article names
(names.py); pronouns ("he", "it") and definite descriptions ("the minister",
"the company") are resolved by references.py.
"""

from __future__ import annotations

import re
from functools import cached_property

from .article_context import LOCAL_TITLES, NAMED_LABELS, SPEAKER_LABELS, SUBJECT_DEPS, Speaker
from .cues import (GAELIC_PARTICLES, GROUP_PRONOUNS, HONORIFICS, HYPHENS, JOB_WORDS, NAME_PARTICLES, ORG_NAME_WORDS,
                   ORG_NOUNS, ORG_PRONOUNS, PERSON_EPITHETS, PERSON_PRONOUNS, PERSON_ROLE_NOUNS, PERSON_TITLES,
                   PORTFOLIO_JOINS, TITLE_WORDS)
from .entities import POST_NOMINALS, clean_name, defined_names, english_word
from .given_names import gender_of, is_given_name
from .organisations import HYPHENATED_TITLE, ORG_HEADS
from .people import is_post_nominal
from .references import DOCUMENT_NOUNS, LOCAL_PERSON_NOUNS, NAMED_PERSON_NOUNS, References
from .textindex import tokens_between
from .types import EntitySuggestion

__all__ = ["AGE_WORDS", "SUBJECT_DEPS", "Speaker", "Speakers"]

NP_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "advmod", "predet",
           "preconj", "npadvmod"}
# The words that head a title with its portfolio: "District Head of Maigatari", "committee member for ...".
TITLE_HEADS = JOB_WORDS | frozenset({"head", "member"})
# People who speak for someone else, whose name may follow: "a lawyer for Chief Emeka Obi said".
SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson aide adviser advisor lawyer counsel attorney solicitor "
                       "barrister representative agent".split())
# People who speak for others and are seldom named at all: "A spokesman for the ministry said".
UNNAMED_ROLES = frozenset("official source spokesman spokeswoman spokesperson".split())
AGE_WORDS = r"(\d+|[a-z]+(-[a-z]+)?)-year-old"  # "24-year-old", "twenty-four-year-old"
_AGE = re.compile(r"\b[Tt]he (" + AGE_WORDS + r"|[a-z]+-of-(\d+|[a-z]+))\b")  # and "the mum-of-two"
# What a body issues and news copy lets speak for it: "MSHA data showed", "a Racing NSW statement said".
ISSUED_NOUNS = DOCUMENT_NOUNS | frozenset("data figures statistics survey report study analysis estimates poll".split())
# How a body's figures come out: "data released by"; not "a police report obtained by AP".
ISSUING = frozenset("released published issued compiled produced collected posted".split())
# Counts an office announces: "unofficial results from the County Clerk's Office showed".
COUNTED_NOUNS = frozenset("results tally count returns".split())
# How news copy gives the one name a speaker let it print: "who gave his name only as Ruwan".
GIVEN_ONLY_AS = re.compile(r"\b(?:(?:gave|give|gives|giving) (?:his|her|their) (?:first |full )?name (?:only )?as"
                           r"|identified (?:himself|herself|themselves) (?:only )?as"
                           r"|(?:asked|wanted|agreed) to be (?:identified|named|called) only as)"
                           r" (?P<name>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,2})")
DEMONYM_ENDINGS = ("er", "ian", "ean", "ese", "ite", "an", "i", "ard", "man", "woman", "ot")  # Spaniard, Dutchman


# Titles news copy shortens, and the words the full title is written with.
TITLE_SHORT_FORMS = {"dg": {"director-general", "director"}, "md": {"managing"}, "gm": {"manager"},
                     "igp": {"inspector-general", "inspector"}, "mec": {"mec"}}


class Speakers(References):
    def mention(self, token) -> Speaker:
        """The speaker mention headed by `token`, and who it refers to."""
        defined = self._in_defined_name(token)
        if defined is not None:
            return defined
        found = self._mention(token)
        if found.entity is None:
            # "according to FENZ": a short form the article defined names its body.
            written = re.sub(r"^[Tt]he\s+", "", self.text[found.start:found.end])
            if written in self.defined_short_forms:
                found.entity, found.label = self.defined_short_forms[written], "ORG"
        if found.entity is None and found.how in ("noun", "description"):
            named = self._lede_person_named_next(token, found)
            if named is not None:
                found.entity, found.label = named.canonical, "PERSON"
        name = found.entity
        # "McKenzie-Walters said", "Ó Conchúir said", "de los Reyes told": a family name alone (with its
        # particle); the article wrote the given name before it somewhere the model missed.
        family = name and (" " not in name and name[:1].isupper()
                           or len(name.split()) <= 3 and name.split()[0].lower() in NAME_PARTICLES | GAELIC_PARTICLES)
        if family and found.label in ("PERSON", None):
            longer = self._written_before(name)
            if longer and len(longer.split()) > len(name.split()):
                found.entity, found.label = longer, "PERSON"
        return found

    def _mention(self, token) -> Speaker:
        if self.is_dateline(token):
            # "AMSTERDAM, March 12 (Reuters) - Dutch group Dekker Hoogland said": the parser may make the
            # dateline the subject; who speaks is the apposition after it, not the agency in brackets.
            named = [c for c in token.children if c.dep_ in ("appos", "conj") and self.text[c.idx - 1:c.idx] != "("]
            if named:
                return self._mention(named[-1])
        # Phrases whose speaker is not simply their head, in the order they are tried.
        for special in (self._name_given_only_as, self._issuer_named_after, self._title_given_before,
                        self._person_by_age_or_nationality, self._name_after_title, self._name_after_cited_title,
                        self._appositive_name, self._name_before_verb):
            found = special(token)
            if found is not None:
                return found
        if self._single_name_described(token):
            # "Ihsanullah, a 45-year-old hotel owner, said", "said Yonatan, 14,": one name, a person's
            # (or the family name of one named in full: "Liang, 22, said" after "Liang Xiaoyu").
            return Speaker(token.idx, token.idx + len(token), self.full_person_name(token.text), "PERSON", "named")
        ent = self.entity_at(token)
        if ent is not None and ent.label in NAMED_LABELS:
            return self._title_taken_for_a_name(ent) or self._named(token, ent)
        if ent is not None and token.pos_ in ("PROPN", "NOUN") and self.text[ent.start:ent.start + 1].isupper():
            # "Moon Jae-in told" tagged as a work of art: someone who speaks is a person.
            name = clean_name(self.text[ent.start:ent.end], "PERSON")
            return Speaker(ent.start, ent.end, self.full_person_name(name), "PERSON", "named")
        lower = token.lower_
        if token.tag_ == "PRP" and lower in PERSON_PRONOUNS | ORG_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(token)
        start, end = self._phrase(token)
        named = self._person_inside(start, end)
        if named is not None and token.lower_ in PERSON_ROLE_NOUNS | PERSON_EPITHETS | LOCAL_PERSON_NOUNS \
                and named.end <= token.idx \
                and self.text[start:start + 4].lower() == "the ":
            # "the Hearts trainer said": the name before the job is whom the person works for; the job
            # says which person the article named before ("Hearts coach Salifu Abdul-Majeed").
            described = self.description(token, start)
            if described is not None:
                return Speaker(start, end, described.canonical, described.label, "description")
        if named is not None:
            rest = self.text[named.end:end]
            if rest[:1] in HYPHENS and rest[1:].isalpha():
                # "Ho Kwok" + "-wing" heading the phrase: the model cut a hyphenated given name.
                return Speaker(start, end, self.full_person_name(self.text[named.start:end]), "PERSON", "named")
            run = self._proper_run(token)
            if run is not None and run[0] <= named.start and named.end < run[1] == end and not is_post_nominal(token):
                # "Jean-Philippe" + "Lévesque-Daoust": the name runs on past the model's span.
                return Speaker(run[0], run[1], self.full_person_name(self.text[run[0]:run[1]]), "PERSON", "named")
            return Speaker(start, end, named.canonical, "PERSON", "named")
        org = self._org_of_phrase(token) or self._office_named_for_its_holder(token)
        if org is not None:
            return org
        known = self._known_name(token)
        if known is not None:
            return known
        run = self._proper_run(token)
        if run is not None:
            # A name the NER missed ("Moon Jae-in told"): it names itself.
            r_start, r_end = run
            if any(t.lower_ in ORG_NOUNS for t in token.lefts if t.idx < r_start):
                # "Italian newspaper Corriere della Sera": the noun before the name says what it is.
                return Speaker(start, end, clean_name(self.text[r_start:r_end], "ORG") or None, "ORG", "named")
            return Speaker(r_start, r_end, self.full_person_name(self.text[r_start:r_end]), "PERSON", "named")
        org = self._org_inside(start, end, token)
        if org is not None:
            return Speaker(start, end, org.canonical, "ORG", "named")
        resolved = self.description(token, start)
        if resolved is not None:
            return Speaker(start, end, resolved.canonical, resolved.label, "description")
        bare = self._bare_name(token, start, end)
        if bare is not None:
            return bare
        return Speaker(start, end, None, None, "noun")

    def _name_given_only_as(self, token) -> Speaker | None:
        """"a driver who gave his name only as Ruwan", "a woman, who identified herself only as Mai
        Tinashe,": the one name the article has for the speaker."""
        # The clause may hang on a noun inside the phrase: "a trader at the market, who gave her name only as".
        for clause in (t for t in token.subtree if t.dep_ in ("relcl", "acl")):
            offset = clause.left_edge.idx
            found = GIVEN_ONLY_AS.search(self.text[offset:clause.right_edge.idx + len(clause.right_edge)])
            if found is not None:
                # The mention runs on to the name, which is all the article calls the speaker.
                start, end = self._phrase(token)[0], offset + found.end("name")
                return Speaker(start, end, clean_name(found.group("name"), "PERSON") or None, "PERSON", "named")
        return None

    @cached_property
    def defined_short_forms(self) -> dict[str, str]:
        """Short forms the article defines in brackets: "BAM" for "Badminton Association of Malaysia"."""
        return {short: name for _start, _end, short, name in self.defined_name_spans}

    def _lede_person_named_next(self, token, found: Speaker) -> EntitySuggestion | None:
        """Court and news copy open with "A watchman told the High Court that ..." and name him at the
        start of the next paragraph ("Testifying before Justice X, Hillary Kiprono Sang, 52, said"): an
        unnamed person speaking in the opening paragraph is the person the next one opens with."""
        words = self.text[found.start:found.end].split()
        if len(words) < 2 or words[0] not in ("A", "An") or token.lower_ in SPEAKS_FOR | UNNAMED_ROLES \
                or token.lower_ not in PERSON_ROLE_NOUNS | LOCAL_PERSON_NOUNS | NAMED_PERSON_NOUNS \
                and not token.lower_.endswith(("man", "woman", "person")):
            return None
        if self.text.count("\n\n", 0, found.start) > 1:
            return None  # the title line, then the opening paragraph
        next_paragraph = self.text.find("\n\n", found.end)
        if next_paragraph < 0:
            return None
        opening = next_paragraph + 2
        people = [e for e in self.entities_between(opening, opening + 80)
                  if e.label == "PERSON" and e.canonical and " " in e.canonical]
        # The one given an age ("Hillary Kiprono Sang, 52,", "Sibusiso Zungu (54)"), else the one who is the subject.
        aged = [e for e in people if re.match(r",? \(?\d{2}\)?\b", self.text[e.end:e.end + 6])]
        if aged:
            return aged[0]
        for ent in people:
            span = self.doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in SUBJECT_DEPS:
                return ent
        return None

    def _in_defined_name(self, token) -> Speaker | None:
        """"Fire and Emergency New Zealand (FENZ) said" parsed with "Fire" alone as the subject: a word of
        a name the article defines a short form for is that name, whatever the model made of it."""
        ent = self.entity_at(token)
        for start, end, _short, name in self.defined_name_spans:
            if start <= token.idx < end:
                if token.right_edge.idx > self.text.find(")", end):
                    return None  # "The Tanzania Ports Authority (TPA) director general, Mr X, said": a job of it
                if ent is not None and ent.label == "PERSON" and not any(
                        w.lower() in ORG_NOUNS | ORG_NAME_WORDS for w in name.split()):
                    return None  # "Joko Widodo (Jokowi)": a person's name and what the papers call him
                return Speaker(start, end, name, "ORG", "named")
        return None

    @cached_property
    def defined_name_spans(self) -> list[tuple[int, int, str, str]]:
        return defined_names(self.text)

    def _bare_name(self, token, start: int, end: int) -> Speaker | None:
        """"Sutrisno said", "Transnet said", "Retail Ireland said": a capitalised name the model did not
        tag, standing alone as who speaks, names itself (an organisation when it reads as one)."""
        words = self.text[start:end].split()
        # "Rahul D’Souza": the parser may read a name it does not know as an adjective and a noun; a given
        # name first still makes it a person's.
        named_noun = token.pos_ == "NOUN" and 2 <= len(words) <= 3 and gender_of(words[0]) is not None
        if token.pos_ != "PROPN" and not named_noun or self.entity_at(token) is not None or self.is_dateline(token):
            return None
        spans = list(re.finditer(r"\S+", self.text[start:end]))
        titled = [i for i, w in enumerate(spans[:-2])
                  if HYPHENATED_TITLE.fullmatch(w.group()) or w.group().lower() in LOCAL_TITLES]
        if titled:
            # "Sreemangal Police Station Officer-in-Charge Aminul Islam", "Lunana Gup Chencho Dorji": the name is
            # what follows the title.
            start += spans[titled[-1] + 1].start()
            words = words[titled[-1] + 1:]
        if not words or not all(w[:1].isupper() or w in ("of", "and", "for") for w in words) \
                or words[0].lower().rstrip(".") in TITLE_WORDS or words[-1].lower() in JOB_WORDS | ORG_NOUNS \
                or any(ch.isdigit() for ch in self.text[start:end]):
            return None
        organisation = token.is_upper or len(words) > 1 and any(
            w.lower() in ORG_NAME_WORDS for w in words) or any(c.isupper() for c in words[-1][1:])
        # Several words are a body's name unless they open with a given name ("Retail Ireland", "Lina Haddad").
        label = "ORG" if organisation or len(words) > 1 and gender_of(words[0]) is None else "PERSON"
        name = clean_name(self.text[start:end], label)
        if not name:
            return None
        if name in self.defined_short_forms:
            return Speaker(start, end, self.defined_short_forms[name], "ORG", "named")  # "BAM" for its full name
        if label == "PERSON":
            name = self.full_person_name(name)
        return Speaker(start, end, name, label, "named")


    def _person_by_age_or_nationality(self, token) -> Speaker | None:
        """"The 41-year-old", "the Serbian": a person described, not named, in sports and news style."""
        window_start = max(0, token.idx - 20)
        window = self.text[window_start:token.idx + len(token) + 12]
        for match in _AGE.finditer(window):
            start, end = window_start + match.start(), window_start + match.end()
            if start <= token.idx < end or start <= token.idx + len(token) <= end:
                ref = self.antecedent(start, ("PERSON",))
                return Speaker(start, end, ref.canonical if ref else None, "PERSON" if ref else None, "description")
        ent = self.entity_at(token)
        # "the Serbian", "the Aucklander", "the Dubliner": a person called by where they are from.
        demonym = ent is not None and ent.label in ("NORP", "PERSON", "ORG", "GPE", "MISC") \
            and (ent.label == "NORP" or self.text[ent.start:ent.end].endswith(DEMONYM_ENDINGS)) \
            and self.text[ent.start:ent.start + 1].isupper()
        words = self.text[ent.start:ent.end].split() if ent is not None else []
        if demonym and (len(words) == 1 or len(words) == 2 and ent.label == "NORP") \
                and token.tag_ in ("NNP", "NNPS", "NN", "JJ") and self.text[max(0, ent.start - 4):ent.start].lower() == "the ":
            ref = self._person_from(self.text[ent.start:ent.end], ent.start) or self.antecedent(ent.start, ("PERSON",))
            return Speaker(ent.start - 4, ent.end, ref.canonical if ref else None, "PERSON" if ref else None,
                           "description")
        return None

    def _single_name_described(self, token) -> bool:
        """One capitalised word with an age or a job beside it, or a job word before it: a person's name."""
        if token.pos_ != "PROPN" or not token.is_title or token.is_upper or self._in_quote(token.idx) \
                or token.lower_ in JOB_WORDS:
            return False  # "Chief Executive Officer, Dr X, said": the title is not a name
        compounds = [c for c in token.children if c.dep_ in ("compound", "flat")]
        if compounds:
            # "BNPB head Lt. Gen. Sutrisno", "spokesman Sutrisno": a job before one name.
            return all(c.i < token.i for c in compounds) and token.i > 0 and (
                self.doc[token.i - 1].lower_.rstrip(".") in JOB_WORDS) \
                and self.entity_at(token) is None
        ent = self.entity_at(token)
        if ent is not None and (ent.label == "PERSON" or ent.start != token.idx or ent.end != token.idx + len(token)):
            return False  # a person already, or part of a longer name
        for appos in (c for c in token.children if c.dep_ == "appos"):
            words = [t.lower_ for t in appos.subtree]
            if appos.like_num and appos.i == token.i + 2 or any(w.endswith("year-old") for w in words) \
                    or appos.lower_ in PERSON_ROLE_NOUNS | PERSON_EPITHETS and not ORG_NOUNS & set(words):
                return True
        return False

    def is_dateline(self, token) -> bool:
        """"AMSTERDAM, March 12 (Reuters) -": a word in capitals opening a line, then a comma, bracket or dash."""
        line_start = self.text.rfind("\n", 0, token.idx) + 1
        return token.is_upper and len(token) > 2 and not self.text[line_start:token.idx].strip(" ") \
            and self.text[token.idx + len(token):token.idx + len(token) + 2].lstrip()[:1] in (",", "(", "-", "\u2013", "\u2014")

    def _person_from(self, demonym: str, before: int) -> EntitySuggestion | None:
        """"the Nigerian" after "Nigeria's Chukwuebuka Adeyemi-Okoro" or "Nigerian sprinter X": the latest
        person the article introduced with that country (its name and the demonym share their start)."""
        stem = demonym[:4].lower()
        found = None
        for ent in self.people_before(before):
            sentence_start = self.index.sent_at(ent.start).start_char
            words = self.text[max(sentence_start, ent.start - 40):ent.start].split()
            if any(w[:1].isupper() and w.lower().startswith(stem) for w in words[-3:]):
                found = ent
        return found

    def _title_taken_for_a_name(self, ent: EntitySuggestion) -> Speaker | None:
        """"the MEC said", "The DG said", "the Permanent Secretary said": a title alone, after "the", that the
        model tagged as a name is the person the article gave that title."""
        the_before = self.text[max(0, ent.start - 4):ent.start].lower() == "the "
        words = [w.rstrip(".").lower() for w in self.text[ent.start:ent.end].split()]
        if words[:1] == ["the"]:
            words = words[1:]
        elif not the_before:
            return None
        # "permanent" only qualifies the title: matched alone it would take any permanent anything.
        if not words or not all(w in JOB_WORDS or w in TITLE_SHORT_FORMS or w == "permanent" for w in words):
            return None
        called = set(words) - {"permanent"}
        for word in words:
            called |= TITLE_SHORT_FORMS.get(word, set())
        person = self._person_called(called, ent.start)
        if person is None:
            return None
        return Speaker(ent.start - 4 if the_before else ent.start, ent.end, person.canonical, "PERSON", "description")

    def _named(self, token, ent: EntitySuggestion) -> Speaker:
        start, end = ent.start, ent.end
        canonical = ent.canonical if ent.label in SPEAKER_LABELS else None
        if ent.label == "ORG" or ent.label == "PERSON" and len(ent.canonical or "") < 2:
            org = self._org_of_phrase(token)
            if org is not None:
                return org
        if ent.label not in SPEAKER_LABELS:
            short = self.text[ent.start:ent.end]
            if short in self.defined_short_forms:
                # "Prasa" tagged as a place, where the article wrote "Passenger Rail Agency of South Africa
                # (Prasa)".
                return Speaker(ent.start, ent.end, self.defined_short_forms[short], "ORG", "named")
            # "Phachara" (tagged a nationality) after "Thailand's Phachara Sawangsri": a person named here.
            name = clean_name(self.text[ent.start:ent.end], "PERSON")
            full = self.full_person_name(name)
            if name and full != name and " " in full:
                return Speaker(ent.start, ent.end, full, "PERSON", "named")
        if ent.label != "PERSON":
            # "Ursula von der" + "Leyen" (GPE): a name run holding a person is that person.
            run = self._proper_run(token)
            if run is not None and any(e.label == "PERSON" for e in self.entities_between(run[0], run[1])):
                return Speaker(run[0], run[1], self.full_person_name(self.text[run[0]:run[1]]), "PERSON", "named")
            # "Cllr Rhiannon Price-Williams", "Prof Thandeka Mokoena-Dlamini" tagged as anything else:
            # a title before a name makes it a person's.
            words = self.text[ent.start:ent.end].split()
            before = self.text[max(0, ent.start - 12):ent.start].split()
            titled = words[0].lower().rstrip(".") in PERSON_TITLES or (before and before[-1].lower().rstrip(".") in PERSON_TITLES)
            if titled and len(clean_name(self.text[ent.start:ent.end], "PERSON").split()) >= 1 \
                    and not any(w.lower().strip(".,") in ORG_NAME_WORDS | ORG_NOUNS for w in words):
                name = clean_name(self.text[ent.start:ent.end], "PERSON")
                return Speaker(ent.start, ent.end, self.full_person_name(name), "PERSON", "named")
        if ent.label == "PERSON":
            # The NER sometimes stops short of a name ("Ursula von der" + "Leyen").
            run = self._untitled(self._proper_run(token), start)
            if run is not None and run[0] <= start and end <= run[1] and (run[0], run[1]) != (start, end):
                start, end = run
                canonical = self.full_person_name(self.text[start:end])
        label = ent.label if canonical else None
        return Speaker(start, end, canonical, label, "named")

    def _untitled(self, run: tuple[int, int] | None, name_start: int) -> tuple[int, int] | None:
        """The run without the job words before the name ("Supervisor" + "Renee Van Wyngarden"):
        the model's span already left them out."""
        if run is None:
            return None
        tokens = [t for t in tokens_between(self.doc, run[0], name_start) if not t.is_space]
        local = [n for n, t in enumerate(tokens) if t.lower_ in LOCAL_TITLES]
        if local:
            tokens = tokens[local[-1] + 1:]  # "Punakha Dzongdag" + "Kinley Wangchuk": a place and its office
        # "Lieutenant-Colonel": the tokenizer splits a hyphenated title, and the hyphen is part of it.
        while tokens and (tokens[0].lower_.rstrip(".") in TITLE_WORDS
                          or tokens[0].text in HYPHENS and len(tokens) > 1 and tokens[1].lower_ in TITLE_WORDS):
            tokens.pop(0)
        return (tokens[0].idx if tokens else name_start), run[1]

    def _phrase(self, token) -> tuple[int, int]:
        """The noun phrase up to its head: "a Kremlin spokesperson", "Putin's aide"."""
        first = token
        for t in token.subtree:
            if t.i < first.i and (t.dep_ in NP_DEPS or t.head.i < token.i and t.head.dep_ in NP_DEPS):
                first = t
        if first.is_punct:
            first = self.doc[first.i + 1]
        start, end = first.idx, token.idx + len(token)
        if "\n" in self.text[start:end]:
            start = self.text.rindex("\n", start, end) + 1
        return start, end

    def _appositive_name(self, token) -> Speaker | None:
        """"Putin's aide, Yuri Ushakov, said": the name in apposition is the speaker."""
        if self.entity_at(token) is not None and self.entity_at(token).label in ("PERSON", "ORG") \
                and token.lower_ not in JOB_WORDS:
            return None  # a name already: "The German Football League (DFL) said" is the league
        if token.pos_ == "PROPN" and token.lower_ not in JOB_WORDS and not is_post_nominal(token) \
                and self._run_holds_person(token):
            return None  # "Jean-Philippe Lévesque-Daoust, president of ...": the NER took only part of the name
        if token.lower_ in JOB_WORDS and token.i + 2 < len(self.doc):
            # "Veteran actress Vivian Tsang Hoi-yan said": the parse may hang the name on the job word.
            after = self.doc[token.i + 2] if self.doc[token.i + 1].text == "," else self.doc[token.i + 1]
            ent = self.entity_at(after)
            if ent is not None and ent.label == "PERSON" and ent.start == after.idx and ent.canonical:
                return Speaker(ent.start, ent.end, ent.canonical, "PERSON", "named")
        children = list(token.children)
        if token.lower_ in JOB_WORDS:
            # "Director-General for Health Dr Wekesa Barasa-Njoroge told": a title with its portfolio,
            # and the parse makes the name the object of "for".
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
                for obj in (o for o in prep.children if o.dep_ == "pobj"):
                    ent = self.entity_at(obj)
                    if ent is None or ent.label != "PERSON" or not ent.canonical:
                        continue
                    # A portfolio must stand between them: "a spokesman for Mayor Eric Adams" is not Adams.
                    between = self.text[prep.idx + len(prep):ent.start].split()
                    if between and all(w[:1].isupper() for w in between) \
                            and any(w.lower().rstrip(".") not in TITLE_WORDS for w in between):
                        return Speaker(ent.start, ent.end, ent.canonical, "PERSON", "named")
            # "Counsel to the defendant, Chief Emeka Okonkwo-Nnaji, described": the name may hang on the PP.
            children += [c for t in token.subtree if t.dep_ == "pobj" and t.head.head.i == token.i for c in t.children]
        for child in children:
            if child.dep_ == "appos":
                if child.lower_ in JOB_WORDS and child.i != token.i:
                    # "The state Police Public Relations Officer, DSP Kehinde Adeoye-Lawal,": the parse may
                    # hang the title on "state" and the name on the title.
                    deeper = self._appositive_name(child)
                    if deeper is not None:
                        return deeper
                ent = self.entity_at(child)
                if ent is not None and ent.label in SPEAKER_LABELS and ent.canonical:
                    return self._named(child, ent)
                run = self._proper_run(child)
                if run is not None and child.pos_ == "PROPN" and child.lower_ not in JOB_WORDS:
                    return Speaker(run[0], run[1], self.full_person_name(self.text[run[0]:run[1]]), "PERSON", "named")
        return None

    def _title_given_before(self, token) -> Speaker | None:
        """"the CS said", "the Permanent Secretary said": a title, written in short or taken for a name by
        the model, that the article put before someone's name ("Health CS Peninah Chebet-Kirui")."""
        if token.i == 0 or self.doc[token.i - 1].lower_ != "the" or token.pos_ != "PROPN":
            return None
        ent = self.entity_at(token)
        acronym = token.text.isupper() and 2 <= len(token.text) <= 5
        if not acronym and (ent is None or ent.label != "PERSON" or not self._unlike_a_person(ent)):
            return None
        word = token.lower_
        people = [e for e in self.entities if e.start < token.idx and e.label == "PERSON" and e.canonical
                  and e is not ent and not self._in_quote(e.start)
                  and (word == self._word_before_name(e) or acronym and token.text in self._titles_in_short(e))]
        if not people:
            return None
        start = self.doc[token.i - 1].idx
        end = ent.end if ent is not None and ent.end > token.idx else token.idx + len(token)
        return Speaker(start, end, people[-1].canonical, "PERSON", "description")

    def _before_honorifics(self, ent: EntitySuggestion) -> int:
        """The index of the token before a person's name and the honorifics in front of it ("Dr")."""
        i = self.token_at(ent.start).i - 1
        while i >= 0 and self.doc[i].lower_.rstrip(".") in HONORIFICS:
            i -= 1
        return i

    def _word_before_name(self, ent: EntitySuggestion) -> str | None:
        """The word right before a person's name, past an honorific: "CS" of "Health CS Dr Jane Doe". Not a
        body's short form before its officer ("ACCC chair Deborah Strahan"): that has a job word between."""
        i = self._before_honorifics(ent)
        return self.doc[i].lower_ if i >= 0 else None

    def _titles_in_short(self, ent: EntitySuggestion) -> set[str]:
        """The short forms of the title right before a person's name: "CS" and "ECS" for "Education Cabinet
        Secretary Peninah Chebet-Kirui", "CMO" for "Chief medical officer (CMO) Dr Arun Srivastava"."""
        i = self._before_honorifics(ent)
        words, short = [], set()
        while i >= 0 and len(words) < 6:
            t = self.doc[i]
            if t.text == ")" and not words and i >= 2 and self.doc[i - 2].text == "(" \
                    and self.doc[i - 1].text.isupper():
                # Defined in brackets right before the name; not a body's ("Federation (PHF) President X").
                short.add(self.doc[i - 1].text)
                i -= 3
                continue
            if not t.is_alpha or t.lower_ in ("the", "a", "an"):
                break
            words.insert(0, t.text)
            short.add("".join(w[0] for w in words).upper())
            if t.is_sent_start:
                break
            i -= 1
        return {s for s in short if len(s) >= 2}

    def _issuer_named_after(self, token) -> Speaker | None:
        """"Unofficial results from the Sierra County Clerk's Office showed", "data published by the Robert
        Koch Institute show": the body that issued them speaks."""
        if token.lower_ not in ISSUED_NOUNS | COUNTED_NOUNS:
            return None
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                holders = [child]
            elif child.dep_ == "acl" and child.lower_ in ISSUING:
                holders = [a for a in child.children if a.dep_ == "agent"]
            else:
                holders = []
            for holder in holders:
                for obj in (o for o in holder.children if o.dep_ == "pobj"):
                    found = self._mention(obj)
                    if found.label == "ORG" and found.entity and found.how == "named":
                        return found  # a body named there, not one a description is guessed to mean
        return None

    def _name_before_verb(self, token) -> Speaker | None:
        """"The state Commissioner for Health, Dr Muhammad Gamawa, told", "Mayoral committee member for
        infrastructure Luvuyo Mpofu-Ndlovu defended": a title with its portfolio, then the name right before
        the verb. The parse of such long subjects is often broken, so this reads the words."""
        if token.lower_ not in TITLE_HEADS or token.lower_ in SPEAKS_FOR:
            return None  # "a spokesman for Mayor Eric Adams said": Adams is whom he speaks for
        sentence_end = self.index.sent_at(token.idx).end
        name = None
        for t in self.doc[token.i + 1:min(token.i + 25, sentence_end)]:
            ent = self.entity_at(t)
            if ent is not None and ent.label == "PERSON" and ent.canonical and ent.start >= t.idx \
                    and not self._unlike_a_person(ent):
                between = [w.lower().rstrip(".,") for w in self.text[token.idx + len(token):ent.start].split()]
                if any(w not in TITLE_WORDS | PORTFOLIO_JOINS | {"the", ""} for w in between):
                    name = ent  # a portfolio stands between: "Commissioner for Health, Dr X"
                continue
            if name is not None and t.idx < name.end:
                continue  # inside the name
            if t.pos_ in ("VERB", "AUX"):
                return self._named(self.token_at(name.end - 1), name) if name is not None else None
            if name is not None and t.text != ",":
                name = None  # the name must end the subject: "Minister X's office said" is not X
            if t.pos_ not in ("ADP", "CCONJ", "DET", "PROPN", "NOUN", "ADJ", "PUNCT") \
                    or t.text in ("(", "\"", "\u201c"):
                return None
        return None

    def _name_after_cited_title(self, token) -> Speaker | None:
        """"according to the district health officer, Dr Amos Tumwesigye-Kato.": the name set off after a
        cited title is who is cited."""
        if token.dep_ != "pobj" or token.head.lower_ != "to" or token.head.i == 0 \
                or self.doc[token.head.i - 1].lower_ != "according" or token.tag_ == "PRP":
            return None
        ent = self.entity_at(token)
        if ent is not None and ent.label == "PERSON":
            return None
        after = token.idx + len(token) if ent is None else max(ent.end, token.idx + len(token))
        people = [e for e in self.entities_between(after, after + 60) if e.label == "PERSON" and e.canonical]
        if not people:
            return None
        person = people[0]
        between = self.text[after:person.start].split()
        while between and between[-1].lower().rstrip(".") in TITLE_WORDS:
            between.pop()
        closes = self.text[person.end:person.end + 1] in (".", ",", ";", "\n", "")
        if between == [","] and closes:
            return Speaker(person.start, person.end, person.canonical, "PERSON", "named")
        return None

    def _name_after_title(self, token) -> Speaker | None:
        """"The chair of the Bar of Ireland, Róisín Fitzgerald SC, said", "the state Police Public Relations
        Officer, SP Olumide Ajayi-Babalola, said": a title heads the subject and the name set off by commas
        right before the verb is who speaks, however the parse hung it. Without the commas the name must be
        part of the title's own phrase: "Aurora Air president and CEO Marc-André Gélinas said", never "a
        spokesman for Mayor X said"."""
        verb = token.head
        ent = self.entity_at(token)
        if token.dep_ not in SUBJECT_DEPS or verb.i <= token.i or token.tag_ == "PRP" \
                or ent is not None and ent.label == "PERSON":
            return None
        start, end = token.idx + len(token), verb.idx
        if ent is not None and ent.label == "ORG":
            start = max(start, ent.end)  # "National Coordinator of the ... Association, Musa Gwarzo, said"
        relative = re.search(r",\s+(?:who|whose)\b[^,]*,\s*$", self.text[start:end])
        if relative:
            end = start + relative.start()  # "Datuk Lim Siew Ling, who visited the scene, said"
        if "\n" in self.text[start:end] or end - start > 120:
            return None
        people = [e for e in self.entities_between(start, end)
                  if e.label == "PERSON" and e.canonical and e.end <= end]
        if not people:
            return None
        person = people[-1]
        after = self.text[person.end:end].replace(",", " ").split()
        if not all(w.rstrip(".") in POST_NOMINALS for w in after):
            return None  # the name is not the last thing before the verb
        tail = self.text[person.end:end].strip()
        before = self.text[start:person.start].split()
        while before and before[-1].lower().rstrip(".") in TITLE_WORDS:
            before.pop()  # ", Alhaji Musa Danladi Gwarzo,": the honorific the model left out of the name
        closed = tail.endswith(",") or not tail and relative
        set_off = bool(before) and before[-1].endswith(",") and closed
        if not set_off and closed and self._rank_after_comma(before):
            set_off = True  # ", Deputy Superintendent of Police (DSP) Abena Owusu-Ansah, said"
        if not set_off:
            if ent is not None and ent.label == "ORG":
                return None  # "Acme Corp said": the body speaks
            if token.lower_.rstrip(".") not in JOB_WORDS:
                return None
            words = tokens_between(self.doc, start, person.start)
            preps = [i for i, t in enumerate(words) if t.pos_ == "ADP" and t.lower_ != "of"]
            title = words[:preps[-1]] if preps else words
            if any(t.pos_ in ("VERB", "AUX") or t.text in (",", "(") for t in title):
                return None
            if preps and not self._portfolio(words[preps[-1] + 1:]):
                return None  # "a spokesman for Mayor X": the name is whom the speaker works for
        return Speaker(person.start, person.end, person.canonical, "PERSON", "named")

    @staticmethod
    def _rank_after_comma(before: list[str]) -> bool:
        """The words between the last comma and the name are a rank or title with its portfolio and its
        short form: "Deputy Superintendent of Police (DSP)", "Chief Inspector"."""
        commas = [i for i, w in enumerate(before) if w.endswith(",")]
        rank = before[commas[-1] + 1:] if commas else []
        return bool(rank) and rank[0].lower().rstrip(".") in TITLE_WORDS and all(
            w[:1].isupper() or w in ("of", "for", "and") or re.fullmatch(r"\([A-Z]{2,6}\)", w) for w in rank)

    @staticmethod
    def _portfolio(words) -> bool:
        """"minister for shipping Shafiqul Islam Bhuiyan", "member for infrastructure and engineering
        Luvuyo Mpofu-Ndlovu": the words between the title's preposition and the name are its portfolio,
        no title among them and no verb but a gerund. After "a spokesman for Mayor X" or "for Acme chief
        executive X" a title comes before the name: the name is the employer."""
        portfolio = [t for t in words if not t.is_space]
        while portfolio and portfolio[-1].lower_.rstrip(".") in TITLE_WORDS:
            portfolio.pop()  # "Datuk Dr": the honorifics the model left out of the name
        return bool(portfolio) and not any(
            t.lower_.rstrip(".") in TITLE_WORDS or t.text in (",", "(")
            or t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG" for t in portfolio)

    def _run_holds_person(self, token) -> bool:
        run = self._proper_run(token)
        return run is not None and any(e.label == "PERSON" for e in self.entities_between(run[0], run[1]))

    def _org_of_phrase(self, token) -> Speaker | None:
        """"Joint Chiefs of Staff", "Bank of England": a capitalised name with an "of" part is an organisation."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        # "Africa Centres for Disease Control and Prevention": a body's "for" part is its name too.
        of = [c for c in token.children if c.dep_ == "prep" and (
            c.lower_ == "of" or c.lower_ == "for" and token.lower_.removesuffix("s") in ORG_HEADS)]
        objs = [o for c in of for o in c.children if o.dep_ == "pobj" and o.text[:1].isupper() and o.pos_ == "PROPN"]
        if not objs:
            return None
        if token.lower_ in JOB_WORDS:
            # "Deputy Minister of National Defense Lo Kuan-ting told": a title with its portfolio, then the name.
            person = self.entity_at(objs[0])
            if person is not None and person.label == "PERSON" and person.canonical:
                return Speaker(person.start, person.end, person.canonical, "PERSON", "named")
        if token.lower_ in TITLE_HEADS:
            # "Member of Parliament Dwight Morrison" with "Parliament Dwight Morrison" tagged as one body: the
            # portfolio's English words, then a given name and the rest of the person's name.
            run = [t for t in objs[0].lefts if t.dep_ == "compound" and t.i >= objs[0].i - 4] + [objs[0]]
            given = next((n for n, t in enumerate(run) if n and is_given_name(t.text)
                          and all(english_word(u.text) for u in run[:n])), None)
            if given is not None and len(run) - given >= 2 and run[-1].i - run[0].i == len(run) - 1:
                start, end = run[given].idx, objs[0].idx + len(objs[0])
                return Speaker(start, end, self.full_person_name(self.text[start:end]), "PERSON", "named")
        # The capitalised compounds before the head, nested ones too ("Passenger" on "Rail" on "Agency"), and
        # the capitalised words of its "of" part up to a bracket ("South Africa", not "(Prasa").
        first = token
        while first.i > 0 and self.doc[first.i - 1].dep_ == "compound" and self.doc[first.i - 1].text[:1].isupper() \
                and first.i - 1 < self.doc[first.i - 1].head.i <= token.i:
            first = self.doc[first.i - 1]
        last, nxt = objs[0], objs[0].i + 1
        inside = {t.i for t in objs[0].subtree}
        while nxt in inside and (self.doc[nxt].text[:1].isupper() and not self.doc[nxt].is_punct
                                 or self.doc[nxt].lower_ in (",", "and", "of", "for", "the", "&")):
            if self.doc[nxt].text[:1].isupper():
                last = self.doc[nxt]
            nxt += 1
        start, end = first.idx, last.idx + len(last)
        if "\n" in self.text[start:end]:
            return None
        person = self._person_inside(objs[0].head.idx, end)
        if person is not None and person.end == end and " " in (person.canonical or ""):
            # "Passenger Rail Agency of South Africa (Prasa) spokesperson Nkosinathi Maluleke said": the parse
            # hangs the name on the body's; the person after the body and the job speaks.
            return Speaker(person.start, person.end, person.canonical, "PERSON", "named")
        # "the South Dakota Department of Health": the model's whole name, where the parse holds only part.
        named = [e for e in self.entities_between(start - 200, end)
                 if e.label == "ORG" and e.canonical and e.start <= start and end <= e.end]
        if named:
            return Speaker(named[0].start, named[0].end, named[0].canonical, "ORG", "named")
        return Speaker(start, end, clean_name(self.text[start:end], "ORG") or None, "ORG", "named")

    def _office_named_for_its_holder(self, token) -> Speaker | None:
        """"the Reno County Sheriff's Office", "the Attorney General's Department": a body's name that holds
        a capitalised possessive is the body's whole name, though the model tagged none of it. ("Ukraine's
        Foreign Ministry" is not: a place or a person owns that one.)"""
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.lower_ not in ORG_NOUNS:
            return None
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                      and c.text[:1].isupper()), None)
        if owner is None or self.entity_at(owner) is not None:
            return None
        first = owner
        while first.i > 0 and self.doc[first.i - 1].head in (owner, first) \
                and self.doc[first.i - 1].dep_ == "compound" and self.doc[first.i - 1].text[:1].isupper():
            first = self.doc[first.i - 1]
        if any(not t.text[:1].isupper() and t.text not in ("'s", "\u2019s") for t in self.doc[first.i:token.i + 1]):
            return None
        start, end = first.idx, token.idx + len(token)
        return Speaker(start, end, clean_name(self.text[start:end], "ORG") or None, "ORG", "named")

    def _person_inside(self, start: int, end: int) -> EntitySuggestion | None:
        """A person named inside the phrase speaks ("spokesperson Shi Yi"), not a possessor ("Putin's aide")."""
        named = [e for e in self.entities_between(start, end) if e.end <= end and e.label == "PERSON"
                 and e.canonical and self.text[e.end:e.end + 2] not in ("'s", "\u2019s")
                 and self.text[e.end:e.end + 1] not in ("'", "\u2019")]
        return named[-1] if named else None

    def _org_inside(self, start: int, end: int, head) -> EntitySuggestion | None:
        """"The official KCNA news agency": the organisation speaks when the head is an organisation noun;
        "MSHA data", "a Racing NSW statement": or something it issued."""
        if head.lower_ not in ORG_NOUNS and head.lower_ not in ISSUED_NOUNS:
            return None
        orgs = [e for e in self.entities_between(start, end) if e.end <= end + 1 and e.label == "ORG" and e.canonical
                and not self._says_where(e.start, e.end)]
        if orgs:
            return orgs[-1]
        # "Chile's Carabineros police force": an untagged name among the head's modifiers.
        names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper()
                 and not self._says_where(t.idx, t.idx + len(t))]
        if names:
            run = self.text[names[0].idx:names[-1].idx + len(names[-1])]
            if names[-1].i - names[0].i == len(names) - 1 and clean_name(run, "ORG"):
                return EntitySuggestion(names[0].idx, names[-1].idx + len(names[-1]), "ORG", clean_name(run, "ORG"))
        return None

    def _says_where(self, start: int, end: int) -> bool:
        """"the Hong Kong carrier", "the Hyderabad-based company", "the Catalist-listed company": a place or
        a market before the noun says where the body is, not which body it is."""
        if self.text[end:end + 1] in HYPHENS and self.text[end + 1:end + 2].islower():
            return True
        tokens = tokens_between(self.doc, start, end)
        return bool(tokens) and all(t.ent_type_ in ("GPE", "LOC") for t in tokens)

    def _pronoun(self, token) -> Speaker:
        lower = token.lower_
        start, end = token.idx, token.idx + len(token)
        if lower in PERSON_PRONOUNS:
            ref = self.antecedent(start, ("PERSON",), gender="m" if lower in ("he", "him") else "f")
        elif lower in ORG_PRONOUNS:
            ref = self.antecedent(start, ("ORG",))
        else:
            ref = None  # "they", "we": a group, left for the analyst
        if ref is None:
            return Speaker(start, end, None, None, "pronoun")
        return Speaker(start, end, ref.canonical, ref.label, "pronoun")
