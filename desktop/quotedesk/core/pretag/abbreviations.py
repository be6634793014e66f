"""Titles abbreviated with a full stop, kept whole by the tokenizer: "Cpl. Gurpreet Sandhu".

spaCy's English tokenizer knows "Dr.", "Gen." and "Prof.", but splits "Capt.",
"Sgt.", "Coun." or "Insp." into a word and a full stop. The parser then takes
the stop for the end of a sentence: "according to Cpl." ends there, and the
name after it starts a sentence with no verb, so nobody is cited.
"""

from __future__ import annotations

from spacy.symbols import NORM, ORTH

# Written before a name, with a stop, in news from Britain, Ireland, the Commonwealth and the US.
TITLE_ABBREVIATIONS = """
Capt Col Lt Sgt Cpl Pte Maj Brig Cmdr Cdr Insp Supt Det Const Cllr Coun Hon Fr Sr Br Engr Barr Mme Smt
""".split()

# The model has never seen "Cpl." as one token; its norm tells it to read it as it reads "Dr.", a title
# before a name, not as a word and a full stop.
TITLE_NORM = "dr."


def add_to(nlp) -> None:
    """Add each abbreviation, capitalised and in capitals, as one token (idempotent)."""
    for word in TITLE_ABBREVIATIONS:
        for form in (f"{word}.", f"{word.upper()}."):
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: TITLE_NORM}])
