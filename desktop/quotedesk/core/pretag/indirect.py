"""Indirect quotes: reported speech without quotation marks.

"X said (that) CLAUSE", "CLAUSE, X said", "according to X, CLAUSE" and
"CLAUSE, according to X". The quote is the reported clause; a clause that
holds a quote in marks is left to that quote (quotes never overlap).
"""

from __future__ import annotations

from .cues import CONTENT_VERBS, EVIDENTIAL_VERBS, TELLING_VERBS
from .types import QuoteSuggestion

MIN_CLAUSE_CHARS = 12
MIN_CLAUSE_WORDS = 3
# Verbs common enough after a fronted clause ("The talks will resume, he said").
FRONTING_VERBS = frozenset("""say says said tell tells told add adds added report reports reported announce announced
announces write writes wrote state stated states confirm confirmed confirms warn warned warns claim claimed claims
insist insisted insists explain explained explains note noted notes""".split())


def find_indirect(finder, taken: list[tuple[int, int]]) -> list[QuoteSuggestion]:
    """Indirect quote suggestions; `taken` holds the stretches already quoted."""
    taken = list(taken)
    found = []
    for token in finder.doc:
        if token.lower_ not in CONTENT_VERBS or not finder.is_speech_verb(token) or finder.in_quote(token.idx):
            continue
        if any(c.dep_ == "neg" for c in token.children) or _is_question(token):
            continue
        clause = reported_clause(finder, token)
        if clause is None:
            continue
        start, end, how = clause
        if any(s < end and start < e for s, e in taken):
            first_part = _before_quoted_phrase(finder, start, end, taken)
            if first_part is None:
                # 'said the city had shut down "out of caution" and that no data was taken': the
                # second "that" clause is a statement of its own.
                later = _that_clause_after_quote(finder, start, end, taken)
                if later is None:
                    continue
                start, end = later
            else:
                end = first_part
        speaker = finder.speaker_of_cue(token)
        if speaker is None or start <= speaker.start < end:
            continue
        if token.lower_ in EVIDENTIAL_VERBS and (speaker.how not in ("named", "pronoun") or speaker.label is None):
            continue  # "satellite imagery suggests": evidence, not speech
        found.append(QuoteSuggestion(
            start=start, end=end, kind="indirect",
            confidence=_confidence(speaker, how, token.lower_ in EVIDENTIAL_VERBS),
            cue=(token.idx, token.idx + len(token)),
            speaker=(speaker.start, speaker.end), speaker_entity=speaker.entity, speaker_label=speaker.label,
        ))
        taken.append((start, end))
    found += according_to(finder, taken)
    return found


def _that_clause_after_quote(finder, start: int, end: int, taken) -> tuple[int, int] | None:
    """The "and that ..." part of a reported clause, after the last quote inside it, when it holds none."""
    last_quote = max(e for s, e in taken if s < end and start < e)
    for token in finder.doc[finder.token_at(last_quote).i:]:
        if token.idx >= end:
            break
        if token.lower_ == "that" and token.dep_ == "mark" and finder.doc[token.i - 1].lower_ == "and" \
                and token.idx >= last_quote:
            piece = finder.text[token.idx:end].rstrip(" .,;")
            if any(s < token.idx + len(piece) and token.idx < e for s, e in taken):
                return None
            if len(piece) >= MIN_CLAUSE_CHARS and len(piece.split()) >= MIN_CLAUSE_WORDS:
                return token.idx, token.idx + len(piece)
    return None


def _before_quoted_phrase(finder, start: int, end: int, taken) -> int | None:
    """"X said A, calling it "B"": the clause up to the comma before the phrase that holds the quote.

    A quote inside the clause itself ("X said the deal was "dead"") wins: no clause is left.
    """
    first_quote = min(s for s, e in taken if s < end and start < e)
    if first_quote <= start:
        return None
    joined = _statement_before_and(finder, start, first_quote)
    if joined is None:
        joined = _statement_before_second_part(finder, start, first_quote)
    if joined is not None:
        return joined
    comma = finder.text.rfind(",", start, first_quote)
    if comma < 0:
        return None
    after = finder.token_at(comma + 1)
    while after.i + 1 < len(finder.doc) and (after.is_space or after.idx <= comma):
        after = finder.doc[after.i + 1]
    if not (after.tag_ == "VBG" or after.tag_ in ("WDT", "WP")):
        return None  # the comma sits inside the clause ("munitions, along with drones, had ...")
    piece = finder.text[start:comma].rstrip()
    if len(piece) < MIN_CLAUSE_CHARS or len(piece.split()) < MIN_CLAUSE_WORDS:
        return None
    return start + len(piece)


def _statement_before_and(finder, start: int, first_quote: int) -> int | None:
    """"said the driver had been fined four times and "should never have been behind the wheel"": a
    statement of its own (a clause with its own verb) before "and" or "but" and the quoted part."""
    words = finder.text[start:first_quote].rstrip().rsplit(" ", 1)
    if len(words) != 2 or words[1] not in ("and", "but"):
        return None
    piece = words[0].rstrip(" ,")
    if not _is_statement(finder, start, piece) or len(piece.split()) < 2 * MIN_CLAUSE_WORDS:
        return None
    return start + len(piece)


def _statement_before_second_part(finder, start: int, first_quote: int) -> int | None:
    """The statement before "and" or "but" when what follows it, up to the quote, is a second part of its
    own: a second verb ("said the council had not consulted tenants and described the plan as "a
    stitch-up"", "said it had not declared a catastrophe but was "monitoring the situation""), or a second
    "that" clause ("said the site had been inspected and that a "stop work" order was issued").
    The quote in marks belongs to the second part; the first is reported speech of its own."""
    first = finder.token_at(start).i
    for token in reversed(finder.doc[first:finder.token_at(first_quote - 1).i]):
        if token.lower_ not in ("and", "but") or token.i + 1 >= len(finder.doc):
            continue
        following = finder.doc[token.i + 1]
        if not (following.lower_ == "that" and following.dep_ == "mark" or following.tag_ in ("VBD", "VBZ", "MD")):
            continue
        piece = finder.text[start:token.idx].rstrip(" ,")
        return start + len(piece) if _is_statement(finder, start, piece) else None
    return None


def _is_statement(finder, start: int, piece: str) -> bool:
    """A clause with its own subject and verb, long enough to be reported speech."""
    if len(piece) < MIN_CLAUSE_CHARS or len(piece.split()) < MIN_CLAUSE_WORDS:
        return False
    tokens = finder.doc[finder.token_at(start).i:finder.token_at(start + len(piece) - 1).i + 1]
    if (tokens[0].tag_ in ("WRB", "WP", "WDT") and tokens[0].lower_ != "that") or tokens[0].lower_ in ("whether", "if"):
        return False  # "declined to say how many jobs would go": a question left open, not a statement
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in tokens) and any(
        t.pos_ in ("VERB", "AUX") for t in tokens)


def _confidence(speaker, how: str, evidential: bool) -> float:
    score = {"complement": 0.75, "fronted": 0.7}[how]
    if speaker.how in ("noun", "description"):
        score -= 0.1
    if speaker.how == "pronoun" and speaker.entity is None:
        score -= 0.15
    if evidential:
        score -= 0.15
    return round(score, 4)


def _is_question(token) -> bool:
    """"asked whether ...", "did not say if ...": the reported clause itself opens with whether/if.

    Only the clause's own first word counts: "said she would go if they were freed" is a statement.
    """
    for clause in token.children:
        if clause.dep_ in ("ccomp", "advcl") and clause.i > token.i:
            first = clause.left_edge
            if first.lower_ in ("whether", "if") and first.dep_ == "mark" and first.head.i == clause.i:
                return True
    return False


def reported_clause(finder, verb) -> tuple[int, int, str] | None:
    """(start, end, how) of the clause a speech verb reports, if it has one."""
    sent = finder.index.sent_at(verb.idx)
    after = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i] or _that_clause_of_phrase(verb)
    if after:
        clause = after[0]
        start = clause.left_edge.idx
        # "told The BMJ that calls had tripled": the parse hangs "that calls" on the object.
        for obj in verb.children:
            if obj.dep_ in ("dobj", "dative") and obj.i < clause.left_edge.i and verb.lower_ in TELLING_VERBS:
                that = finder.doc[obj.i + 1] if obj.i + 1 < len(finder.doc) else None
                if that is not None and that.lower_ == "that" and that.i < clause.left_edge.i:
                    start = that.idx
        end = _clause_end(finder, verb, clause, sent)
        return _checked(finder, start, end, "complement")
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    if verb.lower_ not in FRONTING_VERBS:
        return None
    if before:
        clause = before[0]
        if subjects and subjects[0].i < clause.i:
            return None
        right = _fronted_end(finder.doc, verb, subjects, clause.right_edge)
        while (right.is_punct or right.is_space) and right.i > clause.left_edge.i:
            right = finder.doc[right.i - 1]
        # The parse may run a headline into the paragraph below it: keep the verb's paragraph.
        para_start = finder.text.rfind("\n", 0, verb.idx) + 1
        start = clause.left_edge.idx
        if start < para_start:
            first = finder.token_at(para_start)
            while first.i < right.i and (first.is_space or first.idx < para_start):
                first = finder.doc[first.i + 1]
            start = first.idx
        if start <= para_start:
            start = finder.doc[_after_dateline(finder.doc, finder.token_at(start).i, right.i)].idx
        return _checked(finder, start, right.idx + len(right), "fronted")
    # The parser did not link a fronted clause: "CLAUSE, the Kremlin says."
    if not subjects:
        return None
    left = (subject_after_fronted_clause(verb, subjects) or subjects[0]).left_edge
    comma = finder.doc[left.i - 1] if left.i > sent.start else None
    if comma is None or comma.text != ",":
        return None
    begin = max(sent.start, finder.token_at(finder.text.rfind("\n", 0, verb.idx) + 1).i)
    while begin < comma.i and (finder.doc[begin].is_space or finder.doc[begin].is_punct):
        begin += 1
    begin = _after_dateline(finder.doc, begin, comma.i)
    part = finder.doc[begin:comma.i]
    # A clause of its own ("The talks will resume, ..."), not "After the talks ended, ...".
    if not part or part[0].tag_ in ("IN", "WRB", "RB", "VBG", "VBN", "TO") or part[0].dep_ == "mark":
        return None
    # ...with a subject, or in headline style: "Russian president to meet Kim, the Kremlin says."
    headline = any(t.tag_ == "TO" and t.head.tag_ == "VB" for t in part)
    if not headline and not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in part):
        return None
    if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in part):
        return None
    first, last = finder.doc[begin], finder.doc[comma.i - 1]
    return _checked(finder, first.idx, last.idx + len(last), "fronted")


def subject_after_fronted_clause(verb, subjects):
    """"MUSCAT: Fourteen people were injured, three of them seriously, ..., the police said": the parse gave
    the verb a subject inside the fronted clause too; the one between the last comma and the verb speaks.
    None when the verb has one subject, or the last is not set off that way."""
    if len(subjects) < 2:
        return None
    last = subjects[-1]
    doc = verb.doc
    if last.i > verb.i or last.left_edge.i == 0 or doc[last.left_edge.i - 1].text != ",":
        return None
    if any(t.tag_ in ("WP$", "WP", "WDT") for t in last.subtree):
        return None  # "Ariane St-Onge, whose ward ..., said": a relative clause, not the speaker
    if any(not (t.is_punct or t.is_space) for t in doc[last.right_edge.i + 1:verb.i]):
        return None
    return last


def _fronted_end(doc, verb, subjects, right):
    """"Fourteen people were injured, three of them seriously, when ..., the police said": the parse may end
    the fronted clause early and hang the rest on the verb; all up to the comma before the subject is said."""
    subject = subject_after_fronted_clause(verb, subjects) or (subjects[-1] if subjects else None)
    if subject is None or subject.left_edge.i == 0:
        return right
    comma = doc[subject.left_edge.i - 1]
    if comma.text != "," or comma.i <= right.i + 1 or any("\n" in t.text for t in doc[right.i:comma.i]):
        return right
    return doc[comma.i - 1]


def _after_dateline(doc, begin: int, end: int) -> int:
    """Where a paragraph's clause starts past its dateline ("MUSCAT: ", "LAKE CHARLES, La. — ")."""
    depth = 0
    for t in doc[begin:min(begin + 10, end)]:
        if t.text in (":", "\u2014", "\u2013", "-", "--") and t.whitespace_ and depth == 0:
            return t.i + 1
        depth += (t.text == "(") - (t.text == ")")
        # Capitalised words, a date and an agency in brackets: "WICHITA, Kansas, Sept 12 (Reuters) -".
        if not (t.text[:1].isupper() or t.is_punct or t.like_num or depth > 0 or t.text == ")"):
            return begin
    return begin


def _own_statement(finder, token) -> bool:
    """A speech verb with a subject of its own: someone else's statement starts here."""
    return token.lower_ in CONTENT_VERBS and finder.is_speech_verb(token) and any(
        c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in token.children)


def _second_statement(finder, clause, token) -> bool:
    """"said A and insisted B": the parser hangs the second speech verb on A; B is a statement of its own."""
    return token.dep_ == "conj" and token.head.i == clause.i and token.lower_ in CONTENT_VERBS \
        and finder.is_speech_verb(token) and any(c.dep_ == "ccomp" for c in token.children)


STATEMENT_NOUNS = frozenset("""statement interview letter post speech message briefing conference tweet comments
remarks report note address email paper submission filing memo""".split())


def _that_clause_of_phrase(verb) -> list:
    """"said in a statement that ...", "told the tribunal that ...": the parser hangs the clause on the noun."""
    for obj in verb.children:
        if obj.dep_ in ("dobj", "dative") and obj.i > verb.i and verb.lower_ in TELLING_VERBS:
            for clause in obj.children:
                if clause.dep_ == "acl" and _opens_with_that(clause):
                    return [clause]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            if noun.lower_ in STATEMENT_NOUNS:
                # "in a statement that ...", "in a paper submitted to the panel that ...".
                clauses = (c for c in noun.subtree if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i)
            else:
                # "told analysts on a conference call that the company expected ...": a "that" clause with a
                # subject of its own is what was said, whatever noun the parse hangs it on.
                clauses = (c for c in noun.children if c.dep_ in ("acl", "relcl") and any(
                    s.dep_ in ("nsubj", "nsubjpass") and s.i > c.left_edge.i for s in c.children))
            clause = next((c for c in clauses if _opens_with_that(c)), None)
            if clause is not None:
                return [clause]
    return []


def _opens_with_that(clause) -> bool:
    return clause.left_edge.lower_ == "that" and clause.left_edge.dep_ == "mark"


def _clause_end(finder, verb, clause, sent) -> int:
    """The clause's last character; the rest of the sentence belongs to it unless another cue starts there."""
    right = clause.right_edge
    # "X said A, while Y said B": the parser may hang Y's statement inside X's clause.
    for t in clause.subtree:
        if t.i > clause.i and (_own_statement(finder, t) or _second_statement(finder, clause, t)):
            right = finder.doc[max(clause.left_edge.i, t.left_edge.i - 1)]
            while (right.is_punct or right.is_space or right.dep_ == "cc") and right.i > clause.left_edge.i:
                right = finder.doc[right.i - 1]
            return right.idx + len(right)
    rest = list(finder.doc[right.i + 1:sent.end])
    while rest and rest[-1].is_space:
        rest.pop()
    newline = any("\n" in t.text for t in rest)
    # ", adding that ...", "and warned that ...": a second statement, not more of this one.
    cue_after = any(t.lower_ == "according" or finder.is_speech_verb(t) and (
        t.head.i == verb.i or t.dep_ == "ROOT") or _own_statement(finder, t) for t in rest)
    if not newline and not cue_after and any(t.is_alpha for t in rest):
        right = sent[-1]
    while (right.is_punct and not _closing_mark(right)) and right.i > clause.left_edge.i or right.is_space:
        right = finder.doc[right.i - 1]
    return right.idx + len(right)


def _closing_mark(token) -> bool:
    """A closing quotation mark ends a title or term inside the clause: it stays."""
    return token.is_quote and token.i > 0 and not token.doc[token.i - 1].is_space and token.whitespace_ == ""


def _checked(finder, start: int, end: int, how: str) -> tuple[int, int, str] | None:
    text = finder.text[start:end]
    if "\n" in text:
        return None
    if end - start < MIN_CLAUSE_CHARS or len(text.split()) < MIN_CLAUSE_WORDS:
        return None
    return start, end, how


def according_to(finder, taken: list[tuple[int, int]]) -> list[QuoteSuggestion]:
    """'According to X, CLAUSE' with no quotation marks: the sentence is X's claim."""
    from .quotes import cue_extent, is_according

    found = []
    doc, text = finder.doc, finder.text
    for sent in finder.index.sents:
        if any(s < sent.end_char and sent.start_char < e for s, e in taken):
            continue
        for token in sent:
            if not is_according(token):
                continue
            speaker = finder.speaker_of_cue(token)
            if speaker is None:
                continue
            phrase = sorted(token.subtree, key=lambda t: t.i)
            p_start = phrase[0].idx
            p_end = max(phrase[-1].idx + len(phrase[-1]), speaker.end)
            para_start = text.rfind("\n", 0, token.idx) + 1
            para_end = text.find("\n", token.idx)
            para_end = len(text) if para_end == -1 else para_end
            rest = [t for t in sent if not (p_start <= t.idx < p_end) and not t.is_space
                    and para_start <= t.idx < para_end]
            while rest and rest[0].is_punct:
                rest.pop(0)
            while rest and rest[-1].is_punct:
                rest.pop()
            if len([t for t in rest if not t.is_punct]) < 4:
                continue
            start, end = rest[0].idx, rest[-1].idx + len(rest[-1])
            if p_start < end and start < p_end:
                # the phrase sits in the middle: keep the longer side
                left = text[start:p_start].rstrip(" ,")
                right_start = p_end
                while right_start < end and text[right_start] in " ,":
                    right_start += 1
                if len(left) >= end - right_start:
                    end = start + len(left)
                else:
                    start = right_start
            found.append(QuoteSuggestion(
                start=start, end=end, kind="indirect",
                confidence=0.7 if speaker.how == "named" else 0.6,
                cue=cue_extent(doc, token),
                speaker=(speaker.start, speaker.end), speaker_entity=speaker.entity, speaker_label=speaker.label,
            ))
            taken.append((start, end))
            break
    return found
