# Two entry points: `make run` builds the seed reports, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: run test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -e '.[test]'
	@touch $@

# Browser and server tests skip with a reason where these cannot be installed.
$(VENV)/.installed-tools: $(VENV)/.installed-test
	-PYTHON=$(BIN)/python bash .ci/install-browser
	-[ ! -f .ci/install-servers ] || PYTHON=$(BIN)/python bash .ci/install-servers
	@touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

run: install
	$(BIN)/kg build seeds -o output

test: install-test $(VENV)/.installed-tools
	$(BIN)/python -m pytest

clean:
	rm -rf output/graph.* output/store $(VENV)
