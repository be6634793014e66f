"""Exports are all or nothing: a failure or cancel leaves the previous output and no debris."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest
from fixtures.projects import build

from quotedesk.core.atomic import FOLDER_MARKER, atomic_dir, atomic_file, safe_file_name, sweep_leftovers
from quotedesk.core.errors import Cancelled, QuoteDeskError
from quotedesk.core.exporters import export
from quotedesk.core.exporters import records as records_module
from quotedesk.core.progress import CancelToken

PROJECT_FILES = {"project.qdesk", "project.qdesk-shm", "project.qdesk-wal"}


@pytest.fixture
def project(store):
    return build(store)


def names(folder) -> set[str]:
    return {p.name for p in folder.iterdir()}


def cancel_after(n: int) -> tuple[CancelToken, callable]:
    token = CancelToken()

    def progress(done, total, message):
        if done >= n:
            token.cancel()

    return token, progress


@pytest.mark.parametrize("fmt,out", [("jsonl", "x.jsonl"), ("conll", "x.conll"), ("prodigy", "x.jsonl"),
                                     ("csv", "x.csv"), ("brat", "brat"), ("spacy", "sp")])
def test_cancel_midway_leaves_nothing(project, tmp_path, fmt, out):
    token, progress = cancel_after(1)
    with pytest.raises(Cancelled):
        export(project, fmt, tmp_path / out, progress=progress, cancel=token, include_all=True)
    assert names(tmp_path) == PROJECT_FILES


@pytest.mark.parametrize("fmt,out", [("jsonl", "x.jsonl"), ("brat", "brat"), ("spacy", "sp")])
def test_failure_midway_keeps_the_previous_export(project, tmp_path, monkeypatch, fmt, out):
    target = tmp_path / out
    export(project, fmt, target)
    before = {p.relative_to(tmp_path): p.read_bytes() for p in target.rglob("*") if p.is_file()} \
        if target.is_dir() else {out: target.read_bytes()}
    real = records_module.annotated_articles

    def breaks_on_the_second_article(store):
        for i, item in enumerate(real(store)):
            if i == 1:
                raise OSError("disk full")
            yield item

    monkeypatch.setattr("quotedesk.core.exporters.base.annotated_articles", breaks_on_the_second_article)
    with pytest.raises(OSError, match="disk full"):
        export(project, fmt, target)
    after = {p.relative_to(tmp_path): p.read_bytes() for p in target.rglob("*") if p.is_file()} \
        if target.is_dir() else {out: target.read_bytes()}
    assert after == before
    assert names(tmp_path) == PROJECT_FILES | {out}


def test_a_folder_export_replaces_its_own_earlier_export(project, tmp_path):
    out = tmp_path / "brat"
    export(project, "brat", out, include_all=True)
    assert "a3.txt" in names(out)
    export(project, "brat", out)  # a3 is unreviewed: it must not linger from the first export
    assert "a3.txt" not in names(out) and "a1.txt" in names(out)
    assert names(tmp_path) == PROJECT_FILES | {"brat"}


def test_a_folder_holding_other_files_is_never_replaced(project, tmp_path):
    precious = tmp_path / "Documents"
    precious.mkdir()
    (precious / "thesis.docx").write_bytes(b"years of work")
    with pytest.raises(QuoteDeskError, match="already holds files QuoteDesk did not write"):
        export(project, "brat", precious)
    assert names(precious) == {"thesis.docx"}
    assert names(tmp_path) == PROJECT_FILES | {"Documents"}
    empty = tmp_path / "empty"
    empty.mkdir()
    export(project, "spacy", empty)
    assert {"train.spacy", "dev.spacy", "config.cfg", FOLDER_MARKER} == names(empty)


def test_output_paths_that_cannot_work_are_one_sentence_errors(project, tmp_path):
    with pytest.raises(QuoteDeskError, match=r"The folder .*missing does not exist\."):
        export(project, "jsonl", tmp_path / "missing" / "x.jsonl")
    (tmp_path / "adir").mkdir()
    with pytest.raises(QuoteDeskError, match="is a folder; give a file name"):
        export(project, "jsonl", tmp_path / "adir")
    (tmp_path / "afile").write_text("x")
    with pytest.raises(QuoteDeskError, match="exists and is not a folder"):
        export(project, "brat", tmp_path / "afile")
    assert (tmp_path / "afile").read_text() == "x"


def test_exported_files_get_ordinary_permissions(project, tmp_path):
    mask = os.umask(0o022)
    try:
        export(project, "jsonl", tmp_path / "x.jsonl")
        export(project, "brat", tmp_path / "brat")
    finally:
        os.umask(mask)
    assert stat.S_IMODE((tmp_path / "x.jsonl").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "brat").stat().st_mode) == 0o755


def test_atomic_file_and_dir_clean_up_after_an_exception(tmp_path):
    (tmp_path / "f.txt").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_file(tmp_path / "f.txt") as handle:
            handle.write("new")
            raise RuntimeError("boom")
    with pytest.raises(RuntimeError):
        with atomic_dir(tmp_path / "d") as folder:
            (folder / "part.txt").write_text("half")
            raise RuntimeError("boom")
    assert names(tmp_path) == {"f.txt"}
    assert (tmp_path / "f.txt").read_text(encoding="utf-8") == "old"
@pytest.mark.skipif(os.name != "posix", reason="leftovers are swept only where a process id can be probed")
def test_leftovers_of_a_dead_writer_are_swept_and_a_live_writers_kept(tmp_path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    dead = int(finished.stdout)  # a process that has exited
    target = tmp_path / "out.jsonl"
    dead_file = tmp_path / f".out.jsonl.{dead}.abc123.part"
    dead_folder = tmp_path / f".out.jsonl.{dead}.def456.old"
    live_file = tmp_path / f".out.jsonl.{os.getpid()}.ghi789.part"
    other = tmp_path / ".out.jsonl.notes.part"  # not named by QuoteDesk: left alone
    dead_file.write_text("half")
    dead_folder.mkdir()
    (dead_folder / "x.txt").write_text("old")
    live_file.write_text("being written")
    other.write_text("mine")
    with atomic_file(target) as handle:
        handle.write("{}\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, live_file.name, other.name])
    assert sweep_leftovers(target) == []




@pytest.mark.parametrize("article_id,expected", [
    ("plain-id_1", "plain-id_1"),
    ("../../etc/passwd", "etc_passwd"),
    ("C:\\Windows\\win.ini", "C_Windows_win.ini"),
    ("..", "article"),
    ("", "article"),
    ("nul.txt", "_nul.txt"),
    ("Caf\u00e9 \u201cquoted\u201d", "Caf\u00e9_quoted"),
    ("x" * 300, "x" * 120),
])
def test_safe_file_name(article_id, expected):
    assert safe_file_name(article_id) == expected
