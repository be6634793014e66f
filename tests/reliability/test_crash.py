"""SIGKILL at random moments: every edit reported committed survives, nothing is half-applied."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotedesk.core.importers import import_paths
from quotedesk.core.model import Article, Span
from quotedesk.core.store import Store

HERE = Path(__file__).resolve().parent
KILLS = 24


def spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(HERE / "workers.py"), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


KILLED_MIDWAY: list[bool] = []


def kill_after(process: subprocess.Popen, seconds: float) -> list[str]:
    time.sleep(seconds)
    KILLED_MIDWAY.append(process.poll() is None)  # still working when the kill came
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return out.splitlines()


def kill_after_lines(process: subprocess.Popen, lines_wanted: int) -> list[str]:
    """Kill once the child has reported `lines_wanted` lines: certainly mid-work."""
    seen = []
    for line in process.stdout:
        seen.append(line.strip())
        if len(seen) >= lines_wanted:
            break
    KILLED_MIDWAY.append(process.poll() is None)
    process.send_signal(signal.SIGKILL)
    out, _ = process.communicate()
    return seen + out.splitlines()


def make_project(path: Path, n_articles: int = 6) -> None:
    words = ("Putin met Kim Jong Un in Pyongyang and spoke about Russia and the Korean peninsula " * 6).strip()
    with Store(path) as store:
        items = []
        for i in range(n_articles):
            text = f"Article {i}. {words}"
            spans = [Span(article_id="", start=text.index("Putin"), end=text.index("Putin") + 5, label="PERSON"),
                     Span(article_id="", start=text.index("Pyongyang"), end=text.index("Pyongyang") + 9, label="GPE")]
            items.append((Article(id=f"a{i}", text=text), spans, [], {}))
        store.import_articles(items)


def integrity(path: Path) -> str:
    with Store(path) as store:
        return store.scalar("PRAGMA integrity_check")


@pytest.mark.slow  # about half a minute of kills
def test_random_kills_during_a_burst_of_edits(tmp_path, figures):
    project = tmp_path / "crash.qdesk"
    make_project(project)
    rng = random.Random(20261123)
    KILLED_MIDWAY.clear()
    promised_adds: set[str] = set()
    promised_relabels: dict[str, str] = {}
    for kill in range(KILLS):
        child = spawn("edits", str(project), str(kill))
        lines = kill_after(child, rng.uniform(0.6, 1.6))
        for line in lines:
            parts = line.split()
            if parts[0] == "add":
                promised_adds.add(parts[1])
            elif parts[0] == "relabel":
                promised_relabels[parts[1]] = parts[2]
        assert integrity(project) == "ok"
        with Store(project) as store:
            spans = {row["id"]: row for row in store.rows("SELECT * FROM spans")}
            # Every edit reported as committed is there.
            assert promised_adds <= set(spans)
            for original, copy in promised_relabels.items():
                assert spans[original]["status"] == "rejected" and copy in spans
            # Nothing half-applied: each relabel rejected one suggestion AND added one copy.
            rejected = sum(1 for s in spans.values() if s["origin"] == "model" and s["status"] == "rejected")
            copies = sum(1 for s in spans.values() if s["origin"] == "analyst" and s["label"] != "MISC")
            assert rejected == copies
            # The edit log is written in the same transaction as the edit it describes.
            analyst_rows = sum(1 for s in spans.values() if s["origin"] == "analyst")
            assert store.scalar("SELECT count(*) FROM edit_log") == analyst_rows
    assert all(KILLED_MIDWAY)  # every child was still editing when it was killed
    assert len(promised_adds) + len(promised_relabels) > KILLS  # the children really worked between kills
    figures("kills during edits survived", sum(KILLED_MIDWAY))
    figures("edits confirmed after kills", len(promised_adds) + len(promised_relabels))


def rows_without_ids(path: Path) -> dict:
    with Store(path) as store:
        return {
            "articles": store.rows("SELECT id, title, text, status, pretagged_with FROM articles ORDER BY id"),
            "spans": store.rows("SELECT article_id, start, end, label, origin, status FROM spans ORDER BY 1, 2, 3, 4"),
            "quotes": store.rows("SELECT article_id, start, end, kind, speaker_start FROM quotes ORDER BY 1, 2, 3"),
            "entities": store.rows("SELECT name, label FROM entities ORDER BY name"),
        }


def make_corpus(folder: Path) -> Path:
    folder.mkdir()
    for i in range(120):
        (folder / f"n{i:03d}.txt").write_text(
            f"Story {i}\n\nPutin met Kim Jong Un in Pyongyang. \u201cWe talked about Russia,\u201d Lee said in Seoul. "
            f"Item {i}.\n", encoding="utf-8")
    return folder


@pytest.fixture
def corpus(tmp_path):
    return make_corpus(tmp_path / "corpus")


def test_kills_during_import_leave_all_or_nothing(tmp_path, corpus, figures):
    reference = tmp_path / "reference.qdesk"
    with Store(reference) as store:
        import_paths(store, [corpus])
    project = tmp_path / "import.qdesk"
    rng = random.Random(7)
    KILLED_MIDWAY.clear()
    for _ in range(6):
        Store(project).close()
        lines = kill_after_lines(spawn("import", str(project), str(corpus)), rng.randint(1, 119))
        assert integrity(project) == "ok"
        with Store(project) as store:
            count = store.article_count()
        assert count in (0, 120)  # one import is one transaction
        if any(line.startswith("imported") for line in lines):
            assert count == 120
        if count == 120:
            break
        project.unlink()
        for side in ("-wal", "-shm"):
            Path(str(project) + side).unlink(missing_ok=True)
    with Store(project) as store:
        import_paths(store, [corpus])  # the rerun: completes, or skips what is already there
    assert rows_without_ids(project) == rows_without_ids(reference)
    figures("kills during import survived", sum(KILLED_MIDWAY))


@pytest.fixture(scope="module")
def pretagged_reference(tmp_path_factory):
    """The corpus pretagged in one uninterrupted run in this process, with the real model."""
    from quotedesk.core.pretag.runner import pretag_project

    folder = tmp_path_factory.mktemp("reference")
    corpus = make_corpus(folder / "corpus")
    reference = folder / "reference.qdesk"
    with Store(reference) as store:
        import_paths(store, [corpus])
        pretag_project(store, batch_size=2)
    return rows_without_ids(reference)


def child_pids(pid: int) -> set[int]:
    """The processes `pid` started (its pretag workers): those in /proc whose parent it is."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    # A worker that exited after its parent was killed stays a zombie until init reaps it.
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.slow  # the real model
@pytest.mark.parametrize("workers", [1, 2], ids=["one process", "two worker processes"])
def test_kills_during_pretag_resume_to_the_uninterrupted_result(tmp_path, corpus, figures, pretagged_reference,
                                                                workers):
    from quotedesk.core.pretag.runner import pretag_project

    project = tmp_path / "pretag.qdesk"
    with Store(project) as store:
        import_paths(store, [corpus])
    rng = random.Random(11 + workers)
    KILLED_MIDWAY.clear()
    orphans: set[int] = set()
    for _ in range(8 if workers == 1 else 5):
        with Store(project) as store:
            if not store.unpretagged_article_ids():
                break
        child = spawn("pretag", str(project), str(workers))
        if workers > 1:
            # Read the workers once the first articles are saved: they exist by then.
            for line in child.stdout:
                if line.split()[1] != "0":
                    break
            assert child.poll() is None, child.stderr.read()[-2000:]
            orphans |= child_pids(child.pid)
            kill_after_lines(child, rng.randint(1, 8))
        else:
            kill_after_lines(child, rng.randint(2, 12))
        assert integrity(project) == "ok"
        with Store(project) as store:
            # Whole articles only: an article has suggestions exactly when it is marked pretagged.
            half = store.scalar("SELECT count(*) FROM articles a WHERE pretagged_with IS NULL AND "
                                "EXISTS (SELECT 1 FROM spans s WHERE s.article_id = a.id)")
            assert half == 0
    assert sum(KILLED_MIDWAY) >= 3  # the kills really interrupted pretagging
    if workers > 1:
        assert orphans  # the run really used worker processes
        # Workers notice their parent is gone and exit (they poll every half second).
        deadline = time.monotonic() + 60
        while any(alive(pid) for pid in orphans) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in orphans if alive(pid)], "pretag workers outlived their killed parent"
    with Store(project) as store:
        pretag_project(store, batch_size=2, n_process=workers)
    assert rows_without_ids(project) == pretagged_reference
    figures(f"kills during pretag survived ({'one process' if workers == 1 else f'{workers} workers'})",
            sum(KILLED_MIDWAY))


def snapshot(target: Path) -> dict[str, bytes] | None:
    """A file's bytes, or a folder's files and their bytes; None if it is not there."""
    if not target.exists():
        return None
    if target.is_file():
        return {"": target.read_bytes()}
    return {p.name: p.read_bytes() for p in sorted(target.iterdir())}


@pytest.mark.parametrize("fmt, name", [("jsonl", "out.jsonl"), ("brat", "brat")])
def test_kills_during_export_leave_the_previous_export_or_the_new_one(tmp_path, figures, fmt, name):
    from quotedesk.core import edits
    from quotedesk.core.exporters import export

    project = tmp_path / "export.qdesk"
    make_project(project, n_articles=800)
    out = tmp_path / name
    with Store(project) as store:
        export(store, fmt, out, include_all=True)
        previous = snapshot(out)
        kim = store.article("a0").text.index("Kim Jong Un")
        store.apply(edits.add_span(store, "a0", kim, kim + 11, "PERSON"))  # so the next export differs
        export(store, fmt, tmp_path / f"new-{name}", include_all=True)
        new = snapshot(tmp_path / f"new-{name}")
    assert previous != new
    rng = random.Random(5)
    KILLED_MIDWAY.clear()
    for _ in range(5):
        lines = kill_after_lines(spawn("export", str(project), fmt, str(out)), rng.randint(1, 750))
        assert snapshot(out) == (new if "done" in lines else previous)  # never half an export
    assert all(KILLED_MIDWAY)
    # The kills left temporary files beside the target; the next export goes through and clears them.
    assert any(p.name.endswith(".part") for p in tmp_path.iterdir())
    with Store(project) as store:
        export(store, fmt, out, include_all=True)
    assert snapshot(out) == new
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(f".{name}.")] == []
    figures(f"kills during export survived ({fmt})", sum(KILLED_MIDWAY))
