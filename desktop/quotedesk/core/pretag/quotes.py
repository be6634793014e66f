"""Finding quotes (direct, partial, indirect), their cues and their speakers.

Quoted stretches come from pairing marks in the raw text (marks.py); the
parse then tells which speech verb frames each one and who its subject is
(speakers.py says who that subject is). Quotes without a cue of their own
take the speaker of the quote they continue, or of the sentence that
introduces them. Indirect quotes are in indirect.py.
The spaCy Doc only needs a parser, a tagger and NER; no lemmas.
"""

from __future__ import annotations

import re

from .cues import JOB_WORDS, PARTICLE_VERBS, SOURCE_VERBS, SPEECH_VERBS, TITLE_NOUNS, TITLE_VERBS, speaks_as_someone
from .entities import english_word
from .given_names import is_given_name
from .indirect import find_indirect, subject_after_fronted_clause
from .marks import MarkedSpan, paired_spans
from .speakers import AGE_WORDS, SUBJECT_DEPS, Speaker, Speakers
from .textindex import TextIndex, tokens_between
from .types import EntitySuggestion, QuoteSuggestion

SCARE_QUOTE_MAX_WORDS = 3
CALLING = frozenset("call calls called calling describe describes described describing".split())
_TRAILING_AGE = re.compile(r"\s*(?P<who>the " + AGE_WORDS + r") (?P<verb>[a-z]+)\b")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
TERMINAL = ".?!,;:\u2026"

# How sure each way of finding the speaker is: a prior ordering (a named
# subject of the quote's own cue first, a speaker carried from the sentence
# before last), lowered below for unresolved pronouns, short fragments, no
# cue and unclosed marks. On the gold sets the lower values are indeed the
# less reliable ones, but the sets are too small to turn these into rates.
SPEAKER_CONFIDENCE = {"named": 0.9, "pronoun": 0.85, "description": 0.75, "noun": 0.85,
                      "continued": 0.8, "previous": 0.6}
NO_SPEAKER_CONFIDENCE = 0.35


class _Finder:
    def __init__(self, doc, entities: list[EntitySuggestion], text: str):
        self.doc = doc
        self.text = text
        self.index = TextIndex(doc, text)
        self.spans = paired_spans(text)
        self.index.set_quoted([(s.start, s.end) for s in self.spans])
        self.speakers = Speakers(self.index, entities)

    def token_at(self, char: int):
        return self.index.token_at(char)

    def in_quote(self, char: int) -> bool:
        return self.index.in_quote(char)

    # -- cues ------------------------------------------------------------------------------

    def cue_tokens(self, start: int, end: int):
        """Speech cues among tokens in [start, end) that lie outside every quote."""
        first = self.token_at(start).i
        for token in self.doc[first:]:
            if token.idx >= end:
                break
            if token.idx < start or self.in_quote(token.idx):
                continue
            if is_according(token):
                yield token
            elif self.is_speech_verb(token):
                yield token

    def is_speech_verb(self, token) -> bool:
        lower = token.lower_
        if lower not in SPEECH_VERBS and lower not in PARTICLE_VERBS:
            return False
        if not (token.tag_.startswith("VB") or (lower in ("says", "said") and token.dep_ in ("ROOT", "ccomp"))):
            return False
        if lower in PARTICLE_VERBS and not any(c.lower_ == PARTICLE_VERBS[lower] for c in token.children):
            return False
        # "so-called", "much-quoted": a hyphenated modifier, not a speech verb.
        return not (token.i > 0 and self.doc[token.i - 1].text == "-" and not self.doc[token.i - 1].whitespace_)

    def is_source_phrase(self, token) -> bool:
        """"as cited by X", "as reported by X": a source, weaker than a speech verb."""
        return (token.lower_ in SOURCE_VERBS and token.i > 0 and self.doc[token.i - 1].lower_ == "as"
                and any(c.dep_ == "agent" for c in token.children))

    def _person_right_before(self, token):
        """The last word of a person's name right before `token`, past a comma: "a second witness, an EFCC
        investigator, Mr Yakubu Sale, who said", where the parse may hang "who" on the first noun of the chain."""
        before = self.doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.text == "," and token.i > 1:
            before = self.doc[token.i - 2]
        if before is None or before.pos_ != "PROPN":
            return None
        ent = self.speakers.entity_at(before)
        return before if ent is not None and ent.label == "PERSON" and ent.end == before.idx + len(before) else None

    def _name_after_cited_title(self, obj):
        """"According to the Divisional Forest Officer of Hojai, Pankaj Bora, the herd ...": the name set off by
        commas after the title cited (the parse may make it the subject of what follows)."""
        comma = obj.right_edge.i if obj.right_edge.text == "," else obj.right_edge.i + 1  # the parse may hold it
        if obj.lower_ not in JOB_WORDS or comma + 2 >= len(self.doc) or self.doc[comma].text != ",":
            return None
        ent = self.speakers.entity_at(self.doc[comma + 1])
        if ent is None or ent.label != "PERSON" or ent.start != self.doc[comma + 1].idx:
            return None
        last = self.speakers.token_at(ent.end - 1)
        return last if last.i + 1 < len(self.doc) and self.doc[last.i + 1].text == "," else None

    def _object_taken_for_subject(self, subject):
        """"Testifying before Justice X, Hillary Sang, 52, said": the parse leaves "before" without its object
        and makes the judge the subject; the person in apposition after him speaks."""
        before = subject.left_edge.i - 1
        if before < 0 or self.doc[before].dep_ != "prep" or any(c.dep_ == "pobj" for c in self.doc[before].children):
            return subject
        named = [c for c in subject.children if c.dep_ in ("appos", "conj") and c.ent_type_ == "PERSON"]
        return named[0] if named else subject

    def _is_person(self, token) -> bool:
        ent = self.speakers.entity_at(token)
        return ent is not None and ent.label == "PERSON"

    def _person_described_before(self, noun):
        """"Sheikh Hamad Al Nuaimi, chairman of the prize's board of trustees, who described": "who" hangs on
        the last noun of the job in apposition; the person the job describes speaks."""
        while noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head
        if noun.dep_ != "appos":
            return None
        ent = self.speakers.entity_at(noun.head)
        return noun.head if ent is not None and ent.label == "PERSON" else None

    def _name_hung_on_subject(self, subject):
        """"Federal Minister for Railways Khawaja Lashari said", "Limpopo department of transport spokesperson
        Mashudu Ndou said": the parse makes the title or the body the subject and the name a conjunct of it,
        with no "and" between; "the Tanzania National Parks (Tanapa) assistant commissioner, Mr Ahmed bin
        Said, said": the body the subject, its officer's name in apposition. The person speaks."""
        portfolio = self._is_person(subject) and all(
            english_word(w) for w in self.text[subject.left_edge.idx:subject.idx + len(subject)].split())
        if self._is_person(subject) and subject.lower_ not in JOB_WORDS and not portfolio:
            # (a title the model took for a person is none: "Federal Minister"; nor a portfolio: "State Tourism,
            # Culture and Environment Minister Datuk Francis Lojuni said")
            return subject
        joined = not any(c.dep_ == "cc" for c in subject.children)
        for child in subject.children:
            # "Local Government and Public Works Minister Cde Winston Mapfumo said": the "and" is the portfolio's;
            # a title right before the name says the conjunct is the person it names.
            titled = any(c.dep_ == "compound" and c.i < child.i and (
                c.lower_ in JOB_WORDS or c.text[:1].isupper() and english_word(c.text) and not is_given_name(c.text))
                for c in child.children)  # "Mesa County Clerk and Recorder Janine Ruiz-O'Connell"
            if child.i > subject.i and self._is_person(child) and child.lower_ not in JOB_WORDS and (
                    child.dep_ == "conj" and (joined or titled)
                    or child.dep_ == "appos" and self.speakers.entity_at(subject) is not None):
                return child
        return subject

    def _agent_taken_for_subject(self, subject):
        """"Led in evidence by the EFCC counsel, Mr Ekene Okafor, the witness, Mrs Blessing Ade, told the
        court": the parse makes the opening participle's agent the subject and hangs who spoke on it in
        apposition; the last of the chain speaks."""
        comma = subject.left_edge.i - 1
        if comma < 1 or self.doc[comma].text != ",":
            return subject
        agent = self.doc[comma - 1]
        opener = agent.head.head if agent.dep_ == "pobj" and agent.head.lower_ == "by" else None
        while opener is not None and opener.dep_ not in ("advcl", "ROOT") and opener.head is not opener:
            opener = opener.head
        if opener is None or opener.dep_ != "advcl" or opener.tag_ != "VBN" \
                or opener.left_edge.i != opener.sent.start:
            return subject
        chain = subject
        while True:
            nxt = next((c for c in chain.children if c.dep_ == "appos"), None)
            if nxt is None:
                return chain
            chain = nxt

    def speaker_of_cue(self, cue) -> Speaker | None:
        """Who the cue says spoke: its subject, its passive agent, or, failing those, the speaker of
        the verb it hangs on ("..., adding that", "was quoted as saying")."""
        if is_according(cue):
            for child in cue.children:
                objs = [obj for obj in child.children if obj.dep_ == "pobj"]
                if len(objs) > 1:
                    # "according to co-curator Ahmed Al-Zahrani": the hyphen splits the title into objects of
                    # their own; the name among them is who is cited.
                    objs = [o for o in objs if self.speakers.entity_at(o)] or objs
                if objs:
                    return self.speakers.mention(self._name_after_cited_title(objs[0]) or objs[0])
            nxt = self.doc[cue.i + 1]
            objs = [c for c in nxt.children if c.dep_ == "pobj"]
            return self.speakers.mention(objs[0]) if objs else None
        verb = cue
        for _ in range(4):
            subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
            if len(subjects) > 1:
                # "GOMA, DR Congo (AFP) - Health authorities ... said": the dateline is no subject.
                subjects = [s for s in subjects if not self.speakers.is_dateline(s)] or subjects
            if len(subjects) > 1 and any(not self.in_quote(s.idx) for s in subjects):
                # '"We expect that momentum to carry," managing director K. Srinivasa Raghavan said': the parse
                # gave the verb a second subject from inside the quote; the one outside it speaks.
                subjects = [s for s in subjects if not self.in_quote(s.idx)]
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            passive_subjects = [s for s in subjects if s.dep_ == "nsubjpass"]
            if verb.lower_ in ("quoted", "cited") and passive_subjects:
                # "X was quoted (by the agency) as saying": X speaks, the agency reports.
                return self.speakers.mention(passive_subjects[0])
            quoted_object = [c for c in verb.children if c.dep_ == "dobj"] if verb.lower_ in ("quoted", "quotes",
                                                                                                "quoting") else []
            if quoted_object and cue is not verb:
                # "State TV quoted him as saying": he speaks, the channel reports.
                return self.speakers.mention(quoted_object[0])
            if agents:  # "were told by the chief executive", "as cited by Yonhap"
                return self.speakers.mention(agents[0])
            if subjects:
                subject = subjects[0]
                if len(subjects) > 1 and subjects[1].left_edge.i in (subject.i + 1, subject.right_edge.i + 1) \
                        and self.speakers.entity_at(subjects[1]) \
                        and (self._is_person(subjects[1]) or not self._is_person(subject)):
                    # "The disaster agency Senapred said", "Rescue 1122 spokesperson Hassan Ali Jatoi told":
                    # the parse splits the title and the name after it into two subjects; the name speaks
                    # (a person stays the speaker over a body named after her: "Prof X of the Sorbonne, who ...,").
                    subject = subjects[1]
                elif (fronted := subject_after_fronted_clause(verb, subjects)) is not None:
                    subject = fronted
                elif len(subjects) > 2 and not self.speakers.entity_at(subject) and all(
                        b.left_edge.i <= a.right_edge.i + 2 for a, b in zip(subjects, subjects[1:])):
                    # "said the group's co-founder, Dolores Archuleta,": a hyphen splits the title, and each
                    # piece became a subject; the name among them speaks.
                    subject = next((s for s in subjects if self.speakers.entity_at(s)), subject)
                subject = self._name_hung_on_subject(self._agent_taken_for_subject(
                    self._object_taken_for_subject(subject)))
                if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                    who = subject.tag_ == "WP"
                    named = (self._person_right_before(subject) or self._person_described_before(verb.head)) \
                        if who else None
                    subject = named if named is not None else verb.head
                    if who and named is None and subject.dep_ == "pobj" and subject.head.lower_ == "from":
                        subject = subject.head.head  # "X from Ballincollig, who said": who is X, not the town
                if self.in_quote(subject.idx):
                    return None
                return self.speakers.mention(subject)
            with_np = self._with_subject(verb)
            if with_np is not None:
                return self.speakers.mention(with_np)
            if self._second_statement_of(verb):
                # "X said A had lost and insisted B": the parser joins the second speech verb to A.
                verb = verb.head.head
                continue
            stray = self._stray_subject(verb)
            if stray is not None:
                return self.speakers.mention(stray)
            if verb.dep_ in ("acl",) and verb.head.pos_ in ("NOUN", "PROPN"):
                return self.speakers.mention(verb.head)  # "officials saying", "Putin's aide ... mentioned"
            if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
                return self.speakers.mention(verb.head)
            inverted = self._inverted_subject(verb)
            if inverted is not None:
                return self.speakers.mention(inverted)
            # "..., adding that", "was quoted as saying", "X said and added": the governing verb's subject.
            if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "ccomp", "dep") and verb.head is not verb:
                participle = verb.tag_ == "VBG" and verb.dep_ == "advcl"
                verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
                # "Iran said it had seized a tanker, calling it ...": the parser may hang the participle
                # on the reported clause; who calls it so is whoever is said to have said that clause.
                reporter = next((a for a in verb.ancestors if self.is_speech_verb(a)), None)
                if participle and not self.is_speech_verb(verb) and reporter is not None:
                    verb = reporter
                continue
            break
        return None

    def _second_statement_of(self, verb) -> bool:
        head = verb.head
        return verb.dep_ == "conj" and head.dep_ == "ccomp" and self.is_speech_verb(verb) \
            and not self.is_speech_verb(head) and self.is_speech_verb(head.head)

    def _with_subject(self, verb):
        """"with a senior official calling the allegations ...": the object of "with"."""
        if verb.tag_ != "VBG":
            return None
        for t in reversed(self.doc[max(self.index.sent_at(verb.idx).start, verb.i - 8):verb.i]):
            if t.dep_ == "pobj" and t.head.lower_ == "with":
                return t
        return None

    def _inverted_subject(self, verb):
        """'"Why now?" asked the official': after a quote, the speaker may follow the verb as its object."""
        before = self.text[:verb.idx].rstrip()
        if not before.endswith(("\u201d", '"', "'", "\u2019", "\u00bb", ",")) or not self.in_quote(len(before) - 1):
            return None
        for child in verb.children:
            if child.i > verb.i and child.dep_ in ("dobj", "attr", "npadvmod", "dative", "oprd", "nsubj"):
                if child.left_edge.i == verb.i + 1:
                    return child
        if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None
        # '"...," said AILRSA divisional secretary Sukhwinder Singh Gill, addressing ...': the parse made the
        # name the subject of what follows it; the phrase right after the verb is still who spoke.
        phrase = [t for t in self.doc[verb.i + 1:verb.i + 12] if t.left_edge.i == verb.i + 1
                  and t.pos_ in ("PROPN", "NOUN") and t.head.i > t.right_edge.i]
        return max(phrase, key=lambda t: t.right_edge.i) if phrase else None

    def _stray_subject(self, verb):
        """"One driver, stuck for hours, told the BBC": a main verb whose subject the parser misattached."""
        if verb.dep_ != "ROOT" or not verb.tag_.startswith("VB") or verb.tag_ in ("VBG", "VBN"):
            return None
        sent = self.index.sent_at(verb.idx)
        tokens = list(self.doc[sent.start:verb.i])
        if tokens and tokens[0].pos_ == "ADP" and any(t.text == "," for t in tokens):
            # "At a site in Al Barsha, one foreman, who ..., said": past the opening phrase.
            tokens = tokens[next(n for n, t in enumerate(tokens) if t.text == ",") + 1:]
        named = self._person_right_before(verb)
        if named is not None and (named.dep_ in ("appos", "conj") or named.i == verb.i - 1 and named.dep_ != "pobj"):
            # "At the hearing, counsel to the EFCC, Mrs Halima Bello-Usman, told": the name; "Speaking after
            # the count at Newport Centre, Ms Parry-Jones said": the parse joined the name to the place;
            # "Lerwick lifeboat coxswain Bruce Leask said": the parse took the job for a verb (but "a source quoted
            # by Clarín described": who quoted is not who spoke).
            return named
        for t in tokens:
            if t.is_space or t.is_punct or self.in_quote(t.idx):
                continue
            if t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in ("npadvmod", "dep", "nsubj", "appos", "meta"):
                return t
            if t.pos_ in ("ADP", "SCONJ", "VERB", "AUX"):
                return None  # "In Paris, ...", "Asked about it, ...": no stray subject here
        return None

    def governs(self, cue, span: MarkedSpan) -> bool:
        """The quote sits inside what the cue reports (its complement or object)."""
        inside = self.token_at(min(span.start + 1, span.end - 1))
        ancestors = {a.i for a in inside.ancestors} | {inside.i}
        return cue.i in ancestors and not self.in_subject(cue, span)

    def in_subject(self, cue, span: MarkedSpan) -> bool:
        """"Critics of the "gig economy" said": marks inside the speaker's own phrase. Not a quote the
        parse hung on the speaker's name after it ('"...," AMCU organiser Sipho Mokoena told'): some word
        of the phrase must come before the marks."""
        for child in cue.children:
            if child.dep_ in SUBJECT_DEPS:
                sub = list(child.subtree)
                if sub[0].idx <= span.start < sub[-1].idx + len(sub[-1]) \
                        and any(t.idx < span.start and not t.is_punct and not t.is_space for t in sub):
                    return True
        return False

    def ranked_cues(self, span: MarkedSpan, f_start: int, f_end: int) -> list:
        cues = [c for c in self.cue_tokens(f_start, f_end) if not self.in_subject(c, span)]

        def rank(cue):
            if is_according(cue):
                tier = 2
            elif self.is_source_phrase(cue):
                tier = 3
            else:
                tier = 0 if self.governs(cue, span) else 1
            distance = min(abs(cue.idx - span.start), abs(cue.idx - span.end))
            return tier, distance

        return sorted(cues, key=rank)

    def frame(self, span: MarkedSpan) -> tuple[int, int]:
        """Where to look for the cue: the quote's sentence(s), plus a short tail sentence."""
        first = self.index.sent_at(span.start)
        last = self.index.sent_at(max(span.end - 1, span.start))
        start, end = first.start_char, last.end_char
        # `"...," she said.` is sometimes split off as a sentence of its own.
        after = end
        while after < len(self.text) and self.text[after] in " \t":
            after += 1
        if after < len(self.text):
            following = self.index.sent_at(after)
            gap = self.text[span.end:following.start_char]
            first_word = next((t for t in following if not t.is_space and not t.is_punct), None)
            # A tail that starts in lower case ('"Why?" asked Tom Reilly, who ...') goes on the quote's sentence.
            lower_start = first_word is not None and first_word.text[:1].islower()
            if following.start_char >= end and (len(following) <= 10 or lower_start) and "\n" not in gap:
                end = following.end_char
        para_start = self.text.rfind("\n", 0, span.start) + 1
        para_end = self.text.find("\n", span.end)
        para_end = len(self.text) if para_end == -1 else para_end
        start, end = max(start, para_start), min(end, para_end)
        # A paragraph-opening quote announced by "X said:" at the end of the one before.
        if not self.text[para_start:span.start].strip():
            before = self.text[:para_start].rstrip()
            if before.endswith(":"):
                start = self.index.sent_at(len(before) - 1).start_char
                start = max(start, self.text.rfind("\n", 0, len(before)) + 1)
        return start, end

    # -- main --------------------------------------------------------------------------------

    def quoted(self) -> list[QuoteSuggestion]:
        found: list[QuoteSuggestion] = []
        attributed: list[tuple[QuoteSuggestion, Speaker]] = []
        pending_carry: dict[int, Speaker | None] = {}  # paragraphs left open, waiting for their continuation
        following_pending: list[QuoteSuggestion] = []
        last_quote: QuoteSuggestion | None = None
        for span in self.spans:
            open_ended = span.continues or span.unclosed
            inner = self.text[span.start + 1:span.end - (0 if open_ended else 1)].strip()
            words = inner.split()
            if not words or self.is_title(span):
                continue
            kind = self.kind_of(span, inner)
            if kind == "partial" and last_quote is not None and self._resumes(last_quote, span):
                kind = "direct"  # '"...," she said, "and ..."': one direct quote, split by its cue
            # A fragment of a few words is a scare quote unless someone is said to have said it;
            # a whole sentence, however short, is someone's.
            short = len(words) <= SCARE_QUOTE_MAX_WORDS and kind == "partial"
            f_start, f_end = self.frame(span)
            speaker, cue = None, None
            cues = self.ranked_cues(span, f_start, f_end)
            for candidate in cues:
                speaker = self.speaker_of_cue(candidate)
                if speaker is not None:
                    cue = candidate
                    if self._is_thing(speaker):
                        speaker, cue = self._reported_under(candidate) or (speaker, cue)
                    break
            if speaker is None:
                trailing = self._trailing_age_cue(span)
                if trailing is not None:
                    speaker, cue = trailing
            if cue is None and cues and not short:
                cue = cues[0]
            follows_pending = (span.continuation and last_quote is not None and last_quote.speaker is None
                               and last_quote.start in pending_carry)
            if speaker is None and not short and not span.continues and not follows_pending:
                speaker = self.carried_speaker(span, attributed)
            if speaker is None and short:
                continue  # a scare quote: nobody is said to have said it
            confidence = self.confidence(kind, speaker, cue, len(words))
            if span.unclosed:
                confidence = max(0.05, confidence - 0.25)
            suggestion = QuoteSuggestion(
                start=span.start, end=span.end, kind=kind, confidence=confidence,
                cue=cue_extent(self.doc, cue) if cue is not None else None,
                speaker=(speaker.start, speaker.end) if speaker else None,
                speaker_entity=speaker.entity if speaker else None,
                speaker_label=speaker.label if speaker else None,
            )
            found.append(suggestion)
            last_quote = suggestion
            if speaker is not None:
                attributed.append((suggestion, speaker))
            elif span.continues:
                pending_carry[span.start] = self.carried_speaker(span, attributed)
            if speaker is None and follows_pending:
                following_pending.append(suggestion)
        self._backfill_continued(found, pending_carry)
        # A continuation whose first paragraph waited for a speaker takes the one it got.
        for quote in following_pending:
            before = [q for q in found if q.end <= quote.start]
            if before and before[-1].speaker is not None and quote.speaker is None:
                prev = before[-1]
                quote.speaker, quote.speaker_entity, quote.speaker_label = prev.speaker, prev.speaker_entity, prev.speaker_label
                quote.confidence = prev.confidence
        return found

    def _is_thing(self, speaker: Speaker) -> bool:
        """A mention that names nobody and whose head is no person or body: "the strike", "early reports"."""
        if speaker.how != "noun" or speaker.entity is not None:
            return False
        head = self.token_at(max(speaker.start, speaker.end - 1))
        return head.pos_ == "NOUN" and not head.text[:1].isupper() and not speaks_as_someone(head.lower_)

    def _reported_under(self, cue) -> tuple[Speaker, object] | None:
        """'He said the strike would continue "until ..."', 'She said early reports suggested crops had been
        "shredded"': a thing as subject of a verb inside what someone is said to have said; the outer
        speech verb's speaker speaks."""
        for verb in cue.ancestors:
            if self.is_speech_verb(verb) and not self.in_quote(verb.idx):
                outer = self.speaker_of_cue(verb)
                if outer is not None and not self._is_thing(outer):
                    return outer, verb
                return None
        return None

    def _trailing_age_cue(self, span: MarkedSpan):
        """'"...," the 24-year-old told reporters': the parser often reads this as one noun phrase
        ("the 24-year-old told reporters"), losing the verb. The words themselves still say who spoke."""
        match = _TRAILING_AGE.match(self.text, span.end)
        if match is None or match.group("verb").lower() not in SPEECH_VERBS:
            return None
        verb = self.token_at(match.start("verb"))
        speaker = self.speakers.mention(self.token_at(match.start("who") + 4))
        return (speaker, verb) if speaker is not None and speaker.entity is not None else None

    def carried_speaker(self, span: MarkedSpan, attributed: list[tuple[QuoteSuggestion, Speaker]]) -> Speaker | None:
        """No cue of its own: the quote it continues, or the person the sentence before is about."""
        para_start = self.text.rfind("\n", 0, span.start) + 1
        opens_paragraph = not self.text[para_start:span.start].strip()
        # The previous paragraph (skipping blank lines) counts when the quote opens its own.
        reach = para_start
        if opens_paragraph:
            prev_end = len(self.text[:para_start].rstrip())
            reach = self.text.rfind("\n", 0, prev_end) + 1
        if attributed:
            prev_quote, prev_speaker = attributed[-1]
            if span.continuation or prev_quote.end >= reach:
                between = self.text[prev_quote.end:span.start]
                if span.continuation or len(between) < 3 or not self._other_subject(prev_quote.end, span.start,
                                                                                     prev_speaker):
                    return Speaker(prev_speaker.start, prev_speaker.end, prev_speaker.entity, prev_speaker.label,
                                   "continued")
        previous = self._introducing_subject(span, reach)
        if previous is not None:
            return previous
        return None

    def _other_subject(self, start: int, end: int, speaker: Speaker) -> bool:
        """Someone other than `speaker` is the named subject of a sentence between two quotes."""
        for token in self.doc[self.token_at(start).i:self.token_at(end).i]:
            if start <= token.idx < end and token.dep_ in SUBJECT_DEPS and not self.in_quote(token.idx):
                if speaker.start <= token.idx < speaker.end:
                    continue
                ent = self.speakers.entity_at(token)
                if ent is not None and ent.label in ("PERSON", "ORG") and ent.canonical != speaker.entity:
                    return True
        return False

    def _introducing_subject(self, span: MarkedSpan, reach: int) -> Speaker | None:
        """"Climate envoy John Kerry spoke at the summit. "...."": the sentence just before names who speaks."""
        number = self.index.sent_number(span.start)
        own = self.index.sents[number]
        if own.start_char < span.start and self.text[own.start_char:span.start].strip():
            return None  # the quote's own sentence has other words before it
        if number == 0:
            return None
        prev = self.index.sents[number - 1]
        if prev.start_char < reach and prev.end_char <= reach:
            return None
        if self.index.quote_in(prev.start_char, prev.end_char):
            return None
        root = prev.root
        subjects = [c for c in root.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            return None
        mention = self.speakers.mention(subjects[0])
        if mention.entity is None or mention.label != "PERSON":
            return None
        return Speaker(mention.start, mention.end, mention.entity, mention.label, "previous")

    def is_title(self, span: MarkedSpan) -> bool:
        """Marks around a name or title: 'a memoir called "..."', 'the film "..."', 'wrote "The Salt Road"',
        'the "Fair Deal" campaign'."""
        first = self.token_at(span.start + 1)
        # 'what critics called its "Cold War" policy': their words, whatever the case (else see below).
        called = any(t.lower_ in CALLING for t in self.doc[max(0, first.i - 4):first.i])
        if called and self.doc[max(0, first.i - 2)].lower_ in ("itself", "themselves", "himself", "herself"):
            return True  # 'a gang calling itself "NightOwl"': the name it goes by
        if not called and (self._title_case(span) or self._names_the_noun_after(span) or self._one_name(span)):
            return True
        before = self.text[:span.start].rstrip()
        if not before:
            return False
        token = self.token_at(len(before) - 1)
        if token.is_punct and token.i > 0 and token.text in ",:":
            token = self.doc[token.i - 1]
        lower = token.lower_
        if lower in TITLE_VERBS or lower in TITLE_NOUNS:
            return True
        if lower == "as" and token.i > 0 and self.doc[token.i - 1].lower_ in ("known", "named", "branded", "billed"):
            return True  # 'the registry, known as "Reinfo,"': a name
        if lower == "called" and before[:-6].rstrip().lower().endswith("so-"):
            return True  # 'the so-called "peace plan"': the reporter keeps the term at a distance
        if lower == "called":
            # 'a book called "X"' names it; 'what he called "X"' quotes him.
            return not any(c.dep_ in SUBJECT_DEPS for c in token.children) and token.dep_ in ("acl", "amod")
        return False

    def _title_case(self, span: MarkedSpan) -> bool:
        """Every word of four letters or more capitalised, and no sentence inside: a title, not speech.

        '"Never Again," he said' ends its words with a comma inside the marks: speech.
        """
        if span.unclosed or span.continues:
            return False
        inner = self.text[span.start + 1:span.end - 1].strip()
        words = _WORD.findall(inner)
        if len(words) < 2 or inner[-1:] in ",.!?;:" or not words[0][:1].isupper():
            return False
        if not all(w[:1].isupper() for w in words if len(w) >= 4):
            return False
        # In a headline everything is capitalised: 'Ukraine Denounces It As A "Total Hoax"' is speech.
        line_start = self.text.rfind("\n", 0, span.start) + 1
        before = _WORD.findall(self.text[line_start:span.start])[-6:]
        long_before = [w for w in before if len(w) >= 4]
        return not (long_before and all(w[:1].isupper() for w in long_before))

    def _one_name(self, span: MarkedSpan) -> bool:
        """'a group called itself "BlackHarbor"': one proper noun in marks, mid-sentence, no punctuation."""
        if span.unclosed or span.continues:
            return False
        inner = self.text[span.start + 1:span.end - 1]
        if not inner.isalnum() or not inner[:1].isupper() or inner.isupper():
            return False
        token = self.token_at(span.start + 1)
        before = self.text[:span.start].rstrip()
        opens = not before or before.endswith((".", "!", "?", ":", "\n"))
        has_inner_capital = any(ch.isupper() for ch in inner[1:])
        # "NightOwl": a capital inside a word is a made-up name; else the model must call it a name.
        return not opens and (has_inner_capital or token.pos_ == "PROPN" and token.ent_type_ in ("ORG", "PRODUCT"))

    def _names_the_noun_after(self, span: MarkedSpan) -> bool:
        """'the "Price Lock" promise', 'a "Skate Not Hate" banner': the marks name the noun that follows."""
        if span.unclosed or span.continues or self.text[span.end - 2:span.end - 1] in ",.!?":
            return False
        first = self.token_at(span.start + 1)
        if not first.text[:1].isupper():
            return False  # 'a "strategic partnership" treaty': a term someone used, not a name
        inside = tokens_between(self.doc, first.idx, span.end - 1)
        if not inside or len([t for t in inside if t.is_alpha]) > 5:
            return False
        after = next((t for t in self.doc[inside[-1].i + 1:] if not t.is_quote), None)
        if after is None or after.idx < span.end or after.pos_ not in ("NOUN", "PROPN") \
                or self.text[span.end:after.idx].strip():
            return False
        roots = [t for t in inside if t.is_alpha and not (first.idx <= t.head.idx < span.end - 1)]
        return bool(roots) and all(t.head.i == after.i and t.dep_ in ("compound", "amod", "nmod", "nummod")
                                   for t in roots)

    def _resumes(self, last: QuoteSuggestion, span: MarkedSpan) -> bool:
        """The quote picks up where the last one left off, after a short cue clause."""
        between = self.text[last.end:span.start]
        return (last.kind == "direct" and "\n" not in between and len(between.split()) <= 8
                and between.rstrip().endswith(","))

    def _backfill_continued(self, found: list[QuoteSuggestion], pending: dict[int, Speaker | None]) -> None:
        """A paragraph left open is spoken by whoever its continuation names (else by whom it follows)."""
        by_start = {q.start: q for q in found}
        for n, span in enumerate(self.spans):
            first = by_start.get(span.start)
            if not span.continues or first is None or first.speaker is not None:
                continue
            nxt = None
            for later in self.spans[n + 1:]:
                nxt = by_start.get(later.start)
                if nxt is None or nxt.speaker is not None or not later.continues:
                    break
            if nxt is not None and nxt.speaker is not None:
                first.speaker, first.speaker_entity, first.speaker_label = nxt.speaker, nxt.speaker_entity, nxt.speaker_label
                first.confidence = round(max(first.confidence, nxt.confidence - 0.1), 4)
            elif pending.get(span.start) is not None:
                carried = pending[span.start]
                first.speaker, first.speaker_entity, first.speaker_label = (carried.start, carried.end), carried.entity, carried.label
                first.confidence = self.confidence(first.kind, carried, None, 99)

    def kind_of(self, span: MarkedSpan, inner: str) -> str:
        if span.continuation or span.continues:
            return "direct"
        starts_upper = inner[:1].isupper() or not inner[:1].isalpha()
        ends_sentence = inner[-1:] in TERMINAL
        before = self.text[self.text.rfind("\n", 0, span.start) + 1:span.start].rstrip()
        opens_clause = before == "" or before.endswith((":", ",", "\u2014", "-", ".", "?", "!"))
        # A whole quoted sentence is direct however short ("We will talk," she said);
        # a longer capitalised stretch that opens or closes a clause is too.
        if starts_upper and ends_sentence and opens_clause:
            return "direct"
        if starts_upper and (ends_sentence or opens_clause) and len(inner.split()) > 3:
            return "direct"
        return "partial"

    @staticmethod
    def confidence(kind: str, speaker: Speaker | None, cue, n_words: int) -> float:
        if speaker is None:
            score = NO_SPEAKER_CONFIDENCE
        else:
            score = SPEAKER_CONFIDENCE[speaker.how]
            if speaker.entity is None and speaker.how in ("pronoun", "description"):
                score -= 0.15
        if kind == "partial" and n_words <= SCARE_QUOTE_MAX_WORDS:
            score -= 0.15  # a short fragment may still be the reporter's scare quote
        if cue is None and speaker is not None and speaker.how not in ("continued", "previous"):
            score -= 0.1
        return round(max(0.05, min(0.99, score)), 4)


def is_according(token) -> bool:
    doc = token.doc
    return token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"


def cue_extent(doc, cue) -> tuple[int, int]:
    """The cue's characters: the verb, or "according to" as one phrase."""
    if is_according(cue):
        to = doc[cue.i + 1]
        return cue.idx, to.idx + len(to)
    return cue.idx, cue.idx + len(cue)


def find_quotes(doc, entities: list[EntitySuggestion], text: str | None = None) -> list[QuoteSuggestion]:
    """Quote suggestions for one parsed article, in text order. Never raises on odd text.

    `text` is doc.text when the caller already has it (spaCy rebuilds it from every token).
    """
    text = doc.text if text is None else text
    if not text.strip() or not doc.has_annotation("DEP"):
        return []
    finder = _Finder(doc, entities, text)
    quoted = finder.quoted()
    indirect = find_indirect(finder, [(q.start, q.end) for q in quoted])
    return sorted(quoted + indirect, key=lambda q: (q.start, q.end))
