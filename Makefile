SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.DEFAULT_GOAL := help
MAKEFLAGS += --warn-undefined-variables
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
CORPUS ?= corpus
OUT ?= outputs
SHARED ?= ../shared
WORKERS ?= 1
PYTEST_ARGS ?=

## help: list the targets
.PHONY: help
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed -e 's/^## /  /'

## setup: create .venv and install the project with its pinned dependencies (idempotent)
.PHONY: setup
setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH (or make PYTHON=python3 ...)"; exit 1; }
	[ -x $(PY) ] || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(PY) -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	touch $@

## run: run the whole pipeline on CORPUS (default corpus/) into OUT (default outputs/)
.PHONY: run
run: $(STAMP)
	$(PY) -m pipeline run $(CORPUS) --out $(OUT) --workers $(WORKERS)

## test: run the test suite (sets up .venv first if needed)
.PHONY: test
test: $(STAMP)
	$(PY) -m pytest $(PYTEST_ARGS)

## lint: ruff check and format check
.PHONY: lint
lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check pipeline tests benchmarks notebooks

## format: apply ruff's fixes and formatting
.PHONY: format
format: $(STAMP)
	$(PY) -m ruff check --fix pipeline tests benchmarks
	$(PY) -m ruff format pipeline tests benchmarks

## check: what CI runs (lint, then tests)
.PHONY: check
check: lint test

## eval: every evaluation (dates, facts, ner, cases)
.PHONY: eval
eval: eval-dates eval-facts eval-ner eval-cases

## eval-dates: TempEval-3 metrics of the date normaliser on shared/data/tempeval3
.PHONY: eval-dates
eval-dates: $(STAMP)
	$(PY) -m pipeline eval dates $(SHARED)/data/tempeval3/tbaq_timebank.jsonl
	$(PY) -m pipeline eval dates $(SHARED)/data/tempeval3/tbaq_aquaint.jsonl

## eval-facts: people, ages, dates and places on shared/data/casefacts/dev.jsonl
.PHONY: eval-facts
eval-facts: $(STAMP)
	$(PY) -m pipeline eval facts $(SHARED)/data/casefacts/dev.jsonl

## eval-ner: mapped NER F1 of the plain model and of the pipeline on shared/data/ner
.PHONY: eval-ner
eval-ner: $(STAMP)
	$(PY) -m pipeline eval ner $(SHARED)/data/ner/conll03_dev.jsonl --split dev
	$(PY) -m pipeline eval ner $(SHARED)/data/ner/gum_news_dev.jsonl

## eval-cases: case roles, incident facts and article clustering on shared/data/casefacts/dev.jsonl
.PHONY: eval-cases
eval-cases: $(STAMP)
	$(PY) -m pipeline eval cases $(SHARED)/data/casefacts/dev.jsonl

## bench: throughput, memory and incremental re-run benchmark on shared/data/bbc
.PHONY: bench
bench: $(STAMP)
	$(PY) benchmarks/bench.py --corpus $(SHARED)/data/bbc

## report: HTML report of OUT (default outputs/) into OUT/report/
.PHONY: report
report: $(STAMP)
	$(PY) -m pipeline report $(OUT)

## clean: remove generated outputs (keeps .venv)
.PHONY: clean
clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache .hypothesis
