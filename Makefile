# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STORE := .demo-store

.PHONY: demo test test-all install quality bench clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Ingest the bundled seed article and answer CQ1: Japan's bilateral quantum accords.
demo: $(STAMP)
	rm -rf $(DEMO_STORE)
	$(BIN)/accordgraph ingest seeds/ --store $(DEMO_STORE)
	@echo "Which bilateral quantum accords does Japan hold, and when were they signed?"
	$(BIN)/accordgraph accords --country Japan --domain quantum --bilateral --store $(DEMO_STORE)

## The test suite (slow crash-safety tests included).
test: $(STAMP)
	$(BIN)/python -m pytest -q

## Extraction quality on the test half; rewrites the README's "How good is it" section.
quality: $(STAMP)
	$(BIN)/python -m accordgraph.readme_figures data/gold/test README.md

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DEMO_STORE) .pytest_cache
