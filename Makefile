# newskg: two commands set everything up. `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STORE ?= newskg-data
SHARED ?= ../shared
EVAL_DIR ?= build/eval

.PHONY: install demo test eval lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf $(DEMO_STORE)
	$(BIN)/kg build examples/ --store $(DEMO_STORE)
	@echo
	@echo "Who claimed control of Panjshir, and when?"
	$(BIN)/kg query claimed-control --param place=Panjshir --store $(DEMO_STORE)
	@echo
	@echo "Who denied what?"
	$(BIN)/kg query denials --store $(DEMO_STORE)
	@echo
	@echo "The claims about Panjshir, to look at:"
	$(BIN)/kg viz claims --focus Panjshir --store $(DEMO_STORE) --out build/demo/claims-panjshir.html
	$(BIN)/kg viz claims --focus Panjshir --store $(DEMO_STORE) --out build/demo/claims-panjshir.png
	@echo
	@echo "The graph as a Wikidata JSON dump and a Wikibase RDF dump:"
	$(BIN)/kg export --format wikidata-json --store $(DEMO_STORE) --out build/demo/wikidata.json
	$(BIN)/kg export --format wikibase-rdf --store $(DEMO_STORE) --out build/demo/wikibase.ttl
	@echo "open $(CURDIR)/build/demo/claims-panjshir.html"
	@echo "view $(CURDIR)/build/demo/claims-panjshir.png"

test: $(STAMP)
	$(BIN)/ruff check kg loaders tests bench
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python bench/evaluate.py --shared $(SHARED) --parts --out $(EVAL_DIR)

lint: $(STAMP)
	$(BIN)/ruff check kg loaders tests bench

bench: $(STAMP)
	$(BIN)/python bench/extraction.py

clean:
	rm -rf $(VENV) build dist $(DEMO_STORE) .pytest_cache
