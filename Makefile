# eventcoder — the two commands: `make run` (main job on the bundled samples) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
STORE  ?= eventcoder-store
SAMPLES := src/eventcoder/samples

.PHONY: run test lint eval bench serve clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] >= (3, 11), "Python 3.11 is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[serve,dask,dev]'
	@touch $(STAMP)

## run: set up, code the bundled sample articles into the store, print their events
run: $(STAMP)
	$(BIN)/eventcoder ingest $(SAMPLES) --store $(STORE)
	$(BIN)/eventcoder events --store $(STORE) --limit 40
	@echo
	@echo "Events stored in $(STORE)/. Next: $(BIN)/eventcoder events --store $(STORE) --dyad RUS UKR"
	@echo "                             or: $(BIN)/eventcoder code $(SAMPLES)/lake-summit-2023-06-15.txt --format table"

## test: set up, lint, run the whole test suite
test: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests bench

## eval: score the coder on the dev gold set and on the held-out test set
eval: $(STAMP)
	$(BIN)/eventcoder eval gold/dev.jsonl
	$(BIN)/eventcoder eval gold/test.jsonl

## bench: speed and memory benchmarks
bench: $(STAMP)
	$(BIN)/eventcoder bench

serve: $(STAMP)
	$(BIN)/eventcoder serve --store $(STORE)

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache .ruff_cache
