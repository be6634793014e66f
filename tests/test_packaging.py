"""Packaging: the wheel in a fresh venv, the one-folder bundle, the desktop launcher files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
APP_ID = "io.github.quotedesk.QuoteDesk"
SEED_IDS = sorted(p.stem for p in (REPO / "seeds").glob("*.txt"))


def run(cmd, **kwargs):
    result = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{cmd}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def bare_env(**extra) -> dict:
    """An environment with no Python of ours on PATH and no Python variables."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env["PATH"] = "/usr/bin:/bin"
    env.update(extra)
    return env


def test_desktop_launcher_and_metainfo_validate(tmp_path):
    data_home = tmp_path / "share"
    run(["make", "-s", "install-desktop", f"DATA_HOME={data_home}", "EXEC=/opt/quotedesk/quotedesk gui"], cwd=REPO)
    desktop = data_home / "applications" / f"{APP_ID}.desktop"
    assert "Exec=/opt/quotedesk/quotedesk gui %f" in desktop.read_text()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    run(["desktop-file-validate", str(desktop)])
    run(["appstreamcli", "validate", "--no-net", str(data_home / "metainfo" / f"{APP_ID}.metainfo.xml")])


def check_round_trip(quotedesk: list[str], workdir: Path, env: dict) -> None:
    """Import the seeds, pretag, export: every seed gets entities and quotes."""
    run(quotedesk + ["import", str(REPO / "seeds"), "-p", "p.qdesk", "-q"], cwd=workdir, env=env)
    run(quotedesk + ["pretag", "-p", "p.qdesk", "-q"], cwd=workdir, env=env)
    run(quotedesk + ["export", "-p", "p.qdesk", "-f", "jsonl", "-o", "out.jsonl", "-q"], cwd=workdir, env=env)
    records = [json.loads(line) for line in (workdir / "out.jsonl").read_text().splitlines()]
    assert sorted(r["id"] for r in records) == SEED_IDS
    for record in records:
        assert record["spans"] and record["quotes"], record["id"]


@pytest.mark.slow
def test_wheel_installs_and_runs_in_a_fresh_venv(tmp_path):
    run([sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path / "wheel"), str(REPO)])
    [wheel] = list((tmp_path / "wheel").glob("quotedesk-*.whl"))
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", str(venv)])
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)], timeout=1200)
    workdir = tmp_path / "work"
    workdir.mkdir()
    env = bare_env()
    version = run([str(venv / "bin" / "quotedesk"), "--version"], cwd=workdir, env=env)
    assert version.stdout.startswith("QuoteDesk ")
    where = run([str(venv / "bin" / "python"), "-c",
                 "from quotedesk.core.resources import resources_dir, seeds_dir;"
                 "from quotedesk.core.labels import LabelScheme;"
                 "print(resources_dir()); print(seeds_dir()); print(len(LabelScheme.default().labels))"],
                cwd=workdir, env=env).stdout.split()
    assert all(str(venv) in path for path in where[:2])  # from the installed package, not the source tree
    assert int(where[2]) > 0
    check_round_trip([str(venv / "bin" / "quotedesk")], workdir, env)


@pytest.mark.slow
def test_one_folder_bundle_runs_the_cli_without_python(tmp_path):
    pyinstaller = shutil.which("pyinstaller", path=str(Path(sys.executable).parent))
    if pyinstaller is None:
        run([sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6.10"], timeout=600)
        pyinstaller = str(Path(sys.executable).parent / "pyinstaller")
    run([pyinstaller, "--noconfirm", "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build"),
         str(REPO / "packaging" / "quotedesk.spec")], cwd=REPO, timeout=1800)
    binary = tmp_path / "dist" / "QuoteDesk" / "quotedesk"
    workdir = tmp_path / "work"
    workdir.mkdir()
    env = bare_env()
    assert run([str(binary), "--version"], cwd=workdir, env=env).stdout.startswith("QuoteDesk ")
    check_round_trip([str(binary)], workdir, env)
