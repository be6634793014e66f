"""brat standoff: a .txt file and its .ann annotations beside it.

T lines become entity spans (or quotes, for the labels QuoteDesk exports:
Direct_quote, Partial_quote, Indirect_quote); R lines named Speaker link a
quote to its speaker mention. Other line types (A, E, N, #) are ignored.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Article, Quote, Span
from ..textnorm import normalise_with_offsets
from .common import ImportItem, check_extent, read_text
from .text import title_of

DESCRIPTION = "brat standoff: a .txt file with a same-named .ann beside it (T and Speaker R lines)"
QUOTE_LABELS = {"Direct_quote": "direct", "Partial_quote": "partial", "Indirect_quote": "indirect"}
SPEAKER_LABELS = {"Speaker", "Cue"}


def read(txt_path: Path) -> list[ImportItem]:
    ann_path = txt_path.with_suffix(".ann")
    raw = read_text(txt_path)
    text, to_new = normalise_with_offsets(raw)
    ann = ann_path.read_text(encoding="utf-8") if ann_path.stat().st_size else ""
    item = ImportItem(Article(id=txt_path.stem, text=text, title=title_of(text),
                              meta={"source": txt_path.name, "annotations": ann_path.name}))
    bounds: dict[str, tuple[str, int, int]] = {}
    relations: list[tuple[list[str], int]] = []
    for number, line in enumerate(ann.splitlines(), start=1):
        if not line.strip() or line[0] not in "TR":
            continue
        parts = line.split("\t")
        if line[0] == "R":
            relations.append((parts, number))
            continue
        if len(parts) < 2 or " " not in parts[1]:
            raise InputError("is not a brat T line (expected 'T1<TAB>LABEL START END<TAB>text').",
                             str(ann_path), number)
        label, _, offsets = parts[1].partition(" ")
        if ";" in offsets:
            raise InputError("has a discontinuous span, which QuoteDesk cannot represent.", str(ann_path), number)
        try:
            start, end = (int(x) for x in offsets.split())
        except ValueError:
            raise InputError(f"has offsets {offsets!r} that are not two whole numbers.", str(ann_path), number)
        check_extent(raw, start, end, ann_path, number, "span")
        if len(parts) > 2 and parts[2] != raw[start:end].replace("\n", " ").replace("\r", " "):
            raise InputError(f"says {parts[2]!r} but the text at {start}-{end} is {raw[start:end]!r}.",
                             str(ann_path), number)
        bounds[parts[0]] = (label, to_new(start), to_new(end))
    quotes: dict[str, Quote] = {}
    for key, (label, start, end) in bounds.items():
        if label in QUOTE_LABELS:
            quotes[key] = Quote(article_id="", start=start, end=end, kind=QUOTE_LABELS[label],
                                origin="analyst", status="accepted")
        elif label not in SPEAKER_LABELS:
            item.spans.append(Span(article_id="", start=start, end=end, label=label,
                                   origin="analyst", status="accepted"))
    for parts, number in relations:
        _link(parts, bounds, quotes, ann_path, number)
    item.quotes.extend(quotes.values())
    return [item]


def _link(parts: list[str], bounds: dict, quotes: dict[str, Quote], path: Path, number: int) -> None:
    """A Speaker relation: Arg1 is the speaker mention, Arg2 the quote (either order accepted)."""
    try:
        name, arg1, arg2 = parts[1].split()
        first, second = arg1.split(":", 1)[1], arg2.split(":", 1)[1]
    except (IndexError, ValueError):
        raise InputError("is not a brat R line (expected 'R1<TAB>Speaker Arg1:T1 Arg2:T2').", str(path), number)
    if name != "Speaker":
        return
    if first not in bounds or second not in bounds:
        raise InputError(f"links {first} and {second}, which are not both defined.", str(path), number)
    if second not in quotes:
        first, second = second, first
    if second not in quotes:
        raise InputError("links no quote: a Speaker relation needs a *_quote span.", str(path), number)
    _, speaker_start, speaker_end = bounds[first]
    quotes[second].speaker_start, quotes[second].speaker_end = speaker_start, speaker_end
