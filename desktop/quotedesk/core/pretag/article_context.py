"""What speaker resolution works on: one parsed article, its entity mentions, and lookups over them.

The speaker finder is built in layers, one module each: this context, the
repair of the article's names (names.py), what a pronoun or description
refers back to (references.py), and the speaker mention itself (speakers.py).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from .cues import HYPHENS, JOB_WORDS, NAME_PARTICLES, PARTICLES_ANY_PARSE
from .entities import (clean_name, common_words, english_word, organisation_names, person_name, without_common_noun,
                       without_generation)
from .given_names import is_given_name
from .people import with_initials
from .textindex import TextIndex
from .types import EntitySuggestion

SPEAKER_LABELS = ("PERSON", "ORG")
NAMED_LABELS = ("PERSON", "ORG", "NORP", "GPE", "FAC")  # who can be a speaker's name
SUBJECT_DEPS = ("nsubj", "nsubjpass")

# Honorifics news copy writes before a name and drops from it: grandmother and elder in southern Africa and
# Nigeria, a longhouse chief in Sarawak, Thai "Khun", Sri Lankan "Deshabandu", Malaysian engineers' "Ir", an Akan
# chief's "Nana" and "Odeefuo", Sesotho "Ntate" and "Mme", a Pedi chief's "Kgoshi", Baloch "Mir", Swahili "Mama",
# a Bhutanese minister's "Lyonpo" and "Dasho", a Fijian chief's "Ratu".
# Kept apart from the cue lists that clean the recogniser's training names.
LOCAL_HONORIFICS = frozenset(["gogo", "pa", "tuai rumah", "khun", "deshabandu", "ir", "nana", "odeefuo", "ntate",
                              "mme", "kgoshi", "mir", "mama", "lyonpo", "dasho", "ratu"])
# Offices written before a name, with the place they are of before them, and then alone ("Punakha Dzongdag Kinley
# Wangchuk ... the dzongdag said"): Bhutan's district governor, gewog head and town mayor. Kept apart, as above.
LOCAL_TITLES = frozenset(["dzongdag", "gup", "thrompon"])


def without_honorific(name: str, full_names: list[str]) -> str:
    """"Tuai Rumah Ujang anak Likau" -> "Ujang anak Likau"; "Pa Ajayi-Bello" -> "Ajayi-Bello" only when someone
    named in full has that family name ("Khun Sa" keeps his)."""
    words = name.split()
    lead = 0
    while step := next((n for n in (2, 1) if " ".join(words[lead:lead + n]).lower() in LOCAL_HONORIFICS), 0):
        lead += step  # "Odeefuo Nana Asare Boamah IV"
    rest = words[lead:]
    if not lead or not rest or len(rest) == 1 and not any(
            len(f.split()) > 1 and _family_name(f) == rest[0] and f.split()[0].lower() not in LOCAL_HONORIFICS
            for f in full_names):
        return name
    return " ".join(rest)


def _names_a_doer(word: str) -> bool:
    """"Commuter", "Member", "Pipefitter": a word for what someone does or is."""
    lower = word.lower()
    return lower in JOB_WORDS or lower.endswith(("er", "or", "ist", "ian", "ant", "ent", "man", "woman"))


def _family_name(full: str) -> str:
    return without_generation(full.split())[-1]  # "Boakye" of "Owusu Agyemang Boakye III"


@dataclass
class Speaker:
    start: int
    end: int
    entity: str | None  # canonical name, when the mention is named or resolved
    label: str | None  # "PERSON" | "ORG" for a new entity
    how: str  # named | pronoun | description | noun | continued | previous


class ArticleContext:
    def __init__(self, index: TextIndex, entities: list[EntitySuggestion]):
        self.index = index
        self.doc = index.doc
        self.text = index.text
        self.entities = sorted(entities, key=lambda e: e.start)
        self.entity_starts = [e.start for e in self.entities]
        self.person_names = list(dict.fromkeys(e.canonical for e in self.entities if e.label == "PERSON" and e.canonical))

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

    def people_before(self, before: int):
        """The named people the article mentions before `before`, outside quotes, in order."""
        for ent in self.entities:
            if ent.start >= before:
                return
            if ent.label == "PERSON" and ent.canonical and not self._in_quote(ent.start):
                yield ent

    def entities_between(self, start: int, end: int) -> list[EntitySuggestion]:
        lo = bisect.bisect_left(self.entity_starts, start)
        hi = bisect.bisect_left(self.entity_starts, end)
        return self.entities[lo:hi]

    @cached_property
    def lower_case_words(self) -> set[str]:
        """What the article writes in lower case: a capitalised one of these before a name is a job word."""
        return common_words(self.text)

    def full_person_name(self, name: str) -> str:
        """The article's longest person name ending with `name` ("Peskov" -> "Dmitry Peskov")."""
        name = without_honorific(without_common_noun(clean_name(name, "PERSON"), self.lower_case_words),
                                 self.person_names)
        return person_name(self.without_description(name), self.person_names)

    def without_description(self, name: str) -> str:
        """"Commuter Nomvuyo Jacobs", "Provincial Board Member Carmela Yulo-Javellana": where the name opens a
        sentence, every word is capitalised, so English words before a given name say what the person is."""
        words = name.split()
        lead = 0
        while len(words) - lead > 2 and english_word(words[lead]) and not is_given_name(words[lead]) \
                and words[lead].lower() not in NAME_PARTICLES:
            lead += 1
        if not lead or english_word(words[lead]) and not is_given_name(words[lead]) \
                or not _names_a_doer(words[lead - 1]):
            return name  # "Tapas Kumar Dutta", "Transparency International Sri Lanka" keep theirs
        at = self.text.find(name)
        before = self.text[max(0, at - 3):at].rstrip(" ")
        opens = at == 0 or at > 0 and (before.endswith(("\n", ".", "\u201d", '"')) or not before)
        return " ".join(words[lead:]) if opens else name

    def _proper_run(self, token) -> tuple[int, int] | None:
        """The capitalised name around a proper-noun head, when it reads as a person's name."""
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return None
        tokens = [token]
        expected = token.i - 1  # the words must be next to each other
        for t in reversed(self.doc[max(0, token.i - 6):token.i]):
            attached = t.dep_ in ("compound", "flat", "nmod", "amod") and token in t.ancestors
            # "Jeroen van den Broek": the parser may read "den" as a verb; the particles, and the given
            # name before them, belong to the name whatever the parse says.
            particle = t.text in PARTICLES_ANY_PARSE
            after_particle = tokens[0].text in PARTICLES_ANY_PARSE
            if t.i >= 2 and self.doc[t.i - 1].lower_ in ("for", "of") and self.doc[t.i - 2].lower_ in JOB_WORDS:
                # "Minister for (National Development) Ong Hui Min": the portfolio is no part of the name. Its
                # English words before the model's span go ("Khawaja" before "Muhammad Lashari" stays).
                person = next((e for e in self.entities_between(token.idx - 200, token.idx + 1)
                               if e.label == "PERSON" and e.start <= token.idx < e.end), None)
                while person is not None and tokens[0].idx < person.start and english_word(tokens[0].text):
                    tokens.pop(0)
                break
            if t.i == expected and (attached or particle or after_particle) and (
                    (t.pos_ == "PROPN" and t.text[:1].isupper()) or t.lower_ in NAME_PARTICLES):
                tokens.insert(0, t)
            elif t.text in HYPHENS and not t.whitespace_ and t.i == expected:
                pass  # "Nwachukwu - Obi", "Jae - in": a hyphen inside a name
            else:
                break
            expected = t.i - 1
        # Hyphenated given names are split by the tokenizer: "Jae - in", "Tae - lim".
        first, last = tokens[0], tokens[-1]
        while first.i >= 2 and self.doc[first.i - 1].text in HYPHENS and not self.doc[first.i - 1].whitespace_ \
                and self.doc[first.i - 2].text[:1].isupper() and not self.doc[first.i - 2].whitespace_:
            first = self.doc[first.i - 2]
        first = with_initials(self.doc, [first])[0]  # "T Sandeep Gowda", "Ma. Luisa Fernando"
        while last.i + 2 < len(self.doc) and self.doc[last.i + 1].text in HYPHENS and not last.whitespace_ \
                and not self.doc[last.i + 1].whitespace_ and self.doc[last.i + 2].is_alpha:
            last = self.doc[last.i + 2]
        words = self.text[first.idx:last.idx + len(last)].split()
        people = [e for e in self.entities_between(first.idx - 200, last.idx + len(last))
                  if e.label == "PERSON" and first.idx < e.end]
        if len(words) < 2 and not people:
            return None
        return first.idx, last.idx + len(last)

    def _known_name(self, token) -> Speaker | None:
        """An untagged one-word name ("Sainsbury's said") that the article tags elsewhere."""
        if not token.text[:1].isupper():
            return None
        if token.pos_ != "PROPN":
            # "Cheruiyot said" parsed as a common noun: still the family name of someone named here.
            full = self.full_person_name(token.text) if token.pos_ == "NOUN" and token.is_alpha else token.text
            return Speaker(token.idx, token.idx + len(token), full, "PERSON", "named") if full != token.text else None
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
        if 2 <= len(word) <= 6 and (word.isupper() or word[1:].islower()):
            # "Fawu, which represents ..., said": the acronym of an organisation named here.
            spelled = organisation_names([word] + [e.canonical for e in self.entities
                                                   if e.label == "ORG" and e.canonical])
            if word in spelled:
                return Speaker(token.idx, token.idx + len(token), spelled[word], "ORG", "named")
        return None
