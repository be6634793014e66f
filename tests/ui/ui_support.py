"""The small project the GUI tests open (two articles, model suggestions)."""

from __future__ import annotations

from quotedesk.core.model import Article, Quote, Span
from quotedesk.core.store import Store

TEXT_1 = (
    "Putin arrives in Pyongyang\n"
    "Vladimir Putin met Kim Jong Un on Tuesday in Pyongyang.\n"
    "\u201cWe value this friendship,\u201d Putin said. Lee Tae-lim, a professor, said the talks went well.\n"
)
TEXT_2 = "A second article about Seoul and the Kremlin. \u201cNo comment,\u201d a Kremlin spokesperson said.\n"


def build_project(path) -> Store:
    store = Store(path)
    t = TEXT_1
    spans = [
        Span(article_id="", start=t.index("Vladimir"), end=t.index("Vladimir") + 14, label="PERSON", id="s-vp"),
        Span(article_id="", start=t.index("Kim Jong"), end=t.index("Kim Jong") + 11, label="PERSON", id="s-kim"),
        Span(article_id="", start=t.index("Pyongyang."), end=t.index("Pyongyang.") + 9, label="GPE", id="s-pyo"),
        Span(article_id="", start=t.index("Putin said"), end=t.index("Putin said") + 5, label="PERSON", id="s-putin"),
    ]
    quote_start = t.index("\u201cWe")
    quotes = [Quote(article_id="", start=quote_start, end=t.index("\u201d") + 1, kind="direct", confidence=0.9,
                    speaker_start=t.index("Putin said"), speaker_end=t.index("Putin said") + 5, id="q-1")]
    refs = {"s-vp": ("Vladimir Putin", "PERSON"), "s-putin": ("Putin", "PERSON"), "s-kim": ("Kim Jong Un", "PERSON"),
            "q-1": ("Putin", "PERSON")}
    store.import_articles([
        (Article(id="one", text=t, title="Putin arrives in Pyongyang"), spans, quotes, refs),
        (Article(id="two", text=TEXT_2), [], [], {}),
    ])
    return store
