# Everything a fresh Debian/Ubuntu machine with Python 3.11 needs: `make run`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-quick bench demo lint translations screenshot clean

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/crm-desktop

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-quick: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not slow"

demo: $(STAMP)
	$(BIN)/crm-desktop --db demo.sqlite3 demo --size small

bench: $(STAMP)
	$(BIN)/python -m benchmarks --size large

lint: $(STAMP)
	$(BIN)/ruff check .

translations: $(STAMP)
	$(BIN)/python -m crm_desktop.views.i18n_tools update

clean:
	rm -rf $(VENV) build *.egg-info
