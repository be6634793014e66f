"""A project file damaged past its first pages: it opens, then fails on a read.

A bad disc or a copy cut short leaves the header and schema intact, so the
damage shows only when a command reads the broken page. The command must say
so in one sentence, write nothing, and leave no partial export behind.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from quotedesk import cli
from quotedesk.core.model import Article
from quotedesk.core.store import Store

PAGE = 4096
MARKER = "Pyroclastic"  # a word only this test's article contains


def project_with_marker(path: Path) -> bytes:
    filler = " ".join(f"word{i}" for i in range(3000))
    with Store(path) as store:
        store.import_articles([(Article(id=f"a{i}", text=f"Article {i}. {filler}"), [], [], {}) for i in range(3)]
                              + [(Article(id="marked", text=f"{MARKER} flows were seen. {filler}"), [], [], {})])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the main file, none in the -wal
    conn.close()
    return path.read_bytes()


def damage(path: Path, how: str) -> None:
    data = bytearray(project_with_marker(path))
    at = data.index(MARKER.encode())
    if how == "not utf-8":
        data[at:at + len(MARKER)] = b"\xff" * len(MARKER)
    else:  # the b-tree header of the page holding the text becomes garbage
        page_start = at - at % PAGE
        data[page_start:page_start + 12] = bytes([0x0D, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00, 0xFF, 0, 0, 0])
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("command, how", [("export", "not utf-8"), ("export", "broken page"),
                                          ("stats", "broken page")])
def test_a_damaged_project_is_reported_in_one_sentence(tmp_path, capsys, command, how):
    project = tmp_path / "damaged.qdesk"
    damage(project, how)
    before = project.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    args = ["export", "-p", str(project), "--format", "jsonl", "-o", str(out / "all.jsonl"), "-q"] \
        if command == "export" else ["stats", "-p", str(project)]
    code = cli.main(args)
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert err.startswith("quotedesk: error: ") and err.count("\n") == 1, err
    assert f"{project} is damaged and part of it cannot be read" in err, err
    assert project.read_bytes() == before  # nothing written to the damaged file
    assert list(out.iterdir()) == []  # no export, no hidden partial file


def test_counts_still_work_when_only_a_text_is_damaged(tmp_path, capsys):
    project = tmp_path / "damaged.qdesk"
    damage(project, "not utf-8")
    assert cli.main(["stats", "-p", str(project)]) == 0
    assert "Articles  4 (new 4)" in capsys.readouterr().out
