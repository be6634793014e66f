"""brat standoff: a folder with NAME.txt and NAME.ann per article, plus annotation.conf.

T lines for entity spans (their label) and quotes (Direct_quote,
Partial_quote, Indirect_quote); each quote's speaker mention and cue are T
lines labelled Speaker and Cue, linked to the quote by R lines of the same
name. File names come from article ids made safe (core/atomic.safe_file_name).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..atomic import atomic_dir, safe_file_name
from .base import ExportContext
from .records import AnnotatedArticle

DESCRIPTION = "brat standoff folder: .txt + .ann per article (T lines for entities and quotes, R lines for speakers)"
QUOTE_LABELS = {"direct": "Direct_quote", "partial": "Partial_quote", "indirect": "Indirect_quote"}
LINKS = (("Speaker", "speaker_start", "speaker_end"), ("Cue", "cue_start", "cue_end"))


def _one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ").replace("\t", " ")


def brat_label(label: str) -> str:
    """brat type names cannot hold white space."""
    return re.sub(r"\s+", "_", label.strip()) or "ENTITY"


def ann_lines(item: AnnotatedArticle) -> tuple[list[str], set[str]]:
    """The .ann lines of one article, and the entity labels used."""
    text = item.article.text
    lines: list[str] = []
    labels: set[str] = set()
    t_ids: dict[tuple[str, int, int], str] = {}
    relations = 0

    def text_bound(label: str, start: int, end: int) -> str:
        key = (label, start, end)
        if key not in t_ids:  # two quotes by one speaker mention share its T line
            t_ids[key] = f"T{len(t_ids) + 1}"
            lines.append(f"{t_ids[key]}\t{label} {start} {end}\t{_one_line(text[start:end])}")
        return t_ids[key]

    for s in item.spans:
        labels.add(brat_label(s.label))
        text_bound(brat_label(s.label), s.start, s.end)
    for q in item.quotes:
        quote = text_bound(QUOTE_LABELS[q.kind], q.start, q.end)
        for name, start_field, end_field in LINKS:
            start, end = getattr(q, start_field), getattr(q, end_field)
            if start is None:
                continue
            other = text_bound(name, start, end)
            relations += 1
            lines.append(f"R{relations}\t{name} Arg1:{other} Arg2:{quote}")
    return lines, labels


def annotation_conf(labels: set[str]) -> str:
    entities = "\n".join(sorted(labels | set(QUOTE_LABELS.values()) | {name for name, *_ in LINKS}))
    quotes = "|".join(QUOTE_LABELS.values())
    return (f"[entities]\n{entities}\n\n[relations]\nSpeaker\tArg1:Speaker, Arg2:{quotes}\n"
            f"Cue\tArg1:Cue, Arg2:{quotes}\n\n[events]\n\n[attributes]\n")


def write(ctx: ExportContext, out: Path) -> list[Path]:
    taken: set[str] = set()
    labels: set[str] = set()
    with atomic_dir(out) as folder:
        for item in ctx.training_articles():
            name = safe_file_name(item.article.id, taken)
            (folder / f"{name}.txt").write_text(item.article.text, encoding="utf-8", newline="\n")
            lines, used = ann_lines(item)
            labels |= used
            (folder / f"{name}.ann").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8",
                                                newline="\n")
            ctx.count("articles")
            if name != item.article.id:
                ctx.count("file names changed from article ids")
        (folder / "annotation.conf").write_text(annotation_conf(labels), encoding="utf-8", newline="\n")
    return [out]
