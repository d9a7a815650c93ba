# newskg: two commands set everything up. `make demo` and `make test`.
# They install the exact versions in requirements.lock (made by pip-compile from
# pyproject.toml with the test extra); `make lock` makes it again after pyproject.toml changes,
# `make upgrade` from the newest releases.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_STORE ?= newskg-data
SHARED ?= ../shared
EVAL_DIR ?= build/eval

.PHONY: install lock upgrade demo test eval lint bench vendor clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

lock: $(BIN)/python
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --strip-extras --extra test --no-emit-index-url \
		--no-emit-find-links --output-file requirements.lock $(LOCK_FLAGS) pyproject.toml

upgrade:
	$(MAKE) lock LOCK_FLAGS=--upgrade
	$(MAKE) install

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
	$(BIN)/ruff check kg loaders tests bench tools
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/python bench/evaluate.py --shared $(SHARED) --parts --out $(EVAL_DIR)

lint: $(STAMP)
	$(BIN)/ruff check kg loaders tests bench tools

bench: $(STAMP)
	$(BIN)/python bench/extraction.py

# The explorer's SPARQL editor, YASGUI, refreshed from the npm registry (tools/vendor.py):
# only its built files and licences are kept, so the tests and the wheel need no npm.
vendor: $(STAMP)
	$(BIN)/python tools/vendor.py

clean:
	rm -rf $(VENV) build dist $(DEMO_STORE) .pytest_cache
