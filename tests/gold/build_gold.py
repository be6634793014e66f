"""Build the constructed gold set (native JSONL) from hand-written cases.

Each case is an article text and its quotes, named by substring so offsets
are exact: (quote text, kind, speaker mention or None, occurrence of the
mention, canonical speaker or None). Run from the repo root:

    .venv/bin/python tests/gold/build_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CASES = [
    ("straight-after", 'Lee Jae-myung spoke on Monday. "We will win this election," Lee said.',
     [('"We will win this election,"', "direct", "Lee", 1, "Lee Jae-myung")]),
    ("curly-after", "\u201cThe talks were useful and frank,\u201d Moon Jae-in told reporters in Seoul.",
     [("\u201cThe talks were useful and frank,\u201d", "direct", "Moon Jae-in", 0, "Moon Jae-in")]),
    ("speaker-before", 'Lim Eul-chul said, "The alliance is a marriage of convenience."',
     [('"The alliance is a marriage of convenience."', "direct", "Lim Eul-chul", 0, "Lim Eul-chul")]),
    ("speaker-middle", "Kim Yo Jong issued a statement. \u201cWe are ready,\u201d she said, "
     "\u201cand we will not wait for Washington.\u201d",
     [("\u201cWe are ready,\u201d", "direct", "she", 0, "Kim Yo Jong"),
      ("\u201cand we will not wait for Washington.\u201d", "direct", "she", 0, "Kim Yo Jong")]),
    ("mismatched-marks", 'Defence Minister Andrei Belousov arrived late. \u201cWe will respond to any threat," Belousov said.',
     [('\u201cWe will respond to any threat,"', "direct", "Belousov", 1, "Andrei Belousov")]),
    ("continued-paragraph", "Dmitry Peskov spoke at length.\n\u201cThe first part of the statement covers trade and energy.\n"
     "\u201cThe second part covers security,\u201d Peskov said.",
     [("\u201cThe first part of the statement covers trade and energy.", "direct", "Peskov", 1, "Dmitry Peskov"),
      ("\u201cThe second part covers security,\u201d", "direct", "Peskov", 1, "Dmitry Peskov")]),
    ("according-to", "According to the Kremlin, the talks will continue next week in Moscow.",
     [("the talks will continue next week in Moscow", "indirect", "the Kremlin", 0, "Kremlin")]),
    ("as-cited-by", '"Relations between our countries are at a historic high," the ambassador said, as cited by Yonhap.',
     [('"Relations between our countries are at a historic high,"', "direct", "the ambassador", 0, None)]),
    ("told-that", "Vladimir Putin told reporters that the visit had been a success.",
     [("that the visit had been a success", "indirect", "Vladimir Putin", 0, "Vladimir Putin")]),
    ("passive-cue", 'Sergei Shoigu visited the base. "The exercise was planned months ago," Shoigu was quoted as saying.',
     [('"The exercise was planned months ago,"', "direct", "Shoigu", 1, "Sergei Shoigu")]),
    ("pronoun", 'Kim Jong Un welcomed the delegation at the airport. "This is a great day for our nation," he said.',
     [('"This is a great day for our nation,"', "direct", "he", 0, "Kim Jong Un")]),
    ("continuation", '"We have no plans to attack anyone," Dmitry Peskov said. "Our doors remain open to dialogue."',
     [('"We have no plans to attack anyone,"', "direct", "Dmitry Peskov", 0, "Dmitry Peskov"),
      ('"Our doors remain open to dialogue."', "direct", "Dmitry Peskov", 0, "Dmitry Peskov")]),
    ("apposition", "Lee Tae-lim, a professor at Seoul National University, told Reuters that the visit "
     "marked a turning point.",
     [("that the visit marked a turning point", "indirect", "Lee Tae-lim", 0, "Lee Tae-lim")]),
    ("organisation", "\u201cThe sanctions are illegal and will fail,\u201d the Kremlin said on Tuesday.",
     [("\u201cThe sanctions are illegal and will fail,\u201d", "direct", "the Kremlin", 0, "Kremlin")]),
    ("media", "State media reported that the two leaders had signed a partnership treaty.",
     [("that the two leaders had signed a partnership treaty", "indirect", "State media", 0, None)]),
    ("unnamed", '"We are watching the situation closely," a Pentagon spokesperson said.',
     [('"We are watching the situation closely,"', "direct", "a Pentagon spokesperson", 0, None)]),
    ("scare-quote", 'The so-called "peace plan" was rejected by both sides on Friday.', []),
    ("title", 'He wrote a memoir called "The Long Road Home" after leaving office.', []),
    ("odd-marks", 'The minister said "we are ready and waiting. Later that day the talks began in Hanoi.',
     [('"we are ready and waiting.', "partial", "The minister", 0, None)]),
    ("partial", 'John Kirby said the trip was "deeply concerning" for the region.',
     [('"deeply concerning"', "partial", "John Kirby", 0, "John Kirby")]),
    ("short-direct", 'Yoon Suk Yeol left the hall. "We will talk," Yoon told reporters.',
     [('"We will talk,"', "direct", "Yoon", 1, "Yoon Suk Yeol")]),
]


def find(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def record(case_id: str, text: str, quotes: list) -> dict:
    rows = []
    for n, (quote_text, kind, speaker, occurrence, entity) in enumerate(quotes):
        start, end = find(text, quote_text)
        row = {"id": f"{case_id}-q{n}", "start": start, "end": end, "text": quote_text, "kind": kind,
               "origin": "analyst", "status": "accepted", "confidence": None, "cue": None,
               "speaker": None, "speaker_entity": entity}
        if speaker:
            s, e = find(text, speaker, occurrence)
            row["speaker"] = {"start": s, "end": e, "text": speaker}
        rows.append(row)
    return {"id": case_id, "title": None, "text": text, "meta": {"source": "constructed"}, "status": "done",
            "spans": [], "quotes": rows}


def main() -> Path:
    out = HERE / "constructed.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        for case_id, text, quotes in CASES:
            handle.write(json.dumps(record(case_id, text, quotes), ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    print(main())
