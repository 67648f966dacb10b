# Two commands matter: `make run` and `make test`. Everything else is what they stand on.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
HOST   ?= 127.0.0.1
MANAGE := $(BIN)/python manage.py

.PHONY: run test setup install messages check lint clean benchmark

$(BIN)/.installed: requirements.txt requirements-test.txt
	@$(PYTHON) -c 'import sys; sys.exit("Python 3.11+ is required") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-test.txt
	@touch $@

install: $(BIN)/.installed

# vnu.jar (the Nu Html Checker) for the HTML validity test; npm is only a test-time tool.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	@touch $@

# Compiles locale/*/LC_MESSAGES/django.po with polib, so no system gettext is needed.
messages: install
	$(MANAGE) compile_catalogues

setup: install messages
	$(MANAGE) migrate --noinput
	$(MANAGE) update_translation_fields
	$(MANAGE) seed_site
	$(MANAGE) ensure_dev_admin

run: setup
	$(MANAGE) runserver $(HOST):$(PORT)

test: install messages node_modules/.installed
	$(BIN)/python -m pytest

check: install
	$(MANAGE) makemigrations --check --dry-run

lint: install
	$(BIN)/ruff check .

# Page weight of the home page of a running site (`make run` in another terminal).
benchmark: install
	$(BIN)/python scripts/benchmark_home.py $(URL)

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
