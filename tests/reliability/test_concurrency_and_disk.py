"""Two writers on one project, a read-only file, a full disk, a project deleted while open."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quotedesk.core import edits
from quotedesk.core.errors import EditConflict, ProjectError
from quotedesk.core.model import Article, Span
from quotedesk.core.store import Store
from support import all_rows

WRITER = r"""
import sys
from quotedesk.core import edits
from quotedesk.core.store import Store
project, article_id, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = Store(project, annotator=article_id)
text = store.article(article_id).text
for i in range(count):
    store.apply(edits.add_span(store, article_id, i * 6, i * 6 + 5, "MISC"))
print("done", flush=True)
"""


def make_project(path: Path, articles: int = 2, words: int = 400) -> None:
    text = " ".join(f"w{i:04d}" for i in range(words))  # every word 5 characters + a space
    with Store(path) as store:
        store.import_articles([(Article(id=f"a{i}", text=f"{text} {i}"), [], [], {}) for i in range(articles)])


def test_two_processes_writing_at_once_lose_nothing(tmp_path, figures):
    project = tmp_path / "shared.qdesk"
    make_project(project)
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(project), f"a{i}", "300"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(2)]
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err[-2000:]
    with Store(project) as store:
        assert len(store.spans("a0")) == len(store.spans("a1")) == 300
        assert store.scalar("SELECT count(*) FROM edit_log") == 600
        assert store.scalar("PRAGMA integrity_check") == "ok"
    figures("concurrent edits from two processes kept", 600)


def test_two_windows_a_stale_edit_is_refused_not_lost(tmp_path):
    project = tmp_path / "two.qdesk"
    with Store(project) as setup:
        setup.import_articles([(Article(id="a", text="Putin met Kim."),
                                [Span(article_id="", start=0, end=5, label="PERSON", id="s1")], [], {})])
    first, second = Store(project), Store(project)
    stale = edits.set_span_status(first, "s1", "accepted")  # built from what the first window saw
    second.apply(edits.relabel_span(second, "s1", "ORG"))
    with pytest.raises(EditConflict, match="changed elsewhere"):
        first.apply(stale)
    assert first.span("s1").status == "rejected"  # the second window's work stands
    first.close()
    second.close()


def run_without_override(code: str, *args: str) -> subprocess.CompletedProcess:
    """Run Python so that file permissions bind even for root (CI runs as root)."""
    prefix = []
    if os.getuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("root ignores file permissions and setpriv is missing")
        prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
    return subprocess.run(prefix + [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)


READ_ONLY = r"""
import sys
from quotedesk.core import edits
from quotedesk.core.errors import QuoteDeskError
from quotedesk.core.store import Store
try:
    store = Store(sys.argv[1])
    print("read", store.article("a0").text[:5])
    store.apply(edits.add_span(store, "a0", 0, 5, "MISC"))
    print("written")
except QuoteDeskError as exc:
    print("refused:", exc)
"""


def read_only_folder(folder: Path):
    """Make a folder read-only for the test's child processes; put it back afterwards."""
    os.chmod(folder, 0o555)
    return folder


@pytest.fixture
def shelf(tmp_path):
    """A folder that will be made read-only (a read-only share or disc)."""
    folder = tmp_path / "shelf"
    folder.mkdir()
    yield folder
    os.chmod(folder, 0o755)


def test_a_project_in_a_read_only_folder_reads_and_refuses_edits_clearly(shelf):
    project = shelf / "ro.qdesk"
    make_project(project)
    before = project.read_bytes()
    read_only_folder(shelf)
    result = run_without_override(READ_ONLY, str(project))
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert any(line.startswith("read w0000") for line in lines), lines  # it opens and reads
    assert any(line.startswith("refused:") and "is read-only; your change was not saved" in line
               for line in lines), lines
    assert project.read_bytes() == before
    assert sorted(p.name for p in shelf.iterdir()) == ["ro.qdesk"]  # nothing created beside it


def test_a_read_only_folder_with_unmerged_changes_or_an_old_schema_is_refused_clearly(shelf):
    fresh = shelf / "fresh.qdesk"
    make_project(fresh)
    Path(f"{fresh}-wal").write_bytes(b"\0" * 64)  # as if copied with its WAL still holding changes
    old = shelf / "old.qdesk"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema-v1.qdesk", old)
    read_only_folder(shelf)
    for project, expected in ((fresh, "its latest changes are still in fresh.qdesk-wal"),
                              (old, "made by an older QuoteDesk and must be upgraded")):
        before = project.read_bytes()
        result = run_without_override(READ_ONLY, str(project))
        assert result.returncode == 0, result.stderr[-2000:]
        assert result.stdout.startswith("refused:") and expected in result.stdout, result.stdout
        assert project.read_bytes() == before


def test_a_read_only_project_reads_and_refuses_edits_clearly(tmp_path):
    project = tmp_path / "ro.qdesk"
    make_project(project)
    with Store(project) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = project.read_bytes()
    os.chmod(project, 0o444)
    result = run_without_override(READ_ONLY, str(project))
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert "written" not in result.stdout
    assert any(line.startswith("refused:") and "is read-only; your change was not saved" in line for line in lines), lines
    assert any(line.startswith("read w0000") for line in lines)  # reading still works
    assert project.read_bytes() == before


FULL_DISK = r"""
import resource, signal, sys
from quotedesk.core import edits
from quotedesk.core.errors import QuoteDeskError
from quotedesk.core.store import Store
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
store = Store(sys.argv[1])
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
saved = 0
try:
    for i in range(5000):
        store.apply(edits.add_span(store, "a0", i * 6, i * 6 + 5, "MISC"))
        saved += 1
        print("saved", saved, flush=True)
except QuoteDeskError as exc:
    print("refused:", exc, flush=True)
"""


def test_a_full_disk_gives_a_clear_message_and_keeps_earlier_edits(tmp_path, figures):
    project = tmp_path / "full.qdesk"
    make_project(project, articles=1, words=5000)
    with Store(project) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    limit = project.stat().st_size + 64 * 1024
    result = subprocess.run([sys.executable, "-c", FULL_DISK, str(project), str(limit)], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    refused = [line for line in lines if line.startswith("refused:")]
    assert refused and "disk is full" in refused[0], lines[-3:]
    saved = max(int(line.split()[1]) for line in lines if line.startswith("saved"))
    with Store(project) as store:
        assert store.scalar("PRAGMA integrity_check") == "ok"
        assert len(store.spans("a0")) == saved  # every confirmed edit, nothing half-written
    figures("edits kept when the disk filled up", saved)


def test_a_project_deleted_while_open_refuses_further_edits(tmp_path):
    project = tmp_path / "gone.qdesk"
    make_project(project, articles=1)
    store = Store(project)
    project.unlink()
    with pytest.raises(ProjectError, match="deleted or moved while open"):
        store.apply(edits.add_span(store, "a0", 0, 5, "MISC"))
    assert store.article("a0").text.startswith("w0000")  # still readable to copy work out
    store.close()


def small_pipeline():
    """A fast real spaCy pipeline: rules for two names, a sentencizer."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Putin"},
                                               {"label": "GPE", "pattern": "Seoul"}])
    nlp.add_pipe("sentencizer")
    return nlp


def test_two_windows_pretagging_at_once_keep_the_analysts_verdicts(tmp_path):
    """Two windows (or the app and `quotedesk pretag`) both start pretagging the same articles.
    The one that finishes first wins; the other must not re-add suggestions the analyst has
    meanwhile rejected, nor add a second copy of each."""
    from quotedesk.core.pretag.runner import pretag_project

    nlp = small_pipeline()
    project = tmp_path / "both.qdesk"
    first, second = Store(project), Store(project)
    first.import_articles([(Article(id=f"a{i}", text=f"Putin flew to Seoul on day {i}."), [], [], {})
                           for i in range(4)])
    rejected = []

    def meanwhile(done, total, message):
        # The first run has listed its articles; the second window pretags them all and the
        # analyst rejects a suggestion there before the first run writes anything.
        if not rejected:
            pretag_project(second, nlp=nlp)
            putin = next(s for s in second.spans("a0") if s.label == "PERSON")
            second.apply(edits.set_span_status(second, putin.id, "rejected"))
            rejected.append(putin.id)

    pretag_project(first, nlp=nlp, progress=meanwhile, batch_size=2)
    for article_id in ("a0", "a1", "a2", "a3"):
        spans = [(s.start, s.end, s.label) for s in first.spans(article_id)]
        assert len(spans) == len(set(spans)) == 2, (article_id, spans)  # Putin and Seoul, once each
    assert first.span(rejected[0]).status == "rejected"
    assert [s.status for s in first.spans("a0") if s.label == "PERSON"] == ["rejected"]
    first.close()
    second.close()


def test_a_project_busy_in_another_program_says_so_and_keeps_both_sides_work(tmp_path, monkeypatch):
    from quotedesk.core import store as store_module

    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)  # wait briefly for the other writer
    project = tmp_path / "busy.qdesk"
    make_project(project, articles=1)
    holder, editor = Store(project), Store(project)
    with holder.transaction():  # e.g. a long import in another window
        holder.apply(edits.add_span(holder, "a0", 0, 5, "MISC"))
        with pytest.raises(ProjectError, match="busy in another program; try again"):
            editor.apply(edits.add_span(editor, "a0", 6, 11, "MISC"))
    editor.apply(edits.add_span(editor, "a0", 6, 11, "MISC"))  # once the other is done, it goes through
    assert [(s.start, s.end) for s in editor.spans("a0")] == [(0, 5), (6, 11)]
    assert editor.scalar("SELECT count(*) FROM edit_log") == 2
    holder.close()
    editor.close()


FULL_DISK_WORK = r"""
import resource, signal, sys
from pathlib import Path
from quotedesk.core.errors import QuoteDeskError
from quotedesk.core.exporters import export
from quotedesk.core.importers import import_paths
from quotedesk.core.store import Store
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
project, work, target, limit = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
store = Store(project)
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    if work == "import":
        import_paths(store, [target])
    else:
        export(store, "jsonl", target, include_all=True)
    print("finished")
except QuoteDeskError as exc:
    print("refused:", exc)
except OSError as exc:  # what an export reports (the CLI prints its strerror and the file)
    print("oserror:", exc.strerror, exc.filename)
"""


@pytest.mark.parametrize("work", ["import", "export"])
def test_a_full_disk_during_import_or_export_changes_nothing(tmp_path, work):
    project = tmp_path / "full.qdesk"
    make_project(project, articles=2, words=2000)
    with Store(project) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = all_rows(store)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(300):
        (corpus / f"n{i}.txt").write_text(f"Story {i}. " + "Putin met Kim in Pyongyang. " * 40, encoding="utf-8")
    target = corpus if work == "import" else tmp_path / "out.jsonl"
    # The limit is per file: a little room to grow the project (which the import needs far more
    # than), or a few kilobytes for the export (about 30 KB).
    limit = project.stat().st_size + 32 * 1024 if work == "import" else 8 * 1024
    result = subprocess.run([sys.executable, "-c", FULL_DISK_WORK, str(project), work, str(target), str(limit)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    if work == "import":
        assert result.stdout.startswith("refused:") and "disk is full" in result.stdout, result.stdout
    else:
        assert result.stdout.startswith("oserror: File too large"), result.stdout
        assert not target.exists()
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    with Store(project) as store:
        assert store.scalar("PRAGMA integrity_check") == "ok"
        assert all_rows(store) == before  # nothing half-imported, nothing lost
