"""brat standoff: a folder with NAME.txt and NAME.ann per article, plus annotation.conf."""

from __future__ import annotations

from pathlib import Path

from ..atomic import atomic_dir, safe_file_name
from .base import ExportContext
from .records import annotated_articles

DESCRIPTION = "brat standoff folder: .txt + .ann per article (T lines for entities and quotes, R lines for speakers)"
ACCEPTED_ONLY = True
QUOTE_LABELS = {"direct": "Direct_quote", "partial": "Partial_quote", "indirect": "Indirect_quote"}


def _one_line(text: str) -> str:
    return text.replace("\n", " ").replace("\r", " ").replace("\t", " ")


def write(ctx: ExportContext, out: Path) -> list[Path]:
    taken: set[str] = set()
    labels: set[str] = set()
    with atomic_dir(out) as folder:
        for item in ctx.articles(annotated_articles(ctx.store, accepted_only=ctx.accepted_only)):
            name = safe_file_name(item.article.id, taken)
            text = item.article.text
            (folder / f"{name}.txt").write_text(text, encoding="utf-8", newline="\n")
            lines, t = [], 0
            for s in item.spans:
                t += 1
                labels.add(s.label)
                lines.append(f"T{t}\t{s.label} {s.start} {s.end}\t{_one_line(text[s.start:s.end])}")
            r = 0
            for q in item.quotes:
                t += 1
                quote_t = t
                lines.append(f"T{t}\t{QUOTE_LABELS[q.kind]} {q.start} {q.end}\t{_one_line(text[q.start:q.end])}")
                if q.speaker_start is not None:
                    t += 1
                    r += 1
                    lines.append(f"T{t}\tSpeaker {q.speaker_start} {q.speaker_end}\t"
                                 f"{_one_line(text[q.speaker_start:q.speaker_end])}")
                    lines.append(f"R{r}\tSpeaker Arg1:T{t} Arg2:T{quote_t}")
            (folder / f"{name}.ann").write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8",
                                                newline="\n")
            ctx.count("articles")
        entities = "\n".join(sorted(labels | set(QUOTE_LABELS.values()) | {"Speaker"}))
        (folder / "annotation.conf").write_text(
            f"[entities]\n{entities}\n\n[relations]\nSpeaker\tArg1:Speaker, Arg2:{'|'.join(QUOTE_LABELS.values())}\n\n"
            "[events]\n\n[attributes]\n", encoding="utf-8")
    return [out]
