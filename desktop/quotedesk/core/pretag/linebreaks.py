"""A pipeline step that starts a new sentence after every line break, before the parser runs.

News text puts headlines, datelines and paragraphs on lines of their own;
the small English model often parses a headline and the paragraph below it
as one sentence, attaching the body's subject to the headline's verb. The
parser keeps sentence starts set before it, so its parse stays inside
each line.
"""

from __future__ import annotations

from spacy.language import Language

NAME = "quotedesk_line_breaks"


@Language.component(NAME)
def line_breaks(doc):
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and "\n" in before.text and not token.is_space:
            token.is_sent_start = True
    return doc


def add_to(nlp) -> None:
    """Put the step before the parser (once); pipelines without a parser are left alone."""
    if "parser" in nlp.pipe_names and NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
