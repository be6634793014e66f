"""Property tests over every importer: the documented error or a clean import, never anything else."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotedesk.core.errors import InputError
from quotedesk.core.importers import import_paths
from quotedesk.core.model import Article
from quotedesk.core.store import Store
from support import all_rows

from conftest import record

ODD_TEXT = st.lists(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=["Cs"]),
        st.sampled_from(["\r\n", "\r", "\n", "\ufeff", "\ufffe", "\x00", "\U0001F600", "\u0301", "\u05e9", "\u200f",
                         "\u2028", '"', "\u201c", "Putin said", " "]),
    ),
    max_size=120,
).map("".join)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TRIED = {"inputs": 0}
FOLDERS = {"refused": 0, "imported": 0}


def attempt(tmp_path, name: str, content: bytes, extra: dict[str, bytes] | None = None) -> None:
    """Import one generated file into a project that already holds one article."""
    TRIED["inputs"] += 1
    folder = tmp_path / f"case{TRIED['inputs']}"
    folder.mkdir()
    (folder / name).write_bytes(content)
    for other, data in (extra or {}).items():
        (folder / other).write_bytes(data)
    with Store(folder / "p.qdesk") as store:
        store.import_articles([(Article(id="keep", text="An article that must survive."), [], [], {})])
        before = all_rows(store)
        try:
            import_paths(store, [folder / name])
        except InputError as exc:
            assert str(folder / name) in str(exc) or name.replace(".txt", ".ann") in str(exc)
            assert all_rows(store) == before  # nothing half-imported
        else:
            for article in store.iter_articles():
                for span in store.spans(article.id):
                    assert 0 <= span.start < span.end <= len(article.text)
                # Normalised: no CR, no leading mark that Qt would drop (shifting every highlight).
                assert "\r" not in article.text and not article.text.startswith(("\ufeff", "\ufffe"))


@SETTINGS
@given(text=ODD_TEXT)
def test_text_importer(tmp_path, text):
    attempt(tmp_path, "a.txt", text.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(data=st.binary(max_size=200))
def test_text_importer_on_random_bytes(tmp_path, data):
    attempt(tmp_path, "b.txt", data)


@SETTINGS
@given(records=st.lists(st.one_of(
    st.dictionaries(st.sampled_from(["text", "id", "title", "meta", "spans", "quotes", "status", "answer"]),
                    st.one_of(ODD_TEXT, st.integers(), st.none(), st.lists(st.dictionaries(
                        st.sampled_from(["start", "end", "label", "text", "origin", "status", "kind", "speaker"]),
                        st.one_of(st.integers(-5, 400), ODD_TEXT, st.none()), max_size=5), max_size=3))),
    ODD_TEXT.map(lambda t: {"text": t})), max_size=4))
def test_jsonl_importer(tmp_path, records):
    attempt(tmp_path, "a.jsonl", "\n".join(json.dumps(r) for r in records).encode("utf-8", "surrogatepass"))


@SETTINGS
@given(rows=st.lists(st.lists(ODD_TEXT, min_size=1, max_size=4), max_size=5),
       header=st.sampled_from(["text,id,title", "body;outlet", "id,headline", "content\tx", ""]))
def test_csv_importer(tmp_path, rows, header):
    body = header + "\n" + "\n".join(",".join(row) for row in rows)
    attempt(tmp_path, "a.csv", body.encode("utf-8", "surrogatepass"))


@SETTINGS
@given(text=ODD_TEXT, lines=st.lists(st.tuples(
    st.sampled_from(["T1", "T2", "R1", "A1", "#1", "X"]), st.sampled_from(["PERSON", "Direct_quote", "Speaker", "ORG"]),
    st.integers(-3, 320), st.integers(-3, 320), ODD_TEXT), max_size=4))
def test_brat_importer(tmp_path, text, lines):
    ann = "\n".join(f"{key}\t{label} {start} {end}\t{snippet}" for key, label, start, end, snippet in lines)
    attempt(tmp_path, "a.txt", text.encode("utf-8", "surrogatepass"), {"a.ann": ann.encode("utf-8", "surrogatepass")})


@SETTINGS
@given(files=st.lists(st.tuples(st.booleans(), st.sampled_from([".txt", ".jsonl", ".csv"]), st.binary(max_size=120)),
                      min_size=1, max_size=5))
def test_a_folder_imports_whole_or_not_at_all(tmp_path, files):
    """Good files beside generated ones in one folder: a bad file anywhere means nothing is imported."""
    TRIED["inputs"] += 1
    folder = tmp_path / f"case{TRIED['inputs']}"
    (folder / "in").mkdir(parents=True)
    good_texts = []
    for n, (good, suffix, data) in enumerate(files):
        if good:
            text = f"Good article {n} about Seoul and Putin."
            good_texts.append(text)
            data = {".txt": text, ".jsonl": json.dumps({"text": text}), ".csv": f"text\n{text}\n"}[suffix].encode()
        (folder / "in" / f"f{n}{suffix}").write_bytes(data)
    with Store(folder / "p.qdesk") as store:
        store.import_articles([(Article(id="keep", text="An article that must survive."), [], [], {})])
        before = all_rows(store)
        try:
            import_paths(store, [folder / "in"])
        except InputError:
            assert all_rows(store) == before  # not even the good files' articles
            FOLDERS["refused"] += 1
        else:
            texts = [a.text for a in store.iter_articles()]
            assert all(any(good in text for text in texts) for good in good_texts)
            FOLDERS["imported"] += 1


def test_zz_report_inputs_tried():
    assert TRIED["inputs"] >= 300
    assert FOLDERS["refused"] and FOLDERS["imported"]  # both outcomes of a mixed folder were seen
    record("hostile inputs tried across the importers", TRIED["inputs"])
