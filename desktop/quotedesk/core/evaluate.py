"""How good is the pretagger: its suggestions against a gold file or the analyst's corrections.

Matching rules:
- a found quote matches a true one when it covers at least half of it
  (one to one, greedily by overlap);
- a speaker mention is right when it overlaps the true speaker mention (and,
  for a true quote nobody is said to have said, when none is suggested);
  a true quote the model missed counts as a wrong speaker (end to end);
- a speaker entity is right when its canonical name equals the true one
  (case and spacing aside);
- entity spans must match exactly (start, end and label), once a leading
  "the" and a trailing possessive are set aside on both sides ("the Kremlin"
  = "Kremlin", "Putin's" = "Putin"): annotation styles differ there.
The model's guesses are its own rows (origin "model", whatever the analyst
later did with them), so evaluating a reviewed project is fair.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .store import Store
from .textnorm import normalise_text, text_hash

QUOTED = ("direct", "partial")


@dataclass
class QuoteRow:
    start: int
    end: int
    kind: str
    speaker: tuple[int, int] | None
    entity: str | None


@dataclass
class ArticleTruth:
    spans: set[tuple[int, int, str]]
    quotes: list[QuoteRow]


@dataclass
class Counts:
    true: int = 0
    found: int = 0
    matched_true: int = 0
    matched_found: int = 0

    @property
    def recall(self) -> float:
        return self.matched_true / self.true if self.true else 1.0

    @property
    def precision(self) -> float:
        return self.matched_found / self.found if self.found else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"true": self.true, "found": self.found, "recall": round(self.recall, 4),
                "precision": round(self.precision, 4), "f1": round(self.f1, 4)}


@dataclass
class Miss:
    """One quote the pretagger got wrong: missed, extra, wrong speaker mention or wrong entity."""

    article: str
    problem: str  # "missed" | "extra" | "speaker" | "entity"
    quote: str
    true_speaker: str | None = None
    true_entity: str | None = None
    found_speaker: str | None = None
    found_entity: str | None = None

    def line(self) -> str:
        quote = self.quote if len(self.quote) <= 60 else self.quote[:57] + "..."
        if self.problem in ("missed", "extra"):
            return f"{self.article}  {self.problem:<8} {quote!r}"
        return (f"{self.article}  {self.problem:<8} {quote!r}  true {self.true_speaker!r} ({self.true_entity}), "
                f"found {self.found_speaker!r} ({self.found_entity})")


@dataclass
class Report:
    articles: int = 0
    quoted: Counts = field(default_factory=Counts)
    indirect: Counts = field(default_factory=Counts)
    speaker_quoted: list[bool] = field(default_factory=list)
    speaker_all: list[bool] = field(default_factory=list)
    speaker_entity: list[bool] = field(default_factory=list)
    entities: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    misses: list["Miss"] = field(default_factory=list)  # what went wrong, quote by quote

    @staticmethod
    def _share(values: list[bool]) -> float:
        return sum(values) / len(values) if values else 1.0

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "quotes_in_marks": self.quoted.as_dict(),
            "indirect_quotes": self.indirect.as_dict(),
            "speaker_mention_accuracy_quotes_in_marks": round(self._share(self.speaker_quoted), 4),
            "speaker_mention_accuracy_all_quotes": round(self._share(self.speaker_all), 4),
            "speaker_entity_accuracy": round(self._share(self.speaker_entity), 4),
            "speaker_counts": {"quotes_in_marks": len(self.speaker_quoted), "all_quotes": len(self.speaker_all),
                               "named": len(self.speaker_entity)},
            "entities": {label: counts.as_dict() for label, counts in sorted(self.entities.items())},
        }


def span_key(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """An entity span without a leading article or a trailing possessive, for matching."""
    piece = text[start:end]
    if piece[:4].lower() == "the " and end - start > 4:
        start += 4
        while start < end and text[start] == " ":
            start += 1
    for tail in ("'s", "\u2019s", "'", "\u2019"):
        if text[start:end].endswith(tail) and end - len(tail) > start:
            end -= len(tail)
            break
    return start, end, label


def _name_key(name: str) -> str:
    """Names compare without case, spacing, a leading "the" or a possessive: "The Bell" = "Bell"."""
    key = " ".join(name.lower().replace("\u2019", "'").split())
    key = key[4:] if key.startswith("the ") else key
    return key[:-2] if key.endswith("'s") else key


def _same_name(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and _name_key(a) == _name_key(b)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_quotes(true: list[QuoteRow], found: list[QuoteRow]) -> dict[int, int]:
    """Index of true quote -> index of the found quote that covers at least half of it."""
    pairs = []
    for i, t in enumerate(true):
        for j, f in enumerate(found):
            shared = _overlap((t.start, t.end), (f.start, f.end))
            if shared * 2 >= t.end - t.start and shared > 0:
                pairs.append((shared, i, j))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _shared, i, j in sorted(pairs, reverse=True):
        if i not in matched and j not in used:
            matched[i] = j
            used.add(j)
    return matched


def add_article(report: Report, truth: ArticleTruth, guess: ArticleTruth, *, score_entities: bool = True,
                article_id: str = "", text: str = "") -> None:
    report.articles += 1

    def piece(extent) -> str | None:
        return text[extent[0]:extent[1]] if extent and text else None
    for group, kinds in ((report.quoted, QUOTED), (report.indirect, ("indirect",))):
        true = [q for q in truth.quotes if q.kind in kinds]
        found = [q for q in guess.quotes if q.kind in kinds]
        matched = match_quotes(true, found)
        group.true += len(true)
        group.found += len(found)
        group.matched_true += len(matched)
        group.matched_found += len(matched)
    # Speakers are judged end to end: a missed quote counts as a wrong speaker.
    matched_any = match_quotes(truth.quotes, guess.quotes)
    for i, t in enumerate(truth.quotes):
        f = guess.quotes[matched_any[i]] if i in matched_any else None
        if t.speaker is not None:
            right = f is not None and f.speaker is not None and _overlap(t.speaker, f.speaker) > 0
        else:  # nobody is named as saying it: right when the finder names nobody either
            right = f is not None and f.speaker is None
        report.speaker_all.append(right)
        if t.kind in QUOTED:
            report.speaker_quoted.append(right)
        entity_right = f is not None and _same_name(t.entity, f.entity)
        if t.entity:
            report.speaker_entity.append(entity_right)
        problem = "missed" if f is None else "speaker" if not right else "entity" if t.entity and not entity_right \
            else None
        if problem:
            report.misses.append(Miss(article_id, problem, piece((t.start, t.end)) or "", piece(t.speaker), t.entity,
                                      piece(f.speaker) if f else None, f.entity if f else None))
    matched_found = set(matched_any.values())
    for j, f in enumerate(guess.quotes):
        if j not in matched_found:
            report.misses.append(Miss(article_id, "extra", piece((f.start, f.end)) or "",
                                      found_speaker=piece(f.speaker), found_entity=f.entity))
    if not score_entities:
        return  # a gold file that annotates only quotes says nothing about entities
    labels = {label for *_, label in truth.spans | guess.spans}
    for label in labels:
        t = {s for s in truth.spans if s[2] == label}
        g = {s for s in guess.spans if s[2] == label}
        counts = report.entities[label]
        counts.true += len(t)
        counts.found += len(g)
        counts.matched_true += len(t & g)
        counts.matched_found += len(t & g)


def _quote_from_record(q: dict) -> QuoteRow:
    speaker = q.get("speaker")
    return QuoteRow(q["start"], q["end"], q["kind"],
                    (speaker["start"], speaker["end"]) if speaker else None, q.get("speaker_entity"))


def read_gold(path: Path) -> dict[str, tuple[str, ArticleTruth]]:
    """Gold articles by text hash: (id, truth). Every span and quote in the file counts."""
    gold = {}
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot be read as UTF-8 text ({exc}).", str(path)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = normalise_text(record["text"])
            truth = ArticleTruth(
                {span_key(text, s["start"], s["end"], s["label"]) for s in record.get("spans", [])
                 if s.get("status", "accepted") != "rejected"},
                [_quote_from_record(q) for q in record.get("quotes", []) if q.get("status", "accepted") != "rejected"],
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"is not a gold record in the native JSONL form ({exc}).", str(path), number) from exc
        gold[text_hash(text)] = (record.get("id", f"line-{number}"), truth)
    if not gold:
        raise InputError("holds no gold articles.", str(path))
    return gold


def _rows(store: Store, article_id: str, keep, text: str) -> ArticleTruth:
    names = store.entity_names()
    spans = {span_key(text, s.start, s.end, s.label) for s in store.spans(article_id) if keep(s)}
    quotes = [QuoteRow(q.start, q.end, q.kind, q.speaker, names.get(q.speaker_entity_id))
              for q in store.quotes(article_id) if keep(q)]
    return ArticleTruth(spans, quotes)


def model_guesses(store: Store, article_id: str, text: str) -> ArticleTruth:
    """The model's guesses: its own rows, whatever the analyst later did with them."""
    return _rows(store, article_id, lambda row: row.origin == "model", text)


def analyst_truth(store: Store, article_id: str, text: str) -> ArticleTruth:
    """What the analyst kept: accepted rows of any origin."""
    return _rows(store, article_id, lambda row: row.status == "accepted", text)


def guesses_from_analysis(analysis, text: str) -> ArticleTruth:
    """Suggestions straight from the pretagger (an Analysis), before they become rows."""
    return ArticleTruth(
        {span_key(text, e.start, e.end, e.label) for e in analysis.entities},
        [QuoteRow(q.start, q.end, q.kind, q.speaker, q.speaker_entity) for q in analysis.quotes],
    )


def evaluate_against_gold(store: Store, gold_path: Path) -> Report:
    """The project's model suggestions, for articles whose text is in the gold file."""
    gold = read_gold(gold_path)
    report = Report()
    for article in store.iter_articles():
        found = gold.get(article.text_hash or text_hash(article.text))
        if found is None or article.pretagged_with is None:
            continue
        add_article(report, found[1], model_guesses(store, article.id, article.text), article_id=found[0],
                    text=article.text,
                    score_entities=bool(found[1].spans))
    if report.articles == 0:
        raise InputError("shares no pretagged article text with the project.", str(gold_path))
    return report


def evaluate_against_analyst(store: Store) -> Report:
    """The model's suggestions against what the analyst kept, over reviewed articles."""
    report = Report()
    for article in store.iter_articles():
        if article.status == "new" or article.pretagged_with is None:
            continue
        add_article(report, analyst_truth(store, article.id, article.text),
                    model_guesses(store, article.id, article.text), article_id=article.id, text=article.text)
    return report


TARGETS = {
    "quotes_in_marks.recall": 0.95, "quotes_in_marks.precision": 0.95,
    "speaker_mention_accuracy_all_quotes": 0.90, "speaker_entity_accuracy": 0.90,
    "indirect_quotes.recall": 0.70,
}


def target_checks(figures: dict) -> list[tuple[str, float, float, bool]]:
    rows = []
    for key, target in TARGETS.items():
        value = figures
        for part in key.split("."):
            value = value[part]
        rows.append((key, value, target, value >= target))
    return rows


def format_report(figures: dict) -> str:
    q, i = figures["quotes_in_marks"], figures["indirect_quotes"]
    lines = [
        f"Articles evaluated        {figures['articles']}",
        f"Quotes in marks           recall {q['recall']:.3f}  precision {q['precision']:.3f}  F1 {q['f1']:.3f}"
        f"  ({q['true']} true, {q['found']} found)",
        f"Indirect quotes           recall {i['recall']:.3f}  precision {i['precision']:.3f}  F1 {i['f1']:.3f}"
        f"  ({i['true']} true, {i['found']} found)",
        f"Speaker mention right     {figures['speaker_mention_accuracy_quotes_in_marks']:.3f} of quotes in marks, "
        f"{figures['speaker_mention_accuracy_all_quotes']:.3f} of all quotes",
        f"Speaker entity right      {figures['speaker_entity_accuracy']:.3f} of quotes with a named speaker "
        f"({figures['speaker_counts']['named']})",
        "Entities                  " + "; ".join(
            f"{label} P {c['precision']:.2f} R {c['recall']:.2f} F {c['f1']:.2f}"
            for label, c in figures["entities"].items()) if figures["entities"] else "Entities                  none",
        "Targets                   " + ", ".join(
            f"{name} {value:.3f} {'≥' if ok else '<'} {target}" for name, value, target, ok in target_checks(figures)),
    ]
    return "\n".join(lines)
