"""Text normalisation done once at import, and the hash that guards it afterwards."""

from __future__ import annotations

import bisect

BOM = "\ufeff"
# What may open a text and is dropped there: byte order marks, and U+FFFE (a byte-swapped mark
# left by a bad conversion). Qt drops both at the start of a text, so keeping one would put
# every highlight in the app one character off.
LEADING_MARKS = BOM + "\ufffe"


def normalise_text(text: str) -> str:
    """Drop leading BOMs and turn CRLF / CR line ends into LF.

    Nothing else changes: offsets into the result are what every span uses.
    """
    # Re-saved or concatenated files can carry the mark more than once.
    text = text.lstrip(LEADING_MARKS)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_hash(text: str) -> str:
    import hashlib  # here, not at the top: OpenSSL's loading is a few ms the app's start-up need not wait for

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def normalise_with_offsets(text: str) -> tuple[str, "OffsetMap"]:
    """Normalise text and return a map from offsets in the original to the result.

    Annotations that arrive with a text (JSONL, brat) count offsets in the
    text as it was; removing a BOM or the CR of CRLF shifts everything after.
    """
    # Found with str methods, not a loop per character: a 10,000-article
    # JSONL file took half a minute that way.
    lead = len(text) - len(text.lstrip(LEADING_MARKS))  # every leading mark, as normalise_text drops
    removed = list(range(lead))  # original indices of dropped characters, ascending
    crlf = text.find("\r\n", lead)
    while crlf != -1:
        removed.append(crlf)
        crlf = text.find("\r\n", crlf + 2)
    return normalise_text(text), OffsetMap(removed, len(text))


class OffsetMap:
    def __init__(self, removed: list[int], original_length: int):
        self.removed = removed
        self.original_length = original_length

    def __call__(self, offset: int) -> int:
        return offset - bisect.bisect_left(self.removed, offset)
