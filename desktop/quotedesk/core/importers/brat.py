"""brat standoff: a .txt file and its .ann annotations beside it.

T lines become entity spans, or quotes for the labels QuoteDesk's brat export
writes (Direct_quote, Partial_quote, Indirect_quote); R lines named Speaker
(or Cue) link a quote to its speaker mention (or cue), given as T lines
labelled Speaker (or Cue). Attributes, normalisations, events, equivalences
and notes (A, M, N, E, *, #) are skipped; any other line is refused.
Offsets count characters of the .txt as written and are moved onto the
normalised text here.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Article, Quote, Span
from ..textnorm import BOM, normalise_with_offsets
from .common import ImportItem, check_extent, headline_of, read_text

DESCRIPTION = ("brat standoff: a .txt with a same-named .ann beside it "
               "(T lines, and Speaker/Cue R lines linking quotes; other line types skipped)")
SUFFIXES = (".ann",)
QUOTE_LABELS = {"Direct_quote": "direct", "Partial_quote": "partial", "Indirect_quote": "indirect"}
LINK_LABELS = {"Speaker": "speaker", "Cue": "cue"}
SKIPPED_LINE_TYPES = "AMNE*#"


def read(txt_path: Path) -> list[ImportItem]:
    ann_path = txt_path.with_suffix(".ann")
    raw = read_text(txt_path)
    text, to_new = normalise_with_offsets(raw)
    if not text.strip():
        raise InputError("holds only white space.", str(txt_path))
    ann = read_text(ann_path, allow_empty=True).removeprefix(BOM)
    item = ImportItem(Article(id=txt_path.stem, text=text, title=headline_of(text),
                              meta={"source": txt_path.name, "annotations": ann_path.name}))
    bounds: dict[str, tuple[str, int, int]] = {}
    relations: list[tuple[list[str], int]] = []
    for number, line in enumerate(ann.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        kind = line[0]
        if kind in SKIPPED_LINE_TYPES:
            continue
        parts = line.split("\t")
        if kind == "R":
            relations.append((parts, number))
        elif kind == "T":
            key, extent = _text_bound(parts, raw, ann_path, number)
            if key in bounds:
                raise InputError(f"defines {key} a second time.", str(ann_path), number)
            label, start, end = extent
            start, end = to_new(start), to_new(end)
            if not text[start:end].strip():
                raise InputError(f"{key} covers only white space.", str(ann_path), number)
            bounds[key] = (label, start, end)
        else:
            raise InputError(f"is not a brat annotation line (it starts with {kind!r}).", str(ann_path), number)
    quotes: dict[str, Quote] = {}
    for key, (label, start, end) in bounds.items():
        if label in QUOTE_LABELS:
            quotes[key] = Quote(article_id="", start=start, end=end, kind=QUOTE_LABELS[label],
                                origin="analyst", status="accepted")
        elif label not in LINK_LABELS:
            item.spans.append(Span(article_id="", start=start, end=end, label=label,
                                   origin="analyst", status="accepted"))
    for parts, number in relations:
        _link(parts, bounds, quotes, ann_path, number)
    item.quotes.extend(quotes.values())
    return [item]


def _text_bound(parts: list[str], raw: str, path: Path, number: int) -> tuple[str, tuple[str, int, int]]:
    """A T line's id and (label, start, end), checked against the text as written."""
    if len(parts) < 2 or " " not in parts[1]:
        raise InputError("is not a brat T line (expected 'T1<TAB>LABEL START END<TAB>text').", str(path), number)
    label, _, offsets = parts[1].partition(" ")
    if ";" in offsets:
        raise InputError("has a discontinuous span, which QuoteDesk cannot represent.", str(path), number)
    try:
        start, end = (int(x) for x in offsets.split())
    except ValueError:
        raise InputError(f"has offsets {offsets!r} that are not two whole numbers.", str(path), number) from None
    check_extent(raw, start, end, path, number, "span")
    written = raw[start:end]
    # Line breaks and tabs inside an annotation's text are written as spaces.
    if len(parts) > 2 and parts[2] != _one_line(written):
        raise InputError(f"says {parts[2]!r} but the text at {start}-{end} is {written!r}.", str(path), number)
    return parts[0], (label, start, end)


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def _link(parts: list[str], bounds: dict, quotes: dict[str, Quote], path: Path, number: int) -> None:
    """A Speaker or Cue relation between a quote and a Speaker/Cue T line (either argument order)."""
    try:
        name, arg1, arg2 = parts[1].split()
        first, second = arg1.split(":", 1)[1], arg2.split(":", 1)[1]
    except (IndexError, ValueError):
        raise InputError("is not a brat R line (expected 'R1<TAB>Speaker Arg1:T1 Arg2:T2').", str(path), number) \
            from None
    if name not in LINK_LABELS:
        return  # a relation QuoteDesk does not model
    if first not in bounds or second not in bounds:
        raise InputError(f"links {first} and {second}, which are not both defined.", str(path), number)
    if second not in quotes:
        first, second = second, first
    if second not in quotes:
        raise InputError(f"links no quote: a {name} relation needs a *_quote span.", str(path), number)
    _, start, end = bounds[first]
    if LINK_LABELS[name] == "speaker":
        quotes[second].speaker_start, quotes[second].speaker_end = start, end
    else:
        quotes[second].cue_start, quotes[second].cue_end = start, end
