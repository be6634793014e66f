"""What a pronoun or a description refers back to: the most salient earlier person or organisation.

Subjects before other mentions, recent sentences before older ones; "he" and
"she" pass over people the article marks as the other; "the council" is the
organisation named with that word; cited sources are not what "it" means.
"""

from __future__ import annotations

import re

from .article_context import LOCAL_TITLES, SUBJECT_DEPS
from .cues import (COMPANY_NOUNS, JOB_WORDS, NOT_COMPANY_WORDS, ORG_NOUN_SYNONYMS, ORG_NOUNS, ORG_PRONOUNS,
                   PERSON_EPITHETS, PERSON_PRONOUNS, PERSON_ROLE_NOUNS, PORTFOLIO_JOINS, SPEECH_VERBS)
from .entities import LEGAL_SUFFIXES, POST_NOMINALS, clean_name, defined_names, english_word
from .given_names import is_given_name, likely_gender
from .names import NameRepair
from .places import countries
from .types import EntitySuggestion

ANTECEDENT_SENTENCES = 6
# Roles news copy names one way and refers back to another: "Justice X ... the judge said".
ROLE_SYNONYMS = {"judge": {"justice", "magistrate"}, "minister": {"secretary"}, "chief": {"ceo"},
                 "ceo": {"chief"}, "lawyer": {"counsel", "attorney", "solicitor", "barrister", "advocate", "atty"},
                 "barrister": {"lawyer", "counsel", "advocate", "kc", "qc", "sc"}, "solicitor": {"lawyer"},
                 "coach": {"trainer", "manager"}, "trainer": {"coach", "manager"}, "manager": {"coach", "trainer"},
                 # Titles written short before a name: "Gov. Ramon Villanueva ... the governor said".
                 "governor": {"gov"}, "senator": {"sen"}, "superintendent": {"supt"}, "inspector": {"insp"},
                 "detective": {"det"}, "professor": {"prof"}, "councillor": {"cllr", "coun"},
                 "councilor": {"cllr", "coun"}, "representative": {"rep"}, "general": {"gen"}}
# How court copy introduces who prosecutes: "Opening the prosecution case, X said", "Opening the case, X KC told".
_PROSECUTION = re.compile(r"\b(?:prosecution|[Oo]pening the case)\b[^.]*,\s+(?:[A-Z][a-z]+\.?\s+)?$")
_PROSECUTING = re.compile(r",\s+prosecuting\b")
# Roles a modifier narrows to another title: "Chief Gudo ... the traditional leader said".
QUALIFIED_ROLE_SYNONYMS = {("traditional", "leader"): {"chief"}, ("traditional", "ruler"): {"chief", "oba", "emir"}}

# Words that qualify a title without naming anyone: "Permanent Secretary", "State Commissioner".
TITLE_MODIFIERS = frozenset("""permanent state district regional county national deputy acting vice assistant
senior principal executive general chief""".split())
# Family, as news copy names them beside a person: "her son, Dwight Hall," ... "her son said".
KIN_NOUNS = frozenset("""son daughter wife husband widow widower brother sister mother father grandson granddaughter
nephew niece cousin partner fiancé fiancée""".split())
# Bodies called by what they are: "the agency" is an agency named with that word, never just the
# organisation a story opens with (which may be a hospital).
INSTITUTION_NOUNS = frozenset("""agency ministry department council authority commission hospital university court
board police service regulator watchdog""".split())
# Bodies news copy calls by one word of their name and by no other: "the bureau" after "Bureau of
# Meteorology", "the trust" after "Bolton NHS Foundation Trust". Only a body named with the word will do.
NAMED_BODY_NOUNS = frozenset("""bureau trust foundation diocese college chamber exchange academy school church
tribunal directorate secretariat inspectorate institution corporation varsity guard observatory laboratory museum
library gallery zoo cell unit squad""".split())
# Nouns news copy uses for someone it has just named, rarely for anyone unnamed: "the skipper said",
# "the accused told the court", "the priest said". Kept apart from PERSON_EPITHETS, which also cleans the
# recogniser's training names.
NAMED_PERSON_NOUNS = frozenset("""skipper halfback fullback hooker playmaker accused defendant witness priest monk
cleric imam pastor elder executive""".split())
# A name after a vessel's noun, prefix or flag is a ship's: "the tanker Aegean Dawn", "the Liberian-flagged
# Aegean Dawn", "MV Sea Breeze".
_SHIP_PREFIXES = "MV|MS|MT|SS|HMS|USS|RMS|FV|MY"
_VESSEL_BEFORE = re.compile(r"""(?:\b(?:tanker|ship|vessel|ferry|freighter|trawler|yacht|barge|dredger|tug|tugboat
|schooner|steamer|liner|cruiser|frigate|destroyer|submarine|carrier)s?,?\s+(?:the\s+)?|-flagged\s+
|\b(?:""" + _SHIP_PREFIXES + r""")\s+)$""", re.X)
_SHIP_PREFIX = re.compile(f"(?:{_SHIP_PREFIXES})\\s")
_STORMS = frozenset(["cyclone", "hurricane", "typhoon", "storm"])
_SAINTS = frozenset(["san", "santa", "santo", "s\u00e3o"])
# People news copy calls by where they are from, once named: "the Donegal native", "the Athleague clubman".
LOCAL_PERSON_NOUNS = frozenset("native clubman clubwoman man woman".split())
# Places that are also bodies: "the City said" where the article names the "City of Cape Town".
PLACE_BODY_NOUNS = frozenset("city county province municipality borough shire district".split())
# Bodies news copy calls by their kind, not by a word of their name: a US school district ("Mesquite Creek ISD",
# "Anderson Community Schools") is "the district"; a city's council ("City of Windhoek") "the municipality".
CALLED_BY_KIND = {"district": re.compile(r"\b(?:Schools|ISD|School District|Unified)\b"),
                  "municipality": re.compile(r"^City of \b|\bMunicipal\b|\bMunicipality\b")}
# Who runs a business, standing for it: "the management said" is the company speaking. Kept apart from
# COMPANY_NOUNS, which also cleans the recogniser's training names.
MANAGEMENT_NOUNS = frozenset(["management"])
# What someone issues and the news then quotes: "In a statement, X said ... The statement added".
DOCUMENT_NOUNS = frozenset("statement order circular notice letter memo filing release ruling".split())
# What a body publishes about itself: "the cooperative's unaudited financial statements".
REPORT_NOUNS = frozenset("report reports statements results accounts figures filings data website".split())
# Words in a company's name that say it is one: "Seri Telekom Bhd", "Himal Sky Air".
COMPANY_NAME_WORDS = LEGAL_SUFFIXES | frozenset("""company pty airlines airways air motors energy energie mining
platinum gold resources bank foods pharmaceuticals pharma technologies industries labs logistics media telecom
insurance securities capital partners ventures investments properties construction engineering shipping systems
railways skyways renewables""".split())


def _central_bank(name: str) -> bool:
    """"Bank Indonesia", "Bank Negara Malaysia", "Saudi Central Bank", "Reserve Bank of India": the regulator,
    never "the bank" of a story about a lender's results."""
    words = name.split()
    lower = [w.lower() for w in words]
    return "bank" in lower and ("central" in lower or "reserve" in lower or "negara" in lower
                                or lower[0] == "bank" and " ".join(words[1:]) in countries())


class References(NameRepair):
    def antecedent(self, before: int, labels: tuple[str, ...], gender: str | None = None,
                   fits=None) -> EntitySuggestion | None:
        """The most salient earlier entity: a subject in the nearest sentence that has one.

        With a `gender` ("m" for he, "f" for she), people the article marks as the other are passed over;
        with `fits`, any entity it says no to ("the company" is not the union).
        """
        last = self.index.sent_number(before)
        fallback = None
        if gender is not None:
            genders = self.genders()
            window_start = self.index.sents[max(0, last - ANTECEDENT_SENTENCES + 1)].start_char
            # One word the article never shows to be a man or a woman ("Limerick", "Glenroe") is passed over
            # when someone it does show to be one is named close by.
            shown = any(genders.get(e.canonical) == gender for e in self.entities_between(window_start, before)
                        if e.label == "PERSON" and e.canonical)
            agrees = lambda e: genders.get(e.canonical, gender) == gender and not self._unlike_a_person(e) \
                and not (shown and " " not in e.canonical and e.canonical not in genders)  # noqa: E731
        else:
            # A ship is no body that speaks: "the MV Loch Seaforth, the ferry operator has said" is the operator.
            agrees = lambda e: not self._a_ship(e)  # noqa: E731
        if fits is not None:
            agrees_in_gender = agrees
            agrees = lambda e: agrees_in_gender(e) and fits(e)  # noqa: E731
        window = self.index.sents[max(0, last - ANTECEDENT_SENTENCES + 1):last + 1]
        for distance, sent in enumerate(reversed(window)):
            candidates, embedded, heads = [], [], []
            for token in sent:
                if token.idx >= before or self._in_quote(token.idx):
                    continue
                if token.dep_ in SUBJECT_DEPS or token.dep_ == "ROOT" and token.pos_ in ("PROPN", "NOUN"):
                    if labels == ("PERSON",) and self._plural_subject(token):
                        continue  # "Al Sadd are three points behind": a team the model took for a person
                    ref = self._reference_of(token, labels)
                    if ref is not None and agrees(ref):
                        candidates.append(ref)
                        embedded.append(self._reported(token))
                        heads.append(token)
            main = [c for c, token in zip(candidates, heads) if token.head.dep_ == "ROOT"]
            if labels == ("ORG",) and main and len(main) < len(candidates):
                # "The ICO said it was making enquiries after the retailer reported the breach. The regulator
                # said": the main clause's subject is what the story goes on about.
                embedded = [e for c, e in zip(candidates, embedded) if c in main]
                candidates = main
            if gender is not None and main:
                # "Breheny was unhappy that an appeal was waved away when Ferguson-Reilly went down. He said":
                # the one the sentence is about, not the subject of a clause saying when or which.
                kept = [c for c, token in zip(candidates, heads)
                        if token.head.dep_ not in ("advcl", "relcl", "acl") or c in main]
                embedded = [e for c, e in zip(candidates, embedded) if c in kept]
                candidates = kept
            if gender is not None and any(embedded) and not all(embedded):
                # "Marsh told the court that Fenwick had lied. 'He knew,' she said": the one who spoke
                # speaks on, not the person she spoke about.
                candidates = [c for c, inside in zip(candidates, embedded) if not inside]
            # A cited source is not what "it" means; but "According to Huda Al-Ansari, ... . 'X,' she told
            # the paper": the person cited is who speaks on.
            people = labels == ("PERSON",)
            candidates = [c for c in candidates if people or not self._is_source(c)]
            if candidates:
                return self._topic_over_passing(candidates[-1], labels, before, fits)
            if fallback is None:
                mentions = [e for e in self.entities_between(sent.start_char, min(before, sent.end_char))
                            if e.label in labels and e.canonical and not self._in_quote(e.start)
                            and (people or not self._is_source(e)) and agrees(e)]
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
                if fallback is not None and gender is not None and distance <= 1 \
                        and likely_gender(fallback.canonical.split()[0]) == gender \
                        and len({e.canonical for e in mentions if self._named_like_a_person(e)}) == 1:
                    # "For shrimp fisherman Jelle Postma, 58, the issue was personal. '...,' he said": the one
                    # person just named, though not as a subject, over the subjects of older sentences.
                    return fallback
        return fallback

    @staticmethod
    def _named_like_a_person(ent: EntitySuggestion) -> bool:
        """Not "Marine Rescue" or "Marlin Marina" taken for people: names made only of English words."""
        words = ent.canonical.split()
        return len(words) == 1 or not all(english_word(w) for w in words)

    def _a_ship(self, ent: EntitySuggestion) -> bool:
        """"the tanker Aegean Dawn", "the MV Loch Seaforth" (the prefix inside the name or before it)."""
        return bool(_VESSEL_BEFORE.search(self.text, max(0, ent.start - 30), ent.start)
                    or ent.canonical and _SHIP_PREFIX.match(ent.canonical))

    def _unlike_a_person(self, ent: EntitySuggestion) -> bool:
        """A span taken for a person that shows it is none, so "he" and "she" cannot mean it: a title
        alone ("Permanent Secretary", "NARD President"), a place it is written in ("in Chandpur"), "the" before
        it ("the Northern Marvels"), a ship's name ("the tanker Aegean Dawn"), a storm's or a saint's place's, a
        body's short form first ("VMR Cairns"), a small word first ("of Halifax"), a common word the article
        also writes in lower case ("Turnout"), or a name the article elsewhere takes for a place or a body
        ("Limerick")."""
        words = ent.canonical.split()
        if likely_gender(words[0]) is not None:
            return False  # "John Bishop", "Ruth Judge": a given name first is a person
        if words[0][:1].islower() or self.text[max(0, ent.start - 4):ent.start].lower() == "the ":
            return True
        if _VESSEL_BEFORE.search(self.text, max(0, ent.start - 30), ent.start) or words[0].lower() in _STORMS:
            return True  # a ship, or a storm ("Cyclone Yasi", "Typhoon Haiyan")
        if len(words) > 1 and words[0].lower() in _SAINTS and words[1].lower() not in _SAINTS:
            return True  # a place named for a saint ("Barangay San Isidro"), not "San San Win"
        if re.search(r"\b(?:in|near) " + re.escape(ent.canonical) + r"\b(?!['\u2019])", self.text):
            return True  # "in Chandpur", "near Caleta Olivia": a place the model took for a person
        if len(words) > 1 and all(english_word(w) and not is_given_name(w) for w in words):
            return True  # "State Tourism" (of "State Tourism, Culture and Environment Minister ..."), no given name
        if len(words) > 1 and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper():
            return True  # "VMR Cairns": a body's short form first (initials are two letters: "JT Dockery")
        parts = re.split(r"[-\s]", ent.canonical)
        if parts[-1].lower() in JOB_WORDS and all(
                p.lower() in JOB_WORDS | TITLE_MODIFIERS or p.isupper() and len(p) > 1 for p in parts):
            return True
        if len(words) == 1 and words[0].lower() in self.lower_case_words:
            return True
        return any(e.label in ("GPE", "LOC", "FAC", "ORG", "NORP") and self.text[e.start:e.end] == ent.canonical
                   for e in self.entities)

    @staticmethod
    def _plural_subject(subject) -> bool:
        """A proper-noun subject whose verb agrees in the plural ("Al Sadd are", "Al Ain have")."""
        verb = subject.head
        return subject.pos_ == "PROPN" and subject.tag_ == "NNP" and verb.tag_ == "VBP" \
            or subject.pos_ == "PROPN" and verb.lower_ == "were"

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

    def _topic_over_passing(self, found: EntitySuggestion, labels, before: int, fits=None) -> EntitySuggestion:
        """"It" and "the company" mean the organisation the story is about more often than one
        mentioned in passing: prefer an organisation named three times or more over one named once."""
        if labels != ("ORG",):
            return found
        counts: dict[str, int] = {}
        for e in self.entities:
            if e.label == "ORG" and e.canonical and e.start < before and not self._is_source(e) \
                    and (fits is None or fits(e)):
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
        noun = head.lower_
        if noun in KIN_NOUNS and any(c.dep_ == "poss" for c in head.children):
            # "her son said": the son the article named as hers ("her son, Dwight Hall,"), if it did.
            return self._person_called({noun}, before)
        # "its director": the director the article named for the body.
        owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in head.children)
        # "their union", "his lawyer": a body or a role the article named for them.
        if not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and c.tag_ != "PRP$"
                   for c in head.children) and not (owned and noun in PERSON_ROLE_NOUNS | ORG_NOUNS):
            return None
        if noun == "old" and self.text[max(0, head.idx - 9):head.idx].endswith("year-"):
            noun = "year-old"  # "the 22-year-old" is split into tokens
        if noun in DOCUMENT_NOUNS | REPORT_NOUNS:
            owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
            if owner is not None and owner.lower_ in ORG_NOUNS | COMPANY_NOUNS:
                # "according to the group's interim report": the body the article calls "the group".
                return self.description(owner, before)
            return self._issuer(noun, before) if noun in DOCUMENT_NOUNS else None
        if noun in NAMED_BODY_NOUNS:
            return self._organisation_called(noun, before)
        if noun in MANAGEMENT_NOUNS:
            # "The management of Rehmat Spinning Mills Ltd informed": the business named after it; "the
            # management said" alone: the business the article named, as for "the company".
            owner = next((self.entity_at(o) for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                          for o in c.children if o.dep_ == "pobj"), None)
            if owner is not None and owner.label == "ORG" and owner.canonical:
                return owner
            noun = "company"
        if noun in KIN_NOUNS and self._counted_kin(head):
            return self.antecedent(head.idx, ("PERSON",))  # "the mother of five": said of someone just named
        if noun in ORG_NOUNS or noun in COMPANY_NOUNS | PLACE_BODY_NOUNS \
                and self._organisation_called(noun, before) is not None:
            if noun in ("police", "army", "military"):
                return None
            central = any(c.lower_ in ("central", "reserve") for c in head.children)
            called = self._organisation_called(noun, before, central)
            if called is not None or noun in INSTITUTION_NOUNS and any(
                    c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in head.children):
                return called  # "South Korea's defense ministry" is that ministry, not the last body named
            if noun in COMPANY_NOUNS:
                # Any business the article calls one, else any body that is not plainly something else.
                for fits in self._company_fits():
                    found = self.antecedent(head.idx, ("ORG",), fits=fits) or self._lead_organisation(before, fits)
                    if found is not None:
                        return found
                return self._business_taken_for_person(before)
            return self.antecedent(head.idx, ("ORG",)) \
                or (self._lead_organisation(before) if noun not in INSTITUTION_NOUNS else None)
        if noun in JOB_WORDS and noun not in PERSON_ROLE_NOUNS | PERSON_EPITHETS:
            # "Wayanad Wildlife Warden Ajith K Raman ... the warden said": any job, where the article named
            # someone with it.
            described = self._person_called({noun} | ROLE_SYNONYMS.get(noun, set()), before)
            if described is not None:
                return described
        if noun in PERSON_ROLE_NOUNS | PERSON_EPITHETS | LOCAL_TITLES or noun.endswith("year-old") \
                or noun.endswith("-old"):
            roles = {noun} | ROLE_SYNONYMS.get(noun, set()) | self._qualified_role(head)
            described = self._person_called(roles, before) or (self._witness(before) if noun == "witness" else None)
            if described is None and self.text.count("\n\n", 0, head.idx) <= 1:
                # "Ghana's cocoa regulator posted a fall in profit, its chief executive said": a lead names the
                # person further down, by the same title ("chief executive Kwadwo Owusu-Ansah told").
                described = self._person_called_later(roles, head.idx)
            if described is not None:
                return described
            if noun.endswith("old") or noun in PERSON_EPITHETS | NAMED_PERSON_NOUNS or self._aged(head) \
                    or self._placed(head) and not self._names_someone(head):
                # "the 24-year-old", "the singer", "the veteran opener", "the Chinese player": said of
                # someone just named
                return self.antecedent(head.idx, ("PERSON",))
        elif noun in NAMED_PERSON_NOUNS or self._aged(head) or self._ranked(head) \
                or noun in LOCAL_PERSON_NOUNS and self._placed(head):
            # "the 20-year-old Corofin clubman", "the world number four", "the Donegal native"
            return self.antecedent(head.idx, ("PERSON",))
        return None

    def _person_called_later(self, words: set[str], after: int) -> EntitySuggestion | None:
        """The first person after `after` whom the article calls one of `words` where it names them."""
        return next((e for e in self.people_before(len(self.text)) if e.start > after and words & self._title_words(e)),
                    None)

    def _witness(self, before: int) -> EntitySuggestion | None:
        """"the witness replied" in court copy: the last person the article had tell the court or testify."""
        found = None
        for ent in self.people_before(before):
            said = self.index.sent_at(ent.start).text.lower()
            head = self.token_at(ent.end - 1)
            while head.dep_ in ("compound", "flat", "appos", "pobj", "prep") and head.head is not head:
                head = head.head  # "An investigating officer with the EFCC, Mrs X, told the court"
            if ("court" in said or "testif" in said or "in evidence" in said) and head.dep_ in SUBJECT_DEPS \
                    and not self._reported(head):  # not "... told the court that Danjuma demanded N45m"
                found = ent
        return found

    def _names_someone(self, head) -> bool:
        """"The Lokoja branch chairman of the drivers' union, Comrade Yusuf Ibrahim Garba,": the
        description introduces the person it names, so it refers back to no one."""
        return any(t.i > head.i and (ent := self.entity_at(t)) is not None and ent.label == "PERSON"
                   for t in head.subtree)

    @staticmethod
    def _counted_kin(head) -> bool:
        """"the mother of five", "a father of three": a family counted, said of someone just named."""
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num for g in c.children)
                   for c in head.children)

    @staticmethod
    def _qualified_role(head) -> set[str]:
        """Titles a modifier makes the role mean: "the traditional leader" is the one titled Chief."""
        return set().union(*(QUALIFIED_ROLE_SYNONYMS.get((c.lower_, head.lower_), set()) for c in head.children
                             if c.dep_ in ("amod", "compound")))

    @staticmethod
    def _placed(head) -> bool:
        """A place, a nation or a club before the noun ("the Chinese player", "the Athleague clubman"):
        news writes one only of someone it has named."""
        return any(c.dep_ in ("amod", "compound") and c.i < head.i and c.text[:1].isupper() and c.i > head.sent.start
                   and (c.ent_type_ in ("NORP", "GPE", "LOC", "ORG") or c.pos_ == "PROPN") for c in head.children)

    @staticmethod
    def _ranked(head) -> bool:
        """"the world number four", "the world No. 3": a ranking said of a player just named."""
        return head.lower_ in ("number", "no", "no.") and any(c.lower_ == "world" for c in head.lefts)

    def _person_called(self, words: set[str], before: int) -> EntitySuggestion | None:
        """The last person before `before` whom the article called one of `words` where it named them."""
        called = [e for e in self.people_before(before) if words & self._title_words(e)]
        return called[-1] if called else None

    def _aged(self, head) -> bool:
        """An age before the noun ("the 20-year-old Corofin clubman"): news gives one only of someone it
        has named."""
        return any(t.i < head.i and t.lower_ in ("old", "year-old") and (
            t.lower_ == "year-old" or self.text[max(0, t.idx - 5):t.idx] == "year-") for t in head.subtree)

    def _issuer(self, noun: str, before: int) -> EntitySuggestion | None:
        """"The statement said": whoever the article last said issued, or spoke in, a statement."""
        for token in reversed(self.doc[:self.token_at(before).i]):
            if token.lower_ in (noun, noun + "s") and not self._in_quote(token.idx):
                sentence = self.index.sent_at(token.idx)
                return self.antecedent(min(sentence.end_char, before), ("PERSON", "ORG"))
        return None

    def _lead_organisation(self, before: int, fits=None) -> EntitySuggestion | None:
        """"The company said" far down a story: the one organisation its headline and lead paragraph
        are about."""
        paragraphs = self.text.split("\n\n", 2)
        lead_end = min(before, len(paragraphs[0]) + 2 + (len(paragraphs[1]) if len(paragraphs) > 1 else 0))
        named = [e for e in self.entities_between(0, lead_end) if e.label == "ORG" and e.canonical
                 and not self._in_quote(e.start) and not self._is_source(e) and not self._a_ship(e)
                 and (fits is None or fits(e))]
        if len({e.canonical for e in named}) > 1:
            # "Sandhurst Goldfields has posted a rise at its Kangaroo Flat mine, but the Bendigo-based miner":
            # the one the lead makes its subject.
            named = [e for e in named if self._names_the_subject(e)]
        return named[-1] if len({e.canonical for e in named}) == 1 else None

    def _names_the_subject(self, ent: EntitySuggestion) -> bool:
        head = self.token_at(ent.end - 1)
        while head.dep_ in ("compound", "flat") and head.head is not head:
            head = head.head
        return head.dep_ in SUBJECT_DEPS

    def _organisation_called(self, noun: str, before: int, central: bool = False) -> EntitySuggestion | None:
        """"the council" after "Haverleigh District Council", "the ministry" after "Ministry of ...":
        the latest organisation named with that very word (for "the bank" or "the lender", a lender before the
        central bank the story mentions, unless it says "the central bank")."""
        nouns = {noun} | ORG_NOUN_SYNONYMS.get(noun, set())
        named = [e for e in self.entities if e.label == "ORG" and e.canonical and not self._in_quote(e.start)
                 and nouns & (set(e.canonical.lower().split()) | self._descriptors(e))]
        if not named:
            # "the Vigilance cell" after "The Chief Minister's Special Vigilance Cell (CMSVC)", which the model
            # did not tag: a name the article defines a short form for.
            named = [EntitySuggestion(start, end, "ORG", name) for start, end, _short, name in defined_names(self.text)
                     if nouns & set(name.lower().split()) and not self._in_quote(start)]
        if not named and noun in CALLED_BY_KIND:
            # "the district" after "Anderson Community Schools": a name that says it is that kind of body (even
            # where the model took a mention of it for a person).
            named = [EntitySuggestion(e.start, e.end, "ORG", e.canonical) for e in self.entities
                     if e.label in ("ORG", "PERSON") and e.canonical and not self._in_quote(e.start)
                     and CALLED_BY_KIND[noun].search(e.canonical)]
        if not named:
            # "the park" after "Mandalong Wildlife Park" tagged as a place: the name says what it is.
            named = [EntitySuggestion(e.start, e.end, "ORG", clean_name(self.text[e.start:e.end], "ORG"))
                     for e in self.entities if e.label in ("FAC", "LOC", "GPE", "EVENT", "MISC")
                     and self.text[e.start:e.end].split()[-1].lower() == noun and " " in self.text[e.start:e.end]
                     and not self._in_quote(e.start)]
        if not named and noun in PLACE_BODY_NOUNS:
            # "the City" after "the City of Cape Town's offices", which the model tagged as a place ("the
            # municipality" after "the City of Keetmanshoop" too).
            heads = "(?:Municipality|City)" if noun == "municipality" else noun.capitalize()
            pattern = re.compile(heads + r" of [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*")
            named = [EntitySuggestion(m.start(), m.end(), "ORG", clean_name(m.group(), "ORG"))
                     for m in pattern.finditer(self.text) if not self._in_quote(m.start())]
        if "bank" in nouns and not central:  # "the lender" too
            named = [e for e in named if not _central_bank(e.canonical)] or named
        earlier = [e for e in named if e.start < before]
        if earlier:
            return earlier[-1]
        # A lead often names it only further down: "Norway's central bank ..." then "Norges Bank".
        return named[0] if len({e.canonical for e in named}) == 1 else None

    def _descriptors(self, ent: EntitySuggestion) -> set[str]:
        """The common nouns the article puts beside an organisation's name: "the Unite union", "mobile
        operator Seri Telekom", "Kgalagadi, the world's third-biggest miner,"."""
        first, last = self.token_at(ent.start), self.token_at(ent.end - 1)
        words = set()
        if last.i + 1 < len(self.doc) and self.doc[last.i + 1].pos_ == "NOUN" and self.doc[last.i + 1].is_lower:
            words.add(self.doc[last.i + 1].lower_)
        i = first.i - 1
        while i >= max(0, first.i - 3) and self.doc[i].is_lower and self.doc[i].pos_ in ("NOUN", "ADJ"):
            if self.doc[i].pos_ == "NOUN":
                words.add(self.doc[i].lower_)
            i -= 1
        head = last
        while head.dep_ in ("compound", "flat") and head.head is not head and head.head.i <= last.i + 1:
            head = head.head
        words |= {c.lower_ for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":
            words.add(head.head.lower_)
        return words

    def _business_taken_for_person(self, before: int) -> EntitySuggestion | None:
        """"Bavarian brewer Aubacher Klosterbräu", "The bus operator, Kaya Turizm,": a business the article
        calls one where it names it, which the recogniser took for a person; the latest before `before`."""
        for ent in reversed(self.entities):
            if ent.start < before and ent.label == "PERSON" and ent.canonical \
                    and self._descriptors(ent) & COMPANY_NOUNS:
                return EntitySuggestion(ent.start, ent.end, "ORG", ent.canonical)
        return None

    def _company_fits(self):
        """Which organisations "the company" may mean, best first: those the article calls or names as
        businesses; then any that is not plainly a union, a ministry or a court."""
        described: dict[str, set[str]] = {}  # what any mention of the same body is called
        for e in self.entities:
            if e.label == "ORG" and e.canonical:
                described.setdefault(e.canonical, set()).update(self._descriptors(e))

        def words(e):
            return set(e.canonical.lower().split()) | described.get(e.canonical, set())

        def not_other(e):
            return not words(e) & NOT_COMPANY_WORDS

        def company(e):
            name = set(e.canonical.lower().split())
            if name & (COMPANY_NOUNS | COMPANY_NAME_WORDS) and not name & NOT_COMPANY_WORDS:
                return True  # "Aurora Air" is an airline whatever nouns follow it ("the Aurora Air council")
            return not_other(e) and bool(words(e) & (COMPANY_NOUNS | COMPANY_NAME_WORDS))

        return company, not_other

    def _title_words(self, ent: EntitySuggestion) -> set[str]:
        """Words that describe a named person where they are named: "Finance Minister X", "X, the coach"."""
        first = self.token_at(ent.start)
        sent_start = self.index.sent_at(ent.start).start
        words = set()
        for t in reversed(self.doc[max(first.i - 4, sent_start):first.i]):
            other = self.entity_at(t)
            if t.pos_ in ("VERB", "AUX") or other is not None and other is not ent and other.label == "PERSON" \
                    and self.text[other.start:other.end].split()[-1].lower() not in JOB_WORDS:
                # "Mrs Justice Farida Qureshi said Whitlock ...": her title is not his (but "Wayanad Wildlife
                # Warden" taken for a person before "Ajith K Raman" is his title)
                break
            words.add(t.lower_)
        # A span that took its title in ("Speaker H M Shivalingaiah" found as a subject).
        words |= {t.lower_ for t in self.doc[first.i:self.token_at(ent.end - 1).i]
                  if t.lower_.rstrip(".") in JOB_WORDS | LOCAL_TITLES and t.text[:1].isupper()}
        # "Union Minister for Housing and Urban Affairs X", "Leader of the Opposition X": a title with
        # its portfolio, all capitalised words and connectives, right before the name.
        i = first.i - 1
        while i >= max(sent_start, first.i - 12) and (self.doc[i].text[:1].isupper() or self.doc[i].lower_ in PORTFOLIO_JOINS | {"the"}):
            words.add(self.doc[i].lower_)
            i -= 1
        last = self.token_at(ent.end - 1)
        if last.i + 1 < len(self.doc) and self.doc[last.i + 1].text in POST_NOMINALS:
            words.add(self.doc[last.i + 1].lower_)  # "Mark Gilliland KC ... the barrister said"
        head = last
        for child in head.children:
            if child.dep_ == "appos":
                words |= {t.lower_ for t in child.subtree}
        # "Opening the prosecution case, Miss Priya Lakhani said", "Rachel Oduya KC, prosecuting,": court copy
        # says who prosecutes by what they do, not by a title.
        opening = self.text[self.doc[sent_start].idx:ent.start]
        if _PROSECUTION.search(opening) or _PROSECUTING.match(self.text, ent.end):
            words.add("prosecutor")
        up = head
        while up.dep_ == "appos" and up.head is not up:
            # "the fourth prosecution witness, an EFCC investigator, Aisha Umar-Bello": each noun she is
            up = up.head
            words.add(up.lower_)
        return {w.rstrip(".") for w in words}  # "Gov." is "gov"
