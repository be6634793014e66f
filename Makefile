# QuoteDesk developer commands. Everything installs into .venv; nothing global
# except the Debian packages Qt needs (make apt-deps, run by .ci/run).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SEEDS  := seeds

.PHONY: run test test-fast apt-deps demo bench package install-desktop screenshots clean

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

## apt-deps: Debian packages Qt needs at run time (needs root)
apt-deps:
	apt-get update -qq
	grep -v '^#' packaging/apt-runtime.txt | xargs apt-get install -y -qq --no-install-recommends

## package: a self-contained one-folder bundle in dist/QuoteDesk (Python, Qt, spaCy and the model)
package: $(STAMP)
	$(PY) -m pip install --quiet -e ".[package]"
	$(VENV)/bin/pyinstaller --noconfirm --clean packaging/quotedesk.spec
	dist/QuoteDesk/quotedesk --version

## install-desktop: add QuoteDesk to the desktop's menu for this user (the bundle if built, else .venv)
DATA_HOME ?= $(if $(XDG_DATA_HOME),$(XDG_DATA_HOME),$(HOME)/.local/share)
APP_ID    := io.github.quotedesk.QuoteDesk
EXEC      ?= $(if $(wildcard dist/QuoteDesk/quotedesk),$(abspath dist/QuoteDesk/quotedesk) gui,$(abspath $(VENV)/bin/quotedesk-gui))
install-desktop:
	install -d $(DATA_HOME)/applications $(DATA_HOME)/icons/hicolor/scalable/apps $(DATA_HOME)/metainfo
	sed 's|@EXEC@|$(EXEC)|' resources/linux/$(APP_ID).desktop > $(DATA_HOME)/applications/$(APP_ID).desktop
	install -m 644 resources/icons/quotedesk.svg $(DATA_HOME)/icons/hicolor/scalable/apps/$(APP_ID).svg
	install -m 644 resources/linux/$(APP_ID).metainfo.xml $(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml
	-update-desktop-database $(DATA_HOME)/applications 2>/dev/null
	@echo "Installed $(APP_ID) into $(DATA_HOME): Exec=$(EXEC)"

clean:
	rm -rf build dist .pytest_cache demo.qdesk*
