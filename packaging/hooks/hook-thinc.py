# pyinstaller-hooks-contrib's thinc hook (layers and backends are registered by name), without thinc's tests.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("thinc", excludes=["**/tests/**"])
hiddenimports = collect_submodules("thinc", filter=lambda name: "tests" not in name.split("."))
