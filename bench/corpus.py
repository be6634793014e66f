"""Benchmark corpora generated from seeds/: the sample articles, repeated and varied.

Every article gets a unique dateline (city, bulletin number, reporter) and its
seed's paragraphs rotated, so texts differ (import skips exact duplicates) and
a reporter's name is a search term that hits exactly REPORTER_BLOCK articles
in any project of at least that size.

Annotations are made without a model, from the text alone: capitalised names
become entity spans, paired quotation marks become quotes with the nearest
following person as speaker. Their density matches what the pretagger finds
in the seeds (about 26 spans per 5,000 characters); what matters here is how
many rows there are, not how right they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from quotedesk.core.model import Article, Quote, Span
from quotedesk.core.pretag.marks import paired_spans
from quotedesk.core.textnorm import normalise_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REPORTER_BLOCK = 50
CITIES = ("Seoul", "Kyiv", "Moscow", "Hanoi", "Brussels", "Tbilisi", "Warsaw", "Tokyo", "Beijing", "Geneva")
FIRST = ("Maren", "Tomas", "Ilse", "Rafael", "Noor", "Oskar", "Lena", "Dario", "Ayla", "Henrik",
         "Sofia", "Emil", "Yara", "Pavel", "Ines", "Jonas", "Mira", "Teodor", "Alma", "Viktor")
SYLLABLES = ("ka", "lo", "ven", "dri", "mas", "tor", "bel", "quin", "rus", "fa",
             "zel", "nor", "pim", "sa", "gret", "hu", "lin", "vo", "dex", "ta")
NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")
LABEL_CYCLE = ("ORG", "GPE", "NORP", "PERSON", "GPE", "LOC", "EVENT", "MISC")
# Statuses as in a project part-way through review.
SPAN_STATUSES = ("suggested",) * 7 + ("accepted",) * 2 + ("rejected",)
ARTICLE_STATUSES = ("new",) * 6 + ("in_progress",) * 2 + ("done",) * 2


@lru_cache(maxsize=1)
def seed_texts() -> tuple[str, ...]:
    texts = tuple(normalise_text(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt")))
    if not texts:
        raise SystemExit(f"bench: no seed articles in {SEEDS}")
    return texts


def reporter(block: int) -> str:
    """A distinct made-up name for each block of articles (unique below 160,000 blocks)."""
    last = "".join(SYLLABLES[(block // len(FIRST) // 20 ** k) % 20] for k in range(3))
    return f"{FIRST[block % len(FIRST)]} {last.capitalize()}"


def search_term(block: int = 1) -> str:
    return f"Filed by {reporter(block)}."


def article_text(i: int) -> str:
    seed = seed_texts()[i % len(seed_texts())]
    paragraphs = seed.split("\n")
    turn = (i // len(seed_texts())) % len(paragraphs)
    body = "\n".join(paragraphs[turn:] + paragraphs[:turn]).strip("\n")
    header = f"{CITIES[i % len(CITIES)]}, bulletin {i + 1}. Filed by {reporter(i // REPORTER_BLOCK)}."
    return f"{header}\n\n{body}\n"


def plain_articles(count: int, start: int = 0) -> list[Article]:
    return [Article(id=f"art{i:06d}", text=article_text(i), title=f"Bulletin {i + 1}",
                    meta={"source": f"art{i:06d}.txt"}) for i in range(start, start + count)]


@dataclass
class Annotated:
    article: Article
    spans: list[Span]
    quotes: list[Quote]
    refs: dict[str, tuple[str, str]]

    def as_tuple(self):
        return self.article, self.spans, self.quotes, self.refs


def annotate(article: Article, every: int = 3, label_of=None) -> Annotated:
    """Entity spans on capitalised names (every `every`-th one) and quotes on paired marks."""
    text, key = article.text, article.id
    quotes_at = paired_spans(text)
    inside = [(q.start, q.end) for q in quotes_at]
    spans, refs, people = [], {}, []
    for n, found in enumerate(NAME.finditer(text)):
        if n % every:
            continue
        name = found.group()
        label = label_of(name, n) if label_of else ("PERSON" if " " in name else LABEL_CYCLE[len(name) % len(LABEL_CYCLE)])
        span = Span(article_id=key, start=found.start(), end=found.end(), label=label,
                    status=SPAN_STATUSES[n % len(SPAN_STATUSES)], id=f"{key}-s{n}")
        spans.append(span)
        if label in ("PERSON", "ORG"):
            refs[span.id] = (name, label)
        if label == "PERSON" and not any(s <= span.start < e for s, e in inside):
            people.append(span)
    quotes = []
    for n, marked in enumerate(quotes_at):
        speaker = next((p for p in people if 0 <= p.start - marked.end <= 120), None)
        quote = Quote(article_id=key, start=marked.start, end=marked.end, kind="direct",
                      status=SPAN_STATUSES[(n + 3) % len(SPAN_STATUSES)], confidence=0.8,
                      speaker_start=speaker.start if speaker else None,
                      speaker_end=speaker.end if speaker else None, id=f"{key}-q{n}")
        quotes.append(quote)
        if speaker is not None:
            refs[quote.id] = refs.get(speaker.id, (text[speaker.start:speaker.end], "PERSON"))
    return Annotated(article, spans, quotes, refs)


def annotated_articles(count: int, start: int = 0) -> list[Annotated]:
    items = []
    for article in plain_articles(count, start):
        position = int(article.id[3:])
        article.status = ARTICLE_STATUSES[position % len(ARTICLE_STATUSES)]
        article.pretagged_with = "en_bench-1.0"
        items.append(annotate(article))
    return items


# -- single articles for the article view ------------------------------------------------


def long_text(chars: int, first: int = 0) -> str:
    """Generated articles from number `first` on, joined, cut to about `chars` characters."""
    parts, size, i = [], 0, first
    while size < chars:
        piece = article_text(i)
        parts.append(piece)
        size += len(piece) + 1
        i += 1
    return "\n".join(parts)[:chars].rstrip() + "\n"


def dense_article(article_id: str, chars: int, spans: int, first: int = 0) -> Annotated:
    """An article of `chars` characters with exactly `spans` entity spans spread evenly over its words."""
    text = long_text(chars, first)
    words = [m for m in re.finditer(r"[A-Za-z][A-Za-z'-]+", text)]
    if len(words) < spans:
        raise ValueError(f"{chars} characters hold only {len(words)} words, fewer than {spans} spans")
    step = len(words) / spans
    chosen = [words[int(k * step)] for k in range(spans)]
    labels = ("PERSON", "ORG", "GPE", "NORP", "LOC", "EVENT")
    made = [Span(article_id=article_id, start=m.start(), end=m.end(), label=labels[k % len(labels)],
                 status=SPAN_STATUSES[k % len(SPAN_STATUSES)], id=f"{article_id}-s{k}")
            for k, m in enumerate(chosen)]
    quotes = [Quote(article_id=article_id, start=q.start, end=q.end, kind="direct", status="suggested",
                    confidence=0.8, id=f"{article_id}-q{n}") for n, q in enumerate(paired_spans(text))]
    return Annotated(Article(id=article_id, text=text, title=article_id), made, quotes, {})
