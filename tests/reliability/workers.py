"""Child processes the crash tests kill: each reports progress only after it is committed.

Run as `python workers.py KIND PROJECT [ARGS]`; every line on stdout is a
promise that the work it names is durable in the project file.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path


def edits_burst(project: str, seed: int) -> None:
    from quotedesk.core import edits
    from quotedesk.core.store import Store

    rng = random.Random(seed)
    store = Store(project)
    text_ids = store.article_ids()
    n = 0
    while True:
        article_id = rng.choice(text_ids)
        live = [s for s in store.spans(article_id) if s.status == "suggested" and s.origin == "model"]
        if live and rng.random() < 0.5:
            # Two row changes in one edit: the suggestion rejected, an analyst copy added.
            span = rng.choice(live)
            edit = edits.relabel_span(store, span.id, rng.choice([x for x in ("ORG", "GPE", "LOC") if x != span.label]))
            store.apply(edit)
            print(f"relabel {span.id} {edit.focus}", flush=True)
        else:
            text = store.article(article_id).text
            taken = [(s.start, s.end) for s in store.spans(article_id) if s.status != "rejected"]
            start = rng.randrange(0, len(text) - 3)
            if any(a < start + 3 and start < b for a, b in taken) or not text[start:start + 3].strip():
                continue
            edit = edits.add_span(store, article_id, start, start + 3, "MISC")
            store.apply(edit)
            print(f"add {edit.focus}", flush=True)
        n += 1


def import_all(project: str, folder: str) -> None:
    from quotedesk.core.importers import import_paths
    from quotedesk.core.store import Store

    with Store(project) as store:
        # "read" lines are progress only; "imported" is the promise that it is committed.
        result = import_paths(store, [Path(folder)],
                              progress=lambda done, total, _m: print(f"read {done}", flush=True))
    print(f"imported {result.added}", flush=True)


def pretag(project: str, n_process: int = 1) -> None:
    from quotedesk.core.pretag.runner import pretag_project
    from quotedesk.core.store import Store

    with Store(project) as store:
        pretag_project(store, batch_size=2, n_process=n_process,
                       progress=lambda done, total, _m: print(f"pretagged {done}", flush=True))


def export_to(project: str, fmt: str, out: str) -> None:
    from quotedesk.core.exporters import export
    from quotedesk.core.store import Store

    with Store(project) as store:
        # "exported N" is progress only; "done" says the output is in place.
        export(store, fmt, Path(out), include_all=True,
               progress=lambda done, total, _m: print(f"exported {done}", flush=True))
    print("done", flush=True)


if __name__ == "__main__":
    kind, project, *rest = sys.argv[1:]
    {"edits": lambda: edits_burst(project, int(rest[0])),
     "import": lambda: import_all(project, rest[0]),
     "pretag": lambda: pretag(project, int(rest[0]) if rest else 1),
     "export": lambda: export_to(project, rest[0], rest[1])}[kind]()
