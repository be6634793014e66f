"""Country names, read once from resources/places/countries.txt.

A company's name may open with the country that owns it ("Taiwan's Jade
Pacific Airlines"); when the model tags the whole run as one organisation,
only a list of countries tells the owner from the name.
"""

from __future__ import annotations

from functools import lru_cache

from ..resources import resource_path


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    lines = resource_path("places", "countries.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
