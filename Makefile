# seedner developer tasks. `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test lint bench bench-cache dist clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11" >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,dask]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/seedner extract examples/

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python bench/run.py

# Only the --cache rows (cold, warm, 5 % changed), in bench/results-cache.md: the full bench takes long.
bench-cache: $(STAMP)
	$(BIN)/python bench/run.py --cache-only

# The wheel and the sdist in dist/, built by hatchling from the development
# environment: no isolated build environment to download at every build.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m hatchling build -d dist

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
