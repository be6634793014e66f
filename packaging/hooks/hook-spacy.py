# pyinstaller-hooks-contrib's spaCy hook (every submodule and data file, since spaCy finds its
# languages, pipeline factories and architectures by name at run time), without spaCy's test suite.
from PyInstaller.utils.hooks import collect_data_files, collect_submodules

datas = collect_data_files("spacy", excludes=["**/tests/**"])
hiddenimports = collect_submodules("spacy", filter=lambda name: "tests" not in name.split("."))
