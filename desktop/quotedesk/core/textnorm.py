"""Text normalisation done once at import, and the hash that guards it afterwards."""

from __future__ import annotations

import bisect
import hashlib

BOM = "\ufeff"


def normalise_text(text: str) -> str:
    """Drop leading BOMs and turn CRLF / CR line ends into LF.

    Nothing else changes: offsets into the result are what every span uses.
    """
    # Re-saved or concatenated files can carry the mark more than once.
    text = text.lstrip(BOM)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def normalise_with_offsets(text: str) -> tuple[str, "OffsetMap"]:
    """Normalise text and return a map from offsets in the original to the result.

    Annotations that arrive with a text (JSONL, brat) count offsets in the
    text as it was; removing a BOM or the CR of CRLF shifts everything after.
    """
    removed: list[int] = []  # original indices of dropped characters, ascending
    out = []
    i = 0
    while i < len(text) and text[i] == BOM:  # every leading mark, as normalise_text drops
        removed.append(i)
        i += 1
    while i < len(text):
        ch = text[i]
        if ch == "\r":
            if i + 1 < len(text) and text[i + 1] == "\n":
                removed.append(i)
            else:
                out.append("\n")
                i += 1
                continue
        else:
            out.append(ch)
        i += 1
    return "".join(out), OffsetMap(removed, len(text))


class OffsetMap:
    def __init__(self, removed: list[int], original_length: int):
        self.removed = removed
        self.original_length = original_length

    def __call__(self, offset: int) -> int:
        return offset - bisect.bisect_left(self.removed, offset)
