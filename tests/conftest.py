"""Fixtures shared by the core tests: real project files in a temporary folder."""

from __future__ import annotations

import os

import pytest

# Qt tests anywhere in the suite must never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QUOTEDESK_ANNOTATOR", "tester")

from quotedesk.core.model import Article, Quote, Span  # noqa: E402
from quotedesk.core.store import Store  # noqa: E402

SAMPLE_TEXT = (
    "Vladimir Putin arrived in Pyongyang on Tuesday.\n\n"
    "\u201cWe value this friendship,\u201d Putin said. Kim Jong Un told reporters that the talks went well."
)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "project.qdesk")
    yield s
    s.close()


@pytest.fixture
def sample(store):
    """One article with two model entity suggestions and one model quote."""
    text = SAMPLE_TEXT
    putin = text.index("Putin said")
    quote_start = text.index("\u201cWe")
    quote_end = text.index("\u201d") + 1
    spans = [
        Span(article_id="", start=0, end=14, label="PERSON", id="s-putin-full"),
        Span(article_id="", start=26, end=35, label="GPE", id="s-pyongyang"),
        Span(article_id="", start=putin, end=putin + 5, label="PERSON", id="s-putin"),
    ]
    quotes = [
        Quote(article_id="", start=quote_start, end=quote_end, kind="direct", confidence=0.9,
              speaker_start=putin, speaker_end=putin + 5, cue_start=putin + 6, cue_end=putin + 10,
              id="q-1"),
    ]
    refs = {"s-putin-full": ("Vladimir Putin", "PERSON"), "s-putin": ("Vladimir Putin", "PERSON"),
            "q-1": ("Vladimir Putin", "PERSON")}
    store.import_articles([(Article(id="a1", text=text, title="Putin in Pyongyang"), spans, quotes, refs)])
    return store.article("a1")
