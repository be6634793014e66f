"""Pretagging on several cores: worker processes parse AND analyse whole articles.

spaCy's own `nlp.pipe(n_process=...)` sends every parsed Doc back to the
parent (about half a megabyte each, with its tensors) and leaves the quote
finder to the parent; here only the small analyses travel back, so the
parent just writes rows and the workers keep both cores busy.

The results are exactly those of one process. The one input that changes
during a run is the project's surname index ("Peskov" -> "Dmitry Peskov"),
which grows as batches are saved. A worker analyses with an empty index that
records which surnames the analysis looked up; when the parent's index, at
the moment that article's turn comes, holds none of them, the worker's
analysis is what the parent would have computed. Otherwise (rare) the worker
has also sent the parsed Doc without tensors, and the parent analyses it again
with its index.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Iterator

from ..labels import LabelScheme
from .types import Analysis

# Enough queued batches that a worker never waits for the parent, few enough
# that a large project is never all in memory.
BATCHES_IN_FLIGHT_PER_WORKER = 2
DOC_EXCLUDE = ["tensor", "user_data"]

_worker: dict = {}


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


class NeedsTheIndex(Exception):
    """The analysis used the surname index in a way NamesAsked cannot record."""


class NamesAsked(dict):
    """An empty surname index that remembers every surname looked up in it.

    Lookups by key are recorded; any other use (iterating, sizing) raises
    NeedsTheIndex, so the article is analysed again in the parent instead
    of silently differing from a one-process run.
    """

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def __bool__(self) -> bool:  # so `known or {}` keeps this object
        return True

    def __contains__(self, key: object) -> bool:
        self.asked.add(key)
        return False

    def get(self, key, default=None):
        self.asked.add(key)
        return default

    def __getitem__(self, key):
        self.asked.add(key)
        raise KeyError(key)

    def _unrecorded(self, *_args, **_kwargs):
        raise NeedsTheIndex()

    __iter__ = __len__ = keys = values = items = copy = _unrecorded


@dataclass
class PieceResult:
    offset: int
    analysis: Analysis | None  # None: only the parent can analyse it (see NamesAsked)
    asked: set[str]
    doc_bytes: bytes | None  # only when the analysis may depend on the surname index


# -- in the worker --------------------------------------------------------------------


def _start_worker(pipeline, scheme: LabelScheme, parent: int) -> None:
    if isinstance(pipeline, str):  # spawned, not forked: load the pipeline here
        from .nlp import load_pipeline

        pipeline = load_pipeline(pipeline)
    _worker.update(nlp=pipeline, scheme=scheme)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    # A killed parent must not leave workers waiting forever on their queue.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _analyse_batch(batch: list[tuple[str, list[tuple[int, str]]]]) -> list[tuple[str, list[PieceResult]]]:
    from .runner import analyse_doc

    nlp, scheme = _worker["nlp"], _worker["scheme"]
    texts = [(piece, (n, offset)) for n, (_, pieces) in enumerate(batch) for offset, piece in pieces]
    results: list[list[PieceResult]] = [[] for _ in batch]
    for doc, (n, offset) in nlp.pipe(texts, as_tuples=True, batch_size=max(1, len(texts))):
        names = NamesAsked()
        try:
            analysis = analyse_doc(doc, scheme, names)
        except NeedsTheIndex:
            analysis = None
        data = doc.to_bytes(exclude=DOC_EXCLUDE) if names.asked or analysis is None else None
        results[n].append(PieceResult(offset, analysis, names.asked, data))
    return [(article_id, pieces) for (article_id, _), pieces in zip(batch, results)]


# -- in the parent ----------------------------------------------------------------------


def _context():
    # Forked workers share the loaded pipeline for free; elsewhere they load it by name.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def analyses_in_workers(
    nlp,
    pipeline_name: str | None,
    batches: Iterator[list[tuple[str, list[tuple[int, str]]]]],
    scheme: LabelScheme,
    known: dict[str, str],
    workers: int,
) -> Iterator[tuple[str, list[tuple[int, Analysis]]]]:
    """(article_id, [(offset, analysis) per piece]) in project order, as of `known` at each article's turn."""
    from spacy.tokens import Doc

    from .runner import analyse_doc

    context = _context()
    forked = context.get_start_method() == "fork"
    pipeline = nlp if forked or pipeline_name is None else pipeline_name
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(pipeline, scheme, os.getpid()))
    in_flight: deque[Future] = deque()
    try:
        for batch in batches:
            in_flight.append(pool.submit(_analyse_batch, batch))
            if len(in_flight) < workers * BATCHES_IN_FLIGHT_PER_WORKER:
                continue
            yield from _settled(in_flight.popleft(), known, scheme, nlp, Doc, analyse_doc)
        while in_flight:
            yield from _settled(in_flight.popleft(), known, scheme, nlp, Doc, analyse_doc)
    finally:
        # Cancelled or failed: drop queued batches; running ones finish (one batch at most).
        pool.shutdown(wait=True, cancel_futures=True)


def _settled(future: Future, known, scheme, nlp, Doc, analyse_doc):
    for article_id, pieces in future.result():
        settled = []
        for piece in pieces:
            analysis = piece.analysis
            if analysis is None or any(name in known for name in piece.asked):
                analysis = analyse_doc(Doc(nlp.vocab).from_bytes(piece.doc_bytes), scheme, known)
            settled.append((piece.offset, analysis))
        yield article_id, settled
