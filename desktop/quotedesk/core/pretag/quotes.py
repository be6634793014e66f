"""Finding quotes (direct, partial, indirect), their cues and their speakers.

Quoted stretches come from pairing marks in the raw text (marks.py); the
parse then tells which speech verb frames each one and who its subject is.
Indirect quotes are speech verbs whose clausal complement holds no marks.
The spaCy Doc only needs a parser, a tagger and NER; no lemmas.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .cues import INDIRECT_VERBS, PRONOUNS, SPEECH_VERBS, TITLE_WORDS
from .marks import MarkedSpan, paired_spans
from .types import EntitySuggestion, QuoteSuggestion

SCARE_QUOTE_MAX_WORDS = 3
CONTINUATION_MAX_CHARS = 1200
TERMINAL = ".?!,;:\u2026"
NP_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "advmod"}


@dataclass
class _Speaker:
    start: int
    end: int
    entity: str | None
    label: str | None
    how: str  # "named", "pronoun", "noun", "continued"


class _Finder:
    def __init__(self, doc, entities: list[EntitySuggestion], text: str):
        self.doc = doc
        self.text = text
        self.entities = sorted(entities, key=lambda e: e.start)
        self.token_starts = [t.idx for t in doc]

    # -- token and entity lookup ------------------------------------------------

    def token_at(self, char: int):
        i = bisect.bisect_right(self.token_starts, char) - 1
        return self.doc[max(i, 0)]

    def entity_covering(self, start: int, end: int) -> EntitySuggestion | None:
        for ent in self.entities:
            if ent.start < end and start < ent.end:
                return ent
        return None

    def full_name(self, name: str) -> str:
        """The longest person name in the article ending with `name` ("Peskov" -> "Dmitry Peskov")."""
        longer = [e.canonical for e in self.entities if e.label == "PERSON" and e.canonical
                  and e.canonical != name and e.canonical.endswith(" " + name)]
        return max(longer, key=len) if longer else name

    def last_entity_before(self, char: int, label: str | None) -> EntitySuggestion | None:
        best = None
        for ent in self.entities:
            if ent.start >= char:
                break
            if ent.canonical and (label is None or ent.label == label):
                best = ent
        return best

    # -- speakers -----------------------------------------------------------------

    def mention(self, token, quote_start: int) -> _Speaker:
        """The speaker mention headed by `token`, and who it refers to."""
        ent = self.entity_covering(token.idx, token.idx + len(token))
        if ent is not None and ent.label in ("PERSON", "ORG", "NORP", "GPE"):
            return _Speaker(ent.start, ent.end, ent.canonical, ent.label if ent.canonical else None, "named")
        lower = token.lower_
        if lower in PRONOUNS and token.tag_ in ("PRP", "PRP$"):
            label = PRONOUNS[lower]
            ref = self.last_entity_before(min(token.idx, quote_start), label) if label else None
            return _Speaker(token.idx, token.idx + len(token), ref.canonical if ref else None,
                            ref.label if ref else None, "pronoun")
        # A noun phrase: "a Kremlin spokesperson", "state media", "Lee, a professor".
        left = [t for t in token.lefts if t.dep_ in NP_DEPS]
        first = left[0] if left else token
        for t in token.subtree:
            if t.i < first.i and t.dep_ in NP_DEPS:
                first = t
        start, end = first.idx, token.idx + len(token)
        if "\n" in self.text[start:end]:
            start = self.text.rindex("\n", start, end) + 1
        # A person named inside the phrase speaks ("spokesperson Dmitry Peskov"),
        # unless only as a possessive ("Putin's adviser").
        named = [e for e in self.entities
                 if start <= e.start and e.end <= end and e.label == "PERSON" and e.canonical
                 and not self.text[e.end:e.end + 2] in ("'s", "\u2019s")]
        if named:
            return _Speaker(start, end, named[-1].canonical, "PERSON", "named")
        words = [t for t in self.doc[first.i:token.i + 1] if not t.is_punct]
        if words and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
            # A name the NER missed ("Moon Jae-in told"): the name speaks for itself,
            # grouped with a longer form of it when the article has one.
            name = self.text[start:end]
            return _Speaker(start, end, self.full_name(name), "PERSON", "named")
        org = self.entity_covering(token.idx, token.idx + len(token))
        return _Speaker(start, end, org.canonical if org else None, "ORG" if org else None, "noun")

    def speaker_of_cue(self, cue, quote_start: int) -> _Speaker | None:
        if cue.lower_ == "according":
            for child in cue.children:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return self.mention(obj, quote_start)
            return None
        verb = cue
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents:
                return self.mention(agents[0], quote_start)
            if subjects:
                subject = subjects[0]
                if subject.tag_ in ("WP", "WDT"):
                    subject = verb.head if verb.dep_ == "relcl" else subject
                return self.mention(subject, quote_start)
            # "... was quoted as saying", "X said and added": climb to the governing verb.
            if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp", "relcl") and verb.head is not verb:
                verb = verb.head if verb.dep_ != "pcomp" else verb.head.head
                if verb.dep_ == "relcl":
                    return self.mention(verb.head, quote_start)
                continue
            break
        return None

    # -- cues -----------------------------------------------------------------------

    def cue_tokens(self, start: int, end: int, excluded: list[tuple[int, int]]):
        """Speech cues among tokens in [start, end) that lie outside every quote."""
        # Only the frame's tokens: scanning the whole doc per quote made long articles quadratic.
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        for token in self.doc[first:last]:
            if any(s <= token.idx < e for s, e in excluded):
                continue
            lower = token.lower_
            if lower == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                yield token
            elif lower in SPEECH_VERBS and token.tag_.startswith("VB") and not self._in_compound_word(token):
                yield token

    def _in_compound_word(self, token) -> bool:
        """'so-called', 'much-quoted': a hyphenated modifier, not a speech verb."""
        return token.i > 0 and self.doc[token.i - 1].text == "-" and not self.doc[token.i - 1].whitespace_

    def frame(self, quote: MarkedSpan) -> tuple[int, int]:
        """Where to look for the cue: the quote's sentence(s), plus a short tail sentence."""
        first = self.token_at(quote.start).sent
        last = self.token_at(max(quote.end - 1, quote.start)).sent
        start, end = first.start_char, last.end_char
        # `"...," she said.` is sometimes split off as a sentence of its own.
        following = self.token_at(min(end, len(self.text) - 1)).sent
        if following.start_char >= end and len(following) <= 8 and "\n" not in self.text[quote.end:following.start_char]:
            end = following.end_char
        # A paragraph-opening quote announced by "X said:" at the end of the previous paragraph.
        announced = False
        if self.text[start:quote.start].strip() == "" and start > 0:
            before = self.text[:start].rstrip()
            if before.endswith(":"):
                start = self.token_at(len(before) - 1).sent.start_char
                announced = True
        # Otherwise stay inside the quote's paragraph.
        para_start = self.text.rfind("\n", 0, quote.start) + 1
        para_end = self.text.find("\n", quote.end)
        para_end = len(self.text) if para_end == -1 else para_end
        return (start if announced else max(start, para_start)), min(end, para_end)

    # -- main -------------------------------------------------------------------------

    def quoted(self) -> list[QuoteSuggestion]:
        spans = paired_spans(self.text)
        excluded = [(s.start, s.end) for s in spans]
        found: list[QuoteSuggestion] = []
        previous: tuple[QuoteSuggestion, _Speaker] | None = None
        last_quote: QuoteSuggestion | None = None
        for span in spans:
            open_ended = span.continues or span.unclosed
            inner = self.text[span.start + 1:span.end - (0 if open_ended else 1)].strip()
            words = inner.split()
            if not words or self._is_title(span):
                continue
            kind = self.kind_of(span, inner)
            if kind == "partial" and last_quote is not None and self._resumes(last_quote, span):
                kind = "direct"  # '"...," she said, "and ..."': one direct quote, split by its cue
            f_start, f_end = self.frame(span)
            cues = sorted(self.cue_tokens(f_start, f_end, excluded),
                          key=lambda t: min(abs(t.idx - span.start), abs(t.idx - span.end)))
            speaker, cue = None, None
            for candidate in cues:
                speaker = self.speaker_of_cue(candidate, span.start)
                if speaker is not None:
                    cue = candidate
                    break
            if cue is None and cues:
                cue = cues[0]
            if speaker is None and previous is not None and not (kind == "partial" and len(words) <= SCARE_QUOTE_MAX_WORDS):
                prev_quote, prev_speaker = previous
                near = span.start - prev_quote.end <= CONTINUATION_MAX_CHARS
                if span.continuation or (near and kind == "direct"):
                    speaker = _Speaker(prev_speaker.start, prev_speaker.end, prev_speaker.entity,
                                       prev_speaker.label, "continued")
            if speaker is None and len(words) <= SCARE_QUOTE_MAX_WORDS:
                continue  # a scare quote: nobody is said to have said it
            confidence = self.confidence(kind, speaker, cue, len(words))
            if span.unclosed:
                confidence = max(0.05, confidence - 0.3)
            suggestion = QuoteSuggestion(
                start=span.start, end=span.end, kind=kind, confidence=confidence,
                cue=(cue.idx, cue.idx + len(cue)) if cue is not None else None,
                speaker=(speaker.start, speaker.end) if speaker else None,
                speaker_entity=speaker.entity if speaker else None,
                speaker_label=speaker.label if speaker else None,
            )
            found.append(suggestion)
            last_quote = suggestion
            if speaker is not None:
                previous = (suggestion, speaker)
        self._backfill_continued(spans, found)
        return found

    def _is_title(self, span: MarkedSpan) -> bool:
        before = self.text[:span.start].rstrip().split()
        return bool(before) and before[-1].lower().strip(",:") in TITLE_WORDS

    def _resumes(self, last: QuoteSuggestion, span: MarkedSpan) -> bool:
        """The quote picks up where the last one left off, after a short cue clause."""
        between = self.text[last.end:span.start]
        return (last.kind == "direct" and "\n" not in between and len(between.split()) <= 6
                and between.rstrip().endswith(","))

    def _backfill_continued(self, spans: list[MarkedSpan], found: list[QuoteSuggestion]) -> None:
        """A paragraph left open is spoken by whoever its continuation names."""
        by_start = {q.start: q for q in found}
        for n, span in enumerate(spans[:-1]):
            first, nxt = by_start.get(span.start), by_start.get(spans[n + 1].start)
            if span.continues and first and nxt and first.speaker is None and nxt.speaker is not None:
                first.speaker, first.speaker_entity, first.speaker_label = nxt.speaker, nxt.speaker_entity, nxt.speaker_label
                first.confidence = max(first.confidence, nxt.confidence - 0.1)

    def kind_of(self, span: MarkedSpan, inner: str) -> str:
        if span.continuation or span.continues:
            return "direct"
        starts_upper = inner[:1].isupper() or not inner[:1].isalpha()
        ends_sentence = inner[-1:] in TERMINAL or inner.endswith(("?", "!"))
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
    def confidence(kind: str, speaker: _Speaker | None, cue, n_words: int) -> float:
        if speaker is None:
            score = 0.45 if kind == "direct" else 0.3
        else:
            score = {"named": 0.92, "noun": 0.85, "pronoun": 0.8, "continued": 0.65}[speaker.how]
            if speaker.entity is None and speaker.how == "pronoun":
                score -= 0.1
        if kind == "partial" and n_words <= SCARE_QUOTE_MAX_WORDS:
            score -= 0.2
        if cue is None:
            score -= 0.1
        return max(0.05, min(0.99, score))

    def indirect(self, quoted: list[QuoteSuggestion]) -> list[QuoteSuggestion]:
        taken = [(q.start, q.end) for q in quoted]
        found: list[QuoteSuggestion] = []
        for token in self.doc:
            if token.lower_ not in INDIRECT_VERBS or not token.tag_.startswith("VB"):
                continue
            if any(s <= token.idx < e for s, e in taken):
                continue
            clauses = [c for c in token.children if c.dep_ == "ccomp" and c.i > token.i]
            if not clauses:
                continue
            clause = clauses[0]
            left = clause.left_edge
            start = left.idx
            right = clause.right_edge
            while right.is_punct and right.i > left.i:
                right = self.doc[right.i - 1]
            end = right.idx + len(right)
            if end - start < 12 or any(s < end and start < e for s, e in taken):
                continue
            speaker = self.speaker_of_cue(token, start)
            if speaker is None:
                continue
            found.append(QuoteSuggestion(
                start=start, end=end, kind="indirect",
                confidence=0.7 if speaker.how == "named" else 0.55,
                cue=(token.idx, token.idx + len(token)),
                speaker=(speaker.start, speaker.end), speaker_entity=speaker.entity,
                speaker_label=speaker.label,
            ))
            taken.append((start, end))
        found += self.according_to(taken)
        return found

    def according_to(self, taken: list[tuple[int, int]]) -> list[QuoteSuggestion]:
        """'According to X, CLAUSE' with no quotation marks: the sentence is X's claim."""
        found = []
        for sent in self.doc.sents:
            if any(s < sent.end_char and sent.start_char < e for s, e in taken):
                continue
            for token in sent:
                if token.lower_ != "according" or token.i + 1 >= len(self.doc) or self.doc[token.i + 1].lower_ != "to":
                    continue
                speaker = self.speaker_of_cue(token, sent.start_char)
                if speaker is None:
                    continue
                phrase = list(token.subtree)
                p_start, p_end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
                para_start = self.text.rfind("\n", 0, token.idx) + 1
                para_end = self.text.find("\n", token.idx)
                para_end = len(self.text) if para_end == -1 else para_end
                rest = [t for t in sent if not (p_start <= t.idx < p_end) and not t.is_punct
                        and not t.is_space and para_start <= t.idx < para_end]
                if len(rest) < 4:
                    continue
                start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
                found.append(QuoteSuggestion(
                    start=start, end=end, kind="indirect", confidence=0.6,
                    cue=(token.idx, self.doc[token.i + 1].idx + 2),
                    speaker=(speaker.start, speaker.end), speaker_entity=speaker.entity,
                    speaker_label=speaker.label,
                ))
                break
        return found


def find_quotes(doc, entities: list[EntitySuggestion], text: str | None = None) -> list[QuoteSuggestion]:
    """Quote suggestions for one parsed article, in text order. Never raises on odd text.

    `text` is doc.text when the caller already has it (spaCy rebuilds it from every token).
    """
    text = doc.text if text is None else text
    if not text.strip() or not doc.has_annotation("DEP"):
        return []
    finder = _Finder(doc, entities, text)
    quoted = finder.quoted()
    found = quoted + finder.indirect(quoted)
    return sorted(found, key=lambda q: (q.start, q.end))
