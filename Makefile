# Two commands matter: `make run` and `make test`. Everything else is what they stand on.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
HOST   ?= 127.0.0.1
MANAGE := $(BIN)/python manage.py

.PHONY: run test setup install messages check lint clean benchmark benchmark-serving

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

# What the suite needs from Debian: the browser tests drive /usr/bin/chromium, the Nu Html Checker
# needs Java. Installed only when missing (as root with apt-get); otherwise it says what to run.
.PHONY: system-packages
system-packages:
	@scripts/system_packages.sh chromium:chromium java:default-jre-headless

# Extra pytest arguments, e.g. `make test PYTEST_ARGS='-k feed -x'`.
PYTEST_ARGS ?=

test: system-packages install messages node_modules/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

check: install
	$(MANAGE) makemigrations --check --dry-run

lint: install
	$(BIN)/ruff check .

# Page weight of the home page of a running site (`make run` in another terminal).
benchmark: install
	$(BIN)/python scripts/benchmark_home.py $(URL)

# Requests/s under gunicorn with production settings, measured with Debian's wrk on the seeded
# database (or DATABASE_URL); ratios to the static file's are what to compare between runs.
# `make benchmark-serving BENCH_ARGS='--seconds 5'`, or BENCH_ARGS=--spike for the spike check.
benchmark-serving: setup install
	@scripts/system_packages.sh wrk:wrk
	$(BIN)/python scripts/benchmark_serving.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
