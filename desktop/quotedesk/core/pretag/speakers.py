"""Who a speaker mention is: names, appositions, pronouns and descriptions.

Given the head token of a mention (the subject of a speech verb, the object
of "according to"), find the stretch of text to mark as the speaker and the
canonical entity it refers to. Pronouns ("he", "it") and definite
descriptions ("the minister", "the company") are resolved to the most
salient earlier person or organisation: subjects before other mentions,
recent sentences before older ones.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .cues import (GROUP_PRONOUNS, ORG_NAME_WORDS, ORG_NOUNS, ORG_PRONOUNS, PERSON_EPITHETS, PERSON_PRONOUNS,
                   PERSON_ROLE_NOUNS, PERSON_TITLES, SPEECH_VERBS)
from .entities import clean_name, person_name
from .textindex import TextIndex
from .types import EntitySuggestion

SPEAKER_LABELS = ("PERSON", "ORG")
NAMED_LABELS = ("PERSON", "ORG", "NORP", "GPE", "FAC")  # who can be a speaker's name
NP_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "advmod", "predet",
           "preconj", "npadvmod"}
NAME_PARTICLES = {"von", "van", "der", "den", "de", "la", "le", "bin", "al", "el", "da", "di", "du", "ibn", "ben",
                  "della", "del", "degli", "dos", "das", "do"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
_AGE = re.compile(r"\b[Tt]he ((\d+|[a-z]+(-[a-z]+)?)-year-old|[a-z]+-of-(\d+|[a-z]+))\b")  # "the mum-of-two"
ANTECEDENT_SENTENCES = 6
# Roles news copy names one way and refers back to another: "Justice X ... the judge said".
ROLE_SYNONYMS = {"judge": {"justice", "magistrate"}, "minister": {"secretary"}, "chief": {"ceo"},
                 "ceo": {"chief"}, "lawyer": {"counsel", "attorney", "solicitor", "barrister", "advocate"}}
DEMONYM_ENDINGS = ("er", "ian", "ean", "ese", "ite", "an", "i")
MALE_TITLES = frozenset("mr sir lord king prince".split())
FEMALE_TITLES = frozenset("mrs ms miss dame lady madam queen princess".split())


@dataclass
class Speaker:
    start: int
    end: int
    entity: str | None  # canonical name, when the mention is named or resolved
    label: str | None  # "PERSON" | "ORG" for a new entity
    how: str  # named | pronoun | description | noun | continued | previous


class Speakers:
    def __init__(self, index: TextIndex, entities: list[EntitySuggestion]):
        self.index = index
        self.doc = index.doc
        self.text = index.text
        self.entities = sorted(entities, key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities]
        self.person_names = list(dict.fromkeys(e.canonical for e in self.entities if e.label == "PERSON" and e.canonical))
        self._genders: dict[str, str] | None = None
        self._discover_people()
        self._names_of_short_mentions()
        self._complete_person_names()
        self._surnames_tagged_as_other()

    def _discover_people(self) -> None:
        """A subject written as a proper name of two or more words is a person, whatever the NER said.

        The small model often tags foreign names as organisations or places
        ("Novak" ORG, "Djokovic" untagged). Such mentions become one PERSON
        span, and one-word mentions of the surname elsewhere follow.
        """
        found: dict[str, tuple[int, int]] = {}
        for token in self.doc:
            if token.dep_ not in SUBJECT_DEPS + ("appos",) or token.pos_ != "PROPN":
                continue
            run = self._proper_run(token)
            if run is None or self._in_quote(run[0]):
                continue
            run = self._without_sentence_opener(run)
            words = self.text[run[0]:run[1]].split()
            if len(words) < 2 or any(w.lower().strip(".,'\u2019") in ORG_NAME_WORDS | ORG_NOUNS for w in words):
                continue
            inside = [e for e in self.entities_between(run[0] - 200, run[1]) if e.start < run[1] and run[0] < e.end]
            if any(e.label == "PERSON" or e.start < run[0] or e.end > run[1] for e in inside):
                continue  # a person already, or an entity reaching outside the name
            if any(e.label in ("ORG", "GPE") and len(self.text[e.start:e.end].split()) > 1 for e in inside) \
                    and not self._personal_verb(token):
                continue  # the NER reads the whole name as a company or a place: leave it
            name = clean_name(self.text[run[0]:run[1]], "PERSON")
            if len(name.split()) < 2:
                continue
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
            if len(name.split()) > 1:
                surnames.setdefault(name.split()[-1], set()).add(name)
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
        if len(words) >= 3 and first.i == self.index.sent_at(run[0]).start \
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
        short = {n for n in short if " " not in n}
        for token in self.doc:
            if token.text in short and token.pos_ == "PROPN" and not self._in_quote(token.idx):
                run = self._proper_run(token)
                if run is not None and run[1] == token.idx + len(token):
                    name = clean_name(self.text[run[0]:run[1]], "PERSON")
                    words = name.split()
                    if len(words) > 1 and not any(w.lower() in ORG_NAME_WORDS | ORG_NOUNS for w in words):
                        found.append(name)
        for name in short:
            if not any(f.split()[-1] == name for f in found):
                longest = self._written_before(name)
                if longest:
                    found.append(longest)
        if found:
            self.person_names = list(dict.fromkeys(self.person_names + found))
            full = sorted(self.person_names, key=lambda n: -len(n.split()))
            for ent in self.entities:
                if ent.label == "PERSON" and ent.canonical and len(ent.canonical.split()) <= 3:
                    ent.canonical = person_name(ent.canonical, full)

    def _written_before(self, surname: str) -> str | None:
        """"Terrence MacKinnon", "Eun-ji Park": the capitalised words written right before a family name
        somewhere in the article, when neither the model nor the parse put them together."""
        from .people import TITLE_WORDS

        best = None
        for match in re.finditer(r"((?:[A-Z][\w'\u2019.-]*\s){1,3})" + re.escape(surname) + r"\b", self.text):
            if self._in_quote(match.start()):
                continue
            words = match.group(1).split()
            # Keep the given names: drop titles, honorifics and a sentence's first word before them.
            while words and (words[0].lower().rstrip(".") in TITLE_WORDS | {"the", "a", "an"}
                             or words[0].lower().rstrip(".") in ORG_NAME_WORDS | ORG_NOUNS):
                words.pop(0)
            if not words or any(w.lower().rstrip(".") in TITLE_WORDS for w in words):
                continue
            if any(e.label in ("GPE", "NORP", "ORG", "LOC") and e.start <= match.start(1) + match.group(1).find(words[0]) < e.end
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
                        and len(self.text[run[0]:ent.start].split()) == 1:
                    continue  # "Seismologist Fatos Lleshi said": capitalised only because it opens the sentence
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

    # -- lookup ------------------------------------------------------------------------

    def entity_at(self, token) -> EntitySuggestion | None:
        start, end = token.idx, token.idx + len(token)
        i = bisect.bisect_right(self.entity_starts, start) - 1
        for ent in self.entities[max(i, 0):i + 2]:
            if ent.start < end and start < ent.end:
                return ent
        return None

    def token_at(self, char: int):
        return self.index.token_at(char)

    def _in_quote(self, char: int) -> bool:
        # Names inside marks are what someone said, not who is speaking.
        return self.index.in_quote(char)

    def entities_between(self, start: int, end: int) -> list[EntitySuggestion]:
        lo = bisect.bisect_left(self.entity_starts, start)
        hi = bisect.bisect_left(self.entity_starts, end)
        return self.entities[lo:hi]

    def full_person_name(self, name: str) -> str:
        """The article's longest person name ending with `name` ("Peskov" -> "Dmitry Peskov")."""
        return person_name(name, self.person_names)

    # -- mentions --------------------------------------------------------------------------

    def mention(self, token) -> Speaker:
        """The speaker mention headed by `token`, and who it refers to."""
        found = self._mention(token)
        name = found.entity
        if name and found.label in ("PERSON", None) and " " not in name and name[:1].isupper():
            # "McKenzie-Walters said": the article wrote the given name somewhere the model missed.
            longer = self._written_before(name)
            if longer and " " in longer:
                found.entity, found.label = longer, "PERSON"
        return found

    def _mention(self, token) -> Speaker:
        described = self._person_by_age_or_nationality(token)
        if described is not None:
            return described
        appositive = self._appositive_name(token)
        if appositive is not None:
            return appositive
        ent = self.entity_at(token)
        if ent is not None and ent.label in NAMED_LABELS:
            return self._named(token, ent)
        if ent is not None and token.pos_ in ("PROPN", "NOUN") and self.text[ent.start:ent.start + 1].isupper():
            # "Moon Jae-in told" tagged as a work of art: someone who speaks is a person.
            name = clean_name(self.text[ent.start:ent.end], "PERSON")
            return Speaker(ent.start, ent.end, self.full_person_name(name), "PERSON", "named")
        lower = token.lower_
        if token.tag_ == "PRP" and lower in PERSON_PRONOUNS | ORG_PRONOUNS | GROUP_PRONOUNS:
            return self._pronoun(token)
        start, end = self._phrase(token)
        named = self._person_inside(start, end)
        if named is not None:
            return Speaker(start, end, named.canonical, "PERSON", "named")
        org = self._org_of_phrase(token)
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
        return Speaker(start, end, None, None, "noun")

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
        if demonym and " " not in self.text[ent.start:ent.end] \
                and token.tag_ in ("NNP", "NNPS", "NN", "JJ") and self.text[max(0, ent.start - 4):ent.start].lower() == "the ":
            ref = self.antecedent(ent.start, ("PERSON",))
            return Speaker(ent.start - 4, ent.end, ref.canonical if ref else None, "PERSON" if ref else None,
                           "description")
        return None

    def _named(self, token, ent: EntitySuggestion) -> Speaker:
        start, end = ent.start, ent.end
        canonical = ent.canonical if ent.label in SPEAKER_LABELS else None
        if ent.label == "ORG" or ent.label == "PERSON" and len(ent.canonical or "") < 2:
            org = self._org_of_phrase(token)
            if org is not None:
                return org
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
            run = self._proper_run(token)
            if run is not None and run[0] <= start and end <= run[1] and (run[0], run[1]) != (start, end):
                start, end = run
                canonical = self.full_person_name(self.text[start:end])
        label = ent.label if canonical else None
        return Speaker(start, end, canonical, label, "named")

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
        if self.entity_at(token) is not None and self.entity_at(token).label in ("PERSON", "ORG"):
            return None  # a name already: "The German Football League (DFL) said" is the league
        for child in token.children:
            if child.dep_ == "appos":
                ent = self.entity_at(child)
                if ent is not None and ent.label in SPEAKER_LABELS and ent.canonical:
                    return self._named(child, ent)
                run = self._proper_run(child)
                if run is not None and child.pos_ == "PROPN":
                    return Speaker(run[0], run[1], self.full_person_name(self.text[run[0]:run[1]]), "PERSON", "named")
        return None

    def _known_name(self, token) -> Speaker | None:
        """An untagged one-word name ("Sainsbury's said") that the article tags elsewhere."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        word = clean_name(token.text, "ORG")
        for ent in self.entities:
            if ent.canonical and ent.label in SPEAKER_LABELS and (
                    clean_name(self.text[ent.start:ent.end], ent.label) == word or ent.canonical == word):
                return Speaker(token.idx, token.idx + len(token), ent.canonical, ent.label, "named")
        full = self.full_person_name(word)
        if full != word:
            return Speaker(token.idx, token.idx + len(token), full, "PERSON", "named")
        longer = {e.canonical for e in self.entities if e.label == "ORG" and e.canonical
                  and e.canonical.split()[0] == word and " " in e.canonical}
        if len(longer) == 1:  # "Parkway's share" where "Parkway Foods" is the company
            return Speaker(token.idx, token.idx + len(token), longer.pop(), "ORG", "named")
        return None

    def _org_of_phrase(self, token) -> Speaker | None:
        """"Joint Chiefs of Staff", "Bank of England": a capitalised name with an "of" part is an organisation."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
        objs = [o for c in of for o in c.children if o.dep_ == "pobj" and o.text[:1].isupper() and o.pos_ == "PROPN"]
        if not objs:
            return None
        first = token
        for t in reversed(list(token.lefts)):
            if t.i == first.i - 1 and t.dep_ == "compound" and t.text[:1].isupper():
                first = t
        last = objs[0]
        for t in last.subtree:
            if t.i > last.i and t.text[:1].isupper():
                last = t
        start, end = first.idx, last.idx + len(last)
        if "\n" in self.text[start:end]:
            return None
        return Speaker(start, end, clean_name(self.text[start:end], "ORG") or None, "ORG", "named")

    def _proper_run(self, token) -> tuple[int, int] | None:
        """The capitalised name around a proper-noun head, when it reads as a person's name."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        tokens = [token]
        for t in reversed(self.doc[max(0, token.i - 6):token.i]):
            attached = t.dep_ in ("compound", "flat", "nmod", "amod") and token in t.ancestors
            if t.i == tokens[0].i - 1 and attached and (
                    (t.pos_ == "PROPN" and t.text[:1].isupper()) or t.lower_ in NAME_PARTICLES):
                tokens.insert(0, t)
            elif t.text == "-" and not t.whitespace_ and t.i == tokens[0].i - 1:
                continue  # "Jae - in": the hyphen is handled below
            else:
                break
        # Hyphenated given names are split by the tokenizer: "Jae - in", "Tae - lim".
        first, last = tokens[0], tokens[-1]
        while first.i >= 2 and self.doc[first.i - 1].text == "-" and not self.doc[first.i - 1].whitespace_ \
                and self.doc[first.i - 2].text[:1].isupper() and not self.doc[first.i - 2].whitespace_:
            first = self.doc[first.i - 2]
        while last.i + 2 < len(self.doc) and self.doc[last.i + 1].text == "-" and not last.whitespace_ \
                and not self.doc[last.i + 1].whitespace_ and self.doc[last.i + 2].is_alpha:
            last = self.doc[last.i + 2]
        words = self.text[first.idx:last.idx + len(last)].split()
        people = [e for e in self.entities_between(first.idx - 200, last.idx + len(last))
                  if e.label == "PERSON" and first.idx < e.end]
        if len(words) < 2 and not people:
            return None
        return first.idx, last.idx + len(last)

    def _person_inside(self, start: int, end: int) -> EntitySuggestion | None:
        """A person named inside the phrase speaks ("spokesperson Shi Yi"), not a possessor ("Putin's aide")."""
        named = [e for e in self.entities_between(start, end) if e.end <= end and e.label == "PERSON"
                 and e.canonical and self.text[e.end:e.end + 2] not in ("'s", "\u2019s")
                 and self.text[e.end:e.end + 1] not in ("'", "\u2019")]
        return named[-1] if named else None

    def _org_inside(self, start: int, end: int, head) -> EntitySuggestion | None:
        """"The official KCNA news agency": the organisation speaks when the head is an organisation noun."""
        if head.lower_ not in ORG_NOUNS:
            return None
        orgs = [e for e in self.entities_between(start, end) if e.end <= end + 1 and e.label == "ORG" and e.canonical]
        if orgs:
            return orgs[-1]
        # "Chile's Carabineros police force": an untagged name among the head's modifiers.
        names = [t for t in head.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper()]
        if names:
            run = self.text[names[0].idx:names[-1].idx + len(names[-1])]
            if names[-1].i - names[0].i == len(names) - 1 and clean_name(run, "ORG"):
                return EntitySuggestion(names[0].idx, names[-1].idx + len(names[-1]), "ORG", clean_name(run, "ORG"))
        return None

    # -- reference ---------------------------------------------------------------------------

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

    def antecedent(self, before: int, labels: tuple[str, ...], gender: str | None = None) -> EntitySuggestion | None:
        """The most salient earlier entity: a subject in the nearest sentence that has one.

        With a `gender` ("m" for he, "f" for she), people the article marks as the other are passed over.
        """
        last = self.index.sent_number(before)
        fallback = None
        if gender is not None:
            genders = self.genders()
            agrees = lambda e: genders.get(e.canonical, gender) == gender  # noqa: E731
        else:
            agrees = lambda e: True  # noqa: E731
        for sent in reversed(self.index.sents[max(0, last - ANTECEDENT_SENTENCES + 1):last + 1]):
            candidates, embedded = [], []
            for token in sent:
                if token.idx >= before or self._in_quote(token.idx):
                    continue
                if token.dep_ in SUBJECT_DEPS or token.dep_ == "ROOT" and token.pos_ in ("PROPN", "NOUN"):
                    ref = self._reference_of(token, labels)
                    if ref is not None and agrees(ref):
                        candidates.append(ref)
                        embedded.append(self._reported(token))
            if gender is not None and any(embedded) and not all(embedded):
                # "Marsh told the court that Fenwick had lied. 'He knew,' she said": the one who spoke
                # speaks on, not the person she spoke about.
                candidates = [c for c, inside in zip(candidates, embedded) if not inside]
            candidates = [c for c in candidates if not self._is_source(c)]
            if candidates:
                return self._topic_over_passing(candidates[-1], labels, before)
            if fallback is None:
                mentions = [e for e in self.entities_between(sent.start_char, min(before, sent.end_char))
                            if e.label in labels and e.canonical and not self._in_quote(e.start)
                            and not self._is_source(e) and agrees(e)]
                # A full name is a person introduced; a lone word may be the NER's mistake ("Benfica").
                full = [e for e in mentions if " " in e.canonical]
                fallback = (full or mentions)[-1] if mentions else None
                if fallback is not None and labels == ("ORG",) and sent.start_char <= before < sent.end_char \
                        and self._in_subject_phrase(fallback):
                    return fallback  # "Shares in X fell after the lender said": X, in the same sentence
                if fallback is not None and gender is not None and " " in fallback.canonical \
                        and self._in_subject_phrase(fallback):
                    # "Club director Dean Ashworth praised the side. '...,' he said": the parse missed
                    # the name as subject, but it heads the sentence before.
                    return fallback
        return fallback

    @staticmethod
    def _reported(subject) -> bool:
        """The subject of a clause someone is reported to have said ("told the court that X had ...")."""
        clause = subject.head
        while clause.dep_ in ("conj", "xcomp", "advcl") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            clause = clause.head  # "told the tribunal that X had ...": the clause hangs on the object
            return clause.head.lower_ in SPEECH_VERBS
        return clause.dep_ == "ccomp" and clause.head.lower_ in SPEECH_VERBS

    def genders(self) -> dict[str, str]:
        """What the article itself says of each person: "Mr"/"Mrs" before the name, or "his"/"her"
        in the clause the person is the subject of ("Okafor saved her third match point")."""
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
                words = {t.lower_ for t in verb.subtree if t.i > head.i and (t.head.i == verb.i or t.head.head.i == verb.i)
                         and t.tag_ in ("PRP$", "PRP")}
                if words & {"his", "himself"}:
                    evidence.setdefault(ent.canonical, set()).add("m")
                if words & {"her", "herself"}:
                    evidence.setdefault(ent.canonical, set()).add("f")
        # A sentence about one person only: its "his" or "her" (outside quotes) is theirs.
        for sent in self.index.sents:
            people = {e.canonical for e in self.entities_between(sent.start_char, sent.end_char)
                      if e.label == "PERSON" and e.canonical and not self._in_quote(e.start)}
            if len(people) != 1:
                continue
            first_mention = min(e.start for e in self.entities_between(sent.start_char, sent.end_char)
                                if e.label == "PERSON" and e.canonical in people)
            words = {t.lower_ for t in sent if t.idx > first_mention and not self._in_quote(t.idx)
                     and t.tag_ in ("PRP$", "PRP")}
            name = next(iter(people))
            if words & {"his", "him", "himself", "he"}:
                evidence.setdefault(name, set()).add("m")
            if words & {"her", "herself", "she"}:
                evidence.setdefault(name, set()).add("f")
        self._genders = {name: next(iter(found)) for name, found in evidence.items() if len(found) == 1}
        return self._genders

    def _topic_over_passing(self, found: EntitySuggestion, labels, before: int) -> EntitySuggestion:
        """"It" and "the company" mean the organisation the story is about more often than one
        mentioned in passing: prefer an organisation named three times or more over one named once."""
        if labels != ("ORG",):
            return found
        counts: dict[str, int] = {}
        for e in self.entities:
            if e.label == "ORG" and e.canonical and e.start < before and not self._is_source(e):
                counts[e.canonical] = counts.get(e.canonical, 0) + 1
        if counts.get(found.canonical, 0) > 1:
            return found
        topic = max(counts, key=counts.get, default=None)
        if topic is None or counts[topic] < 3:
            return found
        return next(e for e in reversed(self.entities) if e.canonical == topic and e.start < before)

    def _in_subject_phrase(self, ent: EntitySuggestion) -> bool:
        token = self.token_at(ent.start)
        return any(t.dep_ in SUBJECT_DEPS for t in [token, *token.ancestors])

    def _is_source(self, ent: EntitySuggestion) -> bool:
        """"According to the research firm Kantar": who is cited, not whom the article is about."""
        if self.text[ent.start - 1:ent.start] == "(" and self.text[ent.end:ent.end + 1] == ")":
            return True  # "DURBAN (AFP) -", "(Reuters)": the agency credited, not a party to the story
        head = self.token_at(ent.end - 1)
        while head.dep_ in ("compound", "appos", "flat") and head.head is not head:
            head = head.head
        if head.dep_ in ("dobj", "dative") and head.head.lower_ in ("told", "tell", "tells", "telling"):
            return True  # "a witness told AFP": the outlet heard it
        return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.i > 0 \
            and self.doc[head.head.i - 1].lower_ == "according"

    def _reference_of(self, token, labels) -> EntitySuggestion | None:
        """The entity a subject token stands for (a name, or a description resolved in turn)."""
        ent = self.entity_at(token)
        if ent is None:
            for child in token.children:
                if child.dep_ == "appos" and self.entity_at(child) is not None:
                    ent = self.entity_at(child)
        if ent is not None:
            return ent if ent.label in labels and ent.canonical else None
        if token.lower_ in PERSON_PRONOUNS | ORG_PRONOUNS or token.tag_ == "PRP":
            return None  # a pronoun subject: look further back
        known = self._known_name(token)  # "Marsh, who returned ...": a name the NER missed here
        if known is not None and known.label in labels:
            return EntitySuggestion(known.start, known.end, known.label, known.entity)
        found = self.description(token, token.idx)
        if found is None and "ORG" in labels:
            # "Parkway's share fell": the sentence is about Parkway.
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None:
                ent = self.entity_at(owner)
                if ent is not None:
                    return ent if ent.label in labels and ent.canonical else None
                known = self._known_name(owner)
                if known is not None and known.label == "ORG":
                    return EntitySuggestion(known.start, known.end, "ORG", known.entity)
        return found if found is not None and found.label in labels else None

    def description(self, head, before: int) -> EntitySuggestion | None:
        """"The minister", "the 24-year-old", "the company": who an earlier name made them."""
        # "the company", and "the UK's biggest grocer" (a possessive stands where "the" would).
        if not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_ != "PRP$"
                   for c in head.children):
            return None
        noun = head.lower_
        if noun == "old" and self.text[max(0, head.idx - 9):head.idx].endswith("year-"):
            noun = "year-old"  # "the 22-year-old" is split into tokens
        if noun in ORG_NOUNS:
            if noun in ("police", "army", "military"):
                return None
            return self._organisation_called(noun, before) or self.antecedent(head.idx, ("ORG",))
        if noun in PERSON_ROLE_NOUNS | PERSON_EPITHETS or noun.endswith("year-old") or noun.endswith("-old"):
            synonyms = {noun} | ROLE_SYNONYMS.get(noun, set())
            described = [e for e in self.entities if e.start < before and e.label == "PERSON" and e.canonical
                         and not self._in_quote(e.start) and synonyms & self._title_words(e)]
            if described:
                return described[-1]
            if noun.endswith("old") or noun in PERSON_EPITHETS:
                # "the 24-year-old", "the singer", "the veteran opener": said of someone just named
                return self.antecedent(head.idx, ("PERSON",))
        return None

    def _organisation_called(self, noun: str, before: int) -> EntitySuggestion | None:
        """"the council" after "Haverleigh District Council", "the ministry" after "Ministry of ...":
        the latest organisation named with that very word."""
        named = [e for e in self.entities if e.label == "ORG" and e.canonical
                 and noun in e.canonical.lower().split() and not self._in_quote(e.start)]
        if not named:
            # "the park" after "Mandalong Wildlife Park" tagged as a place: the name says what it is.
            named = [EntitySuggestion(e.start, e.end, "ORG", clean_name(self.text[e.start:e.end], "ORG"))
                     for e in self.entities if e.label in ("FAC", "LOC", "GPE", "EVENT", "MISC")
                     and self.text[e.start:e.end].split()[-1].lower() == noun and " " in self.text[e.start:e.end]
                     and not self._in_quote(e.start)]
        earlier = [e for e in named if e.start < before]
        if earlier:
            return earlier[-1]
        # A lead often names it only further down: "Norway's central bank ..." then "Norges Bank".
        return named[0] if len({e.canonical for e in named}) == 1 else None

    def _title_words(self, ent: EntitySuggestion) -> set[str]:
        """Words that describe a named person where they are named: "Finance Minister X", "X, the coach"."""
        first = self.token_at(ent.start)
        sent_start = self.index.sent_at(ent.start).start
        words = {t.lower_ for t in self.doc[max(first.i - 4, sent_start):first.i]}
        last = self.token_at(ent.end - 1)
        head = last
        for child in head.children:
            if child.dep_ == "appos":
                words |= {t.lower_ for t in child.subtree}
        if head.dep_ == "appos":
            words.add(head.head.lower_)
        return words
