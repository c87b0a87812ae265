# Set-up and everyday tasks. Every target creates .venv and installs the project first.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
OUT    ?= out/corpus
SHARED ?= ../shared

.PHONY: install run report test lint typecheck evaluate bench notebook clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip uninstall --quiet --yes pipeline 2>/dev/null || true  # the former distribution name
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## The main job: extract every table from the sample corpus and print a summary.
run: $(STAMP)
	$(PY) -m pipeline extract corpus -o $(OUT)

## A self-contained HTML page of what make run wrote (open $(OUT)/report.html in a browser).
report: $(STAMP)
	$(PY) -m pipeline report $(OUT) -o $(OUT)/report.html

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy

## The whole test suite: lint, type checks, then pytest (the notebook included).
test: lint typecheck
	$(PY) -m pytest -q

## Scores on every set of corpus/, the reference article and the real-press development set
## (the last two when ../shared is present), as one Markdown table: the README's accuracy table.
evaluate: $(STAMP)
	$(PY) -m pipeline evaluate --markdown $(sort $(wildcard corpus/*gold.jsonl)) \
		$(wildcard $(SHARED)/seed/gold.jsonl) $(wildcard $(SHARED)/realpress/dev.jsonl)

## Speed and memory beside the plain model (several minutes; BENCH_ARGS=--quick for a short run).
bench: $(STAMP)
	$(PY) -m pipeline bench $(BENCH_ARGS)

notebook: $(STAMP)
	$(PY) -m jupytext --to notebook --execute notebooks/explore.py -o notebooks/explore.ipynb

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
