"""People's names as the model marks them, cut down to the name.

The small model often takes a job written before a name into the name
("Seismologist Fatos Lleshi", "Legislator Dr Ho Kwok-wing") and letters after
it ("Amira Khalid FRPharmS"). A word the parser reads as a common noun, a
known title, or a run of capitals after the name is not part of it; the span
shrinks to the name so the suggestion and its canonical name are right.
"""

from __future__ import annotations

import re

from .cues import HYPHENS, NAME_PARTICLES, PARTICLES_ANY_PARSE, TITLE_WORDS
from .entities import GENERATIONS
from .given_names import is_given_name
from .textindex import tokens_between
from .types import EntitySuggestion

OCCUPATION_ENDINGS = ("ist", "ator", "ician", "grapher", "nomist", "eer")
# "d’Entremont", "D'Souza": "de" elided onto the family name.
_ELIDED_PARTICLE = re.compile(r"^[dD]['\u2019][A-Z]")


def trim_person_names(doc, entities: list[EntitySuggestion], text: str) -> None:
    """Shrink PERSON spans that start with a job or title, or end with letters after the name; grow
    those the model cut short inside a name the parse holds together ("Sunita Verma" + "Chauhan")."""
    taken = [(e.start, e.end) for e in entities]
    for ent in entities:
        if ent.label != "PERSON":
            continue
        tokens = [t for t in tokens_between(doc, ent.start, ent.end) if not t.is_space]
        if not tokens:
            continue
        if tokens[0].text in HYPHENS and tokens[0].i > 0 and not doc[tokens[0].i - 1].whitespace_ \
                and doc[tokens[0].i - 1].text[:1].isupper():
            tokens.insert(0, doc[tokens[0].i - 1])  # "Pieter" + "-Jan van der Westhuizen": cut at the hyphen
        tokens = _grown(doc, tokens, taken, ent)
        tokens = with_initials(doc, tokens)
        while len(tokens) > 2 and _is_title(tokens[0]):
            tokens.pop(0)
        while len(tokens) > 2 and is_post_nominal(tokens[-1]):
            tokens.pop()
        after = doc[tokens[-1].i + 1] if tokens and tokens[-1].i + 1 < len(doc) else None
        if len(tokens) >= 2 and after is not None and after.text in GENERATIONS and tokens[-1].whitespace_:
            tokens.append(after)  # "Jose Emmanuel Baltazar" + "III"
        if tokens:
            ent.start, ent.end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    # A span an initial was taken from ("Councillor Ma" + ". Elena Bautista") is part of that name now, and
    # so is a place a name grew over ("Santos" in "Luciana Ferreira dos Santos").
    people = [(e.start, e.end) for e in entities if e.label == "PERSON"]
    entities[:] = [e for e in entities if not (e.label in ("PERSON", "ORG", "GPE", "LOC", "NORP") and any(
        s <= e.start and e.end <= t and (s, t) != (e.start, e.end) for s, t in people))]


def _grown(doc, tokens: list, taken: list[tuple[int, int]], ent: EntitySuggestion) -> list:
    def free(token) -> bool:
        return not any(s <= token.idx < e and (s, e) != (ent.start, ent.end) for s, e in taken)

    def name_word(token) -> bool:
        return token.text[:1].isupper() and token.is_alpha and not _is_title(token) \
            and not is_post_nominal(token) and "\n" not in token.whitespace_ and free(token)

    def name_word_tagged_apart(token) -> bool:
        # Where a name must go on, a word the model gave another label is still the name's.
        return name_word(token) or token.ent_type_ not in ("PERSON", "") and token.text[:1].isupper() \
            and token.is_alpha and not is_post_nominal(token)

    # Right: "Sunita Verma" + "Chauhan", "Keston La" + "Fortune": the name's head follows.
    while tokens[-1].i + 1 < len(doc):
        nxt = doc[tokens[-1].i + 1]
        joined = _patronymic_join(doc, tokens[-1])
        if joined:
            tokens += joined  # "Rajesh" + "a/l Subramaniam": "son of" joins the father's name
            continue
        if nxt.pos_ == "PROPN" and name_word(nxt) and tokens[-1].dep_ in ("compound", "flat") \
                and tokens[-1].head.i >= nxt.i and not tokens[-1].whitespace_ == "":
            tokens.append(nxt)
        elif _ELIDED_PARTICLE.match(nxt.text) and tokens[-1].whitespace_ and free(nxt) \
                and tokens[-1].text[:1].isupper():
            tokens.append(nxt)  # "Marc-André" + "d’Entremont": the elided "de" is written on the family name
        elif tokens[-1].text in NAME_PARTICLES and (nxt.text in NAME_PARTICLES and free(nxt)
                                                     or name_word_tagged_apart(nxt)):
            tokens.append(nxt)  # "Pieter du" + "Toit", "Anneke van" + "der" + "Voort": a particle never ends a name
        elif nxt.text in HYPHENS and not tokens[-1].whitespace_ and not nxt.whitespace_ and nxt.i + 1 < len(doc) \
                and doc[nxt.i + 1].is_alpha and doc[nxt.i + 1].is_lower and tokens[-1].head.i == nxt.i + 1:
            tokens += [nxt, doc[nxt.i + 1]]  # "Ho Kwok" + "-wing": the name is the head the parse hangs it on
        elif nxt.text in HYPHENS and not tokens[-1].whitespace_ and not nxt.whitespace_ and nxt.i + 1 < len(doc) \
                and tokens[-1].text[:1].isupper() and name_word_tagged_apart(doc[nxt.i + 1]):
            tokens += [nxt, doc[nxt.i + 1]]  # "Bridget Moloney" + "-Cope": a double-barrelled name runs on
        elif nxt.text in PARTICLES_ANY_PARSE and tokens[-1].text[:1].isupper() and nxt.i + 1 < len(doc) \
                and free(nxt) and len(tokens) >= 2 and name_word_tagged_apart(doc[nxt.i + 1]):
            # "Luciana Ferreira" + "dos Santos": the family name goes on, even where the model took its last
            # word for a place.
            tokens += [nxt, doc[nxt.i + 1]]
        else:
            break
    # Left: "Faith" + "Jelagat Chepkoech": a capitalised word the parse makes part of the name.
    named_from = tokens[0]
    while tokens[0].i > 0:
        prev = doc[tokens[0].i - 1]
        opener = prev.i == 0 or prev.is_sent_start or doc[prev.i - 1].is_punct or doc[prev.i - 1].is_space
        if name_word(prev) and prev.dep_ in ("compound", "flat") and prev.head.i >= tokens[0].i \
                and prev.head.i <= tokens[-1].i and not (opener and prev.lower_.endswith(OCCUPATION_ENDINGS)) \
                and prev.ent_type_ not in ("GPE", "NORP", "ORG"):
            tokens.insert(0, prev)
        else:
            break
    if tokens[0] is not named_from and tokens[0].i > 0 and doc[tokens[0].i - 1].lower_ in ("of", "for"):
        # "Minister of National Defense" + "Lo Kuan-ting": the words taken in were the portfolio.
        tokens = tokens[tokens.index(named_from):]
    return tokens


def _patronymic_join(doc, last) -> list:
    """"a/l", "a/p" (Malay "son of", "daughter of"), "s/o", "d/o" right after a name, then the father's
    capitalised name: the tokens to add, or none. The joining letters may be in the span already."""
    i = last.i
    if i >= 2 and doc[i - 1].text == "/" and f"{doc[i - 2].lower_}/{last.lower_}" in _PATRONYMICS:
        start = i + 1  # the model's span ends on "a/l": only the father's name is left
    elif i + 4 < len(doc) and doc[i + 2].text == "/" and f"{doc[i + 1].lower_}/{doc[i + 3].lower_}" in _PATRONYMICS \
            and not doc[i + 1].whitespace_ and not doc[i + 2].whitespace_ and last.text[:1].isupper():
        start = i + 4
    else:
        return []
    if start >= len(doc) or not (doc[start].text[:1].isupper() and doc[start].is_alpha) \
            or doc[start].ent_type_ not in ("", "PERSON"):
        return []  # (not into "Subramaniam of Hospital", a body the model begins with the father's name)
    return list(doc[i + 1:start + 1])


_PATRONYMICS = frozenset({"a/l", "a/p", "s/o", "d/o"})


def with_initials(doc, tokens: list) -> list:
    """"R Nikhil Vasudev", "H M Shivalingaiah", "Ma. Elena Bautista": initials (and the Filipino "Ma."
    for Maria) the model leaves out before a name. "A" or "I" opening a sentence is a word, not an initial."""
    while tokens[0].i > 0:
        prev = doc[tokens[0].i - 1]
        if prev.text == "." and not prev.whitespace_ == "" and prev.i > 0 and doc[prev.i - 1].text == "Ma" \
                and not doc[prev.i - 1].whitespace_:
            tokens = [doc[prev.i - 1], prev] + tokens
            continue
        letter = prev.text.rstrip(".")
        if len(letter) == 1 and letter.isupper() and prev.whitespace_ and (
                letter not in "AI" or prev.i > 0 and not doc[prev.i - 1].is_punct and not prev.is_sent_start):
            tokens = [prev] + tokens
            continue
        if prev.text == "Ma." and prev.whitespace_:
            tokens = [prev] + tokens
            continue
        break
    return tokens


def _is_title(token) -> bool:
    word = token.lower_.rstrip(".")
    if word in TITLE_WORDS:
        return True
    # "Seismologist", "Cellist": a capitalised common noun before a name is what the person does; a given
    # name the parser took for a noun ("Seán" in "Seán Ó Fátharta") is not.
    return token.pos_ == "NOUN" and token.text[:1].isupper() and token.dep_ == "compound" \
        and not is_given_name(token.text)


def is_post_nominal(token) -> bool:
    """"KC", "CBE", "FRPharmS": mostly capitals, no lower-case run of a name ("III" is the name's own)."""
    word = token.text.rstrip(".,")
    if word in GENERATIONS:
        return False
    capitals = sum(ch.isupper() for ch in word)
    return 2 <= len(word) <= 9 and capitals >= 2 and capitals * 2 >= len(word) and word.isalpha()
