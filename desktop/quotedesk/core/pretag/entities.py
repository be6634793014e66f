"""Grouping entity mentions under canonical names ("Putin" -> "Vladimir Putin").

Only people and organisations become project entities: they are who speaks.
"""

from __future__ import annotations

import re
from collections import Counter

from .cues import (DEMONYM_NOUNS, HYPHENS, JOB_WORDS, NAME_PARTICLES, ORG_NAME_WORDS, ORG_NOUNS, PERSON_ROLE_NOUNS,
                   PERSON_TITLES, PORTFOLIO_JOINS)
from .english_words import dictionary_words
from .given_names import gender_of, is_given_name, likely_gender
from .places import countries
from .types import EntitySuggestion

ENTITY_LABELS = ("PERSON", "ORG")
# Titles that are part of how a person is named: "Pope Francis", "King Charles".
NAME_TITLES = frozenset("pope king queen prince princess emperor empress".split())
_LEADING = re.compile(r"^(the|The)\s+")
# "A Kenya Wildlife Service ranger", "Members of the Fire Brigades Union": words before a body's name.
_LEADING_BEFORE_A_BODY = re.compile(r"^(?:An?|(?:Members|Supporters|Workers|Staff|Officials|Employees) (?:of|at) the)"
                                    r"\s+(?=[A-Z])")
_ROMAN_NUMERALS = frozenset("II III IV V VI VII VIII IX".split())
# What tells a son from his father, and belongs to the name: "Ramon Tiongco Jr.", "Asare Boamah IV".
GENERATIONS = frozenset(["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"])


def without_generation(words: list[str]) -> list[str]:
    """A full name's words without the son's "Jr." or "III" after the family name."""
    return words[:-1] if len(words) > 2 and words[-1] in GENERATIONS else words
# Capitals before a given name and a family name are a rank or office ("NZTA Waka Kotahi" is no person).
_RANK_ABBREVIATION = re.compile(r"[A-Z]{2,5}")
# Ranks written before a name whatever the given name: police ranks in Nigeria, Ghana, Pakistan and India
# ("SP", "DSP", "ACP"), and "Eng" for an engineer in the Gulf and East Africa.
LEADING_RANKS = frozenset("sp dsp asp ssp csp acp dcp cp igp aig dig dcop cop acop eng".split())
# Honorifics that Somali and Malay names carry inside them, after the given name.
INNER_HONORIFICS = frozenset({"haji", "hajji"})
_SCORE = re.compile(r"\(?\d+[-\u2013]\d+\)?,?")  # "7-6", "(9-11)": a match score, not "Rescue 1122"
_PARENTHESIS = re.compile(r"\s*\([^)]*\)?$")
# Letters after a name that are not part of it.
POST_NOMINALS = frozenset("KC QC SC SAN MP MSP MS MEP TD MLA MPP MHA MNA OBE MBE CBE PhD".split())
PORTFOLIOS = frozenset("""health finance defence defense education foreign home interior justice trade transport
labour labor environment energy agriculture culture housing tourism industry economy treasury""".split())
# Malaysian and Singaporean honorifics of two words whose first word alone may be a name.
TWO_WORD_HONORIFICS = frozenset({"tan sri", "puan sri", "toh puan", "datuk seri", "dato' sri", "dato sri",
                                 "datin seri", "tun dr"})
# A nickname in marks inside a name: Terrence "Terry" MacKinnon, Sipho \u201cBra Si\u201d Mokoena.
NICKNAME = "[\u201c\"\u2018'][A-Z][^\u201d\"\u2019'\n]{0,20}[\u201d\"\u2019']"
_NICKNAME = re.compile(r"\s" + NICKNAME + r"\s")
_NAME_BREAKS = re.compile("[\\s" + "".join(re.escape(h) for h in sorted(HYPHENS)) + "]+")
_POSSESSIVE = re.compile(r"(['’]s|['’])$")
_OWNER = re.compile(r"['’]s$")  # not a bare apostrophe: "Achieng' Otieno-Were" is a name


def clean_name(text: str, label: str) -> str:
    """The mention as a name: no possessive, no leading article or title, single spaces.

    An organisation written all in lower case ("defense ministry") is a
    description, not a name: it gets "".
    """
    name = " ".join(text.split())
    name = _POSSESSIVE.sub("", name).strip()
    if label == "ORG":
        name = _LEADING.sub("", name)
        if len(name.split()) > 2:
            name = _LEADING_BEFORE_A_BODY.sub("", name)
        name = _PARENTHESIS.sub("", name).strip()  # "National Union of Teachers (NUT)"
        words = name.split()
        # "KCNA news agency", "Yonhap news agency": the description is not part of the name.
        while len(words) > 1 and words[-1].islower():
            words.pop()
        if words and words[-1].endswith(".") and sum(ch.isupper() for ch in words[-1]) >= 2:
            words[-1] = words[-1].rstrip(".")  # "DoC." at the end of a sentence
        name = " ".join(words) if any(ch.isupper() for ch in name) else ""
    if label == "PERSON":
        name = _NICKNAME.sub(" ", name)  # "Sipho \u201cBra Si\u201d Mokoena": the nickname is not the name
        words = name.split()
        owners = [i for i, w in enumerate(words[:-1]) if _OWNER.search(w)]
        if owners and not any(w.lower() in ORG_NOUNS | ORG_NAME_WORDS for w in words[owners[-1] + 1:]):
            # "Jamaica's Kevan Whitely-Brown", "Doncaster's Hinchcliffe", "Jan Juc's Lachlan Tremayne": the
            # place or team the person is from.
            words = words[owners[-1] + 1:]
        while len(words) > 1 and (words[-1] in ("of", "from", "and") or _SCORE.fullmatch(words[-1])
                                  or words[-1].isdigit() and len(words) > 2):  # not "Rescue 1122"
            # "Kalaiselvi a/p Subramaniam of" Seremban, "Luca van der Berg 7-6", "Tama Wharehinga 4": the model
            # ran on into the next phrase, a score or a number.
            words.pop()
        if len(words) > 1 and words[0] in ("late", "Late"):
            words = words[1:]  # "the late Ciarán Mulvey": said of someone dead, not part of the name
        if len(words) > 1 and (words[0].isdigit() or words[0] in _ROMAN_NUMERALS):
            words = words[1:]  # "No. 3 Li Haoran", "II Jimbun": a seeding or a numeral before the name
        while len(words) > 1 and words[-1].rstrip(".,") in POST_NOMINALS and not words[-2].isupper():
            words.pop()  # "Helen Marsh KC", "Paudie Whelan TD", "Nwachukwu-Obi SAN"
        nominal = [i for i, w in enumerate(words[:-2]) if w in POST_NOMINALS]
        if nominal:
            words = words[nominal[-1] + 1:]  # "Waterford TD Máire Keane-Whelan", "MSP Alasdair Ross-Munro"
        # "Archbishop Desmond Tutu", "Defense Minister Andrey Belousov": titles are not the name.
        # "Haji" after a given name is part of the name: "Abdirahman Haji Mohamed".
        # "District Head Eduard Markus Lioe": "Head" before a given name is a title too.
        titled = [i for i, w in enumerate(words[:-1])
                  if (_is_title_word(w) or w == "Head" and likely_gender(words[i + 1]))
                  and not (i > 0 and w.lower() in INNER_HONORIFICS and likely_gender(words[i - 1]))]
        if titled:
            words = words[titled[-1] + 1:]
            if len(words) > 1 and words[0] in _ROMAN_NUMERALS:
                words = words[1:]  # "Senior Fire Officer II Jimbun anak Nyalau": the title's grade
        if len(words) > 2 and words[0] in ("Prince", "Princess"):
            words = words[1:]  # "Prince Femi Adegoroye" of a ruling house; "Prince William" keeps his title
        if len(words) > 2 and words[0].lower() in DEMONYM_NOUNS:
            words = words[1:]  # "Frenchman Olivier Lemaire-Dufour"
        if len(words) > 2 and _RANK_ABBREVIATION.fullmatch(words[0]) and gender_of(words[1]) \
                or len(words) > 1 and words[0].rstrip(".").lower() in LEADING_RANKS:
            words = words[1:]  # "DCOP Emmanuel Addo-Mensah", "SP Ovye Aboki": a rank, then the name
        if len(words) > 2 and _says_what_someone_is(words[0]) and (likely_gender(words[1]) or _initial(words[1])
                                                                  or _name_after_a_word(words[1:])):
            words = words[1:]  # "Police Aaron Sichone", "Slovenian Marko Kovačič-Horvat"
        if len(words) > 3 and words[0].lower() == "the" and words[1].isupper():
            words = words[2:]  # "the NBRU Seán Mac Giolla Phádraig": the body the person speaks for
        if len(words) > 2 and " ".join(words[:2]).lower() in TWO_WORD_HONORIFICS:
            words = words[2:]  # "Tan Sri Lee Chong Hock": "Tan" alone is a family name, "Tan Sri" a title
        # "Minister for Health Koh Wen Jie" tagged from "Health": the portfolio is not the name.
        while len(words) > 2 and words[0].lower() in PORTFOLIOS | PORTFOLIO_JOINS:
            words = words[1:]  # "Industry and Trade Le Quang Vinh"
        name = " ".join(words)
    return name


def _initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def _says_what_someone_is(word: str) -> bool:
    """An English common noun or adjective that is no given name: "Police", "Shooter", "Spaniard". Short
    words are left alone: "Tan", "Lam" and "Ma" are family names too."""
    lower = word.lower()
    return len(lower) >= 4 and word[:1].isupper() and not word.endswith(".") and lower in dictionary_words() \
        and not is_given_name(word) and lower not in NAME_PARTICLES | NAME_TITLES


def _name_after_a_word(words: list[str]) -> bool:
    """"Studio" + "Dana Al Mannai", "Parliament" + "Bwalya Kasonde-Mutale": a given name of either gender,
    or a capitalised word that is no English word, then a last word that is none either. ("Lebanese" +
    "Red Cross" stays whole: "Cross" is an English word; so does "Vargas" + "de la Torre".)"""
    return words[0][:1].isupper() and (is_given_name(words[0]) or not english_word(words[0])) \
        and not english_word(words[-1]) and not any(w.lower() in ORG_NOUNS | ORG_NAME_WORDS for w in words)


def english_word(word: str) -> bool:
    """A noun or adjective of English, plurals too ("Bombers", "Kids")."""
    lower, known = word.lower(), dictionary_words()
    return lower in known or lower.endswith("s") and (lower[:-1] in known or lower.endswith("ies")
                                                       and lower[:-3] + "y" in known)


def _is_title_word(word: str) -> bool:
    """"Archbishop", "Gov.", hyphenated titles ("Director-General") and plural ones ("Justices")."""
    lower = word.lower().rstrip(".")
    if lower.endswith("s") and _is_title_word(lower[:-1]) and lower[:-1] not in NAME_TITLES:
        return True
    if lower in PERSON_TITLES or lower in PERSON_ROLE_NOUNS and lower not in NAME_TITLES:
        return True
    parts = lower.split("-")
    return len(parts) > 1 and all(p in JOB_WORDS for p in parts)


def _tokens(name: str) -> list[str]:
    return [t for t in _NAME_BREAKS.split(name) if t]


def assign_canonical_names(mentions: list[EntitySuggestion], text: str, known: dict[str, str] | None = None) -> None:
    """Fill `canonical` on PERSON and ORG mentions of one article.

    A short person mention takes the full name in the article that ends with
    it (or starts with it, for family-name-first names), or failing that a
    name already known to the project; organisation mentions are grouped by
    their cleaned name. `known` maps a surname to a canonical name seen in
    earlier articles.
    """
    _relabel_surnames(mentions, text)
    defined = defined_acronyms(text)
    _relabel_short_organisation_names(mentions, text, defined)
    common = common_words(text)
    people = [without_common_noun(clean_name(text[m.start:m.end], m.label), common)
              for m in mentions if m.label == "PERSON"]
    people = [p for p in people if p]
    counts = Counter(people)
    # In order of first mention, so that ties go to whoever the article introduced first.
    full_names = [p for p in dict.fromkeys(people) if len(_tokens(p)) > 1]
    # "the late Iris Bain" and "her grandson Curtis Bain": "Bain told the court" is the living one.
    living = [f for f in full_names if not re.search(r"\b[Tt]he late " + re.escape(f) + r"\b", text)]
    resolved: dict[tuple[str, bool], str] = {}  # the same short name recurs all through an article
    places = {text[m.start:m.end] for m in mentions if m.label in ("GPE", "LOC")}
    organisations = organisation_names([_without_owner_place(clean_name(text[m.start:m.end], "ORG"), places)
                                        for m in mentions if m.label == "ORG"])
    organisations.update(defined)
    for mention in mentions:
        if mention.label not in ENTITY_LABELS:
            continue
        name = clean_name(text[mention.start:mention.end], mention.label)
        if not name:
            continue
        if mention.label == "PERSON":
            name = without_common_noun(name, common)
            bare = text[mention.start:mention.end] == name  # "Mrs Bain" may still be the late Mrs Bain
            if (name, bare) not in resolved:
                found = person_name(name, living, known or {}, counts) if bare else name
                resolved[name, bare] = found if found != name else person_name(name, full_names, known or {}, counts)
            name = resolved[name, bare]
        elif mention.label == "ORG":
            name = _without_owner_place(name, places)
            name = organisations.get(name, name)
        mention.canonical = name


_OWNED = re.compile(r"^(.+?)['\u2019]s\s+(\S.*)$")


def _without_owner_place(name: str, places: set[str]) -> str:
    """"Kenya's Ministry of Health", "Korea's Joint Chiefs of Staff": the country is not part of the body's
    name. Only a place the article names or a country ("McDonald's Corporation" keeps its owner), or any
    owner of a public body ("Mozambique's National Institute of Meteorology", "the Ministry of
    Agriculture's Directorate of Veterinary Services"), but not of an office ("the Attorney General's Office")."""
    owned = _OWNED.match(name)
    if not owned or len(owned.group(2).split()) < 2:
        return name
    owner, body = owned.groups()
    if any(p == owner or p.endswith(" " + owner) for p in places | countries()) \
            or owner[:1].isupper() and any(w.lower() in _PUBLIC_BODIES for w in body.split()):
        return body
    return name


# Heads of the names of public bodies a country or ministry has ("Botswana's Department of ...").
_PUBLIC_BODIES = frozenset("ministry department directorate institute agency authority commission bureau".split())


_LOWER_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][a-z'\u2019-]*")


def common_words(text: str) -> set[str]:
    """The words an article writes in lower case: its common nouns, verbs and the rest."""
    return set(_LOWER_WORD.findall(text))


def without_common_noun(name: str, common: set[str]) -> str:
    """"Fiddler Jolene Doucet-MacLellan", "Critic Kim Ji-hoon": a capitalised first word that the article
    also writes in lower case, before a name of two words or more, says what the person is. A given
    name is kept ("Grace" in an article that says "grace")."""
    words = name.split()
    if len(_tokens(name)) >= 3 and len(words) >= 3 and words[0].lower() in common and gender_of(words[0]) is None \
            and words[0].lower() not in NAME_PARTICLES:
        return " ".join(words[1:])
    return name


_CONNECTIVES = frozenset("and of the for on de du des la le & in at".split())
# "the Directorate of Education (DoE)": a capitalised name, then its short form in brackets.
_DEFINED = re.compile(r"((?:[A-Z][\w'\u2019.&-]*|of|and|for|on|the|de|du|des|del|la|le|&)"
                      r"(?:,?\s+(?:[A-Z][\w'\u2019.&-]*|of|and|for|on|the|de|du|des|del|la|le|&))+)"
                      r"\s+\(([A-Z][A-Za-z]{1,7})\)")


_ABBREVIATIONS = frozenset("St Co Inc Ltd Corp Bros Dept Mt Ft".split())

# Words that open a sentence and link it to the one before: "But the Zambia National Farmers Union (ZNFU)".
_SENTENCE_LINKS = frozenset("But And Yet So Meanwhile However Also Now Still Instead Separately".split())


def defined_acronyms(text: str) -> dict[str, str]:
    """Short forms the article defines in brackets after a name: "Electricity of Vietnam (EVN)",
    "the Superior Electoral Court (TSE)" (the letters need not be the English initials)."""
    found: dict[str, str] = {}
    for _start, _end, short, name in defined_names(text):
        found.setdefault(short, name)
    return found


def defined_names(text: str) -> list[tuple[int, int, str, str]]:
    """Each definition of a short form, in order: where its name is written, the short form and the
    name ("Fire and Emergency New Zealand (FENZ)" gives the name's span, "FENZ" and the name)."""
    found: list[tuple[int, int, str, str]] = []
    defined: set[str] = set()
    for match in _DEFINED.finditer(text):
        start, named = match.start(1), match.group(1)
        after_comma = list(re.finditer(r",\s+(?=[a-z])", named))
        if after_comma:
            start += after_comma[-1].end()  # "In Delhi, the Directorate of Education (DoE)"
        if "\n" in text[start:match.end(1)]:
            start = text.rindex("\n", start, match.end(1)) + 1  # "Kochi" + a blank line: a dateline, no name
        words = list(re.finditer(r"\S+", text[start:match.end(1)]))
        ends = [i for i, w in enumerate(words) if w.group().endswith(".") and w.group()[:-1] not in _ABBREVIATIONS]
        if ends:
            words = words[ends[-1] + 1:]  # "... said DW. The German Football League (DFL)": a sentence ended
        while words and (not words[0].group()[:1].isupper() or words[0].group() in _SENTENCE_LINKS):
            words.pop(0)  # "the", "of", "But" before the name
        # "The Director-General of the Niger State Emergency Management Agency (NSEMA)", "Helena X of the
        # Getulio Vargas Foundation (FGV)": a job or a person of the body, then the body's name.
        of = next((i for i, w in enumerate(words) if w.group() == "of"), None)
        lead = [w.group() for w in words[:of] if w.group() not in ("The", "A", "An")] if of else []
        if lead and (_is_title_word(lead[0]) or is_given_name(lead[0])) \
                and not any(w.lower() in ORG_NOUNS | ORG_NAME_WORDS for w in lead):
            words = words[of + 1:]
            while words and not words[0].group()[:1].isupper():
                words.pop(0)
        if not words:
            continue
        # "Mozambique's National Institute of Meteorology (INAM)": the owner is not part of the name.
        name = _without_owner_place(clean_name(" ".join(w.group() for w in words), "ORG"), set())
        short = match.group(2)
        joined = name.rsplit(" and the ", 1)
        if len(joined) == 2 and short.upper() not in acronyms(name) and short.upper() in acronyms(joined[1]):
            # "the Great Barrier Reef Marine Park Authority and the Australian Institute of Marine Science
            # (AIMS)": the short form is the second body's.
            name = joined[1]
            words = words[-len(name.split()):]
        # "(Prasa)" for "Passenger Rail Agency of South Africa": one capital will do when the letters spell it.
        if len(_tokens(name)) < 2 or short in defined or sum(ch.isupper() for ch in short) < 2 \
                and short.upper() not in acronyms(name) and not _spelled_by_prefixes(short, name):
            continue
        if short[0] == name[0] or any(w.lower() in ORG_NOUNS | ORG_NAME_WORDS for w in _tokens(name)):
            defined.add(short)
            found.append((start + words[0].start(), match.end(1), short, name))
    return found


def _spelled_by_prefixes(short: str, name: str) -> bool:
    """"Nadma" for "National Disaster Management Agency", "Comelec" for "Commission on Elections": the
    short form is the first letters of each word of the name in turn (small words may be left out)."""
    words = [w.lower() for w in _tokens(name) if w[:1].isalpha()]

    def spells(rest: str, i: int) -> bool:
        if not rest:
            return i == len(words) or all(w in _CONNECTIVES for w in words[i:])
        if i == len(words):
            return False
        if words[i] in _CONNECTIVES and spells(rest, i + 1):
            return True
        longest = min(len(rest), len(words[i]))
        return any(rest[:n] == words[i][:n] and spells(rest[n:], i + 1) for n in range(1, longest + 1))

    return len(words) >= 2 and spells(short.lower(), 0)


def acronyms(name: str) -> set[str]:
    """The ways news copy shortens a name: "ACCC", "MOH", "MoHRE" -> "MOHRE", and for
    "Maritime and Port Authority of Singapore" also "MPA" (the place left out)."""
    forms = {initials(name), initials(name, connectives=True),
             # "Société de transport de Montréal" -> "STM": French names keep their nouns in lower case.
             "".join(w[0].upper() for w in _tokens(name) if w.lower() not in _CONNECTIVES and w[:1].isalpha()),
             "".join(w[0].upper() for w in _tokens(name) if w[:1].isupper() or w.lower() == "of")}
    # "Nigeria Centre for Disease Control and Prevention" -> "NCDC": the last "and" part left out.
    first_part = re.split(r"\s+and\s+(?=\S+$)", name)[0]
    if first_part != name:
        forms.add(initials(first_part))
    head = re.split(r"\s+of\s+", name, maxsplit=1)[0]
    if head != name and len(_tokens(head)) > 1:
        forms.add(initials(head))
    return {f for f in forms if len(f) >= 2}


def initials(name: str, connectives: bool = False) -> str:
    """"India Meteorological Department" -> "IMD"; "Australian Competition and Consumer Commission" -> "ACCC";
    with `connectives`, "Ministry of Health" -> "MOH"."""
    return "".join(w[0].upper() for w in _tokens(name)
                   if w.lower() not in _CONNECTIVES and w[:1].isupper()
                   or connectives and w.lower() in ("of", "and", "on"))  # "COA": Commission on Audit


def organisation_names(names: list[str]) -> dict[str, str]:
    """Short forms of the article's organisations -> their full name.

    An acronym stands for the one longer name with those initials ("ACCC");
    a single word for the one longer name it begins ("Veltro" -> "Veltro Systems").
    """
    full = [n for n in dict.fromkeys(names) if n and len(_tokens(n)) > 1]
    found: dict[str, str] = {}
    for name in dict.fromkeys(names):
        if not name:
            continue
        words = _tokens(name)
        if len(words) > 1:
            # "Coast Guard" after "Philippine Coast Guard": the longer name it ends; "Sin Hock Seng" the
            # company's full name "Sin Hock Seng Holdings", and "Epilepsy Together" "Epilepsy Together UK".
            matches = [f for f in full if len(_tokens(f)) > len(words) and (
                _tokens(f)[-len(words):] == words
                or _tokens(f)[:len(words)] == words and all(_is_legal_suffix(w) for w in _tokens(f)[len(words):]))]
            if not matches:
                # "Hsin Feng" for "Hsin Feng Semiconductor Corp.", "Bristol Waste" for "Bristol Waste Company":
                # the start of the one longer name, a company's by its last word (not a place's hospital:
                # "Gokwe South District Hospital"; nor a body of its people: "Royal Mail Group Workers Union").
                matches = [f for f in full if len(_tokens(f)) > len(words) and _tokens(f)[:len(words)] == words
                           and all(w[:1].isupper() for w in _tokens(f)[len(words):])
                           and (_is_legal_suffix(_tokens(f)[-1]) or _tokens(f)[-1].lower() == "company")
                           and not {w.lower() for w in _tokens(f)} & _MEMBERS_BODIES]
        elif 2 <= len(name) <= 6 and (name.isupper() or name[1:].islower()):
            # "ACCC", and the house style that writes acronyms as words: "Drap", "Nasa".
            upper = name.upper()
            matches = [f for f in full if upper in acronyms(f)]
            if not matches and not name.isupper():
                matches = [f for f in full if words[0] == _tokens(f)[0]]
        else:
            matches = [f for f in full if _tokens(f)[0] == name]
        if len(words) == 1 and not matches and english_word(name):
            # "the Knights" after "Newcastle Knights": a team called by its nickname, an English word.
            matches = [f for f in full if _tokens(f)[-1] == name]
        if len(matches) == 1:
            found[name] = matches[0]
    # "SHS" spells "Sin Hock Seng", itself short for "Sin Hock Seng Holdings": the longest name.
    for name, longer in found.items():
        while longer in found and found[longer] != longer:
            longer = found[longer]
        found[name] = longer
    return found


# Bodies of a body's people, named after it: "Royal Mail Group Workers Union", "Ford Dealers Association".
_MEMBERS_BODIES = frozenset("union unions association federation society club branch chapter committee".split())

# What follows a company's name to say what kind of body it is or where it is registered.
LEGAL_SUFFIXES = frozenset("holdings group ltd limited inc corp corporation plc llc co berhad bhd ag sa nv gmbh".split())


def _is_legal_suffix(word: str) -> bool:
    return word.lower().rstrip(".") in LEGAL_SUFFIXES or word.isupper() and 2 <= len(word) <= 3


def _relabel_short_organisation_names(mentions: list[EntitySuggestion], text: str, defined: dict[str, str]) -> None:
    """"Veltro" tagged as a person where "Veltro Systems" is a company here and no person has that name;
    "LASBCA" tagged as anything where the article `defined` it as a body's short form."""
    orgs = [clean_name(text[m.start:m.end], "ORG") for m in mentions if m.label == "ORG"]
    short = organisation_names(orgs + [clean_name(text[m.start:m.end], "ORG") for m in mentions
                                       if m.label == "PERSON"])
    person_parts = _person_name_parts(mentions, text)
    for m in mentions:
        if m.label in ("PERSON", "GPE", "NORP", "LOC", "FAC") and text[m.start:m.end] in defined:
            m.label = "ORG"  # "LASBCA" after "the Lagos State Building Control Agency (LASBCA)"
        elif m.label == "PERSON":
            name = clean_name(text[m.start:m.end], "PERSON")
            # "Seri Telekom" for "Seri Telekom Bhd": the word a person's name would drop as a title is the
            # company's own.
            as_organisation = clean_name(text[m.start:m.end], "ORG")
            if (name in short or as_organisation in short) and name not in person_parts:
                m.label = "ORG"


def _relabel_surnames(mentions: list[EntitySuggestion], text: str) -> None:
    """An "organisation" that is a person's family or given name in this article is that person.

    The small model tags "Kim recently praised" or "Doucet said" as ORG when
    "Kim Jong Un" and "Gregory Doucet" are people a few sentences before.
    """
    parts = _person_name_parts(mentions, text)
    for m in mentions:
        if m.label != "ORG":
            continue
        name = clean_name(text[m.start:m.end], "PERSON")
        # "Du Toit" opening a sentence is the "du Toit" of "Pieter du Toit", "Al-Kaabi" the "al-Kaabi"
        # of "Saeed al-Kaabi" (a name of one word must match exactly: "UN" is not the "Un" of a name).
        if name in parts or name[:1].lower() + name[1:] in parts and len(_tokens(name)) > 1:
            m.label = "PERSON"


def _person_name_parts(mentions: list[EntitySuggestion], text: str) -> set[str]:
    """What an article may call a person it has named in full: each word of the name, and the
    family name however many words it has ("Van Wyngarden", "Ní Bhriain")."""
    parts = set()
    for m in mentions:
        if m.label == "PERSON":
            words = clean_name(text[m.start:m.end], "PERSON").split()
            if len(words) > 1:
                parts.update(w for w in words if w.lower() not in _CONNECTIVES)
                parts.update(" ".join(words[i:]) for i in range(1, len(words) - 1))
    return parts


def person_name(name: str, full_names: list[str], known: dict[str, str] | None = None,
                counts: Counter | None = None) -> str:
    """The canonical form of a person's name among the article's full names.

    "Peskov" -> "Dmitry Peskov" (ends with it); "Kim" -> "Kim Jong Un" (family
    name first; the most mentioned such name wins); else a surname the project
    already knows; else the name itself.
    """
    name = clean_name(name, "PERSON")
    parts = [p.lower() for p in _tokens(name)]
    if not parts:
        return name
    counts = counts or Counter()
    order = {f: n for n, f in enumerate(full_names)}

    def best(candidates: list[str]) -> str:
        # The most mentioned, then the longest, then the first introduced.
        return max(candidates, key=lambda f: (counts[f], len(_tokens(f)), -order[f]))

    # "Baltazar" for "Jose Emmanuel Baltazar III": a son's "Jr." or "III" follows the family name.
    ending = [f for f in full_names if any(len(words) > len(parts) and [p.lower() for p in words[-len(parts):]] == parts
                                           for words in (_tokens(f), without_generation(_tokens(f))))]
    if ending:
        return best(ending)
    if len(parts) == 1 and known and name in known:
        return known[name]
    starting = [f for f in full_names if len(_tokens(f)) > len(parts)
                and [p.lower() for p in _tokens(f)[:len(parts)]] == parts]
    if len(parts) == 1 and starting:
        return best(starting)  # "Kim" for "Kim Jong Un": the family name first
    if len(starting) == 1:
        return starting[0]  # "Nur Aisyah" for "Nur Aisyah Abdul Rahman": called by the given names
    # "Lau" in "Vincent Lau Chi-keung", "Quispe" in "Marisol Quispe Huamán", "de la Cruz" in "María Fernanda
    # de la Cruz Ibarra": a family name inside.
    inside = [f for f in full_names if _inside(parts, [p.lower() for p in _tokens(f)])]
    if len(inside) == 1:
        return inside[0]
    return name


def _inside(parts: list[str], words: list[str]) -> bool:
    """The words `parts`, in order, within `words` but neither at its start nor at its end."""
    n = len(parts)
    return len(words) > n + 1 and any(words[i:i + n] == parts for i in range(1, len(words) - n))


def surname_index(names: list[tuple[str, str]]) -> dict[str, str]:
    """Surname -> canonical full name, for the project's people with an unambiguous surname."""
    seen: dict[str, set[str]] = {}
    for name, label in names:
        parts = _tokens(name)
        if label == "PERSON" and len(parts) > 1:
            seen.setdefault(parts[-1], set()).add(name)
    return {surname: next(iter(full)) for surname, full in seen.items() if len(full) == 1}
