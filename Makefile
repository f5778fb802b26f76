# The README's two commands. Each sets up .venv (once per pyproject.toml change) and runs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: generate test check validate bench lint redis

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

generate: $(VENV)/.installed
	$(PY) -m vendorgen generate

# The rate-limit tests share a budget through a real redis-server, which they start themselves.
redis:
	@command -v redis-server >/dev/null 2>&1 || \
	  (DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >/dev/null 2>&1 || \
	   (apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >/dev/null))

test: $(VENV)/.installed redis
	$(PY) -m pytest

check: $(VENV)/.installed
	$(PY) -m vendorgen check

validate: $(VENV)/.installed
	$(PY) -m vendorgen validate --strict

lint: $(VENV)/.installed
	$(PY) -m ruff check generator tests examples
	$(PY) -m mypy

bench: $(VENV)/.installed
	$(PY) bench/run.py
