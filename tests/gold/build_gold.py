"""Build the gold files (native JSONL) from the hand-written cases.

    .venv/bin/python tests/gold/build_gold.py [--out FOLDER]

dev.jsonl      the five seed articles and the constructed cases (tuned on)
heldout.jsonl  articles written once and never tuned on
blind.jsonl    articles written without reading the rules, never run through them
blind2.jsonl   a second such set, other writers, topics and house styles (and so on to blind100)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import blind2_cases  # noqa: E402
import blind3_cases  # noqa: E402
import blind4_cases  # noqa: E402
import blind5_cases  # noqa: E402
import blind6_cases  # noqa: E402
import blind7_cases  # noqa: E402
import blind8_cases  # noqa: E402
import blind9_cases  # noqa: E402
import blind10_cases  # noqa: E402
import blind11_cases  # noqa: E402
import blind12_cases  # noqa: E402
import blind13_cases  # noqa: E402
import blind14_cases  # noqa: E402
import blind15_cases  # noqa: E402
import blind16_cases  # noqa: E402
import blind17_cases  # noqa: E402
import blind18_cases  # noqa: E402
import blind19_cases  # noqa: E402
import blind20_cases  # noqa: E402
import blind21_cases  # noqa: E402
import blind22_cases  # noqa: E402
import blind23_cases  # noqa: E402
import blind24_cases  # noqa: E402
import blind25_cases  # noqa: E402
import blind26_cases  # noqa: E402
import blind27_cases  # noqa: E402
import blind28_cases  # noqa: E402
import blind29_cases  # noqa: E402
import blind30_cases  # noqa: E402
import blind31_cases  # noqa: E402
import blind32_cases  # noqa: E402
import blind33_cases  # noqa: E402
import blind34_cases  # noqa: E402
import blind35_cases  # noqa: E402
import blind36_cases  # noqa: E402
import blind37_cases  # noqa: E402
import blind38_cases  # noqa: E402
import blind39_cases  # noqa: E402
import blind40_cases  # noqa: E402
import blind41_cases  # noqa: E402
import blind42_cases  # noqa: E402
import blind43_cases  # noqa: E402
import blind44_cases  # noqa: E402
import blind45_cases  # noqa: E402
import blind46_cases  # noqa: E402
import blind47_cases  # noqa: E402
import blind48_cases  # noqa: E402
import blind49_cases  # noqa: E402
import blind50_cases  # noqa: E402
import blind51_cases  # noqa: E402
import blind52_cases  # noqa: E402
import blind53_cases  # noqa: E402
import blind54_cases  # noqa: E402
import blind55_cases  # noqa: E402
import blind56_cases  # noqa: E402
import blind57_cases  # noqa: E402
import blind58_cases  # noqa: E402
import blind59_cases  # noqa: E402
import blind60_cases  # noqa: E402
import blind61_cases  # noqa: E402
import blind62_cases  # noqa: E402
import blind63_cases  # noqa: E402
import blind64_cases  # noqa: E402
import blind65_cases  # noqa: E402
import blind66_cases  # noqa: E402
import blind67_cases  # noqa: E402
import blind68_cases  # noqa: E402
import blind69_cases  # noqa: E402
import blind70_cases  # noqa: E402
import blind71_cases  # noqa: E402
import blind72_cases  # noqa: E402
import blind73_cases  # noqa: E402
import blind74_cases  # noqa: E402
import blind75_cases  # noqa: E402
import blind76_cases  # noqa: E402
import blind77_cases  # noqa: E402
import blind78_cases  # noqa: E402
import blind79_cases  # noqa: E402
import blind80_cases  # noqa: E402
import blind81_cases  # noqa: E402
import blind82_cases  # noqa: E402
import blind83_cases  # noqa: E402
import blind84_cases  # noqa: E402
import blind85_cases  # noqa: E402
import blind86_cases  # noqa: E402
import blind87_cases  # noqa: E402
import blind88_cases  # noqa: E402
import blind89_cases  # noqa: E402
import blind90_cases  # noqa: E402
import blind91_cases  # noqa: E402
import blind92_cases  # noqa: E402
import blind93_cases  # noqa: E402
import blind94_cases  # noqa: E402
import blind95_cases  # noqa: E402
import blind96_cases  # noqa: E402
import blind97_cases  # noqa: E402
import blind98_cases  # noqa: E402
import blind99_cases  # noqa: E402
import blind100_cases  # noqa: E402
import blind_cases  # noqa: E402
import constructed_cases  # noqa: E402
import heldout_cases  # noqa: E402
import seed_cases  # noqa: E402
from gold_format import record  # noqa: E402

FILES = {
    "dev.jsonl": lambda: seed_cases.CASES + constructed_cases.CASES,
    "heldout.jsonl": lambda: heldout_cases.CASES,
    "blind.jsonl": lambda: blind_cases.CASES,
    "blind2.jsonl": lambda: blind2_cases.CASES,
    "blind3.jsonl": lambda: blind3_cases.CASES,
    "blind4.jsonl": lambda: blind4_cases.CASES,
    "blind5.jsonl": lambda: blind5_cases.CASES,
    "blind6.jsonl": lambda: blind6_cases.CASES,
    "blind7.jsonl": lambda: blind7_cases.CASES,
    "blind8.jsonl": lambda: blind8_cases.CASES,
    "blind9.jsonl": lambda: blind9_cases.CASES,
    "blind10.jsonl": lambda: blind10_cases.CASES,
    "blind11.jsonl": lambda: blind11_cases.CASES,
    "blind12.jsonl": lambda: blind12_cases.CASES,
    "blind13.jsonl": lambda: blind13_cases.CASES,
    "blind14.jsonl": lambda: blind14_cases.CASES,
    "blind15.jsonl": lambda: blind15_cases.CASES,
    "blind16.jsonl": lambda: blind16_cases.CASES,
    "blind17.jsonl": lambda: blind17_cases.CASES,
    "blind18.jsonl": lambda: blind18_cases.CASES,
    "blind19.jsonl": lambda: blind19_cases.CASES,
    "blind20.jsonl": lambda: blind20_cases.CASES,
    "blind21.jsonl": lambda: blind21_cases.CASES,
    "blind22.jsonl": lambda: blind22_cases.CASES,
    "blind23.jsonl": lambda: blind23_cases.CASES,
    "blind24.jsonl": lambda: blind24_cases.CASES,
    "blind25.jsonl": lambda: blind25_cases.CASES,
    "blind26.jsonl": lambda: blind26_cases.CASES,
    "blind27.jsonl": lambda: blind27_cases.CASES,
    "blind28.jsonl": lambda: blind28_cases.CASES,
    "blind29.jsonl": lambda: blind29_cases.CASES,
    "blind30.jsonl": lambda: blind30_cases.CASES,
    "blind31.jsonl": lambda: blind31_cases.CASES,
    "blind32.jsonl": lambda: blind32_cases.CASES,
    "blind33.jsonl": lambda: blind33_cases.CASES,
    "blind34.jsonl": lambda: blind34_cases.CASES,
    "blind35.jsonl": lambda: blind35_cases.CASES,
    "blind36.jsonl": lambda: blind36_cases.CASES,
    "blind37.jsonl": lambda: blind37_cases.CASES,
    "blind38.jsonl": lambda: blind38_cases.CASES,
    "blind39.jsonl": lambda: blind39_cases.CASES,
    "blind40.jsonl": lambda: blind40_cases.CASES,
    "blind41.jsonl": lambda: blind41_cases.CASES,
    "blind42.jsonl": lambda: blind42_cases.CASES,
    "blind43.jsonl": lambda: blind43_cases.CASES,
    "blind44.jsonl": lambda: blind44_cases.CASES,
    "blind45.jsonl": lambda: blind45_cases.CASES,
    "blind46.jsonl": lambda: blind46_cases.CASES,
    "blind47.jsonl": lambda: blind47_cases.CASES,
    "blind48.jsonl": lambda: blind48_cases.CASES,
    "blind49.jsonl": lambda: blind49_cases.CASES,
    "blind50.jsonl": lambda: blind50_cases.CASES,
    "blind51.jsonl": lambda: blind51_cases.CASES,
    "blind52.jsonl": lambda: blind52_cases.CASES,
    "blind53.jsonl": lambda: blind53_cases.CASES,
    "blind54.jsonl": lambda: blind54_cases.CASES,
    "blind55.jsonl": lambda: blind55_cases.CASES,
    "blind56.jsonl": lambda: blind56_cases.CASES,
    "blind57.jsonl": lambda: blind57_cases.CASES,
    "blind58.jsonl": lambda: blind58_cases.CASES,
    "blind59.jsonl": lambda: blind59_cases.CASES,
    "blind60.jsonl": lambda: blind60_cases.CASES,
    "blind61.jsonl": lambda: blind61_cases.CASES,
    "blind62.jsonl": lambda: blind62_cases.CASES,
    "blind63.jsonl": lambda: blind63_cases.CASES,
    "blind64.jsonl": lambda: blind64_cases.CASES,
    "blind65.jsonl": lambda: blind65_cases.CASES,
    "blind66.jsonl": lambda: blind66_cases.CASES,
    "blind67.jsonl": lambda: blind67_cases.CASES,
    "blind68.jsonl": lambda: blind68_cases.CASES,
    "blind69.jsonl": lambda: blind69_cases.CASES,
    "blind70.jsonl": lambda: blind70_cases.CASES,
    "blind71.jsonl": lambda: blind71_cases.CASES,
    "blind72.jsonl": lambda: blind72_cases.CASES,
    "blind73.jsonl": lambda: blind73_cases.CASES,
    "blind74.jsonl": lambda: blind74_cases.CASES,
    "blind75.jsonl": lambda: blind75_cases.CASES,
    "blind76.jsonl": lambda: blind76_cases.CASES,
    "blind77.jsonl": lambda: blind77_cases.CASES,
    "blind78.jsonl": lambda: blind78_cases.CASES,
    "blind79.jsonl": lambda: blind79_cases.CASES,
    "blind80.jsonl": lambda: blind80_cases.CASES,
    "blind81.jsonl": lambda: blind81_cases.CASES,
    "blind82.jsonl": lambda: blind82_cases.CASES,
    "blind83.jsonl": lambda: blind83_cases.CASES,
    "blind84.jsonl": lambda: blind84_cases.CASES,
    "blind85.jsonl": lambda: blind85_cases.CASES,
    "blind86.jsonl": lambda: blind86_cases.CASES,
    "blind87.jsonl": lambda: blind87_cases.CASES,
    "blind88.jsonl": lambda: blind88_cases.CASES,
    "blind89.jsonl": lambda: blind89_cases.CASES,
    "blind90.jsonl": lambda: blind90_cases.CASES,
    "blind91.jsonl": lambda: blind91_cases.CASES,
    "blind92.jsonl": lambda: blind92_cases.CASES,
    "blind93.jsonl": lambda: blind93_cases.CASES,
    "blind94.jsonl": lambda: blind94_cases.CASES,
    "blind95.jsonl": lambda: blind95_cases.CASES,
    "blind96.jsonl": lambda: blind96_cases.CASES,
    "blind97.jsonl": lambda: blind97_cases.CASES,
    "blind98.jsonl": lambda: blind98_cases.CASES,
    "blind99.jsonl": lambda: blind99_cases.CASES,
    "blind100.jsonl": lambda: blind100_cases.CASES,
}


def write(folder: Path) -> list[Path]:
    written = []
    for name, cases in FILES.items():
        ids = [case.id for case in cases()]
        if len(ids) != len(set(ids)):
            raise ValueError(f"{name}: case ids repeat")
        path = folder / name
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            for case in cases():
                handle.write(json.dumps(record(case), ensure_ascii=False) + "\n")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    for path in write(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
