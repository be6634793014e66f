"""Organisation names the small model misses or mislabels.

Named organisations speak in the news as often as people do, and the small
English model is weakest on them: "West Yorkshire Police" comes out as a
place, "Arm Holdings" is not tagged at all, and a headline's first word
("Chipmaker warns ...") is taken for a company. A name is judged by its last
word, which in English names the kind of body it is.
"""

from __future__ import annotations

import re

from .article_context import LOCAL_TITLES
from .cues import (HONORIFICS, HYPHENS, JOB_WORDS, NAME_PARTICLES, ORG_NAME_WORDS, ORG_NOUNS, PERSON_ROLE_NOUNS,
                   PERSON_TITLES, TITLE_WORDS)
from .entities import LEADING_RANKS, NAME_TITLES, PORTFOLIOS, POST_NOMINALS, acronyms, clean_name, english_word
from .english_words import dictionary_words
from .given_names import gender_of, is_given_name, likely_gender
from .textindex import tokens_between
from .types import EntitySuggestion

# Last words that make a capitalised name an organisation, whatever the model said.
# Not "Bank" (West Bank), "Union" (Soviet Union) or "Office" (Oval Office): places too.
ORG_HEADS = frozenset("""
police ministry council committee agency association foundation party commission department authority
corporation company group holdings inc ltd plc corp llc airlines airways motors news times press
federation league institute university command army navy bureau board trust service services
mining energy resources foods pharmaceuticals pharma technologies industries labs logistics media
entertainment telecom insurance securities capital partners ventures investments properties construction
engineering shipping systems bank railways skyways bhd berhad gmbh pty
college school hospital clinic academy society union alliance coalition network organisation organization
centre center fund tribunal parliament assembly cooperative
""".split())
# More last words of companies' names ("Manang Air", "Bokamoso Platinum", "Hofmark Brauerei"), which the
# tuned recogniser often takes for people. Kept apart from ORG_HEADS, which also labels the recogniser's
# training names: retrained with them there, it did no better (README, "The shipped name-tuned recogniser").
COMPANY_HEADS = frozenset("""
platinum goldfields uranium minerals metals steel cement cements fertilisers fertilizers chemicals petroleum
renewables brewery breweries brauerei energie air
""".split())
# Names that end in an organisation word and are places all the same.
PLACES = frozenset({"west bank", "left bank", "south bank", "soviet union"})

# Capitalised only because a sentence or headline starts with it: "Chipmaker warns ...".
COMMON_ORG_WORDS = frozenset("""
company firm group bank agency ministry government police carmaker automaker chipmaker drugmaker
lender insurer retailer airline regulator watchdog union council club
""".split())

RELABELLED = ("GPE", "LOC", "NORP", "FAC", "PERSON")


def correct_organisations(doc, entities: list[EntitySuggestion], text: str) -> list[EntitySuggestion]:
    """The mentions with organisation names relabelled, joined, added, or a common noun dropped."""
    kept = [e for e in entities if not _common_noun_at_start(doc, e, text) and not _post_nominal(e, entities, text)
            and not (e.label == "ORG" and not any(ch.isupper() for ch in text[e.start:e.end]))]  # "supreme" leader
    places = {text[e.start:e.end] for e in kept if e.label in ("GPE", "LOC")}
    for ent in kept:
        words = text[ent.start:ent.end].split()
        if ent.label in RELABELLED and len(words) > 1 and _head_word(words[-1]) in ORG_HEADS | COMPANY_HEADS \
                and " ".join(words[-2:]).lower() not in PLACES:
            ent.label = "ORG"
        elif ent.label in RELABELLED and len(words) > 1 and words[-1].endswith("s") \
                and _head_word(words[-1]).removesuffix("s") in ORG_HEADS \
                and " ".join(words[-2:]).lower() not in PLACES \
                and (not is_given_name(words[0]) or BODY_NAME_GOES_ON.match(text, ent.end)):
            ent.label = "ORG"  # "Africa Centres" (for Disease Control), "Kaduna Markets", but not "Ruth Banks"
        elif ent.label == "PERSON" and _named_for_a_place(words, places):
            ent.label = "ORG"
        elif ent.label == "ORG" and (_titled_person(doc, ent, text) or _post_nominal_name(words)
                                     or _given_name_and_particle(words)):
            ent.label = "PERSON"
        elif ent.label in ("ORG", "GPE", "LOC", "NORP", "FAC") and _family_name_then_hyphenated_given_name(words):
            ent.label = "PERSON"
        if ent.label in ("ORG", "PERSON") and _dateline(ent, text):
            ent.label = "GPE"
    kept = _rejoin_cut_names(kept, text)
    for ent in kept:
        if ent.label == "ORG":
            _trim_what_runs_into_the_name(ent, text)
    _take_in_and_tail(doc, kept, text)
    used = _acronyms_used(kept, text)
    for ent in kept:
        if ent.label == "ORG":
            _join_over_and(doc, ent, text, used)
            _take_back_modifiers(doc, ent, text)
    _names_spelled_by_acronyms(kept, text, used)
    joined = [(e.start, e.end) for e in kept if e.label == "ORG"]
    kept = [e for e in kept if e.label == "ORG" or not any(s <= e.start and e.end <= t and (s, t) != (e.start, e.end)
                                                           or s < e.end <= t and e.start < s for s, t in joined)]
    untagged = _untagged_names(doc, kept, text)
    for ent in untagged:
        _take_back_modifiers(doc, ent, text)  # "Anti-" + "Corruption Authority" found untagged
    kept += untagged
    for ent in kept:
        if ent.label == "ORG":
            _take_back_what_the_short_form_spells(ent, text)
    kept = _take_in_for_tail(doc, sorted(kept, key=lambda e: e.start), text)
    bodies = []  # the body a portfolio names, split from the person named after it
    for ent in kept:  # after the joins: "Bantul Regent Agus Widodo" may be whole only now
        person_start = _person_after_possessive(ent, kept, text)
        if person_start is not None:
            ent.start, ent.label = person_start, "PERSON"
        elif ent.label in ("ORG", "PERSON") and (name_start := _name_after_inner_title(ent, text)) is not None \
                and (ent.label == "ORG" or _inside_hyphenated_title(ent, text)):
            ent.start, ent.label = name_start, "PERSON"
        elif ent.label == "ORG" and (person_start := _name_after_portfolio(ent, text)) is not None:
            body_start = ent.start + 4 if text.startswith(("the ", "The "), ent.start) else ent.start
            bodies.append(EntitySuggestion(body_start, len(text[:person_start].rstrip()), "ORG"))
            ent.start, ent.label = person_start, "PERSON"
        elif ent.label == "ORG" and _family_name_after_honorific(ent, text):
            ent.label = "PERSON"
        elif ent.label == "ORG" and (body_start := _person_of_a_body(ent, text)) is not None:
            bodies.append(EntitySuggestion(body_start, ent.end, "ORG"))
            ent.end, ent.label = body_start - len(" of "), "PERSON"
    return sorted(kept + bodies, key=lambda e: e.start)


def _person_of_a_body(ent: EntitySuggestion, text: str) -> int | None:
    """Where the body's name starts in "Benjamin Ong of Mount Elizabeth Hospital" tagged as one body: a
    given name and a family name, then "of" and a name that ends in a body's word."""
    person, of, body = text[ent.start:ent.end].partition(" of ")
    words, body_words = person.split(), body.split()
    if not of or not 2 <= len(words) <= 3 or likely_gender(words[0]) is None or not body_words \
            or any(_org_word(w) or w.lower() in ORG_NAME_WORDS for w in words) \
            or not all(w[:1].isupper() for w in words + body_words[:1]) or not _org_word(body_words[-1]):
        return None
    return ent.start + len(person) + len(of)


def _dateline(ent: EntitySuggestion, text: str) -> bool:
    """"WICHITA, Kan. -", "KUALA LUMPUR (Reuters) -": a place in capitals opening a line, then a comma, a
    bracket or a dash, is where the story was filed; the model sometimes takes it for a body or a person."""
    written = text[ent.start:ent.end]
    line_start = text.rfind("\n", 0, ent.start) + 1
    before = text[line_start:ent.start]
    # Then a dash, a bracket or a colon soon, past only a state or a date ("SIPTU, the union, said" is no dateline).
    after = _DATELINE_END.match(text, ent.end)
    return len(written) > 2 and written.isupper() and (not before.strip() or before.isupper()) \
        and after is not None and not re.search(r"\b[a-z]{4,}", after.group())


_DATELINE_END = re.compile(r"[^\n]{0,30}?(?: [-\u2013\u2014] |\(|:)")


def _named_for_a_place(words: list[str], places: set[str]) -> bool:
    """"Bank Negara Malaysia", "Rowing New Zealand", "Electricity of Vietnam", "Transport for Greater
    Manchester": a name that ends with a place the article names, or says "of" or "for" a place, and
    starts with no given name or title, is a body's, not a person's."""
    first = words[0]
    if len(words) < 2 or is_given_name(first) or first.lower().rstrip(".") in TITLE_WORDS | NAME_TITLES:
        return False
    for cut in range(1, len(words)):
        rest = words[cut:]
        if rest[0] in ("of", "for") and len(rest) > 1 and (" ".join(rest[1:]) in places or (
                first.lower() in dictionary_words() and rest[1][:1].isupper())):
            return True  # ("Electricity of Vietnam": a common noun "of" a name)
        # (Not "Judoka Chea Sreyneang", where the model took the family name for a place elsewhere.)
        if " ".join(rest) in places and all(w[:1].isupper() and not is_given_name(w) for w in words[:cut]):
            return True
    return False


def _given_name_and_particle(words: list[str]) -> bool:
    """"Sophie de Vries", "Hennie du Plessis" tagged as bodies: a given name, then a family name with its
    particle, and no word that names a body."""
    return 3 <= len(words) <= 5 and is_given_name(words[0]) and words[1] in NAME_PARTICLES \
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words) and not any(_org_word(w) for w in words)


def _rejoin_cut_names(entities: list[EntitySuggestion], text: str) -> list[EntitySuggestion]:
    """"the Philippine Atmospheric, Geophysical and" + "Astronomical Services Administration": an
    organisation that ends on "and" or a comma was cut inside its name; the next mention is the rest."""
    entities = sorted(entities, key=lambda e: e.start)
    kept: list[EntitySuggestion] = []
    for ent in entities:
        last = kept[-1] if kept else None
        if last is not None and last.label == "ORG" and ent.label in ("ORG",) + RELABELLED \
                and text[last.start:last.end].rstrip().endswith((" and", ",", " of", " &")) \
                and not text[last.end:ent.start].strip() and "\n" not in text[last.end:ent.start]:
            words = text[last.start:last.end].rstrip(" ,").split()
            if words[-1] in ("and", "&") and len(words) > 2 and _head_word(words[-2]) in ORG_HEADS:
                # "Planet Labs and" + "Maxar Technologies": two whole names in a list, the "and" overran.
                last.end = last.start + text[last.start:last.end].rstrip().rindex(" ")
            else:
                last.end = ent.end
                continue
        kept.append(ent)
    return kept


def _take_in_and_tail(doc, entities: list[EntitySuggestion], text: str) -> None:
    """"the Ministry of Foreign Affairs" + "and Human Mobility", "NHS Greater Glasgow" + "and Clyde": capitalised
    words after "and" that no mention covers, ending the phrase, finish an organisation's name."""
    covered = [(e.start, e.end) for e in entities]
    for ent in entities:
        words = text[ent.start:ent.end].split()
        if ent.label != "ORG" or len(words) < 2 or not text.startswith(" and ", ent.end):
            continue
        tail = [t for t in tokens_between(doc, ent.end + 5, min(len(text), ent.end + 80))]
        name = []
        for t in tail:
            if t.is_title and t.is_alpha or t.lower_ in ("of", "the") and name:
                name.append(t)
            else:
                break
        while name and not name[-1].is_title:
            name.pop()
        if not name or len(name) > 3 or any(s < name[-1].idx + len(name[-1]) and name[0].idx < e for s, e in covered):
            continue
        after = doc[name[-1].i + 1] if name[-1].i + 1 < len(doc) else None
        if after is not None and (after.is_title or after.lower_ in ("and", "&")):
            continue  # the capitalised run goes on: a list of names, not the end of this one
        ent.end = name[-1].idx + len(name[-1])


# Where a line's dateline or byline ends and a name starts: "Pattaya The Department of ...",
# "Kyodo - Chikuzen Financial Group".
_RUN_IN_BEFORE = re.compile(r"^.*?(?:\s[-\u2013\u2014]\s|(?<! of)(?<! for)(?<! and)(?<! at)\s(?=The\s[A-Z]))")
# A possessive that ends a body's name and starts the thing it owns: "Bokamoso Platinum's No. 3 shaft".
_OWNER_THEN_THING = re.compile(r"['\u2019]s\s+\S+$")


def _trim_what_runs_into_the_name(ent: EntitySuggestion, text: str) -> None:
    """A dateline or byline the model ran into a body's name, or the thing the body owns run onto it."""
    span = text[ent.start:ent.end]
    lead = _RUN_IN_BEFORE.match(span)
    if lead is not None and len(span[lead.end():].split()) >= 2 \
            and not any(_org_word(w) for w in span[:lead.end()].split()):  # "Department of Health – Abu Dhabi"
        ent.start += lead.end()
        span = text[ent.start:ent.end]
    tail = _OWNER_THEN_THING.search(span)
    if tail is not None and " " in span[:tail.start()] and not _org_word(span[tail.start():].split()[-1]):
        ent.end = ent.start + tail.start()


def _take_in_for_tail(doc, entities: list[EntitySuggestion], text: str) -> list[EntitySuggestion]:
    """"Africa Centres" + "for Disease Control and Prevention", "Commission for Conciliation" + ", Mediation
    and Arbitration": a body named for what it does runs on over the capitalised words after its "for"."""
    for ent in entities:
        words = text[ent.start:ent.end].split()
        if ent.label not in ("ORG",) + RELABELLED or not words or ent.label != "ORG" and len(words) < 2:
            continue
        if _org_word(words[-1]) and text.startswith(" for ", ent.end):
            start = ent.end + 5
        elif ent.label == "ORG" and "for" in words[1:-1] and text.startswith(", ", ent.end):
            start = ent.end + 2
        else:
            continue
        name, listed = [], False
        for t in tokens_between(doc, start, min(len(text), start + 120)):
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if t.is_title and t.is_alpha:
                name.append(t)
            elif t.lower_ == "the" and (not name or name[-1].lower_ == "of") or t.lower_ == "of" and name:
                name.append(t)  # "for the Prevention of Cruelty"
            elif name and after is not None and after.is_title and (
                    t.lower_ in ("and", "&") or t.text == "," and not listed):
                listed = listed or t.lower_ in ("and", "&")  # "Mediation and Arbitration", not "and the Red Cross"
                name.append(t)
            else:
                break
        while name and not name[-1].is_title:
            name.pop()
        if not name or start == ent.end + 2 and not any(t.lower_ in ("and", "&") for t in name):
            continue  # after a comma only a list closed by "and" belongs to the name
        ent.end, ent.label = name[-1].idx + len(name[-1]), "ORG"  # "Africa Centres" taken for a person
    # The model's own mention of the words taken in goes: the name now covers it.
    bodies = [(e.start, e.end) for e in entities if e.label == "ORG"]
    return [e for e in entities if not any(s <= e.start and e.end <= t and (s, t) != (e.start, e.end)
                                           for s, t in bodies)]


def _acronyms_used(entities: list[EntitySuggestion], text: str) -> set[str]:
    """The article's organisation mentions written as acronyms: "FBU", "MPA"."""
    return {text[e.start:e.end] for e in entities if e.label == "ORG" and text[e.start:e.end].isupper()
            and 2 <= len(text[e.start:e.end]) <= 6}


def _names_spelled_by_acronyms(entities: list[EntitySuggestion], text: str, used: set[str]) -> None:
    """"The Federazione Bancari Uniti" tagged as a work of art, and "FBU" as an organisation, or its short
    form defined in brackets after it: the acronym says the long name is an organisation too."""
    for ent in entities:
        name = clean_name(text[ent.start:ent.end], "ORG")
        # "Tshwene Platinum Mines (TPM)": a short form defined right after the name spells it.
        short = _SHORT_FORM_AFTER.match(text, ent.end)
        defined = {short.group(1)} if short and short.group(1).isupper() and len(short.group(1)) >= 3 else set()
        if ent.label != "ORG" and len(name.split()) > 1 and acronyms(name) & (used | defined):
            ent.label = "ORG"


# "Choi Young-hee", "Lo Kuan-ting": a family name, then a given name of two syllables joined by a hyphen,
# the second in lower case, as Korean and Taiwanese names are written in English.
_HYPHENATED_GIVEN_NAME = re.compile(r"^[A-Z][a-z]{1,6} [A-Z][a-z]{1,5}-[a-z]{1,5}$")


def _family_name_then_hyphenated_given_name(words: list[str]) -> bool:
    name = " ".join(words).removesuffix("'s").removesuffix("\u2019s")
    return bool(_HYPHENATED_GIVEN_NAME.match(name))


_AFTER_POSSESSIVE = re.compile(r"['\u2019]s ([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)+)$")


def _person_after_possessive(ent: EntitySuggestion, entities: list[EntitySuggestion], text: str) -> int | None:
    """"Pakatan Harapan's Nurul Huda Kamaruddin" tagged as one organisation: after the party's possessive,
    a name the article gives a person elsewhere ("Nurul Huda said"), or that opens with a given name, is
    the person's; where it starts."""
    if ent.label != "ORG":
        return None
    match = _AFTER_POSSESSIVE.search(text[ent.start:ent.end])
    if match is None or any(_head_word(w) in ORG_HEADS for w in match.group(1).split()):
        return None
    name = match.group(1)
    people = {text[e.start:e.end] for e in entities if e.label == "PERSON"}
    if gender_of(name.split()[0]) is None and not any(
            name.startswith(p + " ") or name.endswith(" " + p) for p in people if " " in p):
        return None
    return ent.start + match.start(1)


def _post_nominal_name(words: list[str]) -> bool:
    """"Ochieng Oduor SC" tagged as an organisation: letters after a two- or three-word name make it a person's."""
    return 3 <= len(words) <= 5 and words[-1].rstrip(".,") in POST_NOMINALS and words[0][:1].isupper() \
        and all((w[:1].isupper() or w in NAME_PARTICLES) and _head_word(w) not in ORG_HEADS for w in words[:-1])


def _take_back_modifiers(doc, ent: EntitySuggestion, text: str) -> None:
    """"The Secondary Teachers' Union of Aotearoa" cut to "Union of Aotearoa": the capitalised words
    right before it that the parse attaches inside it, or to a word already taken back ("Sri" on "Lanka" on
    "Principals'" on "Service Union"), belong to the name."""
    inside = tokens_between(doc, ent.start, ent.end)
    if not inside:
        return
    first = inside[0]
    while first.i > 0:
        prev = doc[first.i - 1]
        if prev.dep_ in ("case", "punct") and prev.text in ("'", "\u2019", "'s", "\u2019s") and prev.i > 0:
            owner = doc[prev.i - 1]
            if owner.text[:1].isupper() and owner.pos_ in ("PROPN", "NOUN") and first.idx <= owner.head.idx < ent.end:
                first = owner
                continue
            break
        # A capitalised noun too ("Emergency Management Victoria"), but not a job ("Spokesperson").
        if prev.text[:1].isupper() and prev.pos_ in ("PROPN", "ADJ", "NOUN") and "\n" not in prev.whitespace_ \
                and prev.dep_ in ("compound", "amod", "nmod", "poss") and first.idx <= prev.head.idx < ent.end + 1 \
                and prev.lower_ not in ("the",) and not (prev.pos_ == "NOUN" and prev.lower_ in JOB_WORDS):
            first = prev
            continue
        if prev.text in HYPHENS and not prev.whitespace_ and prev.i > 0 and not doc[prev.i - 1].whitespace_ \
                and doc[prev.i - 1].text[:1].isupper():
            first = doc[prev.i - 1]  # "Anti-" + "Corruption Commission"
            continue
        break
    if first.idx < ent.start:
        ent.start = first.idx


# The rest of a body's name after its head: "Africa Centres" + " for Disease Control".
BODY_NAME_GOES_ON = re.compile(r" (?:for|of) [A-Z]")
_SHORT_FORM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")
_WORD_BEFORE = re.compile(r"(?:(?<=\s)|^)([A-Z][\w'\u2019-]*)[ \t]+$")


def _take_back_what_the_short_form_spells(ent: EntitySuggestion, text: str) -> None:
    """"Nilgiri" + "Highlands Plantations Ltd (NHPL)": capitalised words before the name, on its line, that
    the short form in brackets after it spells belong to it."""
    short = _SHORT_FORM_AFTER.match(text, ent.end)
    if short is None or short.group(1).upper() in acronyms(text[ent.start:ent.end]):
        return
    start = ent.start
    for _ in range(2):
        word = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if word is None or word.group(1) in ("The", "A", "An"):
            return
        start = word.start(1)
        if short.group(1).upper() in acronyms(text[start:ent.end]):
            ent.start = start
            return


def _post_nominal(ent: EntitySuggestion, entities: list[EntitySuggestion], text: str) -> bool:
    if text[ent.start:ent.end] not in POST_NOMINALS:
        return False
    before = text[:ent.start].rstrip(" ,")
    return any(e.label == "PERSON" and e.end == len(before) for e in entities)


def _titled_person(doc, ent: EntitySuggestion, text: str) -> bool:
    """"commissioner Helena Vasquez" tagged as a company: a title before a plain two-word name is a person's."""
    words = text[ent.start:ent.end].split()
    if words and words[0].lower() == "the":
        words = words[1:]  # "The Rev Jacobus du Toit"
    if 2 <= len(words) <= 4 and words[0].lower().rstrip(".") in PERSON_TITLES | LEADING_RANKS \
            and words[-1][:1].isupper() \
            and all(w[:1].isupper() or w in NAME_PARTICLES for w in words[1:]) \
            and not any(_org_word(w) for w in words[1:]):
        return True  # "Mr de Búrca", "Dr Ngozi Eze", "DSP Thapa Magar": a title or rank inside the span
    # (A particle inside a name is lower case: "Marieke de Vries-Hoekstra".)
    if not 2 <= len(words) <= 3 + any(w in NAME_PARTICLES for w in words) \
            or any(_head_word(w) in ORG_HEADS | ORG_NAME_WORDS | ORG_NOUNS
                   or not (w[:1].isupper() or w in NAME_PARTICLES) for w in words) or words[0] in NAME_PARTICLES:
        return False
    before = text[:ent.start].split()
    title = before[-1].lower().rstrip(".") if before else ""
    if title in TITLE_WORDS:
        return True
    tokens = tokens_between(doc, ent.start, ent.end)
    if not tokens:
        return False
    head = tokens[-1]
    if tokens[0].i > 0 and doc[tokens[0].i - 1].ent_type_ == "NORP" and doc[tokens[0].i - 1].text[:1].isupper():
        return True  # "American Darnell Hughes": a nationality before a name is a person's
    # "Marcus Bell, the city's chief information officer": an apposition says what the person does.
    appositions = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
    return any(a.lower_ in TITLE_WORDS for a in appositions)


def _family_name_after_honorific(ent: EntitySuggestion, text: str) -> bool:
    """"Capt. Harjit Sandhu" tagged as a body: up to four capitalised words right after an honorific."""
    before = text[max(0, ent.start - 10):ent.start].split()
    words = text[ent.start:ent.end].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower().rstrip(".") in HONORIFICS \
        and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
        and not any(w.lower().strip(".,") in ORG_NAME_WORDS or _org_word(w) for w in words)


# "Officer-in-Charge", "Editor-in-Chief": a title written as one hyphenated word.
HYPHENATED_TITLE = re.compile(r"[A-Z][a-z]+-in-[A-Z][a-z]+")


def _inside_hyphenated_title(ent: EntitySuggestion, text: str) -> bool:
    """"Officer-in-" before "Charge Aminul Islam": the span starts with the last word of a hyphenated title."""
    word = re.match(r"\S*", text[text.rfind(" ", 0, ent.start) + 1:ent.end]).group()
    return ent.start > 0 and not text[ent.start - 1].isspace() and HYPHENATED_TITLE.fullmatch(word) is not None


def _name_after_inner_title(ent: EntitySuggestion, text: str) -> int | None:
    """Where the person's name starts in "Bantul Regent Agus Widodo" or "(Officer-in-)Charge Aminul Islam"
    tagged as one organisation: after a title (singular: "Rural Doctors Collective" is a body), a short name
    with no body's word."""
    words = list(re.finditer(r"\S+", text[ent.start:ent.end]))
    titles = [i for i, w in enumerate(words[:-2]) if w.group()[:1].isupper()
              and w.group().lower().rstrip(".") in PERSON_TITLES | PERSON_ROLE_NOUNS | LOCAL_TITLES
              or i == 0 and _inside_hyphenated_title(ent, text)]
    if not titles:
        return None
    rest = [w.group() for w in words[titles[-1] + 1:]]
    if len(rest) <= 3 and all(w[:1].isupper() for w in rest) \
            and not any(w.lower().strip(".,") in ORG_NAME_WORDS | PORTFOLIOS or _org_word(w) for w in rest):
        return ent.start + words[titles[-1] + 1].start()
    return None


_OWNS = re.compile(r"['\u2019]s?$")
# A title and the "of" or "for" of its portfolio: "MEC for", "Deputy director of the".
_TITLE_OF = re.compile(r"([A-Za-z-]+) (?:of|for)\s+(?:the\s+)?$")


def _name_after_portfolio(ent: EntitySuggestion, text: str) -> int | None:
    """Where the person's name starts in "MEC for Public Works and Infrastructure Dikeledi Mahlatsi-Nkosi" or
    "deputy director of the Department of Animal Health Nguyễn Văn Long" tagged as one body: after a title's
    portfolio, written in English words, the words that are not English are the person's name."""
    title = _TITLE_OF.search(text[max(0, ent.start - 30):ent.start])
    words = list(re.finditer(r"\S+", text[ent.start:ent.end]))
    if words and words[0].group().lower() == "the":
        title, words = title or _TITLE_OF.search(text[max(0, ent.start - 30):ent.start + 4]), words[1:]
    if title is None or title.group(1).lower() not in JOB_WORDS:
        return None
    for size in (4, 3, 2):
        name, portfolio = words[-size:], words[:-size]
        if len(portfolio) >= 2 and not english_word(name[0].group()) and all(w.group()[:1].isupper() for w in name) \
                and not any(_org_word(w.group()) or w.group().lower() in ORG_NAME_WORDS or _OWNS.search(w.group())
                            for w in name) \
                and english_word(portfolio[-1].group()) \
                and all(english_word(w.group()) or w.group() in ("of", "and", "for", "the", "&") for w in portfolio):
            return ent.start + name[0].start()
    return None


def _join_over_and(doc, ent: EntitySuggestion, text: str, used: set[str]) -> None:
    """"Avon and Somerset Police" cut to "Somerset Police": take back the words the parse puts in the name,
    or that make the name an acronym the article uses ("Maritime and Port Authority of Singapore", "MPA")."""
    words = text[ent.start:ent.end].split()
    inside = tokens_between(doc, ent.start, ent.end)
    if not inside or inside[0].i < 2:
        return
    conj = doc[inside[0].i - 1]
    left = doc[inside[0].i - 2]
    if conj.lower_ not in ("and", "&") or not left.text[:1].isupper() or left.pos_ not in ("PROPN", "ADJ"):
        return
    in_parse = _head_word(words[-1]) in ORG_HEADS and left.dep_ in ("nmod", "compound", "amod") \
        and ent.start <= left.head.idx < ent.end
    spelled = bool(used) and bool(acronyms(text[left.idx:ent.end]) & used)
    if not (in_parse or spelled):
        return
    first = left
    while first.i > 0 and doc[first.i - 1].text[:1].isupper() and doc[first.i - 1].pos_ in ("PROPN", "ADJ") \
            and doc[first.i - 1].head.i in (first.i, left.head.i) and "\n" not in doc[first.i - 1].whitespace_:
        first = doc[first.i - 1]
    ent.start = first.idx


def _org_word(word: str) -> bool:
    """"Holdings", "Supermarkets": a word that names a kind of organisation, singular or plural."""
    head = _head_word(word)
    return bool({head, head.removesuffix("s")} & (ORG_HEADS | ORG_NAME_WORDS | ORG_NOUNS))


def _head_word(word: str) -> str:
    return word.lower().rstrip(".,").removesuffix("'s").removesuffix("\u2019s")


def _common_noun_at_start(doc, ent: EntitySuggestion, text: str) -> bool:
    if ent.label != "ORG" or " " in text[ent.start:ent.end]:
        return False
    if text[ent.start:ent.end].lower() not in COMMON_ORG_WORDS:
        return False
    line_start = text.rfind("\n", 0, ent.start) + 1
    before = text[line_start:ent.start].rstrip()
    return not before or before.endswith((".", "!", "?", ":"))


def _untagged_names(doc, entities: list[EntitySuggestion], text: str) -> list[EntitySuggestion]:
    """Capitalised runs ending in an organisation word that no mention covers: "Arm Holdings"."""
    covered = [(e.start, e.end) for e in entities]
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or _head_word(token.text) not in ORG_HEADS or not token.text[:1].isupper():
            continue
        first = token
        while first.i > 0:
            prev = doc[first.i - 1]
            if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.head.i >= first.i \
                    and prev.dep_ in ("compound", "amod", "nmod", "flat") and "\n" not in prev.whitespace_:
                first = prev
            else:
                break
        if first is token:
            continue  # one word alone ("Police") names no one
        start, end = first.idx, token.idx + len(token)
        if any(s < end and start < e for s, e in covered):
            continue
        found.append(EntitySuggestion(start, end, "ORG"))
        covered.append((start, end))
    return found
