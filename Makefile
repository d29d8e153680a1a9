# factfinder developer tasks: `make demo`, `make test`, `make lint`, `make bench`.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
DEMO_HOME ?= demo-store
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_WORKERS ?= 2

.PHONY: install demo demo-load test lint format bench docs clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,postgres]"
	touch $@

DEMO_USER ?= demo
DEMO_PASSWORD ?= demo-only-password

demo-load: install
	rm -rf $(DEMO_HOME)
	$(BIN)/factfinder --home $(DEMO_HOME) run src/factfinder/examples --manifest src/factfinder/examples/manifest.json
	$(BIN)/factfinder --home $(DEMO_HOME) sources
	$(BIN)/factfinder --home $(DEMO_HOME) incidents
	echo "$(DEMO_PASSWORD)" | $(BIN)/factfinder --home $(DEMO_HOME) user add $(DEMO_USER) --role admin --password-stdin
	@echo "Log in as $(DEMO_USER) / $(DEMO_PASSWORD) (a demo account on 127.0.0.1 only)."

demo: demo-load
	$(BIN)/factfinder --home $(DEMO_HOME) serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/pytest -q -n $(PYTEST_WORKERS) --dist loadfile

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

format: install
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: install
	$(PY) benchmarks/run_all.py

docs: install
	$(PY) -m factfinder.docgen docs/cli.md

clean:
	rm -rf $(VENV) $(DEMO_HOME) .pytest_cache .mypy_cache .ruff_cache
