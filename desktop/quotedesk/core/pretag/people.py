"""People's names as the model marks them, cut down to the name.

The small model often takes a job written before a name into the name
("Seismologist Fatos Lleshi", "Legislator Dr Ho Kwok-wing") and letters after
it ("Amira Khalid FRPharmS"). A word the parser reads as a common noun, a
known title, or a run of capitals after the name is not part of it; the span
shrinks to the name so the suggestion and its canonical name are right.
"""

from __future__ import annotations

from .cues import PERSON_EPITHETS, PERSON_ROLE_NOUNS, PERSON_TITLES
from .types import EntitySuggestion

TITLE_WORDS = PERSON_TITLES | PERSON_ROLE_NOUNS | PERSON_EPITHETS


def trim_person_names(doc, entities: list[EntitySuggestion], text: str) -> None:
    """Shrink PERSON spans that start with a job or title, or end with letters after the name."""
    for ent in entities:
        if ent.label != "PERSON":
            continue
        tokens = [t for t in doc if ent.start <= t.idx < ent.end and not t.is_space]
        while len(tokens) > 2 and _is_title(tokens[0]):
            tokens.pop(0)
        while len(tokens) > 2 and _is_post_nominal(tokens[-1]):
            tokens.pop()
        if tokens:
            ent.start, ent.end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _is_title(token) -> bool:
    word = token.lower_.rstrip(".")
    if word in TITLE_WORDS:
        return True
    # "Seismologist", "Cellist": a capitalised common noun before a name is what the person does.
    return token.pos_ == "NOUN" and token.text[:1].isupper() and token.dep_ == "compound"


def _is_post_nominal(token) -> bool:
    """"KC", "CBE", "FRPharmS": mostly capitals, no lower-case run of a name."""
    word = token.text.rstrip(".,")
    capitals = sum(ch.isupper() for ch in word)
    return 2 <= len(word) <= 9 and capitals >= 2 and capitals * 2 >= len(word) and word.isalpha()
