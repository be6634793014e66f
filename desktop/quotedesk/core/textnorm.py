"""Text normalisation done once at import, and the hash that guards it afterwards."""

from __future__ import annotations

import hashlib

BOM = "\ufeff"


def normalise_text(text: str) -> str:
    """Drop a leading BOM and turn CRLF / CR line ends into LF.

    Nothing else changes: offsets into the result are what every span uses.
    """
    if text.startswith(BOM):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
