"""Property tests over the exporters: hostile ids stay in the folder, CSV cells never run,
and native export -> import -> export is byte for byte identical for any annotations."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from quotedesk.core.atomic import FOLDER_MARKER
from quotedesk.core.exporters import export
from quotedesk.core.exporters.csv_ import FORMULA_STARTS
from quotedesk.core.importers import import_paths
from quotedesk.core.model import Article, Quote
from quotedesk.core.store import Store
from support import all_rows

from conftest import record

SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Any character SQLite can store (no lone surrogates), with the awkward ones made likely.
ODD_CHAR = st.one_of(
    st.characters(exclude_categories=["Cs"]),
    st.sampled_from(["/", "\\", ".", "..", "\x00", "\n", "\t", "\u2028", "\x85", "\U0001F600", "\U00020000",
                     "\u0301", "\u05e9", "\u200f", "=", "+", "-", "@", "\r", "\ufeff", " ", "~", ":", "*"]),
)
ODD_TEXT = st.lists(ODD_CHAR, max_size=60).map("".join)
COUNTS = {"ids": 0, "csv rows": 0, "round trips": 0}


def case_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("case")


# -- per-article file names ------------------------------------------------------------------------------------

HOSTILE_ID = st.one_of(
    ODD_TEXT,
    st.sampled_from(["..", "../x", "../../etc/passwd", "/etc/passwd", "a/b", "a\\b", ".", "", "CON", "nul.txt",
                     "~root", "-rf", ".hidden"]),
    st.text(alphabet=st.sampled_from(["\U00020000", "\u00e9", "a", "/", "."]), min_size=100, max_size=300),
)


@SETTINGS
@given(ids=st.lists(HOSTILE_ID, min_size=1, max_size=6, unique=True))
@example(ids=["..", "../x", "/etc/passwd", "a/b", "", "."])
@example(ids=["\U00020000" * 130, "\u00e9" * 200])  # once made names over the file system's 255 bytes
def test_brat_file_names_from_any_ids_stay_in_the_output_folder(tmp_path_factory, ids):
    root = case_folder(tmp_path_factory)
    texts = [f"Article number {i}: \U0001F600 Putin said so.\n" for i in range(len(ids))]
    with Store(root / "p.qdesk") as store:
        store.import_articles([(Article(id=article_id, text=text), [], [], {}) for article_id, text in zip(ids, texts)])
        out = root / "export" / "brat"
        out.parent.mkdir()
        before = set(root.rglob("*"))
        export(store, "brat", out, include_all=True)
    created = set(root.rglob("*")) - before
    # Everything written is the chosen folder or directly inside it.
    assert {p for p in created if p.parent != out} == {out}
    txt = sorted(p for p in out.iterdir() if p.suffix == ".txt")
    ann = sorted(p for p in out.iterdir() if p.suffix == ".ann")
    assert len(txt) == len(ann) == len(ids)  # one pair per article: no two ids overwrote each other
    assert sorted(p.read_text(encoding="utf-8") for p in txt) == sorted(texts)
    # No id made a hidden file; the one dot file is the marker that says QuoteDesk wrote the folder.
    assert {p.name for p in created if p.name.startswith(".")} == {FOLDER_MARKER}
    COUNTS["ids"] += len(ids)


# -- CSV cells ---------------------------------------------------------------------------------------------------


@SETTINGS
@given(article_id=ODD_TEXT, title=ODD_TEXT, quote=ODD_TEXT.filter(lambda t: t.strip()))
def test_no_csv_cell_can_start_a_formula(tmp_path_factory, article_id, title, quote):
    root = case_folder(tmp_path_factory)
    text = quote + " he said."
    with Store(root / "p.qdesk") as store:
        store.import_articles([(Article(id=article_id or "x", text=text, title=title or None, status="done"), [],
                                [Quote(article_id="", start=0, end=len(quote), kind="direct", origin="analyst",
                                       status="accepted", speaker_start=len(quote) + 1, speaker_end=len(quote) + 3)],
                                {})])
        export(store, "csv", root / "q.csv")
    with open(root / "q.csv", newline="", encoding="utf-8-sig") as handle:
        [row] = list(csv.DictReader(handle))
    for column, original in (("article_id", article_id or "x"), ("article_title", title), ("quote", quote)):
        cell = row[column]
        assert not cell.startswith(FORMULA_STARTS), (column, cell)
        # Nothing else changes: an apostrophe in front of a formula start, the value otherwise.
        assert cell == ("'" + original if original.startswith(FORMULA_STARTS) else original)
    COUNTS["csv rows"] += 1


# -- native round trip -----------------------------------------------------------------------------------------

LABELS = st.sampled_from(["PERSON", "ORG", "GPE", "LOC", "MISC", "NORP", "a label with spaces", "\u00e9t\u00e9"])
STATUS = st.sampled_from(["suggested", "accepted", "rejected"])
ORIGIN = st.sampled_from(["model", "analyst"])
NAME = ODD_TEXT.filter(lambda t: t.strip())
CONFIDENCE = st.one_of(st.none(), st.floats(0, 1, allow_nan=False))
JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12), st.floats(allow_nan=False, allow_infinity=False),
              ODD_TEXT),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(ODD_TEXT, inner, max_size=3)),
    max_leaves=8,
)


@st.composite
def extents(draw, text: str):
    """A (start, end) holding at least one non-space character, as the importer demands."""
    solid = [i for i, ch in enumerate(text) if ch.strip()]
    start = draw(st.sampled_from(solid))
    return start, draw(st.integers(start + 1, len(text)))


@st.composite
def native_records(draw):
    records = []
    for n in range(draw(st.integers(1, 4))):
        # A numbered prefix keeps texts distinct (a repeated text is skipped on import) and non-blank.
        text = f"[{n}] " + draw(ODD_TEXT.map(lambda t: t.replace("\r", "")))
        record_ = {"id": draw(st.one_of(st.just(f"art-{n}"), ODD_TEXT.map(lambda t, n=n: f"{n}{t}"))),
                   "title": draw(st.one_of(st.none(), ODD_TEXT)),
                   "text": text,
                   "meta": draw(st.dictionaries(ODD_TEXT, JSON_VALUE, max_size=3)),
                   "status": draw(st.sampled_from(["new", "in_progress", "done"])),
                   "spans": [], "quotes": []}
        for _ in range(draw(st.integers(0, 4))):
            start, end = draw(extents(text))
            record_["spans"].append({"start": start, "end": end, "label": draw(LABELS), "origin": draw(ORIGIN),
                                     "status": draw(STATUS), "confidence": draw(CONFIDENCE),
                                     "entity": draw(st.one_of(st.none(), NAME))})
        for _ in range(draw(st.integers(0, 3))):
            start, end = draw(extents(text))
            quote = {"start": start, "end": end, "kind": draw(st.sampled_from(["direct", "partial", "indirect"])),
                     "origin": draw(ORIGIN), "status": draw(STATUS), "confidence": draw(CONFIDENCE)}
            for part in ("cue", "speaker"):
                if draw(st.booleans()):
                    s, e = draw(extents(text))
                    quote[part] = {"start": s, "end": e}
            quote["speaker_entity"] = draw(st.one_of(st.none(), NAME))
            record_["quotes"].append(quote)
        records.append(record_)
    return records


def comparable(rows: dict[str, list[dict]]) -> dict[str, list]:
    """Every row, with entities by name (their integer ids follow the order an import meets them)."""
    names = {row["id"]: row["name"] for row in rows["entities"]}

    def by_name(row: dict) -> dict:
        return {k: names.get(v) if k in ("entity_id", "speaker_entity_id") else v for k, v in row.items()}

    return {
        # The import time belongs to each project; meta is compared as data.
        "articles": [dict({k: v for k, v in row.items() if k != "imported_at"}, meta=json.loads(row["meta"]))
                     for row in rows["articles"]],
        "spans": [by_name(row) for row in rows["spans"]],
        "quotes": [by_name(row) for row in rows["quotes"]],
        "entities": sorted((row["name"], row["label"]) for row in rows["entities"]),
    }


@SETTINGS
@given(records=native_records())
def test_native_export_import_export_is_identical_for_any_annotations(tmp_path_factory, records):
    root = case_folder(tmp_path_factory)
    source = root / "source.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with Store(root / "first.qdesk") as first, Store(root / "second.qdesk") as second:
        import_paths(first, [source])
        export(first, "jsonl", root / "first.jsonl")
        result = import_paths(second, [root / "first.jsonl"])
        assert result.added == len(records)
        export(second, "jsonl", root / "second.jsonl")
        original, copy = all_rows(first), all_rows(second)
    assert (root / "second.jsonl").read_bytes() == (root / "first.jsonl").read_bytes()
    assert comparable(copy) == comparable(original)
    COUNTS["round trips"] += 1


def test_zz_report_export_properties():
    assert COUNTS["round trips"] >= 50 and COUNTS["csv rows"] >= 50 and COUNTS["ids"] >= 50
    record("hostile article ids exported to brat inside the folder", COUNTS["ids"])
    record("CSV rows checked for formula cells", COUNTS["csv rows"])
    record("random projects round-tripped through the native export", COUNTS["round trips"])
