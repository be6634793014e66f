"""Build resources/names/given-name-genders.tsv from the nomquamgender package's name data.

Usage: python scripts/build_name_genders.py PATH/TO/name_data.json [OUT.tsv]

(`pip download --no-deps nomquamgender==0.1.4` and unzip the wheel to get the JSON.) Each entry
there is [number of sources, number of bearers, share who are women, ...]. We keep the names that
many sources and bearers agree on. A name borne nearly always by one gender gets "f" or "m"; a name
used for both gets "u", since "she said" passing over a man is only safe when he is one, yet it is a
given name all the same (not a word like "Police" or "Development" taken into a name).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

MIN_SOURCES = 5
MIN_BEARERS = 100
ONE_GENDER = 0.03  # at most 3% of bearers of the other gender
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def genders(name_data: dict) -> dict[str, str]:
    kept = {}
    for name, (sources, bearers, share_women, *_rest) in name_data.items():
        if not WORD.fullmatch(name) or sources < MIN_SOURCES or bearers < MIN_BEARERS:
            continue
        if share_women >= 1 - ONE_GENDER:
            kept[name] = "f"
        elif share_women <= ONE_GENDER:
            kept[name] = "m"
        else:
            kept[name] = "u"  # a given name all the same ("Devon", "Dana"), borne by both
    return kept


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(argv[1])
    default = Path(__file__).resolve().parent.parent / "resources" / "names" / "given-name-genders.tsv"
    out = Path(argv[2]) if len(argv) == 3 else default
    kept = genders(json.loads(source.read_text(encoding="utf-8")))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(f"{name}\t{gender}\n" for name, gender in sorted(kept.items())), encoding="utf-8")
    print(f"Wrote {len(kept)} given names to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
