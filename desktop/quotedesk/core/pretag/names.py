"""The article's names repaired before any speaker is resolved.

The small model misses or cuts people's names, tags them as places or
companies, and leaves short mentions ("Okafor") without the full name the
article gives elsewhere. These steps make the mentions of one person agree on
one canonical name, and note what the article says of each person's gender
(for "he" and "she").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .article_context import LOCAL_HONORIFICS, LOCAL_TITLES, SUBJECT_DEPS, ArticleContext, without_honorific
from .cues import (COMPANY_NOUNS, GAELIC_PARTICLES, HONORIFICS, JOB_WORDS, NAME_PARTICLES, ORG_NAME_WORDS, ORG_NOUNS,
                   SPEECH_VERBS, TITLE_WORDS)
from .entities import NICKNAME, clean_name, english_word, person_name
from .given_names import is_given_name, likely_gender
from .organisations import BODY_NAME_GOES_ON, ORG_HEADS
from .textindex import TextIndex
from .types import EntitySuggestion

# A capitalised word of a name; a full stop only after an initial ("K.", "Ma."), never a sentence's end.
_CAPITALISED = r"(?:[A-Z]\.|Ma\.|[A-Z][\w'\u2019-]*)"
_PARTICLES = "|".join(sorted(NAME_PARTICLES | {"mac"}))
_NICKNAME = f"(?:{NICKNAME}\\s)?"


@lru_cache(maxsize=256)
def _written_before_pattern(surname: str) -> re.Pattern:
    """Given names, particles and a nickname in marks before a family name: Terrence "Terry"
    MacKinnon, Gwilym ap Dafydd."""
    return re.compile(f"((?:{_CAPITALISED}\\s)(?:(?:{_CAPITALISED}|{_PARTICLES})\\s){{0,3}})"
                      + _NICKNAME + f"({re.escape(surname)})\\b")


_NICKNAMED = re.compile(f"((?:{_CAPITALISED}\\s){{1,3}}){NICKNAME}\\s({_CAPITALISED}(?:\\s{_CAPITALISED})?)")
_FAMILY_AFTER_PARTICLE = re.compile(r" (?:an |a['\u2019] )?(?:[th]-)?[A-Z\u00c0-\u00de][\w'\u2019-]*")
# Legal forms written only in companies' names: "Ltd", "Bhd", "GmbH", Indonesia's "PT ... Tbk" (and "Co" at
# the end: "Nansei Kosoku Kisen Co.").
COMPANY_FORMS = frozenset("ltd limited inc corp plc llc bhd berhad gmbh tbk pty pt".split())
# What only a business is, never a person's job ("dive operator", "olive-oil producer" and "brewer" are both).
BUSINESS_NOUNS = COMPANY_NOUNS - frozenset("operator producer developer maker brewer miner shipper publisher exporter "
                                           "business giant".split()) | {"club"}  # "second-division club Westfalia Hamm"
PUBLIC_BODY_ENDINGS = frozenset("municipality council ministry department authority commission agency".split())
# A title and its portfolio running up to a name: "Minister for Agriculture, Food and the " + "Marine X".
_PORTFOLIO_BEFORE = re.compile(r"\b(\w+) (?:for|of) [^.\n]*$")
_MARKS = re.compile("[\"\u201c\u201d\u2018\u2019]")
_AFTER_INDEFINITE = re.compile(r"\b[Aa]n?\s$")
_FIRST_PERSON = re.compile(r"\b(I|I['\u2019](m|ve|d|ll)|me|my|myself)\b")
NOT_GIVEN_NAMES = TITLE_WORDS | ORG_NAME_WORDS | ORG_NOUNS | {"the", "a", "an"}
MALE_TITLES = frozenset("mr sir lord king prince".split())
FEMALE_TITLES = frozenset("mrs ms miss dame lady madam queen princess".split())


# Words inside a name that say whose it is: a Sikh woman's "Kaur", a Malay daughter's "binti" and son's "bin",
# a Tamil Malaysian daughter's "a/p" and son's "a/l".
_FEMALE_MARKS = frozenset(["kaur", "binti", "bte", "bt", "a/p"])
_MALE_MARKS = frozenset(["bin", "a/l", "ibn"])


def _gender_in_name(name: str) -> str | None:
    """A person's gender from the name alone: its given name (with or without accents: "Élise"), or a word
    of it that only one gender bears."""
    words = name.split()
    found = likely_gender(words[0]) or likely_gender(_without_accents(words[0]))
    if found is None:
        lower = {w.lower() for w in words[1:]}
        found = "f" if lower & _FEMALE_MARKS else "m" if lower & _MALE_MARKS else None
    return found


def _without_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


class NameRepair(ArticleContext):
    def __init__(self, index: TextIndex, entities: list[EntitySuggestion]):
        super().__init__(index, entities)
        self._genders: dict[str, str] | None = None
        self._written: dict[str, str | None] = {}
        self._names_run_on_past_of()
        self._names_cut_at_a_particle()
        self._discover_people()
        self._people_by_how_they_speak()
        self._nicknamed_people()
        self._names_of_short_mentions()
        self._complete_person_names()
        self._surnames_tagged_as_other()
        self._companies_taken_for_people()
        self._descriptions_dropped()
        self._portfolios_and_inner_titles_dropped()
        self._honorifics_dropped()

    def _companies_taken_for_people(self) -> None:
        """"PT Nusantara Seluler Tbk" tagged as a person: a name with a company's legal form in it is a
        company's, and so are the mentions the article gave that name."""
        companies = {e.canonical for e in self.entities if e.label == "PERSON" and e.canonical
                     and (any(w.lower().rstrip(".") in COMPANY_FORMS for w in e.canonical.split())
                          or e.canonical.split()[-1] in ("Co", "Co.") or self._after_company_noun(e)
                          or self._ends_like_a_public_body(e))}
        # A body's name is written in full: the person's canonical name may have dropped a word the
        # article also writes in lower case ("Water" of "advocacy group Water Watch Zambia").
        longest = {}
        for ent in self.entities:
            if ent.label == "PERSON" and ent.canonical in companies:
                written = clean_name(self.text[ent.start:ent.end], "ORG")
                if len(written) > len(longest.get(ent.canonical, "")):
                    longest[ent.canonical] = written
        for ent in self.entities:
            if ent.label == "PERSON" and ent.canonical in companies:
                longer = len(longest[ent.canonical].split()) > len(ent.canonical.split())
                ent.label, ent.canonical = "ORG", longest[ent.canonical] if longer else ent.canonical
        self.person_names = [n for n in self.person_names if n not in companies]

    @staticmethod
    def _ends_like_a_public_body(ent: EntitySuggestion) -> bool:
        """"Emfuleni Local Municipality", "Kisumu County Council": a name that ends in a public body's word and
        opens with no given name."""
        words = ent.canonical.split()
        return len(words) > 1 and words[-1].lower() in PUBLIC_BODY_ENDINGS and likely_gender(words[0]) is None

    def _after_company_noun(self, ent: EntitySuggestion) -> bool:
        """"container shipping group Nordhafen Reederei", "state lender Banco Azul": a name right after what
        a business is (and not "the company" itself: "director of the company Mingma Sherpa"), opening with no
        given name, is the business's."""
        before = self.text[max(0, ent.start - 24):ent.start].split()
        return len(before) >= 2 and before[-1] in BUSINESS_NOUNS and before[-2].lower() not in ("the", "a", "an") \
            and likely_gender(ent.canonical.split()[0]) is None

    def _descriptions_dropped(self) -> None:
        """"Commuter Nomvuyo Jacobs, 46, said": a description opening a sentence is no part of the name."""
        for ent in self.entities:
            if ent.label == "PERSON" and ent.canonical:
                self._rename_person(ent.canonical, self.without_description(ent.canonical))

    def _portfolios_and_inner_titles_dropped(self) -> None:
        """"Minister for Agriculture, Food and the Marine Declan Harkin": the model took the portfolio's last
        word in (or the place: "Chief District Officer of Dolakha Krishna Bahadur Thapa"); "Lugaga-Wamuluma MCA
        Emmanuel Atsulu", "Disaster Management Ratu Apenisa Vosawale": a ward and a title in capitals, or a
        portfolio and an honorific, before the name."""
        for ent in self.entities:
            if ent.label != "PERSON" or not ent.canonical or self._in_quote(ent.start):
                continue
            words = ent.canonical.split()
            inner = next((i for i, w in enumerate(words[1:-2], 1) if w.isupper() and w.isalpha()
                          and 3 <= len(w) <= 4 and is_given_name(words[i + 1])
                          # "... and Disaster Management Ratu Apenisa Vosawale": a portfolio, then an honorific
                          or w.lower().rstrip(".") in HONORIFICS | LOCAL_HONORIFICS
                          and all(english_word(v) for v in words[:i])
                          or w.lower() in LOCAL_TITLES), None)  # "Punakha Dzongdag Kinley Wangchuk"
            if inner is not None:
                self._rename_person(ent.canonical, " ".join(words[inner + 1:]))
                continue
            portfolio = _PORTFOLIO_BEFORE.search(self.text[max(0, ent.start - 80):ent.start])
            after_the = self.text[max(0, ent.start - 4):ent.start].lower() == "the "  # "the Marine": no given name
            # "Chief District Officer of Dolakha Krishna Bahadur Thapa": the place the title is of, in any language.
            place_of_title = self.text[max(0, ent.start - 3):ent.start] == "of " and not english_word(words[0])
            if len(words) >= 3 and (english_word(words[0]) or place_of_title) \
                    and (after_the or not is_given_name(words[0])) \
                    and is_given_name(words[1]) and portfolio and portfolio.group(1).lower() in JOB_WORDS:
                self._rename_person(ent.canonical, " ".join(words[1:]))

    def _honorifics_dropped(self) -> None:
        """"Gogo Sithembile Dube", "Tuai Rumah Ujang anak Likau": an honorific before a name is no part of it."""
        for ent in self.entities:
            if ent.label == "PERSON" and ent.canonical:
                name = without_honorific(ent.canonical, self.person_names)
                if name != ent.canonical and " " not in name:
                    name = person_name(name, self.person_names)  # "Nana Boakye": the Boakye named in full
                self._rename_person(ent.canonical, name)
        for ent in self.entities:
            # "Pa Ajayi-Bello" tagged as a body: the honorific says it is the person of that family name.
            written = clean_name(self.text[ent.start:ent.end], "PERSON")
            name = without_honorific(written, self.person_names)
            if ent.label == "ORG" and name != written and " " not in name:
                full = person_name(name, self.person_names)
                if full != name:
                    ent.label, ent.canonical = "PERSON", full

    def _rename_person(self, old: str, new: str) -> None:
        """One person's canonical name changes: every mention that had it, and the article's list of names."""
        if new == old:
            return
        self.person_names = list(dict.fromkeys(new if n == old else n for n in self.person_names))
        for ent in self.entities:
            if ent.label == "PERSON" and ent.canonical == old:
                ent.canonical = new

    def _names_run_on_past_of(self) -> None:
        """"Dr Aroha Te Rangi of Geraldine Vets" tagged as one person: a name ends before "of" and where she
        works, and so does every mention that took the longer name."""
        for ent in self.entities:
            if ent.label != "PERSON" or not ent.canonical:
                continue
            written = self.text[ent.start:ent.end]
            cut = written.find(" of ")
            if cut < 0 or not written[cut + 4:cut + 5].isupper():
                continue
            name = clean_name(written[:cut], "PERSON")
            titled = [w.lower().rstrip(".") for w in (self.text[max(0, ent.start - 8):ent.start].split()[-1:]
                                                       + written.split()[:1])]
            if len(name.split()) < 2 or likely_gender(name.split()[0]) is None \
                    and not any(w in TITLE_WORDS for w in titled):
                continue  # a given name or a title says it is a person ("Craven Chamber of Trade" is a body)
            ent.end = ent.start + cut
            self._rename_person(ent.canonical, name)

    def _names_cut_at_a_particle(self) -> None:
        """"Dara Ó" + "Sé", "Bríd Nic" + "an Iomaire": the model may end a name on its particle; the family
        name after it belongs to the name."""
        for ent in self.entities:
            if ent.label != "PERSON":
                continue
            last = self.text[ent.start:ent.end].split()[-1]
            if last.lower() not in NAME_PARTICLES | GAELIC_PARTICLES:
                continue
            rest = _FAMILY_AFTER_PARTICLE.match(self.text, ent.end)
            if rest is None:
                continue
            tagged_apart = any(other is not ent and other.end > ent.end
                               for other in self.entities_between(ent.start, rest.end()))
            name = clean_name(self.text[ent.start:rest.end()], "PERSON")
            if not tagged_apart:
                ent.end = rest.end()  # the span too, unless the model tagged the family name on its own
            if ent.canonical:
                self._rename_person(ent.canonical, name)
            else:
                ent.canonical = name

    def _discover_people(self) -> None:
        """A subject written as a proper name of two or more words is a person, whatever the NER said.

        The small model often tags foreign names as organisations or places
        ("Novak" ORG, "Djokovic" untagged). Such mentions become one PERSON
        span, and one-word mentions of the surname elsewhere follow.
        """
        found: dict[str, tuple[int, int]] = {}
        for token in self.doc:
            if token.pos_ != "PROPN" or token.dep_ not in SUBJECT_DEPS + ("appos",) and not self._after_country(token):
                continue
            run = self._proper_run(token)
            if run is None or self._in_quote(run[0]):
                continue
            run = self._without_sentence_opener(run)
            words = self.text[run[0]:run[1]].split()
            # "Africa Centres for Disease Control", "Kaduna Markets": a body's word in the plural, with the rest
            # of the body's name after it or no given name before it (not "Tom Banks").
            plural_body = words[-1].lower().removesuffix("s") in ORG_NAME_WORDS | ORG_NOUNS and (
                not is_given_name(words[0]) or BODY_NAME_GOES_ON.match(self.text, run[1]))
            if len(words) < 2 or plural_body \
                    or any(w.lower().strip(".,'\u2019") in ORG_NAME_WORDS | ORG_NOUNS for w in words):
                continue
            inside = [e for e in self.entities_between(run[0] - 200, run[1]) if e.start < run[1] and run[0] < e.end]
            if len(inside) == 1 and inside[0].label == "PERSON" and run[0] < inside[0].start \
                    and inside[0].end == run[1] and self.text[run[0]:inside[0].start].split()[-1] in NAME_PARTICLES:
                # "Joost van" + "den Broek": the model's span starts inside the name, at a particle.
                name = person_name(clean_name(self.text[run[0]:run[1]], "PERSON"), self.person_names)
                inside[0].start, inside[0].canonical = run[0], name
                found[name] = run
                continue
            if any(e.label == "PERSON" or e.start < run[0] or e.end > run[1] for e in inside):
                continue  # a person already, or an entity reaching outside the name
            if inside and token.dep_ not in SUBJECT_DEPS + ("appos",):
                continue  # "Russia's Far East" tagged as a place: only an untagged name after a country
            if any(e.label in ("ORG", "GPE") and len(self.text[e.start:e.end].split()) > 1 for e in inside) \
                    and not self._personal_verb(token):
                continue  # the NER reads the whole name as a company or a place: leave it
            name = clean_name(self.text[run[0]:run[1]], "PERSON")
            if len(name.split()) < 2:
                continue
            # "Van der Merwe said" after "Prof Annelie van der Merwe": the person named in full before.
            name = person_name(name, self.person_names)
            found[name] = run
            if len(inside) == 1:
                ent = inside[0]
                ent.start, ent.end, ent.label, ent.canonical = run[0], run[1], "PERSON", name
            elif not inside:
                self.entities.append(EntitySuggestion(run[0], run[1], "PERSON", name))
        if found:
            self.entities.sort(key=lambda e: e.start)
            self.entity_starts = [e.start for e in self.entities]
            self.person_names = list(dict.fromkeys(self.person_names + list(found)))
            # "Abou Zeid" in the headline, "Hazem Abou Zeid" found only now: the short mentions follow.
            for ent in self.entities:
                if ent.label == "PERSON" and ent.canonical and ent.canonical not in found:
                    ent.canonical = person_name(ent.canonical, self.person_names)

    def _after_country(self, token) -> bool:
        """"Thailand's Phachara Sawangsri": a name right after a country's possessive, wherever it stands."""
        first = token
        while first.i > 0 and self.doc[first.i - 1].pos_ == "PROPN" and self.doc[first.i - 1].head.i == token.i:
            first = self.doc[first.i - 1]
        if first.i < 2 or self.doc[first.i - 1].text not in ("'s", "\u2019s") or token.head.pos_ == "PROPN" \
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            return False  # "South Korea's Joint Chiefs of Staff": a body
        owner = self.doc[first.i - 2]
        return owner.ent_type_ == "GPE" and first is not token

    def _people_by_how_they_speak(self) -> None:
        """"Hughes said the wet track had slowed him", '"I came to win," Hughes said': a name the model
        took for an organisation that speaks of itself as "I", or whose reported words say "he", "she",
        "him" or "her", is a person; so are the article's other mentions of that name."""
        speaking = set()
        for ent in self.entities:
            name = clean_name(self.text[ent.start:ent.end], "PERSON")
            words = name.split()
            if ent.label != "ORG" or not 1 <= len(words) <= 3 or name.isupper() or not name[:1].isupper() \
                    or any(w.lower() in ORG_NAME_WORDS | ORG_NOUNS | ORG_HEADS for w in words):
                continue
            head = self.token_at(ent.end - 1)
            if head.dep_ in SUBJECT_DEPS and head.head.lower_ in SPEECH_VERBS and self._speaks_as_a_person(head):
                speaking.add(name)
        if not speaking:
            return
        for ent in self.entities:
            name = clean_name(self.text[ent.start:ent.end], "PERSON")
            if ent.label != "PERSON" and any(name == n or name.endswith(" " + n) for n in speaking):
                ent.label, ent.canonical = "PERSON", name
        full = [e.canonical for e in self.entities if e.label == "PERSON" and e.canonical and " " in e.canonical]
        self.person_names = list(dict.fromkeys(self.person_names + full))
        for ent in self.entities:
            if ent.label == "PERSON" and ent.canonical in speaking:
                ent.canonical = person_name(ent.canonical, self.person_names)

    def _speaks_as_a_person(self, subject) -> bool:
        verb = subject.head
        reported = [t.lower_ for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
        if {"he", "she", "him", "her", "himself", "herself"} & set(reported):
            return True
        near = [(s, e) for s, e in self.index.quoted if e <= subject.idx and subject.idx - e <= 3
                or s >= verb.idx + len(verb) and s - (verb.idx + len(verb)) <= 3]
        if any(_FIRST_PERSON.search(self.text[s:e]) for s, e in near):
            return True
        return self._continued_as_he_or_she(subject)

    def _continued_as_he_or_she(self, subject) -> bool:
        """'X said: "..." / "...," she added': the next sentence with an attribution outside the quotes
        gives the speaker as "he" or "she"."""
        number = self.index.sent_number(subject.idx)
        for sent in self.index.sents[number + 1:number + 3]:
            subjects = [t for t in sent if t.dep_ in SUBJECT_DEPS and not self._in_quote(t.idx)]
            if not subjects:
                continue
            first = subjects[0]
            return first.lower_ in ("he", "she") and first.head.lower_ in SPEECH_VERBS
        return False

    def _nicknamed_people(self) -> None:
        """Terrence "Terry" MacKinnon, Gov. Ramon "Monching" Villanueva: a name with a nickname in marks
        between the given and the family name is one person, whatever the model made of its parts."""
        found, aliases = [], {}
        for match in _NICKNAMED.finditer(self.text):
            words = match.group(1).split()
            while words and words[0].lower().rstrip(".") in NOT_GIVEN_NAMES:
                words.pop(0)
            if not words or match.group(2).lower() in NOT_GIVEN_NAMES:
                continue
            # (Cleaned: "Jan Juc’s Lachlan “Lockie” Tremayne" is Lachlan Tremayne, from Jan Juc.)
            name = clean_name(" ".join(words + [match.group(2)]), "PERSON")
            if len(name.split()) < 2:
                continue
            found.append(name)
            nickname = self.text[match.end(1) + 1:match.start(2) - 2]
            if " " not in nickname:
                # "Obituary: Joe Tapsell-Kerr" over 'Hōhepa "Joe" Tapsell-Kerr': what the person goes by.
                aliases[f"{nickname} {match.group(2)}"] = aliases[nickname] = name
            for ent in self.entities_between(match.start() - 200, match.end()):
                if match.start() <= ent.start and ent.end <= match.end():
                    if ent.label == "PERSON" and ent.canonical and _MARKS.search(ent.canonical):
                        aliases[ent.canonical] = name  # 'Rob" Kohere': a span begun inside the marks
                    ent.label, ent.canonical = "PERSON", name
        if found:
            self.person_names = [p for p in dict.fromkeys(self.person_names + found) if p not in aliases]
            for ent in self.entities:  # "Dela Cruz said" after Ramon "Bong" Dela Cruz
                if ent.label == "PERSON" and ent.canonical:
                    ent.canonical = aliases.get(ent.canonical) or person_name(ent.canonical, found)

    @staticmethod
    def _personal_verb(subject) -> bool:
        """"Sizwe Mokoena marked his return": a subject whose own clause says "his" or "her" is a person."""
        verb = subject.head
        return subject.dep_ in SUBJECT_DEPS and any(
            t.lower_ in ("his", "her", "himself", "herself") and t.i > subject.i for t in verb.subtree
            if t.head.i == verb.i or t.head.head.i == verb.i)

    def _surnames_tagged_as_other(self) -> None:
        """"Musetti, 22, said" tagged as a place when "Lorenzo Musetti" is a person here; and every
        one-word mention of a person takes the full name the article has by now."""
        surnames: dict[str, set[str]] = {}
        for name in self.person_names:
            words = name.split()
            # The last word, or a family name inside ("Medina" of "José Antonio Medina de la Garza").
            for i, word in enumerate(words[1:], 1):
                if word[:1].isupper():
                    surnames.setdefault(word, set()).add(name)
                elif word in NAME_PARTICLES and i < len(words) - 1:
                    # "De Villiers said" for "Charmaine de Villiers": the family name with its particle,
                    # capitalised when it opens a sentence.
                    family = " ".join(words[i:])
                    surnames.setdefault(family, set()).add(name)
                    surnames.setdefault(family[:1].upper() + family[1:], set()).add(name)
        for ent in self.entities:
            word = clean_name(self.text[ent.start:ent.end], "PERSON")
            if ent.label != "PERSON" and len(surnames.get(word, ())) == 1:
                ent.label, ent.canonical = "PERSON", next(iter(surnames[word]))
            elif ent.label == "PERSON" and ent.canonical and " " not in ent.canonical:
                ent.canonical = person_name(ent.canonical, self.person_names)

    def _without_sentence_opener(self, run: tuple[int, int]) -> tuple[int, int]:
        """"Seismologist Fatos Lleshi said": a first word capitalised only because it opens the sentence,
        before a name of two words or more, is what the person does."""
        first = self.token_at(run[0])
        words = self.text[run[0]:run[1]].split()
        # ("Van der Merwe said" opens with the name's own particle.)
        if len(words) >= 3 and first.i == self.index.sent_at(run[0]).start and first.lower_ not in NAME_PARTICLES \
                and not any(e.label == "PERSON" and e.start <= run[0] < e.end for e in self.entities_between(run[0] - 200, run[0] + 1)):
            second = self.doc[first.i + 1]
            return second.idx, run[1]
        return run

    def _names_of_short_mentions(self) -> None:
        """A person called only "Okafor" in the article's entities is the "Adaeze Okafor" of its text.

        The full name may be tagged as a place ("Adaeze Okafor" GPE) or not at
        all ("beat fourth-seeded Saga Lindqvist"); the one-word mentions tell
        whose name it is.
        """
        names = {e.canonical for e in self.entities if e.label == "PERSON" and e.canonical}
        short = {n for n in names if len(n.split()) <= 3
                 and not any(m != n and m.split()[-len(n.split()):] == n.split() for m in names)}
        if not short:
            return
        found = []
        for ent in self.entities:
            words = clean_name(self.text[ent.start:ent.end], "PERSON").split()
            # "Pádraig Ó Dálaigh" tagged as a company where "Ó Dálaigh" speaks as a person.
            ends_with_short = any(len(words) > len(n.split()) and words[-len(n.split()):] == n.split() for n in short)
            if ent.label in ("GPE", "ORG", "LOC", "NORP", "FAC") and 1 < len(words) <= 4 and ends_with_short \
                    and not any(w.lower().strip(".,") in ORG_NAME_WORDS | ORG_NOUNS for w in words):
                ent.label, ent.canonical = "PERSON", " ".join(words)
                found.append(ent.canonical)
        # "Many Fingers" after "Brayden Many Fingers": a two-word name that opens with no given name.
        two_words = {n for n in short if len(n.split()) == 2 and likely_gender(n.split()[0]) is None}
        short = {n for n in short if " " not in n}
        for token in self.doc:
            if token.text in short and token.pos_ == "PROPN" and not self._in_quote(token.idx):
                run = self._proper_run(token)
                if run is not None and run[1] == token.idx + len(token) and not self._after_indefinite(run[0]):
                    name = clean_name(self.text[run[0]:run[1]], "PERSON")
                    words = name.split()
                    if len(words) > 1 and not any(w.lower() in ORG_NAME_WORDS | ORG_NOUNS for w in words):
                        found.append(name)
        for name in short | two_words:
            if not any(f.split()[-len(name.split()):] == name.split() for f in found):
                longest = self._written_before(name)
                if longest and (" " not in name or likely_gender(longest.split()[0]) is not None):
                    found.append(longest)
        if found:
            self.person_names = list(dict.fromkeys(self.person_names + found))
            full = sorted(self.person_names, key=lambda n: -len(n.split()))
            for ent in self.entities:
                if ent.label == "PERSON" and ent.canonical and len(ent.canonical.split()) <= 3:
                    ent.canonical = person_name(ent.canonical, full)

    def _after_indefinite(self, start: int) -> bool:
        """"aboard a Rocket Lab Electron": a name after "a" or "an" is a thing's, not a person's."""
        return _AFTER_INDEFINITE.search(self.text, max(0, start - 4), start) is not None

    def _written_before(self, surname: str) -> str | None:
        """"Terrence MacKinnon", "Eun-ji Park": the capitalised words written right before a family name
        somewhere in the article, when neither the model nor the parse put them together."""
        if surname not in self._written:  # asked again for each mention of the same speaker
            self._written[surname] = self._longest_written_before(surname)
        return self._written[surname]

    def _longest_written_before(self, surname: str) -> str | None:
        best = None
        for match in _written_before_pattern(surname).finditer(self.text):
            if self._in_quote(match.start()) or self._after_indefinite(match.start()):
                continue
            words = match.group(1).split()
            # Keep the given names: drop titles, honorifics, articles and organisation words before them,
            # and words before where the model's own person span starts ("Spaniard" + "Luis Fernando").
            while words and words[0].lower().rstrip(".") in NOT_GIVEN_NAMES:
                words.pop(0)
            person = next((e for e in self.entities_between(match.start() - 200, match.end())
                           if e.label == "PERSON" and match.start(1) < e.start < match.start(2)), None)
            if person is not None:
                while words and match.start(1) + match.group(1).find(words[0]) < person.start:
                    words.pop(0)
            if not words or any(w.lower().rstrip(".") in TITLE_WORDS for w in words):
                continue
            first = match.start(1) + match.group(1).find(words[0])
            # "Kenya Airways Mwangi" is two names; an entity holding the whole name is one person mis-tagged.
            if any(e.label in ("GPE", "NORP", "ORG", "LOC") and e.start <= first < e.end and e.end <= match.start(2)
                   for e in self.entities_between(match.start() - 200, match.end())):
                continue
            name = " ".join(words + [surname])
            if best is None or len(name.split()) > len(best.split()):
                best = name
        return best

    def _complete_person_names(self) -> None:
        """Names the NER cut short ("Dmitry" + "Peskov" tagged as just "Peskov") become whole.

        The canonical name of every mention of that person is updated, so the
        spans and the speakers of one article agree on who is who.
        """
        longer = []
        for ent in self.entities:
            if ent.label != "PERSON" or not ent.canonical:
                continue
            run = self._proper_run(self.token_at(ent.end - 1))
            if run is not None and run[0] < ent.start and run[1] >= ent.end:
                first = self.token_at(run[0])
                if first.i == self.index.sent_at(run[0]).start and first.is_sent_start is not False \
                        and len(self.text[run[0]:ent.start].split()) == 1 \
                        and self.text[ent.start:ent.end].split()[0] not in NAME_PARTICLES:
                    # "Seismologist Fatos Lleshi said": capitalised only because it opens the sentence (but
                    # the word before "ap Gwilym" or "van Dijk" is a given name).
                    continue
                name = clean_name(self.text[run[0]:run[1]], "PERSON")
                if len(name.split()) > len(ent.canonical.split()):
                    longer.append(name)
        if not longer:
            return
        self.person_names = list(dict.fromkeys(self.person_names + longer))
        full = sorted(self.person_names, key=lambda n: -len(n.split()))
        for ent in self.entities:
            if ent.label == "PERSON" and ent.canonical:
                ent.canonical = person_name(ent.canonical, full)

    def genders(self) -> dict[str, str]:
        """What the article itself says of each person: "Mr"/"Mrs" before the name, or "his"/"her"
        in the clause the person is the subject of ("Okafor saved her third match point"); failing
        that, a given name used for one gender only."""
        if self._genders is not None:
            return self._genders
        evidence: dict[str, set[str]] = {}
        for ent in self.entities:
            if ent.label != "PERSON" or not ent.canonical or self._in_quote(ent.start):
                continue
            before = self.text[max(0, ent.start - 8):ent.start].split()
            title = before[-1].lower().rstrip(".") if before else ""
            if title in MALE_TITLES:
                evidence.setdefault(ent.canonical, set()).add("m")
            elif title in FEMALE_TITLES:
                evidence.setdefault(ent.canonical, set()).add("f")
            head = self.token_at(ent.end - 1)
            if head.dep_ in SUBJECT_DEPS:
                verb = head.head
                # Only a possessive or a reflexive: "told her the offer was final" is about someone else.
                words = {t.lower_ for t in verb.subtree if t.i > head.i and (t.head.i == verb.i or t.head.head.i == verb.i)
                         and (t.tag_ == "PRP$" or t.lower_.endswith("self"))}
                if words & {"his", "himself"}:
                    evidence.setdefault(ent.canonical, set()).add("m")
                if words & {"her", "herself"}:
                    evidence.setdefault(ent.canonical, set()).add("f")
        # A sentence about one person only: its "his" or "her" (outside quotes) is theirs. This is weaker
        # evidence than a given name ("His daughter, Maria Tavares-Lopes, said he died"), so it goes apart.
        sentence_evidence: dict[str, set[str]] = {}
        for sent in self.index.sents:
            people = {e.canonical for e in self.entities_between(sent.start_char, sent.end_char)
                      if e.label == "PERSON" and e.canonical and not self._in_quote(e.start)}
            if len(people) != 1:
                continue
            first_mention = min(e.start for e in self.entities_between(sent.start_char, sent.end_char)
                                if e.label == "PERSON" and e.canonical in people)
            # Not an object pronoun: "Jolene Doucet-MacLellan, who studied with him, called him ..." is about
            # someone else, whom a person cannot be in their own clause.
            words = {t.lower_ for t in sent if t.idx > first_mention and not self._in_quote(t.idx) and (
                t.tag_ == "PRP$" or t.tag_ == "PRP" and (t.dep_ in SUBJECT_DEPS or t.lower_.endswith("self")))}
            name = next(iter(people))
            if words & {"his", "him", "himself", "he"}:
                sentence_evidence.setdefault(name, set()).add("m")
            if words & {"her", "herself", "she"}:
                sentence_evidence.setdefault(name, set()).add("f")
        self._genders = {name: next(iter(found)) for name, found in evidence.items() if len(found) == 1}
        # Where the article says nothing of the person's own, a given name used for one gender only
        # ("Maria", "Kwame"); failing that, the sentences about them alone.
        for name in dict.fromkeys(self.person_names + list(sentence_evidence)):
            if name in evidence:
                continue
            guessed = _gender_in_name(name) if " " in name else None
            if guessed is not None:
                self._genders[name] = guessed
            elif len(sentence_evidence.get(name, ())) == 1:
                self._genders[name] = next(iter(sentence_evidence[name]))
        return self._genders
